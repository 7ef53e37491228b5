//! `parse_phone`, `parse_phones`, `clean_phone`, `clean_phones`, `phone_metadata_version` and
//! their result classes.

use std::borrow::Cow;
use std::sync::OnceLock;

use ck::phone::{
    self, MatchLevel, NumberType, PhoneCleaned, PhoneError, PhoneFix, PhoneLabel, PhoneNumber,
    PhoneResult, PossibleReason,
};
use pyo3::IntoPyObjectExt;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple, PyType};

use crate::errors::{CoreError, Exc};
use crate::json;
use crate::text::{expect_str, str_items};

/// A new Python object for `value`, untracked by the cycle collector (it holds only Rust data,
/// so it can never be part of a reference cycle; see `email::new_untracked`).
fn new_untracked<T>(py: Python<'_>, value: T) -> PyResult<Bound<'_, T>>
where
    T: pyo3::PyClass + Into<pyo3::PyClassInitializer<T>>,
{
    let obj = Bound::new(py, value)?;
    // SAFETY: `obj` was just created and is not shared yet; untracking a GC object is allowed at
    // any time and its `tp_dealloc` untracks again, a no-op for an untracked object.
    unsafe { pyo3::ffi::PyObject_GC_UnTrack(obj.as_ptr().cast()) };
    Ok(obj)
}

fn repr_str(py: Python<'_>, s: &str) -> PyResult<String> {
    Ok(PyString::new(py, s).repr()?.to_string())
}

/// A `str` argument as Rust text. A lone surrogate cannot be a digit, a sign or a separator, so
/// it is read as U+FFFD: the verdict is the same, and bad data stays a verdict.
fn text_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    Ok(expect_str(obj, what)?.to_string_lossy().into_owned())
}

/// A `region` argument: `str` or `None` (anything else is an `ArgumentTypeError`).
fn region_arg(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    match obj {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) => Ok(Some(text_arg(o, "region")?)),
    }
}

fn code_arg<T: Copy>(
    value: Option<String>,
    all: &[T],
    code: fn(T) -> &'static str,
    what: &str,
) -> PyResult<Option<T>> {
    match value {
        None => Ok(None),
        Some(s) => all
            .iter()
            .copied()
            .find(|v| code(*v) == s)
            .map(Some)
            .ok_or_else(|| {
                Exc::Config.err(
                    format!("{what} is not a known slug"),
                    ck::ErrorKind::InvalidArgument.code(),
                )
            }),
    }
}

// ---------------------------------------------------------------------------------------------
// PhoneResult

/// The verdict of `parse_phone` on one string: libphonenumber's parse, possible (with reason),
/// valid, type, region and the four formats.
///
/// Attributes:
///     parse_ok: Whether libphonenumber could parse the input.
///     error: `None`, or why not (`"invalid_country_code"`, `"not_a_number"`,
///         `"too_short_after_idd"`, `"too_short_nsn"`, `"too_long"`).
///     country_code: The country calling code (`31`).
///     national_number: The national significant number (digits, with Italian leading zeros).
///     italian_leading_zero: Whether the national number keeps a leading zero (Italy).
///     extension: The extension, or `None`.
///     is_possible: `is_possible_number`.
///     possible_reason: `is_possible_number_with_reason` as a slug.
///     is_valid: `is_valid_number`.
///     number_type: `number_type` as a slug (`"fixed_line"`, `"mobile"`, ...).
///     region: `region_code_for_number` (`"NL"`, `"001"` for non-geographic numbers).
///     e164: `"+31201234567"`.
///     international: `"+31 20 123 4567"`.
///     national: `"020 123 4567"`.
///     rfc3966: `"tel:+31-20-123-4567"`.
///
/// Every attribute other than `parse_ok` and `error` is `None` when parsing failed.
#[pyclass(frozen, eq, hash, module = "contactkit", name = "PhoneResult")]
#[derive(Debug)]
pub struct PyPhoneResult {
    repr: Repr,
}

