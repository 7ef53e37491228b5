//! Pre-cleaning: Unicode normalisation, typographic characters, noise removal, line splitting,
//! and the small text helpers (folding, casing) shared by the other steps.
#![allow(clippy::match_same_arms, clippy::unnested_or_patterns)] // rule tables read best one spelling per arm

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization};

use crate::inline_vec::InlineVec;

/// Longest input parsed, in bytes; longer text gives an empty address with `too_long`.
pub const MAX_INPUT_BYTES: usize = 1024;
/// Most parts (lines or comma-separated pieces) parsed.
pub(crate) const MAX_SEGMENTS: usize = 16;
/// Most whitespace-separated tokens parsed.
pub(crate) const MAX_TOKENS: usize = 96;

/// The cleaned text, split into parts.
#[derive(Debug)]
pub(crate) struct Cleaned {
    /// Pooled strings: a parse's few lines do not allocate.
    pub segments: Vec<Small>,
    pub noise: bool,
}

/// `None` when the input is too long or has too many parts.
pub(crate) fn preclean(text: &str) -> Option<Cleaned> {
    if text.len() > MAX_INPUT_BYTES {
        return None;
    }
    let mut noise = false;
    let ascii = text.is_ascii();
    let nfc: Cow<'_, str> =
        if ascii || unicode_normalization::is_nfc_quick(text.chars()) == IsNormalized::Yes {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(text.nfc().collect())
        };
    // Scratch text from the per-thread pool (the input is at most `MAX_INPUT_BYTES`, though a
    // buffer that grew past `POOLED_CAPACITY` is freed rather than pooled).
    let mut mapped_buf = Small::new();
    let mapped = &mut mapped_buf.0;
    if ascii {
        // The same mapping as below, byte by byte (most input is ASCII).
        for &b in nfc.as_bytes() {
            match b {
                b'`' => mapped.push('\''),
                b'"' => mapped.push(' '),
                b'\r' | b'\n' | b';' | b'|' | b',' => mapped.push('\n'),
                // `char::is_whitespace` in ASCII: tab, vertical tab, form feed, space.
                b'\t' | 0x0b | 0x0c | b' ' => mapped.push(' '),
                0..=0x1f | 0x7f => {}
                _ => mapped.push(char::from(b)),
            }
        }
    } else {
        for c in nfc.chars() {
            match c {
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{B4}' => {
                    mapped.push('\'');
                }
                '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{AB}' | '\u{BB}' => {
                    mapped.push(' ');
                }
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
                | '\u{2212}' => mapped.push('-'),
                '\u{2105}' => mapped.push_str("c/o "),
                '\r' | '\n' | ';' | '|' => mapped.push('\n'),
                ',' => mapped.push('\n'),
                c if c.is_whitespace() => mapped.push(' '),
                c if c.is_control() => {}
                c => mapped.push(c),
            }
        }
    }
    let mapped = strip_parens(mapped, &mut noise);
    let mut segments = Vec::with_capacity(4);
    let mut tokens_total = 0usize;
    let mut out_buf = Small::new();
    let out = &mut out_buf.0;
    for line in mapped.split('\n') {
        out.clear();
        let mut skip_phone = false;
        let toks = TokVec::collect(line.words().filter(|t| !t.is_empty()));
        for (ti, &tok) in toks.iter().enumerate() {
            let next_digit = toks
                .get(ti + 1)
                .is_some_and(|n| n.starts_with('+') || n.as_bytes()[0].is_ascii_digit());
            tokens_total += 1;
            if tokens_total > MAX_TOKENS {
                return None;
            }
            if is_noise_token(tok) {
                noise = true;
                continue;
            }
            // Compared without allocating a lower-case copy of every token.
            let core = tok.trim_end_matches([':', '.']);
            let is_one_of = |words: &[&str]| words.iter().any(|w| core.eq_ignore_ascii_case(w));
            if tok.ends_with(':') && is_one_of(CONTACT_LABELS)
                || next_digit && is_one_of(PHONE_LABELS)
            {
                skip_phone = true;
                noise = true;
                continue;
            }
            if skip_phone {
                if tok
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b"+()-./".contains(&b))
                {
                    continue;
                }
                skip_phone = false;
            }
            if tok.starts_with('+') && tok[1..].bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                skip_phone = true;
                noise = true;
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            push_split_glued(out, tok);
        }
        let t = out.trim_matches(|c: char| c == ' ' || c == ':' || c == '-' || c == '*');
        if !t.is_empty() && t.chars().any(char::is_alphanumeric) {
            segments.push(Small::from_text(t));
            if segments.len() > MAX_SEGMENTS {
                return None;
            }
        }
    }
    Some(Cleaned { segments, noise })
}

