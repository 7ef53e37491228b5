//! Provinces, states and regions: spellings (folded) to ISO 3166-2 codes.
//!
//! Codes and names are ISO 3166-2 facts (public); CRM variants (`N-H`, `O.-Vl.`) were added by
//! hand.

use super::fxhash::FxMap;
use std::sync::OnceLock;

/// `(country, code suffix, folded spellings)`; every spelling also matches without spaces.
static REGIONS: &[(&str, &str, &str)] = &[
    // Netherlands
    ("NL", "DR", "drenthe|dr"),
    ("NL", "FL", "flevoland|fl|fle"),
    ("NL", "FR", "friesland|fryslan|frl|fr|frisia"),
    ("NL", "GE", "gelderland|gld|ge|gel"),
    ("NL", "GR", "groningen|gr|gro"),
    ("NL", "LI", "limburg|lb|li|lim"),
    ("NL", "NB", "noord brabant|nb|n b|brabant|north brabant"),
    ("NL", "NH", "noord holland|nh|n h|north holland"),
    ("NL", "OV", "overijssel|ov|ovl"),
    ("NL", "UT", "utrecht|ut|utr"),
    ("NL", "ZE", "zeeland|zl|ze|zee"),
    ("NL", "ZH", "zuid holland|zh|z h|south holland"),
    // Belgium (provinces; Brussels is a region)
    (
        "BE",
        "VAN",
        "antwerpen|antwerp|anvers|prov antwerpen|provincie antwerpen|ant",
    ),
    ("BE", "VLI", "limburg|limbourg|prov limburg|lim"),
    (
        "BE",
        "VOV",
        "oost vlaanderen|o vl|ovl|flandre orientale|east flanders|ostflandern",
    ),
    (
        "BE",
        "VWV",
        "west vlaanderen|w vl|wvl|flandre occidentale|west flanders|westflandern",
    ),
    (
        "BE",
        "VBR",
        "vlaams brabant|vl brabant|brabant flamand|flemish brabant|vlaams brabant",
    ),
    (
        "BE",
        "WBR",
        "brabant wallon|waals brabant|walloon brabant|wallonisch brabant",
    ),
    ("BE", "WHT", "hainaut|henegouwen|hennegau|ht"),
    ("BE", "WLG", "liege|luik|luttich|lg"),
    ("BE", "WLX", "luxembourg|luxemburg|lux|prov luxembourg"),
    ("BE", "WNA", "namur|namen|nam"),
    (
        "BE",
        "BRU",
        "brussels hoofdstedelijk gewest|region de bruxelles capitale|brussels capital region|bhg|rbc",
    ),
    (
        "BE",
        "VLG",
        "vlaanderen|vlaams gewest|flanders|region flamande",
    ),
    (
        "BE",
        "WAL",
        "wallonie|wallonia|waals gewest|region wallonne",
    ),
    // Germany
    (
        "DE",
        "BW",
        "baden wurttemberg|baden wuerttemberg|baden wurtemberg|bw|bawu",
    ),
    ("DE", "BY", "bayern|bavaria|beieren|baviere|by|bay"),
    ("DE", "BE", "berlin|be"),
    ("DE", "BB", "brandenburg|bb|bra"),
    ("DE", "HB", "bremen|hb"),
    ("DE", "HH", "hamburg|hh"),
    ("DE", "HE", "hessen|hesse|he"),
    ("DE", "MV", "mecklenburg vorpommern|mv|meckpomm"),
    ("DE", "NI", "niedersachsen|lower saxony|nedersaksen|ni|nds"),
    (
        "DE",
        "NW",
        "nordrhein westfalen|north rhine westphalia|noordrijn westfalen|nrw|nw",
    ),
    ("DE", "RP", "rheinland pfalz|rhineland palatinate|rp|rlp"),
    ("DE", "SL", "saarland|sl"),
    ("DE", "SN", "sachsen|saxony|saksen|sn"),
    (
        "DE",
        "ST",
        "sachsen anhalt|saxony anhalt|saksen anhalt|st|lsa",
    ),
    ("DE", "SH", "schleswig holstein|sh"),
    ("DE", "TH", "thuringen|thueringen|thuringia|th"),
    // Austria
    ("AT", "1", "burgenland|bgld"),
    ("AT", "2", "karnten|kaernten|carinthia|ktn"),
    (
        "AT",
        "3",
        "niederosterreich|niederoesterreich|lower austria|no|noe",
    ),
    (
        "AT",
        "4",
        "oberosterreich|oberoesterreich|upper austria|oo|ooe",
    ),
    ("AT", "5", "salzburg|sbg"),
    ("AT", "6", "steiermark|styria|stmk"),
    ("AT", "7", "tirol|tyrol|t"),
    ("AT", "8", "vorarlberg|vbg"),
    ("AT", "9", "wien|vienna"),
    // Switzerland (cantons by abbreviation)
    ("CH", "ZH", "zh|kanton zurich"),
    ("CH", "BE", "be|kanton bern"),
    ("CH", "LU", "lu|kanton luzern"),
    ("CH", "UR", "ur"),
    ("CH", "SZ", "sz"),
    ("CH", "OW", "ow"),
    ("CH", "NW", "nw"),
    ("CH", "GL", "gl"),
    ("CH", "ZG", "zg"),
    ("CH", "FR", "fr"),
    ("CH", "SO", "so"),
    ("CH", "BS", "bs"),
    ("CH", "BL", "bl"),
    ("CH", "SH", "sh"),
    ("CH", "AR", "ar"),
    ("CH", "AI", "ai"),
    ("CH", "SG", "sg"),
    ("CH", "GR", "gr"),
    ("CH", "AG", "ag|aargau"),
    ("CH", "TG", "tg|thurgau"),
    ("CH", "TI", "ti|ticino|tessin"),
    ("CH", "VD", "vd|vaud|waadt"),
    ("CH", "VS", "vs|valais|wallis"),
    ("CH", "NE", "ne"),
    ("CH", "GE", "ge"),
    ("CH", "JU", "ju"),
    // United States
    ("US", "AL", "al|alabama"),
    ("US", "AK", "ak|alaska"),
    ("US", "AZ", "az|arizona"),
    ("US", "AR", "ar|arkansas"),
    ("US", "CA", "ca|california|calif"),
    ("US", "CO", "co|colorado"),
    ("US", "CT", "ct|connecticut"),
    ("US", "DE", "de|delaware"),
    ("US", "DC", "dc|district of columbia"),
    ("US", "FL", "fl|florida|fla"),
    ("US", "GA", "ga|georgia"),
    ("US", "HI", "hi|hawaii"),
    ("US", "ID", "id|idaho"),
    ("US", "IL", "il|illinois|ill"),
    ("US", "IN", "in|indiana|ind"),
    ("US", "IA", "ia|iowa"),
    ("US", "KS", "ks|kansas"),
    ("US", "KY", "ky|kentucky"),
    ("US", "LA", "la|louisiana"),
    ("US", "ME", "me|maine"),
    ("US", "MD", "md|maryland"),
    ("US", "MA", "ma|massachusetts|mass"),
    ("US", "MI", "mi|michigan|mich"),
    ("US", "MN", "mn|minnesota|minn"),
    ("US", "MS", "ms|mississippi"),
    ("US", "MO", "mo|missouri"),
    ("US", "MT", "mt|montana"),
    ("US", "NE", "ne|nebraska"),
    ("US", "NV", "nv|nevada"),
    ("US", "NH", "nh|new hampshire"),
    ("US", "NJ", "nj|new jersey"),
    ("US", "NM", "nm|new mexico"),
    ("US", "NY", "ny|new york"),
    ("US", "NC", "nc|north carolina"),
    ("US", "ND", "nd|north dakota"),
    ("US", "OH", "oh|ohio"),
    ("US", "OK", "ok|oklahoma"),
    ("US", "OR", "or|oregon"),
    ("US", "PA", "pa|pennsylvania|penn"),
    ("US", "RI", "ri|rhode island"),
    ("US", "SC", "sc|south carolina"),
    ("US", "SD", "sd|south dakota"),
    ("US", "TN", "tn|tennessee|tenn"),
    ("US", "TX", "tx|texas|tex"),
    ("US", "UT", "ut|utah"),
    ("US", "VT", "vt|vermont"),
    ("US", "VA", "va|virginia"),
    ("US", "WA", "wa|washington|wash"),
    ("US", "WV", "wv|west virginia"),
    ("US", "WI", "wi|wisconsin|wis"),
    ("US", "WY", "wy|wyoming"),
    ("US", "PR", "pr|puerto rico"),
    ("US", "GU", "gu|guam"),
    ("US", "VI", "vi|virgin islands"),
    ("US", "AS", "as|american samoa"),
    ("US", "MP", "mp|northern mariana islands"),
    // Canada
    ("CA", "AB", "ab|alberta|alta"),
    ("CA", "BC", "bc|british columbia|colombie britannique"),
    ("CA", "MB", "mb|manitoba"),
    ("CA", "NB", "nb|new brunswick|nouveau brunswick"),
    ("CA", "NL", "nl|newfoundland and labrador|newfoundland|nf"),
    ("CA", "NS", "ns|nova scotia|nouvelle ecosse"),
    ("CA", "NT", "nt|northwest territories"),
    ("CA", "NU", "nu|nunavut"),
    ("CA", "ON", "on|ontario|ont"),
    ("CA", "PE", "pe|prince edward island|pei"),
    ("CA", "QC", "qc|quebec|pq|que"),
    ("CA", "SK", "sk|saskatchewan|sask"),
    ("CA", "YT", "yt|yukon"),
    // Australia
    ("AU", "NSW", "nsw|new south wales"),
    ("AU", "VIC", "vic|victoria"),
    ("AU", "QLD", "qld|queensland"),
    ("AU", "SA", "sa|south australia"),
    ("AU", "WA", "wa|western australia"),
    ("AU", "TAS", "tas|tasmania"),
    ("AU", "ACT", "act|australian capital territory"),
    ("AU", "NT", "nt|northern territory"),
    // Italy (a selection of provinces by sigla)
    ("IT", "MI", "mi|milano"),
    ("IT", "RM", "rm|roma"),
    ("IT", "TO", "to|torino"),
    ("IT", "NA", "na|napoli"),
    ("IT", "FI", "fi|firenze"),
    ("IT", "BO", "bo|bologna"),
    ("IT", "VE", "ve|venezia"),
    ("IT", "GE", "ge|genova"),
    ("IT", "PA", "pa|palermo"),
    ("IT", "BA", "ba|bari"),
    ("IT", "VR", "vr|verona"),
    ("IT", "PD", "pd|padova"),
    ("IT", "BG", "bg|bergamo"),
    ("IT", "BS", "bs|brescia"),
    ("IT", "CT", "ct|catania"),
    ("IT", "MB", "mb|monza e brianza"),
    // Spain (a selection of provinces)
    ("ES", "M", "madrid"),
    ("ES", "B", "barcelona"),
    ("ES", "V", "valencia"),
    ("ES", "SE", "sevilla"),
    ("ES", "MA", "malaga"),
    ("ES", "BI", "bizkaia|vizcaya"),
    // Ireland (counties)
    ("IE", "D", "co dublin|county dublin|dublin"),
    ("IE", "CO", "co cork|county cork|cork"),
    ("IE", "G", "co galway|county galway|galway"),
    ("IE", "L", "co limerick|county limerick"),
    ("IE", "KY", "co kerry|county kerry|kerry"),
    ("IE", "WW", "co wicklow|county wicklow|wicklow"),
    ("IE", "KE", "co kildare|county kildare|kildare"),
    ("IE", "MH", "co meath|county meath|meath"),
];

