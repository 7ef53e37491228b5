//! Number type, validity and region of a parsed number, computed together in one pass.
//!
//! libphonenumber answers `is_valid_number`, `number_type` and `region_code_for_number` by
//! matching the national significant number against up to eleven number-range patterns of the
//! region, one regular expression at a time, and each of the three calls starts over. Here the
//! eleven patterns of a region, and its leading-digits pattern (for country codes shared by
//! several regions), are compiled once, on first use of the region, into one multi-pattern
//! DFA over ASCII digits. One walk over the digits gives every pattern that matches; the rules
//! below (libphonenumber's documented order of types) turn that set into the type, and the
//! type into validity and region. Nothing here keeps a cache that grows: the DFAs of all 254
//! metadata entries together take about 2 MB.
//!
//! The patterns come from the engine's own metadata, embedded as `metadata/metadata-9.0.42.bin`
//! (see the README there); tests check it against the engine region by region. If a DFA could
//! not be built, that region falls back to the engine's own functions.

use std::sync::{LazyLock, OnceLock};

use prost::Message;
use regex_automata::{
    Anchored, Input, MatchKind,
    dfa::{Automaton, StartKind, dense},
    nfa::thompson,
    util::{start, syntax},
};
use rlibphonenumber::{PHONE_NUMBER_UTIL, PhoneMetadata, PhoneMetadataCollection, PhoneNumberDesc};

use super::codes::NumberType;
use super::format::{Rule, format_nsn};
use super::regions;

/// The engine's metadata (libphonenumber 9.0.42 as compiled by `rlibphonenumber` 2.2.15).
static METADATA: &[u8] = include_bytes!("metadata/metadata-9.0.42.bin");

/// The descriptions matched, in libphonenumber's order of checking; then the leading digits.
const GENERAL: usize = 0;
const PREMIUM_RATE: usize = 1;
const TOLL_FREE: usize = 2;
const SHARED_COST: usize = 3;
const VOIP: usize = 4;
const PERSONAL_NUMBER: usize = 5;
const PAGER: usize = 6;
const UAN: usize = 7;
const VOICEMAIL: usize = 8;
const FIXED_LINE: usize = 9;
const MOBILE: usize = 10;
const LEADING_DIGITS: usize = 11;
const DESCS: usize = 11;

/// The special types checked after the general description, before fixed line and mobile.
const SPECIAL: [(usize, NumberType); 8] = [
    (PREMIUM_RATE, NumberType::PremiumRate),
    (TOLL_FREE, NumberType::TollFree),
    (SHARED_COST, NumberType::SharedCost),
    (VOIP, NumberType::Voip),
    (PERSONAL_NUMBER, NumberType::PersonalNumber),
    (PAGER, NumberType::Pager),
    (UAN, NumberType::Uan),
    (VOICEMAIL, NumberType::Voicemail),
];

/// One metadata entry (a region, or a non-geographic country code).
pub(crate) struct Plan {
    country_code: i32,
    same_mobile_and_fixed_line: bool,
    /// Per description: the lengths it allows as bits (`u64::MAX` when it lists none, which
    /// means "as the general description").
    lengths: [u64; DESCS],
    /// Per pattern (descriptions, then leading digits): the regex, if the metadata has one.
    patterns: [Option<String>; DESCS + 1],
    /// What the international format writes before an extension (`" x"` in GB).
    preferred_extn_prefix: Option<String>,
    /// The format rules for the national format (and the international one when the next is
    /// empty), and those for the international format only.
    national_rules: Vec<Rule>,
    intl_rules: Vec<Rule>,
    dfa: OnceLock<Option<dense::DFA<Vec<u32>>>>,
    /// `international_prefix` and `national_prefix_for_parsing`, as stored (`^(?:X)$`).
    idd: Option<String>,
    national_prefix: Option<String>,
    /// Whether the metadata has a (non-empty) `national_prefix_transform_rule`.
    transform: bool,
    /// The general description's possible lengths and local-only lengths as bits, as the
    /// engine's length test builds them (no lengths: 0).
    general_possible: u64,
    general_local: u64,
    /// Leftmost-first DFAs for the two prefixes, matched at the start (built on first use).
    prefix_dfas: OnceLock<(Option<Dfa>, Option<Dfa>)>,
}

