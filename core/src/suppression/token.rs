//! `ck1` tokens: HMAC-SHA-256 over `"ck1" 0x00 kind 0x00 canonical`, and re-wrapping for
//! rotation without plaintext.

use zeroize::Zeroizing;

use super::key::{KeyChain, LocalKey, MacProvider};
use super::{Kind, canonical};
use crate::Result;

/// Bytes of a token kept in list files (the first 16 of the 32-byte MAC).
pub const STORED_TOKEN_LEN: usize = 16;

/// A stored token: the first [`STORED_TOKEN_LEN`] bytes of a MAC.
pub type StoredToken = [u8; STORED_TOKEN_LEN];

/// The MAC input for a canonical form: `b"ck1" 0x00 kind 0x00 utf8(canonical)`; wiped on drop.
pub fn token_message(kind: Kind, canonical: &str) -> Zeroizing<Vec<u8>> {
    let mut m = Zeroizing::new(Vec::with_capacity(5 + kind.name().len() + canonical.len()));
    m.extend_from_slice(b"ck1\x00");
    m.extend_from_slice(kind.name().as_bytes());
    m.push(0);
    m.extend_from_slice(canonical.as_bytes());
    m
}

/// The 32-byte token of an already canonical form under `provider`.
///
/// # Errors
///
/// What the provider reports ([`crate::ErrorKind::KeyMissing`] for a failing remote key).
pub fn token_of_canonical(
    provider: &dyn MacProvider,
    kind: Kind,
    canonical: &str,
) -> Result<[u8; 32]> {
    provider.mac(&token_message(kind, canonical))
}

/// Re-wraps a stored token under a new key without any plaintext:
/// `T' = HMAC(K_new, "ck1-rewrap" 0x00 old_key_id 0x00 T_old)[..16]`.
///
/// # Errors
///
/// What the provider reports.
pub fn rewrap(new: &dyn MacProvider, old_key_id: &str, token: &StoredToken) -> Result<StoredToken> {
    let mut msg = Vec::with_capacity(12 + old_key_id.len() + STORED_TOKEN_LEN);
    msg.extend_from_slice(b"ck1-rewrap\x00");
    msg.extend_from_slice(old_key_id.as_bytes());
    msg.push(0);
    msg.extend_from_slice(token);
    Ok(truncate(&new.mac(&msg)?))
}

/// The first 16 bytes of a MAC.
pub fn truncate(mac: &[u8; 32]) -> StoredToken {
    let mut t = [0u8; STORED_TOKEN_LEN];
    t.copy_from_slice(&mac[..STORED_TOKEN_LEN]);
    t
}

/// The stored token of a canonical form under a key chain: the innermost key computes the
/// token, each outer key re-wraps it ([`rewrap`]).
///
/// # Errors
///
/// What a provider reports.
pub fn chain_token(chain: &KeyChain, kind: Kind, canonical: &str) -> Result<StoredToken> {
    let keys = chain.keys();
    let inner = keys[keys.len() - 1].as_ref();
    let mut t = truncate(&token_of_canonical(inner, kind, canonical)?);
    for pair in keys.windows(2).rev() {
        t = rewrap(pair[0].as_ref(), pair[1].key_id(), &t)?;
    }
    Ok(t)
}

/// `suppression_token` (API.md §4): the 32-byte HMAC-SHA-256 under `key` of the `ck1` form of
/// `value` (the loose form with `loose`, when there is one; else the strict form).
///
/// # Errors
///
/// [`crate::ErrorKind::BadKey`] for a key shorter than 16 bytes; otherwise as
/// [`canonical`](super::canonical()).
///
/// # Examples
///
/// ```
/// use contactkit::suppression::{Kind, suppression_token};
/// let key = [42u8; 32];
/// let a = suppression_token(Kind::Email, "Jan.Devries@GoogleMail.com", &key, None, false).unwrap();
/// let b = suppression_token(Kind::Email, "jandevries+crm@gmail.com", &key, None, false).unwrap();
/// assert_eq!(a, b);
/// ```
pub fn suppression_token(
    kind: Kind,
    value: &str,
    key: &[u8],
    region: Option<&str>,
    loose: bool,
) -> Result<[u8; 32]> {
    let provider = LocalKey::new(key, "token")?;
    provider_token(&provider, kind, value, region, loose)
}

/// [`suppression_token`] with the key behind a provider.
///
/// # Errors
///
/// As [`suppression_token`], plus what the provider reports.
pub fn provider_token(
    provider: &dyn MacProvider,
    kind: Kind,
    value: &str,
    region: Option<&str>,
    loose: bool,
) -> Result<[u8; 32]> {
    let c = canonical(kind, value, region)?;
    let form = if loose {
        c.loose().unwrap_or(c.strict())
    } else {
        c.strict()
    };
    token_of_canonical(provider, kind, form)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suppression::key::hmac_raw;
    use std::sync::Arc;

    #[test]
    fn token_is_hmac_of_message() {
        let key = [7u8; 32];
        let t = suppression_token(Kind::Email, " Jan@Example.NL", &key, None, false).unwrap();
        assert_eq!(t, hmac_raw(&key, &[b"ck1\x00email\x00jan@example.nl"]));
        let t = suppression_token(Kind::Phone, "+31612345678", &key, None, false).unwrap();
        assert_eq!(t, hmac_raw(&key, &[b"ck1\x00phone\x00+31612345678"]));
        // Loose falls back to strict.
        let s = suppression_token(Kind::Email, "jan@example.nl", &key, None, true).unwrap();
        assert_eq!(s, hmac_raw(&key, &[b"ck1\x00email\x00jan@example.nl"]));
        let l = suppression_token(Kind::Email, "jan+x@example.nl", &key, None, true).unwrap();
        assert_eq!(l, s);
        assert!(suppression_token(Kind::Email, "a@b.nl", b"short", None, false).is_err());
    }

    #[test]
    fn rewrap_chain() {
        let old: Arc<dyn MacProvider> = Arc::new(LocalKey::new(&[1; 32], "k/v1").unwrap());
        let new: Arc<dyn MacProvider> = Arc::new(LocalKey::new(&[2; 32], "k/v2").unwrap());
        let c1 = KeyChain::single(old.clone());
        let c2 = c1.wrapped_by(new.clone()).unwrap();
        let t1 = chain_token(&c1, Kind::Email, "a@b.nl").unwrap();
        let t2 = chain_token(&c2, Kind::Email, "a@b.nl").unwrap();
        assert_eq!(t2, rewrap(new.as_ref(), "k/v1", &t1).unwrap());
        assert_ne!(t1, t2);
        // The new key alone gives a different token: old-key-only or new-key-only lookups fail.
        let only_new = KeyChain::single(new);
        assert_ne!(chain_token(&only_new, Kind::Email, "a@b.nl").unwrap(), t2);
    }
}
