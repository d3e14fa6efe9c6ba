"""Ranking gazetteer candidates for each mention, with the document's country and region context.

Score = name match + log population + feature-class prior + country context + region context; the
best candidate is kept only when its score and its margin over the runner-up are high enough.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

import numpy as np

from dateline.models import Place
from dateline.resolve.geo.finder import REGION_WORDS, Mention
from dateline.resolve.geo.gazetteer import Candidate, Gazetteer, GazetteerEntry, distance_km
from dateline.resolve.geo.names import acronym_key, fold, same_syllables

CAPITAL_PRIOR = 2.0  # news names capitals far more often than their homonyms ("Washington", "Paris")
# the capital of a foreign country the text names ("on holiday in the United Kingdom ... London") beats a
# namesake in the text's own region
NAMED_COUNTRY_CAPITAL = 3.0
# Places named in one text lie near each other: a candidate close to the text's other places gains up
# to PROXIMITY_WEIGHT, decaying with distance (km scale PROXIMITY_KM).
PROXIMITY_WEIGHT = 2.0
PROXIMITY_KM = 150.0
LEVEL_PENALTY = {0: 0.0, 1: -0.7, 2: -2.6}
FEATURE_PRIOR = {"PCLI": 2.5, "CONT": 2.5, "ADM1": 1.0, "ADM2": -1.5, "PPL": 0.0, "PPLC": CAPITAL_PRIOR}
PRECISION = {"PCLI": "country", "CONT": "region", "ADM1": "region", "ADM2": "region", "PPL": "city",
             "PPLC": "city"}
MIN_SCORE = {"ner": 1.6, "list": 2.0, "prep": 2.8, "qualified": 2.0, "embedded": 4.0, "dateline": 2.8,
             "abbreviation": 0.0, "postal": 0.0,
             "suffix": 5.0, "person": 3.0,
             "facility": 2.8}
COUNTY_WORDS = ("county", "parish", "district", "borough")
NOT_OWN_NAME_PENALTY = 1.5
SKELETON_COUNTRY_SHARE = 0.3  # a consonant skeleton counts only in a text this much about the place's country
COMPASS_WORDS = {f"{side}{ending}" for side in ("north", "south", "east", "west") for ending in ("", "ern")} | {
    "central", "centre", "center", "northeast", "northwest", "southeast", "southwest", "north east", "north west",
    "south east", "south west", "middle", "upper", "lower", "coastal", "interior", ""}
GENERIC_REGION_WORDS = {"region", "province", "state", "district", "division", "coast", "area", "department"}
NEIGHBOUR_WEIGHT = 1.5
POPULATION_WEIGHT = 0.6
COHERENCE_WEIGHT = 2.0
COHERENCE_KM = 100.0
COHERENCE_TOP = 30  # candidates of a name given the coherence term (the best by everything else)
PLAUSIBLE_MARGIN = 3.0  # first-pass candidates this close to the best are plausible readings
QUALIFIER_TOWN_KM = 50.0  # "Phoenix (Durban)": a suburb or neighbouring town of the city in the parenthesis
QUALIFIER_MATCH = 6.0  # "Paris, Idaho", "Hashtgerd (Alborz)": the text itself names the region
REGION_CONTEXT = 2.0  # a place inside a region the text names ("Paris" in a text about Illinois)
# "Ohio, New York and Vermont", "Ontario, Quebec and Manitoba": the items of one list are places of one kind, so
# a name listed beside a country's regions is that country's region rather than its city or a town elsewhere
LISTED_REGION = 3.0
LIST_JOINERS = {", ", " and ", ", and ", " or ", ", or ", " & "}
FOCUS_MENTIONS = 2  # a text's main town, where its unplaced streets and buildings are, is named this often
FACILITY_TOWN_PROXIMITY = math.exp(-2)  # within about 300 km of another place of the text


@dataclass
class Context:
    country_weight: Counter = field(default_factory=Counter)
    regions: set[tuple[str, str]] = field(default_factory=set)  # (country, admin1) named in the text
    admin1_of_places: set[tuple[str, str]] = field(default_factory=set)  # admin1 holding a named place
    points: list[tuple[float, float]] = field(default_factory=list)  # other named towns and regions
    neighbours: dict[str, set[str]] = field(default_factory=dict)
    countries_named: set[str] = field(default_factory=set)  # countries the text names as such ("Spain")
    admin1_weight: Counter = field(default_factory=Counter)  # (country, admin1) → places of the text in it
    # the plausible readings of the text's other names (first pass): "Paris" beside "Lamar County" is the
    # Paris that has a Lamar County next to it
    readings: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    record: dict[str, list[tuple[float, float]]] | None = None  # set in the first pass to collect readings
    # a context is complete before any candidate is scored against it, so its points are turned into arrays
    # once and what it gives a point is memoized (the same candidates come back for every mention of a name)
    _memo: dict[tuple[str, float, float], float] = field(default_factory=dict, repr=False)
    _arrays: dict[str, tuple[np.ndarray, ...]] = field(default_factory=dict, repr=False)

    def coherence(self, entry: GazetteerEntry) -> float:
        """Share of the text's other names that have a plausible reading near this candidate."""
        if not self.readings or entry.feature_code in ("PCLI", "CONT"):
            return 0.0
        key = ("coherence", entry.lat, entry.lon)
        if key not in self._memo:
            if "readings" not in self._arrays:
                groups = [(g, lat, lon) for g, points in enumerate(self.readings.values()) for lat, lon in points]
                self._arrays["readings"] = (np.array([g for g, _, _ in groups], dtype=np.int64),
                                            *_radians([(lat, lon) for _, lat, lon in groups]))
            group, lats, lons = self._arrays["readings"]
            near = group[_distances_km(entry.lat, entry.lon, lats, lons) < COHERENCE_KM]
            self._memo[key] = len(np.unique(near)) / len(self.readings)
        return self._memo[key]

    def region_share(self, entry: GazetteerEntry) -> float:
        """How much of the text lies in the candidate's admin1 region (local news names one state's towns)."""
        total = sum(self.admin1_weight.values())
        return self.admin1_weight[(entry.country, entry.admin1)] / total if entry.admin1 and total else 0.0

    def neighbour_share(self, country: str | None) -> float:
        """Share of the text's country context held by countries bordering ``country`` ("Gaza" beside
        Israel and Egypt)."""
        key = ("neighbours", country or "", 0.0)
        if key not in self._memo:
            self._memo[key] = sum(self.country_share(n) for n in self.neighbours.get(country or "", ()))
        return self._memo[key]

    def proximity(self, entry: GazetteerEntry) -> float:
        if not self.points or entry.feature_code in ("PCLI", "CONT"):
            return 0.0
        key = ("proximity", entry.lat, entry.lon)
        if key not in self._memo:
            if "points" not in self._arrays:
                self._arrays["points"] = _radians(self.points)
            nearest = float(_distances_km(entry.lat, entry.lon, *self._arrays["points"]).min())
            self._memo[key] = math.exp(-nearest / PROXIMITY_KM)
        return self._memo[key]

    def country_share(self, country: str | None) -> float:
        if not country:
            return 0.0
        key = ("country", country, 0.0)
        if key not in self._memo:
            total = sum(self.country_weight.values())
            self._memo[key] = self.country_weight[country] / total if total else 0.0
        return self._memo[key]


