//! Belgian postcodes and municipalities (data in `be_postcodes.rs`, from Statbel, CC BY 4.0):
//! the municipality of every postcode, used to write the city in its official language (the
//! street's language in bilingual Brussels) and to recognise a Belgian `postcode city` line.

use super::country::Lang;
use super::preclean::fold;

/// The region of a municipality (which language its official name is in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BeRegion {
    /// Dutch.
    Flanders,
    /// French (German in the German-speaking Community, postcodes 4700–4791).
    Wallonia,
    /// Bilingual Dutch and French.
    Brussels,
}

/// One municipality.
#[derive(Debug)]
pub(crate) struct Municipality {
    /// The REFNIS code (Statbel).
    #[allow(dead_code)] // kept with the data for reports and future joins
    pub refnis: u32,
    pub region: BeRegion,
    /// Dutch name (German for the German-speaking municipalities).
    pub nl: &'static str,
    /// French name.
    pub fr: &'static str,
}

#[path = "be_postcodes.rs"]
#[rustfmt::skip]
mod data;

/// The municipalities of a canonical Belgian postcode (`"9000"`); empty when it is not in the
/// table (bpost's special postcodes of large recipients are not).
pub(crate) fn municipalities(postcode: &str) -> impl Iterator<Item = &'static Municipality> {
    let pc: u16 = postcode.parse().unwrap_or(0);
    let start = data::POSTCODES.partition_point(|&(p, _)| p < pc);
    data::POSTCODES[start..]
        .iter()
        .take_while(move |&&(p, _)| p == pc)
        .map(|&(_, i)| &data::MUNICIPALITIES[usize::from(i)])
}

/// German-speaking Community: the Dutch column holds the German name, which is kept.
fn german_speaking(postcode: &str) -> bool {
    postcode
        .parse::<u16>()
        .is_ok_and(|p| (4700..=4791).contains(&p))
}

/// The official name of the municipality that `folded_city` names at `postcode`, when the
/// input gives it in the other language: Dutch in Flanders (`Anvers` → `Antwerpen`), French
/// in Wallonia (`Luik` → `Liège`), the street's language in Brussels (`Elsene` with a French
/// street → `Ixelles`). `None` when the city is not the municipality of the postcode (a
/// deelgemeente such as `Zwijnaarde` is kept as written), or in Brussels when the street's
/// language is unknown.
pub(crate) fn official_city(postcode: &str, folded_city: &str, lang: Lang) -> Option<&'static str> {
    for m in municipalities(postcode) {
        let (fnl, ffr) = (fold(m.nl), fold(m.fr));
        if folded_city != fnl.as_str() && folded_city != ffr.as_str() {
            continue;
        }
        return match m.region {
            BeRegion::Flanders => Some(m.nl),
            BeRegion::Wallonia if german_speaking(postcode) => None,
            BeRegion::Wallonia => Some(m.fr),
            BeRegion::Brussels => match lang {
                Lang::Nl => Some(m.nl),
                Lang::Fr => Some(m.fr),
                _ => None,
            },
        };
    }
    None
}

/// Whether `folded_city` is a name of the municipality of `postcode`.
pub(crate) fn is_municipality_of(postcode: &str, folded_city: &str) -> bool {
    municipalities(postcode).any(|m| fold(m.nl) == folded_city || fold(m.fr) == folded_city)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        assert!(data::POSTCODES.windows(2).all(|w| w[0] <= w[1]));
        assert!(data::POSTCODES.len() > 1100);
        let names: Vec<_> = municipalities("1040").map(|m| m.nl).collect();
        assert_eq!(names, ["Brussel", "Etterbeek"]);
        assert_eq!(official_city("2000", "anvers", Lang::Fr), Some("Antwerpen"));
        assert_eq!(official_city("4000", "luik", Lang::Nl), Some("Liège"));
        assert_eq!(official_city("1050", "elsene", Lang::Fr), Some("Ixelles"));
        assert_eq!(official_city("1050", "ixelles", Lang::Nl), Some("Elsene"));
        assert_eq!(official_city("9052", "zwijnaarde", Lang::Nl), None);
        assert_eq!(official_city("4780", "sankt vith", Lang::De), None);
        assert!(is_municipality_of("9000", "gent"));
        assert!(!is_municipality_of("9000", "brugge"));
    }
}
