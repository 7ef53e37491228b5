"""The stable slugs of contactkit as `typing.Literal` types, for annotations.

Each list equals ``contactkit.reason_codes(area)`` for its area (the test suite checks it), so a
type checker knows every value that ``EmailResult.reason``, ``EmailCleaned.fixes`` and
``ContactKitError.code`` can take::

    from contactkit.codes import EmailReasonCode

    def explain(reason: EmailReasonCode) -> str: ...

Slugs never change meaning once released; new ones may be added in minor releases.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "Area",
    "EmailFixCode",
    "EmailReasonCode",
    "ErrorCode",
    "PhoneErrorCode",
    "PhoneFixCode",
    "PhoneLabelCode",
    "PhoneMatchCode",
    "PhonePossibleCode",
    "PhoneTypeCode",
    "SuppressionChannelCode",
    "SuppressionFileCode",
    "SuppressionReasonCode",
    "SuppressionStatusCode",
    "SuppressionUnverifiableCode",
]

#: Every slug of ``reason_codes("email")``: why an address is not valid.
EmailReasonCode: TypeAlias = Literal[
    "missing_at",
    "fullwidth_at",
    "small_at",
    "empty_local",
    "empty_domain",
    "local_too_long",
    "local_invalid_chars",
    "smtputf8_not_allowed",
    "quoted_local_not_allowed",
    "quoted_local_invalid",
    "unsafe_chars",
    "leading_dot",
    "trailing_dot",
    "double_dot",
    "leading_hyphen",
    "trailing_hyphen",
    "dot_hyphen",
    "domain_invalid_chars",
    "domain_reserved_hyphens",
    "domain_invalid_idna",
    "domain_too_long",
    "label_too_long",
    "domain_no_dot",
    "domain_invalid_tld",
    "domain_special_use",
    "too_long",
    "domain_literal_not_allowed",
    "domain_literal_invalid",
    "display_name_not_allowed",
    "display_name_invalid",
    "text_after_address",
]

#: Every slug of ``reason_codes("email_fix")``: what ``clean_email`` did.
EmailFixCode: TypeAlias = Literal[
    "trimmed",
    "removed_invisible",
    "unwrapped_mailto",
    "unwrapped_brackets",
    "unwrapped_quotes",
    "stripped_punctuation",
    "removed_label",
    "removed_comment",
    "removed_display_name",
    "fixed_at_sign",
    "removed_inner_space",
    "split_multiple",
    "truncated_others",
    "removed_text",
    "added_default_domain",
]

#: Every slug of ``reason_codes("error")``: the ``.code`` of the core's errors.
ErrorCode: TypeAlias = Literal[
    "invalid_argument",
    "unknown_option",
    "unknown_region",
    "unknown_kind",
    "unknown_profile",
    "bad_key",
    "key_missing",
    "invalid_input",
    "too_large",
    "invalid_json",
    "invalid_csv",
    "file_corrupt",
    "file_tampered",
    "file_expired",
    "file_rollback",
    "unsupported_version",
    "io",
]

#: Every slug of ``reason_codes("phone")``: why ``parse_phone`` could not parse a number.
PhoneErrorCode: TypeAlias = Literal[
    "invalid_country_code",
    "not_a_number",
    "too_short_after_idd",
    "too_short_nsn",
    "too_long",
]

#: Every slug of ``reason_codes("phone_possible")``: ``PhoneResult.possible_reason``.
PhonePossibleCode: TypeAlias = Literal[
    "is_possible",
    "is_possible_local_only",
    "invalid_country_code",
    "too_short",
    "invalid_length",
    "too_long",
]

#: Every slug of ``reason_codes("phone_type")``: ``PhoneResult.number_type``.
PhoneTypeCode: TypeAlias = Literal[
    "fixed_line",
    "mobile",
    "fixed_line_or_mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "unknown",
]

#: Every slug of ``reason_codes("phone_fix")``: what ``clean_phone`` did.
PhoneFixCode: TypeAlias = Literal[
    "trimmed",
    "removed_invisible",
    "normalized_unicode",
    "split_multiple",
    "label_removed",
    "extension_rewritten",
    "region_alias",
    "region_inferred",
    "removed_text",
]

#: Every slug of ``reason_codes("phone_label")``: ``PhoneCleaned.label``.
PhoneLabelCode: TypeAlias = Literal["phone", "mobile", "fax", "home", "work", "pager"]

#: Every slug of ``reason_codes("phone_match")``: the result of ``phone_match``.
PhoneMatchCode: TypeAlias = Literal["exact", "nsn", "short_nsn", "none", "not_a_number"]

#: Every slug of ``reason_codes("suppression")``: why a person is on a suppression list
#: (``Decision.reason`` when suppressed), strongest first.
SuppressionReasonCode: TypeAlias = Literal[
    "erasure",
    "legal_hold",
    "objection",
    "consent_withdrawn",
    "complaint",
    "unsubscribe",
    "hard_bounce",
    "other",
]

#: Every slug of ``reason_codes("suppression_channel")``: the channels an entry blocks.
SuppressionChannelCode: TypeAlias = Literal["email", "sms", "voice", "post", "push", "all"]

#: Every slug of ``reason_codes("suppression_status")``: ``Decision.status``.
SuppressionStatusCode: TypeAlias = Literal["suppressed", "clear", "unverifiable"]

#: Every slug of ``reason_codes("suppression_unverifiable")``: ``Decision.reason`` when the
#: status is ``"unverifiable"`` (no ``ck1`` form, an expired list, a failing key).
SuppressionUnverifiableCode: TypeAlias = Literal[
    "missing_at",
    "multiple_at",
    "empty_local",
    "empty_domain",
    "domain_too_long",
    "domain_invalid_idna",
    "invalid_country_code",
    "not_a_number",
    "too_short_after_idd",
    "too_short_nsn",
    "too_long",
    "list_expired",
    "key_missing",
]

#: Every slug of ``reason_codes("suppression_file")``: ``FileFormatError.code`` details of a
#: refused list file (``wrong_key`` comes as a ``ConfigError``: a key of the chain is not the one
#: the list was written with).
SuppressionFileCode: TypeAlias = Literal[
    "truncated",
    "bad_magic",
    "bad_header",
    "unsupported_parameters",
    "payload_length",
    "unsorted",
    "bad_record",
    "bad_filter",
    "wrong_key",
]

#: The areas that ``reason_codes`` knows.
Area: TypeAlias = Literal[
    "email",
    "email_fix",
    "error",
    "phone",
    "phone_possible",
    "phone_type",
    "phone_fix",
    "phone_label",
    "phone_match",
    "suppression",
    "suppression_channel",
    "suppression_status",
    "suppression_unverifiable",
    "suppression_file",
    "address",
    "dedupe",
    "dedupe_field",
    "dedupe_level",
]
