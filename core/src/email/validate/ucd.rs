//! Look-ups in the generated Unicode tables (`tables.rs`): the character properties exactly as
//! the reference sees them (Python 3.11 `unicodedata`, Unicode 14.0.0; `idna` 3.20 data).

use super::tables;

/// A Unicode general category, in the order of the generator's `CATEGORIES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // every variant is a table value; not every one is named in code
#[repr(u8)]
pub(super) enum Gc {
    Lu,
    Ll,
    Lt,
    Lm,
    Lo,
    Mn,
    Mc,
    Me,
    Nd,
    Nl,
    No,
    Pc,
    Pd,
    Ps,
    Pe,
    Pi,
    Pf,
    Po,
    Sm,
    Sc,
    Sk,
    So,
    Zs,
    Zl,
    Zp,
    Cc,
    Cf,
    Cs,
    Co,
    Cn,
}

const GC_ALL: [Gc; 30] = [
    Gc::Lu,
    Gc::Ll,
    Gc::Lt,
    Gc::Lm,
    Gc::Lo,
    Gc::Mn,
    Gc::Mc,
    Gc::Me,
    Gc::Nd,
    Gc::Nl,
    Gc::No,
    Gc::Pc,
    Gc::Pd,
    Gc::Ps,
    Gc::Pe,
    Gc::Pi,
    Gc::Pf,
    Gc::Po,
    Gc::Sm,
    Gc::Sc,
    Gc::Sk,
    Gc::So,
    Gc::Zs,
    Gc::Zl,
    Gc::Zp,
    Gc::Cc,
    Gc::Cf,
    Gc::Cs,
    Gc::Co,
    Gc::Cn,
];

/// The major class of a category: the first letter of its Python spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Major {
    /// Letter.
    L,
    /// Mark.
    M,
    /// Number.
    N,
    /// Punctuation.
    P,
    /// Symbol.
    S,
    /// Separator.
    Z,
    /// Other (control, format, surrogate, private use, unassigned).
    C,
}

impl Gc {
    pub(super) fn major(self) -> Major {
        match self {
            Gc::Lu | Gc::Ll | Gc::Lt | Gc::Lm | Gc::Lo => Major::L,
            Gc::Mn | Gc::Mc | Gc::Me => Major::M,
            Gc::Nd | Gc::Nl | Gc::No => Major::N,
            Gc::Pc | Gc::Pd | Gc::Ps | Gc::Pe | Gc::Pi | Gc::Pf | Gc::Po => Major::P,
            Gc::Sm | Gc::Sc | Gc::Sk | Gc::So => Major::S,
            Gc::Zs | Gc::Zl | Gc::Zp => Major::Z,
            Gc::Cc | Gc::Cf | Gc::Cs | Gc::Co | Gc::Cn => Major::C,
        }
    }

    /// Letter, number, punctuation or symbol: shown by `repr` in messages.
    pub(super) fn is_lnps(self) -> bool {
        matches!(self.major(), Major::L | Major::N | Major::P | Major::S)
    }
}

/// The value of the run of `runs` (sorted by first code point) that holds `cp`.
fn run_value(runs: &[(u32, u8)], cp: u32) -> u8 {
    let i = runs.partition_point(|&(start, _)| start <= cp);
    // The first run starts at 0, so i >= 1.
    runs[i - 1].1
}

/// Code points below this have their category and bidi class in direct tables (Latin, Greek,
/// Cyrillic, Hebrew, Arabic: most of what real addresses hold).
const LOW: usize = 0x800;

/// Expands `runs` into one value per code point below `LOW`, at compile time.
const fn expand(runs: &[(u32, u8)]) -> [u8; LOW] {
    let mut out = [0u8; LOW];
    let mut r = 0;
    let mut cp = 0;
    while cp < LOW {
        while r + 1 < runs.len() && runs[r + 1].0 as usize <= cp {
            r += 1;
        }
        out[cp] = runs[r].1;
        cp += 1;
    }
    out
}

/// For each code point below `LOW`, the index of its row in `tables::UTS46`.
const fn expand_uts46_rows() -> [u16; LOW] {
    let rows = &tables::UTS46;
    let mut out = [0u16; LOW];
    let mut r = 0;
    let mut cp = 0;
    while cp < LOW {
        while r + 1 < rows.len() && rows[r + 1].0 as usize <= cp {
            r += 1;
        }
        out[cp] = r as u16;
        cp += 1;
    }
    out
}

/// IDNA 2008 classes below `LOW` (0 PVALID, 1 CONTEXTJ, 2 CONTEXTO, 3 DISALLOWED).
const fn expand_idna_classes() -> [u8; LOW] {
    let mut out = [3u8; LOW];
    let sets: [&[(u32, u32)]; 3] = [&tables::PVALID, &tables::CONTEXTJ, &tables::CONTEXTO];
    let mut k = 3;
    while k > 0 {
        k -= 1;
        let set = sets[k];
        let mut i = 0;
        while i < set.len() {
            let mut cp = set[i].0 as usize;
            while cp <= set[i].1 as usize && cp < LOW {
                out[cp] = k as u8;
                cp += 1;
            }
            i += 1;
        }
    }
    out
}

