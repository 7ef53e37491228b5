# Hand-written stub of the compiled extension `contactkit._contactkit` (pyo3).
# Docstrings mirror the extension's own (`tests/test_stub.py` checks that they are equal);
# `mypy --strict` and `python -m mypy.stubtest contactkit` check the stub against the wheel.

from collections.abc import Iterable, Sequence
from typing import Any, Literal, TypedDict, final, overload, type_check_only

from contactkit.codes import EmailFixCode, EmailReasonCode, ErrorCode
from contactkit.exceptions import ArgumentTypeError as ArgumentTypeError
from contactkit.exceptions import ConfigError as ConfigError
from contactkit.exceptions import ContactKitError as ContactKitError
from contactkit.exceptions import FileFormatError as FileFormatError
from contactkit.exceptions import InvalidInputError as InvalidInputError
from contactkit.exceptions import UnknownOptionError as UnknownOptionError

__all__ = [
    "ArgumentTypeError",
    "ConfigError",
    "ContactKitError",
    "EmailCleaned",
    "EmailResult",
    "FileFormatError",
    "InvalidInputError",
    "UnknownOptionError",
    "__core_version__",
    "__version__",
    "_pep440",
    "_raise_core_error",
    "clean_email",
    "clean_emails",
    "email_lists_version",
    "reason_codes",
    "validate_email",
    "validate_emails",
]

__version__: str
__core_version__: str

@type_check_only
class EmailResultDict(TypedDict):
    valid: bool
    reason: EmailReasonCode | None
    message: str | None
    normalized: str | None
    local_part: str | None
    domain: str | None
    ascii_email: str | None
    ascii_local_part: str | None
    ascii_domain: str | None
    smtputf8: bool
    display_name: str | None

@type_check_only
class EmailCleanedDict(TypedDict):
    email: EmailResultDict | None
    others: list[EmailResultDict]
    fixes: list[EmailFixCode]
    suggestion: str | None
    is_role: bool
    is_disposable: bool
    is_free_provider: bool
    registrable_domain: str | None
    dedup_key: str | None
    display_name: str | None

@final
class EmailResult:
    """The verdict of `validate_email` on one string.

    Attributes:
        valid: Whether the address is valid under the options given.
        reason: `None` when valid, else a stable slug such as `"missing_at"`.
        message: `None` when valid, else the reference's English sentence.
        normalized: The form to store (NFC local part, Unicode domain); `None` when invalid.
        local_part: The normalised local part; `None` when invalid.
        domain: The normalised domain (Unicode, or a bracketed literal); `None` when invalid.
        ascii_email: The address in ASCII (`xn--` domain) when the local part is ASCII.
        ascii_local_part: The local part when it is ASCII.
        ascii_domain: The domain in ASCII (A-labels).
        smtputf8: Whether sending needs SMTPUTF8 (the local part as given is non-ASCII).
        display_name: The display name (unquoted, unescaped, NFC) when one was given and allowed.
    """

    def __new__(
        cls,
        valid: bool,
        reason: EmailReasonCode | None = None,
        message: str | None = None,
        normalized: str | None = None,
        local_part: str | None = None,
        domain: str | None = None,
        ascii_email: str | None = None,
        ascii_local_part: str | None = None,
        ascii_domain: str | None = None,
        smtputf8: bool = False,
        display_name: str | None = None,
    ) -> EmailResult: ...
    @property
    def valid(self) -> bool: ...
    @property
    def reason(self) -> EmailReasonCode | None: ...
    @property
    def message(self) -> str | None: ...
    @property
    def normalized(self) -> str | None: ...
    @property
    def local_part(self) -> str | None: ...
    @property
    def domain(self) -> str | None: ...
    @property
    def ascii_email(self) -> str | None: ...
    @property
    def ascii_local_part(self) -> str | None: ...
    @property
    def ascii_domain(self) -> str | None: ...
    @property
    def smtputf8(self) -> bool: ...
    @property
    def display_name(self) -> str | None: ...
    def to_dict(self) -> EmailResultDict:
        """The attributes as a plain `dict` (the same fields and values as the JSON of the C ABI).

        Returns:
            dict: `{"valid": ..., "reason": ..., ...}` in attribute order.
        """
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(
        self,
    ) -> tuple[
        type[EmailResult],
        tuple[
            bool,
            EmailReasonCode | None,
            str | None,
            str | None,
            str | None,
            str | None,
            str | None,
            str | None,
            str | None,
            bool,
            str | None,
        ],
    ]: ...

