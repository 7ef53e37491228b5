#!/usr/bin/env python3
"""Writes golden.jsonl: synthetic addresses (public street and city names, invented numbers and
people) with the golden components and several equivalent spellings each.

Run from the repository root: python3 testdata/address/generate.py
Deterministic: no randomness beyond a fixed-seed generator.
"""
import json
import random

R = random.Random(20261123)
OUT = []


def rec(country, hint, spellings, expected, note=None):
    e = {k: v for k, v in expected.items() if v is not None}
    row = {"id": f"{country.lower()}-{sum(1 for r in OUT if r['group'] == country) + 1:03d}",
           "group": country, "hint": hint, "input": spellings[0],
           "equivalents": spellings[1:], "expected": e}
    if note:
        row["note"] = note
    OUT.append(row)


def upper(s):
    return s.upper()


def lower(s):
    return s.lower()


# ---------------------------------------------------------------- NL
NL_CITIES = [("1015 CJ", "Amsterdam", ["A'dam", "AMSTERDAM"]), ("3011 AD", "Rotterdam", ["ROTTERDAM"]),
             ("2511 CV", "'s-Gravenhage", ["Den Haag", "'S-GRAVENHAGE", "The Hague"]),
             ("3511 LX", "Utrecht", ["UTRECHT"]), ("5611 AZ", "Eindhoven", ["EINDHOVEN"]),
             ("9711 LM", "Groningen", ["GRONINGEN"]), ("8495 NB", "Oldeboorn", ["OLDEBOORN"]),
             ("2132 NG", "Hoofddorp", ["HOOFDDORP"]), ("6811 CH", "Arnhem", ["ARNHEM"]),
             ("5211 HX", "'s-Hertogenbosch", ["Den Bosch"]), ("8911 BM", "Leeuwarden", ["Ljouwert"]),
             ("1213 NP", "Hilversum", ["HILVERSUM"])]
NL_STREETS = [("Keizersgracht", ["Keizersgr.", "KEIZERSGRACHT"]), ("Kerkstraat", ["Kerkstr.", "kerkstraat"]),
              ("Stationsweg", ["STATIONSWEG"]), ("Dorpsstraat", ["Dorpsstr.", "DORPSSTRAAT"]),
              ("Molenlaan", ["molenlaan"]), ("Nieuwe Weg", ["NIEUWE WEG"]), ("Olympia", ["OLYMPIA"]),
              ("Eerste Jan Steenstraat", ["1e Jan Steenstraat", "1e Jan Steenstr."]),
              ("Burgemeester de Vlugtlaan", ["Burg. de Vlugtlaan"]),
              ("Laan van Meerdervoort", ["laan van meerdervoort"]), ("Oudegracht", ["Oudegr."]),
              ("Sint Jansstraat", ["St. Jansstraat"]), ("Plein 1944", ["PLEIN 1944"])]
# (suffix golden, [spellings of number+suffix with {n}])
NL_SUFFIX = [(None, ["{n}"]), ("A", ["{n}A", "{n} a", "{n}-A"]), ("2", ["{n}-2", "{n}/2", "{n}-2 hoog", "{n} 2 hoog"]),
             ("HS", ["{n} hs", "{n}-hs", "{n} huis", "{n}HS"]), ("III", ["{n}-III", "{n} III", "{n}-iii"]),
             ("A-2", ["{n}A-2", "{n} A 2", "{n}a-2"]), ("BIS", ["{n} bis", "{n}-bis"]),
             ("BG", ["{n} bg", "{n} begane grond", "{n}-bg"]), ("A-BG", ["{n} A begane grond", "{n}A bg"]),
             ("ROOD", ["{n} rood", "{n}-rd"]), ("I", ["{n}-I", "{n} I"])]


def nl():
    n_done = 0
    for i in range(72):
        street, sv = NL_STREETS[i % len(NL_STREETS)]
        pc, city, cv = NL_CITIES[(i * 5) % len(NL_CITIES)]
        suf, forms = NL_SUFFIX[(i * 7) % len(NL_SUFFIX)]
        n = str(R.choice([1, 3, 12, 44, 123, 250, 791, 1024]))
        if street == "Olympia":
            n = "1"
        num_forms = [f.format(n=n) for f in forms]
        street_forms = [street] + sv
        city_forms = [city] + cv
        pcs = [pc, pc.replace(" ", ""), pc.lower(), pc.replace(" ", "").lower(), pc.replace(" ", "-")]
        sp = []
        sp.append(f"{street} {num_forms[0]}, {pc} {city}")
        sp.append(f"{street_forms[(i + 1) % len(street_forms)]} {num_forms[1 % len(num_forms)]}\n{pcs[1]} {city_forms[1 % len(city_forms)]}")
        sp.append(f"{street_forms[-1]} {num_forms[-1]} {pcs[2 + i % 3]} {city_forms[-1]}, Nederland")
        sp.append(f"{street} {num_forms[0]}; {pcs[i % 5]}  {city}; NL")
        if i % 4 == 0:
            sp.append(f"{upper(street)} {upper(num_forms[0])}, {pc} {upper(city)}, The Netherlands")
        exp = dict(street=street, house_number=n, house_number_suffix=suf, postcode=pc, city=city, country="NL")
        rec("NL", "NL", sp, exp)
        n_done += 1
    # special lines
    rec("NL", "NL", ["Acme B.V.\nt.a.v. J. Jansen\nPostbus 1234\n1000 AB Amsterdam",
                     "Acme B.V., T.a.v. J. Jansen, Postbus 1234, 1000AB AMSTERDAM",
                     "Acme B.V.; tav: J. Jansen; Postbus 1234; 1000 ab Amsterdam"],
        dict(organisation="Acme B.V.", attention="J. Jansen", po_box="1234", po_box_type="postbus",
             postcode="1000 AB", city="Amsterdam", country="NL"))
    rec("NL", "NL", ["Antwoordnummer 10450, 2500 VB Den Haag", "ANTWOORDNUMMER 10450\n2500VB 's-Gravenhage"],
        dict(po_box="10450", po_box_type="antwoordnummer", postcode="2500 VB", city="'s-Gravenhage", country="NL"))
    rec("NL", "NL", ["Stichting Voorbeeld, c/o Jansen, Kerkstraat 5, 3511 LX Utrecht",
                     "Stichting Voorbeeld\nc/o Jansen\nKerkstr. 5\n3511LX Utrecht"],
        dict(organisation="Stichting Voorbeeld", care_of="Jansen", street="Kerkstraat", house_number="5",
             postcode="3511 LX", city="Utrecht", country="NL"))
    rec("NL", "NL", ["Keizersgracht 123, 1015 CJ Amsterdam, Noord-Holland", "Keizersgracht 123, 1015CJ Amsterdam, N-H",
                     "Keizersgracht 123\n1015 CJ Amsterdam\nNoord Holland"],
        dict(street="Keizersgracht", house_number="123", postcode="1015 CJ", city="Amsterdam", region="NL-NH", country="NL"))
    rec("NL", "NL", ["Oosterstraat 12, 8911 BM Leeuwarden, Friesland", "Oosterstraat 12, 8911 BM Ljouwert, Fryslân"],
        dict(street="Oosterstraat", house_number="12", postcode="8911 BM", city="Leeuwarden", region="NL-FR", country="NL"))
    # libpostal failures
    rec("NL", None, ["Hoofdstraat 2, 8495 NB Oldeboorn", "Hoofdstraat 2 8495NB Oldeboorn", "HOOFDSTRAAT 2, 8495 nb OLDEBOORN"],
        dict(street="Hoofdstraat", house_number="2", postcode="8495 NB", city="Oldeboorn", country="NL"), "libpostal #195")
    rec("NL", None, ["Nieuwe Weg 791, 2132 NG Hoofddorp", "Nieuwe Weg 791 2132NG Hoofddorp", "nieuwe weg 791\n2132 ng hoofddorp"],
        dict(street="Nieuwe Weg", house_number="791", postcode="2132 NG", city="Hoofddorp", country="NL"), "libpostal #463")
    rec("NL", "NL", ["Olympia 1 A begane grond, 1213 NP Hilversum", "Olympia 1A-BG, 1213NP Hilversum", "Olympia 1a bg\n1213 NP HILVERSUM"],
        dict(street="Olympia", house_number="1", house_number_suffix="A-BG", postcode="1213 NP", city="Hilversum", country="NL"), "libpostal #75")


