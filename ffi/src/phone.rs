//! Phone numbers: `parse`, `parse_many`, `clean`, `clean_many`, `metadata_version`, and the
//! phone code enums.

use std::ffi::c_char;

use ck::phone::{
    self, MatchLevel, NumberType, PhoneCleaned, PhoneError, PhoneFix, PhoneLabel, PhoneResult,
    PossibleReason,
};

use crate::boundary::{OutBuf, check_out, str_in, test_hook};
use crate::email::{many_in, readable, spread};
use crate::status::contactkit_status;
use crate::{contactkit_span, contactkit_str};

/// Why `contactkit_phone_parse()` could not parse a number (libphonenumber's
/// `NumberParseException` types). 0 (`CONTACTKIT_PHONE_ERROR_NONE`) means it parsed. Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE, error)`. Values are never renumbered.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_error {
    /// Parsed.
    None = 0,
    /// `invalid_country_code`: no `+`/international prefix and no usable region, or an unknown
    /// country calling code.
    InvalidCountryCode = 1,
    /// `not_a_number`.
    NotANumber = 2,
    /// `too_short_after_idd`.
    TooShortAfterIdd = 3,
    /// `too_short_nsn`.
    TooShortNsn = 4,
    /// `too_long`.
    TooLong = 5,
}

/// libphonenumber's `is_possible_number_with_reason`. 0 means "not parsed". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_POSSIBLE, reason)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_possible {
    /// Not parsed.
    None = 0,
    /// `is_possible`.
    IsPossible = 1,
    /// `is_possible_local_only`.
    IsPossibleLocalOnly = 2,
    /// `invalid_country_code`.
    InvalidCountryCode = 3,
    /// `too_short`.
    TooShort = 4,
    /// `invalid_length`.
    InvalidLength = 5,
    /// `too_long`.
    TooLong = 6,
}

/// libphonenumber's number type. 0 means "not parsed". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_TYPE, type)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_type {
    /// Not parsed.
    None = 0,
    /// `fixed_line`.
    FixedLine = 1,
    /// `mobile`.
    Mobile = 2,
    /// `fixed_line_or_mobile`.
    FixedLineOrMobile = 3,
    /// `toll_free`.
    TollFree = 4,
    /// `premium_rate`.
    PremiumRate = 5,
    /// `shared_cost`.
    SharedCost = 6,
    /// `voip`.
    Voip = 7,
    /// `personal_number`.
    PersonalNumber = 8,
    /// `pager`.
    Pager = 9,
    /// `uan`.
    Uan = 10,
    /// `voicemail`.
    Voicemail = 11,
    /// `unknown`: no range of the metadata matches.
    Unknown = 12,
}

/// What `contactkit_phone_clean()` did (its JSON lists the slugs). 0 is "none". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_FIX, fix)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_fix {
    /// None.
    None = 0,
    /// `trimmed`.
    Trimmed = 1,
    /// `removed_invisible`.
    RemovedInvisible = 2,
    /// `normalized_unicode`.
    NormalizedUnicode = 3,
    /// `split_multiple`.
    SplitMultiple = 4,
    /// `label_removed`.
    LabelRemoved = 5,
    /// `extension_rewritten`.
    ExtensionRewritten = 6,
    /// `region_alias`.
    RegionAlias = 7,
    /// `region_inferred`.
    RegionInferred = 8,
    /// `removed_text`.
    RemovedText = 9,
}

/// What a label said about a number in `contactkit_phone_clean()`. 0 is "no label". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_LABEL, label)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_label {
    /// No label.
    None = 0,
    /// `phone`.
    Phone = 1,
    /// `mobile`.
    Mobile = 2,
    /// `fax`: not a number to call.
    Fax = 3,
    /// `home`.
    Home = 4,
    /// `work`.
    Work = 5,
    /// `pager`.
    Pager = 6,
}

