//! Keys: key ids, MAC providers (a local key or a callback to a KMS/HSM), per-domain keys
//! derived with HKDF, and the key chain of a list after rotation.

use std::fmt;
use std::sync::Arc;

use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::Sha256;
use subtle::ConstantTimeEq as _;
use zeroize::Zeroizing;

use crate::{Error, ErrorKind, Result};

type HmacSha256 = Hmac<Sha256>;

/// The shortest key a [`LocalKey`] accepts, in bytes (128 bits).
pub const MIN_KEY_LEN: usize = 16;
/// The longest key a [`LocalKey`] accepts, in bytes.
pub const MAX_KEY_LEN: usize = 1024;
/// The longest key id, in bytes.
pub const MAX_KEY_ID_LEN: usize = 128;

/// Checks a key id: 1 to [`MAX_KEY_ID_LEN`] bytes of ASCII letters, digits and `. _ - / :`.
/// (`<` is reserved for writing wrap chains as `internal/v4<-internal/v3`.)
///
/// # Errors
///
/// [`ErrorKind::InvalidArgument`] with detail `"key id"`.
pub fn check_key_id(id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id.len() <= MAX_KEY_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'/' | b':'));
    if ok {
        Ok(())
    } else {
        Err(Error::new(ErrorKind::InvalidArgument).with_detail("key id"))
    }
}

/// Something that computes HMAC-SHA-256 under one key: a [`LocalKey`], or a [`RemoteMac`] that
/// asks a KMS or HSM, so the key never has to be in this process.
pub trait MacProvider: Send + Sync {
    /// The id of the key (recorded in list files and receipts; never the key).
    fn key_id(&self) -> &str;

    /// HMAC-SHA-256 of `message` under the key.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::KeyMissing`] when the key cannot be used (a KMS that does not answer).
    fn mac(&self, message: &[u8]) -> Result<[u8; 32]>;
}

/// A key held in this process: zeroised on drop, redacted in `Debug`.
///
/// The HMAC inner and outer states are computed once (they are as secret as the key and are
/// wiped on drop too), so each MAC costs two SHA-256 compressions for short messages.
pub struct LocalKey {
    id: String,
    state: HmacSha256,
}

impl LocalKey {
    /// A key of [`MIN_KEY_LEN`] to [`MAX_KEY_LEN`] bytes with its id. The caller's copy of the
    /// bytes is not wiped (Python `bytes` cannot be); keep it in a `Zeroizing` buffer.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::BadKey`] for a key of the wrong length; [`ErrorKind::InvalidArgument`] for a
    /// malformed id ([`check_key_id`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::suppression::{LocalKey, MacProvider};
    /// let k = LocalKey::new(&[7u8; 32], "internal/v1").unwrap();
    /// assert_eq!(k.key_id(), "internal/v1");
    /// assert_eq!(format!("{k:?}"), "LocalKey { key_id: \"internal/v1\", .. }");
    /// assert_eq!(LocalKey::new(b"short", "x").unwrap_err().code(), "bad_key");
    /// ```
    pub fn new(key: &[u8], id: &str) -> Result<Self> {
        if key.len() < MIN_KEY_LEN || key.len() > MAX_KEY_LEN {
            return Err(Error::new(ErrorKind::BadKey).with_detail("key length"));
        }
        check_key_id(id)?;
        let state = HmacSha256::new_from_slice(key)
            .map_err(|_| Error::new(ErrorKind::BadKey).with_detail("key length"))?;
        Ok(LocalKey {
            id: id.to_owned(),
            state,
        })
    }
}

impl MacProvider for LocalKey {
    fn key_id(&self) -> &str {
        &self.id
    }

    fn mac(&self, message: &[u8]) -> Result<[u8; 32]> {
        let mut m = self.state.clone();
        m.update(message);
        Ok(m.finalize().into_bytes().into())
    }
}

impl fmt::Debug for LocalKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalKey")
            .field("key_id", &self.id)
            .finish_non_exhaustive()
    }
}

/// The callback of a [`RemoteMac`]: HMAC-SHA-256 of the message under the remote key, or `None`
/// when it could not be computed.
pub type MacCallback = dyn Fn(&[u8]) -> Option<[u8; 32]> + Send + Sync;

/// A key held elsewhere (KMS `GenerateMac`, an HSM): every MAC is a call of the callback.
pub struct RemoteMac {
    id: String,
    callback: Box<MacCallback>,
}