/// Labels of a phone number or e-mail address when followed by `:`.
const CONTACT_LABELS: &[&str] = &[
    "tel", "telefoon", "telefon", "phone", "ph", "mob", "mobile", "gsm", "fax", "t", "m", "e-mail",
    "email", "mail", "e", "tél",
];
/// Labels of a phone number when followed by digits.
const PHONE_LABELS: &[&str] = &["tel", "telefoon", "telefon", "phone", "fax"];

/// Removes parenthesised remarks; keeps short capitalised qualifiers such as `(Saale)`, `(MI)`.
fn strip_parens<'a>(s: &'a str, noise: &mut bool) -> Cow<'a, str> {
    if !s.contains('(') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else {
            rest = after;
            *noise = true;
            break;
        };
        let inner = after[..close].trim();
        let keep = !inner.is_empty()
            && inner.words().count() <= 2
            && inner.chars().next().is_some_and(char::is_uppercase)
            && inner
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '.');
        if keep {
            out.push('(');
            out.push_str(inner);
            out.push(')');
        } else {
            *noise = true;
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// E-mail addresses, URLs and long digit runs (phone numbers).
fn is_noise_token(tok: &str) -> bool {
    if tok.contains('@') && tok.contains('.') {
        return true;
    }
    let starts = |p: &str| {
        tok.as_bytes()
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    if starts("http://") || starts("https://") || starts("www.") {
        return true;
    }
    let digits = tok.bytes().filter(u8::is_ascii_digit).count();
    if digits >= 10
        && tok
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+()-./".contains(&b))
    {
        // ZIP+4 (`12345-6789`) is not a phone number.
        let zip4 = tok.len() == 10 && tok.as_bytes()[5] == b'-' && digits == 9;
        return !zip4;
    }
    false
}

/// `BONN53111` → `53111 BONN`; `Hauptstr.5` → `Hauptstr. 5`; `Keizersgracht123` →
/// `Keizersgracht 123`.
fn push_split_glued(out: &mut String, tok: &str) {
    let b = tok.as_bytes();
    let alpha = tok
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic() && *c != '.')
        .map_or(tok.len(), |(i, _)| i);
    if alpha >= 3 && alpha < b.len() {
        let rest = &tok[alpha..];
        let nd = rest.bytes().take_while(u8::is_ascii_digit).count();
        if nd == 5 && rest.len() == 5 && !tok[..alpha].contains('.') {
            out.push_str(rest);
            out.push(' ');
            out.push_str(&tok[..alpha]);
            return;
        }
        let letters_after = &rest[nd..];
        if (1..=4).contains(&nd)
            && (letters_after.is_empty()
                || (letters_after.len() <= 2
                    && letters_after.bytes().all(|c| c.is_ascii_alphabetic())))
            && (alpha >= 4 || tok[..alpha].ends_with('.'))
        {
            out.push_str(&tok[..alpha]);
            out.push(' ');
            out.push_str(rest);
            return;
        }
    }
    out.push_str(tok);
}

/// Longest buffer kept for reuse by [`Small`].
const POOLED_CAPACITY: usize = 256;

thread_local! {
    /// Buffers of dropped [`Small`] strings, reused by the next ones on this thread.
    static POOL: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A scratch string for the folded and lower-cased lookup keys: its buffer comes from (and
/// returns to) a per-thread pool, so the many short-lived keys of one parse do not allocate.
pub(crate) struct Small(String);

impl Small {
    fn new() -> Small {
        let s = POOL
            .try_with(|p| p.borrow_mut().pop())
            .ok()
            .flatten()
            .unwrap_or_else(|| String::with_capacity(64));
        Small(s)
    }

    /// A pooled copy of `s`.
    pub(crate) fn from_text(s: &str) -> Small {
        let mut out = Small::new();
        out.0.push_str(s);
        out
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }

    /// The buffer, for editing in place.
    pub(crate) fn string_mut(&mut self) -> &mut String {
        &mut self.0
    }

    fn push_str(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn push_byte(&mut self, c: u8) {
        self.0.push(char::from(c));
    }

    fn ends_with_space(&self) -> bool {
        self.0.ends_with(' ')
    }

    fn pop(&mut self) {
        self.0.pop();
    }
}

impl Drop for Small {
    fn drop(&mut self) {
        let mut s = std::mem::take(&mut self.0);
        if s.capacity() == 0 || s.capacity() > POOLED_CAPACITY {
            return;
        }
        s.clear();
        // During thread teardown the pool may be gone: the buffer is then simply freed.
        let _ = POOL.try_with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < 32 {
                p.push(s);
            }
        });
    }
}

impl Clone for Small {
    fn clone(&self) -> Small {
        let mut c = Small::new();
        c.push_str(self);
        c
    }
}

impl std::ops::Deref for Small {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Small {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl std::fmt::Display for Small {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for Small {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Small {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// `s` in lower case, without allocating (a pooled buffer).
pub(crate) fn lower(s: &str) -> Small {
    let mut out = Small::new();
    if s.is_ascii() {
        out.0.push_str(s);
        out.0.make_ascii_lowercase();
    } else if s.contains('Σ') {
        // Final sigma depends on the context: `str::to_lowercase` knows it.
        out.0.push_str(&s.to_lowercase());
    } else {
        // Otherwise `str::to_lowercase` is the per-character mapping, without its own buffer.
        // Below U+0100 the mapping is known: ASCII, and the Latin-1 capitals À–Þ (but ×) are
        // their small letters 0x20 above; every other Latin-1 character is its own lower case.
        for c in s.chars() {
            let u = u32::from(c);
            if u < 0x100 {
                let l = if c.is_ascii_uppercase() || (0xC0..=0xDE).contains(&u) && u != 0xD7 {
                    char::from_u32(u + 0x20).unwrap_or(c)
                } else {
                    c
                };
                out.0.push(l);
            } else {
                out.0.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// Calls `f` with `s` in lower case: short ASCII text is lower-cased in a stack buffer (no
/// pooled string), anything else through [`lower`]. The same text as `f(&lower(s))`.
#[inline]
pub(crate) fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if s.len() <= buf.len() && s.is_ascii() {
        let b = &mut buf[..s.len()];
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(k) = std::str::from_utf8(b) {
            return f(k);
        }
    }
    f(&lower(s))
}

/// The space-separated tokens of `s` (as `s.words()`, empty tokens included), by a byte
/// scan: the tokens are short, so this beats the general pattern searcher.
pub(crate) fn words(s: &str) -> Words<'_> {
    Words { rest: Some(s) }
}

/// Iterator of [`words`].
#[derive(Debug, Clone)]
pub(crate) struct Words<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let r = self.rest?;
        if let Some(i) = r.bytes().position(|b| b == b' ') {
            self.rest = Some(&r[i + 1..]);
            Some(&r[..i])
        } else {
            self.rest = None;
            Some(r)
        }
    }
}

impl<'a> DoubleEndedIterator for Words<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        let r = self.rest?;
        if let Some(i) = r.bytes().rposition(|b| b == b' ') {
            self.rest = Some(&r[..i]);
            Some(&r[i + 1..])
        } else {
            self.rest = None;
            Some(r)
        }
    }
}

/// The text of `seg` that `toks`, a run of consecutive words of `seg` ([`words`]), cover:
/// their `join(" ")`, borrowed from `seg`.
pub(crate) fn span<'a>(seg: &'a str, toks: &[&'a str]) -> &'a str {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return "";
    };
    let base = seg.as_ptr() as usize;
    let start = first.as_ptr() as usize - base;
    let end = last.as_ptr() as usize + last.len() - base;
    &seg[start..end]
}

/// `toks.join(" ")` for tokens of `line` in order (empty words skipped): borrowed from `line`
/// when the tokens sit there separated by single spaces.
pub(crate) fn join_words<'a>(line: &'a str, toks: &[&'a str]) -> Cow<'a, str> {
    let s = span(line, toks);
    let joined_len = toks.iter().map(|t| t.len()).sum::<usize>() + toks.len().saturating_sub(1);
    if s.len() == joined_len {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(toks.join(" "))
    }
}

/// Tokens kept on the stack by [`TokVec`] before it spills to the heap.
const STACK_TOKENS: usize = 16;

/// The tokens of one line: on the stack when there are at most [`STACK_TOKENS`] (nearly every
/// line), so collecting them does not allocate. Reads as a slice.
pub(crate) type TokVec<'a> = InlineVec<&'a str, STACK_TOKENS>;

/// `.words()` and `.lc()` on any text: [`words`] and [`lower`] as methods.
pub(crate) trait TextExt {
    fn words(&self) -> Words<'_>;
    fn lc(&self) -> Small;
}

impl TextExt for str {
    #[inline]
    fn words(&self) -> Words<'_> {
        words(self)
    }
    #[inline]
    fn lc(&self) -> Small {
        lower(self)
    }
}

/// Lower-case ASCII fold for lookups: accents removed, `ß` → `ss`, `.`/`'` dropped, `-`/`/`
/// → space, spaces collapsed. The result is ASCII and never longer than `s`.
pub(crate) fn fold(s: &str) -> Small {
    let mut out = Small::new();
    let mut space = true;
    // Letters, digits and single inner spaces only (`Keizersgracht 123`): the fold is the
    // text in lower case.
    let b = s.as_bytes();
    if b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b' ')
        && !b.windows(2).any(|w| w == b"  ")
    {
        out.push_str(s);
        out.0.make_ascii_lowercase();
        return out;
    }
    if s.is_ascii() && s.len() <= 128 {
        // The loop below into a stack buffer: the fold is never longer than `s`.
        let mut buf = [0u8; 128];
        let mut n = 0usize;
        for &b in s.as_bytes() {
            match b {
                b'a'..=b'z' | b'0'..=b'9' => {
                    buf[n] = b;
                    n += 1;
                    space = false;
                }
                b'A'..=b'Z' => {
                    buf[n] = b.to_ascii_lowercase();
                    n += 1;
                    space = false;
                }
                b' ' | b'-' | b'/' | b'_' | b'(' | b')' if !space => {
                    buf[n] = b' ';
                    n += 1;
                    space = true;
                }
                _ => {}
            }
        }
        while n > 0 && buf[n - 1] == b' ' {
            n -= 1;
        }
        if let Ok(t) = std::str::from_utf8(&buf[..n]) {
            out.push_str(t);
        }
        return out;
    }
    if s.is_ascii() {
        for &b in s.as_bytes() {
            match b {
                b'a'..=b'z' | b'0'..=b'9' => {
                    out.0.push(char::from(b));
                    space = false;
                }
                b'A'..=b'Z' => {
                    out.0.push(char::from(b.to_ascii_lowercase()));
                    space = false;
                }
                b' ' | b'-' | b'/' | b'_' | b'(' | b')' if !space => {
                    out.0.push(' ');
                    space = true;
                }
                _ => {}
            }
        }
        while out.ends_with_space() {
            out.pop();
        }
        return out;
    }
    for c in s.chars() {
        let mapped: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push_byte(c as u8);
                space = false;
                continue;
            }
            'A'..='Z' => {
                out.push_byte(c.to_ascii_lowercase() as u8);
                space = false;
                continue;
            }
            '.' | '\'' => continue,
            ' ' | '-' | '/' | '_' | '(' | ')' => {
                if !space {
                    out.push_byte(b' ');
                    space = true;
                }
                continue;
            }
            _ => fold_char(c),
        };
        if !mapped.is_empty() {
            out.push_str(mapped);
            space = false;
        }
    }
    while out.ends_with_space() {
        out.pop();
    }
    out
}

/// `fold(s).len()`, without building the fold when `s` is ASCII.
pub(crate) fn fold_len(s: &str) -> usize {
    if !s.is_ascii() {
        return fold(s).len();
    }
    let mut n = 0usize;
    let mut space = true;
    for &b in s.as_bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => {
                n += 1;
                space = false;
            }
            b' ' | b'-' | b'/' | b'_' | b'(' | b')' if !space => {
                n += 1;
                space = true;
            }
            _ => {}
        }
    }
    // The fold drops its trailing space (at most one: spaces never follow spaces).
    if space && n > 0 { n - 1 } else { n }
}