type Dfa = dense::DFA<Vec<u32>>;

/// Where a plan's metadata entry is.
#[derive(Debug, Clone, Copy)]
enum PlanIx {
    Region(usize),
    NonGeographic(usize),
}

/// What the tables know of a country calling code.
enum Code {
    /// No region has it (the engine's `get_regions_for_country_calling_code` is `None`).
    Unknown,
    /// A region of the code is missing from the tables: the engine answers.
    Engine,
    /// The code's regions in the engine's order (the main region first), with their plans.
    Known(Vec<(&'static str, PlanIx)>),
}

struct Tables {
    /// Indexed like [`regions::SUPPORTED_REGIONS`].
    regions: Vec<Option<Plan>>,
    /// Non-geographic entities (`"001"`), by country code.
    non_geographic: Vec<Plan>,
    /// Indexed by country calling code, `0..1000`.
    codes: Vec<Code>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(build_tables);

#[allow(deprecated)] // the engine marks the pattern fields it moves into its own wrappers
fn plan(m: &PhoneMetadata) -> Plan {
    let descs: [&Option<PhoneNumberDesc>; DESCS] = [
        &m.general_desc,
        &m.premium_rate,
        &m.toll_free,
        &m.shared_cost,
        &m.voip,
        &m.personal_number,
        &m.pager,
        &m.uan,
        &m.voicemail,
        &m.fixed_line,
        &m.mobile,
    ];
    let mut lengths = [u64::MAX; DESCS];
    let mut patterns: [Option<String>; DESCS + 1] = Default::default();
    for (i, d) in descs.iter().enumerate() {
        let Some(d) = d else { continue };
        if !d.possible_length.is_empty() {
            lengths[i] = d
                .possible_length
                .iter()
                .filter(|&&l| (0..64).contains(&l))
                .fold(0, |acc, &l| acc | 1 << l);
        }
        patterns[i].clone_from(&d.national_number_pattern);
    }
    // Leading digits are matched as a prefix: the stored pattern is `^(?:…)$`.
    patterns[LEADING_DIGITS] = m
        .leading_digits
        .as_deref()
        .map(|p| p.strip_suffix('$').unwrap_or(p).to_owned());
    Plan {
        country_code: m.country_code.unwrap_or(0),
        same_mobile_and_fixed_line: m.same_mobile_and_fixed_line_pattern.unwrap_or(false),
        lengths,
        patterns,
        preferred_extn_prefix: m.preferred_extn_prefix.clone(),
        national_rules: m.number_format.iter().map(Rule::from_metadata).collect(),
        intl_rules: m
            .intl_number_format
            .iter()
            .map(Rule::from_metadata)
            .collect(),
        dfa: OnceLock::new(),
        idd: m.international_prefix.clone(),
        national_prefix: m.national_prefix_for_parsing.clone(),
        transform: m
            .national_prefix_transform_rule
            .as_deref()
            .is_some_and(|t| !t.is_empty()),
        general_possible: m
            .general_desc
            .as_ref()
            .map_or(0, |d| length_mask(&d.possible_length)),
        general_local: m
            .general_desc
            .as_ref()
            .map_or(0, |d| length_mask(&d.possible_length_local_only)),
        prefix_dfas: OnceLock::new(),
    }
}

/// The engine's `build_length_mask`.
fn length_mask(lengths: &[i32]) -> u64 {
    lengths
        .iter()
        .filter(|&&l| (0..64).contains(&l))
        .fold(0, |acc, &l| acc | 1 << l)
}

fn build_tables() -> Tables {
    let mut regions: Vec<Option<Plan>> = regions::SUPPORTED_REGIONS.iter().map(|_| None).collect();
    let mut non_geographic = Vec::new();
    // The embedded bytes are fixed at build time and checked by the tests; a decode failure
    // leaves the tables empty, and every number then goes to the engine.
    let collection = PhoneMetadataCollection::decode(METADATA).unwrap_or_default();
    for m in &collection.metadata {
        if m.id == "001" {
            non_geographic.push(plan(m));
        } else if let Ok(i) = regions::SUPPORTED_REGIONS.binary_search(&m.id.as_str()) {
            regions[i] = Some(plan(m));
        }
    }
    non_geographic.sort_by_key(|p| p.country_code);
    let codes = (0..1000)
        .map(|cc| code_entry(&regions, &non_geographic, cc))
        .collect();
    Tables {
        regions,
        non_geographic,
        codes,
    }
}

fn code_entry(regions: &[Option<Plan>], non_geographic: &[Plan], cc: i32) -> Code {
    let Some(candidates) = PHONE_NUMBER_UTIL.get_regions_for_country_calling_code(cc) else {
        return Code::Unknown;
    };
    let mut known = Vec::with_capacity(candidates.len());
    for r in candidates {
        let Some(region) = regions::static_region(r.as_region_str().as_str()) else {
            return Code::Engine;
        };
        let ix = if region == "001" {
            non_geographic
                .binary_search_by_key(&cc, |p| p.country_code)
                .ok()
                .map(PlanIx::NonGeographic)
        } else {
            regions::SUPPORTED_REGIONS
                .binary_search(&region)
                .ok()
                .filter(|&i| regions[i].is_some())
                .map(PlanIx::Region)
        };
        let Some(ix) = ix else {
            return Code::Engine;
        };
        known.push((region, ix));
    }
    if known.is_empty() {
        return Code::Unknown;
    }
    Code::Known(known)
}

impl Tables {
    fn plan(&self, ix: PlanIx) -> Option<&Plan> {
        match ix {
            PlanIx::Region(i) => self.regions.get(i)?.as_ref(),
            PlanIx::NonGeographic(i) => self.non_geographic.get(i),
        }
    }

    fn code(&self, country_code: i32) -> &Code {
        usize::try_from(country_code)
            .ok()
            .and_then(|i| self.codes.get(i))
            .unwrap_or(&Code::Unknown)
    }
}

/// A pattern that never matches, for descriptions without one.
const NEVER: &str = "[^\\x00-\\xFF]";

fn build_dfa(plan: &Plan) -> Option<dense::DFA<Vec<u32>>> {
    let patterns: Vec<&str> = plan
        .patterns
        .iter()
        .map(|p| p.as_deref().unwrap_or(NEVER))
        .collect();
    dense::Builder::new()
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::All)
                .start_kind(StartKind::Anchored)
                .minimize(false),
        )
        // The national significant number is ASCII digits: `\d` as `[0-9]` matches the same.
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .thompson(thompson::Config::new().utf8(false))
        .build_many(&patterns)
        .ok()
}

impl Plan {
    fn dfa(&self) -> Option<&dense::DFA<Vec<u32>>> {
        self.dfa.get_or_init(|| build_dfa(self)).as_ref()
    }