def _radians(points: list[tuple[float, float]]) -> tuple[np.ndarray, np.ndarray]:
    array = np.radians(np.array(points, dtype=np.float64).reshape(-1, 2))
    return array[:, 0], array[:, 1]


def _distances_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle distances from one point to many (haversine, as ``distance_km``), in one array operation."""
    phi = math.radians(lat)
    h = np.sin((lats - phi) / 2) ** 2 + math.cos(phi) * np.cos(lats) * np.sin((lons - math.radians(lon)) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(h)))


def _score(candidate: Candidate, mention: Mention, context: Context, qualifier: GazetteerEntry | None) -> float:
    entry = candidate.entry
    score = LEVEL_PENALTY[candidate.level] - (0.0 if candidate.primary else 0.4)
    score += POPULATION_WEIGHT * math.log10(entry.population + 10)
    prior = FEATURE_PRIOR.get(entry.feature_code, 0.0)
    if entry.feature_code == "ADM2" and mention.text.lower().endswith(COUNTY_WORDS):
        prior = 2.0
    if mention.admin_hint and mention.admin_hint not in COUNTY_WORDS and entry.feature_code == "ADM1":
        prior += 3.0
    score += prior
    share = context.country_share(entry.country)
    score += 3.0 * share + NEIGHBOUR_WEIGHT * context.neighbour_share(entry.country)
    if candidate.level == 2 and share < SKELETON_COUNTRY_SHARE:
        score -= 3.0  # a consonant skeleton alone is no evidence outside the document's country
    if entry.feature_code != "ADM1":
        # a place under its own name in the region most of the text is about ("Paris" in a text about
        # Illinois); one region among many (a list of provinces) adds little
        named = (entry.country, entry.admin1) in context.regions
        score += REGION_CONTEXT * min(1.0, 3 * context.region_share(entry)) if named else 0.0
    score += PROXIMITY_WEIGHT * context.proximity(entry)
    if entry.feature_code == "PPLC" and candidate.primary and entry.country in context.countries_named \
            and share < 0.5:
        score += NAMED_COUNTRY_CAPITAL  # "in the United Kingdom ... London", in a text about elsewhere
    if entry.feature_code == "ADM1" and (entry.country, entry.admin1) in context.admin1_of_places:
        score += 2.0
    if qualifier is not None:
        if entry.country == qualifier.country and entry.admin1 == qualifier.admin1:
            score += QUALIFIER_MATCH
        elif entry.country == qualifier.country:
            score += 1.0
    return score


def _abbreviation(gazetteer: Gazetteer, text: str, postal: bool = False) -> GazetteerEntry | None:
    """The region of an abbreviation as written, also when the tokenizer cut its last period ("W.Va")."""
    if "." not in text and not postal:
        return None
    return gazetteer.abbreviation(text, postal) or (gazetteer.abbreviation(text + ".") if "." in text else None)


def _compass_named(entry: GazetteerEntry) -> bool:
    """"Western Region", "North Province", "West Coast": a region named by a compass word alone."""
    if entry.feature_code not in ("ADM1", "ADM2"):
        return False
    words = [w for w in fold(entry.name).split() if w not in GENERIC_REGION_WORDS]
    return " ".join(words) in COMPASS_WORDS


def _big(entry: GazetteerEntry) -> bool:
    return entry.population >= 1_000_000


def _big_enough(entry: GazetteerEntry) -> bool:
    return entry.population >= 100_000 or entry.feature_code == "PPLC"


def _region(entry: GazetteerEntry) -> bool:
    return entry.feature_code in ("PCLI", "ADM1", "CONT")


# "Viña del Mar", "Rio de Janeiro", "Isle of Man": a name going on past a lower-case particle the tagger stopped at
NAME_TAIL = re.compile(r"\s+(?:de(?:l| la| los| las)?|do|da|dos|das|di|du|of|al|el|la|le|les|sur|upon|on)\s+"
                       r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


def _with_name_tail(gazetteer: Gazetteer, mention: Mention, text: str) -> Mention:
    """The mention run on to a particle and the capitalised words after it, when that whole name is a place."""
    tail = NAME_TAIL.match(text, mention.end)
    if tail is None or mention.kind != "toponym":
        return mention
    for end in sorted({tail.end(), tail.end() - len(tail.group().split()[-1]) - 1} - {mention.end}, reverse=True):
        whole = text[mention.start:end].rstrip()
        if any(c.level == 0 and c.primary for c in gazetteer.lookup(whole, 0)):
            return Mention(mention.start, mention.start + len(whole), whole, mention.source, mention.label,
                           in_place_list=mention.in_place_list)
    return mention


def _merge_joined_names(gazetteer: Gazetteer, mentions: list[Mention], text: str) -> list[Mention]:
    """"Bosnia and Herzegovina", "Antigua and Barbuda": neighbours the tagger split that name one country or
    region together; "Viña del Mar": a name the tagger cut at its particle."""
    merged: list[Mention] = []
    for mention in mentions:
        mention = _with_name_tail(gazetteer, mention, text)
        if merged and mention.start < merged[-1].end:
            continue  # the words the name ran on to were a mention of their own ("Mar")
        previous = merged[-1] if merged else None
        if previous is not None and text[previous.end:mention.start] in (" and ", " & "):
            whole = text[previous.start:mention.end]
            if any(c.entry.feature_code in ("PCLI", "ADM1") for c in gazetteer.lookup(whole, 1)):
                merged[-1] = Mention(previous.start, mention.end, whole, "ner", "GPE")
                continue
        merged.append(mention)
    return merged


def _qualifier_entry(gazetteer: Gazetteer, name: str | None, context: Context) -> GazetteerEntry | None:
    if not name:
        return None
    abbreviated = _abbreviation(gazetteer, name, postal=len(name) == 2)
    if abbreviated is not None:
        return abbreviated
    # a consonant skeleton is enough for a region of the text's own country ("West Azerbaijan" is
    # Azarbayjan-e Gharbi)
    regions = [c for c in gazetteer.lookup(name, max_level=2) if c.entry.feature_code in ("ADM1", "PCLI")
               and (c.level < 2 or context.country_share(c.entry.country) >= 0.3)]
    if not regions:
        return None
    return max(regions, key=lambda c: (-c.level, context.country_share(c.entry.country),
                                       c.entry.population)).entry


def _qualifier_town(gazetteer: Gazetteer, name: str | None, context: Context) -> GazetteerEntry | None:
    """The town a parenthesis names ("Phoenix (Durban)"): a place of that very name, the text's country's first."""
    towns = [c.entry for c in gazetteer.lookup(name, max_level=0) if c.primary
             and c.entry.feature_code in ("PPL", "PPLC")] if name else []
    return max(towns, key=lambda e: (context.country_share(e.country), e.population)) if towns else None


def _place(mention: Mention, entry: GazetteerEntry, confidence: float) -> Place:
    return Place(
        start=mention.start, end=mention.end, text=mention.text, name=entry.name, geonameid=entry.geonameid,
        lat=round(entry.lat, 5), lon=round(entry.lon, 5), country=entry.country, admin1=entry.admin1,
        admin2=entry.admin2, feature_class=entry.feature_class,
        precision=PRECISION.get(entry.feature_code, "city"), confidence=confidence,
    )


def resolve_mention(gazetteer: Gazetteer, mention: Mention, context: Context) -> Place | None:
    """The mention's Place (resolution fields empty when abstaining), or None when it is no toponym."""
    if mention.kind == "demonym":
        entry = gazetteer.demonym(mention.text)
        return _place(mention, entry, 0.9) if entry is not None else None
    abbreviated = _abbreviation(gazetteer, mention.text, postal=mention.source == "postal") \
        if mention.source in ("abbreviation", "postal", "ner") else None
    if abbreviated is not None:
        return _place(mention, abbreviated, 0.9)
    if mention.source == "abbreviation":
        # "U.S.", "U.K.": a dotted acronym of a country
        countries = [c.entry for c in gazetteer.lookup(mention.text, max_level=0) if c.entry.feature_code == "PCLI"]
        return _place(mention, max(countries, key=lambda e: e.population), 0.9) if countries else None
    if mention.source == "postal":
        return None
    return _resolve_span(gazetteer, mention, context)


