"""The event coder: every event in a report, one record per place and day, typed, with actors and claims.

Flow for one document:
1. cut the text into clauses (``segments``): no headline, caption or dateline yields an event;
2. find triggers (verbs and event nouns) and keep only current, real ones (``status``): negated, planned,
   hypothetical, historical mentions and references to another event go to ``document.references``;
3. give each place of the clause to its nearest trigger (``locations``), group the triggers that describe
   one happening (a rally and the tear gas fired at it) and read each trigger's actors from the parse
   (``mentions``);
4. a clause without a place of its own continues an earlier happening, or takes its paragraph's place, or
   (a full statement with its own date) the dateline's city or the country; otherwise it is dropped;
5. drop happenings dated weeks before the report's news (background), split the rest into one unit per
   place and day and merge units that describe the same thing there (the march, the windows smashed and
   the arrests in one city on one night; a weekend's march into the days told one by one), then type each
   unit and cast its actors the way ACLED would (``coding``) and emit one Event for it.
Only clauses with a trigger get any of the expensive work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc

from dateline.countries import country_name, forces_of
from dateline.extract import actors as actor_rules
from dateline.extract import locations, sources
from dateline.extract.claims import Claim, find_claims, inside_quote
from dateline.extract.coding import cast_actors, type_cluster
from dateline.extract.counts import find_counts
from dateline.extract.docindex import doc_index
from dateline.extract.mentions import (
    ARMED_GROUPS,
    ARMED_WORDS,
    CROWD,
    ORGANISED_VIOLENCE,
    PROTEST_FAMILY,
    STATE,
    Cluster,
    compatible,
    is_toll,
    read_mentions,
)
from dateline.extract.ontology import map_event
from dateline.extract.segments import Segment, paragraph_of, section_heading_before, segments_of
from dateline.extract.status import is_definite, mention_status
from dateline.extract.triggers import Trigger, find_triggers
from dateline.models import DateResolution, Document, Event, Place, make_event_id

# --- grouping triggers into happenings -----------------------------------------------------------


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


def _statuses(triggers: list[Trigger], dates: object, document: Document) -> dict[int, str | None]:
    """Each trigger's status; one told inside a historical one without a date of its own is history too ("In
    2020, gunmen attacked a camp, starting a fire in which dozens of tents were burned")."""
    statuses = {id(t): mention_status(t, dates, document.published) for t in triggers}
    by_token = {t.token.i: t for t in triggers}
    for trigger in triggers:
        token = trigger.token
        parent = next((by_token[a.i] for a in token.ancestors if a.i in by_token), None)
        if statuses[id(trigger)] is None and parent is not None and statuses[id(parent)] == "historical":
            span = dates.date_for(trigger.start, trigger.end).span  # type: ignore[attr-defined]
            end = token.right_edge.idx + len(token.right_edge.text)
            if span is None or not token.left_edge.idx <= span[0] < end:
                statuses[id(trigger)] = "historical"
    return statuses


def _historical_date(resolution: DateResolution, published: date | None) -> bool:
    return published is not None and resolution.date_end < published - timedelta(days=366)


def _overlap(a: DateResolution | None, b: DateResolution | None) -> bool:
    return a is not None and b is not None and a.date_start <= b.date_end and b.date_start <= a.date_end


