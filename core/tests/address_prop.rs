//! Property tests of `address::parse`: no panic on arbitrary Unicode, idempotence of the
//! canonical form, render-and-reparse of generated addresses, batch = scalar, hostile input.

use contactkit::address::{self, Address, AddressWarning};
use proptest::prelude::*;

fn comps(a: &Address) -> Address {
    let mut x = a.without_warnings();
    x.canonical = None;
    x.lines.clear();
    x.match_key = None;
    x
}

fn check_idempotent(a: &Address) -> Result<(), TestCaseError> {
    if let Some(c) = a.canonical.as_deref() {
        let again = address::parse(c, None).unwrap();
        prop_assert_eq!(comps(&again), comps(a), "canonical {:?}", c);
        prop_assert_eq!(again.canonical.as_deref(), Some(c));
    }
    Ok(())
}

const NL_STREETS: &[&str] = &[
    "Keizersgracht",
    "Kerkstraat",
    "Laan van Meerdervoort",
    "Dorpsstraat",
    "Nieuwe Weg",
];
const NL_SUFFIX: &[(&str, Option<&str>)] = &[
    ("", None),
    ("A", Some("A")),
    ("-2", Some("2")),
    (" hs", Some("HS")),
    ("-III", Some("III")),
    ("b-3", Some("B-3")),
];
/// Realistic address tokens: street words, types, numbers with suffixes, postcodes, cities.
const WORDS: &[&str] = &[
    "Kerkstraat",
    "Hauptstr.",
    "rue",
    "de",
    "la",
    "Paix",
    "Main",
    "St",
    "Ave",
    "Apt",
    "4B",
    "12",
    "123",
    "5a",
    "12-2",
    "hs",
    "bus",
    "20",
    "1015 CJ",
    "1015cj",
    "10117",
    "75002",
    "SW1A 2AA",
    "IL",
    "62701",
    "Amsterdam",
    "Berlin",
    "Paris",
    "London",
    "Springfield",
    "Brussel",
    "1000",
    "Nederland",
    "Deutschland",
    "Postbus",
    "t.a.v.",
    "Jansen",
    "B.V.",
    "c/o",
    "Wien",
    "CEDEX",
    "Flat",
    "2",
    "Laan",
    "van",
    "Meerdervoort",
    "bis",
    "Zürich",
    "8001",
    "CH-8001",
    "D-10117",
];
const CITIES: &[&str] = &["Amsterdam", "Utrecht", "Zwolle", "Delft", "Gouda"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn no_panic_on_arbitrary_unicode(s in "\\PC{0,200}", hint in prop::option::of(prop::sample::select(vec!["NL", "BE", "DE", "FR", "GB", "US"]))) {
        let a = address::parse(&s, hint).unwrap();
        if a.is_empty() {
            prop_assert!(a.canonical.is_none());
        }
    }

    #[test]
    // Word salad from address tokens: no panic, and the canonical form parses again. (Exact
    // idempotence is checked on the golden corpus and the generated Dutch addresses; scrambled
    // salad such as `4B Amsterdam bus` still has counterexamples.)
    fn word_salad_never_panics(
        parts in prop::collection::vec(
            prop::collection::vec(prop::sample::select(WORDS.to_vec()), 1..5).prop_map(|w| w.join(" ")),
            1..5,
        ),
        hint in prop::option::of(prop::sample::select(vec!["NL", "BE", "DE", "FR", "GB", "US", "CH", "AT"])),
    ) {
        let text = parts.join(", ");
        let a = address::parse(&text, hint).unwrap();
        if let Some(c) = a.canonical.as_deref() {
            let _ = address::parse(c, None).unwrap();
        }
    }

    #[test]
    fn dutch_render_and_reparse(
        si in 0..NL_STREETS.len(),
        n in 1u32..2000,
        xi in 0..NL_SUFFIX.len(),
        pc in 1000u32..9999,
        l1 in prop::sample::select(vec!['A', 'B', 'C', 'J', 'K', 'N', 'X']),
        l2 in prop::sample::select(vec!['A', 'B', 'C', 'J', 'K', 'N', 'X']),
        ci in 0..CITIES.len(),
        sep in prop::sample::select(vec![", ", "\n", "; "]),
        compact in any::<bool>(),
    ) {
        let (suffix_in, suffix) = NL_SUFFIX[xi];
        let postcode = format!("{pc} {l1}{l2}");
        let pc_in = if compact { postcode.replace(' ', "").to_lowercase() } else { postcode.clone() };
        let text = format!("{} {n}{suffix_in}{sep}{pc_in} {}", NL_STREETS[si], CITIES[ci]);
        let a = address::parse(&text, Some("NL")).unwrap();
        prop_assert_eq!(a.street.as_deref(), Some(NL_STREETS[si]));
        let n_s = n.to_string();
        prop_assert_eq!(a.house_number.as_deref(), Some(n_s.as_str()));
        prop_assert_eq!(a.house_number_suffix.as_deref(), suffix);
        prop_assert_eq!(a.postcode.as_deref(), Some(postcode.as_str()));
        prop_assert_eq!(a.city.as_deref(), Some(CITIES[ci]));
        check_idempotent(&a)?;
        // Idempotent on the result's own rendering, twice.
        let b = address::parse(a.canonical.as_deref().unwrap(), Some("NL")).unwrap();
        prop_assert_eq!(b, a);
    }

    #[test]
    // Scrambled input: the canonical form converges. Word salad may lose junk on a reparse
    // (whose warnings then describe the junk it dropped), but within five reparses the
    // canonical form reaches a fixed point `c` with `parse(c).canonical == c`, where the whole
    // `Address`, warnings included, is stable. (`parse(a.canonical) == a` in one step is checked
    // on every golden spelling and the generated Dutch addresses; on salad it fails for ~6 % of
    // inputs, see testdata/address/README.md.)
    fn word_salad_canonical_converges(
        parts in prop::collection::vec(
            prop::collection::vec(prop::sample::select(WORDS.to_vec()), 1..5).prop_map(|w| w.join(" ")),
            1..5,
        ),
        hint in prop::option::of(prop::sample::select(vec!["NL", "BE", "DE", "FR", "GB", "US", "CH", "AT"])),
    ) {
        let text = parts.join(", ");
        let mut cur = address::parse(&text, hint).unwrap();
        let mut fixed = cur.canonical.is_none();
        for _ in 0..5 {
            let Some(c) = cur.canonical.clone() else { fixed = true; break };
            let next = address::parse(&c, None).unwrap();
            if next.canonical.as_deref() == Some(c.as_str()) {
                let again = address::parse(&c, None).unwrap();
                prop_assert_eq!(&again, &next);
                fixed = true;
                break;
            }
            cur = next;
        }
        prop_assert!(fixed, "no fixed point for {:?}: {:?}", text, cur.canonical);
    }

    #[test]
    fn batch_equals_scalar(texts in prop::collection::vec("\\PC{0,60}", 0..20)) {
        let many = address::parse_many(&texts, Some("DE")).unwrap();
        let one: Vec<Address> = texts.iter().map(|t| address::parse(t, Some("DE")).unwrap()).collect();
        prop_assert_eq!(many, one);
    }
}

#[test]
fn hostile_input_is_refused_quickly() {
    let big = "Keizersgracht 1 ".repeat(7000); // ~100 KB
    let a = address::parse(&big, None).unwrap();
    assert!(a.is_empty());
    assert_eq!(a.warnings, [AddressWarning::TooLong]);
    let commas = ",".repeat(10_000);
    let a = address::parse(&commas, None).unwrap();
    assert!(a.is_empty());
    let mixed = "a,".repeat(500);
    let a = address::parse(&mixed, None).unwrap();
    assert!(a.is_empty());
}

#[test]
fn non_addresses_are_empty() {
    for t in [
        "",
        "   ",
        "hello world",
        "n/a",
        "Jan de Vries",
        "info@example.com",
        "+31 20 123 4567",
    ] {
        let a = address::parse(t, None).unwrap();
        assert!(a.is_empty(), "{t:?}");
        assert_eq!(a.canonical, None);
    }
}

#[test]
fn unknown_hint_is_an_error() {
    let e = address::parse("x", Some("XX")).unwrap_err();
    assert_eq!(e.code(), "unknown_region");
    assert!(address::parse("x", Some("nl")).is_ok());
}
