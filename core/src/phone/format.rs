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
    /// The rewriting without the regex, where the pattern allows it (see [`Split`]).
    split: OnceLock<Option<Split>>,
}

/// A format rule whose group spans follow from the length of the number alone: the pattern is
/// a sequence of single-character atoms (`\d`, `[..]`, a digit) with greedy quantifiers, some
/// in (not nested, not quantified) groups, and at most one atom has a variable length. On a
/// number the whole pattern matches (which [`Rule::fits`] checked), the regex's leftmost-first
/// match tries that atom longest first, and every longer try runs past the end of the number:
/// the match is the whole number, every group span is fixed, and the rewriting is the template
/// filled in with slices of the number, the same text as `Regex::replace_all`.
struct Split {
    units: Vec<Unit>,
    /// The format with `$n` references, for the international and the national format.
    plain: Vec<Piece>,
    national: Vec<Piece>,
}

/// An element of a [`Split`] pattern: minimum and maximum length (`usize::MAX`: unbounded),
/// and the group number when it is a group.
type Unit = (usize, usize, Option<usize>);

enum Piece {
    Text(String),
    Group(usize),
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
            split: OnceLock::new(),
        }
    }

    /// The rule the rewriting uses: the format, or for the national format the format with
    /// the national-prefix rule in place of the first group (as `Regex::replace` writes it).
    fn rule_text(&self, national: bool) -> Option<String> {
        Some(if national && !self.national_prefix_formatting.is_empty() {
            first_group()?
                .replace(&self.format, self.national_prefix_formatting.as_str())
                .into_owned()
        } else {
            self.format.clone()
        })
    }

    fn split(&self) -> Option<&Split> {
        self.split
            .get_or_init(|| {
                let inner = self.pattern.strip_prefix("^(?:")?.strip_suffix(")$")?;
                let (units, groups) = units(inner)?;
                let plain = template(&self.rule_text(false)?, groups)?;
                let national = template(&self.rule_text(true)?, groups)?;
                Some(Split {
                    units,
                    plain,
                    national,
                })
            })
            .as_ref()
    }

    /// [`Rule::apply`] by [`Split`]; `None` where the regex must rewrite.
    fn apply_split(&self, nsn: &str, national: bool) -> Option<String> {
        let split = self.split()?;
        let fixed: usize = split.units.iter().filter(|u| u.0 == u.1).map(|u| u.0).sum();
        let mut spans = [(0usize, 0usize); 10];
        let mut at = 0;
        for &(min, max, group) in &split.units {
            let len = if min == max {
                min
            } else {
                let len = nsn.len().checked_sub(fixed)?;
                if len < min || len > max {
                    return None;
                }
                len
            };
            if let Some(g) = group {
                spans[g] = (at, at + len);
            }
            at += len;
        }
        if at != nsn.len() || !nsn.is_ascii() {
            return None;
        }
        let pieces = if national {
            &split.national
        } else {
            &split.plain
        };
        let mut out = String::with_capacity(nsn.len() + 8);
        for p in pieces {
            match p {
                Piece::Text(t) => out.push_str(t),
                Piece::Group(0) => out.push_str(nsn),
                Piece::Group(g) => out.push_str(nsn.get(spans[*g].0..spans[*g].1)?),
            }
        }
        Some(out)
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
        if let Some(s) = self.apply_split(nsn, national) {
            return Some(s);
        }
        let rewrite = self
            .rewrite
            .get_or_init(|| {
                let inner = self.pattern.strip_prefix('^')?.strip_suffix('$')?;
                RegexBuilder::new(inner).unicode(false).build().ok()
            })
            .as_ref()?;
        let rule = self.rule_text(national)?;
        Some(rewrite.replace_all(nsn, rule.as_str()).into_owned())
    }
}

