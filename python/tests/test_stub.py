"""The hand-written stub `_contactkit.pyi` stays in step with the extension.

mypy's stubtest (run by scripts/test.sh) checks names and signatures; this file checks what
stubtest does not: the `Literal[...]` slug lists (contactkit/codes.py) and the mirrored
docstrings.
"""

from __future__ import annotations

import ast
import inspect
import typing
from pathlib import Path
from typing import Any

import pytest

import contactkit
import contactkit.codes
from contactkit import _contactkit

STUB = Path(_contactkit.__file__).with_name("_contactkit.pyi")


def _stub_tree() -> ast.Module:
    return ast.parse(STUB.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("alias", "area"),
    [
        ("EmailReasonCode", "email"),
        ("EmailFixCode", "email_fix"),
        ("ErrorCode", "error"),
        ("PhoneErrorCode", "phone"),
        ("PhonePossibleCode", "phone_possible"),
        ("PhoneTypeCode", "phone_type"),
        ("PhoneFixCode", "phone_fix"),
        ("PhoneLabelCode", "phone_label"),
        ("PhoneMatchCode", "phone_match"),
        ("SuppressionReasonCode", "suppression"),
        ("SuppressionChannelCode", "suppression_channel"),
        ("SuppressionStatusCode", "suppression_status"),
        ("SuppressionUnverifiableCode", "suppression_unverifiable"),
        ("SuppressionFileCode", "suppression_file"),
    ],
)
def test_literal_slug_types_list_every_slug(alias: str, area: str) -> None:
    assert list(typing.get_args(getattr(contactkit.codes, alias))) == contactkit.reason_codes(area)


def test_literal_area_type_lists_the_known_areas() -> None:
    areas = typing.get_args(contactkit.codes.Area)
    for area in areas:
        assert contactkit.reason_codes(area)
    assert set(areas) == {
        "email",
        "email_fix",
        "error",
        "phone",
        "phone_possible",
        "phone_type",
        "phone_fix",
        "phone_label",
        "phone_match",
        "suppression",
        "suppression_channel",
        "suppression_status",
        "suppression_unverifiable",
        "suppression_file",
        "address",
        "dedupe",
        "dedupe_field",
        "dedupe_level",
    }


def _stub_docstrings() -> dict[str, str]:
    docs: dict[str, str] = {}
    for node in _stub_tree().body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            doc = ast.get_docstring(node)
            if doc:
                docs[node.name] = doc
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef):
                        doc = ast.get_docstring(item)
                        if doc:
                            docs[f"{node.name}.{item.name}"] = doc
    return docs


def _runtime(name: str) -> Any:
    obj: Any = _contactkit
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def test_stub_docstrings_mirror_the_extension() -> None:
    docs = _stub_docstrings()
    assert "validate_email" in docs
    assert "EmailResult" in docs
    for name, doc in docs.items():
        runtime = inspect.cleandoc(_runtime(name).__doc__ or "")
        assert runtime == doc, f"{name}: the stub's docstring differs from the extension's"


def test_every_public_runtime_callable_has_a_docstring_in_the_stub() -> None:
    docs = _stub_docstrings()
    for name in contactkit.__all__:
        obj = getattr(contactkit, name)
        if getattr(obj, "__module__", None) in (
            "contactkit",
            "contactkit._contactkit",
        ) and callable(obj):
            assert name in docs, name
