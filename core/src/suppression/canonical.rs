//! `ck1` canonical forms (API.md §4) for the two identifier kinds.
//!
//! The e-mail rules live in [`crate::email::ck1_email`] (shared with `clean_email`'s
//! `dedup_key`); this module only dispatches by kind. The phone form goes through
//! [`PhoneCanonicalizer`], a small seam so the phone engine can be plugged in without touching
//! the token or list code.

use std::fmt;

use zeroize::Zeroize;

use super::Kind;
use crate::{Error, ErrorKind, Result};

/// The `ck1` canonical forms of one value: the strict form and, where it differs, the loose
/// form. Both are wiped from memory when the value is dropped, and `Debug` never shows them.
#[derive(Clone, PartialEq, Eq)]
pub struct SuppressionCanonical {
    kind: Kind,
    strict: String,
    loose: Option<String>,
}

impl SuppressionCanonical {
    /// The identifier kind.
    pub const fn kind(&self) -> Kind {
        self.kind
    }

    /// The strict form.
    pub fn strict(&self) -> &str {
        &self.strict
    }

    /// The loose form, when it exists and differs from the strict form.
    pub fn loose(&self) -> Option<&str> {
        self.loose.as_deref()
    }

    /// The forms to try, strict first (one or two).
    pub fn variants(&self) -> impl Iterator<Item = (Variant, &str)> {
        std::iter::once((Variant::Strict, self.strict.as_str()))
            .chain(self.loose.as_deref().map(|l| (Variant::Loose, l)))
    }
}

impl SuppressionCanonical {
    /// A phone form from an E.164 string the phone engine produced (the CRM layer's main
    /// number).
    pub(crate) fn phone(e164: String) -> Self {
        SuppressionCanonical {
            kind: Kind::Phone,
            strict: e164,
            loose: None,
        }
    }
}

impl Drop for SuppressionCanonical {
    fn drop(&mut self) {
        self.strict.zeroize();
        self.loose.zeroize();
    }
}

impl fmt::Debug for SuppressionCanonical {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SuppressionCanonical")
            .field("kind", &self.kind)
            .field("strict", &"<redacted>")
            .field("loose", &self.loose.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// Which `ck1` form a token was computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Variant {
    /// The strict form.
    Strict,
    /// The loose form (`+tag` cut for every domain).
    Loose,
}

impl Variant {
    /// The stable slug (`"strict"`, `"loose"`).
    pub const fn code(self) -> &'static str {
        match self {
            Variant::Strict => "strict",
            Variant::Loose => "loose",
        }
    }
}

/// Turns a phone number into its E.164 `ck1` form.
///
/// `ck1` phone: a libphonenumber parse with the default region, then E.164 (country code and
/// national significant number, extension dropped). Validity is not required: a number that
/// parses has a form even when its range is not (yet) assigned, because numbering plans change.
/// [`LibPhoneNumber`] (the phone engine of [`crate::phone`]) is the implementation; the seam
/// keeps the token and list code independent of the engine.
pub(crate) trait PhoneCanonicalizer {
    /// The E.164 form of `value`, or the slug of the reason it has none.
    fn e164(&self, value: &str, region: Option<&str>) -> std::result::Result<String, &'static str>;

    /// The version of the metadata behind the canonical form (recorded in every list file).
    fn metadata_version(&self) -> &'static str;
}

/// The `ck1` phone canonicaliser: [`crate::phone::PhoneNumber::parse`] (libphonenumber's
/// `parse`, the default region used only when it is a supported upper-case region code), then
/// E.164.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LibPhoneNumber;

/// Every slug a phone value without a `ck1` form can give: libphonenumber's parse errors, as
/// `parse_phone` reports them.
pub const PHONE_ERROR_CODES: &[&str] = &[
    "invalid_country_code",
    "not_a_number",
    "too_short_after_idd",
    "too_short_nsn",
    "too_long",
];

impl PhoneCanonicalizer for LibPhoneNumber {
    fn e164(&self, value: &str, region: Option<&str>) -> std::result::Result<String, &'static str> {
        crate::phone::PhoneNumber::parse(value, region)
            .map(|n| n.e164())
            .map_err(crate::phone::PhoneError::code)
    }

    fn metadata_version(&self) -> &'static str {
        crate::phone::metadata_version()
    }
}

pub(crate) const PHONE: LibPhoneNumber = LibPhoneNumber;

/// The version of the phone metadata behind the phone `ck1` form, as recorded in list files
/// (libphonenumber metadata, [`crate::phone::metadata_version`]).
pub fn phone_metadata_version() -> &'static str {
    PHONE.metadata_version()
}

