//! The pipeline: pre-clean, country, the last line anchored on the postcode, special lines,
//! the street line, and the output.

use std::borrow::Cow;

use super::country::{self, Lang, code_from_name, code_from_prefix, info};
use super::grammar::{parse_street_line, unit_kind, unit_kind_any_case};
use super::postcode::{self, Found};
use super::preclean::{
    MAX_SEGMENTS, Small, TextExt, TokVec, all_digits, fold, fold_len, is_wordy, preclean,
    smart_case, span, starts_digit, with_lower,
};
use super::streets::{canonical_street, detect_lang, en_type};
use super::{Address, AddressColumns, AddressWarning, be, city, region, render};

/// Names that are both a country and a city (never stripped from the end of a line).
const CITY_STATES: &[&str] = &[
    "luxembourg",
    "luxemburg",
    "monaco",
    "singapore",
    "san marino",
    "andorra",
    "gibraltar",
    "hong kong",
    "vatican",
    "mexico",
    "djibouti",
    "kuwait",
    "panama",
    "guatemala",
];

#[derive(Debug, Default)]
struct State {
    segs: Vec<Small>,
    warnings: Vec<AddressWarning>,
}

impl State {
    fn warn(&mut self, w: AddressWarning) {
        if !self.warnings.contains(&w) {
            self.warnings.push(w);
        }
    }
}

/// Parses `text` with an optional (validated) hint, so that `parse(a.canonical) == a`
/// (warnings aside, as they describe the spelling).
///
/// One pass of the pipeline gives that for real addresses (every golden spelling), but when
/// the input holds junk the pass had to leave out or guess around (word salad such as
/// `8001 D-10117 Flat`), the rendering can read differently again. Such results are settled:
/// the canonical form is parsed again until it is a fixed point (at most [`MAX_SETTLE`]
/// rounds), and that fixed point's address is returned with the input's warnings. Clean
/// results skip this, so it costs nothing on ordinary input.
pub(crate) fn parse_text(text: &str, hint: Option<&'static str>) -> Address {
    let a = parse_once(text, hint);
    match a.canonical.as_deref() {
        Some(c) if c != text && unsettled(&a) => settle(a),
        _ => a,
    }
}

/// Most reparses of the canonical form when settling a result.
const MAX_SETTLE: usize = 4;

/// Whether a result may not be a fixed point of the pipeline: the pass left text out, guessed
/// a suffix, kept an invalid postcode or met no country, or a component still holds something
/// that reads as another component (a postcode with a country prefix, a number in the city).
fn unsettled(a: &Address) -> bool {
    a.warnings.iter().any(|w| {
        matches!(
            w,
            AddressWarning::UnparsedText
                | AddressWarning::SuffixAmbiguous
                | AddressWarning::PostcodeInvalid
                | AddressWarning::CountryUnknown
                | AddressWarning::CountryConflict
        )
    }) || [a.city.as_deref(), a.street.as_deref(), a.unit.as_deref()]
        .into_iter()
        .flatten()
        .any(|v| v.words().any(|t| t.bytes().any(|b| b.is_ascii_digit()) && t.contains('-')))
        || a.city
            .as_deref()
            .is_some_and(|c| c.bytes().any(|b| b.is_ascii_digit()))
        // An incomplete address leaves the next pass more room to read a part differently.
        || a.postcode.is_none()
        || a.city.is_none()
        || a.street.is_some() != a.house_number.is_some()
        || a.street.is_none() && a.po_box.is_none()
        // Parts whose rendering another pass may read as a different part: a unit word inside
        // the street, `bis`/`ter`, sorting codes and a city line reading `Cedex`. (Units and
        // suffixes as such are common in real addresses, which are fixed points, so they do
        // not trigger the extra pass.)
        || a
            .street
            .as_deref()
            .is_some_and(|s| s.words().any(|w| unit_kind_any_case(w).is_some()))
        || a.sorting_code.is_some()
        || a
            .house_number_suffix
            .as_deref()
            .is_some_and(|s| matches!(s, "bis" | "ter" | "quater"))
        || a.city.as_deref().is_some_and(|c| {
            c.contains('/')
                || c.as_bytes()
                    .windows(5)
                    .any(|w| w.eq_ignore_ascii_case(b"cedex"))
        })
}

/// Reparses the canonical form of `first` until it is a fixed point.
fn settle(first: Address) -> Address {
    let input_warnings = first.warnings.clone();
    let mut cur = first;
    for _ in 0..MAX_SETTLE {
        let Some(c) = cur.canonical.as_deref() else {
            break;
        };
        let next = parse_once(c, None);
        if next.canonical.as_deref() == Some(c) {
            // `c` is a fixed point: `parse(c)` gives `next`.
            cur = next;
            break;
        }
        cur = next;
    }
    for w in input_warnings {
        if !cur.warnings.contains(&w) {
            cur.warnings.push(w);
        }
    }
    cur.warnings.sort();
    cur
}

