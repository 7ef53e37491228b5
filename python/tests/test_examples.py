"""examples/python/ runs against the installed wheel, so the examples never rot."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

EXAMPLE = ROOT / "examples" / "python" / "clean_emails.py"


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_example_runs_on_the_default_input() -> None:
    out = _run()
    assert out.startswith("contactkit ")
    assert "valid " in out


def test_example_cleans_a_csv_and_writes_every_row(tmp_path: Path) -> None:
    source = tmp_path / "crm.csv"
    rows = [
        {"id": "1", "naam": "Jan de Vries", "E-mail": "  jan@example.nl "},
        {"id": "2", "naam": "Piet", "E-mail": "mailto:piet@example.org"},
        {"id": "3", "naam": "Klaas", "E-mail": "geen"},
        {"id": "4", "naam": "Anna", "E-mail": ""},
    ]
    with source.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    target = tmp_path / "out.csv"
    out = _run(str(source), "--out", str(target))
    assert "4 values from crm.csv, column 'E-mail'" in out
    assert "no address 1, empty 1" in out
    assert "fixed trimmed: 1" in out
    with target.open(newline="", encoding="utf-8") as f:
        written = list(csv.DictReader(f))
    assert [r["id"] for r in written] == ["1", "2", "3", "4"]
    assert written[0]["E-mail"] == "  jan@example.nl "  # the stored value is never changed
    assert written[0]["email_valid"] == "yes"
    assert written[0]["email_normalized"] == "jan@example.nl"
    assert written[2]["email_valid"] == "no"
    assert written[2]["email_reason"] == "no_address"
    assert written[3]["email_reason"] == "empty"


def test_example_refuses_a_csv_without_email_column(tmp_path: Path) -> None:
    source = tmp_path / "no_email.csv"
    source.write_text("id,name\n1,Jan\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), str(source)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "no e-mail column" in done.stderr
