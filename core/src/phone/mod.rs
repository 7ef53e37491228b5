//! Phone numbers: Google libphonenumber's semantics, and the CRM cleaning layer on top.
//!
//! Two layers, tested separately:
//!
//! - [`parse`] / [`parse_many`]: exactly libphonenumber (metadata [`metadata_version`]):
//!   `parse(number, region)`, then `is_possible_number_with_reason`, `is_valid_number`,
//!   `number_type`, `region_code_for_number` and the four formats, as one [`PhoneResult`].
//!   Checked field by field against the Python package `phonenumbers` 9.0.43 on the corpus in
//!   `testdata/phone/`. Like libphonenumber, only upper-case codes it knows are regions: a
//!   lower-case or unknown region means "no default region" (a verdict, never an error).
//! - [`clean`] / [`clean_many`]: the CRM layer ([`PhoneCleaned`]): labels (`Tel:`, `(Fax)`,
//!   `GSM`) stripped before parsing so they are never read as keypad letters, extensions in local
//!   words (`toestel`, `Durchwahl`, `poste`), several numbers in one field, region aliases
//!   (`uk`, `Nederland`), Unicode digits, dashes and invisible characters.
//!
//! Also: [`PhoneNumber`] (a parsed number, to format for dialling from another country or to
//! compare), [`match_numbers`] (libphonenumber's `is_number_match` levels for duplicate
//! scoring) and [`find_numbers`] (every number in free text, such as a notes field).
//! libphonenumber's as-you-type formatter is not offered: the engine has none.
//!
//! ```
//! use contactkit::phone::{self, NumberType, PhoneError};
//!
//! let r = phone::parse("06-12345678", Some("NL"));
//! assert!(r.parse_ok && r.is_valid == Some(true));
//! assert_eq!(r.e164.as_deref(), Some("+31612345678"));
//! assert_eq!(r.number_type, Some(NumberType::Mobile));
//!
//! // Lower case is no region, as in libphonenumber: a verdict, not an error.
//! let r = phone::parse("0031201234567", Some("nl"));
//! assert_eq!(r.error, Some(PhoneError::InvalidCountryCode));
//!
//! // The CRM layer accepts aliases and strips labels.
//! let c = phone::clean("Tel: 020 123 4567 / 06 12345678", Some("Nederland")).unwrap();
//! assert_eq!(c.phone.as_ref().unwrap().e164.as_deref(), Some("+31201234567"));
//! assert_eq!(c.others.len(), 1);
//! assert_eq!(c.dedup_key.as_deref(), Some("+31201234567"));
//! ```

mod classify;
mod clean;
mod codes;
mod engine;
mod fast;
mod format;
mod regions;

pub use clean::{
    MAX_INPUT_LEN, PhoneCleaned, clean, clean_many, clean_with_fallback, resolve_region,
};
pub use codes::{
    MatchLevel, NumberType, PhoneError, PhoneFix, PhoneFormat, PhoneLabel, PossibleReason,
};
pub use regions::SUPPORTED_REGIONS;

use crate::{Error, ErrorKind};

/// The libphonenumber metadata version the phone functions use (`"9.0.42"`).
///
/// ```
/// assert_eq!(contactkit::phone::metadata_version(), "9.0.42");
/// ```
pub const fn metadata_version() -> &'static str {
    engine::METADATA_VERSION
}

/// The region code `code` if libphonenumber knows it as a region (exactly: upper case, one of
/// [`SUPPORTED_REGIONS`]); `None` otherwise, as libphonenumber treats such a region.
///
/// ```
/// use contactkit::phone::supported_region;
/// assert_eq!(supported_region("NL"), Some("NL"));
/// assert_eq!(supported_region("nl"), None);
/// assert_eq!(supported_region("ZZ"), None);
/// ```
pub fn supported_region(code: &str) -> Option<&'static str> {
    regions::supported(code)
}

/// A parsed phone number (libphonenumber's `PhoneNumber`): cheap to clone, `Send + Sync`.
///
/// Its `Debug` output shows only the country code, never the digits.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber {
    inner: engine::Number,
}

