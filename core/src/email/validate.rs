//! `validate`: the syntax and normalisation rules of the Python package `email-validator` 2.4.0
//! (called with `check_deliverability=False`), ported rule by rule and in the same order, so
//! that the first error found, and with it the reason and the message, are the reference's.
//!
//! Reference behaviour is pinned to email-validator 2.4.0 on Python 3.11 (`unicodedata` with
//! Unicode 14.0.0, `ipaddress` of 3.11) with `idna` 3.20. The Unicode data the reference reads
//! is generated into `validate/tables.rs` by `tools/gen_unicode_tables.py` from exactly that
//! environment. The rules are facts of the Unlicense reference; the code is contactkit's own.
//!
//! Work is linear in the input: the split looks at a 32-character window only where a
//! combining character could matter, and the domain is capped at 253 characters before any
//! IDNA processing.

mod idn;
mod ip;
mod pyfmt;
#[rustfmt::skip]
mod tables;
mod ucd;

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization as _;

use self::pyfmt::{displays_by_char, length_reason, sorted_displays};
use self::ucd::{Gc, Major};
use super::{EmailOptions, EmailReason, EmailResult};

const EMAIL_MAX_LENGTH: usize = 254;
const LOCAL_PART_MAX_LENGTH: usize = 64;
const DOMAIN_MAX_LENGTH: usize = 253;
const DNS_LABEL_LENGTH_LIMIT: usize = 63;

/// RFC 2142 mailbox names, lower-cased in the output.
const CASE_INSENSITIVE_MAILBOX_NAMES: [&str; 15] = [
    "info",
    "marketing",
    "sales",
    "support",
    "abuse",
    "noc",
    "security",
    "postmaster",
    "hostmaster",
    "usenet",
    "news",
    "webmaster",
    "www",
    "uucp",
    "ftp",
];

/// IANA special-use domain names rejected by the reference (`test` unless `test_environment`).
const SPECIAL_USE_DOMAIN_NAMES: [&str; 6] =
    ["arpa", "invalid", "local", "localhost", "onion", "test"];

/// An invalid verdict on its way out.
struct Fail {
    reason: EmailReason,
    message: String,
}

type Res<T> = Result<T, Fail>;

fn fail<T>(reason: EmailReason, message: impl Into<String>) -> Res<T> {
    Err(Fail {
        reason,
        message: message.into(),
    })
}

/// Validates one e-mail address with the semantics of `email-validator` 2.4 (syntax only, no
/// DNS), and returns its normalised forms or the reason it is invalid.
///
/// Nothing is trimmed or guessed: white space anywhere makes the address invalid (the CRM layer
/// [`clean`](super::clean) is the place for repairs). The `message` of an invalid result is the
/// reference's English sentence; `reason` is its stable slug. Work is linear in the length of
/// the input, whatever the input.
///
/// # Examples
///
/// ```
/// use contactkit::email::{self, EmailOptions, EmailReason};
///
/// let opts = EmailOptions::default();
/// let r = email::validate("Jan.de.Vries@Example.COM", &opts);
/// assert!(r.valid);
/// assert_eq!(r.normalized.as_deref(), Some("Jan.de.Vries@example.com"));
///
/// // Punycode comes back in Unicode; the ASCII form stays available.
/// let r = email::validate("info@xn--mnchen-3ya.de", &opts);
/// assert_eq!(r.normalized.as_deref(), Some("info@münchen.de"));
/// assert_eq!(r.ascii_email.as_deref(), Some("info@xn--mnchen-3ya.de"));
///
/// // A non-ASCII local part needs SMTPUTF8 and has no ASCII form.
/// let r = email::validate("zoë@example.nl", &opts);
/// assert!(r.valid && r.smtputf8 && r.ascii_email.is_none());
///
/// // Invalid input is a verdict, with the reference's message.
/// let r = email::validate("jan@localhost", &opts);
/// assert_eq!(r.reason, Some(EmailReason::DomainNoDot));
/// assert_eq!(
///     r.message.as_deref(),
///     Some("The part after the @-sign is not valid. It should have a period.")
/// );
///
/// // Optional syntax is off by default, on with the reference's options.
/// let r = email::validate("Jan <jan@example.com>", &opts);
/// assert_eq!(r.reason, Some(EmailReason::DisplayNameNotAllowed));
/// let r = email::validate("Jan <jan@example.com>", &opts.allow_display_name(true));
/// assert_eq!(r.display_name.as_deref(), Some("Jan"));
/// ```
pub fn validate(email: &str, options: &EmailOptions) -> EmailResult {
    match run(email, *options) {
        Ok(r) => r,
        Err(f) => EmailResult::invalid(f.reason, f.message),
    }
}

