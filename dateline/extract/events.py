"""The event coder: every event in a report, one record per place and day, typed, with actors and claims.

Flow for one document:
1. cut the text into clauses (``segments``): no headline, caption or dateline yields an event;
2. find triggers (verbs and event nouns) and keep only current, real ones (``status``): negated, planned,
   hypothetical, historical mentions and references to another event go to ``document.references``;
3. give each place of the clause to its nearest trigger (``locations``), group the triggers that describe
   one happening (a rally and the tear gas fired at it) and read each trigger's actors from the parse;
4. a clause without a place of its own continues an earlier happening, or takes its paragraph's place, or
   (a full statement with its own date) the dateline's city or the country; otherwise it is dropped;
5. split happenings into one unit per place and day and merge units that describe the same thing there
   (the march, the windows smashed and the arrests in one city on one night), then type each unit the
   way ACLED would and emit one Event for it.
Only clauses with a trigger get any of the expensive work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from dateline.extract import actors as actor_rules
from dateline.extract import locations
from dateline.extract.claims import Claim, find_claims, inside_quote
from dateline.extract.counts import find_counts
from dateline.extract.ontology import SEVERITY, map_event
from dateline.extract.segments import Segment, is_masked, segments_of
from dateline.extract.sources import REPORTING_VERBS
from dateline.extract.status import is_definite, mention_status
from dateline.extract.triggers import Trigger, find_triggers
from dateline.models import DateResolution, Document, Event, Place, make_event_id

PROTEST_FAMILY = {"protest", "commemoration", "strike"}
RESPONSE_TYPES = {"state_repression", "arrest"}
CROWD_VIOLENCE = {"riot", "vandalism", "property_destruction", "armed_clash", "attack"}
ORGANISED_VIOLENCE = {"attack", "armed_clash", "explosion", "abduction", "property_destruction"}
PRONOUNS = {"they", "he", "she", "we", "it", "who", "which", "that"}
OBJECT_TARGET_TYPES = {"attack", "abduction", "arrest", "state_repression", "explosion", "armed_clash"}
ARMED_WORDS = {"gun", "gunman", "rifle", "shoot", "bomb", "grenade", "rocket", "explosive", "bullet", "shot",
               "gunfire", "mortar", "weapon", "armed", "militant", "knife", "machete", "ammunition"}
STATE = 1
ARMED_GROUPS = {2, 3, 4}


@dataclass
class Mention:
    """One trigger with the actors its own arguments name."""

    trigger: Trigger
    acting: actor_rules.ActorRef | None = None
    target: actor_rules.ActorRef | None = None

    @property
    def event_type(self) -> str:
        """The type as done by this actor: "opened fire on protesters" by gunmen is an attack, not repression."""
        armed = self.acting is not None and self.acting.inter in ARMED_GROUPS
        if self.trigger.event_type == "state_repression" and armed:
            return "attack"
        return self.trigger.event_type

    @property
    def by_state(self) -> bool:
        """Done by state forces; also a protester killed by no one named, which ACLED codes as force used
        on the protest ("Another protester was killed in Mombasa")."""
        if self.acting is None and self.trigger.event_type == "attack":
            return self.target is not None and self.target.inter == 6
        return self.acting is not None and self.acting.inter == STATE


@dataclass
class Cluster:
    """The triggers that describe one happening, and everything read about it."""

    mentions: list[Mention]
    segment: Segment
    places: list[Place] = field(default_factory=list)
    place_from_text: bool = True
    dates: DateResolution | None = None
    counts: dict[str, tuple[int, tuple[int, int]]] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    pronoun_subject: bool = False  # "They held up signs": continues the happening named before
    campaign_key: int = 0

    @property
    def triggers(self) -> list[Trigger]:
        return [m.trigger for m in self.mentions]

    @property
    def first(self) -> Trigger:
        return min(self.triggers, key=lambda t: t.start)

    @property
    def types(self) -> set[str]:
        return {m.event_type for m in self.mentions}

    @property
    def paragraph(self) -> int:
        return self.segment.paragraph

    def absorb(self, other: Cluster) -> None:
        known = {id(m.trigger) for m in self.mentions}
        self.mentions.extend(m for m in other.mentions if id(m.trigger) not in known)
        for key, value in other.counts.items():
            self.counts.setdefault(key, value)
        self.claims.extend(c for c in other.claims if c not in self.claims)


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
    # a parse that missed the main verb ("Masked goons of X attacked ..." read as a noun phrase): the
    # noun phrase the sentence opens with is who acted
    if token.pos_ == "VERB" and token.dep_ in {"amod", "acl"}:
        top = [a for a in token.ancestors if not is_masked(a)]
        if top and top[-1].pos_ in {"NOUN", "PROPN"} and top[-1].i < token.i:
            return [top[-1]]
    return []


def _agents(token: Token) -> list[Token]:
    return [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _argument_heads(trigger: Trigger) -> tuple[list[Token], list[Token]]:
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
        if acting and all(a.pos_ == "PRON" for a in acting) and token.dep_ == "ccomp" and (
                token.head.lemma_.lower() in REPORTING_VERBS):
            # "Police said they had arrested ...": they are who said it
            acting = [s for s in token.head.children if s.dep_ == "nsubj" and s.pos_ != "PRON"] or acting
        target_preps = {"on", "at", "against", "upon", "into"}
        if trigger.event_type == "armed_clash":
            target_preps = target_preps | {"with"}
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lemma_ in target_preps:  # "clashed with police"
                target += [p for p in prep.children if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}]
    else:
        for child in token.children:
            if (child.dep_ in {"poss", "compound"} and child.pos_ in {"NOUN", "PROPN"}
                    and child.ent_type_ not in {"GPE", "DATE"}):
                acting.append(child)
            if child.dep_ == "prep" and child.lemma_ == "by":
                acting += [p for p in child.children if p.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lemma_ in {"on", "against", "of"}:
                target += [p for p in child.children if p.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lemma_ == "between":  # "clashes between police and protesters"
                sides = [p for p in child.children if p.dep_ == "pobj"]
                acting += sides
                target += [c for side in sides for c in side.conjuncts]
        verb = token.head
        if token.dep_ in {"dobj", "attr"} and verb.pos_ in {"VERB", "AUX"} and not acting:
            acting = _subjects(verb)
        elif token.dep_ == "pobj" and verb.head.pos_ == "VERB" and not acting:
            acting = _subjects(verb.head)
    return acting, target


def _resolve(heads: list[Token], country: str | None, role: str, links: dict[str, str],
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


def _lead_actor(cluster: Cluster) -> actor_rules.ActorRef | None:
    """Who a later "they" most likely is: the first non-state actor of the happening, else any."""
    acting = [m.acting for m in cluster.mentions if m.acting is not None]
    return next((a for a in acting if a.inter != STATE), acting[0] if acting else None)


def read_mentions(triggers: list[Trigger], country: str | None, links: dict[str, str],
                  previous: Cluster | None) -> tuple[list[Mention], bool]:
    """Each trigger with its actors; and whether the first one's subject is a pronoun."""
    prior = _lead_actor(previous) if previous is not None else None
    mentions: list[Mention] = []
    pronoun = False
    for trigger in sorted(triggers, key=lambda t: t.start):
        acting, target = _argument_heads(trigger)
        if not mentions and any(a.lower_ in PRONOUNS for a in acting):
            pronoun = True
        victim = _resolve(target, country, "target", links, None) if trigger.event_type in OBJECT_TARGET_TYPES else None
        mentions.append(Mention(trigger, _resolve(acting, country, "actor", links, prior), victim))
    return mentions, pronoun


