//! `contactkit_email_validate` and the options handle.

use ck::email::{self, EmailOptions};

use super::{
    LEN_SENTINEL, Options, SAMPLES, assert_same, sentinel_result, validate, validate_with_cap,
};
use crate::boundary::panic_hook;
use crate::email::{
    contactkit_email_option, contactkit_email_options_free, contactkit_email_options_get,
    contactkit_email_options_new, contactkit_email_options_set,
    contactkit_email_options_set_by_name,
};
use crate::{contactkit_email_options, contactkit_email_validate, contactkit_status};

fn set(options: &Options, option: u32, value: u8) -> contactkit_status {
    // SAFETY: a live handle used by this thread only.
    unsafe { contactkit_email_options_set(options.0, option, value) }
}

fn set_by_name(options: &Options, name: &[u8], value: u8) -> contactkit_status {
    // SAFETY: a live handle; `name` is a valid slice.
    unsafe {
        contactkit_email_options_set_by_name(options.0, name.as_ptr().cast(), name.len(), value)
    }
}

fn get(options: *const contactkit_email_options, option: u32) -> (contactkit_status, u8) {
    let mut value = 0xAA;
    // SAFETY: `options` is NULL or live; `value` is writable.
    let status = unsafe { contactkit_email_options_get(options, option, &raw mut value) };
    (status, value)
}

#[test]
fn results_equal_the_core_with_default_options() {
    for input in SAMPLES {
        let call = validate(std::ptr::null(), input.as_bytes());
        assert_eq!(call.status, contactkit_status::Ok, "{input:?}");
        assert_eq!(call.buf.len(), call.len);
        assert_same(
            &call.buf,
            &call.result,
            &email::validate(input, &EmailOptions::default()),
        );
    }
}

#[test]
fn results_equal_the_core_with_options_from_the_handle() {
    let options = Options::new();
    let mut core = EmailOptions::default();
    for (option, value) in [
        (contactkit_email_option::AllowQuotedLocal, 1),
        (contactkit_email_option::AllowDomainLiteral, 1),
        (contactkit_email_option::AllowDisplayName, 1),
        (contactkit_email_option::AllowSmtputf8, 0),
        (contactkit_email_option::Strict, 1),
    ] {
        assert_eq!(set(&options, option as u32, value), contactkit_status::Ok);
        core.set(option.name(), value == 1).expect("known option");
    }
    for input in SAMPLES {
        let call = validate(options.0, input.as_bytes());
        assert_same(&call.buf, &call.result, &email::validate(input, &core));
    }
}

#[test]
fn two_call_contract_writes_nothing_but_len_when_too_small() {
    let input = b"Jan.de.Vries@Example.NL";
    let query = validate_with_cap(std::ptr::null(), input, 0);
    assert_eq!(query.status, contactkit_status::BufferTooSmall);
    let needed = query.len;
    assert!(
        needed > input.len(),
        "strings and NULs need more than the input"
    );
    assert_eq!(query.result, sentinel_result(), "out untouched");

    let short = validate_with_cap(std::ptr::null(), input, needed - 1);
    assert_eq!(short.status, contactkit_status::BufferTooSmall);
    assert_eq!(short.len, needed);
    assert!(short.buf.iter().all(|&b| b == 0xAA), "buffer untouched");
    assert_eq!(short.result, sentinel_result());

    let exact = validate_with_cap(std::ptr::null(), input, needed);
    assert_eq!(exact.status, contactkit_status::Ok);
    assert_eq!(exact.len, needed);

    let roomy = validate_with_cap(std::ptr::null(), input, needed + 100);
    assert_eq!(roomy.status, contactkit_status::Ok);
    assert_eq!(roomy.len, needed);
    assert_eq!(roomy.buf[..needed], exact.buf[..]);
    assert!(
        roomy.buf[needed..].iter().all(|&b| b == 0xAA),
        "nothing past *len"
    );
    assert_eq!(roomy.result, exact.result);
}

