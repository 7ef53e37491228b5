//! Parses addresses read from standard input (one per line; `|` separates lines of one
//! address; an optional `HINT<TAB>` prefix) and prints each result as JSON.
#![allow(clippy::print_stdout)]

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("read");
        let (hint, text) = match line.split_once('\t') {
            Some((h, t)) => (Some(h.to_owned()), t.replace('|', "\n")),
            None => (None, line.replace('|', "\n")),
        };
        let a = contactkit::address::parse(&text, hint.as_deref()).expect("hint");
        let v = serde_json::json!({
            "input": line,
            "street": a.street, "house_number": a.house_number,
            "house_number_suffix": a.house_number_suffix, "unit": a.unit, "unit_type": a.unit_type,
            "po_box": a.po_box, "po_box_type": a.po_box_type, "postcode": a.postcode,
            "city": a.city, "region": a.region, "country": a.country,
            "organisation": a.organisation, "care_of": a.care_of, "attention": a.attention,
            "sorting_code": a.sorting_code, "dependent_locality": a.dependent_locality,
            "canonical": a.canonical, "lines": a.lines, "match_key": a.match_key,
            "warnings": a.warnings.iter().map(|w| w.code()).collect::<Vec<_>>(),
        });
        let compact: serde_json::Map<String, serde_json::Value> = v
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        println!("{}", serde_json::Value::Object(compact));
    }
}
