//! Shared corpus generators for the contactkit benchmarks.
//!
//! Everything here is synthetic and seeded: the same seed gives the same corpus on every
//! machine, so benchmark numbers are comparable between runs. Names and domains are
//! combinations of common Dutch, Belgian and German given names, surnames and generic words;
//! no real personal data.

mod phone;
pub use phone::{phone_corpus, phone_corpus_by_region};
pub mod dedupe;
pub mod timing;

/// A small, fast, seeded pseudo-random generator (`SplitMix64`), so the benches need no
/// random-number dependency and stay reproducible.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator with `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// `true` with probability `p` (0..=1).
    pub fn chance(&mut self, p: f64) -> bool {
        #[allow(clippy::cast_precision_loss)] // 53 bits are plenty for a coin
        let x = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        x < p
    }

    /// A random element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "jan", "piet", "klaas", "sanne", "femke", "daan", "lotte", "bram", "eva", "noor", "lieke",
    "thijs", "ruben", "anouk", "joost", "marieke", "wouter", "inge", "kees", "sem", "jef", "wout",
    "lien", "koen", "griet", "tine", "bart", "els", "marie", "louis", "elise", "arne", "hans",
    "uwe", "sabine", "stefan", "lukas", "lea", "katrin", "jonas", "mia", "felix",
];
const LAST: &[&str] = &[
    "devries",
    "vandijk",
    "jansen",
    "bakker",
    "visser",
    "smit",
    "dejong",
    "vandenberg",
    "mulder",
    "deboer",
    "bos",
    "vos",
    "peters",
    "hendriks",
    "dekker",
    "brouwer",
    "dijkstra",
    "peeters",
    "janssens",
    "maes",
    "jacobs",
    "mertens",
    "willems",
    "claes",
    "goossens",
    "wouters",
    "desmet",
    "dubois",
    "schmidt",
    "schneider",
    "fischer",
    "weber",
    "meyer",
    "wagner",
    "becker",
    "schulz",
    "hoffmann",
    "koch",
    "bauer",
    "richter",
    "klein",
    "wolf",
];
const FIRST_INTL: &[&str] = &[
    "josé",
    "céline",
    "françois",
    "zoë",
    "jürgen",
    "björn",
    "käthe",
];
const PROVIDERS: &[&str] = &[
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "yahoo.com",
    "icloud.com",
    "ziggo.nl",
    "kpnmail.nl",
    "planet.nl",
    "xs4all.nl",
    "hetnet.nl",
    "home.nl",
    "telenet.be",
    "skynet.be",
    "proximus.be",
    "gmx.de",
    "gmx.net",
    "web.de",
    "t-online.de",
    "freenet.de",
    "proton.me",
];
const WORDS: &[&str] = &[
    "bakkerij",
    "bouw",
    "groep",
    "advies",
    "tuin",
    "zorg",
    "logistiek",
    "techniek",
    "handel",
    "garage",
    "kapsalon",
    "fietsen",
    "reizen",
    "installatie",
    "werkstatt",
    "beratung",
    "verlag",
    "consult",
    "media",
    "software",
    "design",
];
const TLDS: &[&str] = &["nl", "be", "de", "com", "eu", "org", "net"];
const ROLES: &[&str] = &[
    "info",
    "Info",
    "sales",
    "support",
    "administratie",
    "kontakt",
    "office",
];
const IDN_DOMAINS: &[&str] = &["münchen.de", "köln.de", "café-noël.be", "xn--mnchen-3ya.de"];

