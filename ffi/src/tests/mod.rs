//! ABI unit tests: the exports called as C would call them (NULLs, small buffers, bad UTF-8,
//! the panic path, enum and slug coverage). The library has no `rlib`, so these live inside the
//! crate; `ffi/c-tests/` calls the same exports from real C.

mod batch;
mod clean;
mod dedupe;
mod email;
mod meta;
mod phone;

use std::ffi::{CStr, c_char};

use ck::email::EmailResult;

use crate::email::{contactkit_email_options_free, contactkit_email_options_new};
use crate::{
    contactkit_email_options, contactkit_email_result, contactkit_email_validate, contactkit_span,
    contactkit_status,
};

/// The committed header, for checks that tie the library to it.
pub(super) const HEADER: &str = include_str!("../../include/contactkit.h");

/// A result whose every byte is a sentinel, to see whether a call wrote it.
pub(super) fn sentinel_result() -> contactkit_email_result {
    contactkit_email_result {
        status: contactkit_status::Panic,
        reason: crate::contactkit_email_reason::TextAfterAddress,
        valid: 0xAA,
        smtputf8: 0xAA,
        reserved: [0xAA; 6],
        message: SENTINEL_SPAN,
        normalized: SENTINEL_SPAN,
        local_part: SENTINEL_SPAN,
        domain: SENTINEL_SPAN,
        ascii_email: SENTINEL_SPAN,
        ascii_local_part: SENTINEL_SPAN,
        ascii_domain: SENTINEL_SPAN,
        display_name: SENTINEL_SPAN,
    }
}

pub(super) const SENTINEL_SPAN: contactkit_span = contactkit_span {
    offset: 0xDEAD,
    len: 0xBEEF,
};

/// A static C string returned by the library, as `&str`.
pub(super) fn static_str(ptr: *const c_char) -> Option<&'static str> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: the library returns NULL or a pointer to a static NUL-terminated string.
    Some(unsafe { CStr::from_ptr(ptr) }.to_str().expect("UTF-8"))
}

/// The string a span points to in `buf`; checks the NUL that follows it.
pub(super) fn span_str(buf: &[u8], span: contactkit_span) -> Option<&str> {
    if span.offset == usize::MAX {
        assert_eq!(span.len, 0, "an absent span has len 0");
        return None;
    }
    let bytes = &buf[span.offset..span.offset + span.len];
    assert_eq!(buf[span.offset + span.len], 0, "a NUL follows every string");
    Some(std::str::from_utf8(bytes).expect("spans hold UTF-8"))
}

/// Checks that `result` (with its strings in `buf`) says exactly what the core's `expected` says.
pub(super) fn assert_same(buf: &[u8], result: &contactkit_email_result, expected: &EmailResult) {
    assert_eq!(result.status, contactkit_status::Ok);
    assert_eq!(result.valid, u8::from(expected.valid));
    assert_eq!(result.smtputf8, u8::from(expected.smtputf8));
    assert_eq!(result.reserved, [0; 6]);
    assert_eq!(
        result.reason as u32,
        expected.reason.map_or(0, |r| r as u32)
    );
    let fields = [
        (result.message, &expected.message),
        (result.normalized, &expected.normalized),
        (result.local_part, &expected.local_part),
        (result.domain, &expected.domain),
        (result.ascii_email, &expected.ascii_email),
        (result.ascii_local_part, &expected.ascii_local_part),
        (result.ascii_domain, &expected.ascii_domain),
        (result.display_name, &expected.display_name),
    ];
    for (span, want) in fields {
        assert_eq!(span_str(buf, span), want.as_deref());
    }
}

/// An options handle freed on drop.
pub(super) struct Options(pub(super) *mut contactkit_email_options);

impl Options {
    pub(super) fn new() -> Options {
        let mut ptr = std::ptr::null_mut();
        // SAFETY: `ptr` is a writable pointer slot.
        let status = unsafe { contactkit_email_options_new(&raw mut ptr) };
        assert_eq!(status, contactkit_status::Ok);
        assert!(!ptr.is_null());
        Options(ptr)
    }
}

impl Drop for Options {
    fn drop(&mut self) {
        // SAFETY: a live handle from `_new`, freed once.
        unsafe { contactkit_email_options_free(self.0) };
    }
}

/// One call of `contactkit_email_validate` with a buffer of `cap` bytes.
pub(super) struct Call {
    pub(super) status: contactkit_status,
    pub(super) len: usize,
    pub(super) buf: Vec<u8>,
    pub(super) result: contactkit_email_result,
}

pub(super) const LEN_SENTINEL: usize = 0x5EED;

pub(super) fn validate_with_cap(
    options: *const contactkit_email_options,
    input: &[u8],
    cap: usize,
) -> Call {
    let mut buf = vec![0xAAu8; cap];
    let mut len = LEN_SENTINEL;
    let mut result = sentinel_result();
    // SAFETY: every pointer is valid for the sizes passed; `options` is NULL or live.
    let status = unsafe {
        contactkit_email_validate(
            options,
            input.as_ptr().cast(),
            input.len(),
            buf.as_mut_ptr().cast(),
            cap,
            &raw mut len,
            &raw mut result,
        )
    };
    Call {
        status,
        len,
        buf,
        result,
    }
}

/// The two-call contract as a C caller uses it: a size query, then the real call.
pub(super) fn validate(options: *const contactkit_email_options, input: &[u8]) -> Call {
    let query = validate_with_cap(options, input, 0);
    if query.status != contactkit_status::BufferTooSmall {
        return query;
    }
    let call = validate_with_cap(options, input, query.len);
    assert_eq!(call.status, contactkit_status::Ok);
    assert_eq!(call.len, query.len, "the size needed does not change");
    call
}

/// Inputs that cover the result fields: valid, invalid, Unicode, empty, display name, quoted.
pub(super) const SAMPLES: &[&str] = &[
    "jan@example.com",
    "Jan.de.Vries@Example.NL",
    "info@voorbeeld.nl",
    "zoë@example.nl",
    "jan@münchen.de",
    "x@xn--mnchen-3ya.de",
    "",
    "no-at-sign",
    "@example.com",
    "jan@",
    "jan..vries@example.com",
    "\"jan de vries\"@example.com",
    "Jan de Vries <jan@example.com>",
    "jan@[192.0.2.1]",
    "jan@localhost",
    "jan@example.com ",
];
