//! Duplicate scoring: `contactkit_dedupe_score_pair` and `contactkit_dedupe_run`. Records go in
//! as JSON (API.md §5 schema; `email`/`phone`/`registration` a string or an array of strings),
//! results come out as JSON equal to Python's `to_dict()`, with the two-call buffer contract.

use std::ffi::c_char;

use ck::dedupe::{self, DedupeOptions, Record};
use serde_json::Value;

use crate::boundary::{OutBuf, str_in, test_hook};
use crate::status::contactkit_status;

fn text(v: &Value, k: &str) -> Result<Option<String>, contactkit_status> {
    match v.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(contactkit_status::InvalidJson),
    }
}

fn texts(v: &Value, k: &str) -> Result<Vec<String>, contactkit_status> {
    match v.get(k) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(vec![s.clone()]),
        Some(Value::Array(a)) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_owned)
                    .ok_or(contactkit_status::InvalidJson)
            })
            .collect(),
        Some(_) => Err(contactkit_status::InvalidJson),
    }
}

/// A record from one JSON object; `INVALID_JSON` when it is not an object or a field has the
/// wrong type.
pub(crate) fn record_from_json(v: &Value) -> Result<Record, contactkit_status> {
    if !v.is_object() {
        return Err(contactkit_status::InvalidJson);
    }
    let mut r = Record::new(text(v, "id")?.unwrap_or_default());
    r.given_name = text(v, "given_name")?;
    r.middle_name = text(v, "middle_name")?;
    r.family_name = text(v, "family_name")?;
    r.full_name = text(v, "full_name")?;
    r.organisation = text(v, "organisation")?;
    r.registration = texts(v, "registration")?;
    r.email = texts(v, "email")?;
    r.phone = texts(v, "phone")?;
    r.address = text(v, "address")?;
    r.street = text(v, "street")?;
    r.house_number = text(v, "house_number")?;
    r.unit = text(v, "unit")?;
    r.postcode = text(v, "postcode")?;
    r.city = text(v, "city")?;
    r.region = text(v, "region")?;
    r.country = text(v, "country")?;
    r.date_of_birth = text(v, "date_of_birth")?;
    r.source = text(v, "source")?;
    Ok(r)
}

fn parse_one(s: &str) -> Result<Record, contactkit_status> {
    let v: Value = serde_json::from_str(s).map_err(|_| contactkit_status::InvalidJson)?;
    record_from_json(&v)
}

/// Records from JSON Lines (blank lines skipped).
pub(crate) fn parse_lines(s: &str) -> Result<Vec<Record>, contactkit_status> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(parse_one)
        .collect()
}

/// Scores two records (each one JSON object in the API.md §5 record schema) with the built-in
/// model and writes the score as UTF-8 JSON: `{"probability", "weight", "relation",
/// "explanation": [{"field", "level", "weight"}, ...]}` (slugs as in
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_DEDUPE*, ...)`).
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_UTF8`; `INVALID_JSON` (not an object, or a field of
/// the wrong type); `TOO_LARGE`; `BUFFER_TOO_SMALL` (`*len` gets the size needed); `PANIC`.
/// Thread-safe.
///
/// # Safety
///
/// `a`/`b` point to `a_len`/`b_len` readable bytes; `buf` to `cap` writable bytes; `len` to a
/// writable `size_t`; the output memory does not overlap the inputs.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_score_pair(
    a: *const c_char,
    a_len: usize,
    b: *const c_char,
    b_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let a = unsafe { str_in(a, a_len) }?;
        // SAFETY: the function's contract.
        let b = unsafe { str_in(b, b_len) }?;
        test_hook();
        let (a, b) = (parse_one(a)?, parse_one(b)?);
        let score = dedupe::score_pair(&a, &b);
        let json = serde_json::to_vec(&score).expect("results serialise to JSON");
        out_buf.write(&json, || {})
    })
}

/// The options of a run: threshold, threads and, when given, labelled pairs (JSON Lines).
fn run_options(
    threshold: f64,
    threads: u32,
    labels: Option<&str>,
) -> Result<DedupeOptions, contactkit_status> {
    let opts = DedupeOptions::default()
        .threshold(threshold)
        .threads((threads != 0).then_some(threads as usize));
    Ok(match labels {
        Some(l) => opts.labels(parse_labels(l)?),
        None => opts,
    })
}

/// The JSON of `dedupe::dedupe` over JSON Lines records (the `contactkit_dedupe_run*` calls).
fn dedupe_json(records: &str, opts: &DedupeOptions) -> Result<Vec<u8>, contactkit_status> {
    let recs = parse_lines(records)?;
    let result = dedupe::dedupe(&recs, opts).map_err(|e| contactkit_status::from_kind(e.kind()))?;
    Ok(serde_json::to_vec(&result).expect("results serialise to JSON"))
}

/// The JSON of `dedupe::link` over two JSON Lines batches (the `contactkit_dedupe_link*` calls).
fn link_json(left: &str, right: &str, opts: &DedupeOptions) -> Result<Vec<u8>, contactkit_status> {
    let (l, r) = (parse_lines(left)?, parse_lines(right)?);
    let result = dedupe::link(&l, &r, opts).map_err(|e| contactkit_status::from_kind(e.kind()))?;
    Ok(serde_json::to_vec(&result).expect("results serialise to JSON"))
}