/// What a `PhoneResult` holds: every field (from `clean_phone` and unpickling), or the parsed
/// number with its fields computed when read, so `parse_phones` only parses. The three
/// pattern-driven formats are computed once, on first read of any of them.
#[derive(Debug)]
enum Repr {
    Full(PhoneResult),
    Failed(PhoneError),
    Parsed {
        number: PhoneNumber,
        formats: OnceLock<Formats>,
    },
}

#[derive(Debug)]
struct Formats {
    international: String,
    national: String,
    rfc3966: String,
}

impl From<PhoneResult> for PyPhoneResult {
    fn from(inner: PhoneResult) -> Self {
        PyPhoneResult {
            repr: Repr::Full(inner),
        }
    }
}

impl From<Result<PhoneNumber, PhoneError>> for PyPhoneResult {
    fn from(r: Result<PhoneNumber, PhoneError>) -> Self {
        PyPhoneResult {
            repr: match r {
                Ok(number) => Repr::Parsed {
                    number,
                    formats: OnceLock::new(),
                },
                Err(e) => Repr::Failed(e),
            },
        }
    }
}

/// The international, national and RFC 3966 forms of `number`.
fn compute_formats(number: &PhoneNumber) -> Formats {
    let r = number.to_result();
    Formats {
        international: r.international.unwrap_or_default(),
        national: r.national.unwrap_or_default(),
        rfc3966: r.rfc3966.unwrap_or_default(),
    }
}

impl PartialEq for PyPhoneResult {
    fn eq(&self, other: &Self) -> bool {
        self.full() == other.full()
    }
}

impl Eq for PyPhoneResult {}

impl std::hash::Hash for PyPhoneResult {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.full().hash(state);
    }
}

impl PyPhoneResult {
    /// Every field, as `phone::parse` gives them.
    fn full(&self) -> Cow<'_, PhoneResult> {
        match &self.repr {
            Repr::Full(r) => Cow::Borrowed(r),
            Repr::Failed(e) => Cow::Owned(PhoneResult::failed(*e)),
            Repr::Parsed { number, formats } => {
                let f = formats.get_or_init(|| compute_formats(number));
                let reason = number.possible_reason();
                Cow::Owned(PhoneResult {
                    parse_ok: true,
                    error: None,
                    country_code: Some(number.country_code()),
                    national_number: Some(number.national_number()),
                    italian_leading_zero: Some(number.italian_leading_zero()),
                    extension: number.extension().map(str::to_owned),
                    is_possible: Some(reason.is_possible()),
                    possible_reason: Some(reason),
                    is_valid: Some(number.is_valid()),
                    number_type: Some(number.number_type()),
                    region: number.region(),
                    e164: Some(number.e164()),
                    international: Some(f.international.clone()),
                    national: Some(f.national.clone()),
                    rfc3966: Some(f.rfc3966.clone()),
                })
            }
        }
    }

    /// The full result when this one holds it.
    fn full_ref(&self) -> Option<&PhoneResult> {
        match &self.repr {
            Repr::Full(r) => Some(r),
            Repr::Failed(_) | Repr::Parsed { .. } => None,
        }
    }

    /// The three pattern-driven formats of a parsed number, computed on first use.
    fn formats(&self) -> Option<&Formats> {
        match &self.repr {
            Repr::Parsed { number, formats } => {
                Some(formats.get_or_init(|| compute_formats(number)))
            }
            Repr::Full(_) | Repr::Failed(_) => None,
        }
    }

    /// A field: from the full result, or computed from the parsed number (`None` when parsing
    /// failed).
    fn field<T>(
        &self,
        full: impl FnOnce(&PhoneResult) -> Option<T>,
        parsed: impl FnOnce(&PhoneNumber) -> T,
    ) -> Option<T> {
        match &self.repr {
            Repr::Full(r) => full(r),
            Repr::Failed(_) => None,
            Repr::Parsed { number, .. } => Some(parsed(number)),
        }
    }
}