impl std::fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhoneNumber")
            .field("country_code", &self.country_code())
            .finish_non_exhaustive()
    }
}

impl PhoneNumber {
    /// libphonenumber `parse(text, region)`. `region` follows [`parse`]: only a supported
    /// upper-case code is a region.
    ///
    /// # Errors
    ///
    /// The parse verdict as a [`PhoneError`] (bad data, not misuse).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::phone::{PhoneNumber, PhoneError};
    /// let n = PhoneNumber::parse("020 123 4567", Some("NL")).unwrap();
    /// assert!(n.is_valid());
    /// assert_eq!(n.e164(), "+31201234567");
    /// assert_eq!(n.format_out_of_country("US").unwrap(), "011 31 20 123 4567");
    /// assert_eq!(n.format_out_of_country("BE").unwrap(), "00 31 20 123 4567");
    /// assert_eq!(PhoneNumber::parse("hello", Some("NL")), Err(PhoneError::NotANumber));
    /// ```
    pub fn parse(text: &str, region: Option<&str>) -> Result<PhoneNumber, PhoneError> {
        let region = region.and_then(regions::supported);
        engine::parse(text, region).map(|inner| PhoneNumber { inner })
    }

    /// The country calling code (`31`).
    pub fn country_code(&self) -> u32 {
        engine::country_code(&self.inner)
    }

    /// The national significant number, with any Italian leading zeros (`"201234567"`).
    pub fn national_number(&self) -> String {
        engine::national_significant_number(&self.inner)
    }

    /// The extension, if any.
    pub fn extension(&self) -> Option<&str> {
        engine::extension(&self.inner)
    }

    /// Whether the national number has a leading zero that is part of it (Italy, `+39 06…`).
    pub fn italian_leading_zero(&self) -> bool {
        engine::italian_leading_zero(&self.inner)
    }

    /// `is_possible_number_with_reason`: the length check only.
    pub fn possible_reason(&self) -> PossibleReason {
        engine::possible_reason(&self.inner)
    }

    /// `is_possible_number`: the length is possible (also when only locally).
    pub fn is_possible(&self) -> bool {
        self.possible_reason().is_possible()
    }

    /// `is_valid_number`: length and number-range patterns (a range carriers may assign, not a
    /// number known to be in use).
    pub fn is_valid(&self) -> bool {
        engine::is_valid(&self.inner)
    }

    /// `number_type`.
    pub fn number_type(&self) -> NumberType {
        engine::number_type(&self.inner)
    }

    /// `region_code_for_number`: `"NL"`, `"001"` for non-geographic numbers, `None` when no
    /// region of the country code matches.
    pub fn region(&self) -> Option<&'static str> {
        engine::region_of(&self.inner)
    }

    /// `format_number` in one of the four formats.
    pub fn format(&self, format: PhoneFormat) -> String {
        engine::format(&self.inner, format)
    }

    /// The E.164 form (`+31201234567`), without the extension.
    pub fn e164(&self) -> String {
        self.format(PhoneFormat::E164)
    }

    /// `format_out_of_country_calling_number`: how to dial the number from `calling_from`
    /// (`"011 31 20 123 4567"` from the US, `"020 123 4567"` from NL itself). `calling_from`
    /// must be a supported upper-case region code.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownRegion`] when `calling_from` is not a supported region code.
    pub fn format_out_of_country(&self, calling_from: &str) -> crate::Result<String> {
        let from = regions::supported(calling_from)
            .ok_or_else(|| Error::new(ErrorKind::UnknownRegion).with_reason("unknown_region"))?;
        Ok(engine::format_out_of_country(&self.inner, from))
    }

    /// libphonenumber `is_number_match` with another parsed number.
    ///
    /// ```
    /// use contactkit::phone::{MatchLevel, PhoneNumber};
    /// let a = PhoneNumber::parse("+31 20 123 4567", None).unwrap();
    /// let b = PhoneNumber::parse("020-1234567 ext. 5", Some("NL")).unwrap();
    /// assert_eq!(a.match_level(&b), MatchLevel::ShortNsn);
    /// ```
    pub fn match_level(&self, other: &PhoneNumber) -> MatchLevel {
        engine::match_level(&self.inner, &other.inner)
    }

    /// Every field of [`PhoneResult`] for this number.
    pub fn to_result(&self) -> PhoneResult {
        let reason = self.possible_reason();
        let class = engine::class(&self.inner);
        let international = self.format(PhoneFormat::International);
        PhoneResult {
            parse_ok: true,
            error: None,
            country_code: Some(self.country_code()),
            national_number: Some(self.national_number()),
            italian_leading_zero: Some(self.italian_leading_zero()),
            extension: self.extension().map(str::to_owned),
            is_possible: Some(reason.is_possible()),
            possible_reason: Some(reason),
            is_valid: Some(class.is_valid),
            number_type: Some(class.number_type),
            region: class.region,
            e164: Some(self.format(PhoneFormat::E164)),
            rfc3966: Some(engine::rfc3966_from_international(
                &self.inner,
                &international,
            )),
            international: Some(international),
            national: Some(self.format(PhoneFormat::National)),
        }
    }
}

