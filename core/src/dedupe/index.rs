//! `ContactIndex`: incremental matching. Records are added (and removed) one by one or in
//! batches; a new record is matched against everything indexed, with the blocking keys and the
//! model of [`link`](super::link), without re-running a batch.
//!
//! The index keeps, per blocking pass, an inverted index from key to records, the records in
//! sorted-neighbourhood order, and term-frequency counters that follow every `add` and `remove`.
//! A match builds the candidates of the new record only (shared non-oversized keys, and the
//! `window` neighbours before and after it in sort order) and scores them with the built-in model
//! adjusted by the index's term frequencies. The result equals `link(indexed, [record])` with
//! `train(false)` (the built-in m and u: an index has no batch to estimate them from), pair for
//! pair and weight for weight.

use std::collections::{BTreeMap, HashMap};
use std::sync::{PoisonError, RwLock};

use super::block::{FULL_BLOCK, NP, keys, sort_key, window_of};
use super::compare::compare;
use super::features::Features;
use super::model::{Model, TfTables};
use super::score::{explain, probability, score_gamma};
use super::{DedupeOptions, Explanation, Record, Relation};
use crate::{Error, ErrorKind, Result};

/// A record found by [`ContactIndex::match_record`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Match {
    /// Id of the indexed record.
    pub id: String,
    /// Probability of the same person.
    pub probability: f64,
    /// log2 Bayes factor.
    pub weight: f64,
    /// Relation.
    pub relation: Relation,
    /// The waterfall (as [`score_pair`](super::score_pair)).
    pub explanation: Vec<Explanation>,
}

struct Entry {
    id: String,
    seq: u64,
    features: Features,
    keys: [Vec<u64>; NP],
    sort: String,
}

#[derive(Default)]
struct Inner {
    entries: Vec<Option<Entry>>,
    free: Vec<u32>,
    by_id: HashMap<String, u32>,
    postings: Vec<HashMap<u64, Vec<u32>>>,
    order: BTreeMap<(String, u64), u32>,
    tf: TfTables,
    next_seq: u64,
    /// m refitted from labels (`ContactIndex::set_labels`).
    m: Option<[Vec<f64>; super::compare::NF]>,
}

/// The keys of one record, deduplicated per pass.
fn record_keys(f: &Features) -> [Vec<u64>; NP] {
    let mut k = keys(f);
    for v in &mut k {
        v.sort_unstable();
        v.dedup();
    }
    k
}

fn prepare(records: &[Record]) -> Vec<(Features, [Vec<u64>; NP], String)> {
    let one = |r: &Record| {
        let f = Features::new(r);
        let k = record_keys(&f);
        let s = sort_key(&f);
        (f, k, s)
    };
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        if records.len() > 256 {
            return records.par_iter().map(one).collect();
        }
    }
    records.iter().map(one).collect()
}

impl Inner {
    fn insert(&mut self, id: String, features: Features, keys: [Vec<u64>; NP], sort: String) {
        let seq = self.next_seq;
        self.next_seq += 1;
        let slot = self.free.pop().unwrap_or_else(|| {
            self.entries.push(None);
            (self.entries.len() - 1) as u32
        });
        if self.postings.is_empty() {
            self.postings = vec![HashMap::new(); NP];
        }
        for (p, ks) in keys.iter().enumerate() {
            for &k in ks {
                self.postings[p].entry(k).or_default().push(slot);
            }
        }
        self.tf.merge(&TfTables::build(&[&features]), false);
        self.order.insert((sort.clone(), seq), slot);
        self.by_id.insert(id.clone(), slot);
        self.entries[slot as usize] = Some(Entry {
            id,
            seq,
            features,
            keys,
            sort,
        });
    }

    fn remove(&mut self, id: &str) -> bool {
        let Some(slot) = self.by_id.remove(id) else {
            return false;
        };
        let Some(e) = self.entries[slot as usize].take() else {
            return false;
        };
        for (p, ks) in e.keys.iter().enumerate() {
            for k in ks {
                if let Some(list) = self.postings[p].get_mut(k) {
                    list.retain(|&s| s != slot);
                    if list.is_empty() {
                        self.postings[p].remove(k);
                    }
                }
            }
        }
        self.tf.merge(&TfTables::build(&[&e.features]), true);
        self.order.remove(&(e.sort, e.seq));
        self.free.push(slot);
        true
    }

