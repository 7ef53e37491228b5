"""Shared helpers of the contactkit test suite.

The suite runs against the *installed* wheel (scripts/test.sh runs pytest from this directory,
where no `contactkit` source package is importable); `test_api.py` checks that.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: The repository root (python/tests/../..).
ROOT = Path(__file__).resolve().parents[2]
#: Golden JSON Lines shared by the Rust, C and Python tests.
TESTDATA = ROOT / "testdata"
EMAIL_TESTDATA = TESTDATA / "email"

#: The fields of `EmailResult`, in the order of API.md section 1 (and of `to_dict()`).
EMAIL_RESULT_FIELDS = (
    "valid",
    "reason",
    "message",
    "normalized",
    "local_part",
    "domain",
    "ascii_email",
    "ascii_local_part",
    "ascii_domain",
    "smtputf8",
    "display_name",
)

#: The options of `validate_email` with their defaults (those of email-validator 2.4).
EMAIL_OPTIONS: dict[str, bool] = {
    "allow_smtputf8": True,
    "allow_empty_local": False,
    "allow_quoted_local": False,
    "allow_domain_literal": False,
    "allow_display_name": False,
    "strict": False,
    "globally_deliverable": True,
    "test_environment": False,
}

#: The permissive profile of the differential tests (design/email.md section 6).
PERMISSIVE: dict[str, bool] = {
    "allow_quoted_local": True,
    "allow_domain_literal": True,
    "allow_display_name": True,
}


def read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """Every JSON object of `path` with its 1-based line number; blank lines and `//` comment
    lines are skipped (the same rule as core/tests/golden/common.rs)."""
    records = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("//"):
                continue
            record = json.loads(stripped)
            assert isinstance(record, dict), f"{path.name}:{number}: not a JSON object"
            records.append((number, record))
    return records


def sample_addresses() -> list[str]:
    """A varied, synthetic list of valid and invalid addresses (no real personal data)."""
    base = [
        "jan@example.com",
        "Jan.de.Vries@Example.NL",
        "info@acme.co.uk",
        "zoë@example.nl",
        "jan@münchen.de",
        "x@xn--mnchen-3ya.de",
        "jan.example.com",
        "jan@@example.com",
        "@example.com",
        "jan@",
        ".jan@example.com",
        "jan..vries@example.com",
        "jan@localhost",
        "jan@example.test",
        '"jan vries"@example.com',
        "jan@[192.0.2.1]",
        "Jan <jan@example.com>",
        "jan@ｇｍａｉｌ.com",
        "jan＠example.com",
        " jan@example.com",
        "jan@example.com ",
        "",
        "a" * 65 + "@example.com",
        "jan@" + "a" * 64 + ".com",
        "jan@exa_mple.com",
        "mailto:jan@example.com",
    ]
    out = list(base)
    for i in range(200):
        out.append(f"user{i}.tag+{i % 7}@sub{i % 13}.example{i % 5}.org")
    return out
