//! Candidate pairs: multi-pass blocking with each pair emitted once, oversized blocks capped and
//! reported, and a sorted-neighbourhood pass. Blocks are work units: pairs are generated and
//! scored block by block and never all held in memory.

use std::collections::HashSet;

use super::features::Features;
use super::text::{hash, hash_bytes, mix};

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
}

/// Number of keyed passes.
pub(crate) const NP: usize = 12;

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
        }
    }
}

/// Blocking keys of one record, per keyed pass.
pub(crate) fn keys(f: &Features) -> [Vec<u64>; NP] {
    let n = &f.name;
    let fam = if n.family_dutch.is_empty() {
        0
    } else {
        hash(&n.family_dutch)
    };
    let pc = f.address.postcode.as_ref().map_or(0, |p| p.h);
    let both = |a: u64, b: u64| {
        if a != 0 && b != 0 {
            vec![mix(a, b)]
        } else {
            vec![]
        }
    };
    let initial = n.initials.first().map_or(0, |&c| u64::from(c) + 1);
    let fam_initial = n
        .family
        .as_ref()
        .and_then(|k| k.s.bytes().next())
        .map_or(0, |c| u64::from(c) + 1);
    // Both name keys, for the passes that take either name (swapped given and family names).
    let mut names: Vec<u64> = [n.given_phon, fam]
        .into_iter()
        .filter(|&x| x != 0)
        .collect();
    names.dedup();
    let any_name = |b: u64| -> Vec<u64> {
        if b == 0 {
            return vec![];
        }
        names.iter().map(|&x| mix(x, b)).collect()
    };
    let city = f.address.city.as_ref().map_or(0, |c| c.h);
    let mut org: Vec<u64> = f.org.registrations.iter().map(|&r| mix(r, 7)).collect();
    if let Some(core) = &f.org.core {
        org.extend(both(core.h, initial.max(u64::from(fam != 0) * fam)));
    }
    [
        both(fam, pc),
        any_name(pc),
        f.emails.iter().map(|e| e.key).collect(),
        f.phones.iter().map(|p| p.e164).collect(),
        if f.address.match_key == 0 {
            vec![]
        } else {
            vec![f.address.match_key]
        },
        both(n.given_phon.min(fam), n.given_phon.max(fam)),
        org,
        both(
            f.address.street.as_ref().map_or(0, |s| s.h),
            f.address.number,
        ),
        both(fam, city),
        both(
            f.dob.map_or(0, |(y, m, d)| {
                u64::from(y) << 16 | u64::from(m) << 8 | u64::from(d)
            }),
            initial,
        ),
        both(pc, mix(initial, fam_initial)),
        // Name + house number + the street's first two letters: postcode and city both
        // mistyped or missing.
        match (&f.address.street, f.address.number) {
            (Some(st), num) if num != 0 && st.s.len() >= 2 => {
                any_name(mix(num, hash_bytes(&st.s.as_bytes()[..2])))
            }
            _ => vec![],
        },
    ]
}

/// The sort key of the neighbourhood pass: family core then given name.
pub(crate) fn sort_key(f: &Features) -> String {
    let mut s = f
        .name
        .family
        .as_ref()
        .map_or(String::new(), |k| k.s.clone());
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

/// One block: a pass and a range of `Blocks::members`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Block {
    pub pass: usize,
    pub key: u64,
    pub start: usize,
    pub len: usize,
}

/// An oversized block, reported instead of compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Oversized {
    pub pass: Pass,
    pub size: usize,
}

/// All blocks of a run.
#[derive(Debug, Default)]
pub(crate) struct Blocks {
    pub members: Vec<u32>,
    pub list: Vec<Block>,
    /// Per record, per keyed pass: its keys (for the "each pair once" rule).
    pub keys: Vec<[Vec<u64>; NP]>,
    /// Keys of oversized blocks, per pass (skipped).
    pub oversized_keys: Vec<HashSet<u64>>,
    pub oversized: Vec<Oversized>,
    /// Records in neighbourhood order.
    pub order: Vec<u32>,
    /// Rank of each record in `order`.
    pub rank: Vec<u32>,
    pub window: usize,
    /// For link: the side of each record (false = left).
    pub side: Option<Vec<bool>>,
}

