//! `SuppressionList`: a keyed list of tokens with reasons and channels; `check` fails closed.

use std::fmt;
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use super::key::{KeyChain, MacProvider};
use super::reason::{
    Channel, DecisionStatus, KEY_MISSING, LIST_EXPIRED, NAMED_CHANNELS, SuppressionReason, scope_of,
};
use super::token::{StoredToken, chain_token};
use super::{Kind, SuppressionCanonical, Variant, canonical, to_hex};
use crate::{Error, ErrorKind, Result};

/// Record flag: the token was computed from the loose form.
pub(crate) const FLAG_LOOSE: u8 = 0x01;
/// Record flag: the person's own re-consent lifted some channels.
pub(crate) const FLAG_RECONSENT: u8 = 0x02;
/// Record flag: the token was computed from the CRM-cleaned value, not the raw one.
pub(crate) const FLAG_CLEANED: u8 = 0x04;
/// Every flag this release writes and reads.
pub(crate) const KNOWN_FLAGS: u8 = FLAG_LOOSE | FLAG_RECONSENT | FLAG_CLEANED;

/// One entry of a list file: a stored token and what it blocks. Holds no plaintext.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Record {
    /// The token (first 16 bytes of the MAC under the list's key chain).
    pub token: StoredToken,
    /// The identifier kind.
    pub kind: Kind,
    /// Channel bits ([`Channel::byte`]); 0 when a re-consent lifted every channel.
    pub scope: u8,
    /// Why the person is on the list.
    pub reason: SuppressionReason,
    /// Flags: loose variant (0x01), re-consent (0x02), cleaned value (0x04).
    pub flags: u8,
}

impl fmt::Debug for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Record")
            .field("token", &to_hex(&self.token))
            .field("kind", &self.kind)
            .field("scope", &self.scope)
            .field("reason", &self.reason)
            .field("flags", &self.flags)
            .finish()
    }
}

impl Record {
    /// Whether this record blocks `channel` (`Channel::All` asks: does it block any channel?).
    pub fn blocks(&self, channel: Channel) -> bool {
        if channel == Channel::All {
            self.scope != 0
        } else {
            self.scope & (channel.byte() | Channel::All.byte()) != 0
        }
    }

    /// Merges another record for the same token: scopes are OR-ed, the reason that comes first
    /// in [`SuppressionReason::ALL`] is kept, flags are OR-ed. Merging never lifts a block.
    pub(crate) fn merge(&mut self, other: &Record) {
        self.scope |= other.scope;
        self.reason = stronger(self.reason, other.reason);
        self.flags |= other.flags;
    }
}

/// A value that CRM cleaning cannot change beyond what `ck1` already does (trimming and case):
/// ASCII, an alphanumeric first and last character on both sides of the one `@`, only
/// `[A-Za-z0-9._+-]` in the local part, LDH labels with a dot and an alphabetic TLD. Such values
/// skip the cleaning pass (its canonical form would be the same).
fn plain_ascii_address(value: &str) -> bool {
    let v = value.trim_matches([' ', '\t']);
    let Some((local, domain)) = v.split_once('@') else {
        return false;
    };
    let edge_ok = |s: &str| {
        s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
            && s.bytes().last().is_some_and(|b| b.is_ascii_alphanumeric())
    };
    if !edge_ok(local) || !edge_ok(domain) || local.contains("..") {
        return false;
    }
    if !local
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-'))
    {
        return false;
    }
    let mut labels = 0;
    for label in domain.split('.') {
        labels += 1;
        if !edge_ok(label)
            || !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return false;
        }
    }
    let tld = domain.rsplit('.').next().unwrap_or("");
    labels >= 2 && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
}

