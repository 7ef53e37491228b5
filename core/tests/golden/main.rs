//! Golden cases: every line of `testdata/**/*.jsonl`, one integration-test binary.
//!
//! Each area has its own module; `common` reads the JSON Lines files.

mod address;
mod common;
mod dedupe;
mod dedupe_index;
mod email_clean;
mod email_validate;
mod phone;
mod phone_clean;
mod suppression;
