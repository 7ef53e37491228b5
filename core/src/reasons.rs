//! Every stable slug, per area, for bindings and documentation.
//!
//! ```
//! let email = contactkit::reasons::codes(contactkit::reasons::Area::Email);
//! assert!(email.contains(&"missing_at"));
//! assert_eq!(contactkit::reasons::Area::from_name("email"), Some(contactkit::reasons::Area::Email));
//! ```

use crate::ErrorKind;
use crate::dedupe::{Field, Level, Relation};
use crate::email::{CleanFix, EmailReason};

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
