//! Area processors: per-row work of one area (e-mail now; phone, address and names later).
//!
//! The pipeline is *column recognition* (`columns`) → *per-row processing by area* (this module)
//! → *duplicates* (`duplicates`) → *writers* (`output`). An area processor reads the columns it
//! owns from a row, appends its output columns, adds normalised values to the row's
//! [`ContactRecord`], and counts what it saw in a [`Tally`] that ends up in `summary.json`.
//! Adding an area means writing one more [`Area`] and listing it in [`build`].

pub mod address;
pub mod email;
pub mod phone;
pub mod suppression;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::columns::{ColumnPlan, Field};
use crate::input::Fields;
use crate::record::ContactRecord;

/// One output cell: a constant (`"true"`, a slug) or a computed string.
pub type Cell = Cow<'static, str>;

/// One processor of one area over one or more input columns.
pub trait Area: Send + Sync {
    /// The area (`"email"`), as `summary.json` names it.
    fn area(&self) -> &'static str;
    /// The input column(s) it reads, as a label for `summary.json`.
    fn label(&self) -> &str;
    /// The names of the columns it appends, in order (made unique by the caller).
    fn output_headers(&self) -> Vec<String>;
    /// Processes one row: appends exactly `output_headers().len()` cells to `out`.
    fn process<'a>(
        &self,
        row: Fields<'a>,
        out: &mut Vec<Cell>,
        record: &mut ContactRecord<'a>,
        tally: &mut Tally,
    );
}

/// Counts for `summary.json`: plain counters plus counters by slug (`invalid_by_reason`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    counts: BTreeMap<&'static str, u64>,
    by: BTreeMap<&'static str, BTreeMap<&'static str, u64>>,
}

impl Tally {
    /// Adds one to the counter `key`.
    pub fn add(&mut self, key: &'static str) {
        *self.counts.entry(key).or_default() += 1;
    }

    /// Adds one to `slug` in the group `group`.
    pub fn add_by(&mut self, group: &'static str, slug: &'static str) {
        *self.by.entry(group).or_default().entry(slug).or_default() += 1;
    }

    /// The counter `key` (0 when never counted).
    pub fn get(&self, key: &str) -> u64 {
        self.counts.get(key).copied().unwrap_or(0)
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &Tally) {
        for (k, v) in &other.counts {
            *self.counts.entry(k).or_default() += v;
        }
        for (g, m) in &other.by {
            let mine = self.by.entry(g).or_default();
            for (k, v) in m {
                *mine.entry(k).or_default() += v;
            }
        }
    }

    /// The counts as a JSON object: every `key` in `keys` (0 when never counted), then the
    /// groups in `groups` (an empty object when never counted).
    pub fn to_json(&self, keys: &[&str], groups: &[&str]) -> Value {
        let mut m = Map::new();
        for &k in keys {
            m.insert(k.to_owned(), Value::from(self.get(k)));
        }
        for (k, v) in &self.counts {
            if !keys.contains(k) {
                m.insert((*k).to_owned(), Value::from(*v));
            }
        }
        for &g in groups {
            let inner: Map<String, Value> = self
                .by
                .get(g)
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| ((*k).to_owned(), Value::from(*v)))
                        .collect()
                })
                .unwrap_or_default();
            m.insert(g.to_owned(), Value::Object(inner));
        }
        Value::Object(m)
    }
}

/// The processors for a column plan, in column order. Fields whose area has no processor in
/// this build are recognised, go into the record raw, and are reported
/// in `summary.json` as not processed.
pub fn build(
    plan: &[ColumnPlan],
    suppression_list: Option<&std::sync::Arc<ck::suppression::SuppressionList>>,
    phone_region: Option<&'static str>,
) -> Vec<Box<dyn Area>> {
    let mut areas: Vec<Box<dyn Area>> = Vec::new();
    let country = plan.iter().position(|c| c.field == Some(Field::Country));
    let address = plan.iter().position(|c| c.field == Some(Field::Address));
    for (i, col) in plan.iter().enumerate() {
        if col.field == Some(Field::Email) {
            areas.push(Box::new(email::EmailColumn::new(i, &col.header)));
        }
        if matches!(col.field, Some(Field::Phone | Field::Mobile | Field::Fax)) {
            areas.push(Box::new(
                phone::PhoneColumn::new(i, &col.header, country)
                    .with_fallbacks(address, phone_region),
            ));
        }
    }
    if let Some(g) = address::AddressGroup::from_plan(plan) {
        areas.push(Box::new(g));
    }
    if let Some(list) = suppression_list {
        let columns: Vec<(usize, ck::suppression::Kind)> = plan
            .iter()
            .enumerate()
            .filter_map(|(i, col)| match col.field {
                Some(Field::Email) => Some((i, ck::suppression::Kind::Email)),
                Some(Field::Phone | Field::Mobile) => Some((i, ck::suppression::Kind::Phone)),
                _ => None,
            })
            .collect();
        areas.push(Box::new(suppression::SuppressionCheck::new(
            list.clone(),
            columns,
        )));
    }
    areas
}

/// Whether this build uses `field`: cleaned (e-mail, phone, address), used as it is (id,
/// source) or as a duplicate-scoring feature (names, organisation, date of birth); other fields
/// are recognised and wait for their area.
pub const fn is_processed(field: Field) -> bool {
    matches!(
        field,
        Field::Email
            | Field::Id
            | Field::Source
            | Field::Street
            | Field::HouseNumber
            | Field::Unit
            | Field::Postcode
            | Field::City
            | Field::Region
            | Field::Country
            | Field::Address
            | Field::Phone
            | Field::Mobile
            | Field::Fax
            // Used by duplicate scoring (the record features of `ck::dedupe`).
            | Field::GivenName
            | Field::MiddleName
            | Field::Initials
            | Field::FamilyNamePrefix
            | Field::FamilyName
            | Field::FullName
            | Field::Organisation
            | Field::DateOfBirth
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tally_merges_and_serialises() {
        let mut a = Tally::default();
        a.add("valid");
        a.add_by("invalid_by_reason", "missing_at");
        let mut b = Tally::default();
        b.add("valid");
        b.add("extra");
        b.add_by("invalid_by_reason", "missing_at");
        b.add_by("invalid_by_reason", "domain_no_dot");
        a.merge(&b);
        assert_eq!(a.get("valid"), 2);
        let j = a.to_json(
            &["valid", "invalid"],
            &["invalid_by_reason", "fixes_by_slug"],
        );
        assert_eq!(j["valid"], 2);
        assert_eq!(j["invalid"], 0);
        assert_eq!(j["extra"], 1);
        assert_eq!(j["invalid_by_reason"]["missing_at"], 2);
        assert_eq!(j["invalid_by_reason"]["domain_no_dot"], 1);
        assert_eq!(j["fixes_by_slug"], serde_json::json!({}));
    }
}
