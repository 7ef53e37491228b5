//! Reason enums per area and `contactkit_reason_slug`.

use std::ffi::{CStr, CString, c_char};
use std::sync::OnceLock;

use ck::address::AddressWarning;
use ck::dedupe::{Field, Level, Relation};
use ck::email::{CleanFix, EmailReason};
use ck::suppression::{Channel, DecisionStatus, SuppressionReason};

use crate::status::contactkit_status;

/// An area with its own list of codes, for `contactkit_reason_slug()`.
///
/// Values are never renumbered or reused; new areas (phone, address, ...) get new values.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_reason_area {
    /// E-mail verdicts: `contactkit_email_reason` values.
    Email = 1,
    /// E-mail cleaning steps: `contactkit_email_fix` values.
    EmailFix = 2,
    /// Errors: `contactkit_status` values.
    Error = 3,
    /// Phone parse errors: `contactkit_phone_error` values.
    Phone = 10,
    /// Phone possibility reasons: `contactkit_phone_possible` values.
    PhonePossible = 11,
    /// Phone number types: `contactkit_phone_type` values.
    PhoneType = 12,
    /// Phone cleaning steps: `contactkit_phone_fix` values.
    PhoneFix = 13,
    /// Phone labels: `contactkit_phone_label` values.
    PhoneLabel = 14,
    /// Phone match levels: `contactkit_phone_match` values.
    PhoneMatch = 15,
    /// Suppression entry reasons: `contactkit_suppression_reason` values.
    Suppression = 40,
    /// Suppression channels: `contactkit_suppression_channel` bits.
    SuppressionChannel = 41,
    /// Suppression decision statuses: `contactkit_suppression_status` values.
    SuppressionStatus = 42,
    /// Why a suppression check was unverifiable: `contactkit_decision.reason_code` values when
    /// the status is `CONTACTKIT_SUPPRESSION_STATUS_UNVERIFIABLE`.
    SuppressionUnverifiable = 43,
    /// Why a suppression list file was refused: 1-based positions in this table.
    SuppressionFile = 44,
    /// Address warnings: `contactkit_address_warning` values.
    Address = 20,
    /// Duplicate relations: `contactkit_dedupe_relation` values.
    Dedupe = 30,
    /// Fields of a duplicate-score explanation: code = position in the core's `Field::ALL` + 1.
    DedupeField = 31,
    /// Levels of a duplicate-score explanation: code = position in the core's `Level::ALL` + 1.
    DedupeLevel = 32,
}

/// What `contactkit_address_parse()` noticed about an address (bit `1 << (value - 1)` of
/// `contactkit_address.warnings`). The values equal the core's codes; slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_ADDRESS, value)`. Never renumbered.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_address_warning {
    /// No warning.
    None = 0,
    /// The country was inferred from the postcode shape or the city.
    CountryGuessed = 1,
    /// The text names a country other than the hint; the text wins.
    CountryConflict = 2,
    /// The country could not be determined.
    CountryUnknown = 3,
    /// A postcode-like value that does not match the country's format.
    PostcodeInvalid = 4,
    /// A suffix or unit that can be read more than one way.
    SuffixAmbiguous = 5,
    /// Phone numbers, e-mail addresses, URLs or remarks were removed.
    NoiseRemoved = 6,
    /// Part of the text could not be assigned and was left out.
    UnparsedText = 7,
    /// The input is too long or has too many parts; not parsed.
    TooLong = 8,
}

