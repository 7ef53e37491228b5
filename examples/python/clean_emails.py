"""Validate and clean the e-mail column of a CRM export with contactkit.

    python examples/python/clean_emails.py [contacts.csv] [--out cleaned.csv]

Reads examples/data/contacts.csv when no file is given (or a small inline sample when that file
is not there), finds the e-mail column by its header (English or Dutch), cleans every value in
one batch call, and prints a summary: how many addresses are valid, what cleaning fixed, the
most common reasons for rejection and the typo suggestions. With --out it also writes the rows
with the cleaned columns added. Only the standard library and contactkit are needed.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import contactkit

DEFAULT_CSV = Path(__file__).resolve().parents[1] / "data" / "contacts.csv"

#: Header names (lower case) that hold an e-mail address, as CRM exports spell them.
EMAIL_HEADERS = (
    "email",
    "e-mail",
    "e-mailadres",
    "emailadres",
    "e-mail address",
    "mail",
    "email address",
)

#: Used when there is no CSV: synthetic, messy values of the kind CRM exports hold.
SAMPLE = [
    "jan.devries@example.nl",
    "  Piet.Jansen@Example.COM ",
    "mailto:info@example.org",
    "Klaas de Boer <klaas@example.net>",
    "anna@gmial.com",
    "sanne@example.com; sanne.privé@example.nl",
    "noreply@example.com",
    "geen e-mail",
    "",
    "marie@münchen.example",
]


def read_column(path: Path) -> tuple[list[dict[str, str]], str | None]:
    """The rows of `path` and the name of its e-mail column (None when it has none)."""
    with path.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    headers = list(rows[0]) if rows else []
    column = next((h for h in headers if h.strip().lower() in EMAIL_HEADERS), None)
    return rows, column


def summarise(raw_values: list[str]) -> dict[str, Any]:
    """Clean every value in one call (the GIL is released meanwhile) and count the outcomes."""
    cleaned = contactkit.clean_emails(raw_values)
    valid = sum(1 for c in cleaned if c.email is not None and c.email.valid)
    empty = sum(1 for raw in raw_values if not raw.strip())
    no_address = sum(
        1 for raw, c in zip(raw_values, cleaned, strict=True) if c.email is None and raw.strip()
    )
    reasons = Counter(c.email.reason for c in cleaned if c.email is not None and not c.email.valid)
    fixes = Counter(fix for c in cleaned for fix in c.fixes)
    suggestions = [
        (raw, c.suggestion) for raw, c in zip(raw_values, cleaned, strict=True) if c.suggestion
    ]
    return {
        "rows": len(raw_values),
        "valid": valid,
        "empty": empty,
        "no_address": no_address,
        "invalid": len(raw_values) - valid - empty - no_address,
        "reasons": reasons,
        "fixes": fixes,
        "suggestions": suggestions,
        "role": sum(c.is_role for c in cleaned),
        "free_provider": sum(c.is_free_provider for c in cleaned),
        "cleaned": cleaned,
    }


def write_rows(rows: list[dict[str, str]], column: str, cleaned: list[Any], out: Path) -> None:
    """Every input row and column, plus the cleaned address, its verdict and any suggestion."""
    extra = ["email_normalized", "email_valid", "email_reason", "email_suggestion", "email_fixes"]
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=[*rows[0], *extra] if rows else [column, *extra])
        writer.writeheader()
        for row, c in zip(rows, cleaned, strict=True):
            email = c.email
            blank = not (row[column] or "").strip()
            writer.writerow(
                {
                    **row,
                    "email_normalized": email.normalized if email and email.valid else "",
                    "email_valid": "yes" if email and email.valid else "no",
                    "email_reason": (
                        (email.reason or "") if email else ("empty" if blank else "no_address")
                    ),
                    "email_suggestion": c.suggestion or "",
                    "email_fixes": " ".join(c.fixes),
                }
            )


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, help="a CRM export with a header row")
    parser.add_argument("--out", type=Path, help="write the rows with cleaned columns here")
    args = parser.parse_args(argv)

    path = args.csv or (DEFAULT_CSV if DEFAULT_CSV.exists() else None)
    rows: list[dict[str, str]] = []
    column: str | None = None
    if path is not None:
        rows, column = read_column(path)
        if column is None:
            parser.error(f"{path}: no e-mail column (looked for {', '.join(EMAIL_HEADERS)})")
        values = [row[column] or "" for row in rows]
        source = f"{path.name}, column {column!r}"
    else:
        values = list(SAMPLE)
        source = "the inline sample"

    s = summarise(values)
    print(f"contactkit {contactkit.__version__}: {s['rows']} values from {source}")
    print(
        f"  valid {s['valid']}, invalid {s['invalid']}, no address {s['no_address']}, "
        f"empty {s['empty']}"
    )
    print(f"  role addresses {s['role']}, free providers {s['free_provider']}")
    for fix, n in s["fixes"].most_common():
        print(f"  fixed {fix}: {n}")
    for reason, n in s["reasons"].most_common(5):
        print(f"  rejected {reason}: {n}")
    for raw, suggestion in s["suggestions"][:5]:
        print(f"  did you mean {suggestion!r} for {raw.strip()!r}?")
    if args.out is not None:
        write_rows(
            rows or [{"email": v} for v in values], column or "email", s["cleaned"], args.out
        )
        print(f"  wrote {args.out}")
    return s


if __name__ == "__main__":
    main(sys.argv[1:])
