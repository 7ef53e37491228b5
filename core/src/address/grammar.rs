//! Street-line grammars per country: where the house number is, what belongs to it (NL letters
//! and additions, BE boxes, DE/AT/CH sub-numbers, ranges and apartments, FR `bis`/`ter`), and
//! units before (GB `Flat`, AU `Level`) or after (US `Apt`, `Ste`, `#`) the street.
#![allow(clippy::match_same_arms, clippy::unnested_or_patterns)] // rule tables read best one spelling per arm

use std::borrow::Cow;

use super::country::Lang;
use super::preclean::{TextExt, TokVec, all_digits, join_words, starts_digit, with_lower};

/// The parts of one street line.
#[derive(Debug, Default)]
pub(crate) struct StreetParts<'a> {
    /// Borrowed from the line when it is a run of its words.
    pub street: Option<Cow<'a, str>>,
    pub number: Option<String>,
    pub suffix: Option<String>,
    pub unit: Option<String>,
    pub unit_type: Option<&'static str>,
    pub ambiguous: bool,
    pub leftover: bool,
}

/// The kind of a unit designator (`apt` → `apartment`), folded without dots.
pub(crate) fn unit_kind(k: &str) -> Option<&'static str> {
    let t = trim_dots_colons(k.as_bytes());
    unit_kind_ascii(t).or_else(|| {
        // The two designators with a non-ASCII letter.
        if t == "étage".as_bytes() {
            Some("floor")
        } else if t == "boîte".as_bytes() {
            Some("box")
        } else {
            None
        }
    })
}

/// `trim_end_matches(['.', ':'])` by bytes (both are ASCII).
fn trim_dots_colons(b: &[u8]) -> &[u8] {
    let mut end = b.len();
    while end > 0 && matches!(b[end - 1], b'.' | b':') {
        end -= 1;
    }
    &b[..end]
}

/// [`unit_kind`] of the lower-case ASCII designators, by bytes (no designator is longer than
/// `appartement`, so most street words are answered by their length).
fn unit_kind_ascii(t: &[u8]) -> Option<&'static str> {
    if t.len() > b"appartement".len() {
        return None;
    }
    Some(match t {
        b"apt" | b"apartment" | b"app" | b"appt" | b"apartement" | b"appartement" | b"whg"
        | b"wohnung" | b"lgh" | b"top" => "apartment",
        b"ste" | b"suite" => "suite",
        b"unit" | b"#" | b"no" => "unit",
        b"flat" => "flat",
        b"fl" | b"floor" | b"level" | b"lvl" | b"etage" | b"og" => "floor",
        b"rm" | b"room" => "room",
        b"bldg" | b"building" => "building",
        b"dept" => "department",
        b"lot" => "lot",
        b"spc" | b"space" => "space",
        b"trlr" => "trailer",
        b"ofc" | b"office" => "office",
        b"bus" | b"bte" | b"bt" | b"box" | b"boite" => "box",
        _ => return None,
    })
}

/// [`unit_kind`] of a token in any case (`unit_kind(&t.lc())`): long ASCII words, most street
/// names, are answered without lower-casing.
pub(crate) fn unit_kind_any_case(t: &str) -> Option<&'static str> {
    let core = trim_dots_colons(t.as_bytes());
    if core.is_ascii() {
        if core.len() > b"appartement".len() {
            return None;
        }
        let mut buf = [0u8; 11];
        let low = &mut buf[..core.len()];
        low.copy_from_slice(core);
        low.make_ascii_lowercase();
        return unit_kind_ascii(low);
    }
    with_lower(t, unit_kind)
}

fn is_ordinal_dot(t: &str) -> bool {
    t.len() >= 2 && t.ends_with('.') && all_digits(&t[..t.len() - 1])
}

fn roman(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 4
        && s.chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'i' | 'v' | 'x'))
        && matches!(
            s.to_ascii_uppercase().as_str(),
            "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X"
        )
}

/// Leading digits and the rest of a number token (`123A-2` → `123`, `A-2`).
fn split_number(t: &str) -> (&str, &str) {
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    (&t[..n], &t[n..])
}

