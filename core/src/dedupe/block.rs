//! Candidate pairs: multi-pass blocking with each pair emitted once, oversized blocks capped and
//! reported, large blocks compared by a bounded window, and a sorted-neighbourhood pass.
//!
//! Pairs are never all held in memory: the blocks are kept as compact lists of record indices
//! (in neighbourhood order), and the candidates of one record at a time are generated from the
//! blocks it is in, sorted and deduplicated (so a pair found by several passes is compared once,
//! attributed to the first pass that finds it). Work units are chunks of records.
//!
//! - A block of up to [`FULL_BLOCK`] records: every pair.
//! - A larger block, up to `max_block`: each record against its [`BLOCK_WINDOW`] neighbours on
//!   either side in neighbourhood order (family name, then given name): hub values such as a
//!   common name in a large city or a street and number found in many towns stay bounded at
//!   `len × BLOCK_WINDOW` pairs instead of `len²/2`.
//! - Above `max_block`: skipped and reported (`Stats::oversized`).

use super::features::Features;
use super::text::{hash_bytes, mix};

/// A blocking pass, in the order pairs are attributed ("the first rule that found it").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Pass {
    /// Phonetic family name + postcode.
    FamilyPostcode,
    /// Phonetic given or family name + postcode (either name against either: catches given and
    /// family name swapped between the records).
    GivenPostcode,
    /// E-mail `ck1` key.
    Email,
    /// Phone E.164.
    Phone,
    /// Address match key (postcode + house number, or street + number + city).
    Address,
    /// Phonetic given + family name, in either order (for moved people).
    Name,
    /// Organisation registration number or core name + first initial.
    Organisation,
    /// Street + house number (when the postcode differs or is missing).
    StreetNumber,
    /// Phonetic family name + city.
    FamilyCity,
    /// Date of birth + first initial.
    BirthDate,
    /// Postcode + first initial + house number's first digit (typos in both names).
    PostcodeInitial,
    /// Phonetic given or family name + house number + the street's first two letters (postcode
    /// and city both mistyped or missing).
    NameNumber,
    /// Street name + postcode (city without a postcode): house number and both names mistyped
    /// or replaced.
    StreetLocality,
    /// Phonetic given name + the family name's initial + city: postcode, street and number all
    /// mistyped or missing (a recall pass: its pairs are left out of EM).
    GivenCity,
    /// Phonetic given name + house number + city, for records without a street (a recall
    /// pass).
    GivenNumberCity,
}

/// Number of keyed passes.
pub(crate) const NP: usize = 15;

impl Pass {
    /// Key passes, in order (the sorted-neighbourhood pass runs after them).
    pub const KEYED: [Pass; NP] = [
        Pass::FamilyPostcode,
        Pass::GivenPostcode,
        Pass::Email,
        Pass::Phone,
        Pass::Address,
        Pass::Name,
        Pass::Organisation,
        Pass::StreetNumber,
        Pass::FamilyCity,
        Pass::BirthDate,
        Pass::PostcodeInitial,
        Pass::NameNumber,
        Pass::StreetLocality,
        Pass::GivenCity,
        Pass::GivenNumberCity,
    ];

    /// The pass's name in stats.
    pub const fn name(self) -> &'static str {
        match self {
            Pass::FamilyPostcode => "family_postcode",
            Pass::GivenPostcode => "given_postcode",
            Pass::Email => "email",
            Pass::Phone => "phone",
            Pass::Address => "address",
            Pass::Name => "name",
            Pass::Organisation => "organisation",
            Pass::StreetNumber => "street_number",
            Pass::FamilyCity => "family_city",
            Pass::BirthDate => "birth_date",
            Pass::PostcodeInitial => "postcode_initial",
            Pass::NameNumber => "name_number",
            Pass::StreetLocality => "street_locality",
            Pass::GivenCity => "given_city",
            Pass::GivenNumberCity => "given_number_city",
        }
    }
}

/// Blocking keys of one record, per keyed pass.
pub(crate) fn keys(f: &Features) -> [Vec<u64>; NP] {
    let mut k: [Vec<u64>; NP] = std::array::from_fn(|_| Vec::new());
    each_key(f, |p, x| k[p].push(x));
    k
}

