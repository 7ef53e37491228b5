//! Warnings attached to a parsed address: stable slugs.

/// Something the parser noticed about an address. Slugs (`code()`) never change once released;
/// new warnings may be added (`#[non_exhaustive]`). Warnings describe the *input*: two spellings
/// of one address differ only here when one of them needed a guess or a repair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(into = "&'static str")
)]
#[non_exhaustive]
#[repr(u32)]
pub enum AddressWarning {
    /// The country was inferred from the postcode shape or the city, not named or hinted.
    CountryGuessed = 1,
    /// The text names a country other than the caller's hint; the text wins.
    CountryConflict = 2,
    /// The country could not be determined.
    CountryUnknown = 3,
    /// A postcode-like value that does not match the country's postcode format.
    PostcodeInvalid = 4,
    /// A house-number suffix or unit that can be read more than one way (`12 2`).
    SuffixAmbiguous = 5,
    /// Phone numbers, e-mail addresses, URLs or remarks were removed from the text.
    NoiseRemoved = 6,
    /// Part of the text could not be assigned to any component and was left out.
    UnparsedText = 7,
    /// The input is longer than [`MAX_INPUT_BYTES`](super::MAX_INPUT_BYTES) bytes or has too
    /// many parts; it was not parsed.
    TooLong = 8,
}

impl AddressWarning {
    /// Every warning, in a stable order.
    pub const ALL: &'static [AddressWarning] = &[
        AddressWarning::CountryGuessed,
        AddressWarning::CountryConflict,
        AddressWarning::CountryUnknown,
        AddressWarning::PostcodeInvalid,
        AddressWarning::SuffixAmbiguous,
        AddressWarning::NoiseRemoved,
        AddressWarning::UnparsedText,
        AddressWarning::TooLong,
    ];

    /// The stable slug (`"country_guessed"`).
    pub const fn code(self) -> &'static str {
        match self {
            AddressWarning::CountryGuessed => "country_guessed",
            AddressWarning::CountryConflict => "country_conflict",
            AddressWarning::CountryUnknown => "country_unknown",
            AddressWarning::PostcodeInvalid => "postcode_invalid",
            AddressWarning::SuffixAmbiguous => "suffix_ambiguous",
            AddressWarning::NoiseRemoved => "noise_removed",
            AddressWarning::UnparsedText => "unparsed_text",
            AddressWarning::TooLong => "too_long",
        }
    }

    /// The warning with slug `code`, if there is one.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|r| r.code() == code)
    }
}

impl From<AddressWarning> for &'static str {
    fn from(w: AddressWarning) -> Self {
        w.code()
    }
}

impl std::fmt::Display for AddressWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
