//! Properties of `ck1` and of the list file reader (proptest).
use std::sync::Arc;

use contactkit::phone::PhoneNumber;
use contactkit::suppression::{
    AddOptions, CheckOptions, Kind, LocalKey, MacProvider, OpenOptions, SuppressionFilter,
    SuppressionList, canonical, suppression_token,
};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization as _;

fn key() -> Arc<dyn MacProvider> {
    Arc::new(LocalKey::new(&[9u8; 32], "prop/v1").unwrap())
}

fn local_part() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Z0-9._+'-]{1,12}|[a-zé ÉßİΣσ.+]{1,8}").unwrap()
}

fn domain() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "(example|ex-ample|bücher|münchen|gmail|googlemail|FASS|faß)\\.(nl|com|de|example)",
    )
    .unwrap()
}

fn email() -> impl Strategy<Value = String> {
    (local_part(), domain()).prop_map(|(l, d)| format!("{l}@{d}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn canonical_is_idempotent(v in email()) {
        if let Ok(c) = canonical(Kind::Email, &v, None) {
            let again = canonical(Kind::Email, c.strict(), None).unwrap();
            prop_assert_eq!(again.strict(), c.strict());
            if let Some(l) = c.loose() {
                prop_assert_eq!(canonical(Kind::Email, l, None).unwrap().strict().to_owned(), l);
            }
        }
    }

    #[test]
    fn nfd_and_white_space_do_not_matter(v in email(), ws in prop::sample::select(vec![" ", "\t", "\n", "\u{a0}", "\u{3000}", "\r\n"]), at in 0usize..40) {
        let base = canonical(Kind::Email, &v, None).map(|c| c.strict().to_owned());
        let nfd: String = v.nfd().collect();
        prop_assert_eq!(&canonical(Kind::Email, &nfd, None).map(|c| c.strict().to_owned()), &base);
        let mut spaced = v.clone();
        let mut cut = at.min(spaced.len());
        while !spaced.is_char_boundary(cut) { cut -= 1; }
        spaced.insert_str(cut, ws);
        let spaced = format!("{ws}{spaced}{ws}");
        prop_assert_eq!(&canonical(Kind::Email, &spaced, None).map(|c| c.strict().to_owned()), &base);
    }

    #[test]
    fn ascii_case_does_not_matter(l in "[a-z0-9.]{1,10}", d in "[a-z]{1,8}\\.(nl|com)") {
        let v = format!("{l}@{d}");
        let a = canonical(Kind::Email, &v, None).map(|c| c.strict().to_owned());
        let b = canonical(Kind::Email, &v.to_ascii_uppercase(), None).map(|c| c.strict().to_owned());
        prop_assert_eq!(a, b);
    }

    #[test]
    fn gmail_dots_tags_and_googlemail_give_one_token(l in "[a-z]{1,10}", dots in proptest::collection::vec(0usize..10, 0..4), tag in "[a-z0-9]{0,6}") {
        let mut dotted = l.clone();
        for d in dots { let p = d.min(dotted.len()); dotted.insert(p, '.'); }
        let key = [1u8; 32];
        let plain = suppression_token(Kind::Email, &format!("{l}@gmail.com"), &key, None, false).unwrap();
        let variant = suppression_token(Kind::Email, &format!("{dotted}+{tag}@GoogleMail.com"), &key, None, false).unwrap();
        prop_assert_eq!(plain, variant);
    }

    #[test]
    fn e164_round_trip(cc in prop::sample::select(vec![1u32, 7, 31, 32, 33, 39, 44, 49, 298, 352, 590, 852, 971]), rest in "[1-9][0-9]{3,10}") {
        let v = format!("+{cc}{rest}");
        if let Ok(c) = canonical(Kind::Phone, &v, None) {
            // The E.164 form parses back to itself, with or without a default region.
            let again = canonical(Kind::Phone, c.strict(), Some("NL")).unwrap();
            prop_assert_eq!(again.strict(), c.strict());
            let cc_prefix = format!("+{cc}");
            prop_assert!(c.strict().starts_with(&cc_prefix));
        }
    }

    /// `canonical(canonical(x)) == canonical(x)` for messy national and international phone
    /// input with a default region, whenever the input and its form are valid numbers. (libphonenumber strips
    /// a national prefix once per parse, so an invalid number with a doubled trunk prefix such as
    /// `+31 00612345678` gives `+310612345678`, whose own form is `+31612345678`; ck1 keeps the
    /// one-parse result, exactly libphonenumber's E.164; docs/suppression-format.md §1.)
    #[test]
    fn phone_canonical_is_idempotent(
        region in prop::sample::select(vec!["NL", "DE", "GB", "US", "FR", "BE", "IT", "FO"]),
        prefix in prop::sample::select(vec!["", "0", "00", "+", "+31 ", "0031 ", "+31 (0)", "tel:", " ", "(0)"]),
        digits in "[0-9]{1,14}",
        sep in prop::sample::select(vec!["", " ", "-", ".", "/"]),
        at in 0usize..14,
    ) {
        let mut d = digits.clone();
        if at < d.len() {
            d.insert_str(at, sep);
        }
        let v = format!("{prefix}{d}");
        if let Ok(c) = canonical(Kind::Phone, &v, Some(region))
            && PhoneNumber::parse(&v, Some(region)).is_ok_and(|n| n.is_valid())
            && PhoneNumber::parse(c.strict(), None).is_ok_and(|n| n.is_valid())
        {
            let again = canonical(Kind::Phone, c.strict(), Some(region)).unwrap();
            prop_assert_eq!(again.strict(), c.strict(), "{}", v);
            let no_region = canonical(Kind::Phone, c.strict(), None).unwrap();
            prop_assert_eq!(no_region.strict(), c.strict());
        }
    }

    #[test]
    fn reader_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let keys = vec![key()];
        prop_assert!(SuppressionList::from_bytes(&bytes, &keys, &OpenOptions::default()).is_err());
        prop_assert!(SuppressionFilter::from_bytes(&bytes, &keys, &OpenOptions::default()).is_err());
        let mut with_magic = b"CKSUPP\0\x01".to_vec();
        with_magic.extend_from_slice(&bytes);
        prop_assert!(SuppressionList::from_bytes(&with_magic, &keys, &OpenOptions::default()).is_err());
    }

    #[test]
    fn reader_refuses_mutated_files(pos in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
        let list = SuppressionList::create(key());
        list.add(Kind::Email, "person@example.nl", &AddOptions::default()).unwrap();
        let bytes = list.to_bytes().unwrap();
        let keys = vec![key()];
        let mut v = bytes.clone();
        let i = pos.index(v.len());
        if v[i] != byte {
            v[i] = byte;
            prop_assert!(SuppressionList::from_bytes(&v, &keys, &OpenOptions::default()).is_err());
        }
        let c = cut.index(bytes.len());
        prop_assert!(SuppressionList::from_bytes(&bytes[..c], &keys, &OpenOptions::default()).is_err());
    }

    #[test]
    fn check_many_equals_check(values in proptest::collection::vec(prop_oneof![email(), "[ -~]{0,12}"], 0..12)) {
        let list = SuppressionList::create(key());
        for v in values.iter().step_by(2) {
            let _ = list.add(Kind::Email, v, &AddOptions::default());
        }
        let opts = CheckOptions::default();
        let many = list.check_many(Kind::Email, &values, &opts);
        for (v, d) in values.iter().zip(many) {
            prop_assert_eq!(d, list.check(Kind::Email, v, &opts));
        }
        for v in values.iter().step_by(2) {
            if canonical(Kind::Email, v, None).is_ok() {
                prop_assert!(list.check(Kind::Email, v, &opts).suppressed);
            }
        }
    }
}
