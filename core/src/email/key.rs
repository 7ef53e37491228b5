//! The one key shared by duplicate scoring and suppression: the `ck1` canonical form of an
//! e-mail address (API.md §4), plus the provider rules that duplicate scoring may compare on top
//! of it.
//!
//! [`ck1_email`] is the single implementation of the `ck1` e-mail form: [`dedup_key`] (and with it
//! [`EmailCleaned::dedup_key`](super::EmailCleaned::dedup_key)) is its strict form, and the
//! suppression list calls it for its tokens, so the two can never drift apart.
//!
//! [`provider_key`] applies further provider rules (`+tag` at Outlook, iCloud, Fastmail and
//! Proton, `-keyword` at Yahoo) from a versioned table with a switch per rule. Those rules are
//! never part of `ck1`: they are extra comparison levels for duplicate scoring.

use std::borrow::Cow;
use std::fmt;

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};
use unicode_normalization::{IsNormalized, UnicodeNormalization as _, is_nfc_quick};

/// A domain longer than this (in bytes, after white-space removal and lower-casing, before
/// UTS #46) has no `ck1` form: no real domain comes near it, and it keeps IDNA work bounded.
pub const CK1_MAX_DOMAIN_BYTES: usize = 1024;

/// Why a value has no `ck1` canonical form. Slugs (`code()`) never change once released; the
/// slugs that mean the same as an [`EmailReason`](super::EmailReason) are spelled the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EmailKeyError {
    /// No `@` in the value.
    MissingAt,
    /// More than one `@` in the value.
    MultipleAt,
    /// Nothing before the `@`, or nothing left of the local part after the Gmail rule.
    EmptyLocal,
    /// Nothing after the `@` (trailing dots do not count).
    EmptyDomain,
    /// The domain is longer than [`CK1_MAX_DOMAIN_BYTES`].
    DomainTooLong,
    /// UTS #46 processing rejects the domain.
    DomainInvalidIdna,
}

impl EmailKeyError {
    /// Every error, in a stable order.
    pub const ALL: &'static [EmailKeyError] = &[
        EmailKeyError::MissingAt,
        EmailKeyError::MultipleAt,
        EmailKeyError::EmptyLocal,
        EmailKeyError::EmptyDomain,
        EmailKeyError::DomainTooLong,
        EmailKeyError::DomainInvalidIdna,
    ];

    /// The stable slug.
    ///
    /// ```
    /// use contactkit::email::{EmailKeyError, ck1_email};
    /// assert_eq!(ck1_email("nobody").unwrap_err().code(), "missing_at");
    /// assert_eq!(EmailKeyError::MultipleAt.code(), "multiple_at");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            EmailKeyError::MissingAt => "missing_at",
            EmailKeyError::MultipleAt => "multiple_at",
            EmailKeyError::EmptyLocal => "empty_local",
            EmailKeyError::EmptyDomain => "empty_domain",
            EmailKeyError::DomainTooLong => "domain_too_long",
            EmailKeyError::DomainInvalidIdna => "domain_invalid_idna",
        }
    }

    /// A short English sentence (never containing the input).
    pub const fn description(self) -> &'static str {
        match self {
            EmailKeyError::MissingAt => "the value has no @-sign",
            EmailKeyError::MultipleAt => "the value has more than one @-sign",
            EmailKeyError::EmptyLocal => "the local part is empty",
            EmailKeyError::EmptyDomain => "the domain is empty",
            EmailKeyError::DomainTooLong => "the domain is too long",
            EmailKeyError::DomainInvalidIdna => "the domain is not valid under UTS #46",
        }
    }
}

impl fmt::Display for EmailKeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

impl std::error::Error for EmailKeyError {}

impl From<EmailKeyError> for crate::Error {
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) with the slug as its reason,
    /// as `suppression_canonical` reports a value without canonical form.
    fn from(e: EmailKeyError) -> Self {
        crate::Error::new(crate::ErrorKind::InvalidInput).with_reason(e.code())
    }
}

/// The `ck1` canonical forms of an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Ck1Email {
    /// The strict form (API.md §4); this is [`dedup_key`].
    pub strict: String,
    /// The loose form (the local part also cut at the first `+` for every domain); `None` when it
    /// is the same as `strict` or would leave the local part empty.
    pub loose: Option<String>,
}

