"""Finding toponym mentions: spaCy NER plus the sentence's structure (lists, locative prepositions,
"Town (Province)" qualifiers), so places the small model tags as PERSON/ORG are still recovered."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from dateline.nlp import doc_text

PLACE_LABELS = {"GPE", "LOC"}
RECOVERABLE_LABELS = {"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", ""}
LOCATIVE_PREPOSITIONS = {"in", "near", "outside", "around", "across", "into", "at", "throughout", "inside",
                         "to", "from", "via", "between", "toward", "towards"}
LIST_SEPARATORS = {",", "and", "or", "&", ";"}
LIST_PREPOSITIONS = {"in", "across", "throughout"}
# "the cities of A, B and C", "provinces such as ..." — a head noun that says the items are places
PLACE_HEADS = re.compile(r"\b(?:cit(?:y|ies)|towns?|villages?|provinces?|states?|countries|regions?|"
                         r"districts?|counties|municipalities|areas?|capitals?|places)\s+(?:of|such as|like|"
                         r"including)\s*$", re.IGNORECASE)
ADMIN_SUFFIX = re.compile(r"^(?:province|state|region|county|district|oblast|governorate|prefecture|parish)$",
                          re.IGNORECASE)
# words the tagger takes into a first-level region's name ("Hunan province", "Sonora State"); "county",
# "district" and "parish" are left on, being part of many second-level names ("Lamar County")
REGION_WORDS = {"province", "state", "region", "oblast", "governorate", "prefecture", "territory"}
# words a run of capitalized tokens may open with that are no part of a name ("In Arequipa, Juliaca and Cusco")
LEADING_WORDS = {"the", "a", "an", "in", "at", "on", "from", "across", "near", "outside", "inside", "throughout",
                 "into", "around", "elsewhere", "meanwhile", "and", "but", "both", "by"}
# "Zambia, Oct 12", "Tuesday, Cairo": a capitalised month or weekday is a date, not a town of that name ("March"),
# unless the tagger itself calls it a place
CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                  "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# "BEIRUT:", "WASHINGTON (AP) —", "KANSAS CITY, Mo. —": an upper-case run opening a line is a dateline
DATELINE_AFTER = re.compile(r"^\s*(?:[:(—–-]|,\s*[A-Z][a-z]*\.?\s*[—–-])")
LINE_LABEL_AFTER = re.compile(r"^(?::\s|\s+[—–]\s|\.\s+(?=[A-Z]))")  # "Marseille: ...", "Dakar. On Thursday ..."
MAX_EMBEDDED_TOKENS = 4
# "S.C.", "N.Y.", "W.Va." (dotted initials: always worth a look-up) and "Calif.", "Minn." (one word: only where
# the sentence puts a place there: after "Town, ", a party label "D-" or a preposition)
DOTTED_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z]\.(?:[A-Z][a-z]?\.){1,2})")
WORD_ABBREVIATION = re.compile(r"(?<![\w.])[A-Z][a-z]{1,4}\.")
ABBREVIATION_LEAD = re.compile(r"(?:,\s|\b[DRI]-|\bin\s)$")
YEAR_BEFORE = re.compile(r"\d\s?$")
# "Rep. Jane Doe, D-Tulsa": the district after a US party letter
PARTY_DISTRICT = re.compile(r"(?<=[,(]\s[DRI]-)[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")
# "Austin, TX": a two-letter postal code right after a place
POSTAL_AFTER = re.compile(r",\s([A-Z]{2})(?!\w|\.\w)")
# ", north of ", " just south-east of the ": what lies between a town and the town it lies by (a distance, "186
# miles southeast of", says it is no neighbour)
RELATIVE_TO = re.compile(r",?\s+(?:just\s+)?"
                         r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+(?:of|from)\s+(?:the\s+)?",
                         re.IGNORECASE)
CONNECTORS = {"to", "and", "or", "&", "from"}
DIRECTION_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs", "edge"}
# particles inside Persian and Arabic compound names, written with a hyphen ("-e", "al-")
HYPHEN_PARTICLES = {"e", "ye", "i", "al", "el", "ul", "ol", "ad", "ed", "ud", "ar", "as", "ash", "at", "az", "ez",
                  "es", "en", "an", "ur", "un"}
# Streets, buildings and sites ("Main Street", "Edinburgh Castle", "Evin Prison"): no gazetteer holds them, so
# they are placed at the town they name, the town the sentence puts them in, or the text's main town.
STREET_HEADS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "parade",
                "square", "highway"}
FACILITY_HEADS = STREET_HEADS | {
    "hospital", "clinic", "castle", "palace", "chapel", "church", "cathedral", "mosque", "temple",
    "synagogue", "abbey", "airport", "station", "bridge", "prison", "jail", "penitentiary", "college",
    "university", "school", "academy", "elementary", "stadium", "arena", "mall", "market", "hotel", "inn",
    "theatre", "theater", "museum", "library", "tower", "centre", "center", "campus", "canal", "plantation",
    "farm", "farms", "base", "barracks", "camp", "complex", "courthouse", "harbour", "harbor", "park",
    "gardens", "zoo", "cemetery", "monument", "plaza", "garrison",
}
FACILITY_LEADS = {"rue", "avenida", "calle", "via", "piazza", "fort"}


@dataclass
class Mention:
    start: int  # character offsets into the document text
    end: int
    text: str
    source: str  # ner | list | prep | qualified
    label: str = ""  # spaCy entity label that covered the span, if any
    qualifier: str | None = None  # "Alborz" in "Hashtgerd (Alborz)": the region that narrows the place
    qualifier_span: tuple[int, int] | None = None
    admin_hint: str = ""  # "province" of "Alborz province": the word by which the text says it is a region
    in_place_list: bool = False
    kind: str = "toponym"  # or "demonym" ("Sudanese" refers to Sudan) or "facility" ("Evin Prison")
    # what to try, in order, when the whole span is no place: shorter leading spans ("Texas" of "Texas
    # Department"), a leading demonym ("Kenyan" of "Kenyan Army"), a closing country ("Air Namibia")
    alternatives: list[Mention] = field(default_factory=list)
    match_level: int | None = None  # set by the resolver: 0 exact name, 1 variant, 2 skeleton
    # the places an entity joins, tried when the whole is no place ("Wichita to D.C.")
    parts: list[Mention] = field(default_factory=list)
    # set by the resolver: countries whose admin1 regions stand beside it in a list ("Ohio, Georgia and Texas")
    listed_with_regions_of: set[str] = field(default_factory=set)
    after_preposition: bool = False  # "in Tunis": the sentence puts a place here, whatever the tagger says
    after_article: bool = False  # "towards the Kasbah": a landmark or feature more often than a town
    reference: str | None = None  # "Durban" in "Phoenix, north of Durban": the town this one lies near


def _is_name_token(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    return token.is_alpha or bool(re.fullmatch(r"[A-Z][\w.'’-]*", text))


def _name_runs(sent: Span) -> list[Span]:
    """Maximal runs of capitalized tokens in a sentence (allowing inner "-e-", "of", "de" joiners)."""
    runs: list[Span] = []
    i = sent.start
    doc = sent.doc
    while i < sent.end:
        if not _is_name_token(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < sent.end:
            if _is_name_token(doc[j]):
                j += 1
            elif doc[j].text in {"-", "-e-"} and j + 1 < sent.end and _is_name_token(doc[j + 1]):
                j += 2
            elif (joined := _particle_join(doc, j, sent.end)) > j:
                j = joined
            elif doc[j].text in ROMANCE_PARTICLES and j + 1 < sent.end and _is_name_token(doc[j + 1]):
                j += 2
            else:
                break
        runs.append(doc[i:j])
        i = j
    return runs


def _particle_join(doc: Doc, j: int, end: int) -> int:
    """Past a lower-case particle joining two parts of one name — Persian ezafe "Gonbad-e Kavus",
    "Mazar-i-Sharif", Arabic "Bir al-Abd", "Deir ez-Zor" — or ``j`` itself when there is none."""
    k = j + 1 if doc[j].text == "-" else j
    if k >= end or doc[k].lower_ not in HYPHEN_PARTICLES or doc[k].text != doc[k].lower_:
        return j
    k += 1
    if k < end and doc[k].text == "-":
        k += 1
    if (k - j < 2 and doc[j].text != "-") or k >= end or not _is_name_token(doc[k]):
        return j  # a bare particle needs its hyphen ("al-Abd"), and the name must go on
    return k + 1


def _label_of(span: Span) -> str:
    labels = [token.ent_type_ for token in span if token.ent_type_]
    return next((label for label in labels if label in PLACE_LABELS), labels[0] if labels else "")


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in LEADING_WORDS:
        start += 1
    while end > start and span.doc[end - 1].text in {"'s", "’s", "'", "’"}:
        end -= 1
    return span.doc[start:end] if end > start else None


# "the Esplanada dos Ministérios", "Praça da Sé": a name joined to the next by a Romance particle is one longer
# name (a square, an avenue), which the tagger often cuts in two.
ROMANCE_PARTICLES = {"de", "do", "dos", "da", "das", "del", "della", "di", "du", "des"}


def find_mentions(sdoc: Doc) -> list[Mention]:
    """Candidate toponym spans in text order (the resolver later keeps those the gazetteer supports)."""
    mentions: dict[tuple[int, int], Mention] = {}
    for ent in sdoc.ents:
        span = _trim(ent)
        if span is None:
            continue
        if ent.label_ in PLACE_LABELS and WORD_ABBREVIATION.fullmatch(span.text) \
                and not ABBREVIATION_LEAD.search(doc_text(sdoc)[max(0, span.start_char - 6):span.start_char]):
            continue  # "went to Mass.": a one-word abbreviation needs a place-like lead
        if ent.label_ in PLACE_LABELS and _is_era(doc_text(sdoc), span.start_char):
            continue
        if ent.label_ in PLACE_LABELS:
            mentions[(span.start_char, span.end_char)] = Mention(
                span.start_char, span.end_char, span.text, "ner", ent.label_, parts=_joined_parts(span),
                alternatives=_without_region_word(span))
        elif ent.label_ in ("NORP", "LANGUAGE"):  # the tagger calls some towns languages ("in Tunis")
            mentions[(span.start_char, span.end_char)] = Mention(
                span.start_char, span.end_char, span.text, "ner", ent.label_, kind="demonym")

    for sent in sdoc.sents:
        runs = _name_runs(sent)
        groups: list[list[Span]] = []
        tail = 0  # where the last list item ends, with its "(Province)" qualifier if it has one
        qualified: set[int] = set()  # list items a "(Province)" qualifier follows: places, whatever the tagger says
        for run in runs:
            if run.start < tail:
                continue  # inside a qualifier: "(Sistan and Baluchestan province)"
            previous = groups[-1][-1] if groups else None
            between = sdoc[max(previous.end, tail):run.start] if previous is not None else None
            if between is not None and len(between) <= 2 and all(t.text in LIST_SEPARATORS for t in between) \
                    and between.text.strip():
                groups[-1].append(run)
            elif between is not None and _is_paren_qualifier(sdoc, previous, run):
                # a "(Province)" qualifier belongs to the list item before it; the list goes on after it
                tail = _closing_paren(sent, run)
                qualified.add(previous.start)
                continue
            else:
                groups.append([run])
        for group in groups:
            lead = doc_text(sdoc)[max(sent.start_char, group[0].start_char - 40):group[0].start_char]
            anchored = any(_label_of(run) in PLACE_LABELS or run.start in qualified for run in group) or (
                _after_locative(sdoc, group[0], sent) and all(len(run) <= 2 and run[-1].lower_.rstrip(".") not in
                                                              FACILITY_HEADS for run in group))
            head_says_places = bool(PLACE_HEADS.search(lead))
            if len(group) >= 2 and (anchored or head_says_places):
                for run in group:
                    _add(mentions, run, "list", in_place_list=True)
            elif head_says_places:
                _add(mentions, group[0], "list", in_place_list=True)
        for run in runs:
            before = sdoc[run.start - 1] if run.start > sent.start else None
            after_article = before is not None and before.lower_ == "the"
            if after_article and before.i > sent.start:
                before = sdoc[before.i - 1]  # "in the Vatican", "across the Sahel"
            if len(run) > 1 and run[0].lower_ in LOCATIVE_PREPOSITIONS:
                before = run[0]  # "In Izeh (Khuzestan province), ...": the run opens with its preposition
            if _is_facility(run):
                _add_facility(mentions, run)
            elif before is not None and (before.lower_ in LOCATIVE_PREPOSITIONS or _after_direction(before)
                                         or _of_a_place_part(sdoc, before)) and not _owns_a_name(run):
                _add(mentions, run, "prep", after_article=after_article)
            elif _is_dateline(sdoc, run):
                _add(mentions, run, "dateline")
            else:
                _add_embedded(mentions, run, sent)

    _add_abbreviations(sdoc, mentions)
    ordered = _drop_nested(sorted(mentions.values(), key=lambda m: m.start))
    return _attach_qualifiers(sdoc, _with_postal_codes(sdoc, ordered))


# "the city centre of Rotterdam", "residents of Ismayilli", "the streets of Khorog": the part or people of a place
PLACE_PARTS = {"centre", "center", "street", "outskirt", "suburb", "resident", "heart", "downtown", "inhabitant",
               "outskirts", "streets", "residents", "inhabitants"}


def _of_a_place_part(sdoc: Doc, before: Token) -> bool:
    return before.lower_ == "of" and before.i > 0 and sdoc[before.i - 1].lemma_.lower() in PLACE_PARTS


def _after_locative(sdoc: Doc, run: Span, sent: Span) -> bool:
    """"in Kaolack, Thiès and Mbour": a list opened by "in" lists places (not a list of streets)."""
    if run[-1].lower_.rstrip(".") in FACILITY_HEADS:
        return False
    if run[0].lower_ in LIST_PREPOSITIONS and len(run) > 1:
        return True
    return run.start > sent.start and sdoc[run.start - 1].lower_ in LIST_PREPOSITIONS


def _after_direction(before: Token) -> bool:
    """"south of Rafah", "on the outskirts of Goma", "30 km north of Mosul": a reference point."""
    previous = before.doc[before.i - 1] if before.i > 0 else None
    return before.lower_ == "of" and previous is not None and previous.lower_ in DIRECTION_WORDS


def _without_region_word(span: Span) -> list[Mention]:
    """"Hunan province" → "Hunan", known to be a region, tried when the whole is no gazetteer name."""
    if len(span) < 2 or span[-1].lower_ not in REGION_WORDS:
        return []
    name = span[:-1]
    return [Mention(name.start_char, name.end_char, name.text, "ner", span.label_, admin_hint=span[-1].lower_)]


def _is_era(text: str, start: int) -> bool:
    """"300 B.C.": dotted initials right after a year are an era, not British Columbia."""
    return bool(DOTTED_ABBREVIATION.match(text, start)) and bool(YEAR_BEFORE.search(text, max(0, start - 6), start))


def _joined_parts(span: Span) -> list[Mention]:
    """The sides of an entity joined by a connector word: "Wichita to D.C" → Wichita, D.C."""
    cuts = [t.i for t in span if t.lower_ in CONNECTORS]
    if not cuts:
        return []
    parts, start = [], span.start
    for cut in [*cuts, span.end]:
        piece = span.doc[start:cut]
        if len(piece) and piece[0].text[:1].isupper():
            parts.append(Mention(piece.start_char, piece.end_char, piece.text, "ner", span.label_))
        start = cut + 1
    return parts if len(parts) >= 2 else []


def _add_abbreviations(sdoc: Doc, mentions: dict[tuple[int, int], Mention]) -> None:
    """Region abbreviations ("S.C.", "Calif.") and party districts ("D-Tulsa"), found in the raw text
    since the tokenizer splits them unevenly ("W.Va" + ".", "D.C" + "..")."""
    text = doc_text(sdoc)
    found = [(m, "abbreviation") for m in DOTTED_ABBREVIATION.finditer(text) if not _is_era(text, m.start())]
    found += [(m, "abbreviation") for m in WORD_ABBREVIATION.finditer(text)
              if ABBREVIATION_LEAD.search(text[max(0, m.start() - 6):m.start()])]
    found += [(m, "prep") for m in PARTY_DISTRICT.finditer(text)]
    for match, source in found:
        start, end = match.start(), match.end()
        if source == "prep":
            end = start + len(match.group().rstrip("."))
        overlapping = [k for k in mentions if k[0] < end and start < k[1]]
        if any(mentions[k].source == "ner" and mentions[k].kind == "toponym" for k in overlapping):
            continue  # the entity's own look-up tries abbreviations ("W.Va.", "Wichita to D.C")
        # "in Tunis." at a sentence's end: a town's name before its period, tried when it is no abbreviation
        alternatives = [mention for key in overlapping if (mention := mentions.pop(key)).source == "ner"]
        mentions[(start, end)] = Mention(start, end, text[start:end], source, alternatives=alternatives)


def _with_postal_codes(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc_text(sdoc)
    added = []
    for mention in mentions:
        match = POSTAL_AFTER.match(text, mention.end)
        if match and mention.kind == "toponym":
            added.append(Mention(match.start(1), match.end(1), match.group(1), "postal"))
    codes = {(m.start, m.end) for m in added}
    return sorted([*(m for m in mentions if (m.start, m.end) not in codes), *added], key=lambda m: m.start)


def _owns_a_name(run: Span) -> bool:
    """"at Ida's House", "in London's East End": the run owns the name after it, so it is a person's or
    a well-known place's name, judged as a name inside a longer one rather than as a place after "at"."""
    doc = run.doc
    return run.end + 1 < len(doc) and doc[run.end].text in {"'s", "’s"} and doc[run.end + 1].text[:1].isupper()