def _other_accents(written: str, name: str) -> bool:
    """Both names carry accents, on different letters."""
    return not written.isascii() and not name.isascii() and written.casefold() != name.casefold()


def _loose_match_admitted(candidate: Candidate, mention: Mention, context: Context) -> bool:
    """A spelling variant ("Dorud" for "Doroud") or consonant skeleton ("Karaj" for "Kerej") is evidence only
    for a place's own name (for a region also the forms made of it, "Chaharmahal and Bakhtiari"), written as a
    name, and a skeleton only in a text about the place's country: in English text loose keys mostly meet
    common words and people ("Easter" / Estero, "Putin" / an alternate name of a small town)."""
    if candidate.level == 0:
        return True
    if not (candidate.primary or _region(candidate.entry)) or not mention.text[:1].isupper():
        return False
    if mention.after_article and not _region(candidate.entry):
        return False  # "towards the Kasbah" names a landmark, not the town Ksiba
    if candidate.level == 1:
        return True
    return context.country_share(candidate.entry.country) >= SKELETON_COUNTRY_SHARE and (
        _region(candidate.entry) or same_syllables(mention.text, candidate.entry.name))


def _resolve_span(gazetteer: Gazetteer, mention: Mention, context: Context) -> Place | None:
    candidates = [c for c in gazetteer.lookup(mention.text) if _loose_match_admitted(c, mention, context)]
    if not candidates:
        return None
    qualifier = _qualifier_entry(gazetteer, mention.qualifier, context)
    if mention.source == "facility":
        # a town inside a building's name: well known, or near the text's other places
        candidates = [c for c in candidates if c.level == 0 and (c.primary or _big(c.entry) or _region(c.entry)) and (
            c.entry.feature_code in ("PCLI", "ADM1", "CONT") or c.entry.population >= 100_000
            or context.proximity(c.entry) >= FACILITY_TOWN_PROXIMITY)]
    elif mention.source == "embedded":
        # only an exact name of a well-known place, or of a sizeable town in the document's country; once the
        # name is admitted so, also its smaller namesakes near the text's other places ("The Berlin Rotary
        # Club" in a text about Concord, N.H. is the Berlin of New Hampshire)
        county = mention.text.lower().endswith(COUNTY_WORDS)  # "Pulaski County Sheriff's Office"
        admitted = [c for c in candidates if c.level == 0 and (c.primary or c.entry.population >= 1_000_000) and (
            c.entry.feature_code in ("PCLI", "ADM1", "CONT") or c.entry.population >= 100_000
            or (county and c.entry.feature_code == "ADM2")
            or (c.entry.population >= 10_000 and context.country_share(c.entry.country) >= 0.3))]
        candidates = admitted + [c for c in candidates if admitted and c not in admitted and c.level == 0
                                 and c.primary and context.proximity(c.entry) >= FACILITY_TOWN_PROXIMITY]
    elif mention.source == "suffix":
        candidates = [c for c in candidates if c.level == 0 and c.primary and c.entry.feature_code in
                      ("PCLI", "CONT")]
    elif mention.source == "person":
        # the tagger's PERSON is a region only under its exact name: "Andhra Pradesh said", and a one-word
        # name ("Georgia", "Jordan") only in a text about that country
        candidates = [c for c in candidates if c.level == 0 and c.primary and (
            c.entry.feature_code in ("PCLI", "CONT") or (c.entry.feature_code == "ADM1" and c.entry.population
                                                         >= 1_000_000))
            and (" " in mention.text or context.country_share(c.entry.country) >= 0.3)]
    if mention.admin_hint in ("county", "parish") and any(c.entry.feature_code == "ADM2" for c in candidates):
        candidates = [c for c in candidates if c.entry.feature_code == "ADM2"]  # "Anderson and Cherokee counties"
    if mention.admin_hint in REGION_WORDS:
        # "Ningxia province", "Sonora State": the text says it is a region, so no town of a like name (a town
        # is a fair reading of "the Lancaster district")
        candidates = [c for c in candidates if c.entry.feature_code in ("ADM1", "ADM2")]
    if not candidates:
        return None
    # "Phoenix (Durban)", "Phoenix, north of Durban": a town the text places by a city is near that city, not a
    # namesake abroad
    town = _qualifier_town(gazetteer, mention.qualifier if qualifier is None and mention.qualifier_span
                           else mention.reference, context)
    if town is not None:
        near = [c for c in candidates if distance_km(c.entry.lat, c.entry.lon, town.lat, town.lon)
                <= QUALIFIER_TOWN_KM]
        # else a town of the city's province ("Saravan (Zahedan)" names the provincial capital)
        candidates = near or [c for c in candidates if (c.entry.country, c.entry.admin1) == (
            town.country, town.admin1) and c.entry.feature_code in ("PPL", "PPLC")]
        if not candidates:
            return _place(mention, town, 0.5).model_copy(
                update={"geonameid": None, "feature_class": "S", "precision": "near"})
    if qualifier is not None and mention.qualifier_span is not None:
        # "Konna (Mopti)", "near Konna in Mopti region": the text says which country; a namesake elsewhere is
        # not it (the event then stays at the region)
        candidates = [c for c in candidates if c.entry.country == qualifier.country]
        if not candidates:
            return Place(start=mention.start, end=mention.end, text=mention.text)
    # "Bè", a quarter of Lomé, is no other name of Bex in Switzerland: a short other name of a small town abroad
    candidates = [c for c in candidates if c.primary or len(mention.text) > 3 or c.entry.population >= 100_000
                  or context.country_share(c.entry.country) > 0]
    if not candidates:
        return None
    if mention.source == "ner" and not mention.in_place_list and qualifier is None:
        # a variant-only match of a small place is more often a person or dynasty than a town (and accents on
        # other letters make a variant: "Ngäbe communities" are no town Ngabé)
        candidates = [c for c in candidates if (c.level == 0 and not _other_accents(mention.text, c.entry.name))
                      or c.entry.population >= 20_000]
        if not candidates:
            return None
    # "West", "Northern", "Central": regions named by a bare compass word are meant only where the text says
    # region ("Western Province") or is about that country
    candidates = [c for c in candidates if not _compass_named(c.entry) or mention.admin_hint
                  or context.country_share(c.entry.country) >= 0.3]
    if not candidates:
        return None
    # a province holding a city of its name ("Kermanshah", "New York"): the bare name means the city, so
    # the province steps back, but only behind its own city ("Florida" stays the US state)
    regions = {(c.entry.country, c.entry.name) for c in candidates if c.entry.feature_code == "ADM1"}
    with_own_city = {(c.entry.country, c.entry.admin1) for c in candidates
                     if c.entry.feature_code in ("PPL", "PPLC") and c.level < 2 and (c.primary or _big(c.entry))
                     and (c.entry.country, c.entry.admin1) in regions}
    # (a city-province whose city is filed under another admin1: Maputo city in "Maputo City", not Maputo province)
    with_own_city |= {(c.entry.country, c.entry.name) for c in candidates if c.entry.feature_code in ("PPL", "PPLC")
                      and c.level == 0 and c.primary and _big_enough(c.entry) and (c.entry.country, c.entry.name)
                      in regions}
    # a name that is some places' own name means those places, not others that once bore it ("Fairview"), nor
    # places whose names are only spelled like it ("New Quay" is not Newquay)
    own_name = any(c.level == 0 and c.primary for c in candidates)
    if own_name:
        candidates = [c for c in candidates if c.level == 0]
    # nor, when one of them is well known, small places that bear it as another name or whose name only shares
    # its consonants ("London" is not Linden, "New York" not a town once called so)
    if any(c.level == 0 and c.primary and (_big_enough(c.entry) or _region(c.entry)) for c in candidates):
        candidates = [c for c in candidates if c.level < 2 and (c.primary or _big_enough(c.entry)
                                                                 or _region(c.entry))]

    def score(candidate: Candidate) -> float:
        value = _score(candidate, mention, context, qualifier)
        entry = candidate.entry
        if own_name and not candidate.primary and entry.feature_code in ("PPL", "PPLC", "ADM2") \
                and not _big(entry):
            value -= NOT_OWN_NAME_PENALTY
        listed_region = entry.feature_code == "ADM1" and entry.country in mention.listed_with_regions_of
        if listed_region:
            value += LISTED_REGION
        elif not mention.admin_hint and entry.feature_code == "ADM1" and (entry.country, entry.name) in with_own_city:
            value -= 5.0
        return value

    ranked = sorted(((score(c), c) for c in candidates),
                    key=lambda pair: pair[0], reverse=True)
    if context.readings:
        top = [(value + COHERENCE_WEIGHT * context.coherence(c.entry), c) for value, c in ranked[:COHERENCE_TOP]]
        ranked = sorted(top, key=lambda pair: pair[0], reverse=True) + ranked[COHERENCE_TOP:]
    if context.record is not None:
        context.record[mention.text] = [(c.entry.lat, c.entry.lon) for value, c in ranked[:COHERENCE_TOP]
                                        if value >= ranked[0][0] - PLAUSIBLE_MARGIN
                                        and c.entry.feature_code not in ("PCLI", "CONT")]
    best_score, best = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else best_score - 4.0
    margin = best_score - runner_up
    needed = MIN_SCORE[mention.source] - (1.0 if mention.in_place_list else 0.0)
    if qualifier is not None:
        needed -= 1.0
    if best_score < needed:
        if mention.source == "ner" and best.level < 2 and best_score > needed - 1.5:
            return Place(start=mention.start, end=mention.end, text=mention.text)  # a place, but unsure which
        return None
    mention.match_level = best.level
    confidence = round(1 / (1 + math.exp(-(margin - 0.5))) * (1.0 - 0.15 * best.level), 3)
    return _place(mention, best.entry, confidence)