/// libphonenumber's `is_number_match` levels. 0 is "none computed". Slugs via
/// `contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_MATCH, level)`.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_phone_match {
    /// Not computed.
    NoneComputed = 0,
    /// `exact`.
    Exact = 1,
    /// `nsn`.
    Nsn = 2,
    /// `short_nsn`.
    ShortNsn = 3,
    /// `none`: different numbers.
    None = 4,
    /// `not_a_number`.
    NotANumber = 5,
}

/// `(C value, slug)` of every core value of a phone area; the C values equal the core's
/// `#[repr(u32)]` discriminants (checked by the tests against the header).
pub(crate) fn phone_slugs(area: &str) -> Vec<(u32, &'static str)> {
    match area {
        "phone" => PhoneError::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_possible" => PossibleReason::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_type" => NumberType::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_fix" => PhoneFix::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_label" => PhoneLabel::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        "phone_match" => MatchLevel::ALL
            .iter()
            .map(|&v| (v as u32, v.code()))
            .collect(),
        _ => Vec::new(),
    }
}

/// The verdict of `contactkit_phone_parse()` on one string: libphonenumber's parse, possible (with
/// reason), valid, type, region and the four formats (API.md §2), as a fixed-size struct whose
/// strings are spans into the caller's buffer (absent: `offset == contactkit_none_offset()`).
///
/// When `parse_ok` is 0, `error` says why, the flags and `country_code` are 0, the enums are
/// `..._NONE` and every span is absent.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct contactkit_phone_result {
    /// `CONTACTKIT_STATUS_OK` when the string was parsed (whatever the verdict). In
    /// `contactkit_phone_parse_many()` an element that is not valid UTF-8 has
    /// `CONTACTKIT_STATUS_INVALID_UTF8` here, `parse_ok` 0, `error` `CONTACTKIT_PHONE_ERROR_NONE`.
    pub status: contactkit_status,
    /// Why parsing failed; `CONTACTKIT_PHONE_ERROR_NONE` (0) when it parsed.
    pub error: contactkit_phone_error,
    /// 1 when libphonenumber parsed the input, else 0.
    pub parse_ok: u8,
    /// 1 when the national number keeps a leading zero (Italy).
    pub italian_leading_zero: u8,
    /// 1 when the length is possible (`is_possible_number`).
    pub is_possible: u8,
    /// 1 when the number is valid (`is_valid_number`).
    pub is_valid: u8,
    /// The country calling code (31); 0 when not parsed.
    pub country_code: u32,
    /// `is_possible_number_with_reason`.
    pub possible_reason: contactkit_phone_possible,
    /// `number_type`.
    pub number_type: contactkit_phone_type,
    /// The national significant number (digits, with any Italian leading zeros).
    pub national_number: contactkit_span,
    /// The extension; absent when there is none.
    pub extension: contactkit_span,
    /// `region_code_for_number` (`"NL"`, `"001"` for non-geographic numbers); absent when unknown.
    pub region: contactkit_span,
    /// `+31201234567`.
    pub e164: contactkit_span,
    /// `+31 20 123 4567`.
    pub international: contactkit_span,
    /// `020 123 4567`.
    pub national: contactkit_span,
    /// `tel:+31-20-123-4567`.
    pub rfc3966: contactkit_span,
}

impl contactkit_phone_result {
    fn failed(status: contactkit_status) -> Self {
        contactkit_phone_result {
            status,
            error: contactkit_phone_error::None,
            parse_ok: 0,
            italian_leading_zero: 0,
            is_possible: 0,
            is_valid: 0,
            country_code: 0,
            possible_reason: contactkit_phone_possible::None,
            number_type: contactkit_phone_type::None,
            national_number: contactkit_span::NONE,
            extension: contactkit_span::NONE,
            region: contactkit_span::NONE,
            e164: contactkit_span::NONE,
            international: contactkit_span::NONE,
            national: contactkit_span::NONE,
            rfc3966: contactkit_span::NONE,
        }
    }
}

