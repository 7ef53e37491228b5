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

use super::classify::{self, Class, LengthVerdict};
use super::codes::{MatchLevel, NumberType, PhoneError, PhoneFormat, PossibleReason};
use super::regions;

/// The libphonenumber metadata version the engine carries (`rlibphonenumber` 2.2.15).
pub(crate) const METADATA_VERSION: &str = "9.0.42";

/// The engine's parsed number.
pub(crate) type Number = rlibphonenumber::PhoneNumber;

fn region(code: &'static str) -> Option<Region> {
    Region::from_code(code).ok()
}

/// libphonenumber's `_MAX_INPUT_STRING_LENGTH`, in characters.
const MAX_INPUT_CHARS: usize = 250;

/// libphonenumber `parse(text, region)`; `region` must already be a supported code.
///
/// Two corrections bring the engine to libphonenumber's (Java, C++, Python) behaviour:
/// - input longer than 250 characters is `too_long` before anything else (the engine has no
///   such limit);
/// - the viability pattern. libphonenumber compiles `VALID_PHONE_NUMBER + "(?:" + EXTN + ")?"`,
///   which by regex precedence is `\d{2} | long-form (ext)?`: a bare two-digit number may not
///   carry an extension. The engine groups it as `(?:\d{2} | long-form)(ext)?`, so `12,50` or
///   `#31#871140115` parse there and are `not_a_number` in libphonenumber.
pub(crate) fn parse(text: &str, region_code: Option<&'static str>) -> Result<Number, PhoneError> {
    if text.len() > MAX_INPUT_CHARS && text.chars().count() > MAX_INPUT_CHARS {
        return Err(PhoneError::TooLong);
    }
    if let Some(n) = super::fast::parse(text, region_code) {
        return Ok(n);
    }
    engine_parse(text, region_code)
}

/// [`parse`] by the engine alone (the reference of the fast path in the tests).
pub(crate) fn engine_parse(
    text: &str,
    region_code: Option<&'static str>,
) -> Result<Number, PhoneError> {
    if text.len() > MAX_INPUT_CHARS && text.chars().count() > MAX_INPUT_CHARS {
        return Err(PhoneError::TooLong);
    }
    let text = rfc3966_safe(text);
    if !libphonenumber_viable(&text) {
        return Err(PhoneError::NotANumber);
    }
    let r = region_code.and_then(region);
    PHONE_NUMBER_UTIL.parse(&*text, r).map_err(|e| match e {
        ParseError::InvalidCountryCode => PhoneError::InvalidCountryCode,
        ParseError::NotANumber(_) => PhoneError::NotANumber,
        ParseError::TooShortAfterIdd => PhoneError::TooShortAfterIdd,
        ParseError::TooShortNsn => PhoneError::TooShortNsn,
        ParseError::TooLongNsn => PhoneError::TooLong,
    })
}

const PHONE_CONTEXT: &str = ";phone-context=";
const RFC3966_PREFIX: &str = "tel:";

/// The input the engine can take safely, with libphonenumber's meaning.
///
/// When `tel:` first occurs after `;phone-context=`, the engine slices `text[tel+4..context]`
/// with start > end and panics (the same class of bug as the `phonenumber` crate's
/// CVE-2024-39697). libphonenumber (Python slicing, Java `substring` guarded) takes the national
/// number as the phone-context value alone when it is a global number (`+` and digits), and
/// otherwise as empty: `not_a_number`. The returned text is that value (or empty), which the
/// engine then parses the same way.
pub(crate) fn rfc3966_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let Some(at) = find_param(text, PHONE_CONTEXT) else {
        return text.into();
    };
    match text.find(RFC3966_PREFIX) {
        Some(t) if t + RFC3966_PREFIX.len() > at => {}
        _ => return text.into(),
    }
    let context = text[at + PHONE_CONTEXT.len()..]
        .split(';')
        .next()
        .unwrap_or("");
    let global = context.strip_prefix('+').is_some_and(|digits| {
        digits.chars().any(is_digit)
            && digits
                .chars()
                .all(|c| is_digit(c) || matches!(c, '-' | '.' | '(' | ')'))
    });
    if global {
        context.to_owned().into()
    } else {
        "".into()
    }
}

/// `text.find(needle)` for a needle that starts with `;`, without building a substring
/// searcher when the text has no `;` (nearly always).
fn find_param(text: &str, needle: &str) -> Option<usize> {
    if text.as_bytes().contains(&b';') {
        text.find(needle)
    } else {
        None
    }
}

