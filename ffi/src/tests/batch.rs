//! `contactkit_email_validate_many`: one call, one arena, results equal the scalar call.

use ck::email::{self, EmailOptions};

use super::{LEN_SENTINEL, Options, SAMPLES, assert_same, sentinel_result, span_str, validate};
use crate::email::contactkit_email_option;
use crate::{
    contactkit_email_options, contactkit_email_options_set, contactkit_email_reason,
    contactkit_email_result, contactkit_email_validate_many, contactkit_status, contactkit_str,
};

fn strs(inputs: &[&[u8]]) -> Vec<contactkit_str> {
    inputs
        .iter()
        .map(|s| contactkit_str {
            ptr: s.as_ptr().cast(),
            len: s.len(),
        })
        .collect()
}

struct Many {
    status: contactkit_status,
    arena_len: usize,
    arena: Vec<u8>,
    results: Vec<contactkit_email_result>,
}

fn many_with_cap(
    options: *const contactkit_email_options,
    inputs: &[contactkit_str],
    cap: usize,
) -> Many {
    let mut arena = vec![0xAAu8; cap];
    let mut arena_len = LEN_SENTINEL;
    let mut results = vec![sentinel_result(); inputs.len()];
    // SAFETY: every pointer is valid for the sizes passed.
    let status = unsafe {
        contactkit_email_validate_many(
            options,
            inputs.as_ptr(),
            inputs.len(),
            arena.as_mut_ptr().cast(),
            cap,
            &raw mut arena_len,
            results.as_mut_ptr(),
        )
    };
    Many {
        status,
        arena_len,
        arena,
        results,
    }
}

fn many(options: *const contactkit_email_options, inputs: &[contactkit_str]) -> Many {
    let query = many_with_cap(options, inputs, 0);
    if query.status != contactkit_status::BufferTooSmall {
        return query;
    }
    let call = many_with_cap(options, inputs, query.arena_len);
    assert_eq!(call.status, contactkit_status::Ok);
    assert_eq!(call.arena_len, query.arena_len);
    call
}

/// Element `i` of a batch says what the scalar call says for input `i`.
fn assert_batch_equals_scalar(options: *const contactkit_email_options, inputs: &[&[u8]]) {
    let batch = many(options, &strs(inputs));
    assert_eq!(batch.results.len(), inputs.len());
    for (input, result) in inputs.iter().zip(&batch.results) {
        let scalar = validate(options, input);
        if scalar.status == contactkit_status::Ok {
            assert_eq!(result.status, contactkit_status::Ok);
            assert_eq!(result.valid, scalar.result.valid);
            assert_eq!(result.reason, scalar.result.reason);
            assert_eq!(result.smtputf8, scalar.result.smtputf8);
            let pairs = [
                (result.message, scalar.result.message),
                (result.normalized, scalar.result.normalized),
                (result.local_part, scalar.result.local_part),
                (result.domain, scalar.result.domain),
                (result.ascii_email, scalar.result.ascii_email),
                (result.ascii_local_part, scalar.result.ascii_local_part),
                (result.ascii_domain, scalar.result.ascii_domain),
                (result.display_name, scalar.result.display_name),
            ];
            for (b, s) in pairs {
                assert_eq!(span_str(&batch.arena, b), span_str(&scalar.buf, s));
            }
        } else {
            assert_eq!(result.status, scalar.status, "{input:?}");
            assert_eq!(result.valid, 0);
            assert_eq!(result.reason, contactkit_email_reason::None);
            assert_eq!(span_str(&batch.arena, result.message), None);
            assert_eq!(span_str(&batch.arena, result.normalized), None);
        }
    }
}

#[test]
fn batch_equals_scalar_including_bad_utf8_elements() {
    let mut inputs: Vec<&[u8]> = SAMPLES.iter().map(|s| s.as_bytes()).collect();
    inputs.insert(3, b"jan\xff@example.com");
    inputs.push(b"\xc3");
    assert_batch_equals_scalar(std::ptr::null(), &inputs);

    let options = Options::new();
    // SAFETY: a live handle.
    let status = unsafe {
        contactkit_email_options_set(
            options.0,
            contactkit_email_option::AllowDisplayName as u32,
            1,
        )
    };
    assert_eq!(status, contactkit_status::Ok);
    assert_batch_equals_scalar(options.0, &inputs);

    let batch = many(std::ptr::null(), &strs(&inputs));
    assert_eq!(batch.results[3].status, contactkit_status::InvalidUtf8);
    let core = email::validate_many(SAMPLES, &EmailOptions::default());
    assert_same(&batch.arena, &batch.results[0], &core[0]);
}

