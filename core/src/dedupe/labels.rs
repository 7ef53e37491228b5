//! Optional labels: a few dozen pairs marked "same person" or "not", used to refine the m of
//! the non-identity fields (e-mail, phone, address, postcode, city, organisation). The built-in
//! m is the prior (20 pseudo-pairs per field), identity fields (given name, family name, date
//! of birth) and disagreement levels stay frozen, agreement keeps m above u, and the refit is
//! kept only when it scores the labelled pairs at least as well as the built-in model (log
//! loss). `ContactIndex::set_labels` and [`DedupeOptions::labels`](super::DedupeOptions::labels)
//! (`dedupe`, `link`: refitted after EM, from the trained model) use them. On the generated
//! corpus 50 labels move the index's F1 from 0.958 to 0.961 and `dedupe`'s pairwise F1 up by
//! about 0.0005 (`core/tests/golden/dedupe_index.rs` and `dedupe.rs` check they never drop).
//! The default path needs no labels.

use super::compare::{DOB, FAMILY, GIVEN, Gamma, LEVELS, MISSING, NF, compare};
use super::features::Features;
use super::model::Model;
use super::score::{probability, score_gamma};
use super::{Level, Record};

/// Pseudo-pairs of the built-in m per field.
const ALPHA: f64 = 20.0;
/// Fewest positive labels that refit anything.
const MIN_POSITIVE: usize = 5;

/// Labelled pairs for [`ContactIndex::set_labels`](super::ContactIndex::set_labels) and
/// [`DedupeOptions::labels`](super::DedupeOptions::labels) (`dedupe`, `link`).
///
/// ```
/// use contactkit::dedupe::{Labels, Record};
/// let a = Record::new("a").full_name("Jan de Vries").email(["jan@x.nl"]);
/// let b = Record::new("b").full_name("J. de Vries").email(["jan@x.nl"]);
/// let labels = Labels::new(&[(a, b, true)]);
/// assert_eq!(labels.len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Labels {
    pairs: Vec<(Gamma, bool)>,
}

impl Labels {
    /// Compares each pair once: `(a, b, same_person)`.
    pub fn new(pairs: &[(Record, Record, bool)]) -> Self {
        Labels {
            pairs: pairs
                .iter()
                .map(|(a, b, same)| (compare(&Features::new(a), &Features::new(b)), *same))
                .collect(),
        }
    }

    /// Number of labelled pairs.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    fn log_loss(&self, model: &Model) -> f64 {
        self.pairs
            .iter()
            .map(|(g, same)| {
                let p = probability(score_gamma(model, g).0).clamp(1e-12, 1.0 - 1e-12);
                -(if *same { p } else { 1.0 - p }).ln()
            })
            .sum()
    }

    /// The refitted m of every field, or `None` when there are too few positive labels or the
    /// refit does not score the labels better than `base`.
    pub(crate) fn fit(&self, base: &Model) -> Option<[Vec<f64>; NF]> {
        let positives: Vec<&Gamma> = self.pairs.iter().filter(|p| p.1).map(|p| &p.0).collect();
        if positives.len() < MIN_POSITIVE {
            return None;
        }
        let mut m = base.m.clone();
        for f in 0..NF {
            if [GIVEN, FAMILY, DOB].contains(&f) {
                continue;
            }
            let k = m[f].len();
            let mut counts = vec![0.0f64; k];
            for g in &positives {
                let l = g.levels[f];
                if l != MISSING {
                    counts[usize::from(l)] += 1.0;
                }
            }
            // Disagreement levels ("different", "registration conflict") keep their prior:
            // labelled duplicates that changed their e-mail or moved must not make disagreement
            // cheaper for households. Agreement levels share the rest in proportion to the
            // labels and the prior.
            let fixed: Vec<bool> = LEVELS[f]
                .iter()
                .map(|l| matches!(l, Level::Different | Level::RegistrationConflict))
                .collect();
            let n: f64 = (0..k).filter(|&l| !fixed[l]).map(|l| counts[l]).sum();
            let rest: f64 = (0..k).filter(|&l| !fixed[l]).map(|l| base.m[f][l]).sum();
            let mut new: Vec<f64> = (0..k)
                .map(|l| {
                    if fixed[l] {
                        base.m[f][l]
                    } else {
                        ((counts[l] + ALPHA * base.m[f][l] / rest.max(1e-9)) / (n + ALPHA) * rest)
                            .max(1e-6)
                    }
                })
                .collect();
            // The strongest agreement level stays evidence for a match.
            new[0] = new[0].max(1.5 * base.u[f][0]);
            let s: f64 = new.iter().sum();
            m[f] = new.into_iter().map(|x| x / s).collect();
        }
        let mut refit = base.clone();
        refit.m = m;
        refit.refresh();
        (self.log_loss(&refit) <= self.log_loss(base)).then_some(refit.m)
    }
}
