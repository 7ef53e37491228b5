//! Every stable slug, per area, for bindings and documentation.
//!
//! ```
//! let email = contactkit::reasons::codes(contactkit::reasons::Area::Email);
//! assert!(email.contains(&"missing_at"));
//! assert_eq!(contactkit::reasons::Area::from_name("email"), Some(contactkit::reasons::Area::Email));
//! ```

use crate::ErrorKind;
use crate::address::AddressWarning;
use crate::dedupe::{Field, Level, Relation};
use crate::email::{CleanFix, EmailReason};
use crate::phone::{MatchLevel, NumberType, PhoneError, PhoneFix, PhoneLabel, PossibleReason};
use crate::suppression::{self, Channel, DecisionStatus, SuppressionReason};

/// An area with its own list of slugs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Area {
    /// E-mail verdicts ([`EmailReason`]).
    Email,
    /// E-mail cleaning steps ([`CleanFix`]).
    EmailFix,
    /// Errors ([`ErrorKind`]).
    Error,
    /// Phone parse errors ([`PhoneError`]).
    Phone,
    /// Phone possibility reasons ([`PossibleReason`]).
    PhonePossible,
    /// Phone number types ([`NumberType`]).
    PhoneType,
    /// Phone cleaning steps ([`PhoneFix`]).
    PhoneFix,
    /// Phone labels ([`PhoneLabel`]).
    PhoneLabel,
    /// Phone match levels ([`MatchLevel`]).
    PhoneMatch,
    /// Suppression entry reasons ([`SuppressionReason`]).
    Suppression,
    /// Suppression channels ([`Channel`]).
    SuppressionChannel,
    /// Suppression decision statuses ([`DecisionStatus`]).
    SuppressionStatus,
    /// Why a suppression check was unverifiable ([`suppression::unverifiable_codes`]).
    SuppressionUnverifiable,
    /// Why a suppression list file was refused ([`suppression::FILE_ERROR_CODES`]).
    SuppressionFile,
    /// Address warnings ([`AddressWarning`]).
    Address,
    /// Duplicate relations ([`Relation`]).
    Dedupe,
    /// Fields of a duplicate-score explanation ([`Field`]).
    DedupeField,
    /// Levels of a duplicate-score explanation ([`Level`]).
    DedupeLevel,
}

impl Area {
    /// Every area, in a stable order.
    pub const ALL: &'static [Area] = &[
        Area::Email,
        Area::EmailFix,
        Area::Error,
        Area::Phone,
        Area::PhonePossible,
        Area::PhoneType,
        Area::PhoneFix,
        Area::PhoneLabel,
        Area::PhoneMatch,
        Area::Suppression,
        Area::SuppressionChannel,
        Area::SuppressionStatus,
        Area::SuppressionUnverifiable,
        Area::SuppressionFile,
        Area::Address,
        Area::Dedupe,
        Area::DedupeField,
        Area::DedupeLevel,
    ];

    /// The area's name as the bindings spell it (`"email"`).
    pub const fn name(self) -> &'static str {
        match self {
            Area::Email => "email",
            Area::EmailFix => "email_fix",
            Area::Error => "error",
            Area::Phone => "phone",
            Area::PhonePossible => "phone_possible",
            Area::PhoneType => "phone_type",
            Area::PhoneFix => "phone_fix",
            Area::PhoneLabel => "phone_label",
            Area::PhoneMatch => "phone_match",
            Area::Suppression => "suppression",
            Area::SuppressionChannel => "suppression_channel",
            Area::SuppressionStatus => "suppression_status",
            Area::SuppressionUnverifiable => "suppression_unverifiable",
            Area::SuppressionFile => "suppression_file",
            Area::Address => "address",
            Area::Dedupe => "dedupe",
            Area::DedupeField => "dedupe_field",
            Area::DedupeLevel => "dedupe_level",
        }
    }

    /// The area called `name`, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|a| a.name() == name)
    }
}

/// Every slug of `area`, in a stable order (the order of the area's `ALL`).
pub fn codes(area: Area) -> Vec<&'static str> {
    match area {
        Area::Email => EmailReason::ALL.iter().map(|r| r.code()).collect(),
        Area::EmailFix => CleanFix::ALL.iter().map(|r| r.code()).collect(),
        Area::Error => ErrorKind::ALL.iter().map(|r| r.code()).collect(),
        Area::Phone => PhoneError::ALL.iter().map(|r| r.code()).collect(),
        Area::PhonePossible => PossibleReason::ALL.iter().map(|r| r.code()).collect(),
        Area::PhoneType => NumberType::ALL.iter().map(|r| r.code()).collect(),
        Area::PhoneFix => PhoneFix::ALL.iter().map(|r| r.code()).collect(),
        Area::PhoneLabel => PhoneLabel::ALL.iter().map(|r| r.code()).collect(),
        Area::PhoneMatch => MatchLevel::ALL.iter().map(|r| r.code()).collect(),
        Area::Suppression => SuppressionReason::ALL.iter().map(|r| r.code()).collect(),
        Area::SuppressionChannel => Channel::ALL.iter().map(|r| r.code()).collect(),
        Area::SuppressionStatus => DecisionStatus::ALL.iter().map(|r| r.code()).collect(),
        Area::SuppressionUnverifiable => suppression::unverifiable_codes(),
        Area::SuppressionFile => suppression::FILE_ERROR_CODES.to_vec(),
        Area::Address => AddressWarning::ALL.iter().map(|r| r.code()).collect(),
        Area::Dedupe => Relation::ALL.iter().map(|r| r.code()).collect(),
        Area::DedupeField => Field::ALL.iter().map(|r| r.code()).collect(),
        Area::DedupeLevel => Level::ALL.iter().map(|r| r.code()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_area_has_unique_snake_case_slugs() {
        for &area in Area::ALL {
            let codes = codes(area);
            assert!(!codes.is_empty());
            let mut seen = std::collections::HashSet::new();
            for c in codes {
                assert!(seen.insert(c), "duplicate {c} in {}", area.name());
                assert!(
                    c.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                );
            }
            assert_eq!(Area::from_name(area.name()), Some(area));
        }
    }
}
