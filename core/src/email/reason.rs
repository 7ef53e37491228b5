//! Why an e-mail address is not valid: stable slugs.

/// Why [`validate`](super::validate) rejected an address. Slugs (`code()`) never change once
/// released; new reasons may be added (`#[non_exhaustive]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(into = "&'static str")
)]
#[non_exhaustive]
#[repr(u32)]
pub enum EmailReason {
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

impl EmailReason {
    /// Every reason, in a stable order.
    pub const ALL: &'static [EmailReason] = &[
        EmailReason::MissingAt,
        EmailReason::FullwidthAt,
        EmailReason::SmallAt,
        EmailReason::EmptyLocal,
        EmailReason::EmptyDomain,
        EmailReason::LocalTooLong,
        EmailReason::LocalInvalidChars,
        EmailReason::Smtputf8NotAllowed,
        EmailReason::QuotedLocalNotAllowed,
        EmailReason::QuotedLocalInvalid,
        EmailReason::UnsafeChars,
        EmailReason::LeadingDot,
        EmailReason::TrailingDot,
        EmailReason::DoubleDot,
        EmailReason::LeadingHyphen,
        EmailReason::TrailingHyphen,
        EmailReason::DotHyphen,
        EmailReason::DomainInvalidChars,
        EmailReason::DomainReservedHyphens,
        EmailReason::DomainInvalidIdna,
        EmailReason::DomainTooLong,
        EmailReason::LabelTooLong,
        EmailReason::DomainNoDot,
        EmailReason::DomainInvalidTld,
        EmailReason::DomainSpecialUse,
        EmailReason::TooLong,
        EmailReason::DomainLiteralNotAllowed,
        EmailReason::DomainLiteralInvalid,
        EmailReason::DisplayNameNotAllowed,
        EmailReason::DisplayNameInvalid,
        EmailReason::TextAfterAddress,
    ];

    /// The stable lower-case slug (`"missing_at"`).
    pub const fn code(self) -> &'static str {
        match self {
            EmailReason::MissingAt => "missing_at",
            EmailReason::FullwidthAt => "fullwidth_at",
            EmailReason::SmallAt => "small_at",
            EmailReason::EmptyLocal => "empty_local",
            EmailReason::EmptyDomain => "empty_domain",
            EmailReason::LocalTooLong => "local_too_long",
            EmailReason::LocalInvalidChars => "local_invalid_chars",
            EmailReason::Smtputf8NotAllowed => "smtputf8_not_allowed",
            EmailReason::QuotedLocalNotAllowed => "quoted_local_not_allowed",
            EmailReason::QuotedLocalInvalid => "quoted_local_invalid",
            EmailReason::UnsafeChars => "unsafe_chars",
            EmailReason::LeadingDot => "leading_dot",
            EmailReason::TrailingDot => "trailing_dot",
            EmailReason::DoubleDot => "double_dot",
            EmailReason::LeadingHyphen => "leading_hyphen",
            EmailReason::TrailingHyphen => "trailing_hyphen",
            EmailReason::DotHyphen => "dot_hyphen",
            EmailReason::DomainInvalidChars => "domain_invalid_chars",
            EmailReason::DomainReservedHyphens => "domain_reserved_hyphens",
            EmailReason::DomainInvalidIdna => "domain_invalid_idna",
            EmailReason::DomainTooLong => "domain_too_long",
            EmailReason::LabelTooLong => "label_too_long",
            EmailReason::DomainNoDot => "domain_no_dot",
            EmailReason::DomainInvalidTld => "domain_invalid_tld",
            EmailReason::DomainSpecialUse => "domain_special_use",
            EmailReason::TooLong => "too_long",
            EmailReason::DomainLiteralNotAllowed => "domain_literal_not_allowed",
            EmailReason::DomainLiteralInvalid => "domain_literal_invalid",
            EmailReason::DisplayNameNotAllowed => "display_name_not_allowed",
            EmailReason::DisplayNameInvalid => "display_name_invalid",
            EmailReason::TextAfterAddress => "text_after_address",
        }
    }

    /// The reason with slug `code`, if there is one.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|r| r.code() == code)
    }
}

impl From<EmailReason> for &'static str {
    fn from(r: EmailReason) -> Self {
        r.code()
    }
}

impl std::fmt::Display for EmailReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
