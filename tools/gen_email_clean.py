#!/usr/bin/env python3
"""Generates testdata/email/clean.jsonl: the golden cases of contactkit's CRM layer `clean_email`.

Every case below is written by hand: the raw field, the value that cleaning must find (and the
further addresses), the `fixes` in order, the suggestion, the flags, the display name and, where
it is not the plain last two labels of the domain, the registrable domain. The generator adds
what is not ours to decide:

- `email` / `others`: the verdict of the reference validator, `email-validator` 2.4.0 with
  `check_deliverability=False` and default options, on the cleaned value (via
  tools/email_reference.py); for invalid values the hand-written reason slug must agree with it;
- `dedup_key`: the `ck1` strict form (API.md §4) computed here, independently of the Rust code,
  from the reference's `normalized` and `ascii_domain`.

Record format (one JSON object a line):
    {"input": str, "default_domain": str (optional), "expected": {...}, "note": str,
     "input_gen": [[piece, count], ...] (optional, then "input" is absent: the input is the
      concatenation of piece * count), "max_ms": int (optional: time bound, debug build)}
`expected` has every `EmailCleaned` field: `email` (null or an object with `valid`, `reason`,
`normalized`, `local_part`, `domain`, `ascii_domain`, `smtputf8`, `display_name`), `others` (a
list of such objects), `fixes`, `suggestion`, `is_role`, `is_disposable`, `is_free_provider`,
`registrable_domain`, `dedup_key`, `display_name`.

Synthetic data, no real personal data: names are common Dutch/German/French first names and
`example.*`/invented company domains; provider domains are the public providers themselves.

Usage: python3 tools/gen_email_clean.py   (needs email-validator==2.4.0 on CPython 3.11;
writes testdata/email/clean.jsonl; review the diff).
"""

from __future__ import annotations

import json
import pathlib
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from email_reference import check_versions, reference_versions, run_reference  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "testdata" / "email" / "clean.jsonl"

