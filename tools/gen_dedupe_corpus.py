#!/usr/bin/env python3
"""Generate testdata/dedupe/corpus.jsonl: a synthetic European CRM contact file with known truth.

Synthetic, no real personal data: names, streets and companies are drawn from small pools of
common words written for this generator; numbers (postcodes, phones, registration numbers) are
random. Seeded and deterministic: `python3 tools/gen_dedupe_corpus.py` rewrites the file, and a
regenerated file is reviewed as a diff.

What it makes (per country NL, BE, DE, FR, GB):
- households of 1-4 people sharing a family name (mostly), an address and a landline, each with
  their own given name, mobile and e-mail (sometimes one shared family address);
- companies with 2-8 colleagues sharing the organisation, office address, switchboard and mail
  domain (firstname.lastname@domain);
- duplicates of about 35 % of the people (1-3 extra copies, Zipf-like), each copy with recorded
  corruption operators: typo, diacritics lost, nickname/roepnaam, initials, swapped order,
  "Family, Given" form, married name, moved address, changed e-mail, missing fields, other
  phone format, tussenvoegsel written differently.

Every record carries `truth`: `entity` (same person), `household`, `company`, and `ops` (the
corruption operators applied). Usage: tools/gen_dedupe_corpus.py [--people N] [--seed S] [--out PATH]
"""

import argparse
import json
import random
import unicodedata
from pathlib import Path

GIVEN = {
    "nl": {
        "m": ["Jan", "Pieter", "Kees", "Henk", "Willem", "Gerrit", "Johannes", "Cornelis", "Hendrik",
              "Jacobus", "Thijs", "Daan", "Bram", "Joost", "Maarten", "Sander", "Ruud", "Wouter",
              "Bart", "Erik", "Niels", "Koen", "Jeroen", "Arjen", "Sjoerd", "Teun", "Ruben", "Lars"],
        "f": ["Anna", "Maria", "Johanna", "Els", "Ingrid", "Marieke", "Sanne", "Fleur", "Lotte",
              "Femke", "Annemiek", "Wilhelmina", "Catharina", "Geertruida", "Petra", "Linda",
              "Esther", "Ilse", "Marloes", "Eva", "Noor", "Lieke", "Anouk", "Margriet", "Heleen"],
    },
    "be": {
        "m": ["Jef", "Luc", "Dirk", "Koen", "Wim", "Geert", "Bart", "Stijn", "Pieter", "Jan",
              "Frederik", "Tom", "Jens", "Wouter", "Kris", "Filip", "Mathieu", "Olivier", "Andre"],
        "f": ["An", "Els", "Katrien", "Sofie", "Lies", "Griet", "Annelies", "Veerle", "Hilde",
              "Ine", "Nathalie", "Elise", "Marie", "Leen", "Joke", "Sarah", "Lotte"],
    },
    "de": {
        "m": ["Hans", "Jürgen", "Klaus", "Wolfgang", "Stefan", "Thomas", "Michael", "Andreas",
              "Frank", "Uwe", "Matthias", "Jörg", "Günther", "Friedrich", "Lukas", "Jonas"],
        "f": ["Ursula", "Monika", "Sabine", "Petra", "Claudia", "Andrea", "Katrin", "Anja",
              "Jutta", "Gisela", "Brigitte", "Susanne", "Lena", "Hannah", "Jülide", "Bärbel"],
    },
    "fr": {
        "m": ["Jean", "Pierre", "François", "Michel", "Philippe", "Nicolas", "Julien", "Stéphane",
              "Éric", "Laurent", "Olivier", "Sébastien", "Théo", "Hugo", "Louis", "Gaël"],
        "f": ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Céline",
              "Hélène", "Émilie", "Chloé", "Léa", "Manon", "Camille", "Anaïs", "Aurélie"],
    },
    "gb": {
        "m": ["John", "David", "Michael", "Robert", "William", "James", "Richard", "Thomas",
              "Christopher", "Daniel", "Matthew", "Andrew", "Edward", "George", "Oliver", "Harry"],
        "f": ["Mary", "Elizabeth", "Sarah", "Margaret", "Susan", "Catherine", "Emma", "Charlotte",
              "Rebecca", "Victoria", "Jennifer", "Jessica", "Amelia", "Olivia", "Sophie", "Lucy"],
    },
}

