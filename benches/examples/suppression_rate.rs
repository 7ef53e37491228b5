//! Tokens and checks per second of the suppression list, in on-CPU time (one thread).
//!
//! `cargo run --release -p contactkit-benches --example suppression_rate`
//!
//! Targets (issue #6): at least 1,000,000 checks per second per core on canonical input and at
//! least 300,000 from raw e-mails. Counts only the time the thread was on a CPU (Linux
//! `CLOCK_THREAD_CPUTIME_ID`; elsewhere wall-clock time).
#![allow(clippy::print_stdout)] // a measuring tool prints its measurement
#![allow(clippy::cast_precision_loss)] // counts and nanoseconds far below 2^52

use std::sync::Arc;
use std::time::Instant;

use ck::suppression::{
    AddOptions, CheckOptions, KeyChain, Kind, LocalKey, MacProvider, OpenOptions, SuppressionList,
    canonical, chain_token,
};
use contactkit_benches::timing::{Rate, timed};
use contactkit_benches::{crm_corpus, mixed_corpus};

fn rate<T>(what: &str, corpus: &[T], rounds: usize, f: impl Fn(&T) -> bool) {
    let r = Rate::measure(corpus, rounds, f);
    println!(
        "{what}: {:.2} M/s on-CPU ({:.0} ns each); wall-clock {:.2} M/s; {} of {} hits",
        r.per_cpu_second() / 1e6,
        r.cpu_ns_each(),
        r.per_wall_second() / 1e6,
        r.hits,
        corpus.len()
    );
}

fn main() {
    let key: Arc<dyn MacProvider> = Arc::new(LocalKey::new(&[7u8; 32], "bench/v1").unwrap());
    let chain = KeyChain::single(key.clone());
    let raw = mixed_corpus(10_000, 42);
    let messy = crm_corpus(10_000, 7);
    let canon: Vec<String> = raw
        .iter()
        .filter_map(|e| canonical(Kind::Email, e, None).ok())
        .map(|c| c.strict().to_owned())
        .collect();

    // A list of 1,000,000 entries (every other corpus value plus synthetic fill).
    let list = SuppressionList::create(key.clone());
    let fill: Vec<String> = (0..1_000_000 - raw.len() / 2)
        .map(|i| format!("erased{i}@example.nl"))
        .collect();
    let t = Instant::now();
    let fast = AddOptions {
        clean: false,
        ..AddOptions::default()
    };
    list.add_many(Kind::Email, &fill, &fast).unwrap();
    let half: Vec<&String> = raw.iter().step_by(2).collect();
    list.add_many(Kind::Email, &half, &AddOptions::default())
        .unwrap();
    println!(
        "bulk add of {} values (1 thread): {:.2} s, {} tokens",
        fill.len() + half.len(),
        t.elapsed().as_secs_f64(),
        list.len()
    );
    let t = Instant::now();
    let bytes = list.to_bytes().unwrap();
    println!(
        "save: {:.1} ms, {} bytes",
        t.elapsed().as_secs_f64() * 1e3,
        bytes.len()
    );
    let t = Instant::now();
    let opened =
        SuppressionList::from_bytes(&bytes, &vec![key.clone()], &OpenOptions::default()).unwrap();
    println!(
        "open (verify tag, order, records): {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    assert_eq!(opened.len(), list.len());

    rate(
        "token (HMAC-SHA-256 of a canonical form)",
        &canon,
        100,
        |c| chain_token(&chain, Kind::Email, c).is_ok_and(|t| t[0] == 0),
    );
    let canonical_opts = CheckOptions {
        clean: false,
        ..CheckOptions::default()
    };
    let forms: Vec<_> = canon
        .iter()
        .map(|c| canonical(Kind::Email, c, None).unwrap())
        .collect();
    rate(
        "check_canonical, pre-canonicalised input (1M-entry list)",
        &forms,
        100,
        |c| list.check_canonical(c, &canonical_opts).suppressed,
    );
    rate(
        "check, canonical strings (ck1 again, no cleaning)",
        &canon,
        50,
        |c| list.check(Kind::Email, c, &canonical_opts).suppressed,
    );
    rate("check, raw e-mails without CRM cleaning", &raw, 30, |e| {
        list.check(Kind::Email, e, &canonical_opts).suppressed
    });
    let opts = CheckOptions::default();
    rate(
        "check, raw e-mails (default: raw + cleaned forms)",
        &raw,
        20,
        |e| list.check(Kind::Email, e, &opts).suppressed,
    );
    rate("check, messy CRM fields (default)", &messy, 10, |e| {
        list.check(Kind::Email, e, &opts).suppressed
    });
    let mut n = 0usize;
    let (cpu, _) = timed(|| {
        for _ in 0..20 {
            n += list
                .check_many(Kind::Email, &raw, &opts)
                .iter()
                .filter(|d| d.suppressed)
                .count();
        }
    });
    println!(
        "check_many raw (default): {:.2} M/s on-CPU ({} hits)",
        (20 * raw.len()) as f64 / cpu / 1e6,
        n / 20
    );
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let t = Instant::now();
    let mut m = 0usize;
    for _ in 0..20 {
        m += list
            .check_many_threads(Kind::Email, &raw, &opts, threads)
            .unwrap()
            .iter()
            .filter(|d| d.suppressed)
            .count();
    }
    assert_eq!(m, n);
    println!(
        "check_many_threads raw ({threads} threads): {:.2} M/s wall-clock",
        (20 * raw.len()) as f64 / t.elapsed().as_secs_f64() / 1e6
    );

    // Phones: national NL formats with the default region (the phone engine's parse, plus the
    // CRM layer's reading), against E.164 entries.
    let phones: Vec<String> = (0..10_000u32)
        .map(|i| {
            let n = 10_000_000 + (i * 7919) % 89_999_999;
            match i % 4 {
                0 => format!("06-{n:08}"),
                1 => format!("+31 6 {n:08}"),
                2 => format!("06 {} {}", n / 10_000, n % 10_000),
                _ => format!("+316{n:08}"),
            }
        })
        .collect();
    let add_nl = AddOptions {
        region: Some("NL".to_owned()),
        ..AddOptions::default()
    };
    list.add_many(Kind::Phone, &phones[..5_000], &add_nl)
        .unwrap();
    let nl = CheckOptions {
        region: Some("NL".to_owned()),
        channel: ck::suppression::Channel::Sms,
        ..CheckOptions::default()
    };
    rate(
        "check, phones (NL national and E.164, default)",
        &phones,
        5,
        |p| list.check(Kind::Phone, p, &nl).suppressed,
    );
    let nl_raw = CheckOptions {
        clean: false,
        ..nl.clone()
    };
    rate("check, phones without the CRM layer", &phones, 5, |p| {
        list.check(Kind::Phone, p, &nl_raw).suppressed
    });
}
