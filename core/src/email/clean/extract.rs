//! Finding the address(es) in a raw CRM field: trimming, unwrapping, splitting, display names,
//! at-sign spellings, inner white space and the default domain. Every change is recorded as a
//! [`CleanFix`]; nothing here validates (the core validator does that afterwards).
//!
//! Work is linear in the input: the field is scanned a bounded number of times, unwrapping stops
//! after [`MAX_STEPS`] steps per piece, and splitting stops after [`MAX_ADDRESSES`] addresses.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization as _;

use super::{CleanFix, Fixes, Rules};

/// The most addresses taken from one field: the main one plus 32 `others`.
pub(crate) const MAX_ADDRESSES: usize = 33;
/// The most unwrapping steps on one piece (each removes something from its ends).
pub(crate) const MAX_STEPS: usize = 32;

/// One address-like piece of the field, cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    /// The cleaned value to validate.
    pub value: Cow<'a, str>,
    /// The display name that was removed, unquoted and NFC (not when it was the address again).
    pub display_name: Option<String>,
}

/// What the extraction works with.
pub(crate) struct Ctx<'a> {
    pub rules: Rules,
    /// Normalised default domain (no leading `@`, no trailing dot), if any.
    pub default_domain: Option<&'a str>,
    pub fixes: &'a mut Fixes,
}

impl Ctx<'_> {
    fn on(&self, f: CleanFix) -> bool {
        self.rules.on(f)
    }

    fn fix(&mut self, f: CleanFix) {
        self.fixes.add(f);
    }
}

/// Characters trimmed at both ends: Unicode `White_Space` plus the invisible format characters
/// that copy and paste leaves behind.
pub(crate) fn is_trim_char(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'
                | '\u{200C}'
                | '\u{200D}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2060}'
                | '\u{FEFF}'
                | '\u{00AD}'
                | '\u{180E}'
        )
}

/// Invisible characters removed inside a value (not ZWJ/ZWNJ, which some scripts need).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2060}' | '\u{FEFF}'
    )
}

fn is_newline(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

fn is_at_like(c: char) -> bool {
    matches!(c, '@' | '\u{FF20}' | '\u{FE6B}')
}

impl Found<'_> {
    fn into_owned(self) -> Found<'static> {
        Found {
            value: Cow::Owned(self.value.into_owned()),
            display_name: self.display_name,
        }
    }
}

/// A value that needs no cleaning at all: ASCII letters, digits, `.`, `-`, `_`, `+` and exactly
/// one `@`, not first or last, and no dot at either end (the usual CRM value; this skips every
/// scan below).
fn is_plain(raw: &str) -> bool {
    let b = raw.as_bytes();
    let mut ats = 0;
    for &c in b {
        if c == b'@' {
            ats += 1;
        } else if !(c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_' | b'+')) {
            return false;
        }
    }
    ats == 1 && !matches!(b.first(), Some(b'@' | b'.')) && !matches!(b.last(), Some(b'@' | b'.'))
}

/// Finds the address-like pieces of `raw`, cleaned, at most [`MAX_ADDRESSES`].
pub(crate) fn extract<'a>(raw: &'a str, ctx: &mut Ctx<'_>) -> Vec<Found<'a>> {
    if is_plain(raw) {
        return vec![Found {
            value: Cow::Borrowed(raw),
            display_name: None,
        }];
    }
    // 1. Trim the field and remove invisible characters inside it.
    let trimmed = if ctx.on(CleanFix::Trimmed) {
        let t = raw.trim_matches(is_trim_char);
        if t.len() != raw.len() {
            ctx.fix(CleanFix::Trimmed);
        }
        t
    } else {
        raw
    };
    if ctx.on(CleanFix::RemovedInvisible) && !trimmed.is_ascii() && trimmed.contains(is_invisible) {
        ctx.fix(CleanFix::RemovedInvisible);
        let owned: String = trimmed.chars().filter(|c| !is_invisible(*c)).collect();
        return extract_field(&owned, ctx)
            .into_iter()
            .map(Found::into_owned)
            .collect();
    }
    extract_field(trimmed, ctx)
}

