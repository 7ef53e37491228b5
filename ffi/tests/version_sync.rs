//! The version macros of the header and the cargo-c settings agree with `Cargo.toml`.
//!
//! The library's runtime answers (`contactkit_version()`, `contactkit_abi_version()`) are tied
//! to the same header by the Rust unit tests (`src/tests/meta.rs`) and the C tests
//! (`c-tests/test_version.c`), so header, Cargo.toml and binary cannot drift apart.

use std::path::PathBuf;

fn read(rel: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// The value of `#define NAME value` in `text`.
fn define<'a>(text: &'a str, name: &str) -> &'a str {
    let prefix = format!("#define {name} ");
    let mut found = text.lines().filter_map(|l| l.strip_prefix(prefix.as_str()));
    let value = found
        .next()
        .unwrap_or_else(|| panic!("{name} is not defined"));
    assert!(found.next().is_none(), "{name} is defined twice");
    value.trim()
}

#[test]
fn header_version_macros_equal_cargo_version() {
    let header = read("include/contactkit.h");
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(
        define(&header, "CONTACTKIT_VERSION_MAJOR"),
        env!("CARGO_PKG_VERSION_MAJOR")
    );
    assert_eq!(
        define(&header, "CONTACTKIT_VERSION_MINOR"),
        env!("CARGO_PKG_VERSION_MINOR")
    );
    assert_eq!(
        define(&header, "CONTACTKIT_VERSION_PATCH"),
        env!("CARGO_PKG_VERSION_PATCH")
    );
    assert_eq!(
        define(&header, "CONTACTKIT_VERSION_STRING"),
        format!("\"{version}\"")
    );
    // The ABI version is a positive integer (its value is tied to the library by the unit tests).
    let abi: u32 = define(&header, "CONTACTKIT_ABI_VERSION")
        .parse()
        .expect("CONTACTKIT_ABI_VERSION is an integer");
    assert!(abi >= 1);
}

#[test]
fn abi_version_in_source_equals_header() {
    let header = read("include/contactkit.h");
    let source = read("src/lib.rs");
    let line = source
        .lines()
        .find(|l| l.contains("const ABI_VERSION: u32 ="))
        .expect("ABI_VERSION const in src/lib.rs");
    let value = line
        .split('=')
        .nth(1)
        .and_then(|v| v.trim().strip_suffix(';'))
        .expect("ABI_VERSION value");
    assert_eq!(value, define(&header, "CONTACTKIT_ABI_VERSION"));
}

#[test]
fn soname_carries_the_full_version_before_1_0() {
    // Pre-1.0 there is no ABI stability: cargo-c must put MAJOR.MINOR.PATCH into the SONAME.
    let manifest = read("Cargo.toml");
    if env!("CARGO_PKG_VERSION_MAJOR") == "0" {
        assert!(
            manifest.contains("version_suffix_components = 3"),
            "[package.metadata.capi.library] must keep version_suffix_components = 3 before 1.0"
        );
    }
    assert!(manifest.contains("[package.metadata.capi.header]"));
    assert!(manifest.contains("generation = false"));
}
