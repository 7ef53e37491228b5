//! IDNA as the reference runs it: the Python `idna` package 3.20 (UTS #46 mapping, IDNA 2008
//! label rules, the RFC 5893 Bidi Rule, RFC 3492 Punycode), with its error texts, on top of
//! Python 3.11's `unicodedata` (Unicode 14.0.0).
//!
//! Labels are handled as code point slices (`&[u32]`), because a decoded Punycode label may hold
//! lone surrogates, which a Python string can carry and the reference reports by name.

use unicode_normalization::UnicodeNormalization as _;

use super::pyfmt::{repr, repr_cps, unot};
use super::ucd::{self, IdnaClass, Script, Uts46, bidi};

/// An `idna.IDNAError` message.
pub(super) type IdnaError = String;

const MAX_INPUT_LENGTH: usize = 1024;
const MAX_DOMAIN_LENGTH: usize = 253;

fn chars_of(s: &str) -> Vec<u32> {
    s.chars().map(u32::from).collect()
}

/// `idna.uts46_remap(domain, std3_rules=False, transitional=False)`.
pub(super) fn uts46_remap(domain: &str) -> Result<String, IdnaError> {
    let n = domain.chars().count();
    if n > MAX_INPUT_LENGTH {
        return Err("Domain too long".to_owned());
    }
    if domain.is_ascii() {
        return Ok(domain.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(domain.len());
    for (pos, c) in domain.chars().enumerate() {
        match ucd::uts46(c) {
            Uts46::Valid | Uts46::Deviation => out.push(c),
            Uts46::Mapped(r) => out.push_str(r),
            Uts46::Ignored => {}
            Uts46::Disallowed => {
                return Err(format!(
                    "Codepoint {} not allowed at position {} in {}",
                    unot(u32::from(c)),
                    pos + 1,
                    repr(domain)
                ));
            }
        }
    }
    Ok(nfc(&out))
}

/// NFC of a string whose characters are all assigned in Unicode 14 (normalisation is stable for
/// assigned characters, so the `unicode-normalization` tables agree with Python 3.11's).
pub(super) fn nfc(s: &str) -> String {
    if s.is_ascii()
        || unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        s.to_owned()
    } else {
        s.nfc().collect()
    }
}

/// Whether a code point slice is in NFC as Python 3.11 sees it. Lone surrogates and code points
/// unassigned in Unicode 14 are starters that never compose there, so each run between them is
/// checked on its own (a newer Unicode version may know more about them).
fn is_nfc_cps(cps: &[u32]) -> bool {
    cps.split(|&cp| char::from_u32(cp).is_none() || ucd::category(cp) == ucd::Gc::Cn)
        .all(|run| {
            let s: String = run.iter().filter_map(|&cp| char::from_u32(cp)).collect();
            unicode_normalization::is_nfc(&s)
        })
}

/// `idna.check_label`.
fn check_label(label: &[u32]) -> Result<(), IdnaError> {
    if label.len() > MAX_INPUT_LENGTH {
        return Err("Label too long".to_owned());
    }
    if label.is_empty() {
        return Err("Empty Label".to_owned());
    }
    if label.len() > MAX_DOMAIN_LENGTH + 1 {
        return Err("Label too long".to_owned());
    }
    if !is_nfc_cps(label) {
        return Err("Label must be in Normalization Form C".to_owned());
    }
    // check_hyphen_ok
    if label.len() >= 4 && label[2] == u32::from('-') && label[3] == u32::from('-') {
        return Err("Label has disallowed hyphens in 3rd and 4th position".to_owned());
    }
    if label[0] == u32::from('-') || label[label.len() - 1] == u32::from('-') {
        return Err("Label must not start or end with a hyphen".to_owned());
    }
    // check_initial_combiner
    if ucd::category(label[0]).major() == ucd::Major::M {
        return Err("Label begins with an illegal combining character".to_owned());
    }
    for (pos, &cp) in label.iter().enumerate() {
        match ucd::idna_class(cp) {
            IdnaClass::Pvalid => {}
            IdnaClass::ContextJ => match valid_contextj(label, pos) {
                Err(()) => {
                    return Err(format!(
                        "Unknown codepoint adjacent to joiner {} at position {} in {}",
                        unot(cp),
                        pos + 1,
                        repr_cps(label)
                    ));
                }
                Ok(false) => {
                    return Err(format!(
                        "Joiner {} not allowed at position {} in {}",
                        unot(cp),
                        pos + 1,
                        repr_cps(label)
                    ));
                }
                Ok(true) => {}
            },
            IdnaClass::ContextO => {
                if !valid_contexto(label, pos) {
                    return Err(format!(
                        "Codepoint {} not allowed at position {} in {}",
                        unot(cp),
                        pos + 1,
                        repr_cps(label)
                    ));
                }
            }
            IdnaClass::Disallowed => {
                return Err(format!(
                    "Codepoint {} at position {} of {} not allowed",
                    unot(cp),
                    pos + 1,
                    repr_cps(label)
                ));
            }
        }
    }
    check_bidi(label, false)
}

/// `_combining_class`: the combining class, or an error for a class-0 character without a name.
fn combining_class(cp: u32) -> Result<u8, ()> {
    let v = ucd::ccc(cp);
    if v == 0 && !ucd::has_name(cp) {
        return Err(());
    }
    Ok(v)
}

const VIRAMA: u8 = 9;

/// `valid_contextj` (RFC 5892 Appendix A.1 and A.2); `Err` for an unknown adjacent code point.
fn valid_contextj(label: &[u32], pos: usize) -> Result<bool, ()> {
    let cp = label[pos];
    if cp == 0x200C {
        if pos > 0 && combining_class(label[pos - 1])? == VIRAMA {
            return Ok(true);
        }
        let mut ok = false;
        for &c in label[..pos].iter().rev() {
            match ucd::joining_type(c) {
                Some(b'T') => {}
                Some(b'L' | b'D') => {
                    ok = true;
                    break;
                }
                _ => break,
            }
        }
        if !ok {
            return Ok(false);
        }
        for &c in &label[pos + 1..] {
            match ucd::joining_type(c) {
                Some(b'T') => {}
                Some(b'R' | b'D') => return Ok(true),
                _ => return Ok(false),
            }
        }
        return Ok(false);
    }
    if cp == 0x200D {
        return Ok(pos > 0 && combining_class(label[pos - 1])? == VIRAMA);
    }
    Ok(false)
}

/// `valid_contexto` (RFC 5892 Appendix A.3 to A.9).
fn valid_contexto(label: &[u32], pos: usize) -> bool {
    let cp = label[pos];
    let n = label.len();
    match cp {
        0x00B7 => 0 < pos && pos < n - 1 && label[pos - 1] == 0x6C && label[pos + 1] == 0x6C,
        0x0375 => pos < n - 1 && n > 1 && ucd::is_script(label[pos + 1], Script::Greek),
        0x05F3 | 0x05F4 => pos > 0 && ucd::is_script(label[pos - 1], Script::Hebrew),
        0x30FB => label.iter().any(|&c| {
            c != 0x30FB
                && (ucd::is_script(c, Script::Hiragana)
                    || ucd::is_script(c, Script::Katakana)
                    || ucd::is_script(c, Script::Han))
        }),
        0x0660..=0x0669 => !label.iter().any(|&c| (0x06F0..=0x06F9).contains(&c)),
        0x06F0..=0x06F9 => !label.iter().any(|&c| (0x0660..=0x0669).contains(&c)),
        _ => false,
    }
}

/// `idna.check_bidi(label, check_ltr)`: the RFC 5893 Bidi Rule.
pub(super) fn check_bidi(label: &[u32], check_ltr: bool) -> Result<(), IdnaError> {
    if label.len() > MAX_INPUT_LENGTH {
        return Err("Label too long".to_owned());
    }
    let mut bidi_label = false;
    for (idx, &cp) in label.iter().enumerate() {
        let d = ucd::bidi_class(cp);
        if d == bidi::NONE {
            return Err(format!(
                "Unknown directionality in label {} at position {}",
                repr_cps(label),
                idx + 1
            ));
        }
        if matches!(d, bidi::R | bidi::AL | bidi::AN) {
            bidi_label = true;
        }
    }
    if !bidi_label && !check_ltr {
        return Ok(());
    }
    let Some(&first) = label.first() else {
        return Ok(());
    };
    let rtl = match ucd::bidi_class(first) {
        bidi::R | bidi::AL => true,
        bidi::L => false,
        _ => {
            return Err(format!(
                "First codepoint in label {} must be directionality L, R or AL",
                repr_cps(label)
            ));
        }
    };
    let mut valid_ending = false;
    let mut number_type = None;
    for (idx, &cp) in label.iter().enumerate() {
        let d = ucd::bidi_class(cp);
        if rtl {
            // Rule 2
            if !matches!(
                d,
                bidi::R
                    | bidi::AL
                    | bidi::AN
                    | bidi::EN
                    | bidi::ES
                    | bidi::CS
                    | bidi::ET
                    | bidi::ON
                    | bidi::BN
                    | bidi::NSM
            ) {
                return Err(format!(
                    "Invalid direction for codepoint at position {} in a right-to-left label",
                    idx + 1
                ));
            }
            // Rule 3
            if matches!(d, bidi::R | bidi::AL | bidi::EN | bidi::AN) {
                valid_ending = true;
            } else if d != bidi::NSM {
                valid_ending = false;
            }
            // Rule 4
            if matches!(d, bidi::AN | bidi::EN) {
                match number_type {
                    None => number_type = Some(d),
                    Some(t) if t != d => {
                        return Err("Can not mix numeral types in a right-to-left label".to_owned());
                    }
                    Some(_) => {}
                }
            }
        } else {
            // Rule 5
            if !matches!(
                d,
                bidi::L
                    | bidi::EN
                    | bidi::ES
                    | bidi::CS
                    | bidi::ET
                    | bidi::ON
                    | bidi::BN
                    | bidi::NSM
            ) {
                return Err(format!(
                    "Invalid direction for codepoint at position {} in a left-to-right label",
                    idx + 1
                ));
            }
            // Rule 6
            if matches!(d, bidi::L | bidi::EN) {
                valid_ending = true;
            } else if d != bidi::NSM {
                valid_ending = false;
            }
        }
    }
    if !valid_ending {
        return Err("Label ends with illegal codepoint directionality".to_owned());
    }
    Ok(())
}

/// Whether any code point has a right-to-left bidirectional class (R, AL or AN).
pub(super) fn has_rtl(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(ucd::bidi_class(u32::from(c)), bidi::R | bidi::AL | bidi::AN))
}

