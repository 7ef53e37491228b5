#!/usr/bin/env python3
"""Generate the inputs of testdata/phone/corpus.jsonl: messy CRM-style phone numbers.

Writes one JSON object per line, {"input": str, "region": str | null, "kind": str}, seeded and
deterministic, at least 3,000 distinct (input, region) pairs over more than 25 regions, covering
every kind of hard input of design/phone.md §7.2: E.164 and international forms, national forms
with trunk prefixes, IDD prefixes (00, 011, 0011, 810, 8~10), `(0)` after the country code,
extensions (ext., x, #, ;ext=), labels, Unicode digits, dashes and spaces, letters and vanity
numbers, too short and too long numbers, invalid ranges, wrong default region, no region,
lower-case and unknown regions, RFC 3966 URIs, and junk.

The inputs are built from contactkit's own table of numbering plans below (country code, trunk
and international prefixes, and national number shapes written from general knowledge of the
plans); no reference library is imported, so the inputs do not depend on its version. Digits
are random: the numbers are synthetic, no real personal data.

    python tools/gen_phone_corpus.py | python tools/phone_reference.py > testdata/phone/corpus.jsonl
"""

from __future__ import annotations

import json
import random
import sys

SEED = 20261123

# region: (country code, trunk prefix, international prefix, [(kind, prefix, rest length)])
PLANS: dict[str, tuple[str, str, str, list[tuple[str, str, int]]]] = {
    "NL": ("31", "0", "00", [("fixed", "20", 7), ("fixed", "10", 7), ("fixed", "30", 7),
                             ("fixed", "70", 7), ("fixed", "570", 6), ("mobile", "6", 8),
                             ("toll_free", "800", 4), ("premium", "900", 4), ("voip", "85", 7)]),
    "BE": ("32", "0", "00", [("fixed", "2", 7), ("fixed", "3", 7), ("fixed", "9", 7),
                             ("fixed", "16", 6), ("mobile", "47", 7), ("mobile", "48", 7),
                             ("mobile", "49", 7), ("toll_free", "800", 5)]),
    "DE": ("49", "0", "00", [("fixed", "30", 7), ("fixed", "30", 8), ("fixed", "89", 7),
                             ("fixed", "40", 7), ("fixed", "221", 7), ("fixed", "6221", 6),
                             ("mobile", "151", 8), ("mobile", "160", 7), ("mobile", "170", 7),
                             ("mobile", "176", 8), ("toll_free", "800", 7)]),
    "FR": ("33", "0", "00", [("fixed", "1", 8), ("fixed", "2", 8), ("fixed", "4", 8),
                             ("mobile", "6", 8), ("mobile", "7", 8), ("voip", "9", 8),
                             ("toll_free", "80", 7)]),
    "GB": ("44", "0", "00", [("fixed", "20", 8), ("fixed", "121", 7), ("fixed", "161", 7),
                             ("fixed", "131", 7), ("fixed", "1632", 6), ("mobile", "74", 8),
                             ("mobile", "77", 8), ("mobile", "79", 8), ("toll_free", "800", 7),
                             ("premium", "90", 8)]),
    "US": ("1", "1", "011", [("fixed", "201", 7), ("fixed", "212", 7), ("fixed", "415", 7),
                             ("fixed", "650", 7), ("fixed", "202", 7), ("fixed", "305", 7),
                             ("toll_free", "800", 7), ("toll_free", "888", 7)]),
    "CA": ("1", "1", "011", [("fixed", "416", 7), ("fixed", "604", 7), ("fixed", "514", 7)]),
    "IT": ("39", "", "00", [("fixed", "06", 8), ("fixed", "02", 8), ("fixed", "055", 7),
                            ("mobile", "3", 9), ("toll_free", "800", 6)]),
    "ES": ("34", "", "00", [("fixed", "91", 7), ("fixed", "93", 7), ("mobile", "6", 8),
                            ("mobile", "7", 8)]),
    "PT": ("351", "", "00", [("fixed", "21", 7), ("mobile", "91", 7), ("mobile", "96", 7)]),
    "AT": ("43", "0", "00", [("fixed", "1", 7), ("fixed", "316", 6), ("mobile", "664", 7),
                             ("mobile", "676", 7)]),
    "CH": ("41", "0", "00", [("fixed", "44", 7), ("fixed", "22", 7), ("mobile", "79", 7),
                             ("mobile", "78", 7)]),
    "LU": ("352", "", "00", [("fixed", "2", 7), ("mobile", "621", 6), ("fixed", "4", 5)]),
    "DK": ("45", "", "00", [("fixed", "3", 7), ("mobile", "2", 7)]),
    "SE": ("46", "0", "00", [("fixed", "8", 7), ("fixed", "31", 6), ("mobile", "70", 7)]),
    "NO": ("47", "", "00", [("fixed", "2", 7), ("mobile", "4", 7), ("mobile", "9", 7)]),
    "FI": ("358", "0", "00", [("fixed", "9", 7), ("mobile", "40", 7), ("mobile", "50", 7)]),
    "PL": ("48", "", "00", [("fixed", "22", 7), ("mobile", "5", 8), ("mobile", "6", 8)]),
    "CZ": ("420", "", "00", [("fixed", "2", 8), ("mobile", "6", 8), ("mobile", "7", 8)]),
    "IE": ("353", "0", "00", [("fixed", "1", 7), ("mobile", "8", 8)]),
    "GR": ("30", "", "00", [("fixed", "21", 8), ("mobile", "69", 8)]),
    "TR": ("90", "0", "00", [("fixed", "212", 7), ("fixed", "312", 7), ("mobile", "5", 9)]),
    "RU": ("7", "8", "810", [("fixed", "495", 7), ("fixed", "812", 7), ("mobile", "9", 9)]),
    "KZ": ("7", "8", "810", [("fixed", "7172", 6), ("mobile", "70", 8), ("mobile", "77", 8)]),
    "JP": ("81", "0", "010", [("fixed", "3", 8), ("fixed", "6", 8), ("mobile", "90", 8),
                              ("mobile", "80", 8)]),
    "IN": ("91", "0", "00", [("fixed", "11", 8), ("fixed", "22", 8), ("mobile", "9", 9),
                             ("mobile", "8", 9)]),
    "BR": ("55", "0", "00", [("fixed", "11", 8), ("fixed", "21", 8), ("mobile", "119", 8),
                             ("mobile", "219", 8)]),
    "AR": ("54", "0", "00", [("fixed", "11", 8), ("fixed", "351", 7), ("mobile", "911", 8)]),
    "AU": ("61", "0", "0011", [("fixed", "2", 8), ("fixed", "3", 8), ("mobile", "4", 8)]),
    "MX": ("52", "", "00", [("fixed", "55", 8), ("fixed", "33", 8)]),
    "ZA": ("27", "0", "00", [("fixed", "21", 7), ("mobile", "82", 7), ("mobile", "72", 7)]),
    "CN": ("86", "0", "00", [("fixed", "10", 8), ("mobile", "13", 9), ("mobile", "18", 9)]),
    "JE": ("44", "0", "00", [("fixed", "1534", 6), ("mobile", "7797", 6)]),
    "GG": ("44", "0", "00", [("fixed", "1481", 6), ("mobile", "7781", 6)]),
    "IM": ("44", "0", "00", [("fixed", "1624", 6), ("mobile", "7624", 6)]),
    "SR": ("597", "", "00", [("fixed", "4", 5), ("mobile", "8", 6)]),
    "CW": ("599", "", "00", [("fixed", "9", 7)]),
    "MA": ("212", "0", "00", [("fixed", "52", 7), ("mobile", "6", 8)]),
    "FO": ("298", "", "00", [("fixed", "3", 5), ("mobile", "2", 5)]),
    "SG": ("65", "", "000", [("fixed", "6", 7), ("mobile", "9", 7), ("mobile", "8", 7)]),
    "HK": ("852", "", "001", [("fixed", "2", 7), ("mobile", "9", 7)]),
    "NZ": ("64", "0", "00", [("fixed", "9", 7), ("mobile", "21", 7)]),
}