    /// The set of patterns `nsn` matches (bit `i` for pattern `i`); `None` without a DFA.
    fn matches(&self, nsn: &[u8]) -> Option<u32> {
        let dfa = self.dfa()?;
        let mut state = dfa
            .start_state(&start::Config::new().anchored(Anchored::Yes))
            .ok()?;
        let mut bits = 0u32;
        let mut collect = |s| {
            for i in 0..dfa.match_len(s) {
                bits |= 1 << dfa.match_pattern(s, i).as_u32();
            }
        };
        for &b in nsn {
            state = dfa.next_state(state, b);
            if dfa.is_special_state(state) {
                if dfa.is_match_state(state) {
                    collect(state);
                } else if dfa.is_dead_state(state) {
                    return Some(bits);
                } else if dfa.is_quit_state(state) {
                    return None;
                }
            }
        }
        state = dfa.next_eoi_state(state);
        if dfa.is_match_state(state) {
            collect(state);
        }
        Some(bits)
    }

    /// libphonenumber `get_number_type_helper` from the matched set.
    fn number_type(&self, len: usize, bits: u32) -> NumberType {
        let is = |i: usize| bits & (1 << i) != 0 && self.lengths[i] & (1u64 << len.min(63)) != 0;
        if !is(GENERAL) {
            return NumberType::Unknown;
        }
        if let Some(&(_, t)) = SPECIAL.iter().find(|&&(i, _)| is(i)) {
            return t;
        }
        if is(FIXED_LINE) {
            if self.same_mobile_and_fixed_line || is(MOBILE) {
                return NumberType::FixedLineOrMobile;
            }
            return NumberType::FixedLine;
        }
        if !self.same_mobile_and_fixed_line && is(MOBILE) {
            return NumberType::Mobile;
        }
        NumberType::Unknown
    }
}

/// Region, type and validity of one parsed number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Class {
    /// `region_code_for_number`.
    pub(crate) region: Option<&'static str>,
    /// `number_type`.
    pub(crate) number_type: NumberType,
    /// `is_valid_number`.
    pub(crate) is_valid: bool,
}