static UTS46_ROW_LOW: [u16; LOW] = expand_uts46_rows();
static IDNA_CLASS_LOW: [u8; LOW] = expand_idna_classes();
static GC_LOW: [u8; LOW] = expand(&tables::GC);
static BIDI_LOW: [u8; LOW] = expand(&tables::BIDI);

/// Whether `cp` is inside one of the sorted inclusive `ranges`.
pub(super) fn in_ranges(ranges: &[(u32, u32)], cp: u32) -> bool {
    let i = ranges.partition_point(|&(start, _)| start <= cp);
    i > 0 && cp <= ranges[i - 1].1
}

/// `unicodedata.category` (Unicode 14.0.0).
pub(super) fn category(cp: u32) -> Gc {
    let v = match GC_LOW.get(cp as usize) {
        Some(&v) => v,
        None => run_value(&tables::GC, cp),
    };
    GC_ALL[usize::from(v)]
}

/// `unicodedata.category` of a `char`.
pub(super) fn category_of(c: char) -> Gc {
    category(u32::from(c))
}

/// Bidirectional classes, in the order of the generator's `BIDI` (0 is "no value").
pub(super) mod bidi {
    pub(crate) const NONE: u8 = 0;
    pub(crate) const L: u8 = 1;
    pub(crate) const R: u8 = 2;
    pub(crate) const AL: u8 = 3;
    pub(crate) const EN: u8 = 4;
    pub(crate) const ES: u8 = 5;
    pub(crate) const ET: u8 = 6;
    pub(crate) const AN: u8 = 7;
    pub(crate) const CS: u8 = 8;
    pub(crate) const NSM: u8 = 9;
    pub(crate) const BN: u8 = 10;
    pub(crate) const ON: u8 = 14;
}

/// `unicodedata.bidirectional` as an index (`bidi::NONE` for the empty string).
pub(super) fn bidi_class(cp: u32) -> u8 {
    match BIDI_LOW.get(cp as usize) {
        Some(&v) => v,
        None => run_value(&tables::BIDI, cp),
    }
}

/// `unicodedata.combining` (canonical combining class).
pub(super) fn ccc(cp: u32) -> u8 {
    run_value(&tables::CCC, cp)
}

/// `unicodedata.name` for marks, separators and other characters (the only ones whose name
/// the reference ever shows); `None` when the character has no name.
pub(super) fn name(cp: u32) -> Option<&'static str> {
    tables::NAMES
        .binary_search_by_key(&cp, |&(c, _)| c)
        .ok()
        .map(|i| tables::NAMES[i].1)
}

/// Whether `unicodedata.name(chr(cp))` would succeed: every assigned character but controls,
/// private use, surrogates and (in Python 3.11) Tangut ideographs has a name.
pub(super) fn has_name(cp: u32) -> bool {
    !matches!(category(cp), Gc::Cc | Gc::Co | Gc::Cs | Gc::Cn) && !in_ranges(&tables::UNNAMED, cp)
}

/// Python's `str.isspace()` for one character.
pub(super) fn is_py_space(c: char) -> bool {
    tables::PY_SPACE.binary_search(&u32::from(c)).is_ok()
}

/// Whether the decomposition mapping of `c` contains U+002E.
pub(super) fn decomposes_to_dot(c: char) -> bool {
    tables::DECOMPOSES_TO_DOT
        .binary_search(&u32::from(c))
        .is_ok()
}

/// The UTS #46 status of a code point (idna 3.20 table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Uts46 {
    /// Kept.
    Valid,
    /// Replaced by the string.
    Mapped(&'static str),
    /// A deviation character: kept (non-transitional processing).
    Deviation,
    /// Removed.
    Ignored,
    /// Disallowed.
    Disallowed,
}

/// The UTS #46 row of `c`.
pub(super) fn uts46(c: char) -> Uts46 {
    let cp = u32::from(c);
    let row = match UTS46_ROW_LOW.get(cp as usize) {
        Some(&r) => usize::from(r),
        None => tables::UTS46.partition_point(|&(start, ..)| start <= cp) - 1,
    };
    let (_, status, off, len) = tables::UTS46[row];
    match status {
        0 => Uts46::Valid,
        1 => {
            let off = off as usize;
            Uts46::Mapped(&tables::UTS46_REPLACEMENTS[off..off + usize::from(len)])
        }
        2 => Uts46::Deviation,
        3 => Uts46::Ignored,
        _ => Uts46::Disallowed,
    }
}

/// The Arabic joining type letter of `cp` (`b'D'`, `b'R'`, ...), if it has one.
pub(super) fn joining_type(cp: u32) -> Option<u8> {
    let t = &tables::JOINING;
    let i = t.partition_point(|&(start, ..)| start <= cp);
    if i > 0 && cp <= t[i - 1].1 {
        Some(t[i - 1].2)
    } else {
        None
    }
}

/// IDNA 2008 code point class (idna 3.20 data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum IdnaClass {
    Pvalid,
    ContextJ,
    ContextO,
    Disallowed,
}

