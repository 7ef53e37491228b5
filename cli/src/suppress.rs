//! `contactkit suppress create|add|check|export|scan|merge|rotate|reconsent`: manage a
//! suppression list file. The key comes from `--key-file FILE` or the environment variable named
//! by `--key-env VAR` (never from a command-line argument), and never appears in output or
//! errors; neither do the values. A rotated list (key chain `new<-old`) also needs the older
//! keys: `--chain-key ID=FILE` (repeatable).

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
    /// The key of an older id of a rotated list's chain, from a file: `ID=FILE` (repeatable).
    /// The main key answers for every other id.
    #[arg(long = "chain-key", value_name = "ID=FILE")]
    pub chain_keys: Vec<String>,
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
        /// Default region for phone numbers without `+` (`NL`; aliases such as `nl` are read
        /// by the CRM layer only).
        #[arg(long)]
        region: Option<String>,
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
        /// Default region for phone numbers without `+`.
        #[arg(long)]
        region: Option<String>,
        /// Worker threads (0: every core).
        #[arg(long, default_value_t = 0)]
        threads: usize,
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
        /// Default region for phone numbers without `+`.
        #[arg(long)]
        region: Option<String>,
    },
    /// Merge another list file kept under the same key chain into a list (scopes are OR-ed; a
    /// merge never lifts a block).
    Merge {
        /// The list file (rewritten atomically).
        list: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        /// The list file to merge in.
        other: PathBuf,
    },
    /// Rotate the key without plaintext: re-wrap every token under a new key; the chain becomes
    /// `new<-old`, and opening it afterwards needs `--key-file NEW --chain-key OLD_ID=OLD_FILE`.
    Rotate {
        /// The list file.
        list: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        /// A file holding the new key (raw bytes, or 64 or more hex digits).
        #[arg(long, value_name = "FILE")]
        new_key_file: PathBuf,
        /// The new key's id (`internal/v2`).
        #[arg(long, value_name = "ID")]
        new_key_id: String,
        /// Where to write the rotated list (default: rewrite LIST atomically).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Record the person's own re-consent for values (one per line on stdin): lifts the
    /// channels and logs the reference (a ticket or consent-record id, never its content).
    Reconsent {
        /// The list file (rewritten atomically).
        list: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        /// `email` or `phone`.
        #[arg(long, default_value = "email")]
        kind: String,
        /// Channels lifted; repeatable.
        #[arg(long = "channel", required = true)]
        channels: Vec<String>,
        /// The reference of the recorded consent (1 to 128 printable ASCII characters).
        #[arg(long)]
        reference: String,
        /// Default region for phone numbers without `+`.
        #[arg(long)]
        region: Option<String>,
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

/// The key bytes of a key file: hex when it holds only hex digits, else the raw bytes.
fn key_file_bytes(path: &Path) -> Result<zeroize::Zeroizing<Vec<u8>>, String> {
    let raw = std::fs::read(path).map_err(|_| "cannot read the key file".to_owned())?;
    let key = std::str::from_utf8(&raw)
        .ok()
        .and_then(hex_decode)
        .unwrap_or_else(|| raw.clone());
    let mut raw = raw;
    zeroize::Zeroize::zeroize(&mut raw);
    Ok(zeroize::Zeroizing::new(key))
}

/// The key bytes (never printed).
fn key_bytes(args: &KeyArgs) -> Result<zeroize::Zeroizing<Vec<u8>>, String> {
    if let Some(path) = &args.key_file {
        return key_file_bytes(path);
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

/// A key ring: the `--chain-key` keys for their ids, the main key for the first other id asked
/// (the list's outer key id; `open` asks for it first). Any further id without a `--chain-key`
/// is missing: the main key never stands in for an older key of a rotated chain, whose wrong
/// bytes the file tag (made with the outer key) could not reveal.
struct AnyId {
    main: zeroize::Zeroizing<Vec<u8>>,
    chain: Vec<(String, zeroize::Zeroizing<Vec<u8>>)>,
    main_id: std::sync::Mutex<Option<String>>,
}

impl AnyId {
    fn new(args: &KeyArgs) -> Result<Self, String> {
        let mut chain = Vec::with_capacity(args.chain_keys.len());
        for spec in &args.chain_keys {
            let (id, file) = spec
                .split_once('=')
                .ok_or_else(|| "--chain-key takes ID=FILE".to_owned())?;
            chain.push((id.to_owned(), key_file_bytes(Path::new(file))?));
        }
        Ok(AnyId {
            main: key_bytes(args)?,
            chain,
            main_id: std::sync::Mutex::new(None),
        })
    }
}

impl ck::suppression::KeyRing for AnyId {
    fn provider(&self, id: &str) -> Option<Arc<dyn MacProvider>> {
        let bytes = if let Some((_, b)) = self.chain.iter().find(|(k, _)| k == id) {
            b
        } else {
            let mut main_id = self
                .main_id
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match main_id.as_deref() {
                None => *main_id = Some(id.to_owned()),
                Some(m) if m == id => {}
                Some(_) => return None,
            }
            &self.main
        };
        LocalKey::new(bytes, id)
            .ok()
            .map(|k| Arc::new(k) as Arc<dyn MacProvider>)
    }
}

fn core_err(e: &ck::Error) -> String {
    format!("suppression list: {e} ({})", e.code())
}

/// Opens a list file with the key.
pub fn open_list(path: &Path, key: &KeyArgs) -> Result<SuppressionList, String> {
    let ring = AnyId::new(key)?;
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
            region,
        } => {
            let l = open_list(&list, &key)?;
            let kind = Kind::from_name(&kind).map_err(|e| core_err(&e))?;
            let reason =
                SuppressionReason::from_code(&reason).ok_or_else(|| "unknown reason".to_owned())?;
            let channels = channels
                .iter()
                .map(|c| Channel::from_code(c).ok_or_else(|| "unknown channel".to_owned()))
                .collect::<Result<Vec<_>, _>>()?;
            let opts = AddOptions {
                reason,
                channels,
                region,
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
            region,
            threads,
        } => {
            let l = open_list(&list, &key)?;
            let kind = Kind::from_name(&kind).map_err(|e| core_err(&e))?;
            let channel =
                Channel::from_code(&channel).ok_or_else(|| "unknown channel".to_owned())?;
            let opts = CheckOptions {
                channel,
                region,
                ..CheckOptions::default()
            };
            let values = stdin_lines()?;
            let threads = if threads == 0 {
                std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
            } else {
                threads
            };
            let decisions = l
                .check_many_threads(kind, &values, &opts, threads)
                .map_err(|e| core_err(&e))?;
            let mut out = std::io::stdout().lock();
            for d in decisions {
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
                .map(|c| Channel::from_code(&c).ok_or_else(|| "unknown channel".to_owned()))
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
        SuppressCommand::Scan {
            list,
            key,
            csv,
            region,
        } => {
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
            let report = l.scan(items, region.as_deref());
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
        SuppressCommand::Merge { list, key, other } => {
            let l = open_list(&list, &key)?;
            let o = open_list(&other, &key)?;
            let n = l.merge(&o).map_err(|e| core_err(&e))?;
            l.save_to_path(&list).map_err(|e| core_err(&e))?;
            println!("merged: {n} new tokens; the list has {} tokens", l.len());
        }
        SuppressCommand::Rotate {
            list,
            key,
            new_key_file,
            new_key_id,
            out,
        } => {
            let l = open_list(&list, &key)?;
            let k = key_file_bytes(&new_key_file)?;
            let provider = LocalKey::new(&k, &new_key_id).map_err(|e| core_err(&e))?;
            let rotated = l.rotate(Arc::new(provider)).map_err(|e| core_err(&e))?;
            let out = out.unwrap_or(list);
            rotated.save_to_path(&out).map_err(|e| core_err(&e))?;
            println!(
                "rotated {} tokens; key chain {} written to {}",
                rotated.len(),
                rotated.key_id(),
                out.display()
            );
        }
        SuppressCommand::Reconsent {
            list,
            key,
            kind,
            channels,
            reference,
            region,
        } => {
            let l = open_list(&list, &key)?;
            let kind = Kind::from_name(&kind).map_err(|e| core_err(&e))?;
            let channels = channels
                .iter()
                .map(|c| Channel::from_code(c).ok_or_else(|| "unknown channel".to_owned()))
                .collect::<Result<Vec<_>, _>>()?;
            let mut changed = 0usize;
            for (i, v) in stdin_lines()?.iter().enumerate() {
                if v.trim().is_empty() {
                    continue;
                }
                match l.reconsent(kind, v, &channels, &reference, region.as_deref()) {
                    Ok(n) => changed += n,
                    Err(e) if e.kind() == ck::ErrorKind::InvalidInput => {
                        eprintln_safe(&format!("line {}: no canonical form ({})", i + 1, e.code()));
                    }
                    Err(e) => return Err(core_err(&e)),
                }
            }
            l.save_to_path(&list).map_err(|e| core_err(&e))?;
            println!("re-consent recorded: {changed} entries changed");
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