/// One pass of the pipeline.
fn parse_once(text: &str, hint: Option<&'static str>) -> Address {
    let Some(cleaned) = preclean(text) else {
        return Address {
            warnings: vec![AddressWarning::TooLong],
            ..Address::default()
        };
    };
    let mut st = State {
        segs: cleaned.segments,
        warnings: Vec::new(),
    };
    if st.segs.is_empty() {
        return Address::default();
    }
    if cleaned.noise {
        st.warn(AddressWarning::NoiseRemoved);
    }
    let mut a = Address::default();

    merge_number_segments(&mut st.segs);
    // 1. Country named in the text.
    let named = take_country_name(&mut st.segs, hint);
    // 2. Obsolete prefixes (`D-12345`).
    let prefixed = take_prefix(&mut st.segs);
    // From here on the parts are only read.
    let segs = std::mem::take(&mut st.segs);
    let mut cc: Option<&'static str> = named.or(prefixed);
    if let (Some(c), Some(h)) = (cc, hint)
        && c != h
    {
        st.warn(AddressWarning::CountryConflict);
    }
    let explicit = cc.is_some();
    if cc.is_none() {
        cc = hint;
    }

    // 3. The postcode anchor.
    let mut anchor = cc.and_then(|c| find_anchor(&segs, c));
    if anchor.is_none() {
        // A unique shape of another country beats a hint; never a named country.
        if !explicit {
            const GUESSES: [&str; 5] = ["NL", "GB", "CA", "IE", "US"];
            // Every guess's anchor in one scan (`""`, no postcodes, for the hint tried above).
            let found = find_anchors(&segs, GUESSES.map(|g| if Some(g) == cc { "" } else { g }));
            for (guess, f) in GUESSES.into_iter().zip(found) {
                if Some(guess) == cc {
                    continue;
                }
                if let Some(f) = f
                    && unique_shape(guess, &f.1, &segs)
                {
                    if cc.is_some() {
                        st.warn(AddressWarning::CountryConflict);
                    } else {
                        st.warn(AddressWarning::CountryGuessed);
                    }
                    cc = Some(guess);
                    anchor = Some(f);
                    break;
                }
            }
        }
    }
    if anchor.is_none() && cc.is_none() {
        // Bare 4- or 5-digit postcodes: the city tells the country.
        if let Some((si, f, guess)) = guess_by_city(&segs) {
            st.warn(AddressWarning::CountryGuessed);
            cc = Some(guess);
            anchor = Some((si, f));
        }
    }
    let mut raw_postcode: Option<String> = None;
    if anchor.is_none() {
        // A postcode-like value that does not fit the country's format.
        if let Some((si, tok)) = invalid_postcode(&segs, cc) {
            st.warn(AddressWarning::PostcodeInvalid);
            raw_postcode = Some(tok.clone());
            anchor = Some((
                si,
                Found {
                    start: 0,
                    end: 1,
                    canonical: tok,
                    valid: false,
                },
            ));
        }
    }
    let ctry = cc.map(info);
    let city_first = ctry.is_some_and(|c| c.city_first);
    let cc_s: &'static str = cc.unwrap_or("");

    // 4. Split the anchor segment into street part, postcode, city, region, sorting code.
    // At most `MAX_SEGMENTS` parts come out of the pre-clean.
    let mut used = [false; MAX_SEGMENTS];
    // Borrowed from `segs` where the text is a whole segment or a run of its tokens.
    let mut extra_street: Option<Cow<'_, str>> = None;
    let mut city_raw: Option<Cow<'_, str>> = None;
    let mut anchor_idx: Option<usize> = None;
    if let Some((si, mut f)) = anchor {
        anchor_idx = Some(si);
        used[si] = true;
        let seg = &segs[si];
        let toks = TokVec::collect(seg.words());
        a.postcode = Some(raw_postcode.unwrap_or_else(|| std::mem::take(&mut f.canonical)));
        if !f.valid && !st.warnings.contains(&AddressWarning::PostcodeInvalid) {
            st.warn(AddressWarning::PostcodeInvalid);
        }
        let before = &toks[..f.start];
        let after = &toks[f.end..];
        if city_first {
            let mut b: &[&str] = before;
            // State / province right before the postcode (`IL 62701`, `NSW 2000`).
            for n in 1..=3 {
                if b.len() >= n && matches!(cc_s, "US" | "CA" | "AU") {
                    let cand = fold(&b[b.len() - n..].join(" "));
                    if let Some(r) = region::lookup(cc_s, &cand) {
                        a.region = Some(r);
                        b = &b[..b.len() - n];
                        break;
                    }
                }
            }
            if !after.is_empty() {
                st.warn(AddressWarning::UnparsedText);
            }
            let region_line = (si > 1 && a.region.is_none())
                .then(|| region_of_line(cc_s, &segs[si - 1]))
                .flatten()
                .filter(|_| {
                    is_city_line(&segs[si - 2])
                        && city::local_name(cc_s, &fold(&segs[si - 1])).is_none()
                });
            if b.is_empty()
                && let Some(r) = region_line
            {
                // `Toronto, Ontario, M5H 2N2`, `Ennis, County Clare, V95 X2Y3`.
                a.region = Some(r);
                used[si - 1] = true;
                city_raw = Some(Cow::Borrowed(&segs[si - 2]));
                used[si - 2] = true;
            } else if b.is_empty() {
                // The city is the previous unused wordy segment.
                if si > 0
                    && (is_city_line(&segs[si - 1]) || cc_s == "IE" && is_dublin(&segs[si - 1]))
                {
                    city_raw = Some(Cow::Borrowed(&segs[si - 1]));
                    used[si - 1] = true;
                    // `Springfield, Illinois, 62701`: region line before.
                } else if si > 0 && a.region.is_none() {
                    let r = region::lookup(cc_s, &fold(&segs[si - 1]));
                    if r.is_some() && si > 1 && is_city_line(&segs[si - 2]) {
                        a.region = r;
                        used[si - 1] = true;
                        city_raw = Some(Cow::Borrowed(&segs[si - 2]));
                        used[si - 2] = true;
                    }
                }
            } else {
                // Street and city on one line: the city follows the last street type or unit.
                let cut = street_city_cut(b);
                if cut > 0 {
                    extra_street = Some(Cow::Borrowed(span(seg, &b[..cut])));
                }
                if cut < b.len() {
                    city_raw = Some(Cow::Borrowed(span(seg, &b[cut..])));
                }
            }
        } else {
            if !before.is_empty() {
                extra_street = Some(Cow::Borrowed(span(seg, before)));
            }
            let mut c: &[&str] = after;
            // CEDEX as sorting code (France and overseas departments).
            if let Some(pos) = c.iter().position(|t| t.eq_ignore_ascii_case("cedex")) {
                let rest = &c[pos + 1..];
                let sc = if rest.len() == 1 && all_digits(rest[0]) {
                    let n = rest[0].trim_start_matches('0');
                    format!("CEDEX {}", if n.is_empty() { "0" } else { n })
                } else {
                    if !rest.is_empty() {
                        st.warn(AddressWarning::UnparsedText);
                    }
                    "CEDEX".to_owned()
                };
                a.sorting_code = Some(sc);
                c = &c[..pos];
            }
            // Region after the city (`Amsterdam NH`, `Milano (MI)`).
            if c.len() >= 2 {
                for n in (1..=2).rev() {
                    if c.len() > n {
                        // One token is its own join.
                        let tail: std::borrow::Cow<'_, str> = if n == 1 {
                            c[c.len() - 1].into()
                        } else {
                            c[c.len() - n..].join(" ").into()
                        };
                        let t = tail.trim_matches(['(', ')']);
                        let upper_code =
                            n == 1 && t.len() <= 3 && t.chars().all(|ch| ch.is_ascii_uppercase());
                        if (n == 2 || upper_code || tail.starts_with('('))
                            && let Some(r) = region::lookup(cc_s, &fold(t))
                        {
                            a.region = Some(r);
                            c = &c[..c.len() - n];
                            break;
                        }
                    }
                }
            }
            if !c.is_empty() {
                city_raw = Some(Cow::Borrowed(span(seg, c)));
            } else if si + 1 < segs.len()
                && is_city_line(&segs[si + 1])
                && region::lookup(cc_s, &fold(&segs[si + 1])).is_none()
            {
                city_raw = Some(Cow::Borrowed(&segs[si + 1]));
                used[si + 1] = true;
            } else if si > 0
                && is_city_line(&segs[si - 1])
                && !has_street_type(&segs[si - 1])
                && special_kind(&segs[si - 1]).is_none()
            {
                city_raw = Some(Cow::Borrowed(&segs[si - 1]));
                used[si - 1] = true;
            }
        }
    }

    // 5. The other lines.
    let mut street_line: Option<Cow<'_, str>> = extra_street;
    let mut street_seg: Option<usize> = None;
    // The street line is a whole segment, already read as no special line.
    let mut street_verbatim = false;
    let mut wordy: Vec<usize> = Vec::new();
    #[allow(clippy::needless_range_loop)] // `i` also indexes `segs` and `wordy`
    for i in 0..segs.len() {
        if used[i] {
            continue;
        }
        let seg: &str = &segs[i];
        if a.region.is_none()
            && let Some(r) = cc.and_then(|c| region_of_line(c, seg))
            && (i + 1 == segs.len() || anchor_idx.is_some_and(|ai| i > ai))
        {
            a.region = Some(r);
            continue;
        }
        if let Some(kind) = special_kind(seg) {
            match kind {
                Special::PoBox(t, n) => {
                    if a.po_box.is_none() {
                        a.po_box = Some(n);
                        a.po_box_type = Some(t);
                    } else {
                        st.warn(AddressWarning::UnparsedText);
                    }
                }
                Special::CareOf(v) => set_once(&mut a.care_of, v, &mut st),
                Special::Attention(v) => set_once(&mut a.attention, v, &mut st),
                Special::Org => set_once(&mut a.organisation, seg.to_owned(), &mut st),
                Special::Unit(t, v) => {
                    if a.unit.is_none() {
                        a.unit = Some(v);
                        a.unit_type = Some(t);
                    } else {
                        st.warn(AddressWarning::UnparsedText);
                    }
                }
            }
            continue;
        }
        let has_num = seg.words().any(starts_digit);
        let has_word = seg
            .words()
            .any(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            || seg
                .words()
                .skip(1)
                .any(|t| t.chars().any(char::is_alphabetic) && !starts_digit(t));
        if has_num && has_word && street_line.is_none() {
            street_line = Some(Cow::Borrowed(seg));
            street_seg = Some(i);
            street_verbatim = true;
        } else if has_num
            && !has_word
            && street_line.is_none()
            && i > 0
            && wordy.last() == Some(&(i - 1))
            && has_street_type(&segs[i - 1])
            && seg.words().count() <= 2
        {
            // `Calle Mayor, 12`
            wordy.pop();
            street_line = Some(Cow::Owned(format!("{} {seg}", segs[i - 1])));
            street_seg = Some(i);
            street_verbatim = false;
        } else if has_num
            && !has_word
            && street_line.is_some()
            && street_seg == Some(i.wrapping_sub(1))
            && seg.words().count() <= 2
        {
            // `Calle Mayor, 12`
            if let Some(s) = street_line.as_mut()
                && !s.words().any(starts_digit)
            {
                let s = s.to_mut();
                s.push(' ');
                s.push_str(seg);
                street_verbatim = false;
            } else {
                st.warn(AddressWarning::UnparsedText);
            }
        } else if !has_num && has_word {
            wordy.push(i);
        } else {
            st.warn(AddressWarning::UnparsedText);
        }
    }
    // Wordy lines: a street without number, the city, a dependent locality, a house name,
    // else unparsed. The street (the first wordy line with a street type) is chosen first, so
    // that a house name above it is known to be above it.
    if street_line.is_none()
        && let Some(pos) = wordy.iter().position(|&i| has_street_type(&segs[i]))
    {
        let i = wordy.remove(pos);
        street_line = Some(Cow::Borrowed(&segs[i]));
        street_seg = Some(i);
        street_verbatim = true;
    }
    let house_names = matches!(cc_s, "GB" | "IE" | "JE" | "GG" | "IM");
    for &i in &wordy {
        let seg = &segs[i];
        let before_anchor = anchor_idx.is_none_or(|ai| i < ai);
        if house_names
            && street_seg.is_some_and(|s| i < s)
            && a.unit.is_none()
            && !has_street_type(seg)
        {
            // GB house name above the street (`Rose Cottage, 12 High Street`).
            a.unit = Some(smart_case(seg));
            a.unit_type = Some("house");
        } else if city_raw.is_none()
            && anchor_idx.is_none()
            && street_line.is_some()
            && i + 1 == segs.len()
        {
            city_raw = Some(Cow::Borrowed(seg));
        } else if city_first
            && before_anchor
            && street_seg.is_some_and(|s| i > s)
            && a.dependent_locality.is_none()
        {
            a.dependent_locality = Some(smart_case(seg));
        } else {
            st.warn(AddressWarning::UnparsedText);
        }
    }

    // A line without a number or street type is not a street: a city, or left out.
    if street_line
        .as_deref()
        .is_some_and(|line| !line.words().any(starts_digit) && !has_street_type(line))
    {
        if city_raw.is_none() {
            city_raw = street_line.take();
        } else {
            st.warn(AddressWarning::UnparsedText);
            street_line = None;
        }
    }
    // A merged line that reads as a unit line (`Fl 1000`) is one.
    if let Some(line) = street_line.as_deref()
        && !street_verbatim
        && let Some(Special::Unit(t, v)) = special_kind(line)
        && a.unit.is_none()
    {
        a.unit = Some(v);
        a.unit_type = Some(t);
        street_line = None;
    }
    // 6. The street line.
    let mut lang = ctry.map_or(Lang::Other, |c| c.lang);
    if cc_s == "BE"
        && let Some(one) = street_line.as_deref().and_then(first_language)
    {
        street_line = Some(Cow::Owned(one));
    }
    if let Some(line) = street_line.as_deref() {
        if matches!(cc_s, "BE" | "CH" | "LU") {
            let first_is_num = line.words().next().is_some_and(starts_digit);
            let probe = if first_is_num {
                line.split_once(' ').map_or(line, |x| x.1)
            } else {
                line
            };
            lang = detect_lang(probe, lang);
        }
        let number_first =
            ctry.is_some_and(|c| c.number_first) || (cc_s == "BE" && lang == Lang::Fr);
        let p = parse_street_line(line, cc_s, lang, number_first);
        if p.leftover {
            st.warn(AddressWarning::UnparsedText);
        }
        if p.ambiguous {
            st.warn(AddressWarning::SuffixAmbiguous);
        }
        // A street needs a word: `5a` alone is a number.
        if let Some(s) = p.street.filter(|s| {
            s.words()
                .any(|t| !starts_digit(t) && t.chars().any(char::is_alphabetic))
        }) {
            let s_lang = if matches!(cc_s, "BE" | "CH" | "LU") {
                detect_lang(&s, lang)
            } else {
                lang
            };
            lang = s_lang;
            a.street = Some(canonical_street(
                &s,
                s_lang,
                cc_s == "CH",
                matches!(cc_s, "US" | "CA"),
            ));
        }
        a.house_number = p.number.filter(|n| !n.is_empty());
        if a.house_number.is_some() {
            a.house_number_suffix = p.suffix.filter(|x| !x.is_empty());
        }
        if p.unit.is_some() {
            if a.unit.is_some() {
                st.warn(AddressWarning::UnparsedText);
            } else {
                a.unit = p.unit;
                a.unit_type = p.unit_type;
            }
        }
    }

    // A street line whose rendering reads as another kind of line (`Fl 1000`, `Pf 1000`,
    // `t.a.v. 4B`) is that line, so that the canonical form parses back to the same address.
    // The rendered line is kept for the output while it stays the street line.
    let mut rendered_street: Option<String> = None;
    let mut special_street: Option<(String, Special)> = None;
    if a.street.is_some()
        && let Some(line) = render::street_line(&a, cc_s, lang)
    {
        match special_kind(&line) {
            Some(kind) => special_street = Some((line, kind)),
            None => rendered_street = Some(line),
        }
    }
    if let Some((line, kind)) = special_street {
        let clear = match kind {
            Special::Unit(k, v) if a.unit.is_none() => {
                a.unit = Some(v);
                a.unit_type = Some(k);
                true
            }
            Special::PoBox(k, v) if a.po_box.is_none() => {
                a.po_box = Some(v);
                a.po_box_type = Some(k);
                true
            }
            Special::Attention(v) if a.attention.is_none() => {
                a.attention = Some(v);
                true
            }
            Special::CareOf(v) if a.care_of.is_none() => {
                a.care_of = Some(v);
                true
            }
            Special::Org if a.organisation.is_none() => {
                a.organisation = Some(line.clone());
                true
            }
            _ => false,
        };
        if clear {
            a.street = None;
            a.house_number = None;
            a.house_number_suffix = None;
        }
    }
    // A house number needs a street: a bare number (`5a, 1000 Zürich`) is not rendered back
    // as one, so it is left out (and reported) rather than kept.
    if a.street.is_none() && a.house_number.is_some() {
        a.house_number = None;
        a.house_number_suffix = None;
        st.warn(AddressWarning::UnparsedText);
    }
    // 7. City.
    if let Some(c) = city_raw {
        let c = c.trim_matches(|ch: char| ch == '-' || ch == ' ');
        if !c.is_empty() && c.chars().any(char::is_alphabetic) {
            let f = fold(c);
            let mut name = cc
                .and_then(|code| city::local_name(code, &f))
                .map_or_else(|| smart_case(c), str::to_owned);
            if cc_s == "BE" && name == "Brussel" && lang == Lang::Fr {
                "Bruxelles".clone_into(&mut name);
            }
            // The municipality of the postcode in its official language (Statbel table).
            if cc_s == "BE"
                && let Some(pc) = a.postcode.as_deref()
                && let Some(official) = be::official_city(pc, &f, lang)
            {
                official.clone_into(&mut name);
            }
            if cc_s == "DE"
                && name == "Frankfurt am Main"
                && a.postcode.as_deref().is_some_and(|p| p.starts_with('1'))
            {
                "Frankfurt (Oder)".clone_into(&mut name);
            }
            a.city = Some(name);
        }
    }
    if let Some(u) = a.unit.as_deref()
        && u.is_empty()
    {
        a.unit = None;
        a.unit_type = None;
        rendered_street = None;
    }

    // 8. Is it an address at all?
    let has_core = a.postcode.is_some()
        || (a.street.is_some() && a.house_number.is_some())
        || a.po_box.is_some();
    if !has_core {
        return Address::default();
    }
    a.country = cc;
    if a.country.is_none() {
        st.warn(AddressWarning::CountryUnknown);
    } else if !explicit && hint.is_none() {
        st.warn(AddressWarning::CountryGuessed);
    }
    if let Some(c) = cc
        && a.postcode.is_none()
        && a.po_box.is_none()
        && postcode::has_postcodes(c)
        && false
    {
        st.warn(AddressWarning::PostcodeInvalid);
    }
    st.warnings.sort();
    a.warnings = st.warnings;
    render::finish(&mut a, lang, rendered_street);
    a
}

