"""Golden cases: every line of testdata/email/{upstream,corpus,clean}.jsonl through the wheel.

The same files drive the Rust golden tests (core/tests/golden/) and the C tests, so all three
surfaces give the same answers. Line format: `{"input": str, "options": {...}, "expected": {...}}`
(`expected` is `to_dict()` of the result, or a subset of its keys), or `"exception"` (the slug
`.code` of the ContactKitError the call must raise) instead of `expected`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import contactkit
from conftest import EMAIL_TESTDATA, read_jsonl

#: (file, function that runs one line). validate files hold `validate_email` cases, clean.jsonl
#: holds `clean_email` cases.
VALIDATE_FILES = ("upstream.jsonl", "corpus.jsonl")
CLEAN_FILES = ("clean.jsonl",)


def _cases(names: tuple[str, ...]) -> list[Any]:
    params: list[Any] = []
    for name in names:
        path = EMAIL_TESTDATA / name
        records = read_jsonl(path)
        assert records, f"{name} has no cases"
        for number, record in records:
            params.append(pytest.param(path, number, record, id=f"{name}:{number}"))
    return params


def _subset(got: Any, expected: Any) -> Any:
    """`got` cut down to the keys `expected` names, at every level of nesting (a golden line may
    list only the fields it is about, in the result and in nested results alike)."""
    if isinstance(expected, dict) and isinstance(got, dict):
        return {k: _subset(got[k], v) if k in got else got.get(k) for k, v in expected.items()}
    if isinstance(expected, list) and isinstance(got, list) and len(got) == len(expected):
        return [_subset(g, e) for g, e in zip(got, expected, strict=True)]
    return got


def _input(record: dict[str, Any]) -> str:
    """`input`, or the concatenation `input_gen` describes (`[[piece, times], ...]`)."""
    if "input_gen" in record:
        return "".join(piece * times for piece, times in record["input_gen"])
    text = record["input"]
    assert isinstance(text, str)
    return text


def _options(record: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments of a line: `options`, and the clean files' top-level `default_domain`."""
    options = dict(record.get("options") or {})
    if "default_domain" in record:
        options["default_domain"] = record["default_domain"]
    return options


def _check(path: Path, number: int, record: dict[str, Any], run: Any) -> None:
    where = f"{path.name}:{number}"
    options = _options(record)
    if "expected" in record:
        got = run(_input(record), **options).to_dict()
        expected = record["expected"]
        assert isinstance(expected, dict), where
        missing = set(expected) - set(got)
        assert not missing, f"{where}: fields not in the result: {sorted(missing)}"
        assert _subset(got, expected) == expected, where
    else:
        assert "exception" in record, f"{where}: neither expected nor exception"
        with pytest.raises(contactkit.ContactKitError) as info:
            run(_input(record), **options)
        assert info.value.code == record["exception"], where


@pytest.mark.parametrize(("path", "number", "record"), _cases(VALIDATE_FILES))
def test_validate_golden(path: Path, number: int, record: dict[str, Any]) -> None:
    _check(path, number, record, contactkit.validate_email)


@pytest.mark.parametrize(("path", "number", "record"), _cases(CLEAN_FILES))
def test_clean_golden(path: Path, number: int, record: dict[str, Any]) -> None:
    _check(path, number, record, contactkit.clean_email)


@pytest.mark.parametrize("name", VALIDATE_FILES)
def test_validate_golden_batch_equals_scalar(name: str) -> None:
    """The whole file through `validate_emails`, grouped by options, equals the scalar calls."""
    path = EMAIL_TESTDATA / name
    groups: dict[tuple[tuple[str, bool], ...], list[str]] = {}
    for _, record in read_jsonl(path):
        if "expected" in record:
            key = tuple(sorted(_options(record).items()))
            groups.setdefault(key, []).append(_input(record))
    assert groups
    for key, inputs in groups.items():
        options = dict(key)
        batch = contactkit.validate_emails(inputs, **options)
        assert batch == [contactkit.validate_email(s, **options) for s in inputs]


def test_clean_golden_batch_equals_scalar() -> None:
    path = EMAIL_TESTDATA / "clean.jsonl"
    groups: dict[str | None, list[str]] = {}
    for _, record in read_jsonl(path):
        if "expected" in record:
            domain = _options(record).get("default_domain")
            groups.setdefault(domain, []).append(_input(record))
    assert groups
    for domain, inputs in groups.items():
        batch = contactkit.clean_emails(inputs, default_domain=domain)
        assert batch == [contactkit.clean_email(s, default_domain=domain) for s in inputs]
