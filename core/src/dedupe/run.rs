//! `dedupe` and `link`: features, blocking, u from random pairs, constrained EM on pattern
//! counts, scoring block by block (in parallel with the `parallel` feature), clustering.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use super::block::{Blocks, NP, Pass, Unit};
use super::cluster::{Edge, cluster};
use super::compare::{Gamma, NF, compare};
use super::features::Features;
use super::model::{
    EXPECTED_DUPLICATE_PAIRS, HOUSEHOLD_SHARE, MAX_PAIRS, MIN_PAIRS, Model, TF_DUP, TfTables,
    household_share,
};
use super::score::{
    WeightCache, explain, gated_pattern, probability, score_gamma, score_gamma_cached,
    shared_context,
};
use super::{Explanation, Labels, Record, Relation};
use crate::{Error, ErrorKind, Result};

/// Below this many records the built-in model is used as is (no u from data, no EM).
pub const MIN_TRAIN_RECORDS: usize = 500;

/// EM runs on the pattern counts of (a deterministic sample of chunks of) the candidate pairs:
/// about this many at most (every candidate pair below it).
const EM_SAMPLE_PAIRS: usize = 500_000;

/// Options of [`dedupe`] and [`link`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DedupeOptions {
    /// Pairs at or above this probability are returned and clustered (default 0.5).
    pub threshold: f64,
    /// Worker threads; `None` uses every core (with the `parallel` feature; one thread
    /// without it).
    pub threads: Option<usize>,
    /// Blocks with more records than this are skipped and reported in the stats (default 300).
    pub max_block: usize,
    /// Sorted-neighbourhood window (default 8; 0 turns the pass off).
    pub window: usize,
    /// Estimate u from random pairs and m by EM (default true); false keeps the built-in model.
    pub train: bool,
    /// Attach the waterfall explanation to every returned pair (default false).
    pub explain: bool,
    /// The identity gate (default true): shared address, phone, e-mail domain or organisation
    /// with incompatible given names is `same_household` / `same_organisation`, never a merge.
    /// A trained run (500+ records) also leaves it off by itself when the data show no
    /// households or colleagues: under 30 % of the pairs that share an address, phone, e-mail
    /// or organisation and a family name disagree on the given name (FEBRL, whose duplicates
    /// may carry a wholly different given name). `false` turns it off always.
    pub identity_gate: bool,
    /// Optional labelled pairs (default none): after training, the m of the non-identity
    /// fields is refitted to them, kept only when it scores the labels at least as well
    /// ([`Labels`]). The default path needs none.
    pub labels: Option<Labels>,
}

impl Default for DedupeOptions {
    fn default() -> Self {
        DedupeOptions {
            threshold: 0.5,
            threads: None,
            max_block: 300,
            window: 8,
            train: true,
            explain: false,
            identity_gate: true,
            labels: None,
        }
    }
}

impl DedupeOptions {
    /// Default options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the threshold.
    #[must_use]
    pub fn threshold(mut self, t: f64) -> Self {
        self.threshold = t;
        self
    }

    /// Sets the number of threads.
    #[must_use]
    pub fn threads(mut self, t: Option<usize>) -> Self {
        self.threads = t;
        self
    }

    /// Sets whether returned pairs carry explanations.
    #[must_use]
    pub fn explain(mut self, on: bool) -> Self {
        self.explain = on;
        self
    }

    /// Sets whether the identity gate applies.
    #[must_use]
    pub fn identity_gate(mut self, on: bool) -> Self {
        self.identity_gate = on;
        self
    }

    /// Sets whether the model is trained on the data.
    #[must_use]
    pub fn train(mut self, on: bool) -> Self {
        self.train = on;
        self
    }

    /// Sets labelled pairs that refine the model (see [`DedupeOptions::labels`]); an empty set
    /// is the same as none.
    #[must_use]
    pub fn labels(mut self, labels: Labels) -> Self {
        self.labels = (!labels.is_empty()).then_some(labels);
        self
    }

    /// Sets the largest block compared.
    #[must_use]
    pub fn max_block(mut self, n: usize) -> Self {
        self.max_block = n;
        self
    }

    /// Sets the neighbourhood window.
    #[must_use]
    pub fn window(mut self, n: usize) -> Self {
        self.window = n;
        self
    }

