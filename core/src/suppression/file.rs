//! The portable list file `CKSUPP` v1 (docs/suppression-format.md): magic and version, a JSON
//! header, records sorted by token, an HMAC-SHA-256 trailer. Reading fails closed: every
//! failure is a distinct error, never an empty list.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, RwLock};

use serde_json::{Value, json};

use super::key::{KeyChain, KeyRing, MacProvider, ct_eq, file_mac_key, hmac_raw};
use super::list::{Inner, KNOWN_FLAGS, ListMeta, Override, Record, SuppressionList, now};
use super::reason::SuppressionReason;
use super::token::STORED_TOKEN_LEN;
use super::{Kind, phone_metadata_version, to_hex};
use crate::{Error, ErrorKind, Result};

/// The first 7 bytes of every list file; the 8th is the format major version.
pub const MAGIC: &[u8; 7] = b"CKSUPP\0";
/// The format major version this release reads and writes.
pub const FORMAT_VERSION: u8 = 1;
/// Size of a token-list record in bytes.
pub const RECORD_SIZE: usize = 20;
/// Size of the trailer (HMAC-SHA-256).
pub const TRAILER_LEN: usize = 32;
/// The largest header accepted, in bytes.
pub const MAX_HEADER_LEN: usize = 1 << 20;
/// The record fields, as written in the header.
pub const RECORD_FIELDS: &[&str] = &["token:16", "kind:u8", "scope:u8", "reason:u8", "flags:u8"];

/// The `ck1` e-mail canonicalisation id written in headers.
pub const CANON_EMAIL: &str = "ck1";
/// The `ck1` phone canonicalisation id written in headers.
pub const CANON_PHONE: &str = "ck1";

/// Error reason slugs of file reading (with [`ErrorKind::FileCorrupt`] and friends).
pub const FILE_ERROR_CODES: &[&str] = &[
    "truncated",
    "bad_magic",
    "bad_header",
    "unsupported_parameters",
    "payload_length",
    "unsorted",
    "bad_record",
    "bad_filter",
    "wrong_key",
];

/// The length of each entry of the header's `key_checks` (truncated HMAC-SHA-256).
const KEY_CHECK_LEN: usize = 16;
/// The domain-separation prefix of a key check (docs/suppression-format.md §3).
const KEY_CHECK_CONTEXT: &[u8] = b"contactkit/ck1/key-check";

/// `HMAC(key, "contactkit/ck1/key-check" 0x00 list_id 0x00 key_id)[0..16]`: proves the opener's
/// key for `key_id` is the one the list was written with. A MAC of a public constant: it reveals
/// neither the key nor any identifier.
fn key_check(provider: &dyn MacProvider, list_id: &str) -> Result<[u8; KEY_CHECK_LEN]> {
    let id = provider.key_id().as_bytes();
    let mut msg = Vec::with_capacity(KEY_CHECK_CONTEXT.len() + list_id.len() + id.len() + 2);
    msg.extend_from_slice(KEY_CHECK_CONTEXT);
    msg.push(0);
    msg.extend_from_slice(list_id.as_bytes());
    msg.push(0);
    msg.extend_from_slice(id);
    let mac = provider.mac(&msg)?;
    let mut out = [0u8; KEY_CHECK_LEN];
    out.copy_from_slice(&mac[..KEY_CHECK_LEN]);
    Ok(out)
}

/// The header's `key_checks`: one hex string per key of the chain, outer key first.
fn key_checks_json(chain: &KeyChain, list_id: &str) -> Result<Value> {
    let mut out = Vec::with_capacity(chain.keys().len());
    for k in chain.keys() {
        out.push(Value::String(to_hex(&key_check(k.as_ref(), list_id)?)));
    }
    Ok(Value::Array(out))
}

fn corrupt(reason: &'static str) -> Error {
    Error::new(ErrorKind::FileCorrupt).with_reason(reason)
}

fn unsupported(reason: &'static str) -> Error {
    Error::new(ErrorKind::UnsupportedVersion).with_reason(reason)
}

/// The payload form of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Form {
    /// Exact records (token, kind, scope, reason, flags).
    TokenList,
    /// A binary fuse filter with 8-bit fingerprints (FP rate about 0.39 %).
    BinaryFuse8,
    /// A binary fuse filter with 16-bit fingerprints (FP rate about 0.0015 %).
    BinaryFuse16,
}