@final
class EmailCleaned:
    """The result of `clean_email`: the CRM layer on top of validation.

    Attributes:
        email: The verdict on the cleaned main address, or `None` when nothing address-like was
            found.
        others: Verdicts on further addresses found in the same field.
        fixes: Slugs of what cleaning did, in order (`"trimmed"`, ...).
        suggestion: A likely intended address when the domain looks like a typo; never applied.
        is_role: The local part is a role (`info`, `noreply`, ...).
        is_disposable: The domain is a disposable-mail provider.
        is_free_provider: The domain is a free consumer mail provider.
        registrable_domain: The registrable domain (eTLD+1).
        dedup_key: The provider-aware duplicate key (the suppression `ck1` strict form).
        display_name: The display name removed from the field (`Jan de Vries <jan@x.nl>`).
    """

    def __new__(
        cls,
        email: EmailResult | None = None,
        others: Iterable[EmailResult] = (),
        fixes: Iterable[EmailFixCode] = (),
        suggestion: str | None = None,
        is_role: bool = False,
        is_disposable: bool = False,
        is_free_provider: bool = False,
        registrable_domain: str | None = None,
        dedup_key: str | None = None,
        display_name: str | None = None,
    ) -> EmailCleaned: ...
    @property
    def email(self) -> EmailResult | None: ...
    @property
    def others(self) -> list[EmailResult]: ...
    @property
    def fixes(self) -> list[EmailFixCode]: ...
    @property
    def suggestion(self) -> str | None: ...
    @property
    def is_role(self) -> bool: ...
    @property
    def is_disposable(self) -> bool: ...
    @property
    def is_free_provider(self) -> bool: ...
    @property
    def registrable_domain(self) -> str | None: ...
    @property
    def dedup_key(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    def to_dict(self) -> EmailCleanedDict:
        """The attributes as a plain `dict`, nested results as dicts (the same fields and values as
        the JSON of the C ABI).

        Returns:
            dict: `{"email": {...} | None, "others": [...], "fixes": [...], ...}`.
        """
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(
        self,
    ) -> tuple[
        type[EmailCleaned],
        tuple[
            EmailResult | None,
            list[EmailResult],
            list[EmailFixCode],
            str | None,
            bool,
            bool,
            bool,
            str | None,
            str | None,
        ],
    ]: ...

def validate_email(
    email: str,
    /,
    *,
    allow_smtputf8: bool = True,
    allow_empty_local: bool = False,
    allow_quoted_local: bool = False,
    allow_domain_literal: bool = False,
    allow_display_name: bool = False,
    strict: bool = False,
    globally_deliverable: bool = True,
    test_environment: bool = False,
) -> EmailResult:
    """Validates one e-mail address with the semantics of `email-validator` 2.4
    (`check_deliverability=False`).

    Bad data is a verdict (`valid=False` with a `reason` slug), never an exception.

    Args:
        email: The address, exactly as stored (no trimming).
        allow_smtputf8: Accept internationalised local parts.
        allow_empty_local: Accept an empty local part (`@example.com`).
        allow_quoted_local: Accept a quoted local part (`"jan de vries"@example.com`).
        allow_domain_literal: Accept `[192.0.2.1]` and `[IPv6:...]` domains.
        allow_display_name: Accept `Name <address>`.
        strict: Add the 64-octet limit on the local part.
        globally_deliverable: Require a domain reachable on the public internet.
        test_environment: Accept the special-use domain `test` and its subdomains.

    Returns:
        EmailResult: The verdict and the normalised forms.

    Raises:
        ArgumentTypeError: `email` is not a `str`, or an option is not a `bool`.
        UnknownOptionError: An unexpected keyword argument.
    """

def validate_emails(
    emails: Iterable[str],
    /,
    *,
    allow_smtputf8: bool = True,
    allow_empty_local: bool = False,
    allow_quoted_local: bool = False,
    allow_domain_literal: bool = False,
    allow_display_name: bool = False,
    strict: bool = False,
    globally_deliverable: bool = True,
    test_environment: bool = False,
) -> list[EmailResult]:
    """Validates every address of `emails` with the same options, with the GIL released.

    Element `i` of the result equals `validate_email(emails[i], **options)`.

    Args:
        emails: A sequence (any iterable but a single `str`) of `str`.
        **options: The keyword options of `validate_email`.

    Returns:
        list[EmailResult]: One verdict per input, in order.

    Raises:
        ArgumentTypeError: `emails` is not a sequence of `str`, or an option is not a `bool`.
        UnknownOptionError: An unexpected keyword argument.
    """

def clean_email(raw: str, /, *, default_domain: str | None = None) -> EmailCleaned:
    """Cleans one raw CRM field: trims, unwraps, splits, then validates with the default options.

    It never changes a stored value without saying so: every change is a `fixes` slug and every
    guess is a `suggestion`.

    Args:
        raw: The field as stored in the CRM.
        default_domain: A domain to add to a bare local part, or `None`.

    Returns:
        EmailCleaned: The cleaned verdict, further addresses, fixes, suggestion and flags.

    Raises:
        ArgumentTypeError: `raw` is not a `str`, or `default_domain` is not a `str` or `None`.
        UnknownOptionError: An unexpected keyword argument.
    """

def clean_emails(
    raws: Iterable[str], /, *, default_domain: str | None = None
) -> list[EmailCleaned]:
    """Cleans every field of `raws`, with the GIL released.

    Element `i` of the result equals `clean_email(raws[i], default_domain=default_domain)`.

    Args:
        raws: A sequence (any iterable but a single `str`) of `str`.
        default_domain: A domain to add to a bare local part, or `None`.

    Returns:
        list[EmailCleaned]: One result per input, in order.

    Raises:
        ArgumentTypeError: `raws` is not a sequence of `str`, or `default_domain` is not a `str`.
        UnknownOptionError: An unexpected keyword argument.
    """

def email_lists_version() -> str:
    """The version of the provider, role and disposable-domain lists compiled in.

    Returns:
        str: The lists' version string.
    """

@overload
def reason_codes(area: Literal["email"], /) -> list[EmailReasonCode]: ...
@overload
def reason_codes(area: Literal["email_fix"], /) -> list[EmailFixCode]: ...
@overload
def reason_codes(area: Literal["error"], /) -> list[ErrorCode]: ...
@overload
def reason_codes(area: str, /) -> list[str]:
    """Every stable slug of an area.

    Args:
        area: `"email"` (validation verdicts), `"email_fix"` (cleaning steps) or `"error"`
            (exception codes); more areas arrive with later releases.

    Returns:
        list[str]: The slugs, in a stable order.

    Raises:
        ConfigError: `area` is not known (`.code == "unknown_kind"`).
        ArgumentTypeError: `area` is not a `str`.
    """

def _raise_core_error(code: str, /) -> None:
    """Raises the exception that the core error with slug `code` maps to (for the test suite, which
    walks `reason_codes("error")` to check that every core error has its own exception class).
    """

def _pep440(version: str, /) -> str:
    """The PEP 440 spelling of a Cargo version (exposed for the test suite)."""

# ---------------------------------------------------------------- addresses (API.md §3)

@final
class Address:
    """One address in its golden form (API.md §3); components are `None` when the input does not
    contain them. Frozen, hashable, comparable.
    """

    @property
    def street(self) -> str | None: ...
    @property
    def house_number(self) -> str | None: ...
    @property
    def house_number_suffix(self) -> str | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def unit_type(self) -> str | None: ...
    @property
    def po_box(self) -> str | None: ...
    @property
    def po_box_type(self) -> str | None: ...
    @property
    def postcode(self) -> str | None: ...
    @property
    def city(self) -> str | None: ...
    @property
    def region(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def organisation(self) -> str | None: ...
    @property
    def care_of(self) -> str | None: ...
    @property
    def attention(self) -> str | None: ...
    @property
    def sorting_code(self) -> str | None: ...
    @property
    def dependent_locality(self) -> str | None: ...
    @property
    def canonical(self) -> str | None: ...
    @property
    def lines(self) -> list[str]: ...
    @property
    def match_key(self) -> str | None: ...
    @property
    def warnings(self) -> list[str]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

def parse_address(text: str, country: str | None = None) -> Address:
    """Parses one free-text address (one line, comma-separated, or several lines).

    Args:
        text: The address.
        country: An ISO 3166-1 alpha-2 hint; a country named in the text wins.

    Returns:
        Address: The golden address; all components `None` when the text is not an address.

    Raises:
        ConfigError: `country` is not a country code (`.code == "unknown_region"`).
        ArgumentTypeError: an argument is not a `str`.
    """
def parse_addresses(texts: Sequence[str], country: str | None = None) -> list[Address]:
    """Parses every text of `texts` with one hint, with the GIL released. Element `i` equals
    `parse_address(texts[i], country)`.

    Raises:
        ConfigError: `country` is not a country code.
        ArgumentTypeError: `texts` is not a sequence of `str`.
    """
def normalize_address(
    *,
    street: str | None = None,
    house_number: str | None = None,
    postcode: str | None = None,
    city: str | None = None,
    country: str | None = None,
    region: str | None = None,
    lines: Sequence[str] | None = None,
) -> Address:
    """Normalises the split columns of a CRM address into the same `Address` as `parse_address`.

    Raises:
        ArgumentTypeError: a column is not a `str` (`lines`: a sequence of `str`).
    """