/// The elements of a pattern for [`Split`] and its number of groups; `None` for any other
/// pattern.
fn units(pattern: &str) -> Option<(Vec<Unit>, usize)> {
    let b = pattern.as_bytes();
    let mut units = Vec::new();
    let mut groups = 0;
    let mut group: Option<(usize, usize)> = None; // (min, max) so far inside an open group
    let mut variable = 0; // atoms of variable length
    let mut i = 0;
    while i < b.len() {
        let atom = match b[i] {
            b'(' => {
                if group.is_some() || b.get(i + 1) == Some(&b'?') {
                    return None;
                }
                group = Some((0, 0));
                groups += 1;
                i += 1;
                continue;
            }
            b')' => {
                let (min, max) = group.take()?;
                if matches!(b.get(i + 1), Some(b'{' | b'?' | b'*' | b'+')) {
                    return None;
                }
                units.push((min, max, Some(groups)));
                i += 1;
                continue;
            }
            b'\\' if b.get(i + 1) == Some(&b'd') => 2,
            b'0'..=b'9' => 1,
            b'[' => {
                let close = b[i..].iter().position(|&c| c == b']')?;
                if b[i + 1..i + close].iter().any(|&c| c == b'\\' || c == b'[') {
                    return None;
                }
                close + 1
            }
            _ => return None,
        };
        i += atom;
        let (min, max, used) = quantifier(&b[i..])?;
        i += used;
        variable += usize::from(min != max);
        match &mut group {
            Some((gmin, gmax)) => {
                *gmin += min;
                *gmax = gmax.saturating_add(max);
            }
            None => units.push((min, max, None)),
        }
    }
    (group.is_none() && variable <= 1 && groups <= 9).then_some((units, groups))
}

/// A greedy quantifier at the start of `b` (none: exactly once): minimum, maximum
/// (`usize::MAX`: unbounded) and the bytes it takes; `None` for a lazy one.
fn quantifier(b: &[u8]) -> Option<(usize, usize, usize)> {
    let (min, max, used) = match b.first() {
        Some(b'?') => (0, 1, 1),
        Some(b'*') => (0, usize::MAX, 1),
        Some(b'+') => (1, usize::MAX, 1),
        Some(b'{') => {
            let close = b.iter().position(|&c| c == b'}')?;
            let body = std::str::from_utf8(&b[1..close]).ok()?;
            let (min, max) = match body.split_once(',') {
                None => {
                    let n = body.parse().ok()?;
                    (n, n)
                }
                Some((lo, "")) => (lo.parse().ok()?, usize::MAX),
                Some((lo, hi)) => (lo.parse().ok()?, hi.parse().ok()?),
            };
            (min, max, close + 1)
        }
        _ => return Some((1, 1, 0)),
    };
    if b.get(used) == Some(&b'?') || min > max {
        return None;
    }
    Some((min, max, used))
}

/// A replacement text as pieces: `$n` for a group `n <= groups` (one digit, not followed by a
/// name character), everything else literal; `None` for other `$` forms.
fn template(rule: &str, groups: usize) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = rule.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '$' {
            text.push(c);
            continue;
        }
        let d = chars.next()?.to_digit(10)? as usize;
        if d > groups
            || chars
                .peek()
                .is_some_and(|&n| n.is_alphanumeric() || n == '_')
        {
            return None;
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        pieces.push(Piece::Group(d));
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Some(pieces)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_patterns_and_templates() {
        let (u, g) = units("(\\d{2})(\\d{3})(\\d{4})").unwrap();
        assert_eq!(
            (u, g),
            (vec![(2, 2, Some(1)), (3, 3, Some(2)), (4, 4, Some(3))], 3)
        );
        let (u, _) = units("([1-9]\\d)(\\d{3,4})").unwrap();
        assert_eq!(u, vec![(2, 2, Some(1)), (3, 4, Some(2))]);
        let (u, _) = units("(9)(\\d+)").unwrap();
        assert_eq!(u, vec![(1, 1, Some(1)), (1, usize::MAX, Some(2))]);
        // Two variable atoms, alternation, nesting, lazy or quantified groups: the regex's.
        for p in ["(\\d{2,3})(\\d{3,4})", "(1|2)(\\d)", "((\\d))", "(\\d+?)"] {
            assert!(units(p).is_none(), "{p}");
        }
        assert!(units("(\\d{2}){2}").is_none());
        assert!(units("(?:\\d{2})").is_none());
        let t = template("($1) $2-$3", 3).unwrap();
        assert_eq!(t.len(), 6);
        assert!(template("$1$2", 2).is_some());
        assert!(template("$4", 3).is_none());
        assert!(template("$1a", 1).is_none());
        assert!(template("${1}", 1).is_none());
    }
}
