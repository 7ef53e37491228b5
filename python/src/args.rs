//! Conversions shared by every area's bindings: typed arguments, result objects, batch calls.

use ck::ErrorKind;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyList, PyString};

use crate::errors::{Exc, wrong_type};
use crate::text::{Mask, Text, expect_str};

/// A `bool` argument (strict: `1` or `"yes"` is an `ArgumentTypeError`).
pub fn bool_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<bool> {
    obj.cast::<PyBool>()
        .map(PyBoolMethods::is_true)
        .map_err(|_| wrong_type(what, "bool", obj))
}

/// A `bool` argument that may be omitted or `None` (then `default`).
pub fn opt_bool_arg(obj: Option<&Bound<'_, PyAny>>, what: &str, default: bool) -> PyResult<bool> {
    match obj {
        None => Ok(default),
        Some(o) if o.is_none() => Ok(default),
        Some(o) => bool_arg(o, what),
    }
}

/// A `str | None` argument as a Rust `String` (lone surrogates are a `ConfigError`: such a value
/// cannot be configuration).
pub fn opt_string_arg(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    let Some(obj) = obj else { return Ok(None) };
    if obj.is_none() {
        return Ok(None);
    }
    let s = expect_str(obj, what)?;
    match s.to_str() {
        Ok(t) => Ok(Some(t.to_owned())),
        Err(_) => Err(Exc::Config.err(
            format!("{what} must be valid Unicode text (it has a lone surrogate)"),
            ErrorKind::InvalidArgument.code(),
        )),
    }
}

/// The items of a sequence argument (any iterable but `str`/`bytes`).
pub fn seq_items<'py>(obj: &Bound<'py, PyAny>, what: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if obj.is_instance_of::<PyString>() {
        return Err(wrong_type(what, "a sequence", obj));
    }
    let iter = obj
        .try_iter()
        .map_err(|_| wrong_type(what, "a sequence", obj))?;
    iter.collect()
}

/// A new Python object for `value`, untracked by the cycle collector.
///
/// pyo3 makes every pyclass a GC type; building many results (a batch of 100,000) then makes the
/// cycle collector run over all of them again and again, which cost more than the validation.
/// These objects hold only Rust data, so they can never be part of a reference cycle: CPython
/// untracks tuples and dicts of atomic values for the same reason.
pub fn new_untracked<T>(py: Python<'_>, value: T) -> PyResult<Bound<'_, T>>
where
    T: pyo3::PyClass + Into<pyo3::PyClassInitializer<T>>,
{
    let obj = Bound::new(py, value)?;
    // SAFETY: `obj` is a live object that was just created and is not shared with any other
    // code yet. Untracking is allowed at any time for a GC object; its `tp_dealloc` untracks
    // again, which is a no-op for an untracked object.
    unsafe { pyo3::ffi::PyObject_GC_UnTrack(obj.as_ptr().cast()) };
    Ok(obj)
}

pub fn repr_str(py: Python<'_>, s: &str) -> PyResult<String> {
    Ok(PyString::new(py, s).repr()?.to_string())
}

/// Runs a batch call of the core with the GIL released, restores the caller's lone surrogates in
/// each result (`unmask`), and returns the results as a `list` of untracked result objects.
pub fn batch_list<'py, R, P>(
    py: Python<'py>,
    texts: &[Text<'_>],
    run: impl FnOnce(&[Text<'_>]) -> Vec<R> + Send,
    unmask: impl Fn(&mut R, &Mask),
    wrap: impl Fn(R) -> P,
) -> PyResult<Bound<'py, PyList>>
where
    R: Send,
    P: pyo3::PyClass + Into<pyo3::PyClassInitializer<P>>,
{
    let mut results = py.detach(|| run(texts));
    for (r, t) in results.iter_mut().zip(texts) {
        if let Some(mask) = &t.mask {
            unmask(r, mask);
        }
    }
    let objects = results
        .into_iter()
        .map(|r| new_untracked(py, wrap(r)))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, objects)
}
