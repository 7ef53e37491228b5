//! Duplicates: which rows are the same contact.
//!
//! The pipeline asks a [`DuplicateFinder`] for pairs and clusters over the row records.
//! [`Scored`] is the default: the duplicate-scoring engine (`contactkit::dedupe`, Fellegi-Sunter
//! with the identity gate), whose pairs carry their waterfall explanation. [`ExactEmailKey`]
//! (rows sharing an e-mail `dedup_key` are one cluster) stays as a simple fallback.

use ck::dedupe::{DedupeOptions, Record, dedupe};

use crate::columns::Field;
use crate::record::ContactRecord;

/// Groups larger than this get a star of pairs (the first row with each other row) instead of
/// every pair, so one address shared by thousands of rows (an `info@` mailbox) stays linear.
pub const MAX_ALL_PAIRS_GROUP: usize = 100;

/// One scored pair of rows (indices into the records, `a < b`).
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// The earlier row.
    pub a: usize,
    /// The later row.
    pub b: usize,
    /// The probability that the two rows are the same contact.
    pub probability: f64,
    /// Why, in words (`email:dedup_key exact`).
    pub explanation: String,
}

/// What a finder found.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicates {
    /// For every row, the index of the first row of its cluster (itself for singletons).
    pub cluster_of: Vec<usize>,
    /// Pairs, ordered by `(a, b)`.
    pub pairs: Vec<Pair>,
    /// Key groups larger than [`MAX_ALL_PAIRS_GROUP`] (listed as stars, not all pairs), or for
    /// [`Scored`] the blocks skipped as oversized.
    pub large_groups: usize,
}

