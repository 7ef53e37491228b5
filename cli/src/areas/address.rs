//! The address area: `contactkit::address::parse` on a free-text address column, or
//! `contactkit::address::normalize` on the split columns (`straat`, `huisnummer`, `toevoeging`,
//! `postcode`, `plaats`/`woonplaats`, `land`, and the English and Outlook names).
//!
//! Output columns (one group per file, prefixed `address_`): `street`, `house_number`,
//! `house_number_suffix`, `unit`, `unit_type`, `po_box`, `postcode`, `city`, `region`,
//! `country`, `canonical`, `match_key`, `warnings` (slugs joined with `;`).

use std::borrow::Cow;

use ck::address::{self, Address, AddressColumns};

use super::{Area, Cell, Tally};
use crate::columns::{ColumnPlan, Field};
use crate::input::Fields;
use crate::record::ContactRecord;

/// Counter names, in the order `summary.json` lists them.
pub const COUNTERS: &[&str] = &["rows", "empty", "parsed", "not_address"];
/// Groups of counters by slug.
pub const GROUPS: &[&str] = &["warnings_by_slug"];

const OUTPUTS: &[&str] = &[
    "street",
    "house_number",
    "house_number_suffix",
    "unit",
    "unit_type",
    "po_box",
    "postcode",
    "city",
    "region",
    "country",
    "canonical",
    "match_key",
    "warnings",
];

/// The address columns of a file.
#[derive(Debug, Default)]
pub struct AddressGroup {
    label: String,
    text: Option<usize>,
    street: Option<usize>,
    number: Option<usize>,
    unit: Option<usize>,
    postcode: Option<usize>,
    city: Option<usize>,
    region: Option<usize>,
    country: Option<usize>,
}

impl AddressGroup {
    /// The group of the address columns in `plan`, if there is any.
    pub fn from_plan(plan: &[ColumnPlan]) -> Option<Self> {
        let mut g = AddressGroup::default();
        let mut names = Vec::new();
        for (i, col) in plan.iter().enumerate() {
            let slot = match col.field {
                Some(Field::Address) => &mut g.text,
                Some(Field::Street) => &mut g.street,
                Some(Field::HouseNumber) => &mut g.number,
                Some(Field::Unit) => &mut g.unit,
                Some(Field::Postcode) => &mut g.postcode,
                Some(Field::City) => &mut g.city,
                Some(Field::Region) => &mut g.region,
                Some(Field::Country) => &mut g.country,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(i);
                names.push(col.header.clone());
            }
        }
        if g.text.is_none() && g.street.is_none() && g.postcode.is_none() && g.city.is_none() {
            return None;
        }
        g.label = names.join("+");
        Some(g)
    }

    fn parse(&self, row: &Fields<'_>) -> Option<Address> {
        let get = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let country = get(self.country);
        if let Some(t) = get(self.text) {
            let mut text = t.to_owned();
            for extra in [
                get(self.postcode),
                get(self.city),
                get(self.region),
                country,
            ]
            .into_iter()
            .flatten()
            {
                if !text.contains(extra) {
                    text.push('\n');
                    text.push_str(extra);
                }
            }
            return Some(address::parse(&text, None).unwrap_or_default());
        }
        let mut number = get(self.number).map(str::to_owned);
        if let (Some(n), Some(u)) = (number.as_mut(), get(self.unit)) {
            let be = country.is_some_and(|c| {
                matches!(
                    c.to_ascii_lowercase().as_str(),
                    "be" | "belgie" | "belgië" | "belgium" | "belgique"
                )
            });
            n.push_str(if be { " bus " } else { "-" });
            n.push_str(u);
        }
        let mut c = AddressColumns::default();
        c.street = get(self.street).map(str::to_owned);
        c.house_number = number;
        c.postcode = get(self.postcode).map(str::to_owned);
        c.city = get(self.city).map(str::to_owned);
        c.region = get(self.region).map(str::to_owned);
        c.country = country.map(str::to_owned);
        if c == AddressColumns::default() {
            return None;
        }
        address::normalize(&c).ok()
    }
}

fn cell(s: Option<&str>) -> Cell {
    s.map_or(Cow::Borrowed(""), |s| Cow::Owned(s.to_owned()))
}

impl Area for AddressGroup {
    fn area(&self) -> &'static str {
        "address"
    }

    fn label(&self) -> &str {
        &self.label
    }

    fn output_headers(&self) -> Vec<String> {
        OUTPUTS.iter().map(|s| format!("address_{s}")).collect()
    }

    fn process<'a>(
        &self,
        row: Fields<'a>,
        out: &mut Vec<Cell>,
        _record: &mut ContactRecord<'a>,
        tally: &mut Tally,
    ) {
        tally.add("rows");
        let Some(a) = self.parse(&row) else {
            tally.add("empty");
            out.extend(std::iter::repeat_n(Cow::Borrowed(""), OUTPUTS.len()));
            return;
        };
        if a.is_empty() {
            tally.add("not_address");
        } else {
            tally.add("parsed");
        }
        for w in &a.warnings {
            tally.add_by("warnings_by_slug", w.code());
        }
        out.extend([
            cell(a.street.as_deref()),
            cell(a.house_number.as_deref()),
            cell(a.house_number_suffix.as_deref()),
            cell(a.unit.as_deref()),
            Cow::Borrowed(a.unit_type.unwrap_or("")),
            cell(a.po_box.as_deref()),
            cell(a.postcode.as_deref()),
            cell(a.city.as_deref()),
            Cow::Borrowed(a.region.unwrap_or("")),
            Cow::Borrowed(a.country.unwrap_or("")),
            cell(a.canonical.as_deref()),
            cell(a.match_key.as_deref()),
            Cow::Owned(
                a.warnings
                    .iter()
                    .map(|w| w.code())
                    .collect::<Vec<_>>()
                    .join(";"),
            ),
        ]);
    }
}
