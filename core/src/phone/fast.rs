//! libphonenumber `parse` for the common shapes of input, without the engine's regexes.
//!
//! Most CRM phone fields are digits with spaces, dashes, dots, parentheses or slashes, perhaps
//! one leading `+` and a label before: `06-12345678`, `+31 (0)20 123 4567`, `0031 20 1234567`,
//! `Tel: (650) 253-0000`. For those, libphonenumber's `parse` comes down to a few steps on the
//! digits alone: what precedes the first digit or `+` is dropped, no extension can be present
//! (every extension pattern needs a letter, `#`, `~`, `,` or `;`), no letters to convert, and
//! the viability check only counts digits. This module runs those steps, step for step as the engine's `parse_helper` does,
//! with the same metadata patterns compiled as small DFAs over ASCII digits (see
//! [`super::classify`]): the `+` or the region's international prefix, the country calling
//! code, the default region's code written without `+`, the national prefix, the length rules
//! and the Italian leading zeros.
//!
//! Whatever it is not sure of goes back to the engine (`None`): any other character, fewer than
//! three digits, every parse error, a region whose national prefix has a transform rule
//! (Argentina, Brazil, ...), a pattern without a DFA. A differential test runs this parser and
//! the engine side by side on generated input of every region and shape.

use super::classify::{self, LengthVerdict, Plan};
use super::engine::Number;

/// More digits than any number that parses (3 of country code, an international prefix of at
/// most 5, 17 national): longer input goes to the engine, which says `too_long`.
const MAX_DIGITS: usize = 28;

/// libphonenumber's `MIN_LENGTH_FOR_NSN` and `MAX_LENGTH_FOR_NSN`.
const MIN_NSN: usize = 2;
const MAX_NSN: usize = 17;

/// The engine's parse of `text` with the supported region `region`, when `text` has one of the
/// common shapes and parses; `None` when the engine must parse it.
///
/// `text` must be at most 250 characters (the caller checks libphonenumber's limit first).
pub(crate) fn parse(text: &str, region: Option<&'static str>) -> Option<Number> {
    let mut buf = [0u8; MAX_DIGITS];
    let mut n = 0;
    let mut plus = false;
    let mut started = false;
    for c in text.chars() {
        if let Some(d) = digit(c) {
            *buf.get_mut(n)? = d;
            n += 1;
            started = true;
        } else if !started {
            // extract_possible_number: the number starts at the first digit or plus sign;
            // what comes before (`Tel: `, a byte-order mark) is dropped. Any other digit-like
            // character, or a `;` (RFC 3966 parameters), is the engine's to read.
            if c == '+' || c == '\u{FF0B}' {
                plus = true;
                started = true;
            } else if c == ';' || c.is_numeric() {
                return None;
            }
        } else if !is_separator(c) {
            // A letter (keypad digits, an extension label), `#`, `x`, `~`, a second `+`...
            return None;
        }
    }
    // Viability: three digits (two-digit input has its own rules).
    if n < 3 {
        return None;
    }
    let digits = &buf[..n];
    let default = match region {
        Some(r) => Some(classify::region_plan(r)?),
        None => None,
    };
    // maybe_extract_country_code.
    let (country_code, national) = if plus {
        split_country_code(digits)?
    } else {
        // Without `+` and without a region: `invalid_country_code`, the engine's to say.
        let default = default?;
        match default.idd_end(digits).ok()? {
            // An international prefix, unless a 0 follows (country codes never start with 0).
            Some(end) if digits.get(end) != Some(&b'0') => split_country_code(&digits[end..])?,
            _ => default_country_code(default, digits)?,
        }
    };
    // The metadata of the number's country code (that of the default region when it had none).
    let (country_code, plan) = if country_code == 0 {
        let default = default?;
        (default.country_code(), default)
    } else {
        (country_code, classify::main_plan(country_code).ok()??)
    };
    if national.len() < MIN_NSN {
        return None;
    }
    // The national prefix, kept only when the rest has a possible length for the plan.
    let candidate = plan.strip_national_prefix(national).ok()?;
    let nsn = match plan.test_length(candidate.len()) {
        LengthVerdict::IsPossibleLocalOnly
        | LengthVerdict::TooShort
        | LengthVerdict::InvalidLength => national,
        _ => candidate,
    };
    if !(MIN_NSN..=MAX_NSN).contains(&nsn.len()) {
        return None;
    }
    let mut number = Number {
        country_code,
        national_number: nsn
            .iter()
            .fold(0u64, |acc, &d| acc * 10 + u64::from(d - b'0')),
        ..Number::default()
    };
    // get_italian_leading_zeros_for_phone_number (the length is at least 2 here).
    let zeros = nsn.iter().take_while(|&&d| d == b'0').count();
    if zeros > 0 {
        let zeros = if zeros == nsn.len() { zeros - 1 } else { zeros };
        number.italian_leading_zero = Some(true);
        if zeros > 1 {
            number.number_of_leading_zeros = i32::try_from(zeros).ok();
        }
    }
    Some(number)
}

