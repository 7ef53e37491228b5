#!/usr/bin/env python3
"""Generate examples/data/contacts.csv: a synthetic, messy Dutch/Belgian/German CRM export.

Every person, company, street and address in the output is made up by this script from small
lists of common given names, family names and generic street names, combined at random. Company
e-mail domains live under the reserved `.example` top-level domain (RFC 2606); private addresses use
common mail-provider domains with invented local parts. Phone numbers are random digits in the
national formats. No real personal data is used or produced.

The mess imitates what real CRM exports carry: Dutch header names, typo'd mail domains, several
values in one field, labels inside phone fields, `mailto:` and display names, trailing spaces and
NBSP, upper-case rows, IDN domains, Belgian and German rows with their own conventions, the same
person 2-5 times from different sources, households, colleagues, empty fields, junk rows and
quoted fields with commas and newlines.

Usage:
    python3 tools/gen_contacts.py                       # writes examples/data/contacts.csv
    python3 tools/gen_contacts.py --rows 100000 --out /tmp/contacts-100k.csv

The output is a pure function of --seed and --rows (standard library only; stable across
CPython 3.8+ because only `random.Random` with an integer seed and lists are used).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys

DEFAULT_SEED = 20261123
DEFAULT_ROWS = 1300

HEADER = [
    "Relatienummer",
    "Bron",
    "Voornaam",
    "Tussenvoegsel",
    "Achternaam",
    "Bedrijf",
    "Functie",
    "Straat",
    "Huisnummer",
    "Toevoeging",
    "Postcode",
    "Woonplaats",
    "Land",
    "Telefoon",
    "Mobiel",
    "E-mailadres",
    "E-mailadres 2",
    "Geboortedatum",
    "Opmerkingen",
]

SOURCES = ["Webshop", "Beurs 2025", "Excel Sales", "Nieuwsbrief", "Oud CRM", "Website formulier"]

# --- names (common given and family names; combinations are random) -------------------------

NL_GIVEN_M = ["Jan", "Pieter", "Kees", "Henk", "Willem", "Dirk", "Bram", "Daan", "Sander", "Ruben",
              "Thijs", "Joost", "Maarten", "Bas", "Lars", "Jeroen", "Wouter", "Koen", "Erik", "Ruud"]
NL_GIVEN_F = ["Anna", "Sanne", "Lotte", "Eva", "Femke", "Marieke", "Ingrid", "Els", "Anouk", "Iris",
              "Noor", "Fleur", "Linda", "Petra", "Saskia", "Mirjam", "Yvonne", "Esther", "Karin", "Zoë"]
NL_FAMILY = [("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
             ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
             ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"),
             ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"),
             ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"),
             ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"),
             ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("", "Schouten"),
             ("ter", "Horst"), ("in 't", "Veld"), ("", "Willems"), ("van", "Vliet"), ("", "Hoekstra")]
# Formal given names and the short forms people actually use (for duplicates).
NL_NICKNAMES = {"Johannes": ["Jan", "Hans", "Johan"], "Cornelis": ["Kees", "Cor"],
                "Hendrik": ["Henk", "Hein"], "Wilhelmus": ["Wim", "Willem"],
                "Elisabeth": ["Els", "Lisa", "Liesbeth"], "Margaretha": ["Greet", "Margriet"],
                "Jacobus": ["Koos", "Jaap"], "Petronella": ["Nel", "Petra"],
                "Catharina": ["Karin", "Ria"], "Theodorus": ["Theo", "Ruud"]}
BE_GIVEN = ["Lucas", "Arne", "Wout", "Jef", "Stijn", "Pieter-Jan", "Lieven", "Geert", "Dries",
            "Elke", "Lien", "Griet", "An", "Sofie", "Hanne", "Ine", "Nathalie", "Marie", "Émilie",
            "Jérôme", "François", "Hélène", "Céline", "Benoît"]
BE_FAMILY = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
             "Wouters", "De Smet", "Van Damme", "Vermeersch", "De Clercq", "Van de Velde",
             "Dubois", "Lambert", "Dupont", "Lejeune", "Van den Bossche", "Verstraete", "D'Hondt"]
DE_GIVEN = ["Lukas", "Jonas", "Felix", "Maximilian", "Jürgen", "Klaus", "Stefan", "Tobias",
            "Sabine", "Ursula", "Katrin", "Jana", "Lea", "Jörg", "Björn", "Anja", "Birgit", "Uwe"]
DE_FAMILY = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
             "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
             "Schröder", "Neumann", "Schwarz", "Zimmermann", "Krüger", "Hartmann", "Weiß", "Groß",
             "von Berg", "Lange", "Köhler"]

# --- places (generic street names; real towns are public geography, not personal data) ----

NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Stationsweg",
              "Julianalaan", "Beatrixstraat", "Lindelaan", "Eikenlaan", "Kastanjelaan",
              "Nieuwstraat", "Marktplein", "Burgemeester de Withstraat", "Prins Hendrikkade",
              "Sportlaan", "Parkweg", "Tuinstraat", "Eerste Oosterparkstraat", "Zuiderhavenweg",
              "Vlinderhof", "Merelstraat", "Rozengracht", "Van Goghlaan", "Groenezoom"]
NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("'s-Gravenhage", "25"),
             ("Utrecht", "35"), ("Eindhoven", "56"), ("Groningen", "97"), ("Tilburg", "50"),
             ("Almere", "13"), ("Breda", "48"), ("Nijmegen", "65"), ("Haarlem", "20"),
             ("Arnhem", "68"), ("Zwolle", "80"), ("Leiden", "23"), ("Maastricht", "62"),
             ("'s-Hertogenbosch", "52"), ("Delft", "26"), ("Apeldoorn", "73"), ("Amersfoort", "38")]
NL_AREA = {"Amsterdam": "020", "Rotterdam": "010", "Den Haag": "070", "'s-Gravenhage": "070",
           "Utrecht": "030", "Eindhoven": "040", "Groningen": "050", "Tilburg": "013",
           "Almere": "036", "Breda": "076", "Nijmegen": "024", "Haarlem": "023", "Arnhem": "026",
           "Zwolle": "038", "Leiden": "071", "Maastricht": "043", "'s-Hertogenbosch": "073",
           "Delft": "015", "Apeldoorn": "055", "Amersfoort": "033"}
BE_STREETS = ["Kerkstraat", "Stationsstraat", "Dorpstraat", "Molenstraat", "Schoolstraat",
              "Nieuwstraat", "Rue de la Station", "Rue de l'Église", "Chaussée de Bruxelles",
              "Avenue Louise", "Grote Markt", "Kapelstraat", "Veldstraat", "Lindenlaan"]
BE_CITIES = [("Antwerpen", "2000", "03"), ("Gent", "9000", "09"), ("Brugge", "8000", "050"),
             ("Leuven", "3000", "016"), ("Mechelen", "2800", "015"), ("Hasselt", "3500", "011"),
             ("Brussel", "1000", "02"), ("Bruxelles", "1000", "02"), ("Liège", "4000", "04"),
             ("Namur", "5000", "081"), ("Kortrijk", "8500", "056"), ("Aalst", "9300", "053")]
DE_STREETS = ["Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße",
              "Bergstraße", "Lindenstraße", "Kirchstraße", "Am Markt", "Goethestraße",
              "Schillerstraße", "Rosenweg", "Birkenweg", "Mühlenweg"]
DE_CITIES = [("Berlin", "10", "030"), ("Hamburg", "20", "040"), ("München", "80", "089"),
             ("Köln", "50", "0221"), ("Düsseldorf", "40", "0211"), ("Aachen", "52", "0241"),
             ("Münster", "48", "0251"), ("Essen", "45", "0201"), ("Frankfurt am Main", "60", "069"),
             ("Bonn", "53", "0228"), ("Kleve", "47", "02821"), ("Oldenburg", "26", "0441")]

COUNTRY_SPELLINGS = {
    "NL": ["Nederland", "Nederland", "Nederland", "NL", "nederland", "Netherlands", "NLD", "",
           "Holland"],
    "BE": ["België", "Belgie", "BE", "Belgium", "Belgique", "B", "belgië"],
    "DE": ["Duitsland", "Deutschland", "DE", "Germany", "D", "duitsland"],
}

# --- mail --------------------------------------------------------------------------------------

FREE_PROVIDERS = {
    "NL": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
           "planet.nl", "xs4all.nl", "hetnet.nl", "home.nl", "hotmail.nl", "icloud.com"],
    "BE": ["gmail.com", "hotmail.com", "telenet.be", "skynet.be", "proximus.be", "outlook.be"],
    "DE": ["gmail.com", "gmx.de", "web.de", "t-online.de", "freenet.de", "googlemail.com",
           "outlook.de"],
}
DOMAIN_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.con", "gmal.com", "gmail.co", "gmaill.com", "gnail.com"],
    "hotmail.com": ["hotmial.com", "hotmail.con", "hotmal.com", "hotmai.com"],
    "outlook.com": ["outlok.com", "outllok.com"],
    "ziggo.nl": ["zigo.nl", "ziggo.n"],
    "kpnmail.nl": ["kpnmial.nl"],
    "telenet.be": ["telenet.b", "telnet.be"],
    "gmx.de": ["gmx.d", "gmx.dee"],
    "web.de": ["web.d"],
}
DISPOSABLE = ["mailinator.com", "yopmail.com", "guerrillamail.com", "10minutemail.com"]
ROLE_LOCALS = ["info", "administratie", "boekhouding", "facturen", "verkoop", "sales", "office",
               "noreply", "receptie", "kontakt", "buchhaltung", "contact", "support"]
JUNK_EMAILS = ["n.v.t.", "-", "geen", "onbekend", "?", "x", "nvt", "geen e-mail", "volgt",
               "asdf@asdf", "test", "0"]

COMPANY_WORDS_NL = ["Bakkerij", "Installatiebedrijf", "Schildersbedrijf", "Adviesgroep",
                    "Transport", "Hoveniers", "Techniek", "Bouwbedrijf", "Accountants",
                    "Drukkerij", "Makelaardij", "Tandartspraktijk"]
COMPANY_WORDS_DE = ["Bäckerei", "Elektro", "Metallbau", "Steuerberatung", "Spedition", "Malerei",
                    "Autohaus"]
COMPANY_WORDS_BE = ["Brouwerij", "Schrijnwerkerij", "Boekhoudkantoor", "Garage", "Transport",
                    "Bureau d'études"]
LEGAL_NL = ["B.V.", "BV", "b.v.", "V.O.F.", "& Zn.", "Holding B.V.", ""]
LEGAL_BE = ["BV", "NV", "bvba", "SRL", "sprl", "CommV"]
LEGAL_DE = ["GmbH", "GmbH & Co. KG", "KG", "e.K.", "AG", "OHG"]
FUNCTIONS = ["Directeur", "Inkoper", "Office manager", "Eigenaar", "Boekhouder", "Verkoper",
             "Geschäftsführer", "Einkauf", "Zaakvoerder", "", "", "", "DGA", "Projectleider"]
NOTES = [
    "", "", "", "", "", "", "", "", "",
    "Belt terug na 17:00, vraagt naar offerte",
    "Klant sinds 2014; heeft 2x gebeld",
    "Let op: geen post sturen\nAlleen per e-mail",
    "Adres gewijzigd per 1-1, zie nieuwe gegevens",
    "\"VIP\" klant, altijd persoonlijk contact",
    "Factuur naar hoofdkantoor, t.a.v. administratie",
    "Dubbel? Zie ook andere inschrijving",
    "Nieuwsbrief afgemeld",
    "Spreekt alleen Duits",
    "Contact via beurs, interesse in product A, B en C",
    "Opmerking:\n- wil gebeld worden\n- niet voor 10 uur",
    "Verhuisd, nieuw adres onbekend",
    "Rückruf erbeten",
    "Parle français",
]


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.next_id = {"Webshop": 1000, "Beurs 2025": 1, "Excel Sales": 1, "Nieuwsbrief": 1,
                        "Oud CRM": 50000, "Website formulier": 1}

    # -- helpers ------------------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def row_id(self, source: str) -> str:
        n = self.next_id[source]
        self.next_id[source] = n + 1
        prefix = {"Webshop": "WEB-", "Beurs 2025": "BRS25-", "Excel Sales": "XLS",
                  "Nieuwsbrief": "NB", "Oud CRM": "", "Website formulier": "WF-"}[source]
        width = {"Webshop": 5, "Beurs 2025": 4, "Excel Sales": 4, "Nieuwsbrief": 5, "Oud CRM": 0,
                 "Website formulier": 5}[source]
        return f"{prefix}{n:0{width}d}" if width else f"{prefix}{n}"

    # -- people ---------------------------------------------------------------------------------
    def person(self, country: str) -> dict:
        r = self.r
        p: dict = {"country": country}
        if country == "NL":
            if self.chance(0.12):
                formal = r.choice(list(NL_NICKNAMES))
                p["given"] = r.choice(NL_NICKNAMES[formal])
                p["formal"] = formal
            else:
                p["given"] = r.choice(NL_GIVEN_M + NL_GIVEN_F)
            p["prefix"], p["family"] = r.choice(NL_FAMILY)
        elif country == "BE":
            p["given"] = r.choice(BE_GIVEN)
            p["prefix"], p["family"] = "", r.choice(BE_FAMILY)
        else:
            p["given"] = r.choice(DE_GIVEN)
            fam = r.choice(DE_FAMILY)
            if fam.startswith("von "):
                p["prefix"], p["family"] = "von", fam[4:]
            else:
                p["prefix"], p["family"] = "", fam
        p["dob"] = (r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)) if self.chance(0.55) else None
        p["address"] = self.address(country)
        p["mobile"] = self.mobile(country)
        p["landline"] = self.landline(country, p["address"]["city"]) if self.chance(0.45) else None
        p["email"] = self.private_email(p) if self.chance(0.85) else None
        p["company"] = None
        return p

    def address(self, country: str) -> dict:
        r = self.r
        if country == "NL":
            city, pc2 = r.choice(NL_CITIES)
            postcode = f"{pc2}{r.randint(10, 99)} {r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
            unit = r.choice(["", "", "", "", "", "A", "B", "2", "hs", "bis", "-1", "III", "zw"])
            return {"street": r.choice(NL_STREETS), "number": str(r.randint(1, 250)), "unit": unit,
                    "postcode": postcode, "city": city}
        if country == "BE":
            city, pc, _ = r.choice(BE_CITIES)
            unit = r.choice(["", "", "", "bus 3", "bus 12", "b1", "bte 2"])
            return {"street": r.choice(BE_STREETS), "number": str(r.randint(1, 180)), "unit": unit,
                    "postcode": pc, "city": city}
        city, pc2, _ = r.choice(DE_CITIES)
        number = str(r.randint(1, 120)) + r.choice(["", "", "", "", "a", "b"])
        return {"street": r.choice(DE_STREETS), "number": number, "unit": "",
                "postcode": f"{pc2}{r.randint(0, 999):03d}", "city": city}

    def mobile(self, country: str) -> str:
        r = self.r
        if country == "NL":
            return "06" + r.choice("12345") + self.digits(7)
        if country == "BE":
            return "04" + r.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "84",
                                    "85", "86", "87", "88", "89", "94", "95", "96", "97", "98",
                                    "99"]) + self.digits(6)
        return "01" + r.choice(["51", "52", "57", "60", "62", "70", "71", "72", "75", "76", "77",
                                "78", "79"]) + self.digits(7 if self.chance(0.5) else 8)

    def landline(self, country: str, city: str) -> str:
        if country == "NL":
            area = NL_AREA[city]
            return area + self.digits(10 - len(area))
        if country == "BE":
            area = next(a for c, _, a in BE_CITIES if c == city)
            return area + self.digits(9 - len(area))
        area = next(a for c, _, a in DE_CITIES if c == city)
        return area + self.digits(self.r.randint(6, 8))

    @staticmethod
    def ascii_fold(s: str) -> str:
        table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e",
                               "ê": "e", "ë": "e", "ï": "i", "ô": "o", "ç": "c", "É": "E",
                               "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "'": "", " ": "", "-": "-"})
        return s.translate(table)

    def private_email(self, p: dict) -> str:
        r = self.r
        given = self.ascii_fold(p["given"]).lower()
        fam = self.ascii_fold((p["prefix"] + p["family"]).replace(" ", "")).lower()
        style = r.randint(0, 5)
        if style == 0:
            local = f"{given}.{fam}"
        elif style == 1:
            local = f"{given[0]}.{fam}"
        elif style == 2:
            local = f"{given}{fam}{r.randint(1, 99)}"
        elif style == 3:
            local = f"{given}_{fam}"
        elif style == 4:
            local = f"{fam}.{given}"
        else:
            local = f"{given}{r.randint(1960, 2005)}"
        return f"{local}@{r.choice(FREE_PROVIDERS[p['country']])}"

    # -- companies ------------------------------------------------------------------------------
    def company(self, country: str) -> dict:
        r = self.r
        if country == "NL":
            word = r.choice(COMPANY_WORDS_NL)
            owner = r.choice(NL_FAMILY)
            base = f"{word} {(owner[0] + ' ' + owner[1]).strip()}"
            legal = r.choice(LEGAL_NL)
        elif country == "BE":
            word = r.choice(COMPANY_WORDS_BE)
            base = f"{word} {r.choice(BE_FAMILY)}"
            legal = r.choice(LEGAL_BE)
        else:
            word = r.choice(COMPANY_WORDS_DE)
            base = f"{word} {r.choice(DE_FAMILY)}"
            legal = r.choice(LEGAL_DE)
        slug = base.lower().replace(" ", "-").replace("'", "").replace("&", "en")
        # Most company domains are ASCII-folded; some keep the umlaut (an IDN under .example).
        domain = (slug if self.chance(0.5) else self.ascii_fold(slug)) + ".example"
        if country == "NL" and self.chance(0.3):
            domain = self.ascii_fold(slug).replace("-", "") + ".example"
        name = f"{base} {legal}".strip()
        addr = self.address(country)
        return {"name": name, "domain": domain, "address": addr, "country": country,
                "office": self.landline(country, addr["city"])}

    # -- rendering with mess ----------------------------------------------------------------------
    def render_phone(self, number: str | None, country: str, kind: str) -> str:
        r = self.r
        if not number:
            return ""
        cc = {"NL": "31", "BE": "32", "DE": "49"}[country]
        nsn = number[1:]
        style = r.randint(0, 9)
        if country == "NL" and kind == "mobile":
            forms = [number, f"06-{number[2:]}", f"06 {number[2:4]} {number[4:6]} {number[6:8]} {number[8:]}",
                     f"+31 6 {number[2:]}", f"+31(0)6-{number[2:]}", f"0031{nsn}", f"+31{nsn}",
                     f"mob. {number}", f"06 - {number[2:]}", f"M: +316{number[2:]}"]
        elif country == "NL":
            area = next((a for a in NL_AREA.values() if number.startswith(a)), number[:3])
            rest = number[len(area):]
            forms = [number, f"{area}-{rest}", f"{area} {rest}", f"+31 {area[1:]} {rest}",
                     f"+31 (0){area[1:]} {rest}", f"Tel: {area}-{rest}", f"({area}) {rest}",
                     f"0031{nsn}", f"{area}-{rest[:3]} {rest[3:]}", f"tel. {area} - {rest}"]
        elif country == "BE":
            label = "GSM" if kind == "mobile" else "Tel.:"
            forms = [number, f"+32 {nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
                     f"{number[:4]}/{number[4:6]}.{number[6:8]}.{number[8:]}",
                     f"0032 {nsn}", f"+32{nsn}", f"{label} {number}", f"{number[:4]} {number[4:]}",
                     f"+32 (0){nsn}", f"{number[:3]}/{number[3:]}", f"{label} +32 {nsn}"]
        else:
            label = "Handy:" if kind == "mobile" else "Tel."
            forms = [number, f"+49 {nsn[:3]} {nsn[3:]}", f"0049 {nsn}", f"+49 (0){nsn}",
                     f"{number[:4]}/{number[4:]}", f"{number[:4]} - {number[4:]}",
                     f"{label} {number}", f"+49-{nsn[:3]}-{nsn[3:]}", f"{label} +49 {nsn}", number]
        return forms[style]

    def render_email(self, email: str | None, p: dict) -> str:
        """One e-mail value with the kinds of mess real exports carry."""
        r = self.r
        if not email:
            return r.choice(JUNK_EMAILS) if self.chance(0.08) else ""
        local, domain = email.split("@", 1)
        roll = r.random()
        if roll < 0.05 and domain in DOMAIN_TYPOS:
            domain = r.choice(DOMAIN_TYPOS[domain])
        elif roll < 0.08:
            local = local.upper()
            domain = domain.upper()
        elif roll < 0.10 and domain == "gmail.com":
            local = local.replace(".", "") if "." in local else local[:2] + "." + local[2:]
        elif roll < 0.12 and domain in ("gmail.com", "googlemail.com"):
            local = f"{local}+{r.choice(['nieuwsbrief', 'shop', 'crm', 'beurs'])}"
        if not domain.isascii() and self.chance(0.3):
            # The A-label (punycode) form, as some systems store IDN domains.
            domain = ".".join(l if l.isascii() else "xn--" + l.lower().encode("punycode").decode("ascii")
                              for l in domain.split("."))
        value = f"{local}@{domain}"
        roll = r.random()
        if roll < 0.04:
            value = f"mailto:{value}"
        elif roll < 0.08:
            name = " ".join(x for x in (p["given"], p.get("prefix", ""), p["family"]) if x)
            value = f'"{name}" <{value}>' if self.chance(0.5) else f"{name} <{value}>"
        elif roll < 0.12:
            value = value + r.choice([" ", "  ", "\u00a0", " \u00a0", "\t"])
        elif roll < 0.14:
            value = " " + value
        elif roll < 0.16:
            value = value + r.choice([",", ";", "."])
        elif roll < 0.17:
            value = value.replace("@", r.choice([" @ ", "(at)", " at ", "[at]"]))
        elif roll < 0.18:
            value = value.replace("@", "\uff20")
        return value

    def render_dob(self, dob: tuple | None, country: str) -> str:
        if not dob:
            return ""
        y, m, d = dob
        r = self.r
        if country == "DE":
            forms = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}"]
        else:
            forms = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}"]
        return r.choice(forms)

    def render_name(self, p: dict) -> tuple[str, str, str]:
        r = self.r
        given = p["given"]
        if "formal" in p and self.chance(0.3):
            given = p["formal"]
        prefix, family = p.get("prefix", ""), p["family"]
        style = r.random()
        if prefix and style < 0.15:
            # Prefix glued onto the family name, the tussenvoegsel column left empty.
            return given, "", f"{prefix} {family}"
        if prefix and style < 0.22:
            # "Vries, de" style, common in old Dutch systems.
            return given, "", f"{family}, {prefix}"
        if prefix and style < 0.28:
            return given, prefix.capitalize(), family
        if style < 0.32 and len(given) > 1:
            # Initials instead of a given name.
            return given[0] + ".", prefix, family
        return given, prefix, family

    def render_address(self, a: dict, country: str) -> tuple[str, str, str, str, str]:
        r = self.r
        street, number, unit, postcode, city = a["street"], a["number"], a["unit"], a["postcode"], a["city"]
        roll = r.random()
        if roll < 0.12:
            # Everything in the street column.
            sep = " " if not unit or unit.startswith(("bus", "b", "-")) else r.choice(["-", " ", ""])
            street = f"{street} {number}{sep if unit else ''}{unit}".strip()
            number, unit = "", ""
        elif roll < 0.20 and unit:
            number = f"{number}{r.choice(['', '-', ' '])}{unit}"
            unit = ""
        if country == "NL":
            pr = r.random()
            if pr < 0.25:
                postcode = postcode.replace(" ", "")
            elif pr < 0.32:
                postcode = postcode.lower()
            elif pr < 0.36:
                postcode = postcode.replace(" ", "") + " "
        elif country == "BE" and self.chance(0.15):
            postcode = r.choice(["B-", "B ", "BE-"]) + postcode
        elif country == "DE" and self.chance(0.15):
            postcode = "D-" + postcode
        if country == "DE" and self.chance(0.2):
            street = street.replace("straße", "str.").replace("Straße", "Str.")
        if country in ("NL", "BE") and self.chance(0.1):
            street = street.replace("straat", "str.")
        if self.chance(0.05):
            city = city.upper()
        return street, number, unit, postcode, city

    def country_value(self, country: str) -> str:
        return self.r.choice(COUNTRY_SPELLINGS[country])

    def row(self, p: dict, source: str) -> list[str]:
        r = self.r
        country = p["country"]
        given, prefix, family = self.render_name(p)
        comp = p.get("company")
        addr = comp["address"] if comp and p.get("use_company_address") else p["address"]
        street, number, unit, postcode, city = self.render_address(addr, country)
        if comp:
            tel = self.render_phone(comp["office"], country, "landline")
        else:
            tel = self.render_phone(p["landline"], country, "landline")
        mob = self.render_phone(p["mobile"], country, "mobile") if self.chance(0.85) else ""
        # Several numbers in one field, or the mobile in the phone column.
        roll = r.random()
        if roll < 0.06 and tel and mob:
            tel = f"{tel} / {mob}"
            mob = ""
        elif roll < 0.09 and not tel and mob:
            tel, mob = mob, ""
        elif roll < 0.11 and tel:
            tel = f"{tel} (Fax)" if self.chance(0.5) else f"{tel}, fax {self.render_phone(comp['office'] if comp else p['mobile'], country, 'landline')}"
        email_main = p.get("work_email") if comp and p.get("work_email") else p["email"]
        e1 = self.render_email(email_main, p)
        e2 = ""
        roll = r.random()
        if roll < 0.05 and p["email"] and comp and p.get("work_email"):
            e1 = f"{self.render_email(p['work_email'], p)}; {p['email']}"
        elif roll < 0.08 and p["email"]:
            second = f"{self.ascii_fold(p['given']).lower()}{r.randint(1, 9)}@{r.choice(FREE_PROVIDERS[country])}"
            e1 = f"{e1}{r.choice(['; ', ', ', ' / ', ' ', chr(10)])}{second}" if e1 else second
        elif roll < 0.20 and comp and p.get("work_email") and p["email"]:
            e2 = self.render_email(p["email"], p)
        elif roll < 0.22:
            e2 = f"{r.choice(['facturen', 'administratie'])}@{comp['domain']}" if comp else ""
        dob = self.render_dob(p["dob"], country) if self.chance(0.8) else ""
        fields = [
            self.row_id(source), source, given, prefix, family, comp["name"] if comp else "",
            p.get("function", ""), street, number, unit, postcode, city,
            self.country_value(country) if self.chance(0.85) else "", tel, mob, e1, e2, dob,
            r.choice(NOTES),
        ]
        if self.chance(0.04):
            fields = [f.upper() if i not in (0, 1) else f for i, f in enumerate(fields)]
        if self.chance(0.05):
            i = r.randint(2, len(fields) - 2)
            fields[i] = fields[i] + r.choice([" ", "\u00a0", "  "])
        if self.chance(0.03):
            # A field left empty by whoever typed it in.
            fields[r.randint(7, 15)] = ""
        return fields

    # -- entities -----------------------------------------------------------------------------------
    def typo(self, s: str) -> str:
        """One keyboard slip in a name (swap, drop or double a letter)."""
        r = self.r
        if len(s) < 4:
            return s
        i = r.randint(1, len(s) - 2)
        kind = r.randint(0, 2)
        if kind == 0:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if kind == 1:
            return s[:i] + s[i + 1:]
        return s[:i] + s[i] + s[i:]

    def variant(self, p: dict) -> dict:
        """The same person as another source typed them in."""
        r = self.r
        q = dict(p)
        roll = r.random()
        if roll < 0.25:
            q["family"] = self.typo(p["family"])
        elif roll < 0.40:
            q["given"] = self.typo(p["given"])
        elif roll < 0.50 and "formal" in p:
            q["given"] = p["formal"]
        if self.chance(0.3):
            q["email"] = None
        elif self.chance(0.15):
            q["email"] = self.private_email(p)
        if self.chance(0.3):
            q["landline"] = None
        if self.chance(0.15):
            q["mobile"] = self.mobile(p["country"])
        if self.chance(0.4):
            q["dob"] = None
        if self.chance(0.08):
            # Moved house.
            q["address"] = self.address(p["country"])
        return q

    def entities(self, target_rows: int) -> list[list[str]]:
        r = self.r
        rows: list[list[str]] = []
        while len(rows) < target_rows:
            country = r.choices(["NL", "BE", "DE"], weights=[60, 25, 15])[0]
            kind = r.random()
            if kind < 0.55:
                # A single person, sometimes present 2-5 times from different sources.
                p = self.person(country)
                copies = 1 if self.chance(0.78) else r.choice([2, 2, 2, 3, 3, 4, 5])
                sources = r.sample(SOURCES, k=min(copies, len(SOURCES)))
                for i in range(copies):
                    rows.append(self.row(p if i == 0 else self.variant(p), sources[i % len(sources)]))
            elif kind < 0.75:
                # A household: one address, two to four people.
                base = self.person(country)
                members = [base]
                for _ in range(r.randint(1, 3)):
                    m = self.person(country)
                    m["address"] = base["address"]
                    m["landline"] = base["landline"]
                    if self.chance(0.7):
                        m["prefix"], m["family"] = base["prefix"], base["family"]
                    if m["email"] and self.chance(0.5):
                        m["email"] = self.private_email(m)
                    members.append(m)
                shared_email = self.chance(0.2) and base["email"]
                for m in members:
                    if shared_email:
                        m["email"] = base["email"]
                    rows.append(self.row(m, r.choice(SOURCES)))
                    if self.chance(0.08):
                        rows.append(self.row(self.variant(m), r.choice(SOURCES)))
            else:
                # Colleagues: one company, office phone and mail domain.
                comp = self.company(country)
                for j in range(r.randint(2, 6)):
                    m = self.person(country)
                    m["company"] = comp
                    m["use_company_address"] = True
                    m["function"] = r.choice(FUNCTIONS)
                    given = self.ascii_fold(m["given"]).lower()
                    fam = self.ascii_fold((m["prefix"] + m["family"]).replace(" ", "")).lower()
                    if j == 0 and self.chance(0.4):
                        m["work_email"] = f"{r.choice(ROLE_LOCALS)}@{comp['domain']}"
                    else:
                        m["work_email"] = r.choice([f"{given}@{comp['domain']}",
                                                    f"{given}.{fam}@{comp['domain']}",
                                                    f"{given[0]}.{fam}@{comp['domain']}"])
                    if self.chance(0.02):
                        m["work_email"] = f"{given}{r.randint(1, 999)}@{r.choice(DISPOSABLE)}"
                    rows.append(self.row(m, r.choice(SOURCES)))
                    if self.chance(0.1):
                        rows.append(self.row(self.variant(m), r.choice(SOURCES)))
        return rows


def junk_rows(g: Gen, n_rows: int) -> list[tuple[int, list[str]]]:
    """Rows that a careful reader must survive; each with the position it is inserted at."""
    r = g.r
    width = len(HEADER)
    out = [
        # The header again, mid-file (two exports pasted together).
        (n_rows // 2, list(HEADER)),
        # Only delimiters.
        (r.randint(10, n_rows - 10), [""] * width),
        # A test record.
        (r.randint(10, n_rows - 10), ["TEST-1", "Website formulier", "test", "", "test", "",
                                      "", "", "", "", "", "", "", "", "", "asdf@asdf", "", "", "TEST"]),
        # An unquoted comma in the company name: one field too many.
        (r.randint(10, n_rows - 10), ["XLS9001", "Excel Sales", "Gerrit", "", "Hofstede",
                                      "Hofstede", "Zonen B.V.", "", "Molenweg", "14", "", "7021 AB",
                                      "Zutphen", "NL", "0575-000000", "", "info@hofstede-zonen.example",
                                      "", "", ""]),
        # A truncated row (the export was cut off in an editor).
        (r.randint(10, n_rows - 10), ["XLS9002", "Excel Sales", "Marloes", "van", "Aalst"]),
    ]
    return out


def generate(seed: int, rows: int) -> str:
    g = Gen(seed)
    body = g.entities(rows - 6)
    # Interleave the sources a little, as an export sorted by "last modified" would.
    for i in range(len(body) - 1, 0, -1):
        if g.chance(0.35):
            j = g.r.randint(max(0, i - 40), i)
            body[i], body[j] = body[j], body[i]
    for pos, junk in sorted(junk_rows(g, len(body)), key=lambda t: -t[0]):
        body.insert(pos, junk)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    w.writerows(body)
    # A footer line some CRMs append.
    w.writerow([f"Totaal: {len(body)} relaties"])
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--rows", type=int, default=DEFAULT_ROWS,
                    help=f"approximate number of data rows (default {DEFAULT_ROWS})")
    ap.add_argument("--out", default=os.path.join(here, "..", "examples", "data", "contacts.csv"),
                    help="output path (default examples/data/contacts.csv)")
    args = ap.parse_args(argv)
    if args.rows < 50:
        ap.error("--rows must be at least 50")
    text = generate(args.seed, args.rows)
    # UTF-8 with a BOM and CRLF line ends: what Excel's "CSV UTF-8" export writes.
    with open(args.out, "w", encoding="utf-8-sig", newline="") as f:
        f.write(text)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