/// The `ck1` canonical forms of an e-mail address (API.md §4, version 1; never changes meaning).
///
/// In order: Unicode NFC; remove every character with the Unicode `White_Space` property;
/// default Unicode lower-casing (not case folding: `İ` becomes `i̇`, `ß` stays `ß`); exactly one
/// `@`; domain: strip trailing dots, UTS #46 non-transitional processing to the A-label form
/// (IDNA 2008: `faß.de` becomes `xn--fa-hia.de`; the WHATWG URL set of forbidden ASCII code
/// points applies; hyphen placement and DNS lengths are not checked), then strip trailing dots
/// again (`。` maps to a dot); `gmail.com` and `googlemail.com`: the domain becomes `gmail.com`,
/// the local part is cut at the first `+` and loses its dots; the local part must not be empty.
/// The loose form also cuts the local part at the first `+` for every other domain.
///
/// The value is not validated as an address: any string with one `@` and a domain that UTS #46
/// accepts has a form. Validate first ([`validate`](super::validate) or
/// [`clean`](super::clean)) where that matters.
///
/// # Errors
///
/// [`EmailKeyError`] when the value has no canonical form: no `@` or several, an empty local
/// part or domain, a domain UTS #46 rejects, or one longer than [`CK1_MAX_DOMAIN_BYTES`].
///
/// # Examples
///
/// ```
/// use contactkit::email::ck1_email;
/// let k = ck1_email(" Jan.de.Vries+crm@GoogleMail.com ").unwrap();
/// assert_eq!(k.strict, "jandevries@gmail.com");
/// assert_eq!(k.loose, None);
///
/// let k = ck1_email("Jan+news@Faß.de").unwrap();
/// assert_eq!(k.strict, "jan+news@xn--fa-hia.de");
/// assert_eq!(k.loose.as_deref(), Some("jan@xn--fa-hia.de"));
/// ```
pub fn ck1_email(value: &str) -> Result<Ck1Email, EmailKeyError> {
    let key = Ck1Parts::new(value)?;
    let loose = if key.gmail {
        None
    } else {
        match key.local().split_once('+') {
            Some((head, _)) if !head.is_empty() => Some(join(head, key.domain())),
            _ => None,
        }
    };
    Ok(Ck1Email {
        strict: key.full,
        loose,
    })
}

/// The duplicate key of an address: exactly the `ck1` strict form ([`ck1_email`]), or `None` when
/// the value has none.
///
/// # Examples
///
/// ```
/// use contactkit::email::dedup_key;
/// assert_eq!(dedup_key("J.Jansen+x@gmail.com").as_deref(), Some("jjansen@gmail.com"));
/// assert_eq!(dedup_key("Jan+x@Example.NL.").as_deref(), Some("jan+x@example.nl"));
/// assert_eq!(dedup_key("no at sign"), None);
/// ```
pub fn dedup_key(value: &str) -> Option<String> {
    Ck1Parts::new(value).ok().map(|k| k.full)
}

fn join(local: &str, domain: &str) -> String {
    let mut s = String::with_capacity(local.len() + 1 + domain.len());
    s.push_str(local);
    s.push('@');
    s.push_str(domain);
    s
}

/// The strict `ck1` form, `local@domain`, with the position of its `@`.
struct Ck1Parts {
    full: String,
    at: usize,
    gmail: bool,
}

impl Ck1Parts {
    fn local(&self) -> &str {
        &self.full[..self.at]
    }

    fn domain(&self) -> &str {
        &self.full[self.at + 1..]
    }

