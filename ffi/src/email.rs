//! E-mail: options handle, `validate`, `validate_many`, `clean`, `clean_many`.

use std::ffi::{CString, c_char};
use std::sync::OnceLock;

use ck::email::{self, EmailCleaned, EmailOptions, EmailResult};

use crate::boundary::{OutBuf, bytes_in, check_out, handle_out, str_in, test_hook};
use crate::reasons::contactkit_email_reason;
use crate::status::contactkit_status;
use crate::{contactkit_span, contactkit_str};

/// Options of `contactkit_email_validate()`: an opaque handle.
///
/// Create it with `contactkit_email_options_new()` (the defaults of `email-validator` 2.4), change
/// it with `contactkit_email_options_set()` or `contactkit_email_options_set_by_name()`, and free
/// it with `contactkit_email_options_free()`.
///
/// Thread safety: set every option first, then share the handle: any number of threads may pass
/// it to `contactkit_email_validate()` / `contactkit_email_validate_many()` at the same time.
/// `_set` and `_free` must not run while another thread uses the handle.
#[derive(Debug)]
pub struct contactkit_email_options {
    _private: [u8; 0],
}

/// The boxed value behind a `contactkit_email_options` pointer.
#[derive(Debug)]
struct OptionsHandle {
    magic: u64,
    options: EmailOptions,
}

/// Marks a live options handle (best-effort `INVALID_HANDLE` check); cleared by `_free`.
const OPTIONS_MAGIC: u64 = u64::from_le_bytes(*b"ck-email");

/// An option of `contactkit_email_options`, for `contactkit_email_options_set()` and `_get()`.
/// The names (for `_set_by_name()`) are those of `email-validator` 2.4 and the Python API, such
/// as `"allow_smtputf8"`. Values are never renumbered; new options may be added.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_email_option {
    /// `allow_smtputf8`: accept internationalised (non-ASCII) local parts. Default 1.
    AllowSmtputf8 = 1,
    /// `allow_empty_local`: accept an empty local part (`@example.com`). Default 0.
    AllowEmptyLocal = 2,
    /// `allow_quoted_local`: accept a quoted local part (`"jan de vries"@example.com`). Default 0.
    AllowQuotedLocal = 3,
    /// `allow_domain_literal`: accept a domain literal (`jan@[192.0.2.1]`). Default 0.
    AllowDomainLiteral = 4,
    /// `allow_display_name`: accept a display name (`Jan <jan@example.com>`). Default 0.
    AllowDisplayName = 5,
    /// `strict`: add the 64-octet limit on the local part. Default 0.
    Strict = 6,
    /// `globally_deliverable`: require a domain reachable on the public internet. Default 1.
    GloballyDeliverable = 7,
    /// `test_environment`: accept the special-use domain `test` and its subdomains. Default 0.
    TestEnvironment = 8,
}

impl contactkit_email_option {
    /// Every option, in numeric order.
    pub(crate) const ALL: &'static [contactkit_email_option] = &[
        Self::AllowSmtputf8,
        Self::AllowEmptyLocal,
        Self::AllowQuotedLocal,
        Self::AllowDomainLiteral,
        Self::AllowDisplayName,
        Self::Strict,
        Self::GloballyDeliverable,
        Self::TestEnvironment,
    ];

    /// The option with numeric value `code`, if any.
    pub(crate) fn from_code(code: u32) -> Option<Self> {
        Self::ALL.iter().copied().find(|o| *o as u32 == code)
    }

    /// The option's name, one of [`EmailOptions::NAMES`] (checked by the tests).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::AllowSmtputf8 => "allow_smtputf8",
            Self::AllowEmptyLocal => "allow_empty_local",
            Self::AllowQuotedLocal => "allow_quoted_local",
            Self::AllowDomainLiteral => "allow_domain_literal",
            Self::AllowDisplayName => "allow_display_name",
            Self::Strict => "strict",
            Self::GloballyDeliverable => "globally_deliverable",
            Self::TestEnvironment => "test_environment",
        }
    }

    /// The option's value in `options`.
    pub(crate) fn get(self, options: EmailOptions) -> bool {
        match self {
            Self::AllowSmtputf8 => options.allow_smtputf8,
            Self::AllowEmptyLocal => options.allow_empty_local,
            Self::AllowQuotedLocal => options.allow_quoted_local,
            Self::AllowDomainLiteral => options.allow_domain_literal,
            Self::AllowDisplayName => options.allow_display_name,
            Self::Strict => options.strict,
            Self::GloballyDeliverable => options.globally_deliverable,
            Self::TestEnvironment => options.test_environment,
        }
    }
}

