//! Duplicate scoring rates: features per second, pair comparisons per second (one thread and
//! every core, on candidate-like pairs), and `dedupe` end to end on 100 k and 1 M synthetic
//! records with the stats split.
//!
//! `cargo run --release -p contactkit-benches --example dedupe_rate [-- RECORDS...]`
#![allow(
    clippy::print_stdout,
    clippy::cast_precision_loss,
    clippy::many_single_char_names
)]

use std::time::Instant;

use ck::dedupe::{DedupeOptions, Prepared, dedupe};
use contactkit_benches::dedupe::records;
use rayon::prelude::*;

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![100_000, 1_000_000]
    } else {
        sizes
    };

    // Features and pair scoring on 50 k records.
    let recs = records(50_000, 7);
    let t = Instant::now();
    let p = Prepared::new(&recs);
    let feat = t.elapsed().as_secs_f64();
    println!(
        "features: {:.0} k records/s (one thread)",
        recs.len() as f64 / feat / 1e3
    );
    // Candidate-like pairs: neighbours (same household or a duplicate) and random pairs.
    let n = p.len();
    let pairs: Vec<(usize, usize)> = (0..n - 3)
        .flat_map(|i| [(i, i + 1), (i, i + 2), (i, (i * 7919 + 13) % n)])
        .filter(|(a, b)| a != b)
        .collect();
    let rounds = 5;
    let t = Instant::now();
    let mut acc = 0.0;
    for _ in 0..rounds {
        for &(a, b) in &pairs {
            acc += p.weight(a, b);
        }
    }
    let one = (rounds * pairs.len()) as f64 / t.elapsed().as_secs_f64();
    let t = Instant::now();
    for _ in 0..rounds {
        acc += pairs.par_iter().map(|&(a, b)| p.weight(a, b)).sum::<f64>();
    }
    let all = (rounds * pairs.len()) as f64 / t.elapsed().as_secs_f64();
    println!(
        "pair scoring (9 fields): {:.2} M pairs/s on one thread, {:.2} M pairs/s on {} threads (checksum {:.0})",
        one / 1e6,
        all / 1e6,
        rayon::current_num_threads(),
        acc
    );

    for n in sizes {
        let recs = records(n, 11);
        let r = dedupe(&recs, &DedupeOptions::default()).expect("dedupe");
        let s = &r.stats;
        println!(
            "dedupe {n} records: {:.2} s total ({} candidate pairs, {:.2} M pairs/s scoring; features {:.2} s, blocking {:.2} s, training {:.2} s, scoring {:.2} s, clustering {:.2} s), {} pairs, {} clusters, {} oversized blocks",
            s.seconds,
            s.candidate_pairs,
            s.candidate_pairs as f64 / s.seconds_scoring / 1e6,
            s.seconds_features,
            s.seconds_blocking,
            s.seconds_training,
            s.seconds_scoring,
            s.seconds_clustering,
            s.pairs,
            s.clusters,
            s.oversized_blocks
        );
    }
}
