//! Scoring a comparison vector: the sum of field weights plus the prior, the identity gate, the
//! relation, and the waterfall explanation.

use super::compare::{ADDRESS, EMAIL, FAMILY, GIVEN, Gamma, LEVELS, MISSING, NF, ORG, PHONE, lv};
use super::model::Model;
use super::{Field, Level, Relation};

/// The weight a gated pair is capped at (log2 odds): far below any threshold.
pub(crate) const GATE_WEIGHT: f64 = -10.0;

const FIELDS: [Field; NF] = [
    Field::GivenName,
    Field::FamilyName,
    Field::DateOfBirth,
    Field::Email,
    Field::Phone,
    Field::Address,
    Field::Postcode,
    Field::City,
    Field::Organisation,
];

/// One step of the waterfall: a field, the level it reached and its weight (log2 Bayes factor).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Explanation {
    /// The compared field.
    pub field: Field,
    /// The level the comparison reached.
    pub level: Level,
    /// Its weight in log2 odds (positive: evidence for the same person).
    pub weight: f64,
}

/// The score of a pair of records.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MatchScore {
    /// Probability (0..1) that the two records are the same person.
    pub probability: f64,
    /// log2 Bayes factor: the sum of the explanation's weights (prior included).
    pub weight: f64,
    /// How the records relate.
    pub relation: Relation,
    /// The waterfall: the prior, then every compared field, then the identity gate if it fired.
    pub explanation: Vec<Explanation>,
}

/// Converts log2 odds into a probability.
pub(crate) fn probability(weight: f64) -> f64 {
    let o = weight.clamp(-1000.0, 1000.0).exp2();
    o / (1.0 + o)
}

/// What the shared non-name data say.
struct Context {
    household: bool,
    organisation: bool,
}

fn context(g: &Gamma) -> Context {
    context_of(&g.levels)
}

fn context_of(l: &[u8; NF]) -> Context {
    let at = |f: usize, level: Level| l[f] != MISSING && l[f] == lv(f, level);
    let org = at(ORG, Level::Registration) || at(ORG, Level::Exact) || at(ORG, Level::Fuzzy);
    let domain = at(EMAIL, Level::Domain) || at(EMAIL, Level::Role);
    let address = at(ADDRESS, Level::Exact) || at(ADDRESS, Level::Fuzzy);
    let phone = at(PHONE, Level::Mobile) || at(PHONE, Level::Landline);
    let shared_mail = at(EMAIL, Level::Exact);
    let family = l[FAMILY] != MISSING && l[FAMILY] <= lv(FAMILY, Level::PartMatch);
    Context {
        organisation: org || domain || (at(PHONE, Level::Landline) && !family && !address),
        household: address || phone || shared_mail,
    }
}

/// Whether the records share an address, phone, e-mail (domain) or organisation.
pub(crate) fn shared_context(levels: &[u8; NF]) -> bool {
    let c = context_of(levels);
    c.household || c.organisation
}

/// Whether the identity gate keeps a comparison pattern apart.
pub(crate) fn gated_pattern(levels: &[u8; NF]) -> bool {
    incompatible(levels) && shared_context(levels)
}

/// Two people: incompatible given names, or a given name that agrees only as a nickname,
/// spelling variant or initials with a different family name (`Els Peeters` / `Elise Mertens`
/// at one company; a full given-name agreement with another family name may be a married
/// name).
fn incompatible(l: &[u8; NF]) -> bool {
    let given = l[GIVEN];
    given == lv(GIVEN, Level::Different)
        || (given != MISSING
            && given >= lv(GIVEN, Level::Nickname)
            && l[FAMILY] == lv(FAMILY, Level::Different))
}

/// `model.weight(field, l, tf)`: without a term-frequency value, the level's weight itself
/// (a table read; `weight_without_tf_is_the_table` checks they agree).
#[inline]
fn field_weight(model: &Model, field: usize, l: u8, tf: u64) -> f64 {
    if tf == 0 {
        model.w[field][usize::from(l)]
    } else {
        model.weight(field, l, tf)
    }
}

/// The weight (log2 odds) and relation of a comparison vector, without the explanation.
#[inline]
pub(crate) fn score_gamma(model: &Model, g: &Gamma) -> (f64, Relation, bool) {
    score_with(model, g, |f, l, tf| field_weight(model, f, l, tf))
}

/// The prior plus `weight(field, level, tf)` of every field that is not missing, and the
/// relation: the one loop of [`score_gamma`] and [`score_gamma_cached`].
#[inline]
fn score_with(
    model: &Model,
    g: &Gamma,
    mut weight: impl FnMut(usize, u8, u64) -> f64,
) -> (f64, Relation, bool) {
    let mut w = model.prior;
    for f in 0..NF {
        let l = g.levels[f];
        if l != MISSING {
            w += weight(f, l, g.tf[f]);
        }
    }
    relation(g, w, model.gate)
}

