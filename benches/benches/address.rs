//! Address parsing benchmarks.
//!
//! `cargo bench -p contactkit-benches --bench address` reports throughput in addresses per
//! second over every spelling of the golden corpus (`testdata/address/golden.jsonl`), per
//! country group, for the batch call, and the time to refuse hostile input.
#![allow(missing_docs)]
use std::hint::black_box;

use contactkit_benches::address_corpus_path;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn corpus() -> Vec<(String, Option<String>, String)> {
    let text = std::fs::read_to_string(address_corpus_path()).expect("golden.jsonl");
    let mut out = Vec::new();
    for line in text.lines().filter(|l| l.starts_with('{')) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let group = v["group"].as_str().unwrap().to_owned();
        let hint = v["hint"].as_str().map(str::to_owned);
        out.push((
            group.clone(),
            hint.clone(),
            v["input"].as_str().unwrap().to_owned(),
        ));
        for e in v["equivalents"].as_array().unwrap() {
            out.push((group.clone(), hint.clone(), e.as_str().unwrap().to_owned()));
        }
    }
    out
}

fn parse_groups(c: &mut Criterion) {
    let all = corpus();
    let mut g = c.benchmark_group("address_parse");
    for group in ["all", "NL", "BE", "DE", "FR", "GB", "US"] {
        let part: Vec<&(String, Option<String>, String)> = all
            .iter()
            .filter(|r| group == "all" || r.0 == group)
            .collect();
        g.throughput(Throughput::Elements(part.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse", group), &part, |b, part| {
            b.iter(|| {
                let mut n = 0usize;
                for (_, hint, text) in part {
                    n += usize::from(
                        ck::address::parse(black_box(text), hint.as_deref())
                            .unwrap()
                            .postcode
                            .is_some(),
                    );
                }
                n
            });
        });
    }
    let texts: Vec<&str> = all.iter().map(|r| r.2.as_str()).collect();
    g.throughput(Throughput::Elements(texts.len() as u64));
    g.bench_function("parse_many/all", |b| {
        b.iter(|| ck::address::parse_many(black_box(&texts), None).unwrap());
    });
    g.finish();
}

fn hostile(c: &mut Criterion) {
    let mut g = c.benchmark_group("address_hostile");
    let big = "Keizersgracht 1 ".repeat(7000);
    let commas = ",".repeat(10_000);
    let long_ok = "Keizersgracht 1, ".repeat(60);
    for (name, s) in [
        ("100kb", big),
        ("10k_commas", commas),
        ("1kb_repeats", long_ok),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| ck::address::parse(black_box(&s), None).unwrap());
        });
    }
    g.finish();
}

criterion_group!(benches, parse_groups, hostile);
criterion_main!(benches);
