//! Contact fields: e-mail, phone, address and date of birth.
//!
//! # Phone and address
//!
//! - [`phone_feature`]: the phone module (`contactkit::phone`, libphonenumber metadata) parses
//!   each value with the record's country as the default region; the E.164 form is the key and
//!   the number type says personal (mobile) or shared (fixed line, switchboard). Canonical E.164
//!   input of the countries the small prefix table covers ([`is_mobile_e164`]) takes a fast path
//!   without the metadata's range patterns; values the phone module cannot parse fall back to a
//!   light normalisation.
//! - [`address_feature`]: components (`street`, `house_number`, `unit`, `postcode`, `city`) as
//!   given, with a light normalisation (street types folded, postcode squashed); a free-text
//!   `address` is parsed by the address module ([`crate::address::parse`], with the record's
//!   country as the hint: street types written out, NL/BE/DE/FR number suffixes and units,
//!   canonical postcode, city exonyms to the local name), cached per thread by input text
//!   (office addresses repeat in CRM exports). Text the module finds no street or postcode in
//!   falls back to a light split.
//!
//! E-mail uses the e-mail module on main: the `ck1` [`dedup_key`](crate::email::dedup_key) and the
//! cleaner's role and free-provider flags.

use std::sync::OnceLock;

use crate::email::{EmailCleaner, dedup_key};

use super::text::{Fold, Key, fold, hash, hash_iter, mix};

/// One e-mail address of a record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct EmailFeature {
    /// Hash of the `ck1` dedup key.
    pub key: u64,
    /// Hash of the local part of the key.
    pub local: u64,
    /// Hash of the domain.
    pub domain: u64,
    /// A role mailbox (`info@`, `sales@`).
    pub role: bool,
    /// A consumer mail provider (`gmail.com`, `ziggo.nl`).
    pub free: bool,
}

fn cleaner() -> &'static EmailCleaner {
    static C: OnceLock<EmailCleaner> = OnceLock::new();
    C.get_or_init(EmailCleaner::new)
}

/// The feature of one e-mail value, or `None` when it has no `ck1` key.
pub(crate) fn email_feature(raw: &str) -> Option<EmailFeature> {
    let key = dedup_key(raw.trim())?;
    let (local, domain) = key.rsplit_once('@')?;
    let c = cleaner();
    Some(EmailFeature {
        key: hash(&key),
        local: hash(local),
        domain: hash(domain),
        role: c.is_role(local),
        free: c.is_free_provider(domain),
    })
}

/// One phone number of a record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct PhoneFeature {
    /// Hash of the E.164 form.
    pub e164: u64,
    /// A mobile number (personal); otherwise fixed line or switchboard (shared).
    pub mobile: bool,
}

/// Mobile prefixes by country calling code (E.164 without `+`): NL 6, BE 4[5-9], DE 15/16/17,
/// FR 6/7, GB 7, AT 6, CH 7[5-9], LU 6, IE 8, ES 6/7, IT 3, DK/SE/NO leading digits of the plan.
/// Used for canonical E.164 input of [`TABLE_COUNTRIES`] and for numbers the phone module
/// cannot type.
pub(crate) fn is_mobile_e164(digits: &str) -> bool {
    const P: &[&str] = &[
        "316", "3245", "3246", "3247", "3248", "3249", "4915", "4916", "4917", "336", "337", "447",
        "436", "4175", "4176", "4177", "4178", "4179", "3526", "3538", "346", "347", "393", "467",
        "479", "474",
    ];
    P.iter().any(|p| digits.starts_with(p))
}

/// Country calling codes whose mobile ranges the prefix table of [`is_mobile_e164`] covers.
const TABLE_COUNTRIES: [&str; 7] = ["31", "32", "33", "44", "49", "352", "43"];

