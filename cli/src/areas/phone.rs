//! The phone area: `contactkit::phone::clean` on every value of one phone column (telephone,
//! mobile or fax), with the row's country column (when there is one) as the default region.
//!
//! Output columns for an input column `C` (documented in `cli/README.md`):
//!
//! | column | value |
//! |---|---|
//! | `C_e164` | the main number in E.164 (`+31201234567`, never with the extension) when it parses, else empty |
//! | `C_valid` | `true`, `false`, or empty when the field is empty |
//! | `C_type` | libphonenumber's type slug (`fixed_line`, `mobile`, `fixed_line_or_mobile`, ...) when it parses |
//! | `C_label` | what a label in the field said (`fax`, `mobile`, `home`, `work`, `pager`, `phone`) |
//! | `C_reason` | why not valid: the parse error (`invalid_country_code`, `not_a_number`, ...), the length verdict (`too_short`, `too_long`, `invalid_length`, ...), `invalid_number` (possible length, no valid range), or `no_number` (nothing but labels) |
//! | `C_extension` | the extension, when there is one |
//! | `C_others` | further numbers of the field in E.164, joined with `; ` |
//! | `C_fixes` | what cleaning did (`label_removed`, `split_multiple`, ...), joined with `;` |
//!
//! The default region is the row's country column (a code or a country name in English, Dutch,
//! French or German: `NL`, `Nederland`, `Belgique`); without one, the country of the row's
//! free-text address column (`contactkit::address::parse`); without that, `--phone-region`. A
//! number written with `+` or an international prefix needs none.

use std::borrow::Cow;

use ck::phone::{self, PhoneCleaned, PhoneResult};

use super::{Area, Cell, Tally};
use crate::input::Fields;
use crate::record::ContactRecord;

/// The reason slug when a non-empty field holds nothing but labels.
pub const NO_NUMBER: &str = "no_number";
/// The reason slug for a number of a possible length outside every valid range.
pub const INVALID_NUMBER: &str = "invalid_number";

/// Counter names, in the order `summary.json` lists them.
pub const COUNTERS: &[&str] = &[
    "rows",
    "empty",
    "filled",
    "valid",
    "invalid",
    "fixed",
    "with_others",
    "region_from_country",
    "region_from_address",
    "region_from_option",
    "fax",
];

/// Groups of counters by slug.
pub const GROUPS: &[&str] = &["invalid_by_reason", "fixes_by_slug", "by_type"];

/// Cleans one phone column.
#[derive(Debug)]
pub struct PhoneColumn {
    index: usize,
    header: String,
    country: Option<usize>,
    address: Option<usize>,
    default_region: Option<&'static str>,
}

impl PhoneColumn {
    /// The processor of the column at `index`, headed `header`; `country` is the index of the
    /// row's country column, if the file has one.
    pub fn new(index: usize, header: &str, country: Option<usize>) -> Self {
        PhoneColumn {
            index,
            header: header.to_owned(),
            country,
            address: None,
            default_region: None,
        }
    }

    /// Where the default region comes from when the row's country column is empty or missing:
    /// the country of the free-text address column at `address`, then `default_region`
    /// (`--phone-region`, a supported code).
    #[must_use]
    pub fn with_fallbacks(
        mut self,
        address: Option<usize>,
        default_region: Option<&'static str>,
    ) -> Self {
        self.address = address;
        self.default_region = default_region;
        self
    }

    /// The row's default region and the counter that says where it came from.
    fn row_region<'a>(&self, row: &Fields<'a>) -> Option<(&'a str, &'static str)> {
        let get = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        // A country the phone layer does not know (`Mars`) falls through to the next source.
        if let Some(c) = get(self.country).filter(|c| phone::resolve_region(c).is_ok()) {
            return Some((c, "region_from_country"));
        }
        if let Some(country) = get(self.address)
            .and_then(|text| ck::address::parse(text, None).ok())
            .and_then(|a| a.country)
        {
            return Some((country, "region_from_address"));
        }
        self.default_region.map(|r| (r, "region_from_option"))
    }
}