/// Every field of API.md §2 for one input: libphonenumber's parse, possible (with reason),
/// valid, type, region and the four formats.
///
/// When parsing failed, `parse_ok` is `false`, `error` says why and every other field is
/// `None`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PhoneResult {
    /// Whether libphonenumber could parse the input.
    pub parse_ok: bool,
    /// Why not; `None` when it parsed.
    pub error: Option<PhoneError>,
    /// The country calling code (`31`).
    pub country_code: Option<u32>,
    /// The national significant number (digits, with any Italian leading zeros).
    pub national_number: Option<String>,
    /// Whether the national number keeps a leading zero (Italy).
    pub italian_leading_zero: Option<bool>,
    /// The extension, if the input had one.
    pub extension: Option<String>,
    /// `is_possible_number`.
    pub is_possible: Option<bool>,
    /// `is_possible_number_with_reason`.
    pub possible_reason: Option<PossibleReason>,
    /// `is_valid_number`.
    pub is_valid: Option<bool>,
    /// `number_type`.
    pub number_type: Option<NumberType>,
    /// `region_code_for_number` (`"NL"`, `"001"` for non-geographic numbers).
    pub region: Option<&'static str>,
    /// `+31201234567`.
    pub e164: Option<String>,
    /// `+31 20 123 4567`.
    pub international: Option<String>,
    /// `020 123 4567`.
    pub national: Option<String>,
    /// `tel:+31-20-123-4567`.
    pub rfc3966: Option<String>,
}

impl PhoneResult {
    /// The result of a failed parse.
    pub const fn failed(error: PhoneError) -> Self {
        PhoneResult {
            parse_ok: false,
            error: Some(error),
            country_code: None,
            national_number: None,
            italian_leading_zero: None,
            extension: None,
            is_possible: None,
            possible_reason: None,
            is_valid: None,
            number_type: None,
            region: None,
            e164: None,
            international: None,
            national: None,
            rfc3966: None,
        }
    }
}

/// Parses one number with libphonenumber's semantics and computes every [`PhoneResult`] field.
///
/// `region` is the default region for numbers written without `+` or an international prefix.
/// As in libphonenumber, only a supported upper-case ISO code is a region: `None`, `"nl"`,
/// `"ZZ"` or `"Holland"` all mean "no default region" (then the verdict for a national number
/// is `invalid_country_code`). Use [`clean`] for aliases.
///
/// # Examples
///
/// ```
/// use contactkit::phone::{self, PossibleReason};
/// let r = phone::parse("+39 06 1234 5678", None);
/// assert_eq!(r.italian_leading_zero, Some(true));
/// assert_eq!(r.national_number.as_deref(), Some("0612345678"));
/// assert_eq!(r.national.as_deref(), Some("06 1234 5678"));
///
/// let r = phone::parse("112", Some("NL"));
/// assert!(r.parse_ok);
/// assert_eq!(r.possible_reason, Some(PossibleReason::TooShort));
/// assert_eq!(r.is_valid, Some(false));
///
/// let r = phone::parse("+31 20 123 4567 ext. 12", None);
/// assert_eq!(r.extension.as_deref(), Some("12"));
/// assert_eq!(r.rfc3966.as_deref(), Some("tel:+31-20-123-4567;ext=12"));
/// ```
pub fn parse(text: &str, region: Option<&str>) -> PhoneResult {
    match PhoneNumber::parse(text, region) {
        Ok(n) => n.to_result(),
        Err(e) => PhoneResult::failed(e),
    }
}