fn run(email: &str, o: EmailOptions) -> Res<EmailResult> {
    let sp = split_email(email)?;

    let display_name = sp.display_name.map(|d| {
        if d.is_empty() {
            String::new()
        } else {
            idn::nfc(&d)
        }
    });

    let first = validate_local_part(&sp.local, o, sp.quoted)?;
    // `smtputf8` describes the address as given, before Unicode normalisation (2.4).
    let smtputf8 = first.smtputf8;
    let mut local = first;
    if !sp.local.is_ascii() {
        let normalized = idn::nfc(&sp.local);
        if normalized != *sp.local {
            let again = validate_local_part(&normalized, o, sp.quoted).map_err(|f| Fail {
                reason: f.reason,
                message: format!("After Unicode normalization: {}", f.message),
            })?;
            local = LocalInfo {
                part: Cow::Owned(again.part.into_owned()),
                ascii: again.ascii,
                smtputf8: again.smtputf8,
            };
        }
    }

    if sp.quoted && !o.allow_quoted_local {
        return fail(
            EmailReason::QuotedLocalNotAllowed,
            "Quoting the part before the @-sign is not allowed here.",
        );
    }

    let mut local_part = local.part;
    if local.ascii
        && local_part.len() <= 10
        && CASE_INSENSITIVE_MAILBOX_NAMES
            .iter()
            .any(|n| n.eq_ignore_ascii_case(&local_part))
    {
        local_part = Cow::Owned(local_part.to_ascii_lowercase());
    }

    let (domain, ascii_domain) = if sp.domain.is_empty() {
        return fail(
            EmailReason::EmptyDomain,
            "There must be something after the @-sign.",
        );
    } else if sp.domain.starts_with('[') && sp.domain.ends_with(']') {
        let literal = validate_domain_literal(&sp.domain[1..sp.domain.len() - 1])?;
        if !o.allow_domain_literal {
            return fail(
                EmailReason::DomainLiteralNotAllowed,
                "A bracketed IP address after the @-sign is not allowed here.",
            );
        }
        (literal.clone(), literal)
    } else {
        validate_domain_name(sp.domain, o)?
    };

    let mut normalized = String::with_capacity(local_part.len() + 1 + domain.len());
    normalized.push_str(&local_part);
    normalized.push('@');
    normalized.push_str(&domain);

    let ascii_email =
        (local.ascii && !local_part.is_empty() && !ascii_domain.is_empty()).then(|| {
            let mut s = String::with_capacity(local_part.len() + 1 + ascii_domain.len());
            s.push_str(&local_part);
            s.push('@');
            s.push_str(&ascii_domain);
            s
        });

    check_lengths(
        sp.local_raw,
        sp.domain,
        &normalized,
        local_part.len() + 1 + ascii_domain.len(),
    )?;

    if display_name.is_some() && !o.allow_display_name {
        return fail(
            EmailReason::DisplayNameNotAllowed,
            "A display name and angle brackets around the email address are not permitted here.",
        );
    }

    let local_part = local_part.into_owned();
    Ok(EmailResult {
        valid: true,
        reason: None,
        message: None,
        normalized: Some(normalized),
        ascii_local_part: local.ascii.then(|| local_part.clone()),
        local_part: Some(local_part),
        domain: Some(domain),
        ascii_email,
        ascii_domain: Some(ascii_domain),
        smtputf8,
        display_name,
    })
}

// ---------------------------------------------------------------------------------------------
// Splitting: display name, local part, domain.

struct Split<'a> {
    /// The display name, unquoted and unescaped (not yet NFC); `Some("")` for `<addr>`.
    display_name: Option<Cow<'a, str>>,
    /// The local part as given (still quoted and escaped).
    local_raw: &'a str,
    /// The local part without quotes and escapes.
    local: Cow<'a, str>,
    /// Whether the local part was quoted.
    quoted: bool,
    /// Everything after the `@`.
    domain: &'a str,
}

fn split_email(email: &str) -> Res<Split<'_>> {
    let at = split_at_unquoted_special(email, true)?;
    let (left, right) = email.split_at(at);
    let (display_name, local_raw, domain) = if right.starts_with('<') {
        let left = left.trim_end_matches(ucd::is_py_space);
        let (name, name_quoted) = unquote(left, true)?;
        if !name_quoted {
            let bad: Vec<u32> = name
                .chars()
                .filter(|&c| (!is_atext_or_dot(c) && c != ' ') || c == '.')
                .map(u32::from)
                .collect();
            if !bad.is_empty() {
                return fail(
                    EmailReason::DisplayNameInvalid,
                    format!(
                        "The display name contains invalid characters when not quoted: {}.",
                        sorted_displays(bad)
                    ),
                );
            }
        }
        check_unsafe_chars(&name, true)?;
        if !right.contains('>') {
            return fail(
                EmailReason::DisplayNameInvalid,
                "An open angle bracket at the start of the email address has to be followed by a close angle bracket at the end.",
            );
        }
        let right = right.trim_end_matches(' ');
        if !right.ends_with('>') {
            return fail(
                EmailReason::TextAfterAddress,
                "There can't be anything after the email address.",
            );
        }
        let addr_spec = &right[1..right.len() - 1];
        let at = split_at_unquoted_special(addr_spec, false)?;
        (Some(name), &addr_spec[..at], &addr_spec[at + 1..])
    } else {
        (None, left, &right[1..])
    };
    let (local, quoted) = unquote(local_raw, false)?;
    Ok(Split {
        display_name,
        local_raw,
        local,
        quoted,
        domain,
    })
}