fn local_part(rng: &mut Rng) -> String {
    let first = rng.pick(FIRST);
    let last = rng.pick(LAST);
    match rng.below(8) {
        0 => first.to_owned(),
        1 | 2 => format!("{first}.{last}"),
        3 => format!("{}.{last}", &first[..1]),
        4 => format!("{first}{last}"),
        5 => format!("{first}.{last}+nieuwsbrief"),
        6 => format!("{first}{}", rng.below(2000)),
        _ => format!("{}.{}", capitalise(first), capitalise(last)),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn company_domain(rng: &mut Rng) -> String {
    let word = rng.pick(WORDS);
    let tld = rng.pick(TLDS);
    if rng.chance(0.5) {
        format!("{word}-{}.{tld}", rng.pick(LAST))
    } else {
        format!("{word}{}.{tld}", rng.pick(LAST))
    }
}

/// One realistic ASCII CRM value: mostly valid addresses at providers and companies, with the
/// invalid values such exports carry (typos, spaces, missing parts), all ASCII.
pub fn ascii_email(rng: &mut Rng) -> String {
    let domain = if rng.chance(0.6) {
        rng.pick(PROVIDERS).to_owned()
    } else {
        company_domain(rng)
    };
    let local = if rng.chance(0.05) {
        rng.pick(ROLES).to_owned()
    } else {
        local_part(rng)
    };
    let addr = format!("{local}@{domain}");
    // About 12% of CRM values are broken in some way.
    match rng.below(100) {
        0 => format!(" {addr}"),
        1 => format!("{addr} "),
        2 => addr.replacen('@', "", 1),
        3 => addr.replacen('.', "..", 1),
        4 => addr.replacen('.', ",", 1),
        5 => format!("{local}@{}", domain.replace('.', "")),
        6 => format!("{local}.@{domain}"),
        7 => format!("{local}@{domain}."),
        8 => format!("{local}@@{domain}"),
        9 => format!("{local} {}@{domain}", rng.pick(LAST)),
        10 => format!("{local}@localhost"),
        11 => addr.to_uppercase(),
        _ => addr,
    }
}

/// A realistic ASCII corpus of `n` values.
pub fn ascii_corpus(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..n).map(|_| ascii_email(&mut rng)).collect()
}

/// A mixed corpus of `n` values: the ASCII mix plus about 8% internationalised addresses
/// (non-ASCII local parts, IDN domains in Unicode and Punycode) and a few display names and
/// quoted local parts.
pub fn mixed_corpus(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|_| match rng.below(100) {
            0..=2 => format!("{}@{}", rng.pick(FIRST_INTL), rng.pick(PROVIDERS)),
            3..=5 => format!("{}@{}", local_part(&mut rng), rng.pick(IDN_DOMAINS)),
            6 => format!(
                "{} <{}>",
                capitalise(rng.pick(FIRST)),
                ascii_email(&mut rng)
            ),
            7 => format!(
                "\"{} {}\"@{}",
                rng.pick(FIRST),
                rng.pick(LAST),
                rng.pick(PROVIDERS)
            ),
            _ => ascii_email(&mut rng),
        })
        .collect()
}

/// A messy CRM corpus of `n` fields for `email::clean`: the mixed corpus with, in one field of
/// every five, the mess CRM exports carry (white space, `mailto:`, angle brackets, two addresses
/// in one field, typos, labels, spelled-out at-signs, wrong TLDs).
pub fn crm_corpus(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed ^ 0x00C0_FFEE);
    mixed_corpus(n, seed)
        .into_iter()
        .map(|s| match rng.below(40) {
            0 => format!(" {s}; "),
            1 => format!("mailto:{s}"),
            2 => format!("<{s}>"),
            3 => format!("{s}, {}", ascii_email(&mut rng)),
            4 => s.replace("gmail", "gmial"),
            5 => format!("E-mail: {s}"),
            6 => s.replacen('@', " (at) ", 1),
            7 => s.replace(".com", ".con"),
            _ => s,
        })
        .collect()
}

/// Hostile inputs for the bounded-work benchmarks: 50,000 combining marks before the `@`, and
/// a 200,000-character Punycode label.
pub fn hostile_inputs() -> Vec<(&'static str, String)> {
    vec![
        (
            "combining_marks_50k",
            format!("{}@example.com", "\u{301}".repeat(50_000)),
        ),
        (
            "xn_label_200k",
            format!("me@\u{e9}.xn--{}.com", "9".repeat(200_000)),
        ),
        (
            "arabic_digits_40k",
            format!("me@{}.com", "\u{660}".repeat(40_000)),
        ),
        (
            "quotes_100k",
            format!("\"{}@example.com", "\\\"".repeat(50_000)),
        ),
    ]
}

/// FNV-1a (64 bits) of the values joined by newlines: a cheap fingerprint of a corpus, shared
/// with `benches/python/bench_email.py` so that its mirror of these generators stays exact.
pub fn fingerprint(corpus: &[String]) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for (i, s) in corpus.iter().enumerate() {
        if i > 0 {
            h = (h ^ u64::from(b'\n')).wrapping_mul(0x0100_0000_01B3);
        }
        for &b in s.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
        }
    }
    h
}

/// The address benchmark corpus: every spelling (`input` and `equivalents`) of
/// `testdata/address/golden.jsonl`, a mixed-country set (NL, BE, DE, FR first), as
/// `(hint, text)` pairs. The Python bench reads the same file.
pub fn address_corpus_path() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("testdata")
        .join("address")
        .join("golden.jsonl")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_mirror_fingerprints() {
        assert_eq!(
            fingerprint(&ascii_corpus(10_000, 42)),
            0xFDCF_228F_642B_DD19
        );
        assert_eq!(
            fingerprint(&mixed_corpus(10_000, 42)),
            0x8B0A_6711_28DA_A8FF
        );
    }

    #[test]
    fn corpora_are_seeded_and_mostly_valid() {
        assert_eq!(ascii_corpus(50, 7), ascii_corpus(50, 7));
        assert_ne!(ascii_corpus(50, 7), ascii_corpus(50, 8));
        let c = ascii_corpus(2000, 1);
        assert!(c.iter().all(|s| s.is_ascii()));
        let opts = ck::email::EmailOptions::default();
        let valid = c
            .iter()
            .filter(|s| ck::email::validate(s, &opts).valid)
            .count();
        assert!((1600..1950).contains(&valid), "{valid} of 2000 valid");
        let m = mixed_corpus(2000, 1);
        assert!(m.iter().any(|s| !s.is_ascii()));
    }
}