fn fold_char(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'ą' | 'Ą' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'č' | 'Ć' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ę' | 'ě' | 'Ę' | 'ē' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ı' | 'İ' => "i",
        'ñ' | 'Ñ' | 'ń' | 'ň' | 'Ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ő' | 'Ő' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ů' | 'ű' | 'Ű' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' | 'ẞ' => "ss",
        'ł' | 'Ł' => "l",
        'ś' | 'š' | 'Ś' | 'Š' | 'ş' | 'ș' => "s",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'ř' | 'Ř' => "r",
        'ť' | 'ț' => "t",
        'ď' | 'đ' | 'Đ' => "d",
        'þ' | 'Þ' => "th",
        'ð' | 'Ð' => "d",
        'ğ' => "g",
        'º' | 'ª' | '°' => "",
        c if c.is_alphanumeric() => "?",
        _ => "",
    }
}

/// Words kept lower-case inside a name when the input's case is repaired.
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "de"
            | "der"
            | "den"
            | "het"
            | "'t"
            | "op"
            | "aan"
            | "te"
            | "ten"
            | "ter"
            | "in"
            | "bij"
            | "onder"
            | "over"
            | "voor"
            | "la"
            | "le"
            | "les"
            | "du"
            | "des"
            | "en"
            | "sur"
            | "sous"
            | "lès"
            | "aux"
            | "au"
            | "et"
            | "à"
            | "am"
            | "an"
            | "im"
            | "zum"
            | "zur"
            | "von"
            | "vom"
            | "auf"
            | "dem"
            | "das"
            | "of"
            | "the"
            | "and"
            | "upon"
            | "on"
            | "y"
            | "del"
            | "di"
            | "da"
            | "della"
            | "dei"
            | "'s"
    )
}

