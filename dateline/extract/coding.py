"""Typing a happening the way ACLED codes it, and casting its actors into actor1 and actor2."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.countries import forces_of
from dateline.extract import actors as actor_rules
from dateline.extract.mentions import (
    ARMED_GROUPS,
    CROWD,
    CROWD_VIOLENCE,
    ORGANISED_VIOLENCE,
    PROTEST_FAMILY,
    RESPONSE_TYPES,
    STATE,
    Cluster,
    Mention,
    toll,
)
from dateline.extract.ontology import SEVERITY
from dateline.extract.triggers import Trigger


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
    crowd_violence = [m for m in mentions if not m.by_state and not toll(m) and (
        (m.event_type in {"riot", "vandalism", "property_destruction"}
         and not (m.acting is not None and m.acting.inter in ARMED_GROUPS))
        or (m.event_type == "attack" and m.acting is not None and m.acting.inter in CROWD))]
    clash = [m for m in mentions if m.event_type == "armed_clash" and not m.by_state]
    crowd_clash = [m for m in mentions if m.event_type == "armed_clash"
                   and any(a is not None and a.inter in CROWD for a in (m.acting, m.target))]
    if crowd_clash:  # "protesters clashed with police": the crowd fought, a riot
        return Typing("riot", "violent_demonstration", crowd_clash[0].trigger, True, False)
    # "a man opened fire on the people manning a blockade, killing two": an armed man or group (not the state
    # nor the crowd) killing at a protest is an attack on the protesters, which ACLED codes as violence
    # against civilians
    assailants = [m for m in mentions if m.event_type == "attack" and not m.by_state and not toll(m)
                  and m.acting is not None and m.acting.inter in ARMED_GROUPS
                  and (m.target is None or m.target.inter != STATE)]
    if assailants and protests and fatalities > 0:
        return Typing("attack", "attack", assailants[0].trigger, False, True)
    if protests or (state_force and not crowd_violence and not clash and all(
            m.event_type in RESPONSE_TYPES | CROWD_VIOLENCE for m in mentions)):
        if crowd_violence and (protests or any(m.event_type in {"riot", "vandalism"} for m in crowd_violence)):
            primary = crowd_violence[0].trigger
            return Typing("riot", "violent_demonstration", primary, bool(state_force), False)
        # (a protester killed by no one named counts as the state's force, as ACLED codes it)
        forces = [m for m in state_force if m.by_state and (m.event_type == "state_repression" or (
            m.target is not None and m.target.inter in CROWD and (m.event_type != "arrest" or _at_a_protest(m))))]
        if forces and all(_told_as_its_target(p, forces) for p in protests):
            # "police fired at protesters who were blocking a road", "troops stormed a vigil": the report
            # tells the state's act, the crowd is only its target
            sub_type = "live_fire" if fatalities > 0 else "dispersal"
            return Typing("state_repression", sub_type, forces[0].trigger, True, fatalities > 0)
        if protests:
            base = protests[0].trigger
            if state_force:
                return Typing(base.event_type, base.sub_type, base, True, fatalities > 0)
            return Typing(base.event_type, base.sub_type, base, False, False)
        if any(m.event_type == "state_repression" for m in state_force) or any(
                m.target is not None and m.target.inter in CROWD and (m.event_type != "arrest" or _at_a_protest(m))
                for m in state_force):
            trigger = state_force[0].trigger
            return Typing("protest", "demonstration", trigger, True, fatalities > 0)
    by_crowd = [m for m in crowd_violence if m.event_type == "riot"
                or (m.acting is not None and m.acting.inter in CROWD)]
    if by_crowd:  # looters, a mob, protesters smashing windows: a riot
        return Typing("riot", "violent_demonstration", by_crowd[0].trigger, bool(state_force), False)
    chosen = max(mentions, key=lambda m: (SEVERITY.get(m.event_type, 0), -m.trigger.start))
    return Typing(chosen.event_type, chosen.trigger.sub_type, chosen.trigger, False, False)


IN_A_CROWD = re.compile(r"protest|demonstrat|march|crowd|picket|striker|rioter|mourner", re.IGNORECASE)


def _at_a_protest(arrest: Mention) -> bool:
    """"arrested 40 protesters" tells of a protest; "six activists were arrested in dawn raids" does not."""
    words = " ".join(w for w in (arrest.target.name, arrest.target.description) if w) if arrest.target else ""
    return bool(IN_A_CROWD.search(words.replace("Protesters (", "")))


NOMINAL_DEPS = {"dobj", "pobj", "prep", "relcl", "acl", "appos", "compound", "amod", "nsubj", "nsubjpass"}


def _told_as_its_target(protest: Mention, forces: list[Mention]) -> bool:
    """A gathering named only inside the object of the state's act: "attacked a vigil", "fired at people who
    had gathered outside"; not its own clause ("fired tear gas as protesters marched")."""
    node = protest.trigger.token
    state_tokens = {m.trigger.token.i for m in forces}
    # (a conjunct without a subject of its own goes on the same act: "fired tear gas and pellets at people")
    while node.head.i != node.i and (node.dep_ in NOMINAL_DEPS or (node.dep_ == "conj" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in node.children))):
        if node.head.i in state_tokens:
            return node.dep_ not in {"nsubj", "nsubjpass", "conj"}
        node = node.head
    return False


GENERIC_CROWD = re.compile(r"^(?:Protesters|Rioters) \(")
GENERIC_FORCES = re.compile(r"^(?:Police|Military|Security) Forces of [^(]*$")


