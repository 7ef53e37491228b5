//! Duplicate scoring rates: features per second, pair comparisons per second (one thread and
//! every core, on candidate-like pairs), and `dedupe` end to end on 100 k and 1 M synthetic
//! records with the stats split, the candidate pairs per blocking pass and the peak RSS.
//!
//! Times are on-CPU (this thread for one-thread rates, the whole process for parallel runs) next
//! to wall-clock, since the machine may be shared.
//!
//! `cargo run --release -p contactkit-benches --example dedupe_rate [-- RECORDS...]`; with
//! `-- pairs ROUNDS` only the one-thread pair scoring runs (for instruction counts under
//! `valgrind --tool=callgrind`: the difference of two round counts over the pairs scored); with
//! `-- features ROUNDS` only the feature extraction of the 50 k records runs, ROUNDS times (the
//! difference of two round counts over 50,000 is the instructions per record); with
//! `-- stream RECORDS...` only `dedupe_stream` runs, on records generated one household at a
//! time and never all held (the peak RSS is the run's own memory).
#![allow(
    clippy::print_stdout,
    clippy::cast_precision_loss,
    clippy::many_single_char_names
)]

use std::time::Instant;

use ck::dedupe::{DedupeOptions, DedupeResult, Prepared, dedupe, dedupe_stream};
use contactkit_benches::dedupe::{record_stream, records};
use contactkit_benches::timing::timed;
use rayon::prelude::*;

/// CPU time of the whole process (every thread), seconds; from `/proc/self/stat` (utime +
/// stime, in clock ticks of 1/100 s), `None` off Linux.
fn process_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ut: f64 = f.get(11)?.parse().ok()?;
    let st: f64 = f.get(12)?.parse().ok()?;
    Some((ut + st) / 100.0)
}

/// Peak resident set size in MB (`VmHWM`), `None` off Linux.
fn peak_rss_mb() -> Option<f64> {
    status_mb("VmHWM:")
}

/// A memory line of `/proc/self/status` in MB.
fn status_mb(field: &str) -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let l = s.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = l.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pairs_only = args.first().is_some_and(|a| a == "pairs");
    let features_only = args.first().is_some_and(|a| a == "features");
    let stream = args.first().is_some_and(|a| a == "stream");
    let sizes: Vec<usize> = args
        .iter()
        .skip(usize::from(pairs_only || features_only || stream))
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if pairs_only {
        sizes
    } else if sizes.is_empty() {
        vec![100_000, 1_000_000]
    } else {
        sizes
    };

    if stream {
        for n in sizes {
            let c0 = process_cpu();
            let r = dedupe_stream(record_stream(n, 11), &DedupeOptions::default()).expect("dedupe");
            let cpu = c0.zip(process_cpu()).map(|(a, b)| b - a);
            report(&r, cpu, None);
        }
        return;
    }

    // Features and pair scoring on 50 k records.
    let recs = records(50_000, 7);
    if features_only {
        let rounds = sizes.first().copied().unwrap_or(1);
        let mut len = 0;
        let (cpu, _) = timed(|| {
            for _ in 0..rounds {
                len += Prepared::new(&recs).len();
            }
        });
        println!(
            "features: {len} records in {rounds} rounds, {:.0} k records/s (one thread, on-CPU)",
            len as f64 / cpu / 1e3
        );
        return;
    }
    let mut p = None;
    let (cpu, _) = timed(|| p = Some(Prepared::new(&recs)));
    let p = p.expect("prepared");
    println!(
        "features: {:.0} k records/s (one thread, on-CPU)",
        recs.len() as f64 / cpu / 1e3
    );
    // Candidate-like pairs: neighbours (same household or a duplicate) and random pairs.
    let n = p.len();
    let pairs: Vec<(usize, usize)> = (0..n - 3)
        .flat_map(|i| [(i, i + 1), (i, i + 2), (i, (i * 7919 + 13) % n)])
        .filter(|(a, b)| a != b)
        .collect();
    let rounds = if pairs_only {
        sizes.first().copied().unwrap_or(1)
    } else {
        5
    };
    let mut acc = 0.0;
    let (cpu, _) = timed(|| {
        for _ in 0..rounds {
            for &(a, b) in &pairs {
                acc += p.weight(a, b);
            }
        }
    });
    let one = (rounds * pairs.len()) as f64 / cpu;
    if pairs_only {
        println!(
            "pair scoring: {} pairs x {rounds} rounds, {:.2} M pairs/s on one thread (on-CPU; checksum {acc:.0})",
            pairs.len(),
            one / 1e6
        );
        return;
    }
    let c0 = process_cpu();
    let t = Instant::now();
    for _ in 0..rounds {
        acc += pairs.par_iter().map(|&(a, b)| p.weight(a, b)).sum::<f64>();
    }
    let wall = t.elapsed().as_secs_f64();
    let cpu = c0.zip(process_cpu()).map_or(wall, |(a, b)| b - a);
    let threads = rayon::current_num_threads();
    let calls = (rounds * pairs.len()) as f64;
    println!(
        "pair scoring (9 fields): {:.2} M pairs/s on one thread (on-CPU); {:.2} M pairs/s wall on {threads} threads ({:.2} M pairs per CPU-second; checksum {acc:.0})",
        one / 1e6,
        calls / wall / 1e6,
        calls / cpu / 1e6,
    );

    for n in sizes {
        let recs = records(n, 11);
        let input = status_mb("VmRSS:");
        let c0 = process_cpu();
        let r = dedupe(&recs, &DedupeOptions::default()).expect("dedupe");
        let cpu = c0.zip(process_cpu()).map(|(a, b)| b - a);
        report(&r, cpu, input);
    }
}

/// Prints the stats of a run: `cpu` is the process CPU time it took, `input` the RSS with the
/// input records before it (for a run over held records).
fn report(r: &DedupeResult, cpu: Option<f64>, input: Option<f64>) {
    let threads = rayon::current_num_threads();
    let s = &r.stats;
    println!(
        "dedupe {} records: {:.2} s wall, {:.2} s CPU on {threads} threads ({} candidate pairs, {:.2} M pairs/s scoring wall; features {:.2} s, blocking {:.2} s, training {:.2} s, scoring {:.2} s, clustering {:.2} s), {} pairs, {} clusters, {} windowed and {} oversized blocks, peak RSS {:.0} MB{}",
        s.records,
        s.seconds,
        cpu.unwrap_or(f64::NAN),
        s.candidate_pairs,
        s.candidate_pairs as f64 / s.seconds_scoring / 1e6,
        s.seconds_features,
        s.seconds_blocking,
        s.seconds_training,
        s.seconds_scoring,
        s.seconds_clustering,
        s.pairs,
        s.clusters,
        s.windowed_blocks,
        s.oversized_blocks,
        peak_rss_mb().unwrap_or(f64::NAN),
        input.map_or(String::new(), |m| format!(
            " (RSS with the input records before the run {m:.0} MB)"
        )),
    );
    let per_pass: Vec<String> = s
        .pass_pairs
        .iter()
        .map(|(p, c)| format!("{p} {c}"))
        .collect();
    println!("  candidate pairs per pass: {}", per_pass.join(", "));
}
