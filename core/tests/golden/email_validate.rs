//! Golden cases of `email::validate` (testdata/email/upstream.jsonl and corpus.jsonl).
//!
//! Every line holds an input, the options that differ from the defaults, and the expected
//! result of the reference (email-validator 2.4.0 on Python 3.11.7, idna 3.20; see
//! testdata/README.md). Every field is compared, messages included, and all mismatches are
//! reported at once with their line numbers before the test fails.
//!
//! A line may carry `"exception": "why"` where contactkit deliberately differs from the
//! reference; its `expected` is then contactkit's output and `reference` the reference's.
//! There are no such lines today: the test also fails if one appears without `reference`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use contactkit::email::{self, EmailOptions, EmailResult};
use serde_json::{Value, json};

use crate::common::read_jsonl;

/// The result as the JSON object stored in the golden files.
fn to_json(r: &EmailResult) -> Value {
    json!({
        "valid": r.valid,
        "reason": r.reason.map(email::EmailReason::code),
        "message": r.message,
        "normalized": r.normalized,
        "local_part": r.local_part,
        "domain": r.domain,
        "ascii_email": r.ascii_email,
        "ascii_local_part": r.ascii_local_part,
        "ascii_domain": r.ascii_domain,
        "smtputf8": r.smtputf8,
        "display_name": r.display_name,
    })
}

const FIELDS: [&str; 11] = [
    "valid",
    "reason",
    "message",
    "normalized",
    "local_part",
    "domain",
    "ascii_email",
    "ascii_local_part",
    "ascii_domain",
    "smtputf8",
    "display_name",
];

fn options_of(v: &Value) -> (EmailOptions, String) {
    let mut o = EmailOptions::default();
    let map = v.as_object().expect("options is an object");
    for (k, val) in map {
        o.set(k, val.as_bool().expect("option values are booleans"))
            .unwrap_or_else(|_| panic!("unknown option {k}"));
    }
    let permissive = map.len() == 3
        && [
            "allow_quoted_local",
            "allow_domain_literal",
            "allow_display_name",
        ]
        .iter()
        .all(|k| map.get(*k) == Some(&Value::Bool(true)));
    let profile = if map.is_empty() {
        "default".to_owned()
    } else if permissive {
        "permissive".to_owned()
    } else {
        let mut keys: Vec<&str> = map.keys().map(String::as_str).collect();
        keys.sort_unstable();
        format!("other ({})", keys.join(", "))
    };
    (o, profile)
}

#[derive(Default)]
struct Tally {
    lines: usize,
    matched: usize,
}

/// Checks one file; returns the mismatch report lines and the per-profile tallies.
fn check_file(rel: &str) -> (Vec<String>, BTreeMap<String, Tally>, usize) {
    let mut report = Vec::new();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut exceptions = 0;
    let lines = read_jsonl(rel);
    assert!(!lines.is_empty(), "{rel} has no cases");
    for (lineno, case) in lines {
        let input = case["input"].as_str().expect("input is a string");
        let (opts, profile) = options_of(&case["options"]);
        let expected = &case["expected"];
        if case.get("exception").is_some() {
            exceptions += 1;
            if case.get("reference").is_none() {
                report.push(format!(
                    "{rel}:{lineno}: an exception line must also give the reference's output"
                ));
            }
        }
        let got = to_json(&email::validate(input, &opts));
        let mut diffs = String::new();
        for f in FIELDS {
            if got[f] != expected[f] {
                let _ = write!(diffs, "\n    {f}: expected {}, got {}", expected[f], got[f]);
            }
        }
        let t = tallies.entry(profile.clone()).or_default();
        t.lines += 1;
        if diffs.is_empty() {
            t.matched += 1;
        } else {
            let shown: String = input.chars().take(120).collect();
            report.push(format!(
                "{rel}:{lineno}: [{profile}] {shown:?} ({}){diffs}",
                case["source"].as_str().unwrap_or("")
            ));
        }
    }
    (report, tallies, exceptions)
}

#[test]
#[allow(clippy::print_stderr)] // the agreement summary is the point of this test
fn email_validate_golden_files() {
    let mut all = Vec::new();
    for rel in ["email/upstream.jsonl", "email/corpus.jsonl"] {
        let (report, tallies, exceptions) = check_file(rel);
        for (profile, t) in &tallies {
            eprintln!(
                "{rel} [{profile}]: {}/{} lines agree with the reference",
                t.matched, t.lines
            );
        }
        eprintln!("{rel}: {exceptions} documented exceptions");
        all.extend(report);
    }
    assert!(
        all.is_empty(),
        "{} golden mismatches:\n{}",
        all.len(),
        all.join("\n")
    );
}

/// The corpus covers both profiles the differential test plan asks for, with enough distinct
/// inputs (at least 3,000), so the golden test cannot pass on a shrunken file.
#[test]
fn corpus_is_large_and_covers_both_profiles() {
    let lines = read_jsonl("email/corpus.jsonl");
    let mut inputs = std::collections::HashSet::new();
    let mut profiles = BTreeMap::<String, usize>::new();
    for (_, case) in &lines {
        inputs.insert(case["input"].as_str().unwrap_or_default().to_owned());
        *profiles.entry(options_of(&case["options"]).1).or_default() += 1;
    }
    assert!(
        inputs.len() >= 3000,
        "only {} distinct inputs",
        inputs.len()
    );
    assert!(profiles.get("default").copied().unwrap_or(0) >= 3000);
    assert!(profiles.get("permissive").copied().unwrap_or(0) >= 3000);
}