fn error_c(e: PhoneError) -> contactkit_phone_error {
    match e {
        PhoneError::InvalidCountryCode => contactkit_phone_error::InvalidCountryCode,
        PhoneError::NotANumber => contactkit_phone_error::NotANumber,
        PhoneError::TooShortAfterIdd => contactkit_phone_error::TooShortAfterIdd,
        PhoneError::TooShortNsn => contactkit_phone_error::TooShortNsn,
        PhoneError::TooLong => contactkit_phone_error::TooLong,
        _ => contactkit_phone_error::None,
    }
}

fn possible_c(r: PossibleReason) -> contactkit_phone_possible {
    match r {
        PossibleReason::IsPossible => contactkit_phone_possible::IsPossible,
        PossibleReason::IsPossibleLocalOnly => contactkit_phone_possible::IsPossibleLocalOnly,
        PossibleReason::InvalidCountryCode => contactkit_phone_possible::InvalidCountryCode,
        PossibleReason::TooShort => contactkit_phone_possible::TooShort,
        PossibleReason::InvalidLength => contactkit_phone_possible::InvalidLength,
        PossibleReason::TooLong => contactkit_phone_possible::TooLong,
        _ => contactkit_phone_possible::None,
    }
}

fn type_c(t: NumberType) -> contactkit_phone_type {
    match t {
        NumberType::FixedLine => contactkit_phone_type::FixedLine,
        NumberType::Mobile => contactkit_phone_type::Mobile,
        NumberType::FixedLineOrMobile => contactkit_phone_type::FixedLineOrMobile,
        NumberType::TollFree => contactkit_phone_type::TollFree,
        NumberType::PremiumRate => contactkit_phone_type::PremiumRate,
        NumberType::SharedCost => contactkit_phone_type::SharedCost,
        NumberType::Voip => contactkit_phone_type::Voip,
        NumberType::PersonalNumber => contactkit_phone_type::PersonalNumber,
        NumberType::Pager => contactkit_phone_type::Pager,
        NumberType::Uan => contactkit_phone_type::Uan,
        NumberType::Voicemail => contactkit_phone_type::Voicemail,
        NumberType::Unknown => contactkit_phone_type::Unknown,
        _ => contactkit_phone_type::None,
    }
}

/// The bytes a call copies into the caller's buffer: every string followed by a NUL.
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

    fn result(&mut self, r: &PhoneResult) -> contactkit_phone_result {
        contactkit_phone_result {
            status: contactkit_status::Ok,
            error: r.error.map_or(contactkit_phone_error::None, error_c),
            parse_ok: u8::from(r.parse_ok),
            italian_leading_zero: u8::from(r.italian_leading_zero == Some(true)),
            is_possible: u8::from(r.is_possible == Some(true)),
            is_valid: u8::from(r.is_valid == Some(true)),
            country_code: r.country_code.unwrap_or(0),
            possible_reason: r
                .possible_reason
                .map_or(contactkit_phone_possible::None, possible_c),
            number_type: r.number_type.map_or(contactkit_phone_type::None, type_c),
            national_number: self.span(r.national_number.as_deref()),
            extension: self.span(r.extension.as_deref()),
            region: self.span(r.region),
            e164: self.span(r.e164.as_deref()),
            international: self.span(r.international.as_deref()),
            national: self.span(r.national.as_deref()),
            rfc3966: self.span(r.rfc3966.as_deref()),
        }
    }
}

/// The optional region argument: NULL means none.
///
/// # Safety
///
/// As [`str_in`] when non-NULL.
unsafe fn region_in<'a>(
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