fn reason(p: Option<&PhoneResult>) -> &'static str {
    match p {
        None => NO_NUMBER,
        Some(p) if p.is_valid == Some(true) => "",
        Some(p) => match (p.error, p.possible_reason) {
            (Some(e), _) => e.code(),
            (None, Some(r)) if !r.is_possible() => r.code(),
            _ => INVALID_NUMBER,
        },
    }
}

fn join_fixes(c: &PhoneCleaned) -> Cell {
    match c.fixes.as_slice() {
        [] => Cow::Borrowed(""),
        [one] => Cow::Borrowed(one.code()),
        many => Cow::Owned(many.iter().map(|f| f.code()).collect::<Vec<_>>().join(";")),
    }
}

const WIDTH: usize = 8;

impl Area for PhoneColumn {
    fn area(&self) -> &'static str {
        "phone"
    }

    fn label(&self) -> &str {
        &self.header
    }

    fn output_headers(&self) -> Vec<String> {
        [
            "e164",
            "valid",
            "type",
            "label",
            "reason",
            "extension",
            "others",
            "fixes",
        ]
        .iter()
        .map(|s| format!("{}_{s}", self.header))
        .collect()
    }

    fn process<'a>(
        &self,
        row: Fields<'a>,
        out: &mut Vec<Cell>,
        _record: &mut ContactRecord<'a>,
        tally: &mut Tally,
    ) {
        tally.add("rows");
        let raw = row.get(self.index).unwrap_or("");
        if raw.trim().is_empty() {
            tally.add("empty");
            out.extend(std::iter::repeat_n(Cow::Borrowed(""), WIDTH));
            return;
        }
        tally.add("filled");
        let region = self.row_region(&row);
        // No caller-chosen region: the country is record data, so an unknown one is ignored.
        let c = phone::clean_with_fallback(raw, None, region.map(|r| r.0))
            .expect("no region argument, so no region error");
        if let Some((_, counter)) = region
            && c.fixes.contains(&phone::PhoneFix::RegionInferred)
        {
            tally.add(counter);
        }
        let p = c.phone.as_ref();
        let valid = p.is_some_and(|p| p.is_valid == Some(true));
        let why = reason(p);
        if valid {
            tally.add("valid");
        } else {
            tally.add("invalid");
            tally.add_by("invalid_by_reason", why);
        }
        if let Some(t) = p.and_then(|p| p.number_type) {
            tally.add_by("by_type", t.code());
        }
        if c.label == Some(phone::PhoneLabel::Fax) {
            tally.add("fax");
        }
        if !c.others.is_empty() {
            tally.add("with_others");
        }
        if c.fixes.iter().any(|f| {
            !matches!(
                f,
                phone::PhoneFix::RegionInferred | phone::PhoneFix::RegionAlias
            )
        }) {
            tally.add("fixed");
        }
        for f in &c.fixes {
            tally.add_by("fixes_by_slug", f.code());
        }
        let others: Vec<&str> = c.others.iter().filter_map(|o| o.e164.as_deref()).collect();

        out.push(
            p.and_then(|p| p.e164.clone())
                .map_or(Cow::Borrowed(""), Cow::Owned),
        );
        out.push(Cow::Borrowed(if valid { "true" } else { "false" }));
        out.push(Cow::Borrowed(
            p.and_then(|p| p.number_type).map_or("", |t| t.code()),
        ));
        out.push(Cow::Borrowed(c.label.map_or("", |l| l.code())));
        out.push(Cow::Borrowed(why));
        out.push(
            p.and_then(|p| p.extension.clone())
                .map_or(Cow::Borrowed(""), Cow::Owned),
        );
        out.push(if others.is_empty() {
            Cow::Borrowed("")
        } else {
            Cow::Owned(others.join("; "))
        });
        out.push(join_fixes(&c));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the area on a row `x,<value>,<country>`.
    fn run(value: &str, country: &str) -> (Vec<Cell>, Tally) {
        let col = PhoneColumn::new(1, "Telefoon", Some(2));
        let text = format!("x{value}{country}");
        let ends = [1, 1 + value.len(), text.len()];
        let (mut out, mut rec, mut tally) =
            (Vec::new(), ContactRecord::default(), Tally::default());
        col.process(Fields::of(&text, &ends), &mut out, &mut rec, &mut tally);
        assert_eq!(out.len(), col.output_headers().len());
        (out, tally)
    }

    /// Runs the area on a row `x,<value>,<country>,<address>` with `--phone-region default`.
    fn run_fallbacks(
        value: &str,
        country: &str,
        address: &str,
        default: Option<&'static str>,
    ) -> (Vec<Cell>, Tally) {
        let col = PhoneColumn::new(1, "Telefoon", Some(2)).with_fallbacks(Some(3), default);
        let text = format!("x{value}{country}{address}");
        let ends = [
            1,
            1 + value.len(),
            1 + value.len() + country.len(),
            text.len(),
        ];
        let (mut out, mut rec, mut tally) =
            (Vec::new(), ContactRecord::default(), Tally::default());
        col.process(Fields::of(&text, &ends), &mut out, &mut rec, &mut tally);
        (out, tally)
    }

    #[test]
    fn region_from_the_address_then_the_option() {
        let address = "Rue de la Loi 16, 1000 Bruxelles, Belgique";
        // The country column wins; an unknown country falls through to the address.
        let (out, tally) = run_fallbacks("0470 12 34 56", "NL", address, Some("DE"));
        assert_eq!((&*out[1], tally.get("region_from_country")), ("false", 1));
        for country in ["", "Mars"] {
            let (out, tally) = run_fallbacks("0470 12 34 56", country, address, Some("DE"));
            assert_eq!(out[0], "+32470123456");
            assert_eq!(tally.get("region_from_address"), 1);
        }
        // No country anywhere: `--phone-region`.
        let (out, tally) = run_fallbacks("030 1234567", "", "", Some("DE"));
        assert_eq!(out[0], "+49301234567");
        assert_eq!(tally.get("region_from_option"), 1);
        let (out, _) = run_fallbacks("030 1234567", "", "", None);
        assert_eq!(out[4], "invalid_country_code");
    }

    #[test]
    fn headers_are_prefixed_with_the_column() {
        let h = PhoneColumn::new(0, "Mobiel", None).output_headers();
        assert_eq!(h[0], "Mobiel_e164");
        assert_eq!(h[4], "Mobiel_reason");
        assert_eq!(h.len(), WIDTH);
    }

    #[test]
    fn national_number_takes_the_region_from_the_country_column() {
        let (out, tally) = run("06-12345678", "Nederland");
        assert_eq!(out[0], "+31612345678");
        assert_eq!(out[1], "true");
        assert_eq!(out[2], "mobile");
        assert_eq!(out[4], "");
        assert_eq!(tally.get("region_from_country"), 1);
    }

    #[test]
    fn labels_extensions_and_reasons() {
        let (out, _) = run("Fax: 020 1234567 toestel 12", "NL");
        assert_eq!(
            (&*out[0], &*out[3], &*out[5]),
            ("+31201234567", "fax", "12")
        );
        let (out, _) = run("020 1234567", "");
        assert_eq!((&*out[1], &*out[4]), ("false", "invalid_country_code"));
        let (out, _) = run("112", "NL");
        assert_eq!(&*out[4], "too_short");
        let (out, _) = run("Tel:", "NL");
        assert_eq!(&*out[4], NO_NUMBER);
        let (out, tally) = run("  ", "NL");
        assert!(out.iter().all(|c| c.is_empty()));
        assert_eq!(tally.get("empty"), 1);
    }
}
