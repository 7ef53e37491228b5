//! String kernels on pre-folded ASCII bytes: Jaro-Winkler and optimal string alignment (OSA)
//! distance, each with a cut-off so a comparison level stops as soon as it cannot be reached.
//!
//! Both work on bytes (the inputs are folded to ASCII first) and use a 64-bit match mask for
//! strings up to 64 bytes, a heap mask beyond. They agree with `strsim` (checked by property
//! tests in `core/tests/prop.rs`).

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
    // Upper bound: every byte of the shorter string matches with no transposition.
    let m_max = la.min(lb);
    let j_max = (m_max / la + m_max / lb + 1.0) / 3.0;
    let jw_max = j_max + prefix * 0.1 * (1.0 - j_max);
    if jw_max < cutoff {
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

/// Jaro similarity of two non-empty byte strings.
pub(crate) fn jaro(a: &[u8], b: &[u8]) -> f64 {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let (la, lb) = (a.len(), b.len());
    let window = (lb / 2).saturating_sub(1);
    let mut matches = 0usize;
    let mut transpositions = 0usize;
    if lb <= 64 {
        let mut b_flags: u64 = 0;
        let mut a_flags: u64 = 0;
        for (i, &ca) in a.iter().enumerate() {
            let lo = i.saturating_sub(window);
            let hi = (i + window + 1).min(lb);
            for j in lo..hi {
                if b_flags & (1 << j) == 0 && b[j] == ca {
                    b_flags |= 1 << j;
                    a_flags |= 1 << i;
                    matches += 1;
                    break;
                }
            }
        }
        if matches == 0 {
            return 0.0;
        }
        let mut k = 0usize;
        for (i, &ca) in a.iter().enumerate() {
            if a_flags & (1 << i) != 0 {
                while b_flags & (1 << k) == 0 {
                    k += 1;
                }
                if ca != b[k] {
                    transpositions += 1;
                }
                k += 1;
            }
        }
    } else {
        let mut b_flags = vec![false; lb];
        let mut a_flags = vec![false; la];
        for (i, &ca) in a.iter().enumerate() {
            let lo = i.saturating_sub(window);
            let hi = (i + window + 1).min(lb);
            for j in lo..hi {
                if !b_flags[j] && b[j] == ca {
                    b_flags[j] = true;
                    a_flags[i] = true;
                    matches += 1;
                    break;
                }
            }
        }
        if matches == 0 {
            return 0.0;
        }
        let mut k = 0usize;
        for (i, &ca) in a.iter().enumerate() {
            if a_flags[i] {
                while !b_flags[k] {
                    k += 1;
                }
                if ca != b[k] {
                    transpositions += 1;
                }
                k += 1;
            }
        }
    }
    let m = matches as f64;
    let t = (transpositions / 2) as f64;
    (m / la as f64 + m / lb as f64 + (m - t) / m) / 3.0
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
    // Three rows of the DP; early exit when a whole row exceeds `max`.
    let w = lb + 1;
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=la {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=lb {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[lb];
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
            // The cut-off never hides a value at or above it.
            if theirs >= 0.9 {
                proptest::prop_assert!(jaro_winkler(s.as_bytes(), l.as_bytes(), 0.9) > 0.0);
            }
        }
    }
}
