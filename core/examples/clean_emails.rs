//! Cleans the e-mail fields given as arguments (or a built-in sample of messy CRM fields) and
//! prints the verdict, the fixes, any typo suggestion and the duplicate key of each.
//!
//! ```sh
//! cargo run -p contactkit --example clean_emails -- "Tel: jan@gmial.com" "mailto:INFO@Acme.NL"
//! ```
#![allow(clippy::print_stdout)]

use contactkit::email::{self, EmailCleaner, EmailOptions};

/// Fields as they come out of a CRM export.
const SAMPLE: &[&str] = &[
    "  jan.de.vries@example.nl ",
    "mailto:Piet@Example.ORG",
    "Jan de Vries <jan@gmial.com>",
    "info@bakkerij-jansen.nl; verkoop@bakkerij-jansen.nl",
    "anna(at)example.de",
    "geen",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let fields: Vec<&str> = if args.is_empty() {
        SAMPLE.to_vec()
    } else {
        args.iter().map(String::as_str).collect()
    };

    // One cleaner for the whole run: immutable, `Send + Sync`, shareable across threads.
    let cleaner = EmailCleaner::new();
    for (field, cleaned) in fields.iter().zip(cleaner.clean_many(&fields)) {
        println!("{field:?}");
        match &cleaned.email {
            Some(r) if r.valid => println!("  valid: {}", r.normalized.as_deref().unwrap_or("")),
            Some(r) => println!(
                "  invalid ({}): {}",
                r.reason.map_or("", |reason| reason.code()),
                r.message.as_deref().unwrap_or("")
            ),
            None => println!("  no address found"),
        }
        for other in &cleaned.others {
            println!(
                "  also: {}",
                other.normalized.as_deref().unwrap_or("(invalid)")
            );
        }
        if !cleaned.fixes.is_empty() {
            let fixes: Vec<&str> = cleaned.fixes.iter().map(|f| f.code()).collect();
            println!("  fixes: {}", fixes.join(", "));
        }
        if let Some(s) = &cleaned.suggestion {
            println!("  did you mean {s}?");
        }
        if cleaned.is_role {
            println!("  role address");
        }
        if let Some(key) = &cleaned.dedup_key {
            println!("  dedup key: {key}");
        }
    }

    // Plain validation with email-validator's semantics and options.
    let options = EmailOptions::new();
    let r = email::validate("Jan.de.Vries@EXAMPLE.nl", &options);
    println!("validate: valid={} normalized={:?}", r.valid, r.normalized);
}