# ---------------------------------------------------------------- BE
BE_CITIES = [("1000", "Brussel", "Bruxelles", ["BRUSSEL", "Brussels"], ["BRUXELLES", "Brussels"]),
             ("2000", "Antwerpen", "Antwerpen", ["Antwerp", "ANTWERPEN"], ["Anvers", "Antwerp"]),
             ("9000", "Gent", "Gent", ["Ghent", "GENT"], ["Gand", "Ghent"]),
             ("4000", "Liège", "Liège", ["Luik", "LIÈGE"], ["Luik", "Lüttich"]),
             ("3000", "Leuven", "Leuven", ["Louvain", "LEUVEN"], ["Louvain", "Löwen"]),
             ("8000", "Brugge", "Brugge", ["Bruges", "BRUGGE"], ["Bruges", "BRUGGE"]),
             ("5000", "Namur", "Namur", ["Namen", "NAMUR"], ["Namen", "NAMUR"]),
             ("9052", "Zwijnaarde", "Zwijnaarde", ["ZWIJNAARDE"], ["ZWIJNAARDE"])]
BE_NL = [("Wetstraat", ["Wetstr.", "WETSTRAAT"]), ("Zennestraat", ["Zennestr."]), ("Kerkstraat", ["KERKSTRAAT"]),
         ("Meir", ["MEIR"]), ("Grote Markt", ["grote markt"]), ("Brusselsesteenweg", ["Brusselsestwg."]),
         ("Sint-Pietersnieuwstraat", ["Sint-Pietersnieuwstr."])]
BE_FR = [("Rue de la Loi", ["r. de la Loi", "RUE DE LA LOI"]), ("Chaussée de Louvain", ["Chée de Louvain", "Chaussée De Louvain"]),
         ("Avenue Louise", ["Av. Louise", "AVENUE LOUISE"]), ("Rue Neuve", ["rue neuve"]),
         ("Boulevard Anspach", ["Bd Anspach", "BOULEVARD ANSPACH"]), ("Rue de la Senne", ["r. de la Senne"])]


def be():
    for i in range(64):
        fr = i % 3 == 1
        street, sv = (BE_FR if fr else BE_NL)[i % (len(BE_FR) if fr else len(BE_NL))]
        pc, city_nl, city_fr, cv_nl, cv_fr = BE_CITIES[(i * 3) % len(BE_CITIES)]
        city = city_fr if fr else city_nl
        cv = cv_fr if fr else cv_nl
        n = str(R.choice([1, 5, 16, 32, 103, 250]))
        kind = i % 4
        unit = None
        suf = None
        if kind == 1:
            unit = str(R.choice([1, 2, 20, 101]))
            nums = [f"{n} bus {unit}", f"{n}/{unit}", f"{n} box {unit}", f"{n} bte {unit}", f"{n} b {unit}"]
        elif kind == 2:
            suf = "A"
            nums = [f"{n}A", f"{n} A", f"{n}a"]
        else:
            nums = [n, n]
        forms = [street] + sv
        sp = [f"{street} {nums[0]}, {pc} {city}",
              f"{forms[1 % len(forms)]} {nums[1 % len(nums)]}\n{pc} {cv[0]}",
              f"{forms[-1]} {nums[-1]}, B-{pc} {cv[-1]}",
              f"{street} {nums[0]}, {pc} {city}, {'Belgique' if fr else 'België'}"]
        if fr and kind != 2:
            sp.append(f"{nums[0].replace(' bus ', ' bte ')} {forms[0]}, {pc} {city}")
        exp = dict(street=street, house_number=n, house_number_suffix=suf, unit=unit, unit_type="box" if unit else None,
                   postcode=pc, city=city, country="BE")
        rec("BE", "BE", sp, exp)
    rec("BE", "BE", ["Acme NV, t.a.v. Dienst Boekhouding, Meir 1, 2000 Antwerpen",
                     "Acme NV\nT.a.v. Dienst Boekhouding\nMeir 1\n2000 ANTWERPEN"],
        dict(organisation="Acme NV", attention="Dienst Boekhouding", street="Meir", house_number="1", postcode="2000",
             city="Antwerpen", country="BE"))
    rec("BE", "BE", ["Wetstraat 16, 1000 Brussel, Oost-Vlaanderen", "Wetstraat 16, 1000 Brussel, O.-Vl."],
        dict(street="Wetstraat", house_number="16", postcode="1000", city="Brussel", region="BE-VOV", country="BE"),
        "region as given (the input names one)")


