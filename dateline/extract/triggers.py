"""Event triggers: the verb or event noun of a clause, found by lemma and typed with its arguments.

A lemma lexicon is enough to find candidates; the dependency parse decides the ambiguous ones (``torch``
images is a symbolic protest, ``torch`` a police station is arson; ``strike`` by workers is a strike,
by a drone an air strike) and whether the mention is a current, real event (negation, modality, plans).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dateline.extract.docindex import doc_index

# verb lemma -> (event_type, sub_type)
VERB_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "protest": ("protest", "demonstration"),
    "demonstrate": ("protest", "demonstration"),
    "rally": ("protest", "demonstration"),
    "march": ("protest", "demonstration"),
    "picket": ("protest", "demonstration"),
    "chant": ("protest", "demonstration"),
    "commemorate": ("commemoration", "anniversary"),
    "mourn": ("commemoration", "vigil"),
    "boycott": ("strike", "boycott"),
    "riot": ("riot", "violent_demonstration"),
    "clash": ("armed_clash", "clash"),
    "loot": ("property_destruction", "looting"),
    "ransack": ("property_destruction", "looting"),
    "vandalize": ("vandalism", "vandalism"),
    "vandalise": ("vandalism", "vandalism"),
    "deface": ("vandalism", "vandalism"),
    "smash": ("vandalism", "vandalism"),
    "demolish": ("property_destruction", "demolition"),
    "raze": ("property_destruction", "demolition"),
    "attack": ("attack", "attack"),
    "target": ("attack", "attack"),
    "assault": ("attack", "attack"),
    "storm": ("attack", "attack"),
    "ambush": ("attack", "attack"),
    "stab": ("attack", "attack"),
    "shoot": ("attack", "attack"),
    "kill": ("attack", "killing"),
    "murder": ("attack", "killing"),
    "assassinate": ("attack", "killing"),
    "massacre": ("attack", "killing"),
    "lynch": ("attack", "killing"),
    "behead": ("attack", "killing"),
    "bomb": ("explosion", "bombing"),
    "shell": ("explosion", "shelling"),
    "detonate": ("explosion", "bombing"),
    "explode": ("explosion", "bombing"),
    "abduct": ("abduction", "abduction"),
    "kidnap": ("abduction", "abduction"),
    "arrest": ("arrest", "arrest"),
    "detain": ("arrest", "arrest"),
    "raid": ("arrest", "raid"),
}

NOUN_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "protest": ("protest", "demonstration"),
    "demonstration": ("protest", "demonstration"),
    "rally": ("protest", "demonstration"),
    "march": ("protest", "demonstration"),
    "sit-in": ("protest", "demonstration"),
    "picket": ("protest", "demonstration"),
    "gathering": ("protest", "demonstration"),
    "procession": ("protest", "demonstration"),
    "graffiti": ("protest", "symbolic_vandalism"),
    "vigil": ("commemoration", "vigil"),
    "commemoration": ("commemoration", "anniversary"),
    "memorial": ("commemoration", "vigil"),
    "strike": ("strike", "labour_strike"),
    "walkout": ("strike", "labour_strike"),
    "boycott": ("strike", "boycott"),
    "riot": ("riot", "violent_demonstration"),
    "clash": ("armed_clash", "clash"),
    "gunfight": ("armed_clash", "armed_clash"),
    "fighting": ("armed_clash", "armed_clash"),
    "battle": ("armed_clash", "armed_clash"),
    "skirmish": ("armed_clash", "clash"),
    "firefight": ("armed_clash", "armed_clash"),
    "attack": ("attack", "attack"),
    "assault": ("attack", "attack"),
    "ambush": ("attack", "attack"),
    "killing": ("attack", "killing"),
    "murder": ("attack", "killing"),
    "massacre": ("attack", "killing"),
    "assassination": ("attack", "killing"),
    "shooting": ("attack", "attack"),
    "bombing": ("explosion", "bombing"),
    "explosion": ("explosion", "bombing"),
    "blast": ("explosion", "bombing"),
    "airstrike": ("explosion", "air_strike"),
    "shelling": ("explosion", "shelling"),
    "abduction": ("abduction", "abduction"),
    "kidnapping": ("abduction", "abduction"),
    "arrest": ("arrest", "arrest"),
    "raid": ("arrest", "raid"),
    "arson": ("property_destruction", "arson"),
    "looting": ("property_destruction", "looting"),
    "crackdown": ("state_repression", "dispersal"),
    "blockade": ("protest", "demonstration"),
    "roadblock": ("protest", "demonstration"),
}

SYMBOLIC_OBJECTS = {
    "image", "poster", "picture", "portrait", "effigy", "banner", "flag", "photo", "photograph", "billboard",
    "placard", "sign",
}
SIGN_OBJECTS = {"sign", "placard", "banner", "poster", "flag", "picture", "portrait"}
# Symbolic protest acts: writing or painting messages, posting signs, handing out leaflets.
WRITING_VERBS = {"write", "spray", "paint", "scrawl", "daub", "stencil", "draw", "spray-paint"}
WRITINGS = {"slogan", "graffiti", "message", "mural", "word", "inscription"}
POSTING_VERBS = {"hang", "hoist", "unfurl", "post", "plaster", "paste", "put", "stick", "install"}
HANDING_VERBS = {"distribute", "hand", "slip", "scatter", "spread", "circulate"}
LEAFLETS = {"leaflet", "flyer", "flier", "pamphlet", "tract", "handbill", "brochure"}
WORKER_SUBJECTS = {
    "worker", "teacher", "nurse", "doctor", "employee", "driver", "trucker", "union", "staff", "miner",
    "farmer", "trader", "shopkeeper", "merchant", "retiree", "pensioner", "student", "lawyer", "bazaar",
}
AIR_WEAPONS = {"drone", "airstrike", "strike", "plane", "jet", "aircraft", "helicopter", "warplane"}
# fired from a distance: ACLED's "Explosions/Remote violence"
REMOTE_WEAPONS = {"missile", "rocket", "shell", "mortar", "artillery", "grenade", "rpg", "katyusha", "projectile",
                  "bomb"}
REPRESSION_OBJECTS = {"gas", "cannon", "bullet", "shot", "round", "fire", "pellet", "canister"}
CROWD_CONTROL = {"stun", "gas", "smoke", "flash", "rubber", "tear"}
MISSILES_THROWN = {"stone", "rock", "brick", "bottle", "cocktail", "bomb", "molotov", "firebomb", "projectile",
                   "egg", "object"}
ROAD_OBJECTS = {"road", "street", "highway", "motorway", "traffic", "bridge", "junction", "roundabout",
                "intersection", "access", "entrance", "railway", "rail", "track", "route", "artery"}
BLOCKADED_SITES = {"depot", "refinery", "terminal", "port", "gate", "mine", "factory", "plant", "warehouse"}
POLITICAL_PROCESSES = {"vote", "election", "referendum", "poll", "ballot", "talk", "session", "meeting", "dialogue",
                       "consultation", "count", "inauguration", "hearing", "parliament", "debate"}
BATONS = {"baton", "lathi", "truncheon"}
EXPLOSIVES = {"bomb", "ied", "device", "explosive", "mine", "landmine", "grenade", "shell", "car", "vehicle"}
ARMED_SUBJECTS = {"army", "troop", "soldier", "rebel", "militant", "insurgent", "fighter", "force", "militia",
                  "gunman", "jihadist", "group", "extremist", "terrorist", "attacker", "assailant", "bandit", "enemy"}
SEIZABLE = {"town", "city", "village", "base", "building", "institution", "office", "station", "camp", "checkpoint",
            "airport", "control", "headquarters", "post", "territory", "area", "district", "compound", "barracks"}
BREAKABLE = {"window", "glass", "door", "shopfront", "storefront", "windscreen", "windshield", "gate", "atm"}
MONUMENTS = {"statue", "monument", "bust", "memorial", "portrait", "poster", "billboard", "effigy", "sculpture"}
TRIBUTES = {"flower", "wreath", "bouquet", "carnation", "rose", "candle", "garland"}
PARTISANS = {"student", "activist", "supporter", "youth", "resident", "villager", "worker"}
ASSAULT_NOUNS = {"attack", "assault", "offensive", "incursion", "raid", "advance", "ambush"}
CROWD_SUBJECTS = {"protester", "demonstrator", "hundreds", "thousands", "crowd", "crowds", "marcher", "protestor"}
STREET_REFUSE = {"rubbish", "garbage", "trash", "bin", "dumpster", "waste", "refuse", "container"}
BARRICADE_OBJECTS = {"tire", "tyre", "tires", "tyres", "barricade"}
PROTEST_TARGETS = {"protester", "demonstrator", "crowd", "marcher", "mourner", "student", "rally", "protest",
                   "demonstration", "march", "gathering", "vigil", "procession", "sit-in"}
# "detained leader Aung San Suu Kyi", "wounded protesters": a participle describing someone, not an event
STATE_PARTICIPLES = {"detain", "arrest", "jail", "imprison", "abduct", "kidnap", "kill", "wound", "injure",
                     "murder", "assassinate", "martyr"}
FIRE_LEMMAS = {"torch", "burn", "set", "firebomb", "petrol-bomb"}


@dataclass
class Trigger:
    token: Token
    event_type: str
    sub_type: str | None
    start: int
    end: int

    @property
    def text(self) -> str:
        return doc_index(self.token.doc).text[self.start : self.end]


def word_of(token: Token) -> str:
    """The word a token ends, across hyphens the tokenizer split: "in" of "sit-in" -> "sit-in", and "ins" of
    "sit-ins" -> "sit-in" (the last part's lemma)."""
    doc = token.doc
    hyphen = doc[token.i - 1] if token.i >= 2 else None
    if hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_ and not doc[token.i - 2].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
    return token.lower_


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _objects(token: Token) -> list[Token]:
    objs = _children(token, {"dobj", "nsubjpass"})
    for obj in list(objs):
        objs.extend(obj.conjuncts)
    return objs


def _subject_lemmas(token: Token) -> set[str]:
    subjects = _children(token, {"nsubj", "agent"})
    lemmas = {s.lemma_.lower() for s in subjects}
    for s in subjects:
        lemmas |= {t.lemma_.lower() for t in s.subtree}
    return lemmas


MILITARY_STRIKE_MODIFIERS = {"precise", "precision", "retaliatory", "targeted", "surgical", "artillery", "rocket",
                             "military", "preemptive", "pre-emptive", "punitive", "cross-border", "heavy"}
ARMED_SUBJECTS = {"army", "unit", "troop", "force", "military", "soldier", "artillery", "navy", "jet", "battery",
                  "militant", "rebel", "fighter", "insurgent"}


def _military_strike(noun: Token) -> bool:
    """"precise strikes on the launch points", "the army carried out strikes": fire by armed forces, not a
    walkout."""
    if any(c.lemma_.lower() in MILITARY_STRIKE_MODIFIERS for c in noun.children if c.dep_ in {"amod", "compound"}):
        return True
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.pos_ == "VERB" and bool(_subject_lemmas(verb) & ARMED_SUBJECTS) and not (
        _subject_lemmas(verb) & WORKER_SUBJECTS)


def _fire_trigger(token: Token) -> tuple[str, str | None] | None:
    """torch/burn/set fire to: symbolic protest when the object is an image, arson otherwise."""
    lemma = token.lemma_.lower()
    objects = _objects(token)
    if lemma == "set":
        # "set fire to", "set ablaze", "were set on fire"
        # (not "set up a roadblock and opened fire": the fire of another verb)
        fire = [c for c in token.subtree if c.lemma_.lower() in {"fire", "ablaze", "alight", "light"}
                and (c.head.i == token.i or (c.head.head.i == token.i and c.head.pos_ != "VERB"))]
        if not fire:
            return None
        objects = [p for c in token.subtree if c.dep_ == "pobj" and c.head.lemma_ in {"to", "on"} for p in [c]]
        objects += _objects(token)
    if not objects:
        return ("property_destruction", "arson") if lemma == "torch" else None
    if any(o.lemma_.lower() in SYMBOLIC_OBJECTS for o in objects):
        return ("protest", "symbolic_vandalism")
    if all(o.lemma_.lower() in BARRICADE_OBJECTS for o in objects):
        return ("protest", "demonstration")  # burning tyres: a barricade, a protest tactic, not arson
    if all(o.lemma_.lower() in STREET_REFUSE for o in objects):
        return ("riot", "violent_demonstration")  # "burned rubbish", "set bins on fire": street violence, no arson
    if lemma in {"burn", "torch", "set", "firebomb", "petrol-bomb"}:
        return ("property_destruction", "arson")
    return None


def _bombing(token: Token) -> tuple[str, str | None]:
    words = _subject_lemmas(token) | {t.lemma_.lower() for o in _objects(token) for t in o.subtree}
    return ("explosion", "suicide_bomb") if words & {"suicide", "himself", "herself", "themselves"} else (
        "explosion", "bombing")


def _firing_trigger(token: Token) -> tuple[str, str | None] | None:
    """fire/open fire/launch: tear gas at a crowd is repression, rockets are remote violence, shots an attack."""
    lemma = token.lemma_.lower()
    objects = _objects(token)
    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    if lemma == "open" and "fire" not in words:
        return None
    targets = {p.lemma_.lower() for c in token.children if c.dep_ == "prep" for p in c.children}
    remote = words & REMOTE_WEAPONS
    if remote and not words & CROWD_CONTROL:
        if "grenade" in remote and not remote & {"rocket", "rpg"}:
            return ("explosion", "grenade")
        return ("explosion", "shelling")
    if lemma == "lob" and words & (REPRESSION_OBJECTS | CROWD_CONTROL):
        return ("state_repression", "dispersal")  # "lobbed tear gas canisters"
    if lemma in {"launch", "lob"}:
        return None
    if targets & PROTEST_TARGETS and not words & CROWD_CONTROL:
        return ("state_repression", "live_fire")
    if lemma == "fire" and words & (REPRESSION_OBJECTS | CROWD_CONTROL) - {"fire"}:
        return ("state_repression", "dispersal")
    return ("attack", "attack") if lemma == "open" or targets else None


def _crowd_subject(token: Token) -> bool:
    """"Protesters", "hundreds", "some 2,000 people": a crowd, by its noun or its number."""
    for subject in _children(token, {"nsubj"}):
        if subject.lemma_.lower() in CROWD_SUBJECTS or subject.lower_ in CROWD_SUBJECTS:
            return True
        if subject.lemma_.lower() in {"people", "resident", "student", "worker"} and any(
                c.dep_ == "nummod" or c.lower_ in {"hundreds", "thousands", "dozens"} for c in subject.subtree):
            return True
    return False


def _crowd_present(token: Token) -> bool:
    """"Hundreds are still in Martyrs' Square", "protesters remained outside parliament": a crowd held a place."""
    subjects = _children(token, {"nsubj"})
    crowd = any(s.lemma_.lower() in CROWD_SUBJECTS or s.lower_ in CROWD_SUBJECTS for s in subjects)
    located = any(p.lower_ in {"in", "on", "at", "outside", "inside", "near"} for p in _children(token, {"prep"}))
    return crowd and located


def classify(token: Token) -> tuple[str, str | None] | None:
    """The (event_type, sub_type) a token triggers, or None."""
    lemma = token.lemma_.lower()
    if lemma in {"be", "remain", "stay", "camp"} and token.pos_ in {"VERB", "AUX"} and token.dep_ == "ROOT":
        return ("protest", "demonstration") if _crowd_present(token) else None
    if token.pos_ == "VERB":
        if token.dep_ == "amod" and token.tag_ == "VBN" and lemma in STATE_PARTICIPLES:
            return None
        if lemma in FIRE_LEMMAS:
            return _fire_trigger(token)
        if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children):
            # "tried to take over the police headquarters"
            return ("attack", "attack") if {o.lemma_.lower() for o in _objects(token)} & SEIZABLE else None
        opened = [o for c in token.children if c.lower_ == "open" for o in [*_objects(token), *_objects(c)]]
        if lemma == "force" and {o.lemma_.lower() for o in opened} & BREAKABLE:
            return ("vandalism", "vandalism")  # "forced open the doors of the courthouse"
        if lemma == "take":
            # "took to the streets", "took to graffiti"
            for prep in _children(token, {"prep"}):
                if prep.lemma_ == "to":
                    for pobj in _children(prep, {"pobj"}):
                        if pobj.lemma_.lower() in {"street", "streets"}:
                            return ("protest", "demonstration")
                        if pobj.lemma_.lower() == "graffiti":
                            return ("protest", "symbolic_vandalism")
            return None
        if lemma in WRITING_VERBS:
            if {o.lemma_.lower() for o in _objects(token)} & (WRITINGS | SIGN_OBJECTS):
                return ("protest", "symbolic_vandalism")
            return None
        if lemma in POSTING_VERBS and (lemma != "put" or any(c.lower_ == "up" for c in token.children)):
            # "hung banners", "put up posters", "plastered the walls with posters"
            if {t.lemma_.lower() for o in _objects(token) for t in o.subtree} & (SIGN_OBJECTS | {"sticker"}):
                return ("protest", "banner")
            return None
        if lemma in HANDING_VERBS:
            if {o.lemma_.lower() for o in _objects(token)} & LEAFLETS:
                return ("protest", "leafleting")  # "handed out leaflets", "slipped flyers under doors"
            return None
        if lemma in {"hold", "raise", "carry", "display"}:
            objects = {o.lemma_.lower() for o in _objects(token)}
            if objects & SIGN_OBJECTS:
                return ("protest", "demonstration")
            if lemma == "hold" and objects & {"protest", "rally", "vigil", "demonstration", "sit-in", "march"}:
                return None  # the noun is the trigger
            return None
        if lemma == "strike":
            subjects = _subject_lemmas(token)
            if subjects & WORKER_SUBJECTS:
                return ("strike", "labour_strike")
            if subjects & AIR_WEAPONS:
                return ("explosion", "air_strike")
            if subjects & REMOTE_WEAPONS - {"bomb", "grenade"}:
                return ("explosion", "shelling")
            described = {t.lower_ for s in _children(token, {"nsubj"}) for t in s.subtree}
            if "bomb" in subjects and described & {"aerial", "air", "guided", "glide", "gliding"}:
                return ("explosion", "air_strike")  # "a guided aerial bomb struck a neighbourhood"
            if subjects & (EXPLOSIVES - {"car", "vehicle"}):
                return _bombing(token)  # "a roadside bomb struck a bus"
            return None
        if lemma in {"fire", "open", "launch", "lob"}:
            return _firing_trigger(token)
        if lemma in {"use", "deploy"}:
            if {o.lemma_.lower() for o in _objects(token)} & {"gas", "cannon", "bullet", "spray", "baton", "grenade"}:
                return ("state_repression", "dispersal")
            return None
        if lemma in {"throw", "hurl", "pelt"}:
            if {o.lemma_.lower() for o in token.subtree} & MISSILES_THROWN:
                return ("riot", "violent_demonstration")
            return None
        if lemma in {"block", "barricade", "blockade", "paralyze", "paralyse", "occupy", "cut", "close", "shut"}:
            # road blockades are a protest tactic; "blocked the bill" is not
            # "roads cut with burning tyres", "roads were blocked": the road is what the verb acts on
            # (not "the occupied plant", "the blocked road": an adjective tells a state, not an act)
            objects = _objects(token) + ([token.head] if token.dep_ == "acl" else [])
            if token.dep_ in {"xcomp", "oprd", "ccomp"} and token.head.lemma_.lower() in {"keep", "leave", "hold"}:
                objects += _objects(token.head)  # "kept the highways blocked"
            objects += [s for s in _children(token, {"nsubj"}) if s.lemma_.lower() in ROAD_OBJECTS]
            objects += [a for o in objects for a in o.children if a.dep_ == "appos"]  # "the A–B road" parsed A, road
            if {o.lemma_.lower() for o in objects} & (ROAD_OBJECTS | BLOCKADED_SITES):
                return ("protest", "demonstration")
            return None
        if lemma == "charge" and any(c.lemma_.lower() in BATONS for c in token.children):
            return ("state_repression", "dispersal")
        if lemma in {"push", "drive", "clear", "chase", "evict", "remove"} and {
                o.lemma_.lower() for o in _objects(token)} & PROTEST_TARGETS:
            return ("state_repression", "dispersal")  # "police pushed protesters back", "cleared the last protesters"
        if lemma == "disperse":
            # "police dispersed the crowd", "were dispersed"; not "the rally dispersed peacefully"
            if _children(token, {"dobj", "nsubjpass"}):
                return ("state_repression", "dispersal")
            return None
        if lemma in {"respond", "retaliate", "react"}:
            used = {t.lemma_.lower() for p in _children(token, {"prep"}) if p.lower_ == "with" for t in p.subtree}
            return ("state_repression", "dispersal") if used & (REPRESSION_OBJECTS | CROWD_CONTROL) else None
        if lemma == "break" and any(c.lower_ == "into" for c in token.children):
            return ("property_destruction", "looting")
        if lemma in {"break", "shatter"} and {o.lemma_.lower() for o in _objects(token)} & BREAKABLE:
            return ("vandalism", "vandalism")  # "youths broke the windows of banks"
        if lemma in {"return", "fill", "flood", "pour", "throng", "swarm"} and (
                _crowd_subject(token) or _subject_lemmas(token) & {"crowd", "crowds"}):
            # "crowds returned to the square", "thousands filled the streets"
            filled = {o.lemma_.lower() for o in _objects(token)} & (ROAD_OBJECTS | {"square"})
            went = any(p.lower_ in {"to", "into", "onto", "in"} for p in _children(token, {"prep"}))
            return ("protest", "demonstration") if filled or went else None
        if lemma == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
            return _bombing(token)  # "a suicide bomber blew himself up", "militants blew up a bridge"
        if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
            # "a roadside bomb went off"; not "the alarm went off"
            return _bombing(token) if _subject_lemmas(token) & EXPLOSIVES else None
        if lemma in {"fight", "battle"} and token.tag_ == "VBG" and token.dep_ in {"nsubj", "nsubjpass"}:
            return ("armed_clash", "armed_clash")  # "Fighting between X and Y broke out": the noun, parsed as a verb
        if lemma in {"fight", "battle"} and (_subject_lemmas(token) & (ARMED_SUBJECTS | CROWD_SUBJECTS | PARTISANS)
                                             or _crowd_subject(token)):
            return ("armed_clash", "armed_clash")  # a crowd fighting is a riot, once its actors are read
        if lemma == "form" and any(o.lemma_.lower() == "chain" for o in _objects(token)):
            return ("protest", "demonstration")  # "formed a human chain"
        if lemma in {"gather", "assemble", "converge"}:
            # "hundreds gathered outside ..." but not "it had gathered evidence"
            return None if _children(token, {"dobj"}) else ("protest", "demonstration")
        if lemma in {"crack", "beat"}:
            if lemma == "crack" and not any(c.dep_ == "prt" and c.lemma_ == "down" for c in token.children):
                return None
            return ("state_repression", "dispersal") if lemma == "crack" else ("attack", "attack")
        if lemma == "walk":
            if any(c.lemma_ == "out" for c in token.children):
                return ("strike", "labour_strike")
            return ("protest", "demonstration") if _crowd_subject(token) else None  # "some 2,000 people walked"
        if lemma in {"repel", "repulse"}:
            # "troops repelled the attack": the attackers met a fight
            objects = {o.lemma_.lower() for o in _objects(token)}
            return ("armed_clash", "armed_clash") if objects & (ASSAULT_NOUNS | ARMED_SUBJECTS) else None
        if lemma == "engage" and {o.lemma_.lower() for o in _objects(token)} & ARMED_SUBJECTS:
            return ("armed_clash", "armed_clash")  # "troops engaged the militants" (not "engaged in talks")
        if lemma == "exchange" and {o.lemma_.lower() for o in _objects(token)} & {"fire", "gunfire", "shot"}:
            return ("armed_clash", "armed_clash")
        if lemma == "drop" and {o.lemma_.lower() for o in _objects(token)} & EXPLOSIVES:
            return ("explosion", "air_strike")  # bombs dropped: from a drone or an aircraft
        if lemma in {"seize", "capture", "overrun"} and {o.lemma_.lower() for o in _objects(token)} & SEIZABLE:
            return ("attack", "attack")  # "tried to seize government buildings", not "seized weapons"
        if lemma == "stone" and _objects(token):
            return ("riot", "violent_demonstration")  # "youths stoned an army truck"
        if lemma == "mourn" and token.tag_ == "VBG" and not _children(token, {"nsubj", "dobj"}):
            return None  # "two days of mourning": a period declared, not a gathering
        if lemma == "mark":
            if any(o.lemma_.lower() in {"anniversary", "day"} for o in _objects(token)):
                return ("commemoration", "anniversary")
            return None
        if lemma in {"lay", "place", "leave", "light"} and {o.lemma_.lower() for o in _objects(token)} & TRIBUTES:
            return ("commemoration", "vigil")  # "laid flowers at the graves", "placed wreaths"
        if lemma in {"stop", "down", "halt", "cease", "suspend"} and {o.lemma_.lower() for o in _objects(token)} & {
                "work", "tool", "production", "operation", "service"} and not _children(token, {"nsubjpass"}):
            return ("strike", "labour_strike")  # "drivers stopped work for the day", "dockers downed tools"
        if lemma == "boycott" and {o.lemma_.lower() for o in _objects(token)} & POLITICAL_PROCESSES:
            return None  # "parties boycotted the vote": a political stance, no event on the street
        if lemma == "attack":
            used = {t.lemma_.lower() for p in _children(token, {"prep"}) if p.lower_ == "with" for t in p.subtree}
            if used & AIR_WEAPONS - {"strike"}:
                return ("explosion", "air_strike")  # "attacked the city with drones and missiles"
            if used & REMOTE_WEAPONS - {"bomb"}:
                return ("explosion", "shelling")
            if used & MISSILES_THROWN:
                return ("riot", "violent_demonstration")  # "attacked officers with stones and Molotov cocktails"
        if lemma in {"destroy", "smash", "deface", "vandalize", "vandalise", "topple"} and {
                o.lemma_.lower() for o in _objects(token) or _objects_of_conjunct(token)} & MONUMENTS:
            return ("vandalism", "vandalism")  # "toppled and destroyed a statue", "defaced a monument"
        if lemma in {"pull", "tear", "knock", "bring", "topple"} and (
                lemma == "topple" or any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)) and (
                {o.lemma_.lower() for o in _objects(token)} & MONUMENTS):
            return ("vandalism", "vandalism")  # "crowds pulled down a statue", "toppled the monument"
        if lemma in {"destroy", "hit", "target", "pound"} and _subject_lemmas(token) & (AIR_WEAPONS | {"air"}):
            return ("explosion", "air_strike")  # "the Air Force destroyed three vehicles", "a drone hit a car"
        if lemma in {"hit", "pound", "slam", "destroy"} and _subject_lemmas(token) & REMOTE_WEAPONS:
            return ("explosion", "shelling")  # "a missile hit an industrial enterprise"
        if lemma in {"hit", "destroy", "strike"} and _subject_lemmas(token) & (EXPLOSIVES - {"car", "vehicle"}):
            return _bombing(token)  # "an improvised explosive device hit a vehicle"
        if lemma not in VERB_TRIGGERS and _crowd_control_used(token):
            return ("state_repression", "dispersal")  # "police drove them back with tear gas"
        return VERB_TRIGGERS.get(lemma)
    if token.pos_ in {"NOUN", "PROPN"}:
        if token.dep_ == "compound" and word_of(token.head) not in NOUN_TRIGGERS:
            return None  # "protest movement", "attack helicopter", "strike leaders": a modifier, not an event
        if lemma == "strike" and token.i > 0:
            prev = token.doc[token.i - 1].lemma_.lower()
            if prev in {"air", "drone", "missile"}:
                return ("explosion", "air_strike")
            if prev == "hunger":
                return ("strike", "hunger_strike")
            if _military_strike(token):
                return ("explosion", "shelling")
        if lemma in {"gas", "cannon"} and token.i > 0 and token.doc[token.i - 1].lemma_.lower() in {"tear", "water"}:
            return None  # typed through the verb that fired/used it
        if lemma == "exchange" and any(p.lower_ == "of" and {t.lemma_.lower() for t in p.subtree} & {
                "fire", "gunfire", "shot"} for p in _children(token, {"prep"})):
            return ("armed_clash", "armed_clash")  # "in an exchange of fire"
        found = NOUN_TRIGGERS.get(lemma) or NOUN_TRIGGERS.get(word_of(token))
        if found is None and token.pos_ == "PROPN":
            # an event with a name of its own: "the Marches of Millions", "the Silent Strike" (the tagger
            # keeps a proper noun's capitalised plural as its lemma)
            word = token.lower_
            found = NOUN_TRIGGERS.get(word[:-2] if word.endswith("es") else word[:-1]) if word.endswith("s") else None
        return found
    return None