/// The region a whole line names (no region spelling has a digit, so lines with one are
/// skipped without folding).
fn region_of_line(cc: &str, seg: &str) -> Option<&'static str> {
    if seg.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    region::lookup(cc, &fold(seg))
}

fn set_once(slot: &mut Option<String>, v: String, st: &mut State) {
    if slot.is_none() && !v.is_empty() {
        *slot = Some(v);
    } else {
        st.warn(AddressWarning::UnparsedText);
    }
}

/// `12, rue de la Gare` → `12 rue de la Gare`.
fn merge_number_segments(segs: &mut Vec<Small>) {
    let mut i = 0;
    while i + 1 < segs.len() {
        let s = &segs[i];
        // One or two tokens: a short number and perhaps a short word (`12`, `12 bis`).
        let mut toks = s.words();
        let t0 = toks.next().unwrap_or("");
        let t1 = toks.next();
        let numeric = toks.next().is_none()
            && starts_digit(t0)
            && t0.len() <= 4
            && t1.is_none_or(|t| t.len() <= 6 && t.chars().all(char::is_alphabetic));
        let next = &segs[i + 1];
        if numeric
            && next.chars().next().is_some_and(char::is_alphabetic)
            && has_street_type(next)
            && !next.words().any(starts_digit)
        {
            let mut joined = Small::from_text(s);
            let j = joined.string_mut();
            j.push(' ');
            j.push_str(next);
            segs[i] = joined;
            segs.remove(i + 1);
        }
        i += 1;
    }
}

