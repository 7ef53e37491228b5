//! Addresses: one golden [`Address`] from any spelling of a postal address, without a model
//! download.
//!
//! A deterministic, country-aware pipeline (design in `design/address.md`): pre-clean (Unicode,
//! typographic characters, phone/e-mail noise), country resolution (names in en/nl/fr/de and
//! local languages, prefixes such as `D-`, the caller's hint, postcode shapes), the last line
//! anchored on the postcode, special lines (PO boxes, c/o, attention, organisations), a street
//! grammar per country (NL additions, BE boxes, DE sub-numbers, FR `bis`, US units), street
//! types and titles written out, city exonyms mapped to the local name, regions to ISO 3166-2,
//! and the national rendering.
//!
//! Depth: NL, BE, DE, FR, GB and US fully; AT, CH, LU, IE, IT, ES, DK, SE, PL, CA and AU at
//! postcode, city, street, number and unit level; other countries at country and postcode
//! validity. All data is compiled in.
//!
//! ```
//! use contactkit::address;
//!
//! let a = address::parse("Keizersgracht 123 2 hoog, 1015cj A'dam", Some("NL")).unwrap();
//! assert_eq!(a.street.as_deref(), Some("Keizersgracht"));
//! assert_eq!(a.house_number.as_deref(), Some("123"));
//! assert_eq!(a.house_number_suffix.as_deref(), Some("2"));
//! assert_eq!(a.postcode.as_deref(), Some("1015 CJ"));
//! assert_eq!(a.city.as_deref(), Some("Amsterdam"));
//! assert_eq!(a.canonical.as_deref(), Some("Keizersgracht 123-2, 1015 CJ Amsterdam, NL"));
//! assert_eq!(a.lines, ["Keizersgracht 123-2", "1015 CJ AMSTERDAM"]);
//! assert_eq!(a.match_key.as_deref(), Some("NL|1015CJ|123|2"));
//!
//! let again = address::parse(a.canonical.as_deref().unwrap(), None).unwrap();
//! assert_eq!(again.canonical, a.canonical);
//! ```

mod be;
mod city;
mod country;
use crate::fxhash;
mod grammar;
mod parse;
mod postcode;
mod preclean;
mod reason;
mod region;
mod render;
mod streets;

pub use preclean::MAX_INPUT_BYTES;
pub use reason::AddressWarning;

use crate::{Error, ErrorKind, Result};

/// One address in its golden form. Every component is `None` when the input does not contain
/// it; a component is never invented, and a label never gets two values. Input that is not an
/// address gives an address whose components are all `None` ([`Address::is_empty`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Address {
    /// Official full street name in the local language, types and titles written out.
    pub street: Option<String>,
    /// The leading house number (ranges such as `72-79` and Queens `37-12` stay whole).
    pub house_number: Option<String>,
    /// What belongs to the number, without separator: NL `A`, `2`, `HS`, `A-2`; DE `a`; FR `bis`.
    pub house_number_suffix: Option<String>,
    /// A unit identifier (`4B`, `20`).
    pub unit: Option<String>,
    /// The kind of unit (`apartment`, `suite`, `flat`, `unit`, `box`, `floor`, ...; `house` for
    /// a GB/IE house name such as `Rose Cottage`, which is then the `unit`).
    pub unit_type: Option<&'static str>,
    /// A PO box number, digits without grouping spaces.
    pub po_box: Option<String>,
    /// The kind of PO box (`postbus`, `antwoordnummer`, `postfach`, `bp`, `cs`, `po_box`, ...).
    pub po_box_type: Option<&'static str>,
    /// The postcode in its national canonical form, without country prefix.
    pub postcode: Option<String>,
    /// The postal locality in the local language and natural case.
    pub city: Option<String>,
    /// ISO 3166-2 code of the province, state or region.
    pub region: Option<&'static str>,
    /// ISO 3166-1 alpha-2 code.
    pub country: Option<&'static str>,
    /// An organisation line.
    pub organisation: Option<String>,
    /// A care-of line, without its `c/o`.
    pub care_of: Option<String>,
    /// An attention line, without its `t.a.v.` / `Attn`.
    pub attention: Option<String>,
    /// A sorting code (`CEDEX 6`).
    pub sorting_code: Option<String>,
    /// A dependent locality (village or district line above the post town).
    pub dependent_locality: Option<String>,
    /// One-line golden rendering in national order, ISO country code last.
    pub canonical: Option<String>,
    /// The postal form, line by line, with the country's upper-casing rules.
    pub lines: Vec<String>,
    /// A short key for duplicate blocking (`NL|1015CJ|123|2`).
    pub match_key: Option<String>,
    /// What the parser noticed about the input.
    pub warnings: Vec<AddressWarning>,
}

impl Address {
    /// True when no component was found (the input is not an address).
    pub fn is_empty(&self) -> bool {
        self.street.is_none()
            && self.house_number.is_none()
            && self.po_box.is_none()
            && self.postcode.is_none()
            && self.city.is_none()
            && self.country.is_none()
    }

    /// The same address without its warnings (for comparing two spellings that needed
    /// different repairs).
    #[must_use]
    pub fn without_warnings(&self) -> Address {
        Address {
            warnings: Vec::new(),
            ..self.clone()
        }
    }
}

