//! Sharing exports: an exact token list per audience, and binary fuse filters (8 and 16 bit)
//! in a layout contactkit defines itself (docs/suppression-format.md §5).

use std::fmt;
use std::io::{Read, Write};

use serde_json::{Value, json};
use xorf::{BinaryFuse8, BinaryFuse16, Filter as _};

use super::file::{
    Form, OpenOptions, RECORD_FIELDS, RECORD_SIZE, encode_records, read_file, write_file,
};
use super::key::{KeyChain, KeyRing};
use super::list::{CheckOptions, Decision, Record, SuppressionList};
use super::reason::{Channel, KEY_MISSING, LIST_EXPIRED};
use super::token::{StoredToken, chain_token};
use super::{Kind, canonical};
use crate::{Error, ErrorKind, Result};

/// False-positive rate written in the header of a `binary_fuse8` file (measured 3.89·10⁻³ on
/// 10⁶ keys and 10⁷ probes; theory 2⁻⁸).
pub const FP_RATE_FUSE8: f64 = 0.0039;
/// False-positive rate written in the header of a `binary_fuse16` file (measured 1.44·10⁻⁵;
/// theory 2⁻¹⁶ ≈ 1.53·10⁻⁵).
pub const FP_RATE_FUSE16: f64 = 0.000_015_3;
/// The filter layout id in headers.
pub const FILTER_LAYOUT: &str = "ckfuse-v1";
const DESCRIPTOR_LEN: usize = 24;

/// The filter key of a token: its first 8 bytes as a little-endian `u64`.
pub fn filter_key(token: &StoredToken) -> u64 {
    u64::from_le_bytes(token[..8].try_into().expect("8 bytes"))
}

/// What an export contains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportOptions {
    /// The payload form.
    pub form: Form,
    /// Only entries that block this channel (`None`: every entry that blocks anything; filters
    /// carry no metadata, so make one filter per channel).
    pub channel: Option<Channel>,
    /// The recipient, written in the header (`internal`, `subsidiary-x`).
    pub audience: String,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            form: Form::TokenList,
            channel: None,
            audience: "internal".to_owned(),
        }
    }
}

enum Fuse {
    Empty,
    F8(BinaryFuse8),
    F16(BinaryFuse16),
}

impl Fuse {
    fn contains(&self, key: u64) -> bool {
        match self {
            Fuse::Empty => false,
            Fuse::F8(f) => f.contains(&key),
            Fuse::F16(f) => f.contains(&key),
        }
    }
}

fn encode_fuse(form: Form, keys: &[u64]) -> Result<Vec<u8>> {
    let build_err =
        |_| Error::new(ErrorKind::InvalidArgument).with_detail("filter construction failed");
    let mut out = Vec::new();
    let (d, fps): (xorf::Descriptor, Vec<u8>) = if keys.is_empty() {
        (
            xorf::Descriptor {
                seed: 0,
                segment_length: 0,
                segment_length_mask: 0,
                segment_count_length: 0,
            },
            Vec::new(),
        )
    } else {
        match form {
            Form::BinaryFuse8 => {
                let f = BinaryFuse8::try_from(keys).map_err(build_err)?;
                (f.descriptor.clone(), f.fingerprints.to_vec())
            }
            Form::BinaryFuse16 => {
                let f = BinaryFuse16::try_from(keys).map_err(build_err)?;
                (
                    f.descriptor.clone(),
                    f.fingerprints
                        .iter()
                        .flat_map(|x| x.to_le_bytes())
                        .collect(),
                )
            }
            Form::TokenList => unreachable!("not a filter form"),
        }
    };
    let width = if form == Form::BinaryFuse16 { 2 } else { 1 };
    out.extend_from_slice(&d.seed.to_le_bytes());
    out.extend_from_slice(&d.segment_length.to_le_bytes());
    out.extend_from_slice(&d.segment_length_mask.to_le_bytes());
    out.extend_from_slice(&d.segment_count_length.to_le_bytes());
    out.extend_from_slice(&((fps.len() / width) as u32).to_le_bytes());
    out.extend_from_slice(&fps);
    Ok(out)
}