/// Parses a street line of country `cc`.
pub(crate) fn parse_street_line<'a>(
    line: &'a str,
    cc: &str,
    lang: Lang,
    number_first: bool,
) -> StreetParts<'a> {
    let toks = TokVec::collect(line.words().filter(|t| !t.is_empty()));
    let mut p = StreetParts::default();
    if toks.is_empty() {
        return p;
    }
    let mut lo = 0usize;
    let mut hi = toks.len();
    // Unit before the number (GB `Flat 2 10 Downing Street`, AU `Unit 5 10 Smith St`).
    if hi - lo >= 3
        && let Some(kind) = unit_kind_any_case(toks[0])
        && kind != "box"
        && toks[1].chars().any(|c| c.is_ascii_digit())
        && starts_digit(toks[2])
    {
        p.unit = Some(toks[1].trim_start_matches('#').to_uppercase());
        p.unit_type = Some(kind);
        lo = 2;
    }
    // Scottish `2/1 15 Byres Road`, Australian `5/10 Smith St`.
    if p.unit.is_none() && hi - lo >= 2 && toks[lo].contains('/') && starts_digit(toks[lo]) {
        let (a, b) = toks[lo].split_once('/').unwrap_or(("", ""));
        if all_digits(a) && starts_digit(toks[lo + 1]) && all_digits(b) && matches!(cc, "GB") {
            p.unit = Some(toks[lo].to_owned());
            p.unit_type = Some("flat");
            lo += 1;
        } else if all_digits(a) && !b.is_empty() && matches!(cc, "AU" | "NZ") {
            p.unit = Some(a.to_owned());
            p.unit_type = Some("unit");
            let rest = &toks[lo][a.len() + 1..];
            let mut v: Vec<&str> = vec![rest];
            v.extend_from_slice(&toks[lo + 1..hi]);
            let joined = v.join(" ");
            let inner = parse_street_line(&joined, cc, lang, number_first);
            return StreetParts {
                street: inner.street.map(|s| Cow::Owned(s.into_owned())),
                unit: p.unit,
                unit_type: p.unit_type,
                ..inner
            };
        }
    }
    // Units after the street (US `Apt 4B`, `Ste 100`, `#4B`).
    if number_first {
        for i in (lo + 2..hi).rev() {
            // `#4B`, and the unit word the token is (if any), from its lower case.
            let (hash, kind) = with_lower(toks[i], |k| {
                (
                    k.strip_prefix('#').is_some_and(|id| !id.is_empty()),
                    unit_kind(k),
                )
            });
            if hash {
                p.unit = Some(toks[i][1..].to_uppercase());
                p.unit_type = Some("unit");
                if i + 1 < hi {
                    p.leftover = true;
                }
                hi = i;
                break;
            }
            if let Some(kind) = kind
                && (kind != "box" || cc == "BE")
                && i + 1 < hi
                && i + 2 >= hi
            {
                p.unit = Some(toks[i + 1].trim_start_matches('#').to_uppercase());
                p.unit_type = Some(kind);
                hi = i;
                break;
            }
        }
    }
    let toks = &toks[lo..hi];
    if toks.is_empty() {
        return p;
    }
    let first_num = starts_digit(toks[0]) && toks.len() >= 2 && !is_ordinal_dot(toks[0]);
    // Dutch `1e Jan Steenstraat` starts with an ordinal, not a number.
    let nl_ordinal = lang == Lang::Nl && {
        let (d, r) = split_number(toks[0]);
        !d.is_empty() && with_lower(r, |r| matches!(r, "e" | "ste" | "de" | "e."))
    };
    let last_idx = find_last_number(toks, lang);
    let use_first = first_num
        && !nl_ordinal
        && (number_first || last_idx.is_none() || last_idx == Some(0))
        && toks[1..].iter().any(|t| t.chars().any(char::is_alphabetic));
    if use_first {
        number_first_line(line, toks, cc, lang, &mut p);
    } else if let Some(idx) = last_idx.filter(|&i| i > 0) {
        p.street = Some(join_words(line, &toks[..idx]));
        number_last_tail(toks[idx], &toks[idx + 1..], cc, lang, &mut p);
    } else {
        p.street = Some(join_words(line, toks));
    }
    p
}