def _objects_of_conjunct(verb: Token) -> list[Token]:
    """"toppled and destroyed a statue": the object the verbs share hangs on the last of them."""
    return [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in _objects(c)]


def _crowd_control_used(verb: Token) -> bool:
    """The verb's "with" phrase names riot-control weapons: "with tear gas", "with rubber bullets"."""
    used = {t.lemma_.lower() for p in _children(verb, {"prep"}) if p.lower_ == "with" for t in p.subtree}
    return bool(used & {"gas", "cannon", "bullet", "grenade", "pellet"} and used & {"tear", "water", "rubber", "stun"}
                or used & BATONS)


def find_triggers(segment: Span) -> list[Trigger]:
    found: list[Trigger] = []
    for token in segment:
        if token.ent_type_ in {"DATE", "TIME"}:
            continue  # "March 3": a month, not a march
        typed = classify(token)
        if typed is None:
            continue
        start, end = token.idx, token.idx + len(token.text)
        if "-" in word_of(token) and "-" not in token.text:
            start = token.doc[token.i - 2].idx
        if token.lemma_.lower() in {"crack", "walk", "take", "open", "set"}:
            # extend the evidence to the particle/object that makes the phrase ("cracked down", "took to graffiti")
            tail = [c for c in token.children if c.dep_ in {"prt", "prep", "dobj"} and c.i > token.i]
            if tail:
                last = max(t.i for c in tail[:1] for t in c.subtree)
                end = token.doc[last].idx + len(token.doc[last].text)
        found.append(Trigger(token, typed[0], typed[1], start, end))
    return found