    fn entry(&self, slot: u32) -> &Entry {
        self.entries[slot as usize]
            .as_ref()
            .expect("indexed slots hold an entry")
    }

    /// Candidates of a query with features `f`: as `link`'s blocking of `(indexed, [f])`.
    fn candidates(&self, keys: &[Vec<u64>; NP], sort: &str, opts: &DedupeOptions) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        if !self.postings.is_empty() {
            for (p, ks) in keys.iter().enumerate() {
                for k in ks {
                    if let Some(list) = self.postings[p].get(k)
                        // The block holds the indexed records and the query.
                        && list.len() < opts.max_block
                    {
                        if list.len() < FULL_BLOCK {
                            out.extend_from_slice(list);
                        } else {
                            // A windowed block: the query's neighbours in sort order (it sorts
                            // after every indexed record with an equal key).
                            let mut m: Vec<(&str, u64, u32)> = list
                                .iter()
                                .map(|&c| {
                                    let e = self.entry(c);
                                    (e.sort.as_str(), e.seq, c)
                                })
                                .collect();
                            m.sort_unstable();
                            let r = window_of(&m, &(sort, u64::MAX, 0));
                            out.extend(m[r].iter().map(|x| x.2));
                        }
                    }
                }
            }
        }
        if opts.window > 0 {
            // The query sorts after every indexed record with an equal key (it comes last).
            let key = (sort.to_owned(), u64::MAX);
            out.extend(
                self.order
                    .range(..&key)
                    .rev()
                    .take(opts.window)
                    .map(|x| *x.1),
            );
            out.extend(self.order.range(&key..).take(opts.window).map(|x| *x.1));
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn find(
        &self,
        f: &Features,
        keys: &[Vec<u64>; NP],
        sort: &str,
        opts: &DedupeOptions,
        limit: usize,
        threshold: f64,
    ) -> Vec<Match> {
        let cands = self.candidates(keys, sort, opts);
        if cands.is_empty() || limit == 0 {
            return Vec::new();
        }
        // Term frequencies of the indexed records and the query, restricted to the values that
        // can be looked up (those of the query and its candidates).
        let q_tf = TfTables::build(&[f]);
        let mut refs: Vec<&Features> = cands.iter().map(|&c| &self.entry(c).features).collect();
        refs.push(f);
        let mut tf = self.tf.restricted(&TfTables::build(&refs));
        tf.merge(&q_tf, false);
        let mut model = Model {
            gate: opts.identity_gate,
            tf: Some(tf),
            ..Model::default()
        };
        if let Some(m) = &self.m {
            model.m.clone_from(m);
            model.refresh();
        }
        let p = threshold.clamp(1e-12, 1.0 - 1e-12);
        let threshold_w = (p / (1.0 - p)).log2();
        let mut hits: Vec<(f64, u64, u32)> = Vec::new();
        for &c in &cands {
            let e = self.entry(c);
            // `link` compares (left, right): the indexed record first.
            let g = compare(&e.features, f);
            let (w, _, _) = score_gamma(&model, &g);
            if w >= threshold_w {
                hits.push((w, e.seq, c));
            }
        }
        hits.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        hits.truncate(limit);
        hits.into_iter()
            .map(|(w, _, c)| {
                let e = self.entry(c);
                let s = explain(&model, &compare(&e.features, f));
                Match {
                    id: e.id.clone(),
                    probability: probability(w),
                    weight: w,
                    relation: s.relation,
                    explanation: s.explanation,
                }
            })
            .collect()
    }
}

/// An incremental index of contact records (API.md §5 `ContactIndex`).
///
/// Thread-safe: the model is immutable and the index sits behind an internal `RwLock`, so
/// matches run concurrently and `add`/`remove` are exclusive. Ids are the caller's and stay
/// stable; an id may be indexed once (remove it to replace it).
///
/// ```
/// use contactkit::dedupe::{ContactIndex, Record, Relation};
/// let index = ContactIndex::new();
/// index.add(&Record::new("1").full_name("Jan de Vries").email(["jan@devries.nl"])).unwrap();
/// index.add(&Record::new("2").full_name("Anna de Vries").email(["anna@devries.nl"])).unwrap();
/// let m = index.match_record(&Record::new("q").full_name("J. de Vries").email(["Jan@DeVries.nl"]), 5, 0.5).unwrap();
/// assert_eq!(m.len(), 1);
/// assert_eq!(m[0].id, "1");
/// assert_eq!(m[0].relation, Relation::SamePerson);
/// assert!(index.remove("1"));
/// assert_eq!(index.len(), 1);
/// ```
pub struct ContactIndex {
    opts: DedupeOptions,
    inner: RwLock<Inner>,
}

impl std::fmt::Debug for ContactIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContactIndex")
            .field("len", &self.len())
            .finish_non_exhaustive()
    }
}