/// The verdict of `contactkit_email_validate()` on one string: a fixed-size struct whose strings
/// are spans into the caller's buffer (absent: `offset == contactkit_none_offset()`).
///
/// When `valid` is 0, `reason` and `message` say why and every address span is absent.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct contactkit_email_result {
    /// `CONTACTKIT_STATUS_OK` when the string was validated. In `contactkit_email_validate_many()`
    /// an element that is not valid UTF-8 has `CONTACTKIT_STATUS_INVALID_UTF8` here (the status
    /// the scalar call returns for it), `valid` 0, reason `CONTACTKIT_EMAIL_REASON_NONE` and every
    /// span absent.
    pub status: contactkit_status,
    /// Why the address is not valid; `CONTACTKIT_EMAIL_REASON_NONE` (0) when valid.
    pub reason: contactkit_email_reason,
    /// 1 when the address is valid under the options given, else 0.
    pub valid: u8,
    /// 1 when sending needs the SMTPUTF8 extension (the local part as given is non-ASCII).
    pub smtputf8: u8,
    /// Always zero; keeps the layout the same on 32- and 64-bit targets.
    pub reserved: [u8; 6],
    /// The reference's English sentence for the reason; absent when valid.
    pub message: contactkit_span,
    /// The form to store: NFC local part, Unicode domain.
    pub normalized: contactkit_span,
    /// The normalised local part (quoted only when it must be).
    pub local_part: contactkit_span,
    /// The normalised domain in Unicode (or the domain literal in brackets).
    pub domain: contactkit_span,
    /// The address in ASCII (`xn--` domain); absent when the local part is not ASCII.
    pub ascii_email: contactkit_span,
    /// The local part in ASCII; absent when it is not ASCII.
    pub ascii_local_part: contactkit_span,
    /// The domain in ASCII (A-labels).
    pub ascii_domain: contactkit_span,
    /// The display name (unquoted, unescaped, NFC), when one was given and allowed.
    pub display_name: contactkit_span,
}

impl contactkit_email_result {
    /// The element of a batch that could not be validated.
    fn failed(status: contactkit_status) -> Self {
        contactkit_email_result {
            status,
            reason: contactkit_email_reason::None,
            valid: 0,
            smtputf8: 0,
            reserved: [0; 6],
            message: contactkit_span::NONE,
            normalized: contactkit_span::NONE,
            local_part: contactkit_span::NONE,
            domain: contactkit_span::NONE,
            ascii_email: contactkit_span::NONE,
            ascii_local_part: contactkit_span::NONE,
            ascii_domain: contactkit_span::NONE,
            display_name: contactkit_span::NONE,
        }
    }
}

/// The bytes a call will copy into the caller's buffer: every string followed by a NUL.
#[derive(Debug, Default)]
struct Arena(Vec<u8>);

impl Arena {
    fn span(&mut self, s: Option<&str>) -> contactkit_span {
        match s {
            None => contactkit_span::NONE,
            Some(s) => {
                let offset = self.0.len();
                self.0.extend_from_slice(s.as_bytes());
                self.0.push(0);
                contactkit_span {
                    offset,
                    len: s.len(),
                }
            }
        }
    }