impl Form {
    /// The name in the header.
    pub const fn code(self) -> &'static str {
        match self {
            Form::TokenList => "token_list",
            Form::BinaryFuse8 => "binary_fuse8",
            Form::BinaryFuse16 => "binary_fuse16",
        }
    }

    /// The form called `name`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`] for another name.
    pub fn from_name(name: &str) -> Result<Self> {
        match name {
            "token_list" => Ok(Form::TokenList),
            "binary_fuse8" => Ok(Form::BinaryFuse8),
            "binary_fuse16" => Ok(Form::BinaryFuse16),
            _ => Err(Error::new(ErrorKind::InvalidArgument).with_detail("form")),
        }
    }
}

/// What to do with a list whose `valid_until` has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ExpiryPolicy {
    /// Refuse to open it ([`ErrorKind::FileExpired`]; the default).
    #[default]
    Fail,
    /// Open it, but answer every check `unverifiable` (`list_expired`), which counts as
    /// suppressed unless the caller opts out.
    Unverifiable,
}

/// Options of [`SuppressionList::open`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenOptions {
    /// Refuse a file whose sequence is lower than this (the last one seen: no rollback).
    pub min_sequence: Option<u64>,
    /// What to do with an expired list.
    pub expiry: ExpiryPolicy,
    /// The time to check `valid_until` against (seconds since the epoch); default now.
    pub now: Option<u64>,
}

/// The parts of a file after its checks.
pub(crate) struct Parsed {
    pub(crate) header: Value,
    pub(crate) chain: KeyChain,
    pub(crate) meta: ListMeta,
    pub(crate) form: Form,
    pub(crate) payload: Vec<u8>,
    pub(crate) expired: bool,
}

fn header_json(
    chain: &KeyChain,
    meta: &ListMeta,
    form: Form,
    count: usize,
    extra: Value,
) -> Result<Value> {
    let ids: Vec<&str> = chain.keys().iter().map(|k| k.key_id()).collect();
    let mut h = json!({
        "format": "CKSUPP",
        "format_version": FORMAT_VERSION,
        "list_id": meta.list_id,
        "issuer": meta.issuer,
        "audience": meta.audience,
        "sequence": meta.sequence,
        "created_at": meta.created_at,
        "valid_until": meta.valid_until,
        "form": form.code(),
        "token": {
            "alg": "HMAC-SHA-256",
            "context": "ck1",
            "len": STORED_TOKEN_LEN,
            "key_id": ids[0],
            "wrap_chain": &ids[1..],
            "key_checks": key_checks_json(chain, &meta.list_id)?,
        },
        "canonicalization": {
            "email": CANON_EMAIL,
            "phone": CANON_PHONE,
            "variants": ["strict", "loose"],
            "phone_metadata": phone_metadata_version(),
        },
        "record_count": count,
        "integrity": "hmac-sha256",
    });
    if let (Value::Object(h), Value::Object(extra)) = (&mut h, extra) {
        h.extend(extra);
    }
    Ok(h)
}

/// Writes a complete file: magic, header, payload, trailer.
pub(crate) fn write_file(
    w: &mut dyn Write,
    chain: &KeyChain,
    meta: &ListMeta,
    form: Form,
    count: usize,
    extra: Value,
    payload: &[u8],
) -> Result<()> {
    let header = header_json(chain, meta, form, count, extra)?;
    let hdr = serde_json::to_vec(&header).map_err(|_| Error::new(ErrorKind::InvalidJson))?;
    let mut buf = Vec::with_capacity(12 + hdr.len() + payload.len() + TRAILER_LEN);
    buf.extend_from_slice(MAGIC);
    buf.push(FORMAT_VERSION);
    buf.extend_from_slice(&(hdr.len() as u32).to_le_bytes());
    buf.extend_from_slice(&hdr);
    buf.extend_from_slice(payload);
    let key = file_mac_key(chain.outer())?;
    let tag = hmac_raw(key.as_ref(), &[&buf]);
    buf.extend_from_slice(&tag);
    w.write_all(&buf)?;
    w.flush()?;
    Ok(())
}