/// A decimal digit as ASCII: ASCII, fullwidth, and the scripts below U+1100 (Arabic-Indic,
/// Devanagari, Thai, Myanmar, ...), which every Unicode version the engine may use has.
fn digit(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8);
    }
    if c < '\u{660}' || !(c < '\u{1100}' || ('\u{FF10}'..='\u{FF19}').contains(&c)) {
        return None;
    }
    super::clean::unicode_digit(c).map(|d| d as u8)
}

/// libphonenumber's `VALID_PUNCTUATION` without `x` and `~` (extension labels): what may
/// separate the digits of a number.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '-'
            | '.'
            | '('
            | ')'
            | '/'
            | '['
            | ']'
            | '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '\u{30FC}'
            | '\u{FF0D}'..='\u{FF0F}'
            | '\u{A0}'
            | '\u{AD}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{3000}'
            | '\u{FF08}'
            | '\u{FF09}'
            | '\u{FF3B}'
            | '\u{FF3D}'
            | '\u{2053}'
            | '\u{223C}'
    )
}

/// `extract_country_code` after a `+` or an international prefix: the code and the rest;
/// `None` for the errors (too short after the prefix, no such code) and for codes the tables
/// leave to the engine.
fn split_country_code(digits: &[u8]) -> Option<(i32, &[u8])> {
    if digits.len() <= MIN_NSN || digits[0] == b'0' {
        return None;
    }
    let mut code = 0i32;
    for (i, &d) in digits.iter().take(3).enumerate() {
        code = code * 10 + i32::from(d - b'0');
        if classify::main_plan(code).ok()?.is_some() {
            return Some((code, &digits[i + 1..]));
        }
    }
    None
}

/// The rest of `maybe_extract_country_code` for a number without `+` or international prefix:
/// the default region's code written without `+` (`31 20 1234567` in NL) is taken as the code
/// when the number is not valid-looking with it and is without it, or too long with it.
/// Returns the code (0: none) and the national part.
fn default_country_code<'a>(default: &Plan, digits: &'a [u8]) -> Option<(i32, &'a [u8])> {
    let cc = default.country_code();
    let (text, len) = code_digits(cc);
    if let Some(rest) = digits.strip_prefix(&text[..len]) {
        let stripped = default.strip_national_prefix(rest).ok()?;
        if (!default.general(digits).ok()? && default.general(stripped).ok()?)
            || default.test_length(digits.len()) == LengthVerdict::TooLong
        {
            return Some((cc, stripped));
        }
    }
    Some((0, digits))
}