def extract_events(sdoc: Doc, document: Document, places: list[Place], dates: object) -> list[Event]:
    """Every current event of the report, one record per place and day (ACLED's unit)."""
    text = document.text
    segments = segments_of(sdoc, document)
    usable = [p for p in places if locations.usable_place(p, sdoc)]
    country_iso = locations.report_country(document, usable)
    country = country_name(country_iso)
    links = actor_rules.parent_links(text, sdoc)
    lead = actor_rules.lead_group(sdoc, links)
    responsible = actor_rules.lead_group(sdoc, links, {"responsibility"})  # "X claimed responsibility"
    claimed = actor_rules.ActorRef(responsible[0], 3, responsible[1]) if responsible else None
    publisher = _publisher(document, links)
    fallback = locations.dateline_place(places, sdoc, country_iso) or locations.dateline_city(
        document, country_iso) or locations.country_place(
        document, country_iso, country)
    clusters: list[Cluster] = []
    blamed: dict[int, actor_rules.ActorRef] = {}  # paragraph → who it says did it ("authorities blamed X")
    for segment in segments:
        if segment.paragraph not in blamed and (found := actor_rules.blamed(segment.span, country, links)):
            blamed[segment.paragraph] = found

    for segment in segments:
        triggers = [t for t in find_triggers(segment.span) if not inside_quote(text, t.start)]
        if not triggers:
            continue
        # places go to every trigger, current or not, so a historical clause keeps its own places
        seg_places = locations.event_places(
            [p for p in usable if segment.start_char <= p.start < segment.end_char], sdoc, country_iso)
        if not seg_places:
            told = [p for c in clusters if c.place_from_text for p in c.places]
            anaphor = _scene_of_entry(segment, segments, usable, sdoc, country_iso) or locations.capital_place(
                segment.span, country_iso) or locations.city_anaphor(
                segment.span, told, triggers) or _scene_of_paragraph(segment, segments, usable, sdoc, country_iso) \
                or _scene_of_section(segment, text, places) or locations.nationwide_place(
                    segment.span, triggers, country_iso, country)
            seg_places = [anaphor] if anaphor else []
        governed = _purpose_clauses(triggers)
        assigned = locations.assign_places([t for t in triggers if id(t) not in governed], seg_places, sdoc)
        assigned.update({id(t): [] for t in triggers if id(t) in governed})
        current: list[Trigger] = []
        statuses = _statuses(triggers, dates, document)
        for trigger in triggers:
            why = statuses[id(trigger)]
            if why is None:
                current.append(trigger)
            else:
                _reference(document, trigger, why)
        if not current:
            continue
        _lend_places_of_plans(triggers, current, statuses, assigned)
        counts = find_counts(segment.span)
        for group in _group_triggers(current, assigned, governed):
            mentions, pronoun = read_mentions(group, country, links, clusters[-1] if clusters else None)
            cluster = Cluster(mentions, segment, locations.finest([p for t in group for p in assigned[id(t)]]),
                              counts=dict(counts), pronoun_subject=pronoun)
            cluster.campaign_key = cluster.first.start
            cluster.dates = _date_of(cluster, dates, document, clusters)
            _place(cluster, clusters, fallback, document)

    _credit_called_days(clusters)
    for claim in find_claims(text):
        owner = _claim_owner(claim, clusters)
        if owner is not None:
            owner.claims.append(claim)

    sourcing = _Sourcing(sdoc, document)
    events: list[Event] = []
    kept = _without_background(clusters, document, dates.reporting_start)  # type: ignore[attr-defined]
    unrest = _street_unrest(kept)
    for unit in _without_summaries(place_days(kept), document):
        events.append(_record(unit, document, sourcing, country, lead,
                              blamed.get(unit.clusters[0].paragraph, claimed), publisher, unrest))
    _credit_unclaimed_strikes(events)
    if document.source_is_party is not True and sources.reporter_among_actors(
            document, [e.actor1 for e in events if e.actor1]):
        document.source_is_party = True  # "Reporting by X" on what X's members did: known once actors are read
    return events


def _credit_called_days(clusters: list[Cluster]) -> None:
    """The day a group called ("went on strike at the call of the UGTT"): the crowds the report tells of that day,
    named only as crowds ("in Sfax, dockers held a sit-in"), answered the same call."""
    calls = {(c.dates.date_start, c.dates.date_end): m.acting for c in clusters if c.dates is not None
             for m in c.mentions if m.acting is not None and m.acting.called}
    if len({a.name for a in calls.values()}) != 1:
        return
    for cluster in clusters:
        group = calls.get((cluster.dates.date_start, cluster.dates.date_end)) if cluster.dates else None
        if group is None or not cluster.types <= PROTEST_FAMILY:
            continue
        for mention in cluster.mentions:
            crowd = mention.acting
            if crowd is None or (crowd.inter == 6 and not crowd.called and crowd.name.endswith(")")
                                 and crowd.name.startswith("Protesters (")):
                mention.acting = replace(group, description=crowd.description or crowd.name if crowd else None)


REMOTE_STRIKES = {"shelling", "air_strike"}


