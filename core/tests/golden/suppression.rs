//! Golden cases of `suppression::canonical`, `suppression_token` and the platform profiles
//! (`testdata/suppression/*.jsonl`). `ck1.jsonl` comes from an independent Python
//! re-implementation (`tools/gen_suppression_vectors.py`): agreement on every line is the drift
//! check of the frozen `ck1` contract.

use contactkit::suppression::{
    Kind, Profile, canonical, platform_hash, platform_normalize, suppression_token, to_hex,
};
use serde_json::Value;

use crate::common::read_jsonl;

const TEST_KEY: [u8; 32] = {
    let mut k = [0u8; 32];
    let mut i = 0;
    while i < 32 {
        k[i] = i as u8;
        i += 1;
    }
    k
};

#[test]
fn ck1_vectors() {
    let mut failures = Vec::new();
    let lines = read_jsonl("suppression/ck1.jsonl");
    assert!(lines.len() >= 40);
    for (line, v) in lines {
        let kind = Kind::from_name(v["kind"].as_str().unwrap()).unwrap();
        let input = v["input"].as_str().unwrap();
        let region = v.get("region").and_then(Value::as_str);
        let got = canonical(kind, input, region);
        match (v.get("error").and_then(Value::as_str), got) {
            (Some(code), Err(e)) if e.code() == code => {}
            (Some(code), other) => failures.push(format!(
                "{line}: expected error {code}, got {:?}",
                other.map(|c| c.strict().to_owned())
            )),
            (None, Err(e)) => failures.push(format!("{line}: unexpected error {}", e.code())),
            (None, Ok(c)) => {
                if c.strict() != v["strict"].as_str().unwrap() || c.loose() != v["loose"].as_str() {
                    failures.push(format!("{line}: forms {:?} {:?}", c.strict(), c.loose()));
                }
                let t = to_hex(&suppression_token(kind, input, &TEST_KEY, region, false).unwrap());
                let tl = to_hex(&suppression_token(kind, input, &TEST_KEY, region, true).unwrap());
                if t != v["token"].as_str().unwrap() || tl != v["token_loose"].as_str().unwrap() {
                    failures.push(format!("{line}: tokens differ"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn platform_vectors() {
    let mut failures = Vec::new();
    for (line, v) in read_jsonl("suppression/platform.jsonl") {
        let profile = Profile::from_name(v["profile"].as_str().unwrap()).unwrap();
        let kind = Kind::from_name(v["kind"].as_str().unwrap()).unwrap();
        let input = v["input"].as_str().unwrap();
        let n = platform_normalize(profile, kind, input, None);
        if n.as_deref() != v["normalized"].as_str() {
            failures.push(format!("{line}: normalized {n:?}"));
        }
        if let Some(h) = v["hash"].as_str() {
            let got = platform_hash(profile, kind, input, None);
            if got.as_deref() != Some(h) {
                failures.push(format!("{line}: hash {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Differential check: the phone `ck1` form equals the E.164 that the reference `phonenumbers`
/// 9.0.43 gives on every line of the phone corpus (`testdata/phone/corpus.jsonl`), and a value
/// without a form fails with the same parse error.
#[test]
fn phone_ck1_agrees_with_phonenumbers_on_the_phone_corpus() {
    let mut failures = Vec::new();
    let lines = read_jsonl("phone/corpus.jsonl");
    assert!(lines.len() >= 5_000);
    let (mut parsed, mut refused) = (0, 0);
    for (line, v) in &lines {
        let input = v["input"].as_str().unwrap();
        let region = v["region"].as_str();
        let expected = &v["expected"];
        let got = canonical(Kind::Phone, input, region);
        match (expected["e164"].as_str(), got) {
            (Some(e164), Ok(c)) if c.strict() == e164 && c.loose().is_none() => parsed += 1,
            (None, Err(e)) if Some(e.code()) == expected["error"].as_str() => refused += 1,
            (want, got) => failures.push(format!(
                "{line}: expected {want:?} / {:?}, got {:?}",
                expected["error"].as_str(),
                got.map(|c| c.strict().to_owned()).map_err(|e| e.code())
            )),
        }
    }
    assert!(parsed > 3_000 && refused > 500, "{parsed} {refused}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