/// The decimal digits of a country calling code (1 to 3 digits; any other code gives `x`,
/// which no digit string starts with).
fn code_digits(cc: i32) -> ([u8; 3], usize) {
    match u16::try_from(cc) {
        Ok(c @ 1..=9) => ([b'0' + c as u8, 0, 0], 1),
        Ok(c @ 10..=99) => ([b'0' + (c / 10) as u8, b'0' + (c % 10) as u8, 0], 2),
        Ok(c @ 100..=999) => (
            [
                b'0' + (c / 100) as u8,
                b'0' + (c / 10 % 10) as u8,
                b'0' + (c % 10) as u8,
            ],
            3,
        ),
        _ => ([b'x', 0, 0], 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phone::engine;
    use crate::phone::regions::SUPPORTED_REGIONS;
    use proptest::prelude::*;
    use rlibphonenumber::{PHONE_NUMBER_UTIL, PhoneNumberFormat, enums::Region};

    /// The fast path agrees with the engine wherever it answers, and `engine::parse` (fast path
    /// first) equals the engine alone everywhere.
    fn check(text: &str, region: Option<&'static str>) -> bool {
        let engine = engine::engine_parse(text, region);
        let both = engine::parse(text, region);
        assert_eq!(both, engine, "{text:?} {region:?}");
        match parse(text, region) {
            Some(n) => {
                assert_eq!(Ok(n), engine, "{text:?} {region:?}");
                true
            }
            None => false,
        }
    }

    /// Example numbers of every type of every region and non-geographic code, valid and not.
    fn examples() -> Vec<(rlibphonenumber::PhoneNumber, &'static str)> {
        let types = crate::phone::engine::EXAMPLE_TYPES;
        let mut out = Vec::new();
        for &code in SUPPORTED_REGIONS {
            let r = Region::from_code(code).unwrap();
            out.extend(
                PHONE_NUMBER_UTIL
                    .get_invalid_example_number(r)
                    .ok()
                    .map(|n| (n, code)),
            );
            for t in types {
                out.extend(
                    PHONE_NUMBER_UTIL
                        .get_example_number_for_type_and_region(r, t)
                        .ok()
                        .map(|n| (n, code)),
                );
            }
        }
        for cc in PHONE_NUMBER_UTIL.get_supported_global_network_calling_codes() {
            out.extend(
                PHONE_NUMBER_UTIL
                    .get_example_number_for_non_geo_entity(cc)
                    .ok()
                    .map(|n| (n, "001")),
            );
        }
        out
    }

    /// Renderings of one number as people type it.
    fn shapes(n: &rlibphonenumber::PhoneNumber) -> Vec<String> {
        let nsn = n.get_national_significant_number();
        let cc = n.country_code.to_string();
        let national = n.format_as(PhoneNumberFormat::National).into_owned();
        let intl = n.format_as(PhoneNumberFormat::International).into_owned();
        let mut v = vec![
            national.clone(),
            intl.clone(),
            n.format_as(PhoneNumberFormat::E164).into_owned(),
            nsn.clone(),
            format!("0{nsn}"),
            format!("1{nsn}"),
            format!("8{nsn}"),
            format!("00{nsn}"),
            format!("{cc}{nsn}"),
            format!("{cc} 0{nsn}"),
            format!("+{cc} (0){nsn}"),
            format!("+{cc}0{nsn}"),
            format!("+{cc}{nsn}1"),
            format!("+{cc}{}", &nsn[..nsn.len().saturating_sub(2)]),
            format!("00{cc}{nsn}"),
            format!("011 {cc} {nsn}"),
            format!("0011{cc}{nsn}"),
            format!("810{cc}{nsn}"),
            format!("00 0{cc}{nsn}"),
            format!(
                "({}) {}",
                &nsn[..nsn.len().min(3)],
                &nsn[nsn.len().min(3)..]
            ),
            national.replace(' ', "-"),
            national.replace(' ', "."),
            national.replace(' ', "/"),
            national.replace(' ', ""),
            intl.replace(' ', "-"),
            format!("{national}9"),
            format!("++{cc}{nsn}"),
            format!("{cc}"),
            format!("+{cc}"),
        ];
        v.push(nsn[..nsn.len() / 2].to_owned());
        let script = |s: &str, zero: u32| -> String {
            s.chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(zero + d).unwrap(),
                    None => c,
                })
                .collect()
        };
        v.push(format!("Tel: {national}"));
        v.push(format!("\u{FEFF}GSM {intl} "));
        v.push(script(&national, 0x660));
        v.push(script(&intl, 0xFF10).replace('+', "\u{FF0B}"));
        v.push(national.replace(' ', "\u{2013}"));
        v.push(intl.replace(' ', "\u{A0}"));
        v.push(national.replace(' ', "\u{2009}"));
        v.push(format!("{national} (mobiel)"));
        v.push(format!("{intl} ext. 12"));
        v
    }

    #[test]
    fn fast_path_equals_engine_on_every_region_and_shape() {
        let regions: Vec<Option<&'static str>> = [None, Some("US"), Some("NL"), Some("DE")]
            .into_iter()
            .chain([Some("GB"), Some("IT"), Some("BR"), Some("AR"), Some("RU")])
            .chain([Some("AU"), Some("JP"), Some("CA"), Some("KZ"), Some("MX")])
            .collect();
        let (mut fast, mut all) = (0usize, 0usize);
        for (n, own) in examples() {
            let own = (own != "001").then_some(own);
            for text in shapes(&n) {
                for region in regions.iter().copied().chain([own]) {
                    fast += usize::from(check(&text, region));
                    all += 1;
                }
            }
        }
        // Most renderings take the fast path; the rest check the fallback.
        assert!(all > 100_000, "{all}");
        assert!(fast * 2 > all, "{fast} of {all}");
    }

    /// Every default region on a few renderings (each region's own prefixes).
    #[test]
    fn fast_path_equals_engine_for_every_default_region() {
        let samples = [
            "+31 20 123 4567",
            "0031201234567",
            "00 1 650 253 0000",
            "011 44 20 7946 0958",
            "0011 61 2 9374 4000",
            "8 10 7 495 123 45 67",
            "8 (495) 123-45-67",
            "020 123 4567",
            "(650) 253-0000",
            "1 650 253 0000",
            "0612345678",
            "06 1234 5678",
            "49 30 1234567",
            "31 6 12345678",
            "7 701 123 4567",
            "1234567",
            "123",
            "0800 123 456",
            "112",
        ];
        for &region in SUPPORTED_REGIONS {
            for s in samples {
                check(s, Some(region));
            }
        }
    }

    fn phone_ish() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                8 => "[0-9]",
                2 => "[ ().\\-/]",
                1 => Just("+".to_owned()),
                1 => Just("00".to_owned()),
                1 => Just("0".to_owned()),
                1 => "[a-zA-Z#;,~x*]",
                1 => Just("\u{FF11}".to_owned()),
                1 => prop::sample::select(vec![
                    "\u{663}", "\u{6F5}", "\u{967}", "\u{E52}", "\u{1D7CE}", "\u{FF0B}",
                    "\u{2013}", "\u{A0}", "\u{2009}", "\u{FEFF}", "\u{200E}", "\u{3000}",
                    "\u{FF08}", "\u{2212}", "\u{B2}", "Tel: ", "tel:", ";phone-context=",
                    "(mobiel)", "ext. ", " x", "[", "]", "\u{FF0E}", "\u{2053}",
                ])
                .prop_map(str::to_owned),
            ],
            0..24,
        )
        .prop_map(|v| v.concat())
    }

    fn region() -> impl Strategy<Value = Option<&'static str>> {
        prop_oneof![
            1 => Just(None),
            6 => prop::sample::select(SUPPORTED_REGIONS).prop_map(Some),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn fast_path_equals_engine_on_random_input(s in phone_ish(), r in region()) {
            check(&s, r);
        }
    }
}
