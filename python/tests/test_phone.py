"""Phone numbers: parse_phone / parse_phones against the golden corpus and, live, against the
reference `phonenumbers`; clean_phone against its golden file; types, errors, pickling, batch."""

from __future__ import annotations

import pickle
import sys
from typing import Any

import pytest

import contactkit
from conftest import ROOT, TESTDATA, read_jsonl
from contactkit import ArgumentTypeError, ConfigError

PHONE = TESTDATA / "phone"
CORPUS = read_jsonl(PHONE / "corpus.jsonl")
CLEAN = read_jsonl(PHONE / "clean.jsonl")

#: The fields of `PhoneResult`, in the order of API.md section 2 (and of `to_dict()`).
FIELDS = (
    "parse_ok",
    "error",
    "country_code",
    "national_number",
    "italian_leading_zero",
    "extension",
    "is_possible",
    "possible_reason",
    "is_valid",
    "number_type",
    "region",
    "e164",
    "international",
    "national",
    "rfc3966",
)

#: Lines allowed to differ from the reference, with the reason (as core/tests/golden/phone.rs).
EXCEPTIONS: dict[tuple[str, str | None], tuple[set[str], str]] = {
    ("0113280054391", "CN"): (
        {"international", "national", "rfc3966"},
        "metadata 9.0.43 added a CN format; the engine's 9.0.42 formats it as one block",
    ),
}


def fields(r: contactkit.PhoneResult) -> dict[str, Any]:
    return {f: getattr(r, f) for f in FIELDS}


def diff(
    expected: dict[str, Any], actual: dict[str, Any], key: tuple[str, str | None]
) -> list[str]:
    allowed = EXCEPTIONS.get(key, (set(), ""))[0]
    return [
        f"{k}: expected {expected[k]!r}, got {actual[k]!r}"
        for k in FIELDS
        if expected[k] != actual[k] and k not in allowed
    ]


def test_corpus_matches_the_golden_reference_output() -> None:
    assert len(CORPUS) >= 3000
    failures = []
    for line, row in CORPUS:
        r = contactkit.parse_phone(row["input"], row["region"])
        d = diff(row["expected"], fields(r), (row["input"], row["region"]))
        if d:
            failures.append(f"line {line}: {row['input']!r} {row['region']!r}: {'; '.join(d)}")
    assert not failures, "\n".join(failures[:50])


def test_live_differential_against_phonenumbers() -> None:
    """The same corpus through the installed reference, now (the golden file may be stale)."""
    pn = pytest.importorskip("phonenumbers")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import phone_reference  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    if pn.__version__ != phone_reference.REFERENCE_VERSION:
        pytest.skip(f"phonenumbers {pn.__version__} installed, the corpus pins 9.0.43")
    failures = []
    agree = {f: 0 for f in FIELDS}
    for line, row in CORPUS:
        want = phone_reference.reference(row["input"], row["region"])
        got = fields(contactkit.parse_phone(row["input"], row["region"]))
        for f in FIELDS:
            agree[f] += want[f] == got[f]
        d = diff(want, got, (row["input"], row["region"]))
        if d:
            failures.append(f"line {line}: {row['input']!r} {row['region']!r}: {'; '.join(d)}")
    assert not failures, f"{agree}\n" + "\n".join(failures[:50])


def test_parse_phones_equals_parse_phone() -> None:
    inputs = [row["input"] for _, row in CORPUS[:800]]
    for region in (None, "NL", "US", "nl", "ZZ"):
        many = contactkit.parse_phones(inputs, region)
        assert many == [contactkit.parse_phone(i, region) for i in inputs]
    assert contactkit.parse_phones(x for x in ["+31 20 123 4567"]) == [
        contactkit.parse_phone("+31 20 123 4567")
    ]


def test_parse_phones_threads_and_lazy_fields() -> None:
    inputs = [row["input"] for _, row in CORPUS] * 3
    one = contactkit.parse_phones(inputs, "NL")
    for threads in (0, 2, 5):
        assert contactkit.parse_phones(inputs, "NL", threads=threads) == one
    # Fields computed when read equal the full result, and stay the same on a second read.
    for i, r in zip(inputs[:500], one[:500], strict=True):
        s = contactkit.parse_phone(i, "NL")
        assert r == s
        assert hash(r) == hash(s)
        assert fields(r) == r.to_dict() == fields(r)