/// The byte offset of the first `@` (or, with `angle`, `<`) that is not inside quotes, not
/// escaped, and not changed by a following combining character (`<` + U+0338 is `≮`).
fn split_at_unquoted_special(text: &str, angle: bool) -> Res<usize> {
    let bytes = text.as_bytes();
    let mut inside_quote = false;
    let mut escaped = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if inside_quote {
            if escaped {
                // The reference looks at NFC of a short window before anything else; when it
                // changes the character, the character is taken as is and the escape stays
                // pending. Only here (and for `<`) can that change the outcome.
                if !nfc_changes_first(&text[i..]) {
                    escaped = false;
                }
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                inside_quote = false;
            }
        } else if b == b'"' {
            inside_quote = true;
        } else if b == b'@' || (angle && b == b'<' && !nfc_changes_first(&text[i..])) {
            return Ok(i);
        }
        i += utf8_len(b);
    }
    if text.contains('\u{FF20}') {
        return fail(
            EmailReason::FullwidthAt,
            "The email address has the \"full-width\" at-sign (@) character instead of a regular at-sign.",
        );
    }
    if text.contains('\u{FE6B}') {
        return fail(
            EmailReason::SmallAt,
            "The email address has the \"small commercial at\" character instead of a regular at-sign.",
        );
    }
    fail(
        EmailReason::MissingAt,
        "An email address must have an @-sign.",
    )
}

/// The length of the UTF-8 sequence that starts with byte `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Whether `unicodedata.normalize("NFC", text[i:i + 32])[0] != text[i]` on Python 3.11.
///
/// Characters unassigned in Unicode 14 are starters that never combine there, so the window
/// stops before the first of them (newer Unicode data in `unicode-normalization` could
/// otherwise combine them).
fn nfc_changes_first(rest: &str) -> bool {
    let mut it = rest.chars();
    let Some(c) = it.next() else {
        return false;
    };
    if c.is_ascii() && it.clone().next().is_none_or(|n| n.is_ascii()) {
        return false;
    }
    if ucd::category_of(c) == Gc::Cn {
        return false;
    }
    let window: String = std::iter::once(c)
        .chain(it.take(31).take_while(|&x| ucd::category_of(x) != Gc::Cn))
        .collect();
    window.nfc().next() != Some(c)
}

/// `unquote_quoted_string`: removes surrounding quotes and backslash escapes. Text after the
/// closing quote is an error (`in_display_name` picks the reason).
fn unquote(text: &str, in_display_name: bool) -> Res<(Cow<'_, str>, bool)> {
    if !text.starts_with('"') {
        return Ok((Cow::Borrowed(text), false));
    }
    let mut value = String::with_capacity(text.len());
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        if escaped {
            value.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '"' {
            let after = &text[i + 1..];
            if !after.is_empty() {
                let shown: Vec<String> = after
                    .chars()
                    .map(|c| pyfmt::display_char(u32::from(c)))
                    .collect();
                return fail(
                    if in_display_name {
                        EmailReason::DisplayNameInvalid
                    } else {
                        EmailReason::QuotedLocalInvalid
                    },
                    format!(
                        "Extra character(s) found after close quote: {}",
                        shown.join(", ")
                    ),
                );
            }
            break;
        } else {
            value.push(c);
        }
    }
    Ok((Cow::Owned(value), true))
}

// ---------------------------------------------------------------------------------------------
// Character classes (RFC 5322 3.2.3 atext, RFC 6531 3.3, RFC 952 hostnames).

/// RFC 5322 atext: ASCII letters, digits and ``!#$%&'*+-/=?^_`{|}~``, as a byte table.
const ATEXT: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric();
        i += 1;
    }
    let specials = b"!#$%&'*+-/=?^_`{|}~";
    let mut j = 0;
    while j < specials.len() {
        t[specials[j] as usize] = true;
        j += 1;
    }
    t
};

#[inline]
fn is_atext_ascii(b: u8) -> bool {
    ATEXT[usize::from(b)]
}

/// `ATEXT_RE`: ASCII atext or a period.
fn is_atext_or_dot(c: char) -> bool {
    c.is_ascii() && (c == '.' || is_atext_ascii(c as u8))
}

/// `DOT_ATOM_TEXT` (ASCII) or, with `intl`, `DOT_ATOM_TEXT_INTL`: non-empty runs of atext
/// separated by single periods.
fn is_dot_atom(s: &str, intl: bool) -> bool {
    let mut prev_dot = true; // at the start, as after a period
    for &b in s.as_bytes() {
        if b == b'.' {
            if prev_dot {
                return false;
            }
            prev_dot = true;
        } else if is_atext_ascii(b) || (intl && b >= 0x80) {
            prev_dot = false;
        } else {
            return false;
        }
    }
    !prev_dot
}

/// `ATEXT_HOSTNAME_INTL`: ASCII letters, digits, hyphen, period, or any non-ASCII character.
fn is_hostname_intl_char(c: char) -> bool {
    !c.is_ascii() || c.is_ascii_alphanumeric() || c == '-' || c == '.'
}

/// `DOT_ATOM_TEXT_HOSTNAME`: ASCII labels of letters and digits with inner hyphens.
fn is_ascii_hostname(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|label| {
            let b = label.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|&x| x.is_ascii_alphanumeric() || x == b'-')
        })
}

/// `check_unsafe_chars`: control, format, private-use, surrogate and unassigned characters,
/// line and paragraph separators, spaces other than in quotes, and a leading combining mark.
fn check_unsafe_chars(s: &str, allow_space: bool) -> Res<()> {
    let mut bad: Vec<u32> = Vec::new();
    if s.is_ascii() {
        for &b in s.as_bytes() {
            if b < 0x20 || b == 0x7F || (b == b' ' && !allow_space) {
                bad.push(u32::from(b));
            }
        }
    } else {
        for (i, c) in s.chars().enumerate() {
            let cat = ucd::category_of(c);
            let unsafe_char = match cat.major() {
                Major::L | Major::N | Major::P | Major::S => false,
                Major::M => i == 0,
                Major::Z => cat != Gc::Zs || !allow_space,
                Major::C => true,
            };
            if unsafe_char {
                bad.push(u32::from(c));
            }
        }
    }
    if bad.is_empty() {
        return Ok(());
    }
    fail(
        EmailReason::UnsafeChars,
        format!(
            "The email address contains unsafe characters: {}.",
            displays_by_char(bad)
        ),
    )
}

