//! City names: aliases, abbreviations and exonyms to the postal locality in the local language
//! (`A'dam` → `Amsterdam`, `Den Haag` → `'s-Gravenhage` as in the BAG, `Antwerp` → `Antwerpen`,
//! `Munich` → `München`), and a list of well-known cities used to tell the country of a bare
//! 4- or 5-digit postcode. Names are public geographic facts.

use super::fxhash::FxMap;
use std::sync::OnceLock;

/// `(country, local name, folded aliases)`; the folded local name is always an alias.
static CITIES: &[(&str, &str, &str)] = &[
    (
        "NL",
        "Amsterdam",
        "adam|amsterdam zuidoost|amsterdam zuid oost|amsterdam noord|amsterdam west|amsterdam oost|amsterdam zuid",
    ),
    ("NL", "Rotterdam", "r dam|rdam"),
    (
        "NL",
        "'s-Gravenhage",
        "den haag|the hague|la haye|s gravenhage|sgravenhage|gravenhage|haag|dh",
    ),
    (
        "NL",
        "'s-Hertogenbosch",
        "den bosch|s hertogenbosch|shertogenbosch|hertogenbosch|bois le duc",
    ),
    ("NL", "Utrecht", ""),
    ("NL", "Eindhoven", ""),
    ("NL", "Groningen", ""),
    ("NL", "Tilburg", ""),
    ("NL", "Almere", ""),
    ("NL", "Breda", ""),
    ("NL", "Nijmegen", ""),
    ("NL", "Haarlem", ""),
    ("NL", "Arnhem", ""),
    ("NL", "Zaandam", ""),
    ("NL", "Amersfoort", ""),
    ("NL", "Apeldoorn", ""),
    ("NL", "Enschede", ""),
    ("NL", "Zwolle", ""),
    ("NL", "Leiden", ""),
    ("NL", "Maastricht", ""),
    ("NL", "Dordrecht", ""),
    ("NL", "Delft", ""),
    ("NL", "Hoofddorp", ""),
    ("NL", "Alkmaar", ""),
    ("NL", "Leeuwarden", "ljouwert"),
    ("NL", "Bergum", "burgum"),
    (
        "NL",
        "Alphen aan den Rijn",
        "alphen ad rijn|alphen a d rijn|alphen a/d rijn",
    ),
    ("NL", "Bergen op Zoom", ""),
    (
        "NL",
        "Capelle aan den IJssel",
        "capelle ad ijssel|capelle a d ijssel",
    ),
    (
        "NL",
        "Krimpen aan den IJssel",
        "krimpen ad ijssel|krimpen a d ijssel",
    ),
    ("NL", "Oldeboorn", "aldeboarn"),
    ("NL", "Hilversum", ""),
    ("NL", "Amstelveen", ""),
    ("NL", "Deventer", ""),
    ("NL", "Schiedam", ""),
    ("NL", "Gouda", ""),
    ("NL", "Venlo", ""),
    ("NL", "Heerlen", ""),
    ("NL", "Sneek", "snits"),
    ("NL", "Wageningen", ""),
    ("BE", "Antwerpen", "antwerp|anvers|amberes|anversa"),
    ("BE", "Gent", "ghent|gand|gante"),
    ("BE", "Brugge", "bruges|brugges"),
    ("BE", "Liège", "luik|luttich|liege|lieja"),
    ("BE", "Leuven", "louvain|lowen"),
    ("BE", "Mechelen", "malines|mecheln"),
    ("BE", "Namur", "namen"),
    ("BE", "Mons", "bergen"),
    ("BE", "Kortrijk", "courtrai"),
    ("BE", "Ieper", "ypres|ypern"),
    ("BE", "Tournai", "doornik"),
    ("BE", "Charleroi", ""),
    ("BE", "Hasselt", ""),
    ("BE", "Oostende", "ostende|ostend"),
    ("BE", "Aalst", "alost"),
    (
        "BE",
        "Sint-Niklaas",
        "st niklaas|sint niklaas|saint nicolas",
    ),
    ("BE", "Zwijnaarde", ""),
    ("BE", "Wépion", "wepion"),
    ("BE", "Eupen", ""),
    ("BE", "Wavre", "waver"),
    ("BE", "Nivelles", "nijvel"),
    ("BE", "Arlon", "aarlen"),
    ("BE", "Genk", ""),
    (
        "BE",
        "Brussel",
        "brussels|bruxelles|brussel|bruessel|brussel stad|bruxelles ville|bxl|bru",
    ),
    ("BE", "Elsene", "ixelles"),
    ("BE", "Etterbeek", ""),
    ("BE", "Schaerbeek", "schaarbeek"),
    ("BE", "Anderlecht", ""),
    ("BE", "Ukkel", "uccle"),
    ("BE", "Sint-Gillis", "saint gilles|sint gillis"),
    ("BE", "Zaventem", ""),
    (
        "DE",
        "München",
        "munich|muenchen|munchen|monaco di baviera|munchen",
    ),
    ("DE", "Köln", "cologne|koeln|koln|keulen"),
    ("DE", "Nürnberg", "nuremberg|nuernberg|nurnberg|neurenberg"),
    (
        "DE",
        "Frankfurt am Main",
        "frankfurt|frankfurt am|frankfurt a m|frankfurt main|frankfurt am main|frankfurt/main|ffm|frankfort",
    ),
    (
        "DE",
        "Frankfurt (Oder)",
        "frankfurt oder|frankfurt an der oder",
    ),
    (
        "DE",
        "Freiburg im Breisgau",
        "freiburg|freiburg i br|freiburg im breisgau|freiburg i breisgau",
    ),
    (
        "DE",
        "Halle (Saale)",
        "halle|halle saale|halle an der saale",
    ),
    ("DE", "Berlin", "berlijn"),
    ("DE", "Hamburg", "hambourg"),
    ("DE", "Bremen", "breme"),
    ("DE", "Hannover", "hanover|hanovre"),
    ("DE", "Düsseldorf", "duesseldorf|dusseldorf"),
    ("DE", "Stuttgart", ""),
    ("DE", "Dortmund", ""),
    ("DE", "Essen", ""),
    ("DE", "Leipzig", "leipsic"),
    ("DE", "Dresden", "dresde"),
    ("DE", "Bonn", ""),
    ("DE", "Aachen", "aken|aix la chapelle"),
    ("DE", "Braunschweig", "brunswick"),
    ("DE", "Mainz", "mayence"),
    ("DE", "Trier", "treves"),
    ("DE", "Kassel", "cassel"),
    ("DE", "Münster", "muenster|munster"),
    ("DE", "Regensburg", "ratisbon"),
    ("DE", "Wiesbaden", ""),
    ("DE", "Karlsruhe", ""),
    ("DE", "Mannheim", ""),
    ("DE", "Heidelberg", ""),
    ("DE", "Oldenburg", ""),
    ("DE", "Teststadt", ""),
    ("FR", "Paris", "parijs"),
    ("FR", "Marseille", "marseilles"),
    ("FR", "Lyon", "lyons"),
    ("FR", "Toulouse", ""),
    ("FR", "Nice", "nizza"),
    ("FR", "Nantes", ""),
    ("FR", "Strasbourg", "strassburg|straatsburg"),
    ("FR", "Montpellier", ""),
    ("FR", "Bordeaux", ""),
    ("FR", "Lille", "rijsel"),
    ("FR", "Rennes", ""),
    ("FR", "Reims", ""),
    ("FR", "Dunkerque", "duinkerken|dunkirk"),
    ("FR", "Grenoble", ""),
    ("FR", "Dijon", ""),
    ("FR", "Angers", ""),
    ("FR", "Le Havre", ""),
    ("FR", "Toulon", ""),
    ("FR", "Boulogne-Billancourt", ""),
    ("FR", "Saint-Denis", ""),
    ("FR", "Mulhouse", ""),
    ("FR", "Metz", ""),
    ("FR", "Pau", ""),
    ("FR", "Nancy", ""),
    ("GB", "London", "londen|londres|london"),
    ("GB", "Edinburgh", "edimbourg"),
    ("GB", "Glasgow", ""),
    ("GB", "Manchester", ""),
    ("GB", "Birmingham", ""),
    ("GB", "Cardiff", "caerdydd"),
    ("AT", "Wien", "vienna|vienne|wenen"),
    ("AT", "Graz", ""),
    ("AT", "Linz", ""),
    ("AT", "Salzburg", ""),
    ("AT", "Innsbruck", ""),
    ("AT", "Klagenfurt am Wörthersee", "klagenfurt"),
    ("CH", "Zürich", "zurich|zuerich|zurigo"),
    ("CH", "Genève", "geneva|geneve|genf|ginevra|genève"),
    ("CH", "Basel", "bale|basle|basilea"),
    ("CH", "Bern", "berne|berna"),
    ("CH", "Luzern", "lucerne|lucerna"),
    ("CH", "Lausanne", ""),
    ("CH", "Winterthur", ""),
    ("CH", "Lugano", ""),
    ("CH", "St. Gallen", "st gallen|sankt gallen|saint gall"),
    (
        "LU",
        "Luxembourg",
        "luxemburg|letzebuerg|luxembourg ville|luxembourg city",
    ),
    (
        "LU",
        "Esch-sur-Alzette",
        "esch alzette|esch sur alzette|esch uelzecht",
    ),
    ("LU", "Differdange", "differdingen"),
    ("IT", "Roma", "rome|rom"),
    ("IT", "Milano", "milan|milaan|mailand"),
    ("IT", "Napoli", "naples|napels|neapel"),
    ("IT", "Torino", "turin|turijn"),
    ("IT", "Firenze", "florence|florenz"),
    ("IT", "Venezia", "venice|venise|venedig"),
    ("IT", "Genova", "genoa|genua|genes"),
    ("IT", "Bologna", "bologne"),
    ("ES", "Madrid", ""),
    ("ES", "Barcelona", "barcelone"),
    ("ES", "Sevilla", "seville|sevilla"),
    ("ES", "Valencia", "valence"),
    ("ES", "Zaragoza", "saragossa|saragosse"),
    ("ES", "A Coruña", "la coruna|la coruña|a coruna|corunna"),
    (
        "DK",
        "København",
        "copenhagen|kopenhagen|copenhague|kobenhavn|koebenhavn",
    ),
    ("DK", "Aarhus", "arhus|århus"),
    ("SE", "Stockholm", ""),
    ("SE", "Göteborg", "gothenburg|goteborg|goeteborg"),
    ("SE", "Malmö", "malmo|malmoe"),
    ("PL", "Warszawa", "warsaw|warschau|varsovie"),
    ("PL", "Kraków", "krakow|cracow|cracovie|krakau"),
    ("PL", "Gdańsk", "gdansk|danzig"),
    ("PL", "Wrocław", "wroclaw|breslau"),
    ("PL", "Poznań", "poznan|posen"),
    ("PL", "Łódź", "lodz"),
    ("PT", "Lisboa", "lisbon|lissabon|lisbonne"),
    ("PT", "Porto", "oporto"),
    ("CZ", "Praha", "prague|praag|prag"),
    ("AT", "Sankt Pölten", "st polten|st poelten|sankt polten"),
    ("NO", "Oslo", ""),
    ("FI", "Helsinki", "helsingfors"),
    ("IE", "Dublin", "baile atha cliath"),
    ("IE", "Cork", "corcaigh"),
    ("GR", "Athina", "athens|athene|athenes"),
    ("RU", "Moskva", "moscow|moskou|moscou|moskau"),
    ("HU", "Budapest", ""),
    (
        "RO",
        "București",
        "bucharest|boekarest|bucarest|bukarest|bucuresti",
    ),
];