# --- grouping triggers into happenings -----------------------------------------------------------


def compatible(types_a: set[str], types_b: set[str]) -> bool:
    """Two descriptions can be one happening: a protest and its repression, a protest and its violence,
    an attack and the abductions or killings done in it."""
    if types_a & types_b:
        return True
    both = types_a | types_b
    if both & PROTEST_FAMILY:
        return both - PROTEST_FAMILY <= RESPONSE_TYPES | CROWD_VIOLENCE
    if both <= RESPONSE_TYPES | CROWD_VIOLENCE and both & RESPONSE_TYPES:
        return True  # the police response to a riot or a clash
    return both <= ORGANISED_VIOLENCE | {"arrest"} or both <= CROWD_VIOLENCE


def _purpose_clauses(triggers: list[Trigger]) -> dict[int, Trigger]:
    """Triggers that only say what another one was for: "held rallies ... *to protest* the killing"."""
    by_token = {t.token.i: t for t in triggers}
    governed: dict[int, Trigger] = {}
    for trigger in triggers:
        token = trigger.token
        if token.pos_ != "VERB" or token.dep_ not in {"advcl", "xcomp", "acl"}:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue
        for head in list(token.ancestors)[:3]:
            owner = by_token.get(head.i) or next(
                (by_token[c.i] for c in head.children if c.dep_ in {"dobj", "attr"} and c.i in by_token), None)
            if owner is not None and owner is not trigger:
                governed[id(trigger)] = owner
                break
    return governed