# ---------------------------------------------------------------- DE
DE_CITIES = [("10117", "Berlin", ["BERLIN"]), ("80331", "München", ["Muenchen", "Munich", "MÜNCHEN"]),
             ("50667", "Köln", ["Koeln", "Cologne"]), ("60311", "Frankfurt am Main", ["Frankfurt a.M.", "Frankfurt/Main", "FRANKFURT AM MAIN"]),
             ("20537", "Hamburg", ["HAMBURG"]), ("53111", "Bonn", ["BONN"]), ("04109", "Leipzig", ["LEIPZIG"]),
             ("79098", "Freiburg im Breisgau", ["Freiburg i. Br.", "Freiburg"]), ("06108", "Halle (Saale)", ["Halle/Saale", "Halle"]),
             ("12345", "Teststadt", ["TESTSTADT"])]
DE_STREETS = [("Hauptstraße", ["Hauptstr.", "Hauptstrasse", "HAUPTSTR."]), ("Berliner Straße", ["Berliner Str.", "Berliner Strasse"]),
              ("Unter den Linden", ["UNTER DEN LINDEN"]), ("Willy-Brandt-Straße", ["Willy-Brandt-Str.", "WILLY-BRANDT-STRASSE"]),
              ("Goethestraße", ["Goethestr.", "goethestraße"]), ("Am Markt", ["AM MARKT"]), ("Bahnhofstraße", ["Bahnhofstr.", "Bahnhofstrasse"]),
              ("Rektoratsweg", ["REKTORATSWEG"]), ("Königsallee", ["KÖNIGSALLEE"]), ("Marktplatz", ["Marktpl."]),
              ("Straße des 17. Juni", ["Str. des 17. Juni"]), ("2. Bickestraße", ["2. Bickestr."])]


def de():
    for i in range(64):
        street, sv = DE_STREETS[i % len(DE_STREETS)]
        pc, city, cv = DE_CITIES[(i * 3) % len(DE_CITIES)]
        n = str(R.choice([1, 5, 12, 27, 77, 135]))
        kind = i % 5
        suf = unit = utype = None
        if kind == 1:
            suf = "a"
            nums = [f"{n}a", f"{n} a", f"{n}A"]
        elif kind == 2:
            suf = "1"
            nums = [f"{n}/1", f"{n}/1"]
        elif kind == 3:
            n = f"{n}-{int(n) + 4}"
            nums = [n, n]
        else:
            nums = [n, n]
        forms = [street] + sv
        sp = [f"{street} {nums[0]}, {pc} {city}",
              f"{forms[1 % len(forms)]} {nums[1 % len(nums)]}\n{pc} {cv[0]}",
              f"{forms[-1]} {nums[-1]}, D-{pc} {cv[-1]}",
              f"{street} {nums[0]}, {pc} {city}, Deutschland",
              f"{pc} {city}, {street} {nums[0]}"]
        exp = dict(street=street, house_number=n, house_number_suffix=suf, unit=unit, unit_type=utype,
                   postcode=pc, city=city, country="DE")
        rec("DE", "DE", sp, exp)
    rec("DE", None, ["Wendenstr. 414-424 20537 Hamburg", "Wendenstraße 414-424, 20537 Hamburg", "WENDENSTR. 414-424\n20537 HAMBURG"],
        dict(street="Wendenstraße", house_number="414-424", postcode="20537", city="Hamburg", country="DE"), "libpostal #510")
    rec("DE", "DE", ["Rathausgasse 5, BONN53111", "Rathausgasse 5, 53111 Bonn", "Rathausgasse 5\n53111 BONN"],
        dict(street="Rathausgasse", house_number="5", postcode="53111", city="Bonn", country="DE"), "libpostal #464")
    rec("DE", "DE", ["12345 Teststadt, Rektoratsweg 123", "Rektoratsweg 123, 12345 Teststadt", "Rektoratsweg 123\n12345 TESTSTADT"],
        dict(street="Rektoratsweg", house_number="123", postcode="12345", city="Teststadt", country="DE"), "pypostal #102")
    rec("DE", "DE", ["2. Bickestraße 5, 12345 Teststadt", "2. Bickestr. 5, 12345 Teststadt"],
        dict(street="2. Bickestraße", house_number="5", postcode="12345", city="Teststadt", country="DE"), "libpostal #258")
    rec("DE", "DE", ["Beispiel GmbH\nz. Hd. Frau Muster\nPostfach 52 65 77\n60311 Frankfurt am Main",
                     "Beispiel GmbH, z.Hd. Frau Muster, Postfach 526577, 60311 Frankfurt a.M."],
        dict(organisation="Beispiel GmbH", attention="Frau Muster", po_box="526577", po_box_type="postfach",
             postcode="60311", city="Frankfurt am Main", country="DE"))
    rec("DE", "DE", ["Hauptstraße 5 // W 34, 10117 Berlin", "Hauptstr. 5 Whg. 34, 10117 Berlin"],
        dict(street="Hauptstraße", house_number="5", unit="34", unit_type="apartment", postcode="10117", city="Berlin", country="DE"))
    rec("DE", "DE", ["Hauptstraße 5, 3. OG, 10117 Berlin", "Hauptstraße 5 3. OG\n10117 Berlin"],
        dict(street="Hauptstraße", house_number="5", unit="3", unit_type="floor", postcode="10117", city="Berlin", country="DE"))
    rec("DE", "DE", ["Marienplatz 1, 80331 München, Bayern", "Marienplatz 1, 80331 Munich, Bavaria"],
        dict(street="Marienplatz", house_number="1", postcode="80331", city="München", region="DE-BY", country="DE"))


# ---------------------------------------------------------------- FR
FR_CITIES = [("75002", "Paris", ["PARIS"]), ("69001", "Lyon", ["LYON"]), ("13001", "Marseille", ["MARSEILLE"]),
             ("67000", "Strasbourg", ["STRASBOURG"]), ("06400", "Cannes", ["CANNES"]), ("33000", "Bordeaux", ["BORDEAUX"]),
             ("59000", "Lille", ["LILLE"]), ("31000", "Toulouse", ["TOULOUSE"]), ("44000", "Nantes", ["NANTES"])]
