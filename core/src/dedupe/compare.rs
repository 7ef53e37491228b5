//! Field comparisons: each pair of records becomes a small vector of comparison levels γ (one
//! byte per field) plus the values that agreed, for term-frequency adjustment.

use super::Level;
use super::features::Features;
use super::kernels::{jaro_winkler, memo, memo_bool, memo_dist, osa_within};
use super::names::PersonName;
use super::nicknames;
use super::text::Key;

/// Number of compared fields.
pub(crate) const NF: usize = 9;
/// A missing comparison (one side has no value): weight 0.
pub(crate) const MISSING: u8 = u8::MAX;

/// Field indices.
pub(crate) const GIVEN: usize = 0;
pub(crate) const FAMILY: usize = 1;
pub(crate) const DOB: usize = 2;
pub(crate) const EMAIL: usize = 3;
pub(crate) const PHONE: usize = 4;
pub(crate) const ADDRESS: usize = 5;
pub(crate) const POSTCODE: usize = 6;
pub(crate) const CITY: usize = 7;
pub(crate) const ORG: usize = 8;

/// The levels of each field, strongest first; the level index is the γ value.
pub(crate) const LEVELS: [&[Level]; NF] = [
    &[
        Level::Exact,
        Level::Nickname,
        Level::Fuzzy,
        Level::Initials,
        Level::FirstInitial,
        Level::Different,
    ],
    &[
        Level::Exact,
        Level::CoreMatch,
        Level::PartMatch,
        Level::Fuzzy,
        Level::Phonetic,
        Level::Swapped,
        Level::Different,
    ],
    &[
        Level::Exact,
        Level::Transposed,
        Level::YearOnly,
        Level::Different,
    ],
    &[
        Level::Exact,
        Level::Role,
        Level::LocalPart,
        Level::Domain,
        Level::Different,
    ],
    &[Level::Mobile, Level::Landline, Level::Different],
    &[
        Level::Exact,
        Level::Fuzzy,
        Level::OtherLocality,
        Level::SameStreet,
        Level::Different,
    ],
    &[Level::Exact, Level::Near, Level::Different],
    &[Level::Exact, Level::Fuzzy, Level::Different],
    &[
        Level::Registration,
        Level::Exact,
        Level::Fuzzy,
        Level::Different,
        Level::RegistrationConflict,
    ],
];

/// The index of `level` among the levels of `field`.
#[inline(always)]
#[allow(clippy::inline_always)] // a constant after inlining; a call and a loop otherwise
pub(crate) const fn lv(field: usize, level: Level) -> u8 {
    let l = LEVELS[field];
    let mut i = 0;
    while i < l.len() {
        if l[i] as u8 == level as u8 {
            return i as u8;
        }
        i += 1;
    }
    panic!("level not in field");
}

/// The comparison vector of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Gamma {
    /// Level per field, [`MISSING`] when one side has no value.
    pub levels: [u8; NF],
    /// For exact agreements on term-frequency fields: the hash of the agreed value, else 0.
    pub tf: [u64; NF],
}

impl Gamma {
    /// The comparison patterns packed into one integer (for EM on pattern counts).
    pub fn pattern(&self) -> u64 {
        self.levels.iter().fold(0u64, |acc, &l| {
            (acc << 4) | u64::from(if l == MISSING { 15 } else { l })
        })
    }
}

/// Given-name level (`None` = missing).
pub(crate) fn given_level(a: &PersonName, b: &PersonName) -> Option<u8> {
    if !a.has_given() || !b.has_given() {
        return None;
    }
    let l = |x| lv(GIVEN, x);
    if !a.given.is_empty() && !b.given.is_empty() {
        let (pa, pb) = (&a.given[0], &b.given[0]);
        if pa.eq(pb) || a.given_concat == b.given_concat {
            return Some(l(Level::Exact));
        }
        if nicknames::share(&a.nick, &b.nick)
            || a.given.iter().any(|x| b.given.iter().any(|y| x.eq(y)))
            || short_form(pa.s.as_bytes(), pb.s.as_bytes())
        {
            return Some(l(Level::Nickname));
        }
        if memo_bool(1, pa.h, pb.h, || {
            fuzzy_name(pa.s.as_bytes(), pb.s.as_bytes())
        }) {
            return Some(l(Level::Fuzzy));
        }
        return Some(l(Level::Different));
    }
    // At least one side has only initials.
    let (ia, ib) = (&a.initials, &b.initials);
    if ia.is_empty() || ib.is_empty() || ia[0] != ib[0] {
        return Some(l(Level::Different));
    }
    let (s, t) = if ia.len() <= ib.len() {
        (ia, ib)
    } else {
        (ib, ia)
    };
    if s.len() >= 2 && t.starts_with(s) {
        Some(l(Level::Initials))
    } else {
        Some(l(Level::FirstInitial))
    }
}

