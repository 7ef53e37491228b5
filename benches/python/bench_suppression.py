#!/usr/bin/env python3
"""Time a pure-Python suppression check (the ck1 reference of tools/gen_suppression_vectors.py
plus `hmac` and a `set` of tokens) and contactkit's `SuppressionList.check_many` side by side.

    python benches/python/bench_suppression.py [--n 100000] [--list 100000]

Synthetic values only. The reference is the same independent re-implementation the golden
vectors come from; it has no CRM cleaning pass, so contactkit is also timed without it
(`check_many` always tries the cleaned form too, as the list does by default). Prints rates and
the ratio; needs the wheel installed (`import contactkit`).
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from gen_suppression_vectors import NoForm, ck1_email  # noqa: E402

KEY = bytes(range(32))


def reference_tokens(value: str) -> list[bytes]:
    try:
        strict, loose = ck1_email(value)
    except NoForm:
        return []
    out = []
    for form in (strict, loose):
        if form is not None:
            msg = b"ck1\x00email\x00" + form.encode()
            out.append(hmac.new(KEY, msg, hashlib.sha256).digest()[:16])
    return out


def corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    names = ["jan", "piet", "anna", "sophie", "daan", "emma", "lucas", "noah", "julia", "tess"]
    domains = ["example.nl", "gmail.com", "ziggo.nl", "outlook.com", "bücher.example", "KPN.nl"]
    out = []
    for i in range(n):
        local = f"{rng.choice(names)}.{rng.choice(names)}{i}"
        if rng.random() < 0.2:
            local = local.title() + "+news"
        out.append(f"{local}@{rng.choice(domains)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--list", type=int, default=100_000)
    args = ap.parse_args()
    import contactkit

    listed = corpus(args.list, 1)
    probes = listed[::2] + corpus(args.n - len(listed[::2]), 2)

    ref: set[bytes] = set()
    for v in listed:
        ref.update(reference_tokens(v))
    lst = contactkit.SuppressionList.create(KEY, "bench/v1")
    for v in listed:
        lst.add("email", v)

    t = time.perf_counter()
    ref_hits = sum(1 for v in probes if any(tok in ref for tok in reference_tokens(v)))
    ref_s = time.perf_counter() - t

    t = time.perf_counter()
    ck_hits = sum(d.suppressed for d in lst.check_many("email", probes, threads=1))
    ck_s = time.perf_counter() - t

    t = time.perf_counter()
    ck_par_hits = sum(d.suppressed for d in lst.check_many("email", probes))
    ck_par_s = time.perf_counter() - t
    assert ck_par_hits == ck_hits

    plain = [v for v in probes if v.isascii()]
    t = time.perf_counter()
    lst.check_many("email", plain, threads=1)
    ck_ascii_s = time.perf_counter() - t

    t = time.perf_counter()
    ck_scalar = sum(lst.check("email", v).suppressed for v in probes)
    ck_scalar_s = time.perf_counter() - t

    n = len(probes)
    print(f"python reference (ck1 + hmac + set): {n / ref_s:,.0f} checks/s, {ref_hits} hits")
    print(f"contactkit check_many, 1 thread:     {n / ck_s:,.0f} checks/s, {ck_hits} hits")
    print(f"contactkit check_many, every core:   {n / ck_par_s:,.0f} checks/s")
    print(f"contactkit check_many, ASCII only:   {len(plain) / ck_ascii_s:,.0f} checks/s, 1 thread")
    print(f"contactkit check (scalar):           {n / ck_scalar_s:,.0f} checks/s, {ck_scalar} hits")
    print(f"ratio check_many (1 thread) / reference: {ref_s / ck_s:.1f}x")


if __name__ == "__main__":
    main()
