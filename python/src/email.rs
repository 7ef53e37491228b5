//! `validate_email`, `validate_emails`, `clean_email`, `clean_emails` and their result classes.

use ck::ErrorKind;
use ck::email::{CleanFix, EmailCleaned, EmailOptions, EmailReason, EmailResult};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple, PyType};

use crate::args::{
    batch_list, bool_arg, new_untracked, opt_bool_arg, opt_string_arg, repr_str, seq_items,
};
use crate::errors::{CoreError, Exc, unknown_option, wrong_type};
use crate::json;
use crate::text::{Mask, Text, expect_str, str_items, text_of};

/// The options of `validate_email(s)` from `**options`.
fn email_options(function: &str, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<EmailOptions> {
    let mut options = EmailOptions::default();
    let Some(kwargs) = kwargs else {
        return Ok(options);
    };
    for (key, value) in kwargs.iter() {
        let key = key.cast_into::<PyString>()?;
        let name = key.to_string_lossy();
        if !EmailOptions::NAMES.contains(&name.as_ref()) {
            return Err(unknown_option(function, &name, EmailOptions::NAMES));
        }
        let flag = bool_arg(&value, &format!("{function}() option '{name}'"))?;
        options.set(&name, flag).map_err(CoreError)?;
    }
    Ok(options)
}

const CLEAN_OPTIONS: &[&str] = &["default_domain"];

/// The `default_domain` of `clean_email(s)` from `**options`.
fn clean_options(function: &str, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Option<String>> {
    let mut default_domain = None;
    let Some(kwargs) = kwargs else {
        return Ok(default_domain);
    };
    for (key, value) in kwargs.iter() {
        let key = key.cast_into::<PyString>()?;
        let name = key.to_string_lossy();
        match name.as_ref() {
            "default_domain" => {
                default_domain =
                    opt_string_arg(Some(&value), &format!("{function}() option '{name}'"))?;
            }
            _ => return Err(unknown_option(function, &name, CLEAN_OPTIONS)),
        }
    }
    Ok(default_domain)
}

// ---------------------------------------------------------------------------------------------
// Lone surrogates (see `text`): keep results free of substitutes

/// The verdict for an input with lone surrogates when the masked verdict cannot be used as is.
fn unsafe_verdict(mask: &Mask) -> EmailResult {
    let listed: Vec<String> = mask
        .surrogates
        .iter()
        .map(|s| format!("U+{s:04X}"))
        .collect();
    EmailResult {
        valid: false,
        reason: Some(EmailReason::UnsafeChars),
        message: Some(format!(
            "The email address contains unsafe characters: {}.",
            listed.join(", ")
        )),
        normalized: None,
        local_part: None,
        domain: None,
        ascii_email: None,
        ascii_local_part: None,
        ascii_domain: None,
        smtputf8: false,
        display_name: None,
    }
}

fn unmask_result(r: &mut EmailResult, mask: &Mask) {
    let EmailResult {
        valid: _,
        reason: _,
        message,
        normalized,
        local_part,
        domain,
        ascii_email,
        ascii_local_part,
        ascii_domain,
        smtputf8: _,
        display_name,
    } = &*r;
    let carries_substitute = [
        normalized,
        local_part,
        domain,
        ascii_email,
        ascii_local_part,
        ascii_domain,
        display_name,
    ]
    .into_iter()
    .flatten()
    .any(|s| mask.touches(s));
    if carries_substitute || mask.base.is_none() {
        *r = unsafe_verdict(mask);
    } else if let Some(m) = message {
        r.message = Some(mask.translate_message(m));
    }
}

fn unmask_cleaned(c: &mut EmailCleaned, mask: &Mask) {
    let EmailCleaned {
        email,
        others,
        fixes: _,
        suggestion,
        is_role: _,
        is_disposable: _,
        is_free_provider: _,
        registrable_domain,
        dedup_key,
        display_name,
    } = c;
    if let Some(r) = email {
        unmask_result(r, mask);
    }
    for r in others {
        unmask_result(r, mask);
    }
    for field in [suggestion, registrable_domain, dedup_key, display_name] {
        if field.as_deref().is_some_and(|s| mask.touches(s)) {
            *field = None;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// EmailResult

/// The verdict of `validate_email` on one string.
///
/// Attributes:
///     valid: Whether the address is valid under the options given.
///     reason: `None` when valid, else a stable slug such as `"missing_at"`.
///     message: `None` when valid, else the reference's English sentence.
///     normalized: The form to store (NFC local part, Unicode domain); `None` when invalid.
///     local_part: The normalised local part; `None` when invalid.
///     domain: The normalised domain (Unicode, or a bracketed literal); `None` when invalid.
///     ascii_email: The address in ASCII (`xn--` domain) when the local part is ASCII.
///     ascii_local_part: The local part when it is ASCII.
///     ascii_domain: The domain in ASCII (A-labels).
///     smtputf8: Whether sending needs SMTPUTF8 (the local part as given is non-ASCII).
///     display_name: The display name (unquoted, unescaped, NFC) when one was given and allowed.
#[pyclass(frozen, eq, hash, module = "contactkit", name = "EmailResult")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PyEmailResult {
    inner: EmailResult,
}

impl From<EmailResult> for PyEmailResult {
    fn from(inner: EmailResult) -> Self {
        PyEmailResult { inner }
    }
}

#[pymethods]
impl PyEmailResult {
    #[new]
    #[pyo3(
        text_signature = "(valid, reason=None, message=None, normalized=None, local_part=None, \
            domain=None, ascii_email=None, ascii_local_part=None, ascii_domain=None, \
            smtputf8=False, display_name=None)"
    )]
    #[pyo3(signature = (
        valid,
        reason = None,
        message = None,
        normalized = None,
        local_part = None,
        domain = None,
        ascii_email = None,
        ascii_local_part = None,
        ascii_domain = None,
        smtputf8 = None,
        display_name = None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        valid: &Bound<'_, PyAny>,
        reason: Option<&Bound<'_, PyAny>>,
        message: Option<&Bound<'_, PyAny>>,
        normalized: Option<&Bound<'_, PyAny>>,
        local_part: Option<&Bound<'_, PyAny>>,
        domain: Option<&Bound<'_, PyAny>>,
        ascii_email: Option<&Bound<'_, PyAny>>,
        ascii_local_part: Option<&Bound<'_, PyAny>>,
        ascii_domain: Option<&Bound<'_, PyAny>>,
        smtputf8: Option<&Bound<'_, PyAny>>,
        display_name: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let reason = match opt_string_arg(reason, "reason")? {
            None => None,
            Some(slug) => Some(EmailReason::from_code(&slug).ok_or_else(|| {
                Exc::Config.err(
                    "reason must be one of reason_codes(\"email\") or None",
                    ErrorKind::InvalidArgument.code(),
                )
            })?),
        };
        Ok(EmailResult {
            valid: bool_arg(valid, "valid")?,
            reason,
            message: opt_string_arg(message, "message")?,
            normalized: opt_string_arg(normalized, "normalized")?,
            local_part: opt_string_arg(local_part, "local_part")?,
            domain: opt_string_arg(domain, "domain")?,
            ascii_email: opt_string_arg(ascii_email, "ascii_email")?,
            ascii_local_part: opt_string_arg(ascii_local_part, "ascii_local_part")?,
            ascii_domain: opt_string_arg(ascii_domain, "ascii_domain")?,
            smtputf8: opt_bool_arg(smtputf8, "smtputf8", false)?,
            display_name: opt_string_arg(display_name, "display_name")?,
        }
        .into())
    }

    #[getter]
    fn valid(&self) -> bool {
        self.inner.valid
    }

    #[getter]
    fn reason(&self) -> Option<&'static str> {
        self.inner.reason.map(EmailReason::code)
    }

    #[getter]
    fn message(&self) -> Option<&str> {
        self.inner.message.as_deref()
    }

    #[getter]
    fn normalized(&self) -> Option<&str> {
        self.inner.normalized.as_deref()
    }

    #[getter]
    fn local_part(&self) -> Option<&str> {
        self.inner.local_part.as_deref()
    }

    #[getter]
    fn domain(&self) -> Option<&str> {
        self.inner.domain.as_deref()
    }

    #[getter]
    fn ascii_email(&self) -> Option<&str> {
        self.inner.ascii_email.as_deref()
    }

    #[getter]
    fn ascii_local_part(&self) -> Option<&str> {
        self.inner.ascii_local_part.as_deref()
    }

    #[getter]
    fn ascii_domain(&self) -> Option<&str> {
        self.inner.ascii_domain.as_deref()
    }

    #[getter]
    fn smtputf8(&self) -> bool {
        self.inner.smtputf8
    }

    #[getter]
    fn display_name(&self) -> Option<&str> {
        self.inner.display_name.as_deref()
    }

    /// The attributes as a plain `dict` (the same fields and values as the JSON of the C ABI).
    ///
    /// Returns:
    ///     dict: `{"valid": ..., "reason": ..., ...}` in attribute order.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_python(py, &self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let r = &self.inner;
        let mut parts = vec![format!("valid={}", if r.valid { "True" } else { "False" })];
        let strings = [
            ("reason", r.reason.map(EmailReason::code)),
            ("message", r.message.as_deref()),
            ("normalized", r.normalized.as_deref()),
            ("local_part", r.local_part.as_deref()),
            ("domain", r.domain.as_deref()),
            ("ascii_email", r.ascii_email.as_deref()),
            ("ascii_local_part", r.ascii_local_part.as_deref()),
            ("ascii_domain", r.ascii_domain.as_deref()),
        ];
        for (name, value) in strings {
            if let Some(v) = value {
                parts.push(format!("{name}={}", repr_str(py, v)?));
            }
        }
        if r.smtputf8 {
            parts.push("smtputf8=True".to_owned());
        }
        if let Some(v) = &r.display_name {
            parts.push(format!("display_name={}", repr_str(py, v)?));
        }
        Ok(format!("EmailResult({})", parts.join(", ")))
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let r = &slf.get().inner;
        let args = (
            r.valid,
            r.reason.map(EmailReason::code),
            r.message.as_deref(),
            r.normalized.as_deref(),
            r.local_part.as_deref(),
            r.domain.as_deref(),
            r.ascii_email.as_deref(),
            r.ascii_local_part.as_deref(),
            r.ascii_domain.as_deref(),
            r.smtputf8,
            r.display_name.as_deref(),
        )
            .into_pyobject(py)?;
        Ok((slf.get_type(), args))
    }
}