/// A bilingual Brussels street line (`Rue de la Loi / Wetstraat 16`, `Rue de la Loi 16 /
/// Wetstraat 16`) in its first language: the first name with the number. `None` when the line
/// has no such slash (`32/20` and `32 / bus 20` are boxes).
fn first_language(line: &str) -> Option<String> {
    let (left, right) = line.split_once('/')?;
    let (left, right) = (left.trim(), right.trim());
    let right_first = right.words().next().unwrap_or("");
    let letters = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count();
    if letters(left) < 3
        || letters(right_first) < 3
        || starts_digit(right_first)
        || unit_kind_any_case(right_first).is_some()
        || right.contains('/')
    {
        return None;
    }
    let left_has_num = left.words().any(starts_digit);
    let right_num = right.words().position(starts_digit);
    match (left_has_num, right_num) {
        // `Rue de la Loi 16 / Wetstraat 16`
        (true, Some(_)) => Some(left.to_owned()),
        // `Rue de la Loi / Wetstraat 16 bus 2`
        (false, Some(k)) => {
            let tail: Vec<&str> = right.words().skip(k).collect();
            Some(format!("{left} {}", tail.join(" ")))
        }
        _ => None,
    }
}

/// `Dublin 2`, `Dublin 6W`.
fn is_dublin(seg: &str) -> bool {
    let mut toks = seg.words();
    let (Some(first), Some(second), None) = (toks.next(), toks.next(), toks.next()) else {
        return false;
    };
    first.eq_ignore_ascii_case("dublin") && second.len() <= 3 && starts_digit(second)
}

