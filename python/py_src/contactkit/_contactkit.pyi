# Hand-written stub of the compiled extension `contactkit._contactkit` (pyo3).
# Docstrings mirror the extension's own (`tests/test_stub.py` checks that they are equal);
# `mypy --strict` and `python -m mypy.stubtest contactkit` check the stub against the wheel.

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal, TypeAlias, TypedDict, final, overload, type_check_only

from contactkit.codes import (
    EmailFixCode,
    EmailReasonCode,
    ErrorCode,
    PhoneErrorCode,
    PhoneFixCode,
    PhoneLabelCode,
    PhoneMatchCode,
    PhonePossibleCode,
    PhoneTypeCode,
)
from contactkit.exceptions import ArgumentTypeError as ArgumentTypeError
from contactkit.exceptions import ConfigError as ConfigError
from contactkit.exceptions import ContactKitError as ContactKitError
from contactkit.exceptions import FileFormatError as FileFormatError
from contactkit.exceptions import InvalidInputError as InvalidInputError
from contactkit.exceptions import UnknownOptionError as UnknownOptionError

__all__ = [
    "AddReceipt",
    "Address",
    "ArgumentTypeError",
    "ConfigError",
    "ContactIndex",
    "ContactKitError",
    "Decision",
    "DedupeResult",
    "EmailCleaned",
    "EmailResult",
    "FileFormatError",
    "GoldenRecord",
    "InvalidInputError",
    "LinkResult",
    "Match",
    "MatchScore",
    "PhoneCleaned",
    "PhoneResult",
    "SuppressionCanonical",
    "SuppressionList",
    "UnknownOptionError",
    "__core_version__",
    "__version__",
    "_pep440",
    "_raise_core_error",
    "clean_email",
    "clean_emails",
    "clean_phone",
    "clean_phones",
    "dedupe",
    "email_lists_version",
    "golden_record",
    "link",
    "normalize_address",
    "parse_address",
    "parse_addresses",
    "parse_phone",
    "parse_phones",
    "phone_match",
    "phone_metadata_version",
    "platform_hash",
    "platform_normalize",
    "reason_codes",
    "score_pair",
    "suppression_canonical",
    "suppression_token",
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

@final
class MatchScore:
    """The score of a pair of records."""

    @property
    def probability(self) -> float:
        """Probability (0..1) that the records are the same person."""
    @property
    def weight(self) -> float:
        """log2 Bayes factor: the sum of the explanation's weights."""
    @property
    def relation(
        self,
    ) -> Literal["same_person", "same_household", "same_organisation", "different"]:
        """`"same_person"`, `"same_household"`, `"same_organisation"` or `"different"`."""
    @property
    def explanation(self) -> list[tuple[str, str, float]]:
        """The waterfall: a list of `(field, level, weight)` tuples."""
    def to_dict(self) -> dict[str, object]:
        """The attributes as a plain dict."""

@final
class DedupeResult:
    """The result of `dedupe`."""

    @property
    def pairs(self) -> list[tuple[str, str, float]]:
        """Every pair at or above the threshold: `(id_a, id_b, probability)`."""
    @property
    def clusters(self) -> list[list[str]]:
        """Clusters of ids; every record in exactly one."""
    @property
    def stats(self) -> dict[str, object]:
        """Counts and timings (`records`, `candidate_pairs`, `seconds`, ...)."""
    def to_dict(self) -> dict[str, object]:
        """The attributes as a plain dict."""

@final
class LinkResult:
    """The result of `link`."""

    @property
    def pairs(self) -> list[tuple[str, str, float]]:
        """Every pair at or above the threshold: `(id_a, id_b, probability)`, `id_a` from `left`."""
    @property
    def stats(self) -> dict[str, object]:
        """Counts and timings."""
    def to_dict(self) -> dict[str, object]:
        """The attributes as a plain dict."""

def score_pair(a: Mapping[str, object], b: Mapping[str, object]) -> MatchScore:
    """Scores two records (mappings in the API.md §5 schema) with the built-in model."""

def dedupe(
    records: Records,
    *,
    threshold: float = 0.5,
    threads: int | None = None,
    labels: Iterable[tuple[Mapping[str, object], Mapping[str, object], bool]] | None = None,
) -> DedupeResult:
    """Finds duplicates inside one collection of records (no labels needed, no training call;
    optional labelled pairs `(a, b, same_person)` refine the model). A list or any other
    iterable (a generator, a file reader) is read row by row as the run goes, so the run holds
    no second copy of the records."""

def link(
    left: Records,
    right: Records,
    *,
    threshold: float = 0.5,
    threads: int | None = None,
    labels: Iterable[tuple[Mapping[str, object], Mapping[str, object], bool]] | None = None,
) -> LinkResult:
    """Matches two collections of records (optional labelled pairs `(a, b, same_person)`
    refine the model)."""

# A sequence of record mappings, or a pandas / Polars DataFrame or a pyarrow Table (one record
# per row; missing cells are absent, numbers become text).
Records: TypeAlias = Iterable[Mapping[str, object]] | Any

GoldenRule: TypeAlias = Literal[
    "source_priority", "most_recent", "most_frequent", "most_complete", "union"
]

@final
class Match:
    """A record found by `ContactIndex.match`."""

    @property
    def id(self) -> str:
        """Id of the indexed record."""
    @property
    def probability(self) -> float:
        """Probability (0..1) that the records are the same person."""
    @property
    def weight(self) -> float:
        """log2 Bayes factor: the sum of the explanation's weights."""
    @property
    def relation(
        self,
    ) -> Literal["same_person", "same_household", "same_organisation", "different"]:
        """`"same_person"`, `"same_household"`, `"same_organisation"` or `"different"`."""
    @property
    def explanation(self) -> list[tuple[str, str, float]]:
        """The waterfall: a list of `(field, level, weight)` tuples."""
    def to_dict(self) -> dict[str, object]:
        """The attributes as a plain dict."""

@final
class ContactIndex:
    """An incremental index of contact records: `add`, `add_many`, `remove`, `match`, `len()`.
    Thread-safe: matches run concurrently, adds and removes are exclusive."""

    def __new__(cls) -> ContactIndex: ...
    def add(self, record: Mapping[str, object]) -> None:
        """Adds one record (a mapping in the API.md §5 schema); an id may be indexed once."""
    def add_many(self, records: Records) -> None:
        """Adds records (a sequence of mappings, a DataFrame or an Arrow table), all or none, with
        the GIL released."""
    def remove(self, id: str) -> bool:
        """Removes the record with this id; returns whether it was indexed."""
    def match(
        self, record: Mapping[str, object], *, limit: int | None = 5, threshold: float = 0.5
    ) -> list[Match]:
        """The indexed records matching `record`, best first."""
    def match_many(
        self,
        records: Records,
        *,
        limit: int | None = 5,
        threshold: float = 0.5,
        threads: int | None = None,
    ) -> list[list[Match]]:
        """`match` for every record, with the GIL released."""
    def set_labels(
        self, pairs: Iterable[tuple[Mapping[str, object], Mapping[str, object], bool]]
    ) -> bool:
        """Refines the model with labelled pairs `(a, b, same_person)` (a few dozen); returns
        whether the refit was kept. An empty list restores the built-in model."""
    def __len__(self) -> int: ...
    def __contains__(self, id: object, /) -> bool: ...

@final
class GoldenRecord:
    """A merged record with the provenance of each field."""

    @property
    def record(self) -> dict[str, object]:
        """The merged record: a dict in the API.md §5 schema (absent fields left out)."""
    @property
    def provenance(self) -> dict[str, tuple[str, str]]:
        """Field → `(id, rule)`: the record each value came from and the rule that chose it."""
    def to_dict(self) -> dict[str, object]:
        """The attributes as a plain dict (`provenance` values as `{"id", "rule", "ids"}`)."""

def golden_record(
    records: Records, *, rules: Mapping[str, GoldenRule | Sequence[str]] | None = None
) -> GoldenRecord:
    """Merges the records of one cluster (oldest first) into a golden record."""

@type_check_only
class PhoneResultDict(TypedDict):
    parse_ok: bool
    error: PhoneErrorCode | None
    country_code: int | None
    national_number: str | None
    italian_leading_zero: bool | None
    extension: str | None
    is_possible: bool | None
    possible_reason: PhonePossibleCode | None
    is_valid: bool | None
    number_type: PhoneTypeCode | None
    region: str | None
    e164: str | None
    international: str | None
    national: str | None
    rfc3966: str | None

@type_check_only
class PhoneCleanedDict(TypedDict):
    phone: PhoneResultDict | None
    others: list[PhoneResultDict]
    fixes: list[PhoneFixCode]
    label: PhoneLabelCode | None
    dedup_key: str | None
    region: str | None

@final
class PhoneResult:
    """The verdict of `parse_phone` on one string: libphonenumber's parse, possible (with reason),
    valid, type, region and the four formats.

    Attributes:
        parse_ok: Whether libphonenumber could parse the input.
        error: `None`, or why not (`"invalid_country_code"`, `"not_a_number"`,
            `"too_short_after_idd"`, `"too_short_nsn"`, `"too_long"`).
        country_code: The country calling code (`31`).
        national_number: The national significant number (digits, with Italian leading zeros).
        italian_leading_zero: Whether the national number keeps a leading zero (Italy).
        extension: The extension, or `None`.
        is_possible: `is_possible_number`.
        possible_reason: `is_possible_number_with_reason` as a slug.
        is_valid: `is_valid_number`.
        number_type: `number_type` as a slug (`"fixed_line"`, `"mobile"`, ...).
        region: `region_code_for_number` (`"NL"`, `"001"` for non-geographic numbers).
        e164: `"+31201234567"`.
        international: `"+31 20 123 4567"`.
        national: `"020 123 4567"`.
        rfc3966: `"tel:+31-20-123-4567"`.

    Every attribute other than `parse_ok` and `error` is `None` when parsing failed.
    """

    @property
    def parse_ok(self) -> bool: ...
    @property
    def error(self) -> PhoneErrorCode | None: ...
    @property
    def country_code(self) -> int | None: ...
    @property
    def national_number(self) -> str | None: ...
    @property
    def italian_leading_zero(self) -> bool | None: ...
    @property
    def extension(self) -> str | None: ...
    @property
    def is_possible(self) -> bool | None: ...
    @property
    def possible_reason(self) -> PhonePossibleCode | None: ...
    @property
    def is_valid(self) -> bool | None: ...
    @property
    def number_type(self) -> PhoneTypeCode | None: ...
    @property
    def region(self) -> str | None: ...
    @property
    def e164(self) -> str | None: ...
    @property
    def international(self) -> str | None: ...
    @property
    def national(self) -> str | None: ...
    @property
    def rfc3966(self) -> str | None: ...
    def to_dict(self) -> PhoneResultDict:
        """The attributes as a plain `dict` (the same fields and values as the C ABI's JSON).

        Returns:
            dict: `{"parse_ok": ..., "error": ..., ...}` in attribute order.
        """
    @staticmethod
    def _from_fields(
        parse_ok: bool,
        error: str | None,
        country_code: int | None,
        national_number: str | None,
        italian_leading_zero: bool | None,
        extension: str | None,
        is_possible: bool | None,
        possible_reason: str | None,
        is_valid: bool | None,
        number_type: str | None,
        region: str | None,
        e164: str | None,
        international: str | None,
        national: str | None,
        rfc3966: str | None,
    ) -> PhoneResult:
        """Rebuilds a result from its fields (used by pickling)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class PhoneCleaned:
    """The result of `clean_phone`: the CRM layer on top of `parse_phone`.

    Attributes:
        phone: The verdict on the main number, or `None` when the field held nothing but white
            space and labels.
        others: Verdicts on the further numbers of the field that parse.
        fixes: Slugs of what cleaning did (`"label_removed"`, `"split_multiple"`, ...).
        label: What a label said (`"fax"`, `"mobile"`, `"home"`, `"work"`, `"pager"`,
            `"phone"`), or `None`.
        dedup_key: E.164 of the main number without extension, when it parses with a possible
            length.
        region: The default region used (after alias resolution), or `None`.
    """

    @property
    def phone(self) -> PhoneResult | None: ...
    @property
    def others(self) -> list[PhoneResult]: ...
    @property
    def fixes(self) -> list[PhoneFixCode]: ...
    @property
    def label(self) -> PhoneLabelCode | None: ...
    @property
    def dedup_key(self) -> str | None: ...
    @property
    def region(self) -> str | None: ...
    def to_dict(self) -> PhoneCleanedDict:
        """The attributes as a plain `dict`, nested results as dicts (the C ABI's JSON).

        Returns:
            dict: `{"phone": {...} | None, "others": [...], "fixes": [...], ...}`.
        """
    @staticmethod
    def _from_json(text: str) -> PhoneCleaned:
        """Rebuilds a result from the JSON of `to_dict()` (used by pickling)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def parse_phone(number: str, region: str | None = None) -> PhoneResult:
    """Parses one phone number with Google libphonenumber's semantics.

    `parse(number, region)`, then `is_possible_number_with_reason`, `is_valid_number`,
    `number_type`, `region_code_for_number` and the four formats (the Python package
    `phonenumbers` is the reference). Like libphonenumber, only upper-case codes it knows are
    regions: a lower-case, unknown or `None` region means "no default region". A number that does
    not parse is a verdict (`parse_ok=False`, `error`), never an exception.

    Args:
        number: The number as written.
        region: The default region (ISO 3166-1 alpha-2, upper case), or `None`.

    Returns:
        PhoneResult: Every field of the verdict.

    Raises:
        ArgumentTypeError: `number` is not a `str`, or `region` is not a `str` or `None`.
    """

def parse_phones(
    numbers: Iterable[str], region: str | None = None, *, threads: int | None = None
) -> list[PhoneResult]:
    """Parses every number of `numbers` with the same region, with the GIL released.

    Element `i` of the result equals `parse_phone(numbers[i], region)`. Only the parsing runs
    here; each result computes its fields when they are read.

    Args:
        numbers: A sequence (any iterable but a single `str`) of `str`.
        region: The default region, as for `parse_phone`.
        threads: How many threads parse (`None` or 1: this one; 0: one per core). Lists shorter
            than a few thousand numbers are parsed on this thread whatever the value.

    Returns:
        list[PhoneResult]: One verdict per input, in order.

    Raises:
        ArgumentTypeError: `numbers` is not a sequence of `str`, or `region` is not a `str` or
            `None`.
    """

def clean_phone(raw: str, region: str | None = None) -> PhoneCleaned:
    """Cleans one raw CRM phone field, then parses it with libphonenumber's semantics.

    Strips labels (`Tel:`, `(Fax)`, `GSM`, `mob.`) before parsing so they are never read as
    keypad letters, rewrites extensions in local words (`toestel`, `Durchwahl`, `poste`), splits
    fields with several numbers, normalises Unicode digits, dashes and invisible characters, and
    accepts region aliases (`"uk"`, `"nl"`, `"Nederland"`, `"Belgique"`).

    Args:
        raw: The field as stored in the CRM.
        region: The default region: a code or an alias, or `None`.

    Returns:
        PhoneCleaned: The main number, the others, the fixes, the label and the dedup key.

    Raises:
        ConfigError: `region` is neither a region code nor a known alias
            (`.code == "unknown_region"`).
        ArgumentTypeError: `raw` is not a `str`, or `region` is not a `str` or `None`.
    """

def clean_phones(raws: Iterable[str], region: str | None = None) -> list[PhoneCleaned]:
    """Cleans every field of `raws` with the same region, with the GIL released.

    Element `i` of the result equals `clean_phone(raws[i], region)`.

    Args:
        raws: A sequence (any iterable but a single `str`) of `str`.
        region: The default region: a code or an alias, or `None`.

    Returns:
        list[PhoneCleaned]: One result per field, in order.

    Raises:
        ConfigError: `region` is neither a region code nor a known alias.
        ArgumentTypeError: `raws` is not a sequence of `str`, or `region` has the wrong type.
    """

def phone_match(a: str, b: str, region: str | None = None) -> PhoneMatchCode:
    """How closely two phone numbers match: libphonenumber's `is_number_match` levels.

    Args:
        a: The first number.
        b: The second number.
        region: A region to parse national numbers with (both sides), or `None` to compare as
            libphonenumber's `is_number_match(str, str)` does.

    Returns:
        str: `"exact"`, `"nsn"`, `"short_nsn"`, `"none"` or `"not_a_number"`.

    Raises:
        ArgumentTypeError: An argument has the wrong type.
    """

def phone_metadata_version() -> str:
    """The libphonenumber metadata version the phone functions use (`"9.0.42"`).

    Returns:
        str: The version.
    """

@overload
def reason_codes(area: Literal["email"], /) -> list[EmailReasonCode]: ...
@overload
def reason_codes(area: Literal["email_fix"], /) -> list[EmailFixCode]: ...
@overload
def reason_codes(area: Literal["error"], /) -> list[ErrorCode]: ...
@overload
def reason_codes(area: Literal["phone"], /) -> list[PhoneErrorCode]: ...
@overload
def reason_codes(area: Literal["phone_possible"], /) -> list[PhonePossibleCode]: ...
@overload
def reason_codes(area: Literal["phone_type"], /) -> list[PhoneTypeCode]: ...
@overload
def reason_codes(area: Literal["phone_fix"], /) -> list[PhoneFixCode]: ...
@overload
def reason_codes(area: Literal["phone_label"], /) -> list[PhoneLabelCode]: ...
@overload
def reason_codes(area: Literal["phone_match"], /) -> list[PhoneMatchCode]: ...
@overload
def reason_codes(area: str, /) -> list[str]:
    """Every stable slug of an area.

    Args:
        area: `"email"` (validation verdicts), `"email_fix"` (cleaning steps), `"error"`
            (exception codes), `"phone"` (parse errors), `"phone_possible"`, `"phone_type"`,
            `"phone_fix"`, `"phone_label"` or `"phone_match"`; more areas arrive later.

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

# --- Suppression lists (API.md §4) ---------------------------------------------------------------

SuppressionKind: TypeAlias = Literal["email", "phone"]
PlatformProfile: TypeAlias = Literal["google", "meta", "uid2"]
SuppressionStatus: TypeAlias = Literal["suppressed", "clear", "unverifiable"]
SuppressionReason: TypeAlias = Literal[
    "erasure",
    "legal_hold",
    "objection",
    "consent_withdrawn",
    "complaint",
    "unsubscribe",
    "hard_bounce",
    "other",
]
SuppressionChannel: TypeAlias = Literal["email", "sms", "voice", "post", "push", "all"]
MacKey: TypeAlias = bytes | Callable[[bytes], bytes]

@final
class SuppressionCanonical:
    """The `ck1` canonical forms of a value. `repr()` never shows them."""

    @property
    def kind(self) -> SuppressionKind: ...
    @property
    def strict(self) -> str: ...
    @property
    def loose(self) -> str | None: ...
    def to_dict(self) -> dict[str, str | None]: ...

@final
class Decision:
    """The answer of a check: `status` (`"suppressed"`, `"clear"`, `"unverifiable"`), `reason`,
    `suppressed` (true for suppressed and, unless opted out, unverifiable: fail closed).
    """

    @property
    def status(self) -> SuppressionStatus: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def suppressed(self) -> bool: ...
    def __bool__(self) -> bool: ...
    def to_dict(self) -> dict[str, str | bool | None]: ...

@final
class AddReceipt:
    """What `SuppressionList.add` stored: `key_id` and 16-byte `tokens`, never the value."""

    @property
    def key_id(self) -> str: ...
    @property
    def tokens(self) -> list[bytes]: ...
    @property
    def variants(self) -> list[str]: ...
    def to_dict(self) -> dict[str, object]: ...

@final
class SuppressionList:
    """A keyed suppression list that never holds a plain identifier."""

    @staticmethod
    def create(key: MacKey, key_id: str) -> SuppressionList: ...
    @staticmethod
    def open(
        path: str | os.PathLike[str],
        key: MacKey | dict[str, MacKey],
        *,
        min_sequence: int | None = None,
    ) -> SuppressionList: ...
    def save(self, path: str | os.PathLike[str]) -> None: ...
    def add(
        self,
        kind: SuppressionKind,
        value: str,
        *,
        reason: SuppressionReason = "erasure",
        channels: Sequence[SuppressionChannel] | SuppressionChannel | None = None,
        region: str | None = None,
    ) -> AddReceipt: ...
    def check(
        self,
        kind: SuppressionKind,
        value: str,
        *,
        channel: SuppressionChannel | None = None,
        region: str | None = None,
        unverifiable_is_clear: bool = False,
    ) -> Decision: ...
    def check_many(
        self,
        kind: SuppressionKind,
        values: Sequence[str],
        *,
        channel: SuppressionChannel | None = None,
        region: str | None = None,
        unverifiable_is_clear: bool = False,
        threads: int | None = None,
    ) -> list[Decision]:
        """Checks many values with the GIL released, spread over `threads` threads (`None`: every
        core; short batches run on one); element `i` equals `check(kind, values[i])`.
        """
    def add_many(
        self,
        kind: SuppressionKind,
        values: Sequence[str],
        *,
        reason: SuppressionReason = "erasure",
        channels: Sequence[SuppressionChannel] | SuppressionChannel | None = None,
        region: str | None = None,
    ) -> list[AddReceipt | InvalidInputError]:
        """Bulk import: adds every value with one sort (the way to load a large list). Element `i`
        is the `AddReceipt` of `values[i]`, or the `InvalidInputError` it would raise (returned,
        not raised) when it has no canonical form.
        """
    def merge(self, other: SuppressionList) -> int:
        """Merges every entry of `other` (another copy of the list, or a list kept by another
        system under the same key chain); scopes are OR-ed, a merge never lifts a block. Returns
        the number of new tokens.

        Raises:
            ConfigError: `other` has a different key chain (code `key_missing`).
        """
    def rotate(self, new_key: MacKey, new_key_id: str) -> SuppressionList:
        """Rotation without plaintext: a new list whose tokens are this list's tokens re-wrapped
        under `new_key` (bytes or a callable) with id `new_key_id`. Its `key_id` is the chain
        `new<-old`; opening it needs every key of the chain (a dict key id → key).

        Raises:
            ConfigError: `new_key_id` is already in the chain, or a bad key.
        """
    def reconsent(
        self,
        kind: SuppressionKind,
        value: str,
        *,
        channels: Sequence[SuppressionChannel] | SuppressionChannel,
        reference: str,
        region: str | None = None,
    ) -> int:
        """Records the person's own re-consent: lifts `channels` from every entry of the value and
        logs `reference` (a ticket or consent-record id, never its content; 1 to 128 printable
        ASCII characters). Returns how many entries changed; entries stay (auditable).

        Raises:
            InvalidInputError: no canonical form. ConfigError: bad reference or channels.
        """
    def __len__(self) -> int: ...
    @property
    def key_id(self) -> str: ...
    @property
    def sequence(self) -> int: ...

def suppression_canonical(
    kind: SuppressionKind, value: str, *, region: str | None = None
) -> SuppressionCanonical:
    """The `ck1` canonical forms of `value` (API.md §4).

    Raises:
        InvalidInputError: the value has no canonical form (`.code`, e.g. `"missing_at"`).
        ConfigError: unknown `kind`.
    """

def suppression_token(
    kind: SuppressionKind,
    value: str,
    key: MacKey,
    *,
    region: str | None = None,
    loose: bool = False,
) -> bytes:
    """The 32-byte HMAC-SHA-256 token of the `ck1` form of `value` under `key` (bytes or callable).

    Raises:
        InvalidInputError: no canonical form. ConfigError: unknown kind, bad key.
    """

def platform_normalize(
    profile: PlatformProfile, kind: SuppressionKind, value: str, *, region: str | None = None
) -> str | None:
    """The form an ad platform (`"google"`, `"meta"`, `"uid2"`) asks for, or `None`."""

def platform_hash(
    profile: PlatformProfile, kind: SuppressionKind, value: str, *, region: str | None = None
) -> str | None:
    """The hash an ad platform asks for (hex SHA-256; Base64 for `uid2`), or `None`."""

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
    def __eq__(self, other: object, /) -> bool: ...
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

def parse_addresses(
    texts: Sequence[str], country: str | None = None, *, threads: int | None = None
) -> list[Address]:
    """Parses every text of `texts` with one hint, with the GIL released, spread over `threads`
    threads (`None`: every core; short batches run on one). Element `i` equals
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
