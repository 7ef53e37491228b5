//! Typo suggestions for the domain of an address, in the manner of mailcheck.js: split the domain
//! into its first label and the rest, compare with a curated list of provider domains, and
//! suggest only what is close and unambiguous. Advisory only: never applied.
//!
//! Rules, in order (every comparison is on lower-case ASCII):
//! 1. A domain that is a known provider or on the guard list (real look-alikes such as
//!    `gamil.com`, `mailo.com`) never gets a suggestion.
//! 2. Without a dot: the brand's primary domain when the value is a brand (`gmail` →
//!    `gmail.com`), else a provider within OSA distance 2 (`gmailcom` → `gmail.com`).
//! 3. Last label a real TLD (in the Public Suffix List):
//!    - the first label is a provider brand but the TLD is not one of the brand's: suggest the
//!      primary domain only for *exclusive* brands (`gmail.nl` → `gmail.com`); `hotmail.co` and
//!      `pacific.co` stay alone, because a real TLD is never "corrected" on a guess;
//!    - otherwise a typo in the first label under the same TLD: distance 1 for brands of 5 to 8
//!      letters (for 5 and 6 letters a substitution counts only between neighbouring keys),
//!      2 from 9 letters; brands of 4 letters or fewer (`gmx`, `web`, `live`, `home`) are too
//!      close to ordinary words to guess at.
//! 4. Last label not a TLD (`.con`, `.cmo`, `.nll`), a strong signal: a provider whose first
//!    label is within distance 1 (2 from 8 letters; exact for 3 letters or fewer) and whose rest
//!    is within 2, at most 2 in total; else the same name under the nearest common TLD at
//!    distance 1 (`acme.con` → `acme.com`).
//!
//! Ties go to the provider listed first in `providers.tsv` (the list is ordered by reach).

use super::lists::FxMap;

/// Common TLDs for rule 4's fallback, in order of preference on a tie.
const COMMON_TLDS: &[&str] = &[
    "com", "nl", "be", "de", "fr", "net", "org", "eu", "co.uk", "uk", "at", "ch", "lu", "info",
    "it", "es", "io", "biz",
];

/// One suggestion target.
#[derive(Debug, Clone)]
struct Target {
    domain: String,
    /// Byte length of the first label.
    sld_len: usize,
    /// [`char_mask`] of the first label and of the whole domain.
    sld_mask: u64,
    mask: u64,
}

impl Target {
    fn sld(&self) -> &str {
        &self.domain[..self.sld_len]
    }

    fn rest(&self) -> &str {
        &self.domain[self.sld_len + 1..]
    }
}

#[derive(Debug, Clone, Copy)]
struct Brand {
    primary: u32,
    exclusive: bool,
}

/// The suggestion targets, indexed for the fast path (a known TLD: only the targets under the
/// same TLD are compared).
#[derive(Debug, Clone, Default)]
pub(crate) struct SuggestIndex {
    targets: Vec<Target>,
    by_rest: FxMap<String, Vec<u32>>,
    brands: FxMap<String, Brand>,
}