# Unicode White_Space (PropList.txt; unchanged since Unicode 6.3).
WHITE_SPACE = (
    {chr(c) for c in range(0x09, 0x0E)}
    | {" ", "\x85", "\xa0", "\u1680", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"}
    | {chr(c) for c in range(0x2000, 0x200B)}
)

EMAIL_FIELDS = (
    "valid",
    "reason",
    "normalized",
    "local_part",
    "domain",
    "ascii_domain",
    "smtputf8",
    "display_name",
)

AUTO = object()


def ck1_strict(normalized: str, ascii_domain: str) -> str:
    """The ck1 strict form of a valid address (API.md §4)."""
    local = normalized.rsplit("@", 1)[0]
    local = unicodedata.normalize("NFC", local)
    local = "".join(c for c in local if c not in WHITE_SPACE).lower()
    domain = ascii_domain.lower().rstrip(".")
    if domain in ("gmail.com", "googlemail.com"):
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    assert local
    return f"{local}@{domain}"


def verdict(value: str, name: str | None) -> dict:
    ref = run_reference(value, {})
    out = {k: ref[k] for k in EMAIL_FIELDS}
    if out["valid"]:
        out["display_name"] = name
    return out


CASES: list[dict] = []
ERRORS: list[str] = []


def case(
    input_,
    email,
    *,
    note,
    dd=None,
    others=(),
    fixes=(),
    reason=None,
    suggestion=None,
    role=False,
    disposable=False,
    free=False,
    reg=AUTO,
    name=None,
    input_gen=None,
    max_ms=None,
):
    """One golden case. `email` is the cleaned main value (None: nothing address-like)."""
    expected: dict = {
        "email": None,
        "others": [verdict(*o) if isinstance(o, tuple) else verdict(o, None) for o in others],
        "fixes": list(fixes),
        "suggestion": suggestion,
        "is_role": False,
        "is_disposable": False,
        "is_free_provider": False,
        "registrable_domain": None,
        "dedup_key": None,
        "display_name": name,
    }
    if email is not None:
        v = verdict(email, name)
        expected["email"] = v
        if v["valid"]:
            assert reason is None, (email, v)
            expected["is_role"] = role
            expected["is_disposable"] = disposable
            expected["is_free_provider"] = free
            if reg is AUTO:
                reg = ".".join(v["domain"].split(".")[-2:])
            expected["registrable_domain"] = reg
            expected["dedup_key"] = ck1_strict(v["normalized"], v["ascii_domain"])
        else:
            if v["reason"] != reason:
                ERRORS.append(f"{email[:60]!r}: reference says {v['reason']}, case says {reason}")
            assert not (role or disposable or free), email
    rec: dict = {}
    if input_gen is not None:
        rec["input_gen"] = input_gen
    else:
        rec["input"] = input_
    if dd is not None:
        rec["default_domain"] = dd
    rec["expected"] = expected
    rec["note"] = note
    if max_ms is not None:
        rec["max_ms"] = max_ms
    CASES.append(rec)


# --- plain values -------------------------------------------------------------------------------
case("jan@example.nl", "jan@example.nl", note="already clean: no fixes")
case("Jan.Jansen@Example.NL", "Jan.Jansen@Example.NL", note="validator lower-cases the domain only")
case("Info@Example.NL", "Info@Example.NL", role=True, note="RFC 2142 name: validator lower-cases it")

# --- trimmed: Unicode white space and invisible characters at the ends ---------------------------
case("  jan@example.nl  ", "jan@example.nl", fixes=["trimmed"], note="ASCII spaces")
case("\tjan@example.nl\r\n", "jan@example.nl", fixes=["trimmed"], note="tab and CRLF")
case("\u00a0jan@example.nl\u00a0", "jan@example.nl", fixes=["trimmed"], note="NBSP")
case("jan@example.nl\u3000", "jan@example.nl", fixes=["trimmed"], note="ideographic space U+3000")
case("\u2028jan@example.nl\u2029", "jan@example.nl", fixes=["trimmed"], note="line/paragraph separators")
case("\u200bjan@example.nl\u200b", "jan@example.nl", fixes=["trimmed"], note="ZWSP (not White_Space) trimmed")
case("\ufeffjan@example.nl", "jan@example.nl", fixes=["trimmed"], note="BOM from a UTF-8 CSV")
case("jan@example.nl\u00ad", "jan@example.nl", fixes=["trimmed"], note="soft hyphen at the end")
case("\u202fjan@example.nl\u2009", "jan@example.nl", fixes=["trimmed"], note="narrow NBSP, thin space")
case("\u200ejan@example.nl\u200f", "jan@example.nl", fixes=["trimmed"], note="LRM/RLM marks")
case("\x85jan@example.nl\u205f", "jan@example.nl", fixes=["trimmed"], note="NEL and medium math space")

# --- removed_invisible ---------------------------------------------------------------------------
case("jan\u00ad@example.nl", "jan@example.nl", fixes=["removed_invisible"], note="soft hyphen inside")
case("jan\u200b.jansen@example.nl", "jan.jansen@example.nl", fixes=["removed_invisible"], note="ZWSP inside")
case(" jan@exam\ufeffple.nl", "jan@example.nl", fixes=["trimmed", "removed_invisible"], note="BOM inside the domain")
case("zo\u00eb\u200d@example.nl", "zo\u00eb\u200d@example.nl", reason="unsafe_chars",
     note="ZWJ is not removed (some scripts need it); the validator rejects it here")

# --- unwrapped_mailto ----------------------------------------------------------------------------
case("mailto:jan@example.nl", "jan@example.nl", fixes=["unwrapped_mailto"], note="mailto: prefix")
case("MAILTO:jan@example.nl", "jan@example.nl", fixes=["unwrapped_mailto"], note="any case")
case("mailto:jan@example.nl?subject=Offerte%20aanvraag", "jan@example.nl", fixes=["unwrapped_mailto"],
     note="query after the address")
case("mailto://jan@example.nl", "jan@example.nl", fixes=["unwrapped_mailto"], note="mailto:// form")
case("mailto:info@example.nl?cc=piet@example.org", "info@example.nl", role=True, fixes=["unwrapped_mailto"],
     note="the query starts at the first ? after the @, even with an address in it")
case("<mailto:jan@example.nl>", "jan@example.nl", fixes=["unwrapped_brackets", "unwrapped_mailto"],
     note="brackets, then mailto")
case("mailto: jan@example.nl", "jan@example.nl", fixes=["unwrapped_mailto", "trimmed"], note="space after mailto:")
case("mailto:jan@example.nl,piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["unwrapped_mailto", "split_multiple"], note="mailto with two recipients")

# --- unwrapped_brackets --------------------------------------------------------------------------
case("<jan@example.nl>", "jan@example.nl", fixes=["unwrapped_brackets"], note="angle brackets")
case("(jan@example.nl)", "jan@example.nl", fixes=["unwrapped_brackets"], note="parentheses")
case("[jan@example.nl]", "jan@example.nl", fixes=["unwrapped_brackets"], note="square brackets")
case("{jan@example.nl}", "jan@example.nl", fixes=["unwrapped_brackets"], note="braces")
case("<<jan@example.nl>>", "jan@example.nl", fixes=["unwrapped_brackets"], note="nested brackets")
case("< jan@example.nl >", "jan@example.nl", fixes=["unwrapped_brackets", "trimmed"], note="spaces inside")

# --- unwrapped_quotes ----------------------------------------------------------------------------
case('"jan@example.nl"', "jan@example.nl", fixes=["unwrapped_quotes"], note="double quotes around the value")
case("'jan@example.nl'", "jan@example.nl", fixes=["unwrapped_quotes"], note="single quotes")
case("\u201cjan@example.nl\u201d", "jan@example.nl", fixes=["unwrapped_quotes"], note="typographic quotes")
case("\u201ejan@example.nl\u201c", "jan@example.nl", fixes=["unwrapped_quotes"], note="German quotes")
case("\u00abjan@example.nl\u00bb", "jan@example.nl", fixes=["unwrapped_quotes"], note="French guillemets")
case("`jan@example.nl`", "jan@example.nl", fixes=["unwrapped_quotes"], note="backticks")
case("'o'brien@example.ie'", "o'brien@example.ie", fixes=["unwrapped_quotes"], note="apostrophe inside stays")
case('"jan de vries"@example.nl', '"jan de vries"@example.nl', reason="quoted_local_not_allowed",
     note="a quoted local part is not a wrapper: left alone, then rejected by default options")
case('" jan@example.nl "', "jan@example.nl", fixes=["unwrapped_quotes", "trimmed"], note="quotes then spaces")

# --- stripped_punctuation ------------------------------------------------------------------------
case("jan@example.nl,", "jan@example.nl", fixes=["stripped_punctuation"], note="trailing comma")
case("jan@example.nl;", "jan@example.nl", fixes=["stripped_punctuation"], note="trailing semicolon")
case("jan@example.nl.", "jan@example.nl", fixes=["stripped_punctuation"], note="trailing full stop")
case("jan@example.nl:", "jan@example.nl", fixes=["stripped_punctuation"], note="trailing colon")
case("jan@example.nl.;", "jan@example.nl", fixes=["stripped_punctuation"], note="several")
case(";jan@example.nl", "jan@example.nl", fixes=["stripped_punctuation"], note="leading semicolon")
case("<jan@example.nl>,", "jan@example.nl", fixes=["stripped_punctuation", "unwrapped_brackets"],
     note="punctuation, then brackets")

# --- removed_label / removed_comment -------------------------------------------------------------
case("E-mail: jan@example.nl", "jan@example.nl", fixes=["removed_label", "trimmed"], note="English label")
case("e-mailadres:jan@example.nl", "jan@example.nl", fixes=["removed_label"], note="Dutch label, no space")
case("Privé: jan@example.nl", "jan@example.nl", fixes=["removed_label", "trimmed"], note="label with an accent")
case("E-Mail-Adresse: <jan@example.de>", "jan@example.de",
     fixes=["removed_label", "trimmed", "unwrapped_brackets"], note="German label, brackets")
case("jan@example.nl (werk)", "jan@example.nl", fixes=["removed_comment"], note="comment after")
case("(privé) jan@example.nl", "jan@example.nl", fixes=["removed_comment"], note="comment before")

# --- removed_display_name ------------------------------------------------------------------------
case("Jan de Vries <jan@example.nl>", "jan@example.nl", name="Jan de Vries",
     fixes=["removed_display_name"], note="name and address")
case('"Vries, Jan de" <jan@example.nl>', "jan@example.nl", name="Vries, Jan de",
     fixes=["removed_display_name"], note="quoted name with a comma: not split")
case("Vries, Jan de <jan@example.nl>", "jan@example.nl", name="Vries, Jan de",
     fixes=["removed_display_name"], note="unquoted name with a comma: joined back, not split")
case('"Jan \\"JJ\\" Jansen" <jan@example.nl>', "jan@example.nl", name='Jan "JJ" Jansen',
     fixes=["removed_display_name"], note="escaped quotes in the name")
case("'Jan Jansen' <jan@example.nl>", "jan@example.nl", name="Jan Jansen",
     fixes=["removed_display_name"], note="single-quoted name")
case("Zoe\u0308 Mu\u0308ller <zoe@example.de>", "zoe@example.de", name="Zo\u00eb M\u00fcller",
     fixes=["removed_display_name"], note="decomposed name comes back NFC")
case("jan@example.nl <mailto:jan@example.nl>", "jan@example.nl",
     fixes=["removed_display_name", "unwrapped_mailto"], note="Outlook paste: the name is the address")
case("Jan de Vries <jan@example.nl<mailto:jan@example.nl>>", "jan@example.nl", name="Jan de Vries",
     fixes=["removed_display_name", "unwrapped_mailto"], note="Outlook paste with a name")
case("Jan de Vries <jan@@example.nl>", "jan@@example.nl", name="Jan de Vries", reason="domain_invalid_chars",
     fixes=["removed_display_name"], note="name kept on the cleaned result even when the address is invalid")
case("Jan de Vries\u00a0<jan@example.nl>", "jan@example.nl", name="Jan de Vries",
     fixes=["removed_display_name"], note="NBSP before the bracket")

# --- fixed_at_sign -------------------------------------------------------------------------------
case("jan\uff20example.nl", "jan@example.nl", fixes=["fixed_at_sign"], note="full-width at-sign")
case("jan\ufe6bexample.nl", "jan@example.nl", fixes=["fixed_at_sign"], note="small commercial at")
case("jan (at) example.nl", "jan@example.nl", fixes=["fixed_at_sign"], note="(at)")
case("jan[at]example.nl", "jan@example.nl", fixes=["fixed_at_sign"], note="[at] without spaces")
case("jan {at} example.nl", "jan@example.nl", fixes=["fixed_at_sign"], note="{at}")
case("jan at example dot nl", "jan@example.nl", fixes=["fixed_at_sign"], note="spelled at and dot")
case("jan AT example DOT nl", "jan@example.nl", fixes=["fixed_at_sign"], note="upper case")
case("jan(at)example(dot)nl", "jan@example.nl", fixes=["fixed_at_sign"], note="(at) and (dot)")
case("jan [at] example [punt] nl", "jan@example.nl", fixes=["fixed_at_sign"], note="Dutch punt")
case("jan.jansen@example[dot]nl", "jan.jansen@example.nl", fixes=["fixed_at_sign"], note="only the dot spelled")
case("Meet at noon", None, note="' at ' that does not give an address: nothing address-like")
case("Jan de Vries at example.nl", None, note="spelled at with a name in front: not guessed")
case("jan at home at example.nl", None, note="two spelled at-signs: not guessed")

# --- removed_inner_space -------------------------------------------------------------------------
case("jan @ example.nl", "jan@example.nl", fixes=["removed_inner_space"], note="spaces around @")
case("jan@ example.nl", "jan@example.nl", fixes=["removed_inner_space"], note="space after @")
case("jan@example. nl", "jan@example.nl", fixes=["removed_inner_space"], note="space after a dot")
case("jan . jansen@example.nl", "jan.jansen@example.nl", fixes=["removed_inner_space"], note="spaces around a dot")
case("jan jansen@example.nl", "jan jansen@example.nl", reason="local_invalid_chars",
     note="space between words is not next to @ or a dot: left for the validator")

# --- split_multiple ------------------------------------------------------------------------------
case("jan@example.nl, piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="comma")
case("jan@example.nl;piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="semicolon")
case("jan@example.nl\npiet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="newline")
case("jan@example.nl\r\npiet@example.org\r\n", "jan@example.nl", others=["piet@example.org"],
     fixes=["trimmed", "split_multiple"], note="CRLF lines")
case("jan@example.nl piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="space")
case("jan@example.nl\u00a0piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="NBSP between addresses")
case("jan@example.nl\u2028piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="U+2028 line separator")
case("jan@example.nl/piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="slash")
case("jan@example.nl / piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="slash with spaces")
case("jan@example.nl en piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="Dutch 'en' joins two addresses")
case("jan@example.nl and piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="English 'and'")
case("a@example.nl, b@example.nl; c@example.nl\nd@example.nl", "a@example.nl",
     others=["b@example.nl", "c@example.nl", "d@example.nl"], fixes=["split_multiple"], note="four, mixed separators")
case("Jan <jan@example.nl>, Piet <piet@example.org>", "jan@example.nl", others=[("piet@example.org", "Piet")],
     name="Jan", fixes=["removed_display_name", "split_multiple"], note="two named addresses")
case("jan@example, piet@example.org", "jan@example", others=["piet@example.org"], reason="domain_no_dot",
     fixes=["split_multiple"], note="the first is the main address even when invalid")
case("jan@example.nl,, ,piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple"], note="empty pieces are skipped")
case("jan@example.nl; bellen na 17u; piet@example.org", "jan@example.nl", others=["piet@example.org"],
     fixes=["split_multiple", "removed_text"], note="text between addresses is dropped, and said so")
case("jan@example.nl; zie notitie", "jan@example.nl", fixes=["removed_text"], note="text after the address")
case("Tel: 020 123 4567, E-mail: jan@example.nl", "jan@example.nl",
     fixes=["removed_label", "trimmed", "removed_text"], note="phone and e-mail in one field")
case("a/b@example.nl", "a/b@example.nl", note="a slash in the local part is not a separator")
case("jan@example.nl piet", "jan@example.nl piet", reason="domain_invalid_chars",
     note="not every part is an address: no split")
case("jan@example.nl, jan@example.nl", "jan@example.nl", others=["jan@example.nl"],
     fixes=["split_multiple"], note="duplicates are kept as found")
case('"jan@example.nl, piet@example.org"', "jan@example.nl", others=["piet@example.org"],
     fixes=["unwrapped_quotes", "split_multiple"], note="quotes around the whole list")
case("jan (at) example.nl; piet at example dot org", "jan@example.nl", others=["piet@example.org"],
     fixes=["fixed_at_sign", "split_multiple"], note="spelled at-signs in a list")

# --- added_default_domain ------------------------------------------------------------------------
case("jan", "jan@acme.nl", dd="acme.nl", fixes=["added_default_domain"], note="bare local part")
case("jan.de.vries", "jan.de.vries@acme.nl", dd="acme.nl", fixes=["added_default_domain"], note="dotted local part")
case("Jan", "Jan@acme.nl", dd="@acme.nl", fixes=["added_default_domain"], note="leading @ in the default domain")
case("jan@", "jan@acme.nl", dd="acme.nl", fixes=["added_default_domain"], note="local part with an empty domain")
case(" boekhouding ", "boekhouding@acme.nl", dd="acme.nl", role=True,
     fixes=["trimmed", "added_default_domain"], note="a role, completed")
case("jan, piet", "jan@acme.nl", others=["piet@acme.nl"], dd="acme.nl",
     fixes=["added_default_domain", "split_multiple"], note="two bare local parts")
case("jan@example.org", "jan@example.org", dd="acme.nl", note="a full address ignores the default domain")
case("n/a", None, dd="acme.nl", note="placeholder: never completed")
case("geen", None, dd="acme.nl", note="Dutch placeholder")
case("jan.example.nl", "jan.example.nl", dd="acme.nl", reason="missing_at",
     note="looks like a domain: not completed")
case("jan", None, note="bare local part without a default domain: nothing address-like")

# --- nothing address-like ------------------------------------------------------------------------
case("", None, note="empty")
case("   ", None, fixes=["trimmed"], note="white space only")
case("-", None, note="dash")
case("n.v.t.", None, fixes=["stripped_punctuation"], note="Dutch 'not applicable'")
case("onbekend", None, note="Dutch 'unknown'")
case("NULL", None, note="database null")
case("Jan de Vries", None, note="a name only")
case("0612345678", None, note="a phone number")
case("<>", None, fixes=["unwrapped_brackets"], note="empty brackets: removed, nothing left")

# --- invalid after cleaning ----------------------------------------------------------------------
case("jan.example.nl", "jan.example.nl", reason="missing_at", note="one dotted word without @")
case("jan@example", "jan@example", reason="domain_no_dot", note="no dot in the domain")
case("jan..jansen@example.nl", "jan..jansen@example.nl", reason="double_dot", note="two dots")
case(".jan@example.nl", ".jan@example.nl", reason="leading_dot", note="leading dot is not stripped")
case("jan@-example.nl", "jan@-example.nl", reason="leading_hyphen", note="hyphen after @")
case("jan@localhost", "jan@localhost", reason="domain_no_dot", note="localhost")
case("jan@example.invalid", "jan@example.invalid", reason="domain_special_use", note="special-use domain")
case("jan@@example.nl", "jan@@example.nl", reason="domain_invalid_chars", note="double at-sign")

# --- suggestions ---------------------------------------------------------------------------------
S = "jan@"
for typo, target, extra in [
    ("gmial.com", "gmail.com", {"disposable": True}),
    ("gmai.com", "gmail.com", {}),
    ("gmal.com", "gmail.com", {}),
    ("gmaill.com", "gmail.com", {}),
    ("gnail.com", "gmail.com", {}),
    ("gmaik.com", "gmail.com", {}),
    ("gmail.con", "gmail.com", {"reg": None}),
    ("gmail.cmo", "gmail.com", {"reg": None}),
    ("gmail.c0m", "gmail.com", {"reg": None}),
    ("gmail.co", "gmail.com", {}),
    ("gmail.nl", "gmail.com", {}),
    ("googlemial.com", "googlemail.com", {}),
    ("hotmial.com", "hotmail.com", {"disposable": True}),
    ("hotmal.com", "hotmail.com", {}),
    ("hotmail.con", "hotmail.com", {"reg": None}),
    ("hotmail.nll", "hotmail.nl", {"reg": None}),
    ("hotmial.nl", "hotmail.nl", {}),
    ("yahooo.com", "yahoo.com", {}),
    ("yaho.com", "yahoo.com", {}),
    ("outlok.com", "outlook.com", {}),
    ("outlook.cm", None, {"reg": "outlook.cm"}),
    ("icloud.con", "icloud.com", {"reg": None}),
    ("icloud.nl", "icloud.com", {}),
    ("ziggo.nll", "ziggo.nl", {"reg": None}),
    ("zigo.nl", "ziggo.nl", {}),
    ("ziggo.com", "ziggo.nl", {}),
    ("kpnmial.nl", "kpnmail.nl", {}),
    ("xs4al.nl", "xs4all.nl", {}),
    ("telenet.bee", "telenet.be", {"reg": None}),
    ("telnet.be", "telenet.be", {}),
    ("skynet.bee", "skynet.be", {"reg": None}),
    ("gmx.dee", "gmx.de", {"reg": None}),
    ("web.dee", "web.de", {"reg": None}),
    ("t-onlne.de", "t-online.de", {}),
    ("freenet.dee", "freenet.de", {"reg": None}),
    ("orange.fe", "orange.fr", {"reg": None}),
    ("wanado.fr", "wanadoo.fr", {}),
    ("laposte.nte", "laposte.net", {"reg": None}),
    ("btinternet.co", "btinternet.com", {}),
    ("btinterent.com", "btinternet.com", {}),
    ("sky.con", "sky.com", {"reg": None}),
    ("comcast.ent", "comcast.net", {"reg": None}),
    ("example.con", "example.com", {"reg": None}),
    ("example.cmo", "example.com", {"reg": None}),
    ("example.nll", "example.nl", {"reg": None}),
    ("mail.example.con", "mail.example.com", {"reg": None}),
]:
    extra = dict(extra)
    case(S + typo, S + typo, suggestion=None if target is None else S + target,
         note=f"typo suggestion for {typo}" if target else f"no suggestion for {typo}", **extra)
case("jan@gmailcom", "jan@gmailcom", reason="domain_no_dot", suggestion="jan@gmail.com",
     note="missing dot: invalid, with a suggestion")
case("jan@hotmailnl", "jan@hotmailnl", reason="domain_no_dot", suggestion="jan@hotmail.nl",
     note="missing dot before nl")
case("jan@gmail", "jan@gmail", reason="domain_no_dot", suggestion="jan@gmail.com", note="brand without TLD")
case("jan@gmx,net", "jan@gmx,net", reason="domain_invalid_chars", suggestion="jan@gmx.net",
     note="a comma for a dot is not a separator: one invalid address, the dotted one suggested")
case("jan@example,nl", "jan@example,nl", reason="domain_invalid_chars", suggestion="jan@example.nl",
     note="comma for a dot at a company domain")
case("jan@example.nl,nl", "jan@example.nl", fixes=["removed_text"],
     note="a comma after a dotted domain is a separator; the bare TLD after it is dropped text")
case("jan@example,nl, piet@example.org", "jan@example,nl", others=["piet@example.org"], reason="domain_invalid_chars",
     suggestion="jan@example.nl", fixes=["split_multiple"], note="comma typo inside a list")
case("Jan.Jansen@Gmial.com", "Jan.Jansen@Gmial.com", suggestion="Jan.Jansen@gmail.com", disposable=True,
     note="the suggestion keeps the normalised local part")
# Guards: real domains that look like typos, and valid TLDs that are never "corrected".
for real, extra in [
    ("gamil.com", {}),
    ("mailo.com", {"free": True}),
    ("pacific.co", {}),
    ("hotmail.co", {}),
    ("email.com", {"free": True}),
    ("gmx.com", {"free": True}),
    ("live.be", {"free": True}),
    ("web.com", {}),
    ("orange.com", {}),
    ("mall.com", {}),
    ("life.com", {}),
    ("voile.fr", {}),
    ("home.nl", {"free": True}),
    ("hotmail.fr", {"free": True}),
    ("yahoo.co.uk", {"free": True, "reg": "yahoo.co.uk"}),
    ("example.nl", {}),
    ("gmail.com", {"free": True}),
]:
    case(S + real, S + real, note=f"no suggestion: {real} is real or a guarded look-alike", **extra)

# --- is_role ---------------------------------------------------------------------------------------
for local in ["info", "noreply", "no-reply", "No_Reply", "do-not-reply", "administratie", "boekhouding",
              "facturen", "verkoop", "receptie", "kontakt", "buchhaltung", "rechnung", "accueil", "compta",
              "postmaster", "info+crm", "sales.team", "secretariaat"]:
    is_role = local != "sales.team"
    case(f"{local}@acme.nl", f"{local}@acme.nl", role=is_role,
         note=f"{local}: {'a role' if is_role else 'not a role (salesteam is not listed)'}")
case("jan.jansen@acme.nl", "jan.jansen@acme.nl", note="a person")
case("infodesk.jan@acme.nl", "infodesk.jan@acme.nl", note="contains a role word: not a role")

# --- is_disposable ---------------------------------------------------------------------------------
for dom, extra in [
    ("mailinator.com", {"disposable": True}),
    ("inbox.mailinator.com", {"disposable": True, "reg": "mailinator.com"}),
    ("yopmail.com", {"disposable": True}),
    ("guerrillamail.com", {"disposable": True}),
    ("10minutemail.com", {"disposable": True}),
    ("zzz.com", {}),
]:
    case(f"jan@{dom}", f"jan@{dom}",
         note=f"{dom}: {'disposable' if extra.get('disposable') else 'allow-listed real domain'}", **extra)

# --- is_free_provider ------------------------------------------------------------------------------
for dom in ["gmail.com", "googlemail.com", "hotmail.nl", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
            "planet.nl", "telenet.be", "skynet.be", "proximus.be", "gmx.de", "web.de", "t-online.de",
            "orange.fr", "free.fr", "laposte.net", "btinternet.com", "comcast.net", "icloud.com"]:
    case(f"jan@{dom}", f"jan@{dom}", free=True, note=f"{dom} is a consumer provider")
case("jan@acme-bouw.nl", "jan@acme-bouw.nl", note="a company domain")

# --- registrable_domain ----------------------------------------------------------------------------
case("jan@mail.acme.co.uk", "jan@mail.acme.co.uk", reg="acme.co.uk", note="eTLD+1 under co.uk")
case("jan@a.b.example.nl", "jan@a.b.example.nl", reg="example.nl", note="subdomains")
case("jan@post.m\u00fcnchen.de", "jan@post.m\u00fcnchen.de", reg="m\u00fcnchen.de", note="IDN: in Unicode like domain")
case("jan@shop.acme.com.au", "jan@shop.acme.com.au", reg="acme.com.au", note="com.au")
case("jan@example.berlin", "jan@example.berlin", note="a new gTLD")

# --- dedup_key -------------------------------------------------------------------------------------
case("Jan.De.Vries+crm@gmail.com", "Jan.De.Vries+crm@gmail.com", free=True, note="Gmail: dots and +tag go")
case("jan.de.vries@googlemail.com", "jan.de.vries@googlemail.com", free=True, note="googlemail becomes gmail")
case("Jan+Nieuwsbrief@Example.NL", "Jan+Nieuwsbrief@Example.NL", note="+tag kept outside Gmail (strict form)")
case("jan+news@outlook.com", "jan+news@outlook.com", free=True, note="Outlook +tag is a provider rule, not ck1")
case("jan-shop@yahoo.com", "jan-shop@yahoo.com", free=True, note="Yahoo -keyword is not ck1 either")
case("jan@fa\u00df.de", "jan@fa\u00df.de", reg="fa\u00df.de", note="IDNA 2008: ß kept, xn--fa-hia.de in the key")
case("J\u00dcRGEN@example.de", "J\u00dcRGEN@example.de", note="non-ASCII local part lower-cased in the key")
case("\u0130nci@example.com.tr", "\u0130nci@example.com.tr", reg="example.com.tr",
     note="İ lower-cases to i + U+0307 (default lower-casing)")
case("jose\u0301@example.es", "jose\u0301@example.es", note="NFD input: NFC in normalized and key")
case("JAN@EXAMPLE.NL", "JAN@EXAMPLE.NL", note="upper case")
case("jan@xn--mnchen-3ya.de", "jan@xn--mnchen-3ya.de", reg="m\u00fcnchen.de", note="A-label input")

# --- hostile input (bounded time) ------------------------------------------------------------------
case(None, None, input_gen=[[",", 10000]], fixes=["stripped_punctuation"], max_ms=1000,
     note="10,000 commas")
case(None, "jan@example.nl", others=["jan@example.nl"] * 32, input_gen=[["jan@example.nl,", 10000]],
     fixes=["stripped_punctuation", "split_multiple", "truncated_others"], max_ms=1000,
     note="10,000 addresses: the main one plus 32 others")
case(None, "jan@example.nl", others=["jan@example.nl"] * 32, input_gen=[["jan@example.nl ", 10000]],
     fixes=["trimmed", "split_multiple", "truncated_others"], max_ms=1000,
     note="10,000 addresses separated by spaces")
case(None, "a" * 100000 + "@example.nl", input_gen=[["a", 100000], ["@example.nl", 1]], reason="too_long",
     max_ms=1000, note="100 KB local part")
case(None, "jan@" + "a" * 100000 + ".nl", input_gen=[["jan@", 1], ["a", 100000], [".nl", 1]],
     reason="domain_too_long", max_ms=1000, note="100 KB domain")
case(None, None, input_gen=[["x ", 50000]], fixes=["trimmed"], max_ms=1000, note="100 KB of words")
case(None, "<" * 49968 + "jan@example.nl" + ">" * 49968, input_gen=[["<", 50000], ["jan@example.nl", 1], [">", 50000]],
     fixes=["unwrapped_brackets"], reason="local_invalid_chars", max_ms=1000,
     note="50,000 nested brackets: unwrapping stops after 32 steps")
case(None, None, input_gen=[['"', 100000]], max_ms=1000, note="100,000 quotes")
case(None, None, input_gen=[[" at ", 25000]], fixes=["trimmed"], max_ms=1000, note="25,000 spelled at-signs")


def main() -> None:
    check_versions()
    if ERRORS:
        raise SystemExit("cases disagree with the reference:\n" + "\n".join(ERRORS))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        v = reference_versions()
        f.write(
            "// Golden cases of email::clean / clean_email. Generated by tools/gen_email_clean.py "
            f"(email-validator {v['email_validator']}, idna {v['idna']}, Python {v['python']}, "
            f"Unicode {v['unidata']}). Synthetic, no real personal data.\n"
        )
        for rec in CASES:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
