//! Duplicate scoring: `score_pair`, `dedupe`, `link` (API.md §5).

use std::collections::VecDeque;

use ck::dedupe::{self as cd, DedupeOptions, MatchScore, Record};
use pyo3::prelude::*;
use pyo3::types::{PyIterator, PyMapping, PyString};

use crate::errors::{CoreError, wrong_type};

fn text(v: &Bound<'_, PyAny>, what: &str) -> PyResult<Option<String>> {
    if v.is_none() {
        return Ok(None);
    }
    v.cast::<PyString>()
        .map(|s| Some(s.to_string()))
        .map_err(|_| wrong_type(what, "str or None", v))
}

fn texts(v: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<String>> {
    if v.is_none() {
        return Ok(Vec::new());
    }
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(vec![s.to_string()]);
    }
    let mut out = Vec::new();
    for x in v
        .try_iter()
        .map_err(|_| wrong_type(what, "str or a list of str", v))?
    {
        let x = x?;
        out.push(
            x.cast::<PyString>()
                .map_err(|_| wrong_type(what, "str or a list of str", &x))?
                .to_string(),
        );
    }
    Ok(out)
}

/// A core record from a Python mapping.
pub(crate) fn record(v: &Bound<'_, PyAny>) -> PyResult<Record> {
    let m = v
        .cast::<PyMapping>()
        .map_err(|_| wrong_type("record", "a mapping", v))?;
    let get = |k: &str| -> PyResult<Option<Bound<'_, PyAny>>> {
        if m.contains(k)? {
            Ok(Some(m.get_item(k)?))
        } else {
            Ok(None)
        }
    };
    let mut r = Record::default();
    if let Some(x) = get("id")? {
        r.id = text(&x, "id")?.unwrap_or_default();
    }
    for &k in Record::TEXT_FIELDS {
        if let Some(x) = get(k)? {
            r.set_text(k, text(&x, k)?);
        }
    }
    if let Some(x) = get("email")? {
        r.email = texts(&x, "email")?;
    }
    if let Some(x) = get("phone")? {
        r.phone = texts(&x, "phone")?;
    }
    if let Some(x) = get("registration")? {
        r.registration = texts(&x, "registration")?;
    }
    Ok(r)
}

pub(crate) fn records(v: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<Record>> {
    if let Some(rows) = crate::dedupe_index::frame_records(v)? {
        return Ok(rows);
    }
    if v.cast::<PyString>().is_ok() {
        return Err(wrong_type(what, "a sequence of mappings", v));
    }
    let mut out = Vec::new();
    for x in v
        .try_iter()
        .map_err(|_| wrong_type(what, "a sequence of mappings", v))?
    {
        out.push(record(&x?)?);
    }
    Ok(out)
}

/// Records read from a Python iterable while the run computes features without the GIL: a
/// chunk of rows converted per GIL hold, the first conversion error kept (the stream then ends
/// and the run's result is dropped for the error).
struct PyRecords {
    rows: Py<PyIterator>,
    buf: VecDeque<Record>,
    err: Option<PyErr>,
    done: bool,
}

/// Rows converted per GIL hold.
const ROWS_PER_HOLD: usize = 1024;

impl Iterator for PyRecords {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        if self.buf.is_empty() && !self.done {
            Python::attach(|py| {
                let mut rows = self.rows.bind(py).clone();
                for _ in 0..ROWS_PER_HOLD {
                    match rows.next().map(|row| row.and_then(|x| record(&x))) {
                        None => {
                            self.done = true;
                            break;
                        }
                        Some(Ok(r)) => self.buf.push_back(r),
                        Some(Err(e)) => {
                            self.err = Some(e);
                            self.done = true;
                            break;
                        }
                    }
                }
            });
        }
        self.buf.pop_front()
    }
}

/// An explanation as Python sees it: `(field, level, weight)` tuples.
pub(crate) fn waterfall(explanation: &[cd::Explanation]) -> Vec<(&'static str, &'static str, f64)> {
    explanation
        .iter()
        .map(|e| (e.field.code(), e.level.code(), e.weight))
        .collect()
}

/// The score of a pair of records.
#[pyclass(frozen, eq, module = "contactkit", name = "MatchScore")]
#[derive(Debug, Clone, PartialEq)]
pub struct PyMatchScore {
    inner: MatchScore,
}

#[pymethods]
impl PyMatchScore {
    /// Probability (0..1) that the records are the same person.
    #[getter]
    fn probability(&self) -> f64 {
        self.inner.probability
    }
    /// log2 Bayes factor: the sum of the explanation's weights.
    #[getter]
    fn weight(&self) -> f64 {
        self.inner.weight
    }
    /// `"same_person"`, `"same_household"`, `"same_organisation"` or `"different"`.
    #[getter]
    fn relation(&self) -> &'static str {
        self.inner.relation.code()
    }
    /// The waterfall: a list of `(field, level, weight)` tuples.
    #[getter]
    fn explanation(&self) -> Vec<(&'static str, &'static str, f64)> {
        waterfall(&self.inner.explanation)
    }
    /// The attributes as a plain dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::json::to_python(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "MatchScore(probability={:.6}, weight={:.3}, relation={:?})",
            self.inner.probability,
            self.inner.weight,
            self.inner.relation.code()
        )
    }
}