/// The index of the house number in a number-last line.
fn find_last_number(toks: &[&str], lang: Lang) -> Option<usize> {
    let mut idx = None;
    for i in (1..toks.len()).rev() {
        let t = toks[i];
        if !starts_digit(t) || is_ordinal_dot(t) && i + 1 < toks.len() {
            continue;
        }
        // `bus 20`, `// W 34`, `LGH 1304`: the digits belong to a unit.
        if with_lower(toks[i - 1], |prev| {
            i >= 2 && unit_kind(prev).is_some()
                || matches!(
                    prev,
                    "w" | "b" | "m" | "m." | "/" | "//" | "tür" | "stiege" | "stg." | "#"
                )
        }) {
            continue;
        }
        // `2 hoog`
        if i + 1 < toks.len()
            && with_lower(toks[i + 1], |next| {
                matches!(
                    next,
                    "hoog" | "hg" | "etage" | "verd" | "verdieping" | "og" | "og." | "stock"
                )
            })
        {
            continue;
        }
        // `3. OG`
        if is_ordinal_dot(t) {
            continue;
        }
        idx = Some(i);
        // `12 a 2`: letter and addition after the number.
        if i >= 2
            && lang == Lang::Nl
            && toks[i - 1].len() == 1
            && toks[i - 1].bytes().all(|b| b.is_ascii_alphabetic())
            && starts_digit(toks[i - 2])
        {
            idx = Some(i - 2);
            break;
        }
        // `12 2`: a bare number right after another number is its addition (not `Plein 1944`).
        if i >= 2
            && all_digits(t)
            && t.len() <= 3
            && all_digits(toks[i - 1])
            && toks[i - 1].len() <= 5
        {
            let y: u32 = toks[i - 1].parse().unwrap_or(0);
            let year_like = (1800..2100).contains(&y);
            if !year_like && matches!(lang, Lang::Nl | Lang::Other | Lang::De) {
                idx = Some(i - 1);
            }
        }
        break;
    }
    let _ = lang;
    idx
}

fn number_first_line<'a>(
    line: &'a str,
    toks: &[&'a str],
    cc: &str,
    lang: Lang,
    p: &mut StreetParts<'a>,
) {
    let (digits, rest) = split_number(toks[0]);
    let mut i = 1;
    let mut number = digits.to_owned();
    let mut suffix: Option<String> = None;
    if let Some(r) = rest.strip_prefix('-')
        && all_digits(r)
    {
        toks[0].clone_into(&mut number); // range or Queens `37-12`
    } else if !rest.is_empty() {
        // `fr_or_letter` reads its argument in lower case.
        suffix = Some(fr_or_letter(rest.trim_start_matches('-'), lang));
    }
    // BE `32 bte 20 Rue de la Senne`
    if cc == "BE"
        && toks.len() > 3
        && unit_kind_any_case(toks[1]) == Some("box")
        && toks[2].chars().any(|c| c.is_ascii_digit())
    {
        p.unit = Some(toks[2].to_uppercase());
        p.unit_type = Some("box");
        i = 3;
    }
    if suffix.is_none() && i == 1 && toks.len() > 2 {
        let letter = with_lower(toks[1], |k| {
            let k = k.trim_end_matches([',', '.']);
            (matches!(k, "bis" | "ter" | "quater" | "b" | "t" | "q") && lang == Lang::Fr
                || (k.len() == 1
                    && k.chars().all(|c| c.is_ascii_alphabetic())
                    && matches!(cc, "GB" | "US" | "CA" | "AU" | "IE" | "NZ")
                    && toks[1].chars().all(|c| c.is_ascii_uppercase())
                    && !(matches!(cc, "US" | "CA") && matches!(k, "n" | "s" | "e" | "w"))))
            .then(|| fr_or_letter(k, lang))
        });
        if letter.is_some() {
            suffix = letter;
            i = 2;
        }
    }
    p.number = Some(number);
    p.suffix = if lang == Lang::De || matches!(cc, "DE" | "AT" | "CH") {
        suffix.map(|s| s.to_lowercase())
    } else {
        suffix
    };
    p.street = Some(join_words(line, &toks[i..]));
}

