//! Suppression lists over the C ABI: `ck1` canonical forms and tokens, platform hashes, and the
//! `contactkit_suppression_list` handle with a local key or a C MAC callback (KMS/HSM).

use ck::suppression::DecisionStatus;

/// The outcome of a suppression check. `SUPPRESSED` and `UNVERIFIABLE` both mean "do not
/// contact" unless the caller opted out of failing closed (see `contactkit_decision.suppressed`).
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_suppression_status {
    /// An entry blocks the value on the channel.
    Suppressed = 1,
    /// No entry blocks it.
    Clear = 2,
    /// The check could not be made (no canonical form, expired list, failing key).
    Unverifiable = 3,
}

/// The C value of a core status.
pub(crate) fn status_code(s: DecisionStatus) -> u32 {
    (match s {
        DecisionStatus::Suppressed => contactkit_suppression_status::Suppressed,
        DecisionStatus::Clear => contactkit_suppression_status::Clear,
        _ => contactkit_suppression_status::Unverifiable,
    }) as u32
}

use std::ffi::{c_char, c_int, c_void};
use std::path::Path;
use std::sync::Arc;

use ck::suppression::{
    AddOptions, Channel, CheckOptions, Decision, Kind, LocalKey, MacProvider, OpenOptions, Profile,
    RemoteMac, SuppressionList, SuppressionReason, canonical, platform_hash, platform_normalize,
    suppression_token, to_hex, unverifiable_codes,
};

use crate::boundary::{OutBuf, check_out, handle_out, str_in, test_hook};
use crate::contactkit_str;
use crate::status::contactkit_status;

/// A MAC callback for keys held elsewhere (KMS, HSM): compute HMAC-SHA-256 of the `len` bytes at
/// `msg` under the key and write the 32 bytes to `out32`; return 0 on success, anything else on
/// failure (the check is then `UNVERIFIABLE`/`key_missing`, an open `KEY_MISSING`). Called from
/// any thread that uses the key; `ctx` is the pointer given to
/// `contactkit_suppression_key_new_callback()`.
pub type contactkit_mac_callback = Option<
    unsafe extern "C" fn(ctx: *mut c_void, msg: *const u8, len: usize, out32: *mut u8) -> c_int,
>;

/// A key for suppression lists: a local key (copied, wiped on free) or a MAC callback.
/// Create with `contactkit_suppression_key_new_local()` or `_new_callback()`, free with
/// `contactkit_suppression_key_free()` (lists keep their own reference, so a key may be freed
/// after use). Thread-safe once created.
#[derive(Debug)]
pub struct contactkit_suppression_key {
    _private: [u8; 0],
}

/// A suppression list handle. Thread safety: checks may run from many threads at once; `_add`
/// and `_save_path` take an internal lock; `_free` must not run while another thread uses it.
#[derive(Debug)]
pub struct contactkit_suppression_list {
    _private: [u8; 0],
}

/// The result of a suppression check (fixed layout; `uint8_t` flags).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct contactkit_decision {
    /// The outcome.
    pub status: contactkit_suppression_status,
    /// When `SUPPRESSED`: a `CONTACTKIT_REASON_AREA_SUPPRESSION` code (the entry's reason).
    /// When `UNVERIFIABLE`: a `CONTACTKIT_REASON_AREA_SUPPRESSION_UNVERIFIABLE` code. Else 0.
    pub reason_code: u32,
    /// 1 for `SUPPRESSED`, and for `UNVERIFIABLE` unless the caller opted out (fail closed).
    pub suppressed: u8,
}

const KEY_MAGIC: u64 = 0x636b_5f73_6b65_7931;
const LIST_MAGIC: u64 = 0x636b_5f73_6c73_7431;

struct KeyHandle {
    magic: u64,
    provider: Arc<dyn MacProvider>,
}

struct ListHandle {
    magic: u64,
    list: SuppressionList,
}

/// The user data pointer of a C callback.
struct Ctx(*mut c_void);
// SAFETY: the contract of `contactkit_suppression_key_new_callback()` requires the callback and
// its `ctx` to be usable from any thread at the same time.
unsafe impl Send for Ctx {}
// SAFETY: as above.
unsafe impl Sync for Ctx {}

