//! `contactkit_email_clean` and `_clean_many`: JSON equal to the core's result (Python's
//! `to_dict()` shape).

use ck::email;
use serde_json::Value;

use super::LEN_SENTINEL;
use crate::{
    contactkit_email_clean, contactkit_email_clean_many, contactkit_status, contactkit_str,
};

const RAW: &[&str] = &[
    "jan@example.com",
    "  Jan.de.Vries@Example.NL\u{a0}",
    "",
    "   ",
    "info@voorbeeld.nl",
    "nope",
    "mailto:jan@example.com",
    "jan@example.com, piet@example.org",
];

/// The fields of `EmailResult`, as API.md names them for `to_dict()`.
const RESULT_FIELDS: &[&str] = &[
    "valid",
    "reason",
    "message",
    "normalized",
    "local_part",
    "domain",
    "ascii_email",
    "ascii_local_part",
    "ascii_domain",
    "smtputf8",
    "display_name",
];

/// The attributes API.md lists for `EmailCleaned`.
const CLEANED_FIELDS: &[&str] = &[
    "email",
    "others",
    "fixes",
    "suggestion",
    "is_role",
    "is_disposable",
    "is_free_provider",
    "registrable_domain",
    "dedup_key",
];

struct Out {
    status: contactkit_status,
    len: usize,
    buf: Vec<u8>,
}

fn clean_with_cap(input: &[u8], default_domain: Option<&[u8]>, cap: usize) -> Out {
    let mut buf = vec![0xAAu8; cap];
    let mut len = LEN_SENTINEL;
    let (dd, dd_len) = default_domain.map_or((std::ptr::null(), 99), |d| (d.as_ptr(), d.len()));
    // SAFETY: every pointer is valid for the sizes passed; a NULL default domain means none.
    let status = unsafe {
        contactkit_email_clean(
            input.as_ptr().cast(),
            input.len(),
            dd.cast(),
            dd_len,
            buf.as_mut_ptr().cast(),
            cap,
            &raw mut len,
        )
    };
    Out { status, len, buf }
}

fn clean(input: &[u8], default_domain: Option<&[u8]>) -> (contactkit_status, Option<Value>) {
    let query = clean_with_cap(input, default_domain, 0);
    if query.status != contactkit_status::BufferTooSmall {
        assert_ne!(query.status, contactkit_status::Ok, "JSON is never empty");
        return (query.status, None);
    }
    let call = clean_with_cap(input, default_domain, query.len);
    assert_eq!(call.status, contactkit_status::Ok);
    assert_eq!(call.len, query.len);
    (
        call.status,
        Some(serde_json::from_slice(&call.buf).expect("valid JSON")),
    )
}

fn clean_many_with_cap(inputs: &[contactkit_str], cap: usize) -> Out {
    let mut buf = vec![0xAAu8; cap];
    let mut len = LEN_SENTINEL;
    // SAFETY: every pointer is valid for the sizes passed.
    let status = unsafe {
        contactkit_email_clean_many(
            inputs.as_ptr(),
            inputs.len(),
            std::ptr::null(),
            0,
            buf.as_mut_ptr().cast(),
            cap,
            &raw mut len,
        )
    };
    Out { status, len, buf }
}

fn assert_result_object(v: &Value, expected: &email::EmailResult) {
    let object = v.as_object().expect("an e-mail result is an object");
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut want = RESULT_FIELDS.to_vec();
    want.sort_unstable();
    let mut got = keys.clone();
    got.sort_unstable();
    assert_eq!(got, want, "every EmailResult field, no more");
    assert_eq!(object["valid"], Value::Bool(expected.valid));
    assert_eq!(object["smtputf8"], Value::Bool(expected.smtputf8));
    // Reasons are slugs, never numbers.
    match expected.reason {
        Some(r) => assert_eq!(object["reason"], Value::String(r.code().to_owned())),
        None => assert_eq!(object["reason"], Value::Null),
    }
    assert_eq!(
        object["normalized"].as_str(),
        expected.normalized.as_deref()
    );
    assert_eq!(object["message"].as_str(), expected.message.as_deref());
}