def _credit_unclaimed_strikes(events: list[Event]) -> None:
    """Shelling and air strikes the report tells without a shooter ("a missile hit an enterprise") are the one
    state force it names firing them elsewhere ("Russian drones struck ..."), as an ACLED coder reads a report
    of a war; with no such force or with several, they stay unidentified."""
    strikes = [e for e in events if e.event_type == "explosion" and e.sub_event_type in REMOTE_STRIKES]
    shooters = {e.actor1: e.evidence["actor1"] for e in strikes if e.inter1 == STATE and "actor1" in e.evidence}
    if len(shooters) != 1:
        return
    (name, span), = shooters.items()
    for event in strikes:
        if event.actor1 is None or event.actor1.startswith("Unidentified Armed Group"):
            event.actor1, event.inter1 = name, STATE
            event.evidence["actor1"] = span
            event.confidence = round(max(event.confidence - 0.1, 0.1), 2)


def _scene_of_entry(segment: Segment, segments: list[Segment], usable: list[Place], sdoc: Doc,
                    country_iso: str | None) -> Place | None:
    """A log entry's opening line "2. 2021-01-13, Bangui." sets the scene of the whole entry ("the town" in it
    is Bangui, not the town of the entry before)."""
    first = next((s for s in segments if s.paragraph == segment.paragraph), None)
    if first is None or first is segment or len(first.span) > ENTRY_HEADING_TOKENS or not re.search(
            r"\d", first.span.text) or find_triggers(first.span):
        return None
    heading = [p for p in usable if first.start_char <= p.start < first.end_char]
    return _the_one_scene(locations.event_places(heading, sdoc, country_iso)) if heading else None


def _scene_of_paragraph(segment: Segment, segments: list[Segment], usable: list[Place], sdoc: Doc,
                        country_iso: str | None) -> Place | None:
    """"On Wednesday the situation in Almaty changed sharply. Crowds stormed the city hall ...": a clause
    without a place happens where the sentence before it in its paragraph set the scene, when that sentence
    names one place only and tells no happening of its own (one that does lends its place as a cluster)."""
    before = [s for s in segments if s.paragraph == segment.paragraph and s.index < segment.index]
    for previous in reversed(before):  # (back over sentences that tell nothing: "I use those words deliberately.")
        if find_triggers(previous.span):
            return None
        named = [p for p in usable if previous.start_char <= p.start < previous.end_char]
        if named or len(previous.span) > SCENE_ASIDE_TOKENS:
            return _the_one_scene(locations.event_places(named, sdoc, country_iso))
    return None


SCENE_ASIDE_TOKENS = 8  # a short aside between the scene and the clause: "I use those words deliberately."
ENTRY_HEADING_TOKENS = 14


def _scene_of_section(segment: Segment, text: str, places: list[Place]) -> Place | None:
    """A report laid out by place ("ANKARA — Thursday 20 March" over its paragraph): a clause without a place
    happens at the place its section's heading names, when it names one."""
    heading = section_heading_before(text, segment.start_char)
    if heading is None:
        return None
    return _the_one_scene([p for p in places if heading[0] <= p.start < heading[1] and p.lat is not None])


def _the_one_scene(places: list[Place]) -> Place | None:
    """The one town or region a scene-setting line names (none when it names several), lent with less confidence."""
    named = locations.finest(places)
    named = [p for p in named if not locations.holds_a_named_town(p, named)]  # "Baidoa district (Bay)"
    if len(named) != 1 or named[0].precision not in {"city", "near", "region"}:
        return None
    return named[0].model_copy(update={"confidence": named[0].confidence * 0.8})


PLANS = {"planned", "future", "future or hypothetical"}