/// A wordy line that can be a city: letters, no digits, no special cue.
fn is_city_line(seg: &str) -> bool {
    seg.words().all(|t| !t.chars().any(|c| c.is_ascii_digit()))
        && seg.chars().any(char::is_alphabetic)
        && special_kind(seg).is_none()
}

fn has_street_type(seg: &str) -> bool {
    let f = fold(seg);
    let n = f.words().count();
    f.words().enumerate().any(|(i, w)| {
        en_type(w).is_some() && w.len() > 2
            // A two-letter type closing a line of words (`Church Ln`, `Mill Rd`); not the state
            // codes `CT` and `WY` (`New Haven CT`).
            || n >= 2 && i + 1 == n && w.len() == 2 && en_type(w).is_some() && !matches!(w, "ct" | "wy")
            || matches!(
                w,
                "rue"
                    | "avenue"
                    | "chemin"
                    | "allee"
                    | "impasse"
                    | "via"
                    | "calle"
                    | "plein"
                    | "laan"
                    | "weg"
            )
            || w.ends_with("straat")
            || w.ends_with("strasse")
            || w.ends_with("str")
            || w.ends_with("gracht")
            || w.ends_with("laan")
            || w.ends_with("weg")
            || w.ends_with("gasse")
            || w.ends_with("platz")
            || w.ends_with("gade")
            || w.ends_with("vej")
            || w.ends_with("gatan")
            || w.ends_with("vagen")
    })
}

/// Where the street ends on a line that also holds the city (GB/US without commas): after the
/// last street type or unit, else after the first wordy run following the number.
fn street_city_cut(b: &[&str]) -> usize {
    if !b.iter().any(|t| starts_digit(t)) {
        return 0;
    }
    let mut cut = 0;
    for (i, t) in b.iter().enumerate() {
        with_lower(t, |k| {
            if i > 0 && en_type(k).is_some() {
                cut = i + 1;
            }
            if i > 0 && unit_kind(k).is_some() && i + 1 < b.len() {
                cut = i + 2;
            }
            if k.starts_with('#') && i > 0 {
                cut = i + 1;
            }
        });
    }
    // Trailing directional after the type (`842 E 1700 S`).
    if cut > 0
        && cut < b.len()
        && with_lower(b[cut], |k| {
            matches!(
                k.trim_end_matches('.'),
                "n" | "s" | "e" | "w" | "ne" | "nw" | "se" | "sw"
            )
        })
        && cut + 1 < b.len()
    {
        cut += 1;
    }
    if cut == 0 {
        if starts_digit(b[0]) { b.len() } else { 0 }
    } else {
        cut.min(b.len())
    }
}

/// Removes a country line (or trailing country name) and returns its code.
fn take_country_name(segs: &mut Vec<Small>, hint: Option<&str>) -> Option<&'static str> {
    let n = segs.len();
    for i in (0..n).rev() {
        let seg = &segs[i];
        let is_last = i + 1 == n;
        // No country name or code has a digit (a test of `country` checks it), nor has its
        // fold: a line with a digit is not a country line.
        let f = if seg.bytes().any(|b| b.is_ascii_digit()) {
            None
        } else {
            Some(fold(seg))
        };
        let upper_code = seg.len() <= 3 && seg.chars().all(|c| c.is_ascii_uppercase());
        let allow_iso2 = is_last && n > 1 && (upper_code || seg.len() == 2);
        if let Some(f) = f.as_deref()
            && let Some(code) = code_from_name(f, allow_iso2)
        {
            // `Springfield, IL`: a US state, not Israel.
            if f.len() == 2
                && matches!(hint, Some("US" | "CA" | "AU"))
                && region::lookup(hint.unwrap_or(""), f).is_some()
                && Some(code) != hint
            {
                continue;
            }
            if region::lookup(hint.unwrap_or(code), f).is_some()
                && hint.is_some_and(|h| h != code)
                && f.len() > 2
            {
                continue;
            }
            segs.remove(i);
            return Some(code);
        }
        if !is_last {
            continue;
        }
        // Trailing name on the last line: `1015 CJ Amsterdam Nederland`. The fold of a line is
        // the folds of its tokens joined by single spaces, so the fold of its last `k` tokens
        // is the end of the fold of its last three, as long as their folds and the spaces
        // between them.
        let mut last = ["", "", ""];
        let mut nt = 0usize;
        let mut from = 0usize;
        let mut rest = seg.as_str();
        for t in seg.words().rev() {
            if nt < last.len() {
                last[nt] = t;
                rest = &rest[..rest.len() - t.len()];
                if nt + 1 < last.len() {
                    rest = rest.strip_suffix(' ').unwrap_or(rest);
                } else {
                    from = rest.len();
                }
            }
            nt += 1;
        }
        let f = fold(&seg[from..]);
        let mut tail_len = [0usize; 4];
        let (mut total, mut nonempty) = (0usize, 0usize);
        for k in 1..=3 {
            if nt <= k {
                break;
            }
            let l = fold_len(last[k - 1]);
            if l > 0 {
                total += l;
                nonempty += 1;
            }
            tail_len[k] = if nonempty == 0 {
                0
            } else {
                total + nonempty - 1
            };
        }
        for k in (1..=3).rev() {
            if nt <= k {
                continue;
            }
            let tail = &f[f.len() - tail_len[k]..];
            if tail.len() < 3 || CITY_STATES.contains(&tail) {
                continue;
            }
            if let Some(code) = code_from_name(tail, false) {
                let toks = TokVec::collect(seg.words());
                // `Amsterdam Noord Holland` is a region, not Holland.
                if toks.len() > k {
                    let two = fold(&toks[toks.len() - k - 1..].join(" "));
                    if region::lookup(code, &two).is_some() {
                        continue;
                    }
                }
                let rest = Small::from_text(span(seg, &toks[..toks.len() - k]));
                segs[i] = rest;
                return Some(code);
            }
        }
    }
    None
}

/// Finds and strips an obsolete country prefix on a postcode (`D-12345`, `NL-1015`).
fn take_prefix(segs: &mut [Small]) -> Option<&'static str> {
    for seg in segs.iter_mut().rev() {
        if !seg.contains('-') {
            continue;
        }
        let mut found = None;
        for t in seg.words() {
            if let Some((head, tail)) = t.split_once('-')
                && !head.is_empty()
                && head.len() <= 3
                && head.bytes().all(|b| b.is_ascii_alphabetic())
                && tail.len() >= 4
                && all_digits(tail)
                && let Some(code) = code_from_prefix(head)
            {
                // Where the token starts in `seg`, and its prefix's length (`D-`).
                let at = t.as_ptr() as usize - seg.as_ptr() as usize;
                found = Some((at, head.len() + 1, code));
                break;
            }
        }
        if let Some((at, prefix_len, code)) = found {
            seg.string_mut().replace_range(at..at + prefix_len, "");
            return Some(code);
        }
    }
    None
}

