//! Python exceptions: the classes of `contactkit/exceptions.py` (pure Python, so multiple
//! inheritance from `ValueError`/`TypeError` is easy), imported once at module init, and the one
//! mapping from every core [`ck::ErrorKind`] to one of them.

use ck::ErrorKind;
use pyo3::exceptions::PyOSError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

const MODULE: &str = "contactkit.exceptions";

/// The exception classes of `contactkit.exceptions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exc {
    /// `ContactKitError`, the base class.
    ContactKit,
    /// `InvalidInputError`.
    InvalidInput,
    /// `ConfigError`.
    Config,
    /// `UnknownOptionError`.
    UnknownOption,
    /// `ArgumentTypeError`.
    ArgumentType,
    /// `FileFormatError`.
    FileFormat,
}

static CONTACTKIT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INVALID_INPUT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static CONFIG_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static UNKNOWN_OPTION_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static ARGUMENT_TYPE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static FILE_FORMAT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

impl Exc {
    const ALL: [Exc; 6] = [
        Exc::ContactKit,
        Exc::InvalidInput,
        Exc::Config,
        Exc::UnknownOption,
        Exc::ArgumentType,
        Exc::FileFormat,
    ];

    fn cell_and_name(self) -> (&'static PyOnceLock<Py<PyType>>, &'static str) {
        match self {
            Exc::ContactKit => (&CONTACTKIT_ERROR, "ContactKitError"),
            Exc::InvalidInput => (&INVALID_INPUT_ERROR, "InvalidInputError"),
            Exc::Config => (&CONFIG_ERROR, "ConfigError"),
            Exc::UnknownOption => (&UNKNOWN_OPTION_ERROR, "UnknownOptionError"),
            Exc::ArgumentType => (&ARGUMENT_TYPE_ERROR, "ArgumentTypeError"),
            Exc::FileFormat => (&FILE_FORMAT_ERROR, "FileFormatError"),
        }
    }

    /// The class object (imported from `contactkit.exceptions` on first use).
    pub fn class(self, py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
        let (cell, name) = self.cell_and_name();
        cell.import(py, MODULE, name)
    }

    /// A new exception of this class with `message` and the slug `code`.
    pub fn err(self, message: impl Into<String>, code: &'static str) -> PyErr {
        let message = message.into();
        Python::attach(|py| match self.class(py) {
            Ok(class) => PyErr::from_type(class.clone(), (message, code)),
            Err(e) => e,
        })
    }
}

/// Imports every exception class (called at module init, so a broken install fails on import
/// rather than on the first error) and re-exports them from the extension module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    for exc in Exc::ALL {
        let class = exc.class(py)?;
        m.add(exc.cell_and_name().1, class)?;
    }
    Ok(())
}

/// A core error on its way to Python: `PyErr::from(CoreError(e))`.
#[derive(Debug)]
pub struct CoreError(pub ck::Error);

impl From<CoreError> for PyErr {
    /// The one mapping from core errors to Python exceptions. The core's `ErrorKind` is
    /// `#[non_exhaustive]`, so a new kind falls to the base class until it is listed here; the
    /// test suite walks `reason_codes("error")` and fails on any kind that reaches the base class.
    fn from(CoreError(e): CoreError) -> PyErr {
        let exc = match e.kind() {
            ErrorKind::InvalidInput | ErrorKind::TooLarge => Exc::InvalidInput,
            ErrorKind::InvalidArgument
            | ErrorKind::UnknownRegion
            | ErrorKind::UnknownKind
            | ErrorKind::UnknownProfile
            | ErrorKind::BadKey
            | ErrorKind::KeyMissing => Exc::Config,
            ErrorKind::UnknownOption => Exc::UnknownOption,
            ErrorKind::InvalidJson
            | ErrorKind::InvalidCsv
            | ErrorKind::FileCorrupt
            | ErrorKind::FileTampered
            | ErrorKind::FileExpired
            | ErrorKind::FileRollback
            | ErrorKind::UnsupportedVersion => Exc::FileFormat,
            // Operating-system failures stay built-in `OSError`s (as in polars).
            ErrorKind::Io => return PyOSError::new_err(e.to_string()),
            _ => Exc::ContactKit,
        };
        exc.err(e.to_string(), e.code())
    }
}

/// `ArgumentTypeError` for argument `what` of the wrong type (`got` is the type's name, never the
/// value).
pub fn wrong_type(what: &str, expected: &str, got: &Bound<'_, PyAny>) -> PyErr {
    let got = got
        .get_type()
        .qualname()
        .map_or_else(|_| "?".to_owned(), |n| n.to_string());
    Exc::ArgumentType.err(
        format!("{what} must be {expected}, not {got}"),
        ErrorKind::InvalidArgument.code(),
    )
}

/// `UnknownOptionError` for keyword `name` of `function`; `expected` lists the accepted names.
pub fn unknown_option(function: &str, name: &str, expected: &[&str]) -> PyErr {
    Exc::UnknownOption.err(
        format!(
            "{function}() got an unexpected keyword argument '{name}'; expected one of: {}",
            expected.join(", ")
        ),
        ErrorKind::UnknownOption.code(),
    )
}