def _lend_places_of_plans(triggers: list[Trigger], current: list[Trigger], statuses: dict[int, str | None],
                          assigned: dict[int, list[Place]]) -> None:
    """A plan told inside a current act lends its places to the act when the act names none: "distributed
    leaflets calling for the marches in Kassala and Kosti" happened in Kassala and Kosti; so does another event
    the act refers to ("held a vigil at the site of the Cali blast")."""
    for plan in triggers:
        status = statuses[id(plan)]
        at_its_site = status == "reference" and plan.token.head.lower_ == "of" and (
            plan.token.head.head.lemma_.lower() in {"site", "scene"})
        if (status not in PLANS and not at_its_site) or not assigned.get(id(plan)):
            continue
        ancestors = {a.i for a in plan.token.ancestors}
        # (the act's own word or the verb it is the object of: "held a vigil at the site of the blast")
        actor = next((t for t in current if not assigned.get(id(t)) and (
            t.token.i in ancestors or (t.token.dep_ == "dobj" and t.token.head.i in ancestors))), None)
        if actor is not None:
            assigned[id(actor)] = assigned[id(plan)]


BACKGROUND_DAYS = 14


def _without_background(clusters: list[Cluster], document: Document, reporting_start: date) -> list[Cluster]:
    """Happenings dated weeks before both the report and its latest happening are background ("On September 28,
    police shot two protesters in X" in a report of October 20 about Saturday's march), not its news."""
    if not clusters:
        return clusters
    latest = max(c.dates.date_end for c in clusters if c.dates is not None)
    # (a monthly report "covering 1–31 January" tells all of January as news)
    cutoff = min(min(latest, document.published or latest) - timedelta(days=BACKGROUND_DAYS), reporting_start)
    kept = []
    for cluster in clusters:
        assert cluster.dates is not None
        if cluster.dates.span is not None and cluster.dates.date_end < cutoff:
            for mention in cluster.mentions:
                _reference(document, mention.trigger, "earlier event")
        else:
            kept.append(cluster)
    return kept


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
    if token.pos_ != "VERB" or (first.acting is None and first.target is None) or is_toll(cluster):
        return False
    if token.dep_ == "relcl" and is_definite(token.head):
        return False  # "the officers who shot at the crowd on Tuesday have been transferred": who, not what
    return _own_date(cluster) or cluster.segment.index == 0


def _absorber(cluster: Cluster, clusters: list[Cluster]) -> Cluster | None:
    """The earlier happening a clause without a place of its own continues, if any."""
    told_by_verb = any(m.trigger.token.pos_ == "VERB" for m in cluster.mentions) and not is_toll(cluster)
    for previous in reversed(clusters[-4:]):
        if not compatible(previous.types, cluster.types):
            continue
        same_day = _overlap(previous.dates, cluster.dates)
        if (previous.paragraph == cluster.paragraph and (not _own_date(cluster) or same_day)) or (
                cluster.pronoun_subject and same_day):
            return previous  # ("they" in a later post of another day are not that day's crowd)
        # a later paragraph adds to an earlier happening only with a statement of its own on that day; a bare
        # noun there ("similar attacks", "the protests") is a reference, not a continuation, and crowds that
        # poured onto the streets after an arrest are not that arrest (the police response may continue a protest)
        # (nor is a vigil after a bombing that bombing)
        reaction = (bool(cluster.types & PROTEST_FAMILY) and previous.types <= {"arrest"}) or (
            "commemoration" in cluster.types and bool(previous.types & ORGANISED_VIOLENCE))
        # (nor is one of several towns a headline listed the place of a later paragraph's looting)
        listed = len({locations.place_key(p) for p in previous.places}) > 1
        if told_by_verb and _overlap(previous.dates, cluster.dates) and not reaction and not listed and not (
                _wider(previous, cluster)):  # (one day of a week the lead sums up is a record of that day)
            return previous
    return None


def _sums_up(cluster: Cluster) -> bool:
    """Happenings told as plural nouns at one place over days: "Protests have shaken the capital this week"."""
    return len({locations.place_key(p) for p in cluster.places}) == 1 and all(
        m.trigger.token.tag_ == "NNS" for m in cluster.mentions)


def _wider(earlier: Cluster, cluster: Cluster) -> bool:
    """The earlier happening is told over a range that holds this one's shorter dates."""
    theirs, mine = earlier.dates, cluster.dates
    return theirs is not None and mine is not None and _days(mine) < _days(theirs) and (
        theirs.date_start <= mine.date_start and mine.date_end <= theirs.date_end)


DEMONSTRATION = PROTEST_FAMILY | {"riot", "vandalism", "property_destruction", "state_repression", "arrest"}