// ---------------------------------------------------------------------------------------------
// Local part.

struct LocalInfo<'a> {
    /// The normalised local part (re-quoted when it needs quotes).
    part: Cow<'a, str>,
    /// Whether `part` is also the ASCII local part.
    ascii: bool,
    /// Whether the local part needs SMTPUTF8.
    smtputf8: bool,
}

fn validate_local_part(local: &str, o: EmailOptions, quoted: bool) -> Res<LocalInfo<'_>> {
    if local.is_empty() {
        if !o.allow_empty_local {
            return fail(
                EmailReason::EmptyLocal,
                "There must be something before the @-sign.",
            );
        }
        return Ok(LocalInfo {
            part: Cow::Borrowed(local),
            ascii: true,
            smtputf8: false,
        });
    }
    if o.strict {
        let n = local.chars().count();
        if n > LOCAL_PART_MAX_LENGTH {
            return fail(
                EmailReason::LocalTooLong,
                format!(
                    "The email address is too long before the @-sign {}.",
                    length_reason(n, LOCAL_PART_MAX_LENGTH)
                ),
            );
        }
    }
    if is_dot_atom(local, false) {
        return Ok(LocalInfo {
            part: Cow::Borrowed(local),
            ascii: true,
            smtputf8: false,
        });
    }

    let mut requires_smtputf8 = false;
    let valid_quoted = if is_dot_atom(local, true) {
        if !o.allow_smtputf8 {
            let bad: Vec<u32> = local
                .chars()
                .filter(|&c| !is_atext_or_dot(c))
                .map(u32::from)
                .collect();
            if bad.is_empty() {
                return fail(
                    EmailReason::Smtputf8NotAllowed,
                    "Internationalized characters before the @-sign are not supported.",
                );
            }
            return fail(
                EmailReason::Smtputf8NotAllowed,
                format!(
                    "Internationalized characters before the @-sign are not supported: {}.",
                    sorted_displays(bad)
                ),
            );
        }
        requires_smtputf8 = true;
        false
    } else if quoted {
        let bad: Vec<u32> = local
            .chars()
            .filter(|&c| c < ' ' || c == '\u{7F}')
            .map(u32::from)
            .collect();
        if !bad.is_empty() {
            return fail(
                EmailReason::QuotedLocalInvalid,
                format!(
                    "The email address contains invalid characters in quotes before the @-sign: {}.",
                    sorted_displays(bad)
                ),
            );
        }
        if !local.is_ascii() {
            requires_smtputf8 = true;
            if !o.allow_smtputf8 {
                let bad = local.chars().filter(|c| !c.is_ascii()).map(u32::from);
                return fail(
                    EmailReason::Smtputf8NotAllowed,
                    format!(
                        "Internationalized characters before the @-sign are not supported: {}.",
                        sorted_displays(bad)
                    ),
                );
            }
        }
        true
    } else {
        let bad: Vec<u32> = local
            .chars()
            .filter(|&c| c.is_ascii() && !is_atext_or_dot(c))
            .map(u32::from)
            .collect();
        if !bad.is_empty() {
            return fail(
                EmailReason::LocalInvalidChars,
                format!(
                    "The email address contains invalid characters before the @-sign: {}.",
                    sorted_displays(bad)
                ),
            );
        }
        check_dot_atom(
            local,
            "An email address cannot start with a period.",
            "An email address cannot have a period immediately before the @-sign.",
            None,
        )?;
        return fail(
            EmailReason::LocalInvalidChars,
            "The email address contains invalid characters before the @-sign.",
        );
    };

    check_unsafe_chars(local, valid_quoted)?;

    let part = if valid_quoted {
        let mut q = String::with_capacity(local.len() + 4);
        q.push('"');
        for c in local.chars() {
            if c == '"' || c == '\\' {
                q.push('\\');
            }
            q.push(c);
        }
        q.push('"');
        Cow::Owned(q)
    } else {
        Cow::Borrowed(local)
    };
    Ok(LocalInfo {
        part,
        ascii: !requires_smtputf8,
        smtputf8: requires_smtputf8,
    })
}

/// Hyphen messages of `check_dot_atom` for hostnames: (cannot start with, cannot end with).
type HyphenMessages = (&'static str, &'static str);

