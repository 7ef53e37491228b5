//! Person names: given / middle / family parts from split columns or one `full_name`
//! (`"Jansen, J.P."`, `"dhr. ir. J.P.M. (Jan) de Vries"`, `"Berg, van den"`), with titles set
//! apart, Dutch tussenvoegsels as their own class, initials, the roepnaam in brackets, and
//! family names as a set of parts (married and double names).

use super::nicknames;
use super::phonetic::{metaphone_cologne, with_dutch_key};
use super::text::{Fold, Key, fold, hash, hash_concat, squash};
use crate::inline_vec::InlineVec;

/// Titles, honorifics and affixes (folded, dots removed); they never take part in matching.
/// A `match` on the word (compiled to a length-and-byte dispatch, not a list scan).
fn is_title(w: &str) -> bool {
    matches!(
        w,
        "dhr"
            | "mevr"
            | "mw"
            | "mevrouw"
            | "heer"
            | "hr"
            | "dr"
            | "drs"
            | "ir"
            | "ing"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "prof"
            | "bc"
            | "msc"
            | "mba"
            | "bsc"
            | "ba"
            | "phd"
            | "jr"
            | "sr"
            | "jun"
            | "sen"
            | "herr"
            | "frau"
            | "mme"
            | "mlle"
            | "sir"
            | "dipl"
            | "mag"
            | "ds"
            | "lic"
            | "em"
            | "fam"
            | "familie"
    )
}

/// Tussenvoegsels and other name particles (Dutch, Flemish, German, French, Romance),
/// folded, dots removed.
pub(crate) fn is_prefix_word(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "de"
            | "der"
            | "den"
            | "het"
            | "t"
            | "te"
            | "ter"
            | "ten"
            | "in"
            | "op"
            | "onder"
            | "aan"
            | "bij"
            | "uit"
            | "voor"
            | "tot"
            | "vd"
            | "vden"
            | "vder"
            | "la"
            | "le"
            | "les"
            | "du"
            | "des"
            | "von"
            | "vom"
            | "zu"
            | "zum"
            | "zur"
            | "am"
            | "di"
            | "da"
            | "del"
            | "della"
            | "dos"
            | "das"
            | "do"
            | "vande"
            | "vander"
            | "vanden"
            | "ver"
    )
}

/// Merged prefixes a family name can start with when written as one word (`Vandevelde`,
/// `Terhorst`, `Vanderlinden`), longest first.
const MERGED: &[&str] = &[
    "vanden", "vander", "vande", "van", "ter", "ten", "von", "de", "le", "la", "du", "di", "da",
];

/// Whether a byte is the first letter of a [`MERGED`] prefix (a cheap gate before trying them).
const MERGED_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < MERGED.len() {
        t[MERGED[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// The canonical class of a run of prefix words: `van der`, `van den`, `van de`, `v.d.`, `vd`
/// are one class (`vd`); `v` is `van`.
fn prefix_class(words: &[&str]) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let next = words.get(i + 1).copied();
        match (w, next) {
            ("van" | "v", Some("de" | "der" | "den" | "d")) => {
                out.push("vd");
                i += 2;
            }
            ("vd" | "vde" | "vden" | "vder" | "vande" | "vander" | "vanden", _) => {
                out.push("vd");
                i += 1;
            }
            ("v", _) => {
                out.push("van");
                i += 1;
            }
            ("in" | "op", Some("t" | "het" | "de")) => {
                out.push(w);
                out.push(if next == Some("de") { "de" } else { "t" });
                i += 2;
            }
            ("het", _) => {
                out.push("t");
                i += 1;
            }
            _ => {
                out.push(w);
                i += 1;
            }
        }
    }
    out.join(" ")
}

/// One part of a family name: its particles and its core (`van der` + `Velde`).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct FamilyPart {
    /// Hash of the canonical prefix class, 0 when none.
    pub prefix: u64,
    /// The core.
    pub core: Key,
}

/// Features of a person's name, computed once per record.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct PersonName {
    /// Full given names in order; the roepnaam (in brackets) first when present.
    pub given: Vec<Key>,
    /// Initials of every given name, in order (explicit initials and first letters).
    pub initials: Initials,
    /// Hash of all full given names joined without spaces (`Bart Jan` = `Bartjan`).
    pub given_concat: u64,
    /// Nickname groups of every full given name (sorted, deduplicated).
    pub nick: Vec<u16>,
    /// Dutch phonetic key of the primary given name, hashed (0 when none).
    pub given_phon: u64,
    /// Family name parts.
    pub parts: Vec<FamilyPart>,
    /// All cores joined (without particles).
    pub family: Option<Key>,
    /// Particles plus cores, all joined, no spaces (`vandevelde`), hashed.
    pub family_nospace: u64,
    /// The core after stripping a merged particle (`Vandevelde` → `velde`), if any.
    pub merged_core: Option<Key>,
    /// Dutch phonetic key of the joined cores, hashed (0 when empty).
    pub family_dutch: u64,
    /// Double Metaphone of the first core, hashed.
    pub family_metaphone: u64,
    /// Kölner Phonetik of the first core, hashed.
    pub family_cologne: u64,
}