/// A phone value that CRM cleaning cannot read differently from the plain parse: `+` and 7 to
/// 15 ASCII digits with nothing else (already E.164). Such values skip the cleaning pass.
fn plain_phone(value: &str) -> bool {
    let v = value.trim_matches([' ', '\t']);
    v.strip_prefix('+').is_some_and(|d| {
        (7..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0')
    })
}

/// The CRM cleaner the list uses: the default rules without typo suggestions (a suggestion is
/// never applied, so it cannot change the cleaned form, and computing it costs more than the
/// rest of the cleaning).
fn list_cleaner() -> &'static crate::email::EmailCleaner {
    static CLEANER: std::sync::OnceLock<crate::email::EmailCleaner> = std::sync::OnceLock::new();
    CLEANER.get_or_init(|| {
        crate::email::EmailCleaner::builder()
            .suggestions(false)
            .build()
            .unwrap_or_default()
    })
}

fn precedence(r: SuppressionReason) -> usize {
    SuppressionReason::ALL
        .iter()
        .position(|x| *x == r)
        .unwrap_or(usize::MAX)
}

fn stronger(a: SuppressionReason, b: SuppressionReason) -> SuppressionReason {
    if precedence(b) < precedence(a) { b } else { a }
}

/// Descriptive metadata of a list, written in the file header (never personal data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListMeta {
    /// A stable id of the list (chosen by the issuer).
    pub list_id: String,
    /// Who keeps the list.
    pub issuer: String,
    /// Who the file is for (`internal`, a subsidiary, a processor).
    pub audience: String,
    /// Incremented by every save; `open` refuses a file older than one already seen.
    pub sequence: u64,
    /// Creation time, seconds since the Unix epoch.
    pub created_at: u64,
    /// End of validity, seconds since the Unix epoch; `None` for no end.
    pub valid_until: Option<u64>,
}

impl Default for ListMeta {
    fn default() -> Self {
        ListMeta {
            list_id: "default".to_owned(),
            issuer: String::new(),
            audience: "internal".to_owned(),
            sequence: 0,
            created_at: now(),
            valid_until: None,
        }
    }
}

/// Seconds since the Unix epoch.
pub(crate) fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// An audit entry for a re-consent override: the token, the channels lifted, the person's own
/// recorded consent (a reference such as a ticket id, never its content) and the time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    /// The token the override applies to.
    pub token: StoredToken,
    /// The channel bits lifted.
    pub channels: u8,
    /// The reference of the person's recorded consent.
    pub reference: String,
    /// When, seconds since the Unix epoch.
    pub at: u64,
}

/// Options of [`SuppressionList::add`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddOptions {
    /// Why (default `erasure`).
    pub reason: SuppressionReason,
    /// Which channels (default `all`).
    pub channels: Vec<Channel>,
    /// Default region for phone numbers without `+`.
    pub region: Option<String>,
    /// Also store tokens for the CRM-cleaned value when it differs (default `true`).
    pub clean: bool,
}

impl Default for AddOptions {
    fn default() -> Self {
        AddOptions {
            reason: SuppressionReason::Erasure,
            channels: vec![Channel::All],
            region: None,
            clean: true,
        }
    }
}

/// Options of [`SuppressionList::check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckOptions {
    /// The channel about to be used (default `email`); `all` asks whether any channel is blocked.
    pub channel: Channel,
    /// Default region for phone numbers without `+`.
    pub region: Option<String>,
    /// Also try the CRM-cleaned value (default `true`).
    pub clean: bool,
    /// Count an unverifiable check as clear (default `false`: fail closed).
    pub unverifiable_is_clear: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            channel: Channel::Email,
            region: None,
            clean: true,
            unverifiable_is_clear: false,
        }
    }
}

/// What [`SuppressionList::add`] stored: tokens and the key chain id, never the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddReceipt {
    /// The key chain id (`internal/v2<-internal/v1`).
    pub key_id: String,
    /// The stored tokens with the form each came from.
    pub tokens: Vec<(Variant, StoredToken)>,
    /// How many of them were new (the others were merged into existing entries).
    pub new: usize,
}

/// The answer of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// `suppressed`, `clear` or `unverifiable`.
    pub status: DecisionStatus,
    /// The entry's reason slug when suppressed; why the check was unverifiable (a
    /// canonicalisation slug such as `missing_at`, or `list_expired`, `key_missing`).
    pub reason: Option<&'static str>,
    /// `true` for `suppressed`, and for `unverifiable` unless the caller opted out (fail closed).
    pub suppressed: bool,
}

