//! `ContactIndex`, `golden_record` (API.md §5), and DataFrame / Arrow inputs for `dedupe`,
//! `link` and the index.

use std::collections::BTreeMap;

use ck::dedupe::{self as cd, ContactIndex, GoldenRules, Record};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple};

use crate::dedupe::{record, records};
use crate::errors::{CoreError, wrong_type};

/// A cell of a DataFrame row as text: missing (`None`, `NaN`, `NA`, `NaT`) is `None`, numbers
/// become text (`12.0` from a column with gaps becomes `"12"`).
fn cell_text(v: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(Some(s.to_string()));
    }
    let tname = v.get_type().name()?.to_string();
    if matches!(tname.as_str(), "NAType" | "NaTType") {
        return Ok(None);
    }
    if v.is_instance_of::<PyFloat>() || tname.starts_with("float") {
        let x: f64 = v.extract()?;
        if x.is_nan() {
            return Ok(None);
        }
        #[allow(clippy::cast_possible_truncation, clippy::float_cmp)]
        if x.fract() == 0.0 && x.abs() < 1e15 {
            return Ok(Some(format!("{}", x as i64)));
        }
        return Ok(Some(x.to_string()));
    }
    if v.is_instance_of::<PyInt>() || tname.starts_with("int") || tname.starts_with("uint") {
        return Ok(Some(v.str()?.to_string()));
    }
    Ok(Some(v.str()?.to_string()))
}

/// A cleaned copy of one row: missing cells dropped, numbers as text, list cells (Python lists,
/// NumPy arrays, Arrow lists) as lists of text.
fn clean_row<'py>(row: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let py = row.py();
    let m = row
        .cast::<PyMapping>()
        .map_err(|_| wrong_type("row", "a mapping", row))?;
    let out = PyDict::new(py);
    for item in m.items()?.iter() {
        let (k, v): (Bound<'py, PyAny>, Bound<'py, PyAny>) = item.extract()?;
        let v = if v.hasattr("tolist")? && !v.is_instance_of::<PyString>() {
            v.call_method0("tolist")?
        } else {
            v
        };
        if v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>() {
            let mut vals = Vec::new();
            for x in v.try_iter()? {
                if let Some(s) = cell_text(&x?)? {
                    vals.push(s);
                }
            }
            out.set_item(k, vals)?;
        } else if let Some(s) = cell_text(&v)? {
            out.set_item(k, s)?;
        }
    }
    Ok(out)
}

/// The records of a pandas or Polars DataFrame or a pyarrow Table (`None` for anything else).
/// Nothing is imported: the objects are recognised by their module and their row methods.
pub(crate) fn frame_records(v: &Bound<'_, PyAny>) -> PyResult<Option<Vec<Record>>> {
    let module = v.get_type().module()?.to_string();
    let rows = if module.starts_with("pandas") && v.hasattr("to_dict")? && v.hasattr("columns")? {
        v.call_method1("to_dict", ("records",))?
    } else if module.starts_with("polars") && v.hasattr("to_dicts")? {
        v.call_method0("to_dicts")?
    } else if module.starts_with("pyarrow") && v.hasattr("to_pylist")? && v.hasattr("schema")? {
        v.call_method0("to_pylist")?
    } else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for row in rows.try_iter()? {
        out.push(record(clean_row(&row?)?.as_any())?);
    }
    Ok(Some(out))
}

/// A record found by `ContactIndex.match`.
#[pyclass(frozen, eq, module = "contactkit", name = "Match")]
#[derive(Debug, Clone, PartialEq)]
pub struct PyMatch {
    inner: cd::Match,
}

#[pymethods]
impl PyMatch {
    /// Id of the indexed record.
    #[getter]
    fn id(&self) -> String {
        self.inner.id.clone()
    }
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
        crate::dedupe::waterfall(&self.inner.explanation)
    }
    /// The attributes as a plain dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::json::to_python(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "Match(id={:?}, probability={:.6}, relation={:?})",
            self.inner.id,
            self.inner.probability,
            self.inner.relation.code()
        )
    }
}

/// An incremental index of contact records: `add`, `add_many`, `remove`, `match`, `len()`.
/// Thread-safe: matches run concurrently, adds and removes are exclusive.
#[pyclass(frozen, module = "contactkit", name = "ContactIndex")]
pub struct PyContactIndex {
    index: ContactIndex,
}

