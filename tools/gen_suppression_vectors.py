#!/usr/bin/env python3
"""Generate testdata/suppression/ck1.jsonl: ck1 canonical forms and tokens.

An independent re-implementation of ck1 (docs/suppression-format.md §1-2) with the Python
standard library (unicodedata, hmac, hashlib), the `idna` package for non-ASCII domains and the
reference `phonenumbers` package (libphonenumber's Python port, 9.0.43) for phones; the Rust
golden test (core/tests/golden/suppression.rs) must agree on every line. Synthetic values only,
no real personal data.

Test key: the 32 bytes 0x00, 0x01, ..., 0x1f (hex 000102...1f). Never use it for real data.

Caveats of this reference: Python's `str.isspace()` also counts U+001C..U+001F, which ck1 keeps,
so white space is removed with an explicit set; the `idna` package is IDNA 2008 strict (not the
UTS #46 settings of ck1), so it is used only for plain letter domains where both agree.
"""

import hashlib
import hmac
import json
import sys
import unicodedata

import idna
import phonenumbers
from phonenumbers import NumberParseException

KEY = bytes(range(32))

# Rust `char::is_whitespace` (Unicode White_Space).
WHITE_SPACE = set(
    [chr(c) for c in range(0x09, 0x0E)]
    + [" ", "\u0085", "\u00a0", "\u1680"]
    + [chr(c) for c in range(0x2000, 0x200B)]
    + ["\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
)


class NoForm(Exception):
    def __init__(self, code):
        self.code = code


def domain_to_ascii(domain):
    if domain.isascii():
        # UTS #46 maps ASCII upper case to lower case (already lower here).
        return domain
    return idna.encode(domain, uts46=True, transitional=False).decode("ascii")


def ck1_email(value):
    v = unicodedata.normalize("NFC", value)
    v = "".join(c for c in v if c not in WHITE_SPACE)
    v = v.lower()
    n = v.count("@")
    if n == 0:
        raise NoForm("missing_at")
    if n > 1:
        raise NoForm("multiple_at")
    local, domain = v.split("@")
    domain = domain.rstrip(".")
    if not domain:
        raise NoForm("empty_domain")
    domain = domain_to_ascii(domain).rstrip(".")
    gmail = domain in ("gmail.com", "googlemail.com")
    if gmail:
        domain = "gmail.com"
        local = local.split("+", 1)[0].replace(".", "")
    if not local:
        raise NoForm("empty_local")
    strict = f"{local}@{domain}"
    loose = None
    if not gmail and "+" in local:
        head = local.split("+", 1)[0]
        if head:
            loose = f"{head}@{domain}"
    return strict, loose


PARSE_ERRORS = {
    NumberParseException.INVALID_COUNTRY_CODE: "invalid_country_code",
    NumberParseException.NOT_A_NUMBER: "not_a_number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too_short_after_idd",
    NumberParseException.TOO_SHORT_NSN: "too_short_nsn",
    NumberParseException.TOO_LONG: "too_long",
}


def ck1_phone(value, region):
    # libphonenumber parse with the default region, then E.164 (extension dropped); validity is
    # not required.
    try:
        n = phonenumbers.parse(value, region)
    except NumberParseException as e:
        raise NoForm(PARSE_ERRORS[e.error_type]) from None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164), None


def token(kind, canonical):
    msg = b"ck1\x00" + kind.encode() + b"\x00" + canonical.encode("utf-8")
    return hmac.new(KEY, msg, hashlib.sha256).hexdigest()