/// `text` with every `tel:` after the first `;phone-context=` written `tel ` (same length), so
/// the engine's matcher never meets the slicing bug of [`rfc3966_safe`] in a candidate.
fn neutralize_late_tel(text: &str) -> std::borrow::Cow<'_, str> {
    let Some(at) = find_param(text, PHONE_CONTEXT) else {
        return text.into();
    };
    if !text[at..].contains(RFC3966_PREFIX) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..at]);
    out.push_str(&text[at..].replace(RFC3966_PREFIX, "tel "));
    out.into()
}

/// A decimal digit in any script (the `\\d` of libphonenumber's patterns).
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || super::clean::unicode_digit(c).is_some()
}

/// `false` only where libphonenumber's viability check rejects a string the engine's accepts
/// (see [`parse`]): the possible number starts with exactly two digits, is more than those two
/// digits, and is not viable in the long form.
fn libphonenumber_viable(text: &str) -> bool {
    if find_param(text, PHONE_CONTEXT).is_some() {
        return true; // built from the RFC 3966 parts; the engine's own rules apply
    }
    // extract_possible_number: from the first `+` or digit; without trailing characters that
    // are not digits, ASCII letters or `#`; up to a second number (`/ x`, `\ x`); up to
    // `;isub=`.
    let Some(start) = text.find(|c: char| c == '+' || c == '\u{FF0B}' || is_digit(c)) else {
        return true;
    };
    let mut s = &text[start..];
    s = s.trim_end_matches(|c: char| !(is_digit(c) || c.is_ascii_alphabetic() || c == '#'));
    if let Some(i) = second_number_start(s) {
        s = &s[..i];
    }
    if let Some(i) = find_param(s, ";isub=") {
        s = &s[..i];
    }
    let mut chars = s.chars();
    let two = chars.next().is_some_and(is_digit) && chars.next().is_some_and(is_digit);
    let third = chars.next();
    if !two || third.is_none_or(is_digit) {
        return true;
    }
    // `+` cannot start the two-digit form, so the engine's pattern then checks the long form.
    let mut plus = String::with_capacity(s.len() + 1);
    plus.push('+');
    plus.push_str(s);
    PHONE_NUMBER_UTIL.is_viable_phone_number(&plus)
}

/// libphonenumber's `SECOND_NUMBER_START_PATTERN` `[\\/] *x`.
fn second_number_start(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len()).find(|&i| {
        (b[i] == b'\\' || b[i] == b'/') && {
            let rest = &b[i + 1..];
            let sp = rest.iter().take_while(|&&c| c == b' ').count();
            rest.get(sp) == Some(&b'x')
        }
    })
}

pub(crate) fn country_code(n: &Number) -> u32 {
    u32::try_from(n.country_code).unwrap_or(0)
}

pub(crate) fn national_significant_number(n: &Number) -> String {
    nsn(n).as_str().to_owned()
}

/// A national significant number on the stack.
pub(crate) struct Nsn {
    buf: [u8; 32],
    start: usize,
}

impl Nsn {
    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits are written.
        std::str::from_utf8(&self.buf[self.start..]).unwrap_or("")
    }
}

