//! Region codes: the regions libphonenumber supports, and the aliases the CRM layer accepts.
//!
//! The alias table is contactkit's own (country names in English, Dutch, French and German,
//! written from general knowledge of the languages; ISO 3166-1 codes are facts).

/// Every region the phone metadata supports, upper case, sorted (245 in metadata 9.0.42, the
/// same list as Python `phonenumbers` 9.0.43 `SUPPORTED_REGIONS`). `"001"`, the code for
/// non-geographic numbers, is not a region to parse with and is not listed.
pub const SUPPORTED_REGIONS: &[&str] = &[
    "AC", "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO",
    "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG",
    "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG",
    "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GT", "GU", "GW", "GY", "HK", "HN", "HR", "HT",
    "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE",
    "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR",
    "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN",
    "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF",
    "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL",
    "PM", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD",
    "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY",
    "SZ", "TA", "TC", "TD", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW",
    "TZ", "UA", "UG", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK",
    "YE", "YT", "ZA", "ZM", "ZW",
];

/// The supported region spelled exactly `code` (upper case), as a static string.
///
/// Like libphonenumber, lower-case and unknown codes are not regions: `"nl"`, `"XX"`,
/// `"ZZ"` and `"001"` give `None`.
pub(crate) fn supported(code: &str) -> Option<&'static str> {
    index(code).map(|i| SUPPORTED_REGIONS[i])
}

/// The position of `code` in [`SUPPORTED_REGIONS`] (exactly: upper case, supported).
pub(crate) fn index(code: &str) -> Option<usize> {
    static INDEX: std::sync::LazyLock<[u8; 26 * 26]> = std::sync::LazyLock::new(|| {
        let mut t = [u8::MAX; 26 * 26];
        for (i, r) in SUPPORTED_REGIONS.iter().enumerate() {
            if let Some(slot) = slot(r) {
                t[slot] = u8::try_from(i).unwrap_or(u8::MAX);
            }
        }
        t
    });
    let i = INDEX[slot(code)?];
    (i != u8::MAX).then_some(usize::from(i))
}

/// Two upper-case ASCII letters as `0..676`.
fn slot(code: &str) -> Option<usize> {
    match *code.as_bytes() {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
        }
        _ => None,
    }
}

/// The static spelling of a region the engine returned (`"001"` for non-geographic numbers).
pub(crate) fn static_region(code: &str) -> Option<&'static str> {
    if code == "001" {
        return Some("001");
    }
    supported(code)
}

