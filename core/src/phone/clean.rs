//! The CRM layer: [`clean`] reads a hand-typed phone field the way a person would.
//!
//! Order: trim → normalise Unicode → split → strip labels → rewrite extension words → resolve
//! the region → parse each part with libphonenumber ([`parse`](super::parse)).
//!
//! | step | example | fix |
//! |---|---|---|
//! | trim white space, bidi marks and zero-width characters at the ends | `"\u{200e}+31 20 123 4567 "` | `trimmed` |
//! | remove invisible characters inside (bidi marks, zero-width, soft hyphen) | `"020\u{200b}1234567"` | `removed_invisible` |
//! | Unicode digits, dashes, spaces, plus and brackets to ASCII | `"０２０–１２３４５６７"` | `normalized_unicode` |
//! | split on new lines, `;` (not `;ext=`), `|` and the words of/or/oder/ou/en/und/and/et; on `,` and `/` only when every part is a whole number | `"020 1234567 / 06 12345678"` | `split_multiple` |
//! | strip labels in front (`Tel:`, `T:`, `GSM`, `mob.`, `Mobiel`, `Handy`, `Tél :`, `portable`, `Fax`) and behind (`(Fax)`, `fax`, `(werk)`); the label is kept in `label` | `"0090212-9435-44-4 (Fax)"` | `label_removed` |
//! | extensions in local words (`toestel`, `tst.`, `Durchwahl`, `DW`, `App.`, `poste`, `Nebenstelle`) to ` ext. N` | `"+49 30 1234567 Durchwahl 12"` | `extension_rewritten` |
//! | region aliases (`uk`, `nl`, `Nederland`, `Belgique`), case-insensitive | `"uk"` → `GB` | `region_alias` |
//! | no region given: the record's (address) region | CLI country column | `region_inferred` |
//! | drop parts without a digit (`zie notitie`) | `"020 1234567 of zie notitie"` | `removed_text` |
//!
//! `phone` is the first valid part (else the first that parses, else the first with digits);
//! the other parts that parse are `others`, in order. `dedup_key` is the E.164 form of `phone`
//! (never with an extension) when it parses and its length is possible.

use super::codes::{PhoneFix, PhoneLabel};
use super::regions::{self, Resolved};
use super::{PhoneNumber, PhoneResult};
use crate::{Error, ErrorKind};

/// The longest field [`clean`] reads, in bytes; the rest is dropped (`removed_text`).
pub const MAX_INPUT_LEN: usize = 4096;

/// The most parts read from one field.
const MAX_PARTS: usize = 32;

/// What [`clean`] made of one CRM phone field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PhoneCleaned {
    /// The main number: libphonenumber's verdict on the first valid part (see the module
    /// docs); `None` when the field held nothing but white space and labels.
    pub phone: Option<PhoneResult>,
    /// The further numbers of the field that parse, in order.
    pub others: Vec<PhoneResult>,
    /// What was done to the raw value, in order, each once.
    pub fixes: Vec<PhoneFix>,
    /// What a label said about the main number (`fax` marks a number not to call).
    pub label: Option<PhoneLabel>,
    /// E.164 of the main number without extension, when it parses with a possible length.
    pub dedup_key: Option<String>,
    /// The region used as default region (after alias resolution or inference).
    pub region: Option<&'static str>,
}

/// Resolves a caller-chosen region: a supported code (`"NL"`), or an alias (lower-case codes,
/// `"UK"`, alpha-3 codes, country names in English, Dutch, French and German). Returns the code
/// and whether it was an alias.
///
/// # Errors
///
/// [`ErrorKind::UnknownRegion`] (code `unknown_region`) when `region` is neither.
///
/// # Examples
///
/// ```
/// use contactkit::phone::resolve_region;
/// assert_eq!(resolve_region("Belgique").unwrap(), ("BE", true));
/// assert_eq!(resolve_region("GB").unwrap(), ("GB", false));
/// assert_eq!(resolve_region("Atlantis").unwrap_err().code(), "unknown_region");
/// ```
pub fn resolve_region(region: &str) -> crate::Result<(&'static str, bool)> {
    match regions::resolve_alias(region) {
        Some(Resolved::Code(c)) => Ok((c, false)),
        Some(Resolved::Alias(c)) => Ok((c, true)),
        None => Err(Error::new(ErrorKind::UnknownRegion).with_reason("unknown_region")),
    }
}