/// The ISO code of a caller's country hint; an error when it is not a country.
fn hint_code(country: Option<&str>) -> Result<Option<&'static str>> {
    match country {
        None => Ok(None),
        Some(h) if h.trim().is_empty() => Ok(None),
        Some(h) => country::code_from_hint(h)
            .map(Some)
            .ok_or_else(|| Error::new(ErrorKind::UnknownRegion)),
    }
}

/// Parses one free-text address (one line, comma-separated, or several lines). `country` is a
/// hint (ISO 3166-1 alpha-2, any case; `UK` is accepted for `GB`); a country named in the text
/// wins.
///
/// # Errors
///
/// [`ErrorKind::UnknownRegion`] when `country` is not an ISO 3166-1 alpha-2 code. A text that is
/// not an address is a verdict (an empty [`Address`]), not an error.
pub fn parse(text: &str, country: Option<&str>) -> Result<Address> {
    let hint = hint_code(country)?;
    Ok(parse::parse_text(text, hint))
}

/// [`parse`] for many texts with one hint, in input order.
///
/// # Errors
///
/// As [`parse`], for the hint.
pub fn parse_many<S: AsRef<str>>(texts: &[S], country: Option<&str>) -> Result<Vec<Address>> {
    let hint = hint_code(country)?;
    Ok(texts
        .iter()
        .map(|t| parse::parse_text(t.as_ref(), hint))
        .collect())
}

/// [`parse_many`] spread over `threads` threads of a per-call pool (joined before returning).
/// `threads <= 1` runs on the caller's thread. The result is identical to [`parse_many`].
///
/// # Errors
///
/// As [`parse`], for the hint; [`ErrorKind::InvalidArgument`] when the pool cannot be built.
#[cfg(feature = "parallel")]
pub fn parse_many_threads<S: AsRef<str> + Sync>(
    texts: &[S],
    country: Option<&str>,
    threads: usize,
) -> Result<Vec<Address>> {
    use rayon::prelude::*;
    let hint = hint_code(country)?;
    if threads <= 1 || texts.len() < 2 {
        return Ok(texts
            .iter()
            .map(|t| parse::parse_text(t.as_ref(), hint))
            .collect());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|_| Error::new(ErrorKind::InvalidArgument))?;
    Ok(pool.install(|| {
        texts
            .par_iter()
            .with_min_len(64)
            .map(|t| parse::parse_text(t.as_ref(), hint))
            .collect()
    }))
}

/// The split columns of a CRM address, for [`normalize`]. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct AddressColumns {
    /// Street name, or a whole street line (`Keizersgracht 123-2`).
    pub street: Option<String>,
    /// House number, possibly with its suffix (`123`, `123-2`, `12a`).
    pub house_number: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Country: an ISO code or a name in any supported language.
    pub country: Option<String>,
    /// Province, state or region, in any spelling.
    pub region: Option<String>,
    /// Free address lines (used before the other fields).
    pub lines: Option<Vec<String>>,
}

macro_rules! column_setters {
    ($($name:ident),*) => {
        impl AddressColumns {
            $(
                #[doc = concat!("Sets `", stringify!($name), "`.")]
                #[must_use]
                pub fn $name(mut self, value: impl Into<String>) -> Self {
                    self.$name = Some(value.into());
                    self
                }
            )*

            /// Sets `lines`.
            #[must_use]
            pub fn lines<S: Into<String>>(mut self, lines: impl IntoIterator<Item = S>) -> Self {
                self.lines = Some(lines.into_iter().map(Into::into).collect());
                self
            }
        }
    };
}
column_setters!(street, house_number, postcode, city, country, region);

/// Normalises the split columns of a CRM into the same [`Address`] that [`parse`] gives for the
/// whole text. A `country` column that is an ISO code is used as the hint; a name is read like
/// a country line.
///
/// ```
/// use contactkit::address::{normalize, AddressColumns};
/// let a = normalize(
///     &AddressColumns::default()
///         .street("Wetstraat")
///         .house_number("16")
///         .postcode("1000")
///         .city("Brussel")
///         .country("België"),
/// )
/// .unwrap();
/// assert_eq!(a.canonical.as_deref(), Some("Wetstraat 16, 1000 Brussel, BE"));
/// ```
///
/// # Errors
///
/// None today; the `Result` leaves room for column validation.
pub fn normalize(columns: &AddressColumns) -> Result<Address> {
    let text = parse::columns_text(columns);
    let hint = columns.country.as_deref().and_then(|c| {
        (c.trim().len() == 2)
            .then(|| country::code_from_hint(c))
            .flatten()
    });
    Ok(parse::parse_text(&text, hint))
}

/// Postcode validity for any country with postcodes: `Some((canonical, valid))` when `text`
/// has the country's postcode shape (`valid` adds the national rules, such as NL letter pairs).
///
/// ```
/// use contactkit::address::postcode_canonical;
/// assert_eq!(postcode_canonical("NL", "1015cj"), Some(("1015 CJ".to_owned(), true)));
/// assert_eq!(postcode_canonical("GB", "sw1a2aa"), Some(("SW1A 2AA".to_owned(), true)));
/// assert_eq!(postcode_canonical("DE", "1234"), None);
/// ```
pub fn postcode_canonical(country: &str, text: &str) -> Option<(String, bool)> {
    let cc = country::code_from_hint(country)?;
    postcode::canonical(cc, text)
}

/// The version of the compiled-in address data, for reports.
pub const DATA_VERSION: &str = "address-data=2026-11;libaddressinput-zip-shapes;iso3166-2";
