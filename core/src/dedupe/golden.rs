//! Golden records: one merged record per cluster, with survivorship rules per field and the
//! provenance of every value (which record it came from, and which rule chose it).
//!
//! Records are taken in the order given, **oldest first** ("most recent" is the last record
//! with a value: sort by your last-modified column before calling).
//!
//! Default rules:
//! - names (`given_name`, `middle_name`, `family_name`, `full_name`): `most_complete` (the
//!   value with the most letters and digits: `Jan Pieter` over `J.P.`);
//! - `organisation`, `date_of_birth`: `most_frequent` (by a folded key; ties: most complete,
//!   then most recent);
//! - the address (`address`, `street`, `house_number`, `unit`, `postcode`, `city`, `region`,
//!   `country`) is chosen **as a whole** from one record, never mixed: `most_recent` (people
//!   move);
//! - `email`, `phone`, `registration`: `union` (every distinct value, the most frequent first,
//!   then the most recent);
//! - `source` is left empty; `id` is the first record's.
//!
//! With a source priority list, the records of the best-ranked source win every field whose
//! rule is not set explicitly; the field's default rule breaks ties between them.

use std::collections::{BTreeMap, HashMap};

use super::Record;
use crate::{Error, ErrorKind, Result};

/// A survivorship rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(into = "&'static str"))]
#[non_exhaustive]
pub enum Rule {
    /// The value from the record whose `source` ranks first in the priority list.
    SourcePriority,
    /// The value of the last record that has one.
    MostRecent,
    /// The value seen most often (folded: case, spaces and punctuation ignored).
    MostFrequent,
    /// The value with the most letters and digits (`Jan Pieter` over `J.P.`).
    MostComplete,
    /// Every distinct value (multi-valued fields).
    Union,
    /// The first record's value (the golden record's `id`).
    First,
}

impl Rule {
    /// Every rule, in a stable order.
    pub const ALL: &'static [Rule] = &[
        Rule::SourcePriority,
        Rule::MostRecent,
        Rule::MostFrequent,
        Rule::MostComplete,
        Rule::Union,
        Rule::First,
    ];

    /// The stable slug.
    pub const fn code(self) -> &'static str {
        match self {
            Rule::SourcePriority => "source_priority",
            Rule::MostRecent => "most_recent",
            Rule::MostFrequent => "most_frequent",
            Rule::MostComplete => "most_complete",
            Rule::Union => "union",
            Rule::First => "first",
        }
    }

    /// The rule with slug `code`, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|r| r.code() == code)
    }
}

impl From<Rule> for &'static str {
    fn from(r: Rule) -> &'static str {
        r.code()
    }
}

/// Fields a rule can be set for (`address` stands for the whole address group).
pub const RULE_FIELDS: &[&str] = &[
    "given_name",
    "middle_name",
    "family_name",
    "full_name",
    "organisation",
    "date_of_birth",
    "address",
    "email",
    "phone",
    "registration",
];

/// Fields of the address group, chosen together from one record.
const ADDRESS_FIELDS: &[&str] = &[
    "address",
    "street",
    "house_number",
    "unit",
    "postcode",
    "city",
    "region",
    "country",
];

fn default_rule(field: &str) -> Rule {
    match field {
        "organisation" | "date_of_birth" => Rule::MostFrequent,
        "address" => Rule::MostRecent,
        "email" | "phone" | "registration" => Rule::Union,
        _ => Rule::MostComplete,
    }
}

/// Survivorship rules for [`golden_record`].
///
/// ```
/// use contactkit::dedupe::{GoldenRules, Rule};
/// let rules = GoldenRules::new()
///     .rule("email", Rule::MostRecent)
///     .unwrap()
///     .source_priority(["erp", "crm"]);
/// assert!(GoldenRules::new().rule("shoe_size", Rule::MostRecent).is_err());
/// # let _ = rules;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldenRules {
    rules: HashMap<&'static str, Rule>,
    sources: Vec<String>,
}