def _is_facility(run: Span) -> bool:
    span = _trim(run)
    if span is None or len(span) < 2 or _label_of(span) == "PERSON":
        return False
    return span[-1].lower_.rstrip(".") in FACILITY_HEADS or span[0].lower_ in FACILITY_LEADS \
        or _label_of(span) == "FAC"


def _add_facility(mentions: dict[tuple[int, int], Mention], run: Span) -> None:
    """A facility mention; its alternatives are the place names inside it, longest first ("Southern Oregon
    University" → Oregon, "Russian State Museum" → Russian, "Leicester General Hospital" → Leicester).
    A street's name is a person's or a thing's more often than a town's, so streets get none."""
    span = _trim(run)
    if span is None:
        return
    alternatives: list[Mention] = []
    if span[-1].lower_.rstrip(".") not in STREET_HEADS:
        name = span[:-1]
        pieces = [name[i:i + size] for size in range(min(len(name), 3), 0, -1) for i in range(len(name) - size + 1)]
        pieces = [piece for piece in pieces if piece[0].text[:1].isupper() and not piece[0].is_stop
                  and piece[0].lower_ not in FACILITY_LEADS]
        alternatives = [Mention(span.start_char, span.end_char, span.text, "facility", "")]  # "Hyde Park"
        alternatives += [Mention(p.start_char, p.end_char, p.text, "facility", "", kind=kind)
                         for p in pieces for kind in ("demonym", "toponym")]
    mentions[(span.start_char, span.end_char)] = Mention(
        span.start_char, span.end_char, span.text, "facility", _label_of(span), kind="facility",
        alternatives=alternatives)


