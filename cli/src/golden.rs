//! `golden.csv`: one merged record per multi-row cluster (`ck::dedupe::golden_record`
//! with the default survivorship rules; rows taken in file order, the last row the most recent),
//! with the provenance of every field.

use ck::dedupe::{GoldenRules, Record, golden_record};

use crate::duplicates::{Duplicates, to_record};
use crate::output::PendingFile;
use crate::record::ContactRecord;

/// The columns of `golden.csv` after `cluster_id` and `rows`.
const FIELDS: [&str; 17] = [
    "given_name",
    "middle_name",
    "family_name",
    "full_name",
    "organisation",
    "email",
    "phone",
    "address",
    "street",
    "house_number",
    "unit",
    "postcode",
    "city",
    "region",
    "country",
    "date_of_birth",
    "registration",
];

fn value(r: &Record, f: &str) -> String {
    match f {
        "email" => r.email.join("; "),
        "phone" => r.phone.join("; "),
        "registration" => r.registration.join("; "),
        _ => r.text(f).unwrap_or_default().to_owned(),
    }
}

/// Writes `golden.csv`: `cluster_id`, `rows` (the row ids of the cluster, `; `-separated), the
/// merged fields, and `provenance` (`field=row_id:rule; ...`).
pub(crate) fn write_golden(
    file: &mut PendingFile,
    records: &[ContactRecord<'_>],
    dups: &Duplicates,
    ids: &[String],
    delimiter: u8,
    crlf: bool,
) -> std::io::Result<()> {
    let mut w = file.csv(delimiter, crlf);
    let mut header = vec!["cluster_id", "rows"];
    header.extend(FIELDS);
    header.push("provenance");
    w.write_record(&header)?;
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); records.len()];
    for (i, &c) in dups.cluster_of.iter().enumerate() {
        members[c].push(i);
    }
    for (c, rows) in members.iter().enumerate() {
        if rows.len() < 2 {
            continue;
        }
        let recs: Vec<Record> = rows.iter().map(|&i| to_record(i, &records[i])).collect();
        // Ids are row indices and the rules are the defaults: cannot fail.
        let Ok(g) = golden_record(&recs, &GoldenRules::new()) else {
            continue;
        };
        let row_id = |s: &str| {
            s.parse::<usize>()
                .map_or_else(|_| s.to_owned(), |i| ids[i].clone())
        };
        let mut out: Vec<String> = vec![
            ids[c].clone(),
            rows.iter()
                .map(|&i| ids[i].as_str())
                .collect::<Vec<_>>()
                .join("; "),
        ];
        out.extend(FIELDS.iter().map(|f| value(&g.record, f)));
        out.push(
            g.provenance
                .iter()
                .filter(|(f, _)| **f != "id")
                .map(|(f, p)| format!("{f}={}:{}", row_id(&p.id), p.rule.code()))
                .collect::<Vec<_>>()
                .join("; "),
        );
        w.write_record(&out)?;
    }
    w.flush()?;
    drop(w);
    file.finish()
}
