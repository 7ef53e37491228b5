"""Run the reference, `email-validator` 2.4.0, and express its verdict in contactkit's terms.

Shared by the generators in tools/ and by differential tests that run live against an installed
`email-validator` (import this module and call `run_reference`).

    >>> run_reference("Jan@Example.COM", {})["normalized"]
    'Jan@example.com'
    >>> run_reference("jan@localhost", {})["reason"]
    'domain_no_dot'

The expected dict has exactly the fields of contactkit's `EmailResult` (`valid`, `reason`,
`message`, `normalized`, `local_part`, `domain`, `ascii_email`, `ascii_local_part`,
`ascii_domain`, `smtputf8`, `display_name`), with `reason` the contactkit slug that
`message_to_slug` assigns to the reference's message.
"""

from __future__ import annotations

import inspect
import sys
import unicodedata
from typing import Any

import email_validator
import email_validator.syntax
import idna
from email_validator import EmailSyntaxError, validate_email

REFERENCE_VERSION = "2.4.0"

#: The options of `validate_email` that contactkit mirrors, with the reference's defaults.
DEFAULT_OPTIONS: dict[str, bool] = {
    "allow_smtputf8": True,
    "allow_empty_local": False,
    "allow_quoted_local": False,
    "allow_domain_literal": False,
    "allow_display_name": False,
    "strict": False,
    "globally_deliverable": True,
    "test_environment": False,
}

#: The permissive profile of the differential corpus.
PERMISSIVE: dict[str, bool] = {
    "allow_quoted_local": True,
    "allow_domain_literal": True,
    "allow_display_name": True,
}

