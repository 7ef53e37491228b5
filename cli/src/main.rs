//! `contactkit`: clean CRM exports from the command line.
//!
//! `contactkit clean INPUT.csv --out DIR` reads a CRM export, recognises its columns by name
//! (English, Dutch, German, French, or `--map column=field`), cleans every e-mail column with
//! `contactkit::email::clean`, groups rows that share an e-mail duplicate key, and writes
//! `DIR/contacts.csv`, `DIR/duplicates.csv` and `DIR/summary.json`. See `cli/README.md`.
//!
//! Exit status: 0 on success, 2 on usage errors, 1 on bad input or I/O failures, each with one
//! sentence on stderr. A bug (a panic) also gives one line and exit status 1.

mod areas;
mod clean;
mod columns;
mod duplicates;
mod golden;
mod input;
mod output;
mod record;
mod suppress;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Clean CRM contact data.
#[derive(Debug, Parser)]
#[command(name = "contactkit", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Clean a CRM export (CSV): validate and normalise e-mail columns, group duplicates, and
    /// write DIR/contacts.csv, DIR/duplicates.csv and DIR/summary.json.
    Clean(CleanArgs),
    /// Manage a suppression list: create, add, check, export, scan (the key from --key-file or
    /// --key-env, never from the command line).
    Suppress {
        #[command(subcommand)]
        command: suppress::SuppressCommand,
    },
}

#[derive(Debug, clap::Args)]
struct CleanArgs {
    /// The CRM export to read (CSV with a header row; `,`, `;` or tab separated).
    #[arg(value_name = "INPUT.csv")]
    input: PathBuf,

    /// The directory to write contacts.csv, duplicates.csv and summary.json to (created when
    /// missing; existing files of those names are replaced).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,

    /// Treat column COLUMN as FIELD (`email`, `given_name`, `family_name_prefix`,
    /// `family_name`, `organisation`, `street`, `house_number`, `unit`, `postcode`, `city`,
    /// `country`, `phone`, `mobile`, `date_of_birth`, `id`, ...), or `ignore` it. Repeatable.
    #[arg(long = "map", value_name = "COLUMN=FIELD", value_parser = columns::parse_map_arg)]
    maps: Vec<columns::MapArg>,

    /// The field delimiter; guessed among `,`, `;` and tab when not given.
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    delimiter: Option<u8>,

    /// The input's character encoding.
    #[arg(long, value_enum, default_value = "auto")]
    encoding: input::EncodingChoice,

    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    threads: usize,

    /// No progress bar, notes or warnings on stderr (errors are still printed; everything is in
    /// summary.json).
    #[arg(long, short)]
    quiet: bool,

    /// The default region for phone numbers written without a country code, when the row has
    /// no country column value and no country in its address (`NL`, `uk`, `Nederland`, ...).
    #[arg(long, value_name = "REGION")]
    phone_region: Option<String>,

    /// Mark rows whose e-mail or phone is on this suppression list (columns `suppressed`,
    /// `suppressed_reason`); needs --key-file or --key-env.
    #[arg(long, value_name = "FILE")]
    suppression: Option<PathBuf>,

    /// A file holding the suppression list's key (raw bytes or hex).
    #[arg(long, value_name = "KEY", conflicts_with = "key_env")]
    key_file: Option<PathBuf>,

    /// The name of an environment variable holding the suppression list's key in hex.
    #[arg(long, value_name = "VAR")]
    key_env: Option<String>,

    /// Test hook: fail with a panic after writing the outputs under temporary names.
    #[arg(long, hide = true)]
    debug_panic: bool,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        "semicolon" => Ok(b';'),
        "comma" => Ok(b','),
        _ if s.len() == 1 && s.is_ascii() && !matches!(s, "\"" | "\n" | "\r") => {
            Ok(s.as_bytes()[0])
        }
        _ => Err(
            "expected one ASCII character other than a quote or line break, or `tab`".to_owned(),
        ),
    }
}

fn error_line(msg: &str) {
    let _ = writeln!(std::io::stderr(), "contactkit: error: {msg}");
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Suppress { command } => run_suppress(command),
        Command::Clean(args) => {
            let phone_region = match args.phone_region.as_deref().map(ck::phone::resolve_region) {
                None => None,
                Some(Ok((code, _))) => Some(code),
                Some(Err(_)) => {
                    error_line("--phone-region: not a region code or known country name");
                    return ExitCode::from(2);
                }
            };
            let suppression = match (
                &args.suppression,
                args.key_file.is_some() || args.key_env.is_some(),
            ) {
                (None, false) => None,
                (None, true) => {
                    error_line("--key-file and --key-env need --suppression FILE");
                    return ExitCode::from(2);
                }
                (Some(_), false) => {
                    error_line(
                        "--suppression needs the list's key: --key-file FILE or --key-env VAR",
                    );
                    return ExitCode::from(2);
                }
                (Some(path), true) => {
                    let key = suppress::KeyArgs {
                        key_file: args.key_file.clone(),
                        key_env: args.key_env.clone(),
                        key_id: String::new(),
                        chain_keys: Vec::new(),
                    };
                    match suppress::open_list(path, &key) {
                        Ok(list) => Some(std::sync::Arc::new(list)),
                        Err(msg) => {
                            error_line(&msg);
                            return ExitCode::from(1);
                        }
                    }
                }
            };
            let opts = clean::Options {
                input: args.input,
                out: args.out,
                maps: args.maps,
                delimiter: args.delimiter,
                encoding: args.encoding,
                threads: args.threads,
                quiet: args.quiet,
                debug_panic: args.debug_panic,
                suppression,
                phone_region,
            };
            match clean::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(clean::Failure::Usage(msg)) => {
                    error_line(&msg);
                    ExitCode::from(2)
                }
                Err(clean::Failure::Input(msg)) => {
                    error_line(&msg);
                    ExitCode::from(1)
                }
            }
        }
    }
}

fn run_suppress(command: suppress::SuppressCommand) -> ExitCode {
    match suppress::run(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            error_line(&msg);
            ExitCode::from(1)
        }
    }
}

fn main() -> ExitCode {
    // Last resort: a bug prints one line (where, never what data) and exits 1; unwinding first
    // removes any temporary output files.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let _ = writeln!(
            std::io::stderr(),
            "contactkit: internal error{at} (a bug, please report it); no output was written"
        );
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with status 0; usage errors to stderr with 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    std::panic::catch_unwind(|| run(cli)).unwrap_or(ExitCode::from(1))
}