def _context_from(places: list[Place], country_hint: str | None, gazetteer: Gazetteer) -> Context:
    context = Context(neighbours=gazetteer.neighbours)
    if country_hint:
        context.country_weight[country_hint.upper()] += 3.0
    for place in places:
        if place.country is None or place.confidence < 0.4:
            continue
        if place.precision == "country":
            context.country_weight[place.country] += 2.0
            context.countries_named.add(place.country)
        else:
            context.country_weight[place.country] += 1.0
        if place.precision in ("city", "region") and place.lat is not None and place.lon is not None:
            context.points.append((place.lat, place.lon))
        if place.admin1:
            context.admin1_weight[(place.country, place.admin1)] += 1.0
            if place.precision == "region":
                context.regions.add((place.country, place.admin1))
            else:
                context.admin1_of_places.add((place.country, place.admin1))
    return context


def _resolve_with_parts(gazetteer: Gazetteer, mention: Mention, context: Context) -> list[tuple[Place, Mention]]:
    """The mention's place; else each of the places it joins; else its first alternative that resolves."""
    if mention.kind == "facility":
        return _facility_by_name(gazetteer, mention, context)
    place = resolve_mention(gazetteer, mention, context)
    if place is not None:
        return [(place, mention)]
    if mention.parts:
        return [pair for part in mention.parts for pair in _resolve_with_parts(gazetteer, part, context)]
    for alternative in mention.alternatives:
        place = resolve_mention(gazetteer, alternative, context)
        if place is not None:
            return [(place, alternative)]
        if (retried := _as_town(gazetteer, alternative, context)) is not None:
            return [retried]
    retried = _as_town(gazetteer, mention, context)
    return [retried] if retried is not None else []


