//! The CRM layer on top of validation: [`clean`] and the configurable [`EmailCleaner`].
//!
//! `clean` finds the address(es) in a raw CRM field, repairs what can be repaired without
//! guessing, validates the result with the core validator (default options), and adds what a
//! CRM wants to know about it. It never changes a value silently: every change is a
//! [`CleanFix`] in `fixes`, and every guess is a `suggestion` that is never applied.
//!
//! Steps, in order (each can be switched off on an [`EmailCleaner`]):
//!
//! | step | example | fix |
//! |---|---|---|
//! | trim white space (Unicode `White_Space`, NBSP, ZWSP, BOM, soft hyphen) at both ends | `" jan@x.nl\u{a0}"` | `trimmed` |
//! | remove invisible characters inside (soft hyphen, ZWSP, BOM, word joiner, LRM/RLM) | `"jan\u{ad}@x.nl"` | `removed_invisible` |
//! | unwrap `mailto:` (and a `?subject=…` after the address) | `mailto:jan@x.nl` | `unwrapped_mailto` |
//! | unwrap brackets around the value: `<…>`, `(…)`, `[…]`, `{…}` | `<jan@x.nl>` | `unwrapped_brackets` |
//! | unwrap quotes around the value (`"…"`, `'…'`, `“…”`, `„…“`, `«…»`, …) | `"jan@x.nl"` | `unwrapped_quotes` |
//! | strip separator punctuation at the ends (`,` `;` `.` `:`) | `jan@x.nl;` | `stripped_punctuation` |
//! | remove a label in front | `E-mail: jan@x.nl` | `removed_label` |
//! | remove a comment in parentheses at either end | `jan@x.nl (werk)` | `removed_comment` |
//! | take the address out of `Name <address>`; the name is kept in `display_name` | `Jan de Vries <jan@x.nl>` | `removed_display_name` |
//! | repair a full-width/small at-sign, or a spelled-out one (`(at)`, `[at]`, ` at `, with `(dot)`, ` dot `) | `jan (at) x (dot) nl` | `fixed_at_sign` |
//! | remove white space next to `@` or `.` | `jan @ x.nl` | `removed_inner_space` |
//! | split several addresses (at `,` `;` line breaks, and at white space or `/` when every part is an address): the first is `email`, the rest `others` | `jan@x.nl; piet@y.nl` | `split_multiple` |
//! | keep at most 32 `others` | a field with 40 addresses | `truncated_others` |
//! | drop text between addresses that is not an address | `jan@x.nl; zie notitie` | `removed_text` |
//! | complete a bare local part with the default domain | `jan` + `x.nl` | `added_default_domain` |
//!
//! Then: the core validator with default options on each address; for the main address (when
//! valid) the flags, the registrable domain, the `dedup_key` (the `ck1` strict form) and a typo
//! `suggestion`. `email` is `None` when nothing address-like was found: an empty field, a
//! placeholder (`n/a`, `geen`, `unknown`), or text without an `@` that is not one dotted word.
//!
//! Work is linear in the input: at most 33 addresses are taken from a field, and every step
//! scans a bounded number of times.

mod extract;
mod lists;
mod suggest;

use std::fmt;
use std::sync::{Arc, OnceLock};

use super::key::dedup_key;
use super::{EmailOptions, EmailReason, EmailResult, validate};
use extract::{Ctx, Found};
use lists::{FxSet, Lists, lists, role_form, with_role_form};
use suggest::SuggestIndex;

pub use lists::{DISPOSABLE_VERSION, PROVIDERS_VERSION, PSL_VERSION, ROLES_VERSION};

/// The most `others` kept from one field; more are dropped with the fix `truncated_others`.
pub const MAX_OTHERS: usize = extract::MAX_ADDRESSES - 1;

/// What [`clean`] did to the raw value. Slugs never change once released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(into = "&'static str")
)]
#[non_exhaustive]
pub enum CleanFix {
    /// White space (including NBSP, ZWSP, BOM, soft hyphen) removed at either end.
    Trimmed,
    /// Invisible characters (soft hyphen, ZWSP, BOM, word joiner, LRM, RLM) removed inside.
    RemovedInvisible,
    /// A `mailto:` prefix (and any `?query` after the address) removed.
    UnwrappedMailto,
    /// Brackets around the value (`<…>`, `(…)`, `[…]`, `{…}`) removed.
    UnwrappedBrackets,
    /// Quotes around the whole value removed.
    UnwrappedQuotes,
    /// Separator punctuation (`,` `;` `.` `:`) removed at the ends.
    StrippedPunctuation,
    /// A label such as `E-mail:` removed in front of the address.
    RemovedLabel,
    /// A comment in parentheses removed at either end.
    RemovedComment,
    /// A display name removed (`Jan <jan@x.nl>`); it is kept in `display_name`.
    RemovedDisplayName,
    /// A full-width, small or spelled-out at-sign (and spelled-out dots) repaired.
    FixedAtSign,
    /// White space next to `@` or `.` removed.
    RemovedInnerSpace,
    /// The field held several addresses: the first is `email`, the rest `others`.
    SplitMultiple,
    /// The field held more than [`MAX_OTHERS`] further addresses; the rest were dropped.
    TruncatedOthers,
    /// Text that is not an address was dropped from between or around addresses.
    RemovedText,
    /// A bare local part was completed with the default domain.
    AddedDefaultDomain,
}