/// Cleans one CRM phone field: see the module docs for the steps.
///
/// `region` is the default region: a code or an alias; `None` or an empty string for none.
///
/// # Errors
///
/// [`ErrorKind::UnknownRegion`] when `region` is neither a code nor a known alias (the caller
/// chose it, unlike [`parse`](super::parse), which keeps libphonenumber's verdict).
///
/// # Examples
///
/// ```
/// use contactkit::phone::{self, PhoneFix, PhoneLabel};
/// let c = phone::clean("0090212-9435-44-4 (Fax)", Some("TR")).unwrap();
/// assert_eq!(c.phone.unwrap().e164.as_deref(), Some("+902129435444"));
/// assert_eq!(c.label, Some(PhoneLabel::Fax));
///
/// let c = phone::clean("+49 30 1234567 Durchwahl 12", None).unwrap();
/// let p = c.phone.unwrap();
/// assert_eq!((p.e164.as_deref(), p.extension.as_deref()), (Some("+49301234567"), Some("12")));
/// assert!(c.fixes.contains(&PhoneFix::ExtensionRewritten));
/// ```
pub fn clean(raw: &str, region: Option<&str>) -> crate::Result<PhoneCleaned> {
    clean_with_fallback(raw, region, None)
}

/// [`clean`] with a fallback region taken from the record (the address country), used only
/// when `region` is `None` or empty; the fix `region_inferred` says so. An unknown fallback is
/// ignored (it is data, not the caller's choice).
///
/// # Errors
///
/// As [`clean`], for `region` only.
///
/// # Examples
///
/// ```
/// use contactkit::phone::{self, PhoneFix};
/// let c = phone::clean_with_fallback("06 12345678", None, Some("Nederland")).unwrap();
/// assert_eq!(c.region, Some("NL"));
/// assert!(c.fixes.contains(&PhoneFix::RegionInferred));
/// ```
pub fn clean_with_fallback(
    raw: &str,
    region: Option<&str>,
    fallback: Option<&str>,
) -> crate::Result<PhoneCleaned> {
    let mut fixes = Fixes::default();
    let region = match region.filter(|r| !r.trim().is_empty()) {
        Some(r) => {
            let (code, alias) = resolve_region(r)?;
            if alias {
                fixes.add(PhoneFix::RegionAlias);
            }
            Some(code)
        }
        None => match fallback.and_then(regions::resolve_alias) {
            Some(r) => {
                fixes.add(PhoneFix::RegionInferred);
                Some(r.code())
            }
            None => None,
        },
    };
    Ok(clean_resolved(raw, region, fixes))
}

/// [`clean`] on every field, with the same region; element `i` equals `clean(raws[i], region)`.
///
/// # Errors
///
/// As [`clean`] (the region is checked once, before any field is read).
///
/// # Examples
///
/// ```
/// let cs = contactkit::phone::clean_many(&["06-12345678", ""], Some("nl")).unwrap();
/// assert!(cs[0].phone.is_some() && cs[1].phone.is_none());
/// ```
pub fn clean_many<S: AsRef<str>>(
    raws: &[S],
    region: Option<&str>,
) -> crate::Result<Vec<PhoneCleaned>> {
    let mut fixes = Fixes::default();
    let region = match region.filter(|r| !r.trim().is_empty()) {
        Some(r) => {
            let (code, alias) = resolve_region(r)?;
            if alias {
                fixes.add(PhoneFix::RegionAlias);
            }
            Some(code)
        }
        None => None,
    };
    Ok(raws
        .iter()
        .map(|r| clean_resolved(r.as_ref(), region, fixes.clone()))
        .collect())
}

#[derive(Debug, Clone, Default)]
struct Fixes(Vec<PhoneFix>);

impl Fixes {
    fn add(&mut self, f: PhoneFix) {
        if !self.0.contains(&f) {
            self.0.push(f);
        }
    }
}