/// [`parse`] on every string of `texts` with the same region; element `i` equals
/// `parse(texts[i], region)`.
///
/// # Examples
///
/// ```
/// use contactkit::phone;
/// let rs = phone::parse_many(&["+31 20 123 4567", "nope"], None);
/// assert_eq!(rs.iter().map(|r| r.parse_ok).collect::<Vec<_>>(), [true, false]);
/// ```
pub fn parse_many<S: AsRef<str>>(texts: &[S], region: Option<&str>) -> Vec<PhoneResult> {
    let region = region.and_then(regions::supported);
    texts.iter().map(|t| parse(t.as_ref(), region)).collect()
}

/// libphonenumber `is_number_match` on two strings, for duplicate scoring: [`MatchLevel::Exact`]
/// for the same number, [`MatchLevel::Nsn`] when one side had no country code,
/// [`MatchLevel::ShortNsn`] for a shorter variant (an extension on one side only),
/// [`MatchLevel::None`] or [`MatchLevel::NotANumber`].
///
/// With `region` (a supported code), both strings are first parsed with it, so national
/// numbers of that region compare as [`MatchLevel::Exact`]; without, the strings are compared as
/// libphonenumber's `is_number_match(str, str)` does.
///
/// # Examples
///
/// ```
/// use contactkit::phone::{self, MatchLevel};
/// assert_eq!(phone::match_numbers("+31201234567", "+31 20 123 4567", None), MatchLevel::Exact);
/// assert_eq!(phone::match_numbers("020 123 4567", "+31 20 123 4567", Some("NL")), MatchLevel::Exact);
/// assert_eq!(phone::match_numbers("+31201234567", "+32201234567", None), MatchLevel::None);
/// assert_eq!(phone::match_numbers("abc", "+32201234567", None), MatchLevel::NotANumber);
/// ```
pub fn match_numbers(first: &str, second: &str, region: Option<&str>) -> MatchLevel {
    match region.and_then(regions::supported) {
        Some(code) => match (
            PhoneNumber::parse(first, Some(code)),
            PhoneNumber::parse(second, Some(code)),
        ) {
            (Ok(x), Ok(y)) => x.match_level(&y),
            _ => MatchLevel::NotANumber,
        },
        None => engine::match_strings(first, second),
    }
}

/// How strict [`find_numbers`] is: libphonenumber's `Leniency`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Leniency {
    /// Possible numbers (length only).
    Possible,
    /// Valid numbers, with the national prefix where the region writes one (the default).
    #[default]
    Valid,
    /// Valid and grouped in a way possible for the region.
    StrictGrouping,
    /// Valid and grouped exactly as libphonenumber formats them, or as one block.
    ExactGrouping,
}

/// A phone number found in free text by [`find_numbers`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FoundNumber {
    /// Byte offset of the first character of the number in the text.
    pub start: usize,
    /// Byte offset just after the number.
    pub end: usize,
    /// The number.
    pub number: PhoneNumber,
}

/// The largest text [`find_numbers`] scans (in bytes); longer text is scanned up to the last
/// character boundary before it.
pub const MAX_FIND_TEXT: usize = 1 << 20;

