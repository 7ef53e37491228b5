#!/usr/bin/env python3
"""Time the reference (`phonenumbers` 9.0.43) and contactkit side by side on phone numbers.

    python benches/python/bench_phone.py [--seconds 2]

Both run in this one process on the same mixed-region corpus as the Rust benchmark: the 5,472
inputs of testdata/phone/corpus.jsonl (messy CRM-style numbers over 42 numbering plans, each
with its default region). The work timed is parse + is_valid_number + E.164: for phonenumbers
`parse`, `is_valid_number` and `format_number(E164)` per input (a parse error counts as done);
for contactkit `parse_phones` on the inputs grouped by region, reading `is_valid` and `e164` of
every result (a result computes its fields when read), and `parse_phone` one by one, reading the
same two. The full PhoneResult (every field read, four formats) is timed too. phonenumbers is timed with and without
`enable_pattern_cache()` where the installed version has it (its module-level `re` cache
thrashes on mixed regions). CPU time of this thread (`time.thread_time`), best of several runs.
This is a benchmark, not a test: it prints numbers and the ratio (target: contactkit >= 10x).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "testdata", "phone", "corpus.jsonl")


def load() -> list[tuple[str, str | None]]:
    with open(CORPUS, encoding="utf-8") as f:
        return [
            (r["input"], r["region"])
            for r in map(json.loads, (l for l in f if l.startswith("{")))
        ]


def rate(fn: Callable[[], object], n: int, seconds: float) -> float:
    fn()  # warm up
    best = float("inf")
    spent = 0.0
    runs = 0
    while spent < seconds or runs < 3:
        t = time.thread_time()
        fn()
        dt = time.thread_time() - t
        best = min(best, dt)
        spent += dt
        runs += 1
    return n / best


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seconds", type=float, default=2.0)
    args = ap.parse_args()
    rows = load()
    groups: dict[str | None, list[str]] = {}
    for inp, reg in rows:
        groups.setdefault(reg, []).append(inp)

    import phonenumbers as pn

    def reference() -> int:
        ok = 0
        for inp, reg in rows:
            try:
                n = pn.parse(inp, reg)
            except pn.NumberParseException:
                continue
            if pn.is_valid_number(n):
                ok += len(pn.format_number(n, pn.PhoneNumberFormat.E164))
        return ok

    print(
        f"Python {sys.version.split()[0]}, phonenumbers {pn.__version__}; "
        f"{len(rows)} inputs, {len(groups)} region values"
    )
    ref = rate(reference, len(rows), args.seconds)
    print(f"phonenumbers parse + is_valid_number + E.164: {ref:,.0f}/s")
    cached = None
    if hasattr(pn, "enable_pattern_cache"):
        pn.enable_pattern_cache()
        cached = rate(reference, len(rows), args.seconds)
        print(f"phonenumbers with enable_pattern_cache(): {cached:,.0f}/s")

    try:
        import contactkit  # type: ignore[import-not-found]
    except ImportError as exc:
        print(
            f"contactkit not timed: `import contactkit` failed ({exc}). Build and install the "
            "wheel first (maturin build --release --manifest-path python/Cargo.toml)."
        )
        return
    if not hasattr(contactkit, "parse_phones"):
        print("contactkit not timed: this build has no parse_phones")
        return

    def valid_e164(results: list) -> int:
        ok = 0
        for x in results:
            if x.is_valid:
                ok += len(x.e164)
        return ok

    def many_valid_e164() -> int:
        return sum(valid_e164(contactkit.parse_phones(v, r)) for r, v in groups.items())

    fields = (
        "parse_ok",
        "error",
        "country_code",
        "national_number",
        "italian_leading_zero",
        "extension",
        "is_possible",
        "possible_reason",
        "is_valid",
        "number_type",
        "region",
        "e164",
        "international",
        "national",
        "rfc3966",
    )

    def many_full() -> int:
        n = 0
        for r, v in groups.items():
            for x in contactkit.parse_phones(v, r):
                for f in fields:
                    n += getattr(x, f) is not None
        return n

    assert many_valid_e164() == reference(), (
        "contactkit and phonenumbers disagree on the corpus"
    )
    many = rate(many_valid_e164, len(rows), args.seconds)
    one = rate(
        lambda: valid_e164([contactkit.parse_phone(i, r) for i, r in rows]),
        len(rows),
        args.seconds,
    )
    full = rate(many_full, len(rows), args.seconds)
    print(
        f"contactkit.parse_phones + is_valid + e164: {many:,.0f}/s = {many / ref:.1f}x "
        f"phonenumbers"
        + (f", {many / cached:.1f}x with its pattern cache" if cached else "")
    )
    print(
        f"contactkit.parse_phone one by one + is_valid + e164: {one:,.0f}/s = "
        f"{one / ref:.1f}x phonenumbers"
    )
    print(
        f"contactkit.parse_phones, all 15 fields read (4 formats): {full:,.0f}/s = "
        f"{full / ref:.1f}x phonenumbers"
    )
    print(
        f"contactkit metadata {contactkit.phone_metadata_version()}; target: parse_phones >= 10x"
    )


if __name__ == "__main__":
    main()
