//! Organisations: the legal form split off by country, the core name as weighted tokens, and
//! registration numbers (`KvK`, vestigingsnummer, VAT/BTW, LEI, Companies House) as strong keys.
//!
//! Legal forms: from the public ISO 20275 Entity Legal Forms list (GLEIF, CC0) and national
//! company law, written out by hand here (abbreviations and long forms); no file was copied.

use super::text::{Fold, Key, fold, hash};

/// A legal form, as its canonical abbreviation and country (or `"*"` when shared).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LegalForm {
    pub canonical: &'static str,
    pub country: &'static str,
}

/// `(tokens as written, canonical, country)`: tokens are folded, dots and `&` removed.
const LEGAL_FORMS: &[(&str, &str, &str)] = &[
    ("bv", "bv", "nl"),
    ("besloten vennootschap", "bv", "nl"),
    ("nv", "nv", "nl"),
    ("naamloze vennootschap", "nv", "nl"),
    ("vof", "vof", "nl"),
    ("vennootschap onder firma", "vof", "nl"),
    ("cv", "cv", "nl"),
    ("commanditaire vennootschap", "cv", "nl"),
    ("stichting", "stichting", "nl"),
    ("vereniging", "vereniging", "nl"),
    ("cooperatie ua", "cooperatie", "nl"),
    ("cooperatie", "cooperatie", "nl"),
    ("ua", "ua", "nl"),
    ("maatschap", "maatschap", "nl"),
    ("eenmanszaak", "eenmanszaak", "nl"),
    ("srl", "bv", "be"),
    ("bvba", "bv", "be"),
    ("sprl", "bv", "be"),
    ("sa", "nv", "*"),
    ("commv", "commv", "be"),
    ("scomm", "commv", "be"),
    ("vzw", "vzw", "be"),
    ("asbl", "vzw", "be"),
    ("gmbh co kg", "gmbh co kg", "de"),
    ("gmbh", "gmbh", "de"),
    ("ag", "ag", "de"),
    ("ug haftungsbeschrankt", "ug", "de"),
    ("ug", "ug", "de"),
    ("kg", "kg", "de"),
    ("ohg", "ohg", "de"),
    ("ek", "ek", "de"),
    ("ev", "ev", "de"),
    ("ltd", "ltd", "gb"),
    ("limited", "ltd", "gb"),
    ("plc", "plc", "gb"),
    ("llp", "llp", "gb"),
    ("cic", "cic", "gb"),
    ("sarl", "sarl", "fr"),
    ("sasu", "sasu", "fr"),
    ("sas", "sas", "fr"),
    ("inc", "inc", "us"),
    ("llc", "llc", "us"),
];

/// Tokens that say little about which organisation it is (weight 0.2 in the token set).
const WEAK_TOKENS: &[&str] = &[
    "holding",
    "holdings",
    "groep",
    "group",
    "gruppe",
    "groupe",
    "international",
    "nederland",
    "netherlands",
    "belgie",
    "belgique",
    "deutschland",
    "france",
    "uk",
    "services",
    "service",
    "diensten",
    "beheer",
    "management",
    "consultancy",
    "consulting",
    "solutions",
    "the",
    "de",
    "het",
    "en",
    "and",
    "und",
    "et",
    "van",
    "der",
    "vestiging",
    "branch",
    "europe",
    "benelux",
];

/// Features of an organisation name and its registration numbers.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct OrgFeatures {
    /// The core name (legal form and qualifiers removed), squashed.
    pub core: Option<Key>,
    /// Core tokens with their weights (hash, weight, text).
    pub tokens: Vec<(u64, f32)>,
    /// Initials of the core tokens (for acronyms: `KPN`).
    pub acronym: u64,
    /// The legal form, if one was found.
    pub legal: Option<LegalForm>,
    /// Registration numbers, normalised (upper-case letters and digits), hashed.
    pub registrations: Vec<u64>,
}

fn legal_form_of(words: &[String]) -> Option<(usize, usize, LegalForm)> {
    // Longest match at the end, then at the start ("Stichting X").
    let mut best: Option<(usize, usize, LegalForm)> = None;
    for &(pat, canonical, country) in LEGAL_FORMS {
        let p: Vec<&str> = pat.split(' ').collect();
        let n = p.len();
        if n > words.len() {
            continue;
        }
        let lf = LegalForm { canonical, country };
        let tail = &words[words.len() - n..];
        if tail.iter().map(String::as_str).eq(p.iter().copied())
            && best.is_none_or(|b| b.1 - b.0 < n)
        {
            best = Some((words.len() - n, words.len(), lf));
        }
        let head = &words[..n];
        if best.is_none()
            && matches!(
                canonical,
                "stichting" | "vereniging" | "cooperatie" | "maatschap"
            )
            && head.iter().map(String::as_str).eq(p.iter().copied())
        {
            best = Some((0, n, lf));
        }
    }
    best
}

