//! The international and national formats, with the engine's metadata but without its
//! per-format regexes.
//!
//! libphonenumber picks the first format rule of the region whose last leading-digits pattern
//! matches the start of the national significant number and whose pattern matches all of it,
//! then rewrites the number with that rule (`$1 $2 $3`, for the national format with the
//! national-prefix rule put in place of the first group). The engine compiles every pattern it
//! tries as a Unicode-aware regex with its own caches; over a few dozen regions that is most of
//! its memory. Here the choosing runs on small DFAs over ASCII digits (built on first try, no
//! caches), and only the rule actually chosen gets a regex for the rewriting, compiled
//! ASCII-only: the same `regex` crate call with the same arguments as the engine's, so the same
//! text. Anything unusual (no metadata for the code, a pattern that does not compile) goes back
//! to the engine.

use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};
use regex_automata::{
    Anchored,
    dfa::{Automaton, StartKind, dense},
    nfa::thompson,
    util::{start, syntax},
};
use rlibphonenumber::NumberFormat;

/// One format rule of the metadata.
pub(crate) struct Rule {
    /// The pattern as stored, `^(?:X)$`.
    pattern: String,
    /// `$1 $2`.
    format: String,
    /// The most detailed (last) leading-digits pattern, as stored (`^(?:X)$`), if any.
    leading_digits: Option<String>,
    /// The national-prefix formatting rule (`0$1`), empty if none.
    national_prefix_formatting: String,
    /// DFAs for the leading digits (prefix) and the whole pattern.
    choose: OnceLock<Option<(Option<Dfa>, Dfa)>>,
    /// The unanchored pattern `(?:X)` for the rewriting.
    rewrite: OnceLock<Option<Regex>>,
}

type Dfa = dense::DFA<Vec<u32>>;

impl Rule {
    #[allow(deprecated)] // the engine marks the fields it moves into its own wrappers
    pub(crate) fn from_metadata(f: &NumberFormat) -> Rule {
        Rule {
            pattern: f.pattern.clone(),
            format: f.format.clone(),
            leading_digits: f.leading_digits_pattern.last().cloned(),
            national_prefix_formatting: f
                .national_prefix_formatting_rule
                .clone()
                .unwrap_or_default(),
            choose: OnceLock::new(),
            rewrite: OnceLock::new(),
        }
    }

    fn dfas(&self) -> Option<&(Option<Dfa>, Dfa)> {
        self.choose
            .get_or_init(|| {
                let leading = match &self.leading_digits {
                    // Matched as a prefix: `^(?:X)` without the final `$`.
                    Some(p) => Some(dfa(p.strip_suffix('$').unwrap_or(p))?),
                    None => None,
                };
                Some((leading, dfa(&self.pattern)?))
            })
            .as_ref()
    }

    /// Whether libphonenumber would choose this rule for `nsn`; `None` if a DFA is missing.
    fn fits(&self, nsn: &str) -> Option<bool> {
        let (leading, whole) = self.dfas()?;
        if let Some(leading) = leading
            && !matches(leading, nsn, true)?
        {
            return Some(false);
        }
        matches(whole, nsn, false)
    }

    /// `nsn` rewritten with this rule (`national`: with the national-prefix rule in place of
    /// the first group, as the national format does).
    fn apply(&self, nsn: &str, national: bool) -> Option<String> {
        let rewrite = self
            .rewrite
            .get_or_init(|| {
                let inner = self.pattern.strip_prefix('^')?.strip_suffix('$')?;
                RegexBuilder::new(inner).unicode(false).build().ok()
            })
            .as_ref()?;
        let rule = if national && !self.national_prefix_formatting.is_empty() {
            first_group()?
                .replace(&self.format, self.national_prefix_formatting.as_str())
                .into_owned()
        } else {
            self.format.clone()
        };
        Some(rewrite.replace_all(nsn, rule.as_str()).into_owned())
    }
}

/// The engine's `(\$\d)`: the first group reference of a format rule.
fn first_group() -> Option<&'static Regex> {
    static FIRST_GROUP: OnceLock<Option<Regex>> = OnceLock::new();
    FIRST_GROUP
        .get_or_init(|| Regex::new("(\\$\\d)").ok())
        .as_ref()
}

fn dfa(pattern: &str) -> Option<Dfa> {
    dense::Builder::new()
        .configure(
            dense::Config::new()
                .start_kind(StartKind::Anchored)
                .minimize(false),
        )
        // The national significant number is ASCII digits: `\d` as `[0-9]` matches the same.
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .thompson(thompson::Config::new().utf8(false))
        .build(pattern)
        .ok()
}

/// Whether `dfa` matches all of `nsn` (or, with `prefix`, some start of it).
fn matches(dfa: &Dfa, nsn: &str, prefix: bool) -> Option<bool> {
    let mut state = dfa
        .start_state(&start::Config::new().anchored(Anchored::Yes))
        .ok()?;
    for &b in nsn.as_bytes() {
        state = dfa.next_state(state, b);
        if dfa.is_special_state(state) {
            if dfa.is_match_state(state) {
                if prefix {
                    return Some(true);
                }
            } else if dfa.is_dead_state(state) {
                return Some(false);
            } else if dfa.is_quit_state(state) {
                return None;
            }
        }
    }
    state = dfa.next_eoi_state(state);
    Some(dfa.is_match_state(state))
}

/// libphonenumber `format_nsn` without a carrier code: `nsn` formatted with the first fitting
/// rule of `rules`, or unchanged when none fits; `None` when a DFA or regex is missing.
pub(crate) fn format_nsn(rules: &[Rule], nsn: &str, national: bool) -> Option<String> {
    for rule in rules {
        if rule.fits(nsn)? {
            return rule.apply(nsn, national);
        }
    }
    Some(nsn.to_owned())
}
