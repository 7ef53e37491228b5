"""The public surface of the Python package: names, options, results, exceptions, versions."""

from __future__ import annotations

import copy
import importlib.metadata
import inspect
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest

import contactkit
from conftest import EMAIL_OPTIONS, EMAIL_RESULT_FIELDS, ROOT, sample_addresses
from contactkit import (
    ArgumentTypeError,
    ConfigError,
    ContactKitError,
    EmailCleaned,
    EmailResult,
    FileFormatError,
    InvalidInputError,
    UnknownOptionError,
)

# -------------------------------------------------------------------------------------------
# The package


def test_imports_the_installed_wheel_not_the_source_tree() -> None:
    package = Path(contactkit.__file__).resolve()
    assert "site-packages" in package.parts, package
    assert not package.is_relative_to(ROOT / "python" / "py_src")


def test_all_names_exist_and_are_public_api() -> None:
    expected = {
        "validate_email",
        "validate_emails",
        "clean_email",
        "clean_emails",
        "reason_codes",
        "email_lists_version",
        "parse_address",
        "parse_addresses",
        "normalize_address",
        "Address",
        "EmailResult",
        "EmailCleaned",
        "ContactKitError",
        "InvalidInputError",
        "ConfigError",
        "UnknownOptionError",
        "ArgumentTypeError",
        "FileFormatError",
        "__version__",
        "suppression_canonical",
        "suppression_token",
        "platform_normalize",
        "platform_hash",
        "SuppressionList",
        "SuppressionCanonical",
        "Decision",
        "AddReceipt",
        "parse_phone",
        "parse_phones",
        "clean_phone",
        "clean_phones",
        "phone_match",
        "phone_metadata_version",
        "PhoneResult",
        "PhoneCleaned",
        "score_pair",
        "dedupe",
        "link",
        "MatchScore",
        "DedupeResult",
        "LinkResult",
        "ContactIndex",
        "Match",
        "golden_record",
        "GoldenRecord",
    }
    assert set(contactkit.__all__) == expected
    for name in contactkit.__all__:
        assert hasattr(contactkit, name), name


