//! Integration tests: run the built `contactkit` binary on small synthetic CSV files.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{BIN, run_with_stdin};
use serde_json::Value;

mod common;

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "cli-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

struct Run {
    out: Output,
    dir: PathBuf,
}

impl Run {
    fn code(&self) -> i32 {
        self.out.status.code().expect("exited normally")
    }

    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.out.stderr).into_owned()
    }

    fn summary(&self) -> Value {
        let text = fs::read_to_string(self.dir.join("out/summary.json")).expect("summary.json");
        serde_json::from_str(&text).expect("valid JSON")
    }

    /// contacts.csv as header + rows (BOM removed), read with the given delimiter.
    fn contacts_with(&self, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
        let bytes = fs::read(self.dir.join("out/contacts.csv")).expect("contacts.csv");
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        read_csv(bytes, delimiter)
    }

    fn contacts(&self) -> (Vec<String>, Vec<Vec<String>>) {
        self.contacts_with(b',')
    }

    fn duplicates(&self) -> Vec<Vec<String>> {
        let bytes = fs::read(self.dir.join("out/duplicates.csv")).expect("duplicates.csv");
        let (header, rows) = read_csv(&bytes, b',');
        assert_eq!(header, ["id_a", "id_b", "probability", "explanation"]);
        rows
    }
}

