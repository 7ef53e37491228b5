//! The e-mail area: `contactkit::email::clean` on every value of one e-mail column.
//!
//! Output columns for an input column `C` (documented in `cli/README.md`):
//!
//! | column | value |
//! |---|---|
//! | `C_normalized` | the normalised main address when it is valid, else empty |
//! | `C_valid` | `true`, `false`, or empty when the field is empty |
//! | `C_reason` | the reason slug when not valid (`missing_at`, ...); `no_address` when the field holds nothing address-like |
//! | `C_suggestion` | a likely intended address for a typo'd domain (never applied) |
//! | `C_others` | further valid addresses found in the field, normalised, joined with `; ` |
//! | `C_flags` | `role`, `disposable`, `free_provider`, joined with `;` |
//! | `C_fixes` | what cleaning did (`trimmed`, `unwrapped_mailto`, ...), joined with `;` |

use ck::email::{self, EmailCleaned};

use std::borrow::Cow;

use super::{Area, Cell, Tally};
use crate::input::Fields;
use crate::record::ContactRecord;

/// The reason slug the CLI writes when a non-empty field holds nothing address-like (the core
/// returns no verdict then).
pub const NO_ADDRESS: &str = "no_address";

/// Counter names, in the order `summary.json` lists them.
pub const COUNTERS: &[&str] = &[
    "rows",
    "empty",
    "filled",
    "valid",
    "invalid",
    "fixed",
    "suggestions",
    "with_others",
    "others_valid",
    "others_invalid",
    "role",
    "disposable",
    "free_provider",
];

/// Groups of counters by slug.
pub const GROUPS: &[&str] = &["invalid_by_reason", "fixes_by_slug"];

/// Cleans one e-mail column.
#[derive(Debug)]
pub struct EmailColumn {
    index: usize,
    header: String,
}

impl EmailColumn {
    /// The processor of the column at `index`, headed `header`.
    pub fn new(index: usize, header: &str) -> Self {
        EmailColumn {
            index,
            header: header.to_owned(),
        }
    }
}

fn join_flags(c: &EmailCleaned) -> Cell {
    match (c.is_role, c.is_disposable, c.is_free_provider) {
        (false, false, false) => Cow::Borrowed(""),
        (true, false, false) => Cow::Borrowed("role"),
        (false, true, false) => Cow::Borrowed("disposable"),
        (false, false, true) => Cow::Borrowed("free_provider"),
        (role, disposable, free) => {
            let flags: Vec<&str> = [
                (role, "role"),
                (disposable, "disposable"),
                (free, "free_provider"),
            ]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, name)| *name)
            .collect();
            Cow::Owned(flags.join(";"))
        }
    }
}

fn join_fixes(c: &EmailCleaned) -> Cell {
    match c.fixes.as_slice() {
        [] => Cow::Borrowed(""),
        [one] => Cow::Borrowed(one.code()),
        many => Cow::Owned(many.iter().map(|f| f.code()).collect::<Vec<_>>().join(";")),
    }
}

