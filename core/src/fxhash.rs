//! A small, fast, non-keyed hasher for the compiled-in lookup tables (address countries,
//! regions and cities; e-mail provider, role and disposable lists): the `FxHash` mixing step used
//! by rustc (rotate, xor, multiply per 8-byte word) with a final avalanche so that the low bits,
//! the bucket index, depend on every input bit. The tables hold public data fixed at build time
//! (lookups only, never iterated for output), so hash flooding is not a concern, and `SipHash`'s
//! per-lookup cost dominated the short-key lookups.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// `FxHash` with a tail-length mix and a final avalanche.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x
    }
}

/// The `BuildHasher` of [`FxHasher`].
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`].
pub(crate) type FxMap<K, V> = HashMap<K, V, FxBuild>;
/// A `HashSet` with [`FxHasher`].
pub(crate) type FxSet<T> = HashSet<T, FxBuild>;

#[cfg(test)]
mod tests {
    use super::FxBuild;
    use std::hash::BuildHasher;

    #[test]
    fn hasher_spreads() {
        let b = FxBuild::default();
        let h1 = b.hash_one("gmail.com");
        assert_ne!(h1, b.hash_one("gmail.con"));
        assert_eq!(h1, b.hash_one("gmail.com"));
        // The bucket bits differ for keys that differ only in one late byte.
        let low: std::collections::HashSet<u64> = (b'a'..=b'z')
            .map(|c| b.hash_one(format!("rotterdam{}", c as char)) & 0xff)
            .collect();
        assert!(low.len() > 16, "{}", low.len());
    }
}
