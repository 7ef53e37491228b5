#!/usr/bin/env python3
"""Time the reference (`usaddress` 0.5.16, a US-only CRF parser) and contactkit side by side.

    python benches/python/bench_address.py [--seconds 2]

Both run in this one process on the same corpus as the Rust benchmark: every spelling of
testdata/address/golden.jsonl (mixed countries; usaddress is US-only by design, so it is timed on
all inputs as a speed anchor, not for accuracy). contactkit is timed when `import contactkit`
works (install the wheel first); otherwise that half is skipped. libpostal cannot run without
its ~1.8 GB model; its published figures are printed beside ours. This is a benchmark, not a
test: it prints numbers and the ratio.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]


def corpus() -> list[tuple[str | None, str]]:
    out = []
    for line in (
        (ROOT / "testdata" / "address" / "golden.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ):
        if not line.startswith("{"):
            continue
        row = json.loads(line)
        out.append((row["hint"], row["input"]))
        out.extend((row["hint"], e) for e in row["equivalents"])
    return out


def rate(fn, items, seconds: float) -> tuple[float, float]:
    """Calls per wall-clock second and per on-CPU second of the process (all threads: the
    machine may be shared, and on-CPU time is what a busy machine does not inflate)."""
    n = 0
    start = time.perf_counter()
    cpu0 = time.process_time()
    while True:
        for item in items:
            fn(item)
        n += len(items)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return n / elapsed, n / max(time.process_time() - cpu0, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=2.0)
    args = ap.parse_args()
    items = corpus()
    print(f"corpus: {len(items)} spellings from testdata/address/golden.jsonl")
    ref = None
    try:
        import usaddress  # type: ignore[import-untyped]

        t0 = time.perf_counter()
        usaddress.parse("123 Main St, Springfield, IL 62701")
        print(f"usaddress first call: {(time.perf_counter() - t0) * 1e3:.1f} ms")
        ref, ref_cpu = rate(lambda it: usaddress.parse(it[1]), items, args.seconds)
        print(
            f"usaddress 0.5.16 parse: {ref:,.0f} addresses/s ({1e6 / ref:.1f} us each); "
            f"{ref_cpu:,.0f}/s on-CPU"
        )
    except ImportError:
        print(
            "usaddress not installed (pip install usaddress==0.5.16); reference half skipped"
        )
    try:
        import contactkit  # type: ignore[import-not-found]
    except ImportError:
        print(
            "contactkit not importable (build the wheel first); contactkit half skipped"
        )
        return
    t0 = time.perf_counter()
    contactkit.parse_address("Keizersgracht 123-2, 1015 CJ Amsterdam", "NL")
    print(f"contactkit first call: {(time.perf_counter() - t0) * 1e3:.2f} ms")
    ck, ck_cpu = rate(
        lambda it: contactkit.parse_address(it[1], it[0]), items, args.seconds
    )
    print(
        f"contactkit parse_address: {ck:,.0f} addresses/s ({1e6 / ck:.1f} us each); "
        f"{ck_cpu:,.0f}/s on-CPU"
    )
    texts = [t for _, t in items]
    # One thread, so that the on-CPU rate compares like with like; `threads=None` (every core)
    # is timed after it.
    batch, batch_cpu = rate(
        lambda ts: contactkit.parse_addresses(ts, threads=1), [texts], args.seconds
    )
    batch *= len(texts)
    batch_cpu *= len(texts)
    print(
        f"contactkit parse_addresses (batch, 1 thread): {batch:,.0f} addresses/s; {batch_cpu:,.0f}/s on-CPU"
    )
    par, _ = rate(lambda ts: contactkit.parse_addresses(ts), [texts], args.seconds)
    par *= len(texts)
    print(
        f"contactkit parse_addresses (batch, threads=None): {par:,.0f} addresses/s wall-clock"
    )
    if ref:
        print(
            f"ratio contactkit/usaddress: scalar {ck / ref:.1f}x, batch {batch / ref:.1f}x wall-clock; "
            f"on-CPU scalar {ck_cpu / ref_cpu:.1f}x, batch {batch_cpu / ref_cpu:.1f}x (target >= 20x)"
        )
    print(
        "libpostal 1.1 (published, not run: needs a ~1.8 GB model, 5-10 s load): 10-30k addresses/s/thread"
    )


if __name__ == "__main__":
    main()