/// `idna.alabel(label)`: the A-label (or the ASCII label itself) for one label.
pub(super) fn alabel(label: &str) -> Result<String, IdnaError> {
    let n = label.chars().count();
    if n > MAX_INPUT_LENGTH {
        return Err("Label too long".to_owned());
    }
    if label.is_ascii() {
        ulabel_ascii(label)?;
        if label.len() > 63 {
            return Err("Label too long".to_owned());
        }
        return Ok(label.to_owned());
    }
    let cps = chars_of(label);
    check_label(&cps)?;
    let mut out = String::from("xn--");
    punycode_encode(&cps, &mut out);
    if out.len() > 63 {
        return Err("Label too long".to_owned());
    }
    Ok(out)
}

/// `idna.ulabel(label)` for an ASCII label: the U-label as code points.
fn ulabel_ascii(label: &str) -> Result<Vec<u32>, IdnaError> {
    if label.len() > MAX_INPUT_LENGTH {
        return Err("Label too long".to_owned());
    }
    let lower = label.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("xn--") else {
        let cps = chars_of(&lower);
        check_label(&cps)?;
        return Ok(cps);
    };
    if rest.is_empty() {
        return Err("Malformed A-label, no Punycode eligible content found".to_owned());
    }
    if rest.ends_with('-') {
        return Err("A-label must not end with a hyphen".to_owned());
    }
    let Some(decoded) = punycode_decode(rest) else {
        return Err("Invalid A-label".to_owned());
    };
    let mut again = String::with_capacity(rest.len());
    punycode_encode(&decoded, &mut again);
    if again != rest {
        return Err("A-label is not the canonical Punycode encoding of its U-label".to_owned());
    }
    check_label(&decoded)?;
    Ok(decoded)
}

