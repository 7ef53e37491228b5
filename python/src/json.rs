//! `to_dict()`: the serde serialisation of a core result (the JSON the C ABI writes), as plain
//! Python objects. Going through JSON text keeps the field order of the struct and guarantees
//! that Python and C show the same fields with the same values.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// `value` serialised by serde and read back by Python's `json.loads`.
pub fn to_python<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(value).map_err(|e| {
        crate::errors::Exc::ContactKit
            .err(format!("cannot serialise the result: {e}"), "invalid_json")
    })?;
    JSON_LOADS.import(py, "json", "loads")?.call1((text,))
}
