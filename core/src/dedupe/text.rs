//! Text keys: ASCII folding (marks stripped), the transliteration variant (German, Nordic,
//! Dutch `ij`), tokenising, and the 64-bit hashes every comparison uses for exact equality.

use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

/// Which folding to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Marks stripped: `Müller` → `muller`, `ø` → `o`, `ß` → `ss`.
    Ascii,
    /// Transliteration: `Müller` → `mueller`, `ø` → `oe`, `å` → `aa`.
    Translit,
}

/// Lower-cases `s` and folds it to ASCII letters, digits, spaces, hyphens and commas (the
/// structural characters names need); other characters become a space. `ĳ` is `ij` in both
/// forms; `Æ`/`Œ` (which do not decompose) are `ae`/`oe`.
pub(crate) fn fold(s: &str, mode: Fold) -> String {
    let mut out = String::with_capacity(s.len());
    let ascii = |out: &mut String, c: char| {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() || c == '-' || c == ',' || c == '.' || c == '(' || c == ')' {
            out.push(c);
        } else if c == '\'' || c == '`' {
            // 't, d'Artagnan: the apostrophe joins.
        } else {
            out.push(' ');
        }
    };
    // ASCII input is its own NFD: no decomposition pass.
    if s.is_ascii() {
        for b in s.bytes() {
            ascii(&mut out, char::from(b));
        }
        return out;
    }
    for c in s.nfd() {
        if c.is_ascii() {
            ascii(&mut out, c);
            continue;
        }
        if is_combining_mark(c) {
            // Umlaut (U+0308) and ring (U+030A) transliterate; every other mark is dropped.
            if mode == Fold::Translit {
                let last = out.as_bytes().last().copied();
                if c == '\u{308}' && matches!(last, Some(b'a' | b'o' | b'u')) {
                    out.push('e');
                } else if c == '\u{30a}' && last == Some(b'a') {
                    out.push('a');
                }
            }
            continue;
        }
        let rep: &str = match c {
            'ß' | 'ẞ' => "ss",
            'æ' | 'Æ' => "ae",
            'œ' | 'Œ' => "oe",
            'ø' | 'Ø' => {
                if mode == Fold::Translit {
                    "oe"
                } else {
                    "o"
                }
            }
            'ĳ' | 'Ĳ' => "ij",
            'ł' | 'Ł' => "l",
            'đ' | 'Đ' | 'ð' | 'Ð' => "d",
            'þ' | 'Þ' => "th",
            'ı' => "i",
            '\u{2010}'..='\u{2015}' => "-",
            '\u{2018}' | '\u{2019}' => "",
            _ => {
                if c.is_alphanumeric() {
                    // Non-Latin letters: kept lower-cased so equal strings stay equal.
                    for l in c.to_lowercase() {
                        out.push(l);
                    }
                    continue;
                }
                " "
            }
        };
        out.push_str(rep);
    }
    out
}

/// Letters and digits only, lower-case ASCII (no spaces): the key of a folded string.
pub(crate) fn squash(folded: &str) -> String {
    folded.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A stable 64-bit FNV-1a hash; `0` is reserved for "absent".
pub(crate) fn hash(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// [`hash`] over bytes.
pub(crate) fn hash_bytes(b: &[u8]) -> u64 {
    hash_iter(b.iter().copied())
}

/// [`hash`] of the concatenation of `parts`, without building it.
pub(crate) fn hash_concat<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    hash_iter(parts.into_iter().flatten().copied())
}

/// [`hash`] of a sequence of bytes, without collecting it.
pub(crate) fn hash_iter(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for x in bytes {
        h ^= u64::from(x);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    if h == 0 { 1 } else { h }
}

/// Mixes two hashes (order matters).
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let h = (a ^ b.rotate_left(23)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    if h == 0 { 1 } else { h }
}

/// Bytes a [`KeyStr`] holds without an allocation.
const INLINE: usize = 22;

/// The text of a [`Key`]: up to 22 bytes inline (names, streets, cities, postcodes: no heap
/// allocation, 24 bytes like a `String`), longer ones boxed. Reads as a `str`.
#[derive(Clone)]
pub(crate) enum KeyStr {
    /// Short text: its length and bytes.
    Inline(u8, [u8; INLINE]),
    /// Longer text.
    Heap(Box<str>),
}

impl KeyStr {
    /// The text's bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            KeyStr::Inline(n, b) => &b[..usize::from(*n)],
            KeyStr::Heap(s) => s.as_bytes(),
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            // Always the bytes of a whole `str` (see `From<String>`).
            KeyStr::Inline(n, b) => std::str::from_utf8(&b[..usize::from(*n)]).unwrap_or_default(),
            KeyStr::Heap(s) => s,
        }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            KeyStr::Inline(n, _) => usize::from(*n),
            KeyStr::Heap(s) => s.len(),
        }
    }
}