fn kind_of(s: &str) -> Result<Kind, contactkit_status> {
    Kind::from_name(s).map_err(contactkit_status::from)
}

/// # Safety
/// `(ptr, len)` as `str_in`; NULL with len 0 is "none".
unsafe fn opt_str<'a>(
    ptr: *const c_char,
    len: usize,
) -> Result<Option<&'a str>, contactkit_status> {
    // SAFETY: forwarded contract.
    let s = unsafe { str_in(ptr, len) }?;
    Ok((!s.is_empty()).then_some(s))
}

/// # Safety
/// `key` is NULL or a live key handle.
unsafe fn key_ref<'a>(
    key: *const contactkit_suppression_key,
) -> Result<&'a KeyHandle, contactkit_status> {
    if key.is_null() {
        return Err(contactkit_status::NullArgument);
    }
    let h = key.cast::<KeyHandle>();
    if !h.is_aligned() {
        return Err(contactkit_status::InvalidHandle);
    }
    // SAFETY: the caller guarantees a live handle (a boxed `KeyHandle`).
    let h = unsafe { &*h };
    if h.magic == KEY_MAGIC {
        Ok(h)
    } else {
        Err(contactkit_status::InvalidHandle)
    }
}

/// # Safety
/// `list` is NULL or a live list handle.
unsafe fn list_ref<'a>(
    list: *const contactkit_suppression_list,
) -> Result<&'a SuppressionList, contactkit_status> {
    if list.is_null() {
        return Err(contactkit_status::NullArgument);
    }
    let h = list.cast::<ListHandle>();
    if !h.is_aligned() {
        return Err(contactkit_status::InvalidHandle);
    }
    // SAFETY: the caller guarantees a live handle (a boxed `ListHandle`).
    let h = unsafe { &*h };
    if h.magic == LIST_MAGIC {
        Ok(&h.list)
    } else {
        Err(contactkit_status::InvalidHandle)
    }
}

fn decision_out(d: &Decision) -> contactkit_decision {
    let reason_code = match (d.status, d.reason) {
        (ck::suppression::DecisionStatus::Suppressed, Some(r)) => {
            SuppressionReason::from_code(r).map_or(0, |r| u32::from(r.byte()))
        }
        (ck::suppression::DecisionStatus::Unverifiable, Some(r)) => unverifiable_codes()
            .iter()
            .position(|c| *c == r)
            .map_or(0, |p| p as u32 + 1),
        _ => 0,
    };
    let status = match d.status {
        ck::suppression::DecisionStatus::Suppressed => contactkit_suppression_status::Suppressed,
        ck::suppression::DecisionStatus::Clear => contactkit_suppression_status::Clear,
        _ => contactkit_suppression_status::Unverifiable,
    };
    contactkit_decision {
        status,
        reason_code,
        suppressed: u8::from(d.suppressed),
    }
}

/// Creates a local key from `key_len` bytes (16 to 1024) with id `key_id` (1-128 bytes of ASCII
/// letters, digits and `. _ - / :`). The bytes are copied; the copy is wiped on free.
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `BAD_KEY` (length); `INVALID_ARGUMENT` (id); `INVALID_UTF8`.
/// `*out` is written only on success. Free with `contactkit_suppression_key_free()`.
///
/// # Safety
///
/// `key` points to `key_len` readable bytes, `key_id` to `key_id_len`, `out` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_key_new_local(
    key: *const u8,
    key_len: usize,
    key_id: *const c_char,
    key_id_len: usize,
    out: *mut *mut contactkit_suppression_key,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out)?;
        // SAFETY: the function's contract.
        let bytes = unsafe { crate::boundary::bytes_in(key.cast(), key_len) }?;
        // SAFETY: the function's contract.
        let id = unsafe { str_in(key_id, key_id_len) }?;
        test_hook();
        let provider = Arc::new(LocalKey::new(bytes, id)?);
        let handle = KeyHandle {
            magic: KEY_MAGIC,
            provider,
        };
        // SAFETY: `out` checked non-NULL and aligned; writable by contract.
        unsafe { handle_out(out, handle) };
        Ok(())
    })
}