/// Aliases, lower case, accents kept; the key is compared after lower-casing and trimming.
const ALIASES: &[(&str, &str)] = &[
    // Netherlands
    ("nld", "NL"),
    ("nederland", "NL"),
    ("holland", "NL"),
    ("netherlands", "NL"),
    ("the netherlands", "NL"),
    ("pays-bas", "NL"),
    ("pays bas", "NL"),
    ("niederlande", "NL"),
    ("die niederlande", "NL"),
    // Belgium
    ("bel", "BE"),
    ("belgium", "BE"),
    ("belgië", "BE"),
    ("belgie", "BE"),
    ("belgique", "BE"),
    ("belgien", "BE"),
    // Germany
    ("deu", "DE"),
    ("ger", "DE"),
    ("germany", "DE"),
    ("deutschland", "DE"),
    ("duitsland", "DE"),
    ("allemagne", "DE"),
    // France
    ("fra", "FR"),
    ("france", "FR"),
    ("frankrijk", "FR"),
    ("frankreich", "FR"),
    // United Kingdom
    ("uk", "GB"),
    ("gbr", "GB"),
    ("united kingdom", "GB"),
    ("great britain", "GB"),
    ("britain", "GB"),
    ("england", "GB"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("northern ireland", "GB"),
    ("verenigd koninkrijk", "GB"),
    ("groot-brittannië", "GB"),
    ("groot-brittannie", "GB"),
    ("engeland", "GB"),
    ("royaume-uni", "GB"),
    ("angleterre", "GB"),
    ("vereinigtes königreich", "GB"),
    ("grossbritannien", "GB"),
    ("großbritannien", "GB"),
    // United States
    ("usa", "US"),
    ("u.s.a.", "US"),
    ("u.s.", "US"),
    ("united states", "US"),
    ("united states of america", "US"),
    ("america", "US"),
    ("verenigde staten", "US"),
    ("états-unis", "US"),
    ("etats-unis", "US"),
    ("vereinigte staaten", "US"),
    // Luxembourg
    ("lux", "LU"),
    ("luxembourg", "LU"),
    ("luxemburg", "LU"),
    // Switzerland
    ("che", "CH"),
    ("switzerland", "CH"),
    ("zwitserland", "CH"),
    ("suisse", "CH"),
    ("schweiz", "CH"),
    // Austria
    ("aut", "AT"),
    ("austria", "AT"),
    ("oostenrijk", "AT"),
    ("autriche", "AT"),
    ("österreich", "AT"),
    ("oesterreich", "AT"),
    // Italy
    ("ita", "IT"),
    ("italy", "IT"),
    ("italië", "IT"),
    ("italie", "IT"),
    ("italien", "IT"),
    ("italia", "IT"),
    // Spain
    ("esp", "ES"),
    ("spain", "ES"),
    ("spanje", "ES"),
    ("espagne", "ES"),
    ("spanien", "ES"),
    ("españa", "ES"),
    // Portugal
    ("prt", "PT"),
    ("portugal", "PT"),
    // Ireland
    ("irl", "IE"),
    ("ireland", "IE"),
    ("ierland", "IE"),
    ("irlande", "IE"),
    ("irland", "IE"),
    // Denmark
    ("dnk", "DK"),
    ("denmark", "DK"),
    ("denemarken", "DK"),
    ("danemark", "DK"),
    ("dänemark", "DK"),
    // Sweden
    ("swe", "SE"),
    ("sweden", "SE"),
    ("zweden", "SE"),
    ("suède", "SE"),
    ("suede", "SE"),
    ("schweden", "SE"),
    // Norway
    ("nor", "NO"),
    ("norway", "NO"),
    ("noorwegen", "NO"),
    ("norvège", "NO"),
    ("norvege", "NO"),
    ("norwegen", "NO"),
    // Finland
    ("fin", "FI"),
    ("finland", "FI"),
    ("finlande", "FI"),
    ("finnland", "FI"),
    // Poland
    ("pol", "PL"),
    ("poland", "PL"),
    ("polen", "PL"),
    ("pologne", "PL"),
    // Czechia
    ("cze", "CZ"),
    ("czechia", "CZ"),
    ("czech republic", "CZ"),
    ("tsjechië", "CZ"),
    ("tsjechie", "CZ"),
    ("tchéquie", "CZ"),
    ("tschechien", "CZ"),
    // Greece
    ("grc", "GR"),
    ("greece", "GR"),
    ("griekenland", "GR"),
    ("grèce", "GR"),
    ("griechenland", "GR"),
    // Turkey
    ("tur", "TR"),
    ("turkey", "TR"),
    ("türkiye", "TR"),
    ("turkije", "TR"),
    ("turquie", "TR"),
    ("türkei", "TR"),
    // Morocco
    ("mar", "MA"),
    ("morocco", "MA"),
    ("marokko", "MA"),
    ("maroc", "MA"),
    // Suriname
    ("sur", "SR"),
    ("suriname", "SR"),
    // Curaçao
    ("curaçao", "CW"),
    ("curacao", "CW"),
    // Canada
    ("can", "CA"),
    ("canada", "CA"),
    ("kanada", "CA"),
    // Australia
    ("aus", "AU"),
    ("australia", "AU"),
    ("australië", "AU"),
    ("australie", "AU"),
    ("australien", "AU"),
    // Brazil
    ("bra", "BR"),
    ("brazil", "BR"),
    ("brazilië", "BR"),
    ("brésil", "BR"),
    ("brasilien", "BR"),
    ("brasil", "BR"),
    // Russia
    ("rus", "RU"),
    ("russia", "RU"),
    ("rusland", "RU"),
    ("russie", "RU"),
    ("russland", "RU"),
    // Japan
    ("jpn", "JP"),
    ("japan", "JP"),
    ("japon", "JP"),
    // India
    ("ind", "IN"),
    ("india", "IN"),
    ("inde", "IN"),
    ("indien", "IN"),
    // China
    ("chn", "CN"),
    ("china", "CN"),
    ("chine", "CN"),
    // Argentina
    ("arg", "AR"),
    ("argentina", "AR"),
    ("argentinië", "AR"),
    ("argentine", "AR"),
    ("argentinien", "AR"),
    // Mexico
    ("mex", "MX"),
    ("mexico", "MX"),
    ("mexique", "MX"),
    ("mexiko", "MX"),
    // South Africa
    ("zaf", "ZA"),
    ("south africa", "ZA"),
    ("zuid-afrika", "ZA"),
    ("afrique du sud", "ZA"),
    ("südafrika", "ZA"),
];

/// How a caller-chosen region string was understood by [`resolve_alias`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// Already an upper-case supported code.
    Code(&'static str),
    /// An alias (a lower-case code, a name, an alpha-3 code).
    Alias(&'static str),
}

impl Resolved {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Resolved::Code(c) | Resolved::Alias(c) => c,
        }
    }
}