fn get_str<'a>(h: &'a Value, k: &str) -> Result<&'a str> {
    h.get(k)
        .and_then(Value::as_str)
        .ok_or_else(|| corrupt("bad_header"))
}

fn get_u64(h: &Value, k: &str) -> Result<u64> {
    h.get(k)
        .and_then(Value::as_u64)
        .ok_or_else(|| corrupt("bad_header"))
}

/// Reads and checks a file. Order: magic and version, header JSON, parameters, keys, the MAC
/// (in constant time), the key check of every key of the chain, then payload size, expiry and
/// sequence. The caller checks the payload.
pub(crate) fn read_file(bytes: &[u8], keys: &dyn KeyRing, opts: &OpenOptions) -> Result<Parsed> {
    if bytes.len() < 8 {
        return Err(corrupt(if bytes.starts_with(&MAGIC[..bytes.len()]) {
            "truncated"
        } else {
            "bad_magic"
        }));
    }
    if &bytes[..7] != MAGIC {
        return Err(corrupt("bad_magic"));
    }
    if bytes[7] != FORMAT_VERSION {
        return Err(unsupported("unsupported_version"));
    }
    if bytes.len() < 12 + TRAILER_LEN {
        return Err(corrupt("truncated"));
    }
    let hdr_len = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes")) as usize;
    if hdr_len > MAX_HEADER_LEN {
        return Err(corrupt("bad_header"));
    }
    if 12 + hdr_len + TRAILER_LEN > bytes.len() {
        return Err(corrupt("truncated"));
    }
    let header: Value =
        serde_json::from_slice(&bytes[12..12 + hdr_len]).map_err(|_| corrupt("bad_header"))?;
    if !header.is_object() {
        return Err(corrupt("bad_header"));
    }
    if get_str(&header, "format")? != "CKSUPP"
        || get_u64(&header, "format_version")? != u64::from(FORMAT_VERSION)
    {
        return Err(unsupported("unsupported_version"));
    }
    let form = Form::from_name(get_str(&header, "form")?)
        .map_err(|_| unsupported("unsupported_parameters"))?;
    let token = header.get("token").ok_or_else(|| corrupt("bad_header"))?;
    if get_str(token, "alg")? != "HMAC-SHA-256"
        || get_str(token, "context")? != "ck1"
        || get_u64(token, "len")? != STORED_TOKEN_LEN as u64
        || get_str(&header, "integrity")? != "hmac-sha256"
    {
        return Err(unsupported("unsupported_parameters"));
    }
    let canon = header
        .get("canonicalization")
        .ok_or_else(|| corrupt("bad_header"))?;
    if get_str(canon, "email")? != CANON_EMAIL || get_str(canon, "phone")? != CANON_PHONE {
        return Err(unsupported("unsupported_parameters"));
    }
    // Keys: the outer key and the whole wrap chain.
    let mut ids = vec![get_str(token, "key_id")?];
    for id in token
        .get("wrap_chain")
        .and_then(Value::as_array)
        .ok_or_else(|| corrupt("bad_header"))?
    {
        ids.push(id.as_str().ok_or_else(|| corrupt("bad_header"))?);
    }
    let mut providers: Vec<Arc<dyn MacProvider>> = Vec::with_capacity(ids.len());
    for id in &ids {
        providers.push(
            keys.provider(id)
                .ok_or_else(|| Error::new(ErrorKind::KeyMissing))?,
        );
    }
    let chain = KeyChain::new(providers).map_err(|_| corrupt("bad_header"))?;
    // The tag, in constant time, before anything else is trusted.
    let body = &bytes[..bytes.len() - TRAILER_LEN];
    let key = file_mac_key(chain.outer())?;
    let tag = hmac_raw(key.as_ref(), &[body]);
    if !ct_eq(&tag, &bytes[bytes.len() - TRAILER_LEN..]) {
        return Err(Error::new(ErrorKind::FileTampered));
    }
    // Every key of the chain, not only the outer one the tag proves: a wrong older key would
    // otherwise open the list and answer every check `clear`.
    let list_id = get_str(&header, "list_id")?;
    let checks = token
        .get("key_checks")
        .and_then(Value::as_array)
        .ok_or_else(|| corrupt("bad_header"))?;
    if checks.len() != chain.keys().len() {
        return Err(corrupt("bad_header"));
    }
    let mut all_match = true;
    for (k, c) in chain.keys().iter().zip(checks) {
        let want = c
            .as_str()
            .and_then(from_hex16)
            .ok_or_else(|| corrupt("bad_header"))?;
        all_match &= ct_eq(&key_check(k.as_ref(), list_id)?, &want);
    }
    if !all_match {
        return Err(Error::new(ErrorKind::KeyMissing).with_reason("wrong_key"));
    }
    let valid_until = match header.get("valid_until") {
        None | Some(Value::Null) => None,
        Some(v) => Some(v.as_u64().ok_or_else(|| corrupt("bad_header"))?),
    };
    let meta = ListMeta {
        list_id: get_str(&header, "list_id")?.to_owned(),
        issuer: get_str(&header, "issuer")?.to_owned(),
        audience: get_str(&header, "audience")?.to_owned(),
        sequence: get_u64(&header, "sequence")?,
        created_at: get_u64(&header, "created_at")?,
        valid_until,
    };
    if let Some(min) = opts.min_sequence
        && meta.sequence < min
    {
        return Err(Error::new(ErrorKind::FileRollback));
    }
    let mut expired = false;
    if let Some(until) = valid_until
        && opts.now.unwrap_or_else(now) > until
    {
        match opts.expiry {
            ExpiryPolicy::Fail => return Err(Error::new(ErrorKind::FileExpired)),
            ExpiryPolicy::Unverifiable => expired = true,
        }
    }
    Ok(Parsed {
        payload: bytes[12 + hdr_len..bytes.len() - TRAILER_LEN].to_vec(),
        header,
        chain,
        meta,
        form,
        expired,
    })
}