# name -> nicknames / roepnamen (subset of the core's table; the core decides what matches)
NICK = {
    "Johannes": ["Jan", "Hans", "Johan"], "Cornelis": ["Kees", "Cor"], "Hendrik": ["Henk", "Rik"],
    "Jacobus": ["Jaap", "Koos"], "Pieter": ["Piet"], "Willem": ["Wim", "Pim"],
    "Wilhelmina": ["Wil", "Mien"], "Catharina": ["Toos", "Tineke"], "Geertruida": ["Truus"],
    "Johanna": ["Hanneke", "Jo"], "Maria": ["Mies", "Ria"], "Gerrit": ["Gert"], "Thijs": ["Matthijs"],
    "Bram": ["Abraham"], "Sander": ["Alexander"], "Robert": ["Bob", "Rob"], "William": ["Bill", "Will"],
    "Richard": ["Rick"], "Elizabeth": ["Liz", "Beth"], "Margaret": ["Maggie", "Peggy"],
    "Christopher": ["Chris"], "Daniel": ["Dan"], "Matthew": ["Matt"], "Andrew": ["Andy"],
    "Edward": ["Ed", "Ted"], "Rebecca": ["Becky"], "Victoria": ["Vicky"], "Jennifer": ["Jenny"],
    "Michael": ["Mike"], "Thomas": ["Tom"], "Friedrich": ["Fritz"], "Wolfgang": ["Wolf"],
    "Nicolas": ["Nico"], "Katrien": ["Catharina"], "Frederik": ["Freek"], "Margriet": ["Greet"],
    "Susan": ["Sue"], "Jessica": ["Jess"], "Lucy": ["Lucie"], "Heleen": ["Helena"],
}

FAMILY = {
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "van Dijk", "Visser", "Smit", "Meijer",
           "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
           "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
           "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
           "van den Broek", "de Bruijn", "de Jong", "Schouten", "van Beek", "Willems", "van Vliet",
           "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "Prins", "Blom", "Huisman",
           "Oosterhuis", "Kuipers", "van Wijk", "Bijl", "ter Horst", "in 't Veld", "Zwart", "Wolters"],
    "be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
           "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Van Damme", "Vandevelde",
           "Van de Velde", "De Clercq", "Vermeersch", "Van den Broeck", "Declercq", "Desmet"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
           "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
           "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann",
           "von Weizsäcker", "Groß", "Köhler", "Weiß"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
           "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "García", "David",
           "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre",
           "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martínez", "Le Gall", "de la Fontaine"],
    "gb": ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
           "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
           "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood",
           "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "O'Brien"],
}

STREETS = {
    "nl": ["Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Hoofdstraat",
           "Julianastraat", "Beatrixlaan", "Nieuwstraat", "Marktplein", "Emmalaan", "Lindenlaan",
           "Parkweg", "Kastanjelaan", "Prins Hendrikkade", "Eikenlaan", "Wilhelminastraat"],
    "be": ["Kerkstraat", "Stationsstraat", "Dorpstraat", "Molenstraat", "Nieuwstraat", "Schoolstraat",
           "Rue de la Gare", "Rue de l'Église", "Grote Markt", "Kapelstraat", "Veldstraat"],
    "de": ["Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße",
           "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Mühlenweg", "Goethestraße"],
    "fr": ["Rue de la République", "Rue Victor Hugo", "Avenue Jean Jaurès", "Rue Pasteur",
           "Place de la Mairie", "Grande Rue", "Rue de l'Église", "Boulevard Gambetta", "Rue du Moulin"],
    "gb": ["High Street", "Station Road", "Church Lane", "Main Street", "Park Road", "Victoria Road",
           "Green Lane", "Manor Road", "Church Street", "Mill Lane", "Kings Road", "Queens Road"],
}