def _group_triggers(triggers: list[Trigger], assigned: dict[int, list[Place]],
                    governed: dict[int, Trigger]) -> list[list[Trigger]]:
    groups: list[list[Trigger]] = []
    for trigger in sorted(triggers, key=lambda t: t.start):
        if id(trigger) in governed:
            continue
        own = {p.start for p in assigned[id(trigger)]}
        for group in groups:
            group_places = {p.start for t in group for p in assigned[id(t)]}
            group_types = {t.event_type for t in group}
            if (not own or not group_places or own & group_places) and compatible(group_types, {trigger.event_type}):
                group.append(trigger)
                break
        else:
            groups.append([trigger])
    for trigger in triggers:
        owner = governed.get(id(trigger))
        group = next((g for g in groups if owner in g), None) if owner is not None else None
        if group is not None:
            group.append(trigger)
        elif id(trigger) in governed:
            groups.append([trigger])
    return groups


# --- typing ---------------------------------------------------------------------------------------


@dataclass
class Typing:
    event_type: str
    sub_type: str | None
    primary: Trigger
    intervention: bool
    lethal: bool


def type_cluster(cluster: Cluster) -> Typing:
    """One type for a happening described by several triggers, the way ACLED codes it: a protest met by
    force stays a protest (with intervention); crowd violence makes it a riot; the state's force alone on a
    crowd is the protest it answers."""
    mentions = sorted(cluster.mentions, key=lambda m: m.trigger.start)
    fatalities = cluster.counts.get("fatalities", (0, (0, 0)))[0]
    protests = [m for m in mentions if m.event_type in PROTEST_FAMILY]
    state_force = [m for m in mentions if m.event_type in RESPONSE_TYPES
                   or (m.by_state and m.event_type in CROWD_VIOLENCE | {"explosion"})]
    # violence by the crowd: damage by anyone not armed or state, or an attack by a crowd actor; an attack by
    # someone unnamed ("men shot at people") does not make the protest a riot
    crowd_violence = [m for m in mentions if not m.by_state and not _toll(m) and (
        (m.event_type in {"riot", "vandalism", "property_destruction"}
         and not (m.acting is not None and m.acting.inter in ARMED_GROUPS))
        or (m.event_type == "attack" and m.acting is not None and m.acting.inter in {5, 6}))]
    clash = [m for m in mentions if m.event_type == "armed_clash" and not m.by_state]
    crowd_clash = [m for m in mentions if m.event_type == "armed_clash"
                   and any(a is not None and a.inter in {5, 6} for a in (m.acting, m.target))]
    if crowd_clash:  # "protesters clashed with police": the crowd fought, a riot
        return Typing("riot", "violent_demonstration", crowd_clash[0].trigger, True, False)
    if protests or (state_force and not crowd_violence and not clash and all(
            m.event_type in RESPONSE_TYPES | CROWD_VIOLENCE for m in mentions)):
        if crowd_violence and (protests or any(m.event_type in {"riot", "vandalism"} for m in crowd_violence)):
            primary = crowd_violence[0].trigger
            return Typing("riot", "violent_demonstration", primary, bool(state_force), False)
        if protests:
            base = protests[0].trigger
            if state_force:
                return Typing(base.event_type, base.sub_type, base, True, fatalities > 0)
            return Typing(base.event_type, base.sub_type, base, False, False)
        if any(m.event_type == "state_repression" for m in state_force) or any(
                m.target is not None and m.target.inter in {5, 6} for m in state_force):
            trigger = state_force[0].trigger
            return Typing("protest", "demonstration", trigger, True, fatalities > 0)
    by_crowd = [m for m in crowd_violence if m.event_type == "riot"
                or (m.acting is not None and m.acting.inter in {5, 6})]
    if by_crowd:  # looters, a mob, protesters smashing windows: a riot
        return Typing("riot", "violent_demonstration", by_crowd[0].trigger, bool(state_force), False)
    chosen = max(mentions, key=lambda m: (SEVERITY.get(m.event_type, 0), -m.trigger.start))
    return Typing(chosen.event_type, chosen.trigger.sub_type, chosen.trigger, False, False)


