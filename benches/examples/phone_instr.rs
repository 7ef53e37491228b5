//! Phone parsing work per number in instructions, a steady measure on a shared machine.
//!
//! ```text
//! cargo build --release -p contactkit-benches --example phone_instr
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*phone_instr::measure*' \
//!     target/release/examples/phone_instr [fast|full|clean] [rounds]
//! ```
//!
//! Runs the work once to warm up (metadata decoded, DFAs and regexes built: not counted), then
//! `rounds` times (default 2) over the mixed-region corpus of `testdata/phone/corpus.jsonl` in
//! `measure`, the only function callgrind counts. `fast` is parse + `is_valid` + E.164 (the
//! `phone_rate` headline), `full` the whole `PhoneResult`, `clean` the CRM layer. Instructions
//! per number = the total callgrind prints / (rounds x 5,472).
#![allow(clippy::print_stdout)] // a measuring tool prints its measurement

use ck::phone::{self, PhoneNumber};
use contactkit_benches::phone_corpus;

fn work(mode: &str, corpus: &[(String, Option<String>)]) -> usize {
    let mut hits = 0;
    for (i, r) in corpus {
        let (i, r) = (std::hint::black_box(i.as_str()), r.as_deref());
        hits += usize::from(match mode {
            "full" => phone::parse(i, r).parse_ok,
            "clean" => phone::clean(i, r).is_ok_and(|c| c.dedup_key.is_some()),
            _ => PhoneNumber::parse(i, r).is_ok_and(|n| n.is_valid() && n.e164().len() > 1),
        });
    }
    hits
}

#[inline(never)]
fn measure(mode: &str, corpus: &[(String, Option<String>)], rounds: usize) -> usize {
    (0..rounds).map(|_| work(mode, corpus)).sum()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode = args.get(1).map_or("fast", String::as_str);
    let rounds = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(2);
    let corpus = phone_corpus();
    let warm = work(mode, &corpus);
    let hits = measure(mode, &corpus, rounds);
    println!(
        "{mode}: {} numbers measured ({rounds} rounds of {}), {} hits per round (warm-up {warm})",
        rounds * corpus.len(),
        corpus.len(),
        hits / rounds.max(1)
    );
}
