#!/usr/bin/env python3
"""Port the non-DNS test cases of email-validator 2.4.0 into testdata/email/upstream.jsonl.

The sdist `email_validator-2.4.0.tar.gz` ships `tests/` (Unlicense). This script collects its
test_syntax.py and test_main.py with pytest, turns every case into (input, options) runs exactly
as the test function makes them, runs the reference on each (tools/email_reference.py), and
checks the upstream assertion that the case makes (a message, a normalised field, valid or
not), so the port is known to be faithful. Usage:

    python tools/port_upstream_tests.py /path/to/email_validator-2.4.0/tests \
        > testdata/email/upstream.jsonl

Deterministic: same reference versions, same output.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from typing import Any

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import email_reference as ref  # noqa: E402

T = {"test_environment": True}
QL = {"allow_quoted_local": True}
DL = {"allow_domain_literal": True}
DN = {"allow_display_name": True}
NO8 = {"allow_smtputf8": False}

MAPPED_NOTE = (
    "Python 3.11 ipaddress prints IPv4-mapped IPv6 in hex (::ffff:102:304); the upstream test "
    "asserts the Python >= 3.13 form ::ffff:1.2.3.4. contactkit follows the pinned reference "
    "(CPython 3.11)."
)


class Collector:
    def __init__(self) -> None:
        self.items: list[Any] = []

    def pytest_collection_modifyitems(self, items: list[Any]) -> None:
        self.items.extend(items)


def runs_for(name: str, p: dict[str, Any]) -> list[tuple[str, dict[str, bool], Any]]:
    """The (input, options, check) runs a parametrized upstream test makes."""
    e = p.get("email_input")
    if name == "test_email_valid":
        out = p["output"]
        chk = ("fields", out.__dict__)
        return [(e, {**NO8, **QL, **DN}, chk), (e, {**QL, **DN}, chk)]
    if name == "test_email_valid_intl_local_part":
        return [
            (e, DN, ("fields", p["output"].__dict__)),
            (e, {**NO8, **DN}, ("message_contains", "Internationalized characters before the @-sign are not supported: ")),
        ]
    if name == "test_email_valid_only_if_quoted_local_part":
        return [
            (e, {}, ("message", "Quoting the part before the @-sign is not allowed here.")),
            (e, QL, ("fields", {"local_part": p["normalized_local_part"]})),
        ]
    if name == "test_email_invalid_syntax":
        return [(e, {}, ("message", p["error_msg"]))]
    if name == "test_email_invalid_syntax_strict":
        return [(e, {}, ("valid", True)), (e, {"strict": True}, ("message", p["error_msg"]))]
    if name == "test_email_invalid_syntax_display_name":
        return [(e, DN, ("message", "The part after the @-sign contains invalid characters: '>'."))]
    if name == "test_email_invalid_reserved_domain":
        return [(e, {}, ("message_contains", "is a special-use or reserved name"))]
    if name == "test_email_unsafe_character":
        s = p["s"]
        return [
            (s + "@test", T, ("message", f"The email address contains unsafe characters: {p['expected_error']}.")),
            ("test@" + s, T, ("message_contains", "The email address contains unsafe characters")),
        ]
    if name == "test_email_invalid_character_smtputf8_off":
        return [(e, {**NO8, **T}, ("message", p["expected_error"]))]
    if name == "test_pyisemail_tests":
        status = p["status"]
        if status == "ISEMAIL_VALID":
            return [(e, T, ("valid", True)), (e, {**QL, **DL, **T}, ("valid", True))]
        if status == "ISEMAIL_RFC5322_LOCAL_TOOLONG":
            return [(e, {"strict": True, **T}, ("valid", False)), (e, T, None)]
        if status == "ISEMAIL_RFC5321_QUOTEDSTRING":
            return [(e, T, ("valid", False)), (e, {**QL, **T}, ("valid", True))]
        if "_ADDRESSLITERAL" in status or status == "ISEMAIL_RFC5321_IPV6DEPRECATED":
            return [(e, T, ("valid", False)), (e, {**DL, **T}, ("valid", True))]
        if "_DOMLIT_" in status or "DOMAINLITERAL" in status or "_IPV6" in status:
            return [(e, {**DL, **T}, ("valid", False))]
        # _ERR_, _TOOLONG, CFWS, RFC5322_DOMAIN, _DEPREC_: upstream asserts the first call
        # raises; its second call sits after it inside `pytest.raises` and never runs, so that
        # run is ported with the reference's verdict and no upstream assertion.
        return [(e, T, ("valid", False)), (e, {**QL, **DL, **T}, None)]
    raise SystemExit(f"unhandled parametrized upstream test {name}")


# Tests without parameters: their calls, written out (input, options, check).
PLAIN: dict[str, list[tuple[str, dict[str, bool], Any]]] = {
    "test_domain_literal": [
        ("me@[127.0.0.1]", DL, ("fields", {"domain": "[127.0.0.1]"})),
        ("me@[IPv6:::1]", DL, ("fields", {"domain": "[IPv6:::1]"})),
        ("me@[IPv6:0000:0000:0000:0000:0000:0000:0000:0001]", DL, ("fields", {"domain": "[IPv6:::1]"})),
        ("me@[ipv6:::1]", DL, ("fields", {"domain": "[IPv6:::1]"})),
        ("me@[IPV6:::1]", DL, ("fields", {"domain": "[IPv6:::1]"})),
        ("me@[IPv6:::ffff:1.2.3.4]", DL, ("mapped", {"domain": "[IPv6:::ffff:1.2.3.4]"})),
        ("me@[IPv6:fe80::1%eth0]", DL, ("message", "The IPv6 address in brackets after the @-sign is not valid (It has a zone index).")),
        ("me@[IPv6:::1%]]", DL, ("message", "The IPv6 address in brackets after the @-sign is not valid (It has a zone index).")),
    ],
    "test_email_long_input_is_not_quadratic": [
        ("\u0301" * 50000 + "@example.com", {}, ("message_contains", "unsafe characters")),
    ],
    "test_email_long_idna_domain_is_not_quadratic": [
        ("me@\u00e9.xn--" + "9" * 200000 + ".com", {}, ("message_contains", "too long after the @-sign")),
        ("me@" + "\u0660" * 40000 + ".com", {}, ("message_contains", "too long after the @-sign")),
    ],
    "test_email_empty_local": [
        ("@test", {"allow_empty_local": True, **T}, ("valid", True)),
        ('""@test', {"allow_empty_local": True, **QL, **T}, ("valid", True)),
    ],
    "test_email_test_domain_name_in_test_environment": [
        ("anything@test", T, ("valid", True)),
        ("anything@mycompany.test", T, ("valid", True)),
    ],
    "test_case_insensitive_mailbox_name": [
        ("POSTMASTER@test", T, ("fields", {"normalized": "postmaster@test"})),
        ("NOT-POSTMASTER@test", T, ("fields", {"normalized": "NOT-POSTMASTER@test"})),
    ],
    # test_main.py (the parts that do not need DNS answers)
    "test_dict_accessor": [("testaddr@example.tld", {}, ("valid", True))],
    "test_dict_accessor_with_domain_address": [("me@[127.0.0.1]", DL, ("fields", {"domain": "[127.0.0.1]"}))],
    "test_main_single_bad_input": [
        ("test@..com", {}, ("message", "An email address cannot have a period immediately after the @-sign.")),
    ],
    "test_main_multi_input": [
        ("google1@google.com", {}, ("valid", True)),
        ("google2@google.com", {}, ("valid", True)),
        ("test@.com", {}, ("valid", False)),
        ("test3@.com", {}, ("valid", False)),
    ],
    "test_main_falsy_boolean_option_from_env": [
        ("test@xkxufoekjvjfjeodlfmdfjcu.com", {}, ("fields", {"normalized": "test@xkxufoekjvjfjeodlfmdfjcu.com"})),
    ],
    "test_main_falsy_test_environment_from_env": [
        ("me@foo.test", {}, ("message", "The part after the @-sign is a special-use or reserved name that cannot be used with email.")),
    ],
    "test_main_single_good_input": [("google@google.com", {}, ("valid", True))],
    "test_bytes_input": [("testaddr@example.tld", {}, ("fields", {"normalized": "testaddr@example.tld"}))],
}

# Upstream tests that are not ported, and why.
SKIPPED = {
    "test_invalid_type": "type errors are a binding concern (Python TypeError), not a verdict",
    "test_invalid_ascii": "bytes input: contactkit takes UTF-8 text",
    "test_deprecation": "the deprecated `email` attribute of the Python result",
    "test_dict_accessor_does_not_modify_validated_email": "Python object identity; its input is ported by test_dict_accessor_with_domain_address",
    "test_main_default_timeout_from_env": "DNS timeout setting",
}


def check(case: Any, exp: dict[str, Any]) -> str | None:
    """None when the upstream assertion holds for the reference's output, else a description."""
    if case is None:
        return None
    kind, want = case
    if kind == "valid":
        return None if exp["valid"] == want else f"expected valid={want}"
    if kind == "message":
        return None if exp["message"] == want else f"expected message {want!r}"
    if kind == "message_contains":
        return None if exp["message"] and want in exp["message"] else f"expected message containing {want!r}"
    if kind in ("fields", "mapped"):
        for k, v in want.items():
            if k in ("original", "domain_address") or k not in exp:
                continue
            if exp[k] != v:
                return f"expected {k}={v!r}, reference gives {exp[k]!r}"
        return None
    raise ValueError(kind)


