//! Evaluates `dedupe` / `link` on JSON Lines records with a `truth.entity` field (FEBRL exports,
//! the generated corpus) and prints pairwise and cluster precision, recall and F1 as JSON.
//!
//! ```text
//! cargo run --release -p contactkit --features parallel --example dedupe_eval -- dedupe FILE.jsonl
//! cargo run --release -p contactkit --features parallel --example dedupe_eval -- link LEFT.jsonl RIGHT.jsonl
//! (add --no-gate to turn the identity gate off, --missed to print missed pairs, --errors for
//! examples with their waterfall, --analyze for every error by cause: never compared, scored
//! below the threshold, split by clustering, wrong merge, chained)
//! ```
#![allow(
    clippy::print_stdout,
    clippy::cast_precision_loss,
    clippy::many_single_char_names
)]

use std::collections::{HashMap, HashSet};

use contactkit::dedupe::{DedupeOptions, Record, dedupe, link};
use serde_json::Value;

fn s(v: &Value, k: &str) -> Option<String> {
    match v.get(k)? {
        Value::String(x) => Some(x.clone()),
        Value::Array(a) => a.first().and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

fn list(v: &Value, k: &str) -> Vec<String> {
    match v.get(k) {
        Some(Value::String(x)) => vec![x.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => vec![],
    }
}

/// Records, their entity, and their household and company (generated corpus).
type Loaded = (Vec<Record>, Vec<String>, Vec<(String, String)>);

fn load_all(path: &str) -> Loaded {
    let text = std::fs::read_to_string(path).expect("readable file");
    let mut recs = Vec::new();
    let mut truth = Vec::new();
    let mut groups = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).expect("JSON line");
        let mut r = Record::new(s(&v, "id").unwrap_or_default());
        r.given_name = s(&v, "given_name");
        r.middle_name = s(&v, "middle_name");
        r.family_name = s(&v, "family_name");
        r.full_name = s(&v, "full_name");
        r.organisation = s(&v, "organisation");
        r.registration = list(&v, "registration");
        r.email = list(&v, "email");
        r.phone = list(&v, "phone");
        r.address = s(&v, "address");
        r.street = s(&v, "street");
        r.house_number = s(&v, "house_number");
        r.unit = s(&v, "unit");
        r.postcode = s(&v, "postcode");
        r.city = s(&v, "city");
        r.date_of_birth = s(&v, "date_of_birth");
        r.region = s(&v, "region");
        r.country = s(&v, "country");
        if std::env::args().any(|a| a == "--free-text") {
            free_text_address(&mut r);
        }
        recs.push(r);
        truth.push(v["truth"]["entity"].to_string());
        let g = |k: &str| v["truth"][k].as_str().unwrap_or_default().to_owned();
        groups.push((g("household"), g("company")));
    }
    (recs, truth, groups)
}

/// Joins the address columns into one free-text `address` in the country's order (to measure
/// the address module behind the dedupe address feature).
fn free_text_address(r: &mut Record) {
    let street = r.street.take().unwrap_or_default();
    let num = r.house_number.take().unwrap_or_default();
    let pc = r.postcode.take().unwrap_or_default();
    let city = r.city.take().unwrap_or_default();
    let line = match r.country.as_deref() {
        Some("FR" | "GB") => format!("{num} {street}"),
        _ => format!("{street} {num}"),
    };
    let last = match r.country.as_deref() {
        Some("GB") => format!("{city} {pc}"),
        _ => format!("{pc} {city}"),
    };
    let text = format!("{}, {}", line.trim(), last.trim());
    if text.trim_matches([',', ' ']).is_empty() {
        return;
    }
    r.address = Some(text);
}

fn load(path: &str) -> (Vec<Record>, Vec<String>) {
    let (r, t, _) = load_all(path);
    (r, t)
}

/// Pairs of different people in one household / company put in one cluster, of all such pairs.
fn hard_fp(
    truth: &[String],
    groups: &[(String, String)],
    cluster_of: &[usize],
) -> [(usize, usize); 2] {
    let mut out = [(0, 0); 2];
    for (k, slot) in out.iter_mut().enumerate() {
        let mut by: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, g) in groups.iter().enumerate() {
            let key = if k == 0 { &g.0 } else { &g.1 };
            if !key.is_empty() {
                by.entry(key).or_default().push(i);
            }
        }
        for m in by.values() {
            for (x, &a) in m.iter().enumerate() {
                for &b in &m[x + 1..] {
                    if truth[a] != truth[b] {
                        slot.1 += 1;
                        if cluster_of[a] == cluster_of[b] {
                            slot.0 += 1;
                        }
                    }
                }
            }
        }
    }
    out
}