def _is_dateline(sdoc: Doc, run: Span) -> bool:
    """"BAGHDAD (AP) —" opening a line or sentence; or, in a live blog or a digest, a place heading its line
    ("Marseille: 16,000 people marched ...", "Izmir — Friday")."""
    text = doc_text(sdoc)
    line_start = text.rfind("\n", 0, run.start_char) + 1
    opens_line = not text[line_start:run.start_char].strip(" .\t") or run.start == 0
    after = text[run.end_char:run.end_char + 12]
    if opens_line and len(run) <= 3 and LINE_LABEL_AFTER.match(after):
        return True
    return (opens_line or run.start == run.sent.start) and run.text.isupper() and len(run.text) > 2 \
        and bool(DATELINE_AFTER.match(after))


def _add_embedded(mentions: dict[tuple[int, int], Mention], run: Span, sent: Span) -> None:
    """A place name opening a longer name: "Ohio State University", "Texas Department of ...",
    "a Tallahassee man". The longest leading part that is a well-known place wins (decided by the resolver).
    """
    span = _trim(run)
    if span is not None and span.start == sent.start and span[0].pos_ != "PROPN" and len(span) > 1:
        span = span[1:]  # a capitalized sentence opener ("Local", "Police") is no part of the name
    if span is None or _label_of(span) == "NORP":
        return
    doc = span.doc
    # "the Cali blast", "the Kano riots": a name between "the" and a noun it modifies is no person's
    modifier = span.start > 0 and doc[span.start - 1].lower_ == "the" and span.end < len(doc) \
        and doc[span.end].pos_ == "NOUN" and span[-1].dep_ == "compound"
    if _label_of(span) == "PERSON" and not modifier:
        # "Charlotte Smith", "Davis said": no town; but the tagger also calls regions people ("Andhra Pradesh
        # said"), which the resolver accepts only as an exact region or country name
        key = (span.start_char, span.end_char)
        if key not in mentions and all(t.ent_type_ == "PERSON" for t in span):
            mentions[key] = Mention(span.start_char, span.end_char, span.text, "person", "PERSON", alternatives=[
                Mention(span.start_char, span.end_char, span.text, "person", "PERSON", kind="demonym")])
        return
    if len(span) == 1 and (span[0].is_stop or _is_calendar_word(span)):
        return  # "It", "In", "So" opening a sentence (country codes IT, IN, SO fold to the same key)
    key = (span.start_char, span.end_char)
    if key in mentions:
        return
    label = _label_of(span)
    if label not in RECOVERABLE_LABELS and label not in PLACE_LABELS:
        return
    prefixes = [span[:size] for size in range(min(len(span), MAX_EMBEDDED_TOKENS), 0, -1)]
    prefixes = [p for p in prefixes if p[-1].text not in {"of", "de", "-"} and not _before_particle(p)]
    if not prefixes:
        return
    alternatives = [Mention(p.start_char, p.end_char, p.text, "embedded", label) for p in prefixes[1:]]
    alternatives += [Mention(p.start_char, p.end_char, p.text, "embedded", label, kind="demonym")
                     for p in prefixes[-2:]]
    # a region or country closing an organisation's name ("Air Namibia", "Standard Bank Namibia")
    alternatives += [Mention(span[-size:].start_char, span.end_char, span[-size:].text, "suffix", label)
                     for size in range(min(len(span) - 1, 2), 0, -1)]
    first = prefixes[0]
    mentions[(first.start_char, span.end_char)] = Mention(
        first.start_char, first.end_char, first.text, "embedded", label, alternatives=alternatives)