fn clean_resolved(raw: &str, region: Option<&'static str>, mut fixes: Fixes) -> PhoneCleaned {
    let mut input = raw;
    if input.len() > MAX_INPUT_LEN {
        let mut cut = MAX_INPUT_LEN;
        while !input.is_char_boundary(cut) {
            cut -= 1;
        }
        input = &input[..cut];
        fixes.add(PhoneFix::RemovedText);
    }
    let text = normalize(input, &mut fixes);

    let mut parts: Vec<String> = Vec::new();
    for hard in split_hard(&text) {
        let hard = hard.trim();
        if hard.is_empty() {
            continue;
        }
        for soft in split_soft(hard, region) {
            parts.push(soft);
        }
    }
    if parts.len() > 1 {
        fixes.add(PhoneFix::SplitMultiple);
    }
    parts.truncate(MAX_PARTS);

    let mut results: Vec<(PhoneResult, Option<PhoneLabel>)> = Vec::new();
    let mut unparsed: Option<(PhoneResult, Option<PhoneLabel>)> = None;
    for part in &parts {
        let (body, label) = strip_labels(part);
        if label.is_some() {
            fixes.add(PhoneFix::LabelRemoved);
        }
        if !body.bytes().any(|b| b.is_ascii_digit()) {
            if !body.trim().is_empty() {
                fixes.add(PhoneFix::RemovedText);
            }
            continue;
        }
        let (body, rewritten) = rewrite_extension(&body);
        if rewritten {
            fixes.add(PhoneFix::ExtensionRewritten);
        }
        let r = super::parse(&body, region);
        if r.parse_ok {
            results.push((r, label));
        } else if unparsed.is_none() {
            unparsed = Some((r, label));
        }
    }

    let main_at = results
        .iter()
        .position(|(r, _)| r.is_valid == Some(true))
        .or(if results.is_empty() { None } else { Some(0) });
    let (phone, label, others) = match main_at {
        Some(i) => {
            let (p, l) = results.remove(i);
            (Some(p), l, results.into_iter().map(|(r, _)| r).collect())
        }
        None => {
            if let Some((p, l)) = unparsed {
                (Some(p), l, Vec::new())
            } else {
                // Nothing with a digit: the verdict on the whole text, unless it was empty.
                let (body, l) = strip_labels(text.trim());
                if body.trim().is_empty() {
                    (None, l, Vec::new())
                } else {
                    (Some(super::parse(&body, region)), l, Vec::new())
                }
            }
        }
    };
    let dedup_key = phone
        .as_ref()
        .filter(|p| p.parse_ok && p.is_possible == Some(true))
        .and_then(|p| p.e164.clone());
    PhoneCleaned {
        phone,
        others,
        fixes: fixes.0,
        label,
        dedup_key,
        region,
    }
}

/// First code points of the Unicode decimal digit runs (general category Nd, Unicode 14, as
/// Python 3.11's `unicodedata`), each run `zero..=zero + 9`.
const DIGIT_ZEROS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

pub(crate) fn unicode_digit(c: char) -> Option<char> {
    let cp = c as u32;
    if cp < 0x660 {
        return None;
    }
    let i = DIGIT_ZEROS.partition_point(|&z| z <= cp);
    let zero = DIGIT_ZEROS[i.checked_sub(1)?];
    let d = cp - zero;
    if d < 10 {
        char::from_digit(d, 10)
    } else {
        None
    }
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{061C}'
    )
}

/// Trims, removes invisible characters and maps Unicode digits, dashes, spaces and the like
/// to ASCII.
fn normalize(input: &str, fixes: &mut Fixes) -> String {
    let trimmed = input.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    if trimmed.len() != input.len() {
        fixes.add(PhoneFix::Trimmed);
    }
    let mut out = String::with_capacity(trimmed.len());
    let mut invisible = false;
    let mut unicode = false;
    for c in trimmed.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        if is_invisible(c) {
            invisible = true;
            continue;
        }
        let mapped = match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
            '\u{FF0B}' => '+',
            '\u{FF08}' => '(',
            '\u{FF09}' => ')',
            '\u{FF0F}' => '/',
            '\u{FF0E}' => '.',
            '\u{FF03}' => '#',
            '\u{FF0A}' => '*',
            '\u{2028}' | '\u{2029}' | '\u{85}' => '\n',
            c if c.is_whitespace() => ' ',
            c => {
                let Some(d) = unicode_digit(c) else {
                    out.push(c);
                    continue;
                };
                d
            }
        };
        unicode = true;
        out.push(mapped);
    }
    if invisible {
        fixes.add(PhoneFix::RemovedInvisible);
    }
    if unicode {
        fixes.add(PhoneFix::NormalizedUnicode);
    }
    out
}

/// Words that join two numbers.
const JOIN_WORDS: &[&str] = &["of", "or", "oder", "ou", "en", "und", "and", "et"];

