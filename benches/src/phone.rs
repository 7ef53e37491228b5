//! The phone benchmark corpus: the inputs of `testdata/phone/corpus.jsonl` (5,472 messy
//! CRM-style numbers over 42 numbering plans, with their default regions), so the Rust and the
//! Python benchmarks time exactly the same mixed-region work. Synthetic, no real personal data.

use std::path::PathBuf;

/// The `(input, region)` pairs of `testdata/phone/corpus.jsonl`, in file order.
///
/// # Panics
///
/// When the file is missing or malformed (a broken checkout).
pub fn phone_corpus() -> Vec<(String, Option<String>)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata/phone/corpus.jsonl");
    let text = std::fs::read_to_string(&path).expect("testdata/phone/corpus.jsonl");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("//"))
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            (
                v["input"].as_str().expect("input").to_owned(),
                v["region"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

/// The corpus as batches that share a region (for `parse_many`), in order of first appearance.
pub fn phone_corpus_by_region() -> Vec<(Option<String>, Vec<String>)> {
    let mut groups: Vec<(Option<String>, Vec<String>)> = Vec::new();
    for (input, region) in phone_corpus() {
        match groups.iter_mut().find(|(r, _)| *r == region) {
            Some((_, v)) => v.push(input),
            None => groups.push((region, vec![input])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus_is_large_and_mixed() {
        let c = super::phone_corpus();
        assert!(c.len() >= 3000);
        let groups = super::phone_corpus_by_region();
        assert!(groups.len() >= 25);
        assert_eq!(groups.iter().map(|(_, v)| v.len()).sum::<usize>(), c.len());
    }
}