FR_STREETS = [("Rue de la Paix", ["r. de la Paix", "RUE DE LA PAIX", "rue de la paix"]),
              ("Avenue des Champs-Élysées", ["av. des Champs-Élysées", "AVENUE DES CHAMPS-ÉLYSÉES"]),
              ("Boulevard Saint-Germain", ["bd St-Germain", "Bd Saint-Germain", "BOULEVARD SAINT-GERMAIN"]),
              ("Place de la Bastille", ["pl. de la Bastille", "PLACE DE LA BASTILLE"]),
              ("Chemin des Vignes", ["ch. des Vignes", "chemin des vignes"]),
              ("Impasse des Lilas", ["imp. des Lilas", "IMPASSE DES LILAS"]),
              ("Rue du Général Leclerc", ["r. du Gal Leclerc", "rue du Général Leclerc"]),
              ("Allée des Tilleuls", ["all. des Tilleuls", "allée des tilleuls"]),
              ("Quai de la Tournelle", ["qu. de la Tournelle", "QUAI DE LA TOURNELLE"]),
              ("Route de Lyon", ["rte de Lyon", "ROUTE DE LYON"])]


def fr():
    for i in range(64):
        street, sv = FR_STREETS[i % len(FR_STREETS)]
        pc, city, cv = FR_CITIES[(i * 4) % len(FR_CITIES)]
        n = str(R.choice([1, 3, 8, 12, 25, 140]))
        kind = i % 4
        suf = None
        if kind == 1:
            suf = "bis"
            nums = [f"{n} bis", f"{n}bis", f"{n} BIS", f"{n}b"]
        elif kind == 2:
            suf = "ter"
            nums = [f"{n} ter", f"{n}ter", f"{n} TER"]
        else:
            nums = [n, n]
        forms = [street] + sv
        sp = [f"{nums[0]} {street}, {pc} {city}",
              f"{nums[1 % len(nums)]} {forms[1 % len(forms)]}\n{pc} {cv[0]}",
              f"{nums[-1]} {forms[-1]}, F-{pc} {cv[-1]}",
              f"{nums[0]} {street}, {pc} {city}, France"]
        if pc[0] != "0":
            sp.append(f"{nums[0]} {forms[-1]} {pc} {upper(city)}")
        exp = dict(street=street, house_number=n, house_number_suffix=suf, postcode=pc, city=city, country="FR")
        rec("FR", "FR", sp, exp)
    rec("FR", "FR", ["Société Exemple SA\n12 rue de la Paix\nCS 91704\n67004 STRASBOURG CEDEX",
                     "Société Exemple SA, 12 r. de la Paix, CS 91704, 67004 Strasbourg Cedex"],
        dict(organisation="Société Exemple SA", street="Rue de la Paix", house_number="12", po_box="91704", po_box_type="cs",
             postcode="67004", city="Strasbourg", sorting_code="CEDEX", country="FR"), "libpostal #358")
    rec("FR", "FR", ["BP 123, 75008 Paris Cedex 08", "B.P. 123\n75008 PARIS CEDEX 8"],
        dict(po_box="123", po_box_type="bp", postcode="75008", city="Paris", sorting_code="CEDEX 8", country="FR"), "libpostal #172")
    rec("FR", "FR", ["Exemple SARL, À l'attention de M. Martin, 5 avenue Foch, 06400 Cannes",
                     "Exemple SARL\nA l'attention de M. Martin\n5 av. Foch\n06400 CANNES"],
        dict(organisation="Exemple SARL", attention="M. Martin", street="Avenue Foch", house_number="5", postcode="06400",
             city="Cannes", country="FR"))


# ---------------------------------------------------------------- GB
def gb():
    rows = [
        (["10 Downing Street, London SW1A 2AA", "10 Downing St, London, SW1A2AA", "10 DOWNING STREET\nLONDON\nsw1a 2aa",
          "10 Downing Street London SW1A 2AA United Kingdom"],
         dict(street="Downing Street", house_number="10", postcode="SW1A 2AA", city="London", country="GB")),
        (["Flat 2, 221B Baker Street, London NW1 6XE", "Flat 2\n221B Baker St\nLONDON\nNW1 6XE", "Flat 2, 221b Baker Street, London, nw16xe, UK"],
         dict(unit="2", unit_type="flat", street="Baker Street", house_number="221", house_number_suffix="B", postcode="NW1 6XE", city="London", country="GB")),
        (["2/1 15 Byres Road, Glasgow G11 5RD", "2/1 15 Byres Rd\nGlasgow\nG11 5RD"],
         dict(unit="2/1", unit_type="flat", street="Byres Road", house_number="15", postcode="G11 5RD", city="Glasgow", country="GB")),
        (["3 St John's Road, London W11 2LT", "3 St John's Rd, LONDON, W11 2LT", "3 ST JOHN'S ROAD\nLONDON W112LT"],
         dict(street="St John's Road", house_number="3", postcode="W11 2LT", city="London", country="GB")),
        (["PO Box 123, Manchester M1 1AA", "P.O. Box 123\nMANCHESTER\nM11AA"],
         dict(po_box="123", po_box_type="po_box", postcode="M1 1AA", city="Manchester", country="GB")),
        (["Acme Ltd, 1 Church Lane, Little Snoring, Fakenham NR21 0AA", "Acme Ltd\n1 Church Ln\nLittle Snoring\nFAKENHAM\nNR21 0AA"],
         dict(organisation="Acme Ltd", street="Church Lane", house_number="1", dependent_locality="Little Snoring", postcode="NR21 0AA", city="Fakenham", country="GB")),
    ]
    for sp, exp in rows:
        rec("GB", None, sp, exp)
    streets = [("High Street", "High St"), ("Station Road", "Station Rd"), ("Park Avenue", "Park Ave"), ("Church Lane", "Church Ln"),
               ("Victoria Gardens", "Victoria Gdns"), ("Queens Drive", "Queens Dr"), ("Mill Close", "Mill Cl"), ("Albert Terrace", "Albert Tce")]
    towns = [("Oxford", "OX1 2JD"), ("Cambridge", "CB2 1TN"), ("Edinburgh", "EH1 1YZ"), ("Bristol", "BS1 4DJ"), ("Leeds", "LS1 4AP"),
             ("Cardiff", "CF10 1EP"), ("York", "YO1 7HH"), ("Bath", "BA1 1LZ")]
    for i in range(28):
        s, ab = streets[i % len(streets)]
        town, pc = towns[(i * 3) % len(towns)]
        n = str(R.choice([1, 7, 12, 42, 101]))
        sp = [f"{n} {s}, {town} {pc}", f"{n} {ab}\n{upper(town)}\n{pc.replace(' ', '').lower()}",
              f"{n} {upper(s)}, {upper(town)}, {pc}, United Kingdom", f"{n} {ab}, {town}, {pc.lower()}, GB"]
        rec("GB", None if i % 2 else "GB", sp, dict(street=s, house_number=n, postcode=pc, city=town, country="GB"))


