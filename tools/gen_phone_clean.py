#!/usr/bin/env python3
"""Generate testdata/phone/clean.jsonl: golden cases of the CRM layer `phone::clean` / `clean_phone`.

Two parts:

1. Hand-written cases (HAND below): labels, extension words, several numbers in one field,
   region aliases, Unicode, empty fields, unknown regions. Their expected values were written
   by hand from the rules of design/phone.md §4 and reviewed.
2. Generated cases: a clean number of tools/gen_phone_corpus.py's plans, dressed the way CRM
   users type it (a label in front or behind, an extension in a local word, a second number
   after a separator, a region alias). The expected main number is what the reference,
   Python `phonenumbers` 9.0.43, makes of the clean number and extension: cleaning must recover
   exactly that. `fixes` are not predicted for these lines (the golden test compares only the
   keys a line has).

Synthetic numbers only, no real personal data. Seeded and deterministic:

    python tools/gen_phone_clean.py > testdata/phone/clean.jsonl
"""

from __future__ import annotations

import json
import os
import random
import sys
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_phone_corpus as corpus  # noqa: E402
import phone_reference as ref  # noqa: E402

SEED = 20261124


def p(e164: str | None, **kw: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"parse_ok": e164 is not None, "e164": e164}
    d.update(kw)
    return d