#[pymethods]
impl PyPhoneResult {
    /// Rebuilds a result from its fields (used by pickling).
    #[staticmethod]
    #[pyo3(signature = (
        parse_ok, error, country_code, national_number, italian_leading_zero, extension,
        is_possible, possible_reason, is_valid, number_type, region, e164, international,
        national, rfc3966,
    ))]
    #[allow(clippy::too_many_arguments, clippy::needless_pass_by_value)]
    fn _from_fields(
        parse_ok: bool,
        error: Option<String>,
        country_code: Option<u32>,
        national_number: Option<String>,
        italian_leading_zero: Option<bool>,
        extension: Option<String>,
        is_possible: Option<bool>,
        possible_reason: Option<String>,
        is_valid: Option<bool>,
        number_type: Option<String>,
        region: Option<String>,
        e164: Option<String>,
        international: Option<String>,
        national: Option<String>,
        rfc3966: Option<String>,
    ) -> PyResult<Self> {
        let region = match region.as_deref() {
            None => None,
            Some("001") => Some("001"),
            Some(r) => Some(phone::supported_region(r).ok_or_else(|| {
                Exc::Config.err(
                    "region is not a supported region code",
                    ck::ErrorKind::UnknownRegion.code(),
                )
            })?),
        };
        Ok(PhoneResult {
            parse_ok,
            error: code_arg(error, PhoneError::ALL, PhoneError::code, "error")?,
            country_code,
            national_number,
            italian_leading_zero,
            extension,
            is_possible,
            possible_reason: code_arg(
                possible_reason,
                PossibleReason::ALL,
                PossibleReason::code,
                "possible_reason",
            )?,
            is_valid,
            number_type: code_arg(
                number_type,
                NumberType::ALL,
                NumberType::code,
                "number_type",
            )?,
            region,
            e164,
            international,
            national,
            rfc3966,
        }
        .into())
    }

    #[getter]
    fn parse_ok(&self) -> bool {
        match &self.repr {
            Repr::Full(r) => r.parse_ok,
            Repr::Failed(_) => false,
            Repr::Parsed { .. } => true,
        }
    }

    #[getter]
    fn error(&self) -> Option<&'static str> {
        match &self.repr {
            Repr::Full(r) => r.error.map(PhoneError::code),
            Repr::Failed(e) => Some(e.code()),
            Repr::Parsed { .. } => None,
        }
    }

    #[getter]
    fn country_code(&self) -> Option<u32> {
        self.field(|r| r.country_code, PhoneNumber::country_code)
    }

    #[getter]
    fn national_number(&self) -> Option<String> {
        self.field(|r| r.national_number.clone(), PhoneNumber::national_number)
    }

    #[getter]
    fn italian_leading_zero(&self) -> Option<bool> {
        self.field(
            |r| r.italian_leading_zero,
            PhoneNumber::italian_leading_zero,
        )
    }

    #[getter]
    fn extension(&self) -> Option<&str> {
        match &self.repr {
            Repr::Full(r) => r.extension.as_deref(),
            Repr::Failed(_) => None,
            Repr::Parsed { number, .. } => number.extension(),
        }
    }

    #[getter]
    fn is_possible(&self) -> Option<bool> {
        self.field(|r| r.is_possible, PhoneNumber::is_possible)
    }

    #[getter]
    fn possible_reason(&self) -> Option<&'static str> {
        self.field(|r| r.possible_reason, PhoneNumber::possible_reason)
            .map(PossibleReason::code)
    }

    #[getter]
    fn is_valid(&self) -> Option<bool> {
        self.field(|r| r.is_valid, PhoneNumber::is_valid)
    }

    #[getter]
    fn number_type(&self) -> Option<&'static str> {
        self.field(|r| r.number_type, PhoneNumber::number_type)
            .map(NumberType::code)
    }

    #[getter]
    fn region(&self) -> Option<&'static str> {
        match &self.repr {
            Repr::Full(r) => r.region,
            Repr::Failed(_) => None,
            Repr::Parsed { number, .. } => number.region(),
        }
    }

    #[getter]
    fn e164(&self) -> Option<String> {
        self.field(|r| r.e164.clone(), PhoneNumber::e164)
    }

    #[getter]
    fn international(&self) -> Option<&str> {
        match self.formats() {
            Some(f) => Some(&f.international),
            None => self.full_ref()?.international.as_deref(),
        }
    }

    #[getter]
    fn national(&self) -> Option<&str> {
        match self.formats() {
            Some(f) => Some(&f.national),
            None => self.full_ref()?.national.as_deref(),
        }
    }

    #[getter]
    fn rfc3966(&self) -> Option<&str> {
        match self.formats() {
            Some(f) => Some(&f.rfc3966),
            None => self.full_ref()?.rfc3966.as_deref(),
        }
    }

    /// The attributes as a plain `dict` (the same fields and values as the C ABI's JSON).
    ///
    /// Returns:
    ///     dict: `{"parse_ok": ..., "error": ..., ...}` in attribute order.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_python(py, &*self.full())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let r = &*self.full();
        if !r.parse_ok {
            return Ok(format!(
                "PhoneResult(parse_ok=False, error='{}')",
                r.error.map_or("", PhoneError::code)
            ));
        }
        let mut parts = vec!["parse_ok=True".to_owned()];
        if let Some(e) = &r.e164 {
            parts.push(format!("e164={}", repr_str(py, e)?));
        }
        if let Some(x) = &r.extension {
            parts.push(format!("extension={}", repr_str(py, x)?));
        }
        let flag = |b: Option<bool>| if b == Some(true) { "True" } else { "False" };
        parts.push(format!("is_valid={}", flag(r.is_valid)));
        if let Some(p) = r.possible_reason {
            parts.push(format!("possible_reason='{}'", p.code()));
        }
        if let Some(t) = r.number_type {
            parts.push(format!("number_type='{}'", t.code()));
        }
        if let Some(g) = r.region {
            parts.push(format!("region='{g}'"));
        }
        Ok(format!("PhoneResult({})", parts.join(", ")))
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let r = &*slf.get().full();
        let items = [
            r.parse_ok.into_bound_py_any(py)?,
            r.error.map(PhoneError::code).into_bound_py_any(py)?,
            r.country_code.into_bound_py_any(py)?,
            r.national_number.as_deref().into_bound_py_any(py)?,
            r.italian_leading_zero.into_bound_py_any(py)?,
            r.extension.as_deref().into_bound_py_any(py)?,
            r.is_possible.into_bound_py_any(py)?,
            r.possible_reason
                .map(PossibleReason::code)
                .into_bound_py_any(py)?,
            r.is_valid.into_bound_py_any(py)?,
            r.number_type.map(NumberType::code).into_bound_py_any(py)?,
            r.region.into_bound_py_any(py)?,
            r.e164.as_deref().into_bound_py_any(py)?,
            r.international.as_deref().into_bound_py_any(py)?,
            r.national.as_deref().into_bound_py_any(py)?,
            r.rfc3966.as_deref().into_bound_py_any(py)?,
        ];
        let args = PyTuple::new(py, items)?;
        let ty: Bound<'py, PyType> = slf.get_type();
        Ok((ty.getattr("_from_fields")?, args))
    }
}

