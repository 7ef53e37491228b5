//! Column recognition: which contact field each input column holds.
//!
//! A header is recognised by name in English, Dutch, German and French. Names are compared after
//! [`normalize_header`] (lower case, accents folded, everything but letters and digits removed), so
//! `E-mail Address`, `e-mailadres`, `EMAIL_ADRES` and `Téléphone` all match. Numbered and qualified
//! variants (`E-mail 2 Address`, `Business Phone`, `Telefoon werk`, `Address 1 - City`) are
//! recognised by removing the number and a known qualifier. `--map column=field` overrides
//! everything; unrecognised columns are passed through untouched.

use std::fmt;

/// A contact field, as the duplicate engine's record schema names it (API.md §5), plus the parts
/// a CRM splits it into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(usize)]
pub enum Field {
    /// A record identifier (`id`, `Relatienummer`, `Klantnummer`).
    Id,
    /// Where the record came from.
    Source,
    /// An e-mail address field (may hold several addresses).
    Email,
    /// Given name (`voornaam`, `first name`).
    GivenName,
    /// Middle name(s).
    MiddleName,
    /// Initials (`voorletters`).
    Initials,
    /// Dutch family-name prefix (`tussenvoegsel`), joined into `family_name`.
    FamilyNamePrefix,
    /// Family name (`achternaam`, `last name`).
    FamilyName,
    /// The whole name in one field (`naam`, `name`).
    FullName,
    /// Organisation (`bedrijf`, `company`).
    Organisation,
    /// Street (possibly with the number).
    Street,
    /// House number (`huisnummer`).
    HouseNumber,
    /// Unit or addition to the number (`toevoeging`, `bus`).
    Unit,
    /// Postcode.
    Postcode,
    /// City (`woonplaats`, `plaats`).
    City,
    /// Region, state or province.
    Region,
    /// Country (`land`).
    Country,
    /// A whole address in one field.
    Address,
    /// A telephone number field (`telefoon`, `Business Phone`).
    Phone,
    /// A mobile number field (`mobiel`, `Mobile Phone`, `GSM`).
    Mobile,
    /// A fax number field.
    Fax,
    /// Date of birth (`geboortedatum`).
    DateOfBirth,
}

impl Field {
    /// Every field, in a stable order.
    pub const ALL: &'static [Field] = &[
        Field::Id,
        Field::Source,
        Field::Email,
        Field::GivenName,
        Field::MiddleName,
        Field::Initials,
        Field::FamilyNamePrefix,
        Field::FamilyName,
        Field::FullName,
        Field::Organisation,
        Field::Street,
        Field::HouseNumber,
        Field::Unit,
        Field::Postcode,
        Field::City,
        Field::Region,
        Field::Country,
        Field::Address,
        Field::Phone,
        Field::Mobile,
        Field::Fax,
        Field::DateOfBirth,
    ];

    /// The field's name, as `--map` and `summary.json` spell it.
    pub const fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Source => "source",
            Field::Email => "email",
            Field::GivenName => "given_name",
            Field::MiddleName => "middle_name",
            Field::Initials => "initials",
            Field::FamilyNamePrefix => "family_name_prefix",
            Field::FamilyName => "family_name",
            Field::FullName => "full_name",
            Field::Organisation => "organisation",
            Field::Street => "street",
            Field::HouseNumber => "house_number",
            Field::Unit => "unit",
            Field::Postcode => "postcode",
            Field::City => "city",
            Field::Region => "region",
            Field::Country => "country",
            Field::Address => "address",
            Field::Phone => "phone",
            Field::Mobile => "mobile",
            Field::Fax => "fax",
            Field::DateOfBirth => "date_of_birth",
        }
    }

    /// The area that will process this field (`"email"`, `"phone"`, `"address"`, `"name"`, ...).
    pub const fn area(self) -> &'static str {
        match self {
            Field::Id | Field::Source => "record",
            Field::Email => "email",
            Field::GivenName
            | Field::MiddleName
            | Field::Initials
            | Field::FamilyNamePrefix
            | Field::FamilyName
            | Field::FullName => "name",
            Field::Organisation => "organisation",
            Field::Street
            | Field::HouseNumber
            | Field::Unit
            | Field::Postcode
            | Field::City
            | Field::Region
            | Field::Country
            | Field::Address => "address",
            Field::Phone | Field::Mobile | Field::Fax => "phone",
            Field::DateOfBirth => "date_of_birth",
        }
    }

    /// The field named `name` for `--map` (also accepts a few obvious aliases).
    pub fn from_name(name: &str) -> Option<Field> {
        let n = name.trim().to_ascii_lowercase().replace('-', "_");
        if let Some(f) = Field::ALL.iter().copied().find(|f| f.name() == n) {
            return Some(f);
        }
        Some(match n.as_str() {
            "organization" | "company" => Field::Organisation,
            "first_name" => Field::GivenName,
            "last_name" | "surname" => Field::FamilyName,
            "zip" | "postal_code" => Field::Postcode,
            "dob" | "birthdate" | "birth_date" => Field::DateOfBirth,
            "e_mail" | "mail" => Field::Email,
            "telephone" => Field::Phone,
            _ => return None,
        })
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Lower case, common Latin accents folded (`é`→`e`, `ß`→`ss`), and every character that is
/// not an ASCII letter or digit removed.
///
/// `"E-mail 2 Address"` → `"email2address"`, `"Straße"` → `"strasse"`, `"Téléphone"` → `"telephone"`.
pub fn normalize_header(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    for c in header.chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => out.push('o'),
            'œ' => out.push_str("oe"),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ß' => out.push_str("ss"),
            _ => {}
        }
    }
    out
}

