//! The Fellegi-Sunter model: m and u probabilities per comparison level, the prior, built-in
//! priors from a documented error model, u estimated from random pairs, constrained EM on
//! pattern counts with a fallback to the priors, and term-frequency tables.
//!
//! # The built-in error model
//!
//! `m` (probability of a level among true duplicates) comes from the kinds of corruption seen in
//! CRM exports: about 80 % of duplicates spell the given and family name the same after
//! normalisation, 5-6 % use a nickname or a typo, a few per cent only initials; about half share
//! a personal e-mail address and a third have changed it; 15 % moved. `u` (probability among
//! random non-duplicates) is the chance agreement of a typical European contact file; with data,
//! [`estimate_u`] replaces it from random pairs of the data itself.
//!
//! Identity fields (given name, family name, date of birth) keep their `m` from the priors: EM
//! on contact data otherwise learns that "lives at the same address" means "same person" and
//! scores household members as duplicates.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::compare::{
    ADDRESS, CITY, DOB, EMAIL, FAMILY, GIVEN, Gamma, LEVELS, MISSING, NF, ORG, PHONE, POSTCODE,
};
use super::features::Features;

/// Built-in m per field and level (order of [`LEVELS`]).
const M: [&[f64]; NF] = [
    &[0.82, 0.06, 0.05, 0.03, 0.02, 0.02],
    &[0.82, 0.03, 0.04, 0.06, 0.02, 0.01, 0.02],
    &[0.90, 0.05, 0.02, 0.03],
    &[0.55, 0.005, 0.06, 0.035, 0.35],
    &[0.55, 0.15, 0.30],
    &[0.78, 0.06, 0.015, 0.01, 0.135],
    &[0.85, 0.06, 0.09],
    &[0.90, 0.04, 0.06],
    &[0.35, 0.45, 0.10, 0.095, 0.005],
];

/// Built-in u per field and level.
const U: [&[f64]; NF] = [
    &[0.01, 0.004, 0.006, 0.004, 0.05, 0.926],
    &[0.004, 0.0005, 0.0005, 0.003, 0.01, 0.0001, 0.9819],
    &[0.000_05, 0.0005, 0.013, 0.986_45],
    &[0.000_01, 0.0005, 0.0001, 0.002, 0.997_39],
    &[0.000_01, 0.0002, 0.999_79],
    &[0.0002, 0.000_05, 0.000_02, 0.003, 0.996_73],
    &[0.003, 0.01, 0.987],
    &[0.05, 0.002, 0.948],
    &[0.000_05, 0.001, 0.001, 0.9, 0.097_95],
];

/// The prior probability of a match for [`score_pair`](super::score_pair) without data.
pub(crate) const DEFAULT_PRIOR: f64 = 0.001;

/// The documented assumption behind the prior of a run: this many duplicate pairs per record
/// (CRM files hold 10-30 % duplicates; 0.5 leans towards recall).
pub(crate) const EXPECTED_DUPLICATE_PAIRS: f64 = 0.5;

/// Fields whose exact agreement is adjusted by the frequency of the agreed value.
const TF_FIELDS: [usize; 8] = [GIVEN, FAMILY, EMAIL, PHONE, ADDRESS, POSTCODE, CITY, ORG];

/// The default of [`Model::tf_dup`]: a value held by two records may be one person's.
pub(crate) const TF_DUP: f64 = 2.0;

/// How far (as a factor) EM may move an m from its prior before the field falls back.
pub(crate) const M_DRIFT: f64 = 3.0;

/// The largest m EM may give a "different" level.
pub(crate) const M_DIFFERENT_MAX: f64 = 0.5;

/// Above this [`household_share`] the data hold households or colleagues and the identity gate
/// applies; below it, given-name disagreement at a shared address is corruption of one person's
/// record and is scored by the model (with m of the name fields estimated by EM).
pub(crate) const HOUSEHOLD_SHARE: f64 = 0.3;

