//! `scan`: the "erased person resurfaced" alarm over rows of a CRM export or any iterator.

use super::Kind;
use super::list::{CheckOptions, Decision, SuppressionList};
use super::reason::{Channel, DecisionStatus};

/// One value to scan: a row number, the column it came from, its kind and the value.
#[derive(Clone, PartialEq, Eq)]
pub struct ScanItem<'a> {
    /// The row (as the caller counts them).
    pub row: u64,
    /// The column index or name position in the row.
    pub column: usize,
    /// The identifier kind.
    pub kind: Kind,
    /// The value.
    pub value: &'a str,
}

impl std::fmt::Debug for ScanItem<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScanItem")
            .field("row", &self.row)
            .field("column", &self.column)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// A value of a row that is on the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScanHit {
    /// The row.
    pub row: u64,
    /// The column.
    pub column: usize,
    /// The identifier kind.
    pub kind: Kind,
    /// The decision (status `suppressed`, with the entry's reason).
    pub decision: Decision,
}

/// The result of a scan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanReport {
    /// Values checked.
    pub checked: u64,
    /// Values on the list (for any channel), in input order.
    pub hits: Vec<ScanHit>,
    /// Values that could not be checked (no canonical form), by count.
    pub unverifiable: u64,
}

impl SuppressionList {
    /// Checks every value (for any channel) and reports those on the list: the "erased person
    /// resurfaced" alarm for CRM exports, restored backups and partner files. Empty values are
    /// skipped; values without a canonical form are counted, not reported.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use contactkit::suppression::{AddOptions, Kind, LocalKey, ScanItem, SuppressionList};
    /// let list = SuppressionList::create(Arc::new(LocalKey::new(&[3u8; 32], "k").unwrap()));
    /// list.add(Kind::Email, "gone@example.nl", &AddOptions::default()).unwrap();
    /// let rows = [("Piet", "piet@example.nl"), ("Gone", "GONE@example.nl ")];
    /// let items = rows.iter().enumerate().map(|(i, r)| ScanItem { row: i as u64, column: 1, kind: Kind::Email, value: r.1 });
    /// let report = list.scan(items, None);
    /// assert_eq!(report.hits.len(), 1);
    /// assert_eq!(report.hits[0].row, 1);
    /// ```
    pub fn scan<'a, I>(&self, items: I, region: Option<&str>) -> ScanReport
    where
        I: IntoIterator<Item = ScanItem<'a>>,
    {
        let opts = CheckOptions {
            channel: Channel::All,
            region: region.map(str::to_owned),
            ..CheckOptions::default()
        };
        let mut report = ScanReport::default();
        for item in items {
            if item.value.trim().is_empty() {
                continue;
            }
            report.checked += 1;
            let decision = self.check(item.kind, item.value, &opts);
            match decision.status {
                DecisionStatus::Suppressed => report.hits.push(ScanHit {
                    row: item.row,
                    column: item.column,
                    kind: item.kind,
                    decision,
                }),
                DecisionStatus::Unverifiable => report.unverifiable += 1,
                _ => {}
            }
        }
        report
    }
}
