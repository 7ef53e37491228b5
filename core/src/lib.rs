//! # contactkit
//!
//! Clean CRM contact data: e-mail validation and cleaning with the semantics of the Python
//! package `email-validator` 2.4, and (as they land) phone numbers, addresses, duplicate scoring
//! and suppression-list hashing.
//!
//! ## Crate features
//!
//! - `std` (default): the only supported configuration today.
//! - `parallel`: `*_many` batch calls can spread work over a per-call thread pool.
//! - `serde`: `Serialize` for every result type.
//! - `phone-regex` (default) / `phone-lite`: the regex implementation of the phone engine: the
//!   `regex` crate (fast; each metadata pattern a region uses costs memory once compiled) or
//!   `regex-lite` (small and quick to start, about 7x slower per number). One is required.
//!
//! ## Error model
//!
//! Bad data is a *verdict*: a field of the result (`valid == false`, `reason == Some(..)`), never
//! an `Err`. An [`Error`] means misuse (an unknown option, region or kind, a bad key) or an
//! environment failure (a corrupt file). Every verdict and error has a stable lower-case slug
//! (`code()`); [`reasons::codes`] lists them per area.
//!
//! ## Thread safety
//!
//! Every handle is immutable, `Send` and `Sync`, and may be shared between threads by reference
//! or `Arc` without a lock. Nothing in this crate keeps global mutable state.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod address;
pub mod dedupe;
pub mod email;
mod error;
mod fxhash;
mod inline_vec;
pub mod phone;
pub mod reasons;
mod slug;
pub mod suppression;

pub use error::{Error, ErrorKind, Result};

/// The version of this crate (`CARGO_PKG_VERSION`), as reported by every binding.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