// ---------------------------------------------------------------------------------------------
// PhoneCleaned

/// The result of `clean_phone`: the CRM layer on top of `parse_phone`.
///
/// Attributes:
///     phone: The verdict on the main number, or `None` when the field held nothing but white
///         space and labels.
///     others: Verdicts on the further numbers of the field that parse.
///     fixes: Slugs of what cleaning did (`"label_removed"`, `"split_multiple"`, ...).
///     label: What a label said (`"fax"`, `"mobile"`, `"home"`, `"work"`, `"pager"`,
///         `"phone"`), or `None`.
///     dedup_key: E.164 of the main number without extension, when it parses with a possible
///         length.
///     region: The default region used (after alias resolution), or `None`.
#[pyclass(frozen, eq, hash, module = "contactkit", name = "PhoneCleaned")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PyPhoneCleaned {
    inner: PhoneCleaned,
}

#[pymethods]
impl PyPhoneCleaned {
    #[getter]
    fn phone<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyPhoneResult>>> {
        self.inner
            .phone
            .clone()
            .map(|r| new_untracked(py, PyPhoneResult::from(r)))
            .transpose()
    }

    #[getter]
    fn others<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyPhoneResult>>> {
        self.inner
            .others
            .iter()
            .map(|r| new_untracked(py, PyPhoneResult::from(r.clone())))
            .collect()
    }