def _default_actor(label: str, country: str | None, inter: int, span: tuple[int, int]) -> actor_rules.ActorRef:
    return actor_rules.ActorRef(f"{label} ({country or 'Unknown'})", inter, span)


ActorPair = tuple[actor_rules.ActorRef | None, actor_rules.ActorRef | None]


def cast_actors(cluster: Cluster, typing: Typing, country: str | None, lead: tuple[str, tuple[int, int]] | None,
                responsible: tuple[str, tuple[int, int]] | None = None) -> ActorPair:
    """actor1 and actor2 of a typed happening, by ACLED's conventions: the crowd is actor1 of a protest or a
    riot and the state forces facing it actor2; an attack's actor1 is who attacked, actor2 the target."""
    mentions = sorted(cluster.mentions, key=lambda m: m.trigger.start)
    span = (typing.primary.start, typing.primary.end)
    if typing.event_type in PROTEST_FAMILY | {"riot"}:
        crowd = next((m.acting for m in mentions if m.acting is not None and m.acting.inter != STATE), None)
        if crowd is None:
            crowd = next((m.target for m in mentions if m.by_state and m.target is not None
                          and m.target.inter in {5, 6}), None)
        force = next((m.acting for m in mentions if m.by_state), None) or next(
            (m.target for m in mentions if m.target is not None and m.target.inter == STATE), None)
        if crowd is not None and crowd.generic and lead is not None:
            crowd = actor_rules.ActorRef(lead[0], crowd.inter, crowd.span, crowd.description or crowd.name)
        if typing.event_type == "riot":
            if crowd is None or crowd.name.startswith("Protesters ("):
                crowd = _default_actor("Rioters", country, 5, crowd.span if crowd else span)
        elif crowd is None:
            crowd = _default_actor("Protesters", country, 6, span)
        return crowd, force
    primary = next(m for m in mentions if m.trigger is typing.primary)
    actor1 = primary.acting or next((m.acting for m in mentions if m.acting is not None), None)
    actor2 = primary.target or next((m.target for m in mentions if m.target is not None), None)
    if actor1 is not None and actor1.generic and lead is not None:
        actor1 = actor_rules.ActorRef(lead[0], actor1.inter, actor1.span, actor1.description or actor1.name)
    if actor1 is None and responsible is not None and typing.event_type in ORGANISED_VIOLENCE and (
            typing.sub_type != "air_strike"):
        actor1 = actor_rules.ActorRef(responsible[0], 3, responsible[1])  # "X claimed responsibility"
    if actor1 is None and typing.event_type in ORGANISED_VIOLENCE - {"property_destruction"}:
        actor1 = _default_actor("Unidentified Armed Group", country, 3, span)
    if actor1 is None and typing.event_type in {"property_destruction", "vandalism"}:
        actor1 = _default_actor("Rioters", country, 5, span)
    if actor1 is None and typing.event_type == "arrest":  # "X was arrested": by the police, in ACLED's coding
        actor1 = actor_rules.ActorRef(f"Police Forces of {country or 'Unknown'}", STATE, span)
    if actor2 is not None and actor1 is not None and actor2.name == actor1.name:
        actor2 = None
    return actor1, actor2