impl CleanFix {
    /// Every fix, in a stable order.
    pub const ALL: &'static [CleanFix] = &[
        CleanFix::Trimmed,
        CleanFix::RemovedInvisible,
        CleanFix::UnwrappedMailto,
        CleanFix::UnwrappedBrackets,
        CleanFix::UnwrappedQuotes,
        CleanFix::StrippedPunctuation,
        CleanFix::RemovedLabel,
        CleanFix::RemovedComment,
        CleanFix::RemovedDisplayName,
        CleanFix::FixedAtSign,
        CleanFix::RemovedInnerSpace,
        CleanFix::SplitMultiple,
        CleanFix::TruncatedOthers,
        CleanFix::RemovedText,
        CleanFix::AddedDefaultDomain,
    ];

    /// The stable slug.
    ///
    /// ```
    /// use contactkit::email::CleanFix;
    /// assert_eq!(CleanFix::UnwrappedMailto.code(), "unwrapped_mailto");
    /// assert_eq!(CleanFix::from_code("trimmed"), Some(CleanFix::Trimmed));
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            CleanFix::Trimmed => "trimmed",
            CleanFix::RemovedInvisible => "removed_invisible",
            CleanFix::UnwrappedMailto => "unwrapped_mailto",
            CleanFix::UnwrappedBrackets => "unwrapped_brackets",
            CleanFix::UnwrappedQuotes => "unwrapped_quotes",
            CleanFix::StrippedPunctuation => "stripped_punctuation",
            CleanFix::RemovedLabel => "removed_label",
            CleanFix::RemovedComment => "removed_comment",
            CleanFix::RemovedDisplayName => "removed_display_name",
            CleanFix::FixedAtSign => "fixed_at_sign",
            CleanFix::RemovedInnerSpace => "removed_inner_space",
            CleanFix::SplitMultiple => "split_multiple",
            CleanFix::TruncatedOthers => "truncated_others",
            CleanFix::RemovedText => "removed_text",
            CleanFix::AddedDefaultDomain => "added_default_domain",
        }
    }

    /// The fix with slug `code`, if there is one.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.code() == code)
    }

    const fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

impl From<CleanFix> for &'static str {
    fn from(f: CleanFix) -> Self {
        f.code()
    }
}

impl fmt::Display for CleanFix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Which cleaning steps are on (one bit per [`CleanFix`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Rules(u32);

impl Rules {
    const ALL: Rules = Rules(u32::MAX);

    pub(crate) fn on(self, f: CleanFix) -> bool {
        self.0 & f.bit() != 0
    }

    fn set(&mut self, f: CleanFix, on: bool) {
        if on {
            self.0 |= f.bit();
        } else {
            self.0 &= !f.bit();
        }
    }
}

/// The fixes made, in order of first use, each once.
#[derive(Debug, Default)]
pub(crate) struct Fixes {
    list: Vec<CleanFix>,
    seen: u32,
}

impl Fixes {
    pub(crate) fn add(&mut self, f: CleanFix) {
        if self.seen & f.bit() == 0 {
            self.seen |= f.bit();
            self.list.push(f);
        }
    }
}

/// The result of [`clean`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EmailCleaned {
    /// The verdict on the cleaned main address; `None` when nothing address-like was found.
    /// When a display name was removed and the address is valid, its `display_name` is set, as
    /// the validator sets it for `Name <address>` with `allow_display_name`.
    pub email: Option<EmailResult>,
    /// Verdicts on further addresses found in the same field (at most [`MAX_OTHERS`]).
    pub others: Vec<EmailResult>,
    /// What cleaning did, in order of first use.
    pub fixes: Vec<CleanFix>,
    /// A likely intended address when the domain looks like a typo; never applied.
    pub suggestion: Option<String>,
    /// The local part of the valid main address is a role (`info`, `noreply`, `administratie`).
    pub is_role: bool,
    /// The domain of the valid main address (or a parent of it) is a disposable-mail domain.
    pub is_disposable: bool,
    /// The domain of the valid main address is a consumer mail provider (webmail or ISP).
    pub is_free_provider: bool,
    /// The registrable domain (eTLD+1, Public Suffix List) of the valid main address, in the
    /// same form as its `domain`; `None` when the TLD is not in the list.
    pub registrable_domain: Option<String>,
    /// The duplicate key of the valid main address: the suppression `ck1` strict form
    /// ([`dedup_key`](super::dedup_key)).
    pub dedup_key: Option<String>,
    /// The display name removed from the main address (`Jan de Vries <jan@x.nl>` → `Jan de
    /// Vries`), unquoted and NFC, valid address or not.
    pub display_name: Option<String>,
}

/// The immutable data behind an [`EmailCleaner`].
struct Inner {
    rules: Rules,
    suggestions: bool,
    default_domain: Option<String>,
    lists: &'static Lists,
    index: Arc<SuggestIndex>,
    extra_free: FxSet<String>,
    extra_roles: FxSet<String>,
    extra_disposable: FxSet<String>,
    extra_allow: FxSet<String>,
    extra_known: FxSet<String>,
}

/// A configured cleaner: immutable, `Send + Sync`, cheap to clone (the data is shared), safe to
/// use from many threads at once. [`clean`] uses a default one built once.
///
/// # Examples
///
/// ```
/// use contactkit::email::{CleanFix, EmailCleaner};
/// let cleaner = EmailCleaner::builder()
///     .default_domain("acme.nl")
///     .roles(["inkoopteam"])
///     .free_providers(["mijnmail.nl"])
///     .step(CleanFix::FixedAtSign, false)
///     .build()
///     .unwrap();
/// let r = cleaner.clean("inkoopteam");
/// assert_eq!(r.email.unwrap().normalized.as_deref(), Some("inkoopteam@acme.nl"));
/// assert!(r.is_role);
/// assert!(cleaner.clean("jan@mijnmail.nl").is_free_provider);
/// // Spelled-out at-signs are left alone now.
/// assert!(cleaner.clean("jan (at) example.nl").email.is_none());
/// ```
#[derive(Clone)]
pub struct EmailCleaner {
    inner: Arc<Inner>,
}

const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<EmailCleaner>();
    assert_send_sync::<EmailCleaned>();
};

