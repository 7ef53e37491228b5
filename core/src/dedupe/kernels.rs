//! String kernels on pre-folded ASCII bytes: Jaro-Winkler and optimal string alignment (OSA)
//! distance, each with a cut-off so a comparison level stops as soon as it cannot be reached.
//!
//! Both work on bytes (the inputs are folded to ASCII first) and use a 64-bit match mask for
//! strings up to 64 bytes, a heap mask beyond. They agree with `strsim` (checked by property
//! tests in `core/tests/prop.rs`).

/// A remembered kernel result: the hashes of the two values, the call site and the value.
#[derive(Clone, Copy)]
struct Slot {
    a: u64,
    b: u64,
    site: u64,
    v: f64,
}

/// Slots of the per-thread memo (direct-mapped; 4096 × 32 bytes).
const MEMO_SLOTS: usize = 4096;

const EMPTY: Slot = Slot {
    a: 0,
    b: 0,
    site: u64::MAX,
    v: 0.0,
};

type Memo = Box<[std::cell::Cell<Slot>; MEMO_SLOTS]>;

fn new_memo() -> Memo {
    let v: Vec<std::cell::Cell<Slot>> = (0..MEMO_SLOTS)
        .map(|_| std::cell::Cell::new(EMPTY))
        .collect();
    match v.into_boxed_slice().try_into() {
        Ok(m) => m,
        Err(_) => unreachable!("MEMO_SLOTS cells"),
    }
}

thread_local! {
    static MEMO: Memo = new_memo();
}

