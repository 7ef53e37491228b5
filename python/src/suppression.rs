//! `suppression_canonical`, `suppression_token`, `platform_normalize`, `platform_hash` and
//! `SuppressionList` (API.md §4). Keys are `bytes` (which Python cannot wipe) or a callable
//! `(message: bytes) -> bytes` that computes HMAC-SHA-256 elsewhere (a KMS or HSM).

use std::borrow::Cow;
use std::sync::Arc;

use ck::ErrorKind;
use ck::suppression::{
    AddOptions, AddReceipt, Channel, CheckOptions, Decision, KeyRing, Kind, LocalKey, MacProvider,
    OpenOptions, Profile, RemoteMac, SuppressionList, SuppressionReason,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};

use crate::errors::{CoreError, Exc, wrong_type};
use crate::text::{expect_str, str_items};

fn core<T>(r: ck::Result<T>) -> PyResult<T> {
    r.map_err(|e| CoreError(e).into())
}

fn text(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    Ok(expect_str(obj, what)?.to_string_lossy().into_owned())
}

fn kind_of(obj: &Bound<'_, PyAny>) -> PyResult<Kind> {
    core(Kind::from_name(&text(obj, "kind")?))
}

/// A provider that calls a Python callable.
fn callable_provider(id: &str, f: Py<PyAny>) -> PyResult<Arc<dyn MacProvider>> {
    let remote = RemoteMac::new(id, move |msg: &[u8]| {
        Python::attach(|py| {
            let out = f.call1(py, (PyBytes::new(py, msg),)).ok()?;
            let b = out.bind(py).cast::<PyBytes>().ok()?;
            <[u8; 32]>::try_from(b.as_bytes()).ok()
        })
    });
    Ok(Arc::new(core(remote)?))
}

/// A key argument: `bytes` or a callable, for one key id.
fn provider(key: &Bound<'_, PyAny>, id: &str) -> PyResult<Arc<dyn MacProvider>> {
    if let Ok(b) = key.cast::<PyBytes>() {
        return Ok(Arc::new(core(LocalKey::new(b.as_bytes(), id))?));
    }
    if key.is_callable() {
        return callable_provider(id, key.clone().unbind());
    }
    Err(wrong_type("key", "bytes or a callable", key))
}

/// A key ring from `bytes`/a callable or a `dict` of key id → key. A single key answers for the
/// first id asked only (the list's outer key id; `open` asks for it first): it never stands in
/// for an older key of a rotated chain, whose wrong bytes the file tag could not reveal.
struct PyRing {
    keys: Vec<(Option<String>, Py<PyAny>)>,
    any_id: std::sync::Mutex<Option<String>>,
}

impl KeyRing for PyRing {
    fn provider(&self, id: &str) -> Option<Arc<dyn MacProvider>> {
        let (named, key) = self
            .keys
            .iter()
            .find(|(k, _)| k.as_deref().is_none_or(|k| k == id))?;
        if named.is_none() {
            let mut first = self
                .any_id
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match first.as_deref() {
                None => *first = Some(id.to_owned()),
                Some(f) if f == id => {}
                Some(_) => return None,
            }
        }
        Python::attach(|py| provider(key.bind(py), id).ok())
    }
}

fn ring(key: &Bound<'_, PyAny>) -> PyResult<PyRing> {
    let keys = if let Ok(d) = key.cast::<PyDict>() {
        let mut v = Vec::with_capacity(d.len());
        for (k, val) in d.iter() {
            v.push((Some(text(&k, "key id")?), val.unbind()));
        }
        v
    } else if key.cast::<PyBytes>().is_ok() || key.is_callable() {
        vec![(None, key.clone().unbind())]
    } else {
        return Err(wrong_type("key", "bytes, a callable or a dict", key));
    };
    Ok(PyRing {
        keys,
        any_id: std::sync::Mutex::new(None),
    })
}

/// The `ck1` canonical forms of a value. `repr()` never shows them.
#[pyclass(frozen, eq, module = "contactkit", name = "SuppressionCanonical")]
#[derive(Clone, PartialEq, Eq)]
pub struct PySuppressionCanonical {
    /// `"email"` or `"phone"`.
    #[pyo3(get)]
    kind: &'static str,
    /// The strict form.
    #[pyo3(get)]
    strict: String,
    /// The loose form, or `None` when it is the same as `strict`.
    #[pyo3(get)]
    loose: Option<String>,
}

#[pymethods]
impl PySuppressionCanonical {
    fn __repr__(&self) -> String {
        format!(
            "SuppressionCanonical(kind={:?}, strict=<redacted>, loose={})",
            self.kind,
            if self.loose.is_some() {
                "<redacted>"
            } else {
                "None"
            }
        )
    }