    fn new(value: &str) -> Result<Self, EmailKeyError> {
        // 1. NFC (the ASCII and already-NFC inputs skip the allocation).
        let nfc: Cow<'_, str> = if is_nfc_quick(value.chars()) == IsNormalized::Yes {
            Cow::Borrowed(value)
        } else {
            Cow::Owned(value.nfc().collect())
        };
        // 2. Remove White_Space, 3. default lower-casing.
        let mut lowered: String = if nfc.chars().any(char::is_whitespace) {
            let squeezed: String = nfc.chars().filter(|c| !c.is_whitespace()).collect();
            squeezed.to_lowercase()
        } else {
            nfc.to_lowercase()
        };
        // 4. Exactly one `@`.
        let at = lowered.find('@').ok_or(EmailKeyError::MissingAt)?;
        let raw_domain = &lowered[at + 1..];
        if raw_domain.contains('@') {
            return Err(EmailKeyError::MultipleAt);
        }
        // 5. Domain: trailing dots, UTS #46, A-labels.
        let domain = raw_domain.trim_end_matches('.');
        if domain.is_empty() {
            return Err(EmailKeyError::EmptyDomain);
        }
        if domain.len() > CK1_MAX_DOMAIN_BYTES {
            return Err(EmailKeyError::DomainTooLong);
        }
        let ascii = Uts46::new()
            .to_ascii(
                domain.as_bytes(),
                AsciiDenyList::URL,
                Hyphens::Allow,
                DnsLength::Ignore,
            )
            .map_err(|_| EmailKeyError::DomainInvalidIdna)?;
        let ascii = ascii.trim_end_matches('.');
        if ascii.is_empty() {
            return Err(EmailKeyError::EmptyDomain);
        }
        // 6. Gmail.
        if ascii == "gmail.com" || ascii == "googlemail.com" {
            let local = &lowered[..at];
            let head = local.split_once('+').map_or(local, |(h, _)| h);
            let mut full: String = head.chars().filter(|&c| c != '.').collect();
            // 7. Non-empty local part.
            if full.is_empty() {
                return Err(EmailKeyError::EmptyLocal);
            }
            let at = full.len();
            full.push_str("@gmail.com");
            return Ok(Ck1Parts {
                full,
                at,
                gmail: true,
            });
        }
        // 7. Non-empty local part.
        if at == 0 {
            return Err(EmailKeyError::EmptyLocal);
        }
        let new_domain = (ascii != raw_domain).then(|| ascii.to_owned());
        if let Some(d) = new_domain {
            lowered.truncate(at + 1);
            lowered.push_str(&d);
        }
        Ok(Ck1Parts {
            full: lowered,
            at,
            gmail: false,
        })
    }
}

/// Switches for the provider rules of [`provider_key`], one per rule; every rule is on by
/// default. The domain table of each rule is versioned by [`ProviderRules::VERSION`].
///
/// ```
/// use contactkit::email::ProviderRules;
/// let rules = ProviderRules::default().yahoo_hyphen(false);
/// assert!(rules.outlook_plus && !rules.yahoo_hyphen);
/// assert_eq!(ProviderRules::NAMES.len(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ProviderRules {
    /// Outlook, Hotmail, Live, MSN: the local part is cut at the first `+`.
    pub outlook_plus: bool,
    /// iCloud (`icloud.com`, `me.com`, `mac.com`): cut at the first `+`.
    pub icloud_plus: bool,
    /// Fastmail: cut at the first `+`.
    pub fastmail_plus: bool,
    /// Proton (`proton.me`, `protonmail.com`, `protonmail.ch`, `pm.me`): cut at the first `+`.
    pub proton_plus: bool,
    /// Yahoo (`yahoo.*`, `ymail.com`, `rocketmail.com`): disposable addresses
    /// `base-keyword` are cut at the first `-`.
    pub yahoo_hyphen: bool,
}

impl Default for ProviderRules {
    fn default() -> Self {
        ProviderRules::ALL_ON
    }
}

/// `(rule, domains)`: the versioned domain table of the provider rules.
const OUTLOOK_DOMAINS: &[&str] = &[
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "passport.com",
    "outlook.nl",
    "hotmail.nl",
    "live.nl",
    "outlook.be",
    "hotmail.be",
    "live.be",
    "outlook.de",
    "hotmail.de",
    "live.de",
    "outlook.fr",
    "hotmail.fr",
    "live.fr",
    "outlook.co.uk",
    "hotmail.co.uk",
    "live.co.uk",
    "outlook.it",
    "hotmail.it",
    "live.it",
    "outlook.es",
    "hotmail.es",
    "outlook.at",
    "hotmail.at",
    "live.at",
    "hotmail.ch",
    "outlook.dk",
    "hotmail.dk",
    "live.dk",
    "hotmail.se",
    "live.se",
    "hotmail.no",
    "live.no",
    "outlook.ie",
    "live.ie",
    "outlook.pt",
    "hotmail.ca",
    "live.ca",
    "outlook.com.au",
    "hotmail.com.au",
    "live.com.au",
];
const ICLOUD_DOMAINS: &[&str] = &["icloud.com", "me.com", "mac.com"];
const FASTMAIL_DOMAINS: &[&str] = &[
    "fastmail.com",
    "fastmail.fm",
    "fastmail.cn",
    "fastmail.co.uk",
    "fastmail.com.au",
    "fastmail.de",
    "fastmail.es",
    "fastmail.in",
    "fastmail.jp",
    "fastmail.mx",
    "fastmail.net",
    "fastmail.nl",
    "fastmail.se",
    "fastmail.to",
    "fastmail.tw",
    "fastmail.uk",
    "fastmail.us",
    "messagingengine.com",
];
const PROTON_DOMAINS: &[&str] = &["proton.me", "protonmail.com", "protonmail.ch", "pm.me"];
const YAHOO_DOMAINS: &[&str] = &[
    "yahoo.com",
    "ymail.com",
    "rocketmail.com",
    "yahoo.nl",
    "yahoo.be",
    "yahoo.de",
    "yahoo.fr",
    "yahoo.co.uk",
    "yahoo.it",
    "yahoo.es",
    "yahoo.at",
    "yahoo.ch",
    "yahoo.ie",
    "yahoo.dk",
    "yahoo.se",
    "yahoo.no",
    "yahoo.ca",
    "yahoo.com.au",
    "yahoo.com.br",
    "yahoo.com.mx",
    "yahoo.co.in",
    "yahoo.co.jp",
];