def test_module_is_typed() -> None:
    package = Path(contactkit.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_contactkit.pyi").is_file()


def test_version_is_pep440_and_matches_the_wheel_metadata() -> None:
    assert contactkit.__version__ == importlib.metadata.version("contactkit")
    assert contactkit.__version__ == contactkit._contactkit._pep440(
        contactkit._contactkit.__core_version__
    )


@pytest.mark.parametrize(
    ("cargo", "pep440"),
    [
        ("0.1.0", "0.1.0"),
        ("0.2.0-alpha.1", "0.2.0a1"),
        ("1.0.0-beta.2", "1.0.0b2"),
        ("1.0.0-rc.3", "1.0.0rc3"),
        ("1.0.0-alpha", "1.0.0a0"),
        ("2.1.0-dev.4", "2.1.0.dev4"),
        ("1.2.3+build.5", "1.2.3+build.5"),
    ],
)
def test_pep440_mapping(cargo: str, pep440: str) -> None:
    assert contactkit._contactkit._pep440(cargo) == pep440


def test_email_lists_version_is_a_nonempty_string() -> None:
    v = contactkit.email_lists_version()
    assert isinstance(v, str)
    assert v


# -------------------------------------------------------------------------------------------
# reason_codes


@pytest.mark.parametrize(
    "area",
    [
        "email",
        "email_fix",
        "error",
        "phone",
        "phone_possible",
        "phone_type",
        "phone_fix",
        "phone_label",
        "phone_match",
    ],
)
def test_reason_codes_are_unique_snake_case_slugs(area: str) -> None:
    codes = contactkit.reason_codes(area)
    assert codes, area
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert code == code.lower(), code
        assert code.replace("_", "").isalnum(), code


def test_reason_codes_email_has_the_api_slugs() -> None:
    codes = contactkit.reason_codes("email")
    for slug in ("missing_at", "domain_special_use", "unsafe_chars", "too_long"):
        assert slug in codes
    assert "trimmed" in contactkit.reason_codes("email_fix")
    assert "unknown_option" in contactkit.reason_codes("error")


def test_reason_codes_unknown_area_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as info:
        contactkit.reason_codes("no_such_area")
    assert info.value.code == "unknown_kind"
    assert "no_such_area" not in str(info.value)


def test_reason_codes_wrong_type() -> None:
    with pytest.raises(ArgumentTypeError):
        contactkit.reason_codes(1)  # type: ignore[call-overload]


def test_every_verdict_uses_a_listed_slug() -> None:
    codes = set(contactkit.reason_codes("email"))
    for s in sample_addresses():
        r = contactkit.validate_email(s)
        assert (r.reason is None) == r.valid
        if r.reason is not None:
            assert r.reason in codes


# -------------------------------------------------------------------------------------------
# Exceptions


def test_exception_hierarchy() -> None:
    assert issubclass(ContactKitError, Exception)
    for cls in (InvalidInputError, ConfigError, ArgumentTypeError, FileFormatError):
        assert issubclass(cls, ContactKitError)
        assert issubclass(cls, ValueError)
    assert issubclass(UnknownOptionError, ConfigError)
    assert issubclass(UnknownOptionError, TypeError)
    assert issubclass(ArgumentTypeError, TypeError)
    for cls in (InvalidInputError, ConfigError, FileFormatError):
        assert not issubclass(cls, TypeError), cls
    # defined in pure Python, re-exported by the extension
    assert ContactKitError.__module__ == "contactkit.exceptions"
    assert contactkit._contactkit.UnknownOptionError is UnknownOptionError


def test_exceptions_carry_a_code_and_pickle() -> None:
    e = ConfigError("unknown region", "unknown_region")
    assert e.code == "unknown_region"
    assert str(e) == "unknown region"
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is ConfigError
    assert back.code == "unknown_region"
    assert str(back) == "unknown region"
    assert UnknownOptionError("x").code == "unknown_option"
    assert "unknown_region" in repr(e)


#: The Python class each core error maps to (STYLE.md section 4).
ERROR_CLASSES: dict[str, type[BaseException]] = {
    "invalid_argument": ConfigError,
    "unknown_option": UnknownOptionError,
    "unknown_region": ConfigError,
    "unknown_kind": ConfigError,
    "unknown_profile": ConfigError,
    "bad_key": ConfigError,
    "key_missing": ConfigError,
    "invalid_input": InvalidInputError,
    "too_large": InvalidInputError,
    "invalid_json": FileFormatError,
    "invalid_csv": FileFormatError,
    "file_corrupt": FileFormatError,
    "file_tampered": FileFormatError,
    "file_expired": FileFormatError,
    "file_rollback": FileFormatError,
    "unsupported_version": FileFormatError,
    "io": OSError,
}


@pytest.mark.parametrize("code", contactkit.reason_codes("error"))
def test_every_core_error_maps_to_its_own_exception(code: str) -> None:
    """Walks every core `ErrorKind` through the extension's one `From<…> for PyErr`: a kind
    added to the core without a mapping falls to the bare base class and fails here."""
    assert code in ERROR_CLASSES, f"new core error {code!r}: map it in python/src/errors.rs"
    expected = ERROR_CLASSES[code]
    with pytest.raises(expected) as info:
        contactkit._contactkit._raise_core_error(code)
    exc = info.value
    assert type(exc) is expected, (code, type(exc))
    if expected is not OSError:
        assert isinstance(exc, ContactKitError)
        assert isinstance(exc, ValueError)
        assert exc.code == code
    assert str(exc)


def test_error_mapping_table_lists_only_real_codes() -> None:
    assert set(ERROR_CLASSES) == set(contactkit.reason_codes("error"))


# -------------------------------------------------------------------------------------------
# Options: keyword-only, same names and defaults as email-validator


def test_validate_email_signature_matches_the_reference() -> None:
    import email_validator

    sig = inspect.signature(contactkit.validate_email)
    params = list(sig.parameters.values())
    assert params[0].name == "email"
    assert params[0].kind is inspect.Parameter.POSITIONAL_ONLY
    ours = {p.name: p.default for p in params[1:]}
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:])
    assert ours == EMAIL_OPTIONS
    ref = inspect.signature(email_validator.validate_email).parameters
    for name, default in ours.items():
        assert ref[name].kind is inspect.Parameter.KEYWORD_ONLY, name
        # The reference's defaults are module-level settings (ALLOW_SMTPUTF8, ...).
        assert getattr(email_validator, name.upper()) == default, name


def test_options_change_the_verdict() -> None:
    assert not contactkit.validate_email("x@[192.0.2.1]").valid
    assert not contactkit.validate_email("x@[192.0.2.1]", allow_domain_literal=False).valid
    assert contactkit.validate_email("x@[192.0.2.1]", allow_domain_literal=True).reason != (
        "domain_literal_not_allowed"
    )


@pytest.mark.parametrize(
    "function",
    [
        contactkit.validate_email,
        contactkit.validate_emails,
        contactkit.clean_email,
        contactkit.clean_emails,
    ],
)
def test_options_are_keyword_only(function: Any) -> None:
    arg: Any = ["a@example.com"] if function.__name__.endswith("s") else "a@example.com"
    with pytest.raises(TypeError):
        function(arg, True)