/// Every phone number in free text (a notes field), with libphonenumber's `PhoneNumberMatcher`:
/// `region` for numbers without a country code, `leniency` for how strict to be. At most
/// 65,535 candidates are tried, as libphonenumber's `Long.MAX_VALUE` would be unbounded work.
///
/// # Examples
///
/// ```
/// use contactkit::phone::{self, Leniency};
/// let text = "Bel Jan op 020 123 4567 of mobiel +31 6 12345678.";
/// let found = phone::find_numbers(text, Some("NL"), Leniency::Valid);
/// let e164: Vec<_> = found.iter().map(|f| f.number.e164()).collect();
/// assert_eq!(e164, ["+31201234567", "+31612345678"]);
/// assert_eq!(&text[found[0].start..found[0].end], "020 123 4567");
/// ```
pub fn find_numbers(text: &str, region: Option<&str>, leniency: Leniency) -> Vec<FoundNumber> {
    let mut cut = text.len().min(MAX_FIND_TEXT);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let l = match leniency {
        Leniency::Possible => engine::FindLeniency::Possible,
        Leniency::Valid => engine::FindLeniency::Valid,
        Leniency::StrictGrouping => engine::FindLeniency::StrictGrouping,
        Leniency::ExactGrouping => engine::FindLeniency::ExactGrouping,
    };
    engine::find(&text[..cut], region.and_then(regions::supported), l, 65_535)
        .into_iter()
        .map(|(start, end, inner)| FoundNumber {
            start,
            end,
            number: PhoneNumber { inner },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_table_equals_engine() {
        let mut engine: Vec<String> = engine::engine_regions()
            .into_iter()
            .filter(|r| r != "001")
            .collect();
        engine.sort();
        assert_eq!(engine, SUPPORTED_REGIONS);
    }

    #[test]
    fn metadata_version_matches_locked_engine() {
        let lock = include_str!("../../../Cargo.lock");
        let at = lock.find("name = \"rlibphonenumber\"").unwrap();
        let version_line = lock[at..].lines().nth(1).unwrap();
        // rlibphonenumber 2.2.15 carries libphonenumber metadata 9.0.42: bump both together.
        assert_eq!(version_line, "version = \"2.2.15\"");
        assert_eq!(metadata_version(), "9.0.42");
    }

    #[test]
    fn design_edge_cases() {
        let r = parse("+31 (0)20 123 4567", None);
        assert_eq!(r.e164.as_deref(), Some("+31201234567"));
        assert_eq!(r.number_type, Some(NumberType::FixedLine));
        assert_eq!(
            parse("0031201234567", None).error,
            Some(PhoneError::InvalidCountryCode)
        );
        assert_eq!(
            parse("0031201234567", Some("nl")).error,
            Some(PhoneError::InvalidCountryCode)
        );
        assert_eq!(
            parse("0031201234567", Some("NL")).e164.as_deref(),
            Some("+31201234567")
        );
        assert_eq!(
            parse("+1 650 253 0000", Some("ZZ")).e164.as_deref(),
            Some("+16502530000")
        );
        assert_eq!(
            parse("0470 12 34 56", Some("BE")).number_type,
            Some(NumberType::Mobile)
        );
        assert_eq!(parse("+298 20 12 34", None).region, Some("FO"));
        assert_eq!(
            parse("+31 20 123 4567 toestel 12", None).error,
            Some(PhoneError::TooLong)
        );
        assert_eq!(
            parse("0090212-9435-44-4 (Fax)", Some("TR")).e164.as_deref(),
            Some("+902129435444329")
        );
        assert_eq!(
            parse("00", Some("NL")).error,
            Some(PhoneError::TooShortAfterIdd)
        );
        assert_eq!(parse("+800 1234 5678", None).region, Some("001"));
        let gb = parse("+44 20 7946 0958 ext 123", None);
        assert_eq!(gb.international.as_deref(), Some("+44 20 7946 0958 x123"));
    }

    #[test]
    fn crafted_rfc3966_does_not_panic() {
        for s in [
            "tel:+1-650-253-0000;phone-context=",
            "tel:;phone-context=+",
            "tel:1;phone-context=+1;phone-context=+2",
            ";phone-context=",
            "tel:+;ext=",
            ";ext=;ext=;ext=",
            "tel:0;phone-context=-",
            "tel:+49;isub=1;phone-context=.",
            ";phone-context=+64-3-331-6005;a=%A1",
            "+6;phone-context=\u{0}",
            "tel:9;phone-context=\u{1F600}",
        ] {
            let _ = parse(s, Some("NL"));
            let _ = parse(s, None);
        }
    }
}