/// Initials a record holds without a heap allocation.
const INITIALS_INLINE: usize = 22;

/// The initials of a name: up to 22 inline (no heap block), more in a list. Reads as a byte
/// slice.
pub(crate) type Initials = InlineVec<u8, INITIALS_INLINE>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Word,
    Initials,
    Prefix,
}

/// Tokenises one name segment: folded words with a class. Initials are recognised from the raw
/// text (`J.P.`, `J.`, `JP` in an otherwise mixed-case value).
fn tokens(raw: &str, all_caps_input: bool) -> Vec<(String, Tok)> {
    let replaced;
    let raw = if raw.contains('/') {
        replaced = raw
            .replace("v/d", "vd ")
            .replace("V/D", "vd ")
            .replace("v/h", "van het ");
        replaced.as_str()
    } else {
        raw
    };
    let mut out = Vec::new();
    for rt in raw.split(|c: char| c.is_whitespace() || c == '_') {
        if rt.is_empty() {
            continue;
        }
        let mut letters = fold(rt, Fold::Ascii);
        let dotted = letters.contains('.');
        // "j.p.m." / "j.": dotted single letters (read before the dots go).
        let dotted_initials = dotted
            && letters
                .split('.')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .all(|s| s.chars().count() == 1);
        letters.retain(|c| c.is_alphanumeric() || c == '-');
        if letters.is_empty() || letters == "-" {
            continue;
        }
        let hyphen = letters.contains('-');
        let plain: std::borrow::Cow<'_, str> = if hyphen {
            letters.replace('-', "").into()
        } else {
            letters.as_str().into()
        };
        if is_title(&plain) && (dotted || plain.len() > 1) {
            continue;
        }
        if is_prefix_word(&plain) && !hyphen {
            out.push((letters, Tok::Prefix));
            continue;
        }
        // "j.p.m." / "j." / "j" / "JP"
        let caps_initials = !all_caps_input
            && rt.len() <= 3
            && rt.chars().all(|c| c.is_ascii_uppercase())
            && !rt.chars().any(|c| "AEIOUY".contains(c));
        if dotted_initials || caps_initials || plain.len() == 1 {
            let plain = plain.into_owned();
            out.push((plain, Tok::Initials));
            continue;
        }
        out.push((letters, Tok::Word));
    }
    out
}

/// The raw inputs of a name, as the record gives them.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct NameInput<'a> {
    pub given: Option<&'a str>,
    pub middle: Option<&'a str>,
    pub family: Option<&'a str>,
    pub full: Option<&'a str>,
}

