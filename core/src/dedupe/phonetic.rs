//! Phonetic keys: Double Metaphone (English-leaning) and Kölner Phonetik (German) from
//! `rphonetic`, and a small Dutch key written here. Used for blocking and one low comparison
//! level, never for exact agreement.

use rphonetic::{Cologne, DoubleMetaphone, Encoder as _};

use super::text::hash;

/// Double Metaphone primary code (max 4) of a folded ASCII word, hashed; 0 when empty.
pub(crate) fn metaphone(folded: &str) -> u64 {
    if folded.is_empty() {
        return 0;
    }
    let code = DoubleMetaphone::default().encode(folded);
    if code.is_empty() { 0 } else { hash(&code) }
}

/// Kölner Phonetik code of a folded ASCII word, hashed; 0 when empty.
pub(crate) fn cologne(folded: &str) -> u64 {
    if folded.is_empty() {
        return 0;
    }
    let code = Cologne.encode(folded);
    if code.is_empty() { 0 } else { hash(&code) }
}

/// Slots of the per-thread caches of phonetic codes (direct-mapped).
const CODE_SLOTS: usize = 2048;

thread_local! {
    /// (word, Double Metaphone, Kölner Phonetik).
    static CODES: std::cell::RefCell<Vec<(String, u64, u64)>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// (word, Dutch key).
    static DUTCH: std::cell::RefCell<Vec<(String, String)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn code_slot(word: &str) -> usize {
    (hash(word).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & (CODE_SLOTS - 1)
}

/// [`metaphone`] and [`cologne`] of a word, remembered per thread by the word itself (family
/// names repeat: the codes are computed once per distinct name while it stays in the cache).
pub(crate) fn metaphone_cologne(folded: &str) -> (u64, u64) {
    let i = code_slot(folded);
    CODES.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize(CODE_SLOTS, (String::new(), 0, 0));
        }
        let s = &mut c[i];
        if !folded.is_empty() && s.0 == folded {
            return (s.1, s.2);
        }
        let v = (metaphone(folded), cologne(folded));
        s.0.clear();
        s.0.push_str(folded);
        (s.1, s.2) = v;
        v
    })
}

/// Calls `f` on the [`dutch_key`] of `folded`, remembered per thread by the word itself (no
/// allocation when the word is in the cache).
pub(crate) fn with_dutch_key<R>(folded: &str, f: impl FnOnce(&str) -> R) -> R {
    let i = code_slot(folded);
    DUTCH.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize(CODE_SLOTS, (String::new(), String::new()));
        }
        let s = &mut c[i];
        if folded.is_empty() || s.0 != folded {
            s.1 = dutch_key(folded);
            s.0.clear();
            s.0.push_str(folded);
        }
        f(&s.1)
    })
}

/// A small Dutch phonetic key of a folded ASCII word: `ij`/`ei`/`y` → `Y`, `ou`/`au` → `A`,
/// final `d`/`dt` → `t`, `sch` → `s`, `ch`/`g` → `G`, `c(k)`/`q` → `k`, `ph` → `f`, `aa`/`ae` → `a`,
/// `oe` → `U`, `uw`/`w`/`v` → `W`, `z` → `s`, vowels after the first letter collapsed to one
/// class, then doubled letters collapsed.
///
/// ```text
/// Bijl, Beil, Byl → same key; Jansen, Janssen, Jansens → same up to the final s
/// ```
pub(crate) fn dutch_key(folded: &str) -> String {
    let b: Vec<u8> = folded.bytes().filter(u8::is_ascii_alphabetic).collect();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    let n = b.len();
    let at = |k: usize| -> u8 { if k < n { b[k] } else { 0 } };
    while i < n {
        let c = b[i];
        let next = at(i + 1);
        let (code, adv): (u8, usize) = match c {
            b'i' if next == b'j' => (b'Y', 2),
            b'e' if next == b'i' => (b'Y', 2),
            b'y' => (b'Y', 1),
            b'o' | b'a' if next == b'u' => (b'A', 2),
            b'o' if next == b'e' => (b'U', 2),
            b'a' if next == b'a' || next == b'e' => (b'a', 2),
            b's' if next == b'c' && at(i + 2) == b'h' => (b's', 3),
            b'c' if next == b'h' => (b'G', 2),
            b'g' => (b'G', 1),
            b'c' if next == b'k' => (b'k', 2),
            b'c' if matches!(next, b'e' | b'i' | b'y') => (b's', 1),
            b'c' | b'q' => (b'k', 1),
            b'p' if next == b'h' => (b'f', 2),
            b'u' if next == b'w' => (b'W', 2),
            b'w' | b'v' => (b'W', 1),
            b'z' => (b's', 1),
            b'd' if next == b't' && i + 2 == n => (b't', 2),
            b'd' if i + 1 == n => (b't', 1),
            b'h' if i > 0 => (0, 1),
            _ => (c, 1),
        };
        if code != 0 {
            let code = if i > 0 && matches!(code, b'a' | b'e' | b'i' | b'o' | b'u') {
                b'V'
            } else {
                code
            };
            if out.last() != Some(&code) {
                out.push(code);
            }
        }
        i += adv;
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_key_groups_spellings() {
        assert_eq!(dutch_key("bijl"), dutch_key("byl"));
        assert_eq!(dutch_key("bijl"), dutch_key("beil"));
        assert_eq!(dutch_key("jansen"), dutch_key("janssen"));
        assert_eq!(dutch_key("schouten"), dutch_key("schauten"));
        assert_eq!(dutch_key("smid"), dutch_key("smit"));
        assert_eq!(dutch_key("claessen"), dutch_key("klaasen"));
        assert_ne!(dutch_key("jansen"), dutch_key("pietersen"));
    }

    #[test]
    fn german_and_english_codes() {
        assert_eq!(cologne("meyer"), cologne("maier"));
        assert_eq!(metaphone("smith"), metaphone("smyth"));
        assert_eq!(metaphone(""), 0);
    }
}