/// Unwraps, splits and cleans a trimmed field.
fn extract_field<'a>(field: &'a str, ctx: &mut Ctx<'_>) -> Vec<Found<'a>> {
    // 2. Unwrap the field as a whole (quotes or brackets around a list of addresses).
    let field = unwrap(field, ctx, None);

    // 3. Split.
    let mut pieces: Vec<&str> = Vec::new();
    let mut dropped = false;
    let mut truncated = false;
    if ctx.on(CleanFix::SplitMultiple) {
        split_field(field, ctx, &mut pieces, &mut dropped, &mut truncated);
    } else if !field.is_empty() {
        pieces.push(field);
    }

    // 4. Clean each piece.
    let mut found = Vec::with_capacity(pieces.len());
    for p in pieces {
        match clean_piece(p, ctx) {
            Some(f) => found.push(f),
            None => dropped = true,
        }
    }
    if found.len() > 1 {
        ctx.fix(CleanFix::SplitMultiple);
    }
    if truncated {
        ctx.fix(CleanFix::TruncatedOthers);
    }
    if dropped && !found.is_empty() {
        ctx.fix(CleanFix::RemovedText);
    }
    found
}

/// Splits the field at `,`, `;` and line breaks (outside quotes and angle brackets), then each
/// piece at white space or `/` when every part is an address.
fn split_field<'a>(
    field: &'a str,
    ctx: &Ctx<'_>,
    pieces: &mut Vec<&'a str>,
    dropped: &mut bool,
    truncated: &mut bool,
) {
    let dd = ctx.default_domain.is_some() && ctx.on(CleanFix::AddedDefaultDomain);
    let mut segments: Vec<&'a str> = Vec::new();
    // A run of segments that are not address-like, which may be the first half of a display
    // name with a comma in it (`Vries, Jan <jan@example.nl>`).
    let mut pending: Option<usize> = None;
    let mut any_address = false;
    let mut last: Option<(usize, usize)> = None; // the previous segment, if it was an address
    for (start, end) in hard_segments(field) {
        let seg = &field[start..end];
        let core = strip_simple(seg);
        if core.is_empty() {
            last = None;
            continue;
        }
        if let Some((ls, le)) = last
            && pending.is_none()
            && is_comma_for_dot(&field[ls..le], field[le..].chars().next(), seg)
        {
            // `jan@gmx,net`: a comma typed for a dot is not a separator. The piece stays one
            // (and invalid); the suggestion offers the dotted domain.
            if let Some(prev) = segments.last_mut() {
                *prev = &field[ls..end];
            }
            last = Some((ls, end));
            continue;
        }
        if segment_is_address_like(core, dd) {
            any_address = true;
            let from = match pending.take() {
                Some(p) if is_name_form(core) => p,
                Some(_) => {
                    *dropped = true;
                    start
                }
                None => start,
            };
            segments.push(&field[from..end]);
            last = Some((from, end));
            // Sub-splitting cannot make fewer pieces, so stop scanning once over the cap.
            if segments.len() > MAX_ADDRESSES {
                break;
            }
        } else {
            last = None;
            if pending.is_none() {
                pending = Some(start);
            }
        }
    }
    if !any_address {
        // Nothing address-like anywhere: the field is one piece (it may still be junk).
        pieces.push(field);
        return;
    }
    if pending.is_some() {
        *dropped = true;
    }
    for seg in segments {
        sub_split(seg, ctx.on(CleanFix::Trimmed), pieces);
        if pieces.len() > MAX_ADDRESSES {
            pieces.truncate(MAX_ADDRESSES);
            *truncated = true;
            return;
        }
    }
}

/// Whether the separator after the address segment `prev` is a comma typed for a dot: `prev`
/// ends in a domain without a dot, the comma touches both sides, and `next` is exactly a public
/// suffix (`jan@gmx,net`, `jan@ziggo,nl`).
fn is_comma_for_dot(prev: &str, sep: Option<char>, next: &str) -> bool {
    if sep != Some(',') || next.is_empty() || next.len() > 16 {
        return false;
    }
    let Some((_, domain)) = prev.rsplit_once('@') else {
        return false;
    };
    !domain.is_empty()
        && !domain.contains('.')
        && domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && next.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
        && !next.starts_with('.')
        && !next.ends_with('.')
        && psl::suffix(next.to_ascii_lowercase().as_bytes())
            .is_some_and(|x| x.is_known() && x.as_bytes().len() == next.len())
}

