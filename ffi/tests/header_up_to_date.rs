//! The committed headers equal what cbindgen generates from the sources today.
//!
//! - `include/contactkit.h`: cbindgen (the library, pinned by `Cargo.lock`) with `cbindgen.toml`.
//! - `include/contactkit_php.h`: the same header for PHP `FFI::load`, which accepts neither
//!   `#include` nor macros: the `#include` lines are dropped, `cpp -P` expands the rest, and the
//!   `FFI_SCOPE`/`FFI_LIB` lines are prepended.
//!
//! `UPDATE_HEADER=1 cargo test -p contactkit-ffi --test header_up_to_date` rewrites both files.
#![allow(clippy::print_stderr)] // a test reports what it skipped and how to fix a failure
#![allow(clippy::disallowed_methods)] // `UPDATE_HEADER` is read by this test, not by the library

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn generate_header() -> String {
    let dir = crate_dir();
    let config =
        cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("read cbindgen.toml");
    let bindings = cbindgen::Builder::new()
        .with_crate(&dir)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header");
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).expect("header is UTF-8")
}

fn join_lines<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The PHP variant of `header`, or `None` when no `cpp` is installed.
fn generate_php_header(header: &str) -> Option<String> {
    let without_includes = join_lines(
        header
            .lines()
            .filter(|l| !l.trim_start().starts_with("#include")),
    );
    let child = Command::new("cpp")
        .args(["-P", "-undef", "-nostdinc", "-std=c11", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("run cpp: {e}"),
    };
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(without_includes.as_bytes())
        .expect("write to cpp");
    let output = child.wait_with_output().expect("cpp runs");
    assert!(
        output.status.success(),
        "cpp failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let body = String::from_utf8(output.stdout).expect("cpp output is UTF-8");
    // Blank lines left by the preprocessor carry no meaning; keep the file compact and stable.
    let body = join_lines(body.lines().filter(|l| !l.trim().is_empty()));
    Some(format!(
        "#define FFI_SCOPE \"contactkit\"\n#define FFI_LIB \"libcontactkit.so\"\n\
         /* Generated from contactkit.h for PHP FFI::load (cpp -P); do not edit by hand. */\n{body}"
    ))
}

fn check(path: &Path, expected: &str) {
    let update = std::env::var_os("UPDATE_HEADER").is_some_and(|v| v == "1");
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current == expected {
        return;
    }
    if update {
        std::fs::write(path, expected).expect("write header");
        eprintln!("updated {}", path.display());
    } else {
        panic!(
            "{} is stale: run `UPDATE_HEADER=1 cargo test -p contactkit-ffi --test \
             header_up_to_date` and commit the result",
            path.display()
        );
    }
}

#[test]
fn headers_are_up_to_date() {
    let header = generate_header();
    check(&crate_dir().join("include/contactkit.h"), &header);
    match generate_php_header(&header) {
        Some(php) => check(&crate_dir().join("include/contactkit_php.h"), &php),
        None => eprintln!("NOTICE: `cpp` not found: include/contactkit_php.h was not checked"),
    }
}

#[test]
fn header_declares_every_export() {
    // Every `#[unsafe(no_mangle)]` function in the sources appears in the header, so a function
    // hidden from cbindgen (a macro, a cfg) cannot ship undeclared.
    let header = generate_header();
    let mut count = 0;
    for entry in std::fs::read_dir(crate_dir().join("src")).expect("src") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read source");
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            if line.trim() != "#[unsafe(no_mangle)]" {
                continue;
            }
            let decl = lines.next().expect("a fn follows no_mangle");
            let name = decl
                .split("fn ")
                .nth(1)
                .and_then(|r| r.split('(').next())
                .expect("fn name");
            assert!(
                header.contains(&format!(" {name}(")) || header.contains(&format!("*{name}(")),
                "{name} is missing from the header"
            );
            count += 1;
        }
    }
    assert!(count >= 15, "found only {count} exports");
}