struct Index {
    /// (country, folded alias) → local name.
    by_cc: FxMap<&'static str, FxMap<String, &'static str>>,
    /// folded alias → country, when only one country has it.
    country: FxMap<String, Option<&'static str>>,
}

fn index() -> &'static Index {
    static IDX: OnceLock<Index> = OnceLock::new();
    IDX.get_or_init(|| {
        let mut by_cc: FxMap<&'static str, FxMap<String, &'static str>> = FxMap::default();
        let mut country: FxMap<String, Option<&'static str>> = FxMap::default();
        for &(cc, name, aliases) in CITIES {
            let own = super::preclean::fold(name);
            for a in std::iter::once(own.as_str()).chain(aliases.split('|')) {
                if a.is_empty() {
                    continue;
                }
                let a = super::preclean::fold(a).as_str().to_owned();
                by_cc.entry(cc).or_default().insert(a.clone(), name);
                country
                    .entry(a)
                    .and_modify(|c| {
                        if *c != Some(cc) {
                            *c = None;
                        }
                    })
                    .or_insert(Some(cc));
            }
        }
        Index { by_cc, country }
    })
}

/// The local name of `folded` in country `cc`, if the table knows it.
pub(crate) fn local_name(cc: &'static str, folded: &str) -> Option<&'static str> {
    index().by_cc.get(cc)?.get(folded).copied()
}

/// The one country with a city called `folded`, if exactly one.
pub(crate) fn country_of(folded: &str) -> Option<&'static str> {
    index().country.get(folded).copied().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases() {
        assert_eq!(local_name("NL", "den haag"), Some("'s-Gravenhage"));
        assert_eq!(local_name("NL", "adam"), Some("Amsterdam"));
        assert_eq!(local_name("DE", "munich"), Some("München"));
        assert_eq!(local_name("BE", "antwerp"), Some("Antwerpen"));
        assert_eq!(country_of("amsterdam"), Some("NL"));
        assert_eq!(country_of("munchen"), Some("DE"));
    }
}