# --- the coder -------------------------------------------------------------------------------------


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


def _overlap(a: DateResolution | None, b: DateResolution | None) -> bool:
    return a is not None and b is not None and a.date_start <= b.date_end and b.date_start <= a.date_end


def extract_events(sdoc: Doc, document: Document, places: list[Place], dates: object) -> list[Event]:
    """Every current event of the report, one record per place and day (ACLED's unit)."""
    from dateline.extract import sources  # late import: the source stage is optional for tests of this one

    text = document.text
    segments = segments_of(sdoc, document)
    usable = [p for p in places if locations.usable_place(p, sdoc)]
    country_iso = locations.report_country(document, usable)
    country = actor_rules.country_name(country_iso)
    links = actor_rules.parent_links(text)
    lead = actor_rules.lead_group(sdoc, links)
    responsible = actor_rules.lead_group(sdoc, links, {"responsibility"})
    fallback = locations.dateline_place(places, sdoc, country_iso) or locations.country_place(
        document, country_iso, country)
    clusters: list[Cluster] = []

    for segment in segments:
        triggers = [t for t in find_triggers(segment.span) if not inside_quote(text, t.start)]
        if not triggers:
            continue
        # places go to every trigger, current or not, so a historical clause keeps its own places
        seg_places = locations.event_places(
            [p for p in usable if segment.start_char <= p.start < segment.end_char], sdoc, country_iso)
        if not seg_places:
            capital = locations.capital_place(segment.span, country_iso)
            seg_places = [capital] if capital else []
        governed = _purpose_clauses(triggers)
        assigned = locations.assign_places([t for t in triggers if id(t) not in governed], seg_places, sdoc)
        assigned.update({id(t): [] for t in triggers if id(t) in governed})
        current: list[Trigger] = []
        for trigger in triggers:
            why = mention_status(trigger, dates, document.published)
            if why is None:
                current.append(trigger)
            else:
                _reference(document, trigger, why)
        if not current:
            continue
        counts = find_counts(segment.span)
        for group in _group_triggers(current, assigned, governed):
            mentions, pronoun = read_mentions(group, country, links, clusters[-1] if clusters else None)
            cluster = Cluster(mentions, segment, locations.finest([p for t in group for p in assigned[id(t)]]),
                              counts=dict(counts), pronoun_subject=pronoun)
            cluster.campaign_key = cluster.first.start
            cluster.dates = _date_of(cluster, dates, document, clusters)
            _place(cluster, clusters, fallback, document)

    for claim in find_claims(text):
        owner = _claim_owner(claim, clusters)
        if owner is not None:
            owner.claims.append(claim)

    events: list[Event] = []
    for unit in place_days(clusters):
        events.append(_record(unit, document, sdoc, sources, country, lead, responsible))
    return events


def _date_of(cluster: Cluster, dates: object, document: Document, clusters: list[Cluster]) -> DateResolution:
    first = cluster.first
    resolution: DateResolution = dates.date_for(first.start, first.end)  # type: ignore[attr-defined]
    if "commemoration" in cluster.types and _historical_date(resolution, document.published):
        # the date is the one commemorated; the act itself happens in the narrative's present
        if clusters and clusters[-1].dates is not None:
            return clusters[-1].dates
        day = document.published or resolution.date_end
        return DateResolution(date_start=day, date_end=day, time_precision=2, note="publication date")
    return resolution


