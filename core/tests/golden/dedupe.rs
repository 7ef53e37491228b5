//! Duplicate scoring: hand-written pairs (`testdata/dedupe/pairs.jsonl`) with their expected
//! relation, and the generated European CRM corpus (`testdata/dedupe/corpus.jsonl`) with
//! pairwise and cluster precision/recall and the false-positive rate on household and colleague
//! pairs.
#![allow(clippy::print_stderr, clippy::cast_precision_loss)] // the metrics are printed for the README

use std::collections::{HashMap, HashSet};

use contactkit::dedupe::{
    DedupeOptions, Labels, Record, Relation, dedupe, dedupe_stream, link, score_pair,
};
use serde_json::Value;

use crate::common::read_jsonl;

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

/// A record from a JSON object in the API.md §5 schema.
pub fn record(v: &Value) -> Record {
    let mut r = Record::new(s(v, "id").unwrap_or_default());
    r.given_name = s(v, "given_name");
    r.middle_name = s(v, "middle_name");
    r.family_name = s(v, "family_name");
    r.full_name = s(v, "full_name");
    r.organisation = s(v, "organisation");
    r.registration = list(v, "registration");
    r.email = list(v, "email");
    r.phone = list(v, "phone");
    r.address = s(v, "address");
    r.street = s(v, "street");
    r.house_number = s(v, "house_number");
    r.unit = s(v, "unit");
    r.postcode = s(v, "postcode");
    r.city = s(v, "city");
    r.region = s(v, "region");
    r.country = s(v, "country");
    r.date_of_birth = s(v, "date_of_birth");
    r.source = s(v, "source");
    r
}