// ---------------------------------------------------------------------------------------------
// EmailCleaned

/// The result of `clean_email`: the CRM layer on top of validation.
///
/// Attributes:
///     email: The verdict on the cleaned main address, or `None` when nothing address-like was
///         found.
///     others: Verdicts on further addresses found in the same field.
///     fixes: Slugs of what cleaning did, in order (`"trimmed"`, ...).
///     suggestion: A likely intended address when the domain looks like a typo; never applied.
///     is_role: The local part is a role (`info`, `noreply`, ...).
///     is_disposable: The domain is a disposable-mail provider.
///     is_free_provider: The domain is a free consumer mail provider.
///     registrable_domain: The registrable domain (eTLD+1).
///     dedup_key: The provider-aware duplicate key (the suppression `ck1` strict form).
///     display_name: The display name removed from the field (`Jan de Vries <jan@x.nl>`).
#[pyclass(frozen, eq, hash, module = "contactkit", name = "EmailCleaned")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PyEmailCleaned {
    inner: EmailCleaned,
}

impl From<EmailCleaned> for PyEmailCleaned {
    fn from(inner: EmailCleaned) -> Self {
        PyEmailCleaned { inner }
    }
}

fn email_result_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<EmailResult> {
    obj.cast::<PyEmailResult>()
        .map(|r| r.get().inner.clone())
        .map_err(|_| wrong_type(what, "EmailResult", obj))
}