/// Creates a key whose MACs `callback` computes (see `contactkit_mac_callback`), with id
/// `key_id`. The callback and `ctx` must stay valid until every list using the key is freed,
/// and must be safe to call from several threads at once.
///
/// Statuses: `OK`; `NULL_ARGUMENT` (also for a NULL callback); `INVALID_ARGUMENT` (id);
/// `INVALID_UTF8`. `*out` is written only on success.
///
/// # Safety
///
/// As above; `key_id` points to `key_id_len` readable bytes, `out` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_key_new_callback(
    key_id: *const c_char,
    key_id_len: usize,
    callback: contactkit_mac_callback,
    ctx: *mut c_void,
    out: *mut *mut contactkit_suppression_key,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out)?;
        let cb = callback.ok_or(contactkit_status::NullArgument)?;
        // SAFETY: the function's contract.
        let id = unsafe { str_in(key_id, key_id_len) }?;
        let ctx = Ctx(ctx);
        let remote = RemoteMac::new(id, move |msg: &[u8]| {
            let ctx = &ctx;
            let mut out = [0u8; 32];
            // SAFETY: the caller promised a thread-safe callback that reads `len` bytes at `msg`
            // and writes 32 bytes at `out32`; both buffers are ours and live for the call.
            let rc = unsafe { cb(ctx.0, msg.as_ptr(), msg.len(), out.as_mut_ptr()) };
            (rc == 0).then_some(out)
        })?;
        let handle = KeyHandle {
            magic: KEY_MAGIC,
            provider: Arc::new(remote),
        };
        // SAFETY: `out` checked non-NULL and aligned; writable by contract.
        unsafe { handle_out(out, handle) };
        Ok(())
    })
}

/// Frees a key handle (NULL is accepted). Lists created with it keep working.
///
/// # Safety
///
/// `key` is NULL or a live key handle, not used by another thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_key_free(key: *mut contactkit_suppression_key) {
    ffi_boundary!(default = (); {
        // SAFETY: the function's contract.
        if unsafe { key_ref(key) }.is_ok() {
            // SAFETY: a live handle from `Box::into_raw`, freed once.
            let mut h = unsafe { Box::from_raw(key.cast::<KeyHandle>()) };
            h.magic = 0;
            drop(h);
        }
    });
}

/// The `ck1` canonical forms of `value` as JSON `{"strict": "...", "loose": "..." | null}`,
/// two-call contract. `kind` is `"email"` or `"phone"`; `region` may be NULL/empty.
///
/// Statuses: `OK`; `INVALID_INPUT` when the value has no canonical form, with `*reason_code`
/// (if `reason_code` is non-NULL) set to its `CONTACTKIT_REASON_AREA_SUPPRESSION_UNVERIFIABLE`
/// code; `UNKNOWN_KIND`; `NULL_ARGUMENT`; `INVALID_UTF8`; `BUFFER_TOO_SMALL`. Thread-safe.
///
/// # Safety
///
/// Every `(ptr, len)` readable; `buf` has `cap` writable bytes; `len` and `reason_code`
/// writable (or NULL for `reason_code`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_canonical(
    kind: *const c_char,
    kind_len: usize,
    value: *const c_char,
    value_len: usize,
    region: *const c_char,
    region_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
    reason_code: *mut u32,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let kind = kind_of(unsafe { str_in(kind, kind_len) }?)?;
        // SAFETY: the function's contract.
        let value = unsafe { str_in(value, value_len) }?;
        // SAFETY: the function's contract.
        let region = unsafe { opt_str(region, region_len) }?;
        test_hook();
        match canonical(kind, value, region) {
            Ok(c) => {
                let json = serde_json::json!({"strict": c.strict(), "loose": c.loose()});
                out_buf.write(&serde_json::to_vec(&json).expect("JSON"), || {})
            }
            Err(e) => {
                if !reason_code.is_null() && reason_code.is_aligned() {
                    let code = unverifiable_codes()
                        .iter()
                        .position(|c| *c == e.code())
                        .map_or(0, |p| p as u32 + 1);
                    // SAFETY: non-NULL, aligned, writable by contract.
                    unsafe { reason_code.write(code) };
                }
                Err(e.into())
            }
        }
    })
}