/// `region_code_for_number`, `number_type` and `is_valid_number` of a number with country code
/// `country_code` and national significant number `nsn`; `None` when a region's DFA is missing
/// (the caller then asks the engine).
pub(crate) fn classify(country_code: i32, nsn: &str) -> Option<Class> {
    let tables = &*TABLES;
    let unknown = Class {
        region: None,
        number_type: NumberType::Unknown,
        is_valid: false,
    };
    let candidates = match tables.code(country_code) {
        Code::Unknown => return Some(unknown),
        Code::Engine => return None,
        Code::Known(c) => c,
    };
    let several = candidates.len() > 1;
    for &(region, ix) in candidates {
        let plan = tables.plan(ix)?;
        let bits = plan.matches(nsn.as_bytes())?;
        let number_type = plan.number_type(nsn.len(), bits);
        if !several || bits & (1 << LEADING_DIGITS) != 0 || number_type != NumberType::Unknown {
            return Some(Class {
                region: Some(region),
                number_type,
                is_valid: number_type != NumberType::Unknown,
            });
        }
    }
    Some(unknown)
}

/// The metadata libphonenumber formats numbers with `country_code` by (that of the code's main
/// region, or of the non-geographic entity); also the one its length test uses.
fn format_plan(country_code: i32) -> Option<&'static Plan> {
    let tables = &*TABLES;
    match tables.code(country_code) {
        Code::Known(c) => tables.plan(c.first()?.1),
        Code::Unknown | Code::Engine => None,
    }
}

/// A country calling code's main plan, for the parser: `Err(())` when the engine must answer
/// (a region missing from the tables), `Ok(None)` for a code no region has.
pub(crate) fn main_plan(country_code: i32) -> Result<Option<&'static Plan>, ()> {
    let tables = &*TABLES;
    match tables.code(country_code) {
        Code::Unknown => Ok(None),
        Code::Engine => Err(()),
        Code::Known(c) => match c.first().and_then(|&(_, ix)| tables.plan(ix)) {
            Some(p) => Ok(Some(p)),
            None => Err(()),
        },
    }
}

/// The plan of a supported region code (not `"001"`).
pub(crate) fn region_plan(region: &'static str) -> Option<&'static Plan> {
    TABLES.regions.get(regions::index(region)?)?.as_ref()
}

/// libphonenumber `is_possible_number_with_reason` (the length test of the code's main plan,
/// for an unknown type); `None` when the engine must answer.
pub(crate) fn possible_length(country_code: i32, nsn_len: usize) -> Option<LengthVerdict> {
    match main_plan(country_code) {
        Ok(Some(plan)) => Some(plan.test_length(nsn_len)),
        Ok(None) => Some(LengthVerdict::InvalidCountryCode),
        Err(()) => None,
    }
}

/// The engine's `test_number_length` verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LengthVerdict {
    IsPossible,
    IsPossibleLocalOnly,
    InvalidCountryCode,
    TooShort,
    InvalidLength,
    TooLong,
}