    fn result(&mut self, r: &EmailResult) -> contactkit_email_result {
        contactkit_email_result {
            status: contactkit_status::Ok,
            reason: r.reason.map_or(
                contactkit_email_reason::None,
                contactkit_email_reason::from_core,
            ),
            valid: u8::from(r.valid),
            smtputf8: u8::from(r.smtputf8),
            reserved: [0; 6],
            message: self.span(r.message.as_deref()),
            normalized: self.span(r.normalized.as_deref()),
            local_part: self.span(r.local_part.as_deref()),
            domain: self.span(r.domain.as_deref()),
            ascii_email: self.span(r.ascii_email.as_deref()),
            ascii_local_part: self.span(r.ascii_local_part.as_deref()),
            ascii_domain: self.span(r.ascii_domain.as_deref()),
            display_name: self.span(r.display_name.as_deref()),
        }
    }
}

/// The options behind a handle; NULL gives the defaults.
///
/// # Safety
///
/// `options` is NULL or a handle from `contactkit_email_options_new()` that has not been freed
/// and is not being changed by another thread.
unsafe fn options_in(
    options: *const contactkit_email_options,
) -> Result<EmailOptions, contactkit_status> {
    if options.is_null() {
        return Ok(EmailOptions::default());
    }
    // SAFETY: forwarded contract; a non-NULL pointer is a live handle.
    unsafe { handle_ref(options) }.map(|h| h.options)
}

/// The value behind a non-NULL handle, after the best-effort checks.
///
/// # Safety
///
/// `options` is non-NULL and points to a live handle from `contactkit_email_options_new()`; no
/// other thread changes it for `'a`.
unsafe fn handle_ref<'a>(
    options: *const contactkit_email_options,
) -> Result<&'a OptionsHandle, contactkit_status> {
    let handle = options.cast::<OptionsHandle>();
    if !handle.is_aligned() {
        return Err(contactkit_status::InvalidHandle);
    }
    // SAFETY: the caller guarantees a live handle, which is a boxed `OptionsHandle`, and that no
    // other thread writes it while we read.
    let handle = unsafe { &*handle };
    if handle.magic == OPTIONS_MAGIC {
        Ok(handle)
    } else {
        Err(contactkit_status::InvalidHandle)
    }
}

/// The value behind a handle for a change; NULL is `NULL_ARGUMENT`.
///
/// # Safety
///
/// `options` is NULL or a live handle that no other thread uses for `'a`.
unsafe fn handle_mut<'a>(
    options: *mut contactkit_email_options,
) -> Result<&'a mut OptionsHandle, contactkit_status> {
    if options.is_null() {
        return Err(contactkit_status::NullArgument);
    }
    // SAFETY: forwarded contract (checks alignment and magic).
    unsafe { handle_ref(options) }?;
    // SAFETY: the handle is live and exclusively ours for `'a` (the function's contract).
    Ok(unsafe { &mut *options.cast::<OptionsHandle>() })
}

/// Creates an options handle with the defaults of `email-validator` 2.4 and writes it to `*out`.
///
/// Ownership: the caller owns the handle and frees it with `contactkit_email_options_free()`.
///
/// Statuses: `OK`; `NULL_ARGUMENT` when `out` is NULL (nothing written); `INVALID_ARGUMENT` when
/// `out` is misaligned. `*out` is written only on success. Thread-safe.
///
/// # Safety
///
/// `out` is NULL or points to a writable `contactkit_email_options *`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_email_options_new(
    out: *mut *mut contactkit_email_options,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out)?;
        test_hook();
        let handle = OptionsHandle {
            magic: OPTIONS_MAGIC,
            options: EmailOptions::default(),
        };
        // SAFETY: `out` is non-NULL and aligned (checked) and writable (the contract).
        unsafe { handle_out(out, handle) };
        Ok(())
    })
}

/// Frees a handle from `contactkit_email_options_new()`. NULL is accepted and does nothing; so
/// does a pointer that is recognisably not a live handle (best-effort check).
///
/// The handle must not be used afterwards, and no other thread may be using it.
///
/// # Safety
///
/// `options` is NULL or a handle from `contactkit_email_options_new()` not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_email_options_free(options: *mut contactkit_email_options) {
    ffi_boundary!(default = (); {
        // SAFETY: the function's contract: NULL (rejected here) or a live, unshared handle.
        if let Ok(handle) = unsafe { handle_mut(options) } {
            handle.magic = 0;
            // SAFETY: the handle came from `Box::into_raw` in `_new` and is freed once (its
            // magic is now cleared, so a second `_free` of the same pointer is usually caught).
            drop(unsafe { Box::from_raw(options.cast::<OptionsHandle>()) });
        }
    });
}