/// `suppression_token`: the 32-byte HMAC-SHA-256 token of the `ck1` form of `value` under the
/// raw key bytes (16 to 1024), written to `out32`; `loose` 1 for the loose form.
///
/// Statuses: `OK`; `INVALID_INPUT` (no canonical form); `BAD_KEY`; `UNKNOWN_KIND`;
/// `NULL_ARGUMENT`; `INVALID_UTF8`. Thread-safe.
///
/// # Safety
///
/// Every `(ptr, len)` readable; `out32` points to 32 writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_token(
    kind: *const c_char,
    kind_len: usize,
    value: *const c_char,
    value_len: usize,
    region: *const c_char,
    region_len: usize,
    key: *const u8,
    key_len: usize,
    loose: u8,
    out32: *mut u8,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out32)?;
        // SAFETY: the function's contract.
        let kind = kind_of(unsafe { str_in(kind, kind_len) }?)?;
        // SAFETY: the function's contract.
        let value = unsafe { str_in(value, value_len) }?;
        // SAFETY: the function's contract.
        let region = unsafe { opt_str(region, region_len) }?;
        // SAFETY: the function's contract.
        let key = unsafe { crate::boundary::bytes_in(key.cast(), key_len) }?;
        test_hook();
        let t = suppression_token(kind, value, key, region, loose != 0)?;
        // SAFETY: 32 writable bytes at `out32` (contract); `t` is ours.
        unsafe { std::ptr::copy_nonoverlapping(t.as_ptr(), out32, 32) };
        Ok(())
    })
}

/// # Safety
/// As the two platform exports.
#[allow(clippy::too_many_arguments)]
unsafe fn platform(
    hash: bool,
    profile: *const c_char,
    profile_len: usize,
    kind: *const c_char,
    kind_len: usize,
    value: *const c_char,
    value_len: usize,
    region: *const c_char,
    region_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
    found: *mut u8,
) -> contactkit_status {
    ffi_boundary!({
        check_out(found)?;
        // SAFETY: forwarded contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: forwarded contract.
        let profile = Profile::from_name(unsafe { str_in(profile, profile_len) }?)?;
        // SAFETY: forwarded contract.
        let kind = kind_of(unsafe { str_in(kind, kind_len) }?)?;
        // SAFETY: forwarded contract.
        let value = unsafe { str_in(value, value_len) }?;
        // SAFETY: forwarded contract.
        let region = unsafe { opt_str(region, region_len) }?;
        test_hook();
        let r = if hash {
            platform_hash(profile, kind, value, region)
        } else {
            platform_normalize(profile, kind, value, region)
        };
        let f = u8::from(r.is_some());
        out_buf.write(r.unwrap_or_default().as_bytes(), || {
            // SAFETY: `found` checked non-NULL and aligned; writable by contract.
            unsafe { found.write(f) };
        })
    })
}

/// The form ad platform `profile` (`"google"`, `"meta"`, `"uid2"`) asks for; `*found` 0 (and an
/// empty string) where the platform rejects the value. Two-call contract.
///
/// Statuses: `OK`; `UNKNOWN_PROFILE`; `UNKNOWN_KIND`; `NULL_ARGUMENT`; `INVALID_UTF8`;
/// `BUFFER_TOO_SMALL`. Thread-safe.
///
/// # Safety
///
/// Every `(ptr, len)` readable; `buf` has `cap` writable bytes; `len`, `found` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_platform_normalize(
    profile: *const c_char,
    profile_len: usize,
    kind: *const c_char,
    kind_len: usize,
    value: *const c_char,
    value_len: usize,
    region: *const c_char,
    region_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
    found: *mut u8,
) -> contactkit_status {
    // SAFETY: forwarded contract.
    unsafe {
        platform(
            false,
            profile,
            profile_len,
            kind,
            kind_len,
            value,
            value_len,
            region,
            region_len,
            buf,
            cap,
            len,
            found,
        )
    }
}