def _days(resolution: DateResolution) -> int:
    return (resolution.date_end - resolution.date_start).days


def _range_containing(cluster: Cluster, clusters: list[Cluster], text: str) -> Cluster | None:
    """A recent happening told over a longer range that holds this clause's day, dated by another expression."""
    mine = cluster.dates
    if mine is None or mine.span is None or paragraph_of(text, mine.span[0]) != cluster.paragraph:
        return None  # dated in its own paragraph ("On Sunday, about 2,000 people marched ...")
    if not cluster.types <= DEMONSTRATION or not any(m.trigger.token.pos_ == "VERB" for m in cluster.mentions):
        return None
    for previous in reversed(clusters[-4:]):
        if len(previous.places) != 1 or locations.place_key(previous.places[0]) != locations.place_key(
                clusters[-1].places[0]):
            return None  # the story has moved to another place since
        theirs = previous.dates
        if (previous.types <= DEMONSTRATION and theirs is not None and theirs.span is not None
                and theirs.span != mine.span and _days(mine) < _days(theirs)
                and theirs.date_start <= mine.date_start and mine.date_end <= theirs.date_end):
            return previous
    return None


def _place(cluster: Cluster, clusters: list[Cluster], fallback: Place | None, document: Document) -> None:
    """Keep a clause with its own place; fold one without into what it continues, or give it a place."""
    previous = clusters[-1] if clusters else None
    if cluster.places and is_toll(cluster) and previous is not None and not previous.place_from_text and (
            previous.paragraph == cluster.paragraph and _overlap(previous.dates, cluster.dates)
            and compatible(previous.types, cluster.types)):
        # "Police fired live rounds at crowds ... Seventeen people were killed in Kathmandu and two in Itahari":
        # the toll tells where the shooting told without a place happened
        previous.places, previous.place_from_text = list(cluster.places), True
        previous.absorb(cluster)
        return
    if cluster.places:
        clusters.append(cluster)
        return
    wider = _range_containing(cluster, clusters, document.text)
    if wider is not None:
        # "Thousands marched over the weekend. ... On Saturday, youths smashed shop windows ...":
        # one day of a happening told over several is a record of its own, at the same place
        cluster.places, cluster.place_from_text = list(wider.places), wider.place_from_text
        clusters.append(cluster)
        return
    absorber = _absorber(cluster, clusters)
    if absorber is not None:
        absorber.absorb(cluster)
        return
    summary = next((c for c in reversed(clusters[-4:]) if c.place_from_text and _wider(c, cluster)
                    and compatible(c.types, cluster.types) and not _own_date(cluster) and _sums_up(c)), None)
    if summary is not None and any(m.trigger.token.pos_ == "VERB" for m in cluster.mentions):
        # "Protests have shaken the capital this week ... MONDAY - Protesters try to force the doors": that day,
        # at the place of the week
        cluster.places, cluster.place_from_text = list(summary.places), False
        clusters.append(cluster)
        return
    anaphoric = all(m.trigger.token.pos_ != "VERB" and is_definite(m.trigger.token) for m in cluster.mentions)
    if (previous is not None and previous.paragraph == cluster.paragraph and previous.place_from_text
            and (not _own_date(cluster) or _overlap(previous.dates, cluster.dates))):
        # the paragraph's place, unless the clause dates itself to another day (another happening)
        cluster.places = list(previous.places)
    elif fallback is not None and not anaphoric and (_stands_alone(cluster) or (
            fallback.precision == "city" and not any(c.place_from_text for c in clusters)
            and any(m.trigger.token.pos_ == "VERB" and m.acting is not None for m in cluster.mentions))):
        # (a report from its dateline's city that has named no other place yet is telling of that city)
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


GENERIC_PEOPLE = re.compile(r"^(?:Civilians|Protesters|Rioters|Journalists|Students) \(")