fn nonempty(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// Splits off a bracketed roepnaam: `"J.P.M. (Jan) de Vries"` → (`"J.P.M.  de Vries"`, `Jan`).
fn roepnaam(s: &str) -> (std::borrow::Cow<'_, str>, Option<&str>) {
    if let (Some(a), Some(b)) = (s.find('('), s.find(')'))
        && a < b
    {
        let inner = s[a + 1..b].trim();
        let rest = format!("{} {}", &s[..a], &s[b + 1..]);
        return (rest.into(), (!inner.is_empty()).then_some(inner));
    }
    (s.into(), None)
}

impl PersonName {
    /// Parses a name from split columns, or from `full` when all parts are absent.
    pub fn parse(input: NameInput<'_>) -> PersonName {
        let (given, middle, family, full) = (
            nonempty(input.given),
            nonempty(input.middle),
            nonempty(input.family),
            nonempty(input.full),
        );
        let mut given_toks: Vec<(String, Tok)> = Vec::new();
        let mut family_toks: Vec<(String, Tok)> = Vec::new();
        let mut roep: Option<&str> = None;
        if given.is_some() || family.is_some() || middle.is_some() {
            let caps = |s: &str| !s.chars().any(char::is_lowercase);
            if let Some(g) = given {
                let (g, r) = roepnaam(g);
                roep = r;
                given_toks.extend(tokens(&g, caps(&g)));
            }
            if let Some(m) = middle {
                let t = tokens(m, caps(m));
                if t.iter().all(|(_, k)| *k == Tok::Prefix) {
                    family_toks.extend(t); // a tussenvoegsel column
                } else {
                    given_toks.extend(t);
                }
            }
            // Particles typed at the end of the given name ("Jan van") belong to the family.
            while let Some(t) = given_toks.pop_if(|t| t.1 == Tok::Prefix) {
                family_toks.insert(0, t);
            }
            if let Some(f) = family {
                let mut segs = f.splitn(2, ',');
                let head = segs.next().unwrap_or("");
                let tail = segs.next().unwrap_or("");
                let tail_t = tokens(tail, caps(tail));
                let (pre, rest): (Vec<_>, Vec<_>) =
                    tail_t.into_iter().partition(|t| t.1 == Tok::Prefix);
                family_toks.extend(pre);
                family_toks.extend(tokens(head, caps(head)));
                given_toks.extend(rest);
            }
        } else if let Some(full) = full {
            let (full, r) = roepnaam(full);
            roep = r;
            let caps = !full.chars().any(char::is_lowercase);
            if let Some((head, tail)) = full.split_once(',') {
                // "Jansen, J.P." / "Berg, van den" / "Van Arkel de Greef, Heleen"
                let tail_t = tokens(tail, caps);
                let (pre, rest): (Vec<_>, Vec<_>) =
                    tail_t.into_iter().partition(|t| t.1 == Tok::Prefix);
                family_toks.extend(pre);
                family_toks.extend(tokens(head, caps));
                given_toks.extend(rest);
            } else {
                let t = tokens(&full, caps);
                if t.first().is_some_and(|x| x.1 == Tok::Prefix) {
                    // "de Vries Jan": particles, one core, then the given names.
                    let end = t
                        .iter()
                        .position(|x| x.1 != Tok::Prefix)
                        .map_or(t.len(), |i| i + 1);
                    family_toks.extend(t[..end].iter().cloned());
                    given_toks.extend(t[end..].iter().cloned());
                    return Self::build(&given_toks, &family_toks, roep);
                }
                // The family name starts at the first particle after a given token, else it
                // is the last word.
                let start = t
                    .iter()
                    .enumerate()
                    .skip(1)
                    .find(|(_, x)| x.1 == Tok::Prefix)
                    .map(|(i, _)| i)
                    .or_else(|| t.iter().rposition(|x| x.1 == Tok::Word))
                    .unwrap_or(t.len());
                let start = if t.iter().take(start).all(|x| x.1 == Tok::Prefix) {
                    0
                } else {
                    start
                };
                given_toks.extend(t[..start].iter().cloned());
                family_toks.extend(t[start..].iter().cloned());
            }
        }
        Self::build(&given_toks, &family_toks, roep)
    }

    fn build(
        given_toks: &[(String, Tok)],
        family_toks: &[(String, Tok)],
        roep: Option<&str>,
    ) -> Self {
        let mut n = PersonName::default();
        // Room for every key and initial up front (the lists are kept for the whole run).
        let (mut keys, mut initials) = (usize::from(roep.is_some()), 0);
        for (w, kind) in given_toks {
            if *kind == Tok::Initials {
                initials += w.bytes().filter(u8::is_ascii_alphanumeric).count();
            } else {
                let pieces = w.split('-').filter(|p| !p.is_empty()).count();
                keys += pieces;
                initials += pieces;
            }
        }
        n.given.reserve_exact(keys);
        n.initials = Initials::with_capacity(initials);
        if let Some(r) = roep
            && let Some(k) = Key::new(r)
        {
            n.given.push(k);
        }
        for (w, kind) in given_toks {
            match kind {
                Tok::Initials => {
                    for b in w.bytes().filter(u8::is_ascii_alphanumeric) {
                        n.initials.push(b);
                    }
                }
                Tok::Word | Tok::Prefix => {
                    for piece in w.split('-').filter(|p| !p.is_empty()) {
                        if let Some(k) = Key::new(piece) {
                            n.initials.push(k.s.as_bytes()[0]);
                            n.given.push(k);
                        }
                    }
                }
            }
        }
        if !n.given.is_empty() {
            n.given_concat = hash_concat(
                n.given
                    .iter()
                    .skip(usize::from(roep.is_some() && n.given.len() > 1))
                    .map(|k| k.s.as_bytes()),
            );
            for k in &n.given {
                n.nick.extend_from_slice(nicknames::group_slice(&k.s));
            }
            n.nick.sort_unstable();
            n.nick.dedup();
            n.given_phon = with_dutch_key(&n.given[0].s, hash);
        }
        // Family parts: particles attach to the next core; trailing particles ("Vries de") to
        // the last core.
        let cores: usize = family_toks
            .iter()
            .filter(|t| t.1 != Tok::Prefix)
            .map(|(w, _)| w.split('-').filter(|p| !p.is_empty()).count())
            .sum();
        n.parts
            .reserve_exact(cores.max(usize::from(!family_toks.is_empty())));
        let mut pending: Vec<&str> = Vec::new();
        let mut raw_all = String::new();
        for (w, kind) in family_toks {
            if *kind == Tok::Prefix {
                pending.push(w);
                raw_all.push_str(w);
                continue;
            }
            for piece in w.split('-').filter(|p| !p.is_empty()) {
                let Some(core) = Key::new(piece) else {
                    continue;
                };
                raw_all.push_str(&core.s);
                let prefix = if pending.is_empty() {
                    0
                } else {
                    hash(&prefix_class(&pending))
                };
                pending.clear();
                n.parts.push(FamilyPart { prefix, core });
            }
        }
        if !pending.is_empty() {
            if let Some(last) = n.parts.last_mut() {
                if last.prefix == 0 {
                    last.prefix = hash(&prefix_class(&pending));
                }
            } else {
                // Only particles ("de"): keep them as the core.
                let s: String = pending.concat();
                if let Some(core) = Key::from_folded(s) {
                    n.parts.push(FamilyPart { prefix: 0, core });
                }
            }
        }
        if !n.parts.is_empty() {
            let joined: String = n.parts.iter().map(|p| p.core.s.as_str()).collect();
            n.family_dutch = with_dutch_key(&joined, |k| if k.is_empty() { 0 } else { hash(k) });
            (n.family_metaphone, n.family_cologne) = metaphone_cologne(&n.parts[0].core.s);
            // Particles and cores are letters and digits already: `raw_all` is its own squash.
            debug_assert_eq!(squash(&raw_all), raw_all);
            n.family_nospace = hash(&raw_all);
            if n.parts.len() == 1
                && n.parts[0].prefix == 0
                && MERGED_FIRST[usize::from(n.parts[0].core.s.as_bytes()[0])]
            {
                let s: &str = &n.parts[0].core.s;
                n.merged_core = MERGED.iter().find_map(|m| {
                    s.strip_prefix(m)
                        .filter(|rest| rest.len() >= 3)
                        .and_then(|rest| Key::from_folded(rest.to_owned()))
                });
            }
            // The joined cores are their own transliteration key (`hash(joined)`) unless there
            // is one part, which keeps its own.
            let mut k = Key::from_folded(joined).unwrap_or_default();
            if n.parts.len() == 1 {
                k.t = n.parts[0].core.t;
            }
            n.family = Some(k);
        }
        n
    }

    /// Whether the record has only initials for its given name.
    #[cfg(test)]
    pub fn only_initials(&self) -> bool {
        self.given.is_empty() && !self.initials.is_empty()
    }

    /// Whether any given-name information is present.
    pub fn has_given(&self) -> bool {
        !self.given.is_empty() || !self.initials.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(s: &str) -> PersonName {
        PersonName::parse(NameInput {
            full: Some(s),
            ..NameInput::default()
        })
    }

    fn cores(n: &PersonName) -> Vec<&str> {
        n.parts.iter().map(|p| p.core.s.as_str()).collect()
    }

    #[test]
    fn parses_formal_dutch_names() {
        let n = full("dhr. ir. J.P.M. (Jan) de Vries");
        assert_eq!(n.given[0].s, "jan");
        assert_eq!(&*n.initials, b"jpm");
        assert_eq!(cores(&n), ["vries"]);
        assert_eq!(n.parts[0].prefix, hash("de"));

        let n = full("Jansen, J.P.");
        assert_eq!(cores(&n), ["jansen"]);
        assert!(n.only_initials());
        assert_eq!(&*n.initials, b"jp");

        let n = full("Berg, van den");
        assert_eq!(cores(&n), ["berg"]);
        assert_eq!(n.parts[0].prefix, hash("vd"));
        assert!(!n.has_given());

        let n = full("Van Arkel de Greef, Heleen");
        assert_eq!(cores(&n), ["arkel", "greef"]);
        assert_eq!(n.given[0].s, "heleen");

        let n = full("Maria de Wit-Jansen");
        assert_eq!(cores(&n), ["wit", "jansen"]);
    }

    #[test]
    fn initials_spill_past_the_inline_room_in_order() {
        let want: Vec<u8> = (0..30u8).map(|i| b'a' + i % 26).collect();
        let mut i = Initials::default();
        for &b in &want {
            i.push(b);
        }
        assert!(matches!(i, Initials::Heap(_)));
        assert_eq!(&*i, want.as_slice());
        let mut short = Initials::default();
        short.push(b'j');
        assert_eq!(&*short, b"j");
        assert_ne!(short, i);
        let n = full(&"A. ".repeat(25));
        assert_eq!(n.initials.len(), 25);
    }

    #[test]
    fn split_columns_with_a_tussenvoegsel_column() {
        let n = PersonName::parse(NameInput {
            given: Some("Jan"),
            middle: Some("v.d."),
            family: Some("Velde"),
            full: None,
        });
        assert_eq!(cores(&n), ["velde"]);
        assert_eq!(n.parts[0].prefix, hash("vd"));
        let m = full("Jan Vandevelde");
        assert_eq!(m.merged_core.as_ref().map(|k| k.s.as_str()), Some("velde"));
    }
}
