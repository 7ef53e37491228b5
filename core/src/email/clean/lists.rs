//! The lists compiled into the crate (`core/data/email/`, see its README for sources, versions
//! and licences), parsed once into immutable hash sets on first use.

use std::sync::OnceLock;

pub(crate) use crate::fxhash::{FxMap, FxSet};

/// Version of `disposable_domains.txt`: the release date of disposable-email-domains 0.0.293.
pub const DISPOSABLE_VERSION: &str = "2026-11-09";
/// Version of `providers.tsv`, `suggest_guard.txt` and `disposable_allowlist.txt`.
pub const PROVIDERS_VERSION: &str = "1";
/// Version of `roles.txt`.
pub const ROLES_VERSION: &str = "1";
/// Version of the `psl` crate (Public Suffix List snapshot) this crate is built with; a test ties
/// it to `Cargo.lock`.
pub const PSL_VERSION: &str = "2.1.247";

const DISPOSABLE: &str = include_str!("../../../data/email/disposable_domains.txt");
const DISPOSABLE_ALLOW: &str = include_str!("../../../data/email/disposable_allowlist.txt");
const PROVIDERS: &str = include_str!("../../../data/email/providers.tsv");
const ROLES: &str = include_str!("../../../data/email/roles.txt");
const GUARD: &str = include_str!("../../../data/email/suggest_guard.txt");

/// One line of `providers.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Provider {
    pub domain: String,
    pub suggest: bool,
    pub exclusive: bool,
}

/// Every list, parsed.
#[derive(Debug)]
pub(crate) struct Lists {
    pub disposable: FxSet<&'static str>,
    pub disposable_allow: FxSet<&'static str>,
    pub providers: Vec<Provider>,
    pub free: FxSet<&'static str>,
    pub roles: FxSet<String>,
    pub guard: FxSet<&'static str>,
}

/// The data lines of a list file: trimmed, without blank lines and `#` comments.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse_provider(line: &'static str) -> (&'static str, Provider) {
    let mut cols = line.split('\t');
    let domain = cols.next().unwrap_or_default().trim();
    let _market = cols.next();
    let flags = cols.next().unwrap_or_default();
    (
        domain,
        Provider {
            domain: domain.to_owned(),
            suggest: flags.contains('s'),
            exclusive: flags.contains('x'),
        },
    )
}

/// The compared form of a role local part: lower case, cut at the first `+`, without `.`, `-`
/// and `_`.
pub(crate) fn role_form(local: &str) -> String {
    let head = local.split_once('+').map_or(local, |(h, _)| h);
    head.chars()
        .filter(|c| !matches!(c, '.' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Calls `f` with the compared role form of `local` (no allocation for ASCII local parts of up
/// to 64 bytes, the usual case).
pub(crate) fn with_role_form<R>(local: &str, f: impl FnOnce(&str) -> R) -> R {
    let head = local.split_once('+').map_or(local, |(h, _)| h);
    if head.is_ascii() && head.len() <= 64 {
        let mut buf = [0u8; 64];
        let mut n = 0;
        for b in head.bytes() {
            if !matches!(b, b'.' | b'-' | b'_') {
                buf[n] = b.to_ascii_lowercase();
                n += 1;
            }
        }
        // ASCII in, ASCII out.
        f(std::str::from_utf8(&buf[..n]).unwrap_or_default())
    } else {
        f(&role_form(local))
    }
}

impl Lists {
    fn parse() -> Self {
        let mut providers = Vec::new();
        let mut free = FxSet::default();
        for line in data_lines(PROVIDERS) {
            let (domain, p) = parse_provider(line);
            free.insert(domain);
            providers.push(p);
        }
        Lists {
            disposable: data_lines(DISPOSABLE).collect(),
            disposable_allow: data_lines(DISPOSABLE_ALLOW).collect(),
            providers,
            free,
            roles: data_lines(ROLES).map(role_form).collect(),
            guard: data_lines(GUARD).collect(),
        }
    }
}

/// The lists, parsed on first use (about a millisecond) and shared for the life of the process.
pub(crate) fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(Lists::parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_and_are_clean() {
        let l = lists();
        assert!(l.disposable.len() > 5000, "{}", l.disposable.len());
        assert!(l.disposable.contains("mailinator.com"));
        assert!(l.providers.len() > 100);
        assert!(l.roles.len() > 150, "{}", l.roles.len());
        for d in l
            .disposable
            .iter()
            .chain(l.disposable_allow.iter())
            .chain(l.free.iter())
            .chain(l.guard.iter())
        {
            assert!(
                d.bytes().all(|b| b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || b == b'.'
                    || b == b'-'),
                "{d}"
            );
            assert!(
                d.contains('.') && !d.starts_with('.') && !d.ends_with('.'),
                "{d}"
            );
        }
        // Every role entry is written in its compared form.
        for line in data_lines(ROLES) {
            assert_eq!(
                role_form(line),
                line,
                "roles.txt entry not in compared form"
            );
        }
        // No provider is on the disposable list unless allow-listed.
        for p in &l.providers {
            assert!(
                !l.disposable.contains(p.domain.as_str()),
                "{} is on the disposable list",
                p.domain
            );
        }
    }

    #[test]
    fn provider_lines_have_three_columns() {
        for line in data_lines(PROVIDERS) {
            let cols: Vec<_> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line}");
            assert!(cols[2] == "-" || cols[2].chars().all(|c| c == 's' || c == 'x'));
            assert!(cols[1] == "ww" || cols[1].len() == 2);
        }
    }

    #[test]
    fn role_form_fast_path_agrees() {
        for l in [
            "No-Reply",
            "info+crm",
            "Sales.Team_NL",
            "x",
            "",
            "Finanzen",
            "b\u{fc}ro",
            "+x",
        ] {
            assert_eq!(with_role_form(l, str::to_owned), role_form(l), "{l}");
        }
    }

    #[test]
    fn psl_version_matches_lockfile() {
        let lock = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock"),
        )
        .unwrap();
        let needle = format!("name = \"psl\"\nversion = \"{PSL_VERSION}\"");
        assert!(
            lock.contains(&needle),
            "PSL_VERSION out of date with Cargo.lock"
        );
    }
}