def _arrest_apart(arrest: Cluster, other: Cluster) -> bool:
    """"On Tuesday agents arrested the opposition leader X in Caracas" told apart from that day's march there:
    the arrest of someone who is not the crowd, in another paragraph, is an event of its own."""
    named = [m.target for m in arrest.mentions if m.target is not None and not GENERIC_PEOPLE.match(m.target.name)]
    return arrest.types <= {"arrest", "abduction"} and bool(other.types & PROTEST_FAMILY) \
        and arrest.paragraph != other.paragraph and bool(named) and not any(t.inter in CROWD for t in named)


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
                        and compatible({t for c in unit.clusters for t in c.types}, cluster.types)
                        and not any(_arrest_apart(c, cluster) or _arrest_apart(cluster, c) for c in unit.clusters)):
                    if cluster not in unit.clusters:
                        unit.clusters.append(cluster)
                    break
            else:
                units.append(PlaceDay(place, [cluster]))
    return _fold_ranges(units)


def _without_summaries(units: list[PlaceDay], document: Document) -> list[PlaceDay]:
    """"Militant violence stayed high, with a large attack in the Sahel region": a region or a country over
    days the clause does not date itself, summing up what the report tells town by town, is no event of its own
    once a town's record of that kind falls inside it."""
    kept: list[PlaceDay] = []
    for unit in units:
        place, span, cluster = unit.place, unit.dates, unit.clusters[0]
        # (a region listed among towns is a place of its own; undated, the summary has the publication's date)
        undated = span.span is None
        broad = place.precision in {"region", "country"} and (_days(span) >= 2 or undated) and not any(
            _own_date(c) or len(c.places) > 1 for c in unit.clusters)
        inside = broad and any(
            u.place.precision in {"city", "near"} and u.place.country == place.country
            and (place.precision == "country"
                 or locations.fold_name(u.place.admin1) == locations.fold_name(place.admin1 or place.name))
            and (undated or span.date_start <= u.dates.date_start and u.dates.date_end <= span.date_end)
            and compatible(cluster.types, {t for c in u.clusters for t in c.types}) for u in units)
        # "Protests have shaken the capital this week": the week the report then tells day by day there
        days_inside = [u for u in units if u is not unit and locations.place_key(u.place) == locations.place_key(place)
                       and _days(u.dates) == 0 and span.date_start <= u.dates.date_start <= span.date_end
                       and compatible(cluster.types, {t for c in u.clusters for t in c.types})]
        told_daily = _days(span) >= 2 and len(days_inside) >= 2 and all(_sums_up(c) for c in unit.clusters)
        if inside or told_daily:
            for mention in (m for c in unit.clusters for m in c.mentions):
                _reference(document, mention.trigger, "sums up the events told town by town" if inside
                           else "sums up the days told one by one")
        else:
            kept.append(unit)
    return kept


def _fold_ranges(units: list[PlaceDay]) -> list[PlaceDay]:
    """A range at a place whose every day is also told as a record of its own there ("last weekend" beside
    Saturday and Sunday) is those days: its happenings join the first of them."""
    kept: list[PlaceDay] = []
    for unit in units:
        span = unit.dates
        days = [u for u in units if u is not unit and locations.place_key(u.place) == locations.place_key(unit.place)
                and span.date_start <= u.dates.date_start and u.dates.date_end <= span.date_end
                and _days(u.dates) < _days(span)]
        covered = {span.date_start + timedelta(days=n) for n in range(_days(span) + 1)}
        told = {u.dates.date_start + timedelta(days=n) for u in days for n in range(_days(u.dates) + 1)}
        if days and covered <= told:
            first = min(days, key=lambda u: u.dates.date_start)
            first.clusters.extend(c for c in unit.clusters if c not in first.clusters)
        else:
            kept.append(unit)
    return kept


def _is_armed(cluster: Cluster) -> bool:
    index = doc_index(cluster.first.token.doc)
    words = set().union(*(index.sentence_lemmas(trigger.token) for trigger in cluster.triggers))
    return bool(words & ARMED_WORDS) or any(m.acting is not None and m.acting.inter in ARMED_GROUPS
                                            for m in cluster.mentions)