impl SuggestIndex {
    /// Builds the index from `(domain, exclusive)` pairs in priority order; domains are lower-case
    /// ASCII with at least one dot (others are skipped).
    pub(crate) fn new<'a>(targets: impl IntoIterator<Item = (&'a str, bool)>) -> Self {
        let mut ix = SuggestIndex::default();
        for (domain, exclusive) in targets {
            let Some((sld, rest)) = domain.split_once('.') else {
                continue;
            };
            if sld.is_empty() || rest.is_empty() || !domain.is_ascii() {
                continue;
            }
            if ix.targets.iter().any(|t| t.domain == domain) {
                continue;
            }
            let i = ix.targets.len() as u32;
            ix.targets.push(Target {
                domain: domain.to_owned(),
                sld_len: sld.len(),
                sld_mask: char_mask(sld.as_bytes()),
                mask: char_mask(domain.as_bytes()),
            });
            ix.by_rest.entry(rest.to_owned()).or_default().push(i);
            let brand = ix.brands.entry(sld.to_owned()).or_insert(Brand {
                primary: i,
                exclusive,
            });
            brand.exclusive |= exclusive;
        }
        ix
    }

    /// The suggested domain for `domain` (lower-case), or `None`. `known` holds the domains
    /// that never get a suggestion (providers, guard list).
    pub(crate) fn suggest(&self, domain: &str, known: &dyn Fn(&str) -> bool) -> Option<String> {
        if domain.is_empty() || domain.len() > 253 || !domain.is_ascii() || known(domain) {
            return None;
        }
        if !domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        {
            return None;
        }
        let Some((sld, rest)) = domain.split_once('.') else {
            return self.dotless(domain);
        };
        if sld.is_empty() || rest.is_empty() {
            return None;
        }
        let last = domain.rsplit('.').next().unwrap_or(domain);
        if tld_is_known(last) {
            self.known_tld(sld, rest)
        } else {
            self.unknown_tld(domain, sld, rest)
        }
    }

    fn primary(&self, b: Brand) -> String {
        self.targets[b.primary as usize].domain.clone()
    }

    fn dotless(&self, domain: &str) -> Option<String> {
        if let Some(b) = self.brands.get(domain) {
            return Some(self.primary(*b));
        }
        if domain.len() < 5 {
            return None;
        }
        let qmask = char_mask(domain.as_bytes());
        self.best(|t| {
            let limit = 2;
            if t.domain.len().abs_diff(domain.len()) > limit || !masks_within(qmask, t.mask, limit)
            {
                return None;
            }
            osa_within(domain.as_bytes(), t.domain.as_bytes(), limit, false)
        })
    }

    fn known_tld(&self, sld: &str, rest: &str) -> Option<String> {
        if let Some(b) = self.brands.get(sld) {
            // The brand, under a TLD that is not its own (else it would be known).
            return b.exclusive.then(|| self.primary(*b));
        }
        let ids = self.by_rest.get(rest)?;
        let qmask = char_mask(sld.as_bytes());
        let mut best: Option<(usize, u32)> = None;
        for &i in ids {
            let t = &self.targets[i as usize];
            let tsld = t.sld();
            let (limit, keyboard) = match tsld.len() {
                0..=4 => continue,
                5 | 6 => (1, true),
                7 | 8 => (1, false),
                _ => (2, false),
            };
            if tsld.len().abs_diff(sld.len()) > limit || !masks_within(qmask, t.sld_mask, limit) {
                continue;
            }
            if let Some(d) = osa_within(sld.as_bytes(), tsld.as_bytes(), limit, keyboard)
                && d > 0
                && best.is_none_or(|(bd, _)| d < bd)
            {
                best = Some((d, i));
            }
        }
        best.map(|(_, i)| self.targets[i as usize].domain.clone())
    }

    fn unknown_tld(&self, domain: &str, sld: &str, rest: &str) -> Option<String> {
        let qmask = char_mask(sld.as_bytes());
        let found = self.best(|t| {
            let tsld = t.sld();
            let sld_limit = match tsld.len() {
                0..=3 => 0,
                4..=7 => 1,
                _ => 2,
            };
            if tsld.len().abs_diff(sld.len()) > sld_limit
                || !masks_within(qmask, t.sld_mask, sld_limit)
            {
                return None;
            }
            let ds = osa_within(sld.as_bytes(), tsld.as_bytes(), sld_limit, false)?;
            let dr = osa_within(rest.as_bytes(), t.rest().as_bytes(), 2 - ds, false)?;
            Some(ds + dr)
        });
        if found.is_some() {
            return found;
        }
        // Same name under the nearest common TLD.
        let mut best: Option<(usize, &str, usize)> = None; // (distance, tld, labels)
        for &tld in COMMON_TLDS {
            let labels = tld.matches('.').count() + 1;
            let Some(cut) = nth_dot_from_end(domain, labels) else {
                continue;
            };
            let tail = &domain[cut + 1..];
            if tail.len() < 2 {
                continue;
            }
            if let Some(d) = osa_within(tail.as_bytes(), tld.as_bytes(), 1, false)
                && best.is_none_or(|(bd, _, _)| d < bd)
            {
                best = Some((d, tld, labels));
            }
        }
        let (_, tld, labels) = best?;
        let cut = nth_dot_from_end(domain, labels)?;
        Some(format!("{}.{tld}", &domain[..cut]))
    }

    /// The first target with the smallest distance that `score` accepts.
    fn best(&self, score: impl Fn(&Target) -> Option<usize>) -> Option<String> {
        let mut best: Option<(usize, usize)> = None;
        for (i, t) in self.targets.iter().enumerate() {
            if let Some(d) = score(t)
                && best.is_none_or(|(bd, _)| d < bd)
            {
                best = Some((d, i));
            }
        }
        best.map(|(_, i)| self.targets[i].domain.clone())
    }
}