fn decode_fuse(form: Form, p: &[u8]) -> Result<Fuse> {
    let bad = || Error::new(ErrorKind::FileCorrupt).with_reason("bad_filter");
    if p.len() < DESCRIPTOR_LEN {
        return Err(bad());
    }
    let u32_at = |i: usize| u32::from_le_bytes(p[i..i + 4].try_into().expect("4 bytes"));
    let d = xorf::Descriptor {
        seed: u64::from_le_bytes(p[..8].try_into().expect("8 bytes")),
        segment_length: u32_at(8),
        segment_length_mask: u32_at(12),
        segment_count_length: u32_at(16),
    };
    let n = u32_at(20) as usize;
    let width = if form == Form::BinaryFuse16 { 2 } else { 1 };
    let body = &p[DESCRIPTOR_LEN..];
    if body.len() != n * width {
        return Err(bad());
    }
    if n == 0 {
        return if d.segment_length == 0 && d.segment_count_length == 0 {
            Ok(Fuse::Empty)
        } else {
            Err(bad())
        };
    }
    // The lookup indexes up to segment_count_length + 2 * segment_length: check the shape so a
    // crafted descriptor can never index out of bounds.
    let sl = u64::from(d.segment_length);
    let ok = d.segment_length.is_power_of_two()
        && d.segment_length_mask == d.segment_length - 1
        && u64::from(d.segment_count_length) % sl == 0
        && u64::from(d.segment_count_length) + 2 * sl <= n as u64;
    if !ok {
        return Err(bad());
    }
    Ok(match form {
        Form::BinaryFuse8 => Fuse::F8(BinaryFuse8 {
            descriptor: d,
            fingerprints: body.to_vec().into_boxed_slice(),
        }),
        Form::BinaryFuse16 => Fuse::F16(BinaryFuse16 {
            descriptor: d,
            fingerprints: body
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect(),
        }),
        Form::TokenList => return Err(bad()),
    })
}

impl SuppressionList {
    /// Writes a sharing export: the exact token list (with metadata) or a binary fuse filter of
    /// the entries that block `opts.channel`. The export is authenticated under the list's key
    /// chain; for a recipient with its own key, keep a list under a domain key
    /// ([`derive_domain_key`](super::derive_domain_key)) filled at erasure time.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Io`]; what the key provider reports.
    pub fn export(&self, w: &mut dyn Write, opts: &ExportOptions) -> Result<()> {
        let i = self.read();
        let records: Vec<Record> = i
            .records
            .iter()
            .filter(|r| opts.channel.map_or(r.scope != 0, |c| r.blocks(c)))
            .copied()
            .collect();
        let mut meta = i.meta.clone();
        meta.audience.clone_from(&opts.audience);
        drop(i);
        let channel = opts.channel.map(Channel::code);
        match opts.form {
            Form::TokenList => {
                let extra = json!({
                    "record": {"size": RECORD_SIZE, "fields": RECORD_FIELDS},
                    "fp_rate": 0,
                    "channel": channel,
                });
                write_file(
                    w,
                    &self.chain,
                    &meta,
                    Form::TokenList,
                    records.len(),
                    extra,
                    &encode_records(&records),
                )
            }
            Form::BinaryFuse8 | Form::BinaryFuse16 => {
                let mut keys: Vec<u64> = records.iter().map(|r| filter_key(&r.token)).collect();
                keys.sort_unstable();
                keys.dedup();
                let fp = if opts.form == Form::BinaryFuse8 {
                    FP_RATE_FUSE8
                } else {
                    FP_RATE_FUSE16
                };
                let extra = json!({
                    "record": {"layout": FILTER_LAYOUT, "key": "token[0..8] as u64 little-endian"},
                    "fp_rate": fp,
                    "channel": channel,
                });
                let payload = encode_fuse(opts.form, &keys)?;
                write_file(
                    w,
                    &self.chain,
                    &meta,
                    opts.form,
                    keys.len(),
                    extra,
                    &payload,
                )
            }
        }
    }
}