fn read_csv(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| {
            r.expect("output is strict CSV")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    let header = rows.remove(0);
    (header, rows)
}

/// Writes `input` to a scratch `in.csv` and runs `contactkit clean in.csv --out out <args>`.
fn clean(name: &str, input: &[u8], args: &[&str]) -> Run {
    let dir = scratch(name);
    fs::write(dir.join("in.csv"), input).unwrap();
    let out = Command::new(BIN)
        .current_dir(&dir)
        .args(["clean", "in.csv", "--out", "out"])
        .args(args)
        .output()
        .expect("run contactkit");
    Run { out, dir }
}

fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

fn column_fields(summary: &Value) -> Vec<(String, Value)> {
    summary["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["header"].as_str().unwrap().to_owned(), c["field"].clone()))
        .collect()
}

fn no_temp_files(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries {
            let name = e.unwrap().file_name().into_string().unwrap();
            assert!(!name.contains(".tmp"), "left a temporary file {name}");
        }
    }
}

#[test]
fn dutch_headers_semicolon_and_email_columns() {
    let input = "Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Woonplaats;Opmerkingen\n\
                 Jan;de;Vries;jan.devries@example.com;Utrecht;klant\n\
                 Els;;Bakker;els.example.com;Gent;\n\
                 Piet;van;Dijk;;Breda;\n";
    let run = clean("dutch", input.as_bytes(), &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let s = run.summary();
    assert_eq!(s["input"]["delimiter"], ";");
    let fields = column_fields(&s);
    assert_eq!(fields[0], ("Voornaam".into(), "given_name".into()));
    assert_eq!(
        fields[1],
        ("Tussenvoegsel".into(), "family_name_prefix".into())
    );
    assert_eq!(fields[2], ("Achternaam".into(), "family_name".into()));
    assert_eq!(fields[3], ("E-mailadres".into(), "email".into()));
    assert_eq!(fields[4], ("Woonplaats".into(), "city".into()));
    assert_eq!(fields[5], ("Opmerkingen".into(), Value::Null));

    // The output keeps the input's delimiter, every input column first, then the added ones.
    let (header, rows) = run.contacts_with(b';');
    assert_eq!(
        &header[..6],
        [
            "Voornaam",
            "Tussenvoegsel",
            "Achternaam",
            "E-mailadres",
            "Woonplaats",
            "Opmerkingen"
        ]
    );
    for suffix in [
        "normalized",
        "valid",
        "reason",
        "suggestion",
        "others",
        "flags",
        "fixes",
    ] {
        col(&header, &format!("E-mailadres_{suffix}"));
    }
    assert_eq!(rows.len(), 3);
    let (norm, valid, reason) = (
        col(&header, "E-mailadres_normalized"),
        col(&header, "E-mailadres_valid"),
        col(&header, "E-mailadres_reason"),
    );
    let verdict = |i: usize| (rows[i][valid].as_str(), rows[i][reason].as_str());
    assert_eq!(rows[0][norm], "jan.devries@example.com");
    assert_eq!(verdict(0), ("true", ""));
    assert_eq!(verdict(1), ("false", "missing_at"));
    assert_eq!(rows[1][norm], "");
    assert_eq!(verdict(2), ("", ""));
    // Untouched input values.
    assert_eq!(
        rows[0][..6],
        [
            "Jan",
            "de",
            "Vries",
            "jan.devries@example.com",
            "Utrecht",
            "klant"
        ]
    );

    let e = &s["email"][0];
    assert_eq!(e["column"], "E-mailadres");
    assert_eq!(
        (e["rows"].as_u64(), e["valid"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(
        (e["invalid"].as_u64(), e["empty"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(e["invalid_by_reason"]["missing_at"], 1);
    assert_eq!(s["fields_filled"]["family_name"], 3);
    assert_eq!(s["fields_filled"]["family_name_prefix"], 2);
    assert_eq!(s["fields_filled"]["email"], 1);
}

#[test]
fn outlook_headers() {
    let input = "First Name,Last Name,Company,E-mail Address,E-mail Type,E-mail Display Name,\
                 E-mail 2 Address,Business Phone,Mobile Phone,Business Postal Code,Notes\n\
                 Anna,Smit,Acme,anna@acme.example,SMTP,Anna Smit (anna@acme.example),\
                 anna.smit@example.org,+31 20 000 0000,,1011 AB,\n";
    let run = clean("outlook", input.as_bytes(), &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let fields = column_fields(&run.summary());
    let expect = [
        "given_name",
        "family_name",
        "organisation",
        "email",
        "",
        "",
        "email",
        "phone",
        "mobile",
        "postcode",
        "",
    ];
    for ((h, f), want) in fields.iter().zip(expect) {
        assert_eq!(f.as_str().unwrap_or(""), want, "{h}");
    }
    let (header, rows) = run.contacts();
    assert_eq!(
        rows[0][col(&header, "E-mail Address_normalized")],
        "anna@acme.example"
    );
    assert_eq!(
        rows[0][col(&header, "E-mail 2 Address_normalized")],
        "anna.smit@example.org"
    );
    assert!(!header.iter().any(|h| h.starts_with("E-mail Type_")));
    assert_eq!(run.summary()["email"].as_array().unwrap().len(), 2);
}

#[test]
fn map_overrides_recognition() {
    let input = "Naam,Contact,E-mail\nJan,jan@example.com,not-an-address\n";
    let run = clean(
        "map",
        input.as_bytes(),
        &["--map", "Contact=email", "--map", "e-mail=ignore"],
    );
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let s = run.summary();
    let columns = s["columns"].as_array().unwrap();
    assert_eq!(columns[1]["field"], "email");
    assert_eq!(columns[1]["recognised_by"], "map");
    assert_eq!(columns[2]["field"], Value::Null);
    let (header, rows) = run.contacts();
    assert_eq!(
        rows[0][col(&header, "Contact_normalized")],
        "jan@example.com"
    );
    assert!(!header.iter().any(|h| h.starts_with("E-mail_")));

    // A column the input does not have is a usage error.
    let run = clean("map-missing", input.as_bytes(), &["--map", "Mail=email"]);
    assert_eq!(run.code(), 2);
    assert!(run.stderr().contains("does not have"), "{}", run.stderr());
    assert!(!run.dir.join("out/contacts.csv").exists());
    // So is an unknown field (clap rejects it).
    let run = clean("map-field", input.as_bytes(), &["--map", "Contact=emial"]);
    assert_eq!(run.code(), 2);
    assert!(run.stderr().contains("unknown field"), "{}", run.stderr());
}

#[test]
fn every_row_is_kept_in_order_including_malformed_ones() {
    let input = "id,Voornaam,E-mail\n\
                 a1,Jan,jan@example.com\n\
                 a2,Els\n\
                 a3,Piet,piet@example.com,extra,more\n\
                 a4,\"Kees,kees@example.com\n\
                 a5,Anna,anna@example.com\n\
                 a6,\"Multi\nline\",m@example.com\n\
                 id,Voornaam,E-mail\n\
                 a7,Zoë,zoe@example.com\n";
    let run = clean("malformed", input.as_bytes(), &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let err = run.stderr();
    for line in ["line 3:", "line 4:", "line 5:"] {
        assert!(err.contains(line), "{line} not reported in {err}");
    }
    assert!(!err.contains("line 6:"), "{err}");
    // Never the data itself.
    assert!(!err.contains("kees@example.com"), "{err}");

    let (header, rows) = run.contacts();
    let ids: Vec<&str> = rows
        .iter()
        .map(|r| r[col(&header, "row_id")].as_str())
        .collect();
    assert_eq!(ids, ["a1", "a2", "a3", "a4", "a5", "a6", "id", "a7"]);
    let issues: Vec<&str> = rows
        .iter()
        .map(|r| r[col(&header, "row_issue")].as_str())
        .collect();
    assert_eq!(
        issues,
        [
            "",
            "too_few_fields",
            "too_many_fields",
            "unbalanced_quotes",
            "",
            "",
            "repeated_header",
            ""
        ]
    );
    // A short row is padded, a long row keeps its extra fields, a multi-line field survives.
    assert_eq!(rows[1][..3], ["a2", "Els", ""]);
    assert_eq!(rows[2][col(&header, "extra_fields")], "extra,more");
    assert_eq!(rows[5][1], "Multi\nline");
    assert_eq!(rows[7][1], "Zoë");
    assert!(rows.iter().all(|r| r.len() == header.len()));

    let s = run.summary();
    assert_eq!(s["rows"]["read"], 8);
    assert_eq!(s["rows"]["written"], 8);
    assert_eq!(s["rows"]["malformed"], 3);
    assert_eq!(s["rows"]["malformed_lines"], serde_json::json!([3, 4, 5]));
    assert_eq!(s["rows"]["by_issue"]["repeated_header"], 1);
    assert_eq!(s["ids"]["source"], "column");
    assert_eq!(s["ids"]["column"], "id");
}

#[test]
fn quiet_prints_nothing_on_success() {
    let run = clean("quiet", b"E-mail,Naam\na@example.com,b,c\n", &["--quiet"]);
    assert_eq!(run.code(), 0);
    assert_eq!(run.stderr(), "");
    assert_eq!(run.summary()["rows"]["malformed"], 1);
}

#[test]
fn shared_email_keys_form_clusters_and_pairs() {
    let input = "Voornaam,E-mail,E-mail 2\n\
                 Jan,jan@example.com,\n\
                 Anna,anna@example.org,\n\
                 J.,JAN@EXAMPLE.COM,\n\
                 Janneke,,jan@example.com\n\
                 Piet,,\n";
    let run = clean("clusters", input.as_bytes(), &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let (header, rows) = run.contacts();
    let cluster: Vec<&str> = rows
        .iter()
        .map(|r| r[col(&header, "cluster_id")].as_str())
        .collect();
    assert_eq!(cluster, ["1", "2", "1", "1", "5"]);
    let pairs = run.duplicates();
    let ids: Vec<(&str, &str)> = pairs
        .iter()
        .map(|p| (p[0].as_str(), p[1].as_str()))
        .collect();
    assert_eq!(ids, [("1", "3"), ("1", "4"), ("3", "4")]);
    // Scored pairs: a probability and the waterfall (`field:level:weight; ...`).
    assert!(
        pairs.iter().all(|p| {
            p[2].parse::<f64>().is_ok_and(|x| x >= 0.5) && p[3].contains("email:exact:")
        })
    );
    let c = &run.summary()["clusters"];
    assert_eq!(c["clusters"], 3);
    assert_eq!(c["multi_row_clusters"], 1);
    assert_eq!(c["largest"], 3);
    assert_eq!(c["pairs"], 3);
    assert_eq!(c["method"], "fellegi_sunter");
}

#[test]
fn bom_is_handled_and_kept() {
    let run = clean(
        "bom",
        b"\xEF\xBB\xBFE-mail;Naam\r\nx@example.com;X\r\n",
        &[],
    );
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let s = run.summary();
    assert_eq!(s["input"]["bom"], true);
    assert_eq!(s["input"]["line_ending"], "crlf");
    assert_eq!(s["columns"][0]["header"], "E-mail");
    assert_eq!(s["columns"][0]["field"], "email");
    let bytes = fs::read(run.dir.join("out/contacts.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFE-mail;Naam;E-mail_normalized"));
    assert!(bytes.ends_with(b"\r\n"));
}

#[test]
fn tab_delimiter_and_utf16_input() {
    let text = "Voornaam\tE-mail\r\nZoë\tzoe@example.com\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let run = clean("utf16", &bytes, &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let s = run.summary();
    assert_eq!(s["input"]["encoding"], "utf-16le");
    assert_eq!(s["input"]["delimiter"], "tab");
    let (header, rows) = run.contacts_with(b'\t');
    assert_eq!(rows[0][0], "Zoë");
    assert_eq!(rows[0][col(&header, "E-mail_valid")], "true");
}

#[test]
fn quoted_commas_and_newlines() {
    let input = "Naam,Bedrijf,E-mail,Opmerkingen\n\
                 \"Vries, de\",\"Jansen, Bakker & Zn.\",a@example.com,\"regel 1\nregel 2, met komma\"\n\
                 Els,X,b@example.com,\n";
    let run = clean("quoted", input.as_bytes(), &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let (_, rows) = run.contacts();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0][..4],
        [
            "Vries, de",
            "Jansen, Bakker & Zn.",
            "a@example.com",
            "regel 1\nregel 2, met komma"
        ]
    );
    assert_eq!(run.summary()["rows"]["malformed"], 0);
    assert_eq!(run.summary()["input"]["delimiter"], ",");
}

#[test]
fn windows_1252_input_is_decoded() {
    // "Zoë;Müller;café@example.com" in Windows-1252, with an en dash in a note.
    let input =
        b"Voornaam;Achternaam;E-mail;Opmerkingen\r\nZo\xEB;M\xFCller;zoe@example.com;A \x96 B\r\n";
    let run = clean("cp1252", input, &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(run.stderr().contains("Windows-1252"), "{}", run.stderr());
    let s = run.summary();
    assert_eq!(s["input"]["encoding"], "windows-1252");
    let (_, rows) = run.contacts_with(b';');
    assert_eq!(rows[0][..4], ["Zoë", "Müller", "zoe@example.com", "A – B"]);

    // Asking for strict UTF-8 makes it an error with the line of the first bad byte.
    let run = clean("cp1252-strict", input, &["--encoding", "utf-8"]);
    assert_eq!(run.code(), 1);
    let err = run.stderr();
    assert!(
        err.contains("not valid UTF-8") && err.contains("line 2"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!run.dir.join("out").exists());
}

#[test]
fn empty_and_header_only_files() {
    let run = clean("empty", b"", &[]);
    assert_eq!(run.code(), 1);
    assert!(run.stderr().contains("empty"), "{}", run.stderr());
    assert_eq!(run.stderr().lines().count(), 1);
    assert!(!run.dir.join("out/contacts.csv").exists());

    let run = clean("header-only", b"Voornaam,E-mail\n", &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let (header, rows) = run.contacts();
    assert_eq!(header[..2], ["Voornaam", "E-mail"]);
    assert!(rows.is_empty());
    assert_eq!(run.summary()["rows"]["read"], 0);
    assert!(run.duplicates().is_empty());
}

#[test]
fn missing_file_and_usage_errors() {
    let dir = scratch("missing");
    let out = Command::new(BIN)
        .current_dir(&dir)
        .args(["clean", "nope.csv", "--out", "out"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("contactkit: error: cannot read nope.csv"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert!(!dir.join("out").exists());

    for args in [
        &["clean"][..],
        &["clean", "x.csv"],
        &["frobnicate"],
        &["clean", "x.csv", "--out", "o", "--delimiter", "ab"],
        &[],
    ] {
        let out = Command::new(BIN).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("clean"));
    let out = Command::new(BIN).arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn suppression_marks_rows_and_fails_closed_on_a_bad_list() {
    // Usage: --suppression without a key, or a key without --suppression.
    let run = clean(
        "suppression-usage",
        b"E-mail\na@example.com\n",
        &["--suppression", "list.ck"],
    );
    assert_eq!(run.code(), 2);
    assert!(!run.dir.join("out").exists());
    let run = clean(
        "suppression-usage2",
        b"E-mail\na@example.com\n",
        &["--key-file", "key"],
    );
    assert_eq!(run.code(), 2);
    // A missing list file: exit 1, nothing written.
    let run = clean(
        "suppression-missing",
        b"E-mail\na@example.com\n",
        &["--suppression", "list.ck", "--key-file", "key"],
    );
    assert_eq!(run.code(), 1);
    assert!(!run.dir.join("out").exists());

    // A real list: create it with `suppress`, then mark rows.
    let dir = scratch("suppression-marks");
    fs::write(
        dir.join("key"),
        "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
    )
    .unwrap();
    fs::write(
        dir.join("in.csv"),
        "id,E-mail,Telefoon\n1,gone@example.nl,\n2,kept@example.nl,+31612345678\n3,bad,\n",
    )
    .unwrap();
    let ok = |args: &[&str], stdin: &str| {
        let out = run_with_stdin(&dir, args, stdin);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    ok(&["suppress", "create", "list.ck", "--key-file", "key"], "");
    ok(
        &["suppress", "add", "list.ck", "--key-file", "key"],
        "Gone@Example.NL\n",
    );
    let checked = ok(
        &["suppress", "check", "list.ck", "--key-file", "key"],
        "gone@example.nl\nkept@example.nl\n",
    );
    assert_eq!(checked, "suppressed\terasure\nclear\t\n");
    let list = fs::read(dir.join("list.ck")).unwrap();
    assert!(!String::from_utf8_lossy(&list).contains("gone"));
    let scan = ok(
        &["suppress", "scan", "list.ck", "--key-file", "key", "in.csv"],
        "",
    );
    assert!(
        scan.starts_with("row 1\tcolumn E-mail\tsuppressed\terasure\n"),
        "{scan}"
    );
    let out = Command::new(BIN)
        .current_dir(&dir)
        .args([
            "clean",
            "in.csv",
            "--out",
            "out",
            "-q",
            "--suppression",
            "list.ck",
            "--key-file",
            "key",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Run { out, dir };
    let (header, rows) = run.contacts();
    let s = col(&header, "suppressed");
    let r = col(&header, "suppressed_reason");
    assert_eq!(
        (rows[0][s].as_str(), rows[0][r].as_str()),
        ("true", "erasure")
    );
    assert_eq!(rows[1][s], "false");
    assert_eq!(
        (rows[2][s].as_str(), rows[2][r].as_str()),
        ("unverifiable", "missing_at")
    );
    // A wrong key fails closed with exit 1 and one sentence.
    fs::write(
        run.dir.join("key2"),
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    )
    .unwrap();
    let out = Command::new(BIN)
        .current_dir(&run.dir)
        .args(["suppress", "check", "list.ck", "--key-file", "key2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("file_tampered"));
}

#[test]
fn output_errors_exit_1_without_partial_files() {
    // --out names an existing file, not a directory.
    let dir = scratch("out-is-file");
    fs::write(dir.join("in.csv"), "E-mail\na@example.com\n").unwrap();
    fs::write(dir.join("out"), "I am a file").unwrap();
    let out = Command::new(BIN)
        .current_dir(&dir)
        .args(["clean", "in.csv", "--out", "out"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("contactkit: error: cannot create out"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(dir.join("out")).unwrap(), "I am a file");
}

#[test]
fn a_panic_is_one_line_exit_1_and_leaves_no_files() {
    let run = clean("panic", b"E-mail\na@example.com\n", &["--debug-panic"]);
    assert_eq!(run.code(), 1);
    let err = run.stderr();
    assert!(err.contains("internal error"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = run.dir.join("out");
    assert!(!out.join("contacts.csv").exists());
    assert!(!out.join("summary.json").exists());
    no_temp_files(&out);
}

#[test]
fn rerun_replaces_outputs_and_leaves_no_temp_files() {
    let run = clean("rerun", b"E-mail\na@example.com\n", &[]);
    assert_eq!(run.code(), 0);
    fs::write(
        run.dir.join("in.csv"),
        "E-mail\nb@example.com\nc@example.com\n",
    )
    .unwrap();
    let out = Command::new(BIN)
        .current_dir(&run.dir)
        .args(["clean", "in.csv", "--out", "out", "-q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(run.contacts().1.len(), 2);
    no_temp_files(&run.dir.join("out"));
}

#[test]
fn summary_has_versions_timings_and_counts() {
    let run = clean("summary", b"E-mail\n a@example.com\nx\n\n", &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let s = run.summary();
    assert_eq!(s["versions"]["contactkit"], env!("CARGO_PKG_VERSION"));
    assert_eq!(s["versions"]["contactkit_cli"], env!("CARGO_PKG_VERSION"));
    assert!(s["versions"]["email_lists"].is_string());
    for k in ["read", "parse", "process", "duplicates", "write", "total"] {
        assert!(s["timings_ms"][k].as_f64().is_some_and(|t| t >= 0.0), "{k}");
    }
    assert_eq!(s["rows"]["read"], 2);
    let e = &s["email"][0];
    assert_eq!(e["valid"], 1);
    assert_eq!(e["invalid"], 1);
    assert_eq!(e["fixed"], 1);
    assert_eq!(e["fixes_by_slug"]["trimmed"], 1);
    for k in [
        "suggestions",
        "role",
        "disposable",
        "free_provider",
        "others_valid",
    ] {
        assert!(e[k].is_u64(), "{k}");
    }
    assert_eq!(
        s["output"]["columns_added"][0], "E-mail_normalized",
        "{}",
        s["output"]
    );
}

/// The bundled example export: every row comes out again and the counts are sane.
#[test]
fn example_data() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data/contacts.csv");
    let input = fs::read(&path).expect("examples/data/contacts.csv");
    // Count the input's records independently (the csv crate, flexible, header excluded).
    let records = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&input))
        .records()
        .count();
    assert!(records >= 1200, "{records}");

    let run = clean("example", &input, &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let s = run.summary();
    assert_eq!(s["rows"]["read"], records);
    assert_eq!(s["rows"]["written"], records);
    let (header, rows) = run.contacts();
    assert_eq!(rows.len(), records);
    let malformed = s["rows"]["malformed"].as_u64().unwrap();
    assert!((1..=10).contains(&malformed), "{malformed}");

    // Dutch headers recognised.
    let fields: Vec<(String, Value)> = column_fields(&s);
    for (h, f) in [
        ("Voornaam", "given_name"),
        ("Tussenvoegsel", "family_name_prefix"),
        ("Achternaam", "family_name"),
        ("Postcode", "postcode"),
        ("Woonplaats", "city"),
        ("Telefoon", "phone"),
        ("Mobiel", "mobile"),
        ("E-mailadres", "email"),
        ("Geboortedatum", "date_of_birth"),
    ] {
        assert!(fields.contains(&(h.to_owned(), f.into())), "{h}");
    }

    // Most e-mail fields are filled and most filled ones are valid; some are not.
    let e = &s["email"][0];
    let (filled, valid, invalid) = (
        e["filled"].as_u64().unwrap(),
        e["valid"].as_u64().unwrap(),
        e["invalid"].as_u64().unwrap(),
    );
    assert_eq!(filled, valid + invalid);
    assert_eq!(
        e["rows"].as_u64().unwrap(),
        filled + e["empty"].as_u64().unwrap()
    );
    assert!(filled * 10 > records as u64 * 8, "{filled}");
    assert!(valid * 10 > filled * 7, "{valid} of {filled}");
    assert!(invalid >= 10, "{invalid}");

    // Duplicates exist (the generator repeats people), but far fewer clusters than rows.
    let c = &s["clusters"];
    let multi = c["multi_row_clusters"].as_u64().unwrap();
    assert!(multi >= 20, "{multi}");
    assert!(c["clusters"].as_u64().unwrap() < records as u64);
    let pairs = run.duplicates();
    assert_eq!(pairs.len() as u64, c["pairs"].as_u64().unwrap());
    // Every pair's ids are row ids, and both rows share a cluster.
    let id_col = col(&header, "row_id");
    let cl_col = col(&header, "cluster_id");
    let cluster_of: std::collections::HashMap<&str, &str> = rows
        .iter()
        .map(|r| (r[id_col].as_str(), r[cl_col].as_str()))
        .collect();
    assert_eq!(cluster_of.len(), records, "row ids are unique");
    for p in &pairs {
        assert_eq!(cluster_of[p[0].as_str()], cluster_of[p[1].as_str()]);
    }
    // Input columns come back unchanged, in order (spot-check the first data row).
    let first_in = csv::ReaderBuilder::new()
        .from_reader(input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&input))
        .records()
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(
        rows[0][..first_in.len()],
        first_in.iter().collect::<Vec<_>>()[..]
    );
    // Timings are reported (speed itself is measured in benches, not here).
    assert!(s["timings_ms"]["total"].as_f64().is_some_and(|t| t >= 0.0));
}

#[test]
fn results_do_not_depend_on_the_thread_count() {
    // More rows than one work unit, with shared addresses across unit boundaries.
    let mut input = String::from("id,E-mail,Mail 2\n");
    for i in 0..5000 {
        let _ = writeln!(
            input,
            "r{i},user{}@example.com,u{}@example.org",
            i % 1700,
            i % 900
        );
    }
    let one = clean("threads-1", input.as_bytes(), &["--threads", "1"]);
    let two = clean("threads-3", input.as_bytes(), &["--threads", "3"]);
    assert_eq!((one.code(), two.code()), (0, 0));
    for f in ["contacts.csv", "duplicates.csv"] {
        let a = fs::read(one.dir.join("out").join(f)).unwrap();
        let b = fs::read(two.dir.join("out").join(f)).unwrap();
        assert!(a == b, "{f} differs between 1 and 3 threads");
    }
    let (s1, s3) = (one.summary(), two.summary());
    assert_eq!(s1["email"], s3["email"]);
    assert_eq!(s1["clusters"], s3["clusters"]);
    assert_eq!(s1["threads"], 1);
    assert_eq!(s3["threads"], 3);
    // Rows sharing two e-mail keys (user0 and u0: rows 0 and 15300 / 1700 apart share only
    // one) cluster together; with one shared key and nothing else, the scorer may keep them
    // apart (a key shared by three rows is weak evidence after term-frequency adjustment).
    let (header, rows) = one.contacts();
    let cl = col(&header, "cluster_id");
    assert!(rows.iter().all(|r| r[cl].starts_with('r')));
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let mut input = String::from("E-mail\n");
    for i in 0..12_000 {
        let _ = writeln!(input, "u{i}@example.com");
    }
    let run = clean("no-progress", input.as_bytes(), &[]);
    assert_eq!(run.code(), 0);
    let err = run.stderr();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("contactkit: cleaned 12000 rows"), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains('\r'), "{err:?}");
}

#[test]
fn forced_delimiter_and_name_collisions() {
    // A semicolon inside a comma file: forcing `;` reads one column per line.
    let input = "E-mail,cluster_id;row_id\na@example.com,7;8\n";
    let run = clean("forced", input.as_bytes(), &["--delimiter", ";"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let s = run.summary();
    assert_eq!(s["input"]["delimiter"], ";");
    let (header, _) = run.contacts_with(b';');
    assert_eq!(header[..2], ["E-mail,cluster_id", "row_id"]);
    assert!(header.contains(&"row_id_2".to_owned()), "{header:?}");

    // Added columns never overwrite input columns of the same name.
    let input = "E-mail,cluster_id,E-mail_valid\na@example.com,keep,me\n";
    let run = clean("collide", input.as_bytes(), &[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let (header, rows) = run.contacts();
    assert_eq!(header[..3], ["E-mail", "cluster_id", "E-mail_valid"]);
    assert_eq!(rows[0][..3], ["a@example.com", "keep", "me"]);
    assert_eq!(rows[0][col(&header, "E-mail_valid_2")], "true");
    assert_eq!(rows[0][col(&header, "cluster_id_2")], "1");
}