def _as_town(gazetteer: Gazetteer, mention: Mention, context: Context) -> tuple[Place, Mention] | None:
    """A town the tagger took for a nationality or language ("Khartoum, Omdurman and Atbara", "Saravan (Sistan
    and Baluchestan province)", "rallied in Tunis."), read as a place: no people is called so, and it stands in
    a list of places, before its region or after a locative preposition."""
    if mention.kind != "demonym" or not (mention.in_place_list or mention.qualifier or mention.after_preposition):
        return None
    if not (mention.in_place_list or mention.qualifier) and (acronym_key(mention.text) is not None or not any(
            c.primary for c in gazetteer.lookup(mention.text, max_level=0))):
        return None  # after a preposition alone, only a town's own name, and no acronym ("to BA" is an airline)
    as_place = replace(mention, kind="toponym")
    place = resolve_mention(gazetteer, as_place, context)
    return (place, as_place) if place is not None else None


def _facility_by_name(gazetteer: Gazetteer, mention: Mention, context: Context) -> list[tuple[Place, Mention]]:
    """The place named inside a facility's name, at its own span ("Oregon" of "Southern Oregon
    University"); the facility itself is placed later when it names none."""
    for alternative in mention.alternatives:
        place = resolve_mention(gazetteer, alternative, context)
        if place is not None and place.lat is not None:
            return [(place, alternative)]
    return []