/// Sets `option` (a `contactkit_email_option` value) to `value` (0 or 1).
///
/// Statuses: `OK`; `NULL_ARGUMENT` when `options` is NULL; `INVALID_HANDLE` when it is not a live
/// handle; `UNKNOWN_OPTION` when `option` is not a `contactkit_email_option` value;
/// `INVALID_ARGUMENT` when `value` is neither 0 nor 1. The handle is unchanged unless `OK`.
///
/// Thread safety: not while another thread uses the same handle.
///
/// # Safety
///
/// `options` is NULL or a live handle that no other thread uses during the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_email_options_set(
    options: *mut contactkit_email_options,
    option: u32,
    value: u8,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let handle = unsafe { handle_mut(options) }?;
        let option =
            contactkit_email_option::from_code(option).ok_or(contactkit_status::UnknownOption)?;
        let value = flag_in(value)?;
        handle.options.set(option.name(), value)?;
        Ok(())
    })
}

/// Sets the option called `name` (`name_len` bytes of UTF-8, such as `"allow_quoted_local"`) to
/// `value` (0 or 1).
///
/// Statuses: `OK`; `NULL_ARGUMENT` when `options` is NULL or `name` is NULL with `name_len > 0`;
/// `INVALID_HANDLE`; `INVALID_UTF8` when the name is not UTF-8; `UNKNOWN_OPTION` when no option
/// has that name; `INVALID_ARGUMENT` when `value` is neither 0 nor 1. The handle is unchanged
/// unless `OK`.
///
/// Thread safety: not while another thread uses the same handle.
///
/// # Safety
///
/// `options` is NULL or a live handle that no other thread uses during the call; `name` points to
/// `name_len` readable bytes (or `name_len == 0`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_email_options_set_by_name(
    options: *mut contactkit_email_options,
    name: *const c_char,
    name_len: usize,
    value: u8,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let handle = unsafe { handle_mut(options) }?;
        // SAFETY: the function's contract.
        let name = unsafe { str_in(name, name_len) }?;
        let value = flag_in(value)?;
        handle.options.set(name, value)?;
        Ok(())
    })
}

/// Reads `option` (a `contactkit_email_option` value) into `*out` (0 or 1).
///
/// Statuses: `OK`; `NULL_ARGUMENT` when `options` or `out` is NULL; `INVALID_HANDLE`;
/// `UNKNOWN_OPTION`. `*out` is written only on success. Thread-safe (a read).
///
/// # Safety
///
/// `options` is NULL or a live handle not being changed; `out` is NULL or points to a writable
/// `uint8_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_email_options_get(
    options: *const contactkit_email_options,
    option: u32,
    out: *mut u8,
) -> contactkit_status {
    ffi_boundary!({
        if options.is_null() {
            return Err(contactkit_status::NullArgument);
        }
        check_out(out)?;
        // SAFETY: the function's contract; non-NULL checked.
        let handle = unsafe { handle_ref(options) }?;
        let option =
            contactkit_email_option::from_code(option).ok_or(contactkit_status::UnknownOption)?;
        let value = u8::from(option.get(handle.options));
        // SAFETY: `out` is non-NULL (checked) and writable (the contract).
        unsafe { out.write(value) };
        Ok(())
    })
}

/// A `uint8_t` flag: 0 or 1, anything else is `INVALID_ARGUMENT` (a sign of a marshalling bug).
fn flag_in(value: u8) -> Result<bool, contactkit_status> {
    match value {
        0 => Ok(false),
        1 => Ok(true),
        _ => Err(contactkit_status::InvalidArgument),
    }
}

