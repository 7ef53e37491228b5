#!/usr/bin/env bash
# Runs every test of contactkit: Rust (fmt, clippy, unit, doctests, golden files, FFI, header
# drift, the C programs), then builds the Python wheel, installs it into a private virtual
# environment with the pinned test requirements, and runs pytest against the installed wheel.
#
# Usage: scripts/test.sh            (from anywhere; needs Rust, Python 3.10+ and a C compiler)
# Env:   CONTACTKIT_VENV=path       virtual environment to create/use (default: .venv)
#        SKIP_PYTHON=1 / SKIP_RUST=1  run only one half (for development)
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
venv=${CONTACTKIT_VENV:-$root/.venv}
python=${PYTHON:-python3}

passed=()
failed=()
step() {
    local name=$1
    shift
    printf '\n==> %s\n' "$name"
    local start=$SECONDS
    if "$@"; then
        passed+=("$name")
        printf '<== %s: ok (%ss)\n' "$name" $((SECONDS - start))
    else
        failed+=("$name")
        printf '<== %s: FAILED (%ss)\n' "$name" $((SECONDS - start))
    fi
}

setup_venv() {
    if [ ! -x "$venv/bin/python" ]; then
        "$python" -m venv "$venv" || return 1
    fi
    "$venv/bin/python" -m pip install --quiet --upgrade pip &&
        "$venv/bin/python" -m pip install --quiet -r python/requirements-test.txt
}

build_wheel() {
    rm -rf target/wheels
    "$venv/bin/maturin" build --release --manifest-path python/Cargo.toml --out target/wheels &&
        "$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps target/wheels/contactkit-*.whl
}

run_pytest() {
    # Run from outside the source tree so `import contactkit` finds the installed wheel only.
    (cd "$root/python/tests" && "$venv/bin/python" -m pytest -q -p no:cacheprovider .)
}

run_typecheck() {
    # ruff (format and lint), mypy --strict on the hand-written stub, the package, the tests and
    # the examples (the source stub is checked, so run from python/), then stubtest: the stub
    # against the installed wheel.
    (cd "$root/python" &&
        "$venv/bin/ruff" format --check --quiet py_src tests ../examples/python &&
        "$venv/bin/ruff" check --quiet py_src tests ../examples/python &&
        "$venv/bin/python" -m mypy py_src/contactkit tests ../examples/python) &&
        (cd "$root/python/tests" &&
            "$venv/bin/python" -m mypy.stubtest contactkit --allowlist "$root/python/stubtest-allowlist.txt")
}

if [ -z "${SKIP_RUST:-}" ]; then
    step "cargo fmt" cargo fmt --all --check
    step "cargo clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
    step "cargo test" cargo test --workspace --locked
fi
if [ -z "${SKIP_PYTHON:-}" ]; then
    step "python venv" setup_venv
    step "python wheel" build_wheel
    step "pytest" run_pytest
    step "python lint and types" run_typecheck
fi

printf '\n'
if [ ${#failed[@]} -eq 0 ]; then
    printf 'contactkit tests: PASS (%d steps: %s)\n' "${#passed[@]}" "${passed[*]}"
    exit 0
fi
printf 'contactkit tests: FAIL (%d of %d steps failed: %s)\n' "${#failed[@]}" $((${#passed[@]} + ${#failed[@]})) "${failed[*]}"
exit 1