CITIES = {
    "nl": ["Amsterdam", "Utrecht", "Zwolle", "Groningen", "Haarlem", "Leiden", "Delft", "Ede",
           "Amersfoort", "Apeldoorn", "'s-Hertogenbosch", "Den Haag", "Deventer", "IJsselstein"],
    "be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen", "Hasselt", "Liège", "Namur", "Aalst"],
    "de": ["Berlin", "München", "Köln", "Hamburg", "Düsseldorf", "Münster", "Essen", "Bremen", "Kiel"],
    "fr": ["Paris", "Lyon", "Lille", "Nantes", "Rennes", "Bordeaux", "Toulouse", "Strasbourg", "Nîmes"],
    "gb": ["London", "Leeds", "York", "Bristol", "Manchester", "Oxford", "Cambridge", "Bath", "Derby"],
}

ORG_WORDS = ["Alfa", "Noorder", "Delta", "Horizon", "Polder", "Zeeland", "Vitalis", "Kroon", "Linde",
             "Atlas", "Orion", "Nova", "Eiken", "Brug", "Helder", "Rijn", "Maas", "Duin", "Kompas",
             "Vector", "Zenit", "Arcus", "Fjord", "Lumen", "Pilaar", "Sterk", "Ankers", "Globe"]
ORG_KIND = ["Techniek", "Bouw", "Advies", "Logistics", "Software", "Zorg", "Media", "Installatie",
            "Consult", "Systems", "Transport", "Energie", "Metaal", "Design"]
LEGAL = {"nl": ["B.V.", "BV", "N.V.", "V.O.F."], "be": ["BV", "NV", "SRL", "BVBA"],
         "de": ["GmbH", "AG", "GmbH & Co. KG", "UG (haftungsbeschränkt)"], "fr": ["SARL", "SAS", "SA"],
         "gb": ["Ltd", "Limited", "PLC", "LLP"]}
TLD = {"nl": "nl", "be": "be", "de": "de", "fr": "fr", "gb": "co.uk"}
FREE = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com"],
        "be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com"],
        "de": ["gmx.de", "web.de", "gmail.com", "t-online.de"],
        "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
        "gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk"]}