/// `check_dot_atom`: periods (and, for hostnames, hyphens) at the ends and next to each other.
fn check_dot_atom(
    s: &str,
    start_period: &'static str,
    end_period: &'static str,
    hostname: Option<HyphenMessages>,
) -> Res<()> {
    if s.ends_with('.') {
        return fail(EmailReason::TrailingDot, end_period);
    }
    if s.starts_with('.') {
        return fail(EmailReason::LeadingDot, start_period);
    }
    if s.contains("..") {
        return fail(
            EmailReason::DoubleDot,
            "An email address cannot have two periods in a row.",
        );
    }
    if let Some((start_hyphen, end_hyphen)) = hostname {
        if s.ends_with('-') {
            return fail(EmailReason::TrailingHyphen, end_hyphen);
        }
        if s.starts_with('-') {
            return fail(EmailReason::LeadingHyphen, start_hyphen);
        }
        if s.contains(".-") || s.contains("-.") {
            return fail(
                EmailReason::DotHyphen,
                "An email address cannot have a period and a hyphen next to each other.",
            );
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Domain.

/// `uts46_valid_char`: characters the reference rejects itself before UTS #46 mapping.
fn uts46_valid_char(c: char) -> bool {
    let cp = u32::from(c);
    if (0x80..=0x9F).contains(&cp) {
        return false;
    }
    if ((0x2010..=0x2060).contains(&cp)
        && !(0x2024..=0x2026).contains(&cp)
        && !(0x2028..=0x202E).contains(&cp))
        || matches!(cp, 0x00AD | 0x2064 | 0xFF0E)
        || (0x200B..=0x200D).contains(&cp)
        || (0x1BCA0..=0x1BCA3).contains(&cp)
    {
        return true;
    }
    if matches!(
        ucd::category(cp),
        Gc::Cf | Gc::Cn | Gc::Co | Gc::Cs | Gc::Zs | Gc::Zl | Gc::Zp
    ) {
        return false;
    }
    !ucd::decomposes_to_dot(c)
}

fn invalid_domain_chars<I: IntoIterator<Item = char>>(chars: I, what: &str) -> Res<()> {
    let bad: Vec<u32> = chars
        .into_iter()
        .filter(|&c| !is_hostname_intl_char(c))
        .map(u32::from)
        .collect();
    if bad.is_empty() {
        return Ok(());
    }
    fail(
        EmailReason::DomainInvalidChars,
        format!(
            "The part after the @-sign contains invalid characters{what}: {}.",
            sorted_displays(bad)
        ),
    )
}

/// The common case in one pass: an ASCII domain of letters, digits, hyphens and periods that
/// passes every rule. `None` means "not this case": the full rules then decide (and find the
/// error, in the reference's order).
fn ascii_domain_fast_path(domain: &str, opts: EmailOptions) -> Option<String> {
    let b = domain.as_bytes();
    if b.is_empty() || b.len() > DOMAIN_MAX_LENGTH {
        return None;
    }
    let mut out = String::with_capacity(b.len());
    let mut label_start = 0usize;
    let mut last_label_start = 0usize;
    let mut prev = b'.';
    let mut has_xn = false;
    for (i, &c) in b.iter().enumerate() {
        let lc = c.to_ascii_lowercase();
        match lc {
            b'a'..=b'z' | b'0'..=b'9' => {}
            b'-' => {
                // A label may not start with a hyphen; `xn--` anywhere sends the domain to the
                // IDNA round trip; `ab--` at a label start is an R-LDH label.
                if prev == b'.' {
                    return None;
                }
                if i == label_start + 3 && b[i - 1] == b'-' && &out[label_start..i - 1] != "xn" {
                    return None;
                }
                if i >= 3 && &out[i - 3..i] == "xn-" {
                    has_xn = true;
                }
            }
            b'.' => {
                if prev == b'.' || prev == b'-' || i - label_start > DNS_LABEL_LENGTH_LIMIT {
                    return None;
                }
                label_start = i + 1;
                last_label_start = label_start;
            }
            _ => return None,
        }
        out.push(char::from(lc));
        prev = lc;
    }
    if prev == b'.' || prev == b'-' || b.len() - label_start > DNS_LABEL_LENGTH_LIMIT || has_xn {
        return None;
    }
    let last_label = &out.as_bytes()[last_label_start..];
    if opts.globally_deliverable && (last_label_start == 0 || !prev.is_ascii_alphabetic()) {
        return None;
    }
    if SPECIAL_USE_DOMAIN_NAMES
        .iter()
        .any(|d| d.as_bytes() == last_label && !(*d == "test" && opts.test_environment))
    {
        return None;
    }
    Some(out)
}

/// `validate_email_domain_name`: returns (Unicode domain, ASCII domain).
fn validate_domain_name(domain: &str, opts: EmailOptions) -> Res<(String, String)> {
    if let Some(ascii) = ascii_domain_fast_path(domain, opts) {
        return Ok((ascii.clone(), ascii));
    }
    let ascii_input = domain.is_ascii();
    let len_chars = if ascii_input {
        domain.len()
    } else {
        domain.chars().count()
    };
    if len_chars > DOMAIN_MAX_LENGTH {
        return fail(
            EmailReason::DomainTooLong,
            format!(
                "The email address is too long after the @-sign {}.",
                length_reason(len_chars, DOMAIN_MAX_LENGTH)
            ),
        );
    }
    invalid_domain_chars(domain.chars(), "")?;
    check_unsafe_chars(domain, false)?;

    let remapped = if ascii_input {
        domain.to_ascii_lowercase()
    } else {
        let bad: Vec<u32> = domain
            .chars()
            .filter(|&c| !uts46_valid_char(c))
            .map(u32::from)
            .collect();
        if !bad.is_empty() {
            return fail(
                EmailReason::DomainInvalidChars,
                format!(
                    "The part after the @-sign contains invalid characters: {}.",
                    sorted_displays(bad)
                ),
            );
        }
        let remapped = idn::uts46_remap(domain).or_else(|e| {
            fail(
                EmailReason::DomainInvalidChars,
                format!("The part after the @-sign contains invalid characters ({e})."),
            )
        })?;
        invalid_domain_chars(remapped.chars(), " after Unicode normalization")?;
        remapped
    };

    check_dot_atom(
        &remapped,
        "An email address cannot have a period immediately after the @-sign.",
        "An email address cannot end with a period.",
        Some((
            "An email address cannot have a hyphen immediately after the @-sign.",
            "An email address cannot end with a hyphen.",
        )),
    )?;

    for label in remapped.split('.') {
        let mut cs = label.chars();
        let (a, b, c, d) = (cs.next(), cs.next(), cs.next(), cs.next());
        if let (Some(a), Some(b), Some('-'), Some('-')) = (a, b, c, d) {
            let xn = a.eq_ignore_ascii_case(&'x') && b.eq_ignore_ascii_case(&'n');
            if !xn && a != '\n' && b != '\n' {
                return fail(
                    EmailReason::DomainReservedHyphens,
                    "An email address cannot have two letters followed by two dashes immediately after the @-sign or after a period, except Punycode.",
                );
            }
        }
    }

    let ascii_domain = if is_ascii_hostname(&remapped) {
        remapped
    } else {
        let mut out = String::with_capacity(remapped.len() * 2);
        for (i, label) in remapped.split('.').enumerate() {
            let a = idn::alabel(label).or_else(|e| {
                fail(
                    if e == "Label too long" {
                        EmailReason::LabelTooLong
                    } else {
                        EmailReason::DomainInvalidIdna
                    },
                    format!("The part after the @-sign is invalid ({e})."),
                )
            })?;
            if i > 0 {
                out.push('.');
            }
            out.push_str(&a);
        }
        if !is_ascii_hostname(&out) {
            return fail(
                EmailReason::DomainInvalidChars,
                "The email address contains invalid characters after the @-sign after IDNA encoding.",
            );
        }
        out
    };

    if ascii_domain.len() > DOMAIN_MAX_LENGTH {
        let diff = ascii_domain.len() - DOMAIN_MAX_LENGTH;
        let message = if ascii_domain == domain {
            format!(
                "The email address is too long after the @-sign {}.",
                length_reason(ascii_domain.len(), DOMAIN_MAX_LENGTH)
            )
        } else {
            let s = if diff == 1 { "" } else { "s" };
            format!(
                "The email address is too long after the @-sign ({diff} byte{s} too many after IDNA encoding)."
            )
        };
        return fail(EmailReason::DomainTooLong, message);
    }
    for label in ascii_domain.split('.') {
        if label.len() > DNS_LABEL_LENGTH_LIMIT {
            return fail(
                EmailReason::LabelTooLong,
                format!(
                    "After the @-sign, periods cannot be separated by so many characters {}.",
                    length_reason(label.len(), DNS_LABEL_LENGTH_LIMIT)
                ),
            );
        }
    }

    if opts.globally_deliverable {
        if !(ascii_domain.contains('.') || (ascii_domain == "test" && opts.test_environment)) {
            return fail(
                EmailReason::DomainNoDot,
                "The part after the @-sign is not valid. It should have a period.",
            );
        }
        if !ascii_domain
            .as_bytes()
            .last()
            .is_some_and(u8::is_ascii_alphabetic)
        {
            return fail(
                EmailReason::DomainInvalidTld,
                "The part after the @-sign is not valid. It is not within a valid top-level domain.",
            );
        }
    }

    for d in SPECIAL_USE_DOMAIN_NAMES {
        if d == "test" && opts.test_environment {
            continue;
        }
        let is_special = ascii_domain == d
            || (ascii_domain.len() > d.len()
                && ascii_domain.ends_with(d)
                && ascii_domain.as_bytes()[ascii_domain.len() - d.len() - 1] == b'.');
        if is_special {
            return fail(
                EmailReason::DomainSpecialUse,
                "The part after the @-sign is a special-use or reserved name that cannot be used with email.",
            );
        }
    }

    if !ascii_domain.contains("xn--") {
        return Ok((ascii_domain.clone(), ascii_domain));
    }

    let unicode = idn::decode(&ascii_domain).or_else(|e| {
        fail(
            EmailReason::DomainInvalidIdna,
            format!("The part after the @-sign is not valid IDNA ({e})."),
        )
    })?;
    invalid_domain_chars(unicode.chars(), "")?;
    check_unsafe_chars(&unicode, false)?;
    if idn::has_rtl(&unicode) {
        for label in unicode.split('.') {
            let cps: Vec<u32> = label.chars().map(u32::from).collect();
            idn::check_bidi(&cps, true).or_else(|e| {
                fail(
                    EmailReason::DomainInvalidIdna,
                    format!("The part after the @-sign is not valid IDNA ({e})."),
                )
            })?;
        }
    }
    idn::encode(&unicode).or_else(|e| {
        fail(
            EmailReason::DomainInvalidIdna,
            format!(
                "The part after the @-sign became invalid after normalizing to international characters ({e})."
            ),
        )
    })?;
    Ok((unicode, ascii_domain))
}

/// `validate_email_domain_literal`: the normalised literal in brackets.
fn validate_domain_literal(literal: &str) -> Res<String> {
    // `re.match(r"^[0-9\.]+$", ...)`: `$` also matches before a final newline.
    let core = literal.strip_suffix('\n').unwrap_or(literal);
    if !core.is_empty() && core.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let a = ip::parse_ipv4(literal).or_else(|e| {
            fail(
                EmailReason::DomainLiteralInvalid,
                format!(
                    "The address in brackets after the @-sign is not valid: It is not an IPv4 address ({e}) or is missing an address literal tag."
                ),
            )
        })?;
        return Ok(format!("[{}.{}.{}.{}]", a[0], a[1], a[2], a[3]));
    }
    if literal
        .as_bytes()
        .get(..5)
        .is_some_and(|t| t.eq_ignore_ascii_case(b"ipv6:"))
    {
        let v6 = ip::parse_ipv6(&literal[5..]).or_else(|e| {
            fail(
                EmailReason::DomainLiteralInvalid,
                format!("The IPv6 address in brackets after the @-sign is not valid ({e})."),
            )
        })?;
        if v6.has_scope {
            return fail(
                EmailReason::DomainLiteralInvalid,
                "The IPv6 address in brackets after the @-sign is not valid (It has a zone index).",
            );
        }
        return Ok(format!("[IPv6:{}]", ip::ipv6_compressed(v6.value)));
    }
    if !literal.contains(':') {
        return fail(
            EmailReason::DomainLiteralInvalid,
            "The part after the @-sign in brackets is not an IPv4 address and has no address literal tag.",
        );
    }
    let bad: Vec<u32> = literal
        .chars()
        .map(u32::from)
        .filter(|&c| !(0x21..=0xFA).contains(&c))
        .collect();
    if !bad.is_empty() {
        return fail(
            EmailReason::DomainLiteralInvalid,
            format!(
                "The part after the @-sign contains invalid characters in brackets: {}.",
                sorted_displays(bad)
            ),
        );
    }
    fail(
        EmailReason::DomainLiteralInvalid,
        "The part after the @-sign contains an invalid address literal tag in brackets.",
    )
}

// ---------------------------------------------------------------------------------------------
// Length of the whole address.

/// `validate_email_length`: the input (without a display name), the normalised address and the
/// ASCII-domain form, each at most 254 UTF-8 octets.
fn check_lengths(
    local_raw: &str,
    domain_raw: &str,
    normalized: &str,
    ascii_form_len: usize,
) -> Res<()> {
    let original_bytes = local_raw.len() + 1 + domain_raw.len();
    if original_bytes > EMAIL_MAX_LENGTH {
        let diff = original_bytes - EMAIL_MAX_LENGTH;
        let chars = local_raw.chars().count() + 1 + domain_raw.chars().count();
        let reason = if chars == original_bytes {
            length_reason(original_bytes, EMAIL_MAX_LENGTH)
        } else {
            let mbpc = local_raw
                .chars()
                .chain(domain_raw.chars())
                .map(char::len_utf8)
                .max()
                .unwrap_or(1);
            let mchars = (diff / mbpc).max(1);
            let s = if diff > 1 { "s" } else { "" };
            if mchars == diff {
                format!("({diff} character{s} too many)")
            } else {
                format!("({mchars}-{diff} character{s} too many)")
            }
        };
        return fail(
            EmailReason::TooLong,
            format!("The email address is too long {reason}."),
        );
    }
    for (len, what) in [
        (normalized.len(), "after normalization"),
        (
            ascii_form_len,
            "when the part after the @-sign is converted to IDNA ASCII",
        ),
    ] {
        if len > EMAIL_MAX_LENGTH {
            let diff = len - EMAIL_MAX_LENGTH;
            let s = if diff > 1 { "s" } else { "" };
            return fail(
                EmailReason::TooLong,
                format!("The email address is too long {what} ({diff} byte{s} too many)."),
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> EmailResult {
        validate(s, &EmailOptions::default())
    }

    fn msg(s: &str, o: EmailOptions) -> (Option<EmailReason>, String) {
        let r = validate(s, &o);
        (r.reason, r.message.unwrap_or_default())
    }

    #[test]
    fn simple_valid() {
        let r = v("Abc.123@Test-Example.COM");
        assert!(r.valid);
        assert_eq!(r.normalized.as_deref(), Some("Abc.123@test-example.com"));
        assert_eq!(r.local_part.as_deref(), Some("Abc.123"));
        assert_eq!(r.ascii_local_part.as_deref(), Some("Abc.123"));
        assert_eq!(r.domain.as_deref(), Some("test-example.com"));
        assert_eq!(r.ascii_domain.as_deref(), Some("test-example.com"));
        assert_eq!(r.ascii_email.as_deref(), Some("Abc.123@test-example.com"));
        assert!(!r.smtputf8);
        assert_eq!(r.display_name, None);
    }

    #[test]
    fn role_names_are_lower_cased() {
        assert_eq!(
            v("POSTMASTER@example.com").normalized.as_deref(),
            Some("postmaster@example.com")
        );
        assert_eq!(v("Info@example.com").local_part.as_deref(), Some("info"));
        assert_eq!(v("Infos@example.com").local_part.as_deref(), Some("Infos"));
    }

    #[test]
    fn errors_in_reference_order() {
        let d = EmailOptions::default();
        assert_eq!(msg("hello.world", d).0, Some(EmailReason::MissingAt));
        assert_eq!(
            msg("hello\u{FF20}world", d).0,
            Some(EmailReason::FullwidthAt)
        );
        assert_eq!(msg("hello\u{FE6B}world", d).0, Some(EmailReason::SmallAt));
        assert_eq!(msg("@example.com", d).0, Some(EmailReason::EmptyLocal));
        assert_eq!(msg("a@", d).0, Some(EmailReason::EmptyDomain));
        assert_eq!(
            msg(".a.@x.com", d),
            (
                Some(EmailReason::TrailingDot),
                "An email address cannot have a period immediately before the @-sign.".into()
            )
        );
        assert_eq!(msg("a..b@x.com", d).0, Some(EmailReason::DoubleDot));
        assert_eq!(msg("a@x..com", d).0, Some(EmailReason::DoubleDot));
        assert_eq!(msg("a@-x.com", d).0, Some(EmailReason::LeadingHyphen));
        assert_eq!(msg("a@x.com-", d).0, Some(EmailReason::TrailingHyphen));
        assert_eq!(msg("a@x-.com", d).0, Some(EmailReason::DotHyphen));
        assert_eq!(
            msg("a@ab--c.com", d).0,
            Some(EmailReason::DomainReservedHyphens)
        );
        assert_eq!(msg("a@x.123", d).0, Some(EmailReason::DomainInvalidTld));
        assert_eq!(msg("a@x.local", d).0, Some(EmailReason::DomainSpecialUse));
        assert_eq!(msg("a@example.com", d).0, None);
        assert_eq!(
            msg("me@x ", d),
            (
                Some(EmailReason::DomainInvalidChars),
                "The part after the @-sign contains invalid characters: SPACE.".into()
            )
        );
        // A quoted local part is rejected only after the mandatory checks.
        assert_eq!(
            msg("\"a b\"@x", d).0,
            Some(EmailReason::QuotedLocalNotAllowed)
        );
        assert_eq!(
            msg("\"a\nb\"@x.com", d).0,
            Some(EmailReason::QuotedLocalInvalid)
        );
    }

    #[test]
    fn unicode_rules() {
        let d = EmailOptions::default();
        let r = v("jan@ｇｍａｉｌ。com");
        assert_eq!(r.normalized.as_deref(), Some("jan@gmail.com"));
        let r = v("x@Faß.de");
        assert_eq!(r.domain.as_deref(), Some("faß.de"));
        assert_eq!(r.ascii_domain.as_deref(), Some("xn--fa-hia.de"));
        assert_eq!(
            msg("me.\u{037e}@example.com", d),
            (
                Some(EmailReason::LocalInvalidChars),
                "After Unicode normalization: The email address contains invalid characters before the @-sign: ';'.".into()
            )
        );
        assert_eq!(
            msg(
                "\u{202D}forward-\u{202E}reversed@test",
                d.test_environment(true)
            )
            .1,
            "The email address contains unsafe characters: LEFT-TO-RIGHT OVERRIDE, RIGHT-TO-LEFT OVERRIDE."
        );
        assert_eq!(
            msg("a@1.xn--4dbc.com", d).0,
            Some(EmailReason::DomainInvalidIdna)
        );
        let r = v("e\u{301}@example.com");
        assert!(r.smtputf8);
        assert_eq!(r.local_part.as_deref(), Some("é"));
        // `<` + U+0338 is `≮`, not the start of `<addr>`.
        assert_eq!(
            msg("<\u{338}me@example.com", d).0,
            Some(EmailReason::LocalInvalidChars)
        );
    }

    #[test]
    fn quoted_and_literals() {
        let p = EmailOptions::default()
            .allow_quoted_local(true)
            .allow_domain_literal(true)
            .allow_display_name(true);
        let r = validate("\"quoted with space\"@example.com", &p);
        assert_eq!(r.local_part.as_deref(), Some("\"quoted with space\""));
        let r = validate("\"unnecessary.\\x\"@example.com", &p);
        assert_eq!(r.local_part.as_deref(), Some("unnecessary.x"));
        let r = validate("me@[IPv6:0:0:0:0:0:0:0:1]", &p);
        assert_eq!(r.domain.as_deref(), Some("[IPv6:::1]"));
        let r = validate("me@[127.0.0.1]", &p);
        assert_eq!(r.ascii_domain.as_deref(), Some("[127.0.0.1]"));
        let r = validate(r#""My.\"Na\\me\".Is" <"me \" \\ me"@example.org>"#, &p);
        assert_eq!(r.display_name.as_deref(), Some("My.\"Na\\me\".Is"));
        assert_eq!(r.local_part.as_deref(), Some(r#""me \" \\ me""#));
        let r = validate(
            "\"\"@test",
            &p.allow_empty_local(true).test_environment(true),
        );
        assert_eq!(r.normalized.as_deref(), Some("@test"));
        assert_eq!(r.ascii_email, None);
    }

    #[test]
    fn lengths() {
        let d = EmailOptions::default();
        let local = "a".repeat(65);
        assert!(v(&format!("{local}@example.com")).valid);
        assert_eq!(
            msg(&format!("{local}@example.com"), d.strict(true)).0,
            Some(EmailReason::LocalTooLong)
        );
        let long = format!(
            "{}@{}.com",
            "a".repeat(64),
            vec!["b".repeat(61); 3].join(".")
        );
        assert_eq!(long.len(), 254);
        assert!(v(&long).valid);
        let too_long = format!("a{long}");
        assert_eq!(
            msg(&too_long, d),
            (
                Some(EmailReason::TooLong),
                "The email address is too long (1 character too many).".into()
            )
        );
    }

    #[test]
    fn hostile_inputs_are_bounded() {
        let d = EmailOptions::default();
        let marks = format!("{}@example.com", "\u{301}".repeat(50_000));
        let t = std::time::Instant::now();
        assert_eq!(msg(&marks, d).0, Some(EmailReason::UnsafeChars));
        let label = format!("me@\u{e9}.xn--{}.com", "9".repeat(200_000));
        assert_eq!(msg(&label, d).0, Some(EmailReason::DomainTooLong));
        assert!(t.elapsed().as_secs() < 5);
    }
}
