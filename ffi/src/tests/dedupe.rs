//! `contactkit_dedupe_score_pair`, `contactkit_dedupe_run`, `contactkit_dedupe_link`.

use std::ffi::c_char;
use std::ptr;

use serde_json::Value;

use crate::{
    contactkit_dedupe_link, contactkit_dedupe_run, contactkit_dedupe_score_pair, contactkit_status,
};

fn call(
    f: impl Fn(*mut c_char, usize, *mut usize) -> contactkit_status,
) -> (contactkit_status, Option<Value>) {
    let mut len = 0usize;
    let st = f(ptr::null_mut(), 0, &raw mut len);
    if st != contactkit_status::BufferTooSmall {
        return (st, None);
    }
    // Run results carry timings, so the second call may need a few more bytes: slack.
    let mut buf = vec![0u8; len + 256];
    let mut len2 = 0usize;
    let st = f(buf.as_mut_ptr().cast(), buf.len(), &raw mut len2);
    assert!(len2 <= buf.len());
    (st, serde_json::from_slice(&buf[..len2]).ok())
}

fn score(a: &str, b: &str) -> (contactkit_status, Option<Value>) {
    call(|buf, cap, len| {
        // SAFETY: valid pointers and lengths.
        unsafe {
            contactkit_dedupe_score_pair(
                a.as_ptr().cast(),
                a.len(),
                b.as_ptr().cast(),
                b.len(),
                buf,
                cap,
                len,
            )
        }
    })
}

#[test]
fn score_pair_json_and_errors() {
    let a = r#"{"id": "a", "full_name": "Jan de Vries", "email": "jan@x.nl"}"#;
    let b = r#"{"id": "b", "given_name": "J.", "family_name": "Vries, de", "email": ["JAN@x.nl"]}"#;
    let (st, v) = score(a, b);
    assert_eq!(st, contactkit_status::Ok);
    let v = v.unwrap();
    assert_eq!(v["relation"], "same_person");
    assert!(v["probability"].as_f64().unwrap() > 0.9);
    assert_eq!(v["explanation"][0]["field"], "prior");
    assert_eq!(score("[1]", b).0, contactkit_status::InvalidJson);
    assert_eq!(
        score(r#"{"email": 3}"#, b).0,
        contactkit_status::InvalidJson
    );
    assert_eq!(score("not json", b).0, contactkit_status::InvalidJson);
    // NULL length pointer.
    // SAFETY: testing the NULL check.
    let st = unsafe {
        contactkit_dedupe_score_pair(
            a.as_ptr().cast(),
            a.len(),
            b.as_ptr().cast(),
            b.len(),
            ptr::null_mut(),
            0,
            ptr::null_mut(),
        )
    };
    assert_eq!(st, contactkit_status::NullArgument);
}

#[test]
fn run_and_link() {
    let lines = "{\"id\": \"1\", \"full_name\": \"Jan de Vries\", \"email\": \"jan@x.nl\"}\n\
                 {\"id\": \"2\", \"full_name\": \"J. de Vries\", \"email\": \"jan@x.nl\"}\n\n\
                 {\"id\": \"3\", \"full_name\": \"Anna Bakker\"}\n";
    let (st, v) = call(|buf, cap, len| {
        // SAFETY: valid pointers and lengths.
        unsafe { contactkit_dedupe_run(lines.as_ptr().cast(), lines.len(), 0.5, 1, buf, cap, len) }
    });
    assert_eq!(st, contactkit_status::Ok);
    let v = v.unwrap();
    assert_eq!(v["clusters"], serde_json::json!([["1", "2"], ["3"]]));
    assert_eq!(v["stats"]["records"], 3);
    let (st, _) = call(|buf, cap, len| {
        // SAFETY: valid pointers and lengths.
        unsafe { contactkit_dedupe_run(lines.as_ptr().cast(), lines.len(), 2.0, 1, buf, cap, len) }
    });
    assert_eq!(st, contactkit_status::InvalidArgument);
    let right = "{\"id\": \"x\", \"given_name\": \"Jan\", \"family_name\": \"de Vries\", \"email\": \"jan@x.nl\"}";
    let (st, v) = call(|buf, cap, len| {
        // SAFETY: valid pointers and lengths.
        unsafe {
            contactkit_dedupe_link(
                lines.as_ptr().cast(),
                lines.len(),
                right.as_ptr().cast(),
                right.len(),
                0.5,
                0,
                buf,
                cap,
                len,
            )
        }
    });
    assert_eq!(st, contactkit_status::Ok);
    let pairs = v.unwrap()["pairs"].as_array().unwrap().clone();
    assert!(pairs.iter().any(|p| p["id_a"] == "1" && p["id_b"] == "x"));
}
