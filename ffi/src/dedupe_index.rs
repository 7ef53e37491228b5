//! Incremental matching and golden records: `contactkit_dedupe_index_*` (an opaque
//! `ContactIndex` handle) and `contactkit_dedupe_golden_record`. Records go in as JSON objects
//! (JSON Lines for batches) in the API.md §5 schema; results come out as UTF-8 JSON with the
//! two-call buffer contract.

use std::ffi::c_char;

use ck::dedupe::{self, ContactIndex, GoldenRules, Record};
use serde_json::Value;

use crate::boundary::{OutBuf, check_out, handle_out, str_in, test_hook};
use crate::dedupe::{parse_lines, record_from_json};
use crate::status::contactkit_status;

/// An incremental index of contact records (`ContactIndex`). Create with
/// `contactkit_dedupe_index_new()`, free with `contactkit_dedupe_index_free()`. Thread safety:
/// matches may run from many threads at once; `_add`, `_add_many` and `_remove` take an internal
/// write lock; `_free` must not run while another thread uses the handle.
#[derive(Debug)]
pub struct contactkit_dedupe_index {
    _private: [u8; 0],
}

const INDEX_MAGIC: u64 = 0x636b_5f64_6978_3031;

struct IndexHandle {
    magic: u64,
    index: ContactIndex,
}

/// # Safety
/// `index` is NULL or a live index handle.
unsafe fn index_ref<'a>(
    index: *const contactkit_dedupe_index,
) -> Result<&'a ContactIndex, contactkit_status> {
    if index.is_null() {
        return Err(contactkit_status::NullArgument);
    }
    let h = index.cast::<IndexHandle>();
    if !h.is_aligned() {
        return Err(contactkit_status::InvalidHandle);
    }
    // SAFETY: the caller guarantees a live handle (a boxed `IndexHandle`).
    let h = unsafe { &*h };
    if h.magic == INDEX_MAGIC {
        Ok(&h.index)
    } else {
        Err(contactkit_status::InvalidHandle)
    }
}

fn parse_record(s: &str) -> Result<Record, contactkit_status> {
    let v: Value = serde_json::from_str(s).map_err(|_| contactkit_status::InvalidJson)?;
    record_from_json(&v)
}

fn core_err(e: &ck::Error) -> contactkit_status {
    contactkit_status::from_kind(e.kind())
}

/// Creates an empty index (blocking and model of `contactkit_dedupe_link()`, built-in m and u).
/// Free with `contactkit_dedupe_index_free()`.
///
/// Statuses: `OK`; `NULL_ARGUMENT` (`out` is NULL); `PANIC`.
///
/// # Safety
///
/// `out` is a writable pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_index_new(
    out: *mut *mut contactkit_dedupe_index,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out)?;
        test_hook();
        let handle = IndexHandle {
            magic: INDEX_MAGIC,
            index: ContactIndex::new(),
        };
        // SAFETY: `out` checked non-NULL and aligned; writable by contract.
        unsafe { handle_out(out, handle) };
        Ok(())
    })
}

/// Adds one record (a JSON object). Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_HANDLE`;
/// `INVALID_UTF8`; `INVALID_JSON`; `INVALID_ARGUMENT` (the id is already indexed); `PANIC`.
///
/// # Safety
///
/// `index` is a live handle; `record` points to `record_len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_index_add(
    index: *const contactkit_dedupe_index,
    record: *const c_char,
    record_len: usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let idx = unsafe { index_ref(index) }?;
        // SAFETY: the function's contract.
        let s = unsafe { str_in(record, record_len) }?;
        test_hook();
        let r = parse_record(s)?;
        idx.add(&r).map_err(|e| core_err(&e))
    })
}

/// Adds records given as JSON Lines, all or none. Statuses as `contactkit_dedupe_index_add()`
/// (`INVALID_ARGUMENT` also for an id twice in the batch).
///
/// # Safety
///
/// `index` is a live handle; `records` points to `records_len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_index_add_many(
    index: *const contactkit_dedupe_index,
    records: *const c_char,
    records_len: usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let idx = unsafe { index_ref(index) }?;
        // SAFETY: the function's contract.
        let s = unsafe { str_in(records, records_len) }?;
        test_hook();
        let recs = parse_lines(s)?;
        idx.add_many(&recs).map_err(|e| core_err(&e))
    })
}