impl Decision {
    fn clear() -> Self {
        Decision {
            status: DecisionStatus::Clear,
            reason: None,
            suppressed: false,
        }
    }

    pub(crate) fn suppressed(reason: Option<&'static str>) -> Self {
        Decision {
            status: DecisionStatus::Suppressed,
            reason,
            suppressed: true,
        }
    }

    pub(crate) fn unverifiable(reason: &'static str, opts: &CheckOptions) -> Self {
        Decision {
            status: DecisionStatus::Unverifiable,
            reason: Some(reason),
            suppressed: !opts.unverifiable_is_clear,
        }
    }
}

pub(crate) struct Inner {
    pub(crate) meta: ListMeta,
    pub(crate) records: Vec<Record>,
    pub(crate) overrides: Vec<Override>,
    /// `starts[p]`: the first record whose token's first two bytes are `>= p` (65,537 entries).
    /// Tokens are uniform, so a lookup is one index read and a search among about
    /// `len / 65536` records instead of `log2(len)` cache misses.
    starts: Vec<u32>,
}

fn prefix(t: &StoredToken) -> usize {
    usize::from(u16::from_be_bytes([t[0], t[1]]))
}

impl Inner {
    pub(crate) fn new(meta: ListMeta, records: Vec<Record>, overrides: Vec<Override>) -> Self {
        let mut i = Inner {
            meta,
            records,
            overrides,
            starts: Vec::new(),
        };
        i.reindex();
        i
    }

    /// Rebuilds the prefix index after a bulk change.
    pub(crate) fn reindex(&mut self) {
        let mut starts = vec![0u32; 65_537];
        for r in &self.records {
            starts[prefix(&r.token) + 1] += 1;
        }
        for p in 1..starts.len() {
            starts[p] += starts[p - 1];
        }
        self.starts = starts;
    }

    /// Like `binary_search` over the records by token.
    pub(crate) fn find(&self, t: &StoredToken) -> std::result::Result<usize, usize> {
        let p = prefix(t);
        let (lo, hi) = (self.starts[p] as usize, self.starts[p + 1] as usize);
        match self.records[lo..hi].binary_search_by(|x| x.token.cmp(t)) {
            Ok(i) => Ok(lo + i),
            Err(i) => Err(lo + i),
        }
    }

    /// Inserts one record at `pos` (from [`Inner::find`]) and updates the index.
    fn insert_at(&mut self, pos: usize, r: Record) {
        self.records.insert(pos, r);
        for s in &mut self.starts[prefix(&r.token) + 1..] {
            *s += 1;
        }
    }
}

/// The smallest share of a batch one thread of [`SuppressionList::check_many_threads`] takes.
#[cfg(feature = "parallel")]
const PAR_MIN_LEN: usize = 256;

/// A keyed suppression list (API.md §4): holds tokens only, never a plain identifier.
///
/// `Send + Sync`: reads (`check`) run concurrently; writes (`add`, `merge`) take an internal
/// write lock.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use contactkit::suppression::{AddOptions, CheckOptions, Kind, LocalKey, SuppressionList};
/// let key = Arc::new(LocalKey::new(&[5u8; 32], "internal/v1").unwrap());
/// let list = SuppressionList::create(key);
/// let receipt = list.add(Kind::Email, "Jan.Devries@GoogleMail.com", &AddOptions::default()).unwrap();
/// assert_eq!(receipt.key_id, "internal/v1");
/// let d = list.check(Kind::Email, "jandevries+crm@gmail.com", &CheckOptions::default());
/// assert!(d.suppressed);
/// assert_eq!(d.reason, Some("erasure"));
/// let d = list.check(Kind::Email, "someone@example.nl", &CheckOptions::default());
/// assert!(!d.suppressed);
/// let d = list.check(Kind::Email, "not an address", &CheckOptions::default());
/// assert!(d.suppressed); // unverifiable: fail closed
/// ```
pub struct SuppressionList {
    pub(crate) chain: KeyChain,
    pub(crate) inner: RwLock<Inner>,
    /// Set when the list was opened after its `valid_until` with
    /// [`ExpiryPolicy::Unverifiable`](super::ExpiryPolicy): every check is then unverifiable.
    pub(crate) expired: bool,
}

