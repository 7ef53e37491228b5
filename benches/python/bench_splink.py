#!/usr/bin/env python3
"""Splink 5 (DuckDB, threads = 2) and contactkit side by side on the same generated CRM data.

Synthetic, no real personal data: the records come from tools/gen_dedupe_corpus.py (seeded;
`--people` makes a larger variant of the committed testdata/dedupe/corpus.jsonl).

Splink is set up like its own deduplication examples: five blocking rules (surname + postcode,
given name + city, e-mail, phone, street + house number), comparisons for given name, surname
(name comparisons with term-frequency adjustment), street + house number, postcode, city, e-mail
and phone, `estimate_probability_two_random_records_match`, `estimate_u_using_random_sampling`
(1e7 pairs), two EM passes, `predict`, then clustering at the same threshold. contactkit runs
`dedupe` (no labels, no training call) with 2 threads, and `ContactIndex` for incremental
matching.

Prints for each tool: wall time (training + scoring + clustering), scored pairs, pairwise
precision / recall / F1 and cluster (pairs-in-clusters) F1 against the generator's truth, the
false-positive pairs between household members and colleagues, and the time ratio.

Usage: python benches/python/bench_splink.py [--people 20000] [--threshold 0.5] [--skip-splink]
Needs: contactkit (the wheel), splink==5.0.0, duckdb==2.0.0, pandas (python/requirements-test.txt).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def load(people: int, seed: int) -> list[dict[str, Any]]:
    if people <= 0:
        path = ROOT / "testdata" / "dedupe" / "corpus.jsonl"
    else:
        path = Path(tempfile.mkdtemp()) / "corpus.jsonl"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "tools" / "gen_dedupe_corpus.py"),
                "--people",
                str(people),
                "--seed",
                str(seed),
                "--out",
                str(path),
            ],
            check=True,
            capture_output=True,
        )
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def truth_pairs(rows: list[dict[str, Any]]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(same person pairs, household-or-colleague pairs of different people)."""
    by: dict[tuple[str, Any], list[str]] = {}
    for r in rows:
        t = r["truth"]
        by.setdefault(("entity", t["entity"]), []).append(r["id"])
        if t.get("household"):
            by.setdefault(("household", t["household"]), []).append(r["id"])
        if t.get("company"):
            by.setdefault(("company", t["company"]), []).append(r["id"])
    same: set[tuple[str, str]] = set()
    related: set[tuple[str, str]] = set()
    for (kind, _), ids in by.items():
        for p in combinations(sorted(ids), 2):
            (same if kind == "entity" else related).add(p)
    return same, related - same


def prf(found: set[tuple[str, str]], true: set[tuple[str, str]]) -> tuple[float, float, float]:
    tp = len(found & true)
    p = tp / max(len(found), 1)
    r = tp / max(len(true), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cluster_pairs(clusters: list[list[str]]) -> set[tuple[str, str]]:
    return {p for c in clusters for p in combinations(sorted(c), 2)}


def records(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "truth"} for r in rows]