#[test]
fn arena_two_call_contract() {
    let inputs = strs(&[b"jan@example.com", b"nope", b"zo\xc3\xab@example.nl"]);
    let query = many_with_cap(std::ptr::null(), &inputs, 0);
    assert_eq!(query.status, contactkit_status::BufferTooSmall);
    assert!(query.results.iter().all(|r| *r == sentinel_result()));
    let short = many_with_cap(std::ptr::null(), &inputs, query.arena_len - 1);
    assert_eq!(short.status, contactkit_status::BufferTooSmall);
    assert_eq!(short.arena_len, query.arena_len);
    assert!(short.arena.iter().all(|&b| b == 0xAA));
    assert!(short.results.iter().all(|r| *r == sentinel_result()));
    let ok = many_with_cap(std::ptr::null(), &inputs, query.arena_len + 7);
    assert_eq!(ok.status, contactkit_status::Ok);
    assert_eq!(ok.arena_len, query.arena_len);
    assert!(ok.arena[ok.arena_len..].iter().all(|&b| b == 0xAA));
}

#[test]
fn empty_batch_accepts_null_arrays() {
    let mut arena_len = LEN_SENTINEL;
    // SAFETY: n == 0, so NULL arrays are allowed; `arena_len` is writable.
    let status = unsafe {
        contactkit_email_validate_many(
            std::ptr::null(),
            std::ptr::null(),
            0,
            std::ptr::null_mut(),
            0,
            &raw mut arena_len,
            std::ptr::null_mut(),
        )
    };
    assert_eq!(status, contactkit_status::Ok);
    assert_eq!(arena_len, 0);
}

#[test]
fn null_arguments_fail_the_whole_call() {
    let good = strs(&[b"jan@example.com"]);
    let mut arena = [0u8; 128];
    let mut arena_len = LEN_SENTINEL;
    let mut results = [sentinel_result()];
    let call = |inputs: *const contactkit_str,
                arena: *mut u8,
                cap,
                arena_len: *mut usize,
                results: *mut contactkit_email_result| {
        // SAFETY: non-NULL pointers are valid for one element / `cap` bytes.
        unsafe {
            contactkit_email_validate_many(
                std::ptr::null(),
                inputs,
                1,
                arena.cast(),
                cap,
                arena_len,
                results,
            )
        }
    };
    let (a, l, r) = (arena.as_mut_ptr(), &raw mut arena_len, results.as_mut_ptr());
    assert_eq!(
        call(std::ptr::null(), a, 128, l, r),
        contactkit_status::NullArgument
    );
    assert_eq!(
        call(good.as_ptr(), a, 128, l, std::ptr::null_mut()),
        contactkit_status::NullArgument
    );
    assert_eq!(
        call(good.as_ptr(), a, 128, std::ptr::null_mut(), r),
        contactkit_status::NullArgument
    );
    assert_eq!(
        call(good.as_ptr(), std::ptr::null_mut(), 128, l, r),
        contactkit_status::NullArgument
    );
    let null_element = [contactkit_str {
        ptr: std::ptr::null(),
        len: 4,
    }];
    assert_eq!(
        call(null_element.as_ptr(), a, 128, l, r),
        contactkit_status::NullArgument
    );
    assert_eq!(arena_len, LEN_SENTINEL);
    assert_eq!(results[0], sentinel_result());

    // A NULL element with length 0 is the empty string.
    let empty = [contactkit_str {
        ptr: std::ptr::null(),
        len: 0,
    }];
    assert_eq!(call(empty.as_ptr(), a, 128, l, r), contactkit_status::Ok);
    let expected = email::validate("", &EmailOptions::default());
    assert_same(&arena, &results[0], &expected);
}

#[test]
fn impossible_counts_are_too_large() {
    let mut arena_len = LEN_SENTINEL;
    let dangling_in = std::ptr::NonNull::<contactkit_str>::dangling().as_ptr();
    let dangling_out = std::ptr::NonNull::<contactkit_email_result>::dangling().as_ptr();
    // SAFETY: the count is rejected before either array is touched.
    let status = unsafe {
        contactkit_email_validate_many(
            std::ptr::null(),
            dangling_in,
            usize::MAX / 8,
            std::ptr::null_mut(),
            0,
            &raw mut arena_len,
            dangling_out,
        )
    };
    assert_eq!(status, contactkit_status::TooLarge);
    assert_eq!(arena_len, LEN_SENTINEL);
}

#[test]
fn panic_in_a_batch_writes_nothing() {
    crate::boundary::panic_hook::arm();
    let inputs = strs(&[b"jan@example.com", b"nope"]);
    let call = many_with_cap(std::ptr::null(), &inputs, 1024);
    assert_eq!(call.status, contactkit_status::Panic);
    assert_eq!(call.arena_len, LEN_SENTINEL);
    assert!(call.results.iter().all(|r| *r == sentinel_result()));
}
