"""Duplicate scoring through the installed wheel (API.md §5)."""

import pytest

import contactkit


def test_score_pair_relation_and_waterfall() -> None:
    a = {"id": "a", "full_name": "dhr. ir. J.P.M. (Jan) de Vries", "email": ["jan@devries.nl"]}
    b = {"id": "b", "given_name": "Jan", "family_name": "Vries, de", "email": "Jan@DeVries.nl"}
    s = contactkit.score_pair(a, b)
    assert s.relation == "same_person"
    assert s.probability > 0.99
    assert s.explanation[0][0] == "prior"
    assert abs(sum(w for _, _, w in s.explanation) - s.weight) < 1e-9
    assert s.to_dict()["relation"] == "same_person"
    assert s == contactkit.score_pair(a, b)


def test_household_is_not_a_duplicate() -> None:
    a = {
        "id": "1",
        "given_name": "Piet",
        "family_name": "de Vries",
        "postcode": "1234 AB",
        "house_number": "1",
    }
    b = {
        "id": "2",
        "given_name": "Anna",
        "family_name": "de Vries",
        "postcode": "1234AB",
        "house_number": "1",
    }
    s = contactkit.score_pair(a, b)
    assert s.relation == "same_household"
    assert s.probability < 0.01


def test_dedupe_and_link() -> None:
    records: list[dict[str, object]] = [
        {"id": "1", "full_name": "Jan de Vries", "email": "jan@x.nl"},
        {"id": "2", "full_name": "J. de Vries", "email": ["jan@x.nl"]},
        {"id": "3", "full_name": "Anna Bakker"},
    ]
    r = contactkit.dedupe(records)
    assert r.clusters == [["1", "2"], ["3"]]
    assert r.pairs[0][:2] == ("1", "2")
    assert r.stats["records"] == 3
    assert {"records", "candidate_pairs", "seconds"} <= set(r.stats)
    lr = contactkit.link(
        records[:1],
        [{"id": "x", "given_name": "Jan", "family_name": "de Vries", "email": "jan@x.nl"}],
    )
    assert lr.pairs[0][:2] == ("1", "x")


def test_labels_refine_dedupe_and_link() -> None:
    people = [("Jan", "de Vries"), ("Piet", "Bakker"), ("Anna", "Smit"), ("Kees", "Visser")]
    records: list[dict[str, object]] = []
    for i, (given, family) in enumerate(people * 2):
        records.append(
            {
                "id": str(i),
                "given_name": given if i < 4 else given[0] + ".",
                "family_name": family,
                "email": f"{given.lower()}@{family.replace(' ', '').lower()}.nl",
            }
        )
    labels = [(records[i], records[i + 4], True) for i in range(4)]
    labels.append((records[0], records[1], False))
    plain = contactkit.dedupe(records)
    refined = contactkit.dedupe(records, labels=labels)
    assert len(refined.clusters) <= len(plain.clusters)
    assert contactkit.dedupe(records, labels=[]).clusters == plain.clusters
    lr = contactkit.link(records[:4], records[4:], labels=labels)
    assert ("0", "4") in {p[:2] for p in lr.pairs}
    with pytest.raises(contactkit.ArgumentTypeError):
        contactkit.dedupe(records, labels="no")  # type: ignore[arg-type]


def test_misuse_raises() -> None:
    with pytest.raises(contactkit.ArgumentTypeError):
        contactkit.score_pair("not a mapping", {})  # type: ignore[arg-type]
    with pytest.raises(contactkit.ConfigError):
        contactkit.dedupe([{"id": "1"}], threshold=2.0)
    with pytest.raises(contactkit.ConfigError):
        contactkit.dedupe([{"id": "1"}, {"id": "1"}])
    assert contactkit.reason_codes("dedupe") == [
        "same_person",
        "same_household",
        "same_organisation",
        "different",
    ]
