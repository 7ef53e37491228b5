//! `contactkit_phone_*`: the two-call contract, NULLs, bad UTF-8, regions, the batch and clean
//! calls against the core, the phone enums against the header and the core, the panic path.

use std::ffi::c_char;

use ck::phone::{self, NumberType, PhoneError, PossibleReason};

use super::{HEADER, SENTINEL_SPAN, span_str, static_str};
use crate::phone::{
    contactkit_phone_clean, contactkit_phone_clean_many, contactkit_phone_metadata_version,
    contactkit_phone_parse, contactkit_phone_parse_many, contactkit_phone_result,
};
use crate::reasons::{contactkit_reason_area, contactkit_reason_slug};
use crate::{contactkit_phone_error, contactkit_status, contactkit_str};

const LEN_SENTINEL: usize = 0x5EED;

fn sentinel() -> contactkit_phone_result {
    contactkit_phone_result {
        status: contactkit_status::Panic,
        error: contactkit_phone_error::TooLong,
        parse_ok: 0xAA,
        italian_leading_zero: 0xAA,
        is_possible: 0xAA,
        is_valid: 0xAA,
        country_code: 0xAAAA,
        possible_reason: crate::contactkit_phone_possible::TooLong,
        number_type: crate::contactkit_phone_type::Pager,
        national_number: SENTINEL_SPAN,
        extension: SENTINEL_SPAN,
        region: SENTINEL_SPAN,
        e164: SENTINEL_SPAN,
        international: SENTINEL_SPAN,
        national: SENTINEL_SPAN,
        rfc3966: SENTINEL_SPAN,
    }
}

struct Call {
    status: contactkit_status,
    len: usize,
    buf: Vec<u8>,
    result: contactkit_phone_result,
}

