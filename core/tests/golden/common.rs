//! Reading `testdata/` JSON Lines files.
#![allow(dead_code)] // each area module uses what it needs

use std::path::PathBuf;

/// The repository's `testdata/` directory.
pub fn testdata() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("testdata")
}

/// Every JSON object of `testdata/<rel>`, with its 1-based line number. Blank lines and lines
/// starting with `//` are skipped.
pub fn read_jsonl(rel: &str) -> Vec<(usize, serde_json::Value)> {
    let path = testdata().join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with("//"))
        .map(|(i, l)| {
            let v = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{}:{}: bad JSON: {e}", path.display(), i + 1));
            (i + 1, v)
        })
        .collect()
}