/// `idna.decode(domain)` for an ASCII domain (no trailing dot, labels non-empty).
pub(super) fn decode(domain: &str) -> Result<String, IdnaError> {
    if domain.len() > MAX_INPUT_LENGTH {
        return Err("Domain too long".to_owned());
    }
    if domain.len() > MAX_DOMAIN_LENGTH + 1 {
        return Err("Domain too long".to_owned());
    }
    if domain.is_empty() {
        return Err("Empty domain".to_owned());
    }
    let mut labels: Vec<&str> = domain.split('.').collect();
    let trailing_dot = labels.last().is_some_and(|l| l.is_empty());
    if trailing_dot {
        labels.pop();
    }
    let mut out = String::with_capacity(domain.len());
    for (i, label) in labels.iter().enumerate() {
        let u = ulabel_ascii(label)?;
        if u.is_empty() {
            return Err("Empty label".to_owned());
        }
        if i > 0 {
            out.push('.');
        }
        // A label that passed check_label has no surrogates (they are not PVALID).
        out.extend(u.iter().filter_map(|&cp| char::from_u32(cp)));
    }
    if trailing_dot {
        out.push('.');
    }
    Ok(out)
}

/// `idna.encode(domain)` (not UTS #46, not strict): the ASCII form of a Unicode domain.
pub(super) fn encode(domain: &str) -> Result<String, IdnaError> {
    let n = domain.chars().count();
    if n > MAX_INPUT_LENGTH {
        return Err("Domain too long".to_owned());
    }
    if n > MAX_DOMAIN_LENGTH + 1 {
        return Err("Domain too long".to_owned());
    }
    let mut labels: Vec<&str> = domain
        .split(['.', '\u{3002}', '\u{FF0E}', '\u{FF61}'])
        .collect();
    if labels.is_empty() || labels == [""] {
        return Err("Empty domain".to_owned());
    }
    let trailing_dot = labels.last().is_some_and(|l| l.is_empty());
    if trailing_dot {
        labels.pop();
    }
    let mut out = String::with_capacity(domain.len() * 2);
    for (i, label) in labels.iter().enumerate() {
        let a = alabel(label)?;
        if a.is_empty() {
            return Err("Empty label".to_owned());
        }
        if i > 0 {
            out.push('.');
        }
        out.push_str(&a);
    }
    if trailing_dot {
        out.push('.');
    }
    if out.len() > MAX_DOMAIN_LENGTH + usize::from(trailing_dot) {
        return Err("Domain too long".to_owned());
    }
    Ok(out)
}