def _own_date(cluster: Cluster) -> bool:
    span = cluster.dates.span if cluster.dates else None
    return span is not None and cluster.segment.start_char <= span[0] < cluster.segment.end_char


def _stands_alone(cluster: Cluster) -> bool:
    """A full statement of a happening that a coder would record even without a place: a verb with its
    actor, dated in its own clause or told in the report's lead ("Police fired tear gas at students")."""
    first = min(cluster.mentions, key=lambda m: m.trigger.start)
    token = first.trigger.token
    if token.pos_ != "VERB" or (first.acting is None and first.target is None) or _is_toll(cluster):
        return False
    return _own_date(cluster) or cluster.segment.index == 0


def _toll(mention: Mention) -> bool:
    """"6,000 people had been detained", "150 people were killed": a count, passive and without an agent."""
    passive = any(c.dep_ == "nsubjpass" for c in mention.trigger.token.children)
    return passive and mention.acting is None and mention.trigger.event_type in {"attack", "arrest"}


def _is_toll(cluster: Cluster) -> bool:
    return _toll(min(cluster.mentions, key=lambda m: m.trigger.start))


def _absorber(cluster: Cluster, clusters: list[Cluster]) -> Cluster | None:
    """The earlier happening a clause without a place of its own continues, if any."""
    told_by_verb = any(m.trigger.token.pos_ == "VERB" for m in cluster.mentions) and not _is_toll(cluster)
    for previous in reversed(clusters[-4:]):
        if not compatible(previous.types, cluster.types):
            continue
        if (previous.paragraph == cluster.paragraph or cluster.pronoun_subject) and (
                not _own_date(cluster) or _overlap(previous.dates, cluster.dates)):
            return previous
        # a later paragraph adds to an earlier happening only with a statement of its own on that day;
        # a bare noun there ("similar attacks", "the protests") is a reference, not a continuation
        if told_by_verb and _overlap(previous.dates, cluster.dates):
            return previous
    return None


def _place(cluster: Cluster, clusters: list[Cluster], fallback: Place | None, document: Document) -> None:
    """Keep a clause with its own place; fold one without into what it continues, or give it a place."""
    if cluster.places:
        clusters.append(cluster)
        return
    absorber = _absorber(cluster, clusters)
    if absorber is not None:
        absorber.absorb(cluster)
        return
    previous = clusters[-1] if clusters else None
    anaphoric = all(m.trigger.token.pos_ != "VERB" and is_definite(m.trigger.token) for m in cluster.mentions)
    if previous is not None and previous.paragraph == cluster.paragraph and previous.place_from_text:
        cluster.places = list(previous.places)
    elif fallback is not None and not anaphoric and _stands_alone(cluster):
        cluster.places = [fallback]
    else:
        for mention in cluster.mentions:
            _reference(document, mention.trigger, "no place of its own")
        return
    cluster.place_from_text = False
    clusters.append(cluster)


def _claim_owner(claim: Claim, clusters: list[Cluster]) -> Cluster | None:
    """The happening a slogan belongs to: the last one described before the words that introduce it."""
    before = [c for c in clusters if c.first.start <= claim.introducer_start]
    if before:
        return max(before, key=lambda c: max(t.start for t in c.triggers if t.start <= claim.introducer_start))
    return clusters[0] if clusters else None


# --- one record per place and day ------------------------------------------------------------------


@dataclass
class PlaceDay:
    """What happened at one place over one date range: one or more happenings told of it."""

    place: Place
    clusters: list[Cluster]

    @property
    def dates(self) -> DateResolution:
        resolution = self.clusters[0].dates
        assert resolution is not None
        return resolution

    def merged(self) -> Cluster:
        first = self.clusters[0]
        unit = Cluster([], first.segment, [self.place], first.place_from_text, first.dates,
                       campaign_key=first.campaign_key)
        for cluster in self.clusters:
            unit.mentions.extend(m for m in cluster.mentions if m not in unit.mentions)
            if len(cluster.places) == 1:  # a toll told of several places belongs to none of them
                for key, value in cluster.counts.items():
                    unit.counts.setdefault(key, value)
            unit.claims.extend(c for c in cluster.claims if c not in unit.claims)
        return unit


