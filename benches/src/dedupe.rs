//! Synthetic contact records for the duplicate-scoring benchmarks: mixed countries, households,
//! colleagues and about 30 % duplicates with typos and nicknames. Synthetic, no real personal
//! data.

use ck::dedupe::Record;

use crate::Rng;

const GIVEN: &[&str] = &[
    "Jan",
    "Pieter",
    "Kees",
    "Henk",
    "Willem",
    "Anna",
    "Maria",
    "Sanne",
    "Lotte",
    "Femke",
    "Hans",
    "Jürgen",
    "Ursula",
    "Monika",
    "Jean",
    "Hélène",
    "Marie",
    "Pierre",
    "John",
    "Sarah",
    "Emma",
    "David",
    "Robert",
    "Elizabeth",
    "Thijs",
    "Daan",
    "Eva",
    "Noor",
    "Luc",
    "Els",
    "Katrien",
];
const FAMILY: &[&str] = &[
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Peeters",
    "Janssens",
    "Maes",
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Martin",
    "Bernard",
    "Dubois",
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "van der Meer",
    "Hoekstra",
    "Dekker",
    "Vermeulen",
    "Oosterhuis",
    "Kuipers",
    "Lefèvre",
];
const STREETS: &[&str] = &[
    "Dorpsstraat",
    "Kerkstraat",
    "Molenweg",
    "Stationsweg",
    "Hauptstraße",
    "Rue Pasteur",
    "High Street",
    "Station Road",
    "Lindenlaan",
    "Beatrixlaan",
    "Schoolstraat",
    "Parkweg",
];
const CITIES: &[&str] = &[
    "Amsterdam",
    "Utrecht",
    "Zwolle",
    "Gent",
    "Antwerpen",
    "Köln",
    "Berlin",
    "Lyon",
    "Leeds",
    "York",
    "Delft",
    "Leiden",
    "Haarlem",
    "Ede",
];

fn typo(rng: &mut Rng, s: &str) -> String {
    let mut c: Vec<char> = s.chars().collect();
    if c.len() > 3 {
        let i = 1 + rng.below(c.len() - 2);
        c.swap(i, i + 1);
    }
    c.into_iter().collect()
}

/// `n` records (ids `r0`, `r1`, ...), seeded.
pub fn records(n: usize, seed: u64) -> Vec<Record> {
    let mut rng = Rng::new(seed);
    let mut out: Vec<Record> = Vec::with_capacity(n);
    while out.len() < n {
        // A household of 1-3 people at one address.
        let suffix = [
            "", "s", "ink", "ema", "stra", "huis", "man", "er", "sen", "ing",
        ][rng.below(10)];
        let family = format!("{}{suffix}", rng.pick(FAMILY));
        let family = family.as_str();
        let street = rng.pick(STREETS);
        let city = rng.pick(CITIES);
        let pc = format!(
            "{} {}",
            1000 + rng.below(9000),
            ["AB", "CD", "EF", "GH"][rng.below(4)]
        );
        let number = (1 + rng.below(300)).to_string();
        let landline = format!("+3120{:07}", rng.below(10_000_000));
        for _ in 0..=rng.below(3) {
            let given = rng.pick(GIVEN);
            let mobile = format!("+316{:08}", rng.below(100_000_000));
            let email = format!(
                "{}.{}{}@example.nl",
                given.to_lowercase(),
                family.replace(' ', "").to_lowercase(),
                rng.below(1000)
            );
            let base = Record::new(format!("r{}", out.len()))
                .given_name(given)
                .family_name(family)
                .street(street)
                .house_number(number.clone())
                .postcode(pc.clone())
                .city(city)
                .phone([mobile.clone(), landline.clone()])
                .email([email.clone()]);
            out.push(base);
            if rng.chance(0.3) && out.len() < n {
                let g = if rng.chance(0.5) {
                    typo(&mut rng, given)
                } else {
                    given.to_owned()
                };
                let f = if rng.chance(0.3) {
                    typo(&mut rng, family)
                } else {
                    family.to_owned()
                };
                let mut d = Record::new(format!("r{}", out.len()))
                    .given_name(g)
                    .family_name(f)
                    .postcode(pc.replace(' ', ""))
                    .house_number(number.clone())
                    .city(city);
                if rng.chance(0.6) {
                    d = d.email([email.to_uppercase()]);
                }
                if rng.chance(0.5) {
                    d = d.phone([mobile]);
                }
                out.push(d);
            }
        }
    }
    out.truncate(n);
    out
}