def _near(mention: Mention, town: Place, confidence: float) -> Place:
    return town.model_copy(update={"start": mention.start, "end": mention.end, "text": mention.text,
                                   "geonameid": None, "feature_class": "S", "precision": "near",
                                   "confidence": confidence})


def _locate_facilities(mentions: list[Mention], places: list[tuple[Place, Mention]], text: str
                       ) -> list[tuple[Place, Mention]]:
    """Facilities not named after a town: at the town the sentence puts them in ("Main Street in
    Ashland"), else at the text's most named town or region."""
    placed = {id(m) for _, m in places}
    towns = [p for p, m in places if m.kind == "toponym" and p.lat is not None and p.precision in ("city", "region")]
    if not towns:
        return places
    # the main town: named most often, a town of the country the text names most
    countries = Counter(p.country for p, m in places if m.kind == "toponym" and p.country)
    main_country = countries.most_common(1)[0][0] if countries else None
    counts = Counter((p.name, p.lat, p.lon) for p in towns
                     if p.confidence >= 0.5 and p.precision == "city" and p.country == main_country)
    top = counts.most_common(2)
    focus = None
    if top and top[0][1] >= FOCUS_MENTIONS and (len(top) == 1 or top[0][1] > top[1][1]):
        focus = next(p for p in towns if (p.name, p.lat, p.lon) == top[0][0])
    added = []
    for mention in mentions:
        if mention.kind != "facility" or id(mention) in placed or any(id(a) in placed for a in mention.alternatives):
            continue
        following = next((p for p in towns if 0 <= p.start - mention.end <= 5
                          and text[mention.end:p.start].strip() in ("in", "at", ",", "of", "near")), None)
        if following or focus:
            added.append((_near(mention, following or focus, 0.5 if following else 0.3), mention))
    return sorted([*places, *added], key=lambda pair: pair[0].start)


