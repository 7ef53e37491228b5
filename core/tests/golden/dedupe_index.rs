//! `ContactIndex` on the generated corpus: after `add_many` (and removals), `match_record` gives
//! exactly the pairs, weights, relations and explanations of `link(indexed, [record])` with the
//! built-in model (`train(false)`). Labels refine the index and never make it worse.
#![allow(clippy::print_stderr, clippy::cast_precision_loss)] // the F1 is printed for the docs

use std::collections::HashSet;

use contactkit::dedupe::{ContactIndex, DedupeOptions, Labels, Record, link};

use crate::common::read_jsonl;
use crate::dedupe::record;

#[test]
fn index_matches_equal_link() {
    let all: Vec<Record> = read_jsonl("dedupe/corpus.jsonl")
        .iter()
        .map(|(_, v)| record(v))
        .collect();
    let (left, right) = all.split_at(all.len() - 400);
    let index = ContactIndex::new();
    // Index a decoy batch first and remove it again: removal must undo blocks and frequencies.
    let decoys: Vec<Record> = right[..100]
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.id = format!("decoy-{}", r.id);
            r
        })
        .collect();
    index.add_many(&decoys).unwrap();
    index.add_many(&left[..1000]).unwrap();
    for r in &left[1000..1010] {
        index.add(r).unwrap();
    }
    index.add_many(&left[1010..]).unwrap();
    for d in &decoys {
        assert!(index.remove(&d.id));
    }
    assert_eq!(index.len(), left.len());
    let opts = DedupeOptions::default()
        .train(false)
        .explain(true)
        .threshold(0.01);
    let mut matched = 0;
    for q in right.iter().step_by(25) {
        let want = link(left, std::slice::from_ref(q), &opts).unwrap();
        let mut want = want.pairs;
        want.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then(a.index_a.cmp(&b.index_a))
        });
        for (threshold, limit) in [(0.01, usize::MAX), (0.5, usize::MAX), (0.01, 3)] {
            let got = index.match_record(q, limit, threshold).unwrap();
            let want: Vec<_> = want
                .iter()
                .filter(|p| p.probability >= threshold)
                .take(limit)
                .collect();
            assert_eq!(got.len(), want.len(), "record {}", q.id);
            for (g, w) in got.iter().zip(&want) {
                assert_eq!(g.id, w.id_a, "record {}", q.id);
                assert!((g.weight - w.weight).abs() < 1e-9, "record {}", q.id);
                assert_eq!(g.relation, w.relation);
                assert_eq!(g.explanation, w.explanation);
            }
            if limit == usize::MAX && threshold > 0.4 {
                matched += got.len();
            }
        }
    }
    assert!(matched > 10, "only {matched} matches");
    let many = index.match_many(&right[..50], 5, 0.5, Some(2)).unwrap();
    for (q, m) in right[..50].iter().zip(many) {
        assert_eq!(m, index.match_record(q, 5, 0.5).unwrap());
    }
}

fn f1(found: &HashSet<(String, String)>, truth: &HashSet<(String, String)>) -> f64 {
    let tp = found.intersection(truth).count() as f64;
    let p = tp / (found.len().max(1) as f64);
    let r = tp / (truth.len().max(1) as f64);
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// A few dozen labels refine the index's model and never make it worse on the corpus.
#[test]
fn labels_never_make_the_index_worse() {
    let rows = read_jsonl("dedupe/corpus.jsonl");
    let all: Vec<Record> = rows.iter().map(|(_, v)| record(v)).collect();
    let entity: Vec<u64> = rows
        .iter()
        .map(|(_, v)| v["truth"]["entity"].as_u64().unwrap())
        .collect();
    let household: Vec<Option<String>> = rows
        .iter()
        .map(|(_, v)| v["truth"]["household"].as_str().map(str::to_owned))
        .collect();
    let n = all.len() - 400;
    let index = ContactIndex::new();
    index.add_many(&all[..n]).unwrap();
    let mut truth = HashSet::new();
    for q in n..all.len() {
        for l in 0..n {
            if entity[q] == entity[l] {
                truth.insert((all[q].id.clone(), all[l].id.clone()));
            }
        }
    }
    let score = |index: &ContactIndex| {
        let m = index
            .match_many(&all[n..], usize::MAX, 0.5, Some(2))
            .unwrap();
        let found: HashSet<(String, String)> = all[n..]
            .iter()
            .zip(m)
            .flat_map(|(q, ms)| ms.into_iter().map(move |x| (q.id.clone(), x.id)))
            .collect();
        f1(&found, &truth)
    };
    let before = score(&index);
    // 25 duplicate pairs and 25 household pairs (different people) from the indexed part.
    let (mut pos, mut neg) = (Vec::new(), Vec::new());
    for i in 0..n {
        for j in i + 1..(i + 40).min(n) {
            if entity[i] == entity[j] && pos.len() < 25 {
                pos.push((all[i].clone(), all[j].clone(), true));
            } else if entity[i] != entity[j]
                && household[i].is_some()
                && household[i] == household[j]
                && neg.len() < 25
            {
                neg.push((all[i].clone(), all[j].clone(), false));
            }
        }
    }
    pos.extend(neg);
    let labels = Labels::new(&pos);
    assert_eq!(labels.len(), 50);
    let used = index.set_labels(&labels);
    let after = score(&index);
    eprintln!("labels: used {used}, index F1 {before:.4} -> {after:.4}");
    assert!(after >= before, "labels made it worse: {before} -> {after}");
    assert!(!index.set_labels(&Labels::default()));
    assert!((score(&index) - before).abs() < 1e-12);
}