fn fr_or_letter(r: &str, lang: Lang) -> String {
    let r = r.lc();
    match r.as_str() {
        "bis" | "b" if lang == Lang::Fr => "bis".into(),
        "ter" | "t" if lang == Lang::Fr => "ter".into(),
        "quater" | "q" if lang == Lang::Fr => "quater".into(),
        _ => r.to_uppercase(),
    }
}

/// Splits `rest + tail` into atoms on `-`, `/` and spaces; `A2` → `A`, `2`.
fn atoms<'a>(rest: &'a str, tail: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for piece in std::iter::once(rest).chain(tail.iter().copied()) {
        for a in piece.split(['-', '/']) {
            if a.is_empty() {
                continue;
            }
            let b = a.as_bytes();
            if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1..].iter().all(u8::is_ascii_digit) {
                out.push(&a[..1]);
                out.push(&a[1..]);
            } else {
                out.push(a);
            }
        }
    }
    out
}

fn number_last_tail(num: &str, tail: &[&str], cc: &str, lang: Lang, p: &mut StreetParts) {
    let (digits, rest) = split_number(num);
    p.number = Some(digits.to_owned());
    // Ranges: `414-424`, `72-79`, `5 - 7`, `5 bis 7` (not NL, where `-N` is an addition).
    if cc != "NL" {
        if let Some(r) = rest.strip_prefix('-')
            && all_digits(r)
            && tail.is_empty()
            && cc != "BE"
        {
            p.number = Some(num.to_owned());
            return;
        }
        if rest.is_empty()
            && tail.len() == 2
            && matches!(tail[0], "-" | "bis")
            && all_digits(tail[1])
            && lang == Lang::De
        {
            p.number = Some(format!("{digits}-{}", tail[1]));
            return;
        }
    }
    match cc {
        "NL" => nl_tail(rest, tail, p),
        "BE" => be_tail(rest, tail, p),
        _ if lang == Lang::De || matches!(cc, "DE" | "AT" | "CH") => de_tail(rest, tail, cc, p),
        _ => generic_tail(rest, tail, p),
    }
    if lang == Lang::Fr
        && let Some(s) = p.suffix.take()
    {
        p.suffix = Some(fr_or_letter(&s, lang));
    }
}

fn nl_addition(words: &[&str]) -> Option<String> {
    // No addition has more than two words.
    let [first, second] = match *words {
        [] => return None,
        [one] => [one, ""],
        [one, two] => [one, two],
        _ => return None,
    };
    let (first, second) = (first.lc(), second.lc());
    let two = [first.as_str(), second.as_str()];
    let l: &[&str] = &two[..words.len()];
    Some(match l {
        ["begane", "grond"] | ["bg"] | ["bgg"] | ["beg", "gr"] | ["parterre"] => "BG".into(),
        ["hs"] | ["huis"] => "HS".into(),
        ["bov"] | ["boven"] => "BOV".into(),
        ["rd"] | ["rood"] => "ROOD".into(),
        ["zw"] | ["zwart"] => "ZWART".into(),
        ["bis"] => "BIS".into(),
        [n, "hoog" | "hg" | "etage" | "verd" | "verdieping"] => {
            let d = n.trim_end_matches(['e', '.']);
            if all_digits(d) {
                d.to_owned()
            } else {
                return None;
            }
        }
        [one] if roman(one) => one.to_uppercase(),
        [one] if one.len() <= 5 && one.chars().all(|c| c.is_ascii_alphanumeric()) => {
            one.to_uppercase()
        }
        _ => return None,
    })
}