    fn check(&self) -> Result<()> {
        if !(0.0..=1.0).contains(&self.threshold) || self.threshold.is_nan() {
            return Err(
                Error::new(ErrorKind::InvalidArgument).with_detail("threshold must be in 0..1")
            );
        }
        if self.threads == Some(0) {
            return Err(
                Error::new(ErrorKind::InvalidArgument).with_detail("threads must be at least 1")
            );
        }
        if self.max_block < 2 {
            return Err(
                Error::new(ErrorKind::InvalidArgument).with_detail("max_block must be at least 2")
            );
        }
        Ok(())
    }
}

/// A scored pair at or above the threshold.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ScoredPair {
    /// Id of the first record (for [`link`]: from `left`).
    pub id_a: String,
    /// Id of the second record.
    pub id_b: String,
    /// Index of the first record in its input.
    pub index_a: usize,
    /// Index of the second record in its input.
    pub index_b: usize,
    /// Probability of the same person.
    pub probability: f64,
    /// log2 Bayes factor.
    pub weight: f64,
    /// Relation.
    pub relation: Relation,
    /// The waterfall, when [`DedupeOptions::explain`] is set.
    pub explanation: Vec<Explanation>,
}

/// Counts and timings of a run.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Stats {
    /// Records read (for [`link`]: both sides).
    pub records: usize,
    /// Candidate pairs compared.
    pub candidate_pairs: u64,
    /// Pairs at or above the threshold.
    pub pairs: usize,
    /// Clusters (singletons included; 0 for [`link`]).
    pub clusters: usize,
    /// Pairs kept apart by the identity gate (household or colleague).
    pub gated_pairs: u64,
    /// Blocks skipped because they held more than `max_block` records.
    pub oversized_blocks: usize,
    /// The largest skipped block.
    pub largest_oversized_block: usize,
    /// The skipped blocks as (pass, size), largest first, at most 100.
    pub oversized: Vec<(&'static str, usize)>,
    /// Blocks larger than 64 records (up to `max_block`) compared by a window: each record
    /// against its 8 neighbours on either side in name order.
    pub windowed_blocks: usize,
    /// Candidate pairs per blocking pass (the first pass that found the pair), in pass order,
    /// the sorted-neighbourhood pass last.
    pub pass_pairs: Vec<(&'static str, u64)>,
    /// Whether EM was used (false: built-in m, or EM fell back to it).
    pub trained: bool,
    /// The prior probability of a match used for scoring.
    pub prior: f64,
    /// Wall time in seconds, total.
    pub seconds: f64,
    /// Seconds computing features.
    pub seconds_features: f64,
    /// Seconds blocking.
    pub seconds_blocking: f64,
    /// Seconds estimating u and m.
    pub seconds_training: f64,
    /// Seconds scoring candidate pairs.
    pub seconds_scoring: f64,
    /// Seconds clustering.
    pub seconds_clustering: f64,
}

/// The result of [`dedupe`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DedupeResult {
    /// Pairs at or above the threshold, ordered by `(index_a, index_b)`.
    pub pairs: Vec<ScoredPair>,
    /// Clusters of ids, every record in exactly one (singletons included), ordered by their
    /// first record.
    pub clusters: Vec<Vec<String>>,
    /// For every record, the index of the first record of its cluster.
    pub cluster_of: Vec<usize>,
    /// Counts and timings.
    pub stats: Stats,
}

/// The result of [`link`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LinkResult {
    /// Pairs at or above the threshold; `id_a`/`index_a` from `left`.
    pub pairs: Vec<ScoredPair>,
    /// Counts and timings.
    pub stats: Stats,
}

fn check_ids<'a>(ids: impl Iterator<Item = &'a str>) -> Result<()> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(
                Error::new(ErrorKind::InvalidArgument).with_detail("record ids must be unique")
            );
        }
    }
    Ok(())
}

/// Runs `f` with a pool of `threads` (joined before return).
#[cfg(feature = "parallel")]
fn with_pool<T: Send>(threads: Option<usize>, f: impl FnOnce() -> T + Send) -> T {
    let mut b = rayon::ThreadPoolBuilder::new();
    if let Some(t) = threads {
        b = b.num_threads(t);
    }
    match b.build() {
        Ok(pool) => pool.install(f),
        Err(_) => f(),
    }
}