fn prf(found: &HashSet<(usize, usize)>, truth: &HashSet<(usize, usize)>) -> (f64, f64, f64) {
    let tp = found.intersection(truth).count() as f64;
    let p = tp / found.len().max(1) as f64;
    let r = tp / truth.len().max(1) as f64;
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn best_f1(scored: &[((usize, usize), f64)], truth: &HashSet<(usize, usize)>) -> (f64, f64) {
    let mut v: Vec<_> = scored.to_vec();
    v.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (mut tp, mut best, mut at) = (0.0, 0.0, 0.5);
    for (k, (pair, p)) in v.iter().enumerate() {
        if truth.contains(pair) {
            tp += 1.0;
        }
        let prec = tp / (k + 1) as f64;
        let rec = tp / truth.len().max(1) as f64;
        let f = if prec + rec == 0.0 {
            0.0
        } else {
            2.0 * prec * rec / (prec + rec)
        };
        if f > best {
            best = f;
            at = *p;
        }
    }
    (best, at)
}

/// Pairwise F1 at thresholds of 0 to 10 bits of log2 odds (with `--shifts`): how far the
/// default threshold (0 bits, probability 0.5) is from the best one.
fn print_shifts(scored: &[((usize, usize), f64)], truth: &HashSet<(usize, usize)>) {
    if !std::env::args().any(|a| a == "--shifts") {
        return;
    }
    for bits in 0..=10 {
        let t = 1.0 / (1.0 + 2f64.powi(-bits));
        let found: HashSet<_> = scored.iter().filter(|s| s.1 >= t).map(|s| s.0).collect();
        let (p, r, f) = prf(&found, truth);
        println!("shift {bits:2} bits (p >= {t:.4}): P {p:.4} R {r:.4} F1 {f:.4}");
    }
}

/// Error analysis of a dedupe run: cluster false negatives by cause (never compared, scored
/// below the threshold, kept apart by clustering) and false positives (direct wrong merge or
/// chained), with examples.
fn analyze(
    recs: &[Record],
    truth: &[String],
    r: &contactkit::dedupe::DedupeResult,
    low: &DedupeOptions,
) {
    let all = dedupe(recs, &low.clone().explain(true)).expect("dedupe");
    let by_pair: HashMap<(usize, usize), &contactkit::dedupe::ScoredPair> = all
        .pairs
        .iter()
        .map(|p| ((p.index_a, p.index_b), p))
        .collect();
    let show = |tag: &str, a: usize, b: usize| {
        let p = by_pair.get(&(a, b));
        let e: Vec<String> = p.map_or(vec![], |p| {
            p.explanation
                .iter()
                .map(|e| format!("{}:{}:{:.1}", e.field, e.level, e.weight))
                .collect()
        });
        let f = |r: &Record| {
            format!(
                "{:?} {:?} | {:?} {:?} | {:?} {:?}",
                r.given_name, r.family_name, r.house_number, r.street, r.postcode, r.city
            )
        };
        println!(
            "{tag} p={:.3} {:?}\n   {} {}\n   {} {}",
            p.map_or(-1.0, |p| p.probability),
            e,
            recs[a].id,
            f(&recs[a]),
            recs[b].id,
            f(&recs[b])
        );
    };
    let n = recs.len();
    let mut cats: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for a in 0..n {
        for b in a + 1..n {
            let same = truth[a] == truth[b];
            let clus = r.cluster_of[a] == r.cluster_of[b];
            if same == clus {
                continue;
            }
            let p = by_pair.get(&(a, b)).map(|p| p.probability);
            let cat = match (same, p) {
                (true, None) => "FN never compared",
                (true, Some(x)) if x < 0.5 => "FN below threshold",
                (true, Some(_)) => "FN split by clustering",
                (false, Some(x)) if x >= 0.5 => "FP direct wrong merge",
                (false, _) => "FP chained",
            };
            cats.entry(cat).or_default().push((a, b));
        }
    }
    let mut keys: Vec<_> = cats.keys().copied().collect();
    keys.sort_unstable();
    for k in &keys {
        println!("== {k}: {}", cats[k].len());
    }
    let limit = 12;
    for k in keys {
        for &(a, b) in cats[k].iter().take(limit) {
            show(k, a, b);
        }
    }
}

/// Level counts per field among true pairs and other candidate pairs, with the mean weight.
fn levels(pairs: &[contactkit::dedupe::ScoredPair], tp: &HashSet<(usize, usize)>) {
    let mut m: std::collections::BTreeMap<String, (usize, usize, f64)> =
        std::collections::BTreeMap::new();
    for p in pairs {
        let t = tp.contains(&(p.index_a, p.index_b));
        for e in &p.explanation {
            let k = format!("{}:{}", e.field, e.level);
            let x = m.entry(k).or_default();
            if t {
                x.0 += 1;
            } else {
                x.1 += 1;
            }
            x.2 += e.weight;
        }
    }
    for (k, (t, o, w)) in m {
        println!(
            "{k:32} true {t:6} other {o:7} mean weight {:.2}",
            w / (t + o) as f64
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gate = !args.iter().any(|a| a == "--no-gate");
    let opts = DedupeOptions::default().identity_gate(gate);
    let low = DedupeOptions::default().identity_gate(gate).threshold(0.0);
    match args.get(1).map(String::as_str) {
        Some("dedupe") => {
            let (recs, truth, hh) = load_all(&args[2]);
            let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
            for (i, t) in truth.iter().enumerate() {
                groups.entry(t).or_default().push(i);
            }
            let mut tp = HashSet::new();
            for g in groups.values() {
                for (x, &a) in g.iter().enumerate() {
                    for &b in &g[x + 1..] {
                        tp.insert((a.min(b), a.max(b)));
                    }
                }
            }
            let r = dedupe(&recs, &opts).expect("dedupe");
            let found: HashSet<_> = r.pairs.iter().map(|p| (p.index_a, p.index_b)).collect();
            let (p, rc, f) = prf(&found, &tp);
            let mut by: HashMap<usize, Vec<usize>> = HashMap::new();
            for (i, &c) in r.cluster_of.iter().enumerate() {
                by.entry(c).or_default().push(i);
            }
            let mut cp = HashSet::new();
            for g in by.values() {
                for (x, &a) in g.iter().enumerate() {
                    for &b in &g[x + 1..] {
                        cp.insert((a.min(b), a.max(b)));
                    }
                }
            }
            let (cp_, cr, cf) = prf(&cp, &tp);
            let [house, colleague] = hard_fp(&truth, &hh, &r.cluster_of);
            let all = dedupe(&recs, &low).expect("dedupe");
            let scored: Vec<_> = all
                .pairs
                .iter()
                .map(|p| ((p.index_a, p.index_b), p.probability))
                .collect();
            let cand_recall = scored.iter().filter(|(k, _)| tp.contains(k)).count() as f64
                / tp.len().max(1) as f64;
            let (bf, at) = best_f1(&scored, &tp);
            print_shifts(&scored, &tp);
            if args.get(3).map(String::as_str) == Some("--errors") {
                let low_x = low.clone().explain(true);
                let allx = dedupe(&recs, &low_x).expect("dedupe");
                let show = |p: &contactkit::dedupe::ScoredPair| {
                    let e: Vec<String> = p
                        .explanation
                        .iter()
                        .map(|e| format!("{}:{}:{:.1}", e.field, e.level, e.weight))
                        .collect();
                    println!(
                        "  p={:.4} {:?}\n  {:?}\n  {:?}",
                        p.probability, e, recs[p.index_a], recs[p.index_b]
                    );
                };
                for p in allx
                    .pairs
                    .iter()
                    .filter(|p| p.probability < 0.5 && tp.contains(&(p.index_a, p.index_b)))
                    .take(25)
                {
                    println!("FN");
                    show(p);
                }
                for p in allx
                    .pairs
                    .iter()
                    .filter(|p| p.probability >= 0.5 && !tp.contains(&(p.index_a, p.index_b)))
                    .take(15)
                {
                    println!("FP");
                    show(p);
                }
            }
            if args.get(3).map(String::as_str) == Some("--levels") {
                levels(
                    &dedupe(&recs, &low.clone().explain(true))
                        .expect("dedupe")
                        .pairs,
                    &tp,
                );
            }
            if args.get(3).map(String::as_str) == Some("--analyze") {
                analyze(&recs, &truth, &r, &low);
            }
            if args.get(3).map(String::as_str) == Some("--missed") {
                let seen: HashSet<_> = scored.iter().map(|x| x.0).collect();
                for &(a, b) in tp.iter().filter(|k| !seen.contains(k)).take(15) {
                    println!("MISSED\n  {:?}\n  {:?}", recs[a], recs[b]);
                }
            }
            println!(
                "{{\"records\": {}, \"true_pairs\": {}, \"candidate_pairs\": {}, \"seconds\": {:.3}, \"seconds_features\": {:.3}, \"precision\": {p:.4}, \"recall\": {rc:.4}, \"f1\": {f:.4}, \"cluster_precision\": {cp_:.4}, \"cluster_recall\": {cr:.4}, \"cluster_f1\": {cf:.4}, \"best_f1\": {bf:.4}, \"best_threshold\": {at:.4}, \"candidate_recall\": {cand_recall:.4}, \"household_fp\": \"{}/{}\", \"colleague_fp\": \"{}/{}\", \"prior\": {:.3e}}}",
                recs.len(),
                tp.len(),
                r.stats.candidate_pairs,
                r.stats.seconds,
                r.stats.seconds_features,
                house.0,
                house.1,
                colleague.0,
                colleague.1,
                r.stats.prior
            );
        }
        Some("link") => {
            let (left, tl) = load(&args[2]);
            let (right, tr) = load(&args[3]);
            let mut idx: HashMap<&str, Vec<usize>> = HashMap::new();
            for (j, t) in tr.iter().enumerate() {
                idx.entry(t).or_default().push(j);
            }
            let mut tp = HashSet::new();
            for (i, t) in tl.iter().enumerate() {
                for &j in idx.get(t.as_str()).map_or(&[][..], Vec::as_slice) {
                    tp.insert((i, j));
                }
            }
            let r = link(&left, &right, &opts).expect("link");
            let found: HashSet<_> = r.pairs.iter().map(|p| (p.index_a, p.index_b)).collect();
            let (p, rc, f) = prf(&found, &tp);
            let all = link(&left, &right, &low).expect("link");
            let scored: Vec<_> = all
                .pairs
                .iter()
                .map(|p| ((p.index_a, p.index_b), p.probability))
                .collect();
            if args.get(4).map(String::as_str) == Some("--analyze") {
                let allx = link(&left, &right, &low.clone().explain(true)).expect("link");
                let by: HashMap<(usize, usize), &contactkit::dedupe::ScoredPair> = allx
                    .pairs
                    .iter()
                    .map(|p| ((p.index_a, p.index_b), p))
                    .collect();
                let f = |r: &Record| {
                    format!(
                        "{:?} {:?} | {:?} {:?} | {:?} {:?}",
                        r.given_name, r.family_name, r.house_number, r.street, r.postcode, r.city
                    )
                };
                let mut lines: Vec<(String, String)> = Vec::new();
                for &(a, b) in &tp {
                    if !found.contains(&(a, b)) {
                        let cat = if by.contains_key(&(a, b)) {
                            "FN below threshold"
                        } else {
                            "FN never compared"
                        };
                        lines.push((cat.to_owned(), format!("{a} {b}")));
                    }
                }
                for &(a, b) in found.difference(&tp) {
                    lines.push(("FP".to_owned(), format!("{a} {b}")));
                }
                lines.sort();
                for (cat, ab) in &lines {
                    let mut it = ab.split(' ').map(|x| x.parse::<usize>().unwrap());
                    let (a, b) = (it.next().unwrap(), it.next().unwrap());
                    let p = by.get(&(a, b));
                    let e: Vec<String> = p.map_or(vec![], |p| {
                        p.explanation
                            .iter()
                            .map(|e| format!("{}:{}:{:.1}", e.field, e.level, e.weight))
                            .collect()
                    });
                    println!(
                        "{cat} p={:.3} {:?}\n   {}\n   {}",
                        p.map_or(-1.0, |p| p.probability),
                        e,
                        f(&left[a]),
                        f(&right[b])
                    );
                }
            }
            if args.get(4).map(String::as_str) == Some("--levels") {
                levels(
                    &link(&left, &right, &low.clone().explain(true))
                        .expect("link")
                        .pairs,
                    &tp,
                );
            }
            let (bf, at) = best_f1(&scored, &tp);
            print_shifts(&scored, &tp);
            println!(
                "{{\"records\": {}, \"true_pairs\": {}, \"candidate_pairs\": {}, \"seconds\": {:.3}, \"precision\": {p:.4}, \"recall\": {rc:.4}, \"f1\": {f:.4}, \"best_f1\": {bf:.4}, \"best_threshold\": {at:.4}}}",
                r.stats.records,
                tp.len(),
                r.stats.candidate_pairs,
                r.stats.seconds
            );
        }
        _ => println!("usage: dedupe_eval dedupe FILE | link LEFT RIGHT"),
    }
}