/// Splits on new lines, `|`, `;` (not `;ext=` / `;phone-context=` / `;isub=`) and join words.
fn split_hard(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let cut = match b {
            b'\n' | b'\r' | b'|' => Some(1),
            b';' => {
                let rest = text[i + 1..].trim_start().to_ascii_lowercase();
                if rest.starts_with("ext=")
                    || rest.starts_with("phone-context=")
                    || rest.starts_with("isub=")
                {
                    None
                } else {
                    Some(1)
                }
            }
            b' ' => {
                // " of " etc.: a join word between white space, with digits on both sides.
                JOIN_WORDS.iter().find_map(|w| {
                    let end = i + 1 + w.len();
                    (end < bytes.len()
                        && bytes[end] == b' '
                        && text[i + 1..end].eq_ignore_ascii_case(w)
                        && text[..i].bytes().any(|b| b.is_ascii_digit())
                        && text[end..].bytes().any(|b| b.is_ascii_digit()))
                    .then_some(w.len() + 2)
                })
            }
            _ => None,
        };
        if let Some(len) = cut {
            parts.push(&text[start..i]);
            i += len;
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push(&text[start..]);
    parts
}

/// Splits on `,` or `/` only when every piece is a whole number on its own.
fn split_soft(part: &str, region: Option<&'static str>) -> Vec<String> {
    for sep in [',', '/'] {
        if !part.contains(sep) {
            continue;
        }
        let pieces: Vec<&str> = part.split(sep).map(str::trim).collect();
        let whole = pieces.len() > 1
            && pieces.iter().all(|p| {
                let (body, _) = strip_labels(p);
                let (body, _) = rewrite_extension(&body);
                let digits = body.bytes().filter(u8::is_ascii_digit).count();
                digits >= 6 && PhoneNumber::parse(&body, region).is_ok_and(|n| n.is_possible())
            });
        if whole {
            return pieces.into_iter().map(str::to_owned).collect();
        }
    }
    vec![part.to_owned()]
}

/// Label words, lower case without the trailing `.` or `:`, and what they say.
const LABELS: &[(&str, PhoneLabel)] = &[
    ("tel", PhoneLabel::Phone),
    ("tel.nr", PhoneLabel::Phone),
    ("telnr", PhoneLabel::Phone),
    ("tel.nummer", PhoneLabel::Phone),
    ("telefoon", PhoneLabel::Phone),
    ("telefoonnummer", PhoneLabel::Phone),
    ("telefon", PhoneLabel::Phone),
    ("telefonnummer", PhoneLabel::Phone),
    ("telephone", PhoneLabel::Phone),
    ("téléphone", PhoneLabel::Phone),
    ("tél", PhoneLabel::Phone),
    ("phone", PhoneLabel::Phone),
    ("ph", PhoneLabel::Phone),
    ("fon", PhoneLabel::Phone),
    ("t", PhoneLabel::Phone),
    ("nr", PhoneLabel::Phone),
    ("nummer", PhoneLabel::Phone),
    ("direct", PhoneLabel::Work),
    ("gsm", PhoneLabel::Mobile),
    ("mob", PhoneLabel::Mobile),
    ("mobiel", PhoneLabel::Mobile),
    ("mobile", PhoneLabel::Mobile),
    ("mobil", PhoneLabel::Mobile),
    ("mobiltelefon", PhoneLabel::Mobile),
    ("handy", PhoneLabel::Mobile),
    ("portable", PhoneLabel::Mobile),
    ("cell", PhoneLabel::Mobile),
    ("cellphone", PhoneLabel::Mobile),
    ("m", PhoneLabel::Mobile),
    ("fax", PhoneLabel::Fax),
    ("telefax", PhoneLabel::Fax),
    ("faxnr", PhoneLabel::Fax),
    ("f", PhoneLabel::Fax),
    ("privé", PhoneLabel::Home),
    ("prive", PhoneLabel::Home),
    ("privat", PhoneLabel::Home),
    ("thuis", PhoneLabel::Home),
    ("home", PhoneLabel::Home),
    ("domicile", PhoneLabel::Home),
    ("werk", PhoneLabel::Work),
    ("zakelijk", PhoneLabel::Work),
    ("work", PhoneLabel::Work),
    ("büro", PhoneLabel::Work),
    ("buro", PhoneLabel::Work),
    ("buero", PhoneLabel::Work),
    ("bureau", PhoneLabel::Work),
    ("office", PhoneLabel::Work),
    ("dienst", PhoneLabel::Work),
    ("geschäftlich", PhoneLabel::Work),
    ("pager", PhoneLabel::Pager),
    ("pieper", PhoneLabel::Pager),
    ("semafoon", PhoneLabel::Pager),
];

fn label_of(word: &str) -> Option<PhoneLabel> {
    let w = word.trim_end_matches(['.', ':']).to_lowercase();
    if w.is_empty() {
        return None;
    }
    LABELS.iter().find(|(k, _)| *k == w).map(|(_, l)| *l)
}

/// Keeps the more specific of two labels (anything over `phone`; `fax` over everything).
fn merge(a: Option<PhoneLabel>, b: PhoneLabel) -> PhoneLabel {
    match a {
        Some(PhoneLabel::Fax) => PhoneLabel::Fax,
        Some(_) if b == PhoneLabel::Fax => PhoneLabel::Fax,
        None | Some(PhoneLabel::Phone) => b,
        Some(x) => x,
    }
}

fn is_label_char(c: char) -> bool {
    c.is_alphabetic() || c == '.'
}

/// Removes labels in front (`Tel:`, `GSM`, `T:`) and behind (`(Fax)`, `fax`, `- mobiel`).
/// Single-letter labels (`T`, `M`, `F`) count only with `:` or `.` after them.
fn strip_labels(part: &str) -> (String, Option<PhoneLabel>) {
    let mut label = None;
    let mut s = part.trim();
    // In front.
    loop {
        let t = s.trim_start_matches(|c: char| c.is_whitespace() || c == '(' || c == '[');
        let word_end = t.find(|c: char| !is_label_char(c)).unwrap_or(t.len());
        if word_end == 0 {
            break;
        }
        let word = &t[..word_end];
        let after = &t[word_end..];
        let colon = after.trim_start().starts_with(':');
        let single = word.trim_end_matches('.').chars().count() == 1;
        if single && !(colon || word.ends_with('.')) {
            break;
        }
        let Some(l) = label_of(word) else { break };
        // The label must be followed by something that is not a letter.
        let rest = after.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | ')' | ']' | '-' | '=')
        });
        if rest.len() == after.len() && !after.is_empty() {
            break;
        }
        label = Some(merge(label, l));
        s = rest;
    }
    // Behind.
    loop {
        let t = s.trim_end();
        let (inner, bracketed) = if let Some(x) = t.strip_suffix(')') {
            match x.rfind('(') {
                Some(o) => (&x[o + 1..], Some(o)),
                None => break,
            }
        } else if let Some(x) = t.strip_suffix(']') {
            match x.rfind('[') {
                Some(o) => (&x[o + 1..], Some(o)),
                None => break,
            }
        } else {
            let start = t
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_label_char(*c) || *c == ':')
                .last()
                .map_or(t.len(), |(i, _)| i);
            (&t[start..], None)
        };
        let word = inner.trim().trim_end_matches(':');
        let Some(l) = label_of(word) else { break };
        if word.trim_end_matches('.').chars().count() == 1 {
            break;
        }
        let cut = match bracketed {
            Some(o) => o,
            None => t.len() - inner.len(),
        };
        let before = &t[..cut];
        if bracketed.is_none()
            && !before.is_empty()
            && !before.ends_with(|c: char| !c.is_alphanumeric())
        {
            break;
        }
        label = Some(merge(label, l));
        s = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | ',' | ':'));
    }
    (s.to_owned(), label)
}

