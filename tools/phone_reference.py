#!/usr/bin/env python3
"""Run the reference, Python `phonenumbers` 9.0.43, on phone inputs and write expected fields.

Reads JSON Lines {"input": str, "region": str | null, ...} on stdin (tools/gen_phone_corpus.py)
and writes the same objects with "expected" added: every field of API.md §2 (`PhoneResult`), as
libphonenumber computes them: `parse(input, region)`, then `is_possible_number_with_reason`,
`is_valid_number`, `number_type`, `region_code_for_number` and `format_number` in E164,
INTERNATIONAL, NATIONAL and RFC3966.

    pip install phonenumbers==9.0.43
    python tools/gen_phone_corpus.py | python tools/phone_reference.py > testdata/phone/corpus.jsonl

`reference(number, region)` is also imported by python/tests/test_phone.py for the live
differential test.
"""

from __future__ import annotations

import json
import platform
import sys
from typing import Any

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat, PhoneNumberType, ValidationResult

REFERENCE_VERSION = "9.0.43"

ERRORS = {
    pn.NumberParseException.INVALID_COUNTRY_CODE: "invalid_country_code",
    pn.NumberParseException.NOT_A_NUMBER: "not_a_number",
    pn.NumberParseException.TOO_SHORT_AFTER_IDD: "too_short_after_idd",
    pn.NumberParseException.TOO_SHORT_NSN: "too_short_nsn",
    pn.NumberParseException.TOO_LONG: "too_long",
}

POSSIBLE = {
    ValidationResult.IS_POSSIBLE: "is_possible",
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "is_possible_local_only",
    ValidationResult.INVALID_COUNTRY_CODE: "invalid_country_code",
    ValidationResult.TOO_SHORT: "too_short",
    ValidationResult.INVALID_LENGTH: "invalid_length",
    ValidationResult.TOO_LONG: "too_long",
}

TYPES = {
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
    PhoneNumberType.UNKNOWN: "unknown",
}

FIELDS = ["parse_ok", "error", "country_code", "national_number", "italian_leading_zero",
          "extension", "is_possible", "possible_reason", "is_valid", "number_type", "region",
          "e164", "international", "national", "rfc3966"]


def reference(number: str, region: str | None) -> dict[str, Any]:
    """Every PhoneResult field for (number, region), as phonenumbers computes them."""
    out: dict[str, Any] = dict.fromkeys(FIELDS)
    try:
        n = pn.parse(number, region)
    except pn.NumberParseException as e:
        out["parse_ok"] = False
        out["error"] = ERRORS[e.error_type]
        return out
    reason = pn.is_possible_number_with_reason(n)
    out.update(
        parse_ok=True,
        country_code=n.country_code,
        national_number=pn.national_significant_number(n),
        italian_leading_zero=bool(n.italian_leading_zero),
        extension=n.extension,
        is_possible=pn.is_possible_number(n),
        possible_reason=POSSIBLE[reason],
        is_valid=pn.is_valid_number(n),
        number_type=TYPES[pn.number_type(n)],
        region=pn.region_code_for_number(n),
        e164=pn.format_number(n, PhoneNumberFormat.E164),
        international=pn.format_number(n, PhoneNumberFormat.INTERNATIONAL),
        national=pn.format_number(n, PhoneNumberFormat.NATIONAL),
        rfc3966=pn.format_number(n, PhoneNumberFormat.RFC3966),
    )
    return out


def main() -> None:
    if pn.__version__ != REFERENCE_VERSION:
        sys.exit(f"phonenumbers {pn.__version__} installed; the corpus pins {REFERENCE_VERSION}")
    sys.stdout.write(
        f"// Differential corpus of phone::parse / parse_phone. Inputs: tools/gen_phone_corpus.py; "
        f"expected: tools/phone_reference.py with phonenumbers {pn.__version__} on "
        f"{platform.python_implementation()} {platform.python_version()}. "
        "Synthetic, no real personal data.\n"
    )
    for line in sys.stdin:
        if not line.strip():
            continue
        row = json.loads(line)
        row["expected"] = reference(row["input"], row["region"])
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
