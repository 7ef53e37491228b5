"""Batch calls: same answers as the scalar calls, thread safety, and the GIL released."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

import contactkit
from conftest import EMAIL_OPTIONS, PERMISSIVE, sample_addresses

PROFILES: list[dict[str, bool]] = [
    {},
    PERMISSIVE,
    {"allow_smtputf8": False},
    {"strict": True, "test_environment": True},
    {"globally_deliverable": False, "allow_empty_local": True},
]


@pytest.mark.parametrize("options", PROFILES)
def test_validate_emails_equals_map_validate_email(options: dict[str, bool]) -> None:
    emails = sample_addresses()
    batch = contactkit.validate_emails(emails, **options)
    assert isinstance(batch, list)
    assert len(batch) == len(emails)
    assert batch == [contactkit.validate_email(s, **options) for s in emails]


def test_validate_emails_accepts_any_iterable_of_str() -> None:
    emails = sample_addresses()[:20]
    expected = contactkit.validate_emails(emails)
    assert contactkit.validate_emails(tuple(emails)) == expected
    assert contactkit.validate_emails(iter(emails)) == expected
    assert contactkit.validate_emails(s for s in emails) == expected
    assert contactkit.validate_emails([]) == []
    assert contactkit.clean_emails([]) == []


@pytest.mark.parametrize("default_domain", [None, "example.com"])
def test_clean_emails_equals_map_clean_email(default_domain: str | None) -> None:
    raws = [*sample_addresses(), "  jan@example.com ", "jan", "a@b.c; d@e.f", ""]
    batch = contactkit.clean_emails(raws, default_domain=default_domain)
    assert batch == [contactkit.clean_email(s, default_domain=default_domain) for s in raws]


@pytest.mark.parametrize("value", ["a@example.com", b"a@example.com", 5, None])
def test_batch_rejects_a_single_value(value: Any) -> None:
    with pytest.raises(contactkit.ArgumentTypeError):
        contactkit.validate_emails(value)
    with pytest.raises(contactkit.ArgumentTypeError):
        contactkit.clean_emails(value)


@pytest.mark.parametrize("bad", [None, 1, b"x@example.com", float("nan"), ["a@example.com"]])
def test_batch_rejects_bad_items_naming_the_index(bad: Any) -> None:
    emails: list[Any] = ["a@example.com", "b@example.com", bad, "c@example.com"]
    for function in (contactkit.validate_emails, contactkit.clean_emails):
        with pytest.raises(TypeError) as info:
            function(emails)
        assert isinstance(info.value, contactkit.ArgumentTypeError)
        assert "[2]" in str(info.value)
        assert type(bad).__name__ in str(info.value)


def test_batch_propagates_errors_of_the_iterable() -> None:
    def broken() -> Iterator[str]:
        yield "a@example.com"
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        contactkit.validate_emails(broken())


def test_threads_calling_validate_emails_concurrently_agree() -> None:
    emails = sample_addresses() * 20
    expected = {
        i: contactkit.validate_emails(emails, **options) for i, options in enumerate(PROFILES)
    }
    errors: list[BaseException] = []
    mismatches: list[int] = []
    barrier = threading.Barrier(8)

    def worker(n: int) -> None:
        try:
            barrier.wait()
            for round_ in range(5):
                i = (n + round_) % len(PROFILES)
                got = contactkit.validate_emails(emails, **PROFILES[i])
                if got != expected[i]:
                    mismatches.append(i)
                cleaned = contactkit.clean_emails(emails[:50])
                if cleaned != [contactkit.clean_email(s) for s in emails[:50]]:
                    mismatches.append(-1)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert not mismatches


def _spin_progress(call: Any) -> tuple[int, float]:
    """How much a pure-Python thread got done while `call()` ran in this thread.

    The spinner stamps the time every 256 steps. It can only run (and stamp) while it holds the
    GIL, so a stamp inside the window [start, end] of the call proves that the call had released
    the GIL; a call that holds the GIL throughout leaves no stamp inside its window. A long switch
    interval keeps the interpreter from handing the GIL over at the bytecode boundaries around the
    call (which would let the spinner in without any release by the call).
    """
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(0.5)
    stop = threading.Event()
    stamps: list[float] = []

    def spin() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            if n % 256 == 0:
                stamps.append(time.perf_counter())

    t = threading.Thread(target=spin)
    try:
        t.start()
        while len(stamps) < 10:
            time.sleep(0.001)
        start = time.perf_counter()
        call()
        end = time.perf_counter()
    finally:
        stop.set()
        t.join()
        sys.setswitchinterval(old_interval)
    inside = sum(1 for s in stamps if start < s < end)
    return inside, end - start


def test_validate_emails_releases_the_gil() -> None:
    emails = [f"user{i}.x@sub{i % 97}.example{i % 13}.com" for i in range(200_000)]
    emails += ["zoë@münchen.de", "not an address", "jan@localhost"] * 10_000
    # Control: a builtin that holds the GIL throughout leaves no stamp inside its window.
    control, control_elapsed = _spin_progress(lambda: sorted(emails, key=len))
    during, elapsed = _spin_progress(lambda: contactkit.validate_emails(emails))
    print(
        f"spinner steps/256 while the GIL was held: {control} in {control_elapsed:.3f}s; "
        f"while validate_emails ran: {during} in {elapsed:.3f}s"
    )
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    if gil:
        assert control <= 2, "the control should hold the GIL"
    assert during >= 20, "no Python thread ran while validate_emails was working"


def test_clean_emails_releases_the_gil() -> None:
    raws = [f"  user{i}@example{i % 13}.com " for i in range(200_000)]
    during, _ = _spin_progress(lambda: contactkit.clean_emails(raws))
    assert during >= 20, "no Python thread ran while clean_emails was working"


def test_option_names_in_conftest_match_the_signature() -> None:
    import inspect

    params = inspect.signature(contactkit.validate_emails).parameters
    assert [p for p in params if p != "emails"] == list(EMAIL_OPTIONS)


def test_results_are_not_tracked_by_the_cycle_collector() -> None:
    """Results hold no Python references, so they are untracked (else building a large batch
    spends its time in the cycle collector)."""
    import gc

    assert not gc.is_tracked(contactkit.validate_email("jan@example.com"))
    assert not any(gc.is_tracked(r) for r in contactkit.validate_emails(["a@example.com", "b"]))
    c = contactkit.clean_email("  jan@example.com, piet@example.org ")
    assert not gc.is_tracked(c)
    assert c.email is None or not gc.is_tracked(c.email)
    assert not any(gc.is_tracked(r) for r in c.others)
    assert not any(gc.is_tracked(r) for r in contactkit.clean_emails(["a@example.com"]))
