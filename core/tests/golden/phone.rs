//! Differential golden cases of `phone::parse` against Python `phonenumbers` 9.0.43
//! (`testdata/phone/corpus.jsonl`, inputs from `tools/gen_phone_corpus.py`, expected fields from
//! `tools/phone_reference.py`). Every field of `PhoneResult` is compared on every line; every
//! mismatch is reported at once. The bar is 100 %: the only lines allowed to differ are listed in
//! `EXCEPTIONS`, each with its reason, and an exception that no longer differs fails the test
//! too (so the list never goes stale).

use contactkit::phone::{self, PhoneResult};
use serde_json::{Value, json};

use crate::common::read_jsonl;

/// `(input, region, fields that may differ, why)`.
const EXCEPTIONS: &[(&str, Option<&str>, &[&str], &str)] = &[(
    "0113280054391",
    Some("CN"),
    &["international", "national", "rfc3966"],
    "metadata: phonenumbers 9.0.43 added a CN format for this range; 9.0.42 (the engine's \
     metadata, and phonenumbers 9.0.42) formats it as one block: +86 113280054391",
)];

pub fn result_json(r: &PhoneResult) -> Value {
    json!({
        "parse_ok": r.parse_ok,
        "error": r.error.map(phone::PhoneError::code),
        "country_code": r.country_code,
        "national_number": r.national_number,
        "italian_leading_zero": r.italian_leading_zero,
        "extension": r.extension,
        "is_possible": r.is_possible,
        "possible_reason": r.possible_reason.map(phone::PossibleReason::code),
        "is_valid": r.is_valid,
        "number_type": r.number_type.map(phone::NumberType::code),
        "region": r.region,
        "e164": r.e164,
        "international": r.international,
        "national": r.national,
        "rfc3966": r.rfc3966,
    })
}

#[test]
fn parse_matches_phonenumbers_on_every_field() {
    let rows = read_jsonl("phone/corpus.jsonl");
    assert!(rows.len() >= 3000, "corpus too small: {}", rows.len());
    let mut failures = Vec::new();
    let mut used = vec![false; EXCEPTIONS.len()];
    let mut per_field = std::collections::BTreeMap::<String, usize>::new();
    for (line, row) in &rows {
        let input = row["input"].as_str().expect("input");
        let region = row["region"].as_str();
        let expected = &row["expected"];
        let actual = result_json(&phone::parse(input, region));
        let exception = EXCEPTIONS
            .iter()
            .position(|(i, r, _, _)| *i == input && *r == region);
        let Value::Object(fields) = expected else {
            panic!("line {line}: expected is not an object")
        };
        let mut diff = Vec::new();
        for (k, ev) in fields {
            let av = &actual[k];
            if av != ev {
                if let Some(x) = exception
                    && EXCEPTIONS[x].2.contains(&k.as_str())
                {
                    used[x] = true;
                    continue;
                }
                *per_field.entry(k.clone()).or_default() += 1;
                diff.push(format!("{k}: expected {ev}, got {av}"));
            }
        }
        if !diff.is_empty() {
            failures.push(format!(
                "line {line}: {input:?} region {region:?}: {}",
                diff.join("; ")
            ));
        }
    }
    for (x, u) in used.iter().enumerate() {
        if !u {
            failures.push(format!(
                "exception {:?} no longer differs: remove it",
                EXCEPTIONS[x].0
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} lines differ (per field: {per_field:?}):\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn parse_many_equals_parse() {
    let rows = read_jsonl("phone/corpus.jsonl");
    for region in [None, Some("NL"), Some("US"), Some("nl")] {
        let inputs: Vec<&str> = rows
            .iter()
            .map(|(_, r)| r["input"].as_str().unwrap())
            .collect();
        let many = phone::parse_many(&inputs, region);
        for (i, r) in inputs.iter().zip(&many) {
            assert_eq!(&phone::parse(i, region), r, "{i:?}");
        }
    }
}