/// Parses one phone number with libphonenumber's semantics (metadata
/// `contactkit_phone_metadata_version()`) and computes every field of `contactkit_phone_result`.
///
/// - `input`, `input_len`: the number, UTF-8, not necessarily NUL-terminated; `input` may be NULL
///   when `input_len` is 0.
/// - `region`, `region_len`: the default region, an ISO 3166-1 alpha-2 code, or `region` NULL for
///   none. As in libphonenumber only a supported upper-case code is a region: `"nl"`, `"ZZ"` or
///   `"Holland"` behave as no region (a verdict such as `INVALID_COUNTRY_CODE`, never a status).
/// - `buf`, `cap`, `len`: the caller's buffer for the strings of the result, with the two-call
///   contract: `*len` gets the size needed; when it exceeds `cap` the call returns
///   `BUFFER_TOO_SMALL` and writes nothing else. 320 bytes are always enough. Each string is followed by a NUL.
/// - `out`: the result; its spans point into `buf`. Written only on `OK`.
///
/// A number that does not parse is a verdict (`out->parse_ok == 0`, `out->error`).
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_ARGUMENT` (misaligned `len` or `out`);
/// `INVALID_UTF8` (input or region); `TOO_LARGE`; `BUFFER_TOO_SMALL`; `PANIC`. `*len` is written
/// only with `OK` and `BUFFER_TOO_SMALL`. Thread-safe.
///
/// # Safety
///
/// `input` points to `input_len` readable bytes; `region` is NULL or points to `region_len`
/// readable bytes; `buf` to `cap` writable bytes; `len` to a writable `size_t`; `out` to a
/// writable `contactkit_phone_result`; the output memory does not overlap the inputs.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_phone_parse(
    input: *const c_char,
    input_len: usize,
    region: *const c_char,
    region_len: usize,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
    out: *mut contactkit_phone_result,
) -> contactkit_status {
    ffi_boundary!({
        check_out(out)?;
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(buf, cap, len) }?;
        // SAFETY: the function's contract.
        let input = unsafe { str_in(input, input_len) }?;
        // SAFETY: the function's contract.
        let region = unsafe { region_in(region, region_len) }?;
        test_hook();
        let verdict = phone::parse(input, region);
        let mut arena = Arena::default();
        let result = arena.result(&verdict);
        out_buf.write(&arena.0, || {
            // SAFETY: `out` is non-NULL and aligned (checked) and writable (the contract).
            unsafe { out.write(result) };
        })
    })
}

/// Parses `n` numbers with the same default region in one call, with one caller-owned arena for
/// all their strings. Element `i` equals what `contactkit_phone_parse()` gives for `inputs[i]`;
/// an element that is not valid UTF-8 does not fail the call: its result has `status ==
/// CONTACTKIT_STATUS_INVALID_UTF8` and `parse_ok == 0`.
///
/// - `inputs`: `n` strings; may be NULL when `n` is 0. `region` as `contactkit_phone_parse()`.
/// - `arena`, `arena_cap`, `arena_len`: the two-call contract for the strings of all results
///   (320 bytes per element are always enough).
/// - `results`: `n` caller-owned results, written only on `OK`. May be NULL when `n` is 0.
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_ARGUMENT`; `INVALID_UTF8` (region); `TOO_LARGE`;
/// `BUFFER_TOO_SMALL`; `PANIC`. `*arena_len` is written only with `OK` and `BUFFER_TOO_SMALL`.
/// Thread-safe.
///
/// # Safety
///
/// `inputs` points to `n` readable `contactkit_str` whose strings are readable; `region` as
/// `contactkit_phone_parse()`; `arena` to `arena_cap` writable bytes; `arena_len` to a writable
/// `size_t`; `results` to `n` writable `contactkit_phone_result`; no output overlaps an input.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_phone_parse_many(
    inputs: *const contactkit_str,
    n: usize,
    region: *const c_char,
    region_len: usize,
    arena: *mut c_char,
    arena_cap: usize,
    arena_len: *mut usize,
    results: *mut contactkit_phone_result,
) -> contactkit_status {
    ffi_boundary!({
        // SAFETY: the function's contract.
        let out_buf = unsafe { OutBuf::new(arena, arena_cap, arena_len) }?;
        if n > 0 {
            check_out(results)?;
            if n.checked_mul(size_of::<contactkit_phone_result>())
                .is_none_or(|b| isize::try_from(b).is_err())
            {
                return Err(contactkit_status::TooLarge);
            }
        }
        // SAFETY: the function's contract.
        let region = unsafe { region_in(region, region_len) }?;
        // SAFETY: the function's contract.
        let inputs = unsafe { many_in(inputs, n) }?;
        test_hook();
        let verdicts = phone::parse_many(&readable(&inputs), region);
        let mut arena = Arena::default();
        let out: Vec<contactkit_phone_result> = spread(&inputs, verdicts)
            .into_iter()
            .map(|verdict| match verdict {
                Ok(verdict) => arena.result(&verdict),
                Err(status) => contactkit_phone_result::failed(status),
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

/// Cleans one raw CRM phone field (labels, extension words, several numbers, region aliases,
/// Unicode) and writes the result as UTF-8 JSON, equal to Python's `clean_phone(raw,
/// region).to_dict()`: an object with `phone` (every field of the phone result, codes as slugs,
/// or `null`), `others`, `fixes` (slugs), `label` (slug or `null`), `dedup_key`, `region`.
///
/// - `region`, `region_len`: a code or an alias (`"uk"`, `"Nederland"`), or `region` NULL for
///   none.
/// - `buf`, `cap`, `len`: the two-call contract; the JSON is not NUL-terminated.
///
/// Statuses: `OK`; `NULL_ARGUMENT`; `INVALID_ARGUMENT`; `INVALID_UTF8`; `UNKNOWN_REGION` (a region
/// that is neither a code nor a known alias); `TOO_LARGE`; `BUFFER_TOO_SMALL`; `PANIC`. `*len` is
/// written only with `OK` and `BUFFER_TOO_SMALL`. Thread-safe.
///
/// # Safety
///
/// `input` points to `input_len` readable bytes; `region` is NULL or points to `region_len`
/// readable bytes; `buf` to `cap` writable bytes; `len` to a writable `size_t`; the output
/// memory does not overlap the inputs.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_phone_clean(
    input: *const c_char,
    input_len: usize,
    region: *const c_char,
    region_len: usize,
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
        let region = unsafe { region_in(region, region_len) }?;
        test_hook();
        let cleaned = phone::clean(input, region)?;
        let json = serde_json::to_vec(&cleaned).expect("results serialise to JSON");
        out_buf.write(&json, || {})
    })
}

