//! The error type: misuse of the API or a failure of the environment, never bad data.

use std::fmt;

/// What went wrong, as a stable category. Match on it through [`Error::kind`].
///
/// New kinds may be added in minor releases (`#[non_exhaustive]`); the slugs of existing kinds
/// never change. [`ErrorKind::ALL`] lists every kind, so bindings can check they cover them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An argument has an invalid value (out of range, empty where a value is required).
    InvalidArgument,
    /// An option name is not known.
    UnknownOption,
    /// A region (country) code or alias is not known.
    UnknownRegion,
    /// An identifier kind (such as `email`, `phone`) is not known.
    UnknownKind,
    /// A platform profile (such as `google`, `meta`, `uid2`) is not known.
    UnknownProfile,
    /// A key is malformed (too short, wrong length).
    BadKey,
    /// The key needed for an operation is not available.
    KeyMissing,
    /// A value has no canonical form; [`Error::code`] gives the specific reason slug.
    InvalidInput,
    /// An input exceeds a documented size limit.
    TooLarge,
    /// Input that should be JSON is not valid JSON for the expected schema.
    InvalidJson,
    /// Input that should be CSV cannot be read as CSV.
    InvalidCsv,
    /// A file is not in the expected format, or is truncated.
    FileCorrupt,
    /// A file's authentication check failed.
    FileTampered,
    /// A file's validity period has ended.
    FileExpired,
    /// A file is older than one already seen (a rollback).
    FileRollback,
    /// A file has a format version or parameters this release does not support.
    UnsupportedVersion,
    /// Reading or writing failed.
    Io,
}

impl ErrorKind {
    /// Every kind, in a stable order.
    pub const ALL: &'static [ErrorKind] = &[
        ErrorKind::InvalidArgument,
        ErrorKind::UnknownOption,
        ErrorKind::UnknownRegion,
        ErrorKind::UnknownKind,
        ErrorKind::UnknownProfile,
        ErrorKind::BadKey,
        ErrorKind::KeyMissing,
        ErrorKind::InvalidInput,
        ErrorKind::TooLarge,
        ErrorKind::InvalidJson,
        ErrorKind::InvalidCsv,
        ErrorKind::FileCorrupt,
        ErrorKind::FileTampered,
        ErrorKind::FileExpired,
        ErrorKind::FileRollback,
        ErrorKind::UnsupportedVersion,
        ErrorKind::Io,
    ];

    /// The stable lower-case slug of this kind (`"unknown_option"`).
    pub const fn code(self) -> &'static str {
        match self {
            ErrorKind::InvalidArgument => "invalid_argument",
            ErrorKind::UnknownOption => "unknown_option",
            ErrorKind::UnknownRegion => "unknown_region",
            ErrorKind::UnknownKind => "unknown_kind",
            ErrorKind::UnknownProfile => "unknown_profile",
            ErrorKind::BadKey => "bad_key",
            ErrorKind::KeyMissing => "key_missing",
            ErrorKind::InvalidInput => "invalid_input",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::InvalidJson => "invalid_json",
            ErrorKind::InvalidCsv => "invalid_csv",
            ErrorKind::FileCorrupt => "file_corrupt",
            ErrorKind::FileTampered => "file_tampered",
            ErrorKind::FileExpired => "file_expired",
            ErrorKind::FileRollback => "file_rollback",
            ErrorKind::UnsupportedVersion => "unsupported_version",
            ErrorKind::Io => "io",
        }
    }

    /// A short English description of the kind.
    pub const fn description(self) -> &'static str {
        match self {
            ErrorKind::InvalidArgument => "an argument has an invalid value",
            ErrorKind::UnknownOption => "unknown option",
            ErrorKind::UnknownRegion => "unknown region",
            ErrorKind::UnknownKind => "unknown identifier kind",
            ErrorKind::UnknownProfile => "unknown platform profile",
            ErrorKind::BadKey => "the key is malformed",
            ErrorKind::KeyMissing => "the key needed is not available",
            ErrorKind::InvalidInput => "the value has no canonical form",
            ErrorKind::TooLarge => "the input exceeds a size limit",
            ErrorKind::InvalidJson => "the input is not valid JSON for the expected schema",
            ErrorKind::InvalidCsv => "the input is not valid CSV",
            ErrorKind::FileCorrupt => "the file is corrupt or truncated",
            ErrorKind::FileTampered => "the file failed its authentication check",
            ErrorKind::FileExpired => "the file has expired",
            ErrorKind::FileRollback => "the file is older than one already seen",
            ErrorKind::UnsupportedVersion => "unsupported format version or parameters",
            ErrorKind::Io => "input/output error",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

/// An error: a kind, an optional specific reason slug and an optional position.
///
/// The message (`Display`) never contains the input value: inputs may be personal data or keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    reason: Option<&'static str>,
    position: Option<usize>,
    detail: Option<&'static str>,
}

impl Error {
    /// A new error of `kind`.
    pub const fn new(kind: ErrorKind) -> Self {
        Error {
            kind,
            reason: None,
            position: None,
            detail: None,
        }
    }

    /// The same error with a specific reason slug (such as `"missing_at"` for
    /// [`ErrorKind::InvalidInput`]); [`Error::code`] then returns it.
    #[must_use]
    pub const fn with_reason(mut self, reason: &'static str) -> Self {
        self.reason = Some(reason);
        self
    }

    /// The same error with a byte offset or record number that locates it.
    #[must_use]
    pub const fn with_position(mut self, position: usize) -> Self {
        self.position = Some(position);
        self
    }

    /// The same error with a static explanation (never derived from input data), such as the
    /// name of the option that was not known.
    #[must_use]
    pub const fn with_detail(mut self, detail: &'static str) -> Self {
        self.detail = Some(detail);
        self
    }

    /// The kind of error.
    pub const fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The most specific stable slug: the reason when there is one, else the kind's slug.
    pub const fn code(&self) -> &'static str {
        match self.reason {
            Some(r) => r,
            None => self.kind.code(),
        }
    }

    /// The byte offset or record number the error refers to, when known.
    pub const fn position(&self) -> Option<usize> {
        self.position
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.description())?;
        if let Some(reason) = self.reason {
            write!(f, " ({reason})")?;
        }
        if let Some(detail) = self.detail {
            write!(f, ": {detail}")?;
        }
        if let Some(pos) = self.position {
            write!(f, " at {pos}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(_: std::io::Error) -> Self {
        // The OS message may contain a path; the bindings that handle paths report those
        // themselves, so the core keeps only the kind.
        Error::new(ErrorKind::Io)
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for k in ErrorKind::ALL {
            let c = k.code();
            assert!(seen.insert(c), "duplicate slug {c}");
            assert!(
                c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{c}"
            );
        }
    }

    #[test]
    fn reason_overrides_code_and_display_is_static() {
        let e = Error::new(ErrorKind::InvalidInput)
            .with_reason("missing_at")
            .with_position(3);
        assert_eq!(e.code(), "missing_at");
        assert_eq!(e.kind(), ErrorKind::InvalidInput);
        assert_eq!(e.position(), Some(3));
        assert_eq!(
            e.to_string(),
            "the value has no canonical form (missing_at) at 3"
        );
    }
}