/// Byte ranges of the segments between hard separators. `,` and `;` count outside double quotes
/// and angle brackets; line breaks always count (and reset both).
fn hard_segments(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    let mut in_quote = false;
    let mut escaped = false;
    let mut depth = 0usize;
    let mut iter = s.char_indices();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        for (i, c) in iter.by_ref() {
            if escaped {
                escaped = false;
                continue;
            }
            let cut = if is_newline(c) {
                in_quote = false;
                depth = 0;
                true
            } else if in_quote {
                match c {
                    '\\' => escaped = true,
                    '"' => in_quote = false,
                    _ => {}
                }
                false
            } else {
                match c {
                    '"' => in_quote = true,
                    '<' => depth += 1,
                    '>' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth == 0 && matches!(c, ',' | ';')
            };
            if cut {
                let seg = (start, i);
                start = i + c.len_utf8();
                return Some(seg);
            }
        }
        done = true;
        Some((start, s.len()))
    })
}

/// Trims white space and separator punctuation at the ends.
fn strip_simple(s: &str) -> &str {
    s.trim_matches(|c: char| is_trim_char(c) || matches!(c, ',' | ';' | '.' | ':'))
}

fn segment_is_address_like(core: &str, default_domain: bool) -> bool {
    core.contains(is_at_like) || has_at_spelling(core) || (default_domain && is_bare_local(core))
}

/// `Name <address>`: ends with `>` and has a `<` after some text.
fn is_name_form(core: &str) -> bool {
    core.ends_with('>') && core.find('<').is_some_and(|i| i > 0)
}

/// Words between addresses that only join them (`jan@x.nl en piet@y.nl`).
const CONNECTORS: &[&str] = &[
    "/", "|", "&", "+", "-", "and", "or", "en", "of", "und", "oder", "et", "ou",
];

/// Whether `token` is one address: one at-sign with text on both sides.
fn has_interior_at(token: &str) -> bool {
    let t = strip_simple(token);
    let mut ats = t.char_indices().filter(|(_, c)| is_at_like(*c));
    match (ats.next(), ats.next()) {
        (Some((i, c)), None) => i > 0 && i + c.len_utf8() < t.len(),
        _ => false,
    }
}

/// Splits one segment at white space and `/` when every part is an address; else keeps it.
/// White space around separators belongs to the separators: pieces are trimmed without a fix
/// (unless trimming is switched off).
fn sub_split<'a>(seg: &'a str, trim: bool, out: &mut Vec<&'a str>) {
    let trimmed = if trim {
        seg.trim_matches(is_trim_char)
    } else {
        seg
    };
    if strip_simple(trimmed).contains(['<', '"']) {
        out.push(trimmed);
        return;
    }
    let mut tokens = trimmed
        .split(char::is_whitespace)
        .filter(|t| !t.is_empty() && !CONNECTORS.iter().any(|c| t.eq_ignore_ascii_case(c)));
    let first = tokens.next();
    let second = tokens.next();
    let (Some(first), Some(second)) = (first, second) else {
        slash_split(trimmed, out);
        return;
    };
    let rest: Vec<&str> = std::iter::once(first)
        .chain(std::iter::once(second))
        .chain(tokens)
        .collect();
    if rest
        .iter()
        .all(|t| has_interior_at(t) || (t.contains('/') && t.split('/').all(has_interior_at)))
    {
        for t in rest {
            slash_split(t, out);
            if out.len() > MAX_ADDRESSES {
                return;
            }
        }
    } else {
        out.push(trimmed);
    }
}

fn slash_split<'a>(token: &'a str, out: &mut Vec<&'a str>) {
    if token.contains('/') && token.split('/').filter(|p| !p.is_empty()).count() >= 2 {
        let parts = || token.split('/').filter(|p| !p.is_empty());
        if parts().all(has_interior_at) {
            for p in parts() {
                out.push(p);
                if out.len() > MAX_ADDRESSES {
                    return;
                }
            }
            return;
        }
    }
    out.push(token);
}