#[cfg(not(feature = "parallel"))]
fn with_pool<T: Send>(_threads: Option<usize>, f: impl FnOnce() -> T + Send) -> T {
    f()
}

/// What a run keeps of its records: their features and country ids, and the time taken.
struct Prepped {
    features: Vec<Features>,
    country: Countries,
    seconds: f64,
}

impl Prepped {
    /// The features of records held by the caller.
    fn new(records: &[&Record]) -> Self {
        let t = Instant::now();
        let mut country = Countries::default();
        for r in records {
            country.push(r.country.as_deref());
        }
        Prepped {
            features: map_features(records),
            country,
            seconds: t.elapsed().as_secs_f64(),
        }
    }

    /// The features of a stream of records, taken in chunks and dropped once read: only the
    /// features and the ids (pushed to `ids`) stay.
    /// `chunk` records are read at a time.
    fn stream(
        records: impl IntoIterator<Item = Record>,
        ids: &mut Vec<String>,
        chunk: usize,
    ) -> Self {
        let t = Instant::now();
        let mut p = Prepped {
            features: Vec::new(),
            country: Countries::default(),
            seconds: 0.0,
        };
        let mut it = records.into_iter();
        let mut buf: Vec<Record> = Vec::with_capacity(chunk);
        loop {
            buf.clear();
            buf.extend(it.by_ref().take(chunk));
            if buf.is_empty() {
                break;
            }
            let refs: Vec<&Record> = buf.iter().collect();
            p.features.extend(map_features(&refs));
            for r in &mut buf {
                p.country.push(r.country.as_deref());
                ids.push(std::mem::take(&mut r.id));
            }
        }
        p.features.shrink_to_fit();
        ids.shrink_to_fit();
        p.seconds = t.elapsed().as_secs_f64();
        p
    }
}

/// Records read at a time by [`dedupe_stream`].
const STREAM_CHUNK: usize = 1 << 14;

fn map_features(records: &[&Record]) -> Vec<Features> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        records.par_iter().map(|r| Features::new(r)).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        records.iter().map(|r| Features::new(r)).collect()
    }
}

/// Folds `f` over every unit and merges with `merge` (parallel with the feature).
fn fold_units<A: Send + Default>(
    units: &[Unit],
    f: impl Fn(&mut A, Unit) + Sync,
    merge: impl Fn(A, A) -> A + Sync + Send,
) -> A {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        units
            .par_iter()
            .fold(A::default, |mut acc, &u| {
                f(&mut acc, u);
                acc
            })
            .reduce(A::default, merge)
    }
    #[cfg(not(feature = "parallel"))]
    {
        let _ = &merge;
        let mut acc = A::default();
        for &u in units {
            f(&mut acc, u);
        }
        acc
    }
}

/// Each record's country as a small id (0 = none), in order of first appearance.
#[derive(Default)]
struct Countries {
    seen: HashMap<String, u32>,
    /// One buffer for the upper-cased code: a record's lookup does not allocate.
    key: String,
    ids: Vec<u32>,
}

impl Countries {
    /// Adds the next record's country.
    fn push(&mut self, country: Option<&str>) {
        let Some(c) = country.map(str::trim).filter(|c| !c.is_empty()) else {
            self.ids.push(0);
            return;
        };
        self.key.clear();
        self.key.extend(c.chars().map(|ch| ch.to_ascii_uppercase()));
        let id = if let Some(&id) = self.seen.get(&self.key) {
            id
        } else {
            let id = self.seen.len() as u32 + 1;
            self.seen.insert(self.key.clone(), id);
            id
        };
        self.ids.push(id);
    }

    /// The ids, `None` when fewer than two countries occur.
    fn ids(&self) -> Option<&[u32]> {
        (self.seen.len() >= 2).then_some(&self.ids)
    }
}

