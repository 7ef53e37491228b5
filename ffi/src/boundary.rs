//! The panic boundary and the argument conversions that every export shares.

use std::ffi::c_char;
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::status::contactkit_status;

/// Runs the body of an export and never lets a panic cross the C boundary.
///
/// - `ffi_boundary!({ ... })`: the body returns `Result<(), contactkit_status>` (so `?` works);
///   `Ok(())` becomes `CONTACTKIT_STATUS_OK`, `Err(s)` becomes `s`, and a panic becomes
///   `CONTACTKIT_STATUS_PANIC`.
/// - `ffi_boundary!(default = value; { ... })`: for exports that return a value other than a
///   status; a panic returns `value`.
///
/// Bodies compute everything before they write to caller memory, so a panic leaves the
/// out-parameters untouched.
macro_rules! ffi_boundary {
    (default = $default:expr; $body:block) => {
        match ::std::panic::catch_unwind(::std::panic::AssertUnwindSafe(|| $body)) {
            Ok(value) => value,
            Err(_) => $default,
        }
    };
    ($body:block) => {
        $crate::boundary::run(
            || -> ::core::result::Result<(), $crate::status::contactkit_status> { $body },
        )
    };
}

/// The status form of [`ffi_boundary!`].
pub(crate) fn run(body: impl FnOnce() -> Result<(), contactkit_status>) -> contactkit_status {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => contactkit_status::Ok,
        Ok(Err(status)) => status,
        Err(_) => contactkit_status::Panic,
    }
}

/// A test-only way to reach the panic path: the next export called on this thread panics inside
/// its boundary. Thread-local, so tests running in parallel do not see each other's requests.
#[cfg(test)]
pub(crate) mod panic_hook {
    use std::cell::Cell;

    thread_local! {
        static ARMED: Cell<bool> = const { Cell::new(false) };
    }

    /// Makes the next call to [`check`] on this thread panic.
    pub(crate) fn arm() {
        ARMED.with(|a| a.set(true));
    }

    /// Panics once if armed.
    pub(crate) fn check() {
        assert!(
            !ARMED.with(|a| a.replace(false)),
            "contactkit test hook: deliberate panic"
        );
    }
}

/// Calls the test panic hook in test builds; nothing in the library.
#[inline]
pub(crate) fn test_hook() {
    #[cfg(test)]
    panic_hook::check();
}

/// The bytes of a `(ptr, len)` argument.
///
/// `ptr` may be NULL when `len == 0`; a NULL `ptr` with `len > 0` is `NULL_ARGUMENT`; a length
/// beyond `isize::MAX` is `TOO_LARGE` (no allocation can be that large).
///
/// # Safety
///
/// Unless `len == 0`, `ptr` points to `len` readable bytes that stay valid and unmodified for `'a`.
pub(crate) unsafe fn bytes_in<'a>(
    ptr: *const c_char,
    len: usize,
) -> Result<&'a [u8], contactkit_status> {
    if len == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(contactkit_status::NullArgument);
    }
    if isize::try_from(len).is_err() {
        return Err(contactkit_status::TooLarge);
    }
    // SAFETY: `ptr` is non-NULL, `len` fits in `isize`, and the caller guarantees `len` readable
    // bytes at `ptr` for `'a` (the function's contract). `u8` has alignment 1.
    Ok(unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) })
}

/// A `(ptr, len)` argument as `&str`; `INVALID_UTF8` when it is not UTF-8.
///
/// # Safety
///
/// As [`bytes_in`].
pub(crate) unsafe fn str_in<'a>(
    ptr: *const c_char,
    len: usize,
) -> Result<&'a str, contactkit_status> {
    // SAFETY: forwarded contract.
    let bytes = unsafe { bytes_in(ptr, len) }?;
    std::str::from_utf8(bytes).map_err(|_| contactkit_status::InvalidUtf8)
}

/// Checks a pointer to a single out-parameter (or an array of them): non-NULL and aligned.
pub(crate) fn check_out<T>(ptr: *const T) -> Result<(), contactkit_status> {
    if ptr.is_null() {
        Err(contactkit_status::NullArgument)
    } else if !ptr.is_aligned() {
        Err(contactkit_status::InvalidArgument)
    } else {
        Ok(())
    }
}

/// Moves `handle` to the heap and stores it in `*out` as the opaque C handle type `C`; the
/// handle's `_free` takes it back with `Box::from_raw`.
///
/// # Safety
///
/// `out` is non-NULL and aligned (checked with [`check_out`]) and writable (the caller's
/// contract).
pub(crate) unsafe fn handle_out<H, C>(out: *mut *mut C, handle: H) {
    let raw = Box::into_raw(Box::new(handle));
    // SAFETY: the function's contract.
    unsafe { out.write(raw.cast()) };
}

/// A caller-owned output buffer `(char *buf, size_t cap, size_t *len)` with the two-call
/// contract.
#[derive(Debug)]
pub(crate) struct OutBuf {
    buf: *mut u8,
    cap: usize,
    len: *mut usize,
}

impl OutBuf {
    /// Checks the three arguments: `len` non-NULL and aligned; `buf` non-NULL unless `cap == 0`
    /// (a size query).
    ///
    /// # Safety
    ///
    /// `buf` points to `cap` writable bytes (or `cap == 0`), `len` to a writable `size_t`, both
    /// valid until the value is consumed, and neither overlaps an input of the same call.
    pub(crate) unsafe fn new(
        buf: *mut c_char,
        cap: usize,
        len: *mut usize,
    ) -> Result<OutBuf, contactkit_status> {
        check_out(len)?;
        if buf.is_null() && cap > 0 {
            return Err(contactkit_status::NullArgument);
        }
        Ok(OutBuf {
            buf: buf.cast(),
            cap,
            len,
        })
    }

    /// The two-call contract: `*len = bytes.len()`; when that exceeds `cap`,
    /// `Err(BUFFER_TOO_SMALL)` and nothing else is written; else the bytes are copied and
    /// `then` runs (to write the other out-parameters, only on success).
    pub(crate) fn write(self, bytes: &[u8], then: impl FnOnce()) -> Result<(), contactkit_status> {
        // SAFETY: `len` was checked non-NULL and aligned in `new`, whose caller guaranteed it is
        // writable.
        unsafe { self.len.write(bytes.len()) };
        if bytes.len() > self.cap {
            return Err(contactkit_status::BufferTooSmall);
        }
        if !bytes.is_empty() {
            // SAFETY: `bytes.len() <= cap`, so `buf` is non-NULL (checked in `new` when cap > 0)
            // and has room for the bytes (the contract of `new`); `bytes` is our own allocation,
            // so the two ranges do not overlap.
            unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), self.buf, bytes.len()) };
        }
        then();
        Ok(())
    }
}
