//! E-mail addresses: validation with the semantics of the Python package `email-validator` 2.4
//! (called with `check_deliverability=False`), and the CRM cleaning layer on top of it.
//!
//! [`validate`] reproduces email-validator 2.4.0 as it runs on Python 3.11 with `idna` 3.20:
//! the same verdicts, normalised fields and English messages, checked line by line against
//! the reference on the golden files in `testdata/email/` (see `testdata/README.md`).
//!
//! - [`validate`]: the verdict on one address, nothing trimmed or guessed.
//! - [`clean`] / [`EmailCleaner`]: the CRM layer: finds the address(es) in a messy field, says
//!   what it changed ([`CleanFix`]), suggests (never applies) typo fixes, flags role, disposable
//!   and free-provider addresses, and gives the registrable domain and the duplicate key.
//! - [`ck1_email`] / [`dedup_key`]: the one `ck1` canonical form shared by duplicate scoring and
//!   suppression; [`provider_key`] adds the provider rules ([`ProviderRules`]) for scoring.
//!
//! ```
//! use contactkit::email::{self, CleanFix};
//!
//! let r = email::clean("  \"Jan de Vries\" <Jan.de.Vries@GMIAL.com>; info@acme.nl ", None);
//! let main = r.email.as_ref().unwrap();
//! assert!(main.valid);
//! assert_eq!(main.normalized.as_deref(), Some("Jan.de.Vries@gmial.com"));
//! assert_eq!(r.display_name.as_deref(), Some("Jan de Vries"));
//! assert_eq!(r.suggestion.as_deref(), Some("Jan.de.Vries@gmail.com")); // advisory only
//! assert_eq!(r.others[0].normalized.as_deref(), Some("info@acme.nl"));
//! assert_eq!(
//!     r.fixes,
//!     [CleanFix::Trimmed, CleanFix::RemovedDisplayName, CleanFix::SplitMultiple]
//! );
//! assert_eq!(r.dedup_key.as_deref(), Some("jan.de.vries@gmial.com"));
//!
//! // The same key, from suppression's side:
//! let k = email::ck1_email("JanDeVries+promo@googlemail.com").unwrap();
//! assert_eq!(k.strict, "jandevries@gmail.com");
//! ```

mod clean;
mod key;
mod reason;
mod validate;

pub use clean::{
    CleanFix, DISPOSABLE_VERSION, EmailCleaned, EmailCleaner, EmailCleanerBuilder, MAX_OTHERS,
    PROVIDERS_VERSION, PSL_VERSION, ROLES_VERSION, clean, clean_many, lists_version,
};
pub use key::{
    CK1_MAX_DOMAIN_BYTES, Ck1Email, EmailKeyError, ProviderRules, ck1_email, dedup_key,
    provider_key,
};
pub use reason::EmailReason;
pub use validate::validate;

/// Options of [`validate`], with the names and defaults of `email-validator` 2.4.
///
/// ```
/// use contactkit::email::EmailOptions;
/// let permissive = EmailOptions::default()
///     .allow_quoted_local(true)
///     .allow_domain_literal(true)
///     .allow_display_name(true);
/// assert!(permissive.allow_smtputf8);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EmailOptions {
    /// Accept internationalised (non-ASCII) local parts. Default `true`.
    pub allow_smtputf8: bool,
    /// Accept an empty local part (`@example.com`). Default `false`.
    pub allow_empty_local: bool,
    /// Accept a quoted local part (`"jan de vries"@example.com`). Default `false`.
    pub allow_quoted_local: bool,
    /// Accept a domain literal (`jan@[192.0.2.1]`). Default `false`.
    pub allow_domain_literal: bool,
    /// Accept a display name (`Jan <jan@example.com>`). Default `false`.
    pub allow_display_name: bool,
    /// Add the 64-octet limit on the local part. Default `false`.
    pub strict: bool,
    /// Require a domain that can be reached on the public internet. Default `true`.
    pub globally_deliverable: bool,
    /// Accept the special-use domain `test` and its subdomains. Default `false`.
    pub test_environment: bool,
}