impl Default for ContactIndex {
    fn default() -> Self {
        Self::new()
    }
}

const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<ContactIndex>();
};

impl ContactIndex {
    /// An empty index with the default options of [`link`](super::link) (`max_block` 300,
    /// window 8, identity gate on).
    pub fn new() -> Self {
        ContactIndex {
            opts: DedupeOptions::default().train(false),
            inner: RwLock::new(Inner::default()),
        }
    }

    /// An empty index with these blocking and gate options (`max_block`, `window`,
    /// `identity_gate`; `threshold`, `threads`, `train` and `explain` are not used).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] when `max_block` is below 2.
    pub fn with_options(opts: &DedupeOptions) -> Result<Self> {
        if opts.max_block < 2 {
            return Err(
                Error::new(ErrorKind::InvalidArgument).with_detail("max_block must be at least 2")
            );
        }
        Ok(ContactIndex {
            opts: opts.clone().train(false),
            inner: RwLock::new(Inner::default()),
        })
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Inner> {
        self.inner.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Inner> {
        self.inner.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// Number of indexed records.
    pub fn len(&self) -> usize {
        self.read().by_id.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether a record with this id is indexed.
    pub fn contains(&self, id: &str) -> bool {
        self.read().by_id.contains_key(id)
    }

    /// Adds one record.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] when a record with this id is already indexed.
    pub fn add(&self, record: &Record) -> Result<()> {
        self.add_many(std::slice::from_ref(record))
    }

    /// Adds records (features computed in parallel with the `parallel` feature); all or none.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] when an id is already indexed or appears twice in
    /// `records`; nothing is added then.
    pub fn add_many(&self, records: &[Record]) -> Result<()> {
        let prepared = prepare(records);
        let mut inner = self.write();
        let mut seen = std::collections::HashSet::new();
        for r in records {
            if inner.by_id.contains_key(&r.id) || !seen.insert(r.id.as_str()) {
                return Err(Error::new(ErrorKind::InvalidArgument)
                    .with_detail("record ids must be unique in the index"));
            }
        }
        for (r, (f, k, s)) in records.iter().zip(prepared) {
            inner.insert(r.id.clone(), f, k, s);
        }
        Ok(())
    }

    /// Refines the model with labelled pairs (see [`Labels`](super::Labels)): returns whether
    /// the refit was kept (enough positive labels, and it scores them at least as well as the
    /// built-in model). Empty labels restore the built-in model. With labels, matches no
    /// longer equal `link` (which has no labels).
    pub fn set_labels(&self, labels: &super::Labels) -> bool {
        let gate = self.opts.identity_gate;
        let base = Model {
            gate,
            ..Model::default()
        };
        let m = labels.fit(&base);
        let used = m.is_some();
        self.write().m = m;
        used
    }

    /// Removes the record with this id; `false` when there was none.
    pub fn remove(&self, id: &str) -> bool {
        self.write().remove(id)
    }

    /// The indexed records that match `record` with a probability at or above `threshold`,
    /// best first (ties in insertion order), at most `limit` (`usize::MAX` for all), each with
    /// its explanation.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] when the threshold is outside 0..1.
    pub fn match_record(
        &self,
        record: &Record,
        limit: usize,
        threshold: f64,
    ) -> Result<Vec<Match>> {
        check_threshold(threshold)?;
        let f = Features::new(record);
        let k = record_keys(&f);
        let s = sort_key(&f);
        Ok(self.read().find(&f, &k, &s, &self.opts, limit, threshold))
    }

    /// [`match_record`](Self::match_record) for every record, in order, on `threads` worker
    /// threads (`None`: every core with the `parallel` feature).
    ///
    /// # Errors
    ///
    /// As [`match_record`](Self::match_record); `threads` of 0.
    pub fn match_many(
        &self,
        records: &[Record],
        limit: usize,
        threshold: f64,
        threads: Option<usize>,
    ) -> Result<Vec<Vec<Match>>> {
        check_threshold(threshold)?;
        if threads == Some(0) {
            return Err(
                Error::new(ErrorKind::InvalidArgument).with_detail("threads must be at least 1")
            );
        }
        let inner = self.read();
        let one = |r: &Record| {
            let f = Features::new(r);
            let k = record_keys(&f);
            let s = sort_key(&f);
            inner.find(&f, &k, &s, &self.opts, limit, threshold)
        };
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            let mut b = rayon::ThreadPoolBuilder::new();
            if let Some(t) = threads {
                b = b.num_threads(t);
            }
            if let Ok(pool) = b.build() {
                return Ok(pool.install(|| records.par_iter().map(one).collect()));
            }
        }
        let _ = threads;
        Ok(records.iter().map(one).collect())
    }
}

fn check_threshold(t: f64) -> Result<()> {
    if (0.0..=1.0).contains(&t) {
        Ok(())
    } else {
        Err(Error::new(ErrorKind::InvalidArgument).with_detail("threshold must be in 0..1"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, name: &str, email: &str, pc: &str) -> Record {
        Record::new(id)
            .full_name(name)
            .email([email])
            .postcode(pc)
            .house_number("1")
    }

    #[test]
    fn add_match_remove() {
        let idx = ContactIndex::new();
        idx.add_many(&[
            rec("a", "Jan de Vries", "jan@devries.nl", "1234AB"),
            rec("b", "Anna de Vries", "anna@devries.nl", "1234AB"),
        ])
        .unwrap();
        assert_eq!(idx.len(), 2);
        assert!(idx.add(&rec("a", "X", "x@y.nl", "1000AA")).is_err());
        assert!(
            idx.add_many(&[
                rec("c", "X", "x@y.nl", "1000AA"),
                rec("c", "Y", "y@y.nl", "1000AA")
            ])
            .is_err()
        );
        assert_eq!(idx.len(), 2);
        let q = rec("q", "J. de Vries", "jan@devries.nl", "1234 AB");
        let m = idx.match_record(&q, 5, 0.5).unwrap();
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].id, "a");
        assert!(idx.match_record(&q, 5, 1.5).is_err());
        assert!(idx.match_record(&q, 0, 0.5).unwrap().is_empty());
        assert!(idx.remove("a"));
        assert!(!idx.remove("a"));
        assert!(idx.match_record(&q, 5, 0.5).unwrap().is_empty());
        idx.add(&rec("a", "Jan de Vries", "jan@devries.nl", "1234AB"))
            .unwrap();
        assert_eq!(idx.match_record(&q, 5, 0.5).unwrap().len(), 1);
        let all = idx.match_many(&[q.clone(), q], 5, 0.5, Some(1)).unwrap();
        assert_eq!(all[0], all[1]);
    }

    #[test]
    fn tf_counts_follow_removal() {
        let idx = ContactIndex::new();
        let recs: Vec<Record> = (0..60)
            .map(|i| {
                rec(
                    &i.to_string(),
                    "Jan Jansen",
                    &format!("j{i}@x.nl"),
                    "1234AB",
                )
            })
            .collect();
        idx.add_many(&recs).unwrap();
        for i in 0..60 {
            assert!(idx.remove(&i.to_string()));
        }
        let inner = idx.read();
        assert!(inner.by_id.is_empty() && inner.order.is_empty());
        assert!(inner.postings.iter().all(HashMap::is_empty));
    }
}