# (input, region, expected, note)
HAND: list[tuple[str, str | None, dict[str, Any], str]] = [
    ("06-12345678", "NL", {"phone": p("+31612345678", is_valid=True, number_type="mobile"),
                            "others": [], "fixes": [], "label": None,
                            "dedup_key": "+31612345678", "region": "NL"}, "already clean"),
    ("Tel: 020 123 4567", "NL", {"phone": p("+31201234567", is_valid=True), "label": "phone",
                                  "fixes": ["label_removed"]}, "label in front"),
    ("tel. 020-1234567", "NL", {"phone": p("+31201234567"), "label": "phone"}, "tel."),
    ("T: +31 20 123 4567", None, {"phone": p("+31201234567"), "label": "phone"}, "T:"),
    ("T 020 1234567", "NL", {"phone": p("+31201234567"), "label": None},
     "a bare T without colon is not a label (libphonenumber skips the leading letter)"),
    ("GSM 0470 12 34 56", "BE", {"phone": p("+32470123456", number_type="mobile"),
                                  "label": "mobile"}, "GSM"),
    ("mob. 06 12345678", "NL", {"phone": p("+31612345678"), "label": "mobile"}, "mob."),
    ("Mobiel: 06-12345678", "NL", {"phone": p("+31612345678"), "label": "mobile"}, "mobiel"),
    ("Handy: 0151 12345678", "DE", {"phone": p("+4915112345678"), "label": "mobile"}, "Handy"),
    ("Tél : 01 23 45 67 89", "FR", {"phone": p("+33123456789"), "label": "phone"}, "Tél :"),
    ("portable 06 12 34 56 78", "FR", {"phone": p("+33612345678"), "label": "mobile"},
     "portable"),
    ("0090212-9435-44-4 (Fax)", "TR", {"phone": p("+902129435444", extension=None),
                                         "label": "fax", "dedup_key": "+902129435444"},
     "libphonenumber reads Fax as keypad digits 329; the CRM layer strips it"),
    ("Fax: +32 2 123 45 67", None, {"phone": p("+3221234567"), "label": "fax"}, "fax in front"),
    ("020 1234567 fax", "NL", {"phone": p("+31201234567"), "label": "fax"}, "fax behind"),
    ("Tel. werk: 020 1234567", "NL", {"phone": p("+31201234567"), "label": "work"},
     "two labels: the specific one wins"),
    ("020 1234567 (privé)", "NL", {"phone": p("+31201234567"), "label": "home"}, "home"),
    ("+31 20 123 4567 toestel 12", None,
     {"phone": p("+31201234567", extension="12"), "fixes": ["extension_rewritten"],
      "dedup_key": "+31201234567"},
     "libphonenumber: too_long; toestel is Dutch for extension"),
    ("020 123 4567 tst. 345", "NL", {"phone": p("+31201234567", extension="345")}, "tst."),
    ("+49 30 1234567 Durchwahl 12", None, {"phone": p("+49301234567", extension="12")},
     "Durchwahl"),
    ("030 1234567 DW 5", "DE", {"phone": p("+49301234567", extension="5")}, "DW"),
    ("+33 1 23 45 67 89 poste 123", None, {"phone": p("+33123456789", extension="123")},
     "poste"),
    ("+1 650 253 0000 ext. 12", None, {"phone": p("+16502530000", extension="12"),
                                        "fixes": []}, "ext. is libphonenumber's own"),
    ("+1 650 253 0000 x12", None, {"phone": p("+16502530000", extension="12")}, "x"),
    ("+1 650 253 0000 #12", None, {"phone": p("+16502530000", extension="12")}, "#"),
    ("+31 20 123 4567;ext=12", None, {"phone": p("+31201234567", extension="12"),
                                       "fixes": []}, ";ext= is not a separator"),
    ("Tel: 020 1234567 / 06 12345678", "NL",
     {"phone": p("+31201234567"), "others": [p("+31612345678")], "label": "phone",
      "fixes": ["split_multiple", "label_removed"]}, "two numbers split on /"),
    ("020 1234567; 06 12345678", "NL", {"phone": p("+31201234567"),
                                        "others": [p("+31612345678")]}, "split on ;"),
    ("020 1234567, 06 12345678", "NL", {"phone": p("+31201234567"),
                                        "others": [p("+31612345678")]}, "split on ,"),
    ("020 1234567\n06 12345678", "NL", {"phone": p("+31201234567"),
                                        "others": [p("+31612345678")]}, "split on a new line"),
    ("020 1234567 of 06 12345678", "NL", {"phone": p("+31201234567"),
                                          "others": [p("+31612345678")]}, "of"),
    ("030 1234567 oder 0151 12345678", "DE", {"phone": p("+49301234567"),
                                              "others": [p("+4915112345678")]}, "oder"),
    ("01 23 45 67 89 ou 06 12 34 56 78", "FR", {"phone": p("+33123456789"),
                                                "others": [p("+33612345678")]}, "ou"),
    ("(650) 253-0000 or (650) 253-0001", "US", {"phone": p("+16502530000"),
                                                "others": [p("+16502530001")]}, "or"),
    ("02/123 45 67", "BE", {"phone": p("+3221234567"), "others": [], "fixes": []},
     "Belgian slash inside one number: no split"),
    ("12345 / 06 12345678", "NL", {"phone": p("+31123450612345678", is_valid=False),
                                   "others": []},
     "/ splits only when every piece is a whole number: 12345 is not"),
    ("+32 2 123 45 67, 12", None, {"phone": p("+3221234567", extension="12"), "others": []},
     "comma before a short group: libphonenumber's dialling-pause extension, no split"),
    ("12345; 06 12345678", "NL", {"phone": p("+31612345678"),
                                  "others": [p("+3112345", is_valid=False)]},
     "the first valid number is the main one"),
    ("zie notitie; 06 12345678", "NL", {"phone": p("+31612345678"), "others": [],
                                        "fixes": ["split_multiple", "removed_text"]},
     "a part without digits is dropped"),
    ("06-12345678", "nl", {"phone": p("+31612345678"), "fixes": ["region_alias"],
                           "region": "NL"}, "lower-case code is an alias here"),
    ("07700 900123", "uk", {"phone": p("+447700900123"), "region": "GB"}, "UK -> GB"),
    ("07700 900123", "UK", {"phone": p("+447700900123"), "region": "GB"}, "UK upper case"),
    ("020 1234567", "Nederland", {"phone": p("+31201234567"), "region": "NL"}, "Nederland"),
    ("020 1234567", "Holland", {"phone": p("+31201234567"), "region": "NL"}, "Holland"),
    ("02 123 45 67", "Belgique", {"phone": p("+3221234567"), "region": "BE"}, "Belgique"),
    ("02 123 45 67", "België", {"phone": p("+3221234567"), "region": "BE"}, "België"),
    ("030 1234567", "Deutschland", {"phone": p("+49301234567"), "region": "DE"},
     "Deutschland"),
    ("030 1234567", "Allemagne", {"phone": p("+49301234567"), "region": "DE"}, "Allemagne"),
    ("01 23 45 67 89", "Frankrijk", {"phone": p("+33123456789"), "region": "FR"}, "Frankrijk"),
    ("(650) 253-0000", "USA", {"phone": p("+16502530000"), "region": "US"}, "USA"),
    ("020 1234567", None, {"phone": {"parse_ok": False, "error": "invalid_country_code"},
                           "dedup_key": None, "region": None},
     "no region: libphonenumber's verdict"),
    ("\u200e+31 20 123 4567\u00a0", None, {"phone": p("+31201234567"),
                                           "fixes": ["trimmed"]}, "bidi mark and NBSP"),
    ("０２０－１２３ ４５６７", "NL", {"phone": p("+31201234567"),
                                   "fixes": ["normalized_unicode"]}, "full-width digits"),
    ("٠٦١٢٣٤٥٦٧٨", "NL", {"phone": p("+31612345678")}, "Arabic-Indic digits"),
    ("+31\u00a020\u2013123\u20134567", None, {"phone": p("+31201234567"),
                                               "fixes": ["normalized_unicode"]},
     "NBSP and en dashes"),
    ("020\u200b1234567", "NL", {"phone": p("+31201234567"), "fixes": ["removed_invisible"]},
     "zero-width space inside"),
    ("", None, {"phone": None, "others": [], "fixes": [], "label": None, "dedup_key": None},
     "empty"),
    ("   ", "NL", {"phone": None, "fixes": ["trimmed"]}, "white space only"),
    ("Tel:", "NL", {"phone": None, "label": "phone"}, "a label only"),
    ("n/a", "NL", {"phone": {"parse_ok": False, "error": "not_a_number"}, "dedup_key": None},
     "placeholder text"),
    ("112", "NL", {"phone": p("+31112", is_valid=False, possible_reason="too_short"),
                   "dedup_key": None}, "short number: parsed, no dedup key"),
    ("1-800-FLOWERS", "US", {"phone": p("+18003569377"), "label": None},
     "vanity letters stay libphonenumber's"),
    ("+31 (0)20 123 4567", None, {"phone": p("+31201234567")}, "(0) handled by libphonenumber"),
    ("0031 20 123 4567", "NL", {"phone": p("+31201234567")}, "IDD with a region"),
    ("0031 20 123 4567", "Nederland", {"phone": p("+31201234567")}, "IDD with an alias"),
]