/// Random pairs (deterministic) for u estimation. With countries, pairs of two different known
/// countries are skipped: names and cities cluster by country, and duplicates are compared
/// (blocked) mostly within one, so u is the chance agreement within a country. The prior stays
/// the share of matches among all pairs (taken over within-country pairs it was 2.4 times
/// higher and merged namesakes: generated 31k corpus F1 0.952 -> 0.932).
fn random_pairs(
    features: &[Features],
    side: Option<&[bool]>,
    country: Option<&[u32]>,
    n: usize,
) -> Vec<Gamma> {
    let len = features.len() as u64;
    if len < 2 {
        return Vec::new();
    }
    let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    let mut out = Vec::with_capacity(n);
    let mut tries = 0;
    let max_tries = if country.is_some() { n * 40 } else { n * 4 };
    while out.len() < n && tries < max_tries {
        tries += 1;
        let i = (next() % len) as usize;
        let j = (next() % len) as usize;
        if i == j
            || side.is_some_and(|s| s[i] == s[j])
            || country.is_some_and(|c| c[i] != 0 && c[j] != 0 && c[i] != c[j])
        {
            continue;
        }
        out.push(compare(&features[i], &features[j]));
    }
    out
}

#[derive(Default)]
struct Acc {
    candidates: u64,
    per_pass: [u64; NP + 1],
    gated: u64,
    edges: Vec<Edge>,
    cannot: Vec<(u32, u32)>,
    buf: Vec<u64>,
    weights: WeightCache,
}

#[derive(Default)]
struct Patterns {
    map: HashMap<[u8; NF], u64>,
    buf: Vec<u64>,
}

struct Engine {
    features: Vec<Features>,
    blocks: Blocks,
    model: Model,
    stats: Stats,
    threshold_w: f64,
}