/// Normalised header names and their fields. Every key is already in [`normalize_header`] form.
const NAMES: &[(&str, Field)] = &[
    // id
    ("id", Field::Id),
    ("contactid", Field::Id),
    ("recordid", Field::Id),
    ("customerid", Field::Id),
    ("customernumber", Field::Id),
    ("klantnummer", Field::Id),
    ("klantnr", Field::Id),
    ("relatienummer", Field::Id),
    ("relatienr", Field::Id),
    ("debiteurnummer", Field::Id),
    ("kundennummer", Field::Id),
    ("kundennr", Field::Id),
    ("numeroclient", Field::Id),
    // source
    ("source", Field::Source),
    ("bron", Field::Source),
    ("herkomst", Field::Source),
    ("quelle", Field::Source),
    ("leadsource", Field::Source),
    // email
    ("email", Field::Email),
    ("emailaddress", Field::Email),
    ("emailadres", Field::Email),
    ("emailadresse", Field::Email),
    ("mail", Field::Email),
    ("mailadres", Field::Email),
    ("mailaddress", Field::Email),
    ("emailvalue", Field::Email),
    ("courriel", Field::Email),
    ("adresseemail", Field::Email),
    ("adressemail", Field::Email),
    ("adressecourriel", Field::Email),
    // names
    ("firstname", Field::GivenName),
    ("givenname", Field::GivenName),
    ("forename", Field::GivenName),
    ("voornaam", Field::GivenName),
    ("voornamen", Field::GivenName),
    ("roepnaam", Field::GivenName),
    ("vorname", Field::GivenName),
    ("prenom", Field::GivenName),
    ("middlename", Field::MiddleName),
    ("additionalname", Field::MiddleName),
    ("middlenames", Field::MiddleName),
    ("voorletters", Field::Initials),
    ("initials", Field::Initials),
    ("initialen", Field::Initials),
    ("tussenvoegsel", Field::FamilyNamePrefix),
    ("tussenvoegsels", Field::FamilyNamePrefix),
    ("tussenv", Field::FamilyNamePrefix),
    ("voorvoegsel", Field::FamilyNamePrefix),
    ("voorvoegsels", Field::FamilyNamePrefix),
    ("lastname", Field::FamilyName),
    ("familyname", Field::FamilyName),
    ("surname", Field::FamilyName),
    ("achternaam", Field::FamilyName),
    ("familienaam", Field::FamilyName),
    ("geslachtsnaam", Field::FamilyName),
    ("nachname", Field::FamilyName),
    ("familienname", Field::FamilyName),
    ("nom", Field::FamilyName),
    ("nomdefamille", Field::FamilyName),
    ("name", Field::FullName),
    ("fullname", Field::FullName),
    ("naam", Field::FullName),
    ("volledigenaam", Field::FullName),
    ("contactname", Field::FullName),
    ("contactpersoon", Field::FullName),
    ("nomcomplet", Field::FullName),
    ("vollstandigername", Field::FullName),
    // organisation
    ("company", Field::Organisation),
    ("companyname", Field::Organisation),
    ("organisation", Field::Organisation),
    ("organization", Field::Organisation),
    ("organisationname", Field::Organisation),
    ("organizationname", Field::Organisation),
    ("accountname", Field::Organisation),
    ("bedrijf", Field::Organisation),
    ("bedrijfsnaam", Field::Organisation),
    ("organisatie", Field::Organisation),
    ("firma", Field::Organisation),
    ("firmenname", Field::Organisation),
    ("unternehmen", Field::Organisation),
    ("societe", Field::Organisation),
    ("entreprise", Field::Organisation),
    // address parts
    ("street", Field::Street),
    ("streetaddress", Field::Street),
    ("straat", Field::Street),
    ("straatnaam", Field::Street),
    ("strasse", Field::Street),
    ("str", Field::Street),
    ("rue", Field::Street),
    ("housenumber", Field::HouseNumber),
    ("houseno", Field::HouseNumber),
    ("huisnummer", Field::HouseNumber),
    ("huisnr", Field::HouseNumber),
    ("nr", Field::HouseNumber),
    ("hausnummer", Field::HouseNumber),
    ("hausnr", Field::HouseNumber),
    ("numero", Field::HouseNumber),
    ("toevoeging", Field::Unit),
    ("huisnummertoevoeging", Field::Unit),
    ("huisnrtoevoeging", Field::Unit),
    ("huisletter", Field::Unit),
    ("bus", Field::Unit),
    ("busnummer", Field::Unit),
    ("unit", Field::Unit),
    ("apartment", Field::Unit),
    ("suite", Field::Unit),
    ("addition", Field::Unit),
    ("zusatz", Field::Unit),
    ("postcode", Field::Postcode),
    ("postalcode", Field::Postcode),
    ("zip", Field::Postcode),
    ("zipcode", Field::Postcode),
    ("postleitzahl", Field::Postcode),
    ("plz", Field::Postcode),
    ("codepostal", Field::Postcode),
    ("cp", Field::Postcode),
    ("city", Field::City),
    ("town", Field::City),
    ("woonplaats", Field::City),
    ("plaats", Field::City),
    ("plaatsnaam", Field::City),
    ("stad", Field::City),
    ("gemeente", Field::City),
    ("ort", Field::City),
    ("wohnort", Field::City),
    ("stadt", Field::City),
    ("ville", Field::City),
    ("localite", Field::City),
    ("state", Field::Region),
    ("province", Field::Region),
    ("region", Field::Region),
    ("provincie", Field::Region),
    ("bundesland", Field::Region),
    ("stateprovince", Field::Region),
    ("country", Field::Country),
    ("countryregion", Field::Country),
    ("land", Field::Country),
    ("pays", Field::Country),
    ("countrycode", Field::Country),
    ("landcode", Field::Country),
    ("address", Field::Address),
    ("addressformatted", Field::Address),
    ("adres", Field::Address),
    ("adresse", Field::Address),
    ("anschrift", Field::Address),
    ("postadres", Field::Address),
    ("bezoekadres", Field::Address),
    ("fulladdress", Field::Address),
    // phones
    ("phone", Field::Phone),
    ("phonenumber", Field::Phone),
    ("phonevalue", Field::Phone),
    ("telephone", Field::Phone),
    ("telephonenumber", Field::Phone),
    ("tel", Field::Phone),
    ("telnr", Field::Phone),
    ("telefoon", Field::Phone),
    ("telefoonnummer", Field::Phone),
    ("telefoonnr", Field::Phone),
    ("vasttelefoon", Field::Phone),
    ("telefon", Field::Phone),
    ("telefonnummer", Field::Phone),
    ("companymainphone", Field::Phone),
    ("mobile", Field::Mobile),
    ("mobilephone", Field::Mobile),
    ("mobilephonenumber", Field::Mobile),
    ("mobilenumber", Field::Mobile),
    ("cellphone", Field::Mobile),
    ("cell", Field::Mobile),
    ("mobiel", Field::Mobile),
    ("mobielnummer", Field::Mobile),
    ("mobieletelefoon", Field::Mobile),
    ("mobieltelefoonnummer", Field::Mobile),
    ("mobielnr", Field::Mobile),
    ("gsm", Field::Mobile),
    ("gsmnummer", Field::Mobile),
    ("mobil", Field::Mobile),
    ("mobilnummer", Field::Mobile),
    ("handy", Field::Mobile),
    ("handynummer", Field::Mobile),
    ("portable", Field::Mobile),
    ("telephoneportable", Field::Mobile),
    ("fax", Field::Fax),
    ("faxnumber", Field::Fax),
    ("faxnummer", Field::Fax),
    ("telefax", Field::Fax),
    // date of birth
    ("dateofbirth", Field::DateOfBirth),
    ("birthdate", Field::DateOfBirth),
    ("birthday", Field::DateOfBirth),
    ("dob", Field::DateOfBirth),
    ("geboortedatum", Field::DateOfBirth),
    ("gebdatum", Field::DateOfBirth),
    ("geburtsdatum", Field::DateOfBirth),
    ("geburtstag", Field::DateOfBirth),
    ("datedenaissance", Field::DateOfBirth),
];

