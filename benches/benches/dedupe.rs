//! Criterion benches of duplicate scoring: one pair with explanation, the fast pair path, and
//! `dedupe` on 10 k records.
#![allow(missing_docs, clippy::many_single_char_names)]

use std::hint::black_box;

use ck::dedupe::{DedupeOptions, Prepared, Record, dedupe, score_pair};
use contactkit_benches::dedupe::records;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let a = Record::new("a")
        .full_name("dhr. ir. J.P.M. (Jan) de Vries")
        .email(["jan@devries.nl"])
        .postcode("1234 AB")
        .house_number("1");
    let b = Record::new("b")
        .given_name("Jan")
        .family_name("Vries, de")
        .email(["Jan@DeVries.nl"])
        .postcode("1234AB")
        .house_number("1");
    c.bench_function("score_pair (features + explanation)", |bch| {
        bch.iter(|| score_pair(black_box(&a), black_box(&b)));
    });
    let recs = records(10_000, 3);
    let p = Prepared::new(&recs);
    let mut g = c.benchmark_group("pairs");
    g.throughput(Throughput::Elements(1000));
    g.bench_function("prepared weight x1000", |bch| {
        bch.iter(|| {
            let mut s = 0.0;
            for i in 0..1000 {
                s += p.weight(i, i + 1);
            }
            s
        });
    });
    g.finish();
    let mut g = c.benchmark_group("dedupe");
    g.sample_size(10);
    g.throughput(Throughput::Elements(recs.len() as u64));
    g.bench_function("10k records", |bch| {
        bch.iter(|| dedupe(black_box(&recs), &DedupeOptions::default()).map(|r| r.pairs.len()));
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