impl fmt::Debug for EmailCleaner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        f.debug_struct("EmailCleaner")
            .field("steps", &format_args!("{:#x}", i.rules.0))
            .field("suggestions", &i.suggestions)
            .field("default_domain", &i.default_domain)
            .field("extra_free_providers", &i.extra_free.len())
            .field("extra_roles", &i.extra_roles.len())
            .field("extra_disposable", &i.extra_disposable.len())
            .field("extra_not_disposable", &i.extra_allow.len())
            .finish_non_exhaustive()
    }
}

impl Default for EmailCleaner {
    fn default() -> Self {
        Self::new()
    }
}

fn default_index() -> Arc<SuggestIndex> {
    static INDEX: OnceLock<Arc<SuggestIndex>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            Arc::new(SuggestIndex::new(
                lists()
                    .providers
                    .iter()
                    .filter(|p| p.suggest)
                    .map(|p| (p.domain.as_str(), p.exclusive)),
            ))
        })
        .clone()
}

impl EmailCleaner {
    /// The default cleaner: every step on, suggestions on, no default domain, the compiled-in
    /// lists. Built once per process; this returns a shared handle.
    pub fn new() -> Self {
        Self::shared().clone()
    }

    /// The default cleaner, by reference (no reference-count traffic in [`clean`]).
    fn shared() -> &'static EmailCleaner {
        static DEFAULT: OnceLock<EmailCleaner> = OnceLock::new();
        DEFAULT.get_or_init(|| EmailCleaner {
            inner: Arc::new(Inner {
                rules: Rules::ALL,
                suggestions: true,
                default_domain: None,
                lists: lists(),
                index: default_index(),
                extra_free: FxSet::default(),
                extra_roles: FxSet::default(),
                extra_disposable: FxSet::default(),
                extra_allow: FxSet::default(),
                extra_known: FxSet::default(),
            }),
        })
    }

    /// A builder starting from the defaults of [`EmailCleaner::new`].
    pub fn builder() -> EmailCleanerBuilder {
        EmailCleanerBuilder::default()
    }

    /// Cleans one raw CRM field, completing a bare local part with the configured default
    /// domain (if any).
    pub fn clean(&self, raw: &str) -> EmailCleaned {
        self.clean_with_domain(raw, None)
    }

    /// Cleans one raw CRM field; `default_domain`, when given, replaces the configured one for
    /// this call (a leading `@` and trailing dots are ignored).
    pub fn clean_with_domain(&self, raw: &str, default_domain: Option<&str>) -> EmailCleaned {
        let i = &*self.inner;
        let dd = default_domain
            .map(|d| d.trim().trim_start_matches('@').trim_end_matches('.'))
            .filter(|d| !d.is_empty())
            .or(i.default_domain.as_deref());
        let mut fixes = Fixes::default();
        let found = extract::extract(
            raw,
            &mut Ctx {
                rules: i.rules,
                default_domain: dd,
                fixes: &mut fixes,
            },
        );
        let mut found = found.into_iter();
        let main = found.next();
        let others: Vec<EmailResult> = found.map(|f| verdict(&f)).collect();
        let mut out = EmailCleaned {
            email: None,
            others,
            fixes: Vec::new(),
            suggestion: None,
            is_role: false,
            is_disposable: false,
            is_free_provider: false,
            registrable_domain: None,
            dedup_key: None,
            display_name: None,
        };
        if let Some(f) = main {
            let r = verdict(&f);
            self.describe(&f, &r, &mut out);
            out.display_name = f.display_name;
            out.email = Some(r);
        }
        out.fixes = fixes.list;
        out
    }

    /// Cleans every field of `raws`; element `i` equals `self.clean(raws[i])`.
    pub fn clean_many<S: AsRef<str>>(&self, raws: &[S]) -> Vec<EmailCleaned> {
        raws.iter().map(|r| self.clean(r.as_ref())).collect()
    }

    /// Flags, registrable domain, key and suggestion of the main address.
    fn describe(&self, f: &Found<'_>, r: &EmailResult, out: &mut EmailCleaned) {
        if r.valid {
            let (Some(local), Some(domain), Some(ascii), Some(normalized)) = (
                r.local_part.as_deref(),
                r.domain.as_deref(),
                r.ascii_domain.as_deref(),
                r.normalized.as_deref(),
            ) else {
                return;
            };
            out.is_role = self.is_role(local);
            out.is_disposable = self.disposable_ascii(ascii);
            out.is_free_provider = self.free_ascii(ascii);
            out.registrable_domain = registrable(ascii, domain);
            out.dedup_key = dedup_key(normalized);
            if self.inner.suggestions {
                out.suggestion = self.suggest_ascii(ascii).map(|d| format!("{local}@{d}"));
            }
        } else if self.inner.suggestions
            && let Some((local, domain)) = f.value.rsplit_once('@')
            && !local.is_empty()
            && domain.is_ascii()
        {
            let domain = domain.to_ascii_lowercase();
            out.suggestion = match r.reason {
                Some(EmailReason::DomainNoDot | EmailReason::DomainInvalidTld) => {
                    self.suggest_ascii(&domain)
                }
                // `gmx,net`: offer the dotted domain (or its own typo fix).
                Some(EmailReason::DomainInvalidChars) if domain.contains(',') => {
                    let dotted = domain.replace(',', ".");
                    self.suggest_ascii(&dotted).or_else(|| {
                        validate(&format!("{local}@{dotted}"), &EmailOptions::default())
                            .valid
                            .then_some(dotted)
                    })
                }
                _ => None,
            }
            .map(|d| format!("{local}@{d}"));
        }
    }

    /// Whether `local_part` is a role mailbox (`info`, `no-reply`, `Boekhouding+x`): compared
    /// lower-case, cut at the first `+`, without `.`, `-` and `_`.
    ///
    /// ```
    /// let c = contactkit::email::EmailCleaner::new();
    /// assert!(c.is_role("No-Reply") && c.is_role("administratie") && c.is_role("info+crm"));
    /// assert!(!c.is_role("jan.devries"));
    /// ```
    pub fn is_role(&self, local_part: &str) -> bool {
        let i = &*self.inner;
        with_role_form(local_part, |k| {
            !k.is_empty() && (i.lists.roles.contains(k) || i.extra_roles.contains(k))
        })
    }

    /// Whether `domain` (or a parent of it) is a disposable-mail domain and not allow-listed.
    ///
    /// ```
    /// let c = contactkit::email::EmailCleaner::new();
    /// assert!(c.is_disposable("mailinator.com") && c.is_disposable("x.mailinator.com"));
    /// assert!(!c.is_disposable("gmail.com") && !c.is_disposable("zzz.com"));
    /// ```
    pub fn is_disposable(&self, domain: &str) -> bool {
        normalize_domain(domain).is_some_and(|d| self.disposable_ascii(&d))
    }

    /// Whether `domain` is a consumer mail provider (free webmail or a consumer ISP).
    ///
    /// ```
    /// let c = contactkit::email::EmailCleaner::new();
    /// assert!(c.is_free_provider("Ziggo.nl") && c.is_free_provider("telenet.be"));
    /// assert!(!c.is_free_provider("acme.nl"));
    /// ```
    pub fn is_free_provider(&self, domain: &str) -> bool {
        normalize_domain(domain).is_some_and(|d| self.free_ascii(&d))
    }

    /// The suggested domain when `domain` looks like a typo of a provider domain, else `None`.
    ///
    /// ```
    /// let c = contactkit::email::EmailCleaner::new();
    /// assert_eq!(c.suggest_domain("gmial.com").as_deref(), Some("gmail.com"));
    /// assert_eq!(c.suggest_domain("gamil.com"), None); // a real domain
    /// ```
    pub fn suggest_domain(&self, domain: &str) -> Option<String> {
        normalize_domain(domain).and_then(|d| self.suggest_ascii(&d))
    }

    fn disposable_ascii(&self, d: &str) -> bool {
        let i = &*self.inner;
        let listed = parent_any(d, |x| {
            i.lists.disposable.contains(x) || i.extra_disposable.contains(x)
        });
        listed
            && !parent_any(d, |x| {
                i.lists.disposable_allow.contains(x)
                    || i.lists.free.contains(x)
                    || i.extra_allow.contains(x)
                    || i.extra_free.contains(x)
            })
    }

    fn free_ascii(&self, d: &str) -> bool {
        let i = &*self.inner;
        i.lists.free.contains(d) || i.extra_free.contains(d)
    }

    fn suggest_ascii(&self, d: &str) -> Option<String> {
        let i = &*self.inner;
        let known = |x: &str| {
            i.lists.free.contains(x)
                || i.lists.guard.contains(x)
                || i.extra_free.contains(x)
                || i.extra_known.contains(x)
        };
        i.index.suggest(d, &known)
    }
}