/// Words that qualify a field without changing it: `Business Phone`, `Home Street`,
/// `MailingCity` (Salesforce), `Address 1 - City` (Google), `E-mail werk`, `Telefon privat`.
const QUALIFIERS: &[&str] = &[
    "primary",
    "business",
    "home",
    "work",
    "other",
    "private",
    "personal",
    "mailing",
    "billing",
    "shipping",
    "main",
    "address",
    "contact",
    "zakelijk",
    "prive",
    "werk",
    "thuis",
    "bezoek",
    "bezoekadres",
    "postadres",
    "vestiging",
    "geschaftlich",
    "geschaeftlich",
    "dienstlich",
    "privat",
    "buro",
    "professionnel",
    "personnel",
    "value",
];

fn lookup(normalized: &str) -> Option<Field> {
    NAMES
        .iter()
        .find(|(name, _)| *name == normalized)
        .map(|&(_, f)| f)
}

/// The field a header names, or `None` when it is not a contact field we know.
///
/// ```text
/// recognize("E-mailadres")      == Some(Field::Email)
/// recognize("E-mail 2 Address") == Some(Field::Email)
/// recognize("E-mail Type")      == None     (Outlook's type column, not an address)
/// ```
pub fn recognize(header: &str) -> Option<Field> {
    let n = normalize_header(header);
    if n.is_empty() {
        return None;
    }
    if let Some(f) = lookup(&n) {
        return Some(f);
    }
    // Numbered variants: `E-mail 2 Address`, `Telefoon 2`, `Address 1 - City`.
    let no_digits: String = n.chars().filter(|c| !c.is_ascii_digit()).collect();
    if no_digits.is_empty() {
        return None;
    }
    if no_digits != n
        && let Some(f) = lookup(&no_digits)
    {
        return Some(f);
    }
    // Qualified variants: one qualifier in front or behind (`Business Phone`, `E-mail werk`).
    for q in QUALIFIERS {
        if let Some(rest) = no_digits.strip_prefix(q)
            && !rest.is_empty()
            && let Some(f) = lookup(rest)
        {
            return Some(f);
        }
        if let Some(rest) = no_digits.strip_suffix(q)
            && !rest.is_empty()
            && let Some(f) = lookup(rest)
        {
            return Some(f);
        }
    }
    None
}