/// The byte offset of the `n`-th dot from the end (`n >= 1`), if the domain has a label in
/// front of it.
fn nth_dot_from_end(domain: &str, n: usize) -> Option<usize> {
    let (cut, _) = domain.rmatch_indices('.').nth(n - 1)?;
    (cut > 0).then_some(cut)
}

/// Whether `label` is a top-level domain in the Public Suffix List.
fn tld_is_known(label: &str) -> bool {
    psl::suffix(label.as_bytes()).is_some_and(|s| s.is_known())
}

/// Neighbouring keys on QWERTY, QWERTZ and AZERTY keyboards (letters only; each pair once,
/// either order).
const KEY_PAIRS: &[&[u8; 2]] = &[
    b"qw", b"we", b"er", b"rt", b"ty", b"yu", b"ui", b"io", b"op", b"as", b"sd", b"df", b"fg",
    b"gh", b"hj", b"jk", b"kl", b"zx", b"xc", b"cv", b"vb", b"bn", b"nm", b"qa", b"wa", b"ws",
    b"es", b"ed", b"rd", b"rf", b"tf", b"tg", b"yg", b"yh", b"uh", b"uj", b"ij", b"ik", b"ok",
    b"ol", b"pl", b"az", b"sz", b"sx", b"dx", b"dc", b"fc", b"fv", b"gv", b"gb", b"hb", b"hn",
    b"jn", b"jm", b"km", b"lm", b"mp", // AZERTY: `m` right of `l`
    b"zy", // QWERTZ swaps z and y
    b"aq", b"zw", // AZERTY swaps a/q and z/w
];

fn neighbours(a: u8, b: u8) -> bool {
    KEY_PAIRS
        .iter()
        .any(|p| (p[0] == a && p[1] == b) || (p[0] == b && p[1] == a))
}

/// A bit per character class (`a`-`z`, `0`-`9`, `-`, anything else) present in `s`.
pub(crate) fn char_mask(s: &[u8]) -> u64 {
    s.iter().fold(0u64, |m, &c| {
        let bit = match c {
            b'a'..=b'z' => c - b'a',
            b'0'..=b'9' => 26 + (c - b'0'),
            b'-' => 36,
            _ => 37,
        };
        m | (1 << bit)
    })
}

/// A lower bound check for the OSA distance: every edit adds at most one character that the
/// other string lacks, and removes at most one (a transposition neither), so more than `limit`
/// characters present in one string only means the distance exceeds `limit`.
fn masks_within(a: u64, b: u64, limit: usize) -> bool {
    (a & !b).count_ones() as usize <= limit && (b & !a).count_ones() as usize <= limit
}