/// How two records relate (`contactkit_dedupe_score_pair()`); slugs through
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_DEDUPE, value)`. Values are never renumbered.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_dedupe_relation {
    /// No relation (not scored).
    None = 0,
    /// The same person: a duplicate.
    SamePerson = 1,
    /// Different people in one household.
    SameHousehold = 2,
    /// Different people at one organisation.
    SameOrganisation = 3,
    /// Unrelated.
    Different = 4,
}

impl contactkit_dedupe_relation {
    pub(crate) fn from_core(r: Relation) -> Self {
        match r {
            Relation::SamePerson => Self::SamePerson,
            Relation::SameHousehold => Self::SameHousehold,
            Relation::SameOrganisation => Self::SameOrganisation,
            Relation::Different => Self::Different,
            _ => Self::None,
        }
    }
}

/// Why `contactkit_email_validate()` rejected an address. 0 (`CONTACTKIT_EMAIL_REASON_NONE`)
/// means valid (or not validated). The values equal the core's codes and the slugs
/// (`contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL, reason)`) the core's slugs, such as
/// `"missing_at"`. Values are never renumbered; new reasons may be added.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_email_reason {
    /// No reason: the address is valid.
    None = 0,
    /// No `@` outside quotes.
    MissingAt = 1,
    /// A full-width at-sign (U+FF20) instead of `@`.
    FullwidthAt = 2,
    /// A small commercial at (U+FE6B) instead of `@`.
    SmallAt = 3,
    /// Nothing before the `@`.
    EmptyLocal = 4,
    /// Nothing after the `@`.
    EmptyDomain = 5,
    /// The local part is longer than 64 octets (only with `strict`).
    LocalTooLong = 6,
    /// The local part has characters not allowed unquoted.
    LocalInvalidChars = 7,
    /// A non-ASCII local part while `allow_smtputf8` is off.
    Smtputf8NotAllowed = 8,
    /// A quoted local part while `allow_quoted_local` is off.
    QuotedLocalNotAllowed = 9,
    /// Invalid characters inside quotes, or text after the closing quote.
    QuotedLocalInvalid = 10,
    /// Control, format, private-use, unassigned or other unsafe characters.
    UnsafeChars = 11,
    /// The local part or domain starts with a period.
    LeadingDot = 12,
    /// The local part or domain ends with a period.
    TrailingDot = 13,
    /// Two periods in a row.
    DoubleDot = 14,
    /// A domain label starts with a hyphen.
    LeadingHyphen = 15,
    /// A domain label ends with a hyphen.
    TrailingHyphen = 16,
    /// A period and a hyphen next to each other in the domain.
    DotHyphen = 17,
    /// The domain has characters that are not allowed (also after normalisation).
    DomainInvalidChars = 18,
    /// Two letters followed by two hyphens at the start of a label, other than `xn--`.
    DomainReservedHyphens = 19,
    /// The domain is not valid IDNA.
    DomainInvalidIdna = 20,
    /// The domain is too long.
    DomainTooLong = 21,
    /// A domain label is longer than 63 octets.
    LabelTooLong = 22,
    /// The domain has no period (with `globally_deliverable`).
    DomainNoDot = 23,
    /// The domain is not within a valid top-level domain (with `globally_deliverable`).
    DomainInvalidTld = 24,
    /// The domain is a special-use or reserved name (`localhost`, `.test`, `.onion`, ...).
    DomainSpecialUse = 25,
    /// The whole address is longer than 254 octets.
    TooLong = 26,
    /// A domain literal while `allow_domain_literal` is off.
    DomainLiteralNotAllowed = 27,
    /// A domain literal that is not a valid IPv4 or IPv6 address.
    DomainLiteralInvalid = 28,
    /// A display name while `allow_display_name` is off.
    DisplayNameNotAllowed = 29,
    /// A display name with invalid syntax, or unbalanced angle brackets.
    DisplayNameInvalid = 30,
    /// Text after the closing angle bracket.
    TextAfterAddress = 31,
}

impl contactkit_email_reason {
    /// The C value for a reason of the core. The tests walk [`EmailReason::ALL`] and check that
    /// each maps to the value equal to the core's code, so the fallback arm (a reason added to
    /// the core but not yet here) cannot ship unnoticed.
    pub(crate) fn from_core(reason: EmailReason) -> Self {
        match reason {
            EmailReason::MissingAt => Self::MissingAt,
            EmailReason::FullwidthAt => Self::FullwidthAt,
            EmailReason::SmallAt => Self::SmallAt,
            EmailReason::EmptyLocal => Self::EmptyLocal,
            EmailReason::EmptyDomain => Self::EmptyDomain,
            EmailReason::LocalTooLong => Self::LocalTooLong,
            EmailReason::LocalInvalidChars => Self::LocalInvalidChars,
            EmailReason::Smtputf8NotAllowed => Self::Smtputf8NotAllowed,
            EmailReason::QuotedLocalNotAllowed => Self::QuotedLocalNotAllowed,
            EmailReason::QuotedLocalInvalid => Self::QuotedLocalInvalid,
            EmailReason::UnsafeChars => Self::UnsafeChars,
            EmailReason::LeadingDot => Self::LeadingDot,
            EmailReason::TrailingDot => Self::TrailingDot,
            EmailReason::DoubleDot => Self::DoubleDot,
            EmailReason::LeadingHyphen => Self::LeadingHyphen,
            EmailReason::TrailingHyphen => Self::TrailingHyphen,
            EmailReason::DotHyphen => Self::DotHyphen,
            EmailReason::DomainInvalidChars => Self::DomainInvalidChars,
            EmailReason::DomainReservedHyphens => Self::DomainReservedHyphens,
            EmailReason::DomainInvalidIdna => Self::DomainInvalidIdna,
            EmailReason::DomainTooLong => Self::DomainTooLong,
            EmailReason::LabelTooLong => Self::LabelTooLong,
            EmailReason::DomainNoDot => Self::DomainNoDot,
            EmailReason::DomainInvalidTld => Self::DomainInvalidTld,
            EmailReason::DomainSpecialUse => Self::DomainSpecialUse,
            EmailReason::TooLong => Self::TooLong,
            EmailReason::DomainLiteralNotAllowed => Self::DomainLiteralNotAllowed,
            EmailReason::DomainLiteralInvalid => Self::DomainLiteralInvalid,
            EmailReason::DisplayNameNotAllowed => Self::DisplayNameNotAllowed,
            EmailReason::DisplayNameInvalid => Self::DisplayNameInvalid,
            EmailReason::TextAfterAddress => Self::TextAfterAddress,
            _ => Self::None,
        }
    }
}

/// What `contactkit_email_clean()` did to the raw value, as a code; the clean call itself
/// reports fixes as slugs in its JSON, and `contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL_FIX,
/// fix)` gives the slug of each value. 0 is "none". Values are never renumbered; new fixes may
/// be added.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_email_fix {
    /// No fix.
    None = 0,
    /// White space (including NBSP, ZWSP, BOM, soft hyphen) removed at either end.
    Trimmed = 1,
    /// Invisible characters (soft hyphen, ZWSP, BOM, word joiner, LRM, RLM) removed inside.
    RemovedInvisible = 2,
    /// A `mailto:` prefix (and any `?query` after the address) removed.
    UnwrappedMailto = 3,
    /// Brackets around the value (`<…>`, `(…)`, `[…]`, `{…}`) removed.
    UnwrappedBrackets = 4,
    /// Quotes around the whole value removed.
    UnwrappedQuotes = 5,
    /// Separator punctuation (`,` `;` `.` `:`) removed at the ends.
    StrippedPunctuation = 6,
    /// A label such as `E-mail:` removed in front of the address.
    RemovedLabel = 7,
    /// A comment in parentheses removed at either end.
    RemovedComment = 8,
    /// A display name removed (`Jan <jan@x.nl>`); it is kept in `display_name`.
    RemovedDisplayName = 9,
    /// A full-width, small or spelled-out at-sign (and spelled-out dots) repaired.
    FixedAtSign = 10,
    /// White space next to `@` or `.` removed.
    RemovedInnerSpace = 11,
    /// The field held several addresses: the first is `email`, the rest `others`.
    SplitMultiple = 12,
    /// The field held more than `MAX_OTHERS` (32) further addresses; the rest were dropped.
    TruncatedOthers = 13,
    /// Text that is not an address was dropped from between or around addresses.
    RemovedText = 14,
    /// A bare local part was completed with the default domain.
    AddedDefaultDomain = 15,
}

