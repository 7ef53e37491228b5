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
    ("IT", "65", "abruzzo|abruzzi"),
    ("IT", "77", "basilicata"),
    ("IT", "78", "calabria"),
    ("IT", "72", "campania"),
    ("IT", "45", "emilia romagna"),
    ("IT", "36", "friuli venezia giulia|friuli"),
    ("IT", "62", "lazio"),
    ("IT", "42", "liguria"),
    ("IT", "25", "lombardia|lombardy"),
    ("IT", "57", "marche"),
    ("IT", "67", "molise"),
    ("IT", "21", "piemonte|piedmont"),
    ("IT", "75", "puglia|apulia"),
    ("IT", "88", "sardegna|sardinia"),
    ("IT", "82", "sicilia|sicily"),
    ("IT", "52", "toscana|tuscany"),
    (
        "IT",
        "32",
        "trentino alto adige|trentino alto adige sudtirol|trentino south tyrol",
    ),
    ("IT", "55", "umbria"),
    ("IT", "23", "valle daosta|valle d aosta|aosta valley"),
    ("IT", "34", "veneto"),
    ("ES", "AN", "andalucia|andalusia"),
    ("ES", "AR", "aragon"),
    ("ES", "AS", "asturias|principado de asturias"),
    ("ES", "CN", "canarias|islas canarias|canary islands"),
    ("ES", "CB", "cantabria"),
    ("ES", "CL", "castilla y leon|castile and leon"),
    ("ES", "CM", "castilla la mancha|castile la mancha"),
    ("ES", "CT", "cataluna|catalunya|catalonia"),
    ("ES", "EX", "extremadura"),
    ("ES", "GA", "galicia"),
    (
        "ES",
        "IB",
        "illes balears|islas baleares|balearic islands|baleares",
    ),
    ("ES", "RI", "la rioja"),
    ("ES", "MD", "comunidad de madrid|community of madrid"),
    ("ES", "MC", "region de murcia|murcia"),
    ("ES", "NC", "navarra|nafarroa|comunidad foral de navarra"),
    ("ES", "PV", "pais vasco|euskadi|basque country"),
    (
        "ES",
        "VC",
        "comunitat valenciana|comunidad valenciana|valencian community",
    ),
    ("ES", "CE", "ceuta"),
    ("ES", "ML", "melilla"),
    (
        "DK",
        "84",
        "region hovedstaden|hovedstaden|capital region of denmark",
    ),
    (
        "DK",
        "82",
        "region midtjylland|midtjylland|central denmark region",
    ),
    (
        "DK",
        "81",
        "region nordjylland|nordjylland|north denmark region",
    ),
    (
        "DK",
        "85",
        "region sjaelland|sjaelland|region zealand|zealand",
    ),
    (
        "DK",
        "83",
        "region syddanmark|syddanmark|region of southern denmark",
    ),
    ("SE", "AB", "stockholms lan|stockholm county"),
    ("SE", "C", "uppsala lan|uppsala county"),
    ("SE", "D", "sodermanlands lan|sodermanland"),
    ("SE", "E", "ostergotlands lan|ostergotland"),
    ("SE", "F", "jonkopings lan|jonkoping county"),
    ("SE", "G", "kronobergs lan|kronoberg"),
    ("SE", "H", "kalmar lan|kalmar county"),
    ("SE", "I", "gotlands lan|gotland"),
    ("SE", "K", "blekinge lan|blekinge"),
    ("SE", "M", "skane lan|skane|scania"),
    ("SE", "N", "hallands lan|halland"),
    ("SE", "O", "vastra gotalands lan|vastra gotaland"),
    ("SE", "S", "varmlands lan|varmland"),
    ("SE", "T", "orebro lan|orebro county"),
    ("SE", "U", "vastmanlands lan|vastmanland"),
    ("SE", "W", "dalarnas lan|dalarna"),
    ("SE", "X", "gavleborgs lan|gavleborg"),
    ("SE", "Y", "vasternorrlands lan|vasternorrland"),
    ("SE", "Z", "jamtlands lan|jamtland"),
    ("SE", "AC", "vasterbottens lan|vasterbotten"),
    ("SE", "BD", "norrbottens lan|norrbotten"),
    ("PL", "02", "dolnoslaskie|woj dolnoslaskie|lower silesian"),
    ("PL", "04", "kujawsko pomorskie|woj kujawsko pomorskie"),
    ("PL", "06", "lubelskie|woj lubelskie"),
    ("PL", "08", "lubuskie|woj lubuskie"),
    ("PL", "10", "lodzkie|woj lodzkie"),
    ("PL", "12", "malopolskie|woj malopolskie|lesser poland"),
    ("PL", "14", "mazowieckie|woj mazowieckie|masovian"),
    ("PL", "16", "opolskie|woj opolskie"),
    ("PL", "18", "podkarpackie|woj podkarpackie"),
    ("PL", "20", "podlaskie|woj podlaskie"),
    ("PL", "22", "pomorskie|woj pomorskie|pomeranian"),
    ("PL", "24", "slaskie|woj slaskie|silesian"),
    ("PL", "26", "swietokrzyskie|woj swietokrzyskie"),
    ("PL", "28", "warminsko mazurskie|woj warminsko mazurskie"),
    ("PL", "30", "wielkopolskie|woj wielkopolskie|greater poland"),
    (
        "PL",
        "32",
        "zachodniopomorskie|woj zachodniopomorskie|west pomeranian",
    ),
    ("LU", "CA", "canton de capellen|kanton capellen"),
    ("LU", "CL", "canton de clervaux|kanton clerf"),
    ("LU", "DI", "canton de diekirch|kanton diekirch"),
    (
        "LU",
        "EC",
        "canton d echternach|canton dechternach|kanton echternach",
    ),
    (
        "LU",
        "ES",
        "canton d esch sur alzette|canton desch sur alzette|kanton esch an der alzette",
    ),
    ("LU", "GR", "canton de grevenmacher|kanton grevenmacher"),
    ("LU", "LU", "canton de luxembourg|kanton luxemburg"),
    ("LU", "ME", "canton de mersch|kanton mersch"),
    ("LU", "RD", "canton de redange|kanton redingen"),
    ("LU", "RM", "canton de remich|kanton remich"),
    ("LU", "VD", "canton de vianden|kanton vianden"),
    ("LU", "WI", "canton de wiltz|kanton wiltz"),
    ("IE", "CW", "co carlow|county carlow"),
    ("IE", "CN", "co cavan|county cavan"),
    ("IE", "CE", "co clare|county clare|clare"),
    ("IE", "DL", "co donegal|county donegal|donegal"),
    ("IE", "KK", "co kilkenny|county kilkenny"),
    ("IE", "LS", "co laois|county laois|laois"),
    ("IE", "LM", "co leitrim|county leitrim|leitrim"),
    ("IE", "LD", "co longford|county longford"),
    ("IE", "LH", "co louth|county louth|louth"),
    ("IE", "MO", "co mayo|county mayo|mayo"),
    ("IE", "MN", "co monaghan|county monaghan"),
    ("IE", "OY", "co offaly|county offaly|offaly"),
    ("IE", "RN", "co roscommon|county roscommon"),
    ("IE", "SO", "co sligo|county sligo"),
    ("IE", "TA", "co tipperary|county tipperary|tipperary"),
    ("IE", "WD", "co waterford|county waterford"),
    ("IE", "WH", "co westmeath|county westmeath|westmeath"),
    ("IE", "WX", "co wexford|county wexford"),
    ("CH", "GR", "graubunden|grisons|grigioni"),
    ("CH", "TI", "ticino|tessin"),
    ("CH", "VS", "valais|wallis"),
    ("CH", "VD", "vaud|waadt"),
    ("CH", "AG", "aargau|argovie"),
    ("CH", "TG", "thurgau|thurgovie"),
    ("CH", "UR", "uri"),
    ("CH", "OW", "obwalden"),
    ("CH", "NW", "nidwalden"),
    ("CH", "JU", "jura|canton du jura"),
    ("CH", "AR", "appenzell ausserrhoden"),
    ("CH", "AI", "appenzell innerrhoden"),
    ("CH", "BL", "basel landschaft|basel land|bale campagne"),
    ("CH", "BS", "basel stadt|bale ville"),
    ("CH", "NE", "canton de neuchatel"),
    ("CH", "GE", "canton de geneve|kanton genf"),
    ("CH", "FR", "canton de fribourg|kanton freiburg"),
    ("CH", "SO", "kanton solothurn"),
    ("CH", "SZ", "kanton schwyz"),
    ("CH", "GL", "kanton glarus"),
    ("CH", "ZG", "kanton zug"),
    ("CH", "SH", "kanton schaffhausen"),
    ("CH", "SG", "kanton st gallen|kanton sankt gallen"),
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
            // Numeric codes (AT, IT regions, DK, PL) are not spellings: they would read house
            // numbers as regions.
            // Swedish one-letter county codes and Luxembourg's canton codes are not either
            // (`C`, `LU`, `ES` are common tokens).
            let numeric = code.bytes().any(|b| b.is_ascii_digit());
            let one_letter_se = cc == "SE" && code.len() == 1;
            if !numeric && !one_letter_se && cc != "LU" {
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

/// The name written for a region whose ISO code is digits (AT, IT regions, DK, PL) or is not
/// read back as a code (LU cantons); `None` for codes written as they are (`NH`, `BY`, `CA`).
pub(crate) fn numeric_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "AT-1" => "Burgenland",
        "AT-2" => "Kärnten",
        "AT-3" => "Niederösterreich",
        "AT-4" => "Oberösterreich",
        "AT-5" => "Salzburg",
        "AT-6" => "Steiermark",
        "AT-7" => "Tirol",
        "AT-8" => "Vorarlberg",
        "AT-9" => "Wien",
        "IT-65" => "Abruzzo",
        "IT-77" => "Basilicata",
        "IT-78" => "Calabria",
        "IT-72" => "Campania",
        "IT-45" => "Emilia-Romagna",
        "IT-36" => "Friuli-Venezia Giulia",
        "IT-62" => "Lazio",
        "IT-42" => "Liguria",
        "IT-25" => "Lombardia",
        "IT-57" => "Marche",
        "IT-67" => "Molise",
        "IT-21" => "Piemonte",
        "IT-75" => "Puglia",
        "IT-88" => "Sardegna",
        "IT-82" => "Sicilia",
        "IT-52" => "Toscana",
        "IT-32" => "Trentino-Alto Adige",
        "IT-55" => "Umbria",
        "IT-23" => "Valle d'Aosta",
        "IT-34" => "Veneto",
        "DK-84" => "Region Hovedstaden",
        "DK-82" => "Region Midtjylland",
        "DK-81" => "Region Nordjylland",
        "DK-85" => "Region Sjælland",
        "DK-83" => "Region Syddanmark",
        "PL-02" => "dolnośląskie",
        "PL-04" => "kujawsko-pomorskie",
        "PL-06" => "lubelskie",
        "PL-08" => "lubuskie",
        "PL-10" => "łódzkie",
        "PL-12" => "małopolskie",
        "PL-14" => "mazowieckie",
        "PL-16" => "opolskie",
        "PL-18" => "podkarpackie",
        "PL-20" => "podlaskie",
        "PL-22" => "pomorskie",
        "PL-24" => "śląskie",
        "PL-26" => "świętokrzyskie",
        "PL-28" => "warmińsko-mazurskie",
        "PL-30" => "wielkopolskie",
        "PL-32" => "zachodniopomorskie",
        // Luxembourg's cantons share their towns' names.
        "LU-CA" => "Canton de Capellen",
        "LU-CL" => "Canton de Clervaux",
        "LU-DI" => "Canton de Diekirch",
        "LU-EC" => "Canton d'Echternach",
        "LU-ES" => "Canton d'Esch-sur-Alzette",
        "LU-GR" => "Canton de Grevenmacher",
        "LU-LU" => "Canton de Luxembourg",
        "LU-ME" => "Canton de Mersch",
        "LU-RD" => "Canton de Redange",
        "LU-RM" => "Canton de Remich",
        "LU-VD" => "Canton de Vianden",
        "LU-WI" => "Canton de Wiltz",
        _ => return None,
    })
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
    "IE-KE", "IE-MH", "IT-65", "IT-77", "IT-78", "IT-72", "IT-45", "IT-36", "IT-62", "IT-42",
    "IT-25", "IT-57", "IT-67", "IT-21", "IT-75", "IT-88", "IT-82", "IT-52", "IT-32", "IT-55",
    "IT-23", "IT-34", "ES-AN", "ES-AR", "ES-AS", "ES-CN", "ES-CB", "ES-CL", "ES-CM", "ES-CT",
    "ES-EX", "ES-GA", "ES-IB", "ES-RI", "ES-MD", "ES-MC", "ES-NC", "ES-PV", "ES-VC", "ES-CE",
    "ES-ML", "DK-84", "DK-82", "DK-81", "DK-85", "DK-83", "SE-AB", "SE-C", "SE-D", "SE-E", "SE-F",
    "SE-G", "SE-H", "SE-I", "SE-K", "SE-M", "SE-N", "SE-O", "SE-S", "SE-T", "SE-U", "SE-W", "SE-X",
    "SE-Y", "SE-Z", "SE-AC", "SE-BD", "PL-02", "PL-04", "PL-06", "PL-08", "PL-10", "PL-12",
    "PL-14", "PL-16", "PL-18", "PL-20", "PL-22", "PL-24", "PL-26", "PL-28", "PL-30", "PL-32",
    "LU-CA", "LU-CL", "LU-DI", "LU-EC", "LU-ES", "LU-GR", "LU-LU", "LU-ME", "LU-RD", "LU-RM",
    "LU-VD", "LU-WI", "IE-CW", "IE-CN", "IE-CE", "IE-DL", "IE-KK", "IE-LS", "IE-LM", "IE-LD",
    "IE-LH", "IE-MO", "IE-MN", "IE-OY", "IE-RN", "IE-SO", "IE-TA", "IE-WD", "IE-WH", "IE-WX",
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
        assert_eq!(lookup("IT", "lombardia"), Some("IT-25"));
        assert_eq!(lookup("PL", "woj mazowieckie"), Some("PL-14"));
        assert_eq!(lookup("IT", "25"), None);
        for &(cc, code, spellings) in REGIONS {
            let full = format!("{cc}-{code}");
            assert!(CODES.contains(&full.as_str()), "{full}");
            // Lines with a digit skip the lookup (`parse::region_of_line`).
            assert!(!spellings.bytes().any(|b| b.is_ascii_digit()), "{full}");
            // A numeric code is written as a name, which must read back as the region.
            if code.bytes().all(|b| b.is_ascii_digit()) || cc == "LU" {
                let name = numeric_name(&full).unwrap();
                let f = crate::address::preclean::fold(name);
                assert_eq!(
                    lookup(cc, &f),
                    Some(CODES[CODES.iter().position(|c| *c == full).unwrap()]),
                    "{name}"
                );
            }
        }
    }
}