#[test]
fn null_arguments_are_rejected_before_anything_is_written() {
    let input = b"jan@example.com";
    let mut buf = [0u8; 256];
    let mut len = LEN_SENTINEL;
    let mut out = sentinel_result();
    let call = |input: *const u8, input_len, buf: *mut u8, cap, len: *mut usize, out| {
        // SAFETY: every non-NULL pointer is valid for its size; NULLs are what is tested.
        unsafe {
            contactkit_email_validate(
                std::ptr::null(),
                input.cast(),
                input_len,
                buf.cast(),
                cap,
                len,
                out,
            )
        }
    };
    let (i, b, l, o) = (input.as_ptr(), buf.as_mut_ptr(), &raw mut len, &raw mut out);
    let null_u8 = std::ptr::null_mut::<u8>();
    assert_eq!(
        call(i, input.len(), b, 256, std::ptr::null_mut(), o),
        contactkit_status::NullArgument
    );
    assert_eq!(
        call(i, input.len(), b, 256, l, std::ptr::null_mut()),
        contactkit_status::NullArgument
    );
    assert_eq!(
        call(i, input.len(), null_u8, 256, l, o),
        contactkit_status::NullArgument
    );
    assert_eq!(
        call(std::ptr::null(), 3, b, 256, l, o),
        contactkit_status::NullArgument
    );
    assert_eq!(
        len, LEN_SENTINEL,
        "no status but OK and BUFFER_TOO_SMALL writes *len"
    );
    assert_eq!(out, sentinel_result());
    assert!(buf.iter().all(|&x| x == 0));

    // NULL with length 0 is the empty string, a verdict like any other.
    assert_eq!(
        call(std::ptr::null(), 0, b, 256, l, o),
        contactkit_status::Ok
    );
    assert_eq!(out.valid, 0);
    let expected = email::validate("", &EmailOptions::default());
    super::assert_same(&buf, &out, &expected);
}

#[test]
fn misaligned_out_pointers_are_invalid_arguments() {
    let input = b"jan@example.com";
    let mut buf = [0u8; 256];
    let mut words = [0usize; 2];
    #[allow(clippy::cast_ptr_alignment)] // a misaligned pointer is what is tested
    let misaligned = words
        .as_mut_ptr()
        .cast::<u8>()
        .wrapping_add(1)
        .cast::<usize>();
    let mut out = sentinel_result();
    // SAFETY: the misaligned pointer is rejected before use; the rest are valid.
    let status = unsafe {
        contactkit_email_validate(
            std::ptr::null(),
            input.as_ptr().cast(),
            input.len(),
            buf.as_mut_ptr().cast(),
            buf.len(),
            misaligned,
            &raw mut out,
        )
    };
    assert_eq!(status, contactkit_status::InvalidArgument);
    assert_eq!(words, [0, 0]);
    assert_eq!(out, sentinel_result());
}

#[test]
fn invalid_utf8_is_a_status_and_nothing_is_written() {
    for bad in [
        &b"jan\xff@example.com"[..],
        b"\xc3",
        b"\xed\xa0\x80@x.nl",
        b"a@b.c\x80",
    ] {
        let call = validate_with_cap(std::ptr::null(), bad, 256);
        assert_eq!(call.status, contactkit_status::InvalidUtf8, "{bad:?}");
        assert_eq!(call.len, LEN_SENTINEL);
        assert!(call.buf.iter().all(|&b| b == 0xAA));
        assert_eq!(call.result, sentinel_result());
    }
    // Input is a byte range, not a C string: an embedded NUL is data (a verdict, not a status).
    let call = validate(std::ptr::null(), b"jan\0@example.com");
    assert_eq!(call.status, contactkit_status::Ok);
    assert_same(
        &call.buf,
        &call.result,
        &email::validate("jan\0@example.com", &EmailOptions::default()),
    );
}

#[test]
fn panic_is_caught_and_leaves_out_parameters_alone() {
    panic_hook::arm();
    let call = validate_with_cap(std::ptr::null(), b"jan@example.com", 256);
    assert_eq!(call.status, contactkit_status::Panic);
    assert_eq!(call.len, LEN_SENTINEL);
    assert!(call.buf.iter().all(|&b| b == 0xAA));
    assert_eq!(call.result, sentinel_result());
    // The library is still usable afterwards.
    assert_eq!(
        validate(std::ptr::null(), b"jan@example.com").status,
        contactkit_status::Ok
    );

    panic_hook::arm();
    let mut ptr = std::ptr::null_mut();
    // SAFETY: `ptr` is a writable slot.
    let status = unsafe { contactkit_email_options_new(&raw mut ptr) };
    assert_eq!(status, contactkit_status::Panic);
    assert!(
        ptr.is_null(),
        "no handle leaks out of a panicking constructor"
    );
}