fn engine(input: Prepped, side: Option<Vec<bool>>, opts: &DedupeOptions) -> (Engine, Acc) {
    let Prepped {
        features,
        country,
        seconds,
    } = input;
    let mut stats = Stats {
        records: features.len(),
        seconds_features: seconds,
        ..Stats::default()
    };
    let t1 = Instant::now();
    let blocks = Blocks::build(&features, opts.max_block, opts.window, side);
    stats.oversized_blocks = blocks.oversized.len();
    stats.largest_oversized_block = blocks.oversized.iter().map(|o| o.size).max().unwrap_or(0);
    let mut big: Vec<(&'static str, usize)> = blocks
        .oversized
        .iter()
        .map(|o| (o.pass.name(), o.size))
        .collect();
    big.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    big.truncate(100);
    stats.oversized = big;
    stats.windowed_blocks = blocks.windowed;
    let units = blocks.units();
    let t2 = Instant::now();
    stats.seconds_blocking = (t2 - t1).as_secs_f64();

    let mut model = Model {
        gate: opts.identity_gate,
        ..Model::default()
    };
    let refs: Vec<&Features> = features.iter().collect();
    model.tf = Some(TfTables::build(&refs));
    // Too few records for frequencies: keep the built-in u and m.
    if opts.train && features.len() >= MIN_TRAIN_RECORDS {
        let sample = random_pairs(&features, blocks.side.as_deref(), country.ids(), 50_000);
        model.estimate_u(&sample);
        // EM on pattern counts of (a deterministic sample of) the candidate pairs.
        let total = blocks.pair_bound();
        let step = (total / EM_SAMPLE_PAIRS).max(1);
        let sampled: Vec<Unit> = units
            .iter()
            .copied()
            .enumerate()
            .filter(|(k, _)| k % step == 0)
            .map(|(_, u)| u)
            .collect();
        let pats = fold_units(
            &sampled,
            |acc: &mut Patterns, u| {
                let mut buf = std::mem::take(&mut acc.buf);
                blocks.for_unit(u, &mut buf, |i, j, pass| {
                    if (Pass::GivenCity as u8..NP as u8).contains(&pass) {
                        return; // the recall passes (mostly namesakes): kept out of EM
                    }
                    let g = compare(&features[i], &features[j]);
                    *acc.map.entry(g.levels).or_insert(0) += 1;
                });
                acc.buf = buf;
            },
            |mut a, b| {
                for (k, v) in b.map {
                    *a.map.entry(k).or_insert(0) += v;
                }
                a
            },
        );
        let pats: Vec<([u8; NF], u64)> = {
            let mut v: Vec<_> = pats.map.into_iter().collect();
            v.sort_unstable();
            v
        };
        let n = features.len() as f64;
        let candidates: f64 = pats.iter().map(|p| p.1 as f64).sum::<f64>() * step as f64;
        let (smaller, all_pairs) = match &blocks.side {
            Some(s) => {
                let right = s.iter().filter(|&&x| x).count() as f64;
                ((n - right).min(right), (n - right) * right)
            }
            None => (n, n * (n - 1.0) / 2.0),
        };

        // Households and colleagues in the data? If not, given-name disagreement at a shared
        // address is corruption of one person's record: no gate, name m from EM.
        let share = household_share(&pats, &shared_context);
        if share.is_some_and(|s| s < HOUSEHOLD_SHARE) {
            model.gate = false;
        }
        let gate_on = model.gate;
        let gated = |l: &[u8; NF]| gate_on && gated_pattern(l);
        let mut per_record = EXPECTED_DUPLICATE_PAIRS;
        // Two rounds: the first share of matches takes the expected duplicates out of the
        // random pairs behind u, the second EM runs on the corrected u.
        for round in 0..2 {
            let start = (per_record * smaller / candidates.max(1.0)).clamp(1e-4, 0.5);
            per_record = match model.em(&pats, start, &gated, !model.gate) {
                // Matches among candidates, per record of the smaller side (bounded).
                Some(l) => (l * candidates / smaller.max(1.0)).clamp(MIN_PAIRS, MAX_PAIRS),
                None => break,
            };
            model.set_prior_for(smaller, all_pairs, per_record);
            if round == 0 {
                model.correct_u(&gated);
            }
        }
        model.set_prior_for(smaller, all_pairs, per_record);
        model.tf_dup = (1.0 + per_record).clamp(TF_DUP, 4.0);
    }
    if let Some(labels) = &opts.labels
        && let Some(m) = labels.fit(&model)
    {
        model.m = m;
        model.refresh();
    }
    stats.trained = model.trained;
    stats.prior = probability(model.prior);
    let t3 = Instant::now();
    stats.seconds_training = (t3 - t2).as_secs_f64();

    // Threshold 0 returns every candidate pair.
    let threshold_w = if opts.threshold <= 0.0 {
        f64::NEG_INFINITY
    } else {
        let p = opts.threshold.min(1.0 - 1e-12);
        (p / (1.0 - p)).log2()
    };
    let eng = Engine {
        features,
        blocks,
        model,
        stats,
        threshold_w,
    };
    let acc = fold_units(
        &units,
        |acc: &mut Acc, u| {
            let mut buf = std::mem::take(&mut acc.buf);
            let warm = |next: usize, after: usize| {
                if let Some(f) = eng.features.get(after) {
                    std::hint::black_box(f.warm());
                }
                if let Some(f) = eng.features.get(next) {
                    std::hint::black_box(f.warm_lists());
                }
            };
            eng.blocks.for_ranks_ahead(u, &mut buf, warm, |i, j, pass| {
                acc.candidates += 1;
                acc.per_pass[usize::from(pass)] += 1;
                let g = compare(&eng.features[i], &eng.features[j]);
                let (w, _, gated) = score_gamma_cached(&eng.model, &g, &mut acc.weights);
                if gated {
                    acc.gated += 1;
                    acc.cannot.push((i as u32, j as u32));
                }
                if w >= eng.threshold_w {
                    acc.edges.push((i as u32, j as u32, w));
                }
            });
            acc.buf = buf;
        },
        |mut a, b| {
            a.candidates += b.candidates;
            for (x, y) in a.per_pass.iter_mut().zip(b.per_pass) {
                *x += y;
            }
            a.gated += b.gated;
            a.edges.extend(b.edges);
            a.cannot.extend(b.cannot);
            a
        },
    );
    let mut eng = eng;
    eng.stats.seconds_scoring = t3.elapsed().as_secs_f64();
    eng.stats.candidate_pairs = acc.candidates;
    eng.stats.gated_pairs = acc.gated;
    eng.stats.pass_pairs = Pass::KEYED
        .iter()
        .map(|p| p.name())
        .chain(["neighbourhood"])
        .zip(acc.per_pass)
        .collect();
    (eng, acc)
}

fn make_pairs(
    eng: &Engine,
    edges: &[Edge],
    id: impl Fn(usize) -> (String, usize),
    explain_on: bool,
) -> Vec<ScoredPair> {
    let mut pairs: Vec<ScoredPair> = edges
        .iter()
        .map(|&(i, j, w)| {
            let (i, j) = (i as usize, j as usize);
            let (id_a, index_a) = id(i);
            let (id_b, index_b) = id(j);
            let g = compare(&eng.features[i], &eng.features[j]);
            let (relation, explanation) = if explain_on {
                let s = explain(&eng.model, &g);
                (s.relation, s.explanation)
            } else {
                (score_gamma(&eng.model, &g).1, Vec::new())
            };
            ScoredPair {
                id_a,
                id_b,
                index_a,
                index_b,
                probability: probability(w),
                weight: w,
                relation,
                explanation,
            }
        })
        .collect();
    pairs.sort_by_key(|a| (a.index_a, a.index_b));
    pairs
}

/// Finds duplicates inside one collection: no labels, no training step to call.
///
/// # Errors
///
/// [`ErrorKind::InvalidArgument`] when the threshold is outside 0..1, `threads` is 0,
/// `max_block` is below 2, or two records share an id.
///
/// ```
/// use contactkit::dedupe::{DedupeOptions, Record, dedupe};
/// let records = vec![
///     Record::new("1").full_name("Jan de Vries").postcode("1234AB").house_number("1").email(["jan@x.nl"]),
///     Record::new("2").full_name("J. de Vries").postcode("1234 AB").house_number("1").email(["jan@x.nl"]),
///     Record::new("3").full_name("Anna de Vries").postcode("1234AB").house_number("1"),
/// ];
/// let r = dedupe(&records, &DedupeOptions::default()).unwrap();
/// assert_eq!(r.clusters, vec![vec!["1".to_string(), "2".to_string()], vec!["3".to_string()]]);
/// assert_eq!(r.stats.records, 3);
/// ```
pub fn dedupe(records: &[Record], opts: &DedupeOptions) -> Result<DedupeResult> {
    opts.check()?;
    check_ids(records.iter().map(|r| r.id.as_str()))?;
    let start = Instant::now();
    let refs: Vec<&Record> = records.iter().collect();
    with_pool(opts.threads, || {
        let input = Prepped::new(&refs);
        drop(refs);
        Ok(dedupe_prepped(input, |i| &records[i].id, start, opts))
    })
}

/// [`dedupe`] over a stream of records (a file read row by row, a generator): each record is
/// dropped once its features are taken, so the run never holds the input, only the features
/// and the ids (about half the memory of [`dedupe`] over a held list of the same records).
/// Results are those of [`dedupe`] over the records in stream order.
///
/// # Errors
///
/// As [`dedupe`].
///
/// ```
/// use contactkit::dedupe::{DedupeOptions, Record, dedupe_stream};
/// let rows = (0..3).map(|i| {
///     let name = if i == 2 { "Anna de Vries" } else { "Jan de Vries" };
///     Record::new(i.to_string()).full_name(name).postcode("1234AB").house_number("1").email(["jan@x.nl"])
/// });
/// let r = dedupe_stream(rows, &DedupeOptions::default()).unwrap();
/// assert_eq!(r.clusters, vec![vec!["0".to_string(), "1".to_string()], vec!["2".to_string()]]);
/// ```
pub fn dedupe_stream(
    records: impl IntoIterator<Item = Record> + Send,
    opts: &DedupeOptions,
) -> Result<DedupeResult> {
    opts.check()?;
    let start = Instant::now();
    with_pool(opts.threads, || {
        let mut ids = Vec::new();
        let input = Prepped::stream(records, &mut ids, STREAM_CHUNK);
        check_ids(ids.iter().map(String::as_str))?;
        Ok(dedupe_prepped(input, |i| &ids[i], start, opts))
    })
}

/// The run behind [`dedupe`] and [`dedupe_stream`]: `id(i)` is the id of record `i`. The
/// features are dropped before the clusters' id lists are built.
fn dedupe_prepped<'a>(
    input: Prepped,
    id: impl Fn(usize) -> &'a String,
    start: Instant,
    opts: &DedupeOptions,
) -> DedupeResult {
    let (eng, acc) = engine(input, None, opts);
    let t = Instant::now();
    let cluster_of = cluster(
        &eng.features,
        acc.edges.clone(),
        &acc.cannot,
        eng.model.gate,
    );
    let seconds_clustering = t.elapsed().as_secs_f64();
    let pairs = make_pairs(&eng, &acc.edges, |i| (id(i).clone(), i), opts.explain);
    let mut stats = eng.stats;
    drop((eng.features, eng.blocks, acc));
    let t = Instant::now();
    // Clusters are numbered by their first record (`c <= i`): sizes first, then every group
    // allocated once, in order of first record.
    let mut size = vec![0u32; cluster_of.len()];
    for &c in &cluster_of {
        size[c] += 1;
    }
    let mut slot = vec![u32::MAX; cluster_of.len()];
    let mut groups: Vec<Vec<String>> = Vec::new();
    for (i, &c) in cluster_of.iter().enumerate() {
        if c == i {
            slot[c] = groups.len() as u32;
            groups.push(Vec::with_capacity(size[c] as usize));
        }
        groups[slot[c] as usize].push(id(i).clone());
    }
    drop((size, slot));
    stats.seconds_clustering = seconds_clustering + t.elapsed().as_secs_f64();
    stats.pairs = pairs.len();
    stats.clusters = groups.len();
    stats.seconds = start.elapsed().as_secs_f64();
    DedupeResult {
        pairs,
        clusters: groups,
        cluster_of,
        stats,
    }
}