EMAILS = [
    ("jan@example.nl", "plain"),
    ("Jan.Jansen@Example.NL", "upper case"),
    (" jan@example.nl\t", "tab and space around"),
    ("\njan@example.nl\r\n", "newlines around"),
    ("jan jansen@example.nl", "space inside the local part"),
    ("jan\u00a0jansen@exa mple.nl", "no-break space and inner space"),
    ("jan\u3000@example.jp", "ideographic space"),
    ("Jan.De.Vries@gmail.com", "gmail dots"),
    ("jan.de.vries+nieuws@gmail.com", "gmail dots and tag"),
    ("Jan.De.Vries+x@GoogleMail.com", "googlemail"),
    ("jandevries@gmail.com.", "trailing dot"),
    ("jan@example.nl...", "trailing dots"),
    ("+news@gmail.com", "empty local after the gmail cut"),
    ("...@gmail.com", "only dots at gmail"),
    ("jan+nieuwsbrief@example.nl", "tag outside gmail: loose form"),
    ("+jan@example.nl", "empty loose form"),
    ("a+b+c@example.nl", "first plus cuts"),
    ("\u00c9LODIE@EXAMPLE.FR", "non-ASCII upper case"),
    ("\u0130nci@example.com.tr", "dotted capital I"),
    ("Stra\u00dfe@example.de", "sharp s stays"),
    ("\u039f\u0394\u039f\u03a3@example.gr", "final sigma"),
    ("jose\u0301@example.es", "NFD"),
    ("jos\u00e9@example.es", "NFC"),
    ("jan@b\u00fccher.example", "IDN U-label"),
    ("jan@xn--bcher-kva.example", "IDN A-label"),
    ("jan@B\u00dcCHER.example", "IDN upper case"),
    ("info@m\u00fcnchen.de", "IDN munich"),
    ("jan", "no at"),
    ("jan@jansen@example.nl", "two at signs"),
    ("@example.nl", "empty local"),
    ("jan@", "empty domain"),
    ("jan@...", "only dots in the domain"),
    ("o'brien@example.ie", "apostrophe"),
    ("j\u200ban@example.nl", "zero-width space stays"),
]

# (input, default region, note)
PHONES = [
    ("+31612345678", None, "NL mobile"),
    (" +31612345678 ", None, "white space around"),
    ("+298201234", None, "Faroe: short but valid plan"),
    ("+12025550123", None, "US"),
    ("0612345678", "NL", "national format with the default region"),
    ("06-12 34 56 78", "NL", "national format with separators"),
    ("0612345678", None, "national format without a default region"),
    ("0612345678", "nl", "lower-case region is no region (as libphonenumber)"),
    ("+31 6 12345678", None, "spaces inside"),
    ("+31 (0)6 1234 5678", None, "(0) trunk prefix after the country code"),
    ("0031 6 1234 5678", "NL", "00 international prefix"),
    ("0031612345678", "DE", "00 prefix from another region"),
    ("+44 (0)20 7031 3000", None, "UK (0)"),
    ("020 7031 3000", "GB", "UK national"),
    ("(650) 555-1212", "US", "US national"),
    ("+1 650 555 1212 ext. 7", None, "extension dropped"),
    ("+39 06 1234 5678", None, "Italian leading zero kept"),
    ("112", "NL", "short number: parses, not valid (parse is enough)"),
    ("+31 6 1234", None, "too short to be valid, parses"),
    ("tel:+31-6-1234-5678", None, "RFC 3966"),
    ("+0612345678", None, "no country code"),
    ("hello", "NL", "not a number"),
    ("00 1", "NL", "too short after the international prefix"),
    ("+311", None, "too short"),
    ("+31 61234567890123456789", None, "too long"),
]


def case(kind, value, note, fn, region=None):
    row = {"kind": kind, "input": value}
    if kind == "phone":
        row["region"] = region
    row["note"] = note
    try:
        strict, loose = fn(value, region) if kind == "phone" else fn(value)
    except NoForm as e:
        row.update({"error": e.code})
        return row
    row.update(
        {
            "strict": strict,
            "loose": loose,
            "token": token(kind, strict),
            "token_loose": token(kind, loose or strict),
        }
    )
    return row


def main():
    out = sys.stdout
    out.write(
        "// ck1 canonical forms and HMAC-SHA-256 tokens under the test key 000102...1f. "
        f"Generated by tools/gen_suppression_vectors.py (Python {sys.version.split()[0]}, "
        f"Unicode {unicodedata.unidata_version}, idna {idna.__version__}, phonenumbers {phonenumbers.__version__}). "
        "Synthetic, no real personal data.\n"
    )
    for v, note in EMAILS:
        out.write(json.dumps(case("email", v, note, ck1_email), ensure_ascii=False) + "\n")
    for v, region, note in PHONES:
        row = case("phone", v, note, ck1_phone, region)
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