/// `f()`, remembered per thread for the pair of value hashes `(a, b)` at call site `site`.
/// Values repeat across pairs (cities, streets, given and family names), so a string kernel
/// runs once per distinct pair of values while it stays in the memo. The kernels are pure
/// functions of the values (equal 64-bit hashes are equal values, as everywhere in matching),
/// so the result is the kernel's own. Cells, not a `RefCell`: no borrow flag on the hot path
/// (a kernel never calls the memo itself).
#[inline]
pub(crate) fn memo(site: u64, a: u64, b: u64, f: impl FnOnce() -> f64) -> f64 {
    let i = ((a ^ b.rotate_left(17) ^ site.rotate_left(41)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        >> 52) as usize
        & (MEMO_SLOTS - 1);
    MEMO.with(|m| {
        let s = m[i].get();
        if s.a == a && s.b == b && s.site == site {
            return s.v;
        }
        let v = f();
        m[i].set(Slot { a, b, site, v });
        v
    })
}

/// [`memo`] of a yes/no kernel.
#[inline]
pub(crate) fn memo_bool(site: u64, a: u64, b: u64, f: impl FnOnce() -> bool) -> bool {
    memo(site, a, b, || f64::from(u8::from(f()))) > 0.0
}

/// [`memo`] of a bounded distance (`None`: above the bound).
#[inline]
pub(crate) fn memo_dist(
    site: u64,
    a: u64,
    b: u64,
    f: impl FnOnce() -> Option<usize>,
) -> Option<usize> {
    let v = memo(site, a, b, || f().map_or(-1.0, |d| d as f64));
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small whole numbers
    (v >= 0.0).then_some(v as usize)
}

/// Jaro-Winkler similarity (prefix scale 0.1, at most 4 prefix bytes, applied above 0.7 as in
/// Winkler's original), or `0.0` when it is certainly below `cutoff`.
pub(crate) fn jaro_winkler(a: &[u8], b: &[u8], cutoff: f64) -> f64 {
    if a.is_empty() || b.is_empty() {
        return if a.is_empty() && b.is_empty() {
            1.0
        } else {
            0.0
        };
    }
    if a == b {
        return 1.0;
    }
    let (la, lb) = (a.len() as f64, b.len() as f64);
    let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count() as f64;
    let bound = |m_max: f64| {
        let j_max = (m_max / la + m_max / lb + 1.0) / 3.0;
        j_max + prefix * 0.1 * (1.0 - j_max)
    };
    // Upper bounds: every byte of the shorter string matches with no transposition; then at
    // most the bytes the two have in common match.
    if bound(la.min(lb)) < cutoff || bound(bag(a, b).0 as f64) < cutoff {
        return 0.0;
    }
    let j = jaro(a, b);
    let jw = if j > 0.7 {
        j + prefix * 0.1 * (1.0 - j)
    } else {
        j
    };
    if jw < cutoff { 0.0 } else { jw }
}

/// Bytes in common (an upper bound of the Jaro matches) and the bag distance (a lower bound of
/// the OSA distance), counted over 32 byte classes (`b & 31`): merging classes only raises the
/// first and lowers the second, so both bounds stay valid.
#[inline]
fn bag(a: &[u8], b: &[u8]) -> (usize, usize) {
    if a.len() > 127 || b.len() > 127 {
        return bag_wide(a, b);
    }
    // Byte counters (no overflow below 128 bytes): with Σc = |a| - |b| and Σ|c| = only_a +
    // only_b, one pass over the 32 counters gives both.
    let mut c = [0i8; 32];
    for &x in a {
        c[usize::from(x & 31)] += 1;
    }
    for &x in b {
        c[usize::from(x & 31)] -= 1;
    }
    let abs: usize = c.iter().map(|v| usize::from(v.unsigned_abs())).sum();
    // Σ|c| ≥ ||a| - |b||, so this never underflows.
    let only_a = (abs + a.len() - b.len()) / 2;
    let only_b = abs - only_a;
    (a.len() - only_a, only_a.max(only_b))
}

/// [`bag`] for long strings.
fn bag_wide(a: &[u8], b: &[u8]) -> (usize, usize) {
    let mut c = [0i32; 32];
    for &x in a {
        c[usize::from(x & 31)] += 1;
    }
    for &x in b {
        c[usize::from(x & 31)] -= 1;
    }
    let (mut only_a, mut only_b) = (0usize, 0usize);
    for v in c {
        if v > 0 {
            only_a += v.unsigned_abs() as usize;
        } else {
            only_b += v.unsigned_abs() as usize;
        }
    }
    (a.len() - only_a, only_a.max(only_b))
}

/// The position masks of a string of up to 64 bytes over the folded alphabet (`a`-`z`,
/// `0`-`9`): bit `j` of `pm[class(c)]` is set when `s[j] == c`. `None` when a byte is outside
/// the alphabet (the caller takes the byte-by-byte path).
#[inline]
fn position_masks(s: &[u8]) -> Option<[u64; 36]> {
    let mut pm = [0u64; 36];
    for (j, &c) in s.iter().enumerate() {
        pm[usize::from(class(c)?)] |= 1 << j;
    }
    Some(pm)
}

/// The class of a byte of the folded alphabet, `None` for any other byte.
#[inline]
fn class(c: u8) -> Option<u8> {
    match c {
        b'a'..=b'z' => Some(c - b'a'),
        b'0'..=b'9' => Some(c - b'0' + 26),
        _ => None,
    }
}

/// Jaro similarity of two non-empty byte strings.
pub(crate) fn jaro(a: &[u8], b: &[u8]) -> f64 {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let (la, lb) = (a.len(), b.len());
    let window = (lb / 2).saturating_sub(1);
    let (matches, transpositions) = if lb <= 64 {
        match position_masks(b).and_then(|pm| jaro_masks(a, b, &pm, window)) {
            Some(mt) => mt,
            None => jaro_flags64(a, b, window),
        }
    } else {
        jaro_flags(a, b, window)
    };
    if matches == 0 {
        return 0.0;
    }
    let m = matches as f64;
    let t = (transpositions / 2) as f64;
    (m / la as f64 + m / lb as f64 + (m - t) / m) / 3.0
}

/// Jaro matches and half-transpositions with `b`'s position masks: each byte of `a` takes the
/// first free equal byte of `b` in its window (the lowest set bit), as the byte-by-byte scan
/// does. `None` when a byte of `a` is outside the folded alphabet.
#[inline]
fn jaro_masks(a: &[u8], b: &[u8], pm: &[u64; 36], window: usize) -> Option<(usize, usize)> {
    let lb = b.len();
    let (mut a_flags, mut b_flags) = (0u64, 0u64);
    for (i, &ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(lb);
        let upto = if hi >= 64 { u64::MAX } else { (1u64 << hi) - 1 };
        let free = pm[usize::from(class(ca)?)] & upto & !((1u64 << lo) - 1) & !b_flags;
        if free != 0 {
            b_flags |= free & free.wrapping_neg();
            a_flags |= 1 << i;
        }
    }
    let matches = a_flags.count_ones() as usize;
    let mut t = 0usize;
    let (mut af, mut bf) = (a_flags, b_flags);
    while af != 0 {
        let (i, j) = (af.trailing_zeros() as usize, bf.trailing_zeros() as usize);
        t += usize::from(a[i] != b[j]);
        af &= af - 1;
        bf &= bf - 1;
    }
    Some((matches, t))
}

/// [`jaro_masks`] byte by byte with 64-bit flags (any bytes, `b` up to 64 bytes).
fn jaro_flags64(a: &[u8], b: &[u8], window: usize) -> (usize, usize) {
    jaro_scan::<u64>(a, b, window)
}

/// [`jaro_masks`] for long strings.
fn jaro_flags(a: &[u8], b: &[u8], window: usize) -> (usize, usize) {
    jaro_scan::<Vec<bool>>(a, b, window)
}

/// Which bytes of a string the Jaro scan has matched: a 64-bit mask for strings of up to 64
/// bytes, a list beyond.
trait Flags {
    fn with_len(len: usize) -> Self;
    fn get(&self, i: usize) -> bool;
    fn set(&mut self, i: usize);
}

impl Flags for u64 {
    #[inline]
    fn with_len(_: usize) -> Self {
        0
    }
    #[inline]
    fn get(&self, i: usize) -> bool {
        *self & (1 << i) != 0
    }
    #[inline]
    fn set(&mut self, i: usize) {
        *self |= 1 << i;
    }
}

impl Flags for Vec<bool> {
    fn with_len(len: usize) -> Self {
        vec![false; len]
    }
    #[inline]
    fn get(&self, i: usize) -> bool {
        self[i]
    }
    #[inline]
    fn set(&mut self, i: usize) {
        self[i] = true;
    }
}

/// Jaro matches and half-transpositions, byte by byte: each byte of `a` takes the first free
/// equal byte of `b` in its window.
fn jaro_scan<F: Flags>(a: &[u8], b: &[u8], window: usize) -> (usize, usize) {
    let lb = b.len();
    let mut matches = 0usize;
    let mut transpositions = 0usize;
    let mut b_flags = F::with_len(lb);
    let mut a_flags = F::with_len(a.len());
    for (i, &ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(lb);
        for j in lo..hi {
            if !b_flags.get(j) && b[j] == ca {
                b_flags.set(j);
                a_flags.set(i);
                matches += 1;
                break;
            }
        }
    }
    let mut k = 0usize;
    for (i, &ca) in a.iter().enumerate() {
        if a_flags.get(i) {
            while !b_flags.get(k) {
                k += 1;
            }
            if ca != b[k] {
                transpositions += 1;
            }
            k += 1;
        }
    }
    (matches, transpositions)
}

/// OSA distance (insert, delete, substitute, swap of adjacent bytes) if it is at most `max`,
/// else `None`.
pub(crate) fn osa_within(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > max {
        return None;
    }
    if a == b {
        return Some(0);
    }
    if la == 0 || lb == 0 {
        return Some(la.max(lb));
    }
    if max == 1 {
        return within_one(a, b).then_some(1);
    }
    // Bag distance: a lower bound (a swap keeps the bytes, every other edit changes one).
    if bag(a, b).1 > max {
        return None;
    }
    let (s, l) = if la <= lb { (a, b) } else { (b, a) };
    if let Some(pm) = (s.len() <= 64).then(|| position_masks(s)).flatten()
        && let Some(d) = osa_bits(s, l, &pm, max)
    {
        return d;
    }
    if lb < 64 {
        let mut rows = [[0u32; 64]; 3];
        return osa_rows(a, b, max, &mut rows);
    }
    let mut rows: [Vec<u32>; 3] = std::array::from_fn(|_| vec![0u32; lb + 1]);
    osa_rows(a, b, max, &mut rows)
}

/// OSA distance of a non-empty pattern `p` (up to 64 bytes, position masks `pm`) and `t`, by
/// Hyyrö's bit-vector recurrence (2003: one column of the DP as bit vectors of vertical
/// differences, transpositions from the previous column's match mask); `Some(None)` when above
/// `max`, `None` when a byte of `t` is outside the folded alphabet.
#[inline]
#[allow(clippy::option_option)] // the outer option: whether the bit path applies at all
fn osa_bits(p: &[u8], t: &[u8], pm: &[u64; 36], max: usize) -> Option<Option<usize>> {
    let m = p.len();
    let last = 1u64 << (m - 1);
    let (mut vp, mut vn, mut d0, mut pm_prev) = (u64::MAX, 0u64, 0u64, 0u64);
    let mut dist = m;
    for (k, &c) in t.iter().enumerate() {
        let x = pm[usize::from(class(c)?)];
        let tr = (((!d0) & x) << 1) & pm_prev;
        d0 = (((x & vp).wrapping_add(vp)) ^ vp) | x | vn | tr;
        let hp = vn | !(d0 | vp);
        let hn = d0 & vp;
        if hp & last != 0 {
            dist += 1;
        } else if hn & last != 0 {
            dist -= 1;
        }
        let hp = (hp << 1) | 1;
        vp = (hn << 1) | !(d0 | hp);
        vn = hp & d0;
        pm_prev = x;
        // Each remaining byte lowers the distance by one at most.
        if dist > max + (t.len() - k - 1) {
            return Some(None);
        }
    }
    Some((dist <= max).then_some(dist))
}

/// Whether two different, non-empty strings are one OSA edit apart (a substitution, an
/// insertion or deletion, or a swap of adjacent bytes), in one pass.
fn within_one(a: &[u8], b: &[u8]) -> bool {
    let (s, l) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let i = s.iter().zip(l).take_while(|(x, y)| x == y).count();
    if s.len() == l.len() {
        // Substitution at i, or a swap of i and i + 1.
        s[i + 1..] == l[i + 1..]
            || (i + 1 < s.len() && s[i] == l[i + 1] && s[i + 1] == l[i] && s[i + 2..] == l[i + 2..])
    } else {
        // One byte inserted at i.
        s[i..] == l[i + 1..]
    }
}

/// The three-row OSA DP over caller-provided rows (`rows[k].len() > b.len()`); early exit
/// when a whole row exceeds `max`.
fn osa_rows<R: AsMut<[u32]>>(a: &[u8], b: &[u8], max: usize, rows: &mut [R; 3]) -> Option<usize> {
    let (la, lb) = (a.len(), b.len());
    let [r0, r1, r2] = rows;
    let (mut prev2, mut prev, mut cur) = (
        &mut r0.as_mut()[..=lb],
        &mut r1.as_mut()[..=lb],
        &mut r2.as_mut()[..=lb],
    );
    for (j, x) in prev.iter_mut().enumerate() {
        *x = j as u32;
    }
    let max32 = u32::try_from(max).unwrap_or(u32::MAX);
    for i in 1..=la {
        cur[0] = i as u32;
        let mut row_min = cur[0];
        for j in 1..=lb {
            let cost = u32::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max32 {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[lb] as usize;
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaro_winkler_known_values() {
        let jw = |a: &str, b: &str| jaro_winkler(a.as_bytes(), b.as_bytes(), 0.0);
        assert!((jw("martha", "marhta") - 0.961).abs() < 1e-3);
        assert!((jw("dwayne", "duane") - 0.84).abs() < 1e-3);
        assert!((jw("dixon", "dicksonx") - 0.813).abs() < 1e-3);
        assert!(jw("abc", "xyz") < 1e-9);
        assert!(jaro_winkler(b"jan", b"johannesburg", 0.9) < 1e-9);
    }

    #[test]
    fn osa_counts_swaps_as_one() {
        assert_eq!(osa_within(b"ca", b"ac", 2), Some(1));
        assert_eq!(osa_within(b"jansen", b"janssen", 1), Some(1));
        assert_eq!(osa_within(b"jansen", b"pietersen", 2), None);
        assert_eq!(osa_within(b"", b"ab", 2), Some(2));
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_strsim(a in "[a-e]{0,12}", b in "[a-e]{0,70}") {
            let (s, l) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
            let ours = jaro_winkler(s.as_bytes(), l.as_bytes(), 0.0);
            let theirs = strsim::jaro_winkler(s, l);
            proptest::prop_assert!((ours - theirs).abs() < 1e-9, "{} {} {}", s, l, theirs);
            let d = strsim::osa_distance(&a, &b);
            proptest::prop_assert_eq!(osa_within(a.as_bytes(), b.as_bytes(), 80), Some(d));
            proptest::prop_assert_eq!(osa_within(a.as_bytes(), b.as_bytes(), 2), (d <= 2).then_some(d));
            proptest::prop_assert_eq!(osa_within(a.as_bytes(), b.as_bytes(), 1), (d <= 1).then_some(d));
            proptest::prop_assert_eq!(bag(a.as_bytes(), b.as_bytes()), bag_wide(a.as_bytes(), b.as_bytes()));
            // The cut-off never hides a value at or above it.
            if theirs >= 0.9 {
                proptest::prop_assert!(jaro_winkler(s.as_bytes(), l.as_bytes(), 0.9) > 0.0);
            }
        }

        /// The bit-parallel paths (folded alphabet, up to 64 bytes) give what the byte-by-byte
        /// paths give, and fall back on other bytes.
        #[test]
        fn bit_paths_equal_byte_paths(a in "[a-f0-2]{1,20}", b in "[a-f0-2é]{1,66}") {
            let (s, l) = if a.len() <= b.len() { (a.as_bytes(), b.as_bytes()) } else { (b.as_bytes(), a.as_bytes()) };
            let window = (l.len() / 2).saturating_sub(1);
            let slow = jaro_flags(s, l, window);
            if l.len() <= 64 {
                proptest::prop_assert_eq!(jaro_flags64(s, l, window), slow);
                let fast = position_masks(l).and_then(|pm| jaro_masks(s, l, &pm, window));
                proptest::prop_assert_eq!(fast.is_some(), l.is_ascii() && s.is_ascii());
                if let Some(f) = fast {
                    proptest::prop_assert_eq!(f, slow);
                }
            }
            if s.len() <= 64 && let Some(pm) = position_masks(s) {
                let mut rows: [Vec<u32>; 3] = std::array::from_fn(|_| vec![0u32; l.len() + 1]);
                for max in [0, 1, 2, 3, 80] {
                    let dp = osa_rows(s, l, max, &mut rows);
                    let bits = osa_bits(s, l, &pm, max);
                    // An early "above max" may come before a byte outside the alphabet.
                    proptest::prop_assert!(bits.is_some() || !l.is_ascii());
                    if let Some(d) = bits {
                        proptest::prop_assert_eq!(d, dp, "{:?} {:?} {}", a, b, max);
                    }
                }
            }
        }
    }
}