fn parse_with_cap(input: &[u8], region: Option<&[u8]>, cap: usize) -> Call {
    let mut buf = vec![0xAAu8; cap];
    let mut len = LEN_SENTINEL;
    let mut result = sentinel();
    let (rp, rl) = region.map_or((std::ptr::null(), 0), |r| {
        (r.as_ptr().cast::<c_char>(), r.len())
    });
    // SAFETY: every pointer is valid for the sizes passed.
    let status = unsafe {
        contactkit_phone_parse(
            input.as_ptr().cast(),
            input.len(),
            rp,
            rl,
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

fn parse(input: &str, region: Option<&str>) -> Call {
    let q = parse_with_cap(input.as_bytes(), region.map(str::as_bytes), 0);
    if q.status != contactkit_status::BufferTooSmall {
        return q;
    }
    let c = parse_with_cap(input.as_bytes(), region.map(str::as_bytes), q.len);
    assert_eq!(c.status, contactkit_status::Ok);
    assert_eq!(c.len, q.len);
    c
}

fn assert_same(buf: &[u8], r: &contactkit_phone_result, want: &phone::PhoneResult) {
    assert_eq!(r.status, contactkit_status::Ok);
    assert_eq!(r.parse_ok, u8::from(want.parse_ok));
    assert_eq!(r.error as u32, want.error.map_or(0, |e| e as u32));
    assert_eq!(r.country_code, want.country_code.unwrap_or(0));
    assert_eq!(r.is_valid, u8::from(want.is_valid == Some(true)));
    assert_eq!(r.is_possible, u8::from(want.is_possible == Some(true)));
    assert_eq!(
        r.italian_leading_zero,
        u8::from(want.italian_leading_zero == Some(true))
    );
    assert_eq!(
        r.possible_reason as u32,
        want.possible_reason.map_or(0, |x| x as u32)
    );
    assert_eq!(
        r.number_type as u32,
        want.number_type.map_or(0, |x| x as u32)
    );
    for (span, w) in [
        (r.national_number, want.national_number.as_deref()),
        (r.extension, want.extension.as_deref()),
        (r.region, want.region),
        (r.e164, want.e164.as_deref()),
        (r.international, want.international.as_deref()),
        (r.national, want.national.as_deref()),
        (r.rfc3966, want.rfc3966.as_deref()),
    ] {
        assert_eq!(span_str(buf, span), w);
    }
}

const SAMPLES: &[(&str, Option<&str>)] = &[
    ("+31 20 123 4567", None),
    ("06-12345678", Some("NL")),
    ("0031201234567", Some("nl")),
    ("+39 06 1234 5678", None),
    ("+31 20 123 4567 ext. 12", None),
    ("+800 1234 5678", None),
    ("112", Some("NL")),
    ("hello", Some("NL")),
    ("", None),
    ("+1 650 253 0000", Some("ZZ")),
];

#[test]
fn parse_equals_the_core_and_keeps_the_two_call_contract() {
    for &(input, region) in SAMPLES {
        let c = parse(input, region);
        assert_same(&c.buf, &c.result, &phone::parse(input, region));
    }
    // One byte short: nothing but *len written.
    let q = parse_with_cap(b"+31 20 123 4567", None, 0);
    assert_eq!(q.status, contactkit_status::BufferTooSmall);
    let short = parse_with_cap(b"+31 20 123 4567", None, q.len - 1);
    assert_eq!(short.status, contactkit_status::BufferTooSmall);
    assert_eq!(short.len, q.len);
    assert_eq!(short.result, sentinel());
    assert!(short.buf.iter().all(|&b| b == 0xAA));
}

#[test]
fn the_documented_buffer_size_is_enough() {
    let ext = "9".repeat(20);
    for input in [
        format!("+49 30 1234567890123 ext. {ext}"),
        format!("+599 9 1234 5678 ;ext={ext}"),
        format!("tel:+1-650-253-0000;ext={ext}"),
        format!("+44 20 7946 0958 x{ext}"),
    ] {
        let q = parse_with_cap(input.as_bytes(), None, 0);
        assert!(q.len <= 320, "{input}: {}", q.len);
    }
}

#[test]
fn bad_arguments_are_statuses() {
    let c = parse_with_cap(b"\xff", None, 64);
    assert_eq!(c.status, contactkit_status::InvalidUtf8);
    assert_eq!(c.len, LEN_SENTINEL);
    let c = parse_with_cap(b"020", Some(b"\xff"), 64);
    assert_eq!(c.status, contactkit_status::InvalidUtf8);
    let mut len = LEN_SENTINEL;
    // SAFETY: NULL `out` is the case under test; the other pointers are valid.
    let status = unsafe {
        contactkit_phone_parse(
            c"1".as_ptr(),
            1,
            std::ptr::null(),
            0,
            std::ptr::null_mut(),
            0,
            &raw mut len,
            std::ptr::null_mut(),
        )
    };
    assert_eq!(status, contactkit_status::NullArgument);
    assert_eq!(len, LEN_SENTINEL);
    crate::boundary::panic_hook::arm();
    let c = parse_with_cap(b"+31 20 123 4567", None, 512);
    assert_eq!(c.status, contactkit_status::Panic);
    assert_eq!(c.len, LEN_SENTINEL);
}

#[test]
fn parse_many_equals_scalar_calls() {
    let mut inputs: Vec<&[u8]> = SAMPLES.iter().map(|(s, _)| s.as_bytes()).collect();
    inputs.insert(2, b"\xff\xfe");
    let strs: Vec<contactkit_str> = inputs
        .iter()
        .map(|s| contactkit_str {
            ptr: s.as_ptr().cast(),
            len: s.len(),
        })
        .collect();
    let mut results = vec![sentinel(); strs.len()];
    let mut arena = vec![0u8; 8192];
    let mut len = 0;
    // SAFETY: every pointer is valid for the sizes passed.
    let status = unsafe {
        contactkit_phone_parse_many(
            strs.as_ptr(),
            strs.len(),
            c"NL".as_ptr(),
            2,
            arena.as_mut_ptr().cast(),
            arena.len(),
            &raw mut len,
            results.as_mut_ptr(),
        )
    };
    assert_eq!(status, contactkit_status::Ok);
    for (input, r) in inputs.iter().zip(&results) {
        if let Ok(s) = std::str::from_utf8(input) {
            assert_same(&arena, r, &phone::parse(s, Some("NL")));
        } else {
            assert_eq!(r.status, contactkit_status::InvalidUtf8);
            assert_eq!(r.parse_ok, 0);
        }
    }
}

fn clean_json(input: &str, region: Option<&str>) -> (contactkit_status, String) {
    let mut buf = vec![0u8; 8192];
    let mut len = 0;
    let (rp, rl) = region.map_or((std::ptr::null(), 0), |r| {
        (r.as_ptr().cast::<c_char>(), r.len())
    });
    // SAFETY: every pointer is valid for the sizes passed.
    let status = unsafe {
        contactkit_phone_clean(
            input.as_ptr().cast(),
            input.len(),
            rp,
            rl,
            buf.as_mut_ptr().cast(),
            buf.len(),
            &raw mut len,
        )
    };
    let json = if status == contactkit_status::Ok {
        String::from_utf8(buf[..len].to_vec()).unwrap()
    } else {
        String::new()
    };
    (status, json)
}

#[test]
fn clean_writes_the_core_result_as_json() {
    let (status, json) = clean_json("Tel: 020 1234567 / 06 12345678 (Fax)", Some("Nederland"));
    assert_eq!(status, contactkit_status::Ok);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["phone"]["e164"], "+31201234567");
    assert_eq!(v["phone"]["number_type"], "fixed_line");
    assert_eq!(v["others"][0]["e164"], "+31612345678");
    assert_eq!(v["label"], "phone");
    assert_eq!(v["dedup_key"], "+31201234567");
    assert_eq!(v["region"], "NL");
    assert!(
        v["fixes"]
            .as_array()
            .unwrap()
            .contains(&"region_alias".into())
    );
    let (status, _) = clean_json("020 1234567", Some("Atlantis"));
    assert_eq!(status, contactkit_status::UnknownRegion);

    let strs: Vec<contactkit_str> = [b"06-12345678".as_slice(), b"\xff", b""]
        .iter()
        .map(|s| contactkit_str {
            ptr: s.as_ptr().cast(),
            len: s.len(),
        })
        .collect();
    let mut buf = vec![0u8; 8192];
    let mut len = 0;
    // SAFETY: every pointer is valid for the sizes passed.
    let status = unsafe {
        contactkit_phone_clean_many(
            strs.as_ptr(),
            strs.len(),
            c"nl".as_ptr(),
            2,
            buf.as_mut_ptr().cast(),
            buf.len(),
            &raw mut len,
        )
    };
    assert_eq!(status, contactkit_status::Ok);
    let v: serde_json::Value = serde_json::from_slice(&buf[..len]).unwrap();
    assert_eq!(v[0]["phone"]["e164"], "+31612345678");
    assert!(v[1].is_null());
    assert!(v[2]["phone"].is_null());
}

#[test]
fn metadata_version_and_enums_match_the_core_and_header() {
    assert_eq!(
        static_str(contactkit_phone_metadata_version()),
        Some(phone::metadata_version())
    );
    let header_value = |name: &str| -> Option<u32> {
        let prefix = format!("  {name} = ");
        HEADER.lines().find_map(|l| {
            l.strip_prefix(prefix.as_str())
                .map(|v| v.trim_end_matches(',').parse().expect("enumerator value"))
        })
    };
    let check = |area: contactkit_reason_area, c_prefix: &str, codes: Vec<(u32, &str)>| {
        for (value, slug) in codes {
            let name = format!("{c_prefix}{}", slug.to_ascii_uppercase());
            assert_eq!(header_value(&name), Some(value), "{name}");
            assert_eq!(
                static_str(contactkit_reason_slug(area as u32, value)),
                Some(slug)
            );
        }
        assert!(static_str(contactkit_reason_slug(area as u32, 0)).is_none());
    };
    check(
        contactkit_reason_area::Phone,
        "CONTACTKIT_PHONE_ERROR_",
        PhoneError::ALL
            .iter()
            .map(|&e| (e as u32, e.code()))
            .collect(),
    );
    check(
        contactkit_reason_area::PhonePossible,
        "CONTACTKIT_PHONE_POSSIBLE_",
        PossibleReason::ALL
            .iter()
            .map(|&e| (e as u32, e.code()))
            .collect(),
    );
    check(
        contactkit_reason_area::PhoneType,
        "CONTACTKIT_PHONE_TYPE_",
        NumberType::ALL
            .iter()
            .map(|&e| (e as u32, e.code()))
            .collect(),
    );
    check(
        contactkit_reason_area::PhoneFix,
        "CONTACTKIT_PHONE_FIX_",
        phone::PhoneFix::ALL
            .iter()
            .map(|&e| (e as u32, e.code()))
            .collect(),
    );
    check(
        contactkit_reason_area::PhoneLabel,
        "CONTACTKIT_PHONE_LABEL_",
        phone::PhoneLabel::ALL
            .iter()
            .map(|&e| (e as u32, e.code()))
            .collect(),
    );
    check(
        contactkit_reason_area::PhoneMatch,
        "CONTACTKIT_PHONE_MATCH_",
        phone::MatchLevel::ALL
            .iter()
            .map(|&e| (e as u32, e.code()))
            .collect(),
    );
}