/// The `ck1` canonical forms of `value` (API.md §4; version 1, never changes meaning).
///
/// E-mail: [`crate::email::ck1_email`]. Phone: libphonenumber's parse with the default region
/// `region` (used for numbers without `+` or international prefix; like libphonenumber, only a
/// supported upper-case region code counts, anything else means no default region), then
/// E.164 without extension. Validity is not required. `region` does not affect e-mail.
///
/// # Errors
///
/// [`ErrorKind::InvalidInput`] with the reason slug (`missing_at`, `multiple_at`, `empty_local`,
/// `empty_domain`, `domain_too_long`, `domain_invalid_idna`; for phones libphonenumber's parse
/// errors `invalid_country_code`, `not_a_number`, `too_short_after_idd`, `too_short_nsn`,
/// `too_long`) when the value has no canonical form.
/// The error never contains the value.
///
/// # Examples
///
/// ```
/// use contactkit::suppression::{Kind, canonical};
/// let c = canonical(Kind::Email, "Jan+news@Example.NL", None).unwrap();
/// assert_eq!(c.strict(), "jan+news@example.nl");
/// assert_eq!(c.loose(), Some("jan@example.nl"));
/// assert_eq!(canonical(Kind::Email, "nope", None).unwrap_err().code(), "missing_at");
/// assert_eq!(canonical(Kind::Phone, " +31612345678 ", None).unwrap().strict(), "+31612345678");
/// assert_eq!(canonical(Kind::Phone, "06-12 34 56 78", Some("NL")).unwrap().strict(), "+31612345678");
/// assert_eq!(canonical(Kind::Phone, "06-12 34 56 78", None).unwrap_err().code(), "invalid_country_code");
/// ```
pub fn canonical(kind: Kind, value: &str, region: Option<&str>) -> Result<SuppressionCanonical> {
    match kind {
        Kind::Email => {
            let k = crate::email::ck1_email(value)?;
            Ok(SuppressionCanonical {
                kind,
                strict: k.strict,
                loose: k.loose,
            })
        }
        Kind::Phone => match PHONE.e164(value, region) {
            Ok(strict) => Ok(SuppressionCanonical {
                kind,
                strict,
                loose: None,
            }),
            Err(slug) => Err(Error::new(ErrorKind::InvalidInput).with_reason(slug)),
        },
    }
}

/// [`canonical`] with the kind given by name (`"email"`, `"phone"`), as the bindings call it.
///
/// # Errors
///
/// [`ErrorKind::UnknownKind`] for another kind; otherwise as [`canonical`].
pub fn suppression_canonical(
    kind: &str,
    value: &str,
    region: Option<&str>,
) -> Result<SuppressionCanonical> {
    canonical(Kind::from_name(kind)?, value, region)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_uses_ck1_email() {
        for v in ["Jan+x@GoogleMail.com", "a+b@faß.de", " x @ y.nl "] {
            let k = crate::email::ck1_email(v).unwrap();
            let c = canonical(Kind::Email, v, None).unwrap();
            assert_eq!(c.strict(), k.strict);
            assert_eq!(c.loose(), k.loose.as_deref());
        }
    }

    #[test]
    fn phone_through_the_engine() {
        let p =
            |v: &str, r: Option<&str>| canonical(Kind::Phone, v, r).map(|c| c.strict().to_owned());
        let nl = Some("NL");
        assert_eq!(p("+31612345678", nl).unwrap(), "+31612345678");
        assert_eq!(p("\t+298201234\n", None).unwrap(), "+298201234");
        assert_eq!(p("0612345678", nl).unwrap(), "+31612345678");
        assert_eq!(p("+31 (0)6 1234 5678", None).unwrap(), "+31612345678");
        assert_eq!(p("0031 6 12345678", nl).unwrap(), "+31612345678");
        assert_eq!(p("+31 20 123 4567 ext. 12", None).unwrap(), "+31201234567");
        assert_eq!(p("+39 06 1234 5678", None).unwrap(), "+390612345678");
        // Parse is enough: a short (invalid) number still has a form.
        assert_eq!(p("112", nl).unwrap(), "+31112");
        assert_eq!(
            p("0612345678", None).unwrap_err().code(),
            "invalid_country_code"
        );
        assert_eq!(
            p("0612345678", Some("nl")).unwrap_err().code(),
            "invalid_country_code"
        );
        assert_eq!(p("hello", nl).unwrap_err().code(), "not_a_number");
        assert_eq!(p("+0612", None).unwrap_err().code(), "invalid_country_code");
        assert_eq!(p("00 1", nl).unwrap_err().code(), "too_short_after_idd");
        assert_eq!(p("+31 1", None).unwrap_err().code(), "too_short_nsn");
        assert_eq!(
            p("+31 61234567890123456789", None).unwrap_err().code(),
            "too_long"
        );
        let unverifiable = crate::reasons::codes(crate::reasons::Area::SuppressionUnverifiable);
        for c in PHONE_ERROR_CODES {
            assert!(unverifiable.contains(c));
            assert!(crate::phone::PhoneError::from_code(c).is_some(), "{c}");
        }
        assert_eq!(PHONE_ERROR_CODES.len(), crate::phone::PhoneError::ALL.len());
    }

    #[test]
    fn debug_is_redacted() {
        let c = canonical(Kind::Email, "sentinel.secret+x@example.nl", None).unwrap();
        let d = format!("{c:?}");
        assert!(!d.contains("sentinel"), "{d}");
        assert!(d.contains("redacted"));
    }
}