/// Whether `domain` or one of its parents (down to two labels) satisfies `hit`.
fn parent_any(domain: &str, hit: impl Fn(&str) -> bool) -> bool {
    let mut d = domain;
    loop {
        if hit(d) {
            return true;
        }
        match d.split_once('.') {
            Some((_, rest)) if rest.contains('.') => d = rest,
            _ => return false,
        }
    }
}

/// Lower-case A-label form of a domain given by a caller, or `None` when it has none.
fn normalize_domain(domain: &str) -> Option<String> {
    let d = domain.trim().trim_start_matches('@').trim_end_matches('.');
    if d.is_empty() {
        return None;
    }
    idna::domain_to_ascii_cow(d.as_bytes(), idna::AsciiDenyList::URL)
        .ok()
        .map(std::borrow::Cow::into_owned)
}

/// The registrable domain of `ascii` (A-labels), given back in the form of `unicode` (the
/// validator's `domain`, same labels), when the suffix is in the Public Suffix List.
fn registrable(ascii: &str, unicode: &str) -> Option<String> {
    let d = psl::domain(ascii.as_bytes())?;
    if !d.suffix().is_known() {
        return None;
    }
    let labels = d.as_bytes().split(|&b| b == b'.').count();
    let total = unicode.split('.').count();
    if total == labels {
        return Some(unicode.to_owned());
    }
    match unicode.rmatch_indices('.').nth(labels - 1) {
        Some((cut, _)) if total > labels => Some(unicode[cut + 1..].to_owned()),
        _ => std::str::from_utf8(d.as_bytes()).ok().map(str::to_owned),
    }
}