/// Cleans one piece: unwrapping and display name (on slices), then at-sign spellings, inner
/// white space and the default domain. `None` when the piece is not address-like.
fn clean_piece<'a>(piece: &'a str, ctx: &mut Ctx<'_>) -> Option<Found<'a>> {
    let mut name: Option<String> = None;
    let s = unwrap(piece, ctx, Some(&mut name));
    let mut value: Cow<'_, str> = Cow::Borrowed(s);
    if ctx.on(CleanFix::FixedAtSign)
        && let Some(fixed) = fix_at_sign(&value)
    {
        ctx.fix(CleanFix::FixedAtSign);
        value = Cow::Owned(fixed);
    }
    if ctx.on(CleanFix::RemovedInnerSpace)
        && let Some(fixed) = fix_inner_space(&value)
    {
        ctx.fix(CleanFix::RemovedInnerSpace);
        value = Cow::Owned(fixed);
    }
    if ctx.on(CleanFix::AddedDefaultDomain)
        && let Some(dd) = ctx.default_domain
    {
        if !value.contains('@') && is_bare_local(&value) {
            ctx.fix(CleanFix::AddedDefaultDomain);
            value = Cow::Owned(format!("{value}@{dd}"));
        } else if let Some(local) = value.strip_suffix('@')
            && !local.contains('@')
            && is_bare_local(local)
        {
            ctx.fix(CleanFix::AddedDefaultDomain);
            value = Cow::Owned(format!("{value}{dd}"));
        }
    }
    if !is_address_like(&value) {
        return None;
    }
    Some(Found {
        value,
        display_name: name,
    })
}

/// Whether a cleaned piece is worth validating: it has an `@`, or it is one dotted word with a
/// letter in it (`jan.example.nl` gets the verdict `missing_at`). Empty values, placeholders
/// (`n/a`, `geen`) and free text are not.
fn is_address_like(s: &str) -> bool {
    if s.contains('@') {
        return true;
    }
    !s.is_empty()
        && !s.contains(char::is_whitespace)
        && s.contains('.')
        && s.chars().any(char::is_alphabetic)
        && !is_placeholder(s)
}

/// Removes wrappers from the ends of `s` (white space, separator punctuation, `mailto:`,
/// brackets, quotes; for a piece (`name` given) also a label, a comment, a display name), step
/// by step, at most [`MAX_STEPS`] steps. The first real display name found is stored in `name`.
fn unwrap<'a>(mut s: &'a str, ctx: &mut Ctx<'_>, mut name: Option<&mut Option<String>>) -> &'a str {
    for _ in 0..MAX_STEPS {
        match unwrap_step(s, ctx, name.as_deref_mut()) {
            Some(next) => s = next,
            None => break,
        }
    }
    s
}

fn unwrap_step<'a>(
    s: &'a str,
    ctx: &mut Ctx<'_>,
    name: Option<&mut Option<String>>,
) -> Option<&'a str> {
    if ctx.on(CleanFix::Trimmed) {
        let t = s.trim_matches(is_trim_char);
        if t.len() != s.len() {
            ctx.fix(CleanFix::Trimmed);
            return Some(t);
        }
    }
    if ctx.on(CleanFix::StrippedPunctuation) {
        let t = s
            .trim_end_matches([',', ';', '.', ':'])
            .trim_start_matches([',', ';', ':']);
        if t.len() != s.len() {
            ctx.fix(CleanFix::StrippedPunctuation);
            return Some(t);
        }
    }
    if ctx.on(CleanFix::UnwrappedMailto)
        && let Some(t) = strip_mailto(s)
    {
        ctx.fix(CleanFix::UnwrappedMailto);
        return Some(t);
    }
    if ctx.on(CleanFix::UnwrappedBrackets)
        && let Some(t) = strip_brackets(s)
    {
        ctx.fix(CleanFix::UnwrappedBrackets);
        return Some(t);
    }
    if ctx.on(CleanFix::UnwrappedQuotes)
        && let Some(t) = strip_quotes(s)
    {
        ctx.fix(CleanFix::UnwrappedQuotes);
        return Some(t);
    }
    // The rest applies to one piece, not to a whole field.
    let name = name?;
    if ctx.on(CleanFix::RemovedLabel)
        && let Some(t) = strip_label(s)
    {
        ctx.fix(CleanFix::RemovedLabel);
        return Some(t);
    }
    if ctx.on(CleanFix::RemovedComment)
        && let Some(t) = strip_comment(s)
    {
        ctx.fix(CleanFix::RemovedComment);
        return Some(t);
    }
    if ctx.on(CleanFix::RemovedDisplayName)
        && let Some((n, inner)) = split_display_name(s)
    {
        if n.is_empty() {
            // `<jan@x.nl<mailto:jan@x.nl>>`: nested brackets without a name.
            ctx.fix(CleanFix::UnwrappedBrackets);
        } else {
            ctx.fix(CleanFix::RemovedDisplayName);
            if name.is_none() {
                *name = display_name(n);
            }
        }
        return Some(inner);
    }
    None
}

