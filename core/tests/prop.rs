//! Property tests of `email::validate`: no panics under any options, normalised output is a
//! fixed point, the batch call equals the scalar call (linear work on long input:
//! `benches/tests/linear_time.rs`, timed on-CPU).

use std::time::{Duration, Instant};

use contactkit::email::{self, EmailOptions};
use proptest::prelude::*;

/// The options with bit `i` of `mask` setting the `i`-th option of `EmailOptions::NAMES`.
fn options(mask: u8) -> EmailOptions {
    let mut o = EmailOptions::default();
    for (i, name) in EmailOptions::NAMES.iter().enumerate() {
        o.set(name, mask & (1 << i) != 0).expect("known option");
    }
    o
}

/// Characters that exercise every branch: atext, specials, quotes, escapes, brackets, dots and
/// their look-alikes, spaces, controls, combining marks, bidi, IDNA edge cases.
const PIECES: &[&str] = &[
    "a",
    "Z",
    "0",
    ".",
    "-",
    "_",
    "+",
    "@",
    "<",
    ">",
    "\"",
    "\\",
    " ",
    "(",
    ")",
    "[",
    "]",
    ":",
    ",",
    ";",
    "xn--",
    "IPv6:",
    "1.2.3.4",
    "::1",
    "%",
    "é",
    "ß",
    "İ",
    "ı",
    "ς",
    "中",
    "א",
    "ب",
    "١",
    "۱",
    "\u{301}",
    "\u{338}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{A0}",
    "\u{2028}",
    "\u{202E}",
    "\u{3002}",
    "\u{FF0E}",
    "\u{FF20}",
    "\u{FE6B}",
    "\u{2488}",
    "\u{37E}",
    "\u{1FEF}",
    "\u{FB2C}",
    "\u{212B}",
    "\u{E000}",
    "\u{FDEF}",
    "\u{1FAE8}",
    "\n",
    "\t",
    "\0",
    "😀",
    "com",
    "example",
    "Info",
    "test",
    "localhost",
    "münchen",
    "xn--mnchen-3ya",
    "ｇｍａｉｌ",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|v| v.concat())
}

/// Mostly well-formed addresses (so the valid-only properties get many cases), with noise.
fn addressish() -> impl Strategy<Value = String> {
    (
        prop::option::of(prop::sample::select(
            &["Jan ", "\"J. de V\" ", "Zoë ", ""][..],
        )),
        "[a-zA-Z0-9._%+éß中-]{1,16}|\"[a-z @\\\\.éß]{0,8}\"",
        "[a-zA-Z0-9éüß中-]{1,12}(\\.[a-zA-Z0-9äß-]{1,10}){0,2}\\.(com|nl|de|xn--p1ai|рф|test)",
        prop::bool::ANY,
    )
        .prop_map(|(name, local, domain, literal)| {
            let domain = if literal && domain.len() % 3 == 0 {
                "[192.0.2.1]".to_owned()
            } else {
                domain
            };
            match name {
                Some(n) if !n.is_empty() => format!("{n}<{local}@{domain}>"),
                _ => format!("{local}@{domain}"),
            }
        })
}

fn any_input() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), pieces(), addressish()]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_under_any_options(s in any_input()) {
        for mask in 0..=u8::MAX {
            let r = email::validate(&s, &options(mask));
            // The verdict is consistent with the fields.
            prop_assert_eq!(r.valid, r.reason.is_none());
            prop_assert_eq!(r.valid, r.normalized.is_some());
            prop_assert_eq!(r.message.is_some(), !r.valid);
        }
    }

    #[test]
    fn normalized_is_a_fixed_point(s in any_input(), mask in any::<u8>()) {
        let o = options(mask);
        let r = email::validate(&s, &o);
        if let Some(n) = &r.normalized {
            let again = email::validate(n, &o);
            prop_assert!(again.valid, "{:?} -> {:?}: {:?}", s, n, again.message);
            prop_assert_eq!(again.normalized.as_ref(), Some(n));
            prop_assert_eq!(again.ascii_email, r.ascii_email);
            prop_assert_eq!(again.ascii_domain, r.ascii_domain);
        }
    }

    #[test]
    fn batch_equals_scalar(v in prop::collection::vec(any_input(), 0..16), mask in any::<u8>()) {
        let o = options(mask);
        let batch = email::validate_many(&v, &o);
        let scalar: Vec<_> = v.iter().map(|s| email::validate(s, &o)).collect();
        prop_assert_eq!(batch, scalar);
    }
}

/// The two hostile inputs of the upstream suite, answered well within a generous bound (the
/// release build needs about 2 ms and 20 µs; see the `email` benchmark).
#[test]
fn hostile_inputs_are_answered_quickly() {
    let o = EmailOptions::default();
    for input in [
        format!("{}@example.com", "\u{301}".repeat(50_000)),
        format!("me@\u{e9}.xn--{}.com", "9".repeat(200_000)),
        format!("{}@example.com", "a".repeat(200_000)),
    ] {
        let t = Instant::now();
        let r = email::validate(&input, &o);
        let took = t.elapsed();
        assert!(!r.valid);
        assert!(took < Duration::from_millis(500), "took {took:?}");
    }
}
