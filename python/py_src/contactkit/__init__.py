"""contactkit: clean CRM contact data.

E-mail validation with the semantics of the Python package ``email-validator`` 2.4 (called with
``check_deliverability=False``) and a CRM cleaning layer on top of it, in Rust.

Bad data is a verdict in the result (``valid=False`` and a stable ``reason`` slug), never an
exception; exceptions (:class:`ContactKitError` and its subclasses, all ``ValueError``) mean misuse.

>>> import contactkit
>>> contactkit.validate_email("Jan@Example.COM").normalized
'Jan@example.com'
>>> contactkit.validate_email("jan.example.com").reason
'missing_at'
"""

from contactkit._contactkit import (
    AddReceipt,
    Address,
    ContactIndex,
    Decision,
    DedupeResult,
    EmailCleaned,
    EmailResult,
    GoldenRecord,
    LinkResult,
    Match,
    MatchScore,
    PhoneCleaned,
    PhoneResult,
    SuppressionCanonical,
    SuppressionList,
    __version__,
    clean_email,
    clean_emails,
    clean_phone,
    clean_phones,
    dedupe,
    email_lists_version,
    golden_record,
    link,
    normalize_address,
    parse_address,
    parse_addresses,
    parse_phone,
    parse_phones,
    phone_match,
    phone_metadata_version,
    platform_hash,
    platform_normalize,
    reason_codes,
    score_pair,
    suppression_canonical,
    suppression_token,
    validate_email,
    validate_emails,
)
from contactkit.exceptions import (
    ArgumentTypeError,
    ConfigError,
    ContactKitError,
    FileFormatError,
    InvalidInputError,
    UnknownOptionError,
)

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
    "__version__",
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