/// The validator's verdict on a found piece (default options), with the removed display name
/// when the address is valid.
fn verdict(f: &Found<'_>) -> EmailResult {
    let mut r = validate(&f.value, &EmailOptions::default());
    if r.valid {
        r.display_name.clone_from(&f.display_name);
    }
    r
}

/// Builds an [`EmailCleaner`]. Every list addition extends the compiled-in lists.
#[derive(Debug, Clone)]
pub struct EmailCleanerBuilder {
    rules: Rules,
    suggestions: bool,
    default_domain: Option<String>,
    free: Vec<String>,
    targets: Vec<String>,
    roles: Vec<String>,
    disposable: Vec<String>,
    allow: Vec<String>,
    guard: Vec<String>,
}

impl Default for EmailCleanerBuilder {
    fn default() -> Self {
        EmailCleanerBuilder {
            rules: Rules::ALL,
            suggestions: true,
            default_domain: None,
            free: Vec::new(),
            targets: Vec::new(),
            roles: Vec::new(),
            disposable: Vec::new(),
            allow: Vec::new(),
            guard: Vec::new(),
        }
    }
}

fn strings<I, S>(items: I) -> impl Iterator<Item = String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    items.into_iter().map(|s| s.as_ref().to_owned())
}

impl EmailCleanerBuilder {
    /// The domain that completes a bare local part (`jan` → `jan@acme.nl`).
    #[must_use]
    pub fn default_domain(mut self, domain: impl AsRef<str>) -> Self {
        self.default_domain = Some(domain.as_ref().to_owned());
        self
    }

    /// Switches one cleaning step on or off (all are on by default). `truncated_others` and
    /// `removed_text` report what splitting did and follow `split_multiple`.
    #[must_use]
    pub fn step(mut self, fix: CleanFix, on: bool) -> Self {
        self.rules.set(fix, on);
        self
    }

    /// Switches typo suggestions on (default) or off.
    #[must_use]
    pub fn suggestions(mut self, on: bool) -> Self {
        self.suggestions = on;
        self
    }