fn clean_fix_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<CleanFix> {
    let slug = expect_str(obj, what)?.to_string_lossy();
    CleanFix::ALL
        .iter()
        .copied()
        .find(|f| f.code() == slug)
        .ok_or_else(|| {
            Exc::Config.err(
                format!("{what} must be one of reason_codes(\"email_fix\")"),
                ErrorKind::InvalidArgument.code(),
            )
        })
}

#[pymethods]
impl PyEmailCleaned {
    #[new]
    #[pyo3(
        text_signature = "(email=None, others=(), fixes=(), suggestion=None, is_role=False, \
            is_disposable=False, is_free_provider=False, registrable_domain=None, dedup_key=None, \
            display_name=None)"
    )]
    #[pyo3(signature = (
        email = None,
        others = None,
        fixes = None,
        suggestion = None,
        is_role = None,
        is_disposable = None,
        is_free_provider = None,
        registrable_domain = None,
        dedup_key = None,
        display_name = None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        email: Option<&Bound<'_, PyAny>>,
        others: Option<&Bound<'_, PyAny>>,
        fixes: Option<&Bound<'_, PyAny>>,
        suggestion: Option<&Bound<'_, PyAny>>,
        is_role: Option<&Bound<'_, PyAny>>,
        is_disposable: Option<&Bound<'_, PyAny>>,
        is_free_provider: Option<&Bound<'_, PyAny>>,
        registrable_domain: Option<&Bound<'_, PyAny>>,
        dedup_key: Option<&Bound<'_, PyAny>>,
        display_name: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let email = match email {
            Some(e) if !e.is_none() => Some(email_result_arg(e, "email")?),
            _ => None,
        };
        let others = match others {
            Some(o) if !o.is_none() => seq_items(o, "others")?
                .iter()
                .enumerate()
                .map(|(i, r)| email_result_arg(r, &format!("others[{i}]")))
                .collect::<PyResult<Vec<_>>>()?,
            _ => Vec::new(),
        };
        let fixes = match fixes {
            Some(f) if !f.is_none() => seq_items(f, "fixes")?
                .iter()
                .enumerate()
                .map(|(i, s)| clean_fix_arg(s, &format!("fixes[{i}]")))
                .collect::<PyResult<Vec<_>>>()?,
            _ => Vec::new(),
        };
        Ok(EmailCleaned {
            email,
            others,
            fixes,
            suggestion: opt_string_arg(suggestion, "suggestion")?,
            is_role: opt_bool_arg(is_role, "is_role", false)?,
            is_disposable: opt_bool_arg(is_disposable, "is_disposable", false)?,
            is_free_provider: opt_bool_arg(is_free_provider, "is_free_provider", false)?,
            registrable_domain: opt_string_arg(registrable_domain, "registrable_domain")?,
            dedup_key: opt_string_arg(dedup_key, "dedup_key")?,
            display_name: opt_string_arg(display_name, "display_name")?,
        }
        .into())
    }

    #[getter]
    fn email<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyEmailResult>>> {
        self.inner
            .email
            .clone()
            .map(|r| new_untracked(py, PyEmailResult::from(r)))
            .transpose()
    }

    #[getter]
    fn others<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyEmailResult>>> {
        self.inner
            .others
            .iter()
            .map(|r| new_untracked(py, PyEmailResult::from(r.clone())))
            .collect()
    }

    #[getter]
    fn fixes(&self) -> Vec<&'static str> {
        self.inner.fixes.iter().map(|f| f.code()).collect()
    }

    #[getter]
    fn suggestion(&self) -> Option<&str> {
        self.inner.suggestion.as_deref()
    }

    #[getter]
    fn is_role(&self) -> bool {
        self.inner.is_role
    }

    #[getter]
    fn is_disposable(&self) -> bool {
        self.inner.is_disposable
    }

    #[getter]
    fn is_free_provider(&self) -> bool {
        self.inner.is_free_provider
    }

    #[getter]
    fn registrable_domain(&self) -> Option<&str> {
        self.inner.registrable_domain.as_deref()
    }

    #[getter]
    fn dedup_key(&self) -> Option<&str> {
        self.inner.dedup_key.as_deref()
    }

    #[getter]
    fn display_name(&self) -> Option<&str> {
        self.inner.display_name.as_deref()
    }

    /// The attributes as a plain `dict`, nested results as dicts (the same fields and values as
    /// the JSON of the C ABI).
    ///
    /// Returns:
    ///     dict: `{"email": {...} | None, "others": [...], "fixes": [...], ...}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_python(py, &self.inner)
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let py = slf.py();
        let c = &slf.get().inner;
        let mut parts = Vec::new();
        match &c.email {
            Some(e) => parts.push(format!(
                "email={}",
                PyEmailResult::from(e.clone()).__repr__(py)?
            )),
            None => parts.push("email=None".to_owned()),
        }
        if !c.others.is_empty() {
            let others = c
                .others
                .iter()
                .map(|r| PyEmailResult::from(r.clone()).__repr__(py))
                .collect::<PyResult<Vec<_>>>()?;
            parts.push(format!("others=[{}]", others.join(", ")));
        }
        if !c.fixes.is_empty() {
            let fixes: Vec<String> = c.fixes.iter().map(|f| format!("'{}'", f.code())).collect();
            parts.push(format!("fixes=[{}]", fixes.join(", ")));
        }
        if let Some(s) = &c.suggestion {
            parts.push(format!("suggestion={}", repr_str(py, s)?));
        }
        for (name, flag) in [
            ("is_role", c.is_role),
            ("is_disposable", c.is_disposable),
            ("is_free_provider", c.is_free_provider),
        ] {
            if flag {
                parts.push(format!("{name}=True"));
            }
        }
        for (name, value) in [
            ("registrable_domain", &c.registrable_domain),
            ("dedup_key", &c.dedup_key),
            ("display_name", &c.display_name),
        ] {
            if let Some(v) = value {
                parts.push(format!("{name}={}", repr_str(py, v)?));
            }
        }
        Ok(format!("EmailCleaned({})", parts.join(", ")))
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let c = &slf.get().inner;
        let args = (
            c.email.clone().map(PyEmailResult::from),
            c.others
                .iter()
                .cloned()
                .map(PyEmailResult::from)
                .collect::<Vec<_>>(),
            c.fixes.iter().map(|f| f.code()).collect::<Vec<_>>(),
            c.suggestion.as_deref(),
            c.is_role,
            c.is_disposable,
            c.is_free_provider,
            c.registrable_domain.as_deref(),
            c.dedup_key.as_deref(),
            c.display_name.as_deref(),
        )
            .into_pyobject(py)?;
        Ok((slf.get_type(), args))
    }
}