/// `Piet` ~ `Pieter`, `Chris` ~ `Christiaan`: one is a prefix of the other (3+ letters).
fn short_form(a: &[u8], b: &[u8]) -> bool {
    let (s, t) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    s.len() >= 3 && t.starts_with(s)
}

/// Close spelling of a name: Jaro-Winkler ≥ 0.92, or one edit for names of 5+ letters.
fn fuzzy_name(a: &[u8], b: &[u8]) -> bool {
    jaro_winkler(a, b, 0.92) > 0.0 || (a.len().min(b.len()) >= 5 && osa_within(a, b, 1).is_some())
}

/// Family-name level (`None` = missing). `Phonetic` is the weak level: a phonetic key agrees or
/// the spelling is close (Jaro-Winkler ≥ 0.85, or two edits in names of 6+ letters).
pub(crate) fn family_level(a: &PersonName, b: &PersonName) -> Option<u8> {
    let (Some(fa), Some(fb)) = (&a.family, &b.family) else {
        return None;
    };
    let l = |x| lv(FAMILY, x);
    if fa.eq(fb) {
        let same_prefix = a
            .parts
            .iter()
            .map(|p| p.prefix)
            .eq(b.parts.iter().map(|p| p.prefix));
        return Some(if same_prefix {
            l(Level::Exact)
        } else {
            l(Level::CoreMatch)
        });
    }
    if a.family_nospace == b.family_nospace {
        return Some(l(Level::Exact));
    }
    let merged = |x: &PersonName, y: &Key| x.merged_core.as_ref().is_some_and(|m| m.eq(y));
    if merged(a, fb) || merged(b, fa) {
        return Some(l(Level::CoreMatch));
    }
    if (a.parts.len() > 1 || b.parts.len() > 1)
        && a.parts
            .iter()
            .any(|p| b.parts.iter().any(|q| p.core.eq(&q.core)))
    {
        return Some(l(Level::PartMatch));
    }
    // One Jaro-Winkler (cut-off at the weak level) and one bounded OSA serve both levels.
    let (x, y) = (fa.s.as_bytes(), fb.s.as_bytes());
    let jw = memo(2, fa.h, fb.h, || jaro_winkler(x, y, 0.85));
    if jw >= 0.92 {
        return Some(l(Level::Fuzzy));
    }
    let short = x.len().min(y.len());
    let edits = if short >= 5 {
        memo_dist(3, fa.h, fb.h, || {
            osa_within(x, y, if short >= 6 { 2 } else { 1 })
        })
    } else {
        None
    };
    if edits.is_some_and(|d| d <= 1) {
        return Some(l(Level::Fuzzy));
    }
    if jw > 0.0
        || edits.is_some()
        || (a.family_dutch != 0 && a.family_dutch == b.family_dutch)
        || (a.family_cologne != 0 && a.family_cologne == b.family_cologne)
        || (a.family_metaphone != 0 && a.family_metaphone == b.family_metaphone)
    {
        return Some(l(Level::Phonetic));
    }
    Some(l(Level::Different))
}

/// Given and family name swapped between the records (`Jan Willems` ~ `Willems Jan`): how many
/// of the two cross comparisons (given against the other's family name) agree.
fn swapped(a: &PersonName, b: &PersonName) -> u8 {
    let cross = |x: &PersonName, y: &PersonName| {
        x.given.first().is_some_and(|g| {
            y.family.as_ref().is_some_and(|f| {
                g.eq(f)
                    || memo_bool(4, g.h, f.h, || {
                        jaro_winkler(g.s.as_bytes(), f.s.as_bytes(), 0.92) > 0.0
                    })
            })
        })
    };
    u8::from(cross(a, b)) + u8::from(cross(b, a))
}

fn dob_level(a: Option<(u16, u8, u8)>, b: Option<(u16, u8, u8)>) -> Option<u8> {
    let (a, b) = (a?, b?);
    let l = |x| lv(DOB, x);
    if a == b {
        return Some(l(Level::Exact));
    }
    let diff = u8::from(a.0 != b.0) + u8::from(a.1 != b.1) + u8::from(a.2 != b.2);
    let swapped = a.0 == b.0 && a.1 == b.2 && a.2 == b.1;
    let digit_off = |x: u32, y: u32| {
        let (sx, sy) = (format!("{x:04}"), format!("{y:04}"));
        sx.bytes().zip(sy.bytes()).filter(|(p, q)| p != q).count() == 1
    };
    if swapped
        || (diff == 1
            && (digit_off(u32::from(a.0), u32::from(b.0))
                || digit_off(u32::from(a.1), u32::from(b.1))
                || digit_off(u32::from(a.2), u32::from(b.2))))
    {
        return Some(l(Level::Transposed));
    }
    if a.0 == b.0 {
        return Some(l(Level::YearOnly));
    }
    Some(l(Level::Different))
}