@pytest.mark.parametrize(
    ("function", "arg"),
    [
        (contactkit.validate_email, "a@example.com"),
        (contactkit.validate_emails, ["a@example.com"]),
        (contactkit.clean_email, "a@example.com"),
        (contactkit.clean_emails, ["a@example.com"]),
    ],
)
def test_unknown_option(function: Any, arg: Any) -> None:
    with pytest.raises(UnknownOptionError) as info:
        function(arg, check_deliverability=False)
    assert info.value.code == "unknown_option"
    assert "check_deliverability" in str(info.value)
    # and as the superclasses promise
    with pytest.raises(TypeError):
        function(arg, allow_smtputf=True)
    with pytest.raises(ConfigError):
        function(arg, Strict=True)


@pytest.mark.parametrize("value", [1, 0, "yes", None, 1.0, [True]])
@pytest.mark.parametrize("option", sorted(EMAIL_OPTIONS))
def test_non_bool_option_is_an_argument_type_error(option: str, value: Any) -> None:
    with pytest.raises(ArgumentTypeError) as info:
        contactkit.validate_email("a@example.com", **{option: value})
    assert info.value.code == "invalid_argument"
    assert option in str(info.value)
    with pytest.raises(ArgumentTypeError):
        contactkit.validate_emails(["a@example.com"], **{option: value})


def test_every_option_is_accepted_with_both_values() -> None:
    for option in EMAIL_OPTIONS:
        for value in (True, False):
            r = contactkit.validate_email("jan@example.com", **{option: value})
            assert isinstance(r, EmailResult)


@pytest.mark.parametrize("value", [1, b"example.com", ["example.com"]])
def test_default_domain_type(value: Any) -> None:
    with pytest.raises(ArgumentTypeError):
        contactkit.clean_email("jan", default_domain=value)
    with pytest.raises(ArgumentTypeError):
        contactkit.clean_emails(["jan"], default_domain=value)


def test_default_domain_none_and_str_are_accepted() -> None:
    assert isinstance(contactkit.clean_email("jan@example.com", default_domain=None), EmailCleaned)
    assert isinstance(contactkit.clean_email("jan", default_domain="example.com"), EmailCleaned)


# -------------------------------------------------------------------------------------------
# Argument types


@pytest.mark.parametrize(
    "value", [None, 1, 1.5, b"a@example.com", bytearray(b"a@x.com"), ["a@example.com"], object()]
)
def test_non_str_email_is_a_type_error(value: Any) -> None:
    for function in (contactkit.validate_email, contactkit.clean_email):
        with pytest.raises(TypeError) as info:
            function(value)
        assert isinstance(info.value, ArgumentTypeError)
        assert isinstance(info.value, ValueError)
        assert type(value).__name__ in str(info.value)


def test_str_subclass_is_accepted() -> None:
    class Email(str):
        pass

    assert contactkit.validate_email(Email("jan@example.com")) == contactkit.validate_email(
        "jan@example.com"
    )


def test_type_error_messages_never_contain_the_value() -> None:
    secret = b"jan.secret@example.com"
    with pytest.raises(ArgumentTypeError) as info:
        contactkit.validate_email(secret)  # type: ignore[arg-type]
    assert "secret" not in str(info.value)


# -------------------------------------------------------------------------------------------
# EmailResult


def test_email_result_attributes() -> None:
    r = contactkit.validate_email("Jan@Example.COM")
    assert r.valid is True
    assert r.reason is None
    assert r.message is None
    assert r.local_part == "Jan"
    assert r.normalized is not None
    assert r.normalized.startswith("Jan@")
    assert r.smtputf8 is False
    assert r.display_name is None
    bad = contactkit.validate_email("jan.example.com")
    assert bad.valid is False
    assert bad.reason == "missing_at"
    assert bad.message == "An email address must have an @-sign."
    for field in (
        "normalized",
        "local_part",
        "domain",
        "ascii_email",
        "ascii_local_part",
        "ascii_domain",
    ):
        assert getattr(bad, field) is None


@pytest.mark.parametrize("s", sample_addresses()[:30])
def test_email_result_is_frozen(s: str) -> None:
    r = contactkit.validate_email(s)
    for field in EMAIL_RESULT_FIELDS:
        with pytest.raises(AttributeError):
            setattr(r, field, None)
        with pytest.raises(AttributeError):
            delattr(r, field)
    with pytest.raises(AttributeError):
        r.extra = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("s", sample_addresses()[:30])
def test_email_result_to_dict(s: str) -> None:
    r = contactkit.validate_email(s, allow_display_name=True, allow_quoted_local=True)
    d: dict[str, Any] = r.to_dict()  # type: ignore[assignment]
    assert type(d) is dict
    assert tuple(d) == EMAIL_RESULT_FIELDS
    for field in EMAIL_RESULT_FIELDS:
        assert d[field] == getattr(r, field), field
    assert json.loads(json.dumps(d)) == d
    assert EmailResult(**d) == r


