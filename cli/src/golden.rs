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
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    match f {
        "given_name" => opt(&r.given_name),
        "middle_name" => opt(&r.middle_name),
        "family_name" => opt(&r.family_name),
        "full_name" => opt(&r.full_name),
        "organisation" => opt(&r.organisation),
        "email" => r.email.join("; "),
        "phone" => r.phone.join("; "),
        "address" => opt(&r.address),
        "street" => opt(&r.street),
        "house_number" => opt(&r.house_number),
        "unit" => opt(&r.unit),
        "postcode" => opt(&r.postcode),
        "city" => opt(&r.city),
        "region" => opt(&r.region),
        "country" => opt(&r.country),
        "date_of_birth" => opt(&r.date_of_birth),
        _ => r.registration.join("; "),
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