/// The feature of one phone value: parsed by the phone module (libphonenumber metadata) with
/// the record's country as the default region, keyed by its E.164 form and typed by its number
/// type (mobile and personal numbers are personal; fixed lines, internet telephony and company
/// numbers are shared). Values the phone module cannot parse fall back to the light normalisation
/// ([`phone_feature_light`]); `None` when fewer than 8 digits remain.
pub(crate) fn phone_feature(raw: &str, country: Option<&str>) -> Option<PhoneFeature> {
    use crate::phone::{NumberType, PhoneNumber, supported_region};
    // Fast path: already E.164 in a country of the prefix table (the number type from the
    // table, without the metadata's range patterns).
    if let Some(digits) = raw.trim().strip_prefix('+')
        && (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && TABLE_COUNTRIES.iter().any(|c| digits.starts_with(c))
    {
        return Some(PhoneFeature {
            e164: hash(digits),
            mobile: is_mobile_e164(digits),
        });
    }
    let region = country.and_then(|c| supported_region(&c.trim().to_ascii_uppercase()));
    match PhoneNumber::parse(raw.trim(), region) {
        Ok(n) if n.is_possible() => {
            let e164 = n.e164();
            let digits = e164.strip_prefix('+').unwrap_or(&e164);
            let mobile = match n.number_type() {
                NumberType::Mobile | NumberType::PersonalNumber | NumberType::Pager => true,
                // The +1 plan does not tell them apart; unknown ranges: the prefix table.
                NumberType::FixedLineOrMobile | NumberType::Unknown => is_mobile_e164(digits),
                _ => false,
            };
            Some(PhoneFeature {
                e164: hash(digits),
                mobile,
            })
        }
        _ => phone_feature_light(raw),
    }
}

/// The light normalisation: a value in E.164 (or `00`-prefixed international digits), typed by
/// the prefix table [`is_mobile_e164`]; a national number without a region stays comparable
/// with itself only.
pub(crate) fn phone_feature_light(raw: &str) -> Option<PhoneFeature> {
    let t = raw.trim();
    let mut digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if !t.starts_with('+') {
        if let Some(d) = digits.strip_prefix("00") {
            digits = d.to_owned();
        } else if let Some(d) = digits.strip_prefix('0') {
            digits = format!("0{d}");
        }
    }
    if digits.len() < 8 {
        return None;
    }
    Some(PhoneFeature {
        e164: hash(&digits),
        mobile: is_mobile_e164(&digits),
    })
}

/// The address of a record: a match key plus component keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct AddressFeature {
    /// Postcode + house number (+ unit), or street + house number + city: equal keys mean the
    /// same delivery point. 0 when neither is available.
    pub match_key: u64,
    /// Street + house number (+ unit) + postcode (or city): the street address, for its term
    /// frequency. 0 without a street or a number.
    pub street_number_key: u64,
    /// Street name, folded and squashed (no house number).
    pub street: Option<Key>,
    /// House number with suffix and unit, squashed (`12a`), hashed; 0 when absent.
    pub number: u64,
    /// Postcode, upper-case letters and digits.
    pub postcode: Option<Key>,
    /// City.
    pub city: Option<Key>,
}

/// The raw address inputs of a record.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct AddressInput<'a> {
    pub address: Option<&'a str>,
    pub street: Option<&'a str>,
    pub house_number: Option<&'a str>,
    pub unit: Option<&'a str>,
    pub postcode: Option<&'a str>,
    pub city: Option<&'a str>,
    /// The record's country (ISO code), the hint for a free-text address.
    pub country: Option<&'a str>,
}

fn ne(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// Street, house number (with suffix and unit), postcode and city of a free text.
type FreeText = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Parsed free-text addresses per thread, by hash of text and country hint; cleared when full.
const FREE_TEXT_CACHE: usize = 4096;

/// Splits a free-text address with the address module (cached per thread); the light split
/// when the module finds neither a street nor a postcode.
fn parse_free_text(s: &str, country: Option<&str>) -> FreeText {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static CACHE: RefCell<HashMap<u64, FreeText>> = RefCell::new(HashMap::new());
    }
    let key = mix(hash(s), country.map_or(0, hash));
    if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return hit;
    }
    let hint = country.filter(|c| c.trim().len() == 2);
    let parsed = crate::address::parse(s, hint)
        .or_else(|_| crate::address::parse(s, None))
        .ok()
        .filter(|a| a.street.is_some() || a.postcode.is_some());
    let out = match parsed {
        Some(a) => {
            let mut number = a.house_number.unwrap_or_default();
            number.push_str(a.house_number_suffix.as_deref().unwrap_or(""));
            number.push_str(a.unit.as_deref().unwrap_or(""));
            (
                a.street,
                (!number.is_empty()).then_some(number),
                a.postcode,
                a.city,
            )
        }
        None => split_free_text(s),
    };
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= FREE_TEXT_CACHE {
            c.clear();
        }
        c.insert(key, out.clone());
    });
    out
}

