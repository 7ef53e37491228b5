//! E-mail validation benchmarks.
//!
//! `cargo bench -p contactkit-benches --bench email` reports throughput in elements (addresses)
//! per second over seeded synthetic corpora (benches/src/lib.rs), plus the time to reject
//! hostile inputs (bounded work).
#![allow(missing_docs)]
use std::hint::black_box;

use contactkit_benches::{ascii_corpus, crm_corpus, hostile_inputs, mixed_corpus};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const N: usize = 10_000;

fn validate_corpora(c: &mut Criterion) {
    let opts = ck::email::EmailOptions::default();
    let mut g = c.benchmark_group("email_validate");
    g.throughput(Throughput::Elements(N as u64));
    for (name, corpus) in [
        ("ascii_realistic", ascii_corpus(N, 42)),
        ("mixed_realistic", mixed_corpus(N, 42)),
    ] {
        g.bench_with_input(BenchmarkId::new("validate", name), &corpus, |b, corpus| {
            b.iter(|| {
                let mut valid = 0usize;
                for e in corpus {
                    valid += usize::from(ck::email::validate(black_box(e), &opts).valid);
                }
                valid
            });
        });
        g.bench_with_input(
            BenchmarkId::new("validate_many", name),
            &corpus,
            |b, corpus| b.iter(|| ck::email::validate_many(black_box(corpus), &opts)),
        );
    }
    g.finish();
}

fn validate_single(c: &mut Criterion) {
    let opts = ck::email::EmailOptions::default();
    let mut g = c.benchmark_group("email_validate_one");
    for input in [
        "jan.devries@ziggo.nl",
        "jan@localhost",
        "zoë@münchen.de",
        "info@xn--mnchen-3ya.de",
    ] {
        g.bench_with_input(BenchmarkId::from_parameter(input), input, |b, input| {
            b.iter(|| ck::email::validate(black_box(input), &opts));
        });
    }
    g.finish();
}

fn validate_hostile(c: &mut Criterion) {
    let opts = ck::email::EmailOptions::default();
    let mut g = c.benchmark_group("email_validate_hostile");
    g.sample_size(20);
    for (name, input) in hostile_inputs() {
        g.bench_with_input(BenchmarkId::from_parameter(name), &input, |b, input| {
            b.iter(|| ck::email::validate(black_box(input), &opts));
        });
    }
    g.finish();
}

fn clean_corpora(c: &mut Criterion) {
    let mut g = c.benchmark_group("email_clean");
    g.throughput(Throughput::Elements(N as u64));
    for (name, corpus) in [
        ("mixed_realistic", mixed_corpus(N, 42)),
        ("crm_messy", crm_corpus(N, 42)),
    ] {
        g.bench_with_input(BenchmarkId::new("clean", name), &corpus, |b, corpus| {
            b.iter(|| {
                let mut found = 0usize;
                for e in corpus {
                    found += usize::from(ck::email::clean(black_box(e), None).email.is_some());
                }
                found
            });
        });
        g.bench_with_input(BenchmarkId::new("dedup_key", name), &corpus, |b, corpus| {
            b.iter(|| {
                corpus
                    .iter()
                    .filter(|e| ck::email::dedup_key(black_box(e)).is_some())
                    .count()
            });
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    validate_corpora,
    validate_single,
    validate_hostile,
    clean_corpora
);
criterion_main!(benches);