fn check_limit(limit: Option<i64>) -> PyResult<usize> {
    match limit {
        None => Ok(usize::MAX),
        Some(n) if n >= 0 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        Some(_) => Err(CoreError(
            ck::Error::new(ck::ErrorKind::InvalidArgument).with_detail("limit must be >= 0"),
        )
        .into()),
    }
}

#[pymethods]
impl PyContactIndex {
    #[new]
    fn new() -> Self {
        PyContactIndex {
            index: ContactIndex::new(),
        }
    }

    /// Adds one record (a mapping in the API.md §5 schema); an id may be indexed once.
    fn add(&self, record: &Bound<'_, PyAny>) -> PyResult<()> {
        let r = self::record(record)?;
        self.index.add(&r).map_err(|e| CoreError(e).into())
    }

    /// Adds records (a sequence of mappings, a DataFrame or an Arrow table), all or none, with
    /// the GIL released.
    fn add_many(&self, py: Python<'_>, records: &Bound<'_, PyAny>) -> PyResult<()> {
        let recs = self::records(records, "records")?;
        py.detach(|| self.index.add_many(&recs))
            .map_err(|e| CoreError(e).into())
    }

    /// Removes the record with this id; returns whether it was indexed.
    fn remove(&self, id: &Bound<'_, PyAny>) -> PyResult<bool> {
        let id = id
            .cast::<PyString>()
            .map_err(|_| wrong_type("id", "str", id))?
            .to_string();
        Ok(self.index.remove(&id))
    }

    /// The indexed records matching `record`, best first.
    #[pyo3(
        name = "match",
        signature = (record, *, limit = Some(5), threshold = 0.5),
        text_signature = "(self, /, record, *, limit=5, threshold=0.5)"
    )]
    fn match_record(
        &self,
        record: &Bound<'_, PyAny>,
        limit: Option<i64>,
        threshold: f64,
    ) -> PyResult<Vec<PyMatch>> {
        let r = self::record(record)?;
        let limit = check_limit(limit)?;
        let m = self
            .index
            .match_record(&r, limit, threshold)
            .map_err(CoreError)?;
        Ok(m.into_iter().map(|inner| PyMatch { inner }).collect())
    }

    /// `match` for every record, with the GIL released.
    #[pyo3(
        signature = (records, *, limit = Some(5), threshold = 0.5, threads = None),
        text_signature = "(self, /, records, *, limit=5, threshold=0.5, threads=None)"
    )]
    fn match_many(
        &self,
        py: Python<'_>,
        records: &Bound<'_, PyAny>,
        limit: Option<i64>,
        threshold: f64,
        threads: Option<usize>,
    ) -> PyResult<Vec<Vec<PyMatch>>> {
        let recs = self::records(records, "records")?;
        let limit = check_limit(limit)?;
        let m = py
            .detach(|| self.index.match_many(&recs, limit, threshold, threads))
            .map_err(CoreError)?;
        Ok(m.into_iter()
            .map(|v| v.into_iter().map(|inner| PyMatch { inner }).collect())
            .collect())
    }

    /// Refines the model with labelled pairs `(a, b, same_person)` (a few dozen); returns
    /// whether the refit was kept. An empty list restores the built-in model.
    fn set_labels(&self, py: Python<'_>, pairs: &Bound<'_, PyAny>) -> PyResult<bool> {
        let out = label_pairs(pairs)?;
        let labels = py.detach(|| cd::Labels::new(&out));
        Ok(self.index.set_labels(&labels))
    }

    fn __len__(&self) -> usize {
        self.index.len()
    }

    fn __contains__(&self, id: &Bound<'_, PyAny>) -> bool {
        id.cast::<PyString>()
            .is_ok_and(|s| self.index.contains(&s.to_string()))
    }

    fn __repr__(&self) -> String {
        format!("ContactIndex(len={})", self.index.len())
    }
}

/// A merged record with the provenance of each field.
#[pyclass(frozen, module = "contactkit", name = "GoldenRecord")]
#[derive(Debug)]
pub struct PyGoldenRecord {
    inner: cd::GoldenRecord,
}

