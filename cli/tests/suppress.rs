//! `contactkit suppress`: phones with a default region, merge, key rotation with `--chain-key`,
//! re-consent.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::run_with_stdin;

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cli-suppress-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the CLI in `dir` with `stdin`; returns (success, stdout, stderr).
fn run(dir: &Path, args: &[&str], stdin: &str) -> (bool, String, String) {
    let out = run_with_stdin(dir, args, stdin);
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn ok(dir: &Path, args: &[&str], stdin: &str) -> String {
    let (success, out, err) = run(dir, args, stdin);
    assert!(success, "{args:?}: {err}");
    out
}

#[test]
fn phones_merge_rotate_reconsent() {
    let dir = scratch("all");
    fs::write(dir.join("key"), "00".repeat(32)).unwrap();
    fs::write(dir.join("new.key"), "11".repeat(32)).unwrap();
    let k = ["--key-file", "key"];
    let with = |cmd: &[&'static str], extra: &[&'static str]| -> Vec<&'static str> {
        let mut v = vec!["suppress"];
        v.extend_from_slice(cmd);
        v.extend_from_slice(&k);
        v.extend_from_slice(extra);
        v
    };
    ok(&dir, &with(&["create", "a.ck"], &[]), "");
    ok(&dir, &with(&["create", "b.ck"], &[]), "");
    // Phones in national format with a default region.
    ok(
        &dir,
        &with(&["add", "a.ck"], &["--kind", "phone", "--region", "NL"]),
        "06-12345678\n",
    );
    let checked = ok(
        &dir,
        &with(
            &["check", "a.ck"],
            &["--kind", "phone", "--region", "NL", "--channel", "sms"],
        ),
        "+31 6 1234 5678\n0031612345678\n06-87654321\n0612345678\n",
    );
    assert_eq!(
        checked,
        "suppressed\terasure\nsuppressed\terasure\nclear\t\nsuppressed\terasure\n"
    );
    let checked = ok(
        &dir,
        &with(&["check", "a.ck"], &["--kind", "phone", "--threads", "1"]),
        "0612345678\n",
    );
    assert_eq!(checked, "unverifiable\tinvalid_country_code\n");
    // Merge.
    ok(&dir, &with(&["add", "b.ck"], &[]), "gone@example.nl\n");
    let merged = ok(&dir, &with(&["merge", "a.ck", "b.ck"], &[]), "");
    assert!(merged.contains("1 new tokens"), "{merged}");
    // Re-consent lifts e-mail for that address only.
    ok(
        &dir,
        &with(
            &["reconsent", "a.ck"],
            &["--channel", "email", "--reference", "TICKET-7"],
        ),
        "gone@example.nl\n",
    );
    let checked = ok(&dir, &with(&["check", "a.ck"], &[]), "gone@example.nl\n");
    assert_eq!(checked, "clear\t\n");
    let checked = ok(
        &dir,
        &with(&["check", "a.ck"], &["--channel", "post"]),
        "gone@example.nl\n",
    );
    assert_eq!(checked, "suppressed\terasure\n");
    // Rotation: the new file needs the new key and the old one for its id.
    let rotated = ok(
        &dir,
        &with(
            &["rotate", "a.ck"],
            &[
                "--new-key-file",
                "new.key",
                "--new-key-id",
                "internal/v2",
                "--out",
                "r.ck",
            ],
        ),
        "",
    );
    assert!(rotated.contains("internal/v2<-internal/v1"), "{rotated}");
    let chain = [
        "suppress",
        "check",
        "r.ck",
        "--key-file",
        "new.key",
        "--chain-key",
        "internal/v1=key",
        "--channel",
        "post",
    ];
    assert_eq!(
        ok(&dir, &chain, "gone@example.nl\n"),
        "suppressed\terasure\n"
    );
    // Without the old key: refused (key_missing), never a silent "clear" under a wrong key.
    let (success, _, err) = run(
        &dir,
        &["suppress", "check", "r.ck", "--key-file", "new.key"],
        "gone@example.nl\n",
    );
    assert!(!success);
    assert!(!err.contains("gone"), "{err}");
    // A wrong key given for the old id: refused (wrong_key), never a silent "clear".
    let (success, out, err) = run(
        &dir,
        &[
            "suppress",
            "check",
            "r.ck",
            "--key-file",
            "new.key",
            "--chain-key",
            "internal/v1=new.key",
        ],
        "gone@example.nl\n",
    );
    assert!(!success);
    assert!(!out.contains("clear"), "{out}");
    assert!(err.contains("wrong_key"), "{err}");
    assert!(!err.contains("gone"), "{err}");
    let bytes = fs::read(dir.join("r.ck")).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("gone"));
}