/// Scores two records (mappings in the API.md §5 schema) with the built-in model.
#[pyfunction]
pub fn score_pair(a: &Bound<'_, PyAny>, b: &Bound<'_, PyAny>) -> PyResult<PyMatchScore> {
    let (a, b) = (record(a)?, record(b)?);
    Ok(PyMatchScore {
        inner: cd::score_pair(&a, &b),
    })
}

/// The result of `dedupe`.
#[pyclass(frozen, module = "contactkit", name = "DedupeResult")]
#[derive(Debug)]
pub struct PyDedupeResult {
    inner: cd::DedupeResult,
}

fn pair_tuples(pairs: &[cd::ScoredPair]) -> Vec<(String, String, f64)> {
    pairs
        .iter()
        .map(|p| (p.id_a.clone(), p.id_b.clone(), p.probability))
        .collect()
}

#[pymethods]
impl PyDedupeResult {
    /// Every pair at or above the threshold: `(id_a, id_b, probability)`.
    #[getter]
    fn pairs(&self) -> Vec<(String, String, f64)> {
        pair_tuples(&self.inner.pairs)
    }
    /// Clusters of ids; every record in exactly one.
    #[getter]
    fn clusters(&self) -> Vec<Vec<String>> {
        self.inner.clusters.clone()
    }
    /// Counts and timings (`records`, `candidate_pairs`, `seconds`, ...).
    #[getter]
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::json::to_python(py, &self.inner.stats)
    }
    /// The attributes as a plain dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::json::to_python(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "DedupeResult(pairs={}, clusters={}, records={})",
            self.inner.pairs.len(),
            self.inner.clusters.len(),
            self.inner.stats.records
        )
    }
}

/// The result of `link`.
#[pyclass(frozen, module = "contactkit", name = "LinkResult")]
#[derive(Debug)]
pub struct PyLinkResult {
    inner: cd::LinkResult,
}

#[pymethods]
impl PyLinkResult {
    /// Every pair at or above the threshold: `(id_a, id_b, probability)`, `id_a` from `left`.
    #[getter]
    fn pairs(&self) -> Vec<(String, String, f64)> {
        pair_tuples(&self.inner.pairs)
    }
    /// Counts and timings.
    #[getter]
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::json::to_python(py, &self.inner.stats)
    }
    /// The attributes as a plain dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::json::to_python(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!("LinkResult(pairs={})", self.inner.pairs.len())
    }
}

fn options(
    py: Python<'_>,
    threshold: f64,
    threads: Option<usize>,
    labels: Option<&Bound<'_, PyAny>>,
) -> PyResult<DedupeOptions> {
    let mut opts = DedupeOptions::default()
        .threshold(threshold)
        .threads(threads);
    if let Some(l) = labels.filter(|l| !l.is_none()) {
        let pairs = crate::dedupe_index::label_pairs(l)?;
        opts = opts.labels(py.detach(|| cd::Labels::new(&pairs)));
    }
    Ok(opts)
}

/// Finds duplicates inside one collection of records (no labels needed, no training call;
/// optional labelled pairs `(a, b, same_person)` refine the model). A list or any other
/// iterable (a generator, a file reader) is read row by row as the run goes, so the run holds
/// no second copy of the records.
#[pyfunction]
#[pyo3(signature = (records, *, threshold = 0.5, threads = None, labels = None))]
pub fn dedupe(
    py: Python<'_>,
    records: &Bound<'_, PyAny>,
    threshold: f64,
    threads: Option<usize>,
    labels: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyDedupeResult> {
    let opts = options(py, threshold, threads, labels)?;
    if let Some(recs) = crate::dedupe_index::frame_records(records)? {
        let r = py.detach(|| cd::dedupe(&recs, &opts)).map_err(CoreError)?;
        return Ok(PyDedupeResult { inner: r });
    }
    // Any other iterable is streamed: each row is converted as the run reads it and dropped
    // once its features are taken, so the run never holds a second copy of the input.
    if records.cast::<PyString>().is_ok() {
        return Err(wrong_type("records", "a sequence of mappings", records));
    }
    let rows = records
        .try_iter()
        .map_err(|_| wrong_type("records", "a sequence of mappings", records))?
        .unbind();
    let mut src = PyRecords {
        rows,
        buf: VecDeque::new(),
        err: None,
        done: false,
    };
    let r = py.detach(|| cd::dedupe_stream(&mut src, &opts));
    if let Some(e) = src.err {
        return Err(e);
    }
    Ok(PyDedupeResult {
        inner: r.map_err(CoreError)?,
    })
}

/// Matches two collections of records (optional labelled pairs `(a, b, same_person)`
/// refine the model).
#[pyfunction]
#[pyo3(signature = (left, right, *, threshold = 0.5, threads = None, labels = None))]
pub fn link(
    py: Python<'_>,
    left: &Bound<'_, PyAny>,
    right: &Bound<'_, PyAny>,
    threshold: f64,
    threads: Option<usize>,
    labels: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyLinkResult> {
    let l = records(left, "left")?;
    let r = records(right, "right")?;
    let opts = options(py, threshold, threads, labels)?;
    let res = py.detach(|| cd::link(&l, &r, &opts)).map_err(CoreError)?;
    Ok(PyLinkResult { inner: res })
}
