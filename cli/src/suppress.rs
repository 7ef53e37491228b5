//! `contactkit suppress create|add|check|export|scan`: manage a suppression list file. The key
//! comes from `--key-file FILE` or the environment variable named by `--key-env VAR` (never
//! from a command-line argument), and never appears in output or errors; neither do the values.

use std::io::{BufRead as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ck::suppression::{
    AddOptions, Channel, CheckOptions, DecisionStatus, ExportOptions, Form, Kind, LocalKey,
    MacProvider, OpenOptions, ScanItem, SuppressionList, SuppressionReason,
};

/// Where the key comes from.
#[derive(Debug, clap::Args)]
#[allow(clippy::struct_field_names)] // the flags are --key-file, --key-env, --key-id
pub struct KeyArgs {
    /// A file holding the key: raw bytes, or hex (64 or more hex digits), 16 bytes at least.
    #[arg(long, value_name = "FILE", conflicts_with = "key_env")]
    pub key_file: Option<PathBuf>,
    /// The name of an environment variable holding the key in hex.
    #[arg(long, value_name = "VAR")]
    pub key_env: Option<String>,
    /// The key id written in the list (`create`); other commands read it from the file.
    #[arg(long, value_name = "ID", default_value = "internal/v1")]
    pub key_id: String,
}

/// The subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SuppressCommand {
    /// Create an empty list file.
    Create {
        /// The list file to write.
        list: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
    },
    /// Add values (one per line on stdin) to a list.
    Add {
        /// The list file (rewritten atomically).
        list: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        /// `email` or `phone`.
        #[arg(long, default_value = "email")]
        kind: String,
        /// `erasure`, `objection`, `consent_withdrawn`, `unsubscribe`, `complaint`,
        /// `hard_bounce`, `legal_hold`, `other`.
        #[arg(long, default_value = "erasure")]
        reason: String,
        /// Channels (`email`, `sms`, `voice`, `post`, `push`, `all`); repeatable.
        #[arg(long = "channel", default_value = "all")]
        channels: Vec<String>,
    },
    /// Check values (one per line on stdin); prints `status<TAB>reason` per line, in order.
    Check {
        /// The list file.
        list: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        /// `email` or `phone`.
        #[arg(long, default_value = "email")]
        kind: String,
        /// The channel about to be used.
        #[arg(long, default_value = "email")]
        channel: String,
    },
    /// Write a sharing export: the exact token list or a binary fuse filter.
    Export {
        /// The list file.
        list: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        /// The file to write.
        #[arg(long, short)]
        out: PathBuf,
        /// `token_list`, `binary_fuse8` or `binary_fuse16`.
        #[arg(long, default_value = "token_list")]
        form: String,
        /// Only entries that block this channel.
        #[arg(long)]
        channel: Option<String>,
        /// The recipient, written in the header.
        #[arg(long, default_value = "internal")]
        audience: String,
    },
    /// Scan a CSV: report rows whose e-mail or phone is on the list (row number, column).
    Scan {
        /// The list file.
        list: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        /// The CSV to scan (header row; e-mail and phone columns recognised by name).
        csv: PathBuf,
    },
}

fn hex_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    if !s.len().is_multiple_of(2) || s.len() < 32 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

/// The key bytes (never printed).
fn key_bytes(args: &KeyArgs) -> Result<zeroize::Zeroizing<Vec<u8>>, String> {
    if let Some(path) = &args.key_file {
        let raw = std::fs::read(path).map_err(|_| "cannot read the key file".to_owned())?;
        let key = std::str::from_utf8(&raw)
            .ok()
            .and_then(hex_decode)
            .unwrap_or_else(|| raw.clone());
        let mut raw = raw;
        zeroize::Zeroize::zeroize(&mut raw);
        return Ok(zeroize::Zeroizing::new(key));
    }
    if let Some(var) = &args.key_env {
        // The issue asks for the key from a file or an environment variable, never an argument.
        #[allow(clippy::disallowed_methods)]
        let v =
            std::env::var(var).map_err(|_| "the key environment variable is not set".to_owned())?;
        return hex_decode(&v).map(zeroize::Zeroizing::new).ok_or_else(|| {
            "the key environment variable must hold at least 32 hex digits".to_owned()
        });
    }
    Err("give the key with --key-file FILE or --key-env VAR".to_owned())
}

/// A key ring that answers for any key id with the given bytes.
struct AnyId(zeroize::Zeroizing<Vec<u8>>);

impl ck::suppression::KeyRing for AnyId {
    fn provider(&self, id: &str) -> Option<Arc<dyn MacProvider>> {
        LocalKey::new(&self.0, id)
            .ok()
            .map(|k| Arc::new(k) as Arc<dyn MacProvider>)
    }
}

fn core_err(e: &ck::Error) -> String {
    format!("suppression list: {e} ({})", e.code())
}

/// Opens a list file with the key.
pub fn open_list(path: &Path, key: &KeyArgs) -> Result<SuppressionList, String> {
    let ring = AnyId(key_bytes(key)?);
    let bytes = std::fs::read(path).map_err(|_| format!("cannot read {}", path.display()))?;
    SuppressionList::from_bytes(&bytes, &ring, &OpenOptions::default()).map_err(|e| core_err(&e))
}

fn stdin_lines() -> Result<Vec<String>, String> {
    std::io::stdin()
        .lock()
        .lines()
        .collect::<Result<_, _>>()
        .map_err(|_| "cannot read stdin as UTF-8 lines".to_owned())
}

