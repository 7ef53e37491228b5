//! Clustering: union-find over edges in descending weight with anti-chaining. A union is refused
//! when it would put a cannot-link pair (a gated household/colleague pair, conflicting
//! registration numbers) in one cluster, or two incompatible full given names (`Jan` and `Piet`
//! joined through `J.`). Deterministic for equal inputs; a separate step, so edges from several
//! runs can be fed in.

use std::collections::HashSet;

use super::compare::given_compatible;
use super::features::Features;

/// An edge: two record indices and a weight (log2 odds).
pub(crate) type Edge = (u32, u32, f64);

/// Most distinct given names kept per cluster for the anti-chaining check.
const MAX_REPS: usize = 16;

/// Clusters `n` records: returns the cluster index of every record (clusters numbered by their
/// first record). `given_names` turns the given-name anti-chaining check on (off together with
/// the identity gate).
pub(crate) fn cluster(
    features: &[Features],
    mut edges: Vec<Edge>,
    cannot: &[(u32, u32)],
    given_names: bool,
) -> Vec<usize> {
    let n = features.len();
    edges.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut parent: Vec<u32> = (0..n as u32).collect();
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    // Representatives: members with distinct full given names.
    let mut reps: Vec<Vec<u32>> = (0..n as u32)
        .map(|i| {
            if features[i as usize].name.given.is_empty() {
                vec![]
            } else {
                vec![i]
            }
        })
        .collect();
    let mut no: Vec<HashSet<u32>> = vec![HashSet::new(); n];
    for &(a, b) in cannot {
        no[a as usize].insert(b);
        no[b as usize].insert(a);
    }
    fn find(p: &mut [u32], mut x: u32) -> u32 {
        while p[x as usize] != x {
            let g = p[p[x as usize] as usize];
            p[x as usize] = g;
            x = g;
        }
        x
    }
    for (a, b, _) in edges {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra == rb {
            continue;
        }
        // Cannot-link: any member of the smaller side with a partner in the other cluster.
        let (small, big) = if members[ra as usize].len() <= members[rb as usize].len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        let mut refused = false;
        'outer: for &m in &members[small as usize] {
            for &p in &no[m as usize] {
                if find(&mut parent, p) == big {
                    refused = true;
                    break 'outer;
                }
            }
        }
        if !refused && given_names {
            refused = reps[ra as usize].iter().any(|&x| {
                reps[rb as usize].iter().any(|&y| {
                    !given_compatible(&features[x as usize].name, &features[y as usize].name)
                })
            });
        }
        if refused {
            continue;
        }
        parent[small as usize] = big;
        let moved = std::mem::take(&mut members[small as usize]);
        members[big as usize].extend(moved);
        let moved = std::mem::take(&mut reps[small as usize]);
        for r in moved {
            let g = &features[r as usize].name.given[0];
            let dup = reps[big as usize]
                .iter()
                .any(|&x| features[x as usize].name.given[0].eq(g));
            if !dup && reps[big as usize].len() < MAX_REPS {
                reps[big as usize].push(r);
            }
        }
    }
    // Number clusters by their first record.
    let mut id = vec![usize::MAX; n];
    let mut out = vec![0usize; n];
    for i in 0..n {
        let r = find(&mut parent, i as u32) as usize;
        if id[r] == usize::MAX {
            id[r] = i;
        }
        out[i] = id[r];
    }
    out
}