def test_fields_and_design_edge_cases() -> None:
    r = contactkit.parse_phone("06-12345678", "NL")
    assert (r.parse_ok, r.e164, r.number_type, r.region) == (True, "+31612345678", "mobile", "NL")
    assert r.to_dict() == fields(r)
    assert list(r.to_dict()) == list(FIELDS)
    r = contactkit.parse_phone("0031201234567", "nl")
    assert (r.parse_ok, r.error, r.e164) == (False, "invalid_country_code", None)
    assert all(getattr(r, f) is None for f in FIELDS[2:])
    r = contactkit.parse_phone("+39 06 1234 5678")
    assert r.italian_leading_zero is True
    assert r.national_number == "0612345678"
    r = contactkit.parse_phone("+31 20 123 4567 ext. 12")
    assert (r.extension, r.rfc3966) == ("12", "tel:+31-20-123-4567;ext=12")
    assert contactkit.parse_phone("+800 1234 5678").region == "001"
    assert contactkit.phone_metadata_version() == "9.0.42"
    assert "e164='+31612345678'" in repr(contactkit.parse_phone("06-12345678", "NL"))


def test_wrong_types_raise_argument_type_error() -> None:
    with pytest.raises(ArgumentTypeError):
        contactkit.parse_phone(31201234567)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        contactkit.parse_phone("020", 31)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        contactkit.parse_phones("+31 20 123 4567")
    with pytest.raises(ArgumentTypeError):
        contactkit.parse_phones(["ok", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        contactkit.clean_phone(None)  # type: ignore[arg-type]


def test_odd_region_strings_are_verdicts_in_parse_and_errors_in_clean() -> None:
    for region in ("", "nl", "XX", "001", "Nederland", "\ud800"):
        r = contactkit.parse_phone("020 123 4567", region)
        assert r.error == "invalid_country_code", region
    with pytest.raises(ConfigError) as e:
        contactkit.clean_phone("020 123 4567", "Atlantis")
    assert e.value.code == "unknown_region"
    assert contactkit.parse_phone("\ud800 06 12345678", "NL").parse_ok is True


def test_results_are_frozen_hashable_and_pickle() -> None:
    r = contactkit.parse_phone("+31 20 123 4567 ext. 9")
    with pytest.raises(AttributeError):
        r.e164 = "x"  # type: ignore[misc]
    assert hash(r) == hash(contactkit.parse_phone("+31 20 123 4567 ext. 9"))
    assert pickle.loads(pickle.dumps(r)) == r
    failed = contactkit.parse_phone("nope", "NL")
    assert pickle.loads(pickle.dumps(failed)) == failed
    c = contactkit.clean_phone("Tel: 020 1234567 / 06 12345678 (Fax)", "nl")
    assert pickle.loads(pickle.dumps(c)) == c
    assert c.to_dict()["others"][0]["e164"] == "+31612345678"


def _compare(path: str, expected: Any, actual: Any, out: list[str]) -> None:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for k, v in expected.items():
            if k not in actual:
                out.append(f"{path}.{k}: no such field")
            else:
                _compare(f"{path}.{k}", v, actual[k], out)
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            _compare(f"{path}[{i}]", e, a, out)
    elif expected != actual:
        out.append(f"{path}: expected {expected!r}, got {actual!r}")


def test_clean_phone_golden_file() -> None:
    failures = []
    for line, row in CLEAN:
        if "error" in row:
            with pytest.raises(ConfigError) as e:
                contactkit.clean_phone(row["input"], row["region"])
            assert e.value.code == row["error"]
            continue
        c = contactkit.clean_phone(row["input"], row["region"])
        out: list[str] = []
        _compare("", row["expected"], c.to_dict(), out)
        assert c.label == c.to_dict()["label"]
        if out:
            failures.append(f"line {line}: {row['input']!r}: {'; '.join(out)}")
    assert not failures, "\n".join(failures)


def test_clean_phones_equals_clean_phone() -> None:
    raws = [row["input"] for _, row in CLEAN if "error" not in row][:200]
    assert contactkit.clean_phones(raws, "NL") == [contactkit.clean_phone(r, "NL") for r in raws]
    with pytest.raises(ConfigError):
        contactkit.clean_phones(raws, "Atlantis")


def test_phone_match_levels() -> None:
    assert contactkit.phone_match("+31201234567", "+31 20 123 4567") == "exact"
    assert contactkit.phone_match("020 123 4567", "+31 20 123 4567", "NL") == "exact"
    assert contactkit.phone_match("+31 20 123 4567", "020 1234567") == "nsn"
    assert contactkit.phone_match("+31201234567", "+32201234567") == "none"
    assert contactkit.phone_match("x", "+32201234567") == "not_a_number"
