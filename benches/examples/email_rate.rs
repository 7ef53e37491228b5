//! Calls per second of `email::validate` and `email::clean` on the seeded corpora, in on-CPU
//! time.
//!
//! `cargo run --release -p contactkit-benches --example email_rate`
//!
//! Criterion (`cargo bench -p contactkit-benches --bench email`) times wall-clock time, which a
//! busy machine inflates; this counts only the time the thread was on a CPU (Linux
//! `CLOCK_THREAD_CPUTIME_ID`; elsewhere it falls back to wall-clock time) over about a
//! million validations per corpus.
#![allow(clippy::print_stdout)] // a measuring tool prints its measurement
#![allow(clippy::cast_precision_loss)] // counts and nanoseconds far below 2^52

use std::time::Instant;

use contactkit_benches::timing::Rate;
use contactkit_benches::{ascii_corpus, crm_corpus, mixed_corpus};

/// Runs `f` over `corpus` `rounds` times after one warm-up pass and prints the on-CPU rate.
fn rate(what: &str, name: &str, corpus: &[String], rounds: usize, f: impl Fn(&str) -> bool) {
    let r = Rate::measure(corpus, rounds, |e| f(e));
    println!(
        "{what} {name}: {:.2} M/s on-CPU ({:.0} ns each); wall-clock {:.2} M/s; {} of {} hits",
        r.per_cpu_second() / 1e6,
        r.cpu_ns_each(),
        r.per_wall_second() / 1e6,
        r.hits,
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
