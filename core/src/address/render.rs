//! Output: the one-line `canonical` form in national order (ISO country code last), the postal
//! `lines` (libaddressinput `fmt`/`upper` conventions), and `match_key`.
#![allow(clippy::match_same_arms, clippy::unnested_or_patterns)] // rule tables read best one spelling per arm

use super::Address;
use super::country::{Lang, info};
use super::preclean::{TextExt, fold};
use super::region;
use super::streets::{is_brussels, push_brussels_street_key, push_street_key};

fn unit_label(cc: &str, kind: &str) -> &'static str {
    match (cc, kind) {
        ("US" | "CA" | "PR", "apartment") => "Apt",
        ("US" | "CA" | "PR", "suite") => "Ste",
        ("US" | "CA" | "PR", "floor") => "Fl",
        ("US" | "CA" | "PR", "room") => "Rm",
        ("US" | "CA" | "PR", "building") => "Bldg",
        ("US" | "CA" | "PR", "trailer") => "Trlr",
        ("US" | "CA" | "PR", "space") => "Spc",
        ("US" | "CA" | "PR", "office") => "Ofc",
        ("DE" | "CH", "apartment") => "Whg.",
        ("AT", "apartment") => "Top",
        ("SE", "apartment") => "LGH",
        ("PL", "apartment") => "m.",
        ("AU" | "NZ", "floor") => "Level",
        ("FR" | "LU", "apartment") => "Appt",
        (_, "apartment") => "Apt",
        (_, "suite") => "Suite",
        (_, "flat") => "Flat",
        (_, "floor") => "Floor",
        (_, "room") => "Room",
        (_, "building") => "Building",
        (_, "department") => "Dept",
        (_, "lot") => "Lot",
        (_, "space") => "Space",
        (_, "trailer") => "Trailer",
        (_, "office") => "Office",
        _ => "Unit",
    }
}

fn po_label(kind: &str) -> &'static str {
    match kind {
        "postbus" => "Postbus",
        "antwoordnummer" => "Antwoordnummer",
        "postfach" => "Postfach",
        "bp" => "BP",
        "cs" => "CS",
        "tsa" => "TSA",
        "postboks" => "Postboks",
        "apartado" => "Apartado",
        "casella_postale" => "Casella Postale",
        "case_postale" => "Case postale",
        "skrytka" => "Skrytka pocztowa",
        "box" => "Box",
        _ => "PO Box",
    }
}

/// Where a unit is written: inside the street line, or as its own line before it.
fn unit_inline(cc: &str) -> bool {
    !matches!(
        cc,
        "NL" | "FR" | "LU" | "GB" | "IE" | "AU" | "NZ" | "JE" | "GG" | "IM" | ""
    )
}

fn push_number_with_suffix(out: &mut String, cc: &str, num: &str, suffix: Option<&str>) {
    out.push_str(num);
    let Some(s) = suffix.filter(|s| !s.is_empty()) else {
        return;
    };
    let single_letter_start = s.as_bytes()[0].is_ascii_alphabetic()
        && (s.len() == 1 || s.as_bytes().get(1) == Some(&b'-'));
    match cc {
        "NL" if single_letter_start => {}
        "NL" => out.push('-'),
        "DE" | "AT" | "CH" if s.bytes().all(|b| b.is_ascii_digit()) => out.push('/'),
        "FR" | "LU" | "RE" | "GP" | "MQ" | "GF" | "YT" | "NC" | "PF" | "BE"
            if matches!(s, "bis" | "ter" | "quater") =>
        {
            out.push(' ');
        }
        _ => {}
    }
    out.push_str(s);
}