/// Whether a digit-only postcode at `f` sits where a postcode can (not a house number).
fn position_ok(cc: &str, toks: &[&str], f: &Found, has_letters: bool) -> bool {
    if has_letters {
        return true;
    }
    let c = info(cc);
    if f.start > 0 {
        let after_cue = with_lower(toks[f.start - 1], |prev| {
            matches!(
                prev.trim_end_matches(['.', ':']),
                "postbus"
                    | "antwoordnummer"
                    | "postfach"
                    | "pf"
                    | "bp"
                    | "cs"
                    | "box"
                    | "tsa"
                    | "bus"
                    | "bte"
                    | "#"
                    | "apt"
                    | "suite"
                    | "ste"
                    | "postboks"
                    | "apartado"
                    | "apdo"
            )
        });
        if after_cue {
            return false;
        }
    }
    if c.city_first {
        return f.end == toks.len();
    }
    let next_wordy = toks.get(f.end).is_some_and(|t| is_wordy(t));
    next_wordy || f.start == 0
}

/// The postcode of `cc`, searching segments and tokens from the right.
fn find_anchor(segs: &[Small], cc: &str) -> Option<(usize, Found)> {
    let [found] = find_anchors(segs, [cc]);
    found
}

/// [`find_anchor`] for several countries in one scan: element `g` is the first window (from
/// the right) that is a postcode of `codes[g]` where a postcode can be. Each window's compact
/// form is built once for all of them.
fn find_anchors<const N: usize>(segs: &[Small], codes: [&str; N]) -> [Option<(usize, Found)>; N] {
    let mut out: [Option<(usize, Found)>; N] = std::array::from_fn(|_| None);
    let mut live: [bool; N] = std::array::from_fn(|g| !info(codes[g]).shapes.is_empty());
    let has_letters: [bool; N] = std::array::from_fn(|g| {
        let shapes = info(codes[g]).shapes;
        shapes.contains('@') || shapes.contains('*')
    });
    let mut left = live.iter().filter(|l| **l).count();
    if left == 0 {
        return out;
    }
    for si in (0..segs.len()).rev() {
        let toks = TokVec::collect(segs[si].words());
        for start in (0..toks.len()).rev() {
            for len in 1..=3usize {
                if start + len > toks.len()
                    || !toks[start..start + len]
                        .iter()
                        .any(|t| t.bytes().any(|b| b.is_ascii_digit()))
                    || toks[start..start + len]
                        .iter()
                        .map(|t| t.len())
                        .sum::<usize>()
                        > 16
                {
                    continue;
                }
                let Some((buf, n, breaks)) = postcode::compact(&toks[start..start + len]) else {
                    continue;
                };
                for g in 0..N {
                    if !live[g] {
                        continue;
                    }
                    let cc = codes[g];
                    if let Some(f) = postcode::match_compact(cc, &buf[..n], breaks, start, len)
                        && position_ok(
                            cc,
                            &toks,
                            &f,
                            has_letters[g] && f.canonical.bytes().any(|b| b.is_ascii_alphabetic()),
                        )
                    {
                        // GB/CA: prefer the longest window; NL: never swallow the house number.
                        out[g] = Some((si, f));
                        live[g] = false;
                        left -= 1;
                        if left == 0 {
                            return out;
                        }
                    }
                }
            }
        }
    }
    out
}

/// Whether a match for a guessed country is specific enough to believe without a hint.
fn unique_shape(cc: &str, f: &Found, segs: &[Small]) -> bool {
    match cc {
        "NL" | "GB" | "CA" | "IE" => {
            f.valid && f.canonical.bytes().any(|b| b.is_ascii_alphabetic())
        }
        // US: ZIP+4, or a state right before the ZIP.
        "US" => {
            f.canonical.contains('-')
                || segs.iter().any(|s| {
                    let toks = TokVec::collect(s.words());
                    toks.windows(2).any(|w| {
                        w[1] == f.canonical.as_str()
                            && (w[0].len() == 2 && w[0].chars().all(|c| c.is_ascii_uppercase())
                                || w[0].len() > 3)
                            && region::lookup("US", &fold(w[0])).is_some()
                    })
                })
        }
        _ => false,
    }
}

/// A bare 4- or 5-digit postcode followed by a city the table knows.
fn guess_by_city(segs: &[Small]) -> Option<(usize, Found, &'static str)> {
    for si in (0..segs.len()).rev() {
        let toks = TokVec::collect(segs[si].words());
        for start in (0..toks.len()).rev() {
            let t = toks[start];
            if !(all_digits(t) && (t.len() == 4 || t.len() == 5)) || start + 1 >= toks.len() {
                continue;
            }
            let city_f = fold(&toks[start + 1..].join(" "));
            let city_f = city_f.trim_end_matches(" cedex");
            if let Some(cc) = city::country_of(city_f)
                && let Some(f) = postcode::match_window(cc, &toks, start, 1)
            {
                return Some((si, f, cc));
            }
            // A Belgian postcode followed by the name of its municipality.
            if t.len() == 4
                && be::is_municipality_of(t, city_f)
                && let Some(f) = postcode::match_window("BE", &toks, start, 1)
            {
                return Some((si, f, "BE"));
            }
        }
    }
    None
}

/// A postcode-like token where the postcode should be, not matching the format.
fn invalid_postcode(segs: &[Small], cc: Option<&str>) -> Option<(usize, String)> {
    let cc = cc?;
    let c = info(cc);
    if c.shapes.is_empty() || c.city_first {
        return None;
    }
    for si in (1..segs.len()).rev() {
        let toks = TokVec::collect(segs[si].words());
        if toks.len() >= 2
            && starts_digit(toks[0])
            && toks[1..].iter().all(|t| is_wordy(t))
            && let Some(pc) = postcode::looks_like(cc, toks[0])
        {
            return Some((si, pc));
        }
    }
    None
}

