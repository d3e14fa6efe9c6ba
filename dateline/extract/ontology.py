"""Our event ontology and its mappings to ACLED and PLOVER (reasoning in docs/ontology.md).

An event type says what happened; the ACLED and PLOVER codes also depend on who did it and how
(a protest met with force, an attack without weapons by youths), so the mapping is a function,
``map_event``, and not just a table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    name: str
    definition: str
    sub_types: dict[str, str]


ONTOLOGY: dict[str, EventType] = {
    t.name: t
    for t in [
        EventType(
            "protest",
            "A public, non-violent demonstration of a political or social position by a group or an "
            "individual: gathering, march, rally, sit-in, picket, and symbolic acts done as protest "
            "(graffiti, slogan-writing, banner hanging, burning posters or effigies of leaders).",
            {
                "demonstration": "gathering, march, rally, sit-in",
                "symbolic_vandalism": "graffiti, slogans written on walls, posters or effigies burnt",
                "banner": "banners, posters or placards put up in public",
                "leafleting": "leaflets or flyers handed out or left in public as political messages",
            },
        ),
        EventType(
            "commemoration",
            "A gathering or act of remembrance (vigil, memorial, anniversary, visiting graves) with a "
            "public political meaning; coded by ACLED as a peaceful protest.",
            {"vigil": "vigil or memorial gathering", "anniversary": "marking an anniversary"},
        ),
        EventType(
            "strike",
            "A collective refusal to work, trade, eat or buy: labour strike, shop closure, hunger strike, "
            "boycott.",
            {"labour_strike": "work stoppage", "hunger_strike": "hunger strike", "boycott": "boycott"},
        ),
        EventType(
            "riot",
            "A demonstration or crowd turning violent against people or property (stone-throwing, clashes "
            "of a crowd with police, looting), or mob violence.",
            {"violent_demonstration": "protesters engage in violence", "mob_violence": "crowd violence"},
        ),
        EventType(
            "vandalism",
            "Damage or defacement of property without attacking people, outside a protest frame.",
            {"vandalism": "smashing, defacing"},
        ),
        EventType(
            "property_destruction",
            "Arson, demolition or destruction of buildings, vehicles or goods by an organised actor.",
            {"arson": "setting fire", "demolition": "demolishing", "looting": "looting"},
        ),
        EventType(
            "attack",
            "One-sided violence by an organised actor or a group against people or a site (shooting, "
            "stabbing, killing, assault, storming a base), where the target does not fight back.",
            {"attack": "assault on people or a site", "killing": "killing of a person"},
        ),
        EventType(
            "armed_clash",
            "Two organised armed groups fighting each other, or a crowd and security forces clashing.",
            {"armed_clash": "exchange of fire", "clash": "clash"},
        ),
        EventType(
            "explosion",
            "Violence at a distance: bombing, IED, shelling, missile, air or drone strike.",
            {
                "bombing": "bomb, IED, car bomb",
                "shelling": "shelling, artillery, rockets, mortars",
                "air_strike": "air or drone strike",
                "grenade": "grenade thrown or fired",
                "suicide_bomb": "suicide bombing",
            },
        ),
        EventType(
            "abduction",
            "Kidnapping, abduction or forced disappearance of a person.",
            {"abduction": "kidnapping or abduction"},
        ),
        EventType(
            "arrest",
            "Arrests, detentions and raids by state forces, not during a coded protest.",
            {"arrest": "arrest or detention", "raid": "raid"},
        ),
        EventType(
            "state_repression",
            "The state's response to a gathering: dispersal, tear gas, water cannon, rubber bullets, live "
            "fire. Merged into the protest it answers when one is reported; otherwise coded on its own.",
            {"dispersal": "dispersal, tear gas, water cannon", "live_fire": "live fire on a crowd"},
        ),
    ]
}


@dataclass(frozen=True)
class Mapping:
    disorder_type: str
    acled_event_type: str
    acled_sub_event_type: str
    plover_type: str
    plover_mode: str | None


POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"


def map_event(
    event_type: str,
    sub_type: str | None = None,
    *,
    intervention: bool = False,
    lethal_force_on_protesters: bool = False,
    armed: bool = False,
    target_civilian: bool = False,
) -> Mapping:
    """ACLED disorder/event/sub-event type (codebook spellings) and PLOVER type/mode of one event."""
    if event_type in ("protest", "commemoration", "strike"):
        if lethal_force_on_protesters:
            sub_event = "Excessive force against protesters"
        elif intervention:
            sub_event = "Protest with intervention"
        else:
            sub_event = "Peaceful protest"
        mode = "demo"
        if sub_type == "symbolic_vandalism":
            mode = "vandalize"
        elif event_type == "strike":
            mode = "boycott" if sub_type == "boycott" else "strike"
        return Mapping(DEMONSTRATIONS, "Protests", sub_event, "PROTEST", mode)
    if event_type == "state_repression":
        sub_event = "Excessive force against protesters" if lethal_force_on_protesters else "Protest with intervention"
        return Mapping(DEMONSTRATIONS, "Protests", sub_event, "COERCE", "disperse")
    if event_type == "riot":
        sub_event = "Mob violence" if sub_type == "mob_violence" else "Violent demonstration"
        return Mapping(DEMONSTRATIONS, "Riots", sub_event, "PROTEST", "riot")
    if event_type == "vandalism":
        return Mapping(DEMONSTRATIONS, "Riots", "Violent demonstration", "PROTEST", "vandalize")
    if event_type == "attack" and not armed:
        # an unarmed group storming or damaging a site: ACLED codes the violence of a crowd as a riot
        return Mapping(DEMONSTRATIONS, "Riots", "Violent demonstration", "ASSAULT", "destroy")
    if event_type == "attack":
        if target_civilian:
            return Mapping(POLITICAL_VIOLENCE, "Violence against civilians", "Attack", "ASSAULT", "kill")
        return Mapping(POLITICAL_VIOLENCE, "Battles", "Armed clash", "FIGHT", "small-arms")
    if event_type == "armed_clash":
        return Mapping(POLITICAL_VIOLENCE, "Battles", "Armed clash", "FIGHT", "small-arms")
    if event_type == "explosion":
        sub_event, mode = {
            "shelling": ("Shelling/artillery/missile attack", "artillery"),
            "air_strike": ("Air/drone strike", "aerial"),
            "suicide_bomb": ("Suicide bomb", "suicide-bomb"),
            "grenade": ("Grenade", "bomb"),
        }.get(sub_type or "", ("Remote explosive/landmine/IED", "bomb"))
        return Mapping(POLITICAL_VIOLENCE, "Explosions/Remote violence", sub_event, "FIGHT", mode)
    if event_type == "abduction":
        return Mapping(
            POLITICAL_VIOLENCE, "Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct"
        )
    if event_type == "property_destruction":
        return Mapping(STRATEGIC, "Strategic developments", "Looting/property destruction", "ASSAULT", "destroy")
    if event_type == "arrest":
        return Mapping(STRATEGIC, "Strategic developments", "Arrests", "COERCE", "arrest")
    raise KeyError(f"unknown event type {event_type!r}")


# Order in which a single place-day record takes its type when several triggers describe it (ACLED codes
# the most severe form: a protest that turns violent is a riot).
SEVERITY: dict[str, int] = {
    "commemoration": 0,
    "protest": 1,
    "strike": 1,
    "state_repression": 2,
    "vandalism": 3,
    "riot": 4,
    "arrest": 2,
    "property_destruction": 4,
    "abduction": 5,
    "attack": 6,
    "armed_clash": 7,
    "explosion": 7,
}