// ---------------------------------------------------------------------------------------------
// Functions

fn validate_one(text: &Text<'_>, options: EmailOptions) -> EmailResult {
    let mut r = ck::email::validate(&text.text, &options);
    if let Some(mask) = &text.mask {
        unmask_result(&mut r, mask);
    }
    r
}

/// Validates one e-mail address with the semantics of `email-validator` 2.4
/// (`check_deliverability=False`).
///
/// Bad data is a verdict (`valid=False` with a `reason` slug), never an exception.
///
/// Args:
///     email: The address, exactly as stored (no trimming).
///     allow_smtputf8: Accept internationalised local parts.
///     allow_empty_local: Accept an empty local part (`@example.com`).
///     allow_quoted_local: Accept a quoted local part (`"jan de vries"@example.com`).
///     allow_domain_literal: Accept `[192.0.2.1]` and `[IPv6:...]` domains.
///     allow_display_name: Accept `Name <address>`.
///     strict: Add the 64-octet limit on the local part.
///     globally_deliverable: Require a domain reachable on the public internet.
///     test_environment: Accept the special-use domain `test` and its subdomains.
///
/// Returns:
///     EmailResult: The verdict and the normalised forms.
///
/// Raises:
///     ArgumentTypeError: `email` is not a `str`, or an option is not a `bool`.
///     UnknownOptionError: An unexpected keyword argument.
#[pyfunction]
#[pyo3(
    signature = (email, /, **options),
    text_signature = "(email, /, *, allow_smtputf8=True, allow_empty_local=False, \
        allow_quoted_local=False, allow_domain_literal=False, allow_display_name=False, \
        strict=False, globally_deliverable=True, test_environment=False)"
)]
pub fn validate_email<'py>(
    email: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyEmailResult>> {
    let options = email_options("validate_email", options)?;
    let s = expect_str(email, "email")?;
    let text = text_of(s)?;
    new_untracked(email.py(), validate_one(&text, options).into())
}