# ---------------------------------------------------------------- US
def us():
    rows = [
        (["123 Main St Apt 4B, Springfield, IL 62701", "123 Main Street Apt 4B\nSpringfield IL 62701",
          "123 MAIN ST APT 4B SPRINGFIELD IL 62701", "123 Main St, Apartment 4B, Springfield, Illinois 62701"],
         dict(street="Main Street", house_number="123", unit="4B", unit_type="apartment", city="Springfield", region="US-IL", postcode="62701", country="US")),
        (["37-12 82nd St, Jackson Heights, NY 11372", "37-12 82ND ST\nJACKSON HEIGHTS NY 11372"],
         dict(street="82nd Street", house_number="37-12", city="Jackson Heights", region="US-NY", postcode="11372", country="US")),
        (["842 E 1700 S, Salt Lake City, UT 84105-1234", "842 East 1700 South, Salt Lake City, UT 84105-1234"],
         dict(street="East 1700 South", house_number="842", city="Salt Lake City", region="US-UT", postcode="84105-1234", country="US")),
        (["PO Box 1234, Austin, TX 78701", "P.O. Box 1234\nAustin TX 78701"],
         dict(po_box="1234", po_box_type="po_box", city="Austin", region="US-TX", postcode="78701", country="US")),
        (["1600 Pennsylvania Ave NW, Washington, DC 20500", "1600 Pennsylvania Avenue Northwest\nWashington DC 20500"],
         dict(street="Pennsylvania Avenue Northwest", house_number="1600", city="Washington", region="US-DC", postcode="20500", country="US")),
        (["500 Market St Ste 100, San Francisco, CA 94105", "500 Market Street Suite 100\nSan Francisco CA 94105, USA"],
         dict(street="Market Street", house_number="500", unit="100", unit_type="suite", city="San Francisco", region="US-CA", postcode="94105", country="US")),
    ]
    for sp, exp in rows:
        rec("US", None, sp, exp)
    streets = [("Oak Street", "Oak St"), ("Maple Avenue", "Maple Ave"), ("Elm Drive", "Elm Dr"), ("Sunset Boulevard", "Sunset Blvd"),
               ("Lake Road", "Lake Rd"), ("Pine Lane", "Pine Ln"), ("Cedar Court", "Cedar Ct"), ("Hillside Parkway", "Hillside Pkwy")]
    cities = [("Portland", "OR", "97201"), ("Denver", "CO", "80202"), ("Boston", "MA", "02108"), ("Seattle", "WA", "98101"),
              ("Chicago", "IL", "60601"), ("Miami", "FL", "33101"), ("Phoenix", "AZ", "85001"), ("Columbus", "OH", "43215")]
    for i in range(28):
        s, ab = streets[i % len(streets)]
        city, stt, z = cities[(i * 3) % len(cities)]
        n = str(R.choice([12, 150, 2200, 4810, 77]))
        sp = [f"{n} {s}, {city}, {stt} {z}", f"{n} {ab}\n{city} {stt} {z}", f"{n} {upper(ab)}, {upper(city)}, {stt} {z}, USA",
              f"{n} {ab}, {city}, {stt} {z}, United States"]
        rec("US", None if i % 2 else "US", sp, dict(street=s, house_number=n, city=city, region=f"US-{stt}", postcode=z, country="US"))


