//! `contactkit clean`: read → recognise columns → process rows by area → duplicates → write.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{IsTerminal, Write as _};
use std::path::{Path, PathBuf};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde_json::{Value, json};

use crate::areas::{self, Area, Cell, Tally};
use crate::columns::{self, ColumnPlan, Field, MapArg, Via};
use crate::duplicates::{DuplicateFinder, Duplicates, Scored};
use crate::input::{self, EncodingChoice, Row, RowIssue, Table};
use crate::output::PendingFile;
use crate::record::ContactRecord;

/// Rows per parallel work unit.
const CHUNK_ROWS: usize = 1024;
/// Inputs with at least this many rows get a progress bar (on a terminal, without `--quiet`).
const PROGRESS_MIN_ROWS: usize = 10_000;
/// At most this many malformed rows are reported one by one on stderr.
const MAX_ROW_WARNINGS: usize = 20;

/// Why a run failed: exit 2 for usage, 1 for input and I/O.
#[derive(Debug)]
pub enum Failure {
    /// A usage error (exit 2).
    Usage(String),
    /// Bad input or an I/O failure (exit 1).
    Input(String),
}

/// What `clean` was asked to do.
#[derive(Debug)]
pub struct Options {
    /// The input file.
    pub input: PathBuf,
    /// The output directory.
    pub out: PathBuf,
    /// `--map` overrides.
    pub maps: Vec<MapArg>,
    /// A forced delimiter, or `None` to sniff.
    pub delimiter: Option<u8>,
    /// `--encoding`.
    pub encoding: EncodingChoice,
    /// Worker threads (0: one per core).
    pub threads: usize,
    /// `--quiet`.
    pub quiet: bool,
    /// Test hook: panic after the outputs are written under their temporary names.
    pub debug_panic: bool,
    /// `--suppression` with its key: rows are marked `suppressed`.
    pub suppression: Option<std::sync::Arc<ck::suppression::SuppressionList>>,
    /// `--phone-region`: the default phone region of rows without a country.
    pub phone_region: Option<&'static str>,
}

fn ms(since: Instant) -> f64 {
    (since.elapsed().as_secs_f64() * 1e6).round() / 1e3
}

fn delimiter_name(d: u8) -> String {
    match d {
        b'\t' => "tab".to_owned(),
        _ => char::from(d).to_string(),
    }
}

/// Makes `name` unique among `taken` by appending `_2`, `_3`, ...
fn unique_name(name: String, taken: &mut HashSet<String>) -> String {
    if taken.insert(name.clone()) {
        return name;
    }
    // At most `taken.len() + 1` candidates can be taken before one is free.
    (2..=taken.len() + 2)
        .map(|n| format!("{name}_{n}"))
        .find(|candidate| taken.insert(candidate.clone()))
        .unwrap_or(name)
}

/// Row ids and where they came from.
struct RowIds {
    ids: Vec<String>,
    /// The id column's header, when ids come from a column.
    column: Option<String>,
    /// Rows whose id column value was empty or repeated (identified as `row-N` instead).
    fallback_rows: usize,
}

/// Row ids: the id column's value; `row-N` (N the 1-based data row number) for a row whose value
/// is empty or repeats an earlier row's; plain row numbers when there is no id column (or when a
/// `row-N` would collide with a real id).
fn row_ids(table: &Table, plan: &[ColumnPlan]) -> RowIds {
    let numbers = || RowIds {
        ids: (1..=table.rows.len()).map(|n| n.to_string()).collect(),
        column: None,
        fallback_rows: 0,
    };
    let Some(col) = plan.iter().position(|c| c.field == Some(Field::Id)) else {
        return numbers();
    };
    let mut seen: HashSet<&str> = HashSet::with_capacity(table.rows.len());
    let mut ids: Vec<Option<&str>> = Vec::with_capacity(table.rows.len());
    for i in 0..table.rows.len() {
        let id = table.fields(i).get(col).unwrap_or("").trim();
        ids.push((!id.is_empty() && seen.insert(id)).then_some(id));
    }
    let mut fallback_rows = 0;
    let mut out = Vec::with_capacity(ids.len());
    for (n, id) in ids.into_iter().enumerate() {
        if let Some(id) = id {
            out.push(id.to_owned());
        } else {
            let made = format!("row-{}", n + 1);
            if seen.contains(made.as_str()) {
                return numbers();
            }
            fallback_rows += 1;
            out.push(made);
        }
    }
    RowIds {
        ids: out,
        column: Some(plan[col].header.clone()),
        fallback_rows,
    }
}