/// Repairs the case of text that is all upper-case or all lower-case (`KEIZERSGRACHT` →
/// `Keizersgracht`, `frankfurt am main` → `Frankfurt am Main`); mixed case is kept.
pub(crate) fn smart_case(s: &str) -> String {
    smart_case_cow(s).into_owned()
}

/// [`smart_case`], borrowing `s` when its case is kept.
pub(crate) fn smart_case_cow(s: &str) -> Cow<'_, str> {
    let (has_lower, has_upper) = if s.is_ascii() {
        (
            s.bytes().any(|b| b.is_ascii_lowercase()),
            s.bytes().any(|b| b.is_ascii_uppercase()),
        )
    } else {
        (
            s.chars().any(char::is_lowercase),
            s.chars().any(char::is_uppercase),
        )
    };
    if has_lower && has_upper {
        return Cow::Borrowed(s);
    }
    Cow::Owned(title_case(s))
}

/// Title case with particles kept lower-case (not the first word).
pub(crate) fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (wi, word) in s.words().enumerate() {
        if wi > 0 {
            out.push(' ');
        }
        let lw = word.lc();
        let roman = word.len() <= 5
            && !word.trim_end_matches('.').is_empty()
            && word
                .trim_end_matches('.')
                .chars()
                .all(|c| matches!(c, 'I' | 'V' | 'X' | 'i' | 'v' | 'x'))
            && word.trim_end_matches('.').len() >= 2;
        if roman {
            out.push_str(&word.to_uppercase());
            continue;
        }
        for (pi, part) in lw.split('-').enumerate() {
            if pi > 0 {
                out.push('-');
            }
            if (wi > 0 || pi > 0) && is_particle(part) || (pi == 0 && part == "'s") {
                out.push_str(part);
                continue;
            }
            cap_part(&mut out, part, wi == 0 && pi == 0);
        }
    }
    out
}

