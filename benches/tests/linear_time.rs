//! Work stays linear on long, hostile e-mail input: 8 times the input must not cost anywhere
//! near 64 times the time. Timed on-CPU (`CLOCK_THREAD_CPUTIME_ID`), so a busy machine's waits
//! for a CPU do not count; it lives here to share the benches' clock.

use std::time::{Duration, Instant};

use ck::email::{self, EmailOptions};
use contactkit_benches::timing::on_cpu_ns;

/// The fastest of a few runs, in on-CPU time of this thread (wall-clock time off Linux): a loaded
/// machine only ever makes a run slower, and time spent waiting for a CPU is not counted.
fn best_of(input: &str, runs: usize) -> Duration {
    let o = EmailOptions::default()
        .allow_quoted_local(true)
        .allow_display_name(true)
        .allow_domain_literal(true);
    (0..runs)
        .map(|_| {
            let cpu = on_cpu_ns();
            let wall = Instant::now();
            std::hint::black_box(email::validate(std::hint::black_box(input), &o));
            match cpu.zip(on_cpu_ns()) {
                Some((a, b)) => Duration::from_nanos(b.saturating_sub(a)),
                None => wall.elapsed(),
            }
        })
        .min()
        .unwrap_or_default()
}

/// Builds an input of a given size.
type Shape = (&'static str, fn(usize) -> String);

/// Long inputs of many shapes: 8 times the input must not cost anywhere near 64 times the
/// time (quadratic work would). The bound (32x) leaves room for noise.
#[test]
fn long_inputs_run_in_linear_time() {
    let shapes: [Shape; 8] = [
        ("combining marks", |n| {
            format!("{}@example.com", "\u{301}".repeat(n))
        }),
        ("marks after <", |n| {
            format!("<{}\u{338}@example.com", "\u{301}".repeat(n))
        }),
        ("escaped quotes", |n| {
            format!("\"{}\"@example.com", "\\\u{212B}".repeat(n))
        }),
        ("unclosed quote", |n| {
            format!("\"{}@example.com", "a@".repeat(n))
        }),
        ("xn label", |n| {
            format!("me@\u{e9}.xn--{}.com", "9".repeat(n))
        }),
        ("arabic digits", |n| {
            format!("me@{}.com", "\u{660}".repeat(n))
        }),
        ("bad local chars", |n| {
            format!("{}@example.com", "(\u{a0}".repeat(n))
        }),
        ("display name", |n| {
            format!("{} <a@example.com>", "\u{e9}a ".repeat(n))
        }),
    ];
    // Linear work gives about 8x, quadratic 64x. The bound sits between them, and a shape gets
    // three tries (the smallest ratio counts), so a busy machine does not fail a linear shape.
    // The sizes keep the working set inside the CPU caches: at 80,000 marks the debug build's
    // buffers spill out of L2 and a loaded machine measured 35x for linear work.
    for (name, make) in shapes {
        let small = make(5_000);
        let large = make(40_000);
        // Warm up caches and the allocator.
        best_of(&small, 2);
        let mut tries = Vec::new();
        for _ in 0..3 {
            let t_small = best_of(&small, 5).max(Duration::from_micros(50));
            let t_large = best_of(&large, 5);
            let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
            tries.push(format!("{t_small:?} -> {t_large:?}"));
            if ratio < 32.0 {
                break;
            }
            assert!(
                tries.len() < 3,
                "{name}: 8x input took {ratio:.1}x the time ({})",
                tries.join(", ")
            );
        }
    }
}
