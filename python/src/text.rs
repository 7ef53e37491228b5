//! Python `str` to Rust text, including strings Rust cannot hold.
//!
//! A Python `str` may contain lone surrogates (U+D800..U+DFFF, from `surrogateescape` decoding or
//! `"\ud800"` literals); such a string has no UTF-8 form, so it cannot reach the core as `&str`.
//! The reference (`email-validator`) gives a verdict on them (`unsafe_chars`: surrogates are
//! Unicode category `Cs`), and bad data must be a verdict, not an exception. So each lone
//! surrogate `U+D800 + k` is replaced by the private-use code point `base + k` (category `Co`,
//! which the validator rejects with the same verdict in every position); afterwards the verdict's
//! message is translated back (`U+000F0000` becomes `U+D800`) and any result field that would
//! carry a substitute is dropped (see `Mask`). The base is the first of two private-use planes
//! that the input does not use.

use std::borrow::Cow;
use std::collections::BTreeSet;

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use crate::errors::wrong_type;

/// Candidate bases for the substitutes: supplementary private-use planes 15 and 16.
const BASES: [u32; 2] = [0xF_0000, 0x10_0000];
const SURROGATES: u32 = 0x800;

/// How a string with lone surrogates was made representable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mask {
    /// First substitute code point (`base + (s - 0xD800)` stands for surrogate `s`); `None` when
    /// the input already uses both candidate ranges, so no substitution is unambiguous.
    pub base: Option<u32>,
    /// The distinct surrogates of the input, ascending.
    pub surrogates: BTreeSet<u32>,
}

impl Mask {
    /// Whether `c` is one of this mask's substitutes.
    pub fn is_substitute(&self, c: char) -> bool {
        self.base
            .is_some_and(|b| (b..b + SURROGATES).contains(&u32::from(c)))
    }

    /// Whether `s` contains one of this mask's substitutes.
    pub fn touches(&self, s: &str) -> bool {
        s.chars().any(|c| self.is_substitute(c))
    }

    /// `message` with every mention of a substitute (`U+000F0000`, `U+F0000`) written as the
    /// surrogate it stands for (`U+D800`), as the reference writes it.
    pub fn translate_message(&self, message: &str) -> String {
        let Some(base) = self.base else {
            return message.to_owned();
        };
        let mut out = message.to_owned();
        for &s in &self.surrogates {
            let sub = base + (s - 0xD800);
            let wanted = format!("U+{s:04X}");
            out = out
                .replace(&format!("U+{sub:08X}"), &wanted)
                .replace(&format!("U+{sub:04X}"), &wanted);
        }
        out
    }
}

/// Text taken from a Python `str`: borrowed when it is valid Unicode scalar values, else masked.
#[derive(Debug)]
pub struct Text<'a> {
    /// What the core sees.
    pub text: Cow<'a, str>,
    /// Set when the string had lone surrogates.
    pub mask: Option<Mask>,
}

impl AsRef<str> for Text<'_> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// The text of `s`; lone surrogates are masked (never an error for a real `str`).
pub fn text_of<'a>(s: &'a Bound<'_, PyString>) -> PyResult<Text<'a>> {
    match s.to_str() {
        Ok(t) => Ok(Text {
            text: Cow::Borrowed(t),
            mask: None,
        }),
        Err(_) => masked(s),
    }
}

fn masked<'a>(s: &Bound<'_, PyString>) -> PyResult<Text<'a>> {
    // UTF-32 with `surrogatepass` gives every code point as it is, lone surrogates included
    // (UTF-16 would join a high and a low surrogate into one character, which Python does not).
    let encoded = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let bytes = encoded.cast::<PyBytes>()?.as_bytes();
    let points: Vec<u32> = bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let surrogates: BTreeSet<u32> = points
        .iter()
        .copied()
        .filter(|p| (0xD800..=0xDFFF).contains(p))
        .collect();
    let base = BASES
        .into_iter()
        .find(|&b| !points.iter().any(|p| (b..b + SURROGATES).contains(p)));
    let substitute_base = base.unwrap_or(BASES[0]);
    let text: String = points
        .iter()
        .map(|&p| {
            char::from_u32(p).unwrap_or_else(|| {
                // Only surrogates fail `from_u32` (Python code points are <= U+10FFFF); the
                // substitute is a valid private-use scalar value.
                char::from_u32(substitute_base + (p - 0xD800)).unwrap_or('\u{FFFD}')
            })
        })
        .collect();
    Ok(Text {
        text: Cow::Owned(text),
        mask: Some(Mask { base, surrogates }),
    })
}

/// Argument `what` as a `str` (`ArgumentTypeError` for any other type).
pub fn expect_str<'a, 'py>(
    obj: &'a Bound<'py, PyAny>,
    what: &str,
) -> PyResult<&'a Bound<'py, PyString>> {
    obj.cast::<PyString>()
        .map_err(|_| wrong_type(what, "str", obj))
}

/// The items of `obj`, a sequence (any iterable but `str`/`bytes`) of `str`, while attached.
///
/// `ArgumentTypeError` when `obj` is a single string or not iterable, or when an item is not a
/// `str` (the message names its index and type, never its value).
pub fn str_items<'py>(obj: &Bound<'py, PyAny>, what: &str) -> PyResult<Vec<Bound<'py, PyString>>> {
    if obj.is_instance_of::<PyString>()
        || obj.is_instance_of::<PyBytes>()
        || obj.is_instance_of::<pyo3::types::PyByteArray>()
    {
        return Err(wrong_type(what, "a sequence of str", obj));
    }
    let iter = obj
        .try_iter()
        .map_err(|_| wrong_type(what, "a sequence of str", obj))?;
    let mut out = Vec::with_capacity(obj.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        let item = item?;
        match item.cast_into::<PyString>() {
            Ok(s) => out.push(s),
            Err(e) => {
                let item = e.into_inner();
                return Err(wrong_type(&format!("{what}[{i}]"), "str", &item));
            }
        }
    }
    Ok(out)
}