    #[getter]
    fn fixes(&self) -> Vec<&'static str> {
        self.inner.fixes.iter().map(|f| f.code()).collect()
    }

    #[getter]
    fn label(&self) -> Option<&'static str> {
        self.inner.label.map(PhoneLabel::code)
    }

    #[getter]
    fn dedup_key(&self) -> Option<&str> {
        self.inner.dedup_key.as_deref()
    }

    #[getter]
    fn region(&self) -> Option<&'static str> {
        self.inner.region
    }

    /// The attributes as a plain `dict`, nested results as dicts (the C ABI's JSON).
    ///
    /// Returns:
    ///     dict: `{"phone": {...} | None, "others": [...], "fixes": [...], ...}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_python(py, &self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let c = &self.inner;
        let mut parts = vec![match &c.phone {
            Some(p) => format!("phone={}", PyPhoneResult::from(p.clone()).__repr__(py)?),
            None => "phone=None".to_owned(),
        }];
        if !c.others.is_empty() {
            parts.push(format!("others=<{} more>", c.others.len()));
        }
        if !c.fixes.is_empty() {
            let f: Vec<String> = c.fixes.iter().map(|f| format!("'{}'", f.code())).collect();
            parts.push(format!("fixes=[{}]", f.join(", ")));
        }
        if let Some(l) = c.label {
            parts.push(format!("label='{}'", l.code()));
        }
        if let Some(k) = &c.dedup_key {
            parts.push(format!("dedup_key={}", repr_str(py, k)?));
        }
        Ok(format!("PhoneCleaned({})", parts.join(", ")))
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        // Rebuilt from its JSON, which carries every field.
        let py = slf.py();
        let text = serde_json::to_string(&slf.get().inner)
            .map_err(|e| Exc::ContactKit.err(format!("cannot serialise: {e}"), "invalid_json"))?;
        let ty: Bound<'py, PyType> = slf.get_type();
        Ok((ty.getattr("_from_json")?, (text,).into_pyobject(py)?))
    }

    /// Rebuilds a result from the JSON of `to_dict()` (used by pickling).
    #[staticmethod]
    fn _from_json(py: Python<'_>, text: &str) -> PyResult<Self> {
        let v: serde_json::Value = serde_json::from_str(text)
            .map_err(|_| Exc::Config.err("not a PhoneCleaned JSON", "invalid_json"))?;
        let result = |v: &serde_json::Value| -> PyResult<PhoneResult> {
            let s = |k: &str| v[k].as_str().map(str::to_owned);
            let b = |k: &str| v[k].as_bool();
            let r = PyPhoneResult::_from_fields(
                b("parse_ok").unwrap_or(false),
                s("error"),
                v["country_code"]
                    .as_u64()
                    .and_then(|c| u32::try_from(c).ok()),
                s("national_number"),
                b("italian_leading_zero"),
                s("extension"),
                b("is_possible"),
                s("possible_reason"),
                b("is_valid"),
                s("number_type"),
                s("region"),
                s("e164"),
                s("international"),
                s("national"),
                s("rfc3966"),
            )?;
            Ok(r.full().into_owned())
        };
        let _ = py;
        let phone = if v["phone"].is_null() {
            None
        } else {
            Some(result(&v["phone"])?)
        };
        let others = v["others"]
            .as_array()
            .map(|a| a.iter().map(&result).collect::<PyResult<Vec<_>>>())
            .transpose()?
            .unwrap_or_default();
        let fixes = v["fixes"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|f| {
                        code_arg(
                            f.as_str().map(str::to_owned),
                            PhoneFix::ALL,
                            PhoneFix::code,
                            "fix",
                        )
                    })
                    .filter_map(Result::transpose)
                    .collect::<PyResult<Vec<_>>>()
            })
            .transpose()?
            .unwrap_or_default();
        let label = code_arg(
            v["label"].as_str().map(str::to_owned),
            PhoneLabel::ALL,
            PhoneLabel::code,
            "label",
        )?;
        let region = v["region"].as_str().and_then(phone::supported_region);
        Ok(PyPhoneCleaned {
            inner: PhoneCleaned {
                phone,
                others,
                fixes,
                label,
                dedup_key: v["dedup_key"].as_str().map(str::to_owned),
                region,
            },
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Functions

/// Parses one phone number with Google libphonenumber's semantics.
///
/// `parse(number, region)`, then `is_possible_number_with_reason`, `is_valid_number`,
/// `number_type`, `region_code_for_number` and the four formats (the Python package
/// `phonenumbers` is the reference). Like libphonenumber, only upper-case codes it knows are
/// regions: a lower-case, unknown or `None` region means "no default region". A number that does
/// not parse is a verdict (`parse_ok=False`, `error`), never an exception.
///
/// Args:
///     number: The number as written.
///     region: The default region (ISO 3166-1 alpha-2, upper case), or `None`.
///
/// Returns:
///     PhoneResult: Every field of the verdict.
///
/// Raises:
///     ArgumentTypeError: `number` is not a `str`, or `region` is not a `str` or `None`.
#[pyfunction]
#[pyo3(signature = (number, region = None))]
pub fn parse_phone<'py>(
    number: &Bound<'py, PyAny>,
    region: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyPhoneResult>> {
    let text = text_arg(number, "number")?;
    let region = region_arg(region)?;
    new_untracked(
        number.py(),
        PhoneNumber::parse(&text, region.as_deref()).into(),
    )
}

/// Parses every number of `numbers` with the same region, with the GIL released.
///
/// Element `i` of the result equals `parse_phone(numbers[i], region)`. Only the parsing runs
/// here; each result computes its fields when they are read.
///
/// Args:
///     numbers: A sequence (any iterable but a single `str`) of `str`.
///     region: The default region, as for `parse_phone`.
///     threads: How many threads parse (`None` or 1: this one; 0: one per core). Lists shorter
///         than a few thousand numbers are parsed on this thread whatever the value.
///
/// Returns:
///     list[PhoneResult]: One verdict per input, in order.
///
/// Raises:
///     ArgumentTypeError: `numbers` is not a sequence of `str`, or `region` is not a `str` or
///         `None`.
#[pyfunction]
#[pyo3(signature = (numbers, region = None, *, threads = None))]
pub fn parse_phones<'py>(
    py: Python<'py>,
    numbers: &Bound<'py, PyAny>,
    region: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let items = str_items(numbers, "numbers")?;
    let region = region_arg(region)?;
    let texts: Vec<Cow<'_, str>> = items.iter().map(|s| s.to_string_lossy()).collect();
    let threads = match threads {
        Some(0) => std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
        Some(t) => t,
        None => 1,
    };
    let results = py.detach(|| parse_all(&texts, region.as_deref(), threads));
    let list = PyList::empty(py);
    for r in results {
        list.append(new_untracked(py, PyPhoneResult::from(r))?)?;
    }
    Ok(list)
}

/// The smallest share of a batch worth a thread of its own.
const MIN_PER_THREAD: usize = 4096;

/// `PhoneNumber::parse` of every text, on up to `threads` threads, in order.
fn parse_all(
    texts: &[Cow<'_, str>],
    region: Option<&str>,
    threads: usize,
) -> Vec<Result<PhoneNumber, PhoneError>> {
    let region = region.and_then(phone::supported_region);
    let threads = threads.min(texts.len() / MIN_PER_THREAD).max(1);
    if threads == 1 {
        return texts
            .iter()
            .map(|t| PhoneNumber::parse(t, region))
            .collect();
    }
    let chunk = texts.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|t| PhoneNumber::parse(t, region))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Cleans one raw CRM phone field, then parses it with libphonenumber's semantics.
///
/// Strips labels (`Tel:`, `(Fax)`, `GSM`, `mob.`) before parsing so they are never read as
/// keypad letters, rewrites extensions in local words (`toestel`, `Durchwahl`, `poste`), splits
/// fields with several numbers, normalises Unicode digits, dashes and invisible characters, and
/// accepts region aliases (`"uk"`, `"nl"`, `"Nederland"`, `"Belgique"`).
///
/// Args:
///     raw: The field as stored in the CRM.
///     region: The default region: a code or an alias, or `None`.
///
/// Returns:
///     PhoneCleaned: The main number, the others, the fixes, the label and the dedup key.
///
/// Raises:
///     ConfigError: `region` is neither a region code nor a known alias
///         (`.code == "unknown_region"`).
///     ArgumentTypeError: `raw` is not a `str`, or `region` is not a `str` or `None`.
#[pyfunction]
#[pyo3(signature = (raw, region = None))]
pub fn clean_phone<'py>(
    raw: &Bound<'py, PyAny>,
    region: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyPhoneCleaned>> {
    let text = text_arg(raw, "raw")?;
    let region = region_arg(region)?;
    let inner = phone::clean(&text, region.as_deref()).map_err(CoreError)?;
    new_untracked(raw.py(), PyPhoneCleaned { inner })
}

/// Cleans every field of `raws` with the same region, with the GIL released.
///
/// Element `i` of the result equals `clean_phone(raws[i], region)`.
///
/// Args:
///     raws: A sequence (any iterable but a single `str`) of `str`.
///     region: The default region: a code or an alias, or `None`.
///
/// Returns:
///     list[PhoneCleaned]: One result per field, in order.
///
/// Raises:
///     ConfigError: `region` is neither a region code nor a known alias.
///     ArgumentTypeError: `raws` is not a sequence of `str`, or `region` has the wrong type.
#[pyfunction]
#[pyo3(signature = (raws, region = None))]
pub fn clean_phones<'py>(
    py: Python<'py>,
    raws: &Bound<'py, PyAny>,
    region: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let items = str_items(raws, "raws")?;
    let region = region_arg(region)?;
    let texts: Vec<String> = items
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    let results = py
        .detach(|| phone::clean_many(&texts, region.as_deref()))
        .map_err(CoreError)?;
    let objects = results
        .into_iter()
        .map(|inner| new_untracked(py, PyPhoneCleaned { inner }))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, objects)
}

/// How closely two phone numbers match: libphonenumber's `is_number_match` levels.
///
/// Args:
///     a: The first number.
///     b: The second number.
///     region: A region to parse national numbers with (both sides), or `None` to compare as
///         libphonenumber's `is_number_match(str, str)` does.
///
/// Returns:
///     str: `"exact"`, `"nsn"`, `"short_nsn"`, `"none"` or `"not_a_number"`.
///
/// Raises:
///     ArgumentTypeError: An argument has the wrong type.
#[pyfunction]
#[pyo3(signature = (a, b, region = None))]
pub fn phone_match(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    region: Option<&Bound<'_, PyAny>>,
) -> PyResult<&'static str> {
    let a = text_arg(a, "a")?;
    let b = text_arg(b, "b")?;
    let region = region_arg(region)?;
    Ok(MatchLevel::code(phone::match_numbers(
        &a,
        &b,
        region.as_deref(),
    )))
}

/// The libphonenumber metadata version the phone functions use (`"9.0.42"`).
///
/// Returns:
///     str: The version.
#[pyfunction]
pub fn phone_metadata_version() -> &'static str {
    phone::metadata_version()
}