@pytest.mark.parametrize("s", sample_addresses()[:30])
def test_email_result_pickle_copy_and_repr(s: str) -> None:
    r = contactkit.validate_email(s)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(r, protocol=protocol))
        assert back == r
        assert type(back) is EmailResult
        assert hash(back) == hash(r)
    assert copy.copy(r) == r
    assert copy.deepcopy(r) == r
    text = repr(r)
    assert text.startswith("EmailResult(valid=")
    assert eval(text, {"EmailResult": EmailResult}) == r
    if r.reason:
        assert repr(r.reason) in text


def test_email_result_equality_and_hash() -> None:
    a = contactkit.validate_email("jan@example.com")
    b = contactkit.validate_email("jan@example.com")
    c = contactkit.validate_email("piet@example.com")
    assert a == b
    assert hash(a) == hash(b)
    assert a != c
    assert a != a.to_dict()
    assert len({a, b, c}) == 2


def test_email_result_constructor() -> None:
    r = EmailResult(False, "missing_at", "An email address must have an @-sign.")
    assert r == contactkit.validate_email("nope")
    with pytest.raises(ConfigError):
        EmailResult(False, "no_such_reason")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        EmailResult(1)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        EmailResult(True, normalized=5)  # type: ignore[arg-type]


# -------------------------------------------------------------------------------------------
# EmailCleaned

CLEAN_SAMPLES = [
    "  jan@example.com  ",
    "jan@example.com",
    "",
    "   ",
    "mailto:jan@example.com",
    "Jan de Vries <jan@example.com>",
    "jan@example.com; piet@example.org",
    "info@gmial.com",
    "jan",
]


@pytest.mark.parametrize("s", CLEAN_SAMPLES)
def test_email_cleaned_attributes_and_types(s: str) -> None:
    c = contactkit.clean_email(s)
    assert c.email is None or isinstance(c.email, EmailResult)
    assert isinstance(c.others, list)
    assert all(isinstance(o, EmailResult) for o in c.others)
    assert isinstance(c.fixes, list)
    fixes = set(contactkit.reason_codes("email_fix"))
    assert all(f in fixes for f in c.fixes)
    assert c.suggestion is None or isinstance(c.suggestion, str)
    for flag in (c.is_role, c.is_disposable, c.is_free_provider):
        assert isinstance(flag, bool)
    assert c.registrable_domain is None or isinstance(c.registrable_domain, str)
    assert c.dedup_key is None or isinstance(c.dedup_key, str)


def test_clean_trims_and_says_so() -> None:
    c = contactkit.clean_email("  jan@example.com  ")
    assert "trimmed" in c.fixes
    assert c.email is not None
    assert c.email.valid
    assert c.email.normalized == "jan@example.com"
    assert contactkit.clean_email("jan@example.com").fixes == []


@pytest.mark.parametrize("s", CLEAN_SAMPLES)
def test_email_cleaned_frozen_to_dict_pickle_repr(s: str) -> None:
    c = contactkit.clean_email(s, default_domain="example.com")
    d = c.to_dict()
    assert type(d) is dict
    public = [name for name in dir(c) if not name.startswith("_") and name != "to_dict"]
    assert sorted(d) == sorted(public), "every attribute is in to_dict() and vice versa"
    for key, value in d.items():
        attr = getattr(c, key)
        if key == "email":
            assert value == (None if attr is None else attr.to_dict())
        elif key == "others":
            assert value == [o.to_dict() for o in attr]
        else:
            assert value == attr, key
    assert json.loads(json.dumps(d)) == d
    for key in d:
        with pytest.raises(AttributeError):
            setattr(c, key, None)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(c, protocol=protocol))
        assert back == c
        assert hash(back) == hash(c)
    assert copy.deepcopy(c) == c
    text = repr(c)
    assert text.startswith("EmailCleaned(")
    assert eval(text, {"EmailCleaned": EmailCleaned, "EmailResult": EmailResult}) == c


def test_email_cleaned_constructor() -> None:
    r = contactkit.validate_email("jan@example.com")
    c = EmailCleaned(r, [r], ["trimmed"], None, True)
    assert c.email == r
    assert c.others == [r]
    assert c.fixes == ["trimmed"]
    assert c.is_role
    with pytest.raises(ConfigError):
        EmailCleaned(fixes=["not_a_fix"])  # type: ignore[list-item]
    with pytest.raises(ArgumentTypeError):
        EmailCleaned(email="jan@example.com")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        EmailCleaned(others="jan@example.com")  # type: ignore[arg-type]


def test_results_are_not_subclassable_and_have_public_module() -> None:
    for cls in (EmailResult, EmailCleaned):
        assert cls.__module__ == "contactkit"
        with pytest.raises(TypeError):
            type("Sub", (cls,), {})


def test_interpreter_supports_what_we_claim() -> None:
    assert sys.version_info >= (3, 10)
