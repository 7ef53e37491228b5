//! `contactkit_status`: what every fallible export returns, and its mapping from the core's
//! [`ErrorKind`].

use std::ffi::{CStr, c_char};

use ck::ErrorKind;

/// The outcome of a call. `CONTACTKIT_STATUS_OK` (0) is success; every other value is an error
/// and says which out-parameters were written (see each function).
///
/// Ranges: 1–99 misuse of the API; 100–199 input encoding and size; 200–299 configuration and
/// data; 300–399 files and I/O; 900 a bug caught at the boundary. Values are never renumbered or
/// reused; unlisted values are reserved. Bad data (an invalid e-mail address) is never a status:
/// it is a verdict in the result.
///
/// `contactkit_status_str()` gives a static English message for each value and
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_ERROR, status)` its stable slug.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_status {
    /// Success.
    Ok = 0,
    /// A required pointer argument is NULL (or a string pointer is NULL with a non-zero length).
    NullArgument = 1,
    /// The output buffer is too small: `*len` holds the size needed and nothing else was written.
    BufferTooSmall = 2,
    /// A handle is not a live handle of the expected type (best-effort check).
    InvalidHandle = 3,
    /// An argument has an invalid value (out of range, a flag other than 0 or 1, a misaligned
    /// pointer). Values 5–99 are reserved for further misuse statuses.
    InvalidArgument = 4,
    /// A string argument is not valid UTF-8.
    InvalidUtf8 = 100,
    /// An input exceeds a documented size limit.
    TooLarge = 101,
    /// Input that should be JSON is not valid JSON for the expected schema.
    InvalidJson = 102,
    /// Input that should be CSV cannot be read as CSV. Values 104–199 are reserved.
    InvalidCsv = 103,
    /// A region (country) code or alias is not known.
    UnknownRegion = 200,
    /// An option name or option value of `contactkit_email_option` is not known.
    UnknownOption = 201,
    /// An identifier kind (such as `email`, `phone`) is not known.
    UnknownKind = 202,
    /// A platform profile (such as `google`, `meta`, `uid2`) is not known.
    UnknownProfile = 203,
    /// A key is malformed (too short, wrong length).
    BadKey = 204,
    /// The key needed for an operation is not available.
    KeyMissing = 205,
    /// A value has no canonical form. Values 207–299 are reserved.
    InvalidInput = 206,
    /// A file is not in the expected format, or is truncated.
    FileCorrupt = 300,
    /// A file's authentication check failed.
    FileTampered = 301,
    /// A file's validity period has ended.
    FileExpired = 302,
    /// A file is older than one already seen (a rollback).
    FileRollback = 303,
    /// A file has a format version or parameters this release does not support.
    UnsupportedVersion = 304,
    /// A file does not exist.
    NotFound = 305,
    /// Reading or writing failed. Values 307–899 are reserved.
    Io = 306,
    /// A bug: a panic was caught at the boundary; out-parameters were not written. Please report
    /// it. Values above 900 are reserved.
    Panic = 900,
}

impl contactkit_status {
    /// Every status, in numeric order.
    pub(crate) const ALL: &'static [contactkit_status] = &[
        Self::Ok,
        Self::NullArgument,
        Self::BufferTooSmall,
        Self::InvalidHandle,
        Self::InvalidArgument,
        Self::InvalidUtf8,
        Self::TooLarge,
        Self::InvalidJson,
        Self::InvalidCsv,
        Self::UnknownRegion,
        Self::UnknownOption,
        Self::UnknownKind,
        Self::UnknownProfile,
        Self::BadKey,
        Self::KeyMissing,
        Self::InvalidInput,
        Self::FileCorrupt,
        Self::FileTampered,
        Self::FileExpired,
        Self::FileRollback,
        Self::UnsupportedVersion,
        Self::NotFound,
        Self::Io,
        Self::Panic,
    ];

    /// The status with numeric value `code`, if any.
    pub(crate) fn from_code(code: u32) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| *s as u32 == code)
    }

    /// The status for an error of the core. The tests walk [`ErrorKind::ALL`] and check that
    /// every kind has its own status with the kind's slug, so the fallback arm (a kind added to
    /// the core but not yet here) cannot ship unnoticed.
    #[allow(clippy::match_same_arms)] // the fallback arm is for kinds added to the core later
    pub(crate) fn from_kind(kind: ErrorKind) -> Self {
        match kind {
            ErrorKind::InvalidArgument => Self::InvalidArgument,
            ErrorKind::UnknownOption => Self::UnknownOption,
            ErrorKind::UnknownRegion => Self::UnknownRegion,
            ErrorKind::UnknownKind => Self::UnknownKind,
            ErrorKind::UnknownProfile => Self::UnknownProfile,
            ErrorKind::BadKey => Self::BadKey,
            ErrorKind::KeyMissing => Self::KeyMissing,
            ErrorKind::InvalidInput => Self::InvalidInput,
            ErrorKind::TooLarge => Self::TooLarge,
            ErrorKind::InvalidJson => Self::InvalidJson,
            ErrorKind::InvalidCsv => Self::InvalidCsv,
            ErrorKind::FileCorrupt => Self::FileCorrupt,
            ErrorKind::FileTampered => Self::FileTampered,
            ErrorKind::FileExpired => Self::FileExpired,
            ErrorKind::FileRollback => Self::FileRollback,
            ErrorKind::UnsupportedVersion => Self::UnsupportedVersion,
            ErrorKind::Io => Self::Io,
            _ => Self::InvalidArgument,
        }
    }

    /// The stable slug: the core's [`ErrorKind::code`] for statuses that come from the core,
    /// the C layer's own slug for the others. `None` for `Ok`.
    pub(crate) fn slug(self) -> Option<&'static CStr> {
        Some(match self {
            Self::Ok => return None,
            Self::NullArgument => c"null_argument",
            Self::BufferTooSmall => c"buffer_too_small",
            Self::InvalidHandle => c"invalid_handle",
            Self::InvalidArgument => c"invalid_argument",
            Self::InvalidUtf8 => c"invalid_utf8",
            Self::TooLarge => c"too_large",
            Self::InvalidJson => c"invalid_json",
            Self::InvalidCsv => c"invalid_csv",
            Self::UnknownRegion => c"unknown_region",
            Self::UnknownOption => c"unknown_option",
            Self::UnknownKind => c"unknown_kind",
            Self::UnknownProfile => c"unknown_profile",
            Self::BadKey => c"bad_key",
            Self::KeyMissing => c"key_missing",
            Self::InvalidInput => c"invalid_input",
            Self::FileCorrupt => c"file_corrupt",
            Self::FileTampered => c"file_tampered",
            Self::FileExpired => c"file_expired",
            Self::FileRollback => c"file_rollback",
            Self::UnsupportedVersion => c"unsupported_version",
            Self::NotFound => c"not_found",
            Self::Io => c"io",
            Self::Panic => c"panic",
        })
    }

    /// A short English message; for statuses that come from the core it is the kind's
    /// [`ErrorKind::description`] (checked by the tests).
    pub(crate) fn message(self) -> &'static CStr {
        match self {
            Self::Ok => c"success",
            Self::NullArgument => c"a required pointer argument is NULL",
            Self::BufferTooSmall => c"the output buffer is too small",
            Self::InvalidHandle => c"the handle is not valid",
            Self::InvalidArgument => c"an argument has an invalid value",
            Self::InvalidUtf8 => c"a string argument is not valid UTF-8",
            Self::TooLarge => c"the input exceeds a size limit",
            Self::InvalidJson => c"the input is not valid JSON for the expected schema",
            Self::InvalidCsv => c"the input is not valid CSV",
            Self::UnknownRegion => c"unknown region",
            Self::UnknownOption => c"unknown option",
            Self::UnknownKind => c"unknown identifier kind",
            Self::UnknownProfile => c"unknown platform profile",
            Self::BadKey => c"the key is malformed",
            Self::KeyMissing => c"the key needed is not available",
            Self::InvalidInput => c"the value has no canonical form",
            Self::FileCorrupt => c"the file is corrupt or truncated",
            Self::FileTampered => c"the file failed its authentication check",
            Self::FileExpired => c"the file has expired",
            Self::FileRollback => c"the file is older than one already seen",
            Self::UnsupportedVersion => c"unsupported format version or parameters",
            Self::NotFound => c"the file does not exist",
            Self::Io => c"input/output error",
            Self::Panic => c"internal error (a bug: panic caught at the C boundary)",
        }
    }
}

impl From<ck::Error> for contactkit_status {
    fn from(e: ck::Error) -> Self {
        Self::from_kind(e.kind())
    }
}

/// A static English message for `status` (a `contactkit_status` value), such as
/// `"unknown option"`. Unknown values give `"unknown status"`.
///
/// Never NULL; owned by the library, never freed. Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn contactkit_status_str(status: u32) -> *const c_char {
    ffi_boundary!(default = c"unknown status".as_ptr(); {
        contactkit_status::from_code(status)
            .map_or(c"unknown status", contactkit_status::message)
            .as_ptr()
    })
}