def main() -> None:
    ref.check_versions()
    tests_dir = sys.argv[1]
    collector = Collector()
    os.environ.setdefault("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    sys.dont_write_bytecode = True  # leave the unpacked sdist untouched
    with contextlib.redirect_stdout(io.StringIO()):
        rc = pytest.main(
            ["--collect-only", "-q", "-p", "no:cacheprovider",
             os.path.join(tests_dir, "test_syntax.py"), os.path.join(tests_dir, "test_main.py")],
            plugins=[collector],
        )
    if rc != 0:
        raise SystemExit(f"pytest collection failed ({rc})")

    runs: list[tuple[str, dict[str, bool], Any, str]] = []
    seen_plain: set[str] = set()
    for item in collector.items:
        name = item.originalname
        if name in SKIPPED:
            continue
        if name in PLAIN:
            seen_plain.add(name)
            for inp, opts, chk in PLAIN[name]:
                runs.append((inp, opts, chk, name))
        elif hasattr(item, "callspec"):
            for inp, opts, chk in runs_for(name, item.callspec.params):
                runs.append((inp, opts, chk, item.name))
        else:
            raise SystemExit(f"upstream test {name} is neither ported nor listed as skipped")
    missing = set(PLAIN) - seen_plain
    if missing:
        raise SystemExit(f"listed tests not found upstream: {sorted(missing)}")

    print("// " + json.dumps({
        "file": "testdata/email/upstream.jsonl",
        "generator": "tools/port_upstream_tests.py",
        "upstream": "email_validator-2.4.0 sdist tests/test_syntax.py, tests/test_main.py (Unlicense)",
        "reference": ref.reference_versions(),
        "skipped_tests": SKIPPED,
    }, sort_keys=True))
    seen: set[tuple[str, str]] = set()
    problems = 0
    for inp, opts, chk, source in runs:
        try:
            inp.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate ('\ud800' in test_email_unsafe_character) is not text that
            # Rust, C or JSON text can hold.
            print(f"skip (lone surrogate): {source}", file=sys.stderr)
            continue
        key = (inp, json.dumps(ref.non_default(opts), sort_keys=True))
        if key in seen:
            continue
        seen.add(key)
        rec = ref.line(inp, opts, source)
        problem = check(chk, rec["expected"])
        if problem and chk[0] == "mapped":
            rec["note"] = MAPPED_NOTE
        elif problem:
            problems += 1
            print(f"upstream assertion fails on the reference: {source}: {problem}", file=sys.stderr)
            rec["note"] = f"upstream assertion does not hold on the pinned reference: {problem}"
        print(json.dumps(rec, ensure_ascii=False))
    if problems:
        print(f"{problems} upstream assertions do not hold on this reference", file=sys.stderr)


if __name__ == "__main__":
    main()