def run_contactkit(rows: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    import contactkit

    recs = records(rows)
    t = time.perf_counter()
    res = contactkit.dedupe(recs, threshold=threshold, threads=2)
    wall = time.perf_counter() - t
    return {
        "wall": wall,
        "pairs": int(res.stats["candidate_pairs"]),  # type: ignore[call-overload]
        "found": {tuple(sorted(p[:2])) for p in res.pairs},
        "clusters": res.clusters,
    }


def run_index(rows: list[dict[str, Any]], threshold: float) -> None:
    """ContactIndex: index all but the last 1,000 records, then match those one by one."""
    import contactkit

    recs = records(rows)
    n = max(len(recs) - 1000, len(recs) // 2)
    index = contactkit.ContactIndex()
    t = time.perf_counter()
    index.add_many(recs[:n])
    add_s = time.perf_counter() - t
    lat = []
    for r in recs[n:]:
        t = time.perf_counter()
        index.match(r, threshold=threshold)
        lat.append(time.perf_counter() - t)
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
    print(
        f"contactkit ContactIndex: add_many {n} records {add_s:.2f} s; match (with explanation) "
        f"p50 {statistics.median(lat) * 1e3:.2f} ms, p99 {p99 * 1e3:.2f} ms over {len(lat)} queries"
    )


def split_name(r: dict[str, Any]) -> tuple[str | None, str | None]:
    given, family = r.get("given_name"), r.get("family_name")
    if given or family or not r.get("full_name"):
        return given, family
    full = str(r["full_name"])
    if "," in full:
        fam, _, giv = full.partition(",")
        return giv.strip() or None, fam.strip() or None
    parts = full.split()
    return (parts[0], " ".join(parts[1:]) or None) if parts else (None, None)


def first(v: Any) -> Any:
    if isinstance(v, list):
        return v[0] if v else None
    return v


def run_splink(rows: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    import duckdb
    import pandas as pd
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    data = []
    for r in rows:
        given, family = split_name(r)
        data.append(
            {
                "unique_id": r["id"],
                "first_name": given,
                "surname": family,
                "street": r.get("street"),
                "house_number": r.get("house_number"),
                "postcode": (r.get("postcode") or "").replace(" ", "").upper() or None,
                "city": r.get("city"),
                "email": (first(r.get("email")) or "").lower() or None,
                "phone": first(r.get("phone")),
            }
        )
    df = pd.DataFrame(data)
    con = duckdb.connect()
    con.execute("SET threads TO 2")
    db_api = DuckDBAPI(connection=con)
    settings = SettingsCreator(
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=[
            block_on("surname", "postcode"),
            block_on("first_name", "city"),
            block_on("email"),
            block_on("phone"),
            block_on("street", "house_number"),
        ],
        comparisons=[
            cl.NameComparison("first_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.LevenshteinAtThresholds("street", [2]),
            cl.ExactMatch("house_number"),
            cl.PostcodeComparison("postcode"),
            cl.ExactMatch("city").configure(term_frequency_adjustments=True),
            cl.EmailComparison("email"),
            cl.ExactMatch("phone"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    t = time.perf_counter()
    sdf = db_api.register(df)
    linker = Linker(sdf, settings, log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("email"), block_on("phone")], recall=0.7
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("surname", "postcode")
    )
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("email"))
    pred = linker.inference.predict(threshold_match_probability=threshold)
    clusters_df = linker.clustering.cluster_pairwise_predictions_at_threshold(
        pred, threshold_match_probability=threshold
    ).as_pandas_dataframe()
    wall = time.perf_counter() - t
    p = pred.as_pandas_dataframe()
    found = {tuple(sorted((a, b))) for a, b in zip(p["unique_id_l"], p["unique_id_r"])}
    clusters: dict[Any, list[str]] = {}
    for uid, cid in zip(clusters_df["unique_id"], clusters_df["cluster_id"]):
        clusters.setdefault(cid, []).append(uid)
    return {"wall": wall, "pairs": len(p), "found": found, "clusters": list(clusters.values())}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=20000, help="0: the committed corpus")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--skip-splink", action="store_true")
    a = ap.parse_args()
    rows = load(a.people, a.seed)
    same, related = truth_pairs(rows)
    import contactkit

    print(
        f"{len(rows)} records, {len(same)} true duplicate pairs, {len(related)} household/colleague"
        f" pairs; {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" contactkit {contactkit.__version__}"
    )
    runs = [("contactkit", run_contactkit)]
    if not a.skip_splink:
        runs.append(("splink", run_splink))
    walls: dict[str, float] = {}
    for name, fn in runs:
        try:
            res = fn(rows, a.threshold)
        except ImportError as e:
            print(f"{name}: not installed ({e})")
            continue
        p, r, f = prf(res["found"], same)
        _, _, cf = prf(cluster_pairs(res["clusters"]), same)
        fp_related = len(res["found"] & related)
        walls[name] = res["wall"]
        print(
            f"{name}: {res['wall']:.2f} s, {res['pairs']} scored pairs, pairwise P {p:.4f} R {r:.4f}"
            f" F1 {f:.4f}, cluster F1 {cf:.4f}, household/colleague pairs called duplicates"
            f" {fp_related} ({fp_related / max(len(related), 1):.2%})"
        )
    if len(walls) == 2:
        print(f"ratio splink/contactkit: {walls['splink'] / walls['contactkit']:.1f}x")
    run_index(rows, a.threshold)


if __name__ == "__main__":
    main()
