#!/usr/bin/env python3
"""contactkit.dedupe against Splink 5 (DuckDB, threads=2) on the same generated CRM data.

Synthetic, no real personal data: the records come from tools/gen_dedupe_corpus.py (seeded).
Prints, for each tool: wall time, candidate/scored pairs, pairwise precision/recall/F1 against
the generator's truth, and the time ratio. Splink is set up like its own deduplication examples:
blocking on (surname, postcode), (given name, city), (email), (phone), TF on names and city,
u from 1e7 random pairs, two EM passes.

Usage: python benches/python/bench_dedupe.py [--people 20000] [--threshold 0.5]
Needs: contactkit (the wheel), splink==5.0.0, duckdb==2.0.0 (python/requirements-test.txt).
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load(people: int):
    out = Path(tempfile.mkdtemp()) / "corpus.jsonl"
    subprocess.run([sys.executable, str(ROOT / "tools" / "gen_dedupe_corpus.py"), "--people", str(people), "--out", str(out)],
                   check=True, capture_output=True)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    truth = {}
    for r in rows:
        truth.setdefault(r["truth"]["entity"], []).append(r["id"])
    true_pairs = {tuple(sorted(p)) for ids in truth.values() for p in combinations(ids, 2)}
    return rows, true_pairs


def prf(found, true_pairs):
    tp = len(found & true_pairs)
    p = tp / max(len(found), 1)
    r = tp / max(len(true_pairs), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_contactkit(rows, threshold):
    import contactkit

    recs = [{k: v for k, v in r.items() if k != "truth"} for r in rows]
    t = time.perf_counter()
    res = contactkit.dedupe(recs, threshold=threshold, threads=2)
    wall = time.perf_counter() - t
    found = {tuple(sorted(p[:2])) for p in res.pairs}
    return wall, res.stats["candidate_pairs"], found


def run_splink(rows, threshold):
    import duckdb
    import pandas as pd
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    df = pd.DataFrame([{
        "unique_id": r["id"],
        "first_name": r.get("given_name"),
        "surname": r.get("family_name") or r.get("full_name"),
        "email": (r.get("email") or [None])[0],
        "phone": (r.get("phone") or [None])[0],
        "postcode": r.get("postcode"),
        "city": r.get("city"),
        "street": r.get("street"),
        "dob": r.get("date_of_birth"),
    } for r in rows])
    con = duckdb.connect()
    con.execute("SET threads TO 2")
    db_api = DuckDBAPI(connection=con)
    settings = SettingsCreator(
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=[
            block_on("surname", "postcode"), block_on("first_name", "city"), block_on("email"), block_on("phone"),
        ],
        comparisons=[
            cl.NameComparison("first_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.EmailComparison("email"),
            cl.ExactMatch("phone"),
            cl.PostcodeComparison("postcode"),
            cl.ExactMatch("city").configure(term_frequency_adjustments=True),
            cl.LevenshteinAtThresholds("street", [2]),
            cl.DateOfBirthComparison("dob", input_is_string=True),
        ],
        retain_intermediate_calculation_columns=False,
    )
    t = time.perf_counter()
    linker = Linker(df, settings, db_api)
    linker.training.estimate_probability_two_random_records_match([block_on("email")], recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("surname", "postcode"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("email"))
    pred = linker.inference.predict(threshold_match_probability=threshold).as_pandas_dataframe()
    wall = time.perf_counter() - t
    found = {tuple(sorted((a, b))) for a, b in zip(pred["unique_id_l"], pred["unique_id_r"])}
    return wall, len(pred), found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=20000)
    ap.add_argument("--threshold", type=float, default=0.5)
    a = ap.parse_args()
    rows, true_pairs = load(a.people)
    print(f"{len(rows)} records, {len(true_pairs)} true duplicate pairs")
    results = {}
    for name, fn in [("contactkit", run_contactkit), ("splink", run_splink)]:
        try:
            wall, pairs, found = fn(rows, a.threshold)
        except ImportError as e:
            print(f"{name}: not installed ({e})")
            continue
        p, r, f = prf(found, true_pairs)
        results[name] = wall
        print(f"{name}: {wall:.2f} s, {pairs} pairs, precision {p:.4f} recall {r:.4f} F1 {f:.4f}")
    if len(results) == 2:
        print(f"ratio splink/contactkit: {results['splink'] / results['contactkit']:.1f}x")


if __name__ == "__main__":
    main()