/// Cleans `n` raw fields in one call and writes a JSON array whose element `i` equals the JSON of
/// `contactkit_phone_clean()` for `inputs[i]`; an element that is not valid UTF-8 is `null` and
/// does not fail the call. Arguments and statuses as `contactkit_phone_clean()`, with `inputs`
/// (`n` strings; may be NULL when `n` is 0). Thread-safe.
///
/// # Safety
///
/// `inputs` points to `n` readable `contactkit_str` whose strings are readable; the other
/// arguments as `contactkit_phone_clean()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn contactkit_phone_clean_many(
    inputs: *const contactkit_str,
    n: usize,
    region: *const c_char,
    region_len: usize,
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
        let region = unsafe { region_in(region, region_len) }?;
        test_hook();
        let cleaned = phone::clean_many(&readable(&inputs), region)?;
        let all: Vec<Option<PhoneCleaned>> = spread(&inputs, cleaned)
            .into_iter()
            .map(Result::ok)
            .collect();
        let json = serde_json::to_vec(&all).expect("results serialise to JSON");
        out_buf.write(&json, || {})
    })
}

/// The libphonenumber metadata version the phone functions use (`"9.0.42"`), as a static
/// NUL-terminated string. Never NULL; never freed. Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn contactkit_phone_metadata_version() -> *const c_char {
    static VERSION: std::sync::OnceLock<std::ffi::CString> = std::sync::OnceLock::new();
    ffi_boundary!(default = c"".as_ptr(); {
        VERSION
            .get_or_init(|| std::ffi::CString::new(phone::metadata_version()).unwrap_or_default())
            .as_ptr()
    })
}