    /// The attributes as a plain `dict`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("kind", self.kind)?;
        d.set_item("strict", &self.strict)?;
        d.set_item("loose", &self.loose)?;
        Ok(d)
    }
}

/// The `ck1` canonical forms of `value` (API.md §4).
///
/// Raises:
///     InvalidInputError: the value has no canonical form (`.code`, e.g. `"missing_at"`).
///     ConfigError: unknown `kind`.
#[pyfunction]
#[pyo3(signature = (kind, value, *, region=None))]
pub fn suppression_canonical(
    kind: &Bound<'_, PyAny>,
    value: &Bound<'_, PyAny>,
    region: Option<&Bound<'_, PyAny>>,
) -> PyResult<PySuppressionCanonical> {
    let kind = kind_of(kind)?;
    let region = region.map(|r| text(r, "region")).transpose()?;
    let c = core(ck::suppression::canonical(
        kind,
        &text(value, "value")?,
        region.as_deref(),
    ))?;
    Ok(PySuppressionCanonical {
        kind: kind.name(),
        strict: c.strict().to_owned(),
        loose: c.loose().map(str::to_owned),
    })
}

/// The 32-byte HMAC-SHA-256 token of the `ck1` form of `value` under `key` (bytes or callable).
///
/// Raises:
///     InvalidInputError: no canonical form. ConfigError: unknown kind, bad key.
#[pyfunction]
#[pyo3(signature = (kind, value, key, *, region=None, loose=false))]
pub fn suppression_token<'py>(
    py: Python<'py>,
    kind: &Bound<'py, PyAny>,
    value: &Bound<'py, PyAny>,
    key: &Bound<'py, PyAny>,
    region: Option<&Bound<'py, PyAny>>,
    loose: bool,
) -> PyResult<Bound<'py, PyBytes>> {
    let kind = kind_of(kind)?;
    let region = region.map(|r| text(r, "region")).transpose()?;
    let p = provider(key, "token")?;
    let t = core(ck::suppression::provider_token(
        p.as_ref(),
        kind,
        &text(value, "value")?,
        region.as_deref(),
        loose,
    ))?;
    Ok(PyBytes::new(py, &t))
}

fn platform(
    hash: bool,
    profile: &Bound<'_, PyAny>,
    kind: &Bound<'_, PyAny>,
    value: &Bound<'_, PyAny>,
    region: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<String>> {
    let profile = core(Profile::from_name(&text(profile, "profile")?))?;
    let kind = kind_of(kind)?;
    let region = region.map(|r| text(r, "region")).transpose()?;
    let v = text(value, "value")?;
    Ok(if hash {
        ck::suppression::platform_hash(profile, kind, &v, region.as_deref())
    } else {
        ck::suppression::platform_normalize(profile, kind, &v, region.as_deref())
    })
}

/// The form an ad platform (`"google"`, `"meta"`, `"uid2"`) asks for, or `None`.
#[pyfunction]
#[pyo3(signature = (profile, kind, value, *, region=None))]
pub fn platform_normalize(
    profile: &Bound<'_, PyAny>,
    kind: &Bound<'_, PyAny>,
    value: &Bound<'_, PyAny>,
    region: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<String>> {
    platform(false, profile, kind, value, region)
}

/// The hash an ad platform asks for (hex SHA-256; Base64 for `uid2`), or `None`.
#[pyfunction]
#[pyo3(signature = (profile, kind, value, *, region=None))]
pub fn platform_hash(
    profile: &Bound<'_, PyAny>,
    kind: &Bound<'_, PyAny>,
    value: &Bound<'_, PyAny>,
    region: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<String>> {
    platform(true, profile, kind, value, region)
}

/// The answer of a check: `status` (`"suppressed"`, `"clear"`, `"unverifiable"`), `reason`,
/// `suppressed` (true for suppressed and, unless opted out, unverifiable: fail closed).
#[pyclass(frozen, eq, hash, module = "contactkit", name = "Decision")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyDecision {
    /// `"suppressed"`, `"clear"` or `"unverifiable"`.
    #[pyo3(get)]
    status: &'static str,
    /// The entry's reason slug, or why the check was unverifiable; `None` when clear.
    #[pyo3(get)]
    reason: Option<&'static str>,
    /// Do not contact.
    #[pyo3(get)]
    suppressed: bool,
}

impl From<Decision> for PyDecision {
    fn from(d: Decision) -> Self {
        PyDecision {
            status: d.status.code(),
            reason: d.reason,
            suppressed: d.suppressed,
        }
    }
}

#[pymethods]
impl PyDecision {
    fn __repr__(&self) -> String {
        format!(
            "Decision(status={:?}, reason={}, suppressed={})",
            self.status,
            self.reason
                .map_or_else(|| "None".to_owned(), |r| format!("{r:?}")),
            if self.suppressed { "True" } else { "False" }
        )
    }

    fn __bool__(&self) -> bool {
        self.suppressed
    }

    /// The attributes as a plain `dict`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("status", self.status)?;
        d.set_item("reason", self.reason)?;
        d.set_item("suppressed", self.suppressed)?;
        Ok(d)
    }
}

/// What `SuppressionList.add` stored: `key_id` and 16-byte `tokens`, never the value.
#[pyclass(frozen, module = "contactkit", name = "AddReceipt")]
pub struct PyAddReceipt {
    /// The key chain id.
    #[pyo3(get)]
    key_id: String,
    tokens: Vec<[u8; 16]>,
    variants: Vec<&'static str>,
}

#[pymethods]
impl PyAddReceipt {
    /// The stored tokens (16 bytes each).
    #[getter]
    fn tokens<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.tokens.iter().map(|t| PyBytes::new(py, t)))
    }

    /// The form of each token (`"strict"` / `"loose"`).
    #[getter]
    fn variants(&self) -> Vec<&'static str> {
        self.variants.clone()
    }

    fn __repr__(&self) -> String {
        let hex: Vec<String> = self
            .tokens
            .iter()
            .map(|t| ck::suppression::to_hex(t))
            .collect();
        format!("AddReceipt(key_id={:?}, tokens={hex:?})", self.key_id)
    }

    /// The attributes as a plain `dict` (tokens as hex strings).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("key_id", &self.key_id)?;
        let hex: Vec<String> = self
            .tokens
            .iter()
            .map(|t| ck::suppression::to_hex(t))
            .collect();
        d.set_item("tokens", hex)?;
        d.set_item("variants", self.variants.clone())?;
        Ok(d)
    }
}