/// Resolves a region code or alias (case-insensitive; trims white space and dots at the ends).
pub(crate) fn resolve_alias(raw: &str) -> Option<Resolved> {
    if let Some(c) = supported(raw) {
        return Some(Resolved::Code(c));
    }
    let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == '.' || c == ',');
    if trimmed.is_empty() || trimmed.len() > 64 {
        return None;
    }
    let lower = trimmed.to_lowercase();
    let squeezed = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    if squeezed.len() == 2 {
        let upper = squeezed.to_ascii_uppercase();
        if let Some(c) = supported(&upper) {
            return Some(Resolved::Alias(c));
        }
    }
    for candidate in [squeezed.as_str(), lower.as_str()] {
        if let Some((_, code)) = ALIASES.iter().find(|(k, _)| *k == candidate) {
            return supported(code).map(Resolved::Alias);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_equals_the_table() {
        for a in 0u8..=255 {
            for b in [b'A', b'L', b'Z', b'a', b'0', a] {
                for code in [vec![a, b], vec![b, a], vec![a], vec![a, b, b]] {
                    let Ok(code) = std::str::from_utf8(&code) else {
                        continue;
                    };
                    let by_search = SUPPORTED_REGIONS.binary_search(&code).ok();
                    assert_eq!(index(code), by_search, "{code:?}");
                    assert_eq!(supported(code), by_search.map(|i| SUPPORTED_REGIONS[i]));
                }
            }
        }
        for (i, r) in SUPPORTED_REGIONS.iter().enumerate() {
            assert_eq!(index(r), Some(i));
        }
    }

    #[test]
    fn table_is_sorted_and_upper_case() {
        assert_eq!(SUPPORTED_REGIONS.len(), 245);
        assert!(SUPPORTED_REGIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(
            SUPPORTED_REGIONS
                .iter()
                .all(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
        );
    }

    #[test]
    fn aliases_point_at_supported_regions() {
        for (alias, code) in ALIASES {
            assert!(supported(code).is_some(), "{alias} -> {code}");
            assert_eq!(alias.to_lowercase(), *alias);
        }
    }

    #[test]
    fn resolves() {
        assert_eq!(supported("nl"), None);
        assert_eq!(supported("ZZ"), None);
        assert_eq!(supported("001"), None);
        assert_eq!(resolve_alias("NL"), Some(Resolved::Code("NL")));
        assert_eq!(resolve_alias("nl"), Some(Resolved::Alias("NL")));
        assert_eq!(resolve_alias("UK"), Some(Resolved::Alias("GB")));
        assert_eq!(resolve_alias(" Nederland "), Some(Resolved::Alias("NL")));
        assert_eq!(resolve_alias("BELGIË"), Some(Resolved::Alias("BE")));
        assert_eq!(resolve_alias("Great  Britain"), Some(Resolved::Alias("GB")));
        assert_eq!(resolve_alias("Atlantis"), None);
        assert_eq!(resolve_alias(""), None);
    }
}
