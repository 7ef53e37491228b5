//! Suppression list benchmarks: tokens, checks (canonical and raw input) and file open.
//!
//! `cargo bench -p contactkit-benches --bench suppression`; on-CPU rates with
//! `cargo run --release -p contactkit-benches --example suppression_rate`.
#![allow(missing_docs)]
use std::hint::black_box;
use std::sync::Arc;

use ck::suppression::{
    AddOptions, CheckOptions, KeyChain, Kind, LocalKey, MacProvider, OpenOptions, SuppressionList,
    canonical, chain_token,
};
use contactkit_benches::mixed_corpus;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const N: usize = 10_000;

fn setup() -> (Arc<dyn MacProvider>, SuppressionList, Vec<String>) {
    let key: Arc<dyn MacProvider> = Arc::new(LocalKey::new(&[7u8; 32], "bench/v1").unwrap());
    let list = SuppressionList::create(key.clone());
    let fill: Vec<String> = (0..100_000)
        .map(|i| format!("erased{i}@example.nl"))
        .collect();
    list.add_many(
        Kind::Email,
        &fill,
        &AddOptions {
            clean: false,
            ..AddOptions::default()
        },
    )
    .unwrap();
    let raw = mixed_corpus(N, 42);
    let half: Vec<&String> = raw.iter().step_by(2).collect();
    list.add_many(Kind::Email, &half, &AddOptions::default())
        .unwrap();
    (key, list, raw)
}

fn suppression(c: &mut Criterion) {
    let (key, list, raw) = setup();
    let chain = KeyChain::single(key.clone());
    let forms: Vec<_> = raw
        .iter()
        .filter_map(|e| canonical(Kind::Email, e, None).ok())
        .collect();
    let mut g = c.benchmark_group("suppression");
    g.throughput(Throughput::Elements(forms.len() as u64));
    g.bench_function("token_canonical", |b| {
        b.iter(|| {
            forms
                .iter()
                .filter(|f| chain_token(&chain, Kind::Email, black_box(f.strict())).is_ok())
                .count()
        });
    });
    let fast = CheckOptions {
        clean: false,
        ..CheckOptions::default()
    };
    g.bench_function("check_canonical", |b| {
        b.iter(|| {
            forms
                .iter()
                .filter(|f| list.check_canonical(black_box(f), &fast).suppressed)
                .count()
        });
    });
    g.throughput(Throughput::Elements(raw.len() as u64));
    let opts = CheckOptions::default();
    g.bench_function("check_raw", |b| {
        b.iter(|| {
            raw.iter()
                .filter(|e| list.check(Kind::Email, black_box(e), &opts).suppressed)
                .count()
        });
    });
    g.bench_function("check_many_raw", |b| {
        b.iter(|| list.check_many(Kind::Email, black_box(&raw), &opts));
    });
    g.finish();

    let bytes = list.to_bytes().unwrap();
    let keys = vec![key];
    let mut g = c.benchmark_group("suppression_file");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.sample_size(20);
    g.bench_function("open_100k", |b| {
        b.iter(|| {
            SuppressionList::from_bytes(black_box(&bytes), &keys, &OpenOptions::default())
                .unwrap()
                .len()
        });
    });
    g.finish();
}

criterion_group!(benches, suppression);
criterion_main!(benches);