/// Validates one address with the semantics of `email-validator` 2.4 (no deliverability check).
///
/// - `options`: a handle, or NULL for the defaults.
/// - `input`, `input_len`: the address, UTF-8, not necessarily NUL-terminated; `input` may be
///   NULL when `input_len` is 0.
/// - `buf`, `cap`, `len`: the caller's buffer for the strings of the result. `*len` gets the size
///   needed. When it exceeds `cap`, the call returns `BUFFER_TOO_SMALL` and writes nothing else:
///   call again with a buffer of `*len` bytes. `buf` may be NULL when `cap` is 0 (a size query).
///   Each string is followed by a NUL, so `buf + span.offset` is also a C string.
/// - `out`: the result; its spans point into `buf`. Written only on `OK`.
///
/// An invalid address is a verdict (`out->valid == 0`, `out->reason`), not an error status.
///
/// Statuses: `OK`; `NULL_ARGUMENT` (`len` or `out` NULL, `buf` NULL with `cap > 0`, `input` NULL
/// with `input_len > 0`); `INVALID_ARGUMENT` (misaligned `len` or `out`); `INVALID_HANDLE`;
/// `INVALID_UTF8`; `TOO_LARGE`; `BUFFER_TOO_SMALL`; `PANIC`. `*len` is written only with `OK` and
/// `BUFFER_TOO_SMALL`; with any other status nothing is written.
///
/// Thread-safe; the caller's memory must not be shared with another call running at the same time.
///
/// # Safety
///
/// `options` is NULL or a live handle; `input` points to `input_len` readable bytes; `buf` to
/// `cap` writable bytes; `len` to a writable `size_t`; `out` to a writable
/// `contactkit_email_result`; the output memory does not overlap the input.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_email_validate(
    options: *const contactkit_email_options,
    input: *const c_char,
    input_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
    out: *mut contactkit_email_result,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out)?;
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let options = unsafe { options_in(options) }?;
        // SAFETY: the function's contract.
        let input = unsafe { str_in(input, input_len) }?;
        test_hook();
        let verdict = email::validate(input, &options);
        let mut arena = Arena::default();
        let result = arena.result(&verdict);
        out_buf.write(&arena.0, || {
            // SAFETY: `out` is non-NULL and aligned (checked) and writable (the contract).
            unsafe { out.write(result) };
        })
    })
}

/// The string arguments of a batch call.
///
/// `NULL_ARGUMENT` when `inputs` is NULL with `n > 0` or an element has a NULL pointer with a
/// non-zero length; `TOO_LARGE` when `n` or an element's length cannot be the size of an array.
/// Elements that are not UTF-8 are `Err(INVALID_UTF8)` in the returned vector.
///
/// # Safety
///
/// `inputs` points to `n` readable `contactkit_str` whose strings are readable (or `n == 0`).
pub(crate) unsafe fn many_in<'a>(
    inputs: *const contactkit_str,
    n: usize,
) -> Result<Vec<Result<&'a str, contactkit_status>>, contactkit_status> {
    if n == 0 {
        return Ok(Vec::new());
    }
    check_out(inputs)?;
    if n.checked_mul(size_of::<contactkit_str>())
        .is_none_or(|b| isize::try_from(b).is_err())
    {
        return Err(contactkit_status::TooLarge);
    }
    // SAFETY: `inputs` is non-NULL, aligned, `n` elements fit in `isize`, and the caller
    // guarantees they are readable for `'a`.
    let inputs = unsafe { std::slice::from_raw_parts(inputs, n) };
    inputs
        .iter()
        .map(|s| {
            // SAFETY: the caller guarantees each element's bytes are readable for `'a`.
            let bytes = unsafe { bytes_in(s.ptr, s.len) }?;
            Ok(std::str::from_utf8(bytes).map_err(|_| contactkit_status::InvalidUtf8))
        })
        .collect()
}

/// The inputs of a batch that `many_in` could read, in order: what the core's `_many` gets.
pub(crate) fn readable<'a>(inputs: &[Result<&'a str, contactkit_status>]) -> Vec<&'a str> {
    inputs.iter().filter_map(|r| r.ok()).collect()
}

