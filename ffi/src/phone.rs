//! Phone numbers: `parse`, `parse_many`, `clean`, `metadata_version`, and the phone code enums.

use ck::phone::{MatchLevel, NumberType, PhoneError, PhoneFix, PhoneLabel, PossibleReason};

/// Why `contactkit_phone_parse()` could not parse a number (libphonenumber's
/// `NumberParseException` types). 0 (`CONTACTKIT_PHONE_ERROR_NONE`) means it parsed. Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE, error)`. Values are never renumbered.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_error {
    /// Parsed.
    None = 0,
    /// `invalid_country_code`: no `+`/international prefix and no usable region, or an unknown
    /// country calling code.
    InvalidCountryCode = 1,
    /// `not_a_number`.
    NotANumber = 2,
    /// `too_short_after_idd`.
    TooShortAfterIdd = 3,
    /// `too_short_nsn`.
    TooShortNsn = 4,
    /// `too_long`.
    TooLong = 5,
}

/// libphonenumber's `is_possible_number_with_reason`. 0 means "not parsed". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_POSSIBLE, reason)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_possible {
    /// Not parsed.
    None = 0,
    /// `is_possible`.
    IsPossible = 1,
    /// `is_possible_local_only`.
    IsPossibleLocalOnly = 2,
    /// `invalid_country_code`.
    InvalidCountryCode = 3,
    /// `too_short`.
    TooShort = 4,
    /// `invalid_length`.
    InvalidLength = 5,
    /// `too_long`.
    TooLong = 6,
}

/// libphonenumber's number type. 0 means "not parsed". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_TYPE, type)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_type {
    /// Not parsed.
    None = 0,
    /// `fixed_line`.
    FixedLine = 1,
    /// `mobile`.
    Mobile = 2,
    /// `fixed_line_or_mobile`.
    FixedLineOrMobile = 3,
    /// `toll_free`.
    TollFree = 4,
    /// `premium_rate`.
    PremiumRate = 5,
    /// `shared_cost`.
    SharedCost = 6,
    /// `voip`.
    Voip = 7,
    /// `personal_number`.
    PersonalNumber = 8,
    /// `pager`.
    Pager = 9,
    /// `uan`.
    Uan = 10,
    /// `voicemail`.
    Voicemail = 11,
    /// `unknown`: no range of the metadata matches.
    Unknown = 12,
}

/// What `contactkit_phone_clean()` did (its JSON lists the slugs). 0 is "none". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_FIX, fix)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_fix {
    /// None.
    None = 0,
    /// `trimmed`.
    Trimmed = 1,
    /// `removed_invisible`.
    RemovedInvisible = 2,
    /// `normalized_unicode`.
    NormalizedUnicode = 3,
    /// `split_multiple`.
    SplitMultiple = 4,
    /// `label_removed`.
    LabelRemoved = 5,
    /// `extension_rewritten`.
    ExtensionRewritten = 6,
    /// `region_alias`.
    RegionAlias = 7,
    /// `region_inferred`.
    RegionInferred = 8,
    /// `removed_text`.
    RemovedText = 9,
}

/// What a label said about a number in `contactkit_phone_clean()`. 0 is "no label". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_LABEL, label)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_label {
    /// No label.
    None = 0,
    /// `phone`.
    Phone = 1,
    /// `mobile`.
    Mobile = 2,
    /// `fax`: not a number to call.
    Fax = 3,
    /// `home`.
    Home = 4,
    /// `work`.
    Work = 5,
    /// `pager`.
    Pager = 6,
}

/// libphonenumber's `is_number_match` levels. 0 is "none computed". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_MATCH, level)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_match {
    /// Not computed.
    NoneComputed = 0,
    /// `exact`.
    Exact = 1,
    /// `nsn`.
    Nsn = 2,
    /// `short_nsn`.
    ShortNsn = 3,
    /// `none`: different numbers.
    None = 4,
    /// `not_a_number`.
    NotANumber = 5,
}

/// `(C value, slug)` of every core value of a phone area; the C values equal the core's
/// `#[repr(u32)]` discriminants (checked by the tests against the header).
pub(crate) fn phone_slugs(area: &str) -> Vec<(u32, &'static str)> {
    match area {
        "phone" => PhoneError::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_possible" => PossibleReason::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_type" => NumberType::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_fix" => PhoneFix::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_label" => PhoneLabel::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_match" => MatchLevel::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        _ => Vec::new(),
    }
}