    /// Further consumer mail domains: `is_free_provider`, never flagged disposable, never
    /// "corrected" by a suggestion.
    #[must_use]
    pub fn free_providers<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, domains: I) -> Self {
        self.free.extend(strings(domains));
        self
    }

    /// Further typo-suggestion targets (after the compiled-in ones on a tie), such as your own
    /// domain: `acne.nl` then suggests `acme.nl`.
    #[must_use]
    pub fn suggestion_targets<I: IntoIterator<Item = S>, S: AsRef<str>>(
        mut self,
        domains: I,
    ) -> Self {
        self.targets.extend(strings(domains));
        self
    }

    /// Further role local parts (compared as [`EmailCleaner::is_role`] describes).
    #[must_use]
    pub fn roles<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, names: I) -> Self {
        self.roles.extend(strings(names));
        self
    }

    /// Further disposable-mail domains (their subdomains match too).
    #[must_use]
    pub fn disposable_domains<I: IntoIterator<Item = S>, S: AsRef<str>>(
        mut self,
        domains: I,
    ) -> Self {
        self.disposable.extend(strings(domains));
        self
    }

    /// Additions to the disposable allow-list: domains never flagged disposable.
    #[must_use]
    pub fn not_disposable<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, domains: I) -> Self {
        self.allow.extend(strings(domains));
        self
    }

    /// Real domains that look like a typo and must never get a suggestion.
    #[must_use]
    pub fn guard_domains<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, domains: I) -> Self {
        self.guard.extend(strings(domains));
        self
    }

    /// Builds the cleaner.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) when a domain has no
    /// A-label form or is empty, or a role name is empty.
    pub fn build(self) -> crate::Result<EmailCleaner> {
        let bad = |what: &'static str| {
            crate::Error::new(crate::ErrorKind::InvalidArgument).with_detail(what)
        };
        let domains = |v: Vec<String>, what: &'static str| -> crate::Result<FxSet<String>> {
            v.iter()
                .map(|d| {
                    normalize_domain(d)
                        .filter(|d| d.contains('.'))
                        .ok_or(bad(what))
                })
                .collect()
        };
        let default_domain = match self.default_domain {
            Some(d) => {
                let t = d.trim().trim_start_matches('@').trim_end_matches('.');
                if t.is_empty() {
                    return Err(bad("default_domain is empty"));
                }
                Some(t.to_owned())
            }
            None => None,
        };
        let extra_free = domains(self.free, "free_providers: not a domain")?;
        let target_set = domains(self.targets.clone(), "suggestion_targets: not a domain")?;
        let mut extra_known = domains(self.guard, "guard_domains: not a domain")?;
        extra_known.extend(target_set.iter().cloned());
        let extra_roles = self
            .roles
            .iter()
            .map(|r| {
                Some(role_form(r.trim()))
                    .filter(|k| !k.is_empty())
                    .ok_or(bad("roles: empty name"))
            })
            .collect::<crate::Result<FxSet<String>>>()?;
        let extra_disposable = domains(self.disposable, "disposable_domains: not a domain")?;
        let extra_allow = domains(self.allow, "not_disposable: not a domain")?;
        let index = if self.targets.is_empty() {
            default_index()
        } else {
            let base = lists()
                .providers
                .iter()
                .filter(|p| p.suggest)
                .map(|p| (p.domain.clone(), p.exclusive));
            let extra = self
                .targets
                .iter()
                .filter_map(|d| normalize_domain(d))
                .map(|d| (d, false));
            let all: Vec<(String, bool)> = base.chain(extra).collect();
            Arc::new(SuggestIndex::new(all.iter().map(|(d, x)| (d.as_str(), *x))))
        };
        Ok(EmailCleaner {
            inner: Arc::new(Inner {
                rules: self.rules,
                suggestions: self.suggestions,
                default_domain,
                lists: lists(),
                index,
                extra_free,
                extra_roles,
                extra_disposable,
                extra_allow,
                extra_known,
            }),
        })
    }
}

/// Cleans one raw CRM field with the default [`EmailCleaner`]; `default_domain` completes a bare
/// local part.
///
/// # Examples
///
/// ```
/// use contactkit::email::{CleanFix, clean};
/// let r = clean(" Jan de Vries <mailto:Jan.de.Vries+crm@GoogleMail.com>; piet@example.nl ", None);
/// let email = r.email.as_ref().unwrap();
/// assert!(email.valid);
/// assert_eq!(email.normalized.as_deref(), Some("Jan.de.Vries+crm@googlemail.com"));
/// assert_eq!(r.display_name.as_deref(), Some("Jan de Vries"));
/// assert_eq!(r.others.len(), 1);
/// assert_eq!(r.dedup_key.as_deref(), Some("jandevries@gmail.com"));
/// assert!(r.is_free_provider);
/// assert!(r.fixes.contains(&CleanFix::SplitMultiple));
///
/// let r = clean("jan@gmial.com", None);
/// assert_eq!(r.suggestion.as_deref(), Some("jan@gmail.com"));
///
/// let r = clean("boekhouding", Some("acme.nl"));
/// assert_eq!(r.email.unwrap().normalized.as_deref(), Some("boekhouding@acme.nl"));
/// assert!(r.is_role);
/// assert_eq!(r.fixes, [CleanFix::AddedDefaultDomain]);
/// ```
pub fn clean(raw: &str, default_domain: Option<&str>) -> EmailCleaned {
    EmailCleaner::shared().clean_with_domain(raw, default_domain)
}