/// Puts the core's results for the `readable` inputs back at their inputs' places; an input
/// that could not be read keeps its status.
pub(crate) fn spread<T>(
    inputs: &[Result<&str, contactkit_status>],
    results: Vec<T>,
) -> Vec<Result<T, contactkit_status>> {
    let mut results = results.into_iter();
    inputs
        .iter()
        .map(|input| input.map(|_| results.next().expect("one result per readable input")))
        .collect()
}

/// Validates `n` addresses in one call, with one caller-owned arena for all their strings.
///
/// - `options`: a handle, or NULL for the defaults.
/// - `inputs`: `n` strings (`contactkit_str`); may be NULL when `n` is 0.
/// - `arena`, `arena_cap`, `arena_len`: the two-call contract of `contactkit_email_validate()`
///   for the strings of all results together: `*arena_len` gets the size needed; when it
///   exceeds `arena_cap` the call returns `BUFFER_TOO_SMALL` and writes nothing else.
/// - `results`: `n` caller-owned results, written only on `OK`; their spans are offsets into
///   `arena`. May be NULL when `n` is 0.
///
/// Sizing: a call that returns `BUFFER_TOO_SMALL` has done the work once already, so start with
/// an arena that is usually big enough, such as 3 bytes per input byte plus 160 per element.
///
/// Element `i` equals what `contactkit_email_validate()` gives for `inputs[i]`. An element that
/// is not valid UTF-8 does not fail the call: its result has `status ==
/// CONTACTKIT_STATUS_INVALID_UTF8` and `valid == 0` (the other elements are validated).
///
/// Statuses: `OK`; `NULL_ARGUMENT` (`arena_len` NULL; `arena` NULL with `arena_cap > 0`;
/// `inputs` or `results` NULL with `n > 0`; an element NULL with a non-zero length);
/// `INVALID_ARGUMENT` (misaligned pointers); `INVALID_HANDLE`; `TOO_LARGE`; `BUFFER_TOO_SMALL`;
/// `PANIC`. `*arena_len` is written only with `OK` and `BUFFER_TOO_SMALL`.
///
/// Thread-safe, as `contactkit_email_validate()`.
///
/// # Safety
///
/// `options` is NULL or a live handle; `inputs` points to `n` readable `contactkit_str` whose
/// strings are readable; `arena` to `arena_cap` writable bytes; `arena_len` to a writable
/// `size_t`; `results` to `n` writable `contactkit_email_result`; no output overlaps an input.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_email_validate_many(
    options: *const contactkit_email_options,
    inputs: *const contactkit_str,
    n: usize,
    arena: *mut c_char,
    arena_cap: usize,
    arena_len: *mut usize,
    results: *mut contactkit_email_result,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(arena, arena_cap, arena_len) }?;
        if n > 0 {
            check_out(results)?;
            if n.checked_mul(size_of::<contactkit_email_result>())
                .is_none_or(|b| isize::try_from(b).is_err())
            {
                return Err(contactkit_status::TooLarge);
            }
        }
        // SAFETY: the function's contract.
        let options = unsafe { options_in(options) }?;
        // SAFETY: the function's contract.
        let inputs = unsafe { many_in(inputs, n) }?;
        test_hook();
        let verdicts = email::validate_many(&readable(&inputs), &options);
        let mut arena = Arena::default();
        let out: Vec<contactkit_email_result> = spread(&inputs, verdicts)
            .into_iter()
            .map(|verdict| match verdict {
                Ok(verdict) => arena.result(&verdict),
                Err(status) => contactkit_email_result::failed(status),
            })
            .collect();
        out_buf.write(&arena.0, || {
            for (i, result) in out.into_iter().enumerate() {
                // SAFETY: `results` is non-NULL and aligned (checked when n > 0) and has `n`
                // writable elements (the contract); `i < n`.
                unsafe { results.add(i).write(result) };
            }
        })
    })
}