def _before_particle(prefix: Span) -> bool:
    """ "Esplanada" of "Esplanada dos Ministérios": the head of a longer Romance name, no town of its own."""
    return prefix.end < len(prefix.doc) and prefix.doc[prefix.end].text in ROMANCE_PARTICLES


def _closing_paren(sent: Span, run: Span) -> int:
    """The token index just past the ")" that closes a qualifier opened before ``run``."""
    closing = next((t.i for t in sent[run.end - sent.start:] if t.text == ")"), None)
    return closing + 1 if closing is not None else run.end


def _is_paren_qualifier(sdoc: Doc, previous: Span, run: Span) -> bool:
    between = doc_text(sdoc)[previous.end_char:run.start_char]
    return between.strip() == "("


def _is_calendar_word(span: Span) -> bool:
    return len(span) == 1 and span[0].lower_.rstrip(".") in CALENDAR_WORDS and _label_of(span) not in PLACE_LABELS


def _add(mentions: dict[tuple[int, int], Mention], run: Span, source: str, in_place_list: bool = False,
         after_article: bool = False) -> None:
    span = _trim(run)
    if span is None or _is_calendar_word(span):
        return
    key = (span.start_char, span.end_char)
    if key in mentions:
        mentions[key].in_place_list = mentions[key].in_place_list or in_place_list
        mentions[key].after_preposition = mentions[key].after_preposition or source == "prep"
        mentions[key].after_article = mentions[key].after_article or after_article
        return
    label = _label_of(span)
    if source == "embedded" and label == "NORP":
        return
    if label not in RECOVERABLE_LABELS and label not in PLACE_LABELS:
        return
    # "from the Oregon Department of Education": the place opening a longer name, as for embedded names
    prefixes = [span[:size] for size in range(min(len(span) - 1, MAX_EMBEDDED_TOKENS), 0, -1)]
    alternatives = [Mention(p.start_char, p.end_char, p.text, "embedded", label) for p in prefixes
                    if p[-1].text not in {"of", "de", "-"} and not _before_particle(p)]
    mentions[key] = Mention(span.start_char, span.end_char, span.text, source, label,
                            in_place_list=in_place_list, alternatives=alternatives,
                            after_preposition=source == "prep", after_article=after_article)


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    trusted = ("ner", "abbreviation", "postal")  # an entity or abbreviation beats a longer capitalized run
    for mention in sorted(mentions, key=lambda m: (m.start, m.source not in trusted, m.source == "embedded",
                                                   -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            previous = kept[-1]
            if previous.source == "ner" and mention.source in ("prep", "list", "dateline") \
                    and previous.start == mention.start and mention.end > previous.end and not previous.parts:
                # "in Rio Branco" where the tagger saw only "Rio": try the whole name, then the entity; but
                # "the Esplanada dos Ministérios" is no Esplanada: a name going on past a particle is another
                rest = mention.text[previous.end - mention.start:].split()
                fallback = [] if rest and rest[0] in ROMANCE_PARTICLES else [previous]
                kept[-1] = replace(mention, alternatives=[*fallback, *mention.alternatives])
            continue
        kept.append(mention)
    return kept


def _attach_qualifiers(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Hashtgerd (Alborz)' / 'Hashtgerd (Alborz province)': the parenthesis narrows the place before it.
    'Paris, Texas': a place right after a comma may narrow the one before (the resolver uses it only when it
    is a region or country holding a candidate); it stays a place of its own."""
    text = doc_text(sdoc)
    kept: list[Mention] = []
    paren = re.compile(r"\s*\(\s*([A-Z][\w'’ -]*?)(\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Cc]ounty|[Dd]istrict))?\s*\)")
    skip_until = -1
    for index, mention in enumerate(mentions):
        if mention.start < skip_until:
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        previous = mentions[index - 1] if index else None
        inside_list = previous is not None and text[previous.end:mention.start] == ", "  # "A, B, C, D"
        if following is not None and following.kind == "toponym" and mention.kind == "toponym" \
                and text[mention.end:following.start] == ", " and not inside_list:
            mention.qualifier = following.text
        if following is not None and mention.kind == "toponym" and re.fullmatch(
                r"\s+in\s+(?:the\s+)?", text[mention.end:following.start]) and ADMIN_SUFFIX.match(
                (text[following.end:following.end + 20].split() or [""])[0].strip(",.;:)")):
            mention.qualifier = following.text  # "near Konna in Mopti region"
            mention.qualifier_span = (following.start, following.end)
        if following is not None and mention.kind == "toponym" and RELATIVE_TO.fullmatch(
                text[mention.end:following.start]):
            mention.reference = following.text  # "In Phoenix, north of Durban, ..."
        match = paren.match(text, mention.end)
        if match:
            mention.qualifier = match.group(1).strip()
            mention.qualifier_span = (match.start(1), match.start(1) + len(mention.qualifier))
            skip_until = match.end()
        words = text[mention.end:mention.end + 20].split()
        if words and ADMIN_SUFFIX.match(words[0].strip(",.;:)")):
            mention.admin_hint = words[0].strip(",.;:)").lower()
        elif words and (singular := PLURAL_ADMIN_WORDS.get(words[0].strip(",.;:)").lower())):
            _hint_list(kept + [mention], singular, text)
        kept.append(mention)
    return kept


PLURAL_ADMIN_WORDS = {"counties": "county", "provinces": "province", "states": "state", "regions": "region",
                      "districts": "district", "parishes": "parish", "governorates": "governorate"}
LIST_GAPS = {", ", " and ", ", and ", " & ", " or "}


def _hint_list(mentions: list[Mention], singular: str, text: str) -> None:
    """"Douglas, Sarpy and Lancaster counties": the plural after a list says what each of its items is."""
    start = len(mentions) - 1
    while start > 0 and text[mentions[start - 1].end:mentions[start].start] in LIST_GAPS:
        start -= 1
    if start < len(mentions) - 1:  # a lone name before the plural modifies it ("U.S. states", "Indiana counties")
        for mention in mentions[start:]:
            mention.admin_hint = singular
