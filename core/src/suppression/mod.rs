//! Suppression lists: a hard block for people who asked to be forgotten, kept as keyed tokens
//! that nobody can read back (design/suppression.md, API.md §4).
//!
//! - [`canonical()`]: the `ck1` canonical form (frozen; `docs/suppression-format.md`).
//! - [`suppression_token`]: HMAC-SHA-256 over `"ck1" 0x00 kind 0x00 canonical`.
//! - Keys: [`LocalKey`] (wiped on drop, redacted `Debug`) or [`RemoteMac`] (a callback, so a KMS
//!   or HSM holds the key); [`derive_domain_key`] for per-domain keys; [`KeyChain`] and
//!   [`rewrap`] for rotation without plaintext.
//! - [`platform_normalize`] / [`platform_hash`]: ad-platform forms (never used for tokens).
//!
//! Hashing is pseudonymisation, not anonymisation: with the key, every phone number of a country
//! can be enumerated in seconds. The key is the asset; keep it outside the token store.
//!
//! ```
//! use contactkit::suppression::{Kind, canonical};
//! let c = canonical(Kind::Email, " Jan.Devries+x@GoogleMail.com", None).unwrap();
//! assert_eq!(c.strict(), "jandevries@gmail.com");
//! ```

mod canonical;
mod file;
mod key;
mod list;
mod platform;
mod reason;
mod scan;
mod share;
mod token;

pub use canonical::{
    PHONE_ERROR_CODES, SuppressionCanonical, Variant, canonical, phone_metadata_version,
    suppression_canonical,
};
pub use file::{
    CANON_EMAIL, CANON_PHONE, ExpiryPolicy, FILE_ERROR_CODES, FORMAT_VERSION, Form, MAGIC,
    MAX_HEADER_LEN, OpenOptions, RECORD_FIELDS, RECORD_SIZE, TRAILER_LEN, atomic_write,
};
pub use key::{
    KeyChain, KeyRing, LocalKey, MAX_KEY_ID_LEN, MAX_KEY_LEN, MIN_KEY_LEN, MacCallback,
    MacProvider, RemoteMac, check_key_id, ct_eq, derive_domain_key,
};
pub use list::{
    AddOptions, AddReceipt, CheckOptions, Decision, ListMeta, Override, Record, SuppressionList,
};
pub use platform::{
    Profile, platform_hash, platform_hash_by_name, platform_normalize, platform_normalize_by_name,
};
pub use reason::{
    Channel, DecisionStatus, KEY_MISSING, LIST_EXPIRED, SuppressionReason, unverifiable_codes,
};
pub use scan::{ScanHit, ScanItem, ScanReport};
pub use share::{
    ExportOptions, FILTER_LAYOUT, FP_RATE_FUSE8, FP_RATE_FUSE16, SuppressionFilter, filter_key,
};
pub use token::{
    STORED_TOKEN_LEN, StoredToken, chain_token, provider_token, rewrap, suppression_token,
    token_message, token_of_canonical, truncate,
};

use crate::{Error, ErrorKind, Result};

/// The kind of identifier a token stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
}

impl Kind {
    /// Every kind, in a stable order.
    pub const ALL: &'static [Kind] = &[Kind::Email, Kind::Phone];

    /// The name used in the token message and the bindings (`"email"`, `"phone"`).
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Phone => "phone",
        }
    }

    /// The kind called `name`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownKind`] for any other name.
    pub fn from_name(name: &str) -> Result<Self> {
        match name {
            "email" => Ok(Kind::Email),
            "phone" => Ok(Kind::Phone),
            _ => Err(Error::new(ErrorKind::UnknownKind)),
        }
    }

    /// The byte that stands for the kind in list files (frozen).
    pub const fn byte(self) -> u8 {
        match self {
            Kind::Email => 1,
            Kind::Phone => 2,
        }
    }

    /// The kind a file byte stands for.
    pub fn from_byte(b: u8) -> Option<Self> {
        match b {
            1 => Some(Kind::Email),
            2 => Some(Kind::Phone),
            _ => None,
        }
    }
}

/// Lower-case hex of `bytes` (tokens in receipts and exports are shown this way).
pub fn to_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 15)] as char);
    }
    s
}