/// Fields whose m stays at the prior during EM.
const FROZEN: [usize; 3] = [GIVEN, FAMILY, DOB];

/// Bounds of EM's estimate of duplicate pairs per record.
pub(crate) const MIN_PAIRS: f64 = 0.05;
/// See [`MIN_PAIRS`].
pub(crate) const MAX_PAIRS: f64 = 4.0;

/// A hasher for keys that are already 64-bit hashes: one multiply instead of `SipHash` (the
/// term-frequency lookup is on the scoring fast path).
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (v ^ (v >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type KeyMap = HashMap<u64, u32, BuildHasherDefault<KeyHasher>>;

/// Term-frequency tables built from the records of one run.
#[derive(Debug, Clone, Default)]
pub(crate) struct TfTables {
    counts: Vec<KeyMap>,
    totals: [u64; NF],
}

impl TfTables {
    /// Counts the values of every term-frequency field.
    pub fn build(features: &[&Features]) -> Self {
        let mut t = TfTables {
            counts: vec![KeyMap::default(); NF],
            totals: [0; NF],
        };
        for f in features {
            let mut count = |field: usize, v: u64, total: bool| {
                if v != 0 {
                    *t.counts[field].entry(v).or_insert(0) += 1;
                    t.totals[field] += u64::from(total);
                }
            };
            if let Some(g) = f.name.given.first() {
                count(GIVEN, g.h, true);
            }
            if let Some(k) = &f.name.family {
                count(FAMILY, k.h, true);
            }
            for e in &f.emails {
                count(EMAIL, e.key, true);
                if !e.free {
                    count(EMAIL, e.domain, true);
                }
            }
            for p in &f.phones {
                count(PHONE, p.e164, true);
            }
            // The street address when there is one, else the match key (postcode + number);
            // the match key is counted as well, under the same total.
            let a = &f.address;
            if a.street_number_key != 0 {
                count(ADDRESS, a.street_number_key, true);
                count(ADDRESS, a.match_key, false);
            } else {
                count(ADDRESS, a.match_key, true);
            }
            if let Some(p) = &f.address.postcode {
                count(POSTCODE, p.h, true);
            }
            if let Some(c) = &f.address.city {
                count(CITY, c.h, true);
            }
            if let Some(o) = &f.org.core {
                count(ORG, o.h, true);
            }
        }
        t
    }

    /// The count of `v` in `field` and the number of values counted, if there are enough.
    pub fn count(&self, field: usize, v: u64) -> Option<(f64, f64)> {
        let n = self.totals[field];
        if n < 50 {
            return None; // too little data for frequencies
        }
        let c = *self.counts[field].get(&v)?;
        Some((f64::from(c), n as f64))
    }
}

/// Incremental term frequencies (for `ContactIndex`): counts added and removed record by record.
impl TfTables {
    /// Adds (`remove == false`) or subtracts the counts of `other`.
    pub fn merge(&mut self, other: &TfTables, remove: bool) {
        if self.counts.len() < NF {
            self.counts.resize(NF, HashMap::default());
        }
        for f in 0..NF.min(other.counts.len()) {
            for (&v, &c) in &other.counts[f] {
                if remove {
                    if let Some(x) = self.counts[f].get_mut(&v) {
                        *x = x.saturating_sub(c);
                        if *x == 0 {
                            self.counts[f].remove(&v);
                        }
                    }
                } else {
                    *self.counts[f].entry(v).or_insert(0) += c;
                }
            }
            // Totals from `other`'s totals: some values (the match key beside a street
            // address) are counted without a total.
            self.totals[f] = if remove {
                self.totals[f].saturating_sub(other.totals[f])
            } else {
                self.totals[f] + other.totals[f]
            };
        }
    }

    /// The totals of `self` with the counts of only the values counted in `keys`.
    pub fn restricted(&self, keys: &TfTables) -> TfTables {
        let mut t = TfTables {
            counts: vec![HashMap::default(); NF],
            totals: self.totals,
        };
        for f in 0..NF.min(keys.counts.len()).min(self.counts.len()) {
            for v in keys.counts[f].keys() {
                if let Some(&c) = self.counts[f].get(v) {
                    t.counts[f].insert(*v, c);
                }
            }
        }
        t
    }
}

/// A Fellegi-Sunter model.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    /// log2 prior odds of a match.
    pub prior: f64,
    pub m: [Vec<f64>; NF],
    pub u: [Vec<f64>; NF],
    /// log2(m/u) per field and level.
    pub w: [Vec<f64>; NF],
    pub tf: Option<TfTables>,
    /// Whether EM was used (false: priors, or EM fell back).
    pub trained: bool,
    /// Whether the identity gate applies.
    pub gate: bool,
    /// Records per person a value's count may hold before it counts as shared by several
    /// people (term-frequency adjustment): 1 + duplicate pairs per record, at least 2.
    pub tf_dup: f64,
    /// Comparison patterns of random pairs and their counts (empty without data).
    pub u_sample: Vec<([u8; NF], f64)>,
}

fn log2_odds(p: f64) -> f64 {
    (p / (1.0 - p)).log2()
}

impl Default for Model {
    fn default() -> Self {
        let m: [Vec<f64>; NF] = std::array::from_fn(|f| M[f].to_vec());
        let u: [Vec<f64>; NF] = std::array::from_fn(|f| U[f].to_vec());
        let mut model = Model {
            prior: log2_odds(DEFAULT_PRIOR),
            m,
            u,
            w: std::array::from_fn(|_| Vec::new()),
            tf: None,
            trained: false,
            gate: true,
            tf_dup: TF_DUP,
            u_sample: Vec::new(),
        };
        model.refresh();
        model
    }
}

impl Model {
    /// Recomputes the weights from m and u.
    pub fn refresh(&mut self) {
        for f in 0..NF {
            self.w[f] = self.m[f]
                .iter()
                .zip(&self.u[f])
                .map(|(m, u)| (m.max(1e-9) / u.max(1e-9)).log2())
                .collect();
        }
    }

    /// The weight of level `l` of `field`, with the term-frequency adjustment for value `tf`.
    #[inline]
    pub fn weight(&self, field: usize, l: u8, tf: u64) -> f64 {
        let base = self.w[field][usize::from(l)];
        if tf == 0 || !TF_FIELDS.contains(&field) {
            return base;
        }
        let Some(t) = &self.tf else { return base };
        let Some((c, n)) = t.count(field, tf) else {
            return base;
        };
        // Splink's adjustment: u for this value is its frequency among other people's records.
        // The count includes the value's own duplicates (a street address held by one person
        // twice is not a common address): the first `tf_dup` copies only say the value is
        // rare. Clamp the change.
        let u = self.u[field][usize::from(l)].max(1e-9);
        let others = c - self.tf_dup;
        let adj = if others < 1.0 {
            (u * n).log2().clamp(0.0, 4.0)
        } else {
            (u * n / others).log2().clamp(-8.0, 4.0)
        };
        base + adj
    }

    /// The Bayes factor (log2) of a pattern without term frequencies (for EM).
    fn pattern_weight(&self, levels: &[u8; NF]) -> f64 {
        levels
            .iter()
            .enumerate()
            .filter(|(_, l)| **l != MISSING)
            .map(|(f, &l)| self.w[f][usize::from(l)])
            .sum()
    }

    /// Sets the prior for a run: the share of matches among **all** pairs (u comes from random
    /// pairs, so this is the consistent prior), from `per_record` duplicate pairs per record of
    /// the smaller side (EM's estimate, or [`EXPECTED_DUPLICATE_PAIRS`]).
    pub fn set_prior_for(&mut self, records: f64, all_pairs: f64, per_record: f64) {
        let lambda = (per_record * records / all_pairs.max(1.0)).clamp(1e-10, 0.01);
        self.prior = log2_odds(lambda);
    }

    /// Replaces u by the level frequencies among `sample` (random pairs), smoothed towards the
    /// built-in u with 200 pseudo-pairs. The sample's patterns are kept for
    /// [`Model::correct_u`].
    pub fn estimate_u(&mut self, sample: &[Gamma]) {
        let mut map: std::collections::HashMap<[u8; NF], f64> = std::collections::HashMap::new();
        for g in sample {
            *map.entry(g.levels).or_insert(0.0) += 1.0;
        }
        let mut v: Vec<([u8; NF], f64)> = map.into_iter().collect();
        v.sort_unstable_by_key(|a| a.0);
        self.u_sample = v;
        self.correct_u(&|_| true);
    }

    /// Sets u from the random pairs of [`Model::estimate_u`], each counted by its probability of
    /// being two different people under the current model (prior included; `apart` patterns, the
    /// gated ones, count fully). Random pairs include some duplicates (1 in 5,000 in a file of
    /// 10,000 records with one duplicate each), and their agreement would otherwise count as
    /// chance agreement of different people: an agreeing street address then seems 10-100
    /// times more common by chance than it is.
    pub fn correct_u(&mut self, apart: &dyn Fn(&[u8; NF]) -> bool) {
        const BETA: f64 = 200.0;
        let mut counts: [Vec<f64>; NF] = std::array::from_fn(|f| vec![0.0; LEVELS[f].len()]);
        for (levels, c) in &self.u_sample {
            let q = if apart(levels) {
                1.0
            } else {
                let w = (self.prior + self.pattern_weight(levels)).clamp(-60.0, 60.0);
                1.0 / (1.0 + w.exp2())
            };
            for f in 0..NF {
                let l = levels[f];
                if l != MISSING {
                    counts[f][usize::from(l)] += c * q;
                }
            }
        }
        for f in 0..NF {
            let n: f64 = counts[f].iter().sum();
            self.u[f] = (0..LEVELS[f].len())
                .map(|l| ((counts[f][l] + BETA * U[f][l]) / (n + BETA)).max(1e-7))
                .collect();
        }
        self.refresh();
    }

    /// Constrained EM on pattern counts of the candidate pairs: estimates the share of matches
    /// among candidates (returned) and m for the non-identity fields. Returns `None` (and keeps
    /// the priors) when EM drifts or has too little data.
    ///
    /// Patterns the identity gate keeps apart (`gated`) never count as matches: on contact data
    /// with households, EM otherwise learns that "lives at the same address" means "same person".
    /// Identity fields (given and family name, date of birth) keep their prior m unless
    /// `free_identity` (the run found no household or colleague structure, see
    /// [`household_share`]). The strongest level's m stays within a factor [`M_DRIFT`] of its prior
    /// and the "different" level below [`M_DIFFERENT_MAX`]; the levels between keep m ≥ 1.5 u and
    /// a non-increasing m/u from strong to weak. A field whose estimate leaves that range falls
    /// back to its prior. `lambda` is the starting share of matches. With `free_identity`, the
    /// m of each field comes from the match posterior without its group (names, place) or
    /// itself, so a field does not confirm its own estimate.
    pub fn em(
        &mut self,
        patterns: &[([u8; NF], u64)],
        lambda: f64,
        gated: &dyn Fn(&[u8; NF]) -> bool,
        free_identity: bool,
    ) -> Option<f64> {
        let total: f64 = patterns.iter().map(|p| p.1 as f64).sum();
        if total < 100.0 || !(1e-6..0.9).contains(&lambda) {
            return None;
        }
        let saved = self.m.clone();
        let gate: Vec<bool> = patterns.iter().map(|p| gated(&p.0)).collect();
        let mut lambda = lambda;
        // Without a household structure the name fields are estimated too, and a field's own
        // agreement then confirms itself (given-name disagreement at a shared address becomes
        // "a match", a namesake in the same city becomes "a moved person"): the m of the name
        // fields comes from the posterior of the other fields (address, contact), the m of the
        // place fields from the posterior of the others (names, contact), like Splink's
        // training sessions blocked on one group to estimate the other.
        let loo = free_identity;
        for _ in 0..40 {
            let mut sum_p = 0.0;
            let mut acc: [Vec<f64>; NF] = std::array::from_fn(|f| vec![0.0; LEVELS[f].len()]);
            for ((levels, count), &g) in patterns.iter().zip(&gate) {
                if g {
                    continue;
                }
                let c = *count as f64;
                let pw = self.pattern_weight(levels);
                let post = |w: f64| posterior(lambda, w);
                let p = post(pw);
                sum_p += c * p;
                let wf = |f: usize| {
                    let l = levels[f];
                    if l == MISSING {
                        0.0
                    } else {
                        self.w[f][usize::from(l)]
                    }
                };
                // Leave-out weights: the name fields as a group, the place fields as a group
                // (an agreeing address already says postcode and city), others one by one.
                let names_w = wf(GIVEN) + wf(FAMILY) + wf(DOB);
                let place_w = wf(ADDRESS) + wf(POSTCODE) + wf(CITY);
                for f in 0..NF {
                    let l = levels[f];
                    if l != MISSING {
                        let q = if loo {
                            post(
                                pw - match f {
                                    GIVEN | FAMILY | DOB => names_w,
                                    ADDRESS | POSTCODE | CITY => place_w,
                                    _ => self.w[f][usize::from(l)],
                                },
                            )
                        } else {
                            p
                        };
                        acc[f][usize::from(l)] += c * q;
                    }
                }
            }
            lambda = (sum_p / total).clamp(1e-6, 0.9);
            for f in 0..NF {
                if FROZEN.contains(&f) && !free_identity {
                    continue;
                }
                let k = LEVELS[f].len();
                let n: f64 = acc[f].iter().sum();
                const ALPHA: f64 = 20.0;
                let mut m: Vec<f64> = (0..k)
                    .map(|l| (acc[f][l] + ALPHA * M[f][l]) / (n + ALPHA))
                    .collect();
                constrain(f, &mut m, &self.u[f]);
                // The strongest level stays within a factor of its prior; the "different"
                // level is bounded; the levels between are held by the constraints.
                let drifted = m.iter().zip(M[f]).enumerate().any(|(l, (x, p))| {
                    if l == 0 {
                        *x > p * M_DRIFT || *x < p / M_DRIFT
                    } else {
                        !is_agreement(f, l) && *x > M_DIFFERENT_MAX.max(*p)
                    }
                });
                self.m[f] = if drifted { M[f].to_vec() } else { m };
            }
            self.refresh();
        }
        let sane = lambda.is_finite()
            && (1e-5..0.9).contains(&lambda)
            && self.m.iter().flatten().all(|x| x.is_finite());
        if !sane {
            self.m = saved;
            self.refresh();
            return None;
        }
        self.trained = true;
        if free_identity {
            return Some(lambda);
        }
        Some(self.evidenced_share(patterns, &gate, lambda, total))
    }

    /// The share of matches among the candidates for the prior when the name m are held at the
    /// priors (data with households): the match posterior of the pairs that agree on something
    /// beyond the names and the city (date of birth, e-mail, phone, address or postcode, at any
    /// agreement level). In a large population drawn from common names, namesakes who share
    /// nothing else grow with the square of the record count, and EM takes them for duplicates
    /// who moved and changed every contact detail (a 31,000-record generated file: 4.6 times
    /// the true share); true duplicates that keep only their name are few, and still scored.
    fn evidenced_share(
        &self,
        patterns: &[([u8; NF], u64)],
        gate: &[bool],
        lambda: f64,
        total: f64,
    ) -> f64 {
        let mut sum = 0.0;
        for ((levels, count), &g) in patterns.iter().zip(gate) {
            let beyond = [DOB, EMAIL, PHONE, ADDRESS, POSTCODE]
                .iter()
                .any(|&f| levels[f] != MISSING && is_agreement(f, usize::from(levels[f])));
            if g || !beyond {
                continue;
            }
            sum += *count as f64 * posterior(lambda, self.pattern_weight(levels));
        }
        (sum / total).clamp(1e-6, 0.9)
    }
}

/// The match probability of a pair with weight `w` (log2 Bayes factor) under the prior share
/// `lambda` (the Bayes factor clamped to 2^±60).
fn posterior(lambda: f64, w: f64) -> f64 {
    let bf = w.clamp(-60.0, 60.0).exp2();
    lambda * bf / (lambda * bf + (1.0 - lambda))
}

/// Whether level `l` of `field` is an agreement level (not "different" or a registration
/// conflict).
fn is_agreement(field: usize, l: usize) -> bool {
    use super::Level;
    !matches!(
        LEVELS[field][l],
        Level::Different | Level::RegistrationConflict
    )
}

/// The share of candidate pairs that share an address, phone, e-mail or organisation and a
/// compatible family name but disagree on the given name (`None` below 30 such pairs). Among
/// duplicates that share an address this is the rate of replaced given names (a few per cent in
/// CRM exports, at most about a fifth in heavily corrupted test sets such as FEBRL); in data
/// with households and colleagues, most such pairs are two people and the share is well above
/// [`HOUSEHOLD_SHARE`].
pub(crate) fn household_share(
    patterns: &[([u8; NF], u64)],
    context: &dyn Fn(&[u8; NF]) -> bool,
) -> Option<f64> {
    use super::Level;
    use super::compare::lv;
    let (mut n, mut diff) = (0u64, 0u64);
    for (l, c) in patterns {
        if l[GIVEN] == MISSING
            || l[FAMILY] == MISSING
            || l[FAMILY] > lv(FAMILY, Level::PartMatch)
            || !context(l)
        {
            continue;
        }
        n += c;
        if l[GIVEN] == lv(GIVEN, Level::Different) {
            diff += c;
        }
    }
    (n >= 30).then(|| diff as f64 / n as f64)
}

/// Agreement levels (every level but "different" and "registration conflict") keep m ≥ 1.5 u
/// and a non-increasing m/u ratio from strong to weak; m sums to 1.
fn constrain(field: usize, m: &mut [f64], u: &[f64]) {
    let agree: Vec<usize> = (0..m.len()).filter(|&l| is_agreement(field, l)).collect();
    let mut prev_ratio = f64::INFINITY;
    for &l in &agree {
        let floor = 1.5 * u[l];
        if m[l] < floor {
            m[l] = floor;
        }
        let ratio = m[l] / u[l].max(1e-12);
        if ratio > prev_ratio {
            m[l] = prev_ratio * u[l] * 0.999;
        }
        prev_ratio = m[l] / u[l].max(1e-12);
    }
    let s: f64 = m.iter().sum();
    for x in m.iter_mut() {
        *x /= s;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priors_are_distributions_with_positive_agreement() {
        for f in 0..NF {
            assert_eq!(M[f].len(), LEVELS[f].len());
            assert_eq!(U[f].len(), LEVELS[f].len());
            assert!(
                (M[f].iter().sum::<f64>() - 1.0).abs() < 1e-6,
                "m of field {f}"
            );
            assert!(
                (U[f].iter().sum::<f64>() - 1.0).abs() < 1e-6,
                "u of field {f}"
            );
            assert!(M[f][0] > U[f][0]);
        }
        let m = Model::default();
        assert!(m.w[GIVEN][0] > 5.0 && m.w[GIVEN][5] < -3.0);
    }
}