struct Processed<'a> {
    /// Every row's added cells, row after row (`width` cells per row), one vector per chunk of
    /// [`CHUNK_ROWS`] rows (not concatenated: that would double the peak memory).
    cells: Vec<Vec<Cell>>,
    records: Vec<ContactRecord<'a>>,
    tallies: Vec<Tally>,
}

fn process_rows<'a>(
    table: &'a Table,
    plan: &[ColumnPlan],
    areas: &[Box<dyn Area>],
    width: usize,
    bar: &ProgressBar,
) -> Processed<'a> {
    let n = table.rows.len();
    let chunks: Vec<Processed<'a>> = (0..n.div_ceil(CHUNK_ROWS))
        .into_par_iter()
        .map(|c| {
            let rows = c * CHUNK_ROWS..((c + 1) * CHUNK_ROWS).min(n);
            let mut tallies = vec![Tally::default(); areas.len()];
            let mut cells = Vec::with_capacity(rows.len() * width);
            let mut records = Vec::with_capacity(rows.len());
            for i in rows.clone() {
                let fields = table.fields(i);
                let mut record = ContactRecord::from_row(plan, fields);
                for (area, tally) in areas.iter().zip(tallies.iter_mut()) {
                    area.process(fields, &mut cells, &mut record, tally);
                }
                records.push(record);
            }
            bar.inc(rows.len() as u64);
            Processed {
                cells: vec![cells],
                records,
                tallies,
            }
        })
        .collect();
    let mut all = Processed {
        cells: Vec::with_capacity(n.div_ceil(CHUNK_ROWS)),
        records: Vec::with_capacity(n),
        tallies: vec![Tally::default(); areas.len()],
    };
    for c in chunks {
        all.cells.extend(c.cells);
        all.records.extend(c.records);
        for (t, ct) in all.tallies.iter_mut().zip(&c.tallies) {
            t.merge(ct);
        }
    }
    assert_eq!(
        all.cells.iter().map(Vec::len).sum::<usize>(),
        n * width,
        "an area wrote the wrong number of cells"
    );
    all
}

fn io_failure(what: &str, path: &Path, e: &std::io::Error) -> Failure {
    Failure::Input(format!("cannot {what} {}: {e}", path.display()))
}

fn warn(quiet: bool, msg: &str) {
    if !quiet {
        let _ = writeln!(std::io::stderr(), "contactkit: {msg}");
    }
}

