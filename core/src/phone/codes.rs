//! The phone verdicts and categories, with stable slugs.

use crate::slug::slug_enum;

slug_enum! {
    /// Why a number could not be parsed: libphonenumber's `NumberParseException` error types.
    ///
    /// ```
    /// use contactkit::phone::PhoneError;
    /// assert_eq!(PhoneError::TooShortNsn.code(), "too_short_nsn");
    /// ```
    pub enum PhoneError {
        /// No `+` or international prefix and no usable default region, or an unknown country
        /// calling code (`INVALID_COUNTRY_CODE`).
        InvalidCountryCode = 1 => "invalid_country_code",
        /// The text does not look like a phone number (`NOT_A_NUMBER`).
        NotANumber = 2 => "not_a_number",
        /// An international prefix with too few digits after it (`TOO_SHORT_AFTER_IDD`).
        TooShortAfterIdd = 3 => "too_short_after_idd",
        /// The national significant number is too short (`TOO_SHORT_NSN`).
        TooShortNsn = 4 => "too_short_nsn",
        /// The number is too long to be a phone number (`TOO_LONG`).
        TooLong = 5 => "too_long",
    }
}

slug_enum! {
    /// The outcome of libphonenumber's `is_possible_number_with_reason` (length only).
    ///
    /// ```
    /// use contactkit::phone::PossibleReason;
    /// assert!(PossibleReason::IsPossibleLocalOnly.is_possible());
    /// assert!(!PossibleReason::TooShort.is_possible());
    /// ```
    pub enum PossibleReason {
        /// The length is possible for the number's region.
        IsPossible = 1 => "is_possible",
        /// Possible only when dialled locally (without the area code).
        IsPossibleLocalOnly = 2 => "is_possible_local_only",
        /// The country calling code is not known.
        InvalidCountryCode = 3 => "invalid_country_code",
        /// Shorter than every possible length.
        TooShort = 4 => "too_short",
        /// Between the shortest and the longest length, but no length of the region.
        InvalidLength = 5 => "invalid_length",
        /// Longer than every possible length.
        TooLong = 6 => "too_long",
    }
}

impl PossibleReason {
    /// Whether this reason counts as possible (`is_possible` or `is_possible_local_only`), as
    /// libphonenumber's `is_possible_number`.
    pub const fn is_possible(self) -> bool {
        matches!(
            self,
            PossibleReason::IsPossible | PossibleReason::IsPossibleLocalOnly
        )
    }
}

slug_enum! {
    /// libphonenumber's `PhoneNumberType`.
    ///
    /// ```
    /// use contactkit::phone::NumberType;
    /// assert_eq!(NumberType::FixedLineOrMobile.code(), "fixed_line_or_mobile");
    /// ```
    pub enum NumberType {
        /// A fixed line.
        FixedLine = 1 => "fixed_line",
        /// A mobile number.
        Mobile = 2 => "mobile",
        /// Fixed line or mobile: the plan does not tell them apart (the +1 plan).
        FixedLineOrMobile = 3 => "fixed_line_or_mobile",
        /// Free for the caller.
        TollFree = 4 => "toll_free",
        /// Premium rate.
        PremiumRate = 5 => "premium_rate",
        /// Cost shared between caller and recipient.
        SharedCost = 6 => "shared_cost",
        /// Voice over IP.
        Voip = 7 => "voip",
        /// A personal number that follows its owner.
        PersonalNumber = 8 => "personal_number",
        /// A pager.
        Pager = 9 => "pager",
        /// Universal access number (a company's single number).
        Uan = 10 => "uan",
        /// Voicemail access.
        Voicemail = 11 => "voicemail",
        /// No range of the metadata matches.
        Unknown = 12 => "unknown",
    }
}

impl NumberType {
    /// Whether a number of this type can receive SMS in the usual sense (`mobile` and
    /// `fixed_line_or_mobile`): the "mobile only" filter for SMS consent.
    pub const fn may_be_mobile(self) -> bool {
        matches!(self, NumberType::Mobile | NumberType::FixedLineOrMobile)
    }
}