/// Calls `out(pass, key)` for every blocking key of a record, pass by pass (a key may repeat
/// within a pass); no allocation.
pub(crate) fn each_key(f: &Features, mut out: impl FnMut(usize, u64)) {
    let n = &f.name;
    let fam = n.family_dutch;
    let pc = f.address.postcode.as_ref().map_or(0, |p| p.h);
    // `b == ALONE`: the key is `a` itself.
    const ALONE: u64 = u64::MAX;
    let mut both = |p: usize, a: u64, b: u64| {
        if a != 0 && b != 0 {
            out(p, if b == ALONE { a } else { mix(a, b) });
        }
    };
    let initial = n.initials.first().map_or(0, |&c| u64::from(c) + 1);
    let fam_initial = n
        .family
        .as_ref()
        .and_then(|k| k.s.bytes().next())
        .map_or(0, |c| u64::from(c) + 1);
    // Both name keys, for the passes that take either name (swapped given and family names).
    let names: [u64; 2] = [n.given_phon, if fam == n.given_phon { 0 } else { fam }];
    let city = f.address.city.as_ref().map_or(0, |c| c.h);
    // 0 FamilyPostcode, 1 GivenPostcode (either name).
    both(0, fam, pc);
    if pc != 0 {
        for &x in names.iter().filter(|&&x| x != 0) {
            both(1, x, pc);
        }
    }
    // 2 Email, 3 Phone, 4 Address.
    for e in &f.emails {
        both(2, e.key, ALONE);
    }
    for p in &f.phones {
        both(3, p.e164, ALONE);
    }
    both(4, f.address.match_key, ALONE);
    // 5 Name: given + family, either order.
    both(5, n.given_phon.min(fam), n.given_phon.max(fam));
    // 6 Organisation: registrations, or core name + first initial (or family key).
    for &r in &f.org.registrations {
        both(6, mix(r, 7), ALONE);
    }
    if let Some(core) = &f.org.core {
        both(6, core.h, initial.max(u64::from(fam != 0) * fam));
    }
    // 7 StreetNumber, 8 FamilyCity, 9 BirthDate, 10 PostcodeInitial.
    both(
        7,
        f.address.street.as_ref().map_or(0, |s| s.h),
        f.address.number,
    );
    both(8, fam, city);
    both(
        9,
        f.dob.map_or(0, |(y, m, d)| {
            u64::from(y) << 16 | u64::from(m) << 8 | u64::from(d)
        }),
        initial,
    );
    both(10, pc, mix(initial, fam_initial));
    // 11 NameNumber: name + house number + the street's first two letters (postcode and city
    // both mistyped or missing).
    if let (Some(st), num) = (&f.address.street, f.address.number)
        && num != 0
        && st.s.len() >= 2
    {
        let b = mix(num, hash_bytes(&st.s.as_bytes()[..2]));
        for &x in names.iter().filter(|&&x| x != 0) {
            both(11, x, b);
        }
    }
    // 12 StreetLocality: street + postcode (city without a postcode): house number and both
    // names mistyped or replaced.
    if let Some(st) = &f.address.street {
        let loc = if pc != 0 { pc } else { city };
        both(12, st.h, if loc == 0 { 0 } else { mix(loc, 13) });
    }
    // 13 GivenCity: given name + the family name's initial + city (postcode, street and number
    // all mistyped or missing).
    if city != 0 {
        both(13, n.given_phon, mix(mix(city, fam_initial), 14));
    }
    // 14 GivenNumberCity: given name + house number + city, for records without a street (every
    // record's key would add millions of pairs where given names and cities repeat).
    if city != 0 && f.address.number != 0 && f.address.street.is_none() {
        both(14, n.given_phon, mix(mix(city, f.address.number), 16));
    }
}

/// The sort key of the neighbourhood pass: family core then given name.
pub(crate) fn sort_key(f: &Features) -> String {
    let mut s = f
        .name
        .family
        .as_ref()
        .map_or(String::new(), |k| k.s.to_string());
    s.push(' ');
    if let Some(g) = f.name.given.first() {
        s.push_str(&g.s);
    } else if let Some(&c) = f.name.initials.first() {
        s.push(char::from(c));
    }
    if let Some(o) = &f.org.core {
        s.push(' ');
        s.push_str(&o.s);
    }
    s
}

/// Blocks of up to this many records are compared in full; larger ones by a window.
pub(crate) const FULL_BLOCK: usize = 64;
/// In a windowed block, each record is compared with this many neighbours on either side.
pub(crate) const BLOCK_WINDOW: usize = 8;
/// Records per work unit.
const CHUNK: usize = 512;
/// The pass index of the sorted-neighbourhood pass in pair attribution.
pub(crate) const NEIGHBOURHOOD: u8 = NP as u8;

/// One kept block: a range of `Blocks::members` (in neighbourhood order) and its pass.
#[derive(Debug, Clone, Copy)]
struct Block {
    start: u32,
    len: u32,
    pass: u8,
}

/// An oversized block, reported instead of compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Oversized {
    pub pass: Pass,
    pub size: usize,
}