/// Runs a subcommand; `Err` is one sentence for stderr (exit status 1).
#[allow(clippy::print_stdout)] // the CLI's output
pub fn run(cmd: SuppressCommand) -> Result<(), String> {
    match cmd {
        SuppressCommand::Create { list, key } => {
            let k = key_bytes(&key)?;
            let provider = LocalKey::new(&k, &key.key_id).map_err(|e| core_err(&e))?;
            let l = SuppressionList::create(Arc::new(provider));
            l.save_to_path(&list).map_err(|e| core_err(&e))?;
            println!("created {} (key id {})", list.display(), l.key_id());
        }
        SuppressCommand::Add {
            list,
            key,
            kind,
            reason,
            channels,
        } => {
            let l = open_list(&list, &key)?;
            let kind = Kind::from_name(&kind).map_err(|e| core_err(&e))?;
            let reason =
                SuppressionReason::from_code(&reason).map_err(|_| "unknown reason".to_owned())?;
            let channels = channels
                .iter()
                .map(|c| Channel::from_code(c).map_err(|_| "unknown channel".to_owned()))
                .collect::<Result<Vec<_>, _>>()?;
            let opts = AddOptions {
                reason,
                channels,
                ..AddOptions::default()
            };
            let values = stdin_lines()?;
            let values: Vec<&str> = values
                .iter()
                .map(String::as_str)
                .filter(|v| !v.trim().is_empty())
                .collect();
            let results = l.add_many(kind, &values, &opts).map_err(|e| core_err(&e))?;
            let mut failed = 0usize;
            for (i, r) in results.iter().enumerate() {
                if let Err(e) = r {
                    failed += 1;
                    eprintln_safe(&format!("line {}: not added ({})", i + 1, e.code()));
                }
            }
            l.save_to_path(&list).map_err(|e| core_err(&e))?;
            println!(
                "added {} values ({} not added); the list has {} tokens",
                values.len() - failed,
                failed,
                l.len()
            );
        }
        SuppressCommand::Check {
            list,
            key,
            kind,
            channel,
        } => {
            let l = open_list(&list, &key)?;
            let kind = Kind::from_name(&kind).map_err(|e| core_err(&e))?;
            let channel = Channel::from_code(&channel).map_err(|_| "unknown channel".to_owned())?;
            let opts = CheckOptions {
                channel,
                ..CheckOptions::default()
            };
            let values = stdin_lines()?;
            let mut out = std::io::stdout().lock();
            for d in l.check_many(kind, &values, &opts) {
                writeln!(out, "{}\t{}", d.status.code(), d.reason.unwrap_or(""))
                    .map_err(|_| "cannot write".to_owned())?;
            }
        }
        SuppressCommand::Export {
            list,
            key,
            out,
            form,
            channel,
            audience,
        } => {
            let l = open_list(&list, &key)?;
            let form = Form::from_name(&form).map_err(|_| "unknown form".to_owned())?;
            let channel = channel
                .map(|c| Channel::from_code(&c).map_err(|_| "unknown channel".to_owned()))
                .transpose()?;
            let mut bytes = Vec::new();
            l.export(
                &mut bytes,
                &ExportOptions {
                    form,
                    channel,
                    audience,
                },
            )
            .map_err(|e| core_err(&e))?;
            ck::suppression::atomic_write(&out, &bytes).map_err(|e| core_err(&e))?;
            println!(
                "wrote {} ({} bytes, form {})",
                out.display(),
                bytes.len(),
                form.code()
            );
        }
        SuppressCommand::Scan { list, key, csv } => {
            let l = open_list(&list, &key)?;
            let mut rdr = csv::ReaderBuilder::new()
                .flexible(true)
                .from_path(&csv)
                .map_err(|_| format!("cannot read {}", csv.display()))?;
            let headers = rdr
                .headers()
                .map_err(|_| "cannot read the header row".to_owned())?
                .clone();
            let cols: Vec<(usize, Kind)> = headers
                .iter()
                .enumerate()
                .filter_map(|(i, h)| column_kind(h).map(|k| (i, k)))
                .collect();
            if cols.is_empty() {
                return Err("no e-mail or phone column recognised".to_owned());
            }
            let rows: Vec<csv::StringRecord> = rdr
                .records()
                .collect::<Result<_, _>>()
                .map_err(|_| "the CSV is malformed".to_owned())?;
            let items = rows.iter().enumerate().flat_map(|(r, rec)| {
                cols.iter().filter_map(move |&(c, kind)| {
                    rec.get(c).map(|value| ScanItem {
                        row: r as u64 + 1,
                        column: c,
                        kind,
                        value,
                    })
                })
            });
            let report = l.scan(items, None);
            let mut out = std::io::stdout().lock();
            for h in &report.hits {
                writeln!(
                    out,
                    "row {}\tcolumn {}\t{}\t{}",
                    h.row,
                    headers.get(h.column).unwrap_or(""),
                    DecisionStatus::Suppressed.code(),
                    h.decision.reason.unwrap_or("")
                )
                .map_err(|_| "cannot write".to_owned())?;
            }
            println!(
                "{} values checked, {} on the list, {} unverifiable",
                report.checked,
                report.hits.len(),
                report.unverifiable
            );
        }
    }
    Ok(())
}

fn eprintln_safe(msg: &str) {
    let _ = writeln!(std::io::stderr(), "contactkit: {msg}");
}

/// The kind of a column by its header (English and Dutch names).
pub fn column_kind(header: &str) -> Option<Kind> {
    let h = header.trim().to_lowercase();
    let h = h.as_str();
    if h.contains("mail") {
        Some(Kind::Email)
    } else if h.contains("phone")
        || h.contains("telefoon")
        || h.contains("mobiel")
        || h.contains("mobile")
        || h == "gsm"
    {
        Some(Kind::Phone)
    } else {
        None
    }
}