FIELDS = (
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

NORMALIZATION_PREFIX = "After Unicode normalization: "

# (how the message is matched, the text, the slug). Checked in order; the first match wins.
_RULES: list[tuple[str, str, str]] = [
    ("eq", "An email address must have an @-sign.", "missing_at"),
    ("start", 'The email address has the "full-width" at-sign', "fullwidth_at"),
    ("start", 'The email address has the "small commercial at" character', "small_at"),
    ("eq", "There must be something before the @-sign.", "empty_local"),
    ("eq", "There must be something after the @-sign.", "empty_domain"),
    ("start", "The email address is too long before the @-sign", "local_too_long"),
    ("start", "The email address is too long after the @-sign", "domain_too_long"),
    ("start", "The email address is too long", "too_long"),
    ("start", "Internationalized characters before the @-sign are not supported", "smtputf8_not_allowed"),
    ("start", "The email address contains invalid characters in quotes before the @-sign", "quoted_local_invalid"),
    ("start", "The email address contains invalid characters before the @-sign", "local_invalid_chars"),
    ("eq", "The email address contains an invalid character.", "local_invalid_chars"),
    ("eq", "Quoting the part before the @-sign is not allowed here.", "quoted_local_not_allowed"),
    ("start", "The email address contains unsafe characters", "unsafe_chars"),
    ("eq", "An email address cannot start with a period.", "leading_dot"),
    ("eq", "An email address cannot have a period immediately after the @-sign.", "leading_dot"),
    ("eq", "An email address cannot have a period immediately before the @-sign.", "trailing_dot"),
    ("eq", "An email address cannot end with a period.", "trailing_dot"),
    ("eq", "An email address cannot have two periods in a row.", "double_dot"),
    ("eq", "An email address cannot have a hyphen immediately after the @-sign.", "leading_hyphen"),
    ("eq", "An email address cannot end with a hyphen.", "trailing_hyphen"),
    ("eq", "An email address cannot have a period and a hyphen next to each other.", "dot_hyphen"),
    ("start", "An email address cannot have two letters followed by two dashes", "domain_reserved_hyphens"),
    ("start", "The part after the @-sign contains invalid characters in brackets", "domain_literal_invalid"),
    ("start", "The part after the @-sign contains an invalid address literal tag", "domain_literal_invalid"),
    ("start", "The part after the @-sign in brackets", "domain_literal_invalid"),
    ("start", "The address in brackets after the @-sign is not valid", "domain_literal_invalid"),
    ("start", "The IPv6 address in brackets after the @-sign is not valid", "domain_literal_invalid"),
    ("eq", "A bracketed IP address after the @-sign is not allowed here.", "domain_literal_not_allowed"),
    ("start", "The part after the @-sign contains invalid characters", "domain_invalid_chars"),
    ("start", "The email address contains invalid characters after the @-sign after IDNA", "domain_invalid_chars"),
    ("eq", "The part after the @-sign is invalid (Label too long).", "label_too_long"),
    ("start", "The part after the @-sign is invalid (", "domain_invalid_idna"),
    ("start", "The part after the @-sign is not valid IDNA", "domain_invalid_idna"),
    ("start", "The part after the @-sign became invalid after normalizing", "domain_invalid_idna"),
    ("start", "After the @-sign, periods cannot be separated by so many characters", "label_too_long"),
    ("eq", "The part after the @-sign is not valid. It should have a period.", "domain_no_dot"),
    ("eq", "The part after the @-sign is not valid. It is not within a valid top-level domain.", "domain_invalid_tld"),
    ("start", "The part after the @-sign is a special-use or reserved name", "domain_special_use"),
    ("eq", "A display name and angle brackets around the email address are not permitted here.", "display_name_not_allowed"),
    ("start", "The display name contains invalid characters", "display_name_invalid"),
    ("start", "An open angle bracket at the start of the email address", "display_name_invalid"),
    ("eq", "There can't be anything after the email address.", "text_after_address"),
]

EXTRA_AFTER_QUOTE = "Extra character(s) found after close quote"


def message_to_slug(message: str, *, in_display_name: bool = False) -> str:
    """The contactkit reason slug for a reference message.

    "Extra character(s) found after close quote" is the only message the reference raises for
    two parts of the address: `in_display_name` says which (see `run_reference`). An unknown
    message raises `ValueError`, so that a new reference release cannot drift unnoticed.
    """
    while message.startswith(NORMALIZATION_PREFIX):
        message = message[len(NORMALIZATION_PREFIX):]
    if message.startswith(EXTRA_AFTER_QUOTE):
        return "display_name_invalid" if in_display_name else "quoted_local_invalid"
    for how, text, slug in _RULES:
        if (how == "eq" and message == text) or (how == "start" and message.startswith(text)):
            return slug
    raise ValueError(f"reference message not mapped to a slug: {message!r}")


def _display_name_unquote_line() -> int:
    """The line of `split_email` that unquotes the display name."""
    lines, first = inspect.getsourcelines(email_validator.syntax.split_email)
    for offset, line in enumerate(lines):
        if "unquote_quoted_string(left_part)" in line:
            return first + offset
    raise RuntimeError("email_validator.syntax.split_email changed: display-name unquote not found")


_DISPLAY_NAME_LINE = _display_name_unquote_line()


def _raised_in_display_name(exc: BaseException) -> bool:
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_name == "split_email":
            return tb.tb_lineno == _DISPLAY_NAME_LINE
        tb = tb.tb_next
    return False


def full_options(options: dict[str, Any]) -> dict[str, bool]:
    unknown = set(options) - set(DEFAULT_OPTIONS)
    if unknown:
        raise ValueError(f"unknown options: {sorted(unknown)}")
    return {**DEFAULT_OPTIONS, **options}


def non_default(options: dict[str, Any]) -> dict[str, bool]:
    """Only the options that differ from the defaults (the form stored in JSON Lines)."""
    return {k: v for k, v in full_options(options).items() if DEFAULT_OPTIONS[k] != v}


def run_reference(email: str, options: dict[str, Any]) -> dict[str, Any]:
    """Validate `email` with email-validator (no DNS) and return contactkit's expected fields."""
    try:
        r = validate_email(email, check_deliverability=False, **full_options(options))
    except EmailSyntaxError as e:
        message = str(e)
        return {
            "valid": False,
            "reason": message_to_slug(message, in_display_name=_raised_in_display_name(e)),
            "message": message,
            "normalized": None,
            "local_part": None,
            "domain": None,
            "ascii_email": None,
            "ascii_local_part": None,
            "ascii_domain": None,
            "smtputf8": False,
            "display_name": None,
        }
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


def reference_versions() -> dict[str, str]:
    """The versions that decide the reference's output (record them with every golden file)."""
    return {
        "email_validator": email_validator.__version__,
        "idna": idna.__version__,
        "python": sys.version.split()[0],
        "unidata": unicodedata.unidata_version,
    }


def check_versions() -> None:
    """Refuse to generate golden data from another reference than the pinned one."""
    v = reference_versions()
    if v["email_validator"] != REFERENCE_VERSION:
        raise SystemExit(f"need email-validator {REFERENCE_VERSION}, found {v['email_validator']}")
    if not v["python"].startswith("3.11."):
        raise SystemExit(f"the golden files pin CPython 3.11 (unicodedata 14.0.0), found {v['python']}")


def line(input_: str, options: dict[str, Any], source: str, **extra: Any) -> dict[str, Any]:
    """One JSON Lines record: input, non-default options, the reference's expected fields."""
    rec: dict[str, Any] = {
        "input": input_,
        "options": non_default(options),
        "expected": run_reference(input_, options),
        "source": source,
    }
    rec.update(extra)
    return rec