ERRORS: list[tuple[str, str, str]] = [
    ("020 1234567", "Atlantis", "unknown_region"),
    ("020 1234567", "XX", "unknown_region"),
    ("020 1234567", "ZZ", "unknown_region"),
]

LABELS = [("Tel: ", "phone"), ("tel. ", "phone"), ("T: ", "phone"), ("GSM ", "mobile"),
          ("mob. ", "mobile"), ("Mobiel: ", "mobile"), ("Handy: ", "mobile"),
          ("Tél : ", "phone"), ("portable ", "mobile"), ("Fax: ", "fax"), ("Telefoon ", "phone"),
          ("Phone: ", "phone"), ("Telefax ", "fax"), ("Werk: ", "work"), ("Thuis: ", "home")]
LABELS_AFTER = [(" (Fax)", "fax"), (" fax", "fax"), (" (werk)", "work"), (" (mobiel)", "mobile"),
                (" (privé)", "home"), (" (Handy)", "mobile"), (" [fax]", "fax")]
EXT_WORDS = ["toestel {}", "tst. {}", "Durchwahl {}", "DW {}", "poste {}", "ext. {}", "x{}",
             "#{}", "Toestel: {}", "App. {}"]
SEPARATORS = [" / ", "; ", "\n", " of ", " or ", " oder ", " ou ", ", "]
ALIASES = {"NL": ["nl", "Nederland", "Holland", "the Netherlands", "Pays-Bas", "Niederlande"],
           "BE": ["be", "België", "Belgique", "Belgien"],
           "DE": ["de", "Deutschland", "Duitsland", "Allemagne", "Germany"],
           "FR": ["fr", "France", "Frankrijk", "Frankreich"],
           "GB": ["uk", "UK", "gb", "England", "Verenigd Koninkrijk", "Great Britain"],
           "US": ["us", "USA", "Verenigde Staten"]}


def main() -> None:
    rng = random.Random(SEED)
    out = sys.stdout
    out.write("// Golden cases of phone::clean / clean_phone. Hand-written cases, then cases "
              "generated by tools/gen_phone_clean.py whose expected main number is the "
              f"reference's (phonenumbers {ref.pn.__version__}) on the clean number. "
              "Synthetic, no real personal data.\n")
    for inp, region, expected, note in HAND:
        out.write(json.dumps({"input": inp, "region": region, "expected": expected,
                              "note": note}, ensure_ascii=False) + "\n")
    for inp, region, code in ERRORS:
        out.write(json.dumps({"input": inp, "region": region, "error": code},
                             ensure_ascii=False) + "\n")

    plans = [r for r in corpus.PLANS if r not in ("JE", "GG", "IM")]
    n = 0
    while n < 600:
        region = rng.choice(plans)
        _, nsn = corpus.make_nsn(rng, region)
        base = rng.choice([corpus.national(rng, region, nsn),
                           corpus.international(rng, region, nsn)])
        if "/" in base:
            continue
        want = ref.reference(base, region)
        if not want["is_valid"]:
            continue
        expected: dict[str, Any] = {}
        text = base
        ext = None
        if rng.random() < 0.4:
            ext = corpus.rand_digits(rng, rng.randint(1, 5))
            text += " " + rng.choice(EXT_WORDS).format(ext)
        label = None
        r = rng.random()
        if r < 0.35:
            prefix, label = rng.choice(LABELS)
            text = prefix + text
        elif r < 0.6:
            suffix, label = rng.choice(LABELS_AFTER)
            text = text + suffix
        others: list[dict[str, Any]] = []
        if rng.random() < 0.3:
            _, nsn2 = corpus.make_nsn(rng, region)
            second = corpus.international(rng, region, nsn2)
            want2 = ref.reference(second, region)
            if want2["is_valid"]:
                text += rng.choice(SEPARATORS) + second
                others.append({"e164": want2["e164"], "is_valid": True})
        use_region: str | None = region
        if region in ALIASES and rng.random() < 0.3:
            use_region = rng.choice(ALIASES[region])
        expected["phone"] = {"parse_ok": True, "e164": want["e164"], "is_valid": True,
                             "number_type": want["number_type"], "region": want["region"],
                             "extension": ext}
        expected["label"] = label
        expected["others"] = others
        expected["dedup_key"] = want["e164"]
        expected["region"] = region
        out.write(json.dumps({"input": text, "region": use_region, "expected": expected,
                              "note": "generated"}, ensure_ascii=False) + "\n")
        n += 1


if __name__ == "__main__":
    main()