/// How a column got its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// Recognised from its header name.
    Header,
    /// Given with `--map`.
    Map,
}

/// The plan for one input column.
#[derive(Debug, Clone)]
pub struct ColumnPlan {
    /// The header as read.
    pub header: String,
    /// The field, or `None` to pass the column through untouched.
    pub field: Option<Field>,
    /// How the field was decided (`None` when unrecognised).
    pub via: Option<Via>,
}

/// A `--map` argument: `column=field`, or `column=ignore` to leave a column alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapArg {
    /// The column's header, as given.
    pub column: String,
    /// The field, or `None` for `ignore`.
    pub field: Option<Field>,
}

/// The `--map` value parser (clap): `column=field`.
///
/// # Errors
///
/// A sentence for clap when the value has no `=`, an empty column, or an unknown field.
pub fn parse_map_arg(s: &str) -> Result<MapArg, String> {
    let Some((column, field)) = s.rsplit_once('=') else {
        return Err("expected COLUMN=FIELD, for example --map \"Mail privé=email\"".to_owned());
    };
    if column.trim().is_empty() {
        return Err("the column name before '=' is empty".to_owned());
    }
    let field = match field.trim().to_ascii_lowercase().as_str() {
        "ignore" | "none" | "-" => None,
        other => Some(Field::from_name(other).ok_or_else(|| {
            let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
            format!(
                "unknown field '{}'; use one of: {}, ignore",
                field.trim(),
                names.join(", ")
            )
        })?),
    };
    Ok(MapArg {
        column: column.to_owned(),
        field,
    })
}