/// The optimal-string-alignment (restricted Damerau-Levenshtein) distance between `left` and
/// `right` when it is at most `limit`, else `None`. With `keyboard`, a substitution counts only
/// between neighbouring keys (others cost `limit + 1`). Only the diagonal band of width
/// `limit` is computed. Strings longer than 64 bytes are not compared.
pub(crate) fn osa_within(left: &[u8], right: &[u8], limit: usize, keyboard: bool) -> Option<usize> {
    const N: usize = 65;
    if left.len() >= N || right.len() >= N || limit > 8 || left.len().abs_diff(right.len()) > limit
    {
        return None;
    }
    let big = limit + 1;
    let cap = |v: usize| v.min(big) as u8;
    let mut rows = [[0u8; N]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(right.len() + 1) {
        *cell = cap(j);
    }
    // Rows i-2, i-1 and i, by index, rotated after every row.
    let (mut r2, mut r1, mut r0) = (2usize, 0usize, 1usize);
    let mut prev_min = 0usize;
    for i in 1..=left.len() {
        rows[r0] = [cap(big); N];
        rows[r0][0] = cap(i);
        let lo = i.saturating_sub(limit).max(1);
        let hi = (i + limit).min(right.len());
        let mut row_min = usize::from(rows[r0][0]);
        for j in lo..=hi {
            let (lc, rc) = (left[i - 1], right[j - 1]);
            let sub = if lc == rc {
                0
            } else if keyboard && !neighbours(lc, rc) {
                big
            } else {
                1
            };
            let mut v = (usize::from(rows[r1][j]) + 1)
                .min(usize::from(rows[r0][j - 1]) + 1)
                .min(usize::from(rows[r1][j - 1]) + sub);
            if i > 1 && j > 1 && lc == right[j - 2] && left[i - 2] == rc {
                v = v.min(usize::from(rows[r2][j - 2]) + 1);
            }
            rows[r0][j] = cap(v);
            row_min = row_min.min(v);
        }
        // A later cell derives from this row or (by a transposition) the one before it.
        if row_min > limit && prev_min > limit {
            return None;
        }
        prev_min = row_min;
        (r2, r1, r0) = (r1, r0, r2);
    }
    let d = usize::from(rows[r1][right.len()]);
    (d <= limit).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osa_distances() {
        let d = |a: &str, b: &str| osa_within(a.as_bytes(), b.as_bytes(), 5, false);
        assert_eq!(d("gmail", "gmail"), Some(0));
        assert_eq!(d("gmial", "gmail"), Some(1)); // transposition
        assert_eq!(d("gmal", "gmail"), Some(1));
        assert_eq!(d("gmaill", "gmail"), Some(1));
        assert_eq!(d("gnail", "gmail"), Some(1));
        assert_eq!(d("ca", "abc"), Some(3)); // OSA, not full Damerau (which gives 2)
        assert_eq!(osa_within(b"hotmail", b"gmail", 1, false), None);
        assert_eq!(osa_within(b"gnail", b"gmail", 1, true), Some(1)); // n/m neighbours
        assert_eq!(osa_within(b"gxail", b"gmail", 1, true), None);
        assert_eq!(osa_within(&[b'a'; 70], &[b'a'; 70], 1, false), None);
    }

    fn ix() -> SuggestIndex {
        SuggestIndex::new([
            ("gmail.com", true),
            ("hotmail.com", false),
            ("hotmail.nl", false),
            ("yahoo.com", false),
            ("ziggo.nl", true),
            ("btinternet.com", true),
            ("web.de", false),
        ])
    }

    fn s(domain: &str) -> Option<String> {
        let known = |d: &str| ["gmail.com", "hotmail.com", "hotmail.nl", "gamil.com"].contains(&d);
        ix().suggest(domain, &known)
    }

    #[test]
    fn rules() {
        assert_eq!(s("gmial.com").as_deref(), Some("gmail.com"));
        assert_eq!(s("gmail.con").as_deref(), Some("gmail.com"));
        assert_eq!(s("gmial.con").as_deref(), Some("gmail.com"));
        assert_eq!(s("gmailcom").as_deref(), Some("gmail.com"));
        assert_eq!(s("gmail").as_deref(), Some("gmail.com"));
        assert_eq!(s("gmail.nl").as_deref(), Some("gmail.com"));
        assert_eq!(s("hotmail.nll").as_deref(), Some("hotmail.nl"));
        assert_eq!(s("hotmial.nl").as_deref(), Some("hotmail.nl"));
        assert_eq!(s("btinternt.com").as_deref(), Some("btinternet.com"));
        assert_eq!(s("acme.con").as_deref(), Some("acme.com"));
        assert_eq!(s("mail.acme.cmo").as_deref(), Some("mail.acme.com"));
        // Guards.
        assert_eq!(s("gmail.com"), None);
        assert_eq!(s("gamil.com"), None);
        assert_eq!(s("hotmail.co"), None);
        assert_eq!(s("pacific.co"), None);
        assert_eq!(s("wed.de"), None);
        assert_eq!(s("gxail.com"), None);
        assert_eq!(s("acme.nl"), None);
        assert_eq!(s("x.c"), None);
        assert_eq!(s("münchen.de"), None);
    }
}