/// The blocks of a run.
#[derive(Debug, Default)]
pub(crate) struct Blocks {
    /// Records of every kept block, block after block, each block in neighbourhood order.
    members: Vec<u32>,
    list: Vec<Block>,
    /// Per record, the blocks it is in: `memberships_of[member_start[i]..member_start[i + 1]]`.
    member_start: Vec<usize>,
    memberships_of: Vec<u32>,
    pub oversized: Vec<Oversized>,
    /// Blocks compared by a window (larger than [`FULL_BLOCK`]).
    pub windowed: usize,
    /// Records in neighbourhood order.
    order: Vec<u32>,
    /// Rank of each record in `order`.
    rank: Vec<u32>,
    window: usize,
    /// For link: the side of each record (false = left).
    pub side: Option<Vec<bool>>,
}

#[cfg(feature = "parallel")]
fn par_map<T: Sync, U: Send>(xs: &[T], f: impl Fn(&T) -> U + Sync + Send) -> Vec<U> {
    use rayon::prelude::*;
    xs.par_iter().map(f).collect()
}

#[cfg(not(feature = "parallel"))]
fn par_map<T: Sync, U: Send>(xs: &[T], f: impl Fn(&T) -> U + Sync + Send) -> Vec<U> {
    xs.iter().map(f).collect()
}

#[cfg(feature = "parallel")]
fn par_sort<T: Ord + Send>(v: &mut [T]) {
    use rayon::prelude::*;
    v.par_sort_unstable();
}

#[cfg(not(feature = "parallel"))]
fn par_sort<T: Ord + Send>(v: &mut [T]) {
    v.sort_unstable();
}

impl Blocks {
    /// Builds the blocks of `features`; blocks above `max_block` records are skipped and
    /// reported, blocks above [`FULL_BLOCK`] compared by a window.
    pub fn build(
        features: &[Features],
        max_block: usize,
        window: usize,
        side: Option<Vec<bool>>,
    ) -> Self {
        let n = features.len();
        // Neighbourhood order: by sort key, ties by index.
        let order: Vec<u32> = {
            let sk: Vec<String> = par_map(features, sort_key);
            let mut o: Vec<(&str, u32)> = sk
                .iter()
                .enumerate()
                .map(|(i, s)| (s.as_str(), i as u32))
                .collect();
            par_sort(&mut o);
            o.into_iter().map(|x| x.1).collect()
        };
        let mut rank = vec![0u32; n];
        for (r, &i) in order.iter().enumerate() {
            rank[i as usize] = r as u32;
        }
        // Keys per pass as (key, rank), computed chunk by chunk.
        let starts: Vec<usize> = (0..n).step_by(4096).collect();
        let per_chunk: Vec<Vec<Vec<(u64, u32)>>> = par_map(&starts, |&s| {
            let mut kv: Vec<Vec<(u64, u32)>> = vec![Vec::new(); NP];
            for i in s..(s + 4096).min(n) {
                let r = rank[i];
                each_key(&features[i], |p, x| kv[p].push((x, r)));
            }
            kv
        });
        let mut b = Blocks {
            window,
            side,
            ..Blocks::default()
        };
        let mut memberships: Vec<u32> = vec![0; n + 1];
        for p in 0..NP {
            let mut kv: Vec<(u64, u32)> =
                Vec::with_capacity(per_chunk.iter().map(|c| c[p].len()).sum());
            for c in &per_chunk {
                kv.extend_from_slice(&c[p]);
            }
            par_sort(&mut kv);
            kv.dedup();
            for g in kv.chunk_by(|x, y| x.0 == y.0) {
                if g.len() < 2 {
                    continue;
                }
                if let Some(s) = &b.side {
                    let first = s[order[g[0].1 as usize] as usize];
                    if g.iter().all(|x| s[order[x.1 as usize] as usize] == first) {
                        continue;
                    }
                }
                if g.len() > max_block {
                    b.oversized.push(Oversized {
                        pass: Pass::KEYED[p],
                        size: g.len(),
                    });
                    continue;
                }
                if g.len() > FULL_BLOCK {
                    b.windowed += 1;
                }
                let start = b.members.len() as u32;
                for x in g {
                    let i = order[x.1 as usize];
                    b.members.push(i);
                    memberships[i as usize] += 1;
                }
                b.list.push(Block {
                    start,
                    len: g.len() as u32,
                    pass: p as u8,
                });
            }
        }
        drop(per_chunk);
        // Record -> blocks (counting sort).
        let mut start = vec![0usize; n + 1];
        for i in 0..n {
            start[i + 1] = start[i] + memberships[i] as usize;
        }
        let mut fill = start.clone();
        let mut memberships_of = vec![0u32; start[n]];
        for (bi, bl) in b.list.iter().enumerate() {
            for &i in &b.members[bl.start as usize..(bl.start + bl.len) as usize] {
                memberships_of[fill[i as usize]] = bi as u32;
                fill[i as usize] += 1;
            }
        }
        b.member_start = start;
        b.memberships_of = memberships_of;
        b.order = order;
        b.rank = rank;
        b
    }

