//! Duplicate scoring: is this the same person, a household member or a colleague?
//!
//! A Fellegi-Sunter model with multi-level comparisons over features computed once per record
//! (person names with Dutch particles, initials, nicknames and married names; organisations with
//! legal forms split off; e-mail `ck1` keys; phone and address keys; date of birth). It needs no
//! labels and no training call: built-in priors from a documented error model, `u` estimated
//! from random pairs of the data, constrained EM for the rest, term-frequency adjustment, and an
//! identity gate that calls shared address/phone/e-mail-domain data with incompatible given names
//! `same_household` or `same_organisation`, never a merge.
//!
//! - [`score_pair`]: one pair, with its waterfall explanation.
//! - [`dedupe`]: duplicates inside one collection (pairs, clusters, stats).
//! - [`link`]: matches between two collections.
//!
//! ```
//! use contactkit::dedupe::{Record, Relation, score_pair};
//!
//! let a = Record::new("1").full_name("dhr. ir. J.P.M. (Jan) de Vries").email(["jan@devries.nl"]);
//! let b = Record::new("2").given_name("Jan").family_name("Vries, de").email(["Jan@DeVries.nl"]);
//! let s = score_pair(&a, &b);
//! assert_eq!(s.relation, Relation::SamePerson);
//! assert!(s.probability > 0.99);
//!
//! // Same address and family, another given name: a household member, never a duplicate.
//! let c = Record::new("3").full_name("Piet de Vries").street("Dorpsstraat").house_number("1").postcode("1234 AB");
//! let d = Record::new("4").full_name("Anna de Vries").street("Dorpsstraat").house_number("1").postcode("1234AB");
//! let s = score_pair(&c, &d);
//! assert_eq!(s.relation, Relation::SameHousehold);
//! assert!(s.probability < 0.01);
//! ```
//!
//! # Phone and address
//!
//! Phones are parsed by the phone module (E.164 key, mobile or shared line by number type, the
//! record's `country` as the default region); addresses are taken as components or free text
//! with a light split; see `contact.rs`.

// Scoring code is numeric kernels and short-lived index arithmetic: counts become f64 (record
// counts stay far below 2^52), DP loops index by position, and a, b, i, j are the names of the
// literature.
#![allow(
    clippy::cast_precision_loss,
    clippy::many_single_char_names,
    clippy::similar_names,
    clippy::needless_range_loop,
    clippy::items_after_statements
)]

mod block;
mod cluster;
mod compare;
mod contact;
mod features;
mod golden;
mod index;
mod kernels;
mod labels;
mod model;
mod names;
mod nicknames;
mod org;
mod phonetic;
mod reason;
mod run;
mod score;
mod text;

pub use golden::{GoldenRecord, GoldenRules, Provenance, RULE_FIELDS, Rule, golden_record};
pub use index::{ContactIndex, Match};
pub use labels::Labels;
pub use reason::{Field, Level, Relation};
pub use run::{
    DedupeOptions, DedupeResult, LinkResult, MIN_TRAIN_RECORDS, ScoredPair, Stats, dedupe,
    dedupe_stream, link,
};
pub use score::{Explanation, MatchScore};

use features::Features;
use model::Model;

/// The version of the built-in data tables (nicknames, legal forms, priors).
pub fn data_version() -> &'static str {
    nicknames::NICKNAMES_VERSION
}

/// A contact record (API.md §5). Every field but `id` is optional; `email` and `phone` are
/// multi-valued. `full_name` is used when the name parts are absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Record {
    /// The caller's identifier (returned in pairs and clusters).
    pub id: String,
    /// Given name(s) or initials; a roepnaam may follow in brackets (`J.P. (Jan)`).
    pub given_name: Option<String>,
    /// Middle name(s), or a tussenvoegsel column (`van der`), which joins the family name.
    pub middle_name: Option<String>,
    /// Family name, with its particles (`de Vries`, `Vries, de`, `de Wit-Jansen`).
    pub family_name: Option<String>,
    /// The whole name in one field (`Jansen, J.P.`, `dhr. J. de Vries`).
    pub full_name: Option<String>,
    /// Organisation name.
    pub organisation: Option<String>,
    /// Registration numbers of the organisation (`KvK`, vestigingsnummer, VAT, LEI).
    pub registration: Vec<String>,
    /// E-mail addresses.
    pub email: Vec<String>,
    /// Phone numbers, E.164 preferred (`+31612345678`).
    pub phone: Vec<String>,
    /// Free-text address, used for the components that are absent.
    pub address: Option<String>,
    /// Street name (may include the house number).
    pub street: Option<String>,
    /// House number with suffix.
    pub house_number: Option<String>,
    /// Unit, flat or addition (`bis`, `2hg`).
    pub unit: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Region or state (not compared).
    pub region: Option<String>,
    /// Country, ISO 3166-1 alpha-2 preferred (the default region of phone numbers; not
    /// compared).
    pub country: Option<String>,
    /// Date of birth, `YYYY-MM-DD`.
    pub date_of_birth: Option<String>,
    /// Source system (not compared).
    pub source: Option<String>,
}