# ---------------------------------------------------------------- others (depth: postcode/city/street/number/unit)
def others():
    rows = [
        ("AT", [["Favoritenstraße 15/2/14, 1100 Wien", "Favoritenstr. 15/2/14\n1100 Wien", "Favoritenstraße 15/2/14, A-1100 Wien, Österreich"]],
         dict(street="Favoritenstraße", house_number="15", unit="2/14", unit_type="apartment", postcode="1100", city="Wien", country="AT")),
        ("AT", [["Mariahilfer Straße 1, 1060 Wien", "Mariahilfer Str. 1, 1060 Vienna, Austria", "MARIAHILFER STRASSE 1\n1060 WIEN"]],
         dict(street="Mariahilfer Straße", house_number="1", postcode="1060", city="Wien", country="AT")),
        ("AT", [["Getreidegasse 9, 5020 Salzburg", "Getreidegasse 9\n5020 SALZBURG\nÖsterreich"]],
         dict(street="Getreidegasse", house_number="9", postcode="5020", city="Salzburg", country="AT")),
        ("CH", [["Bahnhofstrasse 10, 8001 Zürich", "Bahnhofstr. 10, CH-8001 Zurich", "Bahnhofstrasse 10\n8001 ZÜRICH\nSchweiz"]],
         dict(street="Bahnhofstrasse", house_number="10", postcode="8001", city="Zürich", country="CH")),
        ("CH", [["Rue du Rhône 5, 1204 Genève", "r. du Rhône 5, CH-1204 Geneva", "Rue du Rhône 5\n1204 Genf\nSuisse"]],
         dict(street="Rue du Rhône", house_number="5", postcode="1204", city="Genève", country="CH")),
        ("CH", [["Marktgasse 3, 3011 Bern", "Marktgasse 3, 3011 Berne, Switzerland"]],
         dict(street="Marktgasse", house_number="3", postcode="3011", city="Bern", country="CH")),
        ("LU", [["12 rue de la Gare, L-1611 Luxembourg", "12, rue de la Gare\nL-1611 LUXEMBOURG", "12 r. de la Gare, 1611 Luxembourg, Luxembourg"]],
         dict(street="Rue de la Gare", house_number="12", postcode="1611", city="Luxembourg", country="LU")),
        ("LU", [["5 avenue de la Liberté, L-4601 Differdange", "5 av. de la Liberté, 4601 Differdingen"]],
         dict(street="Avenue de la Liberté", house_number="5", postcode="4601", city="Differdange", country="LU")),
        ("IE", [["1 Main Street, Dublin 2, D02 X285, Ireland", "1 Main St\nDublin 2\nD02X285"]],
         dict(street="Main Street", house_number="1", city="Dublin 2", postcode="D02 X285", country="IE")),
        ("IE", [["12 Patrick Street, Cork T12 AB34", "12 Patrick St, Cork, t12ab34, Ireland"]],
         dict(street="Patrick Street", house_number="12", city="Cork", postcode="T12 AB34", country="IE")),
        ("IT", [["Via Roma 1, 00184 Roma", "Via Roma 1, 00184 Rome, Italy", "VIA ROMA 1\n00184 ROMA"]],
         dict(street="Via Roma", house_number="1", postcode="00184", city="Roma", country="IT")),
        ("IT", [["Corso Buenos Aires 12, 20124 Milano", "C.so Buenos Aires 12, 20124 Milan", "Corso Buenos Aires 12\n20124 MILANO"]],
         dict(street="Corso Buenos Aires", house_number="12", postcode="20124", city="Milano", country="IT")),
        ("IT", [["Piazza San Marco 1, 30124 Venezia", "P.zza San Marco 1, 30124 Venice"]],
         dict(street="Piazza San Marco", house_number="1", postcode="30124", city="Venezia", country="IT")),
        ("ES", [["Calle Mayor 12, 28013 Madrid", "C/ Mayor 12, 28013 Madrid", "Calle Mayor, 12, 28013 Madrid, España"]],
         dict(street="Calle Mayor", house_number="12", postcode="28013", city="Madrid", country="ES")),
        ("ES", [["Avenida Diagonal 100, 08019 Barcelona", "Avda. Diagonal 100, 08019 Barcelona", "Av. Diagonal 100\n08019 BARCELONA"]],
         dict(street="Avenida Diagonal", house_number="100", postcode="08019", city="Barcelona", country="ES")),
        ("DK", [["Vesterbrogade 12, 1620 København V", "Vesterbrogade 12\n1620 København V\nDanmark", "Vesterbrogade 12, DK-1620 København V"]],
         dict(street="Vesterbrogade", house_number="12", postcode="1620", city="København V", country="DK")),
        ("DK", [["Strøget 4, 8000 Aarhus C", "Strøget 4\n8000 Aarhus C\nDenmark"]],
         dict(street="Strøget", house_number="4", postcode="8000", city="Aarhus C", country="DK")),
        ("SE", [["Storgatan 32 M LGH 1304, 111 51 Stockholm", "Storgatan 32M LGH 1304\n11151 Stockholm\nSverige"]],
         dict(street="Storgatan", house_number="32", house_number_suffix="M", unit="1304", unit_type="apartment", postcode="111 51", city="Stockholm", country="SE")),
        ("SE", [["Kungsgatan 5, 411 19 Göteborg", "Kungsgatan 5, 41119 Gothenburg, Sweden"]],
         dict(street="Kungsgatan", house_number="5", postcode="411 19", city="Göteborg", country="SE")),
        ("PL", [["ul. Marszałkowska 1, 00-514 Warszawa", "ul Marszałkowska 1\n00514 Warszawa\nPolska", "ulica Marszałkowska 1, 00-514 Warsaw, Poland"]],
         dict(street="ul. Marszałkowska", house_number="1", postcode="00-514", city="Warszawa", country="PL")),
        ("PL", [["ul. Floriańska 3 m. 2, 31-019 Kraków", "ul. Floriańska 3 m. 2\n31-019 Krakow"]],
         dict(street="ul. Floriańska", house_number="3", unit="2", unit_type="apartment", postcode="31-019", city="Kraków", country="PL")),
        ("CA", [["100 Queen St W, Toronto, ON M5H 2N2", "100 Queen Street West\nToronto ON M5H2N2\nCanada"]],
         dict(street="Queen Street West", house_number="100", city="Toronto", region="CA-ON", postcode="M5H 2N2", country="CA")),
        ("CA", [["1 Sussex Dr, Ottawa, ON K1M 1M4", "1 Sussex Drive\nOttawa, Ontario K1M 1M4"]],
         dict(street="Sussex Drive", house_number="1", city="Ottawa", region="CA-ON", postcode="K1M 1M4", country="CA")),
        ("AU", [["Level 5, 10 Smith St, Sydney NSW 2000", "Level 5\n10 Smith Street\nSydney NSW 2000\nAustralia"]],
         dict(unit="5", unit_type="floor", street="Smith Street", house_number="10", city="Sydney", region="AU-NSW", postcode="2000", country="AU")),
        ("AU", [["5/10 George St, Brisbane QLD 4000", "Unit 5, 10 George Street, Brisbane, QLD 4000"]],
         dict(unit="5", unit_type="unit", street="George Street", house_number="10", city="Brisbane", region="AU-QLD", postcode="4000", country="AU")),
    ]
    for cc, sps, exp in rows:
        rec(cc, cc, sps[0], exp)
    # country + postcode validity for every other country
    other = [("NO", "Karl Johans gate 1, 0154 Oslo, Norway", "0154", "Oslo", "Karl Johans gate", "1"),
             ("FI", "Mannerheimintie 1, 00100 Helsinki, Finland", "00100", "Helsinki", "Mannerheimintie", "1"),
             ("PT", "Rua Augusta 10, 1100-053 Lisboa, Portugal", "1100-053", "Lisboa", "Rua Augusta", "10"),
             ("CZ", "Václavské náměstí 1, 110 00 Praha, Czech Republic", "110 00", "Praha", "Václavské náměstí", "1"),
             ("GR", "Ermou 10, 105 63 Athina, Greece", "105 63", "Athina", "Ermou", "10"),
             ("HU", "Andrássy út 1, 1061 Budapest, Hungary", "1061", "Budapest", "Andrássy út", "1"),
             ("SK", "Obchodná 5, 811 06 Bratislava, Slovakia", "811 06", "Bratislava", "Obchodná", "5"),
             ("RO", "Strada Lipscani 5, 030031 București, Romania", "030031", "București", "Strada Lipscani", "5"),
             ("HR", "Ilica 1, 10000 Zagreb, Croatia", "10000", "Zagreb", "Ilica", "1"),
             ("SI", "Slovenska cesta 1, 1000 Ljubljana, Slovenia", "1000", "Ljubljana", "Slovenska cesta", "1"),
             ("EE", "Viru 1, 10140 Tallinn, Estonia", "10140", "Tallinn", "Viru", "1"),
             ("LV", "Brīvības iela 1, LV-1010 Rīga, Latvia", "LV-1010", "Rīga", "Brīvības iela", "1"),
             ("LT", "Gedimino pr. 1, LT-01103 Vilnius, Lithuania", "LT-01103", "Vilnius", "Gedimino pr.", "1"),
             ("IS", "Laugavegur 1, 101 Reykjavík, Iceland", "101", "Reykjavík", "Laugavegur", "1"),
             ("BG", "Vitosha 1, 1000 Sofia, Bulgaria", "1000", "Sofia", "Vitosha", "1"),
             ("TR", "İstiklal Caddesi 1, 34433 İstanbul, Turkey", "34433", "İstanbul", "İstiklal Caddesi", "1"),
             ("MX", "Paseo de la Reforma 1, 06600 Ciudad de México, Mexico", "06600", "Ciudad de México", "Paseo de la Reforma", "1"),
             ("BR", "Avenida Paulista 1000, 01310-100 São Paulo, Brazil", "01310-100", "São Paulo", "Avenida Paulista", "1000"),
             ("ZA", "Long Street 1, 8001 Cape Town, South Africa", "8001", "Cape Town", "Long Street", "1"),
             ("IL", "Rothschild 1, 6688101 Tel Aviv, Israel", "6688101", "Tel Aviv", "Rothschild", "1"),
             ("RU", "Tverskaya 1, 125009 Moskva, Russia", "125009", "Moskva", "Tverskaya", "1"),
             ("UA", "Khreshchatyk 1, 01001 Kyiv, Ukraine", "01001", "Kyiv", "Khreshchatyk", "1"),
             ("AR", "Avenida Corrientes 1000, C1043AAZ Buenos Aires, Argentina", "C1043AAZ", "Buenos Aires", "Avenida Corrientes", "1000"),
             ("CL", "Avenida Providencia 1, 7500000 Santiago, Chile", "7500000", "Santiago", "Avenida Providencia", "1")]
    for cc, text, pc, city, street, n in other:
        alt = text.replace(", " + text.split(", ")[-1], "")
        rec(cc, None, [text, text.replace(", ", "\n")], dict(street=street, house_number=n, postcode=pc, city=city, country=cc))
        rec(cc, cc, [alt, alt.upper() if False else alt.replace(", ", "\n")], dict(street=street, house_number=n, postcode=pc, city=city, country=cc))


