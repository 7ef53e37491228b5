"""ContactIndex, golden_record and DataFrame / Arrow inputs through the installed wheel."""

from __future__ import annotations

import json
from typing import Any

import pytest

import contactkit
from conftest import TESTDATA


def _corpus(n: int) -> list[dict[str, Any]]:
    out = []
    with open(TESTDATA / "dedupe" / "corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            r.pop("truth", None)
            out.append(r)
            if len(out) == n:
                break
    return out


def test_index_add_match_remove() -> None:
    index = contactkit.ContactIndex()
    index.add({"id": "1", "full_name": "Jan de Vries", "email": "jan@devries.nl"})
    index.add_many([{"id": "2", "full_name": "Anna de Vries", "email": ["anna@devries.nl"]}])
    assert len(index) == 2
    assert "1" in index
    assert "9" not in index
    m = index.match({"id": "q", "full_name": "J. de Vries", "email": "Jan@DeVries.nl"})
    assert [x.id for x in m] == ["1"]
    assert m[0].relation == "same_person"
    assert m[0].probability > 0.5
    assert m[0].explanation[0][0] == "prior"
    assert m[0].to_dict()["id"] == "1"
    assert abs(sum(w for _, _, w in m[0].explanation) - m[0].weight) < 1e-9
    with pytest.raises(contactkit.ConfigError):
        index.add({"id": "1"})
    with pytest.raises(contactkit.ConfigError):
        index.match({"id": "q"}, threshold=1.5)
    with pytest.raises(contactkit.ArgumentTypeError):
        index.add("not a mapping")  # type: ignore[arg-type]
    assert index.remove("1") is True
    assert index.remove("1") is False
    assert len(index) == 1
    assert index.match({"id": "q", "full_name": "J. de Vries", "email": "jan@devries.nl"}) == []


def test_index_equals_link() -> None:
    # Fewer than 500 records: `link` uses the built-in model, as the index does.
    records = _corpus(420)
    left, right = records[:400], records[400:]
    index = contactkit.ContactIndex()
    index.add_many(left)
    many = index.match_many(right, limit=None, threshold=0.5, threads=2)
    found = 0
    for q, got in zip(right, many, strict=True):
        want = contactkit.link(left, [q]).pairs
        assert sorted((m.id, round(m.probability, 12)) for m in got) == sorted(
            (a, round(p, 12)) for a, _, p in want
        )
        assert got == index.match(q, limit=None)
        found += len(got)
    assert found > 0


def test_golden_record() -> None:
    records: list[dict[str, object]] = [
        {
            "id": "a",
            "given_name": "J.P.",
            "family_name": "de Vries",
            "email": ["jan@old.nl"],
            "street": "Dorpsstraat",
            "house_number": "1",
            "postcode": "1234 AB",
            "source": "erp",
        },
        {
            "id": "b",
            "given_name": "Jan Pieter",
            "family_name": "de Vries",
            "email": "jan@new.nl",
            "postcode": "9999 ZZ",
            "house_number": "7",
            "source": "crm",
        },
    ]
    g = contactkit.golden_record(records)
    assert g.record["id"] == "a"
    assert g.record["given_name"] == "Jan Pieter"
    assert g.provenance["given_name"] == ("b", "most_complete")
    assert g.record["postcode"] == "9999 ZZ"
    assert "street" not in g.record
    emails = g.record["email"]
    assert isinstance(emails, list)
    assert sorted(emails) == ["jan@new.nl", "jan@old.nl"]
    assert g.to_dict()["provenance"]["email"]["rule"] == "union"  # type: ignore[index]
    g = contactkit.golden_record(
        records, rules={"source_priority": ["erp"], "email": "most_recent"}
    )
    assert g.record["given_name"] == "J.P."
    assert g.record["street"] == "Dorpsstraat"
    assert g.record["email"] == ["jan@new.nl"]
    assert g.provenance["street"] == ("a", "source_priority")
    with pytest.raises(contactkit.UnknownOptionError):
        contactkit.golden_record(records, rules={"shoe_size": "most_recent"})
    with pytest.raises(contactkit.ConfigError):
        contactkit.golden_record(records, rules={"email": "best"})
    with pytest.raises(contactkit.ConfigError):
        contactkit.golden_record([])


def test_dataframes_and_arrow_tables() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    records = _corpus(200)
    for r in records:
        r.setdefault("email", [])
        r.setdefault("phone", [])
    want = contactkit.dedupe(records)
    df = pd.DataFrame(records)
    assert contactkit.dedupe(df).to_dict()["pairs"] == want.to_dict()["pairs"]
    assert contactkit.dedupe(df).clusters == want.clusters
    table = pa.Table.from_pandas(df)
    assert contactkit.dedupe(table).clusters == want.clusters
    assert contactkit.link(df, table).pairs == contactkit.link(records, records).pairs
    # Missing cells (NaN, None) are absent; numbers become text.
    frame = pd.DataFrame(
        [
            {"id": "1", "full_name": "Jan de Vries", "house_number": 12, "postcode": "1234AB"},
            {"id": "2", "full_name": "J. de Vries", "house_number": None, "postcode": None},
        ]
    )
    assert [x.id for x in contactkit.ContactIndex().match_many(frame)[0]] == []
    index = contactkit.ContactIndex()
    index.add_many(frame)
    assert len(index) == 2
    pl = pytest.importorskip("polars")
    assert contactkit.dedupe(pl.DataFrame(records)).clusters == want.clusters


def test_index_labels() -> None:
    index = contactkit.ContactIndex()
    records = _corpus(300)
    index.add_many(records)
    a = {"id": "a", "full_name": "Jan de Vries", "email": "jan@x.nl"}
    b = {"id": "b", "full_name": "J. de Vries", "email": "jan@x.nl"}
    assert index.set_labels([(a, b, True)]) is False  # too few labels: built-in model
    assert index.set_labels([]) is False
    with pytest.raises(contactkit.ArgumentTypeError):
        index.set_labels([(a, b)])  # type: ignore[list-item]


def test_iterables_are_streamed_with_the_result_of_a_frame() -> None:
    pd = pytest.importorskip("pandas")
    records = _corpus(3000)  # trained (500+ records), read over three GIL holds of 1,024 rows
    for r in records:
        r.setdefault("email", [])
        r.setdefault("phone", [])
    want = contactkit.dedupe(pd.DataFrame(records))  # a frame is converted whole, then run
    streamed = contactkit.dedupe(r for r in records)
    assert streamed.stats["records"] == 3000
    assert len(want.pairs) > 100
    assert streamed.to_dict()["pairs"] == want.to_dict()["pairs"]
    assert streamed.clusters == want.clusters
    assert contactkit.dedupe(tuple(records)).clusters == want.clusters
    # A bad row after the first hold raises, with no result.
    bad: list[Any] = [*records[:1500], "not a mapping", *records[1500:]]
    with pytest.raises(contactkit.ArgumentTypeError):
        contactkit.dedupe(iter(bad))

    def failing_source() -> Any:
        yield records[0]
        raise RuntimeError("source failed")

    with pytest.raises(RuntimeError, match="source failed"):
        contactkit.dedupe(failing_source())
    with pytest.raises(contactkit.ConfigError):
        contactkit.dedupe(iter([records[0], records[0]]))