/// Validates every address of `emails` with the same options, with the GIL released.
///
/// Element `i` of the result equals `validate_email(emails[i], **options)`.
///
/// Args:
///     emails: A sequence (any iterable but a single `str`) of `str`.
///     **options: The keyword options of `validate_email`.
///
/// Returns:
///     list[EmailResult]: One verdict per input, in order.
///
/// Raises:
///     ArgumentTypeError: `emails` is not a sequence of `str`, or an option is not a `bool`.
///     UnknownOptionError: An unexpected keyword argument.
#[pyfunction]
#[pyo3(
    signature = (emails, /, **options),
    text_signature = "(emails, /, *, allow_smtputf8=True, allow_empty_local=False, \
        allow_quoted_local=False, allow_domain_literal=False, allow_display_name=False, \
        strict=False, globally_deliverable=True, test_environment=False)"
)]
pub fn validate_emails<'py>(
    py: Python<'py>,
    emails: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyList>> {
    let options = email_options("validate_emails", options)?;
    let items = str_items(emails, "emails")?;
    let texts = items.iter().map(text_of).collect::<PyResult<Vec<_>>>()?;
    batch_list(
        py,
        &texts,
        |t| ck::email::validate_many(t, &options),
        unmask_result,
        PyEmailResult::from,
    )
}