/// Finds duplicates among records.
pub trait DuplicateFinder: Sync {
    /// The method's name, for `summary.json`.
    fn method(&self) -> &'static str;
    /// Finds pairs and clusters.
    fn find(&self, records: &[ContactRecord<'_>]) -> Duplicates;
}

/// Rows sharing an e-mail `dedup_key` are the same contact (probability 1).
#[derive(Debug, Clone, Copy, Default)]
pub struct ExactEmailKey;

/// The explanation written for every pair [`ExactEmailKey`] finds.
pub const EXACT_EMAIL_EXPLANATION: &str = "email:dedup_key exact";

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    /// Joins two sets; the smaller index becomes the root, so roots are first rows.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

impl DuplicateFinder for ExactEmailKey {
    fn method(&self) -> &'static str {
        "email_dedup_key_exact"
    }

    fn find(&self, records: &[ContactRecord<'_>]) -> Duplicates {
        // Every (key, row), sorted: rows sharing a key become neighbours.
        let mut keyed: Vec<(&str, usize)> = records
            .iter()
            .enumerate()
            .flat_map(|(i, r)| r.email_keys.iter().map(move |k| (k.as_str(), i)))
            .collect();
        keyed.sort_unstable();
        // A row may list the same key twice (main and others); keep it once.
        keyed.dedup();
        let groups = keyed
            .chunk_by(|x, y| x.0 == y.0)
            .map(|g| g.iter().map(|&(_, row)| row).collect::<Vec<usize>>());
        let mut uf = UnionFind((0..records.len()).collect());
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut large_groups = 0;
        for rows in groups {
            if rows.len() < 2 {
                continue;
            }
            for &r in &rows[1..] {
                uf.union(rows[0], r);
            }
            if rows.len() > MAX_ALL_PAIRS_GROUP {
                large_groups += 1;
                pairs.extend(rows[1..].iter().map(|&r| (rows[0], r)));
            } else {
                for (x, &a) in rows.iter().enumerate() {
                    pairs.extend(rows[x + 1..].iter().map(|&b| (a, b)));
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let cluster_of = (0..records.len()).map(|i| uf.find(i)).collect();
        Duplicates {
            cluster_of,
            pairs: pairs
                .into_iter()
                .map(|(a, b)| Pair {
                    a,
                    b,
                    probability: 1.0,
                    explanation: EXACT_EMAIL_EXPLANATION.to_owned(),
                })
                .collect(),
            large_groups,
        }
    }
}

/// The duplicate-scoring engine: pairs at or above `threshold`, clusters with anti-chaining.
#[derive(Debug, Clone, Copy)]
pub struct Scored {
    /// Probability threshold for pairs and clusters.
    pub threshold: f64,
    /// Worker threads.
    pub threads: usize,
}

impl Default for Scored {
    fn default() -> Self {
        Scored {
            threshold: 0.5,
            threads: 1,
        }
    }
}

/// The engine's record for one row (id = row index).
pub(crate) fn to_record(i: usize, r: &ContactRecord<'_>) -> Record {
    let get = |f: Field| r.get(f).map(str::to_owned);
    let mut rec = Record::new(i.to_string());
    rec.given_name = get(Field::GivenName).or_else(|| get(Field::Initials));
    rec.middle_name = get(Field::MiddleName);
    rec.family_name = get(Field::FamilyName);
    rec.full_name = get(Field::FullName);
    rec.organisation = get(Field::Organisation);
    rec.email.clone_from(&r.emails);
    rec.phone = [Field::Mobile, Field::Phone]
        .into_iter()
        .filter_map(|f| r.get(f).map(str::to_owned))
        .collect();
    rec.address = get(Field::Address);
    rec.street = get(Field::Street);
    rec.house_number = get(Field::HouseNumber);
    rec.unit = get(Field::Unit);
    rec.postcode = get(Field::Postcode);
    rec.city = get(Field::City);
    rec.region = get(Field::Region);
    rec.country = get(Field::Country);
    rec.date_of_birth = get(Field::DateOfBirth);
    rec.source = get(Field::Source);
    rec
}

impl DuplicateFinder for Scored {
    fn method(&self) -> &'static str {
        "fellegi_sunter"
    }

    fn find(&self, records: &[ContactRecord<'_>]) -> Duplicates {
        let recs: Vec<Record> = records
            .iter()
            .enumerate()
            .map(|(i, r)| to_record(i, r))
            .collect();
        let opts = DedupeOptions::default()
            .threshold(self.threshold)
            .threads(Some(self.threads.max(1)))
            .explain(true);
        let Ok(r) = dedupe(&recs, &opts) else {
            // Ids are row indices (unique) and the options are valid: cannot fail.
            return ExactEmailKey.find(records);
        };
        // duplicates.csv lists the pairs that hold clusters together: a pair the anti-chaining
        // step kept apart (incompatible names elsewhere in the cluster) is left out.
        let pairs = r
            .pairs
            .iter()
            .filter(|p| r.cluster_of[p.index_a] == r.cluster_of[p.index_b])
            .map(|p| Pair {
                a: p.index_a,
                b: p.index_b,
                probability: p.probability,
                explanation: p
                    .explanation
                    .iter()
                    .map(|e| format!("{}:{}:{:+.1}", e.field, e.level, e.weight))
                    .collect::<Vec<_>>()
                    .join("; "),
            })
            .collect();
        Duplicates {
            cluster_of: r.cluster_of,
            pairs,
            large_groups: r.stats.oversized_blocks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(keys: &[&str]) -> ContactRecord<'static> {
        let mut r = ContactRecord::default();
        r.email_keys = keys.iter().map(|s| (*s).to_owned()).collect();
        r
    }

    #[test]
    fn shared_keys_chain_into_one_cluster() {
        let records = [
            rec(&["a@x.nl"]),
            rec(&[]),
            rec(&["b@x.nl", "a@x.nl"]),
            rec(&["c@x.nl"]),
            rec(&["b@x.nl"]),
            rec(&["c@x.nl", "c@x.nl"]),
        ];
        let d = ExactEmailKey.find(&records);
        assert_eq!(d.cluster_of, [0, 1, 0, 3, 0, 3]);
        let pairs: Vec<_> = d.pairs.iter().map(|p| (p.a, p.b)).collect();
        assert_eq!(pairs, [(0, 2), (2, 4), (3, 5)]);
        assert!(
            d.pairs
                .iter()
                .all(|p| (p.probability - 1.0).abs() < f64::EPSILON)
        );
        assert_eq!(d.large_groups, 0);
    }

    #[test]
    fn a_pair_sharing_two_keys_is_listed_once() {
        let d = ExactEmailKey.find(&[rec(&["a", "b"]), rec(&["b", "a"])]);
        assert_eq!(d.pairs.len(), 1);
    }

    #[test]
    fn large_groups_are_stars() {
        let records: Vec<_> = (0..MAX_ALL_PAIRS_GROUP + 5)
            .map(|_| rec(&["info@x.nl"]))
            .collect();
        let d = ExactEmailKey.find(&records);
        assert_eq!(d.pairs.len(), records.len() - 1);
        assert_eq!(d.large_groups, 1);
        assert!(d.cluster_of.iter().all(|&c| c == 0));
    }
}
