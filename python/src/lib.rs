//! Python bindings of contactkit: the extension module `contactkit._contactkit`.
//!
//! Thin by design: convert arguments, call the core, convert back. Batch calls extract their
//! inputs while attached, run the core inside `py.detach` (the GIL released), then build results.

// Doc comments on Python-visible items are the Python docstrings (Google style, mirrored in the
// `.pyi`), not rustdoc: Python names such as `ConfigError` stay bare there.
#![allow(clippy::doc_markdown)]

mod address;
mod args;
mod dedupe;
mod dedupe_index;
mod email;
mod errors;
mod json;
mod phone;
mod suppression;
mod text;

use ck::ErrorKind;
use ck::reasons::Area;
use pyo3::prelude::*;

use crate::errors::{CoreError, Exc};
use crate::text::expect_str;

/// The crate version in PEP 440 spelling (`0.2.0-alpha.1` becomes `0.2.0a1`), as maturin
/// writes it into the wheel's metadata.
fn pep440(version: &str) -> String {
    let (version, local) = match version.split_once('+') {
        Some((v, l)) => (v, Some(l)),
        None => (version, None),
    };
    let mut out = match version.split_once('-') {
        None => version.to_owned(),
        Some((release, pre)) => {
            let (tag, number) = match pre.find(|c: char| c.is_ascii_digit()) {
                Some(i) => (pre[..i].trim_end_matches(['.', '-', '_']), &pre[i..]),
                None => (pre, "0"),
            };
            let number = number.trim_start_matches('0');
            let number = if number.is_empty() { "0" } else { number };
            let tag = match tag.to_ascii_lowercase().as_str() {
                "alpha" | "a" => "a".to_owned(),
                "beta" | "b" => "b".to_owned(),
                "rc" | "c" | "pre" | "preview" => "rc".to_owned(),
                "dev" => ".dev".to_owned(),
                "post" => ".post".to_owned(),
                other => other.to_owned(),
            };
            format!("{release}{tag}{number}")
        }
    };
    if let Some(local) = local {
        out.push('+');
        out.push_str(local);
    }
    out
}

/// Every stable slug of an area.
///
/// Args:
///     area: `"email"` (validation verdicts), `"email_fix"` (cleaning steps), `"error"`
///         (exception codes), `"phone"` (parse errors), `"phone_possible"`, `"phone_type"`,
///         `"phone_fix"`, `"phone_label"` or `"phone_match"`; more areas arrive later.
///
/// Returns:
///     list[str]: The slugs, in a stable order.
///
/// Raises:
///     ConfigError: `area` is not known (`.code == "unknown_kind"`).
///     ArgumentTypeError: `area` is not a `str`.
#[pyfunction]
#[pyo3(signature = (area, /))]
fn reason_codes(area: &Bound<'_, PyAny>) -> PyResult<Vec<&'static str>> {
    let name = expect_str(area, "area")?.to_string_lossy();
    if let Some(area) = Area::from_name(&name) {
        return Ok(ck::reasons::codes(area));
    }
    let known: Vec<&str> = Area::ALL.iter().map(|a| a.name()).collect();
    Err(Exc::Config.err(
        format!("unknown area; expected one of: {}", known.join(", ")),
        ErrorKind::UnknownKind.code(),
    ))
}

/// Raises the exception that the core error with slug `code` maps to (for the test suite, which
/// walks `reason_codes("error")` to check that every core error has its own exception class).
#[pyfunction]
#[pyo3(signature = (code, /))]
fn _raise_core_error(code: &Bound<'_, PyAny>) -> PyResult<()> {
    let code = expect_str(code, "code")?.to_string_lossy();
    match ErrorKind::ALL.iter().find(|k| k.code() == code) {
        Some(&kind) => Err(CoreError(ck::Error::new(kind)).into()),
        None => Err(Exc::Config.err(
            "not a code of reason_codes(\"error\")",
            ErrorKind::InvalidArgument.code(),
        )),
    }
}

/// The PEP 440 spelling of a Cargo version (exposed for the test suite).
#[pyfunction]
#[pyo3(signature = (version, /))]
fn _pep440(version: &str) -> String {
    pep440(version)
}

/// contactkit: clean CRM contact data (the compiled extension; import `contactkit` instead).
#[pymodule(gil_used = false)]
fn _contactkit(m: &Bound<'_, PyModule>) -> PyResult<()> {
    errors::register(m)?;
    m.add("__version__", pep440(env!("CARGO_PKG_VERSION")))?;
    m.add("__core_version__", ck::VERSION)?;
    m.add_class::<email::PyEmailResult>()?;
    m.add_class::<email::PyEmailCleaned>()?;
    m.add_function(wrap_pyfunction!(email::validate_email, m)?)?;
    m.add_function(wrap_pyfunction!(email::validate_emails, m)?)?;
    m.add_function(wrap_pyfunction!(email::clean_email, m)?)?;
    m.add_function(wrap_pyfunction!(email::clean_emails, m)?)?;
    m.add_function(wrap_pyfunction!(email::email_lists_version, m)?)?;
    m.add_class::<suppression::PySuppressionCanonical>()?;
    m.add_class::<suppression::PyDecision>()?;
    m.add_class::<suppression::PyAddReceipt>()?;
    m.add_class::<suppression::PySuppressionList>()?;
    m.add_function(wrap_pyfunction!(suppression::suppression_canonical, m)?)?;
    m.add_function(wrap_pyfunction!(suppression::suppression_token, m)?)?;
    m.add_function(wrap_pyfunction!(suppression::platform_normalize, m)?)?;
    m.add_function(wrap_pyfunction!(suppression::platform_hash, m)?)?;
    m.add_class::<address::PyAddress>()?;
    m.add_function(wrap_pyfunction!(address::parse_address, m)?)?;
    m.add_function(wrap_pyfunction!(address::parse_addresses, m)?)?;
    m.add_function(wrap_pyfunction!(address::normalize_address, m)?)?;
    m.add_class::<dedupe::PyMatchScore>()?;
    m.add_class::<dedupe::PyDedupeResult>()?;
    m.add_class::<dedupe::PyLinkResult>()?;
    m.add_function(wrap_pyfunction!(dedupe::score_pair, m)?)?;
    m.add_function(wrap_pyfunction!(dedupe::dedupe, m)?)?;
    m.add_function(wrap_pyfunction!(dedupe::link, m)?)?;
    m.add_class::<dedupe_index::PyMatch>()?;
    m.add_class::<dedupe_index::PyContactIndex>()?;
    m.add_class::<dedupe_index::PyGoldenRecord>()?;
    m.add_function(wrap_pyfunction!(dedupe_index::golden_record, m)?)?;
    m.add_class::<phone::PyPhoneResult>()?;
    m.add_class::<phone::PyPhoneCleaned>()?;
    m.add_function(wrap_pyfunction!(phone::parse_phone, m)?)?;
    m.add_function(wrap_pyfunction!(phone::parse_phones, m)?)?;
    m.add_function(wrap_pyfunction!(phone::clean_phone, m)?)?;
    m.add_function(wrap_pyfunction!(phone::clean_phones, m)?)?;
    m.add_function(wrap_pyfunction!(phone::phone_match, m)?)?;
    m.add_function(wrap_pyfunction!(phone::phone_metadata_version, m)?)?;
    m.add_function(wrap_pyfunction!(reason_codes, m)?)?;
    m.add_function(wrap_pyfunction!(_raise_core_error, m)?)?;
    m.add_function(wrap_pyfunction!(_pep440, m)?)?;
    Ok(())
}