fn nl_tail(rest: &str, tail: &[&str], p: &mut StreetParts) {
    let a = atoms(rest, tail);
    if a.is_empty() {
        return;
    }
    let mut letter: Option<String> = None;
    let mut from = 0;
    let single_letter = |s: &str| s.len() == 1 && s.bytes().all(|b| b.is_ascii_alphabetic());
    if single_letter(a[0]) && !(a.len() > 1 && a[1].eq_ignore_ascii_case("hoog")) {
        letter = Some(a[0].to_uppercase());
        from = 1;
    }
    let addition = nl_addition(&a[from..]);
    if from < a.len() && addition.is_none() {
        p.leftover = true;
    }
    // `12 2`: a bare number separated by a space only.
    if rest.is_empty() && tail.len() == 1 && all_digits(tail[0]) {
        p.ambiguous = true;
    }
    p.suffix = match (letter, addition) {
        (Some(l), Some(a)) => Some(format!("{l}-{a}")),
        (Some(l), None) => Some(l),
        (None, Some(a)) => Some(a),
        (None, None) => None,
    };
}

fn be_tail(rest: &str, tail: &[&str], p: &mut StreetParts) {
    let mut a = atoms(rest, tail);
    // `32/20`, `32#20`
    let slash_box = rest.starts_with('/') || rest.starts_with('#');
    if let Some(first) = a.first_mut()
        && let Some(s) = first.strip_prefix('#')
    {
        *first = s;
    }
    a.retain(|s| !s.is_empty());
    let mut i = 0;
    if i < a.len()
        && !slash_box
        && a[i].len() == 1
        && a[i].bytes().all(|b| b.is_ascii_alphabetic())
        && !(a.len() > i + 1 && a[i].eq_ignore_ascii_case("b"))
    {
        p.suffix = Some(a[i].to_uppercase());
        i += 1;
    }
    if i < a.len() {
        let k = a[i].lc();
        if (unit_kind(&k) == Some("box") || k == "b" || k == "app" || k == "appt")
            && i + 1 < a.len()
        {
            i += 1;
        } else if !slash_box {
            p.ambiguous = true;
        }
        if i + 1 == a.len() {
            p.unit = Some(a[i].to_uppercase());
            p.unit_type = Some("box");
        } else {
            p.leftover = true;
        }
    }
}

fn de_tail(rest: &str, tail: &[&str], cc: &str, p: &mut StreetParts) {
    let mut r = rest;
    // `15/2/14` (AT: number/stair/door), `12/1` (BW sub-number).
    if let Some(s) = r.strip_prefix('/') {
        let parts: Vec<&str> = s.split('/').collect();
        if parts.len() >= 2 && cc == "AT" {
            p.unit = Some(s.to_uppercase());
            p.unit_type = Some("apartment");
            r = "";
        } else if parts.len() == 1 && !s.is_empty() && s.len() <= 3 {
            p.suffix = Some(s.to_lowercase());
            r = "";
        }
    }
    if !r.is_empty() {
        let l = r.trim_start_matches('-').lc();
        if l.len() <= 2 && l.chars().all(char::is_alphabetic) {
            p.suffix = Some(l.as_str().to_owned());
        } else {
            p.leftover = true;
        }
    }
    let mut i = 0;
    if p.suffix.is_none()
        && i < tail.len()
        && tail[i].chars().count() == 1
        && tail[i].chars().all(char::is_alphabetic)
        && !matches!(tail[i], "W" | "w")
    {
        p.suffix = Some(tail[i].to_lowercase());
        i += 1;
    }
    while i < tail.len() {
        let k = tail[i].lc();
        if k == "//" {
            i += 1;
            continue;
        }
        if (k == "w" || unit_kind(&k).is_some_and(|u| u != "box")) && i + 1 < tail.len() {
            p.unit = Some(tail[i + 1].to_uppercase());
            p.unit_type = Some(if k == "w" {
                "apartment"
            } else {
                unit_kind(&k).unwrap_or("unit")
            });
            i += 2;
            continue;
        }
        // `3. OG`, `EG`
        if is_ordinal_dot(tail[i])
            && i + 1 < tail.len()
            && matches!(
                tail[i + 1].lc().trim_end_matches('.'),
                "og" | "etage" | "stock"
            )
        {
            p.unit = Some(tail[i][..tail[i].len() - 1].to_owned());
            p.unit_type = Some("floor");
            i += 2;
            continue;
        }
        if matches!(k.as_str(), "eg" | "dg" | "ug") {
            p.unit = Some(k.to_uppercase());
            p.unit_type = Some("floor");
            i += 1;
            continue;
        }
        p.leftover = true;
        break;
    }
}