/// Cleans one raw CRM field: trims, unwraps, splits, then validates with the default options.
///
/// It never changes a stored value without saying so: every change is a `fixes` slug and every
/// guess is a `suggestion`.
///
/// Args:
///     raw: The field as stored in the CRM.
///     default_domain: A domain to add to a bare local part, or `None`.
///
/// Returns:
///     EmailCleaned: The cleaned verdict, further addresses, fixes, suggestion and flags.
///
/// Raises:
///     ArgumentTypeError: `raw` is not a `str`, or `default_domain` is not a `str` or `None`.
///     UnknownOptionError: An unexpected keyword argument.
#[pyfunction]
#[pyo3(
    signature = (raw, /, **options),
    text_signature = "(raw, /, *, default_domain=None)"
)]
pub fn clean_email<'py>(
    raw: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyEmailCleaned>> {
    let default_domain = clean_options("clean_email", options)?;
    let s = expect_str(raw, "raw")?;
    let text = text_of(s)?;
    let mut c = ck::email::clean(&text.text, default_domain.as_deref());
    if let Some(mask) = &text.mask {
        unmask_cleaned(&mut c, mask);
    }
    new_untracked(raw.py(), c.into())
}

/// Cleans every field of `raws`, with the GIL released.
///
/// Element `i` of the result equals `clean_email(raws[i], default_domain=default_domain)`.
///
/// Args:
///     raws: A sequence (any iterable but a single `str`) of `str`.
///     default_domain: A domain to add to a bare local part, or `None`.
///
/// Returns:
///     list[EmailCleaned]: One result per input, in order.
///
/// Raises:
///     ArgumentTypeError: `raws` is not a sequence of `str`, or `default_domain` is not a `str`.
///     UnknownOptionError: An unexpected keyword argument.
#[pyfunction]
#[pyo3(
    signature = (raws, /, **options),
    text_signature = "(raws, /, *, default_domain=None)"
)]
pub fn clean_emails<'py>(
    py: Python<'py>,
    raws: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyList>> {
    let default_domain = clean_options("clean_emails", options)?;
    let items = str_items(raws, "raws")?;
    let texts = items.iter().map(text_of).collect::<PyResult<Vec<_>>>()?;
    batch_list(
        py,
        &texts,
        |t| ck::email::clean_many(t, default_domain.as_deref()),
        unmask_cleaned,
        PyEmailCleaned::from,
    )
}

/// The version of the provider, role and disposable-domain lists compiled in.
///
/// Returns:
///     str: The lists' version string.
#[pyfunction]
pub fn email_lists_version() -> &'static str {
    ck::email::lists_version()
}