/// Compares two records.
pub(crate) fn compare(a: &Features, b: &Features) -> Gamma {
    let mut g = Gamma {
        levels: [MISSING; NF],
        tf: [0; NF],
    };
    // Names.
    let mut given = given_level(&a.name, &b.name);
    let mut family = family_level(&a.name, &b.name);
    if family == Some(lv(FAMILY, Level::Different)) {
        // Both names swapped: the given names agree too. One name moved to the other field
        // (`Maddison Quilliam` ~ `Quilliam Ashleigh`): the family name agrees as swapped.
        match swapped(&a.name, &b.name) {
            2 => {
                given = Some(lv(GIVEN, Level::Nickname));
                family = Some(lv(FAMILY, Level::Swapped));
            }
            1 if given != Some(lv(GIVEN, Level::Exact)) => {
                family = Some(lv(FAMILY, Level::Swapped));
            }
            _ => {}
        }
    }
    if let Some(x) = given {
        g.levels[GIVEN] = x;
        if x == 0 {
            g.tf[GIVEN] = a.name.given[0].h;
        }
    }
    if let Some(x) = family {
        g.levels[FAMILY] = x;
        if x == 0 {
            g.tf[FAMILY] = a.name.family.as_ref().map_or(0, |k| k.h);
        }
    }
    if let Some(x) = dob_level(a.dob, b.dob) {
        g.levels[DOB] = x;
    }
    // E-mail: the best level over all pairs of addresses.
    if !a.emails.is_empty() && !b.emails.is_empty() {
        let mut best = lv(EMAIL, Level::Different);
        for x in &a.emails {
            for y in &b.emails {
                let l = if x.key == y.key {
                    if x.role {
                        g.tf[EMAIL] = x.key;
                        lv(EMAIL, Level::Role)
                    } else {
                        lv(EMAIL, Level::Exact)
                    }
                } else if x.local == y.local && !x.role {
                    lv(EMAIL, Level::LocalPart)
                } else if x.domain == y.domain && !x.free {
                    g.tf[EMAIL] = x.domain;
                    lv(EMAIL, Level::Domain)
                } else {
                    lv(EMAIL, Level::Different)
                };
                best = best.min(l);
            }
        }
        if best != lv(EMAIL, Level::Role) && best != lv(EMAIL, Level::Domain) {
            g.tf[EMAIL] = 0;
        }
        // A local part shared at different providers mostly repeats the names
        // (`stefan.becker@`): when both names already agree exactly it is no new evidence.
        let names_exact = g.levels[GIVEN] == lv(GIVEN, Level::Exact)
            && g.levels[FAMILY] == lv(FAMILY, Level::Exact);
        if best != lv(EMAIL, Level::LocalPart) || !names_exact {
            g.levels[EMAIL] = best;
        }
    }
    if !a.phones.is_empty() && !b.phones.is_empty() {
        let mut best = lv(PHONE, Level::Different);
        for x in &a.phones {
            for y in &b.phones {
                if x.e164 == y.e164 {
                    let l = if x.mobile {
                        lv(PHONE, Level::Mobile)
                    } else {
                        lv(PHONE, Level::Landline)
                    };
                    if l < best {
                        best = l;
                        g.tf[PHONE] = x.e164;
                    }
                }
            }
        }
        g.levels[PHONE] = best;
    }
    // Address. A street address agrees when street and number agree in the same locality
    // (postcode equal or one typo apart, or city equal or close; postcodes in most countries
    // cover many streets and many cities have a `Kerkstraat 1`). Without a street on a side, the
    // match key (postcode + number) decides. An agreeing address already says postcode and
    // city: they are not counted again.
    let (aa, ba) = (&a.address, &b.address);
    let postcode = match (&aa.postcode, &ba.postcode) {
        (Some(pa), Some(pb)) => Some(if pa.h == pb.h {
            lv(POSTCODE, Level::Exact)
        } else if memo_bool(6, pa.h, pb.h, || {
            osa_within(pa.s.as_bytes(), pb.s.as_bytes(), 1).is_some()
        }) || (pa.s.len() == 6
            && pb.s.len() == 6
            && pa.s.as_bytes()[..4] == pb.s.as_bytes()[..4])
        {
            lv(POSTCODE, Level::Near)
        } else {
            lv(POSTCODE, Level::Different)
        }),
        _ => None,
    };
    let city = match (&aa.city, &ba.city) {
        (Some(ca), Some(cb)) => Some(if ca.eq(cb) {
            lv(CITY, Level::Exact)
        } else if memo_bool(7, ca.h, cb.h, || {
            jaro_winkler(ca.s.as_bytes(), cb.s.as_bytes(), 0.9) > 0.0
        }) {
            lv(CITY, Level::Fuzzy)
        } else {
            lv(CITY, Level::Different)
        }),
        _ => None,
    };
    let locality = match (postcode, city) {
        (None, None) => true,
        (p, c) => {
            p.is_some_and(|p| p != lv(POSTCODE, Level::Different))
                || c.is_some_and(|c| c != lv(CITY, Level::Different))
        }
    };
    if let (Some(sa), Some(sb)) = (&aa.street, &ba.street) {
        let same_street = sa.eq(sb);
        let close = same_street
            || memo_bool(5, sa.h, sb.h, || {
                jaro_winkler(sa.s.as_bytes(), sb.s.as_bytes(), 0.9) > 0.0
            });
        let same_number = aa.number != 0 && aa.number == ba.number;
        g.levels[ADDRESS] = if !locality {
            // Street and number without the locality: a typo in both postcode and city, or
            // the same street name in another town (rare among random pairs; own m and u).
            if same_street && same_number {
                lv(ADDRESS, Level::OtherLocality)
            } else {
                lv(ADDRESS, Level::Different)
            }
        } else if close && same_number {
            if same_street {
                lv(ADDRESS, Level::Exact)
            } else {
                lv(ADDRESS, Level::Fuzzy)
            }
        } else if same_street {
            lv(ADDRESS, Level::SameStreet)
        } else {
            lv(ADDRESS, Level::Different)
        };
        if g.levels[ADDRESS] == 0 && aa.street_number_key == ba.street_number_key {
            g.tf[ADDRESS] = aa.street_number_key;
        }
    } else if aa.match_key != 0 && aa.match_key == ba.match_key {
        g.levels[ADDRESS] = lv(ADDRESS, Level::Exact);
        g.tf[ADDRESS] = aa.match_key;
    } else if aa.match_key != 0 && ba.match_key != 0 {
        g.levels[ADDRESS] = lv(ADDRESS, Level::Different);
    }
    let agreed = g.levels[ADDRESS] == lv(ADDRESS, Level::Exact)
        || g.levels[ADDRESS] == lv(ADDRESS, Level::Fuzzy);
    if let Some(p) = postcode
        && !agreed
    {
        g.levels[POSTCODE] = p;
        if p == 0 {
            g.tf[POSTCODE] = aa.postcode.as_ref().map_or(0, |k| k.h);
        }
    }
    if let Some(c) = city
        && !agreed
    {
        g.levels[CITY] = c;
        if c == 0 {
            g.tf[CITY] = aa.city.as_ref().map_or(0, |k| k.h);
        }
    }
    // Organisation.
    let (oa, ob) = (&a.org, &b.org);
    if !oa.registrations.is_empty() && !ob.registrations.is_empty() {
        g.levels[ORG] = if oa
            .registrations
            .iter()
            .any(|r| ob.registrations.contains(r))
        {
            lv(ORG, Level::Registration)
        } else {
            lv(ORG, Level::RegistrationConflict)
        };
    } else if let (Some(ka), Some(kb)) = (&oa.core, &ob.core) {
        g.levels[ORG] = if ka.eq(kb) {
            g.tf[ORG] = ka.h;
            lv(ORG, Level::Exact)
        } else if oa.token_overlap(ob) >= 0.6
            || memo_bool(8, ka.h, kb.h, || {
                jaro_winkler(ka.s.as_bytes(), kb.s.as_bytes(), 0.92) > 0.0
            })
            || (oa.tokens.len() == 1 && oa.tokens[0].0 == ob.acronym && ob.acronym != 0)
            || (ob.tokens.len() == 1 && ob.tokens[0].0 == oa.acronym && oa.acronym != 0)
        {
            lv(ORG, Level::Fuzzy)
        } else {
            lv(ORG, Level::Different)
        };
    }
    g
}

/// Whether the given names of two records are compatible (no evidence of two people).
pub(crate) fn given_compatible(a: &PersonName, b: &PersonName) -> bool {
    given_level(a, b) != Some(lv(GIVEN, Level::Different))
}