/// The optional default domain of the clean calls: NULL means none.
///
/// # Safety
///
/// As [`str_in`] when non-NULL.
pub(crate) unsafe fn default_domain_in<'a>(
    ptr: *const c_char,
    len: usize,
) -> Result<Option<&'a str>, contactkit_status> {
    if ptr.is_null() {
        Ok(None)
    } else {
        // SAFETY: forwarded contract.
        unsafe { str_in(ptr, len) }.map(Some)
    }
}

/// Cleans one raw CRM field (trimming, unwrapping, typo suggestions, flags, dedup key) and
/// writes the result as UTF-8 JSON, equal to Python's `clean_email(raw).to_dict()`: an object
/// with `email` (an object with every field of the e-mail result, reasons as slugs, or `null`),
/// `others`, `fixes` (slugs), `suggestion`, `is_role`, `is_disposable`, `is_free_provider`,
/// `registrable_domain`, `dedup_key`.
///
/// - `input`, `input_len`: the raw field, UTF-8; `input` may be NULL when `input_len` is 0.
/// - `default_domain`, `default_domain_len`: a domain for values without one, or
///   `default_domain` NULL for none (`default_domain_len` is then ignored).
/// - `buf`, `cap`, `len`: the two-call contract: `*len` gets the JSON length; when it exceeds
///   `cap` the call returns `BUFFER_TOO_SMALL` and writes nothing else. The JSON is not
///   NUL-terminated.
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_ARGUMENT` (misaligned `len`); `INVALID_UTF8`;
/// `TOO_LARGE`; `BUFFER_TOO_SMALL`; `PANIC`. `*len` is written only with `OK` and
/// `BUFFER_TOO_SMALL`. Thread-safe.
///
/// # Safety
///
/// `input` points to `input_len` readable bytes; `default_domain` is NULL or points to
/// `default_domain_len` readable bytes; `buf` to `cap` writable bytes; `len` to a writable
/// `size_t`; the output memory does not overlap the inputs.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_email_clean(
    input: *const c_char,
    input_len: usize,
    default_domain: *const c_char,
    default_domain_len: usize,
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
        let default_domain = unsafe { default_domain_in(default_domain, default_domain_len) }?;
        test_hook();
        let cleaned = email::clean(input, default_domain);
        let json = serde_json::to_vec(&cleaned).expect("results serialise to JSON");
        out_buf.write(&json, || {})
    })
}

/// Cleans `n` raw fields in one call and writes a JSON array whose element `i` equals the JSON
/// of `contactkit_email_clean()` for `inputs[i]`; an element that is not valid UTF-8 is `null`
/// (the scalar call returns `INVALID_UTF8` for it) and does not fail the call.
///
/// Arguments and statuses as `contactkit_email_clean()`, with `inputs` (`n` strings; may be NULL
/// when `n` is 0) instead of one input; an element NULL with a non-zero length is
/// `NULL_ARGUMENT`. Thread-safe.
///
/// # Safety
///
/// `inputs` points to `n` readable `contactkit_str` whose strings are readable; the other
/// arguments as `contactkit_email_clean()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_email_clean_many(
    inputs: *const contactkit_str,
    n: usize,
    default_domain: *const c_char,
    default_domain_len: usize,
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
        let default_domain = unsafe { default_domain_in(default_domain, default_domain_len) }?;
        test_hook();
        let cleaned = email::clean_many(&readable(&inputs), default_domain);
        let all: Vec<Option<EmailCleaned>> = spread(&inputs, cleaned)
            .into_iter()
            .map(Result::ok)
            .collect();
        let json = serde_json::to_vec(&all).expect("results serialise to JSON");
        out_buf.write(&json, || {})
    })
}

/// The version of the provider, role and disposable-domain lists compiled in, as a static
/// NUL-terminated string. Never NULL; never freed. Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn contactkit_email_lists_version() -> *const c_char {
    static VERSION: OnceLock<CString> = OnceLock::new();
    ffi_boundary!(default = c"".as_ptr(); {
        VERSION
            .get_or_init(|| CString::new(email::lists_version()).unwrap_or_default())
            .as_ptr()
    })
}
