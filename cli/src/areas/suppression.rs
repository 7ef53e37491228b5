//! `--suppression FILE --key-file KEY`: marks rows whose e-mail or phone is on a suppression
//! list (any channel). Appends `suppressed` (`true` / `false` / `unverifiable`) and
//! `suppressed_reason` (the entry's reason, or why the row could not be checked). A row with no
//! e-mail or phone value is `false`. Unverifiable counts as suppressed in `summary.json`
//! (fail closed).

use std::borrow::Cow;
use std::sync::Arc;

use ck::suppression::{Channel, CheckOptions, DecisionStatus, Kind, SuppressionList};

use super::{Area, Cell, Tally};
use crate::input::Fields;
use crate::record::ContactRecord;

/// The suppression check over the e-mail and phone columns of a row.
pub struct SuppressionCheck {
    list: Arc<SuppressionList>,
    columns: Vec<(usize, Kind)>,
    label: String,
}

impl SuppressionCheck {
    /// A check of `columns` (index, kind) against `list`.
    pub fn new(list: Arc<SuppressionList>, columns: Vec<(usize, Kind)>) -> Self {
        SuppressionCheck {
            label: format!("{} column(s)", columns.len()),
            list,
            columns,
        }
    }
}

impl Area for SuppressionCheck {
    fn area(&self) -> &'static str {
        "suppression"
    }

    fn label(&self) -> &str {
        &self.label
    }

    fn output_headers(&self) -> Vec<String> {
        vec!["suppressed".to_owned(), "suppressed_reason".to_owned()]
    }

    fn process<'a>(
        &self,
        row: Fields<'a>,
        out: &mut Vec<Cell>,
        _record: &mut ContactRecord<'a>,
        tally: &mut Tally,
    ) {
        tally.add("rows");
        let opts = CheckOptions {
            channel: Channel::All,
            ..CheckOptions::default()
        };
        let mut unverifiable: Option<&'static str> = None;
        for &(i, kind) in &self.columns {
            let v = row.get(i).unwrap_or("");
            if v.trim().is_empty() {
                continue;
            }
            let d = self.list.check(kind, v, &opts);
            match d.status {
                DecisionStatus::Suppressed => {
                    tally.add("suppressed");
                    out.push(Cow::Borrowed("true"));
                    out.push(Cow::Borrowed(d.reason.unwrap_or("")));
                    return;
                }
                DecisionStatus::Unverifiable => unverifiable = unverifiable.or(d.reason),
                _ => {}
            }
        }
        if let Some(r) = unverifiable {
            tally.add("unverifiable");
            out.push(Cow::Borrowed("unverifiable"));
            out.push(Cow::Borrowed(r));
        } else {
            tally.add("clear");
            out.push(Cow::Borrowed("false"));
            out.push(Cow::Borrowed(""));
        }
    }
}