def place_days(clusters: list[Cluster]) -> list[PlaceDay]:
    """One unit per place and day: happenings at the same place on the same dates that can be one thing
    are merged (the first told keeps its campaign)."""
    units: list[PlaceDay] = []
    for cluster in clusters:
        assert cluster.dates is not None
        when = (cluster.dates.date_start, cluster.dates.date_end)
        for place in cluster.places:
            key = locations.place_key(place)
            for unit in units:
                if (locations.place_key(unit.place) == key and (unit.dates.date_start, unit.dates.date_end) == when
                        and compatible({t for c in unit.clusters for t in c.types}, cluster.types)):
                    if cluster not in unit.clusters:
                        unit.clusters.append(cluster)
                    break
            else:
                units.append(PlaceDay(place, [cluster]))
    return units


def _is_armed(cluster: Cluster) -> bool:
    words = {t.lemma_.lower() for trigger in cluster.triggers for t in trigger.token.sent}
    return bool(words & ARMED_WORDS) or any(m.acting is not None and m.acting.inter in ARMED_GROUPS
                                            for m in cluster.mentions)


def _record(unit: PlaceDay, document: Document, sdoc: Doc, sources: object, country: str | None,
            lead: tuple[str, tuple[int, int]] | None, responsible: tuple[str, tuple[int, int]] | None) -> Event:
    cluster = unit.merged()
    place = unit.place
    typing = type_cluster(cluster)
    actor1, actor2 = cast_actors(cluster, typing, country, lead, responsible)
    inter1 = actor1.inter if actor1 else None
    if actor1 is not None and inter1 not in (1, 2) and typing.event_type in PROTEST_FAMILY:
        inter1 = 6
    elif actor1 is not None and inter1 not in (1, 2) and typing.event_type == "riot":
        inter1 = 5
    mapping = map_event(
        typing.event_type,
        typing.sub_type,
        intervention=typing.intervention,
        lethal_force_on_protesters=typing.lethal,
        armed=_is_armed(cluster) or inter1 == STATE,
        # one-sided violence is against civilians unless the target is itself an armed actor (then a battle)
        target_civilian=actor2 is None or actor2.inter not in {1, 2, 3, 4, 8},
    )
    resolution = unit.dates
    first = cluster.first
    campaign_id = make_event_id(document.doc_id, "campaign", cluster.campaign_key)
    claim = sources.attribute_claim(sdoc, first.start, first.end)  # type: ignore[attr-defined]
    claimed_by = claim[0] if claim else None
    actors_named = [a.name for a in (actor1, actor2) if a is not None]
    party_source = claimed_by or document.reported_by
    is_party = sources.source_is_party(party_source, actors_named, document.text) if party_source else None  # type: ignore[attr-defined]
    if is_party is None:
        is_party = document.source_is_party
    claims = [c.text for c in cluster.claims]
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
        evidence["claims"] = (min(c.start for c in cluster.claims), max(c.end for c in cluster.claims))
    if claim:
        evidence["claimed_by"] = claim[1]
    for key, (_, span) in cluster.counts.items():
        evidence[key] = span
    confidence = 0.45 + 0.15 * cluster.place_from_text + 0.15 * (resolution.span is not None)
    confidence += 0.1 * (actor1 is not None and actor1.span != evidence["event_type"])
    confidence += 0.1 * (first.token.pos_ == "VERB")
    counts = cluster.counts
    return Event(
        event_id=make_event_id(document.doc_id, typing.event_type, place.geonameid or place.name,
                               resolution.date_start, resolution.date_end, first.start),
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
