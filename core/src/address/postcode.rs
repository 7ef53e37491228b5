//! Postcodes: matching a window of tokens against a country's shapes (tolerant of case, missing
//! or doubled spaces and hyphens), the canonical form, and the extra validity rules of NL and GB.

use std::sync::OnceLock;

use super::country::{COUNTRIES, code_slot, info};

/// A postcode found in a token window.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// Tokens used: `[start, end)`.
    pub start: usize,
    pub end: usize,
    pub canonical: String,
    pub valid: bool,
}

/// Longest compact postcode considered.
const MAX_COMPACT: usize = 12;

/// Compact form (upper-case letters and digits) and the positions where the input had a break
/// (space or hyphen, or a token boundary), as a bit mask. `None` when the text has other
/// characters or is longer than any postcode.
pub(crate) fn compact(tokens: &[&str]) -> Option<([u8; MAX_COMPACT], usize, u32)> {
    let mut s = [0u8; MAX_COMPACT];
    let mut n = 0usize;
    let mut breaks = 0u32;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            breaks |= 1 << n;
        }
        for &b in t.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if n == MAX_COMPACT {
                    return None;
                }
                s[n] = b.to_ascii_uppercase();
                n += 1;
            } else if b == b'-' {
                breaks |= 1 << n;
            } else {
                return None;
            }
        }
    }
    Some((s, n, breaks))
}

/// Matches `compact` against `shape` (whose separators are at the bit positions `seps` and
/// which has `n` letters and digits); the canonical form on success.
fn match_shape(shape: &str, n: usize, seps: u32, compact: &[u8], breaks: u32) -> Option<String> {
    if n != compact.len() {
        return None;
    }
    // A break in the input is allowed only at the ends or where the shape has a separator.
    if breaks & !(1 | (1 << n) | seps) != 0 {
        return None;
    }
    let mut i = 0usize;
    for &ch in shape.as_bytes() {
        if ch == b' ' || ch == b'-' {
            continue;
        }
        let b = compact[i];
        let ok = match ch {
            b'9' => b.is_ascii_digit(),
            b'@' => b.is_ascii_alphabetic(),
            b'*' => b.is_ascii_alphanumeric(),
            lit => b == lit,
        };
        if !ok {
            return None;
        }
        i += 1;
    }
    let mut out = String::with_capacity(shape.len());
    let mut i = 0usize;
    for &ch in shape.as_bytes() {
        if ch == b' ' || ch == b'-' {
            out.push(char::from(ch));
        } else {
            out.push(char::from(compact[i]));
            i += 1;
        }
    }
    Some(out)
}

/// Extra validity rules beyond the shape.
fn valid(code: &str, canonical: &str) -> bool {
    let b = canonical.as_bytes();
    match code {
        "NL" => b[0] != b'0' && !matches!(&canonical[5..], "SA" | "SD" | "SS"),
        "GB" => {
            if canonical == "GIR 0AA" {
                return true;
            }
            let (out, inw) = canonical.split_once(' ').unwrap_or((canonical, ""));
            let ob = out.as_bytes();
            if b"QVX".contains(&ob[0]) {
                return false;
            }
            if ob.len() > 1 && ob[1].is_ascii_alphabetic() && b"IJZ".contains(&ob[1]) {
                return false;
            }
            let ib = inw.as_bytes();
            ib.len() == 3 && !ib[1..].iter().any(|c| b"CIKMOV".contains(c))
        }
        "CA" => !canonical.bytes().any(|c| b"DFIOQU".contains(&c)),
        _ => true,
    }
}

/// The postcode of `code` in `tokens[start..start + len]`, if the window is one.
pub(crate) fn match_window(code: &str, tokens: &[&str], start: usize, len: usize) -> Option<Found> {
    let shapes = info(code).shapes;
    if shapes.is_empty() || start + len > tokens.len() {
        return None;
    }
    let (buf, n, breaks) = compact(&tokens[start..start + len])?;
    match_compact(code, &buf[..n], breaks, start, len)
}