/// The engine's `get_national_significant_number` without allocating: the national number
/// with the Italian leading zeros (at most 10, as the engine formats them).
pub(crate) fn nsn(n: &Number) -> Nsn {
    let zeros = if n.italian_leading_zero() {
        usize::try_from(n.number_of_leading_zeros())
            .unwrap_or(0)
            .min(10)
    } else {
        0
    };
    let mut buf = [b'0'; 32];
    let mut start = buf.len();
    let mut v = n.national_number;
    loop {
        start -= 1;
        buf[start] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    Nsn {
        buf,
        start: start - zeros,
    }
}

pub(crate) fn extension(n: &Number) -> Option<&str> {
    n.extension.as_deref()
}

pub(crate) fn italian_leading_zero(n: &Number) -> bool {
    n.italian_leading_zero.unwrap_or(false)
}

pub(crate) fn possible_reason(n: &Number) -> PossibleReason {
    let len = nsn(n).as_str().len();
    match classify::possible_length(n.country_code, len) {
        Some(LengthVerdict::IsPossible) => PossibleReason::IsPossible,
        Some(LengthVerdict::IsPossibleLocalOnly) => PossibleReason::IsPossibleLocalOnly,
        Some(LengthVerdict::InvalidCountryCode) => PossibleReason::InvalidCountryCode,
        Some(LengthVerdict::TooShort) => PossibleReason::TooShort,
        Some(LengthVerdict::InvalidLength) => PossibleReason::InvalidLength,
        Some(LengthVerdict::TooLong) => PossibleReason::TooLong,
        None => engine_possible_reason(n),
    }
}

/// The engine's own `is_possible_number_with_reason` (the fallback and test reference of
/// [`possible_reason`]).
pub(crate) fn engine_possible_reason(n: &Number) -> PossibleReason {
    match n.is_possible_with_reason() {
        Ok(NumberLengthType::IsPossible) => PossibleReason::IsPossible,
        Ok(NumberLengthType::IsPossibleLocalOnly) => PossibleReason::IsPossibleLocalOnly,
        Err(ValidationError::InvalidCountryCode) => PossibleReason::InvalidCountryCode,
        Err(ValidationError::TooShort) => PossibleReason::TooShort,
        Err(ValidationError::InvalidLength) => PossibleReason::InvalidLength,
        Err(ValidationError::TooLong) => PossibleReason::TooLong,
    }
}

/// Region, type and validity together (one pass over the digits, see [`classify`]).
pub(crate) fn class(n: &Number) -> Class {
    classify::classify(n.country_code, nsn(n).as_str()).unwrap_or_else(|| engine_class(n))
}

/// The engine's own `region_code_for_number`, `number_type` and `is_valid_number` (three
/// passes); the fallback of [`class`] and the reference of its tests.
pub(crate) fn engine_class(n: &Number) -> Class {
    Class {
        region: n
            .get_region_code()
            .and_then(|r| regions::static_region(r.as_region_str().as_str())),
        number_type: engine_type(n.get_type()),
        is_valid: n.is_valid(),
    }
}

pub(crate) fn is_valid(n: &Number) -> bool {
    class(n).is_valid
}

pub(crate) fn number_type(n: &Number) -> NumberType {
    class(n).number_type
}

/// Every number type the engine has example numbers for, for the tests that check a fast path
/// or an own table against the engine.
#[cfg(test)]
pub(crate) const EXAMPLE_TYPES: [PhoneNumberType; 10] = [
    PhoneNumberType::FixedLine,
    PhoneNumberType::Mobile,
    PhoneNumberType::TollFree,
    PhoneNumberType::PremiumRate,
    PhoneNumberType::SharedCost,
    PhoneNumberType::VoIP,
    PhoneNumberType::PersonalNumber,
    PhoneNumberType::Pager,
    PhoneNumberType::UAN,
    PhoneNumberType::VoiceMail,
];

fn engine_type(t: PhoneNumberType) -> NumberType {
    match t {
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
    class(n).region
}

pub(crate) fn format(n: &Number, format: PhoneFormat) -> String {
    match format {
        // libphonenumber's early exit: `+`, the code and the national significant number, for
        // any code, without the extension (a number without raw input, as every number here).
        PhoneFormat::E164 => {
            let nsn = nsn(n);
            let nsn = nsn.as_str();
            let mut out = String::with_capacity(nsn.len() + 5);
            out.push('+');
            push_code(&mut out, n.country_code);
            out.push_str(nsn);
            out
        }
        PhoneFormat::International | PhoneFormat::National if n.national_number != 0 => {
            let international = format == PhoneFormat::International;
            classify::format(n.country_code, nsn(n).as_str(), extension(n), international)
                .unwrap_or_else(|| engine_format(n, format))
        }
        _ => engine_format(n, format),
    }
}

/// `code` in decimal, as the engine writes it (`i32` formatting).
fn push_code(out: &mut String, code: i32) {
    use std::fmt::Write as _;
    if let Ok(c @ 0..1000) = u16::try_from(code) {
        if c >= 100 {
            out.push(char::from(b'0' + (c / 100) as u8));
        }
        if c >= 10 {
            out.push(char::from(b'0' + (c / 10 % 10) as u8));
        }
        out.push(char::from(b'0' + (c % 10) as u8));
    } else {
        let _ = write!(out, "{code}");
    }
}

/// The engine's own `format_number` (the reference of [`format`] in the tests).
pub(crate) fn engine_format(n: &Number, format: PhoneFormat) -> String {
    let f = match format {
        PhoneFormat::E164 => PhoneNumberFormat::E164,
        PhoneFormat::International => PhoneNumberFormat::International,
        PhoneFormat::National => PhoneNumberFormat::National,
        PhoneFormat::Rfc3966 => PhoneNumberFormat::RFC3966,
    };
    n.format_as(f).into_owned()
}

/// The RFC 3966 form of `n` from its international form `intl` (`format(n, International)`),
/// without formatting the number again.
///
/// libphonenumber formats both with the same (international) pattern; RFC 3966 then drops
/// leading punctuation, turns every run of punctuation into `-`, writes `tel:+CC-` before and
/// `;ext=` before the extension. Where `intl` does not have the expected shape, the engine
/// formats the number itself.
pub(crate) fn rfc3966_from_international(n: &Number, intl: &str) -> String {
    derive_rfc3966(n, intl).unwrap_or_else(|| format(n, PhoneFormat::Rfc3966))
}

fn derive_rfc3966(n: &Number, intl: &str) -> Option<String> {
    let cc = country_code(n).to_string();
    let rest = intl
        .strip_prefix('+')?
        .strip_prefix(cc.as_str())?
        .strip_prefix(' ')?;
    let ext = n.extension.as_deref().filter(|e| !e.is_empty());
    let body = match ext {
        Some(ext) => rest
            .strip_suffix(ext)?
            .strip_suffix(classify::extension_prefix(n.country_code)?)?,
        None => rest,
    };
    let mut out = String::with_capacity(body.len() + 12 + ext.map_or(0, |e| e.len() + 5));
    out.push_str("tel:+");
    out.push_str(&cc);
    out.push('-');
    let mut in_separator = false;
    for c in body.trim_start_matches(is_punctuation).chars() {
        if is_punctuation(c) {
            if !in_separator {
                out.push('-');
            }
            in_separator = true;
        } else {
            out.push(c);
            in_separator = false;
        }
    }
    if let Some(ext) = ext {
        out.push_str(";ext=");
        out.push_str(ext);
    }
    Some(out)
}

/// libphonenumber's `VALID_PUNCTUATION` (as the engine spells it): what RFC 3966 formatting
/// turns into `-`.
fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '-' | 'x'
            | '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '\u{30FC}'
            | '\u{FF0D}'..='\u{FF0F}'
            | ' '
            | '\u{A0}'
            | '\u{AD}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{3000}'
            | '('
            | ')'
            | '\u{FF08}'
            | '\u{FF09}'
            | '\u{FF3B}'
            | '\u{FF3D}'
            | '.'
            | '['
            | ']'
            | '/'
            | '~'
            | '\u{2053}'
            | '\u{223C}'
    )
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
    let (a, b) = (rfc3966_safe(a), rfc3966_safe(b));
    match PHONE_NUMBER_UTIL.is_number_match_with_two_strings(&*a, &*b) {
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
    let text = neutralize_late_tel(text);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3966_from_international_equals_the_engines() {
        let mut numbers = Vec::new();
        for r in PHONE_NUMBER_UTIL.get_supported_regions() {
            for t in EXAMPLE_TYPES {
                numbers.extend(
                    PHONE_NUMBER_UTIL
                        .get_example_number_for_type_and_region(r, t)
                        .ok(),
                );
            }
            numbers.extend(PHONE_NUMBER_UTIL.get_invalid_example_number(r).ok());
        }
        for cc in PHONE_NUMBER_UTIL.get_supported_global_network_calling_codes() {
            numbers.extend(
                PHONE_NUMBER_UTIL
                    .get_example_number_for_non_geo_entity(cc)
                    .ok(),
            );
        }
        numbers.push(Number {
            country_code: 999,
            national_number: 12345,
            ..Default::default()
        });
        assert!(numbers.len() > 1000, "{}", numbers.len());
        // The stack NSN, E.164 and length verdict, also with Italian leading zeros.
        let mut zeros = Vec::new();
        for n in numbers.iter().step_by(7) {
            for (lz, count) in [
                (Some(true), None),
                (Some(true), Some(3)),
                (Some(false), Some(2)),
            ]
            .into_iter()
            .chain([
                (Some(true), Some(0)),
                (Some(true), Some(14)),
                (None, Some(-1)),
            ]) {
                zeros.push(Number {
                    italian_leading_zero: lz,
                    number_of_leading_zeros: count,
                    ..n.clone()
                });
            }
        }
        for n in numbers.iter().chain(&zeros).chain(&[
            Number::default(),
            Number {
                country_code: 39,
                italian_leading_zero: Some(true),
                ..Default::default()
            },
            Number {
                country_code: 1,
                national_number: u64::MAX,
                ..Default::default()
            },
        ]) {
            assert_eq!(nsn(n).as_str(), n.get_national_significant_number());
            assert_eq!(possible_reason(n), engine_possible_reason(n), "{n:?}");
            assert_eq!(
                format(n, PhoneFormat::E164),
                engine_format(n, PhoneFormat::E164)
            );
        }
        let (mut derived, mut all) = (0, 0);
        for mut n in numbers {
            for ext in [None, Some("123"), Some("")] {
                n.extension = ext.map(str::to_owned);
                let intl = format(&n, PhoneFormat::International);
                assert_eq!(
                    rfc3966_from_international(&n, &intl),
                    format(&n, PhoneFormat::Rfc3966),
                    "{intl}"
                );
                for f in [PhoneFormat::International, PhoneFormat::National] {
                    assert_eq!(format(&n, f), engine_format(&n, f), "{intl}");
                }
                derived += usize::from(derive_rfc3966(&n, &intl).is_some());
                all += 1;
            }
        }
        // Only the unknown country code (3 forms) goes to the engine.
        assert_eq!(derived + 3, all);
    }
}
