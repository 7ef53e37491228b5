//! The only file that talks to the engine (`rlibphonenumber` 2.2.15, metadata 9.0.42).
//!
//! Everything the rest of contactkit needs from libphonenumber goes through the functions
//! here, in contactkit's own types, so the engine can be replaced or vendored without touching
//! the public API. The engine's metadata is decoded once, lazily, on first use (a few
//! milliseconds); its per-pattern regexes compile lazily; there is no global lock or cache.

use rlibphonenumber::phonenumber_matcher::{FindNumberExt, Leniency};
use rlibphonenumber::{
    MatchType, NumberLengthType, PHONE_NUMBER_UTIL, ParseError, PhoneNumberFormat, PhoneNumberType,
    ValidationError, enums::Region,
};

use super::codes::{MatchLevel, NumberType, PhoneError, PhoneFormat, PossibleReason};
use super::regions;

/// The libphonenumber metadata version the engine carries (`rlibphonenumber` 2.2.15).
pub(crate) const METADATA_VERSION: &str = "9.0.42";

/// The engine's parsed number.
pub(crate) type Number = rlibphonenumber::PhoneNumber;

fn region(code: &'static str) -> Option<Region> {
    Region::from_code(code).ok()
}

/// libphonenumber `parse(text, region)`; `region` must already be a supported code.
pub(crate) fn parse(text: &str, region_code: Option<&'static str>) -> Result<Number, PhoneError> {
    let r = region_code.and_then(region);
    PHONE_NUMBER_UTIL.parse(text, r).map_err(|e| match e {
        ParseError::InvalidCountryCode => PhoneError::InvalidCountryCode,
        ParseError::NotANumber(_) => PhoneError::NotANumber,
        ParseError::TooShortAfterIdd => PhoneError::TooShortAfterIdd,
        ParseError::TooShortNsn => PhoneError::TooShortNsn,
        ParseError::TooLongNsn => PhoneError::TooLong,
    })
}

pub(crate) fn country_code(n: &Number) -> u32 {
    u32::try_from(n.country_code).unwrap_or(0)
}

pub(crate) fn national_significant_number(n: &Number) -> String {
    n.get_national_significant_number()
}

pub(crate) fn extension(n: &Number) -> Option<&str> {
    n.extension.as_deref()
}

pub(crate) fn italian_leading_zero(n: &Number) -> bool {
    n.italian_leading_zero.unwrap_or(false)
}

pub(crate) fn possible_reason(n: &Number) -> PossibleReason {
    match n.is_possible_with_reason() {
        Ok(NumberLengthType::IsPossible) => PossibleReason::IsPossible,
        Ok(NumberLengthType::IsPossibleLocalOnly) => PossibleReason::IsPossibleLocalOnly,
        Err(ValidationError::InvalidCountryCode) => PossibleReason::InvalidCountryCode,
        Err(ValidationError::TooShort) => PossibleReason::TooShort,
        Err(ValidationError::InvalidLength) => PossibleReason::InvalidLength,
        Err(ValidationError::TooLong) => PossibleReason::TooLong,
    }
}

pub(crate) fn is_valid(n: &Number) -> bool {
    n.is_valid()
}

pub(crate) fn number_type(n: &Number) -> NumberType {
    match n.get_type() {
        PhoneNumberType::FixedLine => NumberType::FixedLine,
        PhoneNumberType::Mobile => NumberType::Mobile,
        PhoneNumberType::FixedLineOrMobile => NumberType::FixedLineOrMobile,
        PhoneNumberType::TollFree => NumberType::TollFree,
        PhoneNumberType::PremiumRate => NumberType::PremiumRate,
        PhoneNumberType::SharedCost => NumberType::SharedCost,
        PhoneNumberType::VoIP => NumberType::Voip,
        PhoneNumberType::PersonalNumber => NumberType::PersonalNumber,
        PhoneNumberType::Pager => NumberType::Pager,
        PhoneNumberType::UAN => NumberType::Uan,
        PhoneNumberType::VoiceMail => NumberType::Voicemail,
        PhoneNumberType::Unknown => NumberType::Unknown,
    }
}

pub(crate) fn region_of(n: &Number) -> Option<&'static str> {
    let r = n.get_region_code()?;
    regions::static_region(r.as_region_str().as_str())
}

pub(crate) fn format(n: &Number, format: PhoneFormat) -> String {
    let f = match format {
        PhoneFormat::E164 => PhoneNumberFormat::E164,
        PhoneFormat::International => PhoneNumberFormat::International,
        PhoneFormat::National => PhoneNumberFormat::National,
        PhoneFormat::Rfc3966 => PhoneNumberFormat::RFC3966,
    };
    n.format_as(f).into_owned()
}

/// libphonenumber `format_out_of_country_calling_number`; `from` is a supported code.
pub(crate) fn format_out_of_country(n: &Number, from: &'static str) -> String {
    match region(from) {
        Some(r) => n.format_out_of_country_calling_number(r).into_owned(),
        None => format(n, PhoneFormat::International),
    }
}

/// libphonenumber `is_number_match` on two parsed numbers.
pub(crate) fn match_level(a: &Number, b: &Number) -> MatchLevel {
    match PHONE_NUMBER_UTIL.is_number_match(a, b) {
        MatchType::ExactMatch => MatchLevel::Exact,
        MatchType::NsnMatch => MatchLevel::Nsn,
        MatchType::ShortNsnMatch => MatchLevel::ShortNsn,
        MatchType::NoMatch => MatchLevel::None,
    }
}

/// libphonenumber `is_number_match` on two strings (both parsed without a region).
pub(crate) fn match_strings(a: &str, b: &str) -> MatchLevel {
    match PHONE_NUMBER_UTIL.is_number_match_with_two_strings(a, b) {
        Ok(m) => match m {
            MatchType::ExactMatch => MatchLevel::Exact,
            MatchType::NsnMatch => MatchLevel::Nsn,
            MatchType::ShortNsnMatch => MatchLevel::ShortNsn,
            MatchType::NoMatch => MatchLevel::None,
        },
        Err(_) => MatchLevel::NotANumber,
    }
}

/// How strict [`find`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FindLeniency {
    Possible,
    Valid,
    StrictGrouping,
    ExactGrouping,
}

/// Every number in `text` as `(start byte, end byte, number)`, libphonenumber's
/// `PhoneNumberMatcher` with at most `max_tries` candidates tried.
pub(crate) fn find(
    text: &str,
    region_code: Option<&'static str>,
    leniency: FindLeniency,
    max_tries: u64,
) -> Vec<(usize, usize, Number)> {
    let l = match leniency {
        FindLeniency::Possible => Leniency::Possible,
        FindLeniency::Valid => Leniency::Valid,
        FindLeniency::StrictGrouping => Leniency::StrictGrouping,
        FindLeniency::ExactGrouping => Leniency::ExactGrouping,
    };
    text.phone_number_matcher_builder()
        .leniency(l)
        .preferred_region(region_code.and_then(region))
        .max_tries(max_tries)
        .build()
        .map(|m| {
            let end = m.end();
            (m.start, end, m.number)
        })
        .collect()
}

/// The regions the engine supports, as upper-case strings (for the table test).
#[cfg(test)]
pub(crate) fn engine_regions() -> Vec<String> {
    PHONE_NUMBER_UTIL
        .get_supported_regions()
        .map(|r| r.as_region_str().as_str().to_owned())
        .collect()
}
