"""The event coder: every event in a report, one record per place and day, typed, with actors and claims.

Flow for one document:
1. cut the text into clauses ("segments": spaCy sentences split again at line breaks, since quoted slogan
   blocks make the parser run sentences together);
2. find triggers (verbs and event nouns) by lemma, and keep only current, real ones: negated, planned,
   hypothetical, generic and historical mentions go to ``document.references``;
3. group the triggers of a clause that describe one happening (a rally and the tear gas fired at it) and
   type the group in our ontology; a clause without its own place continues the previous event of the
   paragraph or falls back to the document's country;
4. read actors, counts and dates from the parse, attach quoted claims, and emit one Event per place.
Only clauses with a trigger get any of the expensive work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dateline.extract import actors as actor_rules
from dateline.extract.claims import Claim, find_claims, inside_quote
from dateline.extract.counts import find_counts
from dateline.extract.ontology import SEVERITY, map_event
from dateline.extract.triggers import Trigger, find_triggers
from dateline.models import DateResolution, Document, Event, Place, make_event_id

PROTEST_FAMILY = {"protest", "commemoration", "strike"}
RESPONSE_TYPES = {"state_repression", "arrest"}
CROWD_VIOLENCE = {"riot", "vandalism", "property_destruction", "armed_clash", "attack"}
MODALS = {"will", "shall", "would", "could", "might", "may", "should", "must", "'ll", "wo", "ca", "can"}
PLAN_LEMMAS = {
    "plan", "intend", "schedule", "vow", "threaten", "prepare", "aim", "hope", "call", "urge", "promise",
    "pledge", "want", "seek", "decide", "announce", "consider", "propose", "ask", "invite", "demand",
}
PLANNED_MODIFIERS = {"planned", "upcoming", "proposed", "scheduled", "possible", "potential", "future",
                     "expected", "announced", "called"}
GENERIC_GOVERNORS = {"use", "help", "tend", "serve"}
DENIAL_LEMMAS = {"deny", "refute", "reject"}
PRONOUNS = {"they", "he", "she", "we", "it", "who", "which", "that"}
OBJECT_TARGET_TYPES = {"attack", "abduction", "arrest", "state_repression", "explosion", "armed_clash"}


@dataclass
class Cluster:
    """The triggers of one clause that describe one happening, and everything read about it."""

    triggers: list[Trigger]
    segment_index: int
    paragraph: int
    places: list[Place] = field(default_factory=list)
    place_from_text: bool = True
    dates: DateResolution | None = None
    actor1: actor_rules.ActorRef | None = None
    actor2: actor_rules.ActorRef | None = None
    counts: dict[str, tuple[int, tuple[int, int]]] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    state_responded: bool = False  # state forces acted against the crowd (tear gas, arrests, shooting)
    pronoun_subject: bool = False  # "They held up signs": continues the happening named before
    claimed_by: tuple[str, tuple[int, int]] | None = None

    @property
    def first(self) -> Trigger:
        return min(self.triggers, key=lambda t: t.start)

    @property
    def types(self) -> set[str]:
        return {t.event_type for t in self.triggers}


# --- clauses -------------------------------------------------------------------------------------


def segments_of(sdoc: Doc) -> list[Span]:
    """Sentences split again at line breaks: a heading or a quoted slogan line never joins a clause."""
    segments: list[Span] = []
    for sent in sdoc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    segments.append(sdoc[start : token.i])
                start = token.i + 1
        if start < sent.end:
            segments.append(sdoc[start : sent.end])
    return [s for s in segments if s.text.strip()]


def _paragraph_index(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


# --- is this a current, real event? ---------------------------------------------------------------


def _clause_verb(token: Token) -> Token:
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def _governors(token: Token, limit: int = 6) -> list[Token]:
    """The verbs and nouns that govern a clause through complements: plan *to rally*, call *for a strike*."""
    chain: list[Token] = []
    current = token
    for _ in range(limit):
        if current.dep_ not in {"xcomp", "ccomp", "pobj", "prep", "dobj", "advcl", "acl", "relcl", "conj",
                                "nsubj", "nsubjpass"} or current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
    return chain


def _year_in(tokens: list[Token]) -> int | None:
    for token in tokens:
        if token.like_num and len(token.text) == 4 and token.text.isdigit() and 1800 < int(token.text) < 2100:
            return int(token.text)
    return None


def mention_status(trigger: Trigger, dates: object, published: date | None) -> str | None:
    """None for a current event, else why it is not one: negated, future, hypothetical, generic, historical."""
    token = trigger.token
    verb = _clause_verb(token)
    heads = [token, verb] if verb.i != token.i else [token]
    if token.pos_ == "VERB" and token.dep_ == "conj":
        heads.append(token.head)  # "did not protest or strike": the negation sits on the first conjunct
    for head in heads:
        if any(c.dep_ == "neg" for c in head.children):
            return "negated"
    if any(c.lower_ in {"no", "never"} for c in token.children):
        return "negated"
    governors = _governors(verb) if token.pos_ == "VERB" else _governors(token)
    if any(g.lemma_.lower() in DENIAL_LEMMAS for g in governors[:2]):
        return "negated"
    for head in heads:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children):
            return "future or hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in head.children):
            return "hypothetical"
    if any(c.lower_ in PLANNED_MODIFIERS for c in token.children if c.dep_ in {"amod", "compound"}):
        return "planned"
    for governor in governors[:5]:
        if governor.lemma_.lower() in GENERIC_GOVERNORS and verb.tag_ == "VB":
            return "generic"
    for governor in governors[:3]:
        if governor.lemma_.lower() in PLAN_LEMMAS and governor.pos_ in {"VERB", "NOUN"}:
            return "planned"
        if governor.lemma_.lower() in {"anniversary", "memory", "remembrance"} and token.pos_ != "VERB":
            return "historical"
    if token.pos_ in {"NOUN", "PROPN"}:
        scope = [t for t in token.subtree if t.i <= token.i]
        if token.dep_ == "compound":  # "the 1988 massacre victims"
            scope += [c for c in token.head.children if c.i < token.i]
        year = _year_in(scope)
        if year and published and year < published.year:
            return "historical"
    status = dates.temporal_status(trigger.start, trigger.end)  # type: ignore[attr-defined]
    if status == "future":
        return "future"
    if status == "historical" and trigger.event_type != "commemoration":
        return "historical"
    return None


# --- places ---------------------------------------------------------------------------------------


def _usable_place(place: Place, sdoc: Doc) -> bool:
    """A toponym that can be where something happened: not inside a quote, an organisation's name, or a
    possessive used for a government ("Tehran's rule")."""
    if inside_quote(sdoc.text, place.start):
        return False
    span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if root.dep_ == "poss":
        return False
    for ent in sdoc.ents:
        if ent.label_ == "ORG" and ent.start_char <= place.start and place.end <= ent.end_char and ent.text != span.text:
            return False
    # "of Iran" closing an organisation's name ("Organization of Iran")
    if root.dep_ == "pobj" and root.head.lemma_ == "of" and root.head.head.pos_ == "PROPN" and root.head.head.ent_type_ == "ORG":
        return False
    return place.lat is not None or place.country is not None


def _finest(places: list[Place]) -> list[Place]:
    """Drop a country named next to towns of that country; keep one record per distinct place."""
    seen: set[str] = set()
    finer_countries = {p.country for p in places if p.precision in {"city", "near", "region"}}
    kept: list[Place] = []
    for place in places:
        if place.precision == "country" and place.country in finer_countries:
            continue
        key = str(place.geonameid or (place.name or place.text).lower())
        if key in seen:
            continue
        seen.add(key)
        kept.append(place)
    return kept


def _token_distance(a: Token, b: Token) -> int:
    ancestors_a = [a, *a.ancestors]
    ancestors_b = [b, *b.ancestors]
    for depth_a, node in enumerate(ancestors_a):
        if node in ancestors_b:
            return depth_a + ancestors_b.index(node)
    return 99


def country_place(document: Document) -> Place | None:
    if not document.country_hint:
        return None
    name = actor_rules.country_name(document.country_hint) or document.country_hint
    span = document.evidence.get("country_hint") or document.evidence.get("dateline_place") or (0, 0)
    return Place(start=span[0], end=span[1], text=name, name=name, country=document.country_hint,
                 precision="country", feature_class="A", confidence=0.3)


# --- actors ---------------------------------------------------------------------------------------


def _subjects(token: Token) -> list[Token]:
    current = token
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "csubj"}]
        if subjects:
            return subjects
        if current.dep_ in {"xcomp", "conj", "advcl"} and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "relcl":
            return [current.head]
        break
    return []


def _agents(token: Token) -> list[Token]:
    return [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _actor_tokens(trigger: Trigger) -> tuple[list[Token], list[Token]]:
    """Tokens heading the acting and the targeted noun phrases of a trigger."""
    token = trigger.token
    acting: list[Token] = []
    target: list[Token] = []
    if token.pos_ == "VERB":
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
        if passive:
            acting = _agents(token)
            target = [c for c in token.children if c.dep_ == "nsubjpass"]
        else:
            acting = _subjects(token)
            target = [c for c in token.children if c.dep_ == "dobj"]
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lemma_ in {"on", "at", "against", "upon"}:
                target += [p for p in prep.children if p.dep_ == "pobj"]
    else:
        for child in token.children:
            if child.dep_ in {"poss", "compound"} and child.pos_ in {"NOUN", "PROPN"} and child.ent_type_ not in {"GPE", "DATE"}:
                acting.append(child)
            if child.dep_ == "prep" and child.lemma_ == "by":
                acting += [p for p in child.children if p.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lemma_ in {"on", "against", "of"}:
                target += [p for p in child.children if p.dep_ == "pobj"]
        verb = token.head
        if token.dep_ in {"dobj", "attr"} and verb.pos_ in {"VERB", "AUX"} and not acting:
            acting = _subjects(verb)
        elif token.dep_ == "pobj" and verb.head.pos_ == "VERB" and not acting:
            acting = _subjects(verb.head)
    return acting, target


def _resolve_actor(heads: list[Token], country: str | None, role: str, links: dict[str, str],
                   previous: actor_rules.ActorRef | None) -> actor_rules.ActorRef | None:
    for head in heads:
        if head.lower_ in PRONOUNS or head.pos_ == "PRON":
            if previous is not None and role == "actor":
                return actor_rules.ActorRef(previous.name, previous.inter, (head.idx, head.idx + len(head.text)),
                                            previous.description)
            continue
        found = actor_rules.describe(head, country, role, links)
        if found is not None:
            return found
    return None


# --- grouping triggers into happenings -----------------------------------------------------------


def _assign_places(triggers: list[Trigger], places: list[Place], sdoc: Doc) -> dict[int, list[Place]]:
    """Each place goes to the trigger closest to it in the parse (ties: the nearest before it)."""
    assigned: dict[int, list[Place]] = {id(t): [] for t in triggers}
    for place in places:
        span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        best = min(triggers, key=lambda t: (_token_distance(root, t.token), abs(t.token.i - root.i)))
        assigned[id(best)].append(place)
    return assigned


def _compatible(types_a: set[str], types_b: set[str]) -> bool:
    """Two descriptions can be one happening: a protest and its repression, a protest and its violence."""
    if types_a & types_b:
        return True
    if (types_a | types_b) & PROTEST_FAMILY:
        other = (types_a | types_b) - PROTEST_FAMILY
        return other <= RESPONSE_TYPES | CROWD_VIOLENCE
    return bool((types_a | types_b) <= RESPONSE_TYPES | {"attack"})


def _cluster_segment(triggers: list[Trigger], assigned: dict[int, list[Place]]) -> list[list[Trigger]]:
    groups: list[list[Trigger]] = []
    for trigger in sorted(triggers, key=lambda t: t.start):
        own = {p.start for p in assigned[id(trigger)]}
        for group in groups:
            group_places = {p.start for t in group for p in assigned[id(t)]}
            group_types = {t.event_type for t in group}
            if (not own or not group_places or own & group_places) and _compatible(group_types, {trigger.event_type}):
                group.append(trigger)
                break
        else:
            groups.append([trigger])
    return groups


@dataclass
class Typing:
    event_type: str
    sub_type: str | None
    primary: Trigger
    intervention: bool
    lethal: bool


def type_cluster(cluster: Cluster) -> Typing:
    """One type for a happening described by several triggers, the way ACLED codes it."""
    by_type: dict[str, list[Trigger]] = {}
    for trigger in sorted(cluster.triggers, key=lambda t: t.start):
        by_type.setdefault(trigger.event_type, []).append(trigger)
    types = set(by_type)
    fatalities = cluster.counts.get("fatalities", (0, (0, 0)))[0]
    protest_types = [t for t in ("protest", "strike", "commemoration") if t in types]
    state_acts = cluster.actor2 is not None and cluster.actor2.inter == 1
    if protest_types:
        base = protest_types[0]
        violent = types & {"riot", "vandalism", "property_destruction"}
        if violent and not state_acts:
            primary = by_type[sorted(violent)[0]][0]
            return Typing("riot", "violent_demonstration", primary, bool(types & RESPONSE_TYPES), False)
        violent_crowd = types & {"attack", "armed_clash"}
        if violent_crowd and not cluster.state_responded:
            primary = by_type[sorted(violent_crowd)[0]][0]
            return Typing("riot", "violent_demonstration", primary, False, False)
        response = bool(types & RESPONSE_TYPES) or cluster.state_responded
        return Typing(base, by_type[base][0].sub_type, by_type[base][0], response, response and fatalities > 0)
    if types <= RESPONSE_TYPES | {"attack", "armed_clash"} and "state_repression" in types:
        trigger = by_type["state_repression"][0]
        return Typing("protest", "demonstration", trigger, True, fatalities > 0)
    chosen = max(types, key=lambda t: SEVERITY.get(t, 0))
    return Typing(chosen, by_type[chosen][0].sub_type, by_type[chosen][0], False, False)


# --- the coder -------------------------------------------------------------------------------------


def _is_armed(cluster: Cluster) -> bool:
    words = {t.lemma_.lower() for trigger in cluster.triggers for t in trigger.token.sent}
    return bool(words & {"gun", "gunman", "rifle", "shoot", "bomb", "grenade", "rocket", "explosive", "fire",
                         "bullet", "shot", "gunfire", "mortar", "weapon", "armed", "militant", "knife", "machete"})


def _reference(document: Document, trigger: Trigger, why: str) -> None:
    token = trigger.token
    if token.pos_ != "VERB":
        tokens = [t for t in token.subtree if abs(t.i - token.i) <= 8]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    else:
        start, end = trigger.start, trigger.end
    entry = {"text": document.text[start:end], "start": start, "end": end, "why": why}
    if entry not in document.references:
        document.references.append(entry)


def _historical_date(resolution: DateResolution, published: date | None) -> bool:
    return published is not None and resolution.date_end < published - timedelta(days=366)


def extract_events(sdoc: Doc, document: Document, places: list[Place], dates: object) -> list[Event]:
    """Every current event of the report, one record per place and day (ACLED's unit)."""
    from dateline.extract import sources  # late import: the source stage is optional for tests of this one

    text = document.text
    links = actor_rules.parent_links(text)
    lead = actor_rules.lead_group(sdoc, links)
    country = actor_rules.country_name(document.country_hint)
    usable = [p for p in places if _usable_place(p, sdoc)]
    clusters: list[Cluster] = []

    for index, segment in enumerate(segments_of(sdoc)):
        triggers = [t for t in find_triggers(segment) if not inside_quote(text, t.start)]
        if not triggers:
            continue
        current: list[Trigger] = []
        for trigger in triggers:
            why = mention_status(trigger, dates, document.published)
            if why is None:
                current.append(trigger)
            else:
                _reference(document, trigger, why)
        if not current:
            continue
        seg_places = [p for p in usable if segment.start_char <= p.start < segment.end_char]
        assigned = _assign_places(current, seg_places, sdoc)
        counts = find_counts(segment)
        for group in _cluster_segment(current, assigned):
            group_places = _finest([p for t in group for p in assigned[id(t)]])
            cluster = Cluster(group, index, _paragraph_index(text, segment.start_char), group_places)
            cluster.counts = counts
            _read_actors(cluster, document.country_hint, links, lead, clusters)
            if not _continues_previous(cluster, clusters, dates, document):
                clusters.append(cluster)

    for claim in find_claims(text):
        owner = _claim_owner(claim, clusters)
        if owner is not None:
            owner.claims.append(claim)

    events: list[Event] = []
    for cluster in clusters:
        events.extend(_records(cluster, document, sdoc, sources, country))
    return events


def _read_actors(cluster: Cluster, country_iso: str | None, links: dict[str, str],
                 lead: tuple[str, tuple[int, int]] | None, previous: list[Cluster]) -> None:
    country = actor_rules.country_name(country_iso)
    prior = previous[-1].actor1 if previous else None
    for trigger in sorted(cluster.triggers, key=lambda t: (t.event_type in RESPONSE_TYPES, t.start)):
        acting, target = _actor_tokens(trigger)
        if trigger is cluster.first and any(a.lower_ in PRONOUNS for a in acting):
            cluster.pronoun_subject = True
        actor = _resolve_actor(acting, country, "actor", links, prior)
        victim = _resolve_actor(target, country, "target", links, None)
        if trigger.event_type in RESPONSE_TYPES or (actor is not None and actor.inter == 1):
            if trigger.event_type in RESPONSE_TYPES or trigger.event_type in {"attack", "armed_clash"}:
                cluster.state_responded = True
            if actor is not None and actor.inter == 1 and cluster.types & PROTEST_FAMILY:
                cluster.actor2 = cluster.actor2 or actor
                continue
        if cluster.actor1 is None and actor is not None:
            cluster.actor1 = actor
        if cluster.actor2 is None and victim is not None and trigger.event_type in OBJECT_TARGET_TYPES:
            cluster.actor2 = victim
    if cluster.actor1 is not None and cluster.actor1.generic and lead is not None:
        description = cluster.actor1.description or cluster.actor1.name
        cluster.actor1 = actor_rules.ActorRef(lead[0], cluster.actor1.inter, cluster.actor1.span, description)
    if cluster.actor1 is not None and cluster.actor1.inter == 1 and "state_repression" in cluster.types:
        # the state's response coded as the protest it answers: the crowd acted, the state intervened
        cluster.actor2, cluster.actor1 = cluster.actor1, cluster.actor2


def _continues_previous(cluster: Cluster, clusters: list[Cluster], dates: object, document: Document) -> bool:
    """Resolve where and when; fold a clause that continues the previous happening into it."""
    first = cluster.first
    cluster.dates = dates.date_for(first.start, first.end)  # type: ignore[attr-defined]
    previous = clusters[-1] if clusters else None
    same_paragraph = previous is not None and previous.paragraph == cluster.paragraph
    near = previous is not None and cluster.segment_index - previous.segment_index <= 2
    if "commemoration" in cluster.types and _historical_date(cluster.dates, document.published):
        # the date is the one commemorated; the act itself happens in the narrative's present
        if previous is not None and previous.dates is not None:
            cluster.dates = previous.dates
        else:
            day = document.published or cluster.dates.date_end
            cluster.dates = DateResolution(date_start=day, date_end=day, time_precision=2, note="publication date")
    if not cluster.places:
        continues = same_paragraph or (cluster.pronoun_subject and cluster.segment_index - previous.segment_index <= 4)
        if previous is not None and continues and _compatible(previous.types, cluster.types):
            previous.triggers.extend(cluster.triggers)
            previous.state_responded |= cluster.state_responded
            for key, value in cluster.counts.items():
                previous.counts.setdefault(key, value)
            if cluster.actor2 is not None and previous.actor2 is None:
                previous.actor2 = cluster.actor2
            if previous.actor1 is None:
                previous.actor1 = cluster.actor1
            return True
        if previous is not None and same_paragraph and previous.place_from_text:
            cluster.places = list(previous.places)
            cluster.place_from_text = False
        else:
            fallback = country_place(document)
            cluster.places = [fallback] if fallback else []
            cluster.place_from_text = False
    elif previous is not None and near and _compatible(previous.types, cluster.types):
        same_where = {p.geonameid or p.name for p in cluster.places} == {p.geonameid or p.name for p in previous.places}
        same_when = previous.dates is not None and (previous.dates.date_start, previous.dates.date_end) == (
            cluster.dates.date_start, cluster.dates.date_end)
        if same_where and same_when:
            previous.triggers.extend(cluster.triggers)
            previous.state_responded |= cluster.state_responded
            for key, value in cluster.counts.items():
                previous.counts.setdefault(key, value)
            previous.actor2 = previous.actor2 or cluster.actor2
            return True
    return False


def _claim_owner(claim: Claim, clusters: list[Cluster]) -> Cluster | None:
    """The happening a slogan belongs to: the last one described before the words that introduce it."""
    before = [c for c in clusters if c.first.start <= claim.introducer_start]
    if before:
        return max(before, key=lambda c: max(t.start for t in c.triggers if t.start <= claim.introducer_start))
    return clusters[0] if clusters else None


def _records(cluster: Cluster, document: Document, sdoc: Doc, sources: object, country: str | None) -> list[Event]:
    typing = type_cluster(cluster)
    actor1 = cluster.actor1
    if actor1 is None and typing.event_type in PROTEST_FAMILY | {"riot"}:
        label = "Protesters" if typing.event_type != "riot" else "Rioters"
        actor1 = actor_rules.ActorRef(f"{label} ({country or 'Unknown'})", 6 if label == "Protesters" else 5,
                                      (typing.primary.start, typing.primary.end))
    inter1 = actor1.inter if actor1 else None
    if actor1 is not None and inter1 not in (1, 2) and typing.event_type in PROTEST_FAMILY:
        inter1 = 6
    elif actor1 is not None and inter1 not in (1, 2) and typing.event_type == "riot":
        inter1 = 5
    armed = _is_armed(cluster)
    actor2 = cluster.actor2
    mapping = map_event(
        typing.event_type,
        typing.sub_type,
        intervention=typing.intervention,
        lethal_force_on_protesters=typing.lethal,
        armed=armed,
        target_civilian=actor2 is not None and actor2.inter == 7,
    )
    resolution = cluster.dates
    assert resolution is not None
    first = cluster.first
    campaign_id = make_event_id(document.doc_id, "campaign", first.start, typing.event_type)
    claim = sources.attribute_claim(sdoc, first.start, first.end)  # type: ignore[attr-defined]
    claimed_by = claim[0] if claim else None
    actors_named = [a.name for a in (actor1, actor2) if a is not None]
    party_source = claimed_by or document.reported_by
    is_party = sources.source_is_party(party_source, actors_named, document.text) if party_source else None  # type: ignore[attr-defined]
    if is_party is None:
        is_party = document.source_is_party
    claims = [c.text for c in cluster.claims]
    single_place = len(cluster.places) == 1
    events: list[Event] = []
    for place in cluster.places:
        evidence: dict[str, tuple[int, int]] = {"event_type": (typing.primary.start, typing.primary.end),
                                                "trigger": (typing.primary.start, typing.primary.end)}
        if place.end > place.start:
            evidence["location"] = (place.start, place.end)
            evidence["country"] = (place.start, place.end)
        if resolution.span is not None:
            evidence["date_start"] = resolution.span
            evidence["date_end"] = resolution.span
        if actor1 is not None:
            evidence["actor1"] = actor1.span
        if actor2 is not None:
            evidence["actor2"] = actor2.span
        if claims:
            evidence["claims"] = (cluster.claims[0].start, cluster.claims[-1].end)
        if claim:
            evidence["claimed_by"] = claim[1]
        counts = {k: v for k, v in cluster.counts.items()} if single_place else {}
        for key, (_, span) in counts.items():
            evidence[key] = span
        confidence = 0.45 + 0.15 * cluster.place_from_text + 0.15 * (resolution.span is not None)
        confidence += 0.1 * (actor1 is not None and actor1.span != evidence["event_type"])
        confidence += 0.1 * (first.token.pos_ == "VERB")
        event_id = make_event_id(document.doc_id, typing.event_type, place.geonameid or place.name,
                                 resolution.date_start, resolution.date_end, first.start)
        events.append(
            Event(
                event_id=event_id,
                doc_id=document.doc_id,
                campaign_id=campaign_id,
                event_type=typing.event_type,
                sub_event_type=typing.sub_type,
                disorder_type=mapping.disorder_type,
                acled_event_type=mapping.acled_event_type,
                acled_sub_event_type=mapping.acled_sub_event_type,
                plover_type=mapping.plover_type,
                plover_mode=mapping.plover_mode,
                trigger=typing.primary.text,
                date_start=resolution.date_start,
                date_end=resolution.date_end,
                time_precision=resolution.time_precision,
                date_note=resolution.note,
                location=place.name or place.text,
                geonameid=place.geonameid,
                country=place.country,
                admin1=place.admin1,
                admin2=place.admin2,
                lat=place.lat,
                lon=place.lon,
                geo_precision=place.precision,
                actor1=actor1.name if actor1 else None,
                inter1=inter1,
                assoc_actor_1=actor1.description if actor1 and actor1.description != actor1.name else None,
                actor2=actor2.name if actor2 else None,
                inter2=actor2.inter if actor2 else None,
                civilian_targeting=actor2 is not None and actor2.inter == 7,
                fatalities=counts.get("fatalities", (None,))[0],
                injured=counts.get("injured", (None,))[0],
                arrested=counts.get("arrested", (None,))[0],
                crowd_size=counts.get("crowd_size", (None,))[0],
                claims=claims,
                reported_by=document.reported_by,
                claimed_by=claimed_by,
                source_is_party=is_party,
                source_scale=document.source_scale,
                notes=None if cluster.place_from_text else "place not stated in the clause; taken from context",
                confidence=round(min(confidence, 0.95), 2),
                evidence=evidence,
            )
        )
    return events