type Index = FxMap<&'static str, FxMap<String, &'static str>>;

fn index() -> &'static Index {
    static IDX: OnceLock<Index> = OnceLock::new();
    IDX.get_or_init(|| {
        let mut m: Index = FxMap::default();
        for &(cc, code, spellings) in REGIONS {
            // Codes are leaked once into 'static strings through the table itself.
            let full: &'static str = CODES
                .iter()
                .find(|c| c.len() > 3 && &c[..2] == cc && &c[3..] == code)
                .copied()
                .unwrap_or("");
            if full.is_empty() {
                continue;
            }
            let per = m.entry(cc).or_default();
            if cc != "AT" {
                per.entry(code.to_ascii_lowercase()).or_insert(full);
            }
            for s in spellings.split('|') {
                per.insert(s.to_owned(), full);
                per.entry(s.replace(' ', "")).or_insert(full);
            }
        }
        m
    })
}

/// The ISO 3166-2 code of `folded` (a region spelling) in country `cc`.
pub(crate) fn lookup(cc: &str, folded: &str) -> Option<&'static str> {
    if folded.is_empty() || folded.len() > 40 {
        return None;
    }
    index().get(cc)?.get(folded).copied()
}

/// Whether the country's postal format always has a region (`%S` required).
pub(crate) fn required(cc: &str) -> bool {
    matches!(cc, "US" | "CA" | "AU")
}