#[derive(Debug)]
enum Special {
    PoBox(&'static str, String),
    CareOf(String),
    Attention(String),
    Org,
    Unit(&'static str, String),
}

const ATTENTION: &[&str] = &[
    "tav",
    "t a v",
    "ter attentie van",
    "ter attentie",
    "attn",
    "attention",
    "att",
    "z hd",
    "zhd",
    "zu handen",
    "zu haenden",
    "z h",
    "a lattention de",
    "a l attention de",
    "a latt de",
    "a latt",
    "fao",
    "for the attention of",
    "ter att van",
    "ter att",
    "t a v van",
];
const CARE_OF: &[&str] = &[
    "c o",
    "co",
    "p a",
    "pa",
    "care of",
    "chez",
    "bei",
    "per adres",
];
/// Words that mark an organisation line (legal forms, institution words).
fn is_org_cue(w: &str) -> bool {
    // No cue is longer than `universiteit`.
    w.len() <= 12
        && matches!(
            w,
            "bv" | "nv"
                | "vof"
                | "cv"
                | "gmbh"
                | "ag"
                | "kg"
                | "ohg"
                | "ev"
                | "ug"
                | "sa"
                | "sarl"
                | "sas"
                | "sasu"
                | "eurl"
                | "sprl"
                | "srl"
                | "bvba"
                | "vzw"
                | "asbl"
                | "ltd"
                | "limited"
                | "plc"
                | "llp"
                | "inc"
                | "llc"
                | "corp"
                | "corporation"
                | "company"
                | "stichting"
                | "vereniging"
                | "holding"
                | "group"
                | "groep"
                | "spa"
                | "sl"
                | "ab"
                | "aps"
                | "oy"
                | "gemeente"
                | "universiteit"
                | "university"
                | "gbr"
                | "mbh"
                | "kgaa"
                | "se"
                | "commv"
                | "scrl"
                | "fondation"
                | "stiftung"
                | "verein"
        )
}

/// `f` starts with the words `cue` (folded, space-separated).
fn starts_words(f: &str, cue: &str) -> bool {
    f.starts_with(cue) && (f.len() == cue.len() || f.as_bytes()[cue.len()] == b' ')
}

const PO_BOXES: &[(&str, &str)] = &[
    ("postbus", "postbus"),
    ("antwoordnummer", "antwoordnummer"),
    ("postfach", "postfach"),
    ("pf", "postfach"),
    ("postf", "postfach"),
    ("bp", "bp"),
    ("boite postale", "bp"),
    ("cs", "cs"),
    ("tsa", "tsa"),
    ("po box", "po_box"),
    ("p o box", "po_box"),
    ("pob", "po_box"),
    ("pobox", "po_box"),
    ("post office box", "po_box"),
    ("postboks", "postboks"),
    ("box", "po_box"),
    ("apartado", "apartado"),
    ("apdo", "apartado"),
    ("casella postale", "casella_postale"),
    ("cp", "case_postale"),
    ("case postale", "case_postale"),
    ("postfack", "box"),
    ("skrytka pocztowa", "skrytka"),
];

/// Whether the first folded word of a line is a cue word of the PO box, attention or c/o
/// lexicons (only such lines need the lexicon scans). `first` is the line's first token.
fn starts_with_cue(first: &str, seg: &str) -> bool {
    if first.is_ascii() {
        // The first word of `fold(first)`, without building the fold: letters and digits up to
        // the first separator after them; other characters are dropped.
        let mut buf = [0u8; 16];
        let mut n = 0usize;
        for &b in first.as_bytes() {
            match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => {
                    if n == buf.len() {
                        // Longer than any cue word.
                        return false;
                    }
                    buf[n] = b.to_ascii_lowercase();
                    n += 1;
                }
                b'-' | b'/' | b'_' | b'(' | b')' if n > 0 => break,
                _ => {}
            }
        }
        if n > 0 {
            return is_cue_word(&buf[..n]);
        }
    }
    let first_f = fold(first);
    let w0_owned;
    let w0: &str = if first_f.is_empty() {
        w0_owned = fold(seg);
        w0_owned.words().next().unwrap_or("")
    } else {
        first_f.words().next().unwrap_or("")
    };
    is_cue_word(w0.as_bytes())
}

/// The first words of the PO box, attention and c/o cues.
fn is_cue_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"postbus"
            | b"antwoordnummer"
            | b"postfach"
            | b"pf"
            | b"postf"
            | b"bp"
            | b"boite"
            | b"cs"
            | b"tsa"
            | b"po"
            | b"p"
            | b"pob"
            | b"pobox"
            | b"post"
            | b"postboks"
            | b"box"
            | b"apartado"
            | b"apdo"
            | b"casella"
            | b"cp"
            | b"case"
            | b"postfack"
            | b"skrytka"
            | b"tav"
            | b"t"
            | b"ter"
            | b"attn"
            | b"attention"
            | b"att"
            | b"z"
            | b"zhd"
            | b"zu"
            | b"a"
            | b"fao"
            | b"for"
            | b"c"
            | b"co"
            | b"pa"
            | b"care"
            | b"chez"
            | b"bei"
            | b"per"
    )
}

/// PO boxes, c/o, attention, organisation and unit-only lines.
fn special_kind(seg: &str) -> Option<Special> {
    let first = seg.words().next().unwrap_or("");
    let has_digit_tok = seg.words().any(starts_digit);
    // The whole line is folded only when a lexicon below needs it: the first word decides the
    // cue lexicons, and organisation cues are looked for only on lines without a number.
    let cue_start = starts_with_cue(first, seg);
    let f_owned;
    let f: &str = if cue_start || !has_digit_tok {
        f_owned = fold(seg);
        &f_owned
    } else {
        ""
    };
    // PO boxes: keyword + digits.
    for &(kw, kind) in PO_BOXES.iter().filter(|_| cue_start) {
        if f.len() > kw.len() && starts_words(f, kw) {
            let mut n = String::new();
            let mut ok = true;
            for w in f[kw.len() + 1..].words() {
                if w == "nr" || w == "no" {
                    continue;
                }
                if all_digits(w) {
                    n.push_str(w);
                } else {
                    ok = false;
                    break;
                }
            }
            if ok && !n.is_empty() {
                return Some(Special::PoBox(kind, n));
            }
        }
    }
    for &cue in ATTENTION.iter().filter(|_| cue_start) {
        if f.len() > cue.len() && starts_words(f, cue) {
            let v = skip_words(seg, cue);
            // A person or department has a name (`t.a.v. 8001` is not an attention line).
            if v.chars().any(char::is_alphabetic) {
                return Some(Special::Attention(v));
            }
        }
    }
    for &cue in CARE_OF.iter().filter(|_| cue_start) {
        // `co` and `pa` only as written with a slash (`c/o`, `p/a`).
        let needs_slash = matches!(cue, "co" | "pa");
        if f.len() > cue.len()
            && starts_words(f, cue)
            && (!needs_slash || first.contains('/') || first.contains('.'))
        {
            if cue == "bei" && seg.words().any(starts_digit) {
                continue;
            }
            let v = skip_words(seg, cue);
            if !v.is_empty() {
                return Some(Special::CareOf(v));
            }
        }
    }
    if !has_digit_tok && (f.words().any(is_org_cue) || f.ends_with(" sp z oo")) {
        return Some(Special::Org);
    }
    // The unit and floor lines below have one or two tokens.
    let mut two = ["", ""];
    let mut nt = 0usize;
    for t in seg.words() {
        if nt == 2 {
            return None;
        }
        two[nt] = t;
        nt += 1;
    }
    let toks: &[&str] = &two[..nt];
    // Floor line: `3. OG`, `3. Etage`.
    if toks.len() == 2
        && toks[0].len() >= 2
        && toks[0].ends_with('.')
        && all_digits(&toks[0][..toks[0].len() - 1])
        && with_lower(toks[1], |k| {
            matches!(k.trim_end_matches('.'), "og" | "etage" | "stock")
        })
    {
        return Some(Special::Unit(
            "floor",
            toks[0][..toks[0].len() - 1].to_owned(),
        ));
    }
    // Danish floor and side: `2. th.`, `st. tv.`, `3. 12`.
    if let Some(u) = dk_floor(toks) {
        return Some(Special::Unit("floor", u));
    }
    // Spanish floor and door: `3º B`, `3º 2ª`, `2º izq.`, `4ºB`.
    if let Some(u) = es_floor(toks) {
        return Some(Special::Unit("floor", u));
    }
    // Unit-only line: `Flat 2`, `Apt 4B`, `Suite 100`, `Level 5`.
    if toks.len() == 2
        && let Some(kind) = unit_kind_any_case(toks[0])
        && kind != "box"
        && (toks[1].chars().any(|c| c.is_ascii_digit())
            || toks[1].len() <= 12 && toks[1].chars().all(char::is_alphanumeric))
    {
        return Some(Special::Unit(
            kind,
            toks[1].trim_start_matches('#').to_uppercase(),
        ));
    }
    None
}