impl Blocks {
    /// Builds the blocks of `features`; blocks above `max_block` records are skipped and
    /// reported.
    pub fn build(
        features: &[Features],
        max_block: usize,
        window: usize,
        side: Option<Vec<bool>>,
    ) -> Self {
        let keys: Vec<[Vec<u64>; NP]> = features.iter().map(keys).collect();
        let mut b = Blocks {
            oversized_keys: vec![HashSet::new(); NP],
            window,
            side,
            ..Blocks::default()
        };
        for p in 0..NP {
            let mut kv: Vec<(u64, u32)> = keys
                .iter()
                .enumerate()
                .flat_map(|(i, k)| k[p].iter().map(move |&x| (x, i as u32)))
                .collect();
            kv.sort_unstable();
            kv.dedup();
            for g in kv.chunk_by(|x, y| x.0 == y.0) {
                if g.len() < 2 {
                    continue;
                }
                if let Some(s) = &b.side
                    && g.iter().all(|x| s[x.1 as usize] == s[g[0].1 as usize])
                {
                    continue;
                }
                if g.len() > max_block {
                    b.oversized_keys[p].insert(g[0].0);
                    b.oversized.push(Oversized {
                        pass: Pass::KEYED[p],
                        size: g.len(),
                    });
                    continue;
                }
                let start = b.members.len();
                b.members.extend(g.iter().map(|x| x.1));
                b.list.push(Block {
                    pass: p,
                    key: g[0].0,
                    start,
                    len: g.len(),
                });
            }
        }
        let sk: Vec<String> = features.iter().map(sort_key).collect();
        let mut order: Vec<u32> = (0..features.len() as u32).collect();
        order.sort_by(|&x, &y| sk[x as usize].cmp(&sk[y as usize]).then(x.cmp(&y)));
        let mut rank = vec![0u32; features.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i as usize] = r as u32;
        }
        b.order = order;
        b.rank = rank;
        b.keys = keys;
        b
    }

    /// Whether the pair is emitted by keyed pass `p` through key `k` (the first pass and the
    /// smallest key that find it), so each pair is compared once.
    pub fn owns(&self, i: usize, j: usize, p: usize, k: u64) -> bool {
        let (ki, kj) = (&self.keys[i], &self.keys[j]);
        for q in 0..p {
            if ki[q]
                .iter()
                .any(|x| kj[q].contains(x) && !self.oversized_keys[q].contains(x))
            {
                return false;
            }
        }
        !ki[p]
            .iter()
            .any(|x| *x < k && kj[p].contains(x) && !self.oversized_keys[p].contains(x))
    }

    /// Whether a neighbourhood pair was already found by a keyed pass.
    pub fn keyed(&self, i: usize, j: usize) -> bool {
        let (ki, kj) = (&self.keys[i], &self.keys[j]);
        (0..NP).any(|q| {
            ki[q]
                .iter()
                .any(|x| kj[q].contains(x) && !self.oversized_keys[q].contains(x))
        })
    }

    /// Whether the pair may be compared at all (link: one record from each side).
    #[inline]
    pub fn cross_ok(&self, i: usize, j: usize) -> bool {
        self.side.as_ref().is_none_or(|s| s[i] != s[j])
    }

    /// Calls `f(i, j)` for every pair of block `bi` (keyed blocks), each pair once overall.
    pub fn for_block_pairs(&self, bi: usize, mut f: impl FnMut(usize, usize)) {
        let b = self.list[bi];
        let m = &self.members[b.start..b.start + b.len];
        for x in 0..m.len() {
            for y in x + 1..m.len() {
                let (i, j) = (m[x] as usize, m[y] as usize);
                if self.cross_ok(i, j) && self.owns(i, j, b.pass, b.key) {
                    f(i.min(j), i.max(j));
                }
            }
        }
    }

    /// Calls `f(i, j)` for the neighbourhood pairs starting at ranks `range`.
    pub fn for_neighbourhood_pairs(
        &self,
        range: std::ops::Range<usize>,
        mut f: impl FnMut(usize, usize),
    ) {
        let n = self.order.len();
        for r in range {
            for s in r + 1..(r + 1 + self.window).min(n) {
                let (i, j) = (self.order[r] as usize, self.order[s] as usize);
                if self.cross_ok(i, j) && !self.keyed(i, j) {
                    f(i.min(j), i.max(j));
                }
            }
        }
    }

    /// Work units: keyed blocks first, then neighbourhood chunks of 4096 ranks.
    pub fn units(&self) -> Vec<Unit> {
        let mut u: Vec<Unit> = (0..self.list.len()).map(Unit::Block).collect();
        let n = self.order.len();
        let mut s = 0;
        while s < n && self.window > 0 {
            let e = (s + 4096).min(n);
            u.push(Unit::Window(s, e));
            s = e;
        }
        u
    }

    /// Calls `f` for every pair of a work unit.
    pub fn for_unit(&self, u: Unit, f: impl FnMut(usize, usize)) {
        match u {
            Unit::Block(b) => self.for_block_pairs(b, f),
            Unit::Window(s, e) => self.for_neighbourhood_pairs(s..e, f),
        }
    }

    /// An upper bound of the pairs in a unit (for sampling and balancing).
    pub fn unit_size(&self, u: Unit) -> usize {
        match u {
            Unit::Block(b) => {
                let l = self.list[b].len;
                l * (l - 1) / 2
            }
            Unit::Window(s, e) => (e - s) * self.window,
        }
    }
}

/// A unit of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Block(usize),
    Window(usize, usize),
}