/// Normalises a registration number: letters and digits, upper case.
pub(crate) fn registration_key(raw: &str) -> Option<u64> {
    let s: String = raw
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (s.len() >= 4).then(|| hash(&s))
}

impl OrgFeatures {
    /// Features of an organisation name plus registration numbers.
    pub fn new(name: Option<&str>, registrations: &[String]) -> Self {
        let mut f = OrgFeatures {
            registrations: registrations
                .iter()
                .filter_map(|r| registration_key(r))
                .collect(),
            ..OrgFeatures::default()
        };
        f.registrations.sort_unstable();
        f.registrations.dedup();
        let Some(name) = name.map(str::trim).filter(|s| !s.is_empty()) else {
            return f;
        };
        // Qualifiers: "h.o.d.n." / "trading as" keep the first name; "vestiging X" is a branch.
        let folded = fold(name, Fold::Ascii);
        let folded = folded
            .split(" hodn ")
            .next()
            .unwrap_or("")
            .split(" h o d n ")
            .next()
            .unwrap_or("")
            .split(" trading as ")
            .next()
            .unwrap_or("")
            .to_owned();
        // Dots between letters join ("b.v." → "bv"); other punctuation separates.
        let joined: String = folded
            .chars()
            .filter(|c| *c != '.')
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        let mut words: Vec<String> = joined.split_whitespace().map(str::to_owned).collect();
        if let Some(i) = words.iter().position(|w| w == "vestiging") {
            words.truncate(i.max(1));
        }
        // Single-letter runs ("b v") as written with spaces: join them.
        let mut merged: Vec<String> = Vec::new();
        for w in words {
            if w.len() == 1
                && let Some(last) = merged.last_mut()
                && last.len() <= 2
                && last.chars().all(|c| c.is_ascii_alphabetic())
                && !WEAK_TOKENS.contains(&last.as_str())
                && last.len() == 1
            {
                last.push_str(&w);
                continue;
            }
            merged.push(w);
        }
        let mut words = merged;
        if let Some((a, b, lf)) = legal_form_of(&words) {
            if b - a < words.len() {
                words.drain(a..b);
            }
            f.legal = Some(lf);
        }
        if words.is_empty() {
            return f;
        }
        f.tokens = words
            .iter()
            .map(|w| {
                let weight = if WEAK_TOKENS.contains(&w.as_str()) {
                    0.2
                } else {
                    1.0
                };
                (hash(w), weight)
            })
            .collect();
        let acr: String = words
            .iter()
            .filter(|w| !WEAK_TOKENS.contains(&w.as_str()))
            .filter_map(|w| w.chars().next())
            .collect();
        f.acronym = if acr.len() >= 2 { hash(&acr) } else { 0 };
        f.core = Key::from_folded(words.concat());
        f
    }

    /// Weighted token-set overlap (weighted Jaccard) of two core names.
    pub fn token_overlap(&self, o: &OrgFeatures) -> f32 {
        let total_a: f32 = self.tokens.iter().map(|t| t.1).sum();
        let total_b: f32 = o.tokens.iter().map(|t| t.1).sum();
        let mut common = 0.0;
        for t in &self.tokens {
            if o.tokens.iter().any(|u| u.0 == t.0) {
                common += t.1;
            }
        }
        let union = total_a + total_b - common;
        if union <= 0.0 { 0.0 } else { common / union }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_are_split_off() {
        let a = OrgFeatures::new(Some("Acme Holding B.V."), &[]);
        let b = OrgFeatures::new(Some("ACME holding bv"), &[]);
        assert_eq!(a.core, b.core);
        assert_eq!(a.legal.map(|l| l.canonical), Some("bv"));
        let g = OrgFeatures::new(Some("Müller Bau GmbH & Co. KG"), &[]);
        assert_eq!(g.legal.map(|l| l.canonical), Some("gmbh co kg"));
        assert_eq!(g.core.as_ref().map(|k| k.s.as_str()), Some("mullerbau"));
        let s = OrgFeatures::new(Some("Stichting Het Oude Huis"), &[]);
        assert_eq!(s.legal.map(|l| l.canonical), Some("stichting"));
        let be = OrgFeatures::new(Some("Vandamme SRL"), &[]);
        assert_eq!(be.legal.map(|l| l.canonical), Some("bv"));
        assert!(a.token_overlap(&OrgFeatures::new(Some("Acme Services"), &[])) > 0.5);
    }

    #[test]
    fn registration_numbers_normalise() {
        assert_eq!(
            registration_key("NL 8123.45.678.B01"),
            registration_key("nl812345678b01")
        );
        assert_eq!(registration_key("12"), None);
    }
}