impl GoldenRules {
    /// The default rules (module docs).
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the rule of a field of [`RULE_FIELDS`].
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownOption`] for a field not in [`RULE_FIELDS`];
    /// [`ErrorKind::InvalidArgument`] for `union` on a single-valued field or `first`.
    pub fn rule(mut self, field: &str, rule: Rule) -> Result<Self> {
        let Some(&f) = RULE_FIELDS.iter().find(|&&f| f == field) else {
            return Err(Error::new(ErrorKind::UnknownOption)
                .with_detail("rules: a field of the record schema or `address`"));
        };
        let multi = matches!(f, "email" | "phone" | "registration");
        if rule == Rule::First || (rule == Rule::Union && !multi) {
            return Err(Error::new(ErrorKind::InvalidArgument)
                .with_detail("rules: union is for email, phone and registration only"));
        }
        self.rules.insert(f, rule);
        Ok(self)
    }

    /// Sets the rule of a field by its slug (`"most_recent"`, ...): for bindings.
    ///
    /// # Errors
    ///
    /// As [`rule`](Self::rule); [`ErrorKind::InvalidArgument`] for an unknown slug.
    pub fn rule_named(self, field: &str, rule: &str) -> Result<Self> {
        let r = Rule::from_code(rule).ok_or_else(|| {
            Error::new(ErrorKind::InvalidArgument).with_detail(
                "rules: source_priority, most_recent, most_frequent, most_complete or union",
            )
        })?;
        self.rule(field, r)
    }

    /// Sets the source priority, best first (sources not listed rank after every listed one).
    #[must_use]
    pub fn source_priority<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        sources: I,
    ) -> Self {
        self.sources = sources.into_iter().map(Into::into).collect();
        self
    }

    fn check(&self) -> Result<()> {
        if self.sources.is_empty() && self.rules.values().any(|&r| r == Rule::SourcePriority) {
            return Err(Error::new(ErrorKind::InvalidArgument)
                .with_detail("rules: source_priority needs a source priority list"));
        }
        Ok(())
    }
}

/// Where a value of the golden record came from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Provenance {
    /// Id of the record the value came from (for a union: the record of its first value).
    pub id: String,
    /// The rule that chose it.
    pub rule: Rule,
    /// For a union: the record of each value, in order; otherwise just `id`.
    pub ids: Vec<String>,
}

/// One merged record with the provenance of each field.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct GoldenRecord {
    /// The merged record.
    pub record: Record,
    /// Field name → where its value came from (fields without a value are absent).
    pub provenance: BTreeMap<&'static str, Provenance>,
}

/// Letters and digits, lower-cased, marks kept: the key values are compared by.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn completeness(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

fn present(s: &str) -> bool {
    !s.trim().is_empty()
}

/// One candidate value: record index, a folded key, a completeness score.
struct Cand {
    idx: usize,
    key: String,
    score: usize,
}

/// Picks one candidate by `rule` (after the source restriction); returns (index, rule used).
fn pick(
    cands: &[Cand],
    rule: Rule,
    records: &[Record],
    sources: &[String],
    explicit: bool,
) -> Option<(usize, Rule)> {
    if cands.is_empty() {
        return None;
    }
    let rank = |i: usize| {
        records[i]
            .source
            .as_deref()
            .and_then(|s| {
                sources
                    .iter()
                    .position(|x| x.eq_ignore_ascii_case(s.trim()))
            })
            .unwrap_or(sources.len())
    };
    let mut pool: Vec<&Cand> = cands.iter().collect();
    let mut used = rule;
    let mut tie_rule = rule;
    if !sources.is_empty() && (rule == Rule::SourcePriority || !explicit) {
        let best = pool.iter().map(|c| rank(c.idx)).min().unwrap_or(0);
        let before = pool.len();
        pool.retain(|c| rank(c.idx) == best);
        if rule == Rule::SourcePriority || pool.len() < before {
            used = Rule::SourcePriority;
        }
        if rule == Rule::SourcePriority {
            tie_rule = Rule::MostRecent;
        }
    }
    let best = match tie_rule {
        Rule::MostComplete => pool.iter().max_by_key(|c| (c.score, c.idx)),
        Rule::MostFrequent => {
            let mut count: HashMap<&str, usize> = HashMap::new();
            for c in &pool {
                *count.entry(c.key.as_str()).or_insert(0) += 1;
            }
            pool.iter()
                .max_by_key(|c| (count[c.key.as_str()], c.score, c.idx))
        }
        _ => pool.iter().max_by_key(|c| c.idx),
    }?;
    Some((best.idx, used))
}

fn text_field<'a>(r: &'a Record, field: &str) -> Option<&'a str> {
    r.text(field).filter(|s| present(s))
}

fn multi<'a>(r: &'a Record, field: &str) -> &'a [String] {
    match field {
        "email" => &r.email,
        "phone" => &r.phone,
        _ => &r.registration,
    }
}

fn multi_key(field: &str, v: &str) -> String {
    match field {
        "phone" => v
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .trim_start_matches('0')
            .to_owned(),
        _ => fold(v),
    }
}

/// Merges the records of one cluster into a golden record.
///
/// # Errors
///
/// [`ErrorKind::InvalidArgument`] when `records` is empty, or the rules use `source_priority`
/// without a source list.
///
/// ```
/// use contactkit::dedupe::{GoldenRules, Record, Rule, golden_record};
/// let g = golden_record(
///     &[
///         Record::new("1").given_name("J.P.").family_name("de Vries").email(["jan@old.nl"]).postcode("1234AB").house_number("1"),
///         Record::new("2").given_name("Jan Pieter").family_name("de Vries").email(["jan@new.nl"]).postcode("9999ZZ").house_number("7"),
///     ],
///     &GoldenRules::new(),
/// )
/// .unwrap();
/// assert_eq!(g.record.given_name.as_deref(), Some("Jan Pieter"));
/// assert_eq!(g.provenance["given_name"].rule, Rule::MostComplete);
/// assert_eq!(g.record.postcode.as_deref(), Some("9999ZZ")); // the most recent address
/// assert_eq!(g.record.email.len(), 2);
/// ```
pub fn golden_record(records: &[Record], rules: &GoldenRules) -> Result<GoldenRecord> {
    rules.check()?;
    let Some(first) = records.first() else {
        return Err(Error::new(ErrorKind::InvalidArgument)
            .with_detail("golden_record needs at least one record"));
    };
    let mut out = Record::new(first.id.clone());
    let mut prov = BTreeMap::new();
    let entry = |id: &str, rule: Rule| Provenance {
        id: id.to_owned(),
        rule,
        ids: vec![id.to_owned()],
    };
    prov.insert("id", entry(&first.id, Rule::First));
    let rule_of = |f: &str| {
        rules
            .rules
            .get(f)
            .map_or((default_rule(f), false), |&r| (r, true))
    };
    for &field in &[
        "given_name",
        "middle_name",
        "family_name",
        "full_name",
        "organisation",
        "date_of_birth",
    ] {
        let cands: Vec<Cand> = records
            .iter()
            .enumerate()
            .filter_map(|(idx, r)| {
                text_field(r, field).map(|v| Cand {
                    idx,
                    key: fold(v),
                    score: completeness(v),
                })
            })
            .collect();
        let (rule, explicit) = rule_of(field);
        if let Some((i, used)) = pick(&cands, rule, records, &rules.sources, explicit) {
            out.set_text(field, text_field(&records[i], field).map(str::to_owned));
            prov.insert(field, entry(&records[i].id, used));
        }
    }
    // The address as a whole, from one record.
    let cands: Vec<Cand> = records
        .iter()
        .enumerate()
        .filter_map(|(idx, r)| {
            let parts: Vec<&str> = ADDRESS_FIELDS
                .iter()
                .filter_map(|f| text_field(r, f))
                .collect();
            (!parts.is_empty()).then(|| Cand {
                idx,
                key: fold(&parts.join(" ")),
                score: parts.len(),
            })
        })
        .collect();
    let (rule, explicit) = rule_of("address");
    if let Some((i, used)) = pick(&cands, rule, records, &rules.sources, explicit) {
        for &f in ADDRESS_FIELDS {
            let v = text_field(&records[i], f).map(str::to_owned);
            if v.is_some() {
                prov.insert(f, entry(&records[i].id, used));
            }
            out.set_text(f, v);
        }
    }
    // Multi-valued fields.
    for &field in &["email", "phone", "registration"] {
        let (rule, explicit) = rule_of(field);
        let values: Vec<(String, Vec<String>)> = if rule == Rule::Union {
            // key -> (count, last record, value from the last record)
            let mut seen: HashMap<String, (usize, usize, String)> = HashMap::new();
            for (idx, r) in records.iter().enumerate() {
                for v in multi(r, field).iter().filter(|v| present(v)) {
                    let e = seen
                        .entry(multi_key(field, v))
                        .or_insert((0, idx, v.clone()));
                    e.0 += 1;
                    e.1 = idx;
                    e.2.clone_from(v);
                }
            }
            let mut v: Vec<(usize, usize, String)> = seen.into_values().collect();
            v.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
            v.into_iter()
                .map(|(_, idx, val)| (val, vec![records[idx].id.clone()]))
                .collect()
        } else {
            let cands: Vec<Cand> = records
                .iter()
                .enumerate()
                .filter(|(_, r)| multi(r, field).iter().any(|v| present(v)))
                .map(|(idx, r)| {
                    let vals = multi(r, field);
                    Cand {
                        idx,
                        key: vals
                            .iter()
                            .map(|v| multi_key(field, v))
                            .collect::<Vec<_>>()
                            .join(" "),
                        score: vals.len(),
                    }
                })
                .collect();
            if let Some((i, used)) = pick(&cands, rule, records, &rules.sources, explicit) {
                let vals: Vec<String> = multi(&records[i], field)
                    .iter()
                    .filter(|v| present(v))
                    .cloned()
                    .collect();
                if !vals.is_empty() {
                    prov.insert(field, entry(&records[i].id, used));
                }
                match field {
                    "email" => out.email = vals,
                    "phone" => out.phone = vals,
                    _ => out.registration = vals,
                }
            }
            continue;
        };
        if values.is_empty() {
            continue;
        }
        let ids: Vec<String> = values.iter().map(|v| v.1[0].clone()).collect();
        prov.insert(
            field,
            Provenance {
                id: ids[0].clone(),
                rule: Rule::Union,
                ids,
            },
        );
        let vals: Vec<String> = values.into_iter().map(|v| v.0).collect();
        match field {
            "email" => out.email = vals,
            "phone" => out.phone = vals,
            _ => out.registration = vals,
        }
    }
    Ok(GoldenRecord {
        record: out,
        provenance: prov,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recs() -> Vec<Record> {
        vec![
            Record::new("a")
                .given_name("J.P.")
                .family_name("de Vries")
                .organisation("Acme B.V.")
                .email(["jan@acme.nl", "j@old.nl"])
                .phone(["+31612345678"])
                .street("Dorpsstraat")
                .house_number("1")
                .postcode("1234AB")
                .city("Utrecht")
                .source("erp"),
            Record::new("b")
                .given_name("Jan Pieter")
                .family_name("de Vries")
                .organisation("ACME BV")
                .email(["Jan@Acme.nl"])
                .phone(["+31 6 12345678", "+31201234567"])
                .postcode("9999ZZ")
                .house_number("7")
                .source("crm"),
            Record::new("c")
                .given_name("Jan")
                .organisation("Acme Holding")
                .source("crm"),
        ]
    }

    #[test]
    fn defaults() {
        let g = golden_record(&recs(), &GoldenRules::new()).unwrap();
        let r = &g.record;
        assert_eq!(r.id, "a");
        assert_eq!(r.given_name.as_deref(), Some("Jan Pieter"));
        assert_eq!(g.provenance["given_name"].id, "b");
        assert_eq!(r.organisation.as_deref(), Some("ACME BV"));
        assert_eq!(g.provenance["organisation"].rule, Rule::MostFrequent);
        // The whole address from record b: no street mixed in from a.
        assert_eq!(r.postcode.as_deref(), Some("9999ZZ"));
        assert_eq!(r.street, None);
        assert_eq!(r.city, None);
        assert_eq!(r.email, vec!["Jan@Acme.nl", "j@old.nl"]);
        assert_eq!(g.provenance["email"].ids, vec!["b", "a"]);
        assert_eq!(r.phone, vec!["+31 6 12345678", "+31201234567"]);
        assert_eq!(r.source, None);
    }

    #[test]
    fn source_priority_and_explicit_rules() {
        let rules = GoldenRules::new()
            .source_priority(["erp"])
            .rule("email", Rule::MostRecent)
            .unwrap();
        let g = golden_record(&recs(), &rules).unwrap();
        assert_eq!(g.record.given_name.as_deref(), Some("J.P."));
        assert_eq!(g.provenance["given_name"].rule, Rule::SourcePriority);
        assert_eq!(g.record.street.as_deref(), Some("Dorpsstraat"));
        assert_eq!(g.record.email, vec!["Jan@Acme.nl"]);
        assert_eq!(g.provenance["email"].rule, Rule::MostRecent);
        assert!(golden_record(&[], &GoldenRules::new()).is_err());
        let bad = GoldenRules::new()
            .rule("email", Rule::SourcePriority)
            .unwrap();
        assert!(golden_record(&recs(), &bad).is_err());
        assert!(GoldenRules::new().rule("given_name", Rule::Union).is_err());
        assert!(
            Rule::ALL
                .iter()
                .all(|r| Rule::from_code(r.code()) == Some(*r))
        );
    }
}