/// The single-valued text fields of [`Record`]: one list for the builder setters and the
/// by-name accessors below, so the golden record, the CLI and the Python layer do not each keep
/// their own copy.
macro_rules! record_text_fields {
    ($($f:ident),* $(,)?) => {
        impl Record {
            $(
                #[doc = concat!("Sets `", stringify!($f), "`.")]
                #[must_use]
                pub fn $f(mut self, v: impl Into<String>) -> Self {
                    self.$f = Some(v.into());
                    self
                }
            )*

            /// The names of the single-valued text fields, in schema order (not `id`, not the
            /// lists `registration`, `email` and `phone`).
            pub const TEXT_FIELDS: &'static [&'static str] = &[$(stringify!($f)),*];

            /// The text field `name` (one of [`Record::TEXT_FIELDS`]); `None` when it is empty
            /// or `name` is not such a field.
            pub fn text(&self, name: &str) -> Option<&str> {
                match name {
                    $(stringify!($f) => self.$f.as_deref(),)*
                    _ => None,
                }
            }

            /// Sets the text field `name` (one of [`Record::TEXT_FIELDS`]); false, and nothing
            /// set, for any other name.
            pub fn set_text(&mut self, name: &str, value: Option<String>) -> bool {
                match name {
                    $(stringify!($f) => {
                        self.$f = value;
                        true
                    })*
                    _ => false,
                }
            }
        }
    };
}

record_text_fields!(
    given_name,
    middle_name,
    family_name,
    full_name,
    organisation,
    address,
    street,
    house_number,
    unit,
    postcode,
    city,
    region,
    country,
    date_of_birth,
    source,
);

impl Record {
    /// A record with this id and no fields.
    pub fn new(id: impl Into<String>) -> Self {
        Record {
            id: id.into(),
            ..Record::default()
        }
    }

    /// Sets the e-mail addresses.
    #[must_use]
    pub fn email<I: IntoIterator<Item = S>, S: Into<String>>(mut self, v: I) -> Self {
        self.email = v.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the phone numbers.
    #[must_use]
    pub fn phone<I: IntoIterator<Item = S>, S: Into<String>>(mut self, v: I) -> Self {
        self.phone = v.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the registration numbers.
    #[must_use]
    pub fn registration<I: IntoIterator<Item = S>, S: Into<String>>(mut self, v: I) -> Self {
        self.registration = v.into_iter().map(Into::into).collect();
        self
    }
}

/// Scores one pair with the built-in model (no data, no training): probability, weight,
/// relation and the waterfall explanation. Symmetric: `score_pair(a, b)` equals
/// `score_pair(b, a)`.
///
/// ```
/// use contactkit::dedupe::{Field, Record, Relation, score_pair};
/// let a = Record::new("a").given_name("Kees").family_name("Jansen").phone(["+31612345678"]);
/// let b = Record::new("b").given_name("Cornelis").family_name("Janssen").phone(["+31 6 12345678"]);
/// let s = score_pair(&a, &b);
/// assert_eq!(s.relation, Relation::SamePerson);
/// assert_eq!(s.explanation[0].field, Field::Prior);
/// let total: f64 = s.explanation.iter().map(|e| e.weight).sum();
/// assert!((total - s.weight).abs() < 1e-9);
/// ```
pub fn score_pair(a: &Record, b: &Record) -> MatchScore {
    let (fa, fb) = (Features::new(a), Features::new(b));
    score_features(&Model::default(), &fa, &fb)
}

/// Scores two feature sets with a model; symmetric by construction (the pair is put in a
/// canonical order first).
pub(crate) fn score_features(model: &Model, a: &Features, b: &Features) -> MatchScore {
    let g1 = compare::compare(a, b);
    let g2 = compare::compare(b, a);
    // Levels are symmetric; term-frequency keys may differ in which side's value they took.
    let g = if g1.pattern() <= g2.pattern() { g1 } else { g2 };
    score::explain(model, &g)
}

/// Records prepared for repeated scoring: features computed once, the built-in model. For
/// callers that score many pairs themselves (benchmarks, incremental matching).
///
/// ```
/// use contactkit::dedupe::{Prepared, Record};
/// let p = Prepared::new(&[
///     Record::new("a").full_name("Jan de Vries").email(["jan@x.nl"]),
///     Record::new("b").full_name("J. de Vries").email(["jan@x.nl"]),
/// ]);
/// assert!(p.weight(0, 1) > 0.0);
/// assert_eq!(p.score(0, 1).relation, contactkit::dedupe::Relation::SamePerson);
/// ```
#[derive(Debug)]
pub struct Prepared {
    features: Vec<Features>,
    model: Model,
}

impl Prepared {
    /// Computes the features of every record.
    pub fn new(records: &[Record]) -> Self {
        Prepared {
            features: records.iter().map(Features::new).collect(),
            model: Model::default(),
        }
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.features.len()
    }

    /// Whether there are no records.
    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
    }

    /// The weight (log2 odds, gate applied) of records `i` and `j`: the fast path, no
    /// explanation.
    pub fn weight(&self, i: usize, j: usize) -> f64 {
        let g = compare::compare(&self.features[i], &self.features[j]);
        score::score_gamma(&self.model, &g).0
    }

    /// The full score of records `i` and `j`.
    pub fn score(&self, i: usize, j: usize) -> MatchScore {
        score_features(&self.model, &self.features[i], &self.features[j])
    }
}
