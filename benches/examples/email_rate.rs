//! Calls per second of `email::validate` and `email::clean` on the seeded corpora, in on-CPU
//! time.
//!
//! `cargo run --release -p contactkit-benches --example email_rate`
//!
//! Criterion (`cargo bench -p contactkit-benches --bench email`) times wall-clock time, which a
//! busy machine inflates; this counts only the time the thread was on a CPU (Linux
//! `/proc/thread-self/schedstat`; elsewhere it falls back to wall-clock time) over about a
//! million validations per corpus.
#![allow(clippy::print_stdout)] // a measuring tool prints its measurement
#![allow(clippy::cast_precision_loss)] // counts and nanoseconds far below 2^52

use std::time::Instant;

use contactkit_benches::{ascii_corpus, crm_corpus, mixed_corpus};

/// Nanoseconds this thread has spent on a CPU, if the platform says.
fn on_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Runs `f` over `corpus` `rounds` times after one warm-up pass and prints the on-CPU rate.
fn rate(what: &str, name: &str, corpus: &[String], rounds: usize, f: impl Fn(&str) -> bool) {
    let mut hits = corpus.iter().filter(|e| f(e)).count();
    let cpu0 = on_cpu_ns();
    let wall0 = Instant::now();
    for _ in 0..rounds {
        for e in corpus {
            hits += usize::from(f(std::hint::black_box(e)));
        }
    }
    let wall = wall0.elapsed().as_secs_f64();
    let cpu = match (cpu0, on_cpu_ns()) {
        (Some(a), Some(b)) => (b - a) as f64 / 1e9,
        _ => wall,
    };
    let n = (rounds * corpus.len()) as f64;
    println!(
        "{what} {name}: {:.2} M/s on-CPU ({:.0} ns each); wall-clock {:.2} M/s; {} of {} hits",
        n / cpu / 1e6,
        cpu * 1e9 / n,
        n / wall / 1e6,
        hits / (rounds + 1),
        corpus.len()
    );
}

fn main() {
    let opts = ck::email::EmailOptions::default();
    for (name, corpus) in [
        ("ascii_realistic", ascii_corpus(10_000, 42)),
        ("mixed_realistic", mixed_corpus(10_000, 42)),
    ] {
        rate("validate", name, &corpus, 100, |e| {
            ck::email::validate(e, &opts).valid
        });
    }
    let start = Instant::now();
    let _ = ck::email::clean("jan@example.nl", None);
    println!(
        "clean first call (lists loaded): {:.2} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    for (name, corpus) in [
        ("mixed_realistic", mixed_corpus(10_000, 42)),
        ("crm_messy", crm_corpus(10_000, 42)),
    ] {
        rate("clean", name, &corpus, 30, |e| {
            ck::email::clean(e, None).email.is_some()
        });
    }
}