#[test]
fn options_start_at_the_core_defaults_and_set_get_round_trip() {
    let options = Options::new();
    let defaults = EmailOptions::default();
    for &o in contactkit_email_option::ALL {
        assert_eq!(
            get(options.0, o as u32),
            (contactkit_status::Ok, u8::from(o.get(defaults)))
        );
    }
    for &o in contactkit_email_option::ALL {
        for value in [1, 0, 1] {
            assert_eq!(set(&options, o as u32, value), contactkit_status::Ok);
            assert_eq!(get(options.0, o as u32), (contactkit_status::Ok, value));
        }
        for value in [0, 1] {
            assert_eq!(
                set_by_name(&options, o.name().as_bytes(), value),
                contactkit_status::Ok
            );
            assert_eq!(get(options.0, o as u32), (contactkit_status::Ok, value));
        }
    }
}

#[test]
fn options_reject_unknown_options_and_bad_values_without_change() {
    let options = Options::new();
    let strict = contactkit_email_option::Strict as u32;
    for unknown in [0, 9, 1000, u32::MAX] {
        assert_eq!(set(&options, unknown, 1), contactkit_status::UnknownOption);
        assert_eq!(
            get(options.0, unknown),
            (contactkit_status::UnknownOption, 0xAA)
        );
    }
    for name in [&b"Strict"[..], b"strict ", b"", b"allow_everything"] {
        assert_eq!(
            set_by_name(&options, name, 1),
            contactkit_status::UnknownOption
        );
    }
    assert_eq!(
        set_by_name(&options, b"stri\xffct", 1),
        contactkit_status::InvalidUtf8
    );
    for bad in [2, 0xFF] {
        assert_eq!(
            set(&options, strict, bad),
            contactkit_status::InvalidArgument
        );
        assert_eq!(
            set_by_name(&options, b"strict", bad),
            contactkit_status::InvalidArgument
        );
    }
    assert_eq!(
        get(options.0, strict),
        (contactkit_status::Ok, 0),
        "unchanged"
    );
    // SAFETY: a NULL name with a non-zero length is what is tested.
    let status = unsafe { contactkit_email_options_set_by_name(options.0, std::ptr::null(), 6, 1) };
    assert_eq!(status, contactkit_status::NullArgument);
}

#[test]
fn options_null_and_foreign_handles() {
    // SAFETY: NULL is accepted by `_free` and rejected by the others.
    unsafe {
        contactkit_email_options_free(std::ptr::null_mut());
        assert_eq!(
            contactkit_email_options_new(std::ptr::null_mut()),
            contactkit_status::NullArgument
        );
        assert_eq!(
            contactkit_email_options_set(std::ptr::null_mut(), 1, 1),
            contactkit_status::NullArgument
        );
    }
    assert_eq!(
        get(std::ptr::null(), 1),
        (contactkit_status::NullArgument, 0xAA)
    );
    let options = Options::new();
    // SAFETY: a NULL out-pointer is rejected.
    let status = unsafe { contactkit_email_options_get(options.0, 1, std::ptr::null_mut()) };
    assert_eq!(status, contactkit_status::NullArgument);

    // Memory that is not a handle (zeroed, aligned) is caught by the best-effort check.
    let mut fake = [0u64; 4];
    let fake_ptr = fake.as_mut_ptr().cast::<contactkit_email_options>();
    assert_eq!(get(fake_ptr, 1), (contactkit_status::InvalidHandle, 0xAA));
    // SAFETY: the check rejects the fake handle before any write; `_free` ignores it.
    unsafe {
        assert_eq!(
            contactkit_email_options_set(fake_ptr, 1, 1),
            contactkit_status::InvalidHandle
        );
        contactkit_email_options_free(fake_ptr);
    }
    assert_eq!(fake, [0; 4], "a foreign pointer is never written or freed");
    let call = validate_with_cap(fake_ptr, b"jan@example.com", 256);
    assert_eq!(call.status, contactkit_status::InvalidHandle);
    assert_eq!(call.len, LEN_SENTINEL);
}

#[test]
fn one_handle_is_shared_by_threads() {
    let options = Options::new();
    assert_eq!(
        set(
            &options,
            contactkit_email_option::AllowDisplayName as u32,
            1
        ),
        contactkit_status::Ok
    );
    let core = EmailOptions::default().allow_display_name(true);
    let handle = options.0 as usize;
    std::thread::scope(|s| {
        for t in 0..4 {
            s.spawn(move || {
                for i in 0..200 {
                    let input = SAMPLES[(t + i) % SAMPLES.len()];
                    let call = validate(handle as *const _, input.as_bytes());
                    assert_same(&call.buf, &call.result, &email::validate(input, &core));
                }
            });
        }
    });
}