impl fmt::Debug for SuppressionList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = self.read();
        f.debug_struct("SuppressionList")
            .field("key_id", &self.chain.id())
            .field("list_id", &i.meta.list_id)
            .field("len", &i.records.len())
            .field("sequence", &i.meta.sequence)
            .finish_non_exhaustive()
    }
}

const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<SuppressionList>();
};

impl SuppressionList {
    /// An empty list under one key.
    pub fn create(key: Arc<dyn MacProvider>) -> Self {
        Self::with_chain(KeyChain::single(key), ListMeta::default())
    }

    /// An empty list under a key chain with the given metadata.
    pub fn with_chain(chain: KeyChain, meta: ListMeta) -> Self {
        SuppressionList {
            chain,
            inner: RwLock::new(Inner::new(meta, Vec::new(), Vec::new())),
            expired: false,
        }
    }

    pub(crate) fn read(&self) -> RwLockReadGuard<'_, Inner> {
        self.inner.read().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn write(&self) -> RwLockWriteGuard<'_, Inner> {
        self.inner.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// The number of entries (tokens).
    pub fn len(&self) -> usize {
        self.read().records.len()
    }

    /// Whether the list has no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The key chain id (`internal/v1`, or `internal/v2<-internal/v1` after rotation).
    pub fn key_id(&self) -> String {
        self.chain.id()
    }

    /// The key chain.
    pub fn chain(&self) -> &KeyChain {
        &self.chain
    }

    /// A copy of the metadata.
    pub fn meta(&self) -> ListMeta {
        self.read().meta.clone()
    }

    /// Replaces the descriptive metadata (`sequence` and `created_at` are kept).
    pub fn set_meta(&self, meta: ListMeta) {
        let mut i = self.write();
        let (seq, created) = (i.meta.sequence, i.meta.created_at);
        i.meta = ListMeta {
            sequence: seq,
            created_at: created,
            ..meta
        };
    }

    /// A copy of the records, sorted by token.
    pub fn records(&self) -> Vec<Record> {
        self.read().records.clone()
    }

    /// A copy of the re-consent audit log.
    pub fn overrides(&self) -> Vec<Override> {
        self.read().overrides.clone()
    }

    /// The canonical forms to token: the raw value's and, with `clean`, the cleaned value's.
    fn forms(
        kind: Kind,
        value: &str,
        region: Option<&str>,
        clean: bool,
    ) -> std::result::Result<Vec<(SuppressionCanonical, bool)>, Error> {
        let raw = canonical(kind, value, region);
        let mut out = Vec::with_capacity(2);
        let mut first_err = None;
        match raw {
            Ok(c) => out.push((c, false)),
            Err(e) => first_err = Some(e),
        }
        if clean && kind == Kind::Email && !plain_ascii_address(value) {
            let cleaned = list_cleaner().clean(value);
            if let Some(n) = cleaned
                .email
                .and_then(|r| if r.valid { r.normalized } else { None })
                && let Ok(c) = canonical(kind, &n, region)
                && out.iter().all(|(o, _)| o != &c)
            {
                out.push((c, true));
            }
        }
        if clean && kind == Kind::Phone && !plain_phone(value) {
            // The CRM layer: labels, extension words, several numbers in one field, region
            // aliases (`nl`, `Nederland`). Its main number, when it has a possible length.
            // `dedup_key` is already the E.164 form of that number (libphonenumber's parse).
            if let Ok(cleaned) = crate::phone::clean(value, region)
                && let Some(e164) = cleaned.dedup_key
                && out.iter().all(|(o, _)| o.strict() != e164)
            {
                out.push((SuppressionCanonical::phone(e164), true));
            }
        }
        match first_err {
            Some(e) if out.is_empty() => Err(e),
            _ => Ok(out),
        }
    }