/// The hash ad platform `profile` asks for (hex SHA-256; Base64 for `uid2`); as
/// `contactkit_suppression_platform_normalize()`.
///
/// # Safety
///
/// As `contactkit_suppression_platform_normalize()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_platform_hash(
    profile: *const c_char,
    profile_len: usize,
    kind: *const c_char,
    kind_len: usize,
    value: *const c_char,
    value_len: usize,
    region: *const c_char,
    region_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
    found: *mut u8,
) -> contactkit_status {
    // SAFETY: forwarded contract.
    unsafe {
        platform(
            true,
            profile,
            profile_len,
            kind,
            kind_len,
            value,
            value_len,
            region,
            region_len,
            buf,
            cap,
            len,
            found,
        )
    }
}

/// Creates an empty list under `key`. Free with `contactkit_suppression_list_free()`.
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_HANDLE`.
///
/// # Safety
///
/// `key` is a live key handle; `out` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_list_new(
    key: *const contactkit_suppression_key,
    out: *mut *mut contactkit_suppression_list,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out)?;
        // SAFETY: the function's contract.
        let k = unsafe { key_ref(key) }?;
        test_hook();
        let list = SuppressionList::create(k.provider.clone());
        let handle = ListHandle {
            magic: LIST_MAGIC,
            list,
        };
        // SAFETY: `out` checked non-NULL and aligned; writable by contract.
        unsafe { handle_out(out, handle) };
        Ok(())
    })
}

/// Opens a list file at `path` (UTF-8), with the keys of its key chain (`keys`: `n_keys` key
/// handles). `min_sequence` is the last sequence seen (0: no rollback check). Fails closed:
/// `FILE_CORRUPT`, `UNSUPPORTED_VERSION`, `KEY_MISSING` (a key of the chain is missing, or is
/// not the one the list was written with: core reason `wrong_key`), `FILE_TAMPERED`,
/// `FILE_ROLLBACK`, `FILE_EXPIRED`, `NOT_FOUND`, `IO`; also `NULL_ARGUMENT`, `INVALID_HANDLE`,
/// `INVALID_UTF8`.
///
/// # Safety
///
/// `path` readable; `keys` points to `n_keys` live key handles; `out` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_list_open(
    path: *const c_char,
    path_len: usize,
    keys: *const *const contactkit_suppression_key,
    n_keys: usize,
    min_sequence: u64,
    out: *mut *mut contactkit_suppression_list,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out)?;
        // SAFETY: the function's contract.
        let path = unsafe { str_in(path, path_len) }?;
        let mut ring: Vec<Arc<dyn MacProvider>> = Vec::with_capacity(n_keys);
        if n_keys > 0 {
            check_out(keys)?;
            // SAFETY: `keys` points to `n_keys` readable handles (contract).
            let ks = unsafe { std::slice::from_raw_parts(keys, n_keys) };
            for k in ks {
                // SAFETY: each is a live key handle (contract).
                ring.push(unsafe { key_ref(*k) }?.provider.clone());
            }
        }
        test_hook();
        let bytes = std::fs::read(Path::new(path)).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                contactkit_status::NotFound
            } else {
                contactkit_status::Io
            }
        })?;
        let opts = OpenOptions {
            min_sequence: (min_sequence > 0).then_some(min_sequence),
            ..OpenOptions::default()
        };
        let list = SuppressionList::from_bytes(&bytes, &ring, &opts)?;
        let handle = ListHandle {
            magic: LIST_MAGIC,
            list,
        };
        // SAFETY: `out` checked non-NULL and aligned; writable by contract.
        unsafe { handle_out(out, handle) };
        Ok(())
    })
}

/// Saves the list to `path` atomically (temporary file, fsync, rename) and increments its
/// sequence. Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_HANDLE`; `INVALID_UTF8`; `IO`;
/// `KEY_MISSING` (a failing callback).
///
/// # Safety
///
/// `list` live; `path` readable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_list_save(
    list: *const contactkit_suppression_list,
    path: *const c_char,
    path_len: usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let list = unsafe { list_ref(list) }?;
        // SAFETY: the function's contract.
        let path = unsafe { str_in(path, path_len) }?;
        test_hook();
        list.save_to_path(Path::new(path))?;
        Ok(())
    })
}