/// Extension words libphonenumber does not read, lower case, without a trailing `.` or `:`.
const EXTENSION_WORDS: &[&str] = &[
    "toestel",
    "tst",
    "toestelnr",
    "toestelnummer",
    "durchwahl",
    "dw",
    "app",
    "apparat",
    "nebenstelle",
    "poste",
    "extn",
    "extension",
    "ext",
    "x",
];

/// Rewrites `<word> N` after a number to ` ext. N` when `word` is a local extension word.
fn rewrite_extension(body: &str) -> (String, bool) {
    // Find the last word of letters that is followed only by punctuation and digits.
    let bytes = body.as_bytes();
    let mut end = bytes.len();
    while end > 0 && (bytes[end - 1].is_ascii_digit() || bytes[end - 1] == b' ') {
        end -= 1;
    }
    let digits = body[end..].trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 10 {
        return (body.to_owned(), false);
    }
    let head = body[..end].trim_end_matches([' ', '.', ':', '-']);
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '.')
        .last()
        .map_or(head.len(), |(i, _)| i);
    let word = head[word_start..].trim_end_matches('.').to_lowercase();
    let number = head[..word_start].trim_end_matches([' ', ',', '-']);
    if word.is_empty()
        || !EXTENSION_WORDS.contains(&word.as_str())
        || !number.bytes().any(|b| b.is_ascii_digit())
        || !number.ends_with(|c: char| c.is_ascii_digit() || c == ')')
    {
        return (body.to_owned(), false);
    }
    // libphonenumber reads `ext`, `ext.`, `extension` and `x` itself; rewriting them is a no-op
    // for the verdict, so it is not reported as a fix.
    let native = matches!(word.as_str(), "ext" | "extn" | "extension" | "x");
    (format!("{number} ext. {digits}"), !native)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        assert_eq!(unicode_digit('٣'), Some('3'));
        assert_eq!(unicode_digit('０'), Some('0'));
        assert_eq!(unicode_digit('۹'), Some('9'));
        assert_eq!(unicode_digit('a'), None);
        assert_eq!(unicode_digit('\u{1D7FF}'), Some('9'));
    }

    #[test]
    fn labels() {
        assert_eq!(
            strip_labels("Tel: 020 1234567"),
            ("020 1234567".into(), Some(PhoneLabel::Phone))
        );
        assert_eq!(
            strip_labels("T: 020 1234567"),
            ("020 1234567".into(), Some(PhoneLabel::Phone))
        );
        assert_eq!(strip_labels("T 020").1, None);
        assert_eq!(
            strip_labels("0090212-9435-44-4 (Fax)"),
            ("0090212-9435-44-4".into(), Some(PhoneLabel::Fax))
        );
        assert_eq!(
            strip_labels("Tél : 01 23 45 67 89"),
            ("01 23 45 67 89".into(), Some(PhoneLabel::Phone))
        );
        assert_eq!(
            strip_labels("mob. 06-12345678"),
            ("06-12345678".into(), Some(PhoneLabel::Mobile))
        );
        assert_eq!(
            strip_labels("Tel. werk: 020 1234567"),
            ("020 1234567".into(), Some(PhoneLabel::Work))
        );
        assert_eq!(
            strip_labels("020 1234567 fax"),
            ("020 1234567".into(), Some(PhoneLabel::Fax))
        );
        assert_eq!(
            strip_labels("1-800-FLOWERS"),
            ("1-800-FLOWERS".into(), None)
        );
    }

    #[test]
    fn extensions() {
        assert_eq!(
            rewrite_extension("+31 20 123 4567 toestel 12"),
            ("+31 20 123 4567 ext. 12".into(), true)
        );
        assert_eq!(
            rewrite_extension("+33 1 23 45 67 89 poste 123"),
            ("+33 1 23 45 67 89 ext. 123".into(), true)
        );
        assert_eq!(
            rewrite_extension("030 1234567 DW: 5"),
            ("030 1234567 ext. 5".into(), true)
        );
        assert!(!rewrite_extension("1-800-FLOWERS").1);
    }

    #[test]
    fn splitting() {
        let c = clean("020 1234567 / 06 12345678", Some("NL")).unwrap();
        assert_eq!(c.others.len(), 1);
        let c = clean("02/123 45 67", Some("BE")).unwrap();
        assert_eq!(c.phone.unwrap().e164.as_deref(), Some("+3221234567"));
        assert!(c.others.is_empty());
        let c = clean("020 1234567 of 06 12345678", Some("NL")).unwrap();
        assert_eq!(c.others[0].e164.as_deref(), Some("+31612345678"));
        let c = clean("+31 20 123 4567;ext=12", None).unwrap();
        assert_eq!(c.phone.unwrap().extension.as_deref(), Some("12"));
    }

    #[test]
    fn empty_and_unknown_region() {
        let c = clean("  ", None).unwrap();
        assert!(c.phone.is_none() && c.dedup_key.is_none());
        assert_eq!(
            clean("1", Some("Atlantis")).unwrap_err().kind(),
            ErrorKind::UnknownRegion
        );
    }
}