# Regions weighted high (design/phone.md §7.2).
WEIGHTS = {"NL": 8, "BE": 6, "DE": 6, "FR": 5, "GB": 6, "US": 6, "IT": 3, "AR": 2, "BR": 2,
           "RU": 2, "JP": 2, "IN": 2, "CA": 2, "JE": 1, "GG": 1, "IM": 1, "KZ": 1}

NON_GEO = [("800", 8), ("808", 8), ("870", 9), ("882", 10), ("883", 9), ("979", 9)]

UNKNOWN_REGIONS = ["ZZ", "XX", "001", "", "EU", "UK", "nl", "de", "Nl", "gb", "us", "NLD"]

LABELS = ["Tel: ", "tel. ", "T: ", "GSM ", "mob. ", "Mobiel: ", "Handy: ", "Tél : ",
          "portable ", "Fax: ", "Telefoon ", "Phone: "]
LABELS_AFTER = [" (Fax)", " fax", " (werk)", " (mobiel)", " (privé)", " mob"]
EXT_FORMS = [" ext. {}", " ext {}", " x{}", " x {}", " #{}", ";ext={}", " extension {}",
             " Ext: {}", " toestel {}", " tst. {}", " Durchwahl {}", " DW {}", " poste {}"]
VANITY = ["1-800-FLOWERS", "1-800-GOT-JUNK", "+1 800 FLOWERS", "0800-VODAFONE", "1-888-NEW-CARS",
          "+44 800 BUY NOW", "+31 900 BEL MIJ", "1 (800) MY-APPLE", "800 HELP ME", "+1-866-CALL-NOW"]