macro_rules! rule_setters {
    ($($name:ident),* $(,)?) => {
        impl ProviderRules {
            $(
                #[doc = concat!("Sets `", stringify!($name), "`.")]
                #[must_use]
                pub const fn $name(mut self, on: bool) -> Self {
                    self.$name = on;
                    self
                }
            )*

            /// The rule names, as the bindings accept them.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            /// Every rule on (the default).
            pub const ALL_ON: ProviderRules = ProviderRules { $($name: true),* };

            /// Every rule off: [`provider_key`] is then the `ck1` strict form.
            pub const NONE: ProviderRules = ProviderRules { $($name: false),* };

            /// Switches a rule by name (for bindings that receive rules as strings).
            ///
            /// # Errors
            ///
            /// [`ErrorKind::UnknownOption`](crate::ErrorKind::UnknownOption) when `name` is not
            /// one of [`ProviderRules::NAMES`].
            pub fn set(&mut self, name: &str, on: bool) -> crate::Result<()> {
                match name {
                    $(stringify!($name) => self.$name = on,)*
                    _ => return Err(crate::Error::new(crate::ErrorKind::UnknownOption)),
                }
                Ok(())
            }
        }
    };
}

rule_setters!(
    outlook_plus,
    icloud_plus,
    fastmail_plus,
    proton_plus,
    yahoo_hyphen
);

impl ProviderRules {
    /// The version of the rule set and its domain tables; bumped on every change.
    pub const VERSION: &'static str = "1";

    /// The rule that applies to the A-label `domain`, if any is switched on: the character at
    /// whose first occurrence the local part is cut.
    fn cut_for(self, domain: &str) -> Option<char> {
        let on = |flag: bool, table: &[&str]| flag && table.contains(&domain);
        if on(self.outlook_plus, OUTLOOK_DOMAINS)
            || on(self.icloud_plus, ICLOUD_DOMAINS)
            || on(self.fastmail_plus, FASTMAIL_DOMAINS)
            || on(self.proton_plus, PROTON_DOMAINS)
        {
            Some('+')
        } else if on(self.yahoo_hyphen, YAHOO_DOMAINS) {
            Some('-')
        } else {
            None
        }
    }
}