/// Matches two collections: pairs `(left, right)` at or above the threshold.
///
/// # Errors
///
/// As [`dedupe`]; ids must be unique within each side.
///
/// ```
/// use contactkit::dedupe::{DedupeOptions, Record, link};
/// let left = vec![Record::new("a").full_name("Kees Jansen").phone(["+31612345678"])];
/// let right = vec![
///     Record::new("x").full_name("Cornelis Jansen").phone(["+31 6 1234 5678"]),
///     Record::new("y").full_name("Piet Jansen").phone(["+31 20 123 4567"]),
/// ];
/// let r = link(&left, &right, &DedupeOptions::default()).unwrap();
/// assert_eq!(r.pairs.len(), 1);
/// assert_eq!((r.pairs[0].id_a.as_str(), r.pairs[0].id_b.as_str()), ("a", "x"));
/// ```
pub fn link(left: &[Record], right: &[Record], opts: &DedupeOptions) -> Result<LinkResult> {
    opts.check()?;
    check_ids(left.iter().map(|r| r.id.as_str()))?;
    check_ids(right.iter().map(|r| r.id.as_str()))?;
    let start = Instant::now();
    let refs: Vec<&Record> = left.iter().chain(right).collect();
    let nl = left.len();
    let side: Vec<bool> = (0..refs.len()).map(|i| i >= nl).collect();
    with_pool(opts.threads, || {
        let input = Prepped::new(&refs);
        let (eng, acc) = engine(input, Some(side), opts);
        let id = |i: usize| {
            if i < nl {
                (left[i].id.clone(), i)
            } else {
                (right[i - nl].id.clone(), i - nl)
            }
        };
        // Edges have i < j, so i is always on the left.
        let pairs = make_pairs(&eng, &acc.edges, id, opts.explain);
        let mut stats = eng.stats;
        stats.pairs = pairs.len();
        stats.seconds = start.elapsed().as_secs_f64();
        Ok(LinkResult { pairs, stats })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_read_in_chunks_keeps_the_features_ids_and_countries_of_a_held_list() {
        let records: Vec<Record> = (0..23)
            .map(|i| {
                let country = ["NL", "be", " DE", ""][i % 4];
                Record::new(format!("r{i}"))
                    .full_name(["Jan de Vries", "Anna Müller", "Kees Jansen"][i % 3])
                    .postcode(format!("{} AB", 1000 + i))
                    .house_number((i % 5).to_string())
                    .country(country)
                    .email([format!("p{}@example.nl", i % 7)])
            })
            .collect();
        let refs: Vec<&Record> = records.iter().collect();
        let held = Prepped::new(&refs);
        // Chunks of 5 leave a partial last chunk (23 = 4 x 5 + 3).
        let mut ids = Vec::new();
        let streamed = Prepped::stream(records.clone(), &mut ids, 5);
        assert_eq!(streamed.features, held.features);
        assert_eq!(streamed.country.ids, held.country.ids);
        assert_eq!(streamed.country.ids(), held.country.ids());
        // "be" and " DE" are the codes BE and DE; "" is no country (0).
        assert_eq!(&held.country.ids[..4], &[1, 2, 3, 0]);
        let want: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, want);
    }
}