def _is_admin1(place: Place) -> bool:
    return place.precision == "region" and place.country is not None and place.name == place.admin1


def _mark_listed_regions(mentions: list[Mention], first: list[tuple[Place, Mention]], text: str) -> None:
    """Give each mention the countries whose admin1 regions (first-pass readings) make at least half of the
    other items of its list (one province in a list of cities says nothing of the others)."""
    reading = {id(m): p for p, m in first}
    chain: list[Mention] = []
    for mention in [*mentions, None]:
        if mention is not None and chain and text[chain[-1].end:mention.start] in LIST_JOINERS:
            chain.append(mention)
            continue
        for item in chain if len(chain) > 1 else []:
            others = [place for other in chain if other is not item and other.text != item.text
                      and (place := reading.get(id(other))) is not None]
            regions = Counter(place.country for place in others if _is_admin1(place))
            # (two regions at least: in "Brest and Gomel" one reading of the other name says little)
            item.listed_with_regions_of = {country for country, count in regions.items()
                                           if country and count >= 2 and 2 * count >= len(others)}
        chain = [mention] if mention is not None else []


def resolve_mentions(gazetteer: Gazetteer, mentions: list[Mention], country_hint: str | None, text: str = ""
                     ) -> list[tuple[Place, Mention]]:
    """Two passes: first with the dateline's country only, then with what the first pass found.
    Each place comes with the mention it was resolved from (its ``kind`` tells demonyms apart)."""
    mentions = _merge_joined_names(gazetteer, mentions, text)
    first_context = _context_from([], country_hint, gazetteer)
    first_context.record = {}
    first = [pair for m in mentions for pair in _resolve_with_parts(gazetteer, m, first_context)]
    found = [p for p, _ in first]
    _mark_listed_regions(mentions, first, text)
    contexts: dict[str, Context] = {}
    places = []
    for mention in mentions:
        # a name is judged by the other places of the text, not by its own first guess
        if mention.text not in contexts:
            others = [p for p in found if mention.text not in p.text and p.text not in mention.text]
            contexts[mention.text] = _context_from(others, country_hint, gazetteer)
            contexts[mention.text].readings = {
                name: points for name, points in first_context.record.items()
                if points and mention.text not in name and name not in mention.text}
        places += _resolve_with_parts(gazetteer, mention, contexts[mention.text])
    return _locate_facilities(mentions, _keep_placed_readings(places), text)


def _placed(mention: Mention) -> bool:
    return mention.qualifier_span is not None or mention.reference is not None


def _keep_placed_readings(places: list[tuple[Place, Mention]]) -> list[tuple[Place, Mention]]:
    """One sense per text: a name the text once placed by a city or region ("Phoenix, north of Durban",
    "Konna (Mopti)") keeps that reading where it is named again without it ("the violence in Phoenix")."""
    placed = {m.text: p for p, m in places if _placed(m) and m.kind == "toponym" and p.lat is not None}
    kept = []
    for place, mention in places:
        anchor = placed.get(mention.text)
        if anchor is not None and not _placed(mention) and mention.kind == "toponym" and (
                place.lat, place.lon) != (anchor.lat, anchor.lon):
            place = anchor.model_copy(update={"start": place.start, "end": place.end, "text": place.text,
                                              "confidence": round(anchor.confidence * 0.9, 3)})
        kept.append((place, mention))
    return kept