/// A keyed suppression list that never holds a plain identifier.
#[pyclass(frozen, module = "contactkit", name = "SuppressionList")]
pub struct PySuppressionList {
    list: SuppressionList,
}

fn channels_of(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<Channel>> {
    let Some(obj) = obj else {
        return Ok(vec![Channel::All]);
    };
    if obj.is_instance_of::<PyString>() {
        return Ok(vec![
            Channel::from_code(&text(obj, "channels")?).ok_or_else(|| {
                Exc::Config.err("unknown channel", ErrorKind::InvalidArgument.code())
            })?,
        ]);
    }
    let mut out = Vec::new();
    for item in str_items(obj, "channels")? {
        out.push(Channel::from_code(&item.to_string_lossy()).ok_or_else(|| {
            Exc::Config.err("unknown channel", ErrorKind::InvalidArgument.code())
        })?);
    }
    Ok(out)
}

fn add_options(
    reason: &str,
    channels: Option<&Bound<'_, PyAny>>,
    region: Option<&Bound<'_, PyAny>>,
) -> PyResult<AddOptions> {
    let reason = SuppressionReason::from_code(reason)
        .ok_or_else(|| Exc::Config.err("unknown reason", ErrorKind::InvalidArgument.code()))?;
    Ok(AddOptions {
        reason,
        channels: channels_of(channels)?,
        region: region.map(|r| text(r, "region")).transpose()?,
        ..AddOptions::default()
    })
}

fn receipt(r: AddReceipt) -> PyAddReceipt {
    PyAddReceipt {
        key_id: r.key_id,
        variants: r.tokens.iter().map(|(v, _)| v.code()).collect(),
        tokens: r.tokens.into_iter().map(|(_, t)| t).collect(),
    }
}

fn check_options(
    channel: Option<&Bound<'_, PyAny>>,
    region: Option<&Bound<'_, PyAny>>,
    unverifiable_is_clear: bool,
) -> PyResult<CheckOptions> {
    let channel = match channel {
        None => Channel::Email,
        Some(c) => Channel::from_code(&text(c, "channel")?)
            .ok_or_else(|| Exc::Config.err("unknown channel", ErrorKind::InvalidArgument.code()))?,
    };
    Ok(CheckOptions {
        channel,
        region: region.map(|r| text(r, "region")).transpose()?,
        unverifiable_is_clear,
        ..CheckOptions::default()
    })
}

#[pymethods]
#[allow(clippy::needless_pass_by_value)] // pyo3 extracts `PathBuf` by value
impl PySuppressionList {
    /// An empty list under `key` (bytes of 16 to 1024, or a callable `bytes -> bytes` computing
    /// HMAC-SHA-256) with id `key_id`.
    #[staticmethod]
    fn create(key: &Bound<'_, PyAny>, key_id: &Bound<'_, PyAny>) -> PyResult<Self> {
        let id = text(key_id, "key_id")?;
        Ok(PySuppressionList {
            list: SuppressionList::create(provider(key, &id)?),
        })
    }

    /// Opens a list file, failing closed (`FileFormatError` for a corrupt, tampered, expired or
    /// rolled-back file; `ConfigError` with code `key_missing` without the key, `wrong_key` when a
    /// key of the chain is not the one the list was written with). `key`: bytes or
    /// a callable (for any key id), or a dict key id → key (for rotated chains).
    #[staticmethod]
    #[pyo3(signature = (path, key, *, min_sequence=None))]
    fn open(
        py: Python<'_>,
        path: std::path::PathBuf,
        key: &Bound<'_, PyAny>,
        min_sequence: Option<u64>,
    ) -> PyResult<Self> {
        let ring = ring(key)?;
        let bytes = std::fs::read(&path)?;
        let opts = OpenOptions {
            min_sequence,
            ..OpenOptions::default()
        };
        let list = py.detach(|| SuppressionList::from_bytes(&bytes, &ring, &opts));
        Ok(PySuppressionList { list: core(list)? })
    }

    /// Saves atomically (temporary file, fsync, rename) and increments the sequence.
    fn save(&self, py: Python<'_>, path: std::path::PathBuf) -> PyResult<()> {
        core(py.detach(|| self.list.save_to_path(&path)))
    }

    /// Adds a value; returns tokens and key id, never the value.
    #[pyo3(signature = (kind, value, *, reason="erasure", channels=None, region=None))]
    fn add(
        &self,
        kind: &Bound<'_, PyAny>,
        value: &Bound<'_, PyAny>,
        reason: &str,
        channels: Option<&Bound<'_, PyAny>>,
        region: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyAddReceipt> {
        let kind = kind_of(kind)?;
        let opts = add_options(reason, channels, region)?;
        let r = core(self.list.add(kind, &text(value, "value")?, &opts))?;
        Ok(receipt(r))
    }

    /// Checks a value on `channel`; fails closed unless `unverifiable_is_clear=True`.
    #[pyo3(signature = (kind, value, *, channel=None, region=None, unverifiable_is_clear=false))]
    fn check(
        &self,
        kind: &Bound<'_, PyAny>,
        value: &Bound<'_, PyAny>,
        channel: Option<&Bound<'_, PyAny>>,
        region: Option<&Bound<'_, PyAny>>,
        unverifiable_is_clear: bool,
    ) -> PyResult<PyDecision> {
        let kind = kind_of(kind)?;
        let opts = check_options(channel, region, unverifiable_is_clear)?;
        Ok(self.list.check(kind, &text(value, "value")?, &opts).into())
    }

    /// Checks many values with the GIL released, spread over `threads` threads (`None`: every
    /// core; short batches run on one); element `i` equals `check(kind, values[i])`.
    #[pyo3(signature = (kind, values, *, channel=None, region=None, unverifiable_is_clear=false, threads=None))]
    #[allow(clippy::too_many_arguments)]
    fn check_many<'py>(
        &self,
        py: Python<'py>,
        kind: &Bound<'py, PyAny>,
        values: &Bound<'py, PyAny>,
        channel: Option<&Bound<'py, PyAny>>,
        region: Option<&Bound<'py, PyAny>>,
        unverifiable_is_clear: bool,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let kind = kind_of(kind)?;
        let opts = check_options(channel, region, unverifiable_is_clear)?;
        let objs = str_items(values, "values")?;
        // Borrow each string's UTF-8 buffer (no copy); the objects stay alive in `objs` while the
        // GIL is released, and a `str` never changes. Only a string with lone surrogates is
        // copied (lossily, as `check` reads it).
        let items: Vec<Cow<'_, str>> = objs
            .iter()
            .map(|o| {
                o.to_str()
                    .map_or_else(|_| o.to_string_lossy(), Cow::Borrowed)
            })
            .collect();
        let threads = threads.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        });
        let ds = py.detach(|| self.list.check_many_threads(kind, &items, &opts, threads));
        let ds = core(ds)?;
        // Decisions are frozen values with few distinct ones: share one object per value instead
        // of allocating one per item.
        let mut seen: Vec<(Decision, Bound<'py, PyDecision>)> = Vec::with_capacity(8);
        let mut objs = Vec::with_capacity(ds.len());
        for d in ds {
            let obj = if let Some((_, o)) = seen.iter().find(|(k, _)| *k == d) {
                o.clone()
            } else {
                let o = Bound::new(py, PyDecision::from(d))?;
                seen.push((d, o.clone()));
                o
            };
            objs.push(obj);
        }
        let out = PyList::new(py, objs)?;
        Ok(out)
    }

    /// Bulk import: adds every value with one sort (the way to load a large list). Element `i`
    /// is the `AddReceipt` of `values[i]`, or the `InvalidInputError` it would raise (returned,
    /// not raised) when it has no canonical form.
    #[pyo3(signature = (kind, values, *, reason="erasure", channels=None, region=None))]
    fn add_many<'py>(
        &self,
        py: Python<'py>,
        kind: &Bound<'py, PyAny>,
        values: &Bound<'py, PyAny>,
        reason: &str,
        channels: Option<&Bound<'py, PyAny>>,
        region: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let kind = kind_of(kind)?;
        let opts = add_options(reason, channels, region)?;
        let objs = str_items(values, "values")?;
        let items: Vec<Cow<'_, str>> = objs
            .iter()
            .map(|o| {
                o.to_str()
                    .map_or_else(|_| o.to_string_lossy(), Cow::Borrowed)
            })
            .collect();
        let rs = core(py.detach(|| self.list.add_many(kind, &items, &opts)))?;
        let mut out: Vec<Bound<'py, PyAny>> = Vec::with_capacity(rs.len());
        for r in rs {
            out.push(match r {
                Ok(r) => Bound::new(py, receipt(r))?.into_any(),
                Err(e) => PyErr::from(CoreError(e))
                    .into_value(py)
                    .into_bound(py)
                    .into_any(),
            });
        }
        PyList::new(py, out)
    }

    /// Merges every entry of `other` (another copy of the list, or a list kept by another
    /// system under the same key chain); scopes are OR-ed, a merge never lifts a block. Returns
    /// the number of new tokens.
    ///
    /// Raises:
    ///     ConfigError: `other` has a different key chain (code `key_missing`).
    fn merge(&self, py: Python<'_>, other: &PySuppressionList) -> PyResult<usize> {
        core(py.detach(|| self.list.merge(&other.list)))
    }

    /// Rotation without plaintext: a new list whose tokens are this list's tokens re-wrapped
    /// under `new_key` (bytes or a callable) with id `new_key_id`. Its `key_id` is the chain
    /// `new<-old`; opening it needs every key of the chain (a dict key id → key).
    ///
    /// Raises:
    ///     ConfigError: `new_key_id` is already in the chain, or a bad key.
    fn rotate(
        &self,
        py: Python<'_>,
        new_key: &Bound<'_, PyAny>,
        new_key_id: &Bound<'_, PyAny>,
    ) -> PyResult<PySuppressionList> {
        let id = text(new_key_id, "new_key_id")?;
        let p = provider(new_key, &id)?;
        let list = core(py.detach(|| self.list.rotate(p)))?;
        Ok(PySuppressionList { list })
    }

    /// Records the person's own re-consent: lifts `channels` from every entry of the value and
    /// logs `reference` (a ticket or consent-record id, never its content; 1 to 128 printable
    /// ASCII characters). Returns how many entries changed; entries stay (auditable).
    ///
    /// Raises:
    ///     InvalidInputError: no canonical form. ConfigError: bad reference or channels.
    #[pyo3(signature = (kind, value, *, channels, reference, region=None))]
    fn reconsent(
        &self,
        kind: &Bound<'_, PyAny>,
        value: &Bound<'_, PyAny>,
        channels: &Bound<'_, PyAny>,
        reference: &Bound<'_, PyAny>,
        region: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<usize> {
        let kind = kind_of(kind)?;
        let channels = channels_of(Some(channels))?;
        let region = region.map(|r| text(r, "region")).transpose()?;
        core(self.list.reconsent(
            kind,
            &text(value, "value")?,
            &channels,
            &text(reference, "reference")?,
            region.as_deref(),
        ))
    }

    fn __len__(&self) -> usize {
        self.list.len()
    }

    /// The key chain id (`internal/v1`, `internal/v2<-internal/v1` after rotation).
    #[getter]
    fn key_id(&self) -> String {
        self.list.key_id()
    }

    /// The sequence number (incremented by every save).
    #[getter]
    fn sequence(&self) -> u64 {
        self.list.meta().sequence
    }

    fn __repr__(&self) -> String {
        format!(
            "SuppressionList(key_id={:?}, len={})",
            self.list.key_id(),
            self.list.len()
        )
    }
}