/// Removes the record with this id; `*removed` gets 1 when it was indexed, else 0.
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_HANDLE`; `INVALID_UTF8`; `PANIC`.
///
/// # Safety
///
/// `index` is a live handle; `id` points to `id_len` readable bytes; `removed` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_index_remove(
    index: *const contactkit_dedupe_index,
    id: *const c_char,
    id_len: usize,
    removed: *mut u8,
) -> contactkit_status {
    ffi_boundary!({
        check_out(removed)?;
        // SAFETY: the function's contract.
        let idx = unsafe { index_ref(index) }?;
        // SAFETY: the function's contract.
        let id = unsafe { str_in(id, id_len) }?;
        test_hook();
        let r = u8::from(idx.remove(id));
        // SAFETY: checked non-NULL and aligned; writable by contract.
        unsafe { removed.write(r) };
        Ok(())
    })
}

/// Matches a record (a JSON object) against the index and writes a JSON array, best first:
/// `[{"id", "probability", "weight", "relation", "explanation": [{"field", "level",
/// "weight"}, ...]}, ...]`, equal to Python's `[m.to_dict() for m in index.match(...)]`.
///
/// - `limit`: most matches returned (Python's default is 5); 0 for all.
/// - `threshold`: lowest probability returned (0..1; Python's default is 0.5).
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_HANDLE`; `INVALID_UTF8`; `INVALID_JSON`;
/// `INVALID_ARGUMENT` (threshold outside 0..1); `BUFFER_TOO_SMALL` (`*len` gets the size
/// needed); `PANIC`. Thread-safe (concurrent matches).
///
/// # Safety
///
/// `index` is a live handle; `record` points to `record_len` readable bytes; `buf` to `cap`
/// writable bytes; `len` to a writable `size_t`; the output does not overlap the input.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_index_match(
    index: *const contactkit_dedupe_index,
    record: *const c_char,
    record_len: usize,
    limit: usize,
    threshold: f64,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let idx = unsafe { index_ref(index) }?;
        // SAFETY: the function's contract.
        let s = unsafe { str_in(record, record_len) }?;
        test_hook();
        let r = parse_record(s)?;
        let limit = if limit == 0 { usize::MAX } else { limit };
        let m = idx
            .match_record(&r, limit, threshold)
            .map_err(|e| core_err(&e))?;
        let json = serde_json::to_vec(&m).expect("results serialise to JSON");
        out_buf.write(&json, || {})
    })
}

/// The number of indexed records; 0 for NULL or an invalid handle.
///
/// # Safety
///
/// `index` is NULL or a live handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_index_len(
    index: *const contactkit_dedupe_index,
) -> usize {
    ffi_boundary!(default = 0; {
        // SAFETY: the function's contract.
        unsafe { index_ref(index) }.map_or(0, ContactIndex::len)
    })
}

/// Frees an index handle (NULL is accepted).
///
/// # Safety
///
/// `index` is NULL or a live handle not used by another thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_index_free(index: *mut contactkit_dedupe_index) {
    ffi_boundary!(default = (); {
        // SAFETY: the function's contract.
        if unsafe { index_ref(index) }.is_ok() {
            // SAFETY: a live handle from `Box::into_raw`, freed once.
            let mut h = unsafe { Box::from_raw(index.cast::<IndexHandle>()) };
            h.magic = 0;
            drop(h);
        }
    });
}

/// Survivorship rules from a JSON object: `{"source_priority": ["erp", "crm"], "email":
/// "most_recent", ...}`.
fn rules_from_json(s: &str) -> Result<GoldenRules, contactkit_status> {
    let mut rules = GoldenRules::new();
    if s.trim().is_empty() {
        return Ok(rules);
    }
    let v: Value = serde_json::from_str(s).map_err(|_| contactkit_status::InvalidJson)?;
    let Value::Object(map) = v else {
        return Err(contactkit_status::InvalidJson);
    };
    for (k, v) in &map {
        if k == "source_priority" {
            let Value::Array(a) = v else {
                return Err(contactkit_status::InvalidJson);
            };
            let list: Option<Vec<&str>> = a.iter().map(Value::as_str).collect();
            rules = rules.source_priority(list.ok_or(contactkit_status::InvalidJson)?);
        } else {
            let rule = v.as_str().ok_or(contactkit_status::InvalidJson)?;
            rules = rules.rule_named(k, rule).map_err(|e| core_err(&e))?;
        }
    }
    Ok(rules)
}

/// Merges the records of one cluster (JSON Lines, oldest first) into a golden record and
/// writes `{"record": {...}, "provenance": {field: {"id", "rule", "ids"}}}` as UTF-8 JSON.
///
/// `rules` (may be NULL with `rules_len` 0 for the defaults) is a JSON object: field (or
/// `"address"` for the address group) → rule slug (`"source_priority"`, `"most_recent"`,
/// `"most_frequent"`, `"most_complete"`, `"union"`), and `"source_priority"` → a list of
/// sources, best first.
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_UTF8`; `INVALID_JSON`; `UNKNOWN_OPTION` (a rule
/// for an unknown field); `INVALID_ARGUMENT` (no records, an unknown rule, `source_priority`
/// without a list); `BUFFER_TOO_SMALL`; `PANIC`. Thread-safe.
///
/// # Safety
///
/// `records`/`rules` point to `records_len`/`rules_len` readable bytes (`rules` may be NULL when
/// `rules_len` is 0); `buf` to `cap` writable bytes; `len` to a writable `size_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_golden_record(
    records: *const c_char,
    records_len: usize,
    rules: *const c_char,
    rules_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let input = unsafe { str_in(records, records_len) }?;
        // SAFETY: the function's contract.
        let rules = unsafe { str_in(rules, rules_len) }?;
        test_hook();
        let recs = parse_lines(input)?;
        let rules = rules_from_json(rules)?;
        let g = dedupe::golden_record(&recs, &rules).map_err(|e| core_err(&e))?;
        let json = serde_json::to_vec(&g).expect("results serialise to JSON");
        out_buf.write(&json, || {})
    })
}

#[cfg(test)]
mod tests {
    use std::ptr;

    use super::*;

    fn json_call(
        f: impl Fn(*mut c_char, usize, *mut usize) -> contactkit_status,
    ) -> (contactkit_status, Option<Value>) {
        let mut len = 0usize;
        let st = f(ptr::null_mut(), 0, &raw mut len);
        if st != contactkit_status::BufferTooSmall {
            return (st, None);
        }
        let mut buf = vec![0u8; len];
        let st = f(buf.as_mut_ptr().cast(), buf.len(), &raw mut len);
        (st, serde_json::from_slice(&buf[..len]).ok())
    }

    #[test]
    fn index_round_trip() {
        let mut h: *mut contactkit_dedupe_index = ptr::null_mut();
        // SAFETY: valid out pointer.
        let st = unsafe { contactkit_dedupe_index_new(&raw mut h) };
        assert_eq!(st, contactkit_status::Ok);
        let recs = "{\"id\":\"1\",\"full_name\":\"Jan de Vries\",\"email\":\"jan@devries.nl\"}\n\
                    {\"id\":\"2\",\"full_name\":\"Anna de Vries\",\"email\":[\"anna@devries.nl\"]}\n";
        // SAFETY: live handle, valid input.
        let st = unsafe { contactkit_dedupe_index_add_many(h, recs.as_ptr().cast(), recs.len()) };
        assert_eq!(st, contactkit_status::Ok);
        // SAFETY: live handle, valid input.
        let st = unsafe { contactkit_dedupe_index_add_many(h, recs.as_ptr().cast(), recs.len()) };
        assert_eq!(st, contactkit_status::InvalidArgument);
        // SAFETY: live handle.
        assert_eq!(unsafe { contactkit_dedupe_index_len(h) }, 2);
        let q = "{\"id\":\"q\",\"full_name\":\"J. de Vries\",\"email\":\"Jan@DeVries.nl\"}";
        let (st, v) = json_call(|buf, cap, len| {
            // SAFETY: live handle, valid pointers.
            unsafe {
                contactkit_dedupe_index_match(h, q.as_ptr().cast(), q.len(), 0, 0.5, buf, cap, len)
            }
        });
        assert_eq!(st, contactkit_status::Ok);
        let v = v.unwrap();
        assert_eq!(v[0]["id"], "1");
        assert_eq!(v[0]["relation"], "same_person");
        assert_eq!(v.as_array().unwrap().len(), 1);
        let mut removed = 9u8;
        // SAFETY: live handle, valid pointers.
        let st = unsafe { contactkit_dedupe_index_remove(h, c"1".as_ptr(), 1, &raw mut removed) };
        assert_eq!((st, removed), (contactkit_status::Ok, 1));
        // SAFETY: live handle, valid pointers.
        let st = unsafe { contactkit_dedupe_index_remove(h, c"1".as_ptr(), 1, &raw mut removed) };
        assert_eq!((st, removed), (contactkit_status::Ok, 0));
        // SAFETY: NULL is rejected before use.
        let st = unsafe { contactkit_dedupe_index_add(ptr::null(), q.as_ptr().cast(), q.len()) };
        assert_eq!(st, contactkit_status::NullArgument);
        // SAFETY: live handle, freed once; NULL accepted.
        unsafe {
            contactkit_dedupe_index_free(h);
            contactkit_dedupe_index_free(ptr::null_mut());
        }
    }

    #[test]
    fn golden_record_json() {
        let recs = "{\"id\":\"a\",\"given_name\":\"J.P.\",\"source\":\"erp\"}\n\
                    {\"id\":\"b\",\"given_name\":\"Jan Pieter\",\"source\":\"crm\"}\n";
        let run = |rules: &str| {
            json_call(|buf, cap, len| {
                // SAFETY: valid pointers and lengths.
                unsafe {
                    contactkit_dedupe_golden_record(
                        recs.as_ptr().cast(),
                        recs.len(),
                        rules.as_ptr().cast(),
                        rules.len(),
                        buf,
                        cap,
                        len,
                    )
                }
            })
        };
        let (st, v) = run("");
        assert_eq!(st, contactkit_status::Ok);
        let v = v.unwrap();
        assert_eq!(v["record"]["given_name"], "Jan Pieter");
        assert_eq!(v["provenance"]["given_name"]["id"], "b");
        assert_eq!(v["provenance"]["given_name"]["rule"], "most_complete");
        let (st, v) = run("{\"source_priority\":[\"erp\"]}");
        assert_eq!(st, contactkit_status::Ok);
        assert_eq!(v.unwrap()["record"]["given_name"], "J.P.");
        assert_eq!(
            run("{\"shoe\":\"most_recent\"}").0,
            contactkit_status::UnknownOption
        );
        assert_eq!(
            run("{\"email\":\"best\"}").0,
            contactkit_status::InvalidArgument
        );
        assert_eq!(run("[1]").0, contactkit_status::InvalidJson);
    }
}