#[pymethods]
impl PyGoldenRecord {
    /// The merged record: a dict in the API.md §5 schema (absent fields left out).
    #[getter]
    fn record<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let d = crate::json::to_python(py, &self.inner.record)?;
        let out = PyDict::new(py);
        for item in d.cast::<PyDict>()?.iter() {
            let (k, v) = item;
            let empty = v.is_none() || v.cast::<PyList>().is_ok_and(PyListMethods::is_empty);
            if !empty {
                out.set_item(k, v)?;
            }
        }
        Ok(out.into_any())
    }
    /// Field → `(id, rule)`: the record each value came from and the rule that chose it.
    #[getter]
    fn provenance(&self) -> BTreeMap<&'static str, (String, &'static str)> {
        self.inner
            .provenance
            .iter()
            .map(|(k, p)| (*k, (p.id.clone(), p.rule.code())))
            .collect()
    }
    /// The attributes as a plain dict (`provenance` values as `{"id", "rule", "ids"}`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let d = PyDict::new(py);
        d.set_item("record", self.record(py)?)?;
        d.set_item(
            "provenance",
            crate::json::to_python(py, &self.inner.provenance)?,
        )?;
        Ok(d.into_any())
    }
    fn __repr__(&self) -> String {
        format!(
            "GoldenRecord(id={:?}, fields={})",
            self.inner.record.id,
            self.inner.provenance.len()
        )
    }
}

fn rules_of(obj: Option<&Bound<'_, PyAny>>) -> PyResult<GoldenRules> {
    let mut rules = GoldenRules::new();
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(rules);
    };
    let m = obj
        .cast::<PyMapping>()
        .map_err(|_| wrong_type("rules", "a mapping", obj))?;
    for item in m.items()?.iter() {
        let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
        let key = k
            .cast::<PyString>()
            .map_err(|_| wrong_type("rules key", "str", &k))?
            .to_string();
        if key == "source_priority" {
            if v.is_instance_of::<PyString>() {
                return Err(wrong_type("source_priority", "a list of str", &v));
            }
            let mut list = Vec::new();
            for x in v
                .try_iter()
                .map_err(|_| wrong_type("source_priority", "a list of str", &v))?
            {
                let x = x?;
                list.push(
                    x.cast::<PyString>()
                        .map_err(|_| wrong_type("source_priority", "a list of str", &x))?
                        .to_string(),
                );
            }
            rules = rules.source_priority(list);
        } else {
            let rule = v
                .cast::<PyString>()
                .map_err(|_| wrong_type("rule", "str", &v))?
                .to_string();
            rules = rules.rule_named(&key, &rule).map_err(CoreError)?;
        }
    }
    Ok(rules)
}

/// Merges the records of one cluster (oldest first) into a golden record.
#[pyfunction]
#[pyo3(signature = (records, *, rules = None))]
pub fn golden_record(
    records: &Bound<'_, PyAny>,
    rules: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyGoldenRecord> {
    let recs = self::records(records, "records")?;
    let rules = rules_of(rules)?;
    let g = cd::golden_record(&recs, &rules).map_err(CoreError)?;
    Ok(PyGoldenRecord { inner: g })
}

/// Labelled pairs `(a, b, same_person)` from a Python sequence of tuples.
pub(crate) fn label_pairs(pairs: &Bound<'_, PyAny>) -> PyResult<Vec<(Record, Record, bool)>> {
    if pairs.is_instance_of::<PyString>() {
        return Err(wrong_type(
            "pairs",
            "a sequence of (a, b, bool) tuples",
            pairs,
        ));
    }
    let mut out = Vec::new();
    for item in pairs
        .try_iter()
        .map_err(|_| wrong_type("pairs", "a sequence of (a, b, bool) tuples", pairs))?
    {
        let item = item?;
        let t = item
            .cast::<PyTuple>()
            .ok()
            .filter(|t| t.len() == 3)
            .ok_or_else(|| wrong_type("label", "an (a, b, bool) tuple", &item))?;
        let same = t.get_item(2)?;
        let same: bool = same
            .extract()
            .map_err(|_| wrong_type("same_person", "bool", &same))?;
        out.push((record(&t.get_item(0)?)?, record(&t.get_item(1)?)?, same));
    }
    Ok(out)
}