def _named_first(forces: list[actor_rules.ActorRef]) -> actor_rules.ActorRef | None:
    """The state actor to name: a unit the report names ("Rapid Support Forces") before the generic forces of
    the country it also mentions ("Sudanese security forces")."""
    return next((f for f in forces if not GENERIC_FORCES.match(f.name)), forces[0] if forces else None)


def _default_actor(label: str, country: str | None, inter: int, span: tuple[int, int]) -> actor_rules.ActorRef:
    return actor_rules.ActorRef(f"{label} ({country or 'Unknown'})", inter, span)


ActorPair = tuple[actor_rules.ActorRef | None, actor_rules.ActorRef | None]
NamedGroup = tuple[str, tuple[int, int]]


def _credited(actor: actor_rules.ActorRef | None, lead: NamedGroup | None,
              publisher: NamedGroup | None) -> actor_rules.ActorRef | None:
    """The named group a generic actor stands for, its wording kept as the associated actor: "our members"
    are the organisation that publishes the report (or its network the report credits); "defiant youths"
    the group the report credits its activities to."""
    if actor is None:
        return None
    group = lead if actor.generic else None
    if actor.own and publisher is not None and not (lead and _one_family(lead[0], publisher[0])):
        group = publisher
    if group is None:
        return actor
    return actor_rules.ActorRef(group[0], actor.inter, actor.span, actor.description or actor.name)


PARENTHESISED = re.compile(r"\(([^)]+)\)")


def _one_family(network: str, organisation: str) -> bool:
    """"Resistance Units (PMOI/MEK)" and "PMOI/MEK", "Youth Cells (TSM)" and "Tunisian Salvation Movement
    (TSM)": a network the report ties to the organisation (its parent written in parentheses)."""
    parents = {p.casefold() for p in PARENTHESISED.findall(network)}
    names = {organisation.casefold(), *(p.casefold() for p in PARENTHESISED.findall(organisation))}
    return organisation.casefold() in network.casefold() or bool(parents & names)


def cast_actors(cluster: Cluster, typing: Typing, country: str | None, lead: NamedGroup | None,
                responsible: actor_rules.ActorRef | None = None, publisher: NamedGroup | None = None,
                independent: bool = False) -> ActorPair:
    """actor1 and actor2 of a typed happening, by ACLED's conventions: the crowd is actor1 of a protest or a
    riot and the state forces facing it actor2; an attack's actor1 is who attacked, actor2 the target.
    ``lead`` is the group the report credits its activities to, ``publisher`` the organisation that tells of
    its own people ("our members"), each with its span. In an ``independent`` report (its source no party to
    it) a crowd is a crowd whoever it supports, as ACLED codes it: the group is its associated actor."""
    mentions = sorted(cluster.mentions, key=lambda m: m.trigger.start)
    span = (typing.primary.start, typing.primary.end)
    if typing.event_type == "state_repression":  # the force is who acted, the crowd its target
        force = _named_first([m.acting for m in mentions if m.by_state and m.acting is not None]) or (
            actor_rules.ActorRef(forces_of("Police Forces", country), STATE, span))
        crowd = next((m.target for m in mentions if m.by_state and m.target is not None and m.target.inter in CROWD),
                     None) or _default_actor("Protesters", country, 6, span)
        return force, crowd
    if typing.event_type in PROTEST_FAMILY | {"riot"}:
        crowd = next((m.acting for m in mentions if m.acting is not None and m.acting.inter != STATE), None)
        if crowd is None:
            crowd = next((m.target for m in mentions if m.by_state and m.target is not None
                          and m.target.inter in CROWD), None)
        force = _named_first([m.acting for m in mentions if m.by_state and m.acting is not None]) or next(
            (m.target for m in mentions if m.target is not None and m.target.inter == STATE), None)
        crowd = _credited(crowd, lead, publisher)
        if independent and crowd is not None and crowd.inter not in (STATE, 2) and not GENERIC_CROWD.match(
                crowd.name):  # "PTI supporters blocked roads", "supporters of X stormed ..."
            kind = "Rioters" if typing.event_type == "riot" else "Protesters"
            crowd = actor_rules.ActorRef(f"{kind} ({country or 'Unknown'})", 5 if kind == "Rioters" else 6,
                                         crowd.span, crowd.name)
        if typing.event_type == "riot":
            if crowd is None or crowd.name.startswith("Protesters ("):
                crowd = _default_actor("Rioters", country, 5, crowd.span if crowd else span)
        elif crowd is None:
            crowd = _default_actor("Protesters", country, 6, span)
        return crowd, force
    primary = next(m for m in mentions if m.trigger is typing.primary)
    actor1 = primary.acting or next((m.acting for m in mentions if m.acting is not None), None)
    actor2 = primary.target or next((m.target for m in mentions if m.target is not None), None)
    actor1 = _credited(actor1, lead, publisher)
    if actor1 is None and responsible is not None and typing.event_type in ORGANISED_VIOLENCE and (
            typing.sub_type != "air_strike"):
        actor1 = responsible  # "X claimed responsibility", "authorities blamed X"
    if actor1 is None and typing.event_type in ORGANISED_VIOLENCE - {"property_destruction"}:
        actor1 = _default_actor("Unidentified Armed Group", country, 3, span)
    if actor1 is None and typing.event_type in {"property_destruction", "vandalism"}:
        actor1 = _default_actor("Rioters", country, 5, span)
    if actor1 is None and typing.event_type == "arrest":  # "X was arrested": by the police, in ACLED's coding
        actor1 = actor_rules.ActorRef(forces_of("Police Forces", country), STATE, span)
    if actor2 is not None and actor1 is not None and actor2.name == actor1.name:
        actor2 = None
    return actor1, actor2