/// A country's postcode shapes, measured once: each shape with its count of letters and
/// digits and its separator positions (as in [`match_shape`]), and the counts that occur.
struct Shapes {
    counts: u32,
    list: Vec<(&'static str, usize, u32)>,
}

/// The measured shapes of `code`, indexed by its alpha-2 slot; `None` without postcodes.
fn measured(code: &str) -> Option<&'static Shapes> {
    static TABLE: OnceLock<Vec<Option<Shapes>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: Vec<Option<Shapes>> = (0..26 * 26).map(|_| None).collect();
        for c in COUNTRIES {
            if c.shapes.is_empty() {
                continue;
            }
            let Some(slot) = code_slot(c.code) else {
                continue;
            };
            let mut counts = 0u32;
            let mut list = Vec::new();
            for shape in c.shapes.split('|') {
                let mut seps = 0u32;
                let mut count = 0usize;
                for &ch in shape.as_bytes() {
                    if ch == b' ' || ch == b'-' {
                        seps |= 1 << count;
                    } else {
                        count += 1;
                    }
                }
                counts |= 1 << count.min(31);
                list.push((shape, count, seps));
            }
            t[slot] = Some(Shapes { counts, list });
        }
        t
    });
    table[code_slot(code)?].as_ref()
}

/// [`match_window`] on the window's [`compact`] form (`compact`, `breaks`): the same for every
/// country, so a search for several countries builds it once.
pub(crate) fn match_compact(
    code: &str,
    compact: &[u8],
    breaks: u32,
    start: usize,
    len: usize,
) -> Option<Found> {
    let shapes = measured(code)?;
    // Most windows have a length no shape of the country has.
    if compact.len() > 31 || shapes.counts & (1 << compact.len()) == 0 {
        return None;
    }
    for &(shape, count, seps) in &shapes.list {
        if let Some(canonical) = match_shape(shape, count, seps, compact, breaks) {
            // US ZIP+4 keeps its hyphen; a plain 5-digit ZIP has none.
            let valid = valid(code, &canonical);
            return Some(Found {
                start,
                end: start + len,
                canonical,
                valid,
            });
        }
    }
    None
}

/// Postcode-like for `code` without matching the format (for `postcode_invalid`): the compact
/// text when it has the right mix of digits.
pub(crate) fn looks_like(code: &str, token: &str) -> Option<String> {
    let shapes = info(code).shapes;
    if shapes.is_empty() || !token.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = token.bytes().filter(u8::is_ascii_digit).count();
    if !(3..=9).contains(&digits)
        || !token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return None;
    }
    Some(token.to_ascii_uppercase())
}

/// Whether `code` has postcodes at all.
pub(crate) fn has_postcodes(code: &str) -> bool {
    !info(code).shapes.is_empty()
}

/// Postcode validity for any country: `Some(canonical)` when `text` is a postcode of `code`.
///
/// ```ignore
/// assert_eq!(is_valid("NL", "1015cj").as_deref(), Some("1015 CJ"));
/// ```
pub(crate) fn canonical(code: &str, text: &str) -> Option<(String, bool)> {
    let toks: Vec<&str> = text.split_whitespace().collect();
    if toks.is_empty() || toks.len() > 3 {
        return None;
    }
    match_window(code, &toks, 0, toks.len()).map(|f| (f.canonical, f.valid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(canonical("NL", "1015cj").unwrap().0, "1015 CJ");
        assert_eq!(canonical("NL", "1015-CJ").unwrap().0, "1015 CJ");
        assert_eq!(canonical("NL", "1015  CJ").unwrap().0, "1015 CJ");
        assert!(!canonical("NL", "1015 SA").unwrap().1);
        assert_eq!(canonical("GB", "sw1a2aa").unwrap().0, "SW1A 2AA");
        assert_eq!(canonical("GB", "W11 2LT").unwrap().0, "W11 2LT");
        assert!(canonical("GB", "SW1 A2AA").is_none());
        assert_eq!(canonical("US", "22162-1010").unwrap().0, "22162-1010");
        assert_eq!(canonical("US", "22162").unwrap().0, "22162");
        assert_eq!(canonical("PL", "00514").unwrap().0, "00-514");
        assert_eq!(canonical("SE", "11151").unwrap().0, "111 51");
        assert_eq!(canonical("CA", "k1m1m4").unwrap().0, "K1M 1M4");
        assert_eq!(canonical("IE", "a65f4e2").unwrap().0, "A65 F4E2");
        assert_eq!(canonical("LV", "LV-1010").unwrap().0, "LV-1010");
        assert!(canonical("DE", "1234").is_none());
    }
}
