//! The stable slugs of duplicate scoring: relations, compared fields and comparison levels.

use crate::slug::slug_enum;

slug_enum! {
    /// How two records relate.
    ///
    /// ```
    /// use contactkit::dedupe::Relation;
    /// assert_eq!(Relation::SameHousehold.code(), "same_household");
    /// ```
    pub enum Relation {
        /// The same person (or the same organisation record): a duplicate.
        SamePerson => "same_person",
        /// Different people at one address or private phone (family members).
        SameHousehold => "same_household",
        /// Different people at one organisation (colleagues: company, domain, switchboard).
        SameOrganisation => "same_organisation",
        /// Unrelated.
        Different => "different",
    }
}

slug_enum! {
    /// A compared field (the first element of an explanation step).
    pub enum Field {
        /// The prior odds of a match before any field (`prior`).
        Prior => "prior",
        /// Given names, initials and nicknames.
        GivenName => "given_name",
        /// Family name (core, particles, parts).
        FamilyName => "family_name",
        /// Date of birth.
        DateOfBirth => "date_of_birth",
        /// E-mail addresses (as a set).
        Email => "email",
        /// Phone numbers (as a set).
        Phone => "phone",
        /// Street and house number (the delivery point).
        Address => "address",
        /// Postcode.
        Postcode => "postcode",
        /// City.
        City => "city",
        /// Organisation name and registration numbers.
        Organisation => "organisation",
        /// The identity gate: shared household or organisation data with incompatible names.
        IdentityGate => "identity_gate",
    }
}

slug_enum! {
    /// A comparison level (the second element of an explanation step).
    pub enum Level {
        /// The prior (for [`Field::Prior`]).
        Prior => "prior",
        /// Exactly equal after normalisation.
        Exact => "exact",
        /// A known nickname, roepnaam or short form.
        Nickname => "nickname",
        /// Close spelling (Jaro-Winkler / OSA).
        Fuzzy => "fuzzy",
        /// Equal phonetic key only.
        Phonetic => "phonetic",
        /// Initials compatible with the other side's names (`J.P.` ~ `Jan Pieter`).
        Initials => "initials",
        /// Only the first initial agrees (`J.` ~ `Jan Pieter`).
        FirstInitial => "first_initial",
        /// The same core with a different or missing particle (`de Boer` ~ `Boer`).
        CoreMatch => "core_match",
        /// One part of a multi-part family name agrees (married or double names).
        PartMatch => "part_match",
        /// Given and family name swapped.
        Swapped => "swapped",
        /// Day and month swapped, or one digit off.
        Transposed => "transposed",
        /// Year of birth only.
        YearOnly => "year_only",
        /// A shared role mailbox (`info@`).
        Role => "role",
        /// The same local part at another domain.
        LocalPart => "local_part",
        /// The same organisation mail domain (not a free provider).
        Domain => "domain",
        /// A shared mobile number.
        Mobile => "mobile",
        /// A shared fixed line or switchboard.
        Landline => "landline",
        /// The same street and house number in another postcode and city.
        OtherLocality => "other_locality",
        /// The same street, another house number.
        SameStreet => "same_street",
        /// Postcodes one edit apart, or the same postcode area.
        Near => "near",
        /// A shared registration number (`KvK`, VAT, LEI).
        Registration => "registration",
        /// Registration numbers present on both sides and all different.
        RegistrationConflict => "registration_conflict",
        /// Present on both sides and different.
        Different => "different",
        /// Given names incompatible while household or organisation data agree.
        IncompatibleNames => "incompatible_names",
    }
}