slug_enum! {
    /// How closely two numbers match: libphonenumber's `is_number_match` levels, strongest
    /// first, for duplicate scoring.
    ///
    /// ```
    /// use contactkit::phone::{self, MatchLevel};
    /// assert_eq!(phone::match_numbers("+31 20 123 4567", "020-1234567", None), MatchLevel::Nsn);
    /// ```
    pub enum MatchLevel {
        /// Same country code, national number, extension and leading zeros.
        Exact = 1 => "exact",
        /// Same national number; one of them had no country code.
        Nsn = 2 => "nsn",
        /// One national number is a suffix of the other, or only the extension or an Italian
        /// leading zero differs on one side.
        ShortNsn = 3 => "short_nsn",
        /// Different numbers.
        None = 4 => "none",
        /// One of the inputs is not a phone number.
        NotANumber = 5 => "not_a_number",
    }
}

slug_enum! {
    /// The four libphonenumber formats.
    ///
    /// ```
    /// use contactkit::phone::PhoneFormat;
    /// assert_eq!(PhoneFormat::Rfc3966.code(), "rfc3966");
    /// ```
    pub enum PhoneFormat {
        /// `+31201234567` (the extension is dropped).
        E164 = 1 => "e164",
        /// `+31 20 123 4567`.
        International = 2 => "international",
        /// `020 123 4567`.
        National = 3 => "national",
        /// `tel:+31-20-123-4567`.
        Rfc3966 = 4 => "rfc3966",
    }
}

slug_enum! {
    /// What [`clean`](super::clean) did to the raw value.
    ///
    /// ```
    /// use contactkit::phone::PhoneFix;
    /// assert_eq!(PhoneFix::LabelRemoved.code(), "label_removed");
    /// ```
    pub enum PhoneFix {
        /// White space, bidi marks or zero-width characters removed at the ends.
        Trimmed = 1 => "trimmed",
        /// Invisible characters (bidi marks, zero-width characters, soft hyphens) removed inside.
        RemovedInvisible = 2 => "removed_invisible",
        /// Unicode digits (full-width, Arabic-Indic, ...), dashes or spaces rewritten as ASCII.
        NormalizedUnicode = 3 => "normalized_unicode",
        /// The field held several numbers: the first is `phone`, the rest `others`.
        SplitMultiple = 4 => "split_multiple",
        /// A label (`Tel:`, `GSM`, `(Fax)`) removed; it is kept in `label`.
        LabelRemoved = 5 => "label_removed",
        /// An extension in local words (`toestel`, `Durchwahl`, `poste`) rewritten as `ext.`.
        ExtensionRewritten = 6 => "extension_rewritten",
        /// The region was given as an alias (`uk`, `Nederland`) and mapped to its code.
        RegionAlias = 7 => "region_alias",
        /// No region was given; it was taken from the record (the address country).
        RegionInferred = 8 => "region_inferred",
        /// Text without a digit (a remark between numbers), or text beyond the length limit,
        /// was dropped.
        RemovedText = 9 => "removed_text",
    }
}

slug_enum! {
    /// What a label in a CRM field said about the number.
    ///
    /// ```
    /// use contactkit::phone::PhoneLabel;
    /// assert_eq!(PhoneLabel::Fax.code(), "fax");
    /// ```
    pub enum PhoneLabel {
        /// A general phone label (`Tel:`, `Telefoon`, `Phone`).
        Phone = 1 => "phone",
        /// A mobile label (`GSM`, `mob.`, `Mobiel`, `Handy`, `portable`).
        Mobile = 2 => "mobile",
        /// A fax number (`Fax`, `(Fax)`, `Telefax`): not a number to call.
        Fax = 3 => "fax",
        /// A home number (`Privé`, `Thuis`, `Home`, `Domicile`).
        Home = 4 => "home",
        /// A work number (`Werk`, `Zakelijk`, `Work`, `Büro`, `Bureau`).
        Work = 5 => "work",
        /// A pager.
        Pager = 6 => "pager",
    }
}
