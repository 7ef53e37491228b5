//! `golden.csv`: one merged record per multi-row cluster, with provenance.

use std::fs;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_contactkit");

#[test]
fn golden_csv_has_one_merged_row_per_cluster() {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-golden-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.csv");
    fs::write(
        &input,
        "id,first_name,last_name,email,postcode,city\n\
         1,J.P.,de Vries,jan@devries.nl,1234 AB,Utrecht\n\
         2,Anna,Bakker,anna@bakker.nl,9999 ZZ,Gent\n\
         3,Jan Pieter,de Vries,jan@devries.nl,,\n",
    )
    .unwrap();
    let out = Command::new(BIN)
        .args(["clean", "--quiet", "--out"])
        .arg(dir.join("out"))
        .arg(&input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = fs::read_to_string(dir.join("out/golden.csv")).unwrap();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(&header[..3], ["cluster_id", "rows", "given_name"]);
    let rows: Vec<Vec<String>> = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(rows.len(), 1, "{text}");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(rows[0][col("rows")], "1; 3");
    assert_eq!(rows[0][col("given_name")], "Jan Pieter");
    assert_eq!(rows[0][col("postcode")], "1234 AB");
    assert!(
        rows[0][col("provenance")].contains("given_name=3:most_complete"),
        "{text}"
    );
    let summary = fs::read_to_string(dir.join("out/summary.json")).unwrap();
    assert!(summary.contains("golden.csv"));
}