def non_addresses():
    for t in ["hello world", "n/a", "-", "Jan de Vries", "06-12345678", "info@example.com", "unknown", "test test test",
              "Lorem ipsum dolor sit amet", "???", "Amsterdam"]:
        rec("XX", None, [t], {})


def gaps():
    """Cases added for the gaps of issue 5: GB house names, Brussels bilingual street names,
    Belgian municipalities from the postcode table (Statbel), regions and units of the
    other countries."""
    # GB house names (kept as unit, unit_type "house"; rendered as their own line)
    rec("GB", None, ["Rose Cottage, 12 High Street, Little Snoring, Fakenham, NR21 0AA",
                     "ROSE COTTAGE\n12 HIGH ST\nLITTLE SNORING\nFAKENHAM\nNR21 0AA",
                     "Rose Cottage, 12 High St, Little Snoring, Fakenham NR21 0AA, United Kingdom"],
        dict(unit="Rose Cottage", unit_type="house", street="High Street", house_number="12",
             dependent_locality="Little Snoring", city="Fakenham", postcode="NR21 0AA", country="GB"))
    rec("GB", "GB", ["The Old Rectory, Church Lane, Oxford OX1 2AB",
                     "the old rectory, church lane, oxford, ox1 2ab",
                     "THE OLD RECTORY\nCHURCH LANE\nOXFORD\nOX12AB"],
        dict(unit="The Old Rectory", unit_type="house", street="Church Lane", city="Oxford",
             postcode="OX1 2AB", country="GB"))
    rec("GB", None, ["Ivy House, 3 Mill Road, Cambridge CB1 2AD, UK",
                     "IVY HOUSE, 3 MILL RD, CAMBRIDGE, CB1 2AD, GB"],
        dict(unit="Ivy House", unit_type="house", street="Mill Road", house_number="3", city="Cambridge",
             postcode="CB1 2AD", country="GB"))
    # Brussels: a bilingual street line keeps its first language; the city follows it
    rec("BE", None, ["Rue de la Loi / Wetstraat 16, 1000 Brussel",
                     "Rue de la Loi/Wetstraat 16, 1000 Bruxelles",
                     "Rue de la Loi 16 / Wetstraat 16, 1000 Brussel, Belgique",
                     "RUE DE LA LOI / WETSTRAAT 16\n1000 BRUXELLES"],
        dict(street="Rue de la Loi", house_number="16", postcode="1000", city="Bruxelles", country="BE"))
    rec("BE", "BE", ["Wetstraat / Rue de la Loi 16, 1000 Bruxelles",
                     "Wetstraat 16 / Rue de la Loi 16, 1000 Brussel"],
        dict(street="Wetstraat", house_number="16", postcode="1000", city="Brussel", country="BE"))
    rec("BE", "BE", ["Chaussée d'Ixelles / Elsensesteenweg 10 bte 3, 1050 Elsene",
                     "Chaussée d'Ixelles 10 bte 3, 1050 Ixelles",
                     "Chée d'Ixelles 10 boîte 3, 1050 Elsene"],
        dict(street="Chaussée d'Ixelles", house_number="10", unit="3", unit_type="box", postcode="1050",
             city="Ixelles", country="BE"))
    rec("BE", "BE", ["Elsensesteenweg 10 bus 3, 1050 Ixelles", "Elsensestwg 10 bus 3, 1050 Elsene",
                     "ELSENSESTEENWEG 10/3, 1050 ELSENE"],
        dict(street="Elsensesteenweg", house_number="10", unit="3", unit_type="box", postcode="1050",
             city="Elsene", country="BE"))
    # Belgian municipality names from the postcode table, in the official language
    rec("BE", "BE", ["Meir 1, 2000 Anvers", "Meir 1, 2000 Antwerpen", "MEIR 1, 2000 ANVERS"],
        dict(street="Meir", house_number="1", postcode="2000", city="Antwerpen", country="BE"))
    rec("BE", None, ["Grote Markt 1, 8500 Courtrai, Belgique", "Grote Markt 1, 8500 Kortrijk, België"],
        dict(street="Grote Markt", house_number="1", postcode="8500", city="Kortrijk", country="BE"))
    rec("BE", None, ["Grand-Place 1, 7500 Doornik", "Grand-Place 1, 7500 Tournai"],
        dict(street="Grand-Place", house_number="1", postcode="7500", city="Tournai", country="BE"),
        note="country from the postcode + municipality table, no hint")
    rec("BE", None, ["Markt 1, 3800 Sint-Truiden", "Markt 1, 3800 Saint-Trond"],
        dict(street="Markt", house_number="1", postcode="3800", city="Sint-Truiden", country="BE"))
    # Regions and units of the other countries
    rec("IT", "IT", ["Via Roma 12, 20121 Milano, Lombardia", "Via Roma 12\n20121 MILANO\nLOMBARDIA",
                     "via roma 12, 20121 milano, lombardy"],
        dict(street="Via Roma", house_number="12", postcode="20121", city="Milano", region="IT-25", country="IT"))
    rec("ES", "ES", ["Calle Mayor 5, 3º B, 28013 Madrid", "Calle Mayor 5, 3ºB, 28013 Madrid",
                     "Calle Mayor, 5, 3° b, 28013 Madrid"],
        dict(street="Calle Mayor", house_number="5", unit="3º B", unit_type="floor", postcode="28013",
             city="Madrid", country="ES"))
    rec("ES", None, ["Gran Vía 1, 2º izq., 28013 Madrid, Comunidad de Madrid, España",
                     "Gran Vía 1, 2º izquierda, 28013 Madrid, Comunidad de Madrid, Spain"],
        dict(street="Gran Vía", house_number="1", unit="2º izq.", unit_type="floor", postcode="28013",
             city="Madrid", region="ES-MD", country="ES"))
    rec("DK", "DK", ["Vesterbrogade 12, 2. th., 1620 København V", "Vesterbrogade 12, 2 TH, 1620 København V",
                     "VESTERBROGADE 12, 2. TH.\n1620 KØBENHAVN V"],
        dict(street="Vesterbrogade", house_number="12", unit="2. th.", unit_type="floor", postcode="1620",
             city="København V", country="DK"))
    rec("DK", None, ["Vesterbrogade 12, st. tv., 1620 København V, Region Hovedstaden, Danmark",
                     "Vesterbrogade 12, ST TV, 1620 København V, Hovedstaden, Denmark"],
        dict(street="Vesterbrogade", house_number="12", unit="st. tv.", unit_type="floor", postcode="1620",
             city="København V", region="DK-84", country="DK"))
    rec("SE", "SE", ["Drottninggatan 5 lgh 1102, 111 51 Stockholm, Stockholms län",
                     "Drottninggatan 5 LGH 1102, 11151 Stockholm, Stockholms lan"],
        dict(street="Drottninggatan", house_number="5", unit="1102", unit_type="apartment", postcode="111 51",
             city="Stockholm", region="SE-AB", country="SE"))
    rec("PL", "PL", ["ul. Marszałkowska 10 m. 5, 00-514 Warszawa, woj. mazowieckie",
                     "ul. Marszałkowska 10 m. 5, 00514 Warszawa, mazowieckie"],
        dict(street="ul. Marszałkowska", house_number="10", unit="5", unit_type="apartment", postcode="00-514",
             city="Warszawa", region="PL-14", country="PL"))
    rec("LU", None, ["3 rue du Marché, L-9999 Wiltz, Canton de Wiltz", "3, rue du Marché, 9999 Wiltz, Canton de Wiltz, Luxembourg"],
        dict(street="Rue du Marché", house_number="3", postcode="9999", city="Wiltz", region="LU-WI", country="LU"))
    rec("CH", "CH", ["Place Saint-François 1, 1003 Lausanne, Vaud", "Place Saint-François 1\nCH-1003 Lausanne\nVD"],
        dict(street="Place Saint-François", house_number="1", postcode="1003", city="Lausanne", region="CH-VD", country="CH"))
    rec("AT", "AT", ["Favoritenstraße 15/2/14, 1100 Wien, Wien", "Favoritenstr. 15/2/14, 1100 Wien, Vienna"],
        dict(street="Favoritenstraße", house_number="15", unit="2/14", unit_type="apartment", postcode="1100",
             city="Wien", region="AT-9", country="AT"))
    rec("IE", "IE", ["Main Street 1, Ennis, Co. Clare, V95 X2Y3", "1 Main St, Ennis, County Clare, V95X2Y3"],
        dict(street="Main Street", house_number="1", postcode="V95 X2Y3", city="Ennis", region="IE-CE", country="IE"))
    rec("CA", "CA", ["100 Queen St W Suite 200, Toronto ON M5H 2N2", "100 Queen Street West, Suite 200, Toronto, Ontario, M5H 2N2"],
        dict(street="Queen Street West", house_number="100", unit="200", unit_type="suite", postcode="M5H 2N2",
             city="Toronto", region="CA-ON", country="CA"))
    rec("AU", "AU", ["Unit 5, 10 George St, Sydney NSW 2000", "Unit 5\n10 George Street\nSYDNEY NSW 2000"],
        dict(street="George Street", house_number="10", unit="5", unit_type="unit", postcode="2000",
             city="Sydney", region="AU-NSW", country="AU"))


nl(); be(); de(); fr(); gb(); us(); others(); non_addresses(); gaps()
with open("testdata/address/golden.jsonl", "w", encoding="utf-8") as f:
    f.write("// Generated by testdata/address/generate.py; see testdata/address/README.md.\n")
    for r in OUT:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(OUT), Counter(r["group"] for r in OUT))
