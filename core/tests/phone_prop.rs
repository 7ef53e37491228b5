//! Property tests of the phone functions: no panics on any string and any region, the result
//! fields are consistent, E.164 output parses back to itself, the batch calls equal the scalar
//! calls; plus regression cases of crafted RFC 3966 input (the class of the two panic advisories
//! of the `phonenumber` crate, GHSA-whhr-7f2w-qqj2 and CVE-2024-39697 / GHSA-mjw4-jj88-v687).

use contactkit::phone::{self, Leniency, PhoneNumber, SUPPORTED_REGIONS};
use proptest::prelude::*;

/// Pieces that exercise every branch of parsing: digits in several scripts, plus signs, IDD and
/// trunk prefixes, punctuation, extension markers, RFC 3966 parameters, letters, labels.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    "00",
    "011",
    "+",
    "＋",
    "(",
    ")",
    "(0)",
    "-",
    ".",
    "/",
    " ",
    "\u{a0}",
    "#",
    "*",
    "x",
    "ext.",
    ";ext=",
    "tel:",
    ";phone-context=",
    ";isub=",
    "+1-",
    "+31",
    "+44",
    "+49",
    "+800",
    "%",
    "A",
    "z",
    "FLOWERS",
    "Tel:",
    "(Fax)",
    "toestel",
    "Durchwahl",
    ",",
    ";",
    "\n",
    "٣",
    "０",
    "۹",
    "\u{200e}",
    "\u{200b}",
    "\u{2013}",
    "~",
    "é",
    "中",
    "8~10",
    ".example.com",
    "+-",
    "@",
    "\\",
    "\u{0}",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|v| v.concat())
}

fn any_input() -> impl Strategy<Value = String> {
    prop_oneof![pieces(), any::<String>(), "[0-9+() .;=a-z#-]{0,40}"]
}

fn any_region() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        prop::sample::select(SUPPORTED_REGIONS).prop_map(|r| Some(r.to_owned())),
        "[A-Za-z0-9]{0,4}".prop_map(Some),
        any::<String>().prop_map(Some),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 768, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_and_is_consistent(s in any_input(), region in any_region()) {
        let r = phone::parse(&s, region.as_deref());
        prop_assert_eq!(r.parse_ok, r.error.is_none());
        prop_assert_eq!(r.parse_ok, r.e164.is_some());
        if let Some(reason) = r.possible_reason {
            prop_assert_eq!(r.is_possible, Some(reason.is_possible()));
        }
        if r.is_valid == Some(true) {
            prop_assert_eq!(r.is_possible, Some(true));
            // E.164 of a valid number parses back to the same number.
            let e164 = r.e164.as_deref().unwrap();
            let again = phone::parse(e164, None);
            prop_assert_eq!(again.e164.as_deref(), Some(e164));
            prop_assert_eq!(again.is_valid, Some(true));
        }
    }

    #[test]
    fn clean_find_match_never_panic(s in any_input(), t in any_input(), region in any_region()) {
        let _ = phone::clean(&s, region.as_deref());
        let _ = phone::clean_with_fallback(&s, None, region.as_deref());
        let _ = phone::find_numbers(&s, region.as_deref(), Leniency::Possible);
        let _ = phone::match_numbers(&s, &t, region.as_deref());
        if let Ok(n) = PhoneNumber::parse(&s, region.as_deref()) {
            for from in ["US", "NL", "GB", "JP", "AU", "RU"] {
                let _ = n.format_out_of_country(from);
            }
        }
    }

    #[test]
    fn batch_equals_scalar(v in prop::collection::vec(any_input(), 0..12), region in any_region()) {
        let batch = phone::parse_many(&v, region.as_deref());
        let scalar: Vec<_> = v.iter().map(|s| phone::parse(s, region.as_deref())).collect();
        prop_assert_eq!(batch, scalar);
        if let Ok(batch) = phone::clean_many(&v, region.as_deref()) {
            let scalar: Vec<_> =
                v.iter().map(|s| phone::clean(s, region.as_deref()).unwrap()).collect();
            prop_assert_eq!(batch, scalar);
        }
    }
}

/// Crafted RFC 3966 and extension input: each must give a verdict, never a panic.
#[test]
fn crafted_rfc3966_regressions() {
    let cases = [
        // The shapes of the phonenumber crate's panic advisories: empty, one-character and
        // non-ASCII phone-context values, phone-context before the number, repeated parameters.
        ";phone-context=",
        ";phone-context=+",
        ";phone-context=-",
        ";phone-context=.",
        "+;phone-context=",
        "0;phone-context=\u{0}",
        "1;phone-context=\u{10FFFF}",
        "tel:;phone-context=+1",
        "tel:+1;phone-context=;phone-context=",
        "tel:2;phone-context=+1-;phone-context=+",
        "tel:2;phone-context=é.example",
        "tel:2;phone-context=.example.com",
        "tel:2;phone-context=example..com",
        "tel:2;phone-context=-example.com",
        "tel:2;phone-context=+1;isub=",
        "tel:2;isub=;phone-context=+1",
        "tel:+;ext=;ext=",
        "tel:+1-;ext=999999999999999999999999999999",
        "+1 650 253 0000 ext. 99999999999999999999999999999",
        "+1 650 253 0000;ext=١٢٣",
        "tel:+٣١٢٠١٢٣٤٥٦٧",
        "+dwPAA;phone-context=AA",
        // rlibphonenumber 2.2.15 slices past the end when `tel:` follows the phone-context.
        "00.۹(Fax)0;phone-context=x;;+800+90 .;ext=tel:\n0#",
        "1;phone-context=+31-20;tel:x",
        ";phone-context=;tel:",
        "tel:;phone-context=+1;tel:",
        "+ \u{1}\u{1};phone-context=\u{1}",
        "0\u{300}\u{300}\u{300};phone-context=+0",
        "tel:;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;",
        ";ext=;ext=;ext=;ext=;ext=;ext=;ext=;ext=;ext=1",
        "99999999999999999999999999999999999999",
        "+999999999999999999999999999999999999999",
        "\u{FF0B}\u{FF11}",
        "8~10",
        "+",
        "",
    ];
    for s in cases {
        for region in [
            None,
            Some("US"),
            Some("NL"),
            Some("nl"),
            Some("001"),
            Some("ZZ"),
        ] {
            let r = phone::parse(s, region);
            assert_eq!(r.parse_ok, r.error.is_none(), "{s:?}");
            let _ = phone::clean(s, Some("NL"));
            let _ = phone::find_numbers(s, region, Leniency::Possible);
        }
    }
    // Long runs of separators stay cheap and are libphonenumber's too_long past 250 characters.
    let long = ";".repeat(100_000);
    assert_eq!(
        phone::parse(&long, Some("NL")).error,
        Some(phone::PhoneError::TooLong)
    );
    let long = format!("+1 650 253 0000{}", " ext.".repeat(50_000));
    let _ = phone::clean(&long, None);
    let _ = phone::find_numbers(&long, None, Leniency::Valid);
}