    /// The tokens of a value (every form, every variant) with their flags.
    fn tokens(
        &self,
        kind: Kind,
        value: &str,
        region: Option<&str>,
        clean: bool,
    ) -> Result<Vec<(Variant, StoredToken, u8)>> {
        let mut out = Vec::with_capacity(4);
        for (c, cleaned) in Self::forms(kind, value, region, clean)? {
            for (variant, form) in c.variants() {
                let t = chain_token(&self.chain, kind, form)?;
                let mut flags = if cleaned { FLAG_CLEANED } else { 0 };
                if variant == Variant::Loose {
                    flags |= FLAG_LOOSE;
                }
                if !out.iter().any(|(_, o, _)| *o == t) {
                    out.push((variant, t, flags));
                }
            }
        }
        Ok(out)
    }

    /// Adds a value: tokens for the strict and loose forms of the raw value and, when it differs,
    /// of the CRM-cleaned value.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidInput`] when the value has no canonical form (the code says why);
    /// [`ErrorKind::InvalidArgument`] for an empty channel list; what the key provider reports.
    pub fn add(&self, kind: Kind, value: &str, opts: &AddOptions) -> Result<AddReceipt> {
        let scope = scope_of(&opts.channels);
        if scope == 0 {
            return Err(Error::new(ErrorKind::InvalidArgument).with_detail("channels"));
        }
        let tokens = self.tokens(kind, value, opts.region.as_deref(), opts.clean)?;
        let records: Vec<Record> = tokens
            .iter()
            .map(|&(_, token, flags)| Record {
                token,
                kind,
                scope,
                reason: opts.reason,
                flags,
            })
            .collect();
        let new = self.insert(&records);
        Ok(AddReceipt {
            key_id: self.key_id(),
            tokens: tokens.into_iter().map(|(v, t, _)| (v, t)).collect(),
            new,
        })
    }

    /// Adds many values; element `i` is what `add(kind, values[i], opts)` returns. Entries are
    /// inserted with one sort, so this is the way to import a large list.
    ///
    /// # Errors
    ///
    /// Only for misuse that concerns every value (an empty channel list); per-value problems are
    /// in the returned vector.
    pub fn add_many<S: AsRef<str>>(
        &self,
        kind: Kind,
        values: &[S],
        opts: &AddOptions,
    ) -> Result<Vec<Result<AddReceipt>>> {
        let scope = scope_of(&opts.channels);
        if scope == 0 {
            return Err(Error::new(ErrorKind::InvalidArgument).with_detail("channels"));
        }
        let key_id = self.key_id();
        let mut records = Vec::with_capacity(values.len() * 2);
        let mut out = Vec::with_capacity(values.len());
        for v in values {
            match self.tokens(kind, v.as_ref(), opts.region.as_deref(), opts.clean) {
                Ok(tokens) => {
                    records.extend(tokens.iter().map(|&(_, token, flags)| Record {
                        token,
                        kind,
                        scope,
                        reason: opts.reason,
                        flags,
                    }));
                    out.push(Ok(AddReceipt {
                        key_id: key_id.clone(),
                        tokens: tokens.into_iter().map(|(v, t, _)| (v, t)).collect(),
                        new: 0,
                    }));
                }
                Err(e) => out.push(Err(e)),
            }
        }
        self.insert(&records);
        Ok(out)
    }

    /// Inserts records (merging duplicates); returns how many tokens were new.
    pub(crate) fn insert(&self, new: &[Record]) -> usize {
        let mut i = self.write();
        if new.len() <= 8 {
            let mut added = 0;
            for r in new {
                match i.find(&r.token) {
                    Ok(pos) => i.records[pos].merge(r),
                    Err(pos) => {
                        i.insert_at(pos, *r);
                        added += 1;
                    }
                }
            }
            return added;
        }
        let before = i.records.len();
        let mut all = std::mem::take(&mut i.records);
        all.extend_from_slice(new);
        all.sort_unstable_by_key(|r| r.token);
        let mut merged: Vec<Record> = Vec::with_capacity(all.len());
        for r in all {
            match merged.last_mut() {
                Some(last) if last.token == r.token => last.merge(&r),
                _ => merged.push(r),
            }
        }
        i.records = merged;
        i.reindex();
        i.records.len() - before
    }