impl Default for EmailOptions {
    fn default() -> Self {
        EmailOptions {
            allow_smtputf8: true,
            allow_empty_local: false,
            allow_quoted_local: false,
            allow_domain_literal: false,
            allow_display_name: false,
            strict: false,
            globally_deliverable: true,
            test_environment: false,
        }
    }
}

macro_rules! option_setters {
    ($($name:ident),* $(,)?) => {
        impl EmailOptions {
            $(
                #[doc = concat!("Sets `", stringify!($name), "`.")]
                #[must_use]
                pub const fn $name(mut self, value: bool) -> Self {
                    self.$name = value;
                    self
                }
            )*

            /// The option names, as the bindings accept them.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            /// Sets an option by name (for bindings that receive options as strings).
            ///
            /// # Errors
            ///
            /// [`ErrorKind::UnknownOption`](crate::ErrorKind::UnknownOption) when `name` is not
            /// one of [`EmailOptions::NAMES`].
            pub fn set(&mut self, name: &str, value: bool) -> crate::Result<()> {
                match name {
                    $(stringify!($name) => self.$name = value,)*
                    _ => return Err(crate::Error::new(crate::ErrorKind::UnknownOption)),
                }
                Ok(())
            }
        }
    };
}

option_setters!(
    allow_smtputf8,
    allow_empty_local,
    allow_quoted_local,
    allow_domain_literal,
    allow_display_name,
    strict,
    globally_deliverable,
    test_environment,
);

impl EmailOptions {
    /// Options with the defaults of `email-validator` 2.4 (same as `Default`).
    pub fn new() -> Self {
        Self::default()
    }
}

/// The verdict of [`validate`] on one string.
///
/// When `valid` is `false`, `reason` and `message` say why and every address field is `None`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EmailResult {
    /// Whether the address is valid under the options given.
    pub valid: bool,
    /// Why it is not valid; `None` when valid.
    pub reason: Option<EmailReason>,
    /// The reference's English sentence for the reason; `None` when valid.
    pub message: Option<String>,
    /// The form to store: NFC local part, Unicode domain.
    pub normalized: Option<String>,
    /// The normalised local part (quoted only when it must be).
    pub local_part: Option<String>,
    /// The normalised domain in Unicode (or the domain literal in brackets).
    pub domain: Option<String>,
    /// The address in ASCII (`xn--` domain), when the local part is ASCII.
    pub ascii_email: Option<String>,
    /// The local part in ASCII, when it is ASCII.
    pub ascii_local_part: Option<String>,
    /// The domain in ASCII (A-labels).
    pub ascii_domain: Option<String>,
    /// Whether sending needs the SMTPUTF8 extension (the local part as given is non-ASCII).
    pub smtputf8: bool,
    /// The display name, unquoted, unescaped and NFC, when one was given and allowed.
    pub display_name: Option<String>,
}

impl EmailResult {
    /// The invalid verdict for `reason` with the reference's sentence `message`.
    pub(crate) fn invalid(reason: EmailReason, message: String) -> Self {
        EmailResult {
            valid: false,
            reason: Some(reason),
            message: Some(message),
            normalized: None,
            local_part: None,
            domain: None,
            ascii_email: None,
            ascii_local_part: None,
            ascii_domain: None,
            smtputf8: false,
            display_name: None,
        }
    }
}

/// Validates every string of `emails` with the same options; element `i` of the result equals
/// `validate(emails[i], options)`.
///
/// # Examples
///
/// ```
/// use contactkit::email::{self, EmailOptions};
/// let rs = email::validate_many(&["a@example.com", "nope"], &EmailOptions::default());
/// assert_eq!(rs.iter().map(|r| r.valid).collect::<Vec<_>>(), [true, false]);
/// ```
pub fn validate_many<S: AsRef<str>>(emails: &[S], options: &EmailOptions) -> Vec<EmailResult> {
    emails
        .iter()
        .map(|e| validate(e.as_ref(), options))
        .collect()
}
