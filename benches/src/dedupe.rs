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
    record_stream(n, seed).collect()
}

/// The records of [`records`], made one household at a time (the input of a run that never
/// holds its records).
pub fn record_stream(n: usize, seed: u64) -> RecordStream {
    RecordStream {
        rng: Rng::new(seed),
        n,
        made: 0,
        given: 0,
        buf: std::collections::VecDeque::new(),
    }
}

/// An iterator over generated records; see [`record_stream`].
pub struct RecordStream {
    rng: Rng,
    n: usize,
    /// Records made so far (the next id).
    made: usize,
    /// Records handed out so far.
    given: usize,
    buf: std::collections::VecDeque<Record>,
}

impl Iterator for RecordStream {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        if self.given >= self.n {
            return None;
        }
        if self.buf.is_empty() {
            self.household();
        }
        self.given += 1;
        self.buf.pop_front()
    }
}

impl RecordStream {
    /// Makes the next household (and its duplicates) into the buffer.
    fn household(&mut self) {
        let n = self.n;
        let rng = &mut self.rng;
        let out = &mut self.buf;
        let made = &mut self.made;
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
            let base = Record::new(format!("r{made}"))
                .given_name(given)
                .family_name(family)
                .street(street)
                .house_number(number.clone())
                .postcode(pc.clone())
                .city(city)
                .phone([mobile.clone(), landline.clone()])
                .email([email.clone()]);
            out.push_back(base);
            *made += 1;
            if rng.chance(0.3) && *made < n {
                let g = if rng.chance(0.5) {
                    typo(rng, given)
                } else {
                    given.to_owned()
                };
                let f = if rng.chance(0.3) {
                    typo(rng, family)
                } else {
                    family.to_owned()
                };
                let mut d = Record::new(format!("r{made}"))
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
                out.push_back(d);
                *made += 1;
            }
        }
    }
}