/// Splits a free-text address (`"Dorpsstraat 12a, 1234 AB Ons Dorp"`) into street, number,
/// postcode and city by a light heuristic (the fallback of [`parse_free_text`]).
fn split_free_text(s: &str) -> FreeText {
    let mut street = None;
    let mut number = None;
    let mut postcode = None;
    let mut city = None;
    let parts: Vec<&str> = s.split([',', '\n']).map(str::trim).collect();
    for (i, p) in parts.iter().enumerate() {
        let toks: Vec<&str> = p.split_whitespace().collect();
        // Postcode: NL "1234 AB"/"1234AB", else a 4-5 digit token (then the rest is the city).
        if let Some(j) = toks.iter().position(|t| {
            let d = t.chars().filter(char::is_ascii_digit).count();
            (d == 4 || d == 5) && t.chars().all(|c| c.is_ascii_alphanumeric()) && i > 0
        }) {
            let mut pc = toks[j].to_owned();
            let mut rest = j + 1;
            if pc.len() == 4
                && toks
                    .get(j + 1)
                    .is_some_and(|x| x.len() == 2 && x.chars().all(|c| c.is_ascii_alphabetic()))
            {
                pc.push_str(toks[j + 1]);
                rest += 1;
            }
            postcode = Some(pc);
            if rest < toks.len() {
                city = Some(toks[rest..].join(" "));
            }
            continue;
        }
        if street.is_none() {
            if let Some(j) = toks
                .iter()
                .position(|t| t.chars().next().is_some_and(|c| c.is_ascii_digit()))
                .filter(|&j| j > 0)
            {
                street = Some(toks[..j].join(" "));
                number = Some(toks[j..].join(""));
            } else {
                street = Some((*p).to_owned());
            }
        } else if city.is_none() && !p.is_empty() {
            city = Some((*p).to_owned());
        }
    }
    (street, number, postcode, city)
}

/// Common street-type words folded to one form so `Dorpsstr.` ≈ `Dorpsstraat`.
fn street_key(raw: &str) -> Option<Key> {
    let f = fold(raw, Fold::Ascii);
    let mut s = String::with_capacity(f.len());
    for w in f
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = match w {
            "str" | "straat" => "straat",
            "strasse" | "stra" => "strasse",
            "st" | "street" => "street",
            "rd" | "road" => "road",
            "ave" | "av" | "avenue" => "avenue",
            "ln" | "lane" => "lane",
            "pl" | "plein" => "plein",
            "bd" | "blvd" | "boulevard" => "boulevard",
            "r" | "rue" => "rue",
            _ => w,
        };
        s.push_str(w);
    }
    // "Dorpsstr" written as one word.
    if let Some(stem) = s.strip_suffix("str") {
        s = format!("{stem}straat");
    }
    Key::from_folded(s)
}

/// The feature of an address given as components or free text.
pub(crate) fn address_feature(a: AddressInput<'_>) -> AddressFeature {
    use std::borrow::Cow;
    let (mut street, mut number, mut postcode, mut city) = (
        ne(a.street).map(Cow::Borrowed),
        ne(a.house_number).map(Cow::Borrowed),
        ne(a.postcode).map(Cow::Borrowed),
        ne(a.city).map(Cow::Borrowed),
    );
    if let Some(free) = ne(a.address) {
        let (s, n, p, c) = parse_free_text(free, a.country);
        street = street.or(s.map(Cow::Owned));
        number = number.or(n.map(Cow::Owned));
        postcode = postcode.or(p.map(Cow::Owned));
        city = city.or(c.map(Cow::Owned));
    }
    // A street column holding the number too ("Dorpsstraat 12").
    if number.is_none()
        && let Some(s) = street.as_deref()
    {
        let toks: Vec<&str> = s.split_whitespace().collect();
        if let Some(j) = toks
            .iter()
            .position(|t| t.chars().next().is_some_and(|c| c.is_ascii_digit()))
            .filter(|&j| j > 0)
        {
            let (s, n) = (toks[..j].join(" "), toks[j..].join(""));
            street = Some(Cow::Owned(s));
            number = Some(Cow::Owned(n));
        }
    }
    // The house number with its unit: lower-cased ASCII letters and digits, hashed.
    let num = number
        .as_deref()
        .unwrap_or("")
        .bytes()
        .chain(ne(a.unit).unwrap_or("").bytes())
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase());
    let number = if num.clone().next().is_none() {
        0
    } else {
        hash_iter(num)
    };
    let postcode = postcode.and_then(|p| Key::ascii_alnum(&p));
    let street = street.as_deref().and_then(street_key);
    let city = city.as_deref().and_then(Key::new);
    let match_key = match (&postcode, &street, &city) {
        (Some(p), _, _) if number != 0 => mix(p.h, number),
        (None, Some(s), Some(c)) if number != 0 => mix(mix(s.h, number), c.h),
        _ => 0,
    };
    let street_number_key = match &street {
        Some(s) if number != 0 => mix(
            mix(s.h, number),
            postcode.as_ref().or(city.as_ref()).map_or(0x5354, |k| k.h),
        ),
        _ => 0,
    };
    AddressFeature {
        match_key,
        street_number_key,
        street,
        number,
        postcode,
        city,
    }
}