/// `mailto:` (any case, optionally `//`) in front; a `?query` after the address goes too.
fn strip_mailto(s: &str) -> Option<&str> {
    let head = s.get(..7)?;
    if !head.eq_ignore_ascii_case("mailto:") {
        return None;
    }
    let mut rest = &s[7..];
    rest = rest.strip_prefix("//").unwrap_or(rest);
    // In a mailto URI a `?` in the address is percent-encoded, so the first `?` after an `@`
    // starts the query (`?subject=…`, `?cc=…`).
    if let Some(at) = rest.find('@')
        && let Some(q) = rest[at..].find('?')
    {
        rest = &rest[..at + q];
    }
    Some(rest)
}

const BRACKETS: &[(char, char)] = &[('<', '>'), ('(', ')'), ('[', ']'), ('{', '}')];

/// Brackets around the whole value, with no bracket of the same kind inside.
fn strip_brackets(s: &str) -> Option<&str> {
    let first = s.chars().next()?;
    for &(open, close) in BRACKETS {
        if first != open {
            continue;
        }
        if let Some(inner) = s.strip_prefix(open).and_then(|r| r.strip_suffix(close))
            && !inner.contains([open, close])
        {
            return Some(inner);
        }
    }
    None
}

const QUOTES: &[(char, char)] = &[
    ('"', '"'),
    ('\'', '\''),
    ('`', '`'),
    ('\u{201C}', '\u{201D}'), // “ ”
    ('\u{201D}', '\u{201D}'), // ” ”
    ('\u{201E}', '\u{201C}'), // „ “
    ('\u{201E}', '\u{201D}'), // „ ”
    ('\u{2018}', '\u{2019}'), // ‘ ’
    ('\u{2019}', '\u{2019}'), // ’ ’
    ('\u{201A}', '\u{2018}'), // ‚ ‘
    ('\u{00AB}', '\u{00BB}'), // « »
    ('\u{00BB}', '\u{00AB}'), // » «
    ('\u{2039}', '\u{203A}'), // ‹ ›
];

/// Quotes around the whole value. A double quote inside means a quoted local part or display
/// name, so the value is left alone; an apostrophe inside is fine (`'o'brien@x.nl'`).
fn strip_quotes(s: &str) -> Option<&str> {
    let first = s.chars().next()?;
    if first.is_ascii_alphanumeric() {
        return None;
    }
    for &(open, close) in QUOTES {
        if first != open {
            continue;
        }
        if let Some(inner) = s.strip_prefix(open).and_then(|r| r.strip_suffix(close))
            && !(open == '"' && inner.contains('"'))
            && (open == '\'' || !inner.contains([open, close]))
        {
            return Some(inner);
        }
    }
    None
}

