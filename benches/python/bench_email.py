#!/usr/bin/env python3
"""Time the reference (`email-validator` 2.4.0, no DNS) and contactkit side by side.

    python benches/python/bench_email.py [--n 10000] [--seconds 2]

Both run in this one process on the same seeded synthetic corpus as the Rust benchmark
(`ascii_corpus(10_000, 42)` and `mixed_corpus(10_000, 42)` of benches/src/lib.rs, mirrored
below and checked against the first values the Rust side produces). contactkit is timed when
`import contactkit` works (install the wheel first); otherwise that half is skipped with a
message. This is a benchmark, not a test: it prints numbers and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import time

MASK = (1 << 64) - 1


class Rng:
    """SplitMix64, exactly as benches/src/lib.rs."""

    def __init__(self, seed: int) -> None:
        self.state = seed & MASK

    def next_u64(self) -> int:
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n: int) -> int:
        return self.next_u64() % n

    def chance(self, p: float) -> bool:
        return (self.next_u64() >> 11) / float(1 << 53) < p

    def pick(self, items: list[str]) -> str:
        return items[self.below(len(items))]


FIRST = ["jan", "piet", "klaas", "sanne", "femke", "daan", "lotte", "bram", "eva", "noor", "lieke",
         "thijs", "ruben", "anouk", "joost", "marieke", "wouter", "inge", "kees", "sem", "jef", "wout",
         "lien", "koen", "griet", "tine", "bart", "els", "marie", "louis", "elise", "arne", "hans",
         "uwe", "sabine", "stefan", "lukas", "lea", "katrin", "jonas", "mia", "felix"]
LAST = ["devries", "vandijk", "jansen", "bakker", "visser", "smit", "dejong", "vandenberg",
        "mulder", "deboer", "bos", "vos", "peters", "hendriks", "dekker", "brouwer", "dijkstra",
        "peeters", "janssens", "maes", "jacobs", "mertens", "willems", "claes", "goossens",
        "wouters", "desmet", "dubois", "schmidt", "schneider", "fischer", "weber", "meyer",
        "wagner", "becker", "schulz", "hoffmann", "koch", "bauer", "richter", "klein", "wolf"]
FIRST_INTL = ["josé", "céline", "françois", "zoë", "jürgen", "björn", "käthe"]
PROVIDERS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "yahoo.com", "icloud.com", "ziggo.nl",
             "kpnmail.nl", "planet.nl", "xs4all.nl", "hetnet.nl", "home.nl", "telenet.be", "skynet.be",
             "proximus.be", "gmx.de", "gmx.net", "web.de", "t-online.de", "freenet.de", "proton.me"]
WORDS = ["bakkerij", "bouw", "groep", "advies", "tuin", "zorg", "logistiek", "techniek", "handel",
         "garage", "kapsalon", "fietsen", "reizen", "installatie", "werkstatt", "beratung", "verlag",
         "consult", "media", "software", "design"]
TLDS = ["nl", "be", "de", "com", "eu", "org", "net"]
ROLES = ["info", "Info", "sales", "support", "administratie", "kontakt", "office"]
IDN_DOMAINS = ["münchen.de", "köln.de", "café-noël.be", "xn--mnchen-3ya.de"]


def capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def local_part(r: Rng) -> str:
    first = r.pick(FIRST)
    last = r.pick(LAST)
    k = r.below(8)
    if k == 0:
        return first
    if k in (1, 2):
        return f"{first}.{last}"
    if k == 3:
        return f"{first[:1]}.{last}"
    if k == 4:
        return f"{first}{last}"
    if k == 5:
        return f"{first}.{last}+nieuwsbrief"
    if k == 6:
        return f"{first}{r.below(2000)}"
    return f"{capitalise(first)}.{capitalise(last)}"


def company_domain(r: Rng) -> str:
    word = r.pick(WORDS)
    tld = r.pick(TLDS)
    if r.chance(0.5):
        return f"{word}-{r.pick(LAST)}.{tld}"
    return f"{word}{r.pick(LAST)}.{tld}"


def ascii_email(r: Rng) -> str:
    domain = r.pick(PROVIDERS) if r.chance(0.6) else company_domain(r)
    local = r.pick(ROLES) if r.chance(0.05) else local_part(r)
    addr = f"{local}@{domain}"
    k = r.below(100)
    return {
        0: lambda: f" {addr}",
        1: lambda: f"{addr} ",
        2: lambda: addr.replace("@", "", 1),
        3: lambda: addr.replace(".", "..", 1),
        4: lambda: addr.replace(".", ",", 1),
        5: lambda: f"{local}@{domain.replace('.', '')}",
        6: lambda: f"{local}.@{domain}",
        7: lambda: f"{local}@{domain}.",
        8: lambda: f"{local}@@{domain}",
        9: lambda: f"{local} {r.pick(LAST)}@{domain}",
        10: lambda: f"{local}@localhost",
        11: lambda: addr.upper(),
    }.get(k, lambda: addr)()


def ascii_corpus(n: int, seed: int) -> list[str]:
    r = Rng(seed)
    return [ascii_email(r) for _ in range(n)]


def mixed_corpus(n: int, seed: int) -> list[str]:
    r = Rng(seed)
    out = []
    for _ in range(n):
        k = r.below(100)
        if k <= 2:
            first = r.pick(FIRST_INTL)
            out.append(f"{first}@{r.pick(PROVIDERS)}")
        elif k <= 5:
            loc = local_part(r)
            out.append(f"{loc}@{r.pick(IDN_DOMAINS)}")
        elif k == 6:
            name = capitalise(r.pick(FIRST))
            out.append(f"{name} <{ascii_email(r)}>")
        elif k == 7:
            a, b = r.pick(FIRST), r.pick(LAST)
            out.append(f'"{a} {b}"@{r.pick(PROVIDERS)}')
        else:
            out.append(ascii_email(r))
    return out


# FNV-1a 64 of the corpora joined by newlines; benches/src/lib.rs asserts the same values, so
# the two generators cannot drift apart unnoticed.
CHECKSUMS = {("ascii", 10_000, 42): 0xFDCF228F642BDD19, ("mixed", 10_000, 42): 0x8B0A671128DAA8FF}


def fnv1a64(corpus: list[str]) -> int:
    h = 0xCBF29CE484222325
    for byte in "\n".join(corpus).encode("utf-8"):
        h = ((h ^ byte) * 0x100000001B3) & MASK
    return h


def check_generators() -> None:
    for (kind, n, seed), want in CHECKSUMS.items():
        corpus = ascii_corpus(n, seed) if kind == "ascii" else mixed_corpus(n, seed)
        if fnv1a64(corpus) != want:
            raise SystemExit(f"the {kind} corpus differs from benches/src/lib.rs: fix the mirror")


def rate(fn, corpus: list[str], seconds: float) -> float:
    """Validations per second of `fn(corpus)` (which validates every element), best of runs.

    Timed in CPU time of this thread (`time.thread_time`), which a busy machine distorts far
    less than wall-clock time; `validate_emails` runs on this thread too (one thread).
    """
    fn(corpus)  # warm up
    best = float("inf")
    spent = 0.0
    runs = 0
    while spent < seconds or runs < 3:
        t = time.thread_time()
        fn(corpus)
        dt = time.thread_time() - t
        best = min(best, dt)
        spent += dt
        runs += 1
    return len(corpus) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seconds", type=float, default=2.0)
    args = ap.parse_args()
    check_generators()

    import email_validator
    from email_validator import EmailNotValidError, validate_email

    def reference(corpus: list[str]) -> int:
        ok = 0
        for e in corpus:
            try:
                validate_email(e, check_deliverability=False)
                ok += 1
            except EmailNotValidError:
                pass
        return ok

    try:
        import contactkit  # type: ignore[import-not-found]
    except ImportError as exc:
        contactkit = None
        why = str(exc)

    print(f"Python {sys.version.split()[0]}, email-validator {email_validator.__version__}")
    for name, corpus in (("ascii_realistic", ascii_corpus(args.n, 42)),
                         ("mixed_realistic", mixed_corpus(args.n, 42))):
        ref_rate = rate(reference, corpus, args.seconds)
        print(f"{name}: email-validator {ref_rate:,.0f} validations/s")
        if contactkit is None:
            continue
        ck_one = rate(lambda c: [contactkit.validate_email(e) for e in c], corpus, args.seconds)
        ck_many = rate(lambda c: contactkit.validate_emails(c), corpus, args.seconds)
        print(f"{name}: contactkit.validate_email {ck_one:,.0f}/s ({ck_one / ref_rate:.1f}x), "
              f"contactkit.validate_emails {ck_many:,.0f}/s ({ck_many / ref_rate:.1f}x)")
    if contactkit is None:
        print(f"contactkit not timed: `import contactkit` failed ({why}). Build and install the "
              "wheel first (maturin build --release --manifest-path python/Cargo.toml, then pip "
              "install the wheel from target/wheels).")


if __name__ == "__main__":
    main()