    /// Merges every entry of `other` (bulk import of another copy of the same list, or of a
    /// list kept by another system under the same key chain). Scopes are OR-ed: a merge never
    /// lifts a block. Returns the number of new tokens.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::KeyMissing`] when `other` has a different key chain (its tokens could not be
    /// matched).
    pub fn merge(&self, other: &SuppressionList) -> Result<usize> {
        if other.key_id() != self.key_id() {
            return Err(Error::new(ErrorKind::KeyMissing).with_detail("key chains differ"));
        }
        let (records, overrides) = {
            let o = other.read();
            (o.records.clone(), o.overrides.clone())
        };
        let n = self.insert(&records);
        let mut i = self.write();
        for ov in overrides {
            if !i.overrides.contains(&ov) {
                i.overrides.push(ov);
            }
        }
        Ok(n)
    }

    /// Records the person's own re-consent: lifts `channels` from every entry of the value (all
    /// forms and variants) and logs `reference` (a ticket or consent-record id, never its
    /// content). Returns how many entries changed. Entries stay in the list (scope 0 blocks
    /// nothing) so the history is auditable.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] for an empty or malformed `reference` (1 to 128 printable
    /// ASCII characters) or empty `channels`; as [`SuppressionList::add`] for the value.
    pub fn reconsent(
        &self,
        kind: Kind,
        value: &str,
        channels: &[Channel],
        reference: &str,
        region: Option<&str>,
    ) -> Result<usize> {
        let ok_ref = !reference.is_empty()
            && reference.len() <= 128
            && reference.bytes().all(|b| b.is_ascii_graphic());
        let lift = scope_of(channels);
        if !ok_ref || lift == 0 {
            return Err(Error::new(ErrorKind::InvalidArgument)
                .with_detail("re-consent reference or channels"));
        }
        let tokens = self.tokens(kind, value, region, true)?;
        let at = now();
        let mut i = self.write();
        let mut changed = 0;
        for (_, t, _) in tokens {
            if let Ok(pos) = i.find(&t) {
                let r = &mut i.records[pos];
                let mut scope = r.scope;
                if lift & Channel::All.byte() != 0 {
                    scope = 0;
                } else {
                    if scope & Channel::All.byte() != 0 {
                        scope = NAMED_CHANNELS;
                    }
                    scope &= !lift;
                }
                if scope != r.scope {
                    r.scope = scope;
                    r.flags |= FLAG_RECONSENT;
                    changed += 1;
                    i.overrides.push(Override {
                        token: t,
                        channels: lift,
                        reference: reference.to_owned(),
                        at,
                    });
                }
            }
        }
        Ok(changed)
    }

    /// Looks a stored token up.
    pub fn lookup(&self, token: &StoredToken) -> Option<Record> {
        let i = self.read();
        i.find(token).ok().map(|p| i.records[p])
    }

    /// Checks a value: every form (raw and cleaned), both variants, the whole key chain.
    /// `suppressed` with the entry's reason, `clear`, or `unverifiable` (no canonical form, an
    /// expired list, a failing key), which counts as suppressed unless the caller opts out.
    pub fn check(&self, kind: Kind, value: &str, opts: &CheckOptions) -> Decision {
        let i = self.read();
        self.check_locked(&i, kind, value, opts)
    }