/// Adds a value: `reason` a `CONTACTKIT_REASON_AREA_SUPPRESSION` code (0: erasure), `channels`
/// a mask of `CONTACTKIT_REASON_AREA_SUPPRESSION_CHANNEL` bits (0: all). Writes the receipt as
/// JSON `{"key_id": ..., "tokens": [{"variant": "strict", "token": "<hex>"}, ...]}` (tokens and
/// key id only, never the value) with the two-call contract; the value is added on the first
/// call (adding again changes nothing).
///
/// Statuses: `OK`; `INVALID_INPUT` (no canonical form); `INVALID_ARGUMENT` (reason, channels);
/// `UNKNOWN_KIND`; `KEY_MISSING`; `NULL_ARGUMENT`; `INVALID_HANDLE`; `INVALID_UTF8`;
/// `BUFFER_TOO_SMALL`.
///
/// # Safety
///
/// `list` live; every `(ptr, len)` readable; `buf` has `cap` writable bytes; `len` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_list_add(
    list: *const contactkit_suppression_list,
    kind: *const c_char,
    kind_len: usize,
    value: *const c_char,
    value_len: usize,
    reason: u32,
    channels: u32,
    region: *const c_char,
    region_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let list = unsafe { list_ref(list) }?;
        // SAFETY: the function's contract.
        let kind = kind_of(unsafe { str_in(kind, kind_len) }?)?;
        // SAFETY: the function's contract.
        let value = unsafe { str_in(value, value_len) }?;
        // SAFETY: the function's contract.
        let region = unsafe { opt_str(region, region_len) }?;
        let reason = if reason == 0 {
            SuppressionReason::Erasure
        } else {
            u8::try_from(reason)
                .ok()
                .and_then(SuppressionReason::from_byte)
                .ok_or(contactkit_status::InvalidArgument)?
        };
        let channels: Vec<Channel> = if channels == 0 {
            vec![Channel::All]
        } else {
            if channels & !0x9F != 0 {
                return Err(contactkit_status::InvalidArgument);
            }
            Channel::ALL
                .iter()
                .copied()
                .filter(|c| channels & u32::from(c.byte()) != 0)
                .collect()
        };
        test_hook();
        let opts = AddOptions {
            reason,
            channels,
            region: region.map(str::to_owned),
            ..AddOptions::default()
        };
        let r = list.add(kind, value, &opts)?;
        let json = serde_json::json!({
            "key_id": r.key_id,
            "tokens": r.tokens.iter().map(|(v, t)| serde_json::json!({"variant": v.code(), "token": to_hex(t)})).collect::<Vec<_>>(),
        });
        out_buf.write(&serde_json::to_vec(&json).expect("JSON"), || {})
    })
}

fn check_opts(
    channel: u32,
    region: Option<&str>,
    fail_open: u8,
) -> Result<CheckOptions, contactkit_status> {
    let channel = if channel == 0 {
        Channel::Email
    } else {
        u8::try_from(channel)
            .ok()
            .and_then(Channel::from_byte)
            .ok_or(contactkit_status::InvalidArgument)?
    };
    Ok(CheckOptions {
        channel,
        region: region.map(str::to_owned),
        unverifiable_is_clear: fail_open != 0,
        ..CheckOptions::default()
    })
}

/// Checks a value on `channel` (one `CONTACTKIT_REASON_AREA_SUPPRESSION_CHANNEL` bit; 0: email;
/// `all` (0x80): any channel). `unverifiable_is_clear` 1 opts out of failing closed.
///
/// Statuses: `OK` (the decision is data in `*out`); `UNKNOWN_KIND`; `INVALID_ARGUMENT`
/// (channel); `NULL_ARGUMENT`; `INVALID_HANDLE`; `INVALID_UTF8`. Thread-safe.
///
/// # Safety
///
/// `list` live; every `(ptr, len)` readable; `out` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_list_check(
    list: *const contactkit_suppression_list,
    kind: *const c_char,
    kind_len: usize,
    value: *const c_char,
    value_len: usize,
    channel: u32,
    region: *const c_char,
    region_len: usize,
    unverifiable_is_clear: u8,
    out: *mut contactkit_decision,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out)?;
        // SAFETY: the function's contract.
        let list = unsafe { list_ref(list) }?;
        // SAFETY: the function's contract.
        let kind = kind_of(unsafe { str_in(kind, kind_len) }?)?;
        // SAFETY: the function's contract.
        let value = unsafe { str_in(value, value_len) }?;
        // SAFETY: the function's contract.
        let region = unsafe { opt_str(region, region_len) }?;
        let opts = check_opts(channel, region, unverifiable_is_clear)?;
        test_hook();
        let d = decision_out(&list.check(kind, value, &opts));
        // SAFETY: checked non-NULL and aligned; writable by contract.
        unsafe { out.write(d) };
        Ok(())
    })
}

