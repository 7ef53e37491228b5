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
/// `ck1` phone: a libphonenumber parse with the default region, then E.164. Until the phone
/// engine (`crate::phone`) is wired in, [`E164Only`] is the implementation: it accepts only
/// values that already are E.164 (`+` and digits) and reports `phone_not_e164` for the rest, so
/// such values are *unverifiable* (and count as suppressed), never silently clear.
pub(crate) trait PhoneCanonicalizer {
    /// The E.164 form of `value`, or the slug of the reason it has none.
    fn e164(&self, value: &str, region: Option<&str>) -> std::result::Result<String, &'static str>;

    /// The version of the metadata behind the canonical form (recorded in every list file).
    fn metadata_version(&self) -> &'static str;
}

/// The interim phone canonicaliser: already-E.164 input only (see [`PhoneCanonicalizer`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct E164Only;

/// Slug for a phone number that is not already in E.164 form (interim, until the phone engine
/// lands: national formats need the phone engine's parse).
pub const PHONE_NOT_E164: &str = "phone_not_e164";

/// Every slug a phone value without a `ck1` form can give (interim canonicaliser).
pub const PHONE_ERROR_CODES: &[&str] = &[
    PHONE_NOT_E164,
    "not_a_number",
    "invalid_country_code",
    "too_short_nsn",
    "too_long",
];

impl PhoneCanonicalizer for E164Only {
    fn e164(
        &self,
        value: &str,
        _region: Option<&str>,
    ) -> std::result::Result<String, &'static str> {
        let v = value.trim();
        let Some(digits) = v.strip_prefix('+') else {
            return Err(PHONE_NOT_E164);
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err("not_a_number");
        }
        if digits.starts_with('0') {
            return Err("invalid_country_code");
        }
        if digits.len() < 4 {
            return Err("too_short_nsn");
        }
        if digits.len() > 15 {
            return Err("too_long");
        }
        Ok(format!("+{digits}"))
    }

    fn metadata_version(&self) -> &'static str {
        "none (E.164 input only)"
    }
}

pub(crate) const PHONE: E164Only = E164Only;

/// The version of the phone metadata behind the phone `ck1` form, as recorded in list files.
pub fn phone_metadata_version() -> &'static str {
    PHONE.metadata_version()
}

/// The `ck1` canonical forms of `value` (API.md §4; version 1, never changes meaning).
///
/// E-mail: [`crate::email::ck1_email`]. Phone: E.164 (an internal `PhoneCanonicalizer` seam; this build
/// accepts only values already in E.164 form, `region` is accepted for forward compatibility and
/// not used yet).
///
/// # Errors
///
/// [`ErrorKind::InvalidInput`] with the reason slug (`missing_at`, `multiple_at`, `empty_local`,
/// `empty_domain`, `domain_too_long`, `domain_invalid_idna`, `phone_not_e164`, `not_a_number`,
/// `invalid_country_code`, `too_short_nsn`, `too_long`) when the value has no canonical form.
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
    fn phone_interim() {
        let p = |v: &str| canonical(Kind::Phone, v, Some("NL")).map(|c| c.strict().to_owned());
        assert_eq!(p("+31612345678").unwrap(), "+31612345678");
        assert_eq!(p("\t+298201234\n").unwrap(), "+298201234");
        assert_eq!(p("0612345678").unwrap_err().code(), PHONE_NOT_E164);
        assert_eq!(p("+31 6 1234").unwrap_err().code(), "not_a_number");
        assert_eq!(p("+0612").unwrap_err().code(), "invalid_country_code");
        assert_eq!(p("+311").unwrap_err().code(), "too_short_nsn");
        assert_eq!(p("+3161234567890123").unwrap_err().code(), "too_long");
        for c in PHONE_ERROR_CODES {
            assert!(
                crate::reasons::codes(crate::reasons::Area::SuppressionUnverifiable).contains(c)
            );
        }
    }

    #[test]
    fn debug_is_redacted() {
        let c = canonical(Kind::Email, "sentinel.secret+x@example.nl", None).unwrap();
        let d = format!("{c:?}");
        assert!(!d.contains("sentinel"), "{d}");
        assert!(d.contains("redacted"));
    }
}