JUNK = ["", " ", "n/a", "N.v.t.", "geen", "-", "---", "+", "++", "+31", "00", "0", "abc",
        "tel:", "tel:+", "jan@example.nl", "12-03-2021", "1.234,56", "€ 12,50", "#", "*31#",
        "+-+-", "(0)", "()", "0031", "+0031 20 1234567", "+00 31 20 1234567", "ext. 12",
        "Tel:", "see notes", "unknown", "null", "NaN", "1e10", "0x1F", "+" + "9" * 20,
        "1" * 30, "+31 " + "1" * 40, "0" * 251, "+1 " + "2" * 260, "\u00a0", "\u200e",
        "tel:;phone-context=", "tel:+1-650-253-0000;phone-context=+1",
        "tel:253-0000;phone-context=+1-650", "tel:253-0000;phone-context=www.example.com",
        "tel:253-0000;phone-context=", "tel:253-0000;phone-context=+", "tel:+;ext=",
        ";phone-context=+31", "tel:020-1234567;phone-context=+31;isub=12",
        "tel:+31-20-123-4567;ext=12", "TEL:+31201234567", "sip:+31201234567@example.com",
        "+31 20 123 4567;ext=", "#31#871140115", "*67 020 1234567", "**21*0612345678#",
        # "tel:" after ";phone-context=": panics rlibphonenumber 2.2.15 unguarded.
        "00.9(Fax)0;phone-context=x;;+800+90 .;ext=tel:0#", "1;phone-context=+31-20;tel:x",
        "253 0000;phone-context=+1-650;tel:", ";phone-context=+44 tel:20",
        "020;phone-context=+31(0)20-12;tel:+31", "7;phone-context=example.com;tel:+1",
        ";phone-context=;tel:", "12;phone-context=+;tel:12", "12;phone-context=+(1);tel:2"]

FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
ARABIC_INDIC = {str(d): chr(0x0660 + d) for d in range(10)}
EASTERN_ARABIC = {str(d): chr(0x06F0 + d) for d in range(10)}
DEVANAGARI = {str(d): chr(0x0966 + d) for d in range(10)}
DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\uff0d"]
SPACES = ["\u00a0", "\u2009", "\u202f", "\u3000", "\u2007"]


def rand_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_nsn(rng: random.Random, region: str) -> tuple[str, str]:
    kind, prefix, rest = rng.choice(PLANS[region][3])
    digits = rand_digits(rng, rest)
    if region in ("US", "CA") and kind == "fixed":
        # NANP exchange codes start with 2-9.
        digits = rng.choice("23456789") + digits[1:]
    return kind, prefix + digits


def group(rng: random.Random, digits: str, sep: str) -> str:
    out, i = [], 0
    while i < len(digits):
        step = rng.choice([2, 3, 3, 4])
        out.append(digits[i:i + step])
        i += step
    return sep.join(out)