pub(crate) fn street_line(a: &Address, cc: &str, lang: Lang) -> Option<String> {
    let street = a.street.as_deref();
    let num = a.house_number.as_deref();
    if street.is_none() && num.is_none() {
        return None;
    }
    let number_first = info(cc).number_first;
    let mut line = String::with_capacity(48);
    let suffix = a.house_number_suffix.as_deref();
    match (street, num) {
        (Some(s), Some(n)) if number_first => {
            push_number_with_suffix(&mut line, cc, n, suffix);
            line.push(' ');
            line.push_str(s);
        }
        (Some(s), Some(n)) => {
            line.push_str(s);
            line.push(' ');
            push_number_with_suffix(&mut line, cc, n, suffix);
        }
        (Some(s), None) => line.push_str(s),
        (None, Some(n)) => push_number_with_suffix(&mut line, cc, n, suffix),
        (None, None) => return None,
    }
    if let (Some(u), Some(k)) = (a.unit.as_deref(), a.unit_type)
        && (unit_inline(cc) || k == "box")
    {
        if k == "box" {
            line.push_str(if lang == Lang::Fr { " bte " } else { " bus " });
            line.push_str(u);
        } else if cc == "AT" && u.contains('/') {
            line.push('/');
            line.push_str(u);
        } else if k == "floor"
            && matches!(cc, "DE" | "AT" | "CH")
            && u.bytes().all(|b| b.is_ascii_digit())
        {
            line.push(' ');
            line.push_str(u);
            line.push_str(". OG");
        } else if k == "floor" && matches!(cc, "DK" | "ES") {
            // `Vesterbrogade 12, 2. th.`, `Calle Mayor 5, 3º B`.
            line.push_str(", ");
            line.push_str(u);
        } else if k == "floor" && matches!(cc, "DE" | "AT" | "CH") {
            line.push(' ');
            line.push_str(u);
        } else {
            line.push(' ');
            line.push_str(unit_label(cc, k));
            line.push(' ');
            line.push_str(u);
        }
    }
    Some(line)
}

fn attention_prefix(cc: &str, lang: Lang) -> &'static str {
    match (cc, lang) {
        (_, Lang::Nl) => "t.a.v.",
        (_, Lang::De) => "z. Hd.",
        (_, Lang::Fr) => "À l'attention de",
        _ => "Attn",
    }
}

fn region_text(code: &str) -> &str {
    // Numeric codes (AT, IT regions, DK, PL) are written as the region's name.
    region::numeric_name(code).unwrap_or_else(|| region::short(code))
}

/// Appends `part` to the one-line form, comma-separated.
fn push_part(canon: &mut String, part: &str) {
    if !canon.is_empty() {
        canon.push_str(", ");
    }
    canon.push_str(part);
}

