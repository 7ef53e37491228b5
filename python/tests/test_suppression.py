"""Suppression lists through the installed wheel: ck1 vectors, platform vectors, the list,
fail-closed behaviour, a callable key provider, and no plaintext in files or reprs."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import contactkit
from contactkit import (
    ConfigError,
    FileFormatError,
    InvalidInputError,
    SuppressionList,
    platform_hash,
    platform_normalize,
    suppression_canonical,
    suppression_token,
)

TESTDATA = Path(__file__).resolve().parents[2] / "testdata" / "suppression"
TEST_KEY = bytes(range(32))
SENTINEL = "zz.sentinel.person+crm@example.org"


def _jsonl(name: str) -> list[dict[str, object]]:
    lines = (TESTDATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


@pytest.mark.parametrize("case", _jsonl("ck1.jsonl"), ids=lambda c: str(c["note"]))
def test_ck1_vectors(case: dict[str, object]) -> None:
    kind, value = str(case["kind"]), str(case["input"])
    region = case.get("region")
    assert region is None or isinstance(region, str)
    if "error" in case:
        with pytest.raises(InvalidInputError) as exc:
            suppression_canonical(kind, value, region=region)  # type: ignore[arg-type]
        assert exc.value.code == case["error"]
        assert value not in str(exc.value) or value in ("jan", "@", "hello")
        return
    c = suppression_canonical(kind, value, region=region)  # type: ignore[arg-type]
    assert (c.strict, c.loose) == (case["strict"], case["loose"])
    token = suppression_token(kind, value, TEST_KEY, region=region)  # type: ignore[arg-type]
    assert token.hex() == case["token"]
    loose = suppression_token(kind, value, TEST_KEY, region=region, loose=True)  # type: ignore[arg-type]
    assert loose.hex() == case["token_loose"]


@pytest.mark.parametrize("case", _jsonl("platform.jsonl"), ids=lambda c: str(c["source"])[:40])
def test_platform_vectors(case: dict[str, object]) -> None:
    args = (str(case["profile"]), str(case["kind"]), str(case["input"]))
    assert platform_normalize(*args) == case["normalized"]  # type: ignore[arg-type]
    if case["hash"] is not None:
        assert platform_hash(*args) == case["hash"]  # type: ignore[arg-type]


def test_token_is_the_documented_hmac() -> None:
    msg = b"ck1\x00email\x00jan@example.nl"
    assert (
        suppression_token("email", " Jan@Example.NL", TEST_KEY)
        == hmac.new(TEST_KEY, msg, hashlib.sha256).digest()
    )


def test_errors() -> None:
    with pytest.raises(ConfigError) as exc:
        suppression_canonical("fax", "x")  # type: ignore[arg-type]
    assert exc.value.code == "unknown_kind"
    with pytest.raises(ConfigError) as exc:
        suppression_token("email", "a@b.nl", b"short")
    assert exc.value.code == "bad_key"
    with pytest.raises(ConfigError):
        platform_hash("tiktok", "email", "a@b.nl")  # type: ignore[arg-type]
    assert isinstance(exc.value, ValueError)


def test_list_round_trip(tmp_path: Path) -> None:
    lst = SuppressionList.create(TEST_KEY, "internal/v1")
    receipt = lst.add("email", SENTINEL)
    assert receipt.key_id == "internal/v1"
    assert len(receipt.tokens) == 2
    assert all(len(t) == 16 for t in receipt.tokens)
    assert "sentinel" not in repr(receipt)
    assert "sentinel" not in repr(lst)
    lst.add("phone", "+31612345678", reason="objection", channels=["sms", "voice"])
    assert len(lst) == 3
    d = lst.check("email", "ZZ.Sentinel.Person+other@Example.org")
    assert (d.status, d.reason, d.suppressed) == ("suppressed", "erasure", True)
    assert lst.check("phone", "+31612345678", channel="sms").reason == "objection"
    assert not lst.check("phone", "+31612345678", channel="email").suppressed
    d = lst.check("email", "not an address")
    assert (d.status, d.reason, d.suppressed) == ("unverifiable", "missing_at", True)
    assert not lst.check("email", "not an address", unverifiable_is_clear=True).suppressed
    values = [SENTINEL, "x@y.nl", "nope", "+31612345678"]
    assert lst.check_many("email", values) == [lst.check("email", v) for v in values]

    path = tmp_path / "list.cksupp"
    lst.save(path)
    raw = path.read_bytes()
    assert raw.startswith(b"CKSUPP\x00\x01")
    assert b"sentinel" not in raw
    assert b"31612345678" not in raw
    assert TEST_KEY not in raw
    opened = SuppressionList.open(path, TEST_KEY)
    assert len(opened) == 3
    assert opened.sequence == 1
    assert opened.check("email", SENTINEL).suppressed

    with pytest.raises(FileFormatError) as fexc:
        SuppressionList.open(path, bytes(32))  # the wrong key: the file tag does not verify
    assert fexc.value.code == "file_tampered"
    with pytest.raises(ConfigError) as exc:
        SuppressionList.open(path, {"internal/v0": TEST_KEY})
    assert exc.value.code == "key_missing"
    lst.save(path)
    with pytest.raises(FileFormatError) as fexc:
        SuppressionList.open(path, TEST_KEY, min_sequence=3)
    assert fexc.value.code == "file_rollback"
    data = bytearray(path.read_bytes())
    data[-40] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(FileFormatError) as fexc:
        SuppressionList.open(path, TEST_KEY)
    assert fexc.value.code == "file_tampered"
    with pytest.raises(FileNotFoundError):
        SuppressionList.open(tmp_path / "missing", TEST_KEY)


def test_callable_key_provider(tmp_path: Path) -> None:
    calls = 0

    def kms(message: bytes) -> bytes:
        nonlocal calls
        calls += 1
        return hmac.new(TEST_KEY, message, hashlib.sha256).digest()

    remote = SuppressionList.create(kms, "kms/v1")
    local = SuppressionList.create(TEST_KEY, "kms/v1")
    assert remote.add("email", "a@example.nl").tokens == local.add("email", "a@example.nl").tokens
    assert calls > 0
    assert suppression_token("email", "a@example.nl", kms) == suppression_token(
        "email", "a@example.nl", TEST_KEY
    )
    remote.save(tmp_path / "r.cksupp")
    assert len(SuppressionList.open(tmp_path / "r.cksupp", {"kms/v1": kms})) == 1

    def broken(message: bytes) -> bytes:
        raise RuntimeError("KMS unavailable")

    b = SuppressionList.create(broken, "kms/v2")
    d = b.check("email", "a@example.nl")
    assert (d.status, d.reason, d.suppressed) == ("unverifiable", "key_missing", True)


def test_canonical_repr_is_redacted() -> None:
    c = suppression_canonical("email", SENTINEL)
    assert "sentinel" not in repr(c)
    assert c.to_dict()["strict"] == "zz.sentinel.person+crm@example.org"


def test_check_many_releases_the_gil_and_is_thread_safe() -> None:
    lst = SuppressionList.create(TEST_KEY, "k")
    values = [f"person{i}@example.nl" for i in range(2000)]
    for v in values[::2]:
        lst.add("email", v)
    expected = [i % 2 == 0 for i in range(len(values))]
    results: list[list[bool]] = []

    def work() -> None:
        results.append([d.suppressed for d in lst.check_many("email", values)])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_reason_codes_cover_the_suppression_areas() -> None:
    assert "erasure" in contactkit.reason_codes("suppression")
    assert "list_expired" in contactkit.reason_codes("suppression_unverifiable")
    assert contactkit.reason_codes("suppression_status") == ["suppressed", "clear", "unverifiable"]


def test_check_many_threads_equal_scalar_checks() -> None:
    lst = SuppressionList.create(TEST_KEY, "k")
    values = [f"person{i}@example.nl" for i in range(3000)] + ["nope", "", "a@b@c", "x\ud800@y.nl"]
    lst.add_many("email", values[:1500:3])
    expected = [lst.check("email", v) for v in values]
    for threads in (None, 1, 2, 3):
        got = lst.check_many("email", values, threads=threads)
        assert got == expected
    assert lst.check_many("email", []) == []


def test_phone_forms_through_the_engine(tmp_path: Path) -> None:
    lst = SuppressionList.create(TEST_KEY, "k")
    lst.add("phone", "06-12345678", region="NL", channels=["sms"])
    for v in ["+31612345678", "0031 6 1234 5678", "+31 (0)6 1234 5678"]:
        assert lst.check("phone", v, channel="sms", region="NL").status == "suppressed"
    d = lst.check("phone", "06-12345678", channel="sms")
    assert (d.status, d.reason, d.suppressed) == ("unverifiable", "invalid_country_code", True)
    assert suppression_canonical("phone", "06 12 34 56 78", region="NL").strict == "+31612345678"
    assert platform_normalize("google", "phone", "06-12345678", region="NL") == "+31612345678"
    assert platform_normalize("meta", "phone", "+44 (0)20 7031 3000") == "442070313000"


def test_phone_ck1_agrees_with_phonenumbers() -> None:
    phonenumbers = pytest.importorskip("phonenumbers")
    corpus = Path(__file__).resolve().parents[2] / "testdata" / "phone" / "corpus.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]
    differ = []
    for case in cases:
        value, region = case["input"], case["region"]
        try:
            n = phonenumbers.parse(value, region)
            want: str | None = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            want = None
        try:
            got: str | None = suppression_canonical("phone", value, region=region).strict
        except InvalidInputError:
            got = None
        if got != want:
            differ.append((value, region, want, got))
    assert len(cases) > 5000
    assert differ == []


def test_bulk_import_merge_rotate_reconsent(tmp_path: Path) -> None:
    a = SuppressionList.create(TEST_KEY, "internal/v1")
    out = a.add_many("email", ["jan@example.nl", "nope", "piet+x@example.nl"], reason="objection")
    err = out[1]
    assert isinstance(err, InvalidInputError)
    assert err.code == "missing_at"
    r0 = out[0]
    assert not isinstance(r0, InvalidInputError)
    assert r0.key_id == "internal/v1"
    assert len(a) == 3  # jan, piet+x and its loose form piet
    b = SuppressionList.create(TEST_KEY, "internal/v1")
    b.add("email", "anna@example.nl")
    assert a.merge(b) == 1
    assert a.check("email", "anna@example.nl").suppressed
    with pytest.raises(ConfigError):
        a.merge(SuppressionList.create(TEST_KEY, "other/v1"))
    # Re-consent lifts a channel and keeps the entry.
    assert a.reconsent("email", "jan@example.nl", channels=["email"], reference="T-1") == 1
    assert not a.check("email", "jan@example.nl").suppressed
    assert a.check("email", "jan@example.nl", channel="sms").suppressed
    with pytest.raises(ConfigError):
        a.reconsent("email", "jan@example.nl", channels=["email"], reference="")
    # Rotation: same answers under the chain, no plaintext needed.
    new_key = bytes(range(100, 132))
    rotated = a.rotate(new_key, "internal/v2")
    assert rotated.key_id == "internal/v2<-internal/v1"
    assert len(rotated) == len(a)
    for v in ["anna@example.nl", "piet@example.nl", "x@example.nl"]:
        assert rotated.check("email", v, channel="sms") == a.check("email", v, channel="sms")
    path = tmp_path / "rotated.cksupp"
    rotated.save(path)
    keys: dict[str, bytes | Callable[[bytes], bytes]] = {
        "internal/v2": new_key,
        "internal/v1": TEST_KEY,
    }
    assert len(SuppressionList.open(path, keys)) == len(a)
    with pytest.raises(ConfigError):
        SuppressionList.open(path, {"internal/v2": new_key})
    with pytest.raises(ConfigError):
        rotated.rotate(new_key, "internal/v2")
    assert "anna" not in repr(rotated)


def test_a_single_key_never_stands_in_for_an_older_chain_key(tmp_path: Path) -> None:
    lst = SuppressionList.create(TEST_KEY, "internal/v1")
    lst.add("email", "gone@example.nl")
    new_key = bytes(range(50, 82))
    path = tmp_path / "r.cksupp"
    lst.rotate(new_key, "internal/v2").save(path)
    with pytest.raises(ConfigError) as exc:
        SuppressionList.open(path, new_key)
    assert exc.value.code == "key_missing"


def test_a_wrong_older_chain_key_is_refused(tmp_path: Path) -> None:
    lst = SuppressionList.create(TEST_KEY, "internal/v1")
    lst.add("email", "gone@example.nl")
    new_key = bytes(range(50, 82))
    path = tmp_path / "r.cksupp"
    lst.rotate(new_key, "internal/v2").save(path)
    wrong = bytes(range(100, 132))
    with pytest.raises(ConfigError) as exc:
        SuppressionList.open(path, {"internal/v2": new_key, "internal/v1": wrong})
    assert exc.value.code == "wrong_key"
    assert "internal" not in str(exc.value)
    ok = SuppressionList.open(path, {"internal/v2": new_key, "internal/v1": TEST_KEY})
    assert ok.check("email", "gone@example.nl").status == "suppressed"
