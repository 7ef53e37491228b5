//! Phone benchmarks on the mixed-region corpus (`testdata/phone/corpus.jsonl`: 5,472 messy
//! CRM-style inputs over 42 numbering plans, each with its default region), never one fixed
//! number: single-number benchmarks hid a 500x slowdown in another phone crate.
//!
//! `cargo bench -p contactkit-benches --bench phone` reports elements (numbers) per second.
#![allow(missing_docs)]
use std::hint::black_box;

use ck::phone::{self, PhoneNumber};
use contactkit_benches::{phone_corpus, phone_corpus_by_region};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn parse_corpus(c: &mut Criterion) {
    let corpus = phone_corpus();
    let mut g = c.benchmark_group("phone_mixed_regions");
    g.throughput(Throughput::Elements(corpus.len() as u64));
    g.bench_with_input(
        BenchmarkId::new("parse_valid_e164", corpus.len()),
        &corpus,
        |b, corpus| {
            b.iter(|| {
                let mut valid = 0usize;
                for (input, region) in corpus {
                    if let Ok(n) = PhoneNumber::parse(black_box(input), region.as_deref())
                        && n.is_valid()
                    {
                        valid += n.e164().len();
                    }
                }
                valid
            });
        },
    );
    g.bench_with_input(
        BenchmarkId::new("parse_full_result", corpus.len()),
        &corpus,
        |b, corpus| {
            b.iter(|| {
                let mut ok = 0usize;
                for (input, region) in corpus {
                    ok += usize::from(phone::parse(black_box(input), region.as_deref()).parse_ok);
                }
                ok
            });
        },
    );
    let groups = phone_corpus_by_region();
    g.bench_with_input(
        BenchmarkId::new("parse_many_by_region", corpus.len()),
        &groups,
        |b, groups| {
            b.iter(|| {
                groups
                    .iter()
                    .map(|(region, inputs)| {
                        phone::parse_many(black_box(inputs), region.as_deref()).len()
                    })
                    .sum::<usize>()
            });
        },
    );
    g.bench_with_input(
        BenchmarkId::new("clean", corpus.len()),
        &corpus,
        |b, corpus| {
            b.iter(|| {
                let mut found = 0usize;
                for (input, region) in corpus {
                    // Unknown regions are an error in the CRM layer; the corpus has a few.
                    if let Ok(c) = phone::clean(black_box(input), region.as_deref()) {
                        found += usize::from(c.dedup_key.is_some());
                    }
                }
                found
            });
        },
    );
    g.finish();
}

fn find_in_text(c: &mut Criterion) {
    let corpus = phone_corpus();
    let mut text = String::new();
    for (i, _) in corpus.iter().take(500) {
        text.push_str("Notitie: bel ");
        text.push_str(i);
        text.push_str(" na 17u. ");
    }
    let mut g = c.benchmark_group("phone_find");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("notes_500_numbers_nl", |b| {
        b.iter(|| phone::find_numbers(black_box(&text), Some("NL"), phone::Leniency::Valid).len());
    });
    g.finish();
}

criterion_group!(benches, parse_corpus, find_in_text);
criterion_main!(benches);