// --- Punycode (RFC 3492), written from the RFC; the decoder mirrors the leniency and the error
// --- cases of CPython's `punycode` codec (any failure is "Invalid A-label" to the caller).

const BASE: u64 = 36;
const TMIN: u64 = 1;
const TMAX: u64 = 26;

fn threshold(j: u64, bias: u64) -> u64 {
    (BASE * (j + 1)).saturating_sub(bias).clamp(TMIN, TMAX)
}

fn adapt(delta: u64, first: bool, numchars: u64) -> u64 {
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta += delta / numchars;
    let mut divisions = 0;
    while delta > 455 {
        delta /= 35;
        divisions += 36;
    }
    divisions + (36 * delta / (delta + 38))
}

fn digit_char(d: u64) -> char {
    let d = d as u8;
    if d < 26 {
        char::from(b'a' + d)
    } else {
        char::from(b'0' + d - 26)
    }
}

/// Appends the Punycode encoding of `input` (without the `xn--` prefix) to `out`.
#[allow(clippy::many_single_char_names)] // the names of RFC 3492
pub(super) fn punycode_encode(input: &[u32], out: &mut String) {
    let mut basic = 0u64;
    for &cp in input {
        if cp < 0x80 {
            out.push(char::from(cp as u8));
            basic += 1;
        }
    }
    if basic > 0 {
        out.push('-');
    }
    let total = input.len() as u64;
    let mut n: u64 = 0x80;
    let mut delta: u64 = 0;
    let mut bias: u64 = 72;
    let mut h = basic;
    while h < total {
        let m = input
            .iter()
            .map(|&c| u64::from(c))
            .filter(|&c| c >= n)
            .min()
            .unwrap_or(n);
        delta += (m - n) * (h + 1);
        n = m;
        for &c in input {
            let c = u64::from(c);
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta;
                let mut j = 0;
                loop {
                    let t = threshold(j, bias);
                    if q < t {
                        break;
                    }
                    out.push(digit_char(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    j += 1;
                }
                out.push(digit_char(q));
                bias = adapt(delta, h == basic, h + 1);
                delta = 0;
                h += 1;
            }
        }
        delta += 1;
        n += 1;
    }
}

/// Decodes Punycode (without the `xn--` prefix) into code points, as the `CPython` codec does with
/// `errors="strict"`; `None` where it raises.
#[allow(clippy::many_single_char_names)] // the names of RFC 3492
pub(super) fn punycode_decode(text: &str) -> Option<Vec<u32>> {
    let bytes = text.as_bytes();
    let (base, extended) = match bytes.iter().rposition(|&b| b == b'-') {
        None => (&bytes[..0], bytes),
        Some(p) => (&bytes[..p], &bytes[p + 1..]),
    };
    if !base.is_ascii() {
        return None;
    }
    let mut out: Vec<u32> = base.iter().map(|&b| u32::from(b)).collect();
    let mut ch: u64 = 0x80;
    let mut pos: u64 = 0;
    let mut first_pos = true; // Python starts at pos = -1 and adds delta + 1
    let mut bias: u64 = 72;
    let mut i = 0usize;
    let mut first = true;
    while i < extended.len() {
        // decode_generalized_number
        let mut result: u64 = 0;
        let mut w: u64 = 1;
        let mut j: u64 = 0;
        loop {
            let &b = extended.get(i)?;
            i += 1;
            let digit = match b.to_ascii_uppercase() {
                c @ b'A'..=b'Z' => u64::from(c - b'A'),
                c @ b'0'..=b'9' => u64::from(c - b'0') + 26,
                _ => return None,
            };
            let t = threshold(j, bias);
            result = result.checked_add(digit.checked_mul(w)?)?;
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            j += 1;
        }
        let delta = result;
        let len_plus = out.len() as u64 + 1;
        pos = if first_pos {
            first_pos = false;
            delta
        } else {
            pos.checked_add(delta)?.checked_add(1)?
        };
        ch = ch.checked_add(pos / len_plus)?;
        if ch > 0x10_FFFF {
            return None;
        }
        pos %= len_plus;
        out.insert(pos as usize, ch as u32);
        bias = adapt(delta, first, out.len() as u64);
        first = false;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(s: &str) -> String {
        let mut out = String::new();
        punycode_encode(&chars_of(s), &mut out);
        out
    }

    #[test]
    fn punycode_round_trips() {
        assert_eq!(enc("münchen"), "mnchen-3ya");
        assert_eq!(enc("臺網中心"), "fiqq24b10vi0d");
        assert_eq!(enc("abc"), "abc-");
        assert_eq!(punycode_decode("mnchen-3ya"), Some(chars_of("münchen")));
        assert_eq!(punycode_decode("fiqq24b10vi0d"), Some(chars_of("臺網中心")));
        assert_eq!(punycode_decode("a"), Some(vec![0x80]));
        assert_eq!(punycode_decode("99999999999999999999"), None);
        assert_eq!(punycode_decode("ab!"), None);
        assert_eq!(punycode_decode("abc9"), None, "incomplete number");
    }

    #[test]
    fn labels_and_domains() {
        assert_eq!(alabel("münchen").unwrap(), "xn--mnchen-3ya");
        assert_eq!(decode("xn--mnchen-3ya.de").unwrap(), "münchen.de");
        assert_eq!(encode("münchen.de").unwrap(), "xn--mnchen-3ya.de");
        assert_eq!(
            decode("xn--.de").unwrap_err(),
            "Malformed A-label, no Punycode eligible content found"
        );
        assert_eq!(
            decode("xn---bbk.com").unwrap_err(),
            "A-label is not the canonical Punycode encoding of its U-label"
        );
        assert_eq!(
            alabel("♥").unwrap_err(),
            "Codepoint U+2665 at position 1 of '♥' not allowed"
        );
        assert_eq!(
            check_bidi(&chars_of("1"), true).unwrap_err(),
            "First codepoint in label '1' must be directionality L, R or AL"
        );
        assert_eq!(uts46_remap("Faß.DE").unwrap(), "faß.de");
        assert_eq!(uts46_remap("ｇｍａｉｌ。com").unwrap(), "gmail.com");
    }
}