/// A label in front of the address: `E-mail: jan@x.nl`, `Privé: …` (letters, spaces, `-`, `.`,
/// `_`, `/`, at most 30 bytes, then `:`, then something address-like).
fn strip_label(s: &str) -> Option<&str> {
    let colon = s.find(':')?;
    let label = &s[..colon];
    if label.is_empty()
        || label.len() > 30
        || !label.chars().next().is_some_and(char::is_alphabetic)
        || !label
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | '_' | '/'))
    {
        return None;
    }
    let rest = &s[colon + 1..];
    let core = strip_simple(rest);
    (!core.is_empty() && (core.contains(is_at_like) || has_at_spelling(core))).then_some(rest)
}

/// A comment in parentheses at either end, without an at-sign inside: `jan@x.nl (werk)`.
fn strip_comment(s: &str) -> Option<&str> {
    if let Some(body) = s.strip_suffix(')')
        && let Some(open) = body.rfind('(')
        && open > 0
    {
        let inner = &body[open + 1..];
        let rest = s[..open].trim_end_matches(is_trim_char);
        if !inner.contains(is_at_like) && !inner.contains(['(', ')']) && !rest.is_empty() {
            return Some(rest);
        }
    }
    if let Some(body) = s.strip_prefix('(')
        && let Some(close) = body.find(')')
    {
        let inner = &body[..close];
        let rest = body[close + 1..].trim_start_matches(is_trim_char);
        if !inner.contains(is_at_like) && !inner.contains(['(', ')']) && !rest.is_empty() {
            return Some(rest);
        }
    }
    None
}

/// `Name <inner>`: the value ends with `>`; the name runs to the first `<` outside double quotes.
/// Returns the trimmed name (possibly empty) and the inner text.
fn split_display_name(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_suffix('>')?;
    let mut in_quote = false;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' if in_quote => escaped = true,
            '"' => in_quote = !in_quote,
            '<' if !in_quote => {
                let inner = &body[i + 1..];
                if inner.trim_matches(is_trim_char).is_empty() {
                    return None;
                }
                return Some((body[..i].trim_matches(is_trim_char), inner));
            }
            _ => {}
        }
    }
    None
}

/// The display name as stored: unquoted, unescaped, NFC; `None` when it is the address again
/// (`jan@x.nl <mailto:jan@x.nl>`) or holds an at-sign.
fn display_name(raw: &str) -> Option<String> {
    let mut n = raw
        .trim_end_matches([',', ';', ':'])
        .trim_matches(is_trim_char);
    let unescaped: String;
    if n.len() >= 2 && n.starts_with('"') && n.ends_with('"') {
        let mut out = String::with_capacity(n.len());
        let mut chars = n[1..n.len() - 1].chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            } else {
                out.push(c);
            }
        }
        unescaped = out;
        n = unescaped.trim_matches(is_trim_char);
    } else if let Some(inner_q) = strip_quotes(n) {
        n = inner_q.trim_matches(is_trim_char);
    }
    if n.is_empty() || n.contains(is_at_like) {
        return None;
    }
    Some(n.nfc().collect())
}

/// Whether `s` spells an at-sign out (`jan (at) x.nl`, `jan [at] x.nl`, `jan at x dot nl`).
fn has_at_spelling(s: &str) -> bool {
    // Cheap pre-check: an `a` followed by `t`, in either case.
    s.as_bytes()
        .windows(2)
        .any(|w| w[0].eq_ignore_ascii_case(&b'a') && w[1].eq_ignore_ascii_case(&b't'))
        && !spelled(s, "at", 1).is_empty()
}