/// Slots of a [`WeightCache`] (direct-mapped).
const CACHE_SLOTS: usize = 2048;

/// Term-frequency-adjusted weights of one run's model, remembered by (field, level, value):
/// a record's name, street and city agree with many of its candidates, and each adjustment
/// otherwise costs a lookup in a table of the whole run's values (a cache miss at a million
/// records). Belongs to one model: make a new cache for each run.
#[derive(Default)]
pub(crate) struct WeightCache {
    /// (value hash, field << 8 | level, weight); empty until first used.
    slots: Vec<(u64, u16, f64)>,
}

impl WeightCache {
    /// `model.weight(field, l, tf)`, remembered.
    #[inline]
    fn weight(&mut self, model: &Model, field: usize, l: u8, tf: u64) -> f64 {
        if tf == 0 {
            return field_weight(model, field, l, tf);
        }
        if self.slots.is_empty() {
            // Value hashes are never 0: an empty slot never matches.
            self.slots = vec![(0, 0, 0.0); CACHE_SLOTS];
        }
        let tag = (field as u16) << 8 | u16::from(l);
        let i = ((tf ^ u64::from(tag)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 53) as usize
            & (CACHE_SLOTS - 1);
        let s = self.slots[i];
        if s.0 == tf && s.1 == tag {
            return s.2;
        }
        let w = model.weight(field, l, tf);
        self.slots[i] = (tf, tag, w);
        w
    }
}

/// [`score_gamma`] with the term-frequency weights remembered in `cache` (same results).
#[inline]
pub(crate) fn score_gamma_cached(
    model: &Model,
    g: &Gamma,
    cache: &mut WeightCache,
) -> (f64, Relation, bool) {
    score_with(model, g, |f, l, tf| cache.weight(model, f, l, tf))
}

fn relation(g: &Gamma, w: f64, gate: bool) -> (f64, Relation, bool) {
    let ctx = context(g);
    if gate && incompatible(&g.levels) && (ctx.household || ctx.organisation) {
        let rel = if ctx.organisation {
            Relation::SameOrganisation
        } else {
            Relation::SameHousehold
        };
        return (w.min(GATE_WEIGHT), rel, true);
    }
    let rel = if w >= 0.0 {
        Relation::SamePerson
    } else if ctx.organisation {
        Relation::SameOrganisation
    } else if ctx.household {
        Relation::SameHousehold
    } else {
        Relation::Different
    };
    (w, rel, false)
}

/// The full score with its explanation.
pub(crate) fn explain(model: &Model, g: &Gamma) -> MatchScore {
    let mut steps = vec![Explanation {
        field: Field::Prior,
        level: Level::Prior,
        weight: model.prior,
    }];
    let mut w = model.prior;
    for f in 0..NF {
        let l = g.levels[f];
        if l == MISSING {
            continue;
        }
        let x = model.weight(f, l, g.tf[f]);
        w += x;
        steps.push(Explanation {
            field: FIELDS[f],
            level: LEVELS[f][usize::from(l)],
            weight: x,
        });
    }
    let (final_w, relation, gated) = relation(g, w, model.gate);
    if gated && final_w < w {
        steps.push(Explanation {
            field: Field::IdentityGate,
            level: Level::IncompatibleNames,
            weight: final_w - w,
        });
    }
    MatchScore {
        probability: probability(final_w),
        weight: final_w,
        relation,
        explanation: steps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dedupe::compare::LEVELS;

    #[test]
    fn weight_without_tf_is_the_table() {
        let m = Model::default();
        for f in 0..NF {
            for l in 0..LEVELS[f].len() {
                #[allow(clippy::cast_possible_truncation)] // a few levels
                let l = l as u8;
                assert_eq!(
                    field_weight(&m, f, l, 0).to_bits(),
                    m.weight(f, l, 0).to_bits()
                );
            }
        }
    }

    #[test]
    fn cached_scores_equal_plain_scores() {
        let m = Model::default();
        let mut cache = WeightCache::default();
        let mut g = Gamma {
            levels: [MISSING; NF],
            tf: [0; NF],
        };
        for round in 0..3u64 {
            for f in 0..NF {
                g.levels[f] = 0;
                g.tf[f] = 0x1234_5678 + round * 7 + f as u64;
                let a = score_gamma(&m, &g);
                let b = score_gamma_cached(&m, &g, &mut cache);
                assert_eq!((a.0.to_bits(), a.1, a.2), (b.0.to_bits(), b.1, b.2));
            }
        }
    }
}