    /// Whether the pair may be compared at all (link: one record from each side).
    #[inline]
    fn cross_ok(&self, i: usize, j: usize) -> bool {
        self.side.as_ref().is_none_or(|s| s[i] != s[j])
    }

    /// The candidates `j > i` of record `i`, each once, as `j << 8 | pass` (the first pass that
    /// finds the pair), sorted by `j`. `out` is cleared first.
    pub fn candidates(&self, i: usize, out: &mut Vec<u64>) {
        out.clear();
        let mut push = |j: usize, pass: u8| {
            if j > i && self.cross_ok(i, j) {
                out.push((j as u64) << 8 | u64::from(pass));
            }
        };
        let ri = self.rank[i];
        for &bi in &self.memberships_of[self.member_start[i]..self.member_start[i + 1]] {
            let b = self.list[bi as usize];
            let m = &self.members[b.start as usize..(b.start + b.len) as usize];
            if m.len() <= FULL_BLOCK {
                for &j in m {
                    push(j as usize, b.pass);
                }
            } else {
                // Members are in rank order: find i and take its neighbours.
                let pos = m.partition_point(|&j| self.rank[j as usize] < ri);
                let lo = pos.saturating_sub(BLOCK_WINDOW);
                let hi = (pos + 1 + BLOCK_WINDOW).min(m.len());
                for &j in &m[lo..hi] {
                    push(j as usize, b.pass);
                }
            }
        }
        if self.window > 0 {
            let r = ri as usize;
            let n = self.order.len();
            let lo = r.saturating_sub(self.window);
            let hi = (r + 1 + self.window).min(n);
            for s in lo..hi {
                push(self.order[s] as usize, NEIGHBOURHOOD);
            }
        }
        out.sort_unstable();
        out.dedup_by(|x, y| *x >> 8 == *y >> 8);
    }

    /// Work units: chunks of records (indices, or ranks for [`Blocks::for_ranks_ahead`]).
    pub fn units(&self) -> Vec<Unit> {
        let n = self.rank.len();
        (0..n.div_ceil(CHUNK))
            .map(|c| Unit(c * CHUNK, ((c + 1) * CHUNK).min(n)))
            .collect()
    }

    /// Calls `f(i, j, pass)` for every candidate pair of a work unit (`i < j`).
    pub fn for_unit(&self, u: Unit, buf: &mut Vec<u64>, mut f: impl FnMut(usize, usize, u8)) {
        for i in u.0..u.1 {
            self.candidates(i, buf);
            for &c in buf.iter() {
                f(i, (c >> 8) as usize, (c & 0xff) as u8);
            }
        }
    }

    /// [`Blocks::for_unit`] over a unit of **ranks** (records in neighbourhood order, so the
    /// records of one family name are scored one after another and the candidates they share
    /// stay in cache), and before each pair `ahead(next, after)` with the record of the next
    /// pair and of the one after it (`usize::MAX` past the record's last candidate): the scorer
    /// loads their features early, so their cache misses overlap the current pair's work
    /// instead of stalling the next one. Every pair comes once, as in [`Blocks::for_unit`]
    /// over all units, in another order.
    pub fn for_ranks_ahead(
        &self,
        u: Unit,
        buf: &mut Vec<u64>,
        mut ahead: impl FnMut(usize, usize),
        mut f: impl FnMut(usize, usize, u8),
    ) {
        let at = |buf: &[u64], k: usize| buf.get(k).map_or(usize::MAX, |&c| (c >> 8) as usize);
        for &i in &self.order[u.0..u.1] {
            let i = i as usize;
            self.candidates(i, buf);
            for (k, &c) in buf.iter().enumerate() {
                ahead(at(buf, k + 1), at(buf, k + 2));
                f(i, (c >> 8) as usize, (c & 0xff) as u8);
            }
        }
    }

    /// An upper bound of the candidate pairs of a run (for sampling).
    pub fn pair_bound(&self) -> usize {
        let blocks: usize = self
            .list
            .iter()
            .map(|b| {
                let l = b.len as usize;
                if l <= FULL_BLOCK {
                    l * (l - 1) / 2
                } else {
                    l * BLOCK_WINDOW
                }
            })
            .sum();
        blocks + self.order.len() * self.window
    }
}

/// A unit of work: a range of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit(pub usize, pub usize);

/// The records of a windowed block a query is compared with: `sorted` holds the neighbourhood
/// positions of the indexed members and `q` the query's; returns the indices into `sorted` of
/// the query's neighbours (as `Blocks::candidates` does in a batch).
pub(crate) fn window_of<T: Ord>(sorted: &[T], q: &T) -> std::ops::Range<usize> {
    let pos = sorted.partition_point(|x| x < q);
    pos.saturating_sub(BLOCK_WINDOW)..(pos + BLOCK_WINDOW).min(sorted.len())
}