/// A shared filter (`binary_fuse8` / `binary_fuse16` file): membership with a documented
/// false-positive rate and no false negatives. A match is reported as `suppressed` with no
/// reason (filters carry no metadata).
pub struct SuppressionFilter {
    chain: KeyChain,
    form: Form,
    fuse: Fuse,
    fp_rate: f64,
    len: usize,
    expired: bool,
}

impl fmt::Debug for SuppressionFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SuppressionFilter")
            .field("key_id", &self.chain.id())
            .field("form", &self.form)
            .field("len", &self.len)
            .field("fp_rate", &self.fp_rate)
            .finish_non_exhaustive()
    }
}

impl SuppressionFilter {
    /// Opens a filter file with the same checks as [`SuppressionList::open`].
    ///
    /// # Errors
    ///
    /// As [`SuppressionList::open`]; `bad_filter` for a malformed filter payload.
    pub fn open(r: &mut dyn Read, keys: &dyn KeyRing, opts: &OpenOptions) -> Result<Self> {
        let mut bytes = Vec::new();
        r.read_to_end(&mut bytes)?;
        Self::from_bytes(&bytes, keys, opts)
    }

    /// [`SuppressionFilter::open`] over bytes.
    ///
    /// # Errors
    ///
    /// As [`SuppressionFilter::open`].
    pub fn from_bytes(bytes: &[u8], keys: &dyn KeyRing, opts: &OpenOptions) -> Result<Self> {
        let p = read_file(bytes, keys, opts)?;
        if p.form == Form::TokenList {
            return Err(
                Error::new(ErrorKind::UnsupportedVersion).with_reason("unsupported_parameters")
            );
        }
        let layout = p
            .header
            .get("record")
            .and_then(|r| r.get("layout"))
            .and_then(Value::as_str);
        if layout != Some(FILTER_LAYOUT) {
            return Err(
                Error::new(ErrorKind::UnsupportedVersion).with_reason("unsupported_parameters")
            );
        }
        let fuse = decode_fuse(p.form, &p.payload)?;
        let len = p
            .header
            .get("record_count")
            .and_then(Value::as_u64)
            .unwrap_or(0) as usize;
        let fp_rate = p
            .header
            .get("fp_rate")
            .and_then(Value::as_f64)
            .unwrap_or(1.0);
        Ok(SuppressionFilter {
            chain: p.chain,
            form: p.form,
            fuse,
            fp_rate,
            len,
            expired: p.expired,
        })
    }

    /// The number of keys in the filter.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the filter is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The false-positive rate from the header.
    pub fn fp_rate(&self) -> f64 {
        self.fp_rate
    }

    /// The form (`binary_fuse8` or `binary_fuse16`).
    pub fn form(&self) -> Form {
        self.form
    }

    /// Whether the stored token `t` may be in the filter.
    pub fn contains_token(&self, t: &StoredToken) -> bool {
        self.fuse.contains(filter_key(t))
    }

    /// Checks a value (both variants; the raw value only, channel from the export).
    pub fn check(&self, kind: Kind, value: &str, opts: &CheckOptions) -> Decision {
        if self.expired {
            return Decision::unverifiable(LIST_EXPIRED, opts);
        }
        let c = match canonical(kind, value, opts.region.as_deref()) {
            Ok(c) => c,
            Err(e) => return Decision::unverifiable(e.code(), opts),
        };
        for (_, form) in c.variants() {
            match chain_token(&self.chain, kind, form) {
                Ok(t) if self.contains_token(&t) => return Decision::suppressed(None),
                Ok(_) => {}
                Err(_) => return Decision::unverifiable(KEY_MISSING, opts),
            }
        }
        Decision {
            status: super::DecisionStatus::Clear,
            reason: None,
            suppressed: false,
        }
    }
}