/// Encodes records.
pub(crate) fn encode_records(records: &[Record]) -> Vec<u8> {
    let mut out = Vec::with_capacity(records.len() * RECORD_SIZE);
    for r in records {
        out.extend_from_slice(&r.token);
        out.extend_from_slice(&[r.kind.byte(), r.scope, r.reason.byte(), r.flags]);
    }
    out
}

/// Decodes and checks records: size, strict order, known bytes.
pub(crate) fn decode_records(payload: &[u8], count: u64) -> Result<Vec<Record>> {
    if count.checked_mul(RECORD_SIZE as u64) != Some(payload.len() as u64) {
        return Err(corrupt("payload_length"));
    }
    let mut out: Vec<Record> = Vec::with_capacity(payload.len() / RECORD_SIZE);
    for (n, c) in payload.chunks_exact(RECORD_SIZE).enumerate() {
        let mut token = [0u8; STORED_TOKEN_LEN];
        token.copy_from_slice(&c[..16]);
        let bad = || corrupt("bad_record").with_position(n);
        let kind = Kind::from_byte(c[16]).ok_or_else(bad)?;
        let reason = SuppressionReason::from_byte(c[18]).ok_or_else(bad)?;
        if c[19] & !KNOWN_FLAGS != 0 || c[17] & 0x60 != 0 {
            return Err(bad());
        }
        if let Some(last) = out.last()
            && last.token >= token
        {
            return Err(corrupt("unsorted").with_position(n));
        }
        out.push(Record {
            token,
            kind,
            scope: c[17],
            reason,
            flags: c[19],
        });
    }
    Ok(out)
}

fn overrides_json(o: &[Override]) -> Value {
    Value::Array(
        o.iter()
            .map(|o| json!({"token": to_hex(&o.token), "channels": o.channels, "reference": o.reference, "at": o.at}))
            .collect(),
    )
}

fn parse_overrides(h: &Value) -> Result<Vec<Override>> {
    let Some(arr) = h.get("overrides") else {
        return Ok(Vec::new());
    };
    let arr = arr.as_array().ok_or_else(|| corrupt("bad_header"))?;
    let mut out = Vec::with_capacity(arr.len());
    for o in arr {
        let hex = get_str(o, "token")?;
        let token = from_hex16(hex).ok_or_else(|| corrupt("bad_header"))?;
        out.push(Override {
            token,
            channels: u8::try_from(get_u64(o, "channels")?).map_err(|_| corrupt("bad_header"))?,
            reference: get_str(o, "reference")?.to_owned(),
            at: get_u64(o, "at")?,
        });
    }
    Ok(out)
}