CC = {"nl": "31", "be": "32", "de": "49", "fr": "33", "gb": "44"}
MOBILE = {"nl": "6", "be": "47", "de": "151", "fr": "6", "gb": "7"}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def ascii_local(s):
    s = strip_accents(s).lower().replace("'", "").replace("ß", "ss")
    return "".join(c for c in s if c.isalnum() or c == " ").strip().replace(" ", "")


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.next_id = 0
        self.entity = 0
        self.mailboxes = set()

    def unique_mail(self, local, domain):
        """A mailbox no other person has (two namesakes get different addresses)."""
        m = f"{local}@{domain}"
        while m in self.mailboxes:
            m = f"{local}{self.r.randint(1, 999)}@{domain}"
        self.mailboxes.add(m)
        return m

    def postcode(self, cc):
        r = self.r
        if cc == "nl":
            return f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if cc == "be":
            return str(r.randint(1000, 9999))
        if cc in ("de", "fr"):
            return f"{r.randint(1000, 99999):05d}"
        return f"{r.choice(['SW', 'LS', 'YO', 'BS', 'M', 'OX', 'CB', 'BA'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def address(self, cc):
        r = self.r
        return {"street": r.choice(STREETS[cc]), "house_number": str(r.randint(1, 250)) + (r.choice(["", "", "", "a", "b"])),
                "postcode": self.postcode(cc), "city": r.choice(CITIES[cc]), "country": cc.upper()}

    def phone(self, cc, mobile):
        r = self.r
        if mobile:
            n = MOBILE[cc] + "".join(str(r.randint(0, 9)) for _ in range(9 - len(MOBILE[cc]) + (1 if cc in ("de", "gb") else 0)))
        else:
            n = str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        return f"+{CC[cc]}{n}"

    def fmt_phone(self, e164):
        """Another way of writing the same number (still international)."""
        r = self.r
        d = e164[1:]
        c = r.random()
        if c < 0.4:
            return "00" + d
        if c < 0.8:
            return "+" + d[:2] + " " + " ".join(d[i:i + 3] for i in range(2, len(d), 3))
        return e164

    def new_id(self):
        self.next_id += 1
        return f"r{self.next_id:05d}"

    # ---- corruption operators ----
    def typo(self, s):
        r = self.r
        if len(s) < 4:
            return s
        i = r.randint(1, len(s) - 2)
        op = r.random()
        if op < 0.3:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if op < 0.6:
            return s[:i] + s[i + 1:]
        if op < 0.8:
            return s[:i] + s[i] + s[i:]
        return s[:i] + r.choice("aeioulnrst") + s[i + 1:]

    def corrupt(self, p, cc):
        r = self.r
        q = json.loads(json.dumps(p))
        ops = []
        k = r.choice([1, 1, 2, 2, 3])
        choices = ["typo_given", "typo_family", "accents", "nickname", "initials", "swap_form",
                   "married", "moved", "email_change", "email_missing", "phone_missing",
                   "phone_format", "case", "tussenvoegsel", "full_name"]
        for op in r.sample(choices, k):
            if op == "typo_given" and q.get("given_name"):
                q["given_name"] = self.typo(q["given_name"])
            elif op == "typo_family" and q.get("family_name"):
                q["family_name"] = self.typo(q["family_name"])
            elif op == "accents":
                for f in ("given_name", "family_name", "street", "city"):
                    if q.get(f):
                        q[f] = strip_accents(q[f])
            elif op == "nickname" and q.get("given_name") in NICK:
                q["given_name"] = r.choice(NICK[q["given_name"]])
            elif op == "initials" and q.get("given_name"):
                q["given_name"] = q["given_name"][0] + "."
            elif op == "swap_form" and q.get("given_name") and q.get("family_name"):
                q["full_name"] = f"{q.pop('family_name')}, {q.pop('given_name')}"
            elif op == "married" and p.get("partner_family") and q.get("family_name"):
                pf = p["partner_family"]
                q["family_name"] = r.choice([pf, f"{pf}-{q['family_name']}", f"{q['family_name']}-{pf}"])
            elif op == "moved":
                q.update(self.address(cc))
                if q.get("phone"):
                    q["phone"] = [x for x in q["phone"] if x != p.get("landline")]
            elif op == "email_change" and q.get("email"):
                local = q["email"][0].split("@")[0]
                q["email"] = [f"{local}@{r.choice(FREE[cc])}"] if r.random() < 0.5 else [f"{local}{r.randint(1, 99)}@{r.choice(FREE[cc])}"]
            elif op == "email_missing":
                q.pop("email", None)
            elif op == "phone_missing":
                q.pop("phone", None)
            elif op == "phone_format" and q.get("phone"):
                q["phone"] = [self.fmt_phone(x) for x in q["phone"]]
            elif op == "case":
                for f in ("given_name", "family_name"):
                    if q.get(f):
                        q[f] = q[f].upper() if r.random() < 0.5 else q[f].lower()
            elif op == "tussenvoegsel" and q.get("family_name", "").lower().startswith("van de"):
                fam = q["family_name"]
                q["family_name"] = r.choice(["v.d. " + fam.split()[-1], "vd " + fam.split()[-1], fam.replace(" ", "")])
            elif op == "full_name" and q.get("given_name") and q.get("family_name"):
                q["full_name"] = f"{q.pop('given_name')} {q.pop('family_name')}"
            else:
                continue
            ops.append(op)
        return q, ops

    def person(self, cc, sex, family, address, landline, org=None, domain=None, switchboard=None, avoid=()):
        r = self.r
        # Two members of one household or company never share a given name.
        given = r.choice([x for x in GIVEN[cc][sex] if x not in avoid])
        self.entity += 1
        p = {"given_name": given, "family_name": family, **address}
        phones = []
        if r.random() < 0.7:
            phones.append(self.phone(cc, True))
        if landline and r.random() < 0.6:
            phones.append(landline)
        if switchboard:
            phones.append(switchboard)
        if phones:
            p["phone"] = phones
        if domain:
            p["email"] = [self.unique_mail(f"{ascii_local(given)}.{ascii_local(family)}", domain)]
        elif r.random() < 0.8:
            sep = r.choice([".", "", "_"])
            p["email"] = [self.unique_mail(f"{ascii_local(given)}{sep}{ascii_local(family)}{r.choice(['', str(r.randint(1, 99))])}", r.choice(FREE[cc]))]
        if org:
            p["organisation"] = org
        if r.random() < 0.3:
            p["date_of_birth"] = f"{r.randint(1940, 2004)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return self.entity, p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=2400)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "testdata" / "dedupe" / "corpus.jsonl"))
    a = ap.parse_args()
    g = Gen(a.seed)
    r = g.r
    base = []  # (entity, household, company, cc, record, partner_family)
    hh = 0
    co = 0
    while len(base) < a.people:
        cc = r.choice(["nl", "nl", "nl", "be", "de", "fr", "gb"])
        if r.random() < 0.7:
            hh += 1
            family = r.choice(FAMILY[cc])
            addr = g.address(cc)
            landline = g.phone(cc, False) if r.random() < 0.6 else None
            size = r.choice([1, 1, 2, 2, 2, 3, 3, 4])
            partner_family = r.choice(FAMILY[cc])
            shared_mail = g.unique_mail(f"fam{ascii_local(family)}", r.choice(FREE[cc])) if r.random() < 0.15 else None
            used = []
            for k in range(size):
                sex = "m" if (k % 2 == 0) == (r.random() < 0.5) else "f"
                fam = partner_family if (k == 1 and r.random() < 0.3) else family
                e, p = g.person(cc, sex, fam, addr, landline, avoid=used)
                used.append(p["given_name"])
                if shared_mail and k < 2:
                    p["email"] = [shared_mail]
                p["partner_family"] = partner_family if fam == family else family
                base.append((e, f"h{hh}", None, cc, p))
        else:
            co += 1
            word = r.choice(ORG_WORDS) + " " + r.choice(ORG_KIND)
            org = f"{word} {r.choice(LEGAL[cc])}"
            domain = ascii_local(word) + "." + TLD[cc]
            addr = g.address(cc)
            switch = g.phone(cc, False)
            kvk = str(r.randint(10000000, 99999999))
            used = []
            for _ in range(r.choice([2, 3, 4, 5, 8])):
                e, p = g.person(cc, r.choice("mf"), r.choice(FAMILY[cc]), addr, None, org, domain, switch, avoid=used)
                used.append(p["given_name"])
                if r.random() < 0.3:
                    p["registration"] = [kvk]
                base.append((e, None, f"c{co}", cc, p))
    out = []
    for e, h, c, cc, p in base:
        copies = 0
        if r.random() < 0.35:
            copies = r.choice([1, 1, 1, 1, 2, 2, 3])
        variants = [(p, [])] + [g.corrupt(p, cc) for _ in range(copies)]
        for q, ops in variants:
            rec = {k: v for k, v in q.items() if k != "partner_family"}
            rec = {"id": g.new_id(), **rec, "source": r.choice(["crm", "webshop", "events"])}
            rec["truth"] = {"entity": e, "household": h, "company": c, "ops": ops}
            out.append(rec)
    r.shuffle(out)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(out)} records, {len(base)} people, {hh} households, {co} companies -> {a.out}")


if __name__ == "__main__":
    main()