impl contactkit_email_fix {
    /// The C value for a fix of the core (see [`contactkit_email_reason::from_core`] for the
    /// fallback arm).
    pub(crate) fn from_core(fix: CleanFix) -> Self {
        match fix {
            CleanFix::Trimmed => Self::Trimmed,
            CleanFix::RemovedInvisible => Self::RemovedInvisible,
            CleanFix::UnwrappedMailto => Self::UnwrappedMailto,
            CleanFix::UnwrappedBrackets => Self::UnwrappedBrackets,
            CleanFix::UnwrappedQuotes => Self::UnwrappedQuotes,
            CleanFix::StrippedPunctuation => Self::StrippedPunctuation,
            CleanFix::RemovedLabel => Self::RemovedLabel,
            CleanFix::RemovedComment => Self::RemovedComment,
            CleanFix::RemovedDisplayName => Self::RemovedDisplayName,
            CleanFix::FixedAtSign => Self::FixedAtSign,
            CleanFix::RemovedInnerSpace => Self::RemovedInnerSpace,
            CleanFix::SplitMultiple => Self::SplitMultiple,
            CleanFix::TruncatedOthers => Self::TruncatedOthers,
            CleanFix::RemovedText => Self::RemovedText,
            CleanFix::AddedDefaultDomain => Self::AddedDefaultDomain,
            _ => Self::None,
        }
    }
}

/// One area's slugs: `(C value, NUL-terminated slug)`.
type SlugTable = Vec<(u32, CString)>;

fn c(slug: &str) -> CString {
    CString::new(slug).expect("slugs are snake_case ASCII")
}

/// `(C value, slug)` of each item, from the item's C value and slug.
fn table<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> u32,
    code: impl Fn(T) -> &'static str,
) -> SlugTable {
    all.iter().map(|&t| (value(t), c(code(t)))).collect()
}

/// 1-based positions of `codes`.
fn numbered<'a>(codes: impl IntoIterator<Item = &'a str>) -> SlugTable {
    (1u32..).zip(codes).map(|(i, s)| (i, c(s))).collect()
}