/// A comparison key for duplicate scoring: the `ck1` strict form with the provider rules that
/// are switched on applied on top (`jan+news@outlook.com` → `jan@outlook.com`,
/// `jan-shop@yahoo.com` → `jan@yahoo.com`). `None` when the value has no `ck1` form. A rule
/// that would leave the local part empty is not applied.
///
/// This is never the suppression key and never [`dedup_key`]: it is an extra, weaker level of
/// agreement, since the rules are the providers' current behaviour, not a standard.
///
/// # Examples
///
/// ```
/// use contactkit::email::{ProviderRules, provider_key};
/// let rules = ProviderRules::default();
/// assert_eq!(provider_key("Jan+news@Outlook.com", &rules).as_deref(), Some("jan@outlook.com"));
/// assert_eq!(provider_key("jan-shop@yahoo.com", &rules).as_deref(), Some("jan@yahoo.com"));
/// assert_eq!(provider_key("jan+news@example.nl", &rules).as_deref(), Some("jan+news@example.nl"));
/// let off = ProviderRules::NONE;
/// assert_eq!(provider_key("jan+news@outlook.com", &off).as_deref(), Some("jan+news@outlook.com"));
/// ```
pub fn provider_key(value: &str, rules: &ProviderRules) -> Option<String> {
    let key = Ck1Parts::new(value).ok()?;
    match rules.cut_for(key.domain()) {
        Some(c) => match key.local().split_once(c) {
            Some((head, _)) if !head.is_empty() => Some(join(head, key.domain())),
            _ => Some(key.full),
        },
        None => Some(key.full),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict(v: &str) -> String {
        ck1_email(v).unwrap().strict
    }

    fn err(v: &str) -> &'static str {
        ck1_email(v).unwrap_err().code()
    }

    #[test]
    fn idna_2008_non_transitional() {
        assert_eq!(strict("jan@faß.de"), "jan@xn--fa-hia.de");
        assert_eq!(strict("jan@FASS.de"), "jan@fass.de");
        assert_eq!(strict("x@münchen.de"), "x@xn--mnchen-3ya.de");
        assert_eq!(strict("x@xn--mnchen-3ya.de"), "x@xn--mnchen-3ya.de");
        // Full-width letters and the ideographic full stop are mapped by UTS #46.
        assert_eq!(strict("x@ｅｘａｍｐｌｅ。nl"), "x@example.nl");
        assert_eq!(err("x@exa<mple.nl"), "domain_invalid_idna");
        assert_eq!(err("x@exa%mple.nl"), "domain_invalid_idna");
    }

    #[test]
    fn default_lowercasing_not_case_folding() {
        // U+0130 lower-cases to `i` + U+0307 (default lower-casing), not to `i`.
        assert_eq!(strict("İnci@example.com"), "i\u{307}nci@example.com");
        // Case folding would turn ß into ss; lower-casing keeps it.
        assert_eq!(strict("Straße@example.com"), "straße@example.com");
        assert_eq!(strict("ÉLODIE@EXAMPLE.FR"), "élodie@example.fr");
        // Final sigma, as default lower-casing defines it.
        assert_eq!(
            strict("\u{39f}\u{394}\u{39f}\u{3a3}@example.gr"),
            "\u{3bf}\u{3b4}\u{3bf}\u{3c2}@example.gr"
        );
    }

    #[test]
    fn nfc_first() {
        let decomposed = "jose\u{301}@example.es";
        let composed = "jos\u{e9}@example.es";
        assert_eq!(strict(decomposed), composed);
        assert_eq!(strict(decomposed), strict(composed));
        // Angstrom sign U+212B becomes U+00C5 under NFC, then lower-cases to U+00E5.
        assert_eq!(strict("\u{212b}se@example.se"), "\u{e5}se@example.se");
    }

    #[test]
    fn white_space_removed_everywhere() {
        assert_eq!(strict(" jan @ example.nl "), "jan@example.nl");
        assert_eq!(strict("\tjan\r\n@example.nl"), "jan@example.nl");
        for ws in [
            '\u{a0}', '\u{3000}', '\u{2028}', '\u{2029}', '\u{85}', '\u{2009}', '\u{1680}',
        ] {
            let v = format!("j{ws}an@exa{ws}mple.nl{ws}");
            assert_eq!(strict(&v), "jan@example.nl", "U+{:04X}", ws as u32);
        }
        // ZWSP is not White_Space: it stays, and UTS #46 maps it away in the domain only.
        assert_eq!(strict("j\u{200b}an@example.nl"), "j\u{200b}an@example.nl");
    }

    #[test]
    fn gmail_and_googlemail() {
        assert_eq!(strict("Jan.De.Vries@gmail.com"), "jandevries@gmail.com");
        assert_eq!(
            strict("jan.de.vries+news@googlemail.com"),
            "jandevries@gmail.com"
        );
        assert_eq!(strict("jan+a+b@GMAIL.COM."), "jan@gmail.com");
        assert_eq!(strict("j.a.n@Gmail.Com"), "jan@gmail.com");
        assert_eq!(err("+news@gmail.com"), "empty_local");
        assert_eq!(err("...@gmail.com"), "empty_local");
        // Only those two domains.
        assert_eq!(strict("jan.de.vries+x@gmail.nl"), "jan.de.vries+x@gmail.nl");
        assert_eq!(
            strict("jan.de.vries@mail.gmail.com"),
            "jan.de.vries@mail.gmail.com"
        );
        assert_eq!(ck1_email("j.an+x@gmail.com").unwrap().loose, None);
    }

    #[test]
    fn plus_rules_loose() {
        let k = ck1_email("Jan+Nieuwsbrief@Example.NL").unwrap();
        assert_eq!(k.strict, "jan+nieuwsbrief@example.nl");
        assert_eq!(k.loose.as_deref(), Some("jan@example.nl"));
        // No `+`: no loose form.
        assert_eq!(ck1_email("jan@example.nl").unwrap().loose, None);
        // A loose form that would be empty does not exist.
        let k = ck1_email("+jan@example.nl").unwrap();
        assert_eq!(k.strict, "+jan@example.nl");
        assert_eq!(k.loose, None);
        // The first `+` cuts.
        assert_eq!(
            ck1_email("a+b+c@example.nl").unwrap().loose.as_deref(),
            Some("a@example.nl")
        );
    }

    #[test]
    fn trailing_dots_and_at_signs() {
        assert_eq!(strict("jan@example.nl..."), "jan@example.nl");
        assert_eq!(strict("jan@example.nl\u{3002}"), "jan@example.nl");
        assert_eq!(err("jan@..."), "empty_domain");
        assert_eq!(err("jan@"), "empty_domain");
        assert_eq!(err("jan"), "missing_at");
        assert_eq!(err("jan\u{ff20}example.nl"), "missing_at");
        assert_eq!(err("a@b@example.nl"), "multiple_at");
        assert_eq!(err("@example.nl"), "empty_local");
        assert_eq!(err(" @example.nl"), "empty_local");
        let long = format!("a@{}.nl", "b".repeat(CK1_MAX_DOMAIN_BYTES));
        assert_eq!(err(&long), "domain_too_long");
    }

    #[test]
    fn dedup_key_is_strict() {
        for v in [
            "Jan+x@Example.nl",
            "a.b+c@googlemail.com",
            "x@faß.de",
            "nope",
            "a@b@c",
        ] {
            assert_eq!(dedup_key(v), ck1_email(v).ok().map(|k| k.strict), "{v}");
        }
    }

    #[test]
    fn errors_have_unique_slugs_and_map_to_invalid_input() {
        let mut seen = std::collections::HashSet::new();
        for e in EmailKeyError::ALL {
            assert!(seen.insert(e.code()));
            let ce: crate::Error = (*e).into();
            assert_eq!(ce.kind(), crate::ErrorKind::InvalidInput);
            assert_eq!(ce.code(), e.code());
            assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn provider_rules() {
        let all = ProviderRules::default();
        let pk = |v: &str, r: &ProviderRules| provider_key(v, r).unwrap();
        assert_eq!(pk("jan+x@hotmail.nl", &all), "jan@hotmail.nl");
        assert_eq!(pk("jan+x@live.com", &all), "jan@live.com");
        assert_eq!(pk("jan+x@icloud.com", &all), "jan@icloud.com");
        assert_eq!(pk("jan+x@me.com", &all), "jan@me.com");
        assert_eq!(pk("jan+x@fastmail.com", &all), "jan@fastmail.com");
        assert_eq!(pk("jan+x@pm.me", &all), "jan@pm.me");
        assert_eq!(pk("jan-shop@yahoo.co.uk", &all), "jan@yahoo.co.uk");
        assert_eq!(pk("jan+shop@yahoo.com", &all), "jan+shop@yahoo.com");
        // Dots are kept outside Gmail; Gmail is ck1 already.
        assert_eq!(pk("j.an+x@outlook.com", &all), "j.an@outlook.com");
        assert_eq!(pk("j.an+x@googlemail.com", &all), "jan@gmail.com");
        // A rule that would empty the local part is not applied.
        assert_eq!(pk("-x@yahoo.com", &all), "-x@yahoo.com");
        // Switches.
        let no_yahoo = all.yahoo_hyphen(false);
        assert_eq!(pk("jan-shop@yahoo.com", &no_yahoo), "jan-shop@yahoo.com");
        assert_eq!(pk("jan+x@outlook.com", &no_yahoo), "jan@outlook.com");
        let mut r = ProviderRules::NONE;
        r.set("icloud_plus", true).unwrap();
        assert_eq!(pk("jan+x@icloud.com", &r), "jan@icloud.com");
        assert_eq!(pk("jan+x@outlook.com", &r), "jan+x@outlook.com");
        assert_eq!(
            r.set("nope", true).unwrap_err().kind(),
            crate::ErrorKind::UnknownOption
        );
        assert_eq!(provider_key("no at", &all), None);
        for v in ["a+b@x.nl", "a+b@outlook.com", "a@gmail.com"] {
            assert_eq!(provider_key(v, &ProviderRules::NONE), dedup_key(v));
        }
    }
}
