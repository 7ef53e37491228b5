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

/// Word salad from `WORDS`, deterministic (xorshift), for the one-reparse rate below.
fn salad(n: usize, mut seed: u64) -> Vec<(String, Option<&'static str>)> {
    const HINTS: &[Option<&str>] = &[
        None,
        Some("NL"),
        Some("BE"),
        Some("DE"),
        Some("FR"),
        Some("GB"),
        Some("US"),
        Some("CH"),
        Some("AT"),
    ];
    let mut rnd = |k: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % k as u64).unwrap()
    };
    (0..n)
        .map(|_| {
            let parts = 1 + rnd(4);
            let text = (0..parts)
                .map(|_| {
                    let words = 1 + rnd(4);
                    (0..words)
                        .map(|_| WORDS[rnd(WORDS.len())])
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join(", ");
            (text, HINTS[rnd(HINTS.len())])
        })
        .collect()
}

#[test]
// `parse(a.canonical) == a` (warnings aside) in one step. For real addresses this holds
// exactly: every golden spelling and every generated Dutch address above checks it. On word
// salad the pipeline settles any result that may not be a fixed point (junk left out, an
// incomplete address, units, suffixes, sorting codes: `parse::unsettled`) by reparsing its
// canonical form until it is one; before that, ~6 % of salad needed more than one reparse.
// What is left is salad that reads as a complete, clean address yet renders into a different
// one (`12-2 Ave de 1015 CJ` with a Belgian hint); checking every result would double the cost
// of every parse, so the rate is bounded instead of zero: at most 1 in 2,000.
fn word_salad_one_reparse_is_enough() {
    let mut total = 0usize;
    let mut bad = Vec::new();
    for (text, hint) in salad(20_000, 0x1234_5678) {
        let a = address::parse(&text, hint).unwrap();
        let Some(c) = a.canonical.as_deref() else {
            continue;
        };
        total += 1;
        let b = address::parse(c, None).unwrap();
        if comps(&b) != comps(&a) || b.canonical != a.canonical {
            bad.push(format!("{text:?} {hint:?}: {c:?} -> {:?}", b.canonical));
        }
    }
    assert!(total > 10_000);
    assert!(
        bad.len() * 2_000 <= total,
        "{} of {total}: {bad:#?}",
        bad.len()
    );
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

#[test]
fn gb_street_without_number_keeps_its_type() {
    for text in [
        "Church Ln, Oxford OX1 2AB",
        "Church Lane, Oxford OX1 2AB",
        "CHURCH LN\nOXFORD\nOX12AB",
    ] {
        let a = address::parse(text, Some("GB")).unwrap();
        assert_eq!(a.street.as_deref(), Some("Church Lane"), "{text}");
        assert_eq!(a.house_number, None, "{text}");
        assert_eq!(a.city.as_deref(), Some("Oxford"), "{text}");
        assert_eq!(a.postcode.as_deref(), Some("OX1 2AB"), "{text}");
        assert_eq!(
            a.canonical.as_deref(),
            Some("Church Lane, Oxford OX1 2AB, GB"),
            "{text}"
        );
        assert_eq!(
            address::parse(a.canonical.as_deref().unwrap(), None).unwrap(),
            a
        );
    }
    let a = address::parse("Mill Rd, Cambridge CB1 2AD", None).unwrap();
    assert_eq!(a.street.as_deref(), Some("Mill Road"));
}

#[test]
fn brussels_french_and_dutch_streets_share_the_match_key() {
    for (fr, nl) in [
        (
            "Rue de la Loi 16, 1000 Bruxelles",
            "Wetstraat 16, 1000 Brussel",
        ),
        (
            "Rue de la Senne 32 bte 20, 1000 Bruxelles",
            "Zennestraat 32 bus 20, 1000 Brussel",
        ),
        (
            "Boulevard Anspach 103, 1000 Bruxelles",
            "Anspachlaan 103, 1000 Brussel",
        ),
        (
            "Avenue Louise 54, 1050 Ixelles",
            "Louizalaan 54, 1050 Elsene",
        ),
        (
            "Chaussée d'Ixelles 10, 1050 Ixelles",
            "Elsensesteenweg 10, 1050 Elsene",
        ),
        (
            "Rue de Stalle 103, 1180 Uccle",
            "Stallestraat 103, 1180 Ukkel",
        ),
        (
            "Place Rogier 1, 1210 Saint-Josse-ten-Noode",
            "Rogierplein 1, 1210 Sint-Joost-ten-Node",
        ),
    ] {
        let a = address::parse(fr, Some("BE")).unwrap();
        let b = address::parse(nl, Some("BE")).unwrap();
        assert!(a.match_key.is_some(), "{fr}");
        assert_eq!(a.match_key, b.match_key, "{fr} / {nl}");
    }
    // Outside Brussels a Dutch street keeps its whole name in the key.
    let a = address::parse("Wetstraat 16, 9000 Gent", Some("BE")).unwrap();
    assert_eq!(a.match_key.as_deref(), Some("BE|9000|wetstraat|16|"));
    // Different streets of Brussels keep different keys.
    let x = address::parse("Rue de la Loi 16, 1000 Bruxelles", Some("BE")).unwrap();
    let y = address::parse("Rue Royale 16, 1000 Bruxelles", Some("BE")).unwrap();
    assert_ne!(x.match_key, y.match_key);
}