/// Runs `clean`.
///
/// # Errors
///
/// [`Failure`] with one sentence for the user.
pub fn run(opts: &Options) -> Result<(), Failure> {
    let t_total = Instant::now();

    // 1. Read and decode.
    let t = Instant::now();
    let bytes = std::fs::read(&opts.input).map_err(|e| io_failure("read", &opts.input, &e))?;
    let input_bytes = bytes.len();
    let decoded = input::decode(bytes, opts.encoding)
        .map_err(|e| Failure::Input(format!("{}: {e}", opts.input.display())))?;
    let t_read = ms(t);

    // 2. Parse.
    let t = Instant::now();
    let delimiter = opts
        .delimiter
        .unwrap_or_else(|| input::sniff_delimiter(&decoded.text));
    let table = input::parse(&decoded.text, delimiter)
        .map_err(|e| Failure::Input(format!("{}: {e}", opts.input.display())))?;
    // The table holds its own copy of every field; the decoded text is no longer needed.
    let input::Decoded {
        text,
        encoding,
        bom,
    } = decoded;
    drop(text);
    let t_parse = ms(t);
    if encoding == input::Encoding::Windows1252 {
        warn(
            opts.quiet,
            "note: the input is not UTF-8; it was decoded as Windows-1252 (use --encoding to choose)",
        );
    }

    // 3. Columns.
    let plan = columns::plan_columns(&table.headers, &opts.maps).map_err(Failure::Usage)?;
    let areas = areas::build(&plan, opts.suppression.as_ref(), opts.phone_region);
    let RowIds {
        ids,
        column: id_column,
        fallback_rows,
    } = row_ids(&table, &plan);
    if fallback_rows > 0 {
        warn(
            opts.quiet,
            &format!(
                "{fallback_rows} rows have an empty or repeated value in the id column \"{}\"; \
                 they are identified as row-N (N the data row number)",
                id_column.as_deref().unwrap_or("")
            ),
        );
    }
    let unprocessed: Vec<&'static str> = {
        let mut v: Vec<&'static str> = plan
            .iter()
            .filter_map(|c| c.field)
            .filter(|f| !areas::is_processed(*f))
            .map(Field::area)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };

    // Report malformed rows (line numbers and the kind of problem only, never content).
    let malformed: Vec<&Row> = table
        .rows
        .iter()
        .filter(|r| r.issue.is_some_and(RowIssue::is_malformed))
        .collect();
    for r in malformed.iter().take(MAX_ROW_WARNINGS) {
        let issue = r.issue.map_or("", RowIssue::code);
        warn(
            opts.quiet,
            &format!(
                "line {}: malformed row ({issue}: {} field{}, the header has {}); kept in the output",
                r.line,
                r.len(),
                if r.len() == 1 { "" } else { "s" },
                table.headers.len()
            ),
        );
    }
    if malformed.len() > MAX_ROW_WARNINGS {
        warn(
            opts.quiet,
            &format!(
                "... and {} more malformed rows (all listed in summary.json)",
                malformed.len() - MAX_ROW_WARNINGS
            ),
        );
    }

    // 4. Process rows by area.
    let show_progress =
        !opts.quiet && table.rows.len() >= PROGRESS_MIN_ROWS && std::io::stderr().is_terminal();
    let bar = if show_progress {
        let b = ProgressBar::with_draw_target(
            Some(table.rows.len() as u64),
            ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = ProgressStyle::with_template(
            "{msg:9} [{bar:40}] {human_pos}/{human_len} rows ({eta} left)",
        ) {
            b.set_style(style.progress_chars("=> "));
        }
        b.set_message("cleaning");
        b
    } else {
        ProgressBar::hidden()
    };
    let threads = if opts.threads == 0 {
        std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
    } else {
        opts.threads
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Failure::Input(format!("cannot start {threads} worker threads: {e}")))?;
    let added_width: usize = areas.iter().map(|a| a.output_headers().len()).sum();
    let t = Instant::now();
    let processed = pool.install(|| process_rows(&table, &plan, &areas, added_width, &bar));
    let t_process = ms(t);

    // 5. Duplicates.
    let t = Instant::now();
    let finder = Scored {
        threads,
        ..Scored::default()
    };
    let dups = finder.find(&processed.records);
    let t_dups = ms(t);

    // 6. Write.
    let t = Instant::now();
    std::fs::create_dir_all(&opts.out).map_err(|e| io_failure("create", &opts.out, &e))?;
    let extra_fields = table
        .rows
        .iter()
        .any(|r| r.issue == Some(RowIssue::TooManyFields));
    let mut taken: HashSet<String> = table.headers.iter().cloned().collect();
    let mut added: Vec<String> = Vec::new();
    for a in &areas {
        for h in a.output_headers() {
            added.push(unique_name(h, &mut taken));
        }
    }
    for h in ["row_id", "cluster_id", "row_issue"] {
        added.push(unique_name(h.to_owned(), &mut taken));
    }
    if extra_fields {
        added.push(unique_name("extra_fields".to_owned(), &mut taken));
    }
    bar.set_position(0);
    bar.set_message("writing");
    let write_bom = bom || encoding == input::Encoding::Windows1252;
    let mut contacts = PendingFile::create(&opts.out, "contacts.csv")
        .map_err(|e| io_failure("write to", &opts.out, &e))?;
    let contacts_path = opts.out.join("contacts.csv");
    write_contacts(
        &mut contacts,
        &table,
        &added,
        &processed.cells,
        added_width,
        &ids,
        &dups,
        write_bom,
        delimiter,
        extra_fields,
        &bar,
    )
    .map_err(|e| io_failure("write", &contacts_path, &e))?;
    let mut duplicates = PendingFile::create(&opts.out, "duplicates.csv")
        .map_err(|e| io_failure("write to", &opts.out, &e))?;
    let dup_path = opts.out.join("duplicates.csv");
    write_duplicates(&mut duplicates, &dups, &ids, delimiter, table.crlf)
        .map_err(|e| io_failure("write", &dup_path, &e))?;
    let mut golden = PendingFile::create(&opts.out, "golden.csv")
        .map_err(|e| io_failure("write to", &opts.out, &e))?;
    let golden_path = opts.out.join("golden.csv");
    crate::golden::write_golden(
        &mut golden,
        &processed.records,
        &dups,
        &ids,
        delimiter,
        table.crlf,
    )
    .map_err(|e| io_failure("write", &golden_path, &e))?;
    bar.finish_and_clear();
    let t_write = ms(t);

    // 7. Summary.
    let total = ms(t_total);
    let summary = Summary {
        opts,
        table: &table,
        decoded_encoding: encoding.name(),
        bom,
        input_bytes,
        delimiter,
        plan: &plan,
        areas: &areas,
        tallies: &processed.tallies,
        records: &processed.records,
        dups: &dups,
        method: finder.method(),
        added: &added,
        id_column: id_column.as_deref(),
        id_fallback_rows: fallback_rows,
        unprocessed: &unprocessed,
        threads,
        timings: [
            ("read", t_read),
            ("parse", t_parse),
            ("process", t_process),
            ("duplicates", t_dups),
            ("write", t_write),
            ("total", total),
        ],
    }
    .to_json();
    let mut summary_file = PendingFile::create(&opts.out, "summary.json")
        .map_err(|e| io_failure("write to", &opts.out, &e))?;
    let summary_path = opts.out.join("summary.json");
    serde_json::to_writer_pretty(summary_file.writer(), &summary)
        .map_err(std::io::Error::from)
        .and_then(|()| summary_file.writer().write_all(b"\n"))
        .and_then(|()| summary_file.finish())
        .map_err(|e| io_failure("write", &summary_path, &e))?;

    assert!(!opts.debug_panic, "--debug-panic was given");

    // Everything is written: put the files in place, summary last.
    for (file, path) in [
        (contacts, &contacts_path),
        (duplicates, &dup_path),
        (golden, &golden_path),
        (summary_file, &summary_path),
    ] {
        file.commit().map_err(|e| io_failure("write", path, &e))?;
    }

    if !opts.quiet {
        let clusters = summary["clusters"]["multi_row_clusters"]
            .as_u64()
            .unwrap_or(0);
        let mut msg = format!(
            "cleaned {} rows in {:.2} s",
            table.rows.len(),
            total / 1000.0
        );
        if !malformed.is_empty() {
            let _ = write!(msg, " ({} malformed, kept)", malformed.len());
        }
        let _ = write!(
            msg,
            "; {} duplicate pairs in {clusters} clusters; wrote {}",
            dups.pairs.len(),
            opts.out.display()
        );
        warn(false, &msg);
        if !unprocessed.is_empty() {
            warn(
                false,
                &format!(
                    "note: {} columns are recognised but not processed in this build yet",
                    unprocessed.join(", ")
                ),
            );
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn write_contacts(
    file: &mut PendingFile,
    table: &Table,
    added: &[String],
    cells: &[Vec<Cell>],
    cells_per_row: usize,
    ids: &[String],
    dups: &Duplicates,
    bom: bool,
    delimiter: u8,
    extra_fields: bool,
    bar: &ProgressBar,
) -> std::io::Result<()> {
    if bom {
        file.writer().write_all("\u{FEFF}".as_bytes())?;
    }
    let mut w = file.csv(delimiter, table.crlf);
    let width = table.headers.len();
    w.write_record(table.headers.iter().chain(added))?;
    let delim = char::from(delimiter).to_string();
    for (i, row) in table.rows.iter().enumerate() {
        let fields = table.fields(i);
        let extra_joined = if extra_fields && fields.len() > width {
            fields.iter().skip(width).collect::<Vec<_>>().join(&delim)
        } else {
            String::new()
        };
        let mut rec: Vec<&str> = Vec::with_capacity(width + added.len());
        rec.extend(fields.iter().take(width));
        rec.resize(width, "");
        rec.extend(
            cells[i / CHUNK_ROWS][(i % CHUNK_ROWS) * cells_per_row..][..cells_per_row]
                .iter()
                .map(AsRef::as_ref),
        );
        rec.push(&ids[i]);
        rec.push(&ids[dups.cluster_of[i]]);
        rec.push(row.issue.map_or("", RowIssue::code));
        if extra_fields {
            rec.push(&extra_joined);
        }
        w.write_record(&rec)?;
        if i % 4096 == 4095 {
            bar.inc(4096);
        }
    }
    w.flush()?;
    drop(w);
    file.finish()
}

fn write_duplicates(
    file: &mut PendingFile,
    dups: &Duplicates,
    ids: &[String],
    delimiter: u8,
    crlf: bool,
) -> std::io::Result<()> {
    let mut w = file.csv(delimiter, crlf);
    w.write_record(["id_a", "id_b", "probability", "explanation"])?;
    for p in &dups.pairs {
        let prob = format!("{:.1}", p.probability);
        w.write_record([&ids[p.a], &ids[p.b], &prob, &p.explanation])?;
    }
    w.flush()?;
    drop(w);
    file.finish()
}

struct Summary<'a> {
    opts: &'a Options,
    table: &'a Table,
    decoded_encoding: &'static str,
    bom: bool,
    input_bytes: usize,
    delimiter: u8,
    plan: &'a [ColumnPlan],
    areas: &'a [Box<dyn Area>],
    tallies: &'a [Tally],
    records: &'a [ContactRecord<'a>],
    dups: &'a Duplicates,
    method: &'static str,
    added: &'a [String],
    id_column: Option<&'a str>,
    id_fallback_rows: usize,
    unprocessed: &'a [&'static str],
    threads: usize,
    timings: [(&'static str, f64); 6],
}

impl Summary<'_> {
    /// The tallies of every processor of `area`, each with its column label under `label_key`.
    fn area_json(
        &self,
        area: &str,
        counters: &[&str],
        groups: &[&str],
        label_key: &str,
    ) -> Vec<Value> {
        self.areas
            .iter()
            .zip(self.tallies)
            .filter(|(a, _)| a.area() == area)
            .map(|(a, t)| {
                let mut v = t.to_json(counters, groups);
                if let Value::Object(m) = &mut v {
                    m.insert(label_key.to_owned(), Value::from(a.label()));
                }
                v
            })
            .collect()
    }

    fn to_json(&self) -> Value {
        let rows = &self.table.rows;
        let mut by_issue = serde_json::Map::new();
        let mut malformed_lines = Vec::new();
        for r in rows {
            if let Some(issue) = r.issue {
                let n = by_issue
                    .entry(issue.code())
                    .or_insert(Value::from(0u64))
                    .as_u64()
                    .unwrap_or(0);
                by_issue.insert(issue.code().to_owned(), Value::from(n + 1));
                if issue.is_malformed() {
                    malformed_lines.push(r.line);
                }
            }
        }
        let columns: Vec<Value> = self
            .plan
            .iter()
            .enumerate()
            .map(|(i, c)| {
                json!({
                    "index": i,
                    "header": c.header,
                    "field": c.field.map(Field::name),
                    "area": c.field.map(Field::area),
                    "recognised_by": c.via.map(|v| match v { Via::Header => "header", Via::Map => "map" }),
                    "processed": c.field.is_some_and(areas::is_processed),
                })
            })
            .collect();
        // Rows with a value, per field (one pass over the records).
        let mut filled = vec![0usize; Field::ALL.len()];
        let mut seen = vec![usize::MAX; Field::ALL.len()];
        for (i, r) in self.records.iter().enumerate() {
            for f in r.filled() {
                let k = f as usize;
                if seen[k] != i {
                    seen[k] = i;
                    filled[k] += 1;
                }
            }
        }
        let fields: serde_json::Map<String, Value> = Field::ALL
            .iter()
            .filter(|f| self.plan.iter().any(|c| c.field == Some(**f)))
            .map(|&f| (f.name().to_owned(), Value::from(filled[f as usize])))
            .collect();
        let email = self.area_json(
            "email",
            areas::email::COUNTERS,
            areas::email::GROUPS,
            "column",
        );
        let phone = self.area_json(
            "phone",
            areas::phone::COUNTERS,
            areas::phone::GROUPS,
            "column",
        );
        let address = self.area_json(
            "address",
            areas::address::COUNTERS,
            areas::address::GROUPS,
            "columns",
        );
        let mut sizes = std::collections::HashMap::new();
        for &c in &self.dups.cluster_of {
            *sizes.entry(c).or_insert(0usize) += 1;
        }
        let multi: Vec<usize> = sizes.values().copied().filter(|&s| s > 1).collect();
        let total_ms = self.timings.last().map_or(0.0, |t| t.1);
        #[allow(clippy::cast_precision_loss)]
        let rows_per_second = if total_ms > 0.0 {
            (rows.len() as f64 / (total_ms / 1000.0)).round()
        } else {
            0.0
        };
        let timings: serde_json::Map<String, Value> = self
            .timings
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Value::from(*v)))
            .collect();
        json!({
            "command": "clean",
            "versions": {
                "contactkit": ck::VERSION,
                "contactkit_cli": env!("CARGO_PKG_VERSION"),
                "email_lists": ck::email::lists_version(),
                "phone_metadata": ck::phone::metadata_version(),
            },
            "input": {
                "path": self.opts.input.display().to_string(),
                "bytes": self.input_bytes,
                "encoding": self.decoded_encoding,
                "bom": self.bom,
                "delimiter": delimiter_name(self.delimiter),
                "line_ending": if self.table.crlf { "crlf" } else { "lf" },
                "columns": self.table.headers.len(),
            },
            "output": {
                "dir": self.opts.out.display().to_string(),
                "files": ["contacts.csv", "duplicates.csv", "golden.csv", "summary.json"],
                "columns_added": self.added,
            },
            "rows": {
                "read": rows.len(),
                "written": rows.len(),
                "malformed": malformed_lines.len(),
                "by_issue": by_issue,
                "malformed_lines": malformed_lines,
            },
            "ids": {
                "source": if self.id_column.is_some() { "column" } else { "row_number" },
                "column": self.id_column,
                "fallback_rows": self.id_fallback_rows,
            },
            "columns": columns,
            "fields_filled": fields,
            "not_processed_yet": self.unprocessed,
            "email": email,
            "phone": phone,
            "address": address,
            "clusters": {
                "method": self.method,
                "clusters": sizes.len(),
                "multi_row_clusters": multi.len(),
                "rows_in_multi_row_clusters": multi.iter().sum::<usize>(),
                "largest": sizes.values().copied().max().unwrap_or(0),
                "pairs": self.dups.pairs.len(),
                "large_key_groups": self.dups.large_groups,
            },
            "threads": self.threads,
            "timings_ms": timings,
            "rows_per_second": rows_per_second,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_names_get_a_suffix() {
        let mut taken: HashSet<String> =
            ["cluster_id".to_owned(), "cluster_id_2".to_owned()].into();
        assert_eq!(unique_name("row_id".into(), &mut taken), "row_id");
        assert_eq!(unique_name("cluster_id".into(), &mut taken), "cluster_id_3");
        assert_eq!(unique_name("row_id".into(), &mut taken), "row_id_2");
    }
}