/// Byte ranges (with the white space around them) where `word` is spelled as an operator:
/// in brackets (`(at)`, `[ at ]`, `{at}`, `<at>`) or alone between white space (` AT `).
/// Stops after `limit + 1` hits.
fn spelled(text: &str, word: &str, limit: usize) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let pat = word.as_bytes();
    let mut out = Vec::new();
    let is_space = |byte: u8| byte == b' ' || byte == b'\t';
    let mut i = 0;
    while i < bytes.len() {
        let closer = match bytes[i] {
            b'(' => Some(b')'),
            b'[' => Some(b']'),
            b'{' => Some(b'}'),
            b'<' => Some(b'>'),
            _ => None,
        };
        let mut hit: Option<(usize, usize)> = None;
        if let Some(close) = closer {
            let mut j = i + 1;
            while j < bytes.len() && is_space(bytes[j]) {
                j += 1;
            }
            if bytes.len() >= j + pat.len() && bytes[j..j + pat.len()].eq_ignore_ascii_case(pat) {
                let mut k = j + pat.len();
                while k < bytes.len() && is_space(bytes[k]) {
                    k += 1;
                }
                if k < bytes.len() && bytes[k] == close {
                    hit = Some((i, k + 1));
                }
            }
        } else if i > 0
            && is_space(bytes[i - 1])
            && bytes.len() > i + pat.len()
            && bytes[i..i + pat.len()].eq_ignore_ascii_case(pat)
            && is_space(bytes[i + pat.len()])
        {
            hit = Some((i, i + pat.len()));
        }
        if let Some((mut start, mut end)) = hit {
            while start > 0 && is_space(bytes[start - 1]) {
                start -= 1;
            }
            while end < bytes.len() && is_space(bytes[end]) {
                end += 1;
            }
            out.push((start, end));
            if out.len() > limit {
                return out;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

fn replace_ranges(s: &str, ranges: &[(usize, usize)], with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for &(a, b) in ranges {
        out.push_str(&s[last..a]);
        out.push_str(with);
        last = b;
    }
    out.push_str(&s[last..]);
    out
}

/// Repairs a full-width or small at-sign, or one spelled-out at-sign with spelled-out dots.
/// Applied only when the result is one word with one `@` and a dotted domain.
fn fix_at_sign(s: &str) -> Option<String> {
    let ats = s.matches('@').count();
    let wide = s.matches(['\u{FF20}', '\u{FE6B}']).count();
    let mut t: String = if ats == 0 && wide == 1 {
        s.replace(['\u{FF20}', '\u{FE6B}'], "@")
    } else if ats == 0 && wide == 0 {
        let hits = spelled(s, "at", 1);
        if hits.len() != 1 {
            return None;
        }
        replace_ranges(s, &hits, "@")
    } else if ats == 1 && wide == 0 {
        // Only spelled-out dots could be repaired: they need brackets or white space.
        if !s.contains(['(', '[', '{', '<', ' ', '\t']) {
            return None;
        }
        s.to_owned()
    } else {
        return None;
    };
    let mut dots = spelled(&t, "dot", usize::MAX);
    dots.extend(spelled(&t, "punt", usize::MAX));
    if dots.is_empty() && ats == 1 {
        return None;
    }
    if !dots.is_empty() {
        dots.sort_unstable();
        if dots.windows(2).any(|w| w[0].1 > w[1].0) {
            return None;
        }
        t = replace_ranges(&t, &dots, ".");
    }
    let (local, domain) = t.split_once('@')?;
    (!local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.contains('@')
        && !t.contains(char::is_whitespace))
    .then_some(t)
}

/// Removes white space next to `@` or `.` (`jan @ x.nl`, `jan@x. nl`) when that leaves one word
/// with one `@`.
fn fix_inner_space(s: &str) -> Option<String> {
    if !s.contains(char::is_whitespace) || s.matches('@').count() != 1 {
        return None;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            let mut j = i;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            let before = i.checked_sub(1).map(|k| chars[k]);
            let after = chars.get(j).copied();
            let joins = |c: Option<char>| matches!(c, Some('@' | '.'));
            if !(joins(before) || joins(after)) {
                return None;
            }
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    Some(out)
}

/// Placeholders that mean "no address" (compared lower-case without `.`, `/`, `-`, `_`, space).
const PLACEHOLDERS: &[&str] = &[
    "na",
    "nvt",
    "nb",
    "geen",
    "geene",
    "geenmail",
    "geenemail",
    "onbekend",
    "leeg",
    "nee",
    "unknown",
    "none",
    "null",
    "nil",
    "empty",
    "tbd",
    "tba",
    "noemail",
    "nomail",
    "no",
    "keine",
    "keineemail",
    "unbekannt",
    "aucun",
    "aucune",
    "inconnu",
    "nonrenseigne",
    "x",
    "xx",
    "xxx",
    "test",
];

fn is_placeholder(s: &str) -> bool {
    if s.len() > 24 {
        return false;
    }
    let k: String = s
        .chars()
        .filter(|c| !matches!(c, '.' | '/' | '-' | '_' | ' '))
        .flat_map(char::to_lowercase)
        .collect();
    k.is_empty() || PLACEHOLDERS.contains(&k.as_str())
}

/// A bare local part that a default domain may complete: ASCII letters, digits, `.`, `_`, `+`,
/// `-`, `'`, with a letter, at most 64 bytes, not a placeholder, not a domain (`jan.example.nl`).
fn is_bare_local(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-' | b'\''))
        && s.bytes().any(|b| b.is_ascii_alphabetic())
        && !s.starts_with('.')
        && !s.ends_with('.')
        && !is_placeholder(s)
        && !looks_like_domain(s)
}

fn looks_like_domain(s: &str) -> bool {
    match s.rsplit_once('.') {
        Some((_, tld)) if tld.len() >= 2 => {
            let lower = tld.to_ascii_lowercase();
            psl::suffix(lower.as_bytes()).is_some_and(|x| x.is_known())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelled_forms() {
        assert_eq!(spelled("jan (at) x.nl", "at", 5), vec![(3, 9)]);
        assert_eq!(spelled("jan[AT]x.nl", "at", 5), vec![(3, 7)]);
        assert_eq!(spelled("jan at x dot nl", "at", 5), vec![(3, 7)]);
        assert_eq!(spelled("jan at x dot nl", "dot", 5), vec![(8, 13)]);
        assert!(spelled("kat@x.nl", "at", 5).is_empty());
        assert!(spelled("at x", "at", 5).is_empty());
        assert!(spelled("matthijs at", "at", 5).is_empty());
    }

    #[test]
    fn at_fixes() {
        assert_eq!(fix_at_sign("jan (at) x.nl").as_deref(), Some("jan@x.nl"));
        assert_eq!(fix_at_sign("jan at x dot nl").as_deref(), Some("jan@x.nl"));
        assert_eq!(fix_at_sign("jan@x[dot]nl").as_deref(), Some("jan@x.nl"));
        assert_eq!(fix_at_sign("jan\u{FF20}x.nl").as_deref(), Some("jan@x.nl"));
        assert_eq!(fix_at_sign("meet at noon"), None);
        assert_eq!(fix_at_sign("jan de vries at x.nl"), None);
        assert_eq!(fix_at_sign("a at b at c.nl"), None);
        assert_eq!(fix_at_sign("jan@x.nl"), None);
    }

    #[test]
    fn inner_space() {
        assert_eq!(fix_inner_space("jan @ x.nl").as_deref(), Some("jan@x.nl"));
        assert_eq!(fix_inner_space("jan@x. nl").as_deref(), Some("jan@x.nl"));
        assert_eq!(fix_inner_space("jan de@x.nl"), None);
        assert_eq!(fix_inner_space("jan@x.nl"), None);
    }

    #[test]
    fn segments_respect_quotes_and_brackets() {
        let s = "\"Vries, Jan\" <j@x.nl>, <a,b@y.nl>; c@z.nl\nd@w.nl";
        let segs: Vec<&str> = hard_segments(s).map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            segs,
            [
                "\"Vries, Jan\" <j@x.nl>",
                " <a,b@y.nl>",
                " c@z.nl",
                "d@w.nl"
            ]
        );
    }

    #[test]
    fn plain_values() {
        assert!(is_plain("jan.de-vries+x_y@example.nl"));
        for v in [
            "jan@example.nl.",
            ".jan@x.nl",
            "@x.nl",
            "jan@",
            "a@b@c",
            "jan",
            " j@x.nl",
            "j@x.nl;",
        ] {
            assert!(!is_plain(v), "{v}");
        }
    }

    #[test]
    fn bare_locals() {
        assert!(is_bare_local("jan.devries"));
        assert!(is_bare_local("info"));
        assert!(!is_bare_local("n/a"));
        assert!(!is_bare_local("geen"));
        assert!(!is_bare_local("jan.example.nl"));
        assert!(!is_bare_local("jan devries"));
        assert!(!is_bare_local("1234"));
    }
}
