//! Addresses: `parse_address`, `parse_addresses`, `normalize_address` and the frozen `Address`.

use ck::address::{self, Address, AddressColumns};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::errors::CoreError;
use crate::json;
use crate::text::{expect_str, str_items, text_of};

/// One address in its golden form (API.md §3); components are `None` when the input does not
/// contain them. Frozen, hashable, comparable.
#[pyclass(frozen, eq, hash, module = "contactkit", name = "Address")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PyAddress {
    inner: Address,
}

macro_rules! opt_getters {
    ($($name:ident),*) => {
        #[pymethods]
        impl PyAddress {
            $(
                #[getter]
                fn $name(&self) -> Option<&str> {
                    self.inner.$name.as_deref()
                }
            )*

            #[getter]
            fn lines(&self) -> Vec<String> {
                self.inner.lines.clone()
            }

            #[getter]
            fn warnings(&self) -> Vec<&'static str> {
                self.inner.warnings.iter().map(|w| w.code()).collect()
            }

            /// The attributes as a plain `dict` (the same fields and values as the JSON of the
            /// C ABI).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                json::to_python(py, &self.inner)
            }

            fn __repr__(&self) -> String {
                match self.inner.canonical.as_deref() {
                    Some(c) => format!("Address(canonical={c:?})"),
                    None => "Address(canonical=None)".to_owned(),
                }
            }
        }
    };
}
opt_getters!(
    street,
    house_number,
    house_number_suffix,
    unit,
    unit_type,
    po_box,
    po_box_type,
    postcode,
    city,
    region,
    country,
    organisation,
    care_of,
    attention,
    sorting_code,
    dependent_locality,
    canonical,
    match_key
);

fn hint_of(country: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    match country {
        None => Ok(None),
        Some(c) if c.is_none() => Ok(None),
        Some(c) => Ok(Some(
            expect_str(c, "country")?.to_string_lossy().into_owned(),
        )),
    }
}

/// Parses one free-text address (one line, comma-separated, or several lines).
///
/// Args:
///     text: The address.
///     country: An ISO 3166-1 alpha-2 hint; a country named in the text wins.
///
/// Returns:
///     Address: The golden address; all components `None` when the text is not an address.
///
/// Raises:
///     ConfigError: `country` is not a country code (`.code == "unknown_region"`).
///     ArgumentTypeError: an argument is not a `str`.
#[pyfunction]
#[pyo3(signature = (text, country = None))]
pub fn parse_address(
    text: &Bound<'_, PyAny>,
    country: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyAddress> {
    let hint = hint_of(country)?;
    let s = expect_str(text, "text")?;
    let t = text_of(s)?;
    let inner = address::parse(&t.text, hint.as_deref()).map_err(CoreError)?;
    Ok(PyAddress { inner })
}

/// Parses every text of `texts` with one hint, with the GIL released, spread over `threads`
/// threads (`None`: every core; short batches run on one). Element `i` equals
/// `parse_address(texts[i], country)`.
///
/// Raises:
///     ConfigError: `country` is not a country code.
///     ArgumentTypeError: `texts` is not a sequence of `str`.
#[pyfunction]
#[pyo3(signature = (texts, country = None, *, threads = None))]
pub fn parse_addresses<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    country: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let hint = hint_of(country)?;
    let items = str_items(texts, "texts")?;
    // Borrow each string's UTF-8 buffer (no copy); the objects stay alive in `items` while the
    // GIL is released, and a `str` never changes. Only a string with lone surrogates is masked.
    let owned = items.iter().map(text_of).collect::<PyResult<Vec<_>>>()?;
    let threads = threads.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let parsed = py
        .detach(|| address::parse_many_threads(&owned, hint.as_deref(), threads))
        .map_err(CoreError)?;
    PyList::new(py, parsed.into_iter().map(|inner| PyAddress { inner }))
}

fn col(v: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => Ok(Some(expect_str(v, what)?.to_string_lossy().into_owned())),
    }
}

/// Normalises the split columns of a CRM address into the same `Address` as `parse_address`.
///
/// Raises:
///     ArgumentTypeError: a column is not a `str` (`lines`: a sequence of `str`).
#[pyfunction]
#[pyo3(signature = (*, street = None, house_number = None, postcode = None, city = None,
    country = None, region = None, lines = None))]
#[allow(clippy::too_many_arguments)]
pub fn normalize_address(
    street: Option<&Bound<'_, PyAny>>,
    house_number: Option<&Bound<'_, PyAny>>,
    postcode: Option<&Bound<'_, PyAny>>,
    city: Option<&Bound<'_, PyAny>>,
    country: Option<&Bound<'_, PyAny>>,
    region: Option<&Bound<'_, PyAny>>,
    lines: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyAddress> {
    let mut c = AddressColumns::default();
    c.street = col(street, "street")?;
    c.house_number = col(house_number, "house_number")?;
    c.postcode = col(postcode, "postcode")?;
    c.city = col(city, "city")?;
    c.country = col(country, "country")?;
    c.region = col(region, "region")?;
    if let Some(l) = lines.filter(|l| !l.is_none()) {
        let items: Vec<Bound<'_, PyString>> = str_items(l, "lines")?;
        c.lines = Some(
            items
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect(),
        );
    }
    let inner = address::normalize(&c).map_err(CoreError)?;
    Ok(PyAddress { inner })
}