/// Finds duplicates in a batch of records given as JSON Lines (one record object per line) and
/// writes the result as UTF-8 JSON: `{"pairs": [{"id_a", "id_b", "index_a", "index_b",
/// "probability", "weight", "relation", "explanation"}, ...], "clusters": [[id, ...], ...],
/// "cluster_of": [...], "stats": {"records", "candidate_pairs", "seconds", ...}}`.
///
/// - `threshold`: probability at or above which pairs are returned and clustered (0..1; Python's
///   default is 0.5).
/// - `threads`: worker threads, 0 for every core. The pool is joined before return.
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_UTF8`; `INVALID_JSON`; `INVALID_ARGUMENT`
/// (threshold outside 0..1, duplicate ids); `BUFFER_TOO_SMALL` (`*len` gets the size needed;
/// the run is repeated by the second call, and its `stats` timings may need a few more bytes:
/// allocate some slack, or retry while `BUFFER_TOO_SMALL`); `PANIC`. Thread-safe.
///
/// # Safety
///
/// `records` points to `records_len` readable bytes; `buf` to `cap` writable bytes; `len` to a
/// writable `size_t`; the output memory does not overlap the input.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_run(
    records: *const c_char,
    records_len: usize,
    threshold: f64,
    threads: u32,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let input = unsafe { str_in(records, records_len) }?;
        test_hook();
        let json = dedupe_json(input, &run_options(threshold, threads, None)?)?;
        out_buf.write(&json, || {})
    })
}

/// Matches two batches of records (JSON Lines each) and writes `{"pairs": [...], "stats":
/// {...}}` as UTF-8 JSON; `id_a`/`index_a` come from `left`. Arguments and statuses as
/// `contactkit_dedupe_run()`. Thread-safe.
///
/// # Safety
///
/// `left`/`right` point to `left_len`/`right_len` readable bytes; the rest as
/// `contactkit_dedupe_run()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_link(
    left: *const c_char,
    left_len: usize,
    right: *const c_char,
    right_len: usize,
    threshold: f64,
    threads: u32,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let left = unsafe { str_in(left, left_len) }?;
        // SAFETY: the function's contract.
        let right = unsafe { str_in(right, right_len) }?;
        test_hook();
        let json = link_json(left, right, &run_options(threshold, threads, None)?)?;
        out_buf.write(&json, || {})
    })
}

/// Labelled pairs from JSON Lines: one `{"a": {record}, "b": {record}, "same": true|false}` per
/// line (blank lines skipped); `INVALID_JSON` when a line is not such an object.
fn parse_labels(s: &str) -> Result<dedupe::Labels, contactkit_status> {
    let mut pairs = Vec::new();
    for line in s.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|_| contactkit_status::InvalidJson)?;
        let (Some(a), Some(b), Some(same)) = (
            v.get("a"),
            v.get("b"),
            v.get("same").and_then(Value::as_bool),
        ) else {
            return Err(contactkit_status::InvalidJson);
        };
        pairs.push((record_from_json(a)?, record_from_json(b)?, same));
    }
    Ok(dedupe::Labels::new(&pairs))
}

/// `contactkit_dedupe_run()` with labelled pairs that refine the model (Rust
/// `DedupeOptions::labels`, Python `dedupe(..., labels=...)`): `labels` is JSON Lines, one
/// `{"a": {record}, "b": {record}, "same": true|false}` per line (`same`: the same person). The
/// refit is kept only when it scores the labels at least as well as the unlabelled model; an
/// empty `labels` text is the unlabelled run. Arguments otherwise, result and statuses as
/// `contactkit_dedupe_run()` (`INVALID_JSON` also for a malformed label line). Thread-safe.
///
/// # Safety
///
/// `labels` points to `labels_len` readable bytes; the rest as `contactkit_dedupe_run()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_run_labeled(
    records: *const c_char,
    records_len: usize,
    labels: *const c_char,
    labels_len: usize,
    threshold: f64,
    threads: u32,
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
        let labels = unsafe { str_in(labels, labels_len) }?;
        test_hook();
        let json = dedupe_json(input, &run_options(threshold, threads, Some(labels))?)?;
        out_buf.write(&json, || {})
    })
}

/// `contactkit_dedupe_link()` with labelled pairs, as `contactkit_dedupe_run_labeled()`.
/// Thread-safe.
///
/// # Safety
///
/// `labels` points to `labels_len` readable bytes; the rest as `contactkit_dedupe_link()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_dedupe_link_labeled(
    left: *const c_char,
    left_len: usize,
    right: *const c_char,
    right_len: usize,
    labels: *const c_char,
    labels_len: usize,
    threshold: f64,
    threads: u32,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let left = unsafe { str_in(left, left_len) }?;
        // SAFETY: the function's contract.
        let right = unsafe { str_in(right, right_len) }?;
        // SAFETY: the function's contract.
        let labels = unsafe { str_in(labels, labels_len) }?;
        test_hook();
        let json = link_json(left, right, &run_options(threshold, threads, Some(labels))?)?;
        out_buf.write(&json, || {})
    })
}
