"""Differential test: contactkit against the reference, `email-validator` 2.4.0, live.

Every input of testdata/email/corpus.jsonl (and of upstream.jsonl, plus a few binding-specific
cases such as lone surrogates) is validated by both, under the default options and under the
permissive profile (`allow_quoted_local`, `allow_domain_literal`, `allow_display_name`), and
every field of the result is compared: `valid`, `reason` (the reference's message mapped to a
slug by tools/email_reference.py), `message`, `normalized`, `local_part`, `domain`,
`ascii_email`, `ascii_local_part`, `ascii_domain`, `smtputf8`, `display_name`.

The bar is 100% agreement. Any accepted difference is listed in KNOWN_DIFFERENCES with its
reason; a listed difference that no longer occurs fails the test too, so the list stays honest.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import email_validator
import pytest

import contactkit
from conftest import (
    EMAIL_RESULT_FIELDS,
    EMAIL_TESTDATA,
    PERMISSIVE,
    ROOT,
    read_jsonl,
    sample_addresses,
)

REFERENCE_VERSION = "2.4.0"

# tools/email_reference.py runs the reference and maps its messages to contactkit slugs; it is
# shared with the golden-file generators, so the live comparison and the golden files agree on
# what the reference means.
sys.path.insert(0, str(ROOT / "tools"))
try:
    import email_reference
except ImportError:  # pragma: no cover - only before tools/email_reference.py exists
    email_reference = None


def reference(email: str, options: dict[str, bool]) -> dict[str, Any]:
    """The reference's verdict in contactkit's fields (`reason` is `None` for an invalid address
    when the shared message-to-slug table is not available)."""
    if email_reference is not None:
        result: dict[str, Any] = email_reference.run_reference(email, options)
        return result
    try:
        kwargs: dict[str, Any] = dict(options)
        r = email_validator.validate_email(email, check_deliverability=False, **kwargs)
    except email_validator.EmailSyntaxError as e:
        out: dict[str, Any] = dict.fromkeys(EMAIL_RESULT_FIELDS)
        out.update(valid=False, message=str(e), smtputf8=False)
        return out
    return {
        "valid": True,
        "reason": None,
        "message": None,
        "normalized": r.normalized,
        "local_part": r.local_part,
        "domain": r.domain,
        "ascii_email": r.ascii_email,
        "ascii_local_part": r.ascii_local_part,
        "ascii_domain": r.ascii_domain,
        "smtputf8": bool(r.smtputf8),
        "display_name": r.display_name,
    }


PROFILES = {"default": {}, "permissive": PERMISSIVE}

#: (input, profile) -> why contactkit differs from the reference there. Empty: full agreement.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {}

#: Inputs the Python binding adds to the corpus: strings Rust cannot hold (lone surrogates), and
#: a varied synthetic sample.
BINDING_CASES = [
    "\ud800@x.com",
    "a\udfff@x.com",
    "a@\ud800.com",
    "a@x.com\ud800",
    "\ud83d\ude00@x.com",
    "a\ud800b\udbffc@example.com",
    '"a\ud800"@x.com',
    "N\ud800 <a@x.com>",
    '"N\ud800" <a@x.com>',
    "\ud800",
    *sample_addresses(),
]


def _inputs(name: str) -> list[str]:
    path = EMAIL_TESTDATA / name
    if not path.exists():
        pytest.skip(f"testdata/email/{name} is not there yet")
    seen: dict[str, None] = {}
    for _, record in read_jsonl(path):
        seen.setdefault(record["input"], None)
    return list(seen)


def _compare(inputs: list[str], profile: str) -> tuple[list[str], Counter[str]]:
    options = PROFILES[profile]
    ours = contactkit.validate_emails(inputs, **options)
    problems: list[str] = []
    agree: Counter[str] = Counter()
    for email, mine in zip(inputs, ours, strict=True):
        ref = reference(email, options)
        got: dict[str, Any] = dict(mine.to_dict())
        fields = [
            f
            for f in EMAIL_RESULT_FIELDS
            if not (f == "reason" and ref["reason"] is None and not ref["valid"])
        ]
        differing = [f for f in fields if got[f] != ref[f]]
        for f in fields:
            if f not in differing:
                agree[f] += 1
        known = KNOWN_DIFFERENCES.get((email, profile))
        if differing and known is None:
            detail = ", ".join(f"{f}: ours={got[f]!r} ref={ref[f]!r}" for f in differing)
            problems.append(f"{email!r} [{profile}] {detail}")
        elif not differing and known is not None:
            problems.append(f"{email!r} [{profile}] listed as a known difference but agrees now")
    agree["inputs"] = len(inputs)
    return problems, agree


def _report(name: str, profile: str, problems: list[str], agree: Counter[str]) -> None:
    n = agree["inputs"]
    summary = ", ".join(f"{f} {agree[f]}/{n}" for f in ("valid", "reason", "normalized", "message"))
    print(f"\n{name} [{profile}]: {n} inputs; agreement {summary}; {len(problems)} differences")


def test_reference_is_the_pinned_version() -> None:
    assert email_validator.__version__ == REFERENCE_VERSION


@pytest.mark.parametrize("profile", sorted(PROFILES))
@pytest.mark.parametrize("name", ["corpus.jsonl", "upstream.jsonl"])
def test_agrees_with_reference_on_golden_inputs(name: str, profile: str) -> None:
    inputs = _inputs(name)
    if name == "corpus.jsonl":
        assert len(inputs) >= 3000, "the differential corpus should hold at least 3,000 strings"
    problems, agree = _compare(inputs, profile)
    _report(name, profile, problems, agree)
    assert not problems, f"{len(problems)} differences:\n" + "\n".join(problems[:50])


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_agrees_with_reference_on_binding_cases(profile: str) -> None:
    problems, agree = _compare(BINDING_CASES, profile)
    _report("binding cases", profile, problems, agree)
    assert not problems, f"{len(problems)} differences:\n" + "\n".join(problems[:50])
