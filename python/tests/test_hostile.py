"""Hostile input: never a crash, never a hang; strings Rust cannot hold get a clear verdict."""

from __future__ import annotations

import re
import time

import pytest

import contactkit
from conftest import PERMISSIVE

# -------------------------------------------------------------------------------------------
# Lone surrogates: valid Python `str`, no UTF-8 form. The reference (email-validator) calls them
# unsafe characters (Unicode category Cs); so do we, with the same message.

SURROGATE_CASES = [
    "\ud800@x.com",
    "a\udfff@x.com",
    "a@\ud800.com",
    "a@x.com\ud800",
    "\ud83d\ude00@x.com",  # a high and a low surrogate as two code points (not an emoji)
    "a\ud800b\udbffc@example.com",
    "\ud800",
    "\ud800@",
    "@\ud800",
    '"a\ud800"@x.com',
    "N\ud800 <a@x.com>",
    "\U000f0000\ud800@x.com",  # uses the first substitute range: the second one is taken
    "\U000f0000\U00100000\ud800@x.com",  # both substitute ranges taken: generic verdict
]


@pytest.mark.parametrize("s", SURROGATE_CASES)
@pytest.mark.parametrize("options", [{}, PERMISSIVE])
def test_lone_surrogates_give_a_verdict(s: str, options: dict[str, bool]) -> None:
    r = contactkit.validate_email(s, **options)
    assert r.valid is False
    assert r.reason in contactkit.reason_codes("email")
    assert r.message is not None
    # every code point the message names is in the input (no substitute leaks out)
    named = {int(h, 16) for h in re.findall(r"U\+([0-9A-F]{4,8})", r.message)}
    assert named <= {ord(c) for c in s}, r.message
    assert r.message.encode("utf-8")  # the message itself is valid text
    assert contactkit.validate_emails([s, "jan@example.com"], **options)[0] == r
    r.to_dict()
    repr(r)


def test_surrogate_message_names_the_surrogate() -> None:
    r = contactkit.validate_email("a\udfff@x.com")
    assert r.reason == "unsafe_chars"
    assert r.message == "The email address contains unsafe characters: U+DFFF."


@pytest.mark.parametrize("s", SURROGATE_CASES)
def test_lone_surrogates_in_clean(s: str) -> None:
    c = contactkit.clean_email(s)
    assert c.email is None or c.email.valid is False
    for field in (c.suggestion, c.registrable_domain, c.dedup_key):
        assert field is None or field.encode("utf-8")
    assert contactkit.clean_emails([s])[0] == c


def test_surrogates_in_a_field_with_a_good_address() -> None:
    c = contactkit.clean_email("bad\ud800@x.com, jan@example.com")
    for r in [c.email, *c.others]:
        assert r is not None
        if r.normalized is not None:
            assert r.normalized.encode("utf-8")


def test_surrogate_default_domain_is_a_config_error() -> None:
    with pytest.raises(contactkit.ConfigError):
        contactkit.clean_email("jan", default_domain="\ud800.com")


# -------------------------------------------------------------------------------------------
# Size and time: bounded work on every input

LONG_CASES = {
    "combining_marks": "a" + "\u0301" * 50_000 + "@example.com",
    "long_label": "a@xn--" + "1" * 200_000 + ".com",
    "long_local": "a" * 1_000_000 + "@example.com",
    "many_at": "@" * 200_000,
    "many_dots": "a@" + "." * 200_000,
    "many_quotes": '"' * 100_000 + "@example.com",
    "many_brackets": "<" * 100_000 + "a@example.com" + ">" * 100_000,
    "nested_display": "a <" * 30_000 + "a@example.com" + ">" * 30_000,
    "long_literal": "a@[" + "1." * 100_000 + "]",
    "nul_bytes": "a\x00b@exa\x00mple.com",
    "controls": "".join(chr(c) for c in range(32)) + "@example.com",
}


@pytest.mark.parametrize("name", sorted(LONG_CASES))
def test_long_and_odd_inputs_are_answered_quickly(name: str) -> None:
    s = LONG_CASES[name]
    start = time.perf_counter()
    r = contactkit.validate_email(s, **PERMISSIVE)
    contactkit.validate_email(s)
    c = contactkit.clean_email(s)
    elapsed = time.perf_counter() - start
    assert isinstance(r.valid, bool)
    assert c.email is None or isinstance(c.email.valid, bool)
    # Generous: the core answers these in milliseconds; this catches quadratic blow-ups.
    assert elapsed < 2.0, f"{name}: {elapsed:.2f}s"


def test_many_distinct_unicode_blocks_do_not_crash() -> None:
    samples = []
    for start in range(0x80, 0x110000, 0x1111):
        ch = chr(start)
        samples += [f"{ch}@example.com", f"a@{ch}.com", f"a@example.{ch}", f'"{ch}"@x.com']
    batch = contactkit.validate_emails(samples, **PERMISSIVE)
    assert batch == [contactkit.validate_email(s, **PERMISSIVE) for s in samples]
    cleaned = contactkit.clean_emails(samples)
    assert len(cleaned) == len(samples)