/// A date of birth `YYYY-MM-DD` (also `YYYYMMDD`, `DD-MM-YYYY`), or `None`.
pub(crate) fn parse_dob(raw: &str) -> Option<(u16, u8, u8)> {
    let d: Vec<&str> = raw
        .trim()
        .split(['-', '/', '.', ' '])
        .filter(|s| !s.is_empty())
        .collect();
    let (y, m, day) = match d.as_slice() {
        [y, m, dd] if y.len() == 4 => (*y, *m, *dd),
        [dd, m, y] if y.len() == 4 => (*y, *m, *dd),
        [s] if s.len() == 8 => (&s[..4], &s[4..6], &s[6..]),
        _ => return None,
    };
    let (y, m, day) = (y.parse().ok()?, m.parse().ok()?, day.parse().ok()?);
    ((1800..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&day))
        .then_some((y, m, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_features_flag_roles_and_free_mail() {
        let a = email_feature("Jan.Jansen+crm@Gmail.com").unwrap();
        let b = email_feature("janjansen@gmail.com").unwrap();
        assert_eq!(a.key, b.key);
        assert!(a.free && !a.role);
        assert!(email_feature("info@acme.nl").unwrap().role);
        assert!(email_feature("nonsense").is_none());
    }

    #[test]
    fn phones_and_addresses() {
        assert!(phone_feature("+31 6 12345678", None).unwrap().mobile);
        assert!(!phone_feature("+31 20 1234567", None).unwrap().mobile);
        // A national number with the record's country is the same number as its E.164 form.
        assert_eq!(
            phone_feature("06-12345678", Some("nl")),
            phone_feature("+31612345678", None)
        );
        assert!(!phone_feature("020 123 4567", Some("NL")).unwrap().mobile);
        assert_eq!(
            phone_feature("0031612345678", None),
            phone_feature("+31612345678", None)
        );
        let a = address_feature(AddressInput {
            address: Some("Dorpsstr. 12a, 1234 AB  Ons Dorp"),
            ..AddressInput::default()
        });
        let b = address_feature(AddressInput {
            street: Some("Dorpsstraat"),
            house_number: Some("12 A"),
            postcode: Some("1234ab"),
            city: Some("Ons Dorp"),
            ..AddressInput::default()
        });
        assert_eq!(a.match_key, b.match_key);
        assert_ne!(a.match_key, 0);
        assert_eq!(a.street, b.street);
        assert_eq!(a.city, b.city);
        // Free text goes through the address module: street type, suffix, postcode and the
        // city's exonym as in the columns.
        let c = address_feature(AddressInput {
            address: Some("Keizersgr. 123-2, 1015cj A'dam"),
            country: Some("NL"),
            ..AddressInput::default()
        });
        let d = address_feature(AddressInput {
            street: Some("Keizersgracht"),
            house_number: Some("123 2"),
            postcode: Some("1015 CJ"),
            city: Some("Amsterdam"),
            ..AddressInput::default()
        });
        assert_eq!(c.match_key, d.match_key);
        assert_ne!(c.match_key, 0);
        assert_eq!(c.street, d.street);
        assert_eq!(c.city, d.city);
        assert_eq!(parse_dob("1980-02-29"), Some((1980, 2, 29)));
        assert_eq!(parse_dob("29-02-1980"), Some((1980, 2, 29)));
        assert_eq!(parse_dob("yesterday"), None);
    }
}
