//! `ContactIndex` on the generated corpus: after `add_many` (and removals), `match_record` gives
//! exactly the pairs, weights, relations and explanations of `link(indexed, [record])` with the
//! built-in model (`train(false)`).

use contactkit::dedupe::{ContactIndex, DedupeOptions, Record, link};

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