/// A leftmost-first DFA for `^(?:X)` from the stored `^(?:X)$`, as the engine's `anchor_start`.
fn prefix_dfa(stored: &str) -> Option<Dfa> {
    if stored.len() < 6 {
        return None;
    }
    dense::Builder::new()
        .configure(
            dense::Config::new()
                .start_kind(StartKind::Anchored)
                .minimize(false),
        )
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .thompson(thompson::Config::new().utf8(false))
        .build(stored.strip_suffix('$')?)
        .ok()
}

/// Where the leftmost-first match of `dfa` at the start of `digits` ends; `Err(())` if the
/// search gave up.
fn prefix_end(dfa: &Dfa, digits: &[u8]) -> Result<Option<usize>, ()> {
    dfa.try_search_fwd(&Input::new(digits).anchored(Anchored::Yes))
        .map(|m| m.map(|h| h.offset()))
        .map_err(|_| ())
}

impl Plan {
    /// The country calling code of the entry.
    pub(crate) fn country_code(&self) -> i32 {
        self.country_code
    }

    fn prefix_dfas(&self) -> &(Option<Dfa>, Option<Dfa>) {
        self.prefix_dfas.get_or_init(|| {
            (
                self.idd.as_deref().and_then(prefix_dfa),
                self.national_prefix.as_deref().and_then(prefix_dfa),
            )
        })
    }

    /// Where the international prefix at the start of `digits` ends (`Ok(None)`: none there);
    /// `Err(())` when the engine must answer.
    pub(crate) fn idd_end(&self, digits: &[u8]) -> Result<Option<usize>, ()> {
        if self.idd.is_none() {
            return Ok(None);
        }
        prefix_end(self.prefix_dfas().0.as_ref().ok_or(())?, digits)
    }

    /// libphonenumber `maybe_strip_national_prefix_and_carrier_code` (the number it returns):
    /// `Err(())` when the engine must answer (a transform rule, a pattern without DFA).
    pub(crate) fn strip_national_prefix<'a>(&self, number: &'a [u8]) -> Result<&'a [u8], ()> {
        if number.is_empty() || self.national_prefix.is_none() {
            return Ok(number);
        }
        if self.transform {
            return Err(());
        }
        let dfa = self.prefix_dfas().1.as_ref().ok_or(())?;
        let Some(end) = prefix_end(dfa, number)? else {
            return Ok(number);
        };
        let stripped = &number[end..];
        if self.general(number)? && !self.general(stripped)? {
            return Ok(number);
        }
        Ok(stripped)
    }

    /// Whether `digits` fully match the general description's pattern.
    pub(crate) fn general(&self, digits: &[u8]) -> Result<bool, ()> {
        Ok(self.matches(digits).ok_or(())? & (1 << GENERAL) != 0)
    }

    /// The engine's `test_number_length_with_unknown_type` for a number of `len` digits.
    pub(crate) fn test_length(&self, len: usize) -> LengthVerdict {
        let possible = self.general_possible;
        if possible == 0 {
            return LengthVerdict::InvalidLength;
        }
        if len >= 64 {
            return LengthVerdict::TooLong;
        }
        let bit = 1u64 << len;
        if self.general_local & bit != 0 {
            return LengthVerdict::IsPossibleLocalOnly;
        }
        let min = possible.trailing_zeros() as usize;
        let max = 63 - possible.leading_zeros() as usize;
        if min == len {
            LengthVerdict::IsPossible
        } else if min > len {
            LengthVerdict::TooShort
        } else if max < len {
            LengthVerdict::TooLong
        } else if possible & bit != 0 {
            LengthVerdict::IsPossible
        } else {
            LengthVerdict::InvalidLength
        }
    }
}