impl RemoteMac {
    /// A provider for the key `id` whose MACs `callback` computes.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] for a malformed id.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::suppression::{LocalKey, MacProvider, RemoteMac};
    /// let hsm = LocalKey::new(&[1u8; 32], "hsm/v1").unwrap();
    /// let remote = RemoteMac::new("hsm/v1", move |m: &[u8]| hsm.mac(m).ok()).unwrap();
    /// let local = LocalKey::new(&[1u8; 32], "hsm/v1").unwrap();
    /// assert_eq!(remote.mac(b"x").unwrap(), local.mac(b"x").unwrap());
    /// ```
    pub fn new(
        id: &str,
        callback: impl Fn(&[u8]) -> Option<[u8; 32]> + Send + Sync + 'static,
    ) -> Result<Self> {
        check_key_id(id)?;
        Ok(RemoteMac {
            id: id.to_owned(),
            callback: Box::new(callback),
        })
    }
}

impl MacProvider for RemoteMac {
    fn key_id(&self) -> &str {
        &self.id
    }

    fn mac(&self, message: &[u8]) -> Result<[u8; 32]> {
        (self.callback)(message).ok_or_else(|| Error::new(ErrorKind::KeyMissing))
    }
}

impl fmt::Debug for RemoteMac {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RemoteMac")
            .field("key_id", &self.id)
            .finish_non_exhaustive()
    }
}

/// A per-domain key (internal, group, partner X) derived from a root key with HKDF-SHA-256
/// (RFC 5869; no salt; `info = "contactkit/ck1/" + domain + "/" + version`), 32 bytes, wiped on
/// drop.
///
/// Tokens under a domain key cannot be computed from tokens under another: compute them for
/// every configured domain at erasure time (backfill is impossible by design).
///
/// # Errors
///
/// [`ErrorKind::BadKey`] when the root key is shorter than [`MIN_KEY_LEN`];
/// [`ErrorKind::InvalidArgument`] when `domain` or `version` is empty or contains `/`.
///
/// # Examples
///
/// ```
/// use contactkit::suppression::derive_domain_key;
/// let a = derive_domain_key(&[9u8; 32], "partner-x", "v1").unwrap();
/// let b = derive_domain_key(&[9u8; 32], "partner-y", "v1").unwrap();
/// assert_ne!(*a, *b);
/// ```
pub fn derive_domain_key(root: &[u8], domain: &str, version: &str) -> Result<Zeroizing<[u8; 32]>> {
    if root.len() < MIN_KEY_LEN {
        return Err(Error::new(ErrorKind::BadKey).with_detail("root key length"));
    }
    for part in [domain, version] {
        if part.is_empty() || part.contains('/') || part.len() > MAX_KEY_ID_LEN {
            return Err(Error::new(ErrorKind::InvalidArgument).with_detail("domain or version"));
        }
    }
    let info = format!("contactkit/ck1/{domain}/{version}");
    let hk = hkdf::Hkdf::<Sha256>::new(None, root);
    let mut out = Zeroizing::new([0u8; 32]);
    hk.expand(info.as_bytes(), out.as_mut())
        .map_err(|_| Error::new(ErrorKind::BadKey))?;
    Ok(out)
}

/// The key that authenticates a list file under `provider`: HKDF-Expand(PRK = the key,
/// `info = "contactkit/ck1/file-mac"`, L = 32), which is one HMAC of `info || 0x01` and so can
/// be computed by a remote provider too.
pub(crate) fn file_mac_key(provider: &dyn MacProvider) -> Result<Zeroizing<[u8; 32]>> {
    Ok(Zeroizing::new(
        provider.mac(b"contactkit/ck1/file-mac\x01")?,
    ))
}

/// HMAC-SHA-256 with a raw key (file trailers, tests).
pub(crate) fn hmac_raw(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut m = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    for p in parts {
        m.update(p);
    }
    m.finalize().into_bytes().into()
}

/// Constant-time equality of two byte strings (length is not secret).
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

/// The keys of a list: the outermost key first, then every key whose tokens it wraps
/// (`internal/v4<-internal/v3`). A list without rotation has a chain of one key.
#[derive(Clone)]
pub struct KeyChain {
    keys: Vec<Arc<dyn MacProvider>>,
}

impl KeyChain {
    /// A chain of one key.
    pub fn single(provider: Arc<dyn MacProvider>) -> Self {
        KeyChain {
            keys: vec![provider],
        }
    }

    /// A chain: `outer` first, then the wrapped keys, newest to oldest.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] for an empty chain or a key id used twice.
    pub fn new(keys: Vec<Arc<dyn MacProvider>>) -> Result<Self> {
        if keys.is_empty() {
            return Err(Error::new(ErrorKind::InvalidArgument).with_detail("empty key chain"));
        }
        let mut ids: Vec<&str> = keys.iter().map(|k| k.key_id()).collect();
        ids.sort_unstable();
        if ids.windows(2).any(|w| w[0] == w[1]) {
            return Err(Error::new(ErrorKind::InvalidArgument).with_detail("key id repeated"));
        }
        Ok(KeyChain { keys })
    }

    /// The outermost key (the one that authenticates the file).
    pub fn outer(&self) -> &dyn MacProvider {
        self.keys[0].as_ref()
    }

    /// The keys, outermost first.
    pub fn keys(&self) -> &[Arc<dyn MacProvider>] {
        &self.keys
    }