impl Area for EmailColumn {
    fn area(&self) -> &'static str {
        "email"
    }

    fn label(&self) -> &str {
        &self.header
    }

    fn output_headers(&self) -> Vec<String> {
        [
            "normalized",
            "valid",
            "reason",
            "suggestion",
            "others",
            "flags",
            "fixes",
        ]
        .iter()
        .map(|s| format!("{}_{s}", self.header))
        .collect()
    }

    fn process<'a>(
        &self,
        row: Fields<'a>,
        out: &mut Vec<Cell>,
        record: &mut ContactRecord<'a>,
        tally: &mut Tally,
    ) {
        tally.add("rows");
        let raw = row.get(self.index).unwrap_or("");
        if raw.trim().is_empty() {
            tally.add("empty");
            out.extend(std::iter::repeat_n(Cow::Borrowed(""), 7));
            return;
        }
        tally.add("filled");
        let c = email::clean(raw, None);

        let (normalized, valid, reason) = match &c.email {
            None => {
                tally.add("invalid");
                tally.add_by("invalid_by_reason", NO_ADDRESS);
                (None, "false", NO_ADDRESS)
            }
            Some(r) if r.valid => {
                tally.add("valid");
                let n = r.normalized.clone().unwrap_or_default();
                let key = c.dedup_key.clone().or_else(|| email::dedup_key(&n));
                record.emails.push(n.clone());
                record.email_keys.extend(key);
                (Some(n), "true", "")
            }
            Some(r) => {
                tally.add("invalid");
                let slug = r.reason.map_or("unknown", |x| x.code());
                tally.add_by("invalid_by_reason", slug);
                (None, "false", slug)
            }
        };

        let mut others = Vec::new();
        for o in &c.others {
            match (&o.normalized, o.valid) {
                (Some(n), true) => {
                    tally.add("others_valid");
                    record.emails.push(n.clone());
                    record.email_keys.extend(email::dedup_key(n));
                    others.push(n.as_str());
                }
                _ => tally.add("others_invalid"),
            }
        }
        if !c.others.is_empty() {
            tally.add("with_others");
        }
        if c.suggestion.is_some() {
            tally.add("suggestions");
        }
        if !c.fixes.is_empty() {
            tally.add("fixed");
        }
        for f in &c.fixes {
            tally.add_by("fixes_by_slug", f.code());
        }
        if c.is_role {
            tally.add("role");
        }
        if c.is_disposable {
            tally.add("disposable");
        }
        if c.is_free_provider {
            tally.add("free_provider");
        }

        out.push(normalized.map_or(Cow::Borrowed(""), Cow::Owned));
        out.push(Cow::Borrowed(valid));
        out.push(Cow::Borrowed(reason));
        out.push(c.suggestion.clone().map_or(Cow::Borrowed(""), Cow::Owned));
        out.push(if others.is_empty() {
            Cow::Borrowed("")
        } else {
            Cow::Owned(others.join("; "))
        });
        out.push(join_flags(&c));
        out.push(join_fixes(&c));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the area on a row `x,<value>`: the cells, the record's e-mails and keys, the tally.
    fn run(value: &str) -> (Vec<Cell>, Vec<String>, Vec<String>, Tally) {
        let col = EmailColumn::new(1, "Mail");
        let text = format!("x{value}");
        let ends = [1, text.len()];
        let (mut out, mut rec, mut tally) =
            (Vec::new(), ContactRecord::default(), Tally::default());
        col.process(Fields::of(&text, &ends), &mut out, &mut rec, &mut tally);
        assert_eq!(out.len(), col.output_headers().len());
        (out, rec.emails, rec.email_keys, tally)
    }

    #[test]
    fn headers_are_prefixed_with_the_column() {
        let h = EmailColumn::new(0, "E-mailadres").output_headers();
        assert_eq!(h[0], "E-mailadres_normalized");
        assert_eq!(h[6], "E-mailadres_fixes");
    }

    #[test]
    fn empty_field_gives_empty_columns() {
        let (out, emails, keys, tally) = run("  ");
        assert!(out.iter().all(|c| c.is_empty()));
        assert!(emails.is_empty() && keys.is_empty());
        assert_eq!((tally.get("empty"), tally.get("filled")), (1, 0));
    }

    #[test]
    fn valid_address_enters_the_record_with_a_key() {
        let (out, emails, keys, tally) = run("jan@example.com");
        assert_eq!(out[0], "jan@example.com");
        assert_eq!(out[1], "true");
        assert_eq!(out[2], "");
        assert_eq!(emails, ["jan@example.com"]);
        assert_eq!(keys, ["jan@example.com"]);
        assert_eq!(tally.get("valid"), 1);
    }

    #[test]
    fn invalid_address_has_a_reason() {
        let (out, emails, keys, tally) = run("jan.example.com");
        assert_eq!(out[0], "");
        assert_eq!(out[1], "false");
        assert!(!out[2].is_empty());
        assert!(emails.is_empty() && keys.is_empty());
        assert_eq!(tally.get("invalid"), 1);
    }
}
