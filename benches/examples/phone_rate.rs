//! Phone numbers per second on one core, first-call latency and resident memory.
//!
//! `cargo run --release -p contactkit-benches --example phone_rate`
//!
//! On the mixed-region corpus of `testdata/phone/corpus.jsonl` (5,472 messy inputs, 42
//! numbering plans, each with its default region): parse + `is_valid` + E.164 (target at
//! least 400,000/s), the full `PhoneResult` (7 fields, 4 formats; target 200,000/s) and
//! `clean`, in on-CPU time of this thread (Linux `CLOCK_THREAD_CPUTIME_ID`; wall-clock
//! elsewhere). Then the first-call latency (target <= 50 ms) measured at process start, and
//! the resident set size after the corpus (target <= 100 MB).
#![allow(clippy::print_stdout)] // a measuring tool prints its measurement
#![allow(clippy::cast_precision_loss)] // counts and nanoseconds far below 2^52

use std::time::Instant;

use ck::phone::{self, PhoneNumber};
use contactkit_benches::phone_corpus;
use contactkit_benches::timing::{on_cpu_ns, timed};

fn cpu_ms_since(start: Option<u64>) -> f64 {
    match (start, on_cpu_ns()) {
        (Some(a), Some(b)) => (b - a) as f64 / 1e6,
        _ => f64::NAN,
    }
}

fn rss_kib(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn rate(
    what: &str,
    corpus: &[(String, Option<String>)],
    rounds: usize,
    f: impl Fn(&str, Option<&str>) -> bool,
) -> f64 {
    let mut hits = corpus.iter().filter(|(i, r)| f(i, r.as_deref())).count();
    let (cpu, wall) = timed(|| {
        for _ in 0..rounds {
            for (i, r) in corpus {
                hits += usize::from(f(std::hint::black_box(i), r.as_deref()));
            }
        }
    });
    let n = (rounds * corpus.len()) as f64;
    println!(
        "{what}: {:.0} k/s on-CPU ({:.0} ns each); wall-clock {:.0} k/s; {} of {} hits",
        n / cpu / 1e3,
        cpu * 1e9 / n,
        n / wall / 1e3,
        hits / (rounds + 1),
        corpus.len()
    );
    n / cpu
}

fn main() {
    let rss0 = rss_kib("VmRSS:");
    // First call: the engine decodes its metadata and compiles the regexes it needs.
    let (t, c) = (Instant::now(), on_cpu_ns());
    let first = phone::parse("+31 20 123 4567", None);
    let first_ms = t.elapsed().as_secs_f64() * 1e3;
    let first_cpu_ms = cpu_ms_since(c);
    assert!(first.is_valid == Some(true));
    let t = Instant::now();
    let _ = phone::parse("06-12345678", Some("NL"));
    let second_us = t.elapsed().as_secs_f64() * 1e6;
    println!(
        "first call: {first_ms:.2} ms wall-clock, {first_cpu_ms:.2} ms on-CPU (target <= 50 ms); \
         second call, same region: {second_us:.0} us"
    );
    let (t, c) = (Instant::now(), on_cpu_ns());
    for r in ["DE", "BE", "FR", "GB", "US", "IT", "ES", "JP", "BR", "IN"] {
        let _ = phone::parse("0 12 34 56 78", Some(r));
    }
    println!(
        "first call for 10 further regions: {:.2} ms wall-clock, {:.2} ms on-CPU in all",
        t.elapsed().as_secs_f64() * 1e3,
        cpu_ms_since(c)
    );

    let corpus = phone_corpus();
    let regions: std::collections::BTreeSet<_> = corpus.iter().map(|(_, r)| r.clone()).collect();
    println!(
        "corpus: {} inputs, {} region values (testdata/phone/corpus.jsonl)",
        corpus.len(),
        regions.len()
    );
    let fast = rate("parse + is_valid + E.164", &corpus, 60, |i, r| {
        PhoneNumber::parse(i, r).is_ok_and(|n| n.is_valid() && n.e164().len() > 1)
    });
    println!(
        "  -> {} the 400 k/s target",
        if fast >= 400_000.0 { "meets" } else { "MISSES" }
    );
    // By kind of input (the corpus's `kind` field), to see where the time goes.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../testdata/phone/corpus.jsonl"
    ))
    .expect("corpus");
    let mut by_kind: std::collections::BTreeMap<String, Vec<(String, Option<String>)>> =
        std::collections::BTreeMap::new();
    for l in text.lines().filter(|l| l.starts_with('{')) {
        let v: serde_json::Value = serde_json::from_str(l).expect("JSON");
        let kind = v["kind"]
            .as_str()
            .unwrap_or("")
            .split('_')
            .next()
            .unwrap_or("");
        by_kind.entry(kind.to_owned()).or_default().push((
            v["input"].as_str().unwrap_or("").to_owned(),
            v["region"].as_str().map(str::to_owned),
        ));
    }
    for (kind, rows) in &by_kind {
        rate(
            &format!("  kind {kind:>13} ({:>4} inputs)", rows.len()),
            rows,
            20,
            |i, r| PhoneNumber::parse(i, r).is_ok_and(|n| n.is_valid() && n.e164().len() > 1),
        );
    }
    let full = rate("full PhoneResult (parse_phone)", &corpus, 20, |i, r| {
        phone::parse(i, r).parse_ok
    });
    println!(
        "  -> {} the 200 k/s target",
        if full >= 200_000.0 { "meets" } else { "MISSES" }
    );
    rate("clean_phone", &corpus, 10, |i, r| {
        phone::clean(i, r).is_ok_and(|c| c.dedup_key.is_some())
    });
    let rss = rss_kib("VmRSS:");
    let hwm = rss_kib("VmHWM:");
    if let (Some(a), Some(b), Some(h)) = (rss0, rss, hwm) {
        println!(
            "RSS: {:.1} MB at start, {:.1} MB after the corpus (peak {:.1} MB; target <= 100 MB)",
            a as f64 / 1024.0,
            b as f64 / 1024.0,
            h as f64 / 1024.0
        );
    }
    println!("metadata {}", phone::metadata_version());
}