def national(rng: random.Random, region: str, nsn: str) -> str:
    cc, trunk, _, _ = PLANS[region]
    if region in ("US", "CA"):
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}",
                           f"1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"{a}{b}{c}"])
    body = trunk + nsn
    sep = rng.choice([" ", "-", ".", "", " ", "/"])
    if sep == "/" and len(body) > 4:
        cut = rng.randint(2, 4)
        return body[:cut] + "/" + group(rng, body[cut:], " ")
    return group(rng, body, sep)


def international(rng: random.Random, region: str, nsn: str) -> str:
    cc, trunk, idd, _ = PLANS[region]
    form = rng.randrange(9)
    if form == 0:
        return f"+{cc}{nsn}"
    if form == 1:
        return f"+{cc} " + group(rng, nsn, " ")
    if form == 2:
        return f"+{cc}-" + group(rng, nsn, "-")
    if form == 3 and trunk == "0":
        return f"+{cc} (0)" + group(rng, nsn, " ")
    if form == 4:
        return f"{idd}{cc} " + group(rng, nsn, " ")
    if form == 5:
        return f"{idd} {cc} " + group(rng, nsn, " ")
    if form == 6:
        return f"+{cc}.{nsn[:2]}.{nsn[2:]}"
    if form == 7:
        return f"(+{cc}) " + group(rng, nsn, " ")
    return f"00{cc}{nsn}"


def mangle_unicode(rng: random.Random, s: str) -> str:
    table = rng.choice([FULLWIDTH, ARABIC_INDIC, EASTERN_ARABIC, DEVANAGARI, None, None])
    out = []
    for ch in s:
        if table and ch in table and rng.random() < 0.8:
            out.append(table[ch])
        elif ch == "-" and rng.random() < 0.8:
            out.append(rng.choice(DASHES))
        elif ch == " " and rng.random() < 0.6:
            out.append(rng.choice(SPACES))
        else:
            out.append(ch)
    s = "".join(out)
    r = rng.random()
    if r < 0.2:
        s = "\u200e" + s
    elif r < 0.3:
        s = "\u202a" + s + "\u202c"
    elif r < 0.4:
        s = "\ufeff" + s
    elif r < 0.5:
        s = "\uff0b" + s.lstrip("+") if s.startswith("+") else s
    return s


def other_region(rng: random.Random, region: str) -> str:
    return rng.choice([r for r in PLANS if r != region])


