//! Addresses per second of `address::parse` on one core (on-CPU time) over the mixed-country
//! golden corpus, the first call, and the thread scaling of `address::parse_many_threads`.
//!
//! `cargo run --release -p contactkit-benches --example address_rate`
//!
//! Instruction profile (repeatable on a shared machine):
//! `ADDRESS_RATE_ROUNDS=3 ADDRESS_RATE_NO_THREADS=1 valgrind --tool=callgrind
//! target/release/examples/address_rate` (caches and branches: `--tool=cachegrind
//! --cache-sim=yes --branch-sim=yes`). `ADDRESS_RATE_NO_HINT=1` parses without the corpus hints
//! (the batch calls' workload); `ADDRESS_RATE_DUMP=file` writes every result for comparing builds.
#![allow(clippy::print_stdout)] // a measuring tool prints its measurement
#![allow(clippy::cast_precision_loss)] // counts and nanoseconds far below 2^52
#![allow(clippy::disallowed_methods)] // the run-length switches are read by this tool, not the library

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

use contactkit_benches::address_corpus_path;
use contactkit_benches::timing::{process_cpu_ns, timed};

/// The system allocator, counting allocations (and reallocations) while [`COUNTING`] is set:
/// allocations per parse are a large part of its cost.
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static ALLOCS: AtomicU64 = AtomicU64::new(0);

// SAFETY: every call is forwarded to `System` unchanged; only a counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCS.fetch_add(1, Ordering::Relaxed);
        }
        // SAFETY: as `System.alloc`, with the caller's layout.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as `System.dealloc`, with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCS.fetch_add(1, Ordering::Relaxed);
        }
        // SAFETY: as `System.realloc`, with the caller's arguments.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// `(hint, text)` for every spelling in the golden file.
fn corpus() -> Vec<(Option<String>, String)> {
    let text =
        std::fs::read_to_string(address_corpus_path()).expect("testdata/address/golden.jsonl");
    let mut out = Vec::new();
    for line in text.lines().filter(|l| l.starts_with('{')) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let hint = v["hint"].as_str().map(str::to_owned);
        out.push((hint.clone(), v["input"].as_str().unwrap().to_owned()));
        for e in v["equivalents"].as_array().unwrap() {
            out.push((hint.clone(), e.as_str().unwrap().to_owned()));
        }
    }
    out
}

fn main() {
    let t0 = Instant::now();
    let first = ck::address::parse("Keizersgracht 123-2, 1015 CJ Amsterdam", Some("NL")).unwrap();
    let first_ms = t0.elapsed().as_secs_f64() * 1e3;
    assert!(first.postcode.is_some());
    println!("first call (tables built): {first_ms:.3} ms");

    let mut corpus = corpus();
    // `ADDRESS_RATE_NO_HINT=1`: every spelling without its hint (the batch calls' workload).
    if std::env::var_os("ADDRESS_RATE_NO_HINT").is_some() {
        for (hint, _) in &mut corpus {
            *hint = None;
        }
    }
    // `ADDRESS_RATE_DUMP=file`: every result of the corpus under several hints and spellings,
    // for checking that a speed change leaves every result identical.
    if let Some(path) = std::env::var_os("ADDRESS_RATE_DUMP") {
        let mut out = String::new();
        for (hint, text) in &corpus {
            let variants = [
                text.clone(),
                text.to_lowercase(),
                text.to_uppercase(),
                text.replace(',', " "),
                text.replace(' ', ""),
            ];
            for v in &variants {
                for h in [
                    hint.as_deref(),
                    None,
                    Some("NL"),
                    Some("DE"),
                    Some("GB"),
                    Some("US"),
                ] {
                    let a = ck::address::parse(v, h).unwrap();
                    writeln!(out, "{h:?} {v:?}\n{a:?}").expect("write to a String");
                }
            }
        }
        std::fs::write(path, out).expect("dump file");
        return;
    }
    // `ADDRESS_RATE_ROUNDS=3` for a short run under `valgrind --tool=callgrind`.
    let rounds: usize = std::env::var("ADDRESS_RATE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    let mut found = 0usize;
    let (cpu, wall) = timed(|| {
        for _ in 0..rounds {
            for (hint, text) in &corpus {
                let a = ck::address::parse(std::hint::black_box(text), hint.as_deref()).unwrap();
                found += usize::from(a.postcode.is_some());
            }
        }
    });
    let n = (rounds * corpus.len()) as f64;
    // One more round, counting the heap allocations (the result's own strings included).
    COUNTING.store(true, Ordering::Relaxed);
    for (hint, text) in &corpus {
        drop(ck::address::parse(std::hint::black_box(text), hint.as_deref()).unwrap());
    }
    COUNTING.store(false, Ordering::Relaxed);
    let allocs = ALLOCS.load(Ordering::Relaxed) as f64 / corpus.len() as f64;
    println!(
        "parse, one core, mixed-country corpus ({} spellings x {rounds}): {:.0} addresses/s on-CPU ({:.2} us each); wall-clock {:.0}/s; {} with postcode; {allocs:.1} heap allocations per parse",
        corpus.len(),
        n / cpu,
        cpu * 1e6 / n,
        n / wall,
        found / rounds
    );

    if std::env::var_os("ADDRESS_RATE_NO_THREADS").is_some() {
        return;
    }
    // Thread scaling of the batch call (no hint, so every country path runs).
    let texts: Vec<&str> = corpus.iter().map(|(_, t)| t.as_str()).collect();
    let big: Vec<&str> = texts
        .iter()
        .copied()
        .cycle()
        .take(texts.len() * 40)
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut base = 0.0;
    let mut base_cpu = 0.0;
    for threads in [1usize, 2, 4, 8].into_iter().filter(|t| *t <= cores.max(2)) {
        // One warm-up call first: the first call pays for fresh heap pages (page faults), which
        // a long-running process does not.
        drop(ck::address::parse_many_threads(&big, None, threads).unwrap());
        let cpu0 = process_cpu_ns();
        let w = Instant::now();
        let out = ck::address::parse_many_threads(&big, None, threads).unwrap();
        let secs = w.elapsed().as_secs_f64();
        // All threads' CPU time: the rate per on-CPU second of each thread.
        let cpu = cpu0
            .zip(process_cpu_ns())
            .map_or(secs * threads as f64, |(a, b)| (b - a) as f64 / 1e9);
        assert_eq!(out.len(), big.len());
        drop(out);
        let rate = big.len() as f64 / secs;
        let per_thread_cpu = big.len() as f64 / cpu;
        if threads == 1 {
            base = rate;
            base_cpu = per_thread_cpu;
        }
        println!(
            "parse_many_threads({threads}): {rate:.0} addresses/s wall-clock ({:.2}x of 1 thread); {per_thread_cpu:.0}/s per on-CPU second of each thread ({:.2}x of 1 thread, so {:.2}x on {threads} free cores); {cores} cores available",
            rate / base,
            per_thread_cpu / base_cpu,
            per_thread_cpu / base_cpu * threads as f64
        );
    }
}