fn generic_tail(rest: &str, tail: &[&str], p: &mut StreetParts) {
    let a = atoms(rest, tail);
    let mut i = 0;
    if i < a.len()
        && a[i].len() <= 2
        && a[i].chars().all(|c| c.is_ascii_alphabetic())
        && unit_kind_any_case(a[i]).is_none()
        && a[i] != "m"
    {
        p.suffix = Some(a[i].to_uppercase());
        i += 1;
    }
    if i < a.len() {
        let k = a[i].lc();
        if (unit_kind(&k).is_some() || k == "m" || k == "m.") && i + 2 == a.len() {
            p.unit = Some(a[i + 1].to_uppercase());
            p.unit_type = Some(if k.starts_with('m') {
                "apartment"
            } else {
                unit_kind(&k).unwrap_or("unit")
            });
        } else if i + 1 == a.len() && rest.starts_with('/') {
            p.unit = Some(a[i].to_uppercase());
            p.unit_type = Some("apartment");
        } else {
            p.leftover = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nl(s: &str) -> (Option<String>, Option<String>, Option<String>) {
        let p = parse_street_line(s, "NL", Lang::Nl, false);
        (p.street.map(Cow::into_owned), p.number, p.suffix)
    }

    #[test]
    fn dutch() {
        assert_eq!(
            nl("Keizersgracht 123-2"),
            (
                Some("Keizersgracht".into()),
                Some("123".into()),
                Some("2".into())
            )
        );
        assert_eq!(nl("Keizersgracht 123 hs").2.as_deref(), Some("HS"));
        assert_eq!(nl("Keizersgracht 123A-2").2.as_deref(), Some("A-2"));
        assert_eq!(nl("Keizersgracht 123 a 2").2.as_deref(), Some("A-2"));
        assert_eq!(nl("Olympia 1 A begane grond").2.as_deref(), Some("A-BG"));
        assert_eq!(nl("Keizersgracht 12 2 hoog").2.as_deref(), Some("2"));
        assert_eq!(nl("Plein 1944 12").1.as_deref(), Some("12"));
        assert_eq!(
            nl("1e Jan Steenstraat 12").0.as_deref(),
            Some("1e Jan Steenstraat")
        );
        assert_eq!(
            nl("Tweede Jan Steenstraat 37-III").2.as_deref(),
            Some("III")
        );
    }

    #[test]
    fn others() {
        let p = parse_street_line("Zennestraat 32 bus 20", "BE", Lang::Nl, false);
        assert_eq!(
            (p.number.as_deref(), p.unit.as_deref(), p.unit_type),
            (Some("32"), Some("20"), Some("box"))
        );
        let p = parse_street_line("Wendenstr. 414-424", "DE", Lang::De, false);
        assert_eq!(p.number.as_deref(), Some("414-424"));
        let p = parse_street_line("2. Bickestraße 5", "DE", Lang::De, false);
        assert_eq!(
            (p.street.as_deref(), p.number.as_deref()),
            (Some("2. Bickestraße"), Some("5"))
        );
        let p = parse_street_line("Favoritenstraße 15/2/14", "AT", Lang::De, false);
        assert_eq!(p.unit.as_deref(), Some("2/14"));
        let p = parse_street_line("12 bis rue de la Paix", "FR", Lang::Fr, true);
        assert_eq!(
            (p.number.as_deref(), p.suffix.as_deref()),
            (Some("12"), Some("bis"))
        );
        let p = parse_street_line("123 Main St Apt 4B", "US", Lang::En, true);
        assert_eq!(
            (p.unit.as_deref(), p.unit_type),
            (Some("4B"), Some("apartment"))
        );
        let p = parse_street_line("37-12 82nd St", "US", Lang::En, true);
        assert_eq!(p.number.as_deref(), Some("37-12"));
    }
}
