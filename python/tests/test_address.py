"""Addresses: the golden corpus through the Python surface, batch = scalar, errors."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import contactkit

GOLDEN = pathlib.Path(__file__).resolve().parents[2] / "testdata" / "address" / "golden.jsonl"
COMPONENTS = [
    "street",
    "house_number",
    "house_number_suffix",
    "unit",
    "unit_type",
    "po_box",
    "po_box_type",
    "postcode",
    "city",
    "region",
    "country",
    "organisation",
    "care_of",
    "attention",
    "sorting_code",
    "dependent_locality",
]


def rows() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for line in GOLDEN.read_text(encoding="utf-8").splitlines()
        if line.startswith("{")
    ]


def components(a: contactkit.Address) -> dict[str, Any]:
    return {k: getattr(a, k) for k in COMPONENTS if getattr(a, k) is not None}


def test_golden_full_parse_and_stability() -> None:
    data = rows()
    assert len(data) >= 400
    full = 0
    for row in data:
        a = contactkit.parse_address(row["input"], row["hint"])
        full += components(a) == row["expected"]
        for eq in row["equivalents"]:
            b = contactkit.parse_address(eq, row["hint"])
            assert components(b) == components(a), eq
            assert b.canonical == a.canonical, eq
        if a.canonical is not None:
            again = contactkit.parse_address(a.canonical)
            assert components(again) == components(a)
    assert full / len(data) >= 0.95


def test_batch_equals_scalar() -> None:
    texts = [r["input"] for r in rows()[:50]]
    assert contactkit.parse_addresses(texts, "NL") == [
        contactkit.parse_address(t, "NL") for t in texts
    ]


def test_batch_threads_equal_scalar() -> None:
    texts = [r["input"] for r in rows()] * 3
    one = contactkit.parse_addresses(texts, threads=1)
    assert contactkit.parse_addresses(texts, threads=2) == one
    assert contactkit.parse_addresses(texts) == one
    assert one == [contactkit.parse_address(t) for t in texts]


def test_fields_and_dict() -> None:
    a = contactkit.parse_address("Keizersgracht 123 2 hoog, 1015cj A'dam", "NL")
    assert a.canonical == "Keizersgracht 123-2, 1015 CJ Amsterdam, NL"
    assert a.lines == ["Keizersgracht 123-2", "1015 CJ AMSTERDAM"]
    assert a.match_key == "NL|1015CJ|123|2"
    d = a.to_dict()
    assert d["house_number_suffix"] == "2"
    assert d["warnings"] == []
    assert hash(a) == hash(contactkit.parse_address(a.canonical))


def test_normalize_address() -> None:
    a = contactkit.normalize_address(
        street="Wetstraat", house_number="16", postcode="1000", city="Brussel", country="België"
    )
    assert a.canonical == "Wetstraat 16, 1000 Brussel, BE"


def test_non_address_and_errors() -> None:
    a = contactkit.parse_address("hello world")
    assert a.canonical is None
    assert a.street is None
    with pytest.raises(contactkit.ConfigError) as e:
        contactkit.parse_address("x", "XX")
    assert e.value.code == "unknown_region"
    with pytest.raises(contactkit.ArgumentTypeError):
        contactkit.parse_address(12)  # type: ignore[arg-type]
    assert "country_guessed" in contactkit.reason_codes("address")
