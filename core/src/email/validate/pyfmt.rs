//! The reference's ways of showing characters in its messages: `safe_character_display`,
//! Python's `repr` of a string, and the sorted, comma-separated lists built from them.

use std::fmt::Write as _;

use super::ucd::{self, Gc};

/// `safe_character_display(c)` of email-validator: `'c'` for letters, numbers, punctuation
/// and symbols (Python `repr`), the Unicode name otherwise, or `U+XXXX` when it has none.
pub(super) fn display_char(cp: u32) -> String {
    if cp == u32::from('\\') {
        return "\"\\\"".to_owned();
    }
    if ucd::category(cp).is_lnps() {
        // Letters, numbers, punctuation and symbols are printable: repr is the character in
        // quotes, double quotes for the apostrophe.
        let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
        return if c == '\'' {
            "\"'\"".to_owned()
        } else {
            format!("'{c}'")
        };
    }
    if let Some(name) = ucd::name(cp) {
        return name.to_owned();
    }
    // Python: `U+{ord(c):04x}` below U+FFFF, `U+{ord(c):08x}` from U+FFFF on, upper-cased.
    if cp < 0xFFFF {
        format!("U+{cp:04X}")
    } else {
        format!("U+{cp:08X}")
    }
}

/// `", ".join(sorted({safe_character_display(c) for c in chars}))`: displays deduplicated and
/// sorted as strings (Python sorts by code point, as Rust's `str` ordering does).
pub(super) fn sorted_displays<I: IntoIterator<Item = u32>>(chars: I) -> String {
    let mut v: Vec<String> = chars.into_iter().map(display_char).collect();
    v.sort_unstable();
    v.dedup();
    v.join(", ")
}

/// `", ".join(safe_character_display(c) for c in sorted(set(chars)))`: deduplicated and sorted
/// by character (the order `check_unsafe_chars` uses).
pub(super) fn displays_by_char<I: IntoIterator<Item = u32>>(chars: I) -> String {
    let mut v: Vec<u32> = chars.into_iter().collect();
    v.sort_unstable();
    v.dedup();
    let shown: Vec<String> = v.into_iter().map(display_char).collect();
    shown.join(", ")
}

/// Python's `str.isprintable()` for one non-ASCII code point.
fn is_printable(cp: u32) -> bool {
    !matches!(
        ucd::category(cp),
        Gc::Cc | Gc::Cf | Gc::Cs | Gc::Co | Gc::Cn | Gc::Zl | Gc::Zp | Gc::Zs
    )
}

/// Python's `repr()` of a string given as code points (which may include lone surrogates, as
/// a Python string may).
pub(super) fn repr_cps(cps: &[u32]) -> String {
    let has_single = cps.contains(&u32::from('\''));
    let has_double = cps.contains(&u32::from('"'));
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(cps.len() + 2);
    out.push(quote);
    for &cp in cps {
        match cp {
            _ if cp == u32::from(quote) || cp == u32::from('\\') => {
                out.push('\\');
                out.push(char::from_u32(cp).unwrap_or('?'));
            }
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            0..=0x1F | 0x7F => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            0x20..=0x7E => out.push(char::from_u32(cp).unwrap_or('?')),
            _ if is_printable(cp) => out.push(char::from_u32(cp).unwrap_or('?')),
            0x80..=0xFF => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            0x100..=0xFFFF => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of a `str`.
pub(super) fn repr(s: &str) -> String {
    let cps: Vec<u32> = s.chars().map(u32::from).collect();
    repr_cps(&cps)
}

/// `get_length_reason`: `"(N character(s) too many)"` for a count `len` over `limit`.
pub(super) fn length_reason(len: usize, limit: usize) -> String {
    let diff = len.saturating_sub(limit);
    let s = if diff > 1 { "s" } else { "" };
    format!("({diff} character{s} too many)")
}

/// `U+XXXX` as the idna package writes a code point (`_unot`).
pub(super) fn unot(cp: u32) -> String {
    format!("U+{cp:04X}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_as_the_reference() {
        assert_eq!(display_char(u32::from('a')), "'a'");
        assert_eq!(display_char(u32::from('\'')), "\"'\"");
        assert_eq!(display_char(u32::from('"')), "'\"'");
        assert_eq!(display_char(u32::from('\\')), "\"\\\"");
        assert_eq!(display_char(0x20), "SPACE");
        assert_eq!(display_char(0x0A), "U+000A");
        assert_eq!(display_char(0xFFFF), "U+0000FFFF");
        assert_eq!(display_char(0x0010_FDEF), "U+0010FDEF");
        assert_eq!(display_char(0x202D), "LEFT-TO-RIGHT OVERRIDE");
        assert_eq!(sorted_displays([0x20, u32::from('!'), 0x20]), "'!', SPACE");
        assert_eq!(
            displays_by_char([0x202E, 0x202D]),
            "LEFT-TO-RIGHT OVERRIDE, RIGHT-TO-LEFT OVERRIDE"
        );
    }

    #[test]
    fn repr_as_python() {
        assert_eq!(repr("abc"), "'abc'");
        assert_eq!(repr("a'b"), "\"a'b\"");
        assert_eq!(repr("a'\"b"), "'a\\'\"b'");
        assert_eq!(repr("a\\b\n\x07"), "'a\\\\b\\n\\x07'");
        assert_eq!(repr("é\u{200B}\u{85}"), "'é\\u200b\\x85'");
        assert_eq!(repr_cps(&[0xD800, 0x1FAE8]), "'\\ud800\\U0001fae8'");
        assert_eq!(length_reason(66, 64), "(2 characters too many)");
        assert_eq!(length_reason(65, 64), "(1 character too many)");
    }
}