impl From<String> for KeyStr {
    fn from(s: String) -> Self {
        if s.len() <= INLINE {
            let mut b = [0u8; INLINE];
            b[..s.len()].copy_from_slice(s.as_bytes());
            #[allow(clippy::cast_possible_truncation)] // at most INLINE
            KeyStr::Inline(s.len() as u8, b)
        } else {
            KeyStr::Heap(s.into_boxed_str())
        }
    }
}

impl Default for KeyStr {
    fn default() -> Self {
        KeyStr::Inline(0, [0; INLINE])
    }
}

impl std::ops::Deref for KeyStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for KeyStr {
    fn eq(&self, o: &KeyStr) -> bool {
        self.as_bytes() == o.as_bytes()
    }
}

impl PartialEq<&str> for KeyStr {
    fn eq(&self, o: &&str) -> bool {
        self.as_bytes() == o.as_bytes()
    }
}

impl std::fmt::Debug for KeyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// A folded key with its hashes: the ASCII form (compared by fuzzy kernels) and the hashes of
/// the ASCII and transliterated forms (exact on either is exact).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Key {
    /// ASCII folded, squashed.
    pub s: KeyStr,
    /// Hash of `s`.
    pub h: u64,
    /// Hash of the transliterated form.
    pub t: u64,
}

impl Key {
    /// The key of a value (folded + squashed); `None` when nothing is left.
    pub fn new(raw: &str) -> Option<Key> {
        if raw.is_ascii() {
            // ASCII: both folds are the lower-cased letters and digits.
            return Key::ascii_alnum(raw);
        }
        let s = squash(&fold(raw, Fold::Ascii));
        if s.is_empty() {
            return None;
        }
        let t = squash(&fold(raw, Fold::Translit));
        Some(Key {
            h: hash(&s),
            t: hash(&t),
            s: s.into(),
        })
    }

    /// The key of the ASCII letters and digits of `raw`, lower-cased (other characters
    /// dropped; no transliteration variant, no allocation when they fit inline); `None` when
    /// nothing is left.
    pub fn ascii_alnum(raw: &str) -> Option<Key> {
        let mut b = [0u8; INLINE];
        let mut n = 0;
        for x in raw.bytes().filter(u8::is_ascii_alphanumeric) {
            if n == INLINE {
                let s: String = raw
                    .bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(|b| char::from(b.to_ascii_lowercase()))
                    .collect();
                return Key::from_folded(s);
            }
            b[n] = x.to_ascii_lowercase();
            n += 1;
        }
        if n == 0 {
            return None;
        }
        let h = hash_bytes(&b[..n]);
        #[allow(clippy::cast_possible_truncation)] // at most INLINE
        let len = n as u8;
        Some(Key {
            s: KeyStr::Inline(len, b),
            h,
            t: h,
        })
    }

    /// The key of an already folded ASCII string (no transliteration variant).
    pub fn from_folded(s: String) -> Option<Key> {
        if s.is_empty() {
            return None;
        }
        let h = hash(&s);
        Some(Key {
            s: s.into(),
            h,
            t: h,
        })
    }

    /// Whether two keys are equal on either form.
    pub fn eq(&self, o: &Key) -> bool {
        self.h == o.h || self.t == o.t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_and_transliterates() {
        assert_eq!(fold("Müller", Fold::Ascii), "muller");
        assert_eq!(fold("Müller", Fold::Translit), "mueller");
        assert_eq!(fold("Ærø Straße", Fold::Ascii), "aero strasse");
        assert_eq!(fold("Ĳsselmeer", Fold::Ascii), "ijsselmeer");
        assert_eq!(fold("Muñoz", Fold::Ascii), "munoz");
        assert_eq!(fold("Åse", Fold::Translit), "aase");
        assert_eq!(fold("in 't Veld", Fold::Ascii), "in t veld");
        let (a, b, c) = (
            Key::new("Müller").unwrap(),
            Key::new("Mueller").unwrap(),
            Key::new("Muller").unwrap(),
        );
        assert!(a.eq(&b) && a.eq(&c) && !b.eq(&c));
        // The ASCII fast path of `Key::new` is the general fold.
        for raw in [
            "Jan-Pieter",
            "O'Brien",
            "van der Berg.",
            "J.P.M. (Jan)",
            "  ",
            "A_b,c 12",
        ] {
            let s = squash(&fold(raw, Fold::Ascii));
            let k = Key::new(raw);
            assert_eq!(
                k.as_ref().map(|k| k.s.as_str()),
                (!s.is_empty()).then_some(s.as_str())
            );
            if let Some(k) = k {
                assert_eq!(
                    (k.h, k.t),
                    (hash(&s), hash(&squash(&fold(raw, Fold::Translit))))
                );
            }
        }
    }
}