class _Sourcing:
    """Who claims each event and whether that source is a party to it, asked once per trigger and per set of
    actors: the look-ups scan every known organisation and country, and a list of cities repeats them."""

    def __init__(self, sdoc: Doc, document: Document) -> None:
        self.sdoc, self.document = sdoc, document
        self._claims: dict[tuple[int, int], tuple[str, tuple[int, int]] | None] = {}
        self._parties: dict[tuple[str, tuple[str, ...]], bool | None] = {}
        self._reporter_acts: dict[tuple[str, ...], bool] = {}

    def reporter_acts(self, actors: tuple[str, ...]) -> bool:
        """The report's source is among these actors ("Reporting by the X Brigades" on what the Brigades did)."""
        if actors not in self._reporter_acts:
            self._reporter_acts[actors] = sources.reporter_among_actors(self.document, list(actors))
        return self._reporter_acts[actors]

    def claimed_by(self, trigger: Trigger) -> tuple[str, tuple[int, int]] | None:
        key = (trigger.start, trigger.end)
        if key not in self._claims:
            self._claims[key] = sources.attribute_claim(self.sdoc, *key)
        return self._claims[key]

    def is_party(self, source: str, actors: list[str]) -> bool | None:
        key = (source, tuple(actors))
        if key not in self._parties:
            self._parties[key] = sources.source_is_party(source, actors, self.document.text)
        return self._parties[key]


def _publisher(document: Document, links: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """The organisation that publishes a report telling of its own people's acts ("our members painted
    murals"), named as the report ties it to a parent; None when the report's source is no party to it."""
    if not document.reported_by or document.source_is_party is not True:
        return None
    span = document.evidence.get("reported_by", (0, 0))
    return actor_rules.with_parent(sources.full_name(document.text, document.reported_by), links), (span[0], span[1])


def _street_unrest(clusters: list[Cluster]) -> bool:
    """A report of protests and riots with no armed group acting or attacked in it."""
    return any(c.types & PROTEST_FAMILY for c in clusters) and not any(
        side is not None and side.inter in ARMED_GROUPS for c in clusters for m in c.mentions
        for side in (m.acting, m.target))


def _of_the_place(actor: actor_rules.ActorRef | None, report_country: str | None, place_country: str | None
                  ) -> actor_rules.ActorRef | None:
    """A regional overview's Guinea items: the crowd and the state's forces named by the report's country
    ("Protesters (Burkina Faso)") are those of the country where it happened; a nationality the text gives
    ("Russian drones") is kept."""
    here = country_name(place_country)
    if actor is None or not report_country or not here or here == report_country:
        return actor
    for kind in ("Police Forces", "Military Forces", "Security Forces"):
        if actor.name == forces_of(kind, report_country):
            return replace(actor, name=forces_of(kind, here))
    for label in ("Protesters", "Rioters", "Civilians", "Journalists", "Unidentified Armed Group"):
        if actor.name == f"{label} ({report_country})":
            return replace(actor, name=f"{label} ({here})")
    return actor


def _record(unit: PlaceDay, document: Document, sourcing: _Sourcing, country: str | None,
            lead: tuple[str, tuple[int, int]] | None, responsible: actor_rules.ActorRef | None,
            publisher: tuple[str, tuple[int, int]] | None = None, unrest: bool = False) -> Event:
    cluster = unit.merged()
    place = unit.place
    typing = type_cluster(cluster)
    if unrest and typing.event_type == "armed_clash" and all(
            m.acting is None and m.target is None for m in cluster.mentions):
        # "Clashes also broke out in Rennes and Nantes" in a report of marches: the crowd and the police, a riot
        typing = replace(typing, event_type="riot", sub_type="violent_demonstration")
    acting = tuple(sorted({m.acting.name for m in cluster.mentions if m.acting is not None}))
    actor1, actor2 = cast_actors(cluster, typing, country, lead, responsible, publisher,
                                 independent=document.source_is_party is False and not sourcing.reporter_acts(acting))
    actor1, actor2 = (_of_the_place(a, country, place.country) for a in (actor1, actor2))
    if typing.event_type == "arrest" and actor1 is not None and actor1.inter in ARMED_GROUPS:
        typing = replace(typing, event_type="abduction", sub_type="abduction")  # only the state arrests
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
    claim = sourcing.claimed_by(first)
    claimed_by = claim[0] if claim else None
    actors_named = [a.name for a in (actor1, actor2) if a is not None]
    party_source = claimed_by or document.reported_by
    is_party = sourcing.is_party(party_source, actors_named) if party_source else None
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