fn assert_cleaned(v: &Value, expected: &email::EmailCleaned) {
    let object = v.as_object().expect("object");
    for key in CLEANED_FIELDS {
        assert!(object.contains_key(*key), "missing {key}");
    }
    match &expected.email {
        Some(e) => assert_result_object(&object["email"], e),
        None => assert_eq!(object["email"], Value::Null),
    }
    let others = object["others"].as_array().expect("others is a list");
    assert_eq!(others.len(), expected.others.len());
    for (o, e) in others.iter().zip(&expected.others) {
        assert_result_object(o, e);
    }
    let fixes: Vec<&str> = object["fixes"]
        .as_array()
        .expect("fixes is a list")
        .iter()
        .map(|f| f.as_str().expect("fixes are slugs"))
        .collect();
    let want: Vec<&str> = expected.fixes.iter().map(|f| f.code()).collect();
    assert_eq!(fixes, want);
    assert_eq!(
        object["suggestion"].as_str(),
        expected.suggestion.as_deref()
    );
    assert_eq!(object["is_role"], Value::Bool(expected.is_role));
    assert_eq!(object["is_disposable"], Value::Bool(expected.is_disposable));
    assert_eq!(
        object["is_free_provider"],
        Value::Bool(expected.is_free_provider)
    );
    assert_eq!(
        object["registrable_domain"].as_str(),
        expected.registrable_domain.as_deref()
    );
    assert_eq!(object["dedup_key"].as_str(), expected.dedup_key.as_deref());
    // And the whole document is exactly the core's serialisation.
    assert_eq!(*v, serde_json::to_value(expected).expect("serialise"));
}

#[test]
fn clean_json_equals_the_core_result() {
    for raw in RAW {
        let (status, json) = clean(raw.as_bytes(), None);
        assert_eq!(status, contactkit_status::Ok);
        assert_cleaned(&json.expect("json"), &email::clean(raw, None));
        let (_, json) = clean(raw.as_bytes(), Some(b"example.nl"));
        assert_cleaned(&json.expect("json"), &email::clean(raw, Some("example.nl")));
    }
}

#[test]
fn clean_two_call_contract_and_errors() {
    let input = b" jan@example.com ";
    let query = clean_with_cap(input, None, 0);
    assert_eq!(query.status, contactkit_status::BufferTooSmall);
    let short = clean_with_cap(input, None, query.len - 1);
    assert_eq!(short.status, contactkit_status::BufferTooSmall);
    assert_eq!(short.len, query.len);
    assert!(short.buf.iter().all(|&b| b == 0xAA));
    let roomy = clean_with_cap(input, None, query.len + 10);
    assert_eq!(roomy.status, contactkit_status::Ok);
    assert!(
        roomy.buf[query.len..].iter().all(|&b| b == 0xAA),
        "no NUL, nothing past *len"
    );

    let bad = clean_with_cap(b"jan\xff@example.com", None, 1024);
    assert_eq!(bad.status, contactkit_status::InvalidUtf8);
    assert_eq!(bad.len, LEN_SENTINEL);
    let bad_domain = clean_with_cap(b"jan", Some(b"exa\xffmple.nl"), 1024);
    assert_eq!(bad_domain.status, contactkit_status::InvalidUtf8);

    let mut len = LEN_SENTINEL;
    // SAFETY: NULL input with a length, and NULL `len`, are what is tested.
    unsafe {
        assert_eq!(
            contactkit_email_clean(
                std::ptr::null(),
                3,
                std::ptr::null(),
                0,
                std::ptr::null_mut(),
                0,
                &raw mut len
            ),
            contactkit_status::NullArgument
        );
        assert_eq!(
            contactkit_email_clean(
                c"x".as_ptr(),
                1,
                std::ptr::null(),
                0,
                std::ptr::null_mut(),
                0,
                std::ptr::null_mut()
            ),
            contactkit_status::NullArgument
        );
    }
    assert_eq!(len, LEN_SENTINEL);

    crate::boundary::panic_hook::arm();
    let panicked = clean_with_cap(input, None, 1024);
    assert_eq!(panicked.status, contactkit_status::Panic);
    assert_eq!(panicked.len, LEN_SENTINEL);
}

#[test]
fn clean_many_is_an_array_of_scalar_results_with_null_for_bad_utf8() {
    let mut inputs: Vec<&[u8]> = RAW.iter().map(|s| s.as_bytes()).collect();
    inputs.insert(1, b"bad\xff@example.com");
    let strs: Vec<contactkit_str> = inputs
        .iter()
        .map(|s| contactkit_str {
            ptr: s.as_ptr().cast(),
            len: s.len(),
        })
        .collect();
    let query = clean_many_with_cap(&strs, 0);
    assert_eq!(query.status, contactkit_status::BufferTooSmall);
    let call = clean_many_with_cap(&strs, query.len);
    assert_eq!(call.status, contactkit_status::Ok);
    let array: Vec<Value> = serde_json::from_slice(&call.buf).expect("JSON array");
    assert_eq!(array.len(), inputs.len());
    for (input, element) in inputs.iter().zip(&array) {
        let (status, scalar) = clean(input, None);
        if let Some(scalar) = scalar {
            assert_eq!(*element, scalar);
        } else {
            assert_eq!(status, contactkit_status::InvalidUtf8);
            assert_eq!(*element, Value::Null);
        }
    }
    let empty = clean_many_with_cap(&[], 16);
    assert_eq!(empty.status, contactkit_status::Ok);
    assert_eq!(&empty.buf[..empty.len], b"[]");
}