#[test]
fn hand_written_pairs_have_their_relation() {
    let mut failures = Vec::new();
    for (line, case) in read_jsonl("dedupe/pairs.jsonl") {
        let (a, b) = (record(&case["a"]), record(&case["b"]));
        let want = Relation::from_code(case["relation"].as_str().unwrap()).unwrap();
        let got = score_pair(&a, &b);
        let back = score_pair(&b, &a);
        assert!(
            (got.weight - back.weight).abs() < 1e-9 && got.relation == back.relation,
            "line {line}: not symmetric"
        );
        let total: f64 = got.explanation.iter().map(|e| e.weight).sum();
        assert!(
            (total - got.weight).abs() < 1e-6,
            "line {line}: waterfall does not add up"
        );
        if got.relation != want {
            failures.push(format!(
                "line {line} ({}): want {want}, got {} p={:.4} {:?}",
                case["note"].as_str().unwrap_or(""),
                got.relation,
                got.probability,
                got.explanation
                    .iter()
                    .map(|e| format!("{}:{}:{:.1}", e.field, e.level, e.weight))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Pairwise and cluster metrics of a run against the corpus truth.
#[derive(Debug)]
pub struct Metrics {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub cluster_precision: f64,
    pub cluster_recall: f64,
    pub cluster_f1: f64,
    pub household_pairs: usize,
    pub household_fp: usize,
    pub colleague_pairs: usize,
    pub colleague_fp: usize,
    pub household_relation_ok: usize,
    pub colleague_relation_ok: usize,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn pairs_of_groups(groups: &HashMap<String, Vec<usize>>) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    for g in groups.values() {
        for (x, &a) in g.iter().enumerate() {
            for &b in &g[x + 1..] {
                out.insert((a.min(b), a.max(b)));
            }
        }
    }
    out
}

/// The generated corpus: its rows, their records and each row's true entity.
fn corpus() -> (Vec<(usize, Value)>, Vec<Record>, Vec<String>) {
    let rows = read_jsonl("dedupe/corpus.jsonl");
    let records = rows.iter().map(|(_, v)| record(v)).collect();
    let ent = rows
        .iter()
        .map(|(_, v)| v["truth"]["entity"].to_string())
        .collect();
    (rows, records, ent)
}

#[test]
fn generated_corpus_precision_recall_and_relations() {
    let (rows, records, _) = corpus();
    let truth: Vec<&Value> = rows.iter().map(|(_, v)| &v["truth"]).collect();
    let result = dedupe(&records, &DedupeOptions::default().threads(Some(2))).unwrap();

    let mut by_entity: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_house: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_company: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, t) in truth.iter().enumerate() {
        by_entity
            .entry(t["entity"].to_string())
            .or_default()
            .push(i);
        if let Some(h) = t["household"].as_str() {
            by_house.entry(h.to_owned()).or_default().push(i);
        }
        if let Some(c) = t["company"].as_str() {
            by_company.entry(c.to_owned()).or_default().push(i);
        }
    }
    let true_pairs = pairs_of_groups(&by_entity);
    let found: HashSet<(usize, usize)> = result
        .pairs
        .iter()
        .map(|p| (p.index_a, p.index_b))
        .collect();
    let tp = found.intersection(&true_pairs).count() as f64;
    let precision = tp / found.len().max(1) as f64;
    let recall = tp / true_pairs.len().max(1) as f64;

    let mut by_cluster: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in result.cluster_of.iter().enumerate() {
        by_cluster.entry(c.to_string()).or_default().push(i);
    }
    let cluster_pairs = pairs_of_groups(&by_cluster);
    let ctp = cluster_pairs.intersection(&true_pairs).count() as f64;
    let cluster_precision = ctp / cluster_pairs.len().max(1) as f64;
    let cluster_recall = ctp / true_pairs.len().max(1) as f64;

    // Hard negatives: pairs in one household or company that are different people.
    let ent = |i: usize| truth[i]["entity"].to_string();
    let hard = |groups: &HashMap<String, Vec<usize>>| -> Vec<(usize, usize)> {
        pairs_of_groups(groups)
            .into_iter()
            .filter(|&(a, b)| ent(a) != ent(b))
            .collect()
    };
    let (house, colleague) = (hard(&by_house), hard(&by_company));
    let in_cluster = |&(a, b): &(usize, usize)| result.cluster_of[a] == result.cluster_of[b];
    let relation_of = |&(a, b): &(usize, usize)| score_pair(&records[a], &records[b]).relation;
    let m = Metrics {
        precision,
        recall,
        f1: f1(precision, recall),
        cluster_precision,
        cluster_recall,
        cluster_f1: f1(cluster_precision, cluster_recall),
        household_pairs: house.len(),
        household_fp: house.iter().filter(|p| in_cluster(p)).count(),
        colleague_pairs: colleague.len(),
        colleague_fp: colleague.iter().filter(|p| in_cluster(p)).count(),
        household_relation_ok: house
            .iter()
            .filter(|p| relation_of(p) != Relation::SamePerson)
            .count(),
        colleague_relation_ok: colleague
            .iter()
            .filter(|p| relation_of(p) == Relation::SameOrganisation)
            .count(),
    };
    eprintln!("{m:#?}\nstats: {:#?}", result.stats);
    // Measured 0.9938 / 0.9697, cluster 0.9984 / 0.9713 / F1 0.9847, 0 household and 0
    // colleague pairs merged (testdata/dedupe/README.md); the bounds sit just below, so a
    // regression fails.
    assert!(m.precision >= 0.993, "{m:?}");
    assert!(m.recall >= 0.969, "{m:?}");
    assert!(m.cluster_f1 >= 0.984, "{m:?}");
    assert!(
        (m.household_fp as f64) < 0.01 * m.household_pairs as f64,
        "{m:?}"
    );
    assert!(
        (m.colleague_fp as f64) < 0.01 * m.colleague_pairs as f64,
        "{m:?}"
    );
    assert!(
        m.colleague_relation_ok as f64 >= 0.95 * m.colleague_pairs as f64,
        "{m:?}"
    );
    assert!(
        m.household_relation_ok as f64 >= 0.98 * m.household_pairs as f64,
        "{m:?}"
    );
    assert!(
        m.f1 >= 0.977 && m.cluster_precision >= 0.984 && m.cluster_recall >= 0.970,
        "{m:?}"
    );
    assert!(m.colleague_fp == 0 && m.household_fp <= 6, "{m:?}");
    // Every record in exactly one cluster.
    let n: usize = result.clusters.iter().map(Vec::len).sum();
    assert_eq!(n, records.len());
}

/// 25 duplicate pairs and 25 household pairs (different people) from the first records.
#[test]
fn a_stream_of_the_corpus_gives_the_result_of_the_held_list() {
    let (_, records, _) = corpus();
    let opts = DedupeOptions::default().threads(Some(2)).explain(true);
    let held = dedupe(&records, &opts).unwrap();
    let streamed = dedupe_stream(records.clone(), &opts).unwrap();
    assert!(
        held.stats.trained && held.pairs.len() > 100,
        "{:?}",
        held.stats
    );
    assert_eq!(streamed.pairs, held.pairs);
    assert_eq!(streamed.clusters, held.clusters);
    assert_eq!(streamed.cluster_of, held.cluster_of);
    assert_eq!(streamed.stats.candidate_pairs, held.stats.candidate_pairs);
    // Ids are checked on the stream too.
    let mut twice = records[..2].to_vec();
    twice[1].id = twice[0].id.clone();
    assert!(dedupe_stream(twice, &opts).is_err());
}

fn some_labels(rows: &[(usize, Value)], records: &[Record]) -> Labels {
    let ent = |i: usize| rows[i].1["truth"]["entity"].to_string();
    let house = |i: usize| rows[i].1["truth"]["household"].as_str().map(str::to_owned);
    let (mut pos, mut neg) = (Vec::new(), Vec::new());
    for i in 0..records.len() {
        for j in i + 1..(i + 40).min(records.len()) {
            if ent(i) == ent(j) && pos.len() < 25 {
                pos.push((records[i].clone(), records[j].clone(), true));
            } else if ent(i) != ent(j)
                && house(i).is_some()
                && house(i) == house(j)
                && neg.len() < 25
            {
                neg.push((records[i].clone(), records[j].clone(), false));
            }
        }
    }
    pos.extend(neg);
    Labels::new(&pos)
}

fn pair_f1(found: &HashSet<(usize, usize)>, truth: &HashSet<(usize, usize)>) -> f64 {
    let tp = found.intersection(truth).count() as f64;
    f1(
        tp / found.len().max(1) as f64,
        tp / truth.len().max(1) as f64,
    )
}

/// Labels refine `dedupe` and `link` and never make them worse on the corpus.
#[test]
fn labels_never_make_dedupe_or_link_worse() {
    let (rows, records, ent) = corpus();
    let labels = some_labels(&rows, &records);
    assert_eq!(labels.len(), 50);
    let mut truth = HashSet::new();
    for a in 0..records.len() {
        for b in a + 1..records.len() {
            if ent[a] == ent[b] {
                truth.insert((a, b));
            }
        }
    }
    let run = |opts: &DedupeOptions| {
        let r = dedupe(&records, opts).unwrap();
        let mut by: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, c) in r.cluster_of.iter().enumerate() {
            by.entry(c.to_string()).or_default().push(i);
        }
        let pairs: HashSet<_> = r.pairs.iter().map(|p| (p.index_a, p.index_b)).collect();
        (
            pair_f1(&pairs, &truth),
            pair_f1(&pairs_of_groups(&by), &truth),
        )
    };
    let before = run(&DedupeOptions::default());
    let after = run(&DedupeOptions::default().labels(labels.clone()));
    eprintln!("dedupe with labels: pairwise, cluster F1 {before:?} -> {after:?}");
    // Labels refit m from 50 pairs and keep the refit only when it fits them better; on the
    // corpus that may cost a pair or two (0.001 F1 is about two of ~2,000 pairs), never more.
    assert!(
        after.0 >= before.0 - 0.001 && after.1 >= before.1 - 0.001,
        "{before:?} -> {after:?}"
    );
    // No labels and an empty set are the same run.
    assert_eq!(
        run(&DedupeOptions::default().labels(Labels::default())),
        before
    );

    let (left, right) = records.split_at(records.len() - 800);
    let link_truth: HashSet<(usize, usize)> = truth
        .iter()
        .filter(|&&(a, b)| a < left.len() && b >= left.len())
        .map(|&(a, b)| (a, b - left.len()))
        .collect();
    let run_link = |opts: &DedupeOptions| {
        let r = link(left, right, opts).unwrap();
        let pairs: HashSet<_> = r.pairs.iter().map(|p| (p.index_a, p.index_b)).collect();
        pair_f1(&pairs, &link_truth)
    };
    let before = run_link(&DedupeOptions::default());
    let after = run_link(&DedupeOptions::default().labels(labels));
    eprintln!("link with labels: F1 {before:.4} -> {after:.4}");
    assert!(after >= before, "{before} -> {after}");
}

#[test]
#[ignore = "diagnostics: prints false positives and negatives"]
fn corpus_diagnostics() {
    let (rows, records, ent) = corpus();
    let r = dedupe(&records, &DedupeOptions::default().explain(true)).unwrap();
    let show = |i: usize| serde_json::to_string(&rows[i].1).unwrap();
    let mut n = 0;
    for p in &r.pairs {
        if ent[p.index_a] != ent[p.index_b] && n < 25 {
            n += 1;
            eprintln!(
                "FP p={:.3}\n  {}\n  {}\n  {:?}",
                p.probability,
                show(p.index_a),
                show(p.index_b),
                p.explanation
                    .iter()
                    .map(|e| format!("{}:{}:{:.1}", e.field, e.level, e.weight))
                    .collect::<Vec<_>>()
            );
        }
    }
}
