//! Output: the one-line `canonical` form in national order (ISO country code last), the postal
//! `lines` (libaddressinput `fmt`/`upper` conventions), and `match_key`.
#![allow(clippy::match_same_arms, clippy::unnested_or_patterns)] // rule tables read best one spelling per arm

use super::Address;
use super::country::{Lang, info};
use super::preclean::fold;
use super::region;
use super::streets::street_key;

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

fn number_with_suffix(cc: &str, num: &str, suffix: Option<&str>) -> String {
    let Some(s) = suffix else {
        return num.to_owned();
    };
    let single_letter_start = s.as_bytes()[0].is_ascii_alphabetic()
        && (s.len() == 1 || s.as_bytes().get(1) == Some(&b'-'));
    match cc {
        "NL" if single_letter_start => format!("{num}{s}"),
        "NL" => format!("{num}-{s}"),
        "DE" | "AT" | "CH" if s.bytes().all(|b| b.is_ascii_digit()) => format!("{num}/{s}"),
        "FR" | "LU" | "RE" | "GP" | "MQ" | "GF" | "YT" | "NC" | "PF" | "BE"
            if matches!(s, "bis" | "ter" | "quater") =>
        {
            format!("{num} {s}")
        }
        _ => format!("{num}{s}"),
    }
}

pub(crate) fn street_line(a: &Address, cc: &str, lang: Lang) -> Option<String> {
    let street = a.street.as_deref();
    let num = a
        .house_number
        .as_deref()
        .map(|n| number_with_suffix(cc, n, a.house_number_suffix.as_deref()));
    let number_first = info(cc).number_first;
    let mut line = match (street, num) {
        (Some(s), Some(n)) if number_first => format!("{n} {s}"),
        (Some(s), Some(n)) => format!("{s} {n}"),
        (Some(s), None) => s.to_owned(),
        (None, Some(n)) => n,
        (None, None) => return None,
    };
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

fn region_text(code: &str) -> String {
    // Numeric codes (AT, IT regions, DK, PL) are written as the region's name.
    region::numeric_name(code)
        .unwrap_or_else(|| region::short(code))
        .to_owned()
}

/// Fills `canonical`, `lines` and `match_key`.
pub(crate) fn finish(a: &mut Address, lang: Lang) {
    let cc = a.country.unwrap_or("");
    let ctry = info(cc);
    let mut parts: Vec<String> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    if let Some(o) = &a.organisation {
        parts.push(o.clone());
        lines.push(o.clone());
    }
    if let Some(c) = &a.care_of {
        let s = format!("c/o {c}");
        parts.push(s.clone());
        lines.push(s);
    }
    if let Some(t) = &a.attention {
        let s = format!("{} {t}", attention_prefix(cc, lang));
        parts.push(s.clone());
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
            format!("{} {u}", unit_label(cc, k))
        };
        parts.push(s.clone());
        lines.push(s);
    }
    if let Some(s) = street_line(a, cc, lang) {
        parts.push(s.clone());
        lines.push(s);
    }
    if let (Some(n), Some(k)) = (a.po_box.as_deref(), a.po_box_type) {
        let s = format!("{} {n}", po_label(k));
        parts.push(s.clone());
        lines.push(s);
    }
    if let Some(d) = &a.dependent_locality {
        parts.push(d.clone());
        lines.push(d.clone());
    }
    let city = a.city.as_deref();
    let city_up = city.map(|c| {
        if ctry.upper_city {
            c.to_uppercase()
        } else {
            c.to_owned()
        }
    });
    let pc = a.postcode.as_deref();
    let sc = a.sorting_code.as_deref();
    let region_short = a.region.map(region::short);
    if ctry.city_first {
        let region_in_line =
            region::required(cc) || region_short.is_some() && matches!(cc, "US" | "CA" | "AU");
        let mut canon = String::new();
        if let Some(c) = city {
            canon.push_str(c);
        }
        let mut tail = String::new();
        if region_in_line && let Some(r) = region_short {
            tail.push_str(r);
        }
        if let Some(p) = pc {
            if !tail.is_empty() {
                tail.push(' ');
            }
            tail.push_str(p);
        }
        if !canon.is_empty() && !tail.is_empty() {
            if region_in_line && region_short.is_some() {
                canon.push_str(", ");
            } else {
                canon.push(' ');
            }
        }
        canon.push_str(&tail);
        if !canon.is_empty() {
            parts.push(canon);
        }
        if cc == "GB" || cc == "IE" {
            if let Some(c) = &city_up {
                lines.push(c.clone());
            }
            if let Some(p) = pc {
                lines.push(p.to_owned());
            }
        } else {
            let mut l = city_up.clone().unwrap_or_default();
            if !tail.is_empty() {
                if !l.is_empty() {
                    l.push_str(if region_in_line && region_short.is_some() {
                        ", "
                    } else {
                        " "
                    });
                }
                l.push_str(&tail);
            }
            if !l.is_empty() {
                lines.push(l);
            }
        }
        if !region_in_line && let Some(r) = a.region {
            parts.push(region_text(r));
        }
    } else {
        let mut canon = String::new();
        let mut line = String::new();
        if let Some(p) = pc {
            canon.push_str(p);
            line.push_str(ctry.line_prefix);
            line.push_str(p);
        }
        if let Some(c) = city {
            if !canon.is_empty() {
                canon.push(' ');
                line.push(' ');
            }
            canon.push_str(c);
            line.push_str(city_up.as_deref().unwrap_or(c));
        }
        if let Some(s) = sc {
            canon.push(' ');
            canon.push_str(s);
            line.push(' ');
            line.push_str(s);
        }
        if !canon.is_empty() {
            parts.push(canon);
            lines.push(line);
        }
        if let Some(r) = a.region {
            parts.push(region_text(r));
        }
    }
    if !cc.is_empty() {
        parts.push(cc.to_owned());
    }
    a.canonical = Some(parts.join(", "));
    a.lines = lines;
    a.match_key = Some(match_key(a, cc));
}

fn key_part(s: Option<&str>) -> String {
    s.map(|x| fold(x).replace(' ', "")).unwrap_or_default()
}

fn match_key(a: &Address, cc: &str) -> String {
    let cc = if cc.is_empty() { "ZZ" } else { cc };
    let pc: String = a
        .postcode
        .as_deref()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    if a.house_number.is_none()
        && let (Some(n), Some(k)) = (a.po_box.as_deref(), a.po_box_type)
    {
        return format!("{cc}|{pc}|{k}{n}|");
    }
    let num = a.house_number.as_deref().unwrap_or("");
    let mut suffix = key_part(a.house_number_suffix.as_deref());
    suffix.push_str(&key_part(a.unit.as_deref()));
    if cc == "NL" && !pc.is_empty() {
        return format!("NL|{pc}|{num}|{suffix}");
    }
    let street = a.street.as_deref().map(street_key).unwrap_or_default();
    format!("{cc}|{pc}|{street}|{num}|{suffix}")
}