    /// The chain as written in headers and receipts: `internal/v4<-internal/v3`.
    pub fn id(&self) -> String {
        self.keys
            .iter()
            .map(|k| k.key_id())
            .collect::<Vec<_>>()
            .join("<-")
    }

    /// A new chain with `outer` wrapped around this one (rotation).
    ///
    /// # Errors
    ///
    /// As [`KeyChain::new`].
    pub fn wrapped_by(&self, outer: Arc<dyn MacProvider>) -> Result<Self> {
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.push(outer);
        keys.extend(self.keys.iter().cloned());
        KeyChain::new(keys)
    }
}

impl fmt::Debug for KeyChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyChain").field("id", &self.id()).finish()
    }
}

/// A source of keys by id, for opening a list whose header names its key chain.
pub trait KeyRing {
    /// The provider for key `id`, if this ring has it.
    fn provider(&self, id: &str) -> Option<Arc<dyn MacProvider>>;
}

impl KeyRing for [Arc<dyn MacProvider>] {
    fn provider(&self, id: &str) -> Option<Arc<dyn MacProvider>> {
        self.iter().find(|k| k.key_id() == id).cloned()
    }
}

impl KeyRing for Vec<Arc<dyn MacProvider>> {
    fn provider(&self, id: &str) -> Option<Arc<dyn MacProvider>> {
        self.as_slice().provider(id)
    }
}

impl KeyRing for KeyChain {
    fn provider(&self, id: &str) -> Option<Arc<dyn MacProvider>> {
        self.keys.provider(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        crate::suppression::to_hex(b)
    }

    #[test]
    fn rfc4231() {
        // Case 2.
        assert_eq!(
            hex(&hmac_raw(b"Jefe", &[b"what do ya want for nothing?"])),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        // Case 1 (key 0x0b * 20) through a LocalKey.
        let k = LocalKey::new(&[0x0b; 20], "t").unwrap();
        assert_eq!(
            hex(&k.mac(b"Hi There").unwrap()),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        );
        // Case 6: a key longer than the block.
        let k = LocalKey::new(&[0xaa; 131], "t").unwrap();
        assert_eq!(
            hex(&k
                .mac(b"Test Using Larger Than Block-Size Key - Hash Key First")
                .unwrap()),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn hkdf_rfc5869_case1_and_domain_keys() {
        // RFC 5869 A.1 uses a salt; check our no-salt derivation against A.3 (no salt, no info)
        // through the same crate, then our own info layout.
        let hk = hkdf::Hkdf::<Sha256>::new(None, &[0x0b; 22]);
        let mut okm = [0u8; 42];
        hk.expand(&[], &mut okm).unwrap();
        assert_eq!(
            hex(&okm),
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
        );
        let a = derive_domain_key(&[1; 32], "internal", "v1").unwrap();
        let again = derive_domain_key(&[1; 32], "internal", "v1").unwrap();
        let b = derive_domain_key(&[1; 32], "internal", "v2").unwrap();
        assert_eq!(*a, *again);
        assert_ne!(*a, *b);
        assert_eq!(
            derive_domain_key(&[1; 8], "x", "v1").unwrap_err().kind(),
            ErrorKind::BadKey
        );
        assert_eq!(
            derive_domain_key(&[1; 32], "a/b", "v1").unwrap_err().kind(),
            ErrorKind::InvalidArgument
        );
    }

    #[test]
    fn key_material_is_wiped_on_drop() {
        // The precomputed HMAC state (as secret as the key) is two SHA-256 cores, which wipe
        // themselves on drop (sha2's `zeroize` feature); derived keys are `Zeroizing`.
        fn zeroize_on_drop<T: zeroize::ZeroizeOnDrop>() {}
        zeroize_on_drop::<sha2::block_api::Sha256VarCore>();
        zeroize_on_drop::<Zeroizing<[u8; 32]>>();
    }

    #[test]
    fn key_ids() {
        for ok in ["internal/v1", "partner-x:2026", "a"] {
            check_key_id(ok).unwrap();
        }
        for bad in ["", "a b", "x<-y", "é", &"a".repeat(129)] {
            assert!(check_key_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn chain() {
        let a: Arc<dyn MacProvider> = Arc::new(LocalKey::new(&[1; 32], "k/v1").unwrap());
        let b: Arc<dyn MacProvider> = Arc::new(LocalKey::new(&[2; 32], "k/v2").unwrap());
        let c = KeyChain::single(a.clone()).wrapped_by(b).unwrap();
        assert_eq!(c.id(), "k/v2<-k/v1");
        assert!(KeyChain::new(vec![a.clone(), a]).is_err());
        assert!(ct_eq(b"abc", b"abc"));
        assert!(!ct_eq(b"abc", b"abd"));
        assert!(!ct_eq(b"abc", b"ab"));
    }
}