    fn check_locked(
        &self,
        inner: &Inner,
        kind: Kind,
        value: &str,
        opts: &CheckOptions,
    ) -> Decision {
        if self.expired {
            return Decision::unverifiable(LIST_EXPIRED, opts);
        }
        let tokens = match self.tokens(kind, value, opts.region.as_deref(), opts.clean) {
            Ok(t) => t,
            Err(e) if e.kind() == ErrorKind::InvalidInput => {
                return Decision::unverifiable(e.code(), opts);
            }
            Err(_) => return Decision::unverifiable(KEY_MISSING, opts),
        };
        Self::decide(inner, kind, tokens.iter().map(|(_, t, _)| t), opts)
    }

    fn decide<'t>(
        inner: &Inner,
        kind: Kind,
        tokens: impl Iterator<Item = &'t StoredToken>,
        opts: &CheckOptions,
    ) -> Decision {
        let mut best: Option<SuppressionReason> = None;
        for t in tokens {
            if let Ok(p) = inner.find(t) {
                let r = &inner.records[p];
                if r.kind == kind && r.blocks(opts.channel) {
                    best = Some(best.map_or(r.reason, |b| stronger(b, r.reason)));
                }
            }
        }
        match best {
            Some(r) => Decision::suppressed(Some(r.code())),
            None => Decision::clear(),
        }
    }

    /// Checks a value that is already in canonical form ([`canonical`]): no canonicalisation
    /// and no CRM cleaning, only the tokens of both variants and the lookups. This is the fast
    /// path when the same value is checked against several lists.
    pub fn check_canonical(&self, c: &SuppressionCanonical, opts: &CheckOptions) -> Decision {
        if self.expired {
            return Decision::unverifiable(LIST_EXPIRED, opts);
        }
        let mut tokens = [[0u8; 16]; 2];
        let mut n = 0;
        for (_, form) in c.variants() {
            match chain_token(&self.chain, c.kind(), form) {
                Ok(t) => tokens[n] = t,
                Err(_) => return Decision::unverifiable(KEY_MISSING, opts),
            }
            n += 1;
        }
        let i = self.read();
        Self::decide(&i, c.kind(), tokens[..n].iter(), opts)
    }

    /// Checks many values; element `i` equals `check(kind, values[i], opts)`.
    pub fn check_many<S: AsRef<str>>(
        &self,
        kind: Kind,
        values: &[S],
        opts: &CheckOptions,
    ) -> Vec<Decision> {
        let i = self.read();
        values
            .iter()
            .map(|v| self.check_locked(&i, kind, v.as_ref(), opts))
            .collect()
    }

    /// [`check_many`](Self::check_many) spread over `threads` threads of a per-call pool (joined
    /// before returning); `threads <= 1` or a short batch runs on the caller's thread. The result
    /// is identical to `check_many`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] when the pool cannot be built.
    #[cfg(feature = "parallel")]
    pub fn check_many_threads<S: AsRef<str> + Sync>(
        &self,
        kind: Kind,
        values: &[S],
        opts: &CheckOptions,
        threads: usize,
    ) -> Result<Vec<Decision>> {
        use rayon::prelude::*;
        if threads <= 1 || values.len() < 2 * PAR_MIN_LEN {
            return Ok(self.check_many(kind, values, opts));
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|_| Error::new(ErrorKind::InvalidArgument).with_detail("thread pool"))?;
        let guard = self.read();
        let inner: &Inner = &guard;
        Ok(pool.install(|| {
            values
                .par_iter()
                .with_min_len(PAR_MIN_LEN)
                .map(|v| self.check_locked(inner, kind, v.as_ref(), opts))
                .collect()
        }))
    }

    /// Rotation: a new list whose tokens are this list's tokens re-wrapped under `new_key`
    /// (no plaintext needed). Lookups then need the whole chain (`new<-old`).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] when `new_key`'s id is already in the chain; what the
    /// provider reports.
    pub fn rotate(&self, new_key: Arc<dyn MacProvider>) -> Result<SuppressionList> {
        let chain = self.chain.wrapped_by(new_key)?;
        let old_id = self.chain.outer().key_id().to_owned();
        let i = self.read();
        let mut records = Vec::with_capacity(i.records.len());
        for r in &i.records {
            let token = super::token::rewrap(chain.outer(), &old_id, &r.token)?;
            records.push(Record { token, ..*r });
        }
        let mut overrides = i.overrides.clone();
        for o in &mut overrides {
            o.token = super::token::rewrap(chain.outer(), &old_id, &o.token)?;
        }
        records.sort_unstable_by_key(|r| r.token);
        Ok(SuppressionList {
            chain,
            inner: RwLock::new(Inner::new(i.meta.clone(), records, overrides)),
            expired: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_addresses_clean_to_the_same_canonical_form() {
        for v in [
            "jan@example.nl",
            " Jan.Jansen+x@Example.NL\t",
            "a_b-c@sub.example.com",
            "j.de.vries@gmail.com",
        ] {
            assert!(plain_ascii_address(v), "{v}");
            let cleaned = crate::email::clean(v, None).email.unwrap();
            assert!(cleaned.valid, "{v}");
            let a = canonical(Kind::Email, v, None).unwrap();
            let b = canonical(Kind::Email, cleaned.normalized.as_deref().unwrap(), None).unwrap();
            assert_eq!(a, b, "{v}");
        }
        for v in [
            "mailto:jan@example.nl",
            "Jan <jan@example.nl>",
            "jan@example.nl.",
            ".jan@example.nl",
            "jan..x@example.nl",
            "jan@localhost",
            "jan@example.123",
            "jan@-example.nl",
            "jan @example.nl",
            "jän@example.nl",
        ] {
            assert!(!plain_ascii_address(v), "{v}");
        }
    }

    #[test]
    fn the_list_cleaner_gives_the_default_normalized_form() {
        for v in [
            "Jan <jan@bücher.example>",
            "mailto:jan@gmial.com",
            "jan @ example .nl",
            "\u{200b}jan@exämple.nl",
        ] {
            let a = list_cleaner()
                .clean(v)
                .email
                .map(|e| (e.valid, e.normalized));
            let b = crate::email::clean(v, None)
                .email
                .map(|e| (e.valid, e.normalized));
            assert_eq!(a, b, "{v}");
        }
    }

    #[test]
    fn plain_phones_clean_to_the_same_canonical_form() {
        for v in ["+31612345678", " +298201234\t", "+12025550123"] {
            assert!(plain_phone(v), "{v}");
        }
        for v in [
            "0612345678",
            "+0612345678",
            "+31 6 12345678",
            "+316",
            "+31612345678 x",
        ] {
            assert!(!plain_phone(v), "{v}");
        }
    }

    proptest::proptest! {
        /// The phone cleaning pass is skipped only where it cannot add another canonical form.
        #[test]
        fn skipping_phone_cleaning_is_safe(v in "[ \t]{0,1}\\+[1-9][0-9]{6,14}[ \t]{0,1}", region in proptest::sample::select(vec!["NL", "US", "DE"])) {
            if plain_phone(&v) {
                let cleaned = crate::phone::clean(&v, Some(region)).unwrap();
                if let Some(e164) = cleaned.dedup_key {
                    let a = canonical(Kind::Phone, &v, Some(region)).unwrap();
                    proptest::prop_assert_eq!(a.strict(), e164.as_str());
                }
            }
        }

        /// The cleaning pass is skipped only where it cannot add another canonical form.
        #[test]
        fn skipping_cleaning_is_safe(v in "[ \t]{0,2}[A-Za-z0-9][A-Za-z0-9._+-]{0,8}[A-Za-z0-9]?@[A-Za-z0-9][A-Za-z0-9-]{0,6}[A-Za-z0-9]?\\.[A-Za-z]{2,4}[ \t]{0,2}") {
            if plain_ascii_address(&v) {
                // The slow path adds the cleaned form only when it is valid and differs.
                let cleaned = crate::email::clean(&v, None).email;
                if let Some(n) = cleaned.filter(|r| r.valid).and_then(|r| r.normalized) {
                    let a = canonical(Kind::Email, &v, None).unwrap();
                    let b = canonical(Kind::Email, &n, None).unwrap();
                    proptest::prop_assert_eq!(a, b);
                }
            }
        }
    }
}