/// Cleans every field of `raws`; element `i` equals `clean(raws[i], default_domain)`.
pub fn clean_many<S: AsRef<str>>(raws: &[S], default_domain: Option<&str>) -> Vec<EmailCleaned> {
    let c = EmailCleaner::shared();
    raws.iter()
        .map(|r| c.clean_with_domain(r.as_ref(), default_domain))
        .collect()
}

/// The versions of the lists compiled in, for reports (`summary.json`):
/// `disposable=<release date>;providers=<n>;roles=<n>;psl=<psl crate version>;provider_rules=<n>`.
///
/// ```
/// let v = contactkit::email::lists_version();
/// assert!(v.starts_with("disposable=") && v.contains(";psl="));
/// ```
pub fn lists_version() -> &'static str {
    LISTS_VERSION
}

const LISTS_VERSION: &str = {
    // `concat!` needs literals; keep these in step with the constants in `lists.rs` and
    // `ProviderRules::VERSION` (a test checks).
    "disposable=2026-11-09;providers=1;roles=1;psl=2.1.247;provider_rules=1"
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_version_in_step() {
        let want = format!(
            "disposable={};providers={};roles={};psl={};provider_rules={}",
            lists::DISPOSABLE_VERSION,
            lists::PROVIDERS_VERSION,
            lists::ROLES_VERSION,
            lists::PSL_VERSION,
            super::super::ProviderRules::VERSION
        );
        assert_eq!(lists_version(), want);
    }

    #[test]
    fn fix_slugs_unique_and_bits_fit() {
        assert!(CleanFix::ALL.len() <= 32);
        for (i, f) in CleanFix::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i, "ALL order must follow declaration order");
            assert_eq!(CleanFix::from_code(f.code()), Some(*f));
        }
    }

    #[test]
    fn registrable_domains() {
        assert_eq!(
            registrable("mail.acme.co.uk", "mail.acme.co.uk").as_deref(),
            Some("acme.co.uk")
        );
        assert_eq!(
            registrable("post.xn--mnchen-3ya.de", "post.münchen.de").as_deref(),
            Some("münchen.de")
        );
        assert_eq!(registrable("acme.con", "acme.con"), None);
        assert_eq!(registrable("co.uk", "co.uk"), None);
    }

    #[test]
    fn builder_rejects_bad_entries() {
        assert!(
            EmailCleaner::builder()
                .free_providers([""])
                .build()
                .is_err()
        );
        assert!(EmailCleaner::builder().roles(["  "]).build().is_err());
        assert!(EmailCleaner::builder().default_domain("@").build().is_err());
        assert!(
            EmailCleaner::builder()
                .not_disposable(["nodot"])
                .build()
                .is_err()
        );
        let e = EmailCleaner::builder()
            .free_providers(["a<b.nl"])
            .build()
            .unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::InvalidArgument);
    }

    #[test]
    fn builder_extends_lists() {
        let c = EmailCleaner::builder()
            .free_providers(["Mijnmail.NL."])
            .suggestion_targets(["bakkerij-jansen.nl"])
            .roles(["Inkoop-Team"])
            .disposable_domains(["tempbox.example"])
            .not_disposable(["mailinator.com"])
            .guard_domains(["gmial.com"])
            .build()
            .unwrap();
        assert!(c.clean("jan@mijnmail.nl").is_free_provider);
        assert!(!c.clean("jan@mijnmail.nl").is_disposable);
        assert_eq!(
            c.clean("jan@bakkerij-jansne.nl").suggestion.as_deref(),
            Some("jan@bakkerij-jansen.nl")
        );
        // The compiled-in targets still win.
        assert_eq!(
            c.clean("jan@hotmial.nl").suggestion.as_deref(),
            Some("jan@hotmail.nl")
        );
        assert!(c.clean("inkoop.team@acme.nl").is_role);
        assert!(c.clean("info@acme.nl").is_role);
        assert!(c.clean("jan@tempbox.example").is_disposable);
        assert!(c.clean("jan@x.tempbox.example").is_disposable);
        assert!(!c.clean("jan@mailinator.com").is_disposable);
        assert_eq!(c.clean("jan@gmial.com").suggestion, None);
        // The default cleaner is unchanged.
        let d = EmailCleaner::new();
        assert!(!d.clean("jan@mijnmail.nl").is_free_provider);
        assert!(d.clean("jan@mailinator.com").is_disposable);
        assert_eq!(
            d.clean("jan@gmial.com").suggestion.as_deref(),
            Some("jan@gmail.com")
        );
    }

    #[test]
    fn builder_switches_steps() {
        let no_split = EmailCleaner::builder()
            .step(CleanFix::SplitMultiple, false)
            .build()
            .unwrap();
        let r = no_split.clean("a@example.nl, b@example.org");
        assert!(r.others.is_empty());
        assert!(!r.email.unwrap().valid);
        let no_trim = EmailCleaner::builder()
            .step(CleanFix::Trimmed, false)
            .build()
            .unwrap();
        let r = no_trim.clean(" jan@example.nl");
        assert!(r.fixes.is_empty());
        assert!(!r.email.unwrap().valid);
        let quiet = EmailCleaner::builder().suggestions(false).build().unwrap();
        assert_eq!(quiet.clean("jan@gmial.com").suggestion, None);
        let no_dd = EmailCleaner::builder()
            .default_domain("acme.nl")
            .step(CleanFix::AddedDefaultDomain, false)
            .build()
            .unwrap();
        assert!(no_dd.clean("jan").email.is_none());
    }

    #[test]
    fn default_domain_configured_and_overridden() {
        let c = EmailCleaner::builder()
            .default_domain("@Acme.NL.")
            .build()
            .unwrap();
        let norm = |r: EmailCleaned| r.email.and_then(|e| e.normalized);
        assert_eq!(norm(c.clean("jan")).as_deref(), Some("jan@acme.nl"));
        assert_eq!(
            norm(c.clean_with_domain("jan", Some("other.nl"))).as_deref(),
            Some("jan@other.nl")
        );
        assert_eq!(
            norm(clean("jan", Some("  @x.nl  "))).as_deref(),
            Some("jan@x.nl")
        );
        assert_eq!(clean("jan", Some("")).email, None);
    }

    #[test]
    fn shared_between_threads() {
        let c = EmailCleaner::builder().roles(["team"]).build().unwrap();
        let inputs = [
            "jan@gmial.com",
            "team@acme.nl",
            "Jan <jan@x.nl>; piet@y.nl",
            "n/a",
        ];
        let want: Vec<EmailCleaned> = inputs.iter().map(|i| c.clean(i)).collect();
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..50 {
                        let got: Vec<EmailCleaned> = inputs.iter().map(|i| c.clean(i)).collect();
                        assert_eq!(got, want);
                    }
                });
            }
        });
    }

    #[test]
    fn display_name_only_on_valid_results() {
        let r = clean("Jan <jan@example>", None);
        assert_eq!(r.display_name.as_deref(), Some("Jan"));
        assert_eq!(r.email.unwrap().display_name, None);
        let r = clean("Jan <jan@example.nl>, Piet <piet@example.org>", None);
        assert_eq!(r.others[0].display_name.as_deref(), Some("Piet"));
    }

    #[test]
    fn helpers_normalise_their_input() {
        let c = EmailCleaner::new();
        assert!(c.is_free_provider(" @GMAIL.com. "));
        assert!(c.is_disposable("MAILINATOR.COM"));
        assert!(!c.is_disposable(""));
        assert_eq!(c.suggest_domain("Gmial.Com").as_deref(), Some("gmail.com"));
        assert_eq!(c.suggest_domain("a<b"), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// No input panics; a valid main address cleans to itself with no fixes.
        #[test]
        fn clean_is_total_and_stable(
            raw in "[ a-zA-Z0-9@.<>\"',;:()\\[\\]/+_\u{a0}\u{200b}\u{ff20}é-]{0,40}",
            dd in proptest::option::of("[a-z]{1,6}\\.nl"),
        ) {
            let r = clean(&raw, dd.as_deref());
            proptest::prop_assert!(r.others.len() <= MAX_OTHERS);
            if let Some(e) = r.email.as_ref().filter(|e| e.valid) {
                let n = e.normalized.clone().unwrap();
                let again = clean(&n, None);
                let e2 = again.email.as_ref().unwrap();
                proptest::prop_assert!(e2.valid, "{n:?}");
                proptest::prop_assert_eq!(e2.normalized.as_ref(), Some(&n));
                proptest::prop_assert!(again.fixes.is_empty(), "{:?} {:?}", n, again.fixes);
                proptest::prop_assert_eq!(&again.dedup_key, &r.dedup_key);
                proptest::prop_assert_eq!(r.dedup_key.clone(), dedup_key(&n));
            }
        }

        #[test]
        fn clean_never_panics_on_any_string(raw in ".{0,60}") {
            let r = clean(&raw, Some("example.nl"));
            proptest::prop_assert!(r.others.len() <= MAX_OTHERS);
        }
    }

    #[test]
    fn default_cleaner_is_shared() {
        let a = EmailCleaner::new();
        let b = EmailCleaner::default();
        assert!(Arc::ptr_eq(&a.inner, &b.inner));
        assert!(format!("{a:?}").contains("EmailCleaner"));
    }
}
