//! Runs the C tests (`ffi/c-tests`) and the C example (`examples/c`) from `cargo test`.
//!
//! The library is built with `cargo build -p contactkit-ffi --target-dir <target>/c-tests-build`
//! (a separate target directory, so this does not wait for the build lock of the `cargo test`
//! that runs it), then `make -C ffi/c-tests check` compiles every C program with
//! `-std=c11 -Wall -Wextra -Wpedantic -Werror`, links it statically and dynamically, runs it,
//! and runs it again under the address and undefined-behaviour sanitizers. Any failure fails this test with the full
//! output. Needs `cc` and `make`.
#![allow(clippy::print_stderr)] // the test prints the C output and timings

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn run(what: &str, command: &mut Command) {
    let start = Instant::now();
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot start {command:?}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{text}",
        output.status
    );
    eprintln!("{what}: ok in {:.1} s", start.elapsed().as_secs_f64());
    eprintln!("{text}");
}

#[test]
fn c_tests_and_example_pass() {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let workspace = crate_dir.parent().expect("ffi/ is inside the workspace");
    // CARGO_TARGET_TMPDIR is <target>/tmp; the C build lives next to it.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir")
        .join("c-tests-build");
    let cargo = option_env!("CARGO").unwrap_or("cargo");

    run(
        "cargo build -p contactkit-ffi",
        Command::new(cargo)
            .current_dir(workspace)
            .args(["build", "-p", "contactkit-ffi", "--target-dir"])
            .arg(&target)
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("CARGO_BUILD_TARGET_DIR"),
    );
    let libdir = target.join("debug");
    assert!(libdir.join("libcontactkit.a").is_file());
    assert!(libdir.join("libcontactkit.so").is_file());

    run(
        "make -C ffi/c-tests check",
        Command::new("make")
            .arg("-C")
            .arg(crate_dir.join("c-tests"))
            .arg("check")
            .arg(format!("LIBDIR={}", libdir.display()))
            .arg(format!("BUILD={}", target.join("c-tests").display()))
            // Never inherit a jobserver or flags meant for cargo's own make invocations.
            .env_remove("MAKEFLAGS")
            .env_remove("MFLAGS")
            // `cargo test` puts target/debug/deps on LD_LIBRARY_PATH, which outranks the test
            // programs' RUNPATH and could load another build's libcontactkit.so.
            .env("LD_LIBRARY_PATH", &libdir),
    );
}