/// Fills `canonical`, `lines` and `match_key`, each built once into one pre-sized buffer.
/// `street` is the [`street_line`] of `a` when the caller has it already.
pub(crate) fn finish(a: &mut Address, lang: Lang, street: Option<String>) {
    let cc = a.country.unwrap_or("");
    let ctry = info(cc);
    let mut canon = String::with_capacity(96);
    let mut lines: Vec<String> = Vec::with_capacity(4);
    if let Some(o) = &a.organisation {
        push_part(&mut canon, o);
        lines.push(o.clone());
    }
    if let Some(c) = &a.care_of {
        let mut s = String::with_capacity(c.len() + 4);
        s.push_str("c/o ");
        s.push_str(c);
        push_part(&mut canon, &s);
        lines.push(s);
    }
    if let Some(t) = &a.attention {
        let p = attention_prefix(cc, lang);
        let mut s = String::with_capacity(p.len() + 1 + t.len());
        s.push_str(p);
        s.push(' ');
        s.push_str(t);
        push_part(&mut canon, &s);
        lines.push(s);
    }
    if let (Some(u), Some(k)) = (a.unit.as_deref(), a.unit_type)
        && !unit_inline(cc)
        && k != "box"
    {
        // A house name is its own line, without a label.
        let s = if k == "house" {
            u.to_owned()
        } else {
            let l = unit_label(cc, k);
            let mut s = String::with_capacity(l.len() + 1 + u.len());
            s.push_str(l);
            s.push(' ');
            s.push_str(u);
            s
        };
        push_part(&mut canon, &s);
        lines.push(s);
    }
    if let Some(s) = street.or_else(|| street_line(a, cc, lang)) {
        push_part(&mut canon, &s);
        lines.push(s);
    }
    if let (Some(n), Some(k)) = (a.po_box.as_deref(), a.po_box_type) {
        let l = po_label(k);
        let mut s = String::with_capacity(l.len() + 1 + n.len());
        s.push_str(l);
        s.push(' ');
        s.push_str(n);
        push_part(&mut canon, &s);
        lines.push(s);
    }
    if let Some(d) = &a.dependent_locality {
        push_part(&mut canon, d);
        lines.push(d.clone());
    }
    let city = a.city.as_deref();
    let city_up = |c: &str, out: &mut String| {
        if ctry.upper_city && c.is_ascii() {
            let from = out.len();
            out.push_str(c);
            out[from..].make_ascii_uppercase();
        } else if ctry.upper_city {
            out.extend(c.chars().flat_map(char::to_uppercase));
        } else {
            out.push_str(c);
        }
    };
    let pc = a.postcode.as_deref();
    let sc = a.sorting_code.as_deref();
    let region_short = a.region.map(region::short);
    if ctry.city_first {
        let region_in_line =
            region::required(cc) || region_short.is_some() && matches!(cc, "US" | "CA" | "AU");
        let r_tail = if region_in_line { region_short } else { None };
        let has_tail = r_tail.is_some() || pc.is_some();
        let sep = if region_in_line && region_short.is_some() {
            ", "
        } else {
            " "
        };
        let push_tail = |out: &mut String| {
            if let Some(r) = r_tail {
                out.push_str(r);
            }
            if let Some(p) = pc {
                if r_tail.is_some() {
                    out.push(' ');
                }
                out.push_str(p);
            }
        };
        if city.is_some() || has_tail {
            if !canon.is_empty() {
                canon.push_str(", ");
            }
            if let Some(c) = city {
                canon.push_str(c);
                if has_tail {
                    canon.push_str(sep);
                }
            }
            push_tail(&mut canon);
        }
        if cc == "GB" || cc == "IE" {
            if let Some(c) = city {
                let mut l = String::with_capacity(c.len());
                city_up(c, &mut l);
                lines.push(l);
            }
            if let Some(p) = pc {
                lines.push(p.to_owned());
            }
        } else {
            let mut l = String::with_capacity(48);
            if let Some(c) = city {
                city_up(c, &mut l);
            }
            if has_tail {
                if !l.is_empty() {
                    l.push_str(sep);
                }
                push_tail(&mut l);
            }
            if !l.is_empty() {
                lines.push(l);
            }
        }
        if !region_in_line && let Some(r) = a.region {
            push_part(&mut canon, region_text(r));
        }
    } else {
        if pc.is_some() || city.is_some() || sc.is_some() {
            let mut line = String::with_capacity(48);
            if !canon.is_empty() {
                canon.push_str(", ");
            }
            let mut any = false;
            if let Some(p) = pc {
                canon.push_str(p);
                line.push_str(ctry.line_prefix);
                line.push_str(p);
                any = true;
            }
            if let Some(c) = city {
                if any {
                    canon.push(' ');
                    line.push(' ');
                }
                canon.push_str(c);
                city_up(c, &mut line);
            }
            if let Some(s) = sc {
                canon.push(' ');
                canon.push_str(s);
                line.push(' ');
                line.push_str(s);
            }
            lines.push(line);
        }
        if let Some(r) = a.region {
            push_part(&mut canon, region_text(r));
        }
    }
    if !cc.is_empty() {
        push_part(&mut canon, cc);
    }
    a.match_key = Some(match_key(a, cc));
    a.canonical = Some(canon);
    a.lines = lines;
}

/// Appends the folded `s` without spaces.
fn push_key_part(out: &mut String, s: Option<&str>) {
    if let Some(x) = s {
        out.extend(fold(x).words());
    }
}

fn match_key(a: &Address, cc: &str) -> String {
    let cc = if cc.is_empty() { "ZZ" } else { cc };
    let mut key = String::with_capacity(48);
    key.push_str(cc);
    key.push('|');
    key.extend(
        a.postcode
            .as_deref()
            .unwrap_or("")
            .chars()
            .filter(char::is_ascii_alphanumeric),
    );
    key.push('|');
    if a.house_number.is_none()
        && let (Some(n), Some(k)) = (a.po_box.as_deref(), a.po_box_type)
    {
        key.push_str(k);
        key.push_str(n);
        key.push('|');
        return key;
    }
    let num = a.house_number.as_deref().unwrap_or("");
    let pc_empty = key.len() == cc.len() + 2;
    let keyed_by_street = cc != "NL" || pc_empty;
    if keyed_by_street && let Some(s) = a.street.as_deref() {
        if cc == "BE" && a.postcode.as_deref().is_some_and(is_brussels) {
            // One key for the French and Dutch names of a Brussels street.
            push_brussels_street_key(&mut key, s);
        } else {
            push_street_key(&mut key, s);
        }
    }
    if keyed_by_street {
        key.push('|');
    }
    key.push_str(num);
    key.push('|');
    push_key_part(&mut key, a.house_number_suffix.as_deref());
    push_key_part(&mut key, a.unit.as_deref());
    key
}