def main() -> None:
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []
    seen: set[tuple[str, object]] = set()

    def add(inp: str, region: object, kind: str) -> None:
        key = (inp, region)
        if key in seen:
            return
        seen.add(key)
        rows.append({"input": inp, "region": region, "kind": kind})

    regions = list(PLANS)
    weighted = [r for r in regions for _ in range(WEIGHTS.get(r, 1))]

    # The edge cases of design/phone.md §1.2, verbatim.
    for inp, reg in [("+31 (0)20 123 4567", None), ("0031201234567", None),
                     ("0031201234567", "nl"), ("0031201234567", "NL"), ("+1 650 253 0000", "ZZ"),
                     ("06-12345678", "NL"), ("0470 12 34 56", "BE"), ("+39 06 1234 5678", None),
                     ("+298 20 12 34", None), ("112", "NL"), ("+31 20 123 4567 ext. 12", None),
                     ("+31 20 123 4567 toestel 12", None), ("+49 30 1234567 Durchwahl 5", None),
                     ("0090212-9435-44-4 (Fax)", "TR"), ("+0031 20 1234567", None),
                     ("00", "NL")]:
        add(inp, reg, "design_edge")

    for _ in range(1400):
        region = rng.choice(weighted)
        kind, nsn = make_nsn(rng, region)
        add(national(rng, region, nsn), region, f"national_{kind}")
        add(international(rng, region, nsn), rng.choice([None, region, other_region(rng, region)]),
            f"international_{kind}")

    for _ in range(500):
        region = rng.choice(weighted)
        _, nsn = make_nsn(rng, region)
        choice = rng.randrange(8)
        if choice == 0:  # too short
            add(national(rng, region, nsn[: rng.randint(1, max(1, len(nsn) - 2))]), region,
                "too_short")
        elif choice == 1:  # too long
            add(international(rng, region, nsn + rand_digits(rng, rng.randint(1, 8))), None,
                "too_long")
        elif choice == 2:  # invalid range: random leading digits
            bad = rand_digits(rng, len(nsn))
            add(national(rng, region, bad), region, "random_range")
            add(f"+{PLANS[region][0]} {bad}", None, "random_range")
        elif choice == 3:  # wrong default region for a national number
            add(national(rng, region, nsn), other_region(rng, region), "wrong_region")
        elif choice == 4:  # no region for a national number
            add(national(rng, region, nsn), None, "no_region")
        elif choice == 5:  # lower-case / unknown regions
            add(national(rng, region, nsn), rng.choice(UNKNOWN_REGIONS), "bad_region")
            add(international(rng, region, nsn), rng.choice(UNKNOWN_REGIONS), "bad_region")
        elif choice == 6:  # IDD of another country
            cc = PLANS[region][0]
            idd = rng.choice(["00", "011", "0011", "810", "8~10", "+00", "010", "000", "001"])
            add(f"{idd}{cc}{nsn}", rng.choice(regions), "foreign_idd")
        else:  # invalid country codes
            cc = rng.choice(["0", "28", "42", "80", "99", "999", "3", "38", "6999", "888"])
            add(f"+{cc} {group(rng, nsn, ' ')}", rng.choice([None, region]), "bad_country_code")

    for _ in range(450):  # extensions
        region = rng.choice(weighted)
        _, nsn = make_nsn(rng, region)
        base = rng.choice([international(rng, region, nsn), national(rng, region, nsn)])
        ext = rand_digits(rng, rng.randint(1, 7))
        add(base + rng.choice(EXT_FORMS).format(ext), region, "extension")

    for _ in range(400):  # labels
        region = rng.choice(weighted)
        _, nsn = make_nsn(rng, region)
        base = rng.choice([international(rng, region, nsn), national(rng, region, nsn)])
        if rng.random() < 0.6:
            add(rng.choice(LABELS) + base, region, "label")
        else:
            add(base + rng.choice(LABELS_AFTER), region, "label")

    for _ in range(450):  # Unicode digits, dashes, spaces, bidi marks
        region = rng.choice(weighted)
        _, nsn = make_nsn(rng, region)
        base = rng.choice([international(rng, region, nsn), national(rng, region, nsn)])
        add(mangle_unicode(rng, base), region, "unicode")

    for v in VANITY:  # letters
        for reg in (None, "US", "NL", "GB"):
            add(v, reg, "vanity")
    for _ in range(60):
        region = rng.choice(weighted)
        _, nsn = make_nsn(rng, region)
        letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(1, 6)))
        cut = rng.randint(1, len(nsn))
        add(national(rng, region, nsn[:cut]) + letters, region, "letters")
        add(f"+{PLANS[region][0]} {nsn[:cut]}{letters.lower()}", None, "letters")

    for _ in range(60):  # non-geographic numbers
        cc, n = rng.choice(NON_GEO)
        add(f"+{cc} {group(rng, rand_digits(rng, n), ' ')}", rng.choice([None, "NL", "US"]),
            "non_geographic")

    for j in JUNK:  # junk
        for reg in (None, "NL", "US"):
            add(j, reg, "junk")

    for _ in range(120):  # RFC 3966
        region = rng.choice(weighted)
        cc, trunk, _, _ = PLANS[region]
        _, nsn = make_nsn(rng, region)
        form = rng.randrange(5)
        if form == 0:
            s = f"tel:+{cc}-{group(rng, nsn, '-')}"
        elif form == 1:
            s = f"tel:{trunk}{nsn};phone-context=+{cc}"
        elif form == 2:
            s = f"tel:+{cc}{nsn};ext={rand_digits(rng, 3)}"
        elif form == 3:
            s = f"tel:{nsn[-7:]};phone-context=+{cc}-{nsn[:3]}"
        else:
            s = f"tel:{nsn};phone-context=example.{region.lower()}"
        add(s, rng.choice([None, region]), "rfc3966")

    for _ in range(200):  # random mixtures of phone characters
        n = rng.randint(1, 24)
        s = "".join(rng.choice("0123456789   +-().#*/x;extAB,:\u00a0\uff11\u0661")
                    for _ in range(n))
        add(s, rng.choice([None, "NL", "US", "DE", "GB", "nl"]), "random")

    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows over {len({r['region'] for r in rows})} region values",
          file=sys.stderr)


if __name__ == "__main__":
    main()