pub(super) fn idna_class(cp: u32) -> IdnaClass {
    if let Some(&k) = IDNA_CLASS_LOW.get(cp as usize) {
        return match k {
            0 => IdnaClass::Pvalid,
            1 => IdnaClass::ContextJ,
            2 => IdnaClass::ContextO,
            _ => IdnaClass::Disallowed,
        };
    }
    idna_class_slow(cp)
}

fn idna_class_slow(cp: u32) -> IdnaClass {
    if in_ranges(&tables::PVALID, cp) {
        IdnaClass::Pvalid
    } else if in_ranges(&tables::CONTEXTJ, cp) {
        IdnaClass::ContextJ
    } else if in_ranges(&tables::CONTEXTO, cp) {
        IdnaClass::ContextO
    } else {
        IdnaClass::Disallowed
    }
}

/// Scripts used by the CONTEXTO rules.
#[derive(Debug, Clone, Copy)]
pub(super) enum Script {
    Greek,
    Han,
    Hebrew,
    Hiragana,
    Katakana,
}

pub(super) fn is_script(cp: u32, script: Script) -> bool {
    let ranges: &[(u32, u32)] = match script {
        Script::Greek => &tables::SCRIPT_GREEK,
        Script::Han => &tables::SCRIPT_HAN,
        Script::Hebrew => &tables::SCRIPT_HEBREW,
        Script::Hiragana => &tables::SCRIPT_HIRAGANA,
        Script::Katakana => &tables::SCRIPT_KATAKANA,
    };
    in_ranges(ranges, cp)
}

/// The versions the tables were generated from.
#[cfg(test)]
pub(super) const VERSIONS: (&str, &str) = (tables::UNIDATA_VERSION, tables::IDNA_VERSION);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_match_unicode_14() {
        assert_eq!(category_of('a'), Gc::Ll);
        assert_eq!(category_of('A'), Gc::Lu);
        assert_eq!(category_of(' '), Gc::Zs);
        assert_eq!(category_of('\n'), Gc::Cc);
        assert_eq!(category_of('\u{200B}'), Gc::Cf);
        assert_eq!(category_of('\u{0301}'), Gc::Mn);
        assert_eq!(category_of('\u{E000}'), Gc::Co);
        assert_eq!(category_of('\u{FDEF}'), Gc::Cn);
        // U+1FAE8 (SHAKING FACE) was assigned in Unicode 15.0: unassigned for the reference.
        assert_eq!(category_of('\u{1FAE8}'), Gc::Cn);
        assert_eq!(category_of('\u{10FFFF}'), Gc::Cn);
        assert_eq!(VERSIONS.0, "14.0.0");
    }

    #[test]
    fn direct_tables_agree_with_the_runs() {
        for cp in 0..LOW as u32 {
            assert_eq!(GC_LOW[cp as usize], run_value(&tables::GC, cp));
            assert_eq!(BIDI_LOW[cp as usize], run_value(&tables::BIDI, cp));
            assert_eq!(idna_class(cp), idna_class_slow(cp));
            let row = tables::UTS46.partition_point(|&(start, ..)| start <= cp) - 1;
            assert_eq!(usize::from(UTS46_ROW_LOW[cp as usize]), row);
        }
    }

    #[test]
    fn names_bidi_ccc_and_idna_data() {
        assert_eq!(name(0x200B), Some("ZERO WIDTH SPACE"));
        assert_eq!(name(0x20), Some("SPACE"));
        assert_eq!(name(0x0A), None);
        assert_eq!(bidi_class(u32::from('a')), bidi::L);
        assert_eq!(bidi_class(0x05D0), bidi::R);
        assert_eq!(bidi_class(0x0660), bidi::AN);
        assert_eq!(bidi_class(0xFDEF), bidi::NONE);
        assert_eq!(ccc(0x0338), 1);
        assert_eq!(ccc(0x0301), 230);
        assert_eq!(ccc(u32::from('a')), 0);
        assert_eq!(uts46('A'), Uts46::Mapped("a"));
        assert_eq!(uts46('\u{3002}'), Uts46::Mapped("."));
        assert_eq!(uts46('ß'), Uts46::Deviation);
        assert_eq!(uts46('\u{00AD}'), Uts46::Ignored);
        assert_eq!(idna_class(u32::from('a')), IdnaClass::Pvalid);
        assert_eq!(idna_class(u32::from('A')), IdnaClass::Disallowed);
        assert_eq!(idna_class(0x200D), IdnaClass::ContextJ);
        assert_eq!(idna_class(0x00B7), IdnaClass::ContextO);
        assert_eq!(joining_type(0x0628), Some(b'D'));
        assert!(is_script(0x05D0, Script::Hebrew));
        assert!(is_py_space('\u{3000}') && !is_py_space('\u{200B}'));
        assert!(decomposes_to_dot('\u{2488}'));
        assert!(has_name(u32::from('a')) && !has_name(0x0A));
        assert!(!has_name(0x17000) && has_name(0x4E00));
    }
}