fn cap_part(out: &mut String, part: &str, first: bool) {
    // d'Alsace, l'Église, O'Connell
    if let Some((head, tail)) = part.split_once('\'')
        && head.chars().count() == 1
        && !tail.is_empty()
    {
        if (head == "d" || head == "l") && !first {
            out.push_str(head);
        } else {
            cap_first(out, head);
        }
        out.push('\'');
        cap_first(out, tail);
        return;
    }
    cap_first(out, part);
}

fn cap_first(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
}

/// True when the token starts with an ASCII digit.
pub(crate) fn starts_digit(t: &str) -> bool {
    t.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// True when the token is only ASCII digits.
pub(crate) fn all_digits(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

/// True when the token has a letter and no digit.
pub(crate) fn is_wordy(t: &str) -> bool {
    t.chars().any(char::is_alphabetic) && !t.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_cases() {
        assert_eq!(fold("'s-Gravenhage"), "s gravenhage");
        assert_eq!(fold("Noord-Holland"), "noord holland");
        assert_eq!(fold("N.-H."), "n h");
        assert_eq!(fold("München"), "munchen");
        assert_eq!(smart_case("FRANKFURT AM MAIN"), "Frankfurt am Main");
        assert_eq!(smart_case("'s-gravenhage"), "'s-Gravenhage");
        assert_eq!(smart_case("aix-en-provence"), "Aix-en-Provence");
        assert_eq!(smart_case("rue d'alsace"), "Rue d'Alsace");
        assert_eq!(smart_case("Keizersgracht"), "Keizersgracht");
    }

    #[test]
    fn splits_glued() {
        let c = preclean("BONN53111").unwrap();
        assert_eq!(c.segments, ["53111 BONN"]);
        let c = preclean("Hauptstr.5, Tel: 030 1234567").unwrap();
        assert_eq!(c.segments, ["Hauptstr. 5"]);
        assert!(c.noise);
    }
}