/// The code part after `CC-` (`NL-NH` → `NH`).
pub(crate) fn short(code: &str) -> &str {
    code.get(3..).unwrap_or(code)
}

/// Every ISO 3166-2 code in [`REGIONS`], as static strings.
static CODES: &[&str] = &[
    "NL-DR", "NL-FL", "NL-FR", "NL-GE", "NL-GR", "NL-LI", "NL-NB", "NL-NH", "NL-OV", "NL-UT",
    "NL-ZE", "NL-ZH", "BE-VAN", "BE-VLI", "BE-VOV", "BE-VWV", "BE-VBR", "BE-WBR", "BE-WHT",
    "BE-WLG", "BE-WLX", "BE-WNA", "BE-BRU", "BE-VLG", "BE-WAL", "DE-BW", "DE-BY", "DE-BE", "DE-BB",
    "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST",
    "DE-SH", "DE-TH", "AT-1", "AT-2", "AT-3", "AT-4", "AT-5", "AT-6", "AT-7", "AT-8", "AT-9",
    "CH-ZH", "CH-BE", "CH-LU", "CH-UR", "CH-SZ", "CH-OW", "CH-NW", "CH-GL", "CH-ZG", "CH-FR",
    "CH-SO", "CH-BS", "CH-BL", "CH-SH", "CH-AR", "CH-AI", "CH-SG", "CH-GR", "CH-AG", "CH-TG",
    "CH-TI", "CH-VD", "CH-VS", "CH-NE", "CH-GE", "CH-JU", "US-AL", "US-AK", "US-AZ", "US-AR",
    "US-CA", "US-CO", "US-CT", "US-DE", "US-DC", "US-FL", "US-GA", "US-HI", "US-ID", "US-IL",
    "US-IN", "US-IA", "US-KS", "US-KY", "US-LA", "US-ME", "US-MD", "US-MA", "US-MI", "US-MN",
    "US-MS", "US-MO", "US-MT", "US-NE", "US-NV", "US-NH", "US-NJ", "US-NM", "US-NY", "US-NC",
    "US-ND", "US-OH", "US-OK", "US-OR", "US-PA", "US-RI", "US-SC", "US-SD", "US-TN", "US-TX",
    "US-UT", "US-VT", "US-VA", "US-WA", "US-WV", "US-WI", "US-WY", "US-PR", "US-GU", "US-VI",
    "US-AS", "US-MP", "CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU",
    "CA-ON", "CA-PE", "CA-QC", "CA-SK", "CA-YT", "AU-NSW", "AU-VIC", "AU-QLD", "AU-SA", "AU-WA",
    "AU-TAS", "AU-ACT", "AU-NT", "IT-MI", "IT-RM", "IT-TO", "IT-NA", "IT-FI", "IT-BO", "IT-VE",
    "IT-GE", "IT-PA", "IT-BA", "IT-VR", "IT-PD", "IT-BG", "IT-BS", "IT-CT", "IT-MB", "ES-M",
    "ES-B", "ES-V", "ES-SE", "ES-MA", "ES-BI", "IE-D", "IE-CO", "IE-G", "IE-L", "IE-KY", "IE-WW",
    "IE-KE", "IE-MH",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions() {
        assert_eq!(lookup("NL", "n h"), Some("NL-NH"));
        assert_eq!(lookup("NL", "nh"), Some("NL-NH"));
        assert_eq!(lookup("NL", "noord holland"), Some("NL-NH"));
        assert_eq!(lookup("NL", "fryslan"), Some("NL-FR"));
        assert_eq!(lookup("BE", "o vl"), Some("BE-VOV"));
        assert_eq!(lookup("DE", "bayern"), Some("DE-BY"));
        assert_eq!(lookup("US", "dc"), Some("US-DC"));
        for &(cc, code, _) in REGIONS {
            assert!(
                CODES.contains(&format!("{cc}-{code}").as_str()),
                "{cc}-{code}"
            );
        }
    }
}