/// A Danish floor line (`2. th.`, `2 TH` → `2. th.`, `ST TV` → `st. tv.`, `3. 12`): floor (`N.`, `st.`
/// for stuen, `kl.` for kælder) and side (`th.`, `tv.`, `mf.`) or door number.
fn dk_floor(toks: &[&str]) -> Option<String> {
    if toks.len() != 2 {
        return None;
    }
    // Most two-token lines are streets: an ASCII first token that is no floor needs no folding.
    let f0 = toks[0].trim_end_matches('.');
    if f0.is_ascii()
        && !(f0.len() <= 2 && all_digits(f0)
            || f0.eq_ignore_ascii_case("st")
            || f0.eq_ignore_ascii_case("kl"))
    {
        return None;
    }
    let f = toks[0].trim_end_matches('.').lc();
    let floor_ok = (all_digits(&f) && f.len() <= 2) || matches!(f.as_str(), "st" | "kl");
    let side = toks[1].trim_end_matches('.').lc();
    let side_ok =
        matches!(side.as_str(), "th" | "tv" | "mf") || all_digits(&side) && side.len() <= 3;
    if !(floor_ok && side_ok) || all_digits(&side) && !toks[0].ends_with('.') {
        return None;
    }
    let side = if all_digits(&side) {
        side.as_str().to_owned()
    } else {
        format!("{}.", side.as_str())
    };
    Some(format!("{f}. {side}"))
}

/// A Spanish floor line (`3º B`, `3° b`, `3º 2ª`, `2º izq.`, `4ºB`, `bajo A`): `Nº` and the door.
fn es_floor(toks: &[&str]) -> Option<String> {
    let (floor, door): (&str, Option<&str>) = match toks {
        [one] => {
            let cut = one.find(['º', '°', 'ª'])?;
            let mark_len = one[cut..].chars().next()?.len_utf8();
            let rest = &one[cut + mark_len..];
            (&one[..cut], (!rest.is_empty()).then_some(rest))
        }
        [a, b] => (a.strip_suffix(['º', '°', 'ª'])?, Some(*b)),
        _ => return None,
    };
    if !(all_digits(floor) && floor.len() <= 2) {
        return None;
    }
    let mut out = format!("{floor}º");
    if let Some(d) = door {
        let d = d.trim_end_matches('.');
        let norm = if d.chars().count() == 1 && d.chars().all(char::is_alphabetic) {
            d.to_uppercase()
        } else if let Some(n) = d.strip_suffix(['ª', 'º', '°'])
            && all_digits(n)
        {
            format!("{n}ª")
        } else if all_digits(d) && d.len() <= 3 {
            d.to_owned()
        } else {
            match d.lc().as_str() {
                "izq" | "izda" | "izquierda" => "izq.".to_owned(),
                "dcha" | "dch" | "der" | "derecha" => "dcha.".to_owned(),
                "ctro" | "centro" => "centro".to_owned(),
                _ => return None,
            }
        };
        out.push(' ');
        out.push_str(&norm);
    }
    Some(out)
}

/// `seg` without its first words whose fold is `cue` (and a following `:`).
fn skip_words(seg: &str, cue: &str) -> String {
    let mut acc = String::new();
    let mut rest = seg;
    for (i, t) in seg.words().enumerate() {
        if !acc.is_empty() {
            acc.push(' ');
        }
        acc.push_str(t);
        let fa = fold(&acc);
        if fa == cue {
            let cut = seg.words().take(i + 1).map(str::len).sum::<usize>() + i;
            rest = seg.get(cut..).unwrap_or("");
            break;
        }
    }
    rest.trim_start_matches([' ', ':', '.']).trim().to_owned()
}

/// The text `normalize` parses for split columns.
pub(crate) fn columns_text(c: &AddressColumns) -> String {
    let mut lines: Vec<String> = Vec::new();
    if let Some(ls) = &c.lines {
        lines.extend(ls.iter().filter(|l| !l.trim().is_empty()).cloned());
    }
    let code = c.country.as_deref().and_then(|x| {
        let t = x.trim();
        if t.len() == 2 {
            country::code_from_hint(t)
        } else {
            code_from_name(&fold(t), false)
        }
    });
    let ctry = code.map(info);
    let number_first = ctry.is_some_and(|x| x.number_first);
    let city_first = ctry.is_some_and(|x| x.city_first);
    let street = c.street.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let num = c
        .house_number
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    match (street, num) {
        (Some(s), Some(n)) if number_first => lines.push(format!("{n} {s}")),
        (Some(s), Some(n)) => lines.push(format!("{s} {n}")),
        (Some(s), None) => lines.push(s.to_owned()),
        (None, Some(n)) => lines.push(n.to_owned()),
        (None, None) => {}
    }
    let pc = c
        .postcode
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let city = c.city.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let region = c.region.as_deref().map(str::trim).filter(|s| !s.is_empty());
    if city_first {
        if let Some(ci) = city {
            lines.push(ci.to_owned());
        }
        let mut last = String::new();
        if let Some(r) = region {
            last.push_str(r);
        }
        if let Some(p) = pc {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(p);
        }
        if !last.is_empty() {
            lines.push(last);
        }
    } else {
        match (pc, city) {
            (Some(p), Some(ci)) => lines.push(format!("{p} {ci}")),
            (Some(p), None) => lines.push(p.to_owned()),
            (None, Some(ci)) => lines.push(ci.to_owned()),
            (None, None) => {}
        }
        if let Some(r) = region {
            lines.push(r.to_owned());
        }
    }
    if let Some(x) = c
        .country
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        lines.push(x.to_owned());
    }
    lines.join("\n")
}