/// What libphonenumber writes before the extension in the international and national formats
/// of numbers with `country_code`; `None` when the metadata has no entry for the code.
pub(crate) fn extension_prefix(country_code: i32) -> Option<&'static str> {
    Some(
        format_plan(country_code)?
            .preferred_extn_prefix
            .as_deref()
            .unwrap_or(" ext. "),
    )
}

/// libphonenumber `format_number` in the international (`international`) or national format,
/// for a number with `country_code`, national significant number `nsn` and extension `ext`;
/// `None` where the engine should format it (no metadata for the code, a rule that does not
/// compile).
pub(crate) fn format(
    country_code: i32,
    nsn: &str,
    ext: Option<&str>,
    international: bool,
) -> Option<String> {
    let plan = format_plan(country_code)?;
    let rules = if international && !plan.intl_rules.is_empty() {
        &plan.intl_rules
    } else {
        &plan.national_rules
    };
    let body = format_nsn(rules, nsn, !international)?;
    let ext = ext.filter(|e| !e.is_empty());
    let mut out = String::with_capacity(body.len() + 6 + ext.map_or(0, |e| e.len() + 6));
    if international {
        out.push('+');
        out.push_str(&country_code.to_string());
        out.push(' ');
    }
    out.push_str(&body);
    if let Some(ext) = ext {
        out.push_str(plan.preferred_extn_prefix.as_deref().unwrap_or(" ext. "));
        out.push_str(ext);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_metadata_is_the_engines() {
        let tables = &*TABLES;
        // Every supported region and every non-geographic code is present, with its DFA.
        for (i, code) in regions::SUPPORTED_REGIONS.iter().enumerate() {
            let plan = tables.regions[i]
                .as_ref()
                .unwrap_or_else(|| panic!("{code}"));
            assert!(plan.dfa().is_some(), "{code}");
            let r = rlibphonenumber::enums::Region::from_code(code).unwrap();
            assert_eq!(
                PHONE_NUMBER_UTIL.get_country_code_for_region(r),
                Some(plan.country_code),
                "{code}"
            );
        }
        let mut engine: Vec<i32> = PHONE_NUMBER_UTIL
            .get_supported_global_network_calling_codes()
            .collect();
        engine.sort_unstable();
        let ours: Vec<i32> = tables
            .non_geographic
            .iter()
            .map(|p| p.country_code)
            .collect();
        assert_eq!(ours, engine);
        for p in &tables.non_geographic {
            assert!(p.dfa().is_some(), "{}", p.country_code);
        }
    }

    #[test]
    fn agrees_with_the_engine_on_example_numbers() {
        let types = crate::phone::engine::EXAMPLE_TYPES;
        let mut numbers = Vec::new();
        for r in PHONE_NUMBER_UTIL.get_supported_regions() {
            numbers.extend(PHONE_NUMBER_UTIL.get_invalid_example_number(r).ok());
            for t in types {
                numbers.extend(
                    PHONE_NUMBER_UTIL
                        .get_example_number_for_type_and_region(r, t)
                        .ok(),
                );
            }
        }
        for cc in PHONE_NUMBER_UTIL.get_supported_global_network_calling_codes() {
            numbers.extend(
                PHONE_NUMBER_UTIL
                    .get_example_number_for_non_geo_entity(cc)
                    .ok(),
            );
        }
        assert!(numbers.len() > 1000, "{}", numbers.len());
        let mut checked = 0;
        for n in &numbers {
            // Also one digit more and one less, to reach invalid and other-length numbers.
            let nsn = n.get_national_significant_number();
            for variant in [
                nsn.clone(),
                format!("{nsn}1"),
                nsn[..nsn.len() - 1].to_owned(),
            ] {
                let Ok(m) = PHONE_NUMBER_UTIL.parse(format!("+{}{variant}", n.country_code), None)
                else {
                    continue;
                };
                let ours = classify(m.country_code, &m.get_national_significant_number())
                    .expect("every region has a DFA");
                let engine = super::super::engine::engine_class(&m);
                assert_eq!(ours, engine, "+{} {variant}", n.country_code);
                checked += 1;
            }
        }
        assert!(checked > 3000, "{checked}");
    }
}