/// Checks `n` values; `out[i]` equals `contactkit_suppression_list_check()` for `inputs[i]`. An
/// input that is not UTF-8 gives `UNVERIFIABLE` (reason 0) and does not fail the call.
///
/// Statuses as `contactkit_suppression_list_check()`. Thread-safe.
///
/// # Safety
///
/// `inputs` points to `n` readable `contactkit_str`; `out` to `n` writable decisions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_list_check_many(
    list: *const contactkit_suppression_list,
    kind: *const c_char,
    kind_len: usize,
    inputs: *const contactkit_str,
    n: usize,
    channel: u32,
    region: *const c_char,
    region_len: usize,
    unverifiable_is_clear: u8,
    out: *mut contactkit_decision,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let list = unsafe { list_ref(list) }?;
        // SAFETY: the function's contract.
        let kind = kind_of(unsafe { str_in(kind, kind_len) }?)?;
        // SAFETY: the function's contract.
        let region = unsafe { opt_str(region, region_len) }?;
        let opts = check_opts(channel, region, unverifiable_is_clear)?;
        if n == 0 {
            return Ok(());
        }
        check_out(inputs)?;
        check_out(out)?;
        // SAFETY: `n` readable inputs (contract).
        let ins = unsafe { std::slice::from_raw_parts(inputs, n) };
        let mut values: Vec<Option<&str>> = Vec::with_capacity(n);
        for s in ins {
            // SAFETY: each string is readable (contract).
            match unsafe { str_in(s.ptr, s.len) } {
                Ok(v) => values.push(Some(v)),
                Err(contactkit_status::InvalidUtf8) => values.push(None),
                Err(e) => return Err(e),
            }
        }
        test_hook();
        let bad = contactkit_decision {
            status: contactkit_suppression_status::Unverifiable,
            reason_code: 0,
            suppressed: u8::from(!opts.unverifiable_is_clear),
        };
        let ok: Vec<&str> = values.iter().map(|v| v.unwrap_or("")).collect();
        let ds = list.check_many(kind, &ok, &opts);
        let res: Vec<contactkit_decision> = values
            .iter()
            .zip(&ds)
            .map(|(v, d)| if v.is_some() { decision_out(d) } else { bad })
            .collect();
        // SAFETY: `n` writable, aligned decisions at `out` (contract, alignment checked).
        unsafe { std::ptr::copy_nonoverlapping(res.as_ptr(), out, n) };
        Ok(())
    })
}

/// The number of entries (tokens); 0 for NULL or an invalid handle.
///
/// # Safety
///
/// `list` is NULL or a live handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_list_len(
    list: *const contactkit_suppression_list,
) -> usize {
    ffi_boundary!(default = 0; {
        // SAFETY: the function's contract.
        unsafe { list_ref(list) }.map_or(0, SuppressionList::len)
    })
}

/// The key chain id (`internal/v1`, or `internal/v2<-internal/v1` after rotation); two-call
/// contract. Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_HANDLE`; `BUFFER_TOO_SMALL`.
///
/// # Safety
///
/// `list` live; `buf` has `cap` writable bytes; `len` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_list_key_id(
    list: *const contactkit_suppression_list,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let list = unsafe { list_ref(list) }?;
        out_buf.write(list.key_id().as_bytes(), || {})
    })
}

/// Frees a list handle (NULL is accepted).
///
/// # Safety
///
/// `list` is NULL or a live handle not used by another thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_suppression_list_free(list: *mut contactkit_suppression_list) {
    ffi_boundary!(default = (); {
        // SAFETY: the function's contract.
        if unsafe { list_ref(list) }.is_ok() {
            // SAFETY: a live handle from `Box::into_raw`, freed once.
            let mut h = unsafe { Box::from_raw(list.cast::<ListHandle>()) };
            h.magic = 0;
            drop(h);
        }
    });
}
