//! Addresses: `parse`, `parse_many`, `normalize`, as JSON in caller-owned buffers.
//!
//! The JSON of one address equals Python's `parse_address(text).to_dict()`: an object with every
//! attribute of API.md §3 (`street`, `house_number`, ..., `canonical`, `lines`, `match_key`,
//! `warnings` as slugs); absent components are `null`.

use std::ffi::c_char;

use ck::address::{self, Address, AddressColumns};

use crate::boundary::{OutBuf, str_in, test_hook};
use crate::contactkit_str;
use crate::email::{default_domain_in, many_in, readable, spread};
use crate::status::contactkit_status;

/// The optional country hint: NULL means none; an unknown code is `UNKNOWN_REGION`.
///
/// # Safety
///
/// As [`str_in`] when non-NULL.
unsafe fn hint_in<'a>(
    ptr: *const c_char,
    len: usize,
) -> Result<Option<&'a str>, contactkit_status> {
    // SAFETY: forwarded contract.
    let hint = unsafe { default_domain_in(ptr, len) }?;
    if let Some(h) = hint {
        address::parse("", Some(h)).map_err(contactkit_status::from)?;
    }
    Ok(hint)
}

fn to_json(a: &Address) -> Vec<u8> {
    serde_json::to_vec(a).expect("addresses serialise to JSON")
}

/// Parses one free-text address (one line, comma-separated, or lines separated by `\n`) and
/// writes the golden address as UTF-8 JSON (not NUL-terminated).
///
/// - `input`, `input_len`: the text, UTF-8; `input` may be NULL when `input_len` is 0.
/// - `country`, `country_len`: an ISO 3166-1 alpha-2 hint, or `country` NULL for none. A
///   country named in the text wins.
/// - `buf`, `cap`, `len`: the two-call contract: `*len` gets the JSON length; when it exceeds
///   `cap` the call returns `BUFFER_TOO_SMALL` and writes nothing else.
///
/// Text that is not an address is a verdict (every component `null`), not an error.
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_ARGUMENT`; `INVALID_UTF8`; `TOO_LARGE`;
/// `UNKNOWN_REGION` (the hint is not a country); `BUFFER_TOO_SMALL`; `PANIC`. Thread-safe.
///
/// # Safety
///
/// `input` points to `input_len` readable bytes; `country` is NULL or points to `country_len`
/// readable bytes; `buf` to `cap` writable bytes; `len` to a writable `size_t`; the output does
/// not overlap the inputs.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_address_parse(
    input: *const c_char,
    input_len: usize,
    country: *const c_char,
    country_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let input = unsafe { str_in(input, input_len) }?;
        // SAFETY: the function's contract.
        let hint = unsafe { hint_in(country, country_len) }?;
        test_hook();
        let a = address::parse(input, hint).map_err(contactkit_status::from)?;
        out_buf.write(&to_json(&a), || {})
    })
}

/// Parses `n` texts in one call and writes a JSON array whose element `i` equals the JSON of
/// `contactkit_address_parse()` for `inputs[i]`; an element that is not valid UTF-8 is `null`
/// and does not fail the call. Arguments and statuses as `contactkit_address_parse()`, with
/// `inputs` (`n` strings; may be NULL when `n` is 0). Thread-safe.
///
/// # Safety
///
/// `inputs` points to `n` readable `contactkit_str` whose strings are readable; the other
/// arguments as `contactkit_address_parse()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_address_parse_many(
    inputs: *const contactkit_str,
    n: usize,
    country: *const c_char,
    country_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let inputs = unsafe { many_in(inputs, n) }?;
        // SAFETY: the function's contract.
        let hint = unsafe { hint_in(country, country_len) }?;
        test_hook();
        let parsed =
            address::parse_many(&readable(&inputs), hint).map_err(contactkit_status::from)?;
        let all: Vec<Option<Address>> = spread(&inputs, parsed)
            .into_iter()
            .map(Result::ok)
            .collect();
        let json = serde_json::to_vec(&all).expect("addresses serialise to JSON");
        out_buf.write(&json, || {})
    })
}

/// Normalises the split columns of a CRM address. `columns_json` is a UTF-8 JSON object with
/// any of the string keys `street`, `house_number`, `postcode`, `city`, `country`, `region`,
/// and `lines` (an array of strings); the output is the JSON of `contactkit_address_parse()`.
///
/// Statuses: as `contactkit_address_parse()`, plus `INVALID_JSON` (not an object of strings)
/// and `UNKNOWN_OPTION` (an unknown key). Thread-safe.
///
/// # Safety
///
/// `columns_json` points to `columns_json_len` readable bytes; `buf`, `cap`, `len` as
/// `contactkit_address_parse()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_address_normalize(
    columns_json: *const c_char,
    columns_json_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let text = unsafe { str_in(columns_json, columns_json_len) }?;
        test_hook();
        let v: serde_json::Value =
            serde_json::from_str(text).map_err(|_| contactkit_status::InvalidJson)?;
        let obj = v.as_object().ok_or(contactkit_status::InvalidJson)?;
        let mut c = AddressColumns::default();
        for (k, v) in obj {
            if v.is_null() {
                continue;
            }
            if k == "lines" {
                let arr = v.as_array().ok_or(contactkit_status::InvalidJson)?;
                let lines: Option<Vec<&str>> = arr.iter().map(serde_json::Value::as_str).collect();
                c = c.lines(lines.ok_or(contactkit_status::InvalidJson)?);
                continue;
            }
            let s = v.as_str().ok_or(contactkit_status::InvalidJson)?;
            c = match k.as_str() {
                "street" => c.street(s),
                "house_number" => c.house_number(s),
                "postcode" => c.postcode(s),
                "city" => c.city(s),
                "country" => c.country(s),
                "region" => c.region(s),
                _ => return Err(contactkit_status::UnknownOption),
            };
        }
        let a = address::normalize(&c).map_err(contactkit_status::from)?;
        out_buf.write(&to_json(&a), || {})
    })
}
