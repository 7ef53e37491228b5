#!/usr/bin/env python3
"""Regenerates disposable_domains.txt from the PyPI package `disposable-email-domains`.

The package ships the CC0 1.0 list of github.com/disposable-email-domains/disposable-email-domains
as a Python set. Usage (needs pip and network access to PyPI):

    python3 core/data/email/update_disposable.py 0.0.293 2026-11-09   (version, release date)

Then update DISPOSABLE_VERSION in core/src/email/clean/lists.rs and the table in README.md, and
review the diff.
"""

import importlib.util
import pathlib
import subprocess
import sys
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent


def main() -> None:
    version, date = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--dest", tmp,
             f"disposable-email-domains=={version}"],
            check=True,
        )
        wheel = next(pathlib.Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as z:
            z.extractall(tmp)
        spec = importlib.util.spec_from_file_location(
            "ded", pathlib.Path(tmp) / "disposable_email_domains" / "__init__.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        domains = sorted(mod.blocklist)
    for d in domains:
        assert d == d.strip().lower() and d.isascii() and " " not in d, d
    out = HERE / "disposable_domains.txt"
    with out.open("w") as f:
        f.write(f"# Disposable e-mail domains: disposable-email-domains {version} (PyPI, {date}), the CC0 1.0 list of\n")
        f.write("# github.com/disposable-email-domains/disposable-email-domains. One domain a line, sorted.\n")
        f.write("# Regenerate with core/data/email/update_disposable.py. See README.md.\n")
        for d in domains:
            f.write(d + "\n")
    print(f"{len(domains)} domains written to {out}")


if __name__ == "__main__":
    main()