/// Decides the field of every column: `--map` first, then header recognition.
///
/// # Errors
///
/// A sentence when a `--map` column is not in the header, matches several columns, or is mapped
/// twice.
pub fn plan_columns(headers: &[String], maps: &[MapArg]) -> Result<Vec<ColumnPlan>, String> {
    let mut plan: Vec<ColumnPlan> = headers
        .iter()
        .map(|h| {
            let field = recognize(h);
            ColumnPlan {
                header: h.clone(),
                field,
                via: field.map(|_| Via::Header),
            }
        })
        .collect();
    let mut mapped = vec![false; headers.len()];
    for m in maps {
        let exact: Vec<usize> = (0..headers.len())
            .filter(|&i| headers[i] == m.column)
            .collect();
        let candidates = if exact.is_empty() {
            let want = normalize_header(&m.column);
            (0..headers.len())
                .filter(|&i| !want.is_empty() && normalize_header(&headers[i]) == want)
                .collect()
        } else {
            exact
        };
        let i = match candidates.as_slice() {
            [] => {
                return Err(format!(
                    "--map names column \"{}\", which the input does not have",
                    m.column
                ));
            }
            [i] => *i,
            _ => {
                return Err(format!(
                    "--map column \"{}\" matches {} columns of the input; give the exact header",
                    m.column,
                    candidates.len()
                ));
            }
        };
        if mapped[i] {
            return Err(format!("column \"{}\" is mapped twice", headers[i]));
        }
        mapped[i] = true;
        plan[i].field = m.field;
        plan[i].via = Some(Via::Map);
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_folds_case_accents_and_punctuation() {
        assert_eq!(normalize_header("E-mail 2 Address"), "email2address");
        assert_eq!(normalize_header("  Straße "), "strasse");
        assert_eq!(normalize_header("Téléphone"), "telephone");
        assert_eq!(normalize_header("E_MAIL-ADRES"), "emailadres");
        assert_eq!(normalize_header("Country/Region"), "countryregion");
        assert_eq!(normalize_header("\u{a0}Naam\u{a0}"), "naam");
        assert_eq!(normalize_header("—"), "");
    }

    #[test]
    fn dutch_headers() {
        for (h, f) in [
            ("Voornaam", Field::GivenName),
            ("Tussenvoegsel", Field::FamilyNamePrefix),
            ("Achternaam", Field::FamilyName),
            ("Bedrijf", Field::Organisation),
            ("Straat", Field::Street),
            ("Huisnummer", Field::HouseNumber),
            ("Toevoeging", Field::Unit),
            ("Postcode", Field::Postcode),
            ("Woonplaats", Field::City),
            ("Plaats", Field::City),
            ("Land", Field::Country),
            ("Telefoon", Field::Phone),
            ("Mobiel", Field::Mobile),
            ("E-mailadres", Field::Email),
            ("e-mail", Field::Email),
            ("Emailadres", Field::Email),
            ("E-mailadres 2", Field::Email),
            ("E-mail werk", Field::Email),
            ("Telefoon privé", Field::Phone),
            ("Geboortedatum", Field::DateOfBirth),
            ("Relatienummer", Field::Id),
            ("Bron", Field::Source),
            ("Voorletters", Field::Initials),
        ] {
            assert_eq!(recognize(h), Some(f), "{h}");
        }
    }

    #[test]
    fn english_and_outlook_headers() {
        for (h, f) in [
            ("Email", Field::Email),
            ("E-mail Address", Field::Email),
            ("E-mail 2 Address", Field::Email),
            ("E-mail 3 Address", Field::Email),
            ("First Name", Field::GivenName),
            ("Middle Name", Field::MiddleName),
            ("Last Name", Field::FamilyName),
            ("Company", Field::Organisation),
            ("Business Street", Field::Street),
            ("Business City", Field::City),
            ("Business State", Field::Region),
            ("Business Postal Code", Field::Postcode),
            ("Business Country/Region", Field::Country),
            ("Business Phone", Field::Phone),
            ("Business Phone 2", Field::Phone),
            ("Home Phone", Field::Phone),
            ("Mobile Phone", Field::Mobile),
            ("Business Fax", Field::Fax),
            ("Company Main Phone", Field::Phone),
            ("Birthday", Field::DateOfBirth),
            ("MailingStreet", Field::Street),
            ("MailingPostalCode", Field::Postcode),
            ("E-mail 1 - Value", Field::Email),
            ("Phone 1 - Value", Field::Phone),
            ("Address 1 - City", Field::City),
            ("Address 1 - Formatted", Field::Address),
            ("Organization 1 - Name", Field::Organisation),
            ("id", Field::Id),
            ("ID", Field::Id),
        ] {
            assert_eq!(recognize(h), Some(f), "{h}");
        }
    }

    #[test]
    fn german_and_french_headers() {
        for (h, f) in [
            ("Vorname", Field::GivenName),
            ("Nachname", Field::FamilyName),
            ("Straße", Field::Street),
            ("Hausnummer", Field::HouseNumber),
            ("PLZ", Field::Postcode),
            ("Ort", Field::City),
            ("Telefon", Field::Phone),
            ("Handy", Field::Mobile),
            ("E-Mail-Adresse", Field::Email),
            ("Geburtsdatum", Field::DateOfBirth),
            ("Prénom", Field::GivenName),
            ("Nom", Field::FamilyName),
            ("Société", Field::Organisation),
            ("Code postal", Field::Postcode),
            ("Ville", Field::City),
            ("Pays", Field::Country),
            ("Téléphone", Field::Phone),
            ("Courriel", Field::Email),
            ("Adresse e-mail", Field::Email),
            ("Date de naissance", Field::DateOfBirth),
        ] {
            assert_eq!(recognize(h), Some(f), "{h}");
        }
    }

    #[test]
    fn look_alikes_are_not_recognised() {
        // Outlook and Google columns that describe an address without holding one.
        for h in [
            "E-mail Type",
            "E-mail Display Name",
            "E-mail 1 - Type",
            "E-mail 1 - Label",
            "Opmerkingen",
            "Notes",
            "Job Title",
            "Title",
            "Functie",
            "",
            "123",
            "---",
            "Emailing allowed",
            "Nieuwsbrief",
        ] {
            assert_eq!(recognize(h), None, "{h:?}");
        }
    }

    #[test]
    fn every_table_key_is_normalized_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for (name, _) in NAMES {
            assert_eq!(normalize_header(name), *name);
            assert!(seen.insert(*name), "duplicate {name}");
        }
        for q in QUALIFIERS {
            assert_eq!(normalize_header(q), *q);
        }
    }

    #[test]
    fn field_names_round_trip() {
        for (i, &f) in Field::ALL.iter().enumerate() {
            assert_eq!(f as usize, i, "ALL is in declaration order");
            assert_eq!(Field::from_name(f.name()), Some(f));
        }
        assert_eq!(Field::from_name("Organization"), Some(Field::Organisation));
        assert_eq!(Field::from_name("nonsense"), None);
    }

    #[test]
    fn map_args_parse() {
        assert_eq!(
            parse_map_arg("Mail privé=email"),
            Ok(MapArg {
                column: "Mail privé".into(),
                field: Some(Field::Email)
            })
        );
        assert_eq!(parse_map_arg("a=b=phone").unwrap().column, "a=b");
        assert_eq!(parse_map_arg("Telefoon=ignore").unwrap().field, None);
        assert!(parse_map_arg("no-equals").is_err());
        assert!(parse_map_arg("=email").is_err());
        assert!(
            parse_map_arg("x=bogus")
                .unwrap_err()
                .contains("unknown field")
        );
    }

    #[test]
    fn plan_applies_maps_over_recognition() {
        let headers: Vec<String> = ["Naam", "Contact", "E-mail", "Mail privé"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let maps = vec![
            parse_map_arg("Contact=email").unwrap(),
            parse_map_arg("e-mail=ignore").unwrap(),
            parse_map_arg("MAIL PRIVE=email").unwrap(),
        ];
        let plan = plan_columns(&headers, &maps).unwrap();
        assert_eq!(plan[0].field, Some(Field::FullName));
        assert_eq!(plan[0].via, Some(Via::Header));
        assert_eq!(plan[1].field, Some(Field::Email));
        assert_eq!(plan[1].via, Some(Via::Map));
        assert_eq!(plan[2].field, None);
        assert_eq!(plan[3].field, Some(Field::Email));

        let err = plan_columns(&headers, &[parse_map_arg("Missing=email").unwrap()]);
        assert!(err.unwrap_err().contains("does not have"));
        let twice = [
            parse_map_arg("Naam=full_name").unwrap(),
            parse_map_arg("naam=given_name").unwrap(),
        ];
        assert!(
            plan_columns(&headers, &twice)
                .unwrap_err()
                .contains("twice")
        );
        let dup: Vec<String> = vec!["E-mail".into(), "email".into()];
        assert!(
            plan_columns(&dup, &[parse_map_arg("EMAIL=email").unwrap()])
                .unwrap_err()
                .contains("matches 2")
        );
    }
}