/// The phone areas, with their core names.
const PHONE_AREAS: [(contactkit_reason_area, &str); 6] = [
    (contactkit_reason_area::Phone, "phone"),
    (contactkit_reason_area::PhonePossible, "phone_possible"),
    (contactkit_reason_area::PhoneType, "phone_type"),
    (contactkit_reason_area::PhoneFix, "phone_fix"),
    (contactkit_reason_area::PhoneLabel, "phone_label"),
    (contactkit_reason_area::PhoneMatch, "phone_match"),
];

/// NUL-terminated copies of the core's slugs per area (the error area aside), built once.
fn tables() -> &'static [(contactkit_reason_area, SlugTable)] {
    use contactkit_reason_area as A;
    static TABLES: OnceLock<Vec<(contactkit_reason_area, SlugTable)>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = vec![
            (
                A::Email,
                table(
                    EmailReason::ALL,
                    |r| contactkit_email_reason::from_core(r) as u32,
                    EmailReason::code,
                ),
            ),
            (
                A::EmailFix,
                table(
                    CleanFix::ALL,
                    |f| contactkit_email_fix::from_core(f) as u32,
                    CleanFix::code,
                ),
            ),
            (
                A::Suppression,
                table(
                    SuppressionReason::ALL,
                    |r| u32::from(r.byte()),
                    SuppressionReason::code,
                ),
            ),
            (
                A::SuppressionChannel,
                table(Channel::ALL, |r| u32::from(r.byte()), Channel::code),
            ),
            (
                A::SuppressionStatus,
                table(
                    DecisionStatus::ALL,
                    crate::suppression::status_code,
                    DecisionStatus::code,
                ),
            ),
            (
                A::SuppressionUnverifiable,
                numbered(ck::suppression::unverifiable_codes()),
            ),
            (
                A::SuppressionFile,
                numbered(ck::suppression::FILE_ERROR_CODES.iter().copied()),
            ),
            (
                A::Address,
                table(AddressWarning::ALL, |w| w as u32, AddressWarning::code),
            ),
            (
                A::Dedupe,
                table(
                    Relation::ALL,
                    |r| contactkit_dedupe_relation::from_core(r) as u32,
                    Relation::code,
                ),
            ),
            (
                A::DedupeField,
                numbered(Field::ALL.iter().map(|f| f.code())),
            ),
            (
                A::DedupeLevel,
                numbered(Level::ALL.iter().map(|l| l.code())),
            ),
        ];
        t.extend(PHONE_AREAS.map(|(area, name)| {
            let slugs = crate::phone::phone_slugs(name)
                .into_iter()
                .map(|(v, s)| (v, c(s)))
                .collect();
            (area, slugs)
        }));
        t
    })
}

/// The slug of `code` in `area`, if any.
pub(crate) fn slug(area: u32, code: u32) -> Option<&'static CStr> {
    if area == contactkit_reason_area::Error as u32 {
        return contactkit_status::from_code(code).and_then(contactkit_status::slug);
    }
    if code == 0 {
        return None;
    }
    let (_, table) = tables().iter().find(|(a, _)| *a as u32 == area)?;
    table
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, s)| s.as_c_str())
}

/// The stable slug of `code` in `area` (a `contactkit_reason_area` value), as a static
/// NUL-terminated string: `contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL,
/// CONTACTKIT_EMAIL_REASON_MISSING_AT)` is `"missing_at"`, the same slug as in Rust and Python.
///
/// Areas: `CONTACTKIT_REASON_AREA_EMAIL` (`contactkit_email_reason`),
/// `CONTACTKIT_REASON_AREA_EMAIL_FIX` (`contactkit_email_fix`), `CONTACTKIT_REASON_AREA_ERROR`
/// (`contactkit_status`: the core's error slugs such as `"unknown_option"`, plus the C layer's own
/// `"null_argument"`, `"buffer_too_small"`, `"invalid_handle"`, `"invalid_utf8"`, `"not_found"`,
/// `"panic"`), and the phone areas `CONTACTKIT_REASON_AREA_PHONE` (`contactkit_phone_error`),
/// `_PHONE_POSSIBLE` (`contactkit_phone_possible`), `_PHONE_TYPE` (`contactkit_phone_type`),
/// `_PHONE_FIX` (`contactkit_phone_fix`), `_PHONE_LABEL` (`contactkit_phone_label`) and
/// `_PHONE_MATCH` (`contactkit_phone_match`).
///
/// Returns NULL for an unknown area, an unknown code, and code 0 (none / OK). The string is owned
/// by the library and never freed. Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn contactkit_reason_slug(area: u32, code: u32) -> *const c_char {
    ffi_boundary!(default = std::ptr::null(); {
        slug(area, code).map_or(std::ptr::null(), CStr::as_ptr)
    })
}
