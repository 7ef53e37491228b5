//! Clustering: union-find over edges in descending weight with anti-chaining. A union is refused
//! when it would put a cannot-link pair (a gated household/colleague pair, conflicting
//! registration numbers) in one cluster, or two incompatible full given names (`Jan` and `Piet`
//! joined through `J.`). Deterministic for equal inputs; a separate step, so edges from several
//! runs can be fed in.

use std::collections::HashMap;

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
    edges.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut parent: Vec<u32> = (0..n as u32).collect();
    // Members of a cluster as a circular list through `next`, with the size at the root: a
    // union splices two lists, no allocation per record.
    let mut next: Vec<u32> = (0..n as u32).collect();
    let mut size: Vec<u32> = vec![1; n];
    // Representatives (members with distinct full given names) of clusters of two or more
    // records; a singleton's is itself.
    let mut reps: HashMap<u32, Vec<u32>> = HashMap::new();
    let has_given = |i: u32| !features[i as usize].name.given.is_empty();
    // Cannot-links of every record, both directions (CSR).
    let mut no_start = vec![0u32; n + 1];
    for &(a, b) in cannot {
        no_start[a as usize + 1] += 1;
        no_start[b as usize + 1] += 1;
    }
    for i in 0..n {
        no_start[i + 1] += no_start[i];
    }
    let mut fill: Vec<u32> = no_start[..n].to_vec();
    let mut no = vec![0u32; no_start[n] as usize];
    for &(a, b) in cannot {
        no[fill[a as usize] as usize] = b;
        fill[a as usize] += 1;
        no[fill[b as usize] as usize] = a;
        fill[b as usize] += 1;
    }
    drop(fill);
    fn find(p: &mut [u32], mut x: u32) -> u32 {
        while p[x as usize] != x {
            let g = p[p[x as usize] as usize];
            p[x as usize] = g;
            x = g;
        }
        x
    }
    let mut ra_reps: Vec<u32> = Vec::new();
    let mut rb_reps: Vec<u32> = Vec::new();
    for (a, b, _) in edges {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra == rb {
            continue;
        }
        // Cannot-link: any member of the smaller side with a partner in the other cluster.
        let (small, big) = if size[ra as usize] <= size[rb as usize] {
            (ra, rb)
        } else {
            (rb, ra)
        };
        let mut refused = false;
        if !no.is_empty() {
            let mut m = small;
            'outer: loop {
                let (s, e) = (no_start[m as usize], no_start[m as usize + 1]);
                for k in s..e {
                    if find(&mut parent, no[k as usize]) == big {
                        refused = true;
                        break 'outer;
                    }
                }
                m = next[m as usize];
                if m == small {
                    break;
                }
            }
        }
        let reps_of = |r: u32, out: &mut Vec<u32>, reps: &HashMap<u32, Vec<u32>>| {
            out.clear();
            match reps.get(&r) {
                Some(v) => out.extend_from_slice(v),
                None if has_given(r) => out.push(r),
                None => {}
            }
        };
        if !refused && given_names {
            reps_of(ra, &mut ra_reps, &reps);
            reps_of(rb, &mut rb_reps, &reps);
            refused = ra_reps.iter().any(|&x| {
                rb_reps.iter().any(|&y| {
                    !given_compatible(&features[x as usize].name, &features[y as usize].name)
                })
            });
        }
        if refused {
            continue;
        }
        parent[small as usize] = big;
        size[big as usize] += size[small as usize];
        next.swap(small as usize, big as usize);
        // Representatives of the merged cluster: the big side's, then the small side's new
        // names.
        let mut big_reps = reps
            .remove(&big)
            .unwrap_or_else(|| if has_given(big) { vec![big] } else { vec![] });
        let small_reps = reps.remove(&small).unwrap_or_else(|| {
            if has_given(small) {
                vec![small]
            } else {
                vec![]
            }
        });
        for r in small_reps {
            let g = &features[r as usize].name.given[0];
            let dup = big_reps
                .iter()
                .any(|&x| features[x as usize].name.given[0].eq(g));
            if !dup && big_reps.len() < MAX_REPS {
                big_reps.push(r);
            }
        }
        reps.insert(big, big_reps);
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