fn from_hex16(s: &str) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    if b.len() != 32 {
        return None;
    }
    let nib = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let mut out = [0u8; 16];
    for (i, o) in out.iter_mut().enumerate() {
        *o = (nib(b[2 * i])? << 4) | nib(b[2 * i + 1])?;
    }
    Some(out)
}

impl SuppressionList {
    /// Writes the list (form `token_list`) and increments its sequence.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Io`] when writing fails; what the key provider reports.
    pub fn save(&self, w: &mut dyn Write) -> Result<()> {
        let mut i = self.write();
        i.meta.sequence += 1;
        let payload = encode_records(&i.records);
        let extra = json!({
            "record": {"size": RECORD_SIZE, "fields": RECORD_FIELDS},
            "fp_rate": 0,
            "overrides": overrides_json(&i.overrides),
        });
        write_file(
            w,
            &self.chain,
            &i.meta,
            Form::TokenList,
            i.records.len(),
            extra,
            &payload,
        )
    }

    /// The file bytes of [`SuppressionList::save`].
    ///
    /// # Errors
    ///
    /// As [`SuppressionList::save`].
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut v = Vec::new();
        self.save(&mut v)?;
        Ok(v)
    }

    /// Saves atomically to `path`: a temporary file in the same directory, `fsync`, rename, then
    /// `fsync` of the directory (where the platform allows). A crash or a full disk leaves the
    /// previous file intact.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Io`]; what the key provider reports.
    pub fn save_to_path(&self, path: &Path) -> Result<()> {
        let bytes = self.to_bytes()?;
        atomic_write(path, &bytes)
    }

    /// Opens a list file: every check of docs/suppression-format.md, failing closed with a
    /// distinct error per failure.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::FileCorrupt`] (`bad_magic`, `truncated`, `bad_header`, `payload_length`,
    /// `unsorted`, `bad_record`), [`ErrorKind::UnsupportedVersion`] (`unsupported_version`,
    /// `unsupported_parameters`; also for a filter file), [`ErrorKind::KeyMissing`] (code
    /// `wrong_key` when a key of the chain is not the one the list was written with),
    /// [`ErrorKind::FileTampered`], [`ErrorKind::FileRollback`], [`ErrorKind::FileExpired`],
    /// [`ErrorKind::Io`].
    pub fn open(r: &mut dyn Read, keys: &dyn KeyRing, opts: &OpenOptions) -> Result<Self> {
        let mut bytes = Vec::new();
        r.read_to_end(&mut bytes)?;
        Self::from_bytes(&bytes, keys, opts)
    }

    /// [`SuppressionList::open`] over bytes.
    ///
    /// # Errors
    ///
    /// As [`SuppressionList::open`].
    pub fn from_bytes(bytes: &[u8], keys: &dyn KeyRing, opts: &OpenOptions) -> Result<Self> {
        let p = read_file(bytes, keys, opts)?;
        if p.form != Form::TokenList {
            return Err(unsupported("unsupported_parameters"));
        }
        let rec = p
            .header
            .get("record")
            .ok_or_else(|| corrupt("bad_header"))?;
        let fields: Option<Vec<&str>> = rec
            .get("fields")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect());
        if get_u64(rec, "size")? != RECORD_SIZE as u64 || fields.as_deref() != Some(RECORD_FIELDS) {
            return Err(unsupported("unsupported_parameters"));
        }
        let records = decode_records(&p.payload, get_u64(&p.header, "record_count")?)?;
        let overrides = parse_overrides(&p.header)?;
        Ok(SuppressionList {
            chain: p.chain,
            inner: RwLock::new(Inner::new(p.meta, records, overrides)),
            expired: p.expired,
        })
    }
}

/// Writes `bytes` to `path` atomically (temporary file, fsync, rename, directory fsync).
///
/// # Errors
///
/// [`ErrorKind::Io`].
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path.file_name().ok_or_else(|| Error::new(ErrorKind::Io))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp{}", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            // Directories cannot be synced on every platform; the rename is durable where they can.
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(Error::from)
}
