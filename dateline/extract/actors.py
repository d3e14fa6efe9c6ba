"""Actors of an event: who acted (actor1) and against whom (actor2), normalized, with ACLED inter codes.

Names follow ACLED's conventions: state forces as "Police Forces of <Country>", crowds as
"Protesters (<Country>)", named groups as written, with the parent a report links them to:
"Resistance Units (PMOI/MEK)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.countries import country_name, forces_of, geonames_country_names
from dateline.extract.docindex import doc_index
from dateline.extract.segments import is_masked
from dateline.extract.sources import families_of
from dateline.extract.triggers import word_of

STATE = {
    "police": "Police Forces", "policeman": "Police Forces", "policemen": "Police Forces",
    "officer": "Police Forces", "gendarme": "Police Forces", "gendarmerie": "Police Forces",
    "army": "Military Forces", "soldier": "Military Forces", "troop": "Military Forces",
    "military": "Military Forces", "security": "Security Forces", "force": "Security Forces",
    "agent": "Security Forces", "authority": "Security Forces", "guard": "Security Forces",
    "paramilitary": "Military Forces", "paramilitaries": "Military Forces",
}
PROTESTERS = {
    "protester", "protestor", "demonstrator", "activist", "student", "worker", "teacher", "farmer", "nurse",
    "doctor", "supporter", "marcher", "mourner", "crowd", "retiree", "pensioner", "woman", "people", "youth",
    "trader", "lawyer", "employee", "member", "resident", "villager", "citizen", "volunteer",
    # people named by their trade or condition, who march and strike as such
    "miner", "driver", "trucker", "shopkeeper", "merchant", "vendor", "fisherman", "herder", "labourer", "laborer",
    "unionist", "motorcyclist", "parent", "mother", "relative", "fan", "voter", "refugee", "migrant", "veteran",
    "physician", "medic", "engineer", "docker", "dockworker", "steelworker", "peasant", "inhabitant", "tribesman",
    "opponent", "opposition", "transporter", "clerk", "artisan", "craftsman", "widow", "patriot",
}
JOURNALISTS = {"journalist", "reporter", "editor", "photographer", "photojournalist", "cameraman", "correspondent",
               "blogger", "camerawoman", "broadcaster"}
WORKPLACES = {"university", "college", "school", "academy", "institute", "hospital", "factory", "company", "plant",
              "mine", "ministry"}
RIOTERS = {"rioter", "mob", "looter", "hooligan", "vandal", "goon", "thug"}
COLLECTIVES = {"group", "band", "gang", "crowd", "throng"}
QUANTITIES = {"hundred", "thousand", "dozen", "score", "million", "ten", "dozens", "hundreds", "thousands"}
ARMED = {"gunman", "gunmen", "militant", "insurgent", "rebel", "jihadist", "bandit", "assailant", "attacker",
         "fighter", "militia", "militiaman", "terrorist"}
CIVILIANS = {"civilian", "villager", "resident", "passer-by", "bystander", "family", "journalist", "child",
             "man", "woman", "people", "worker", "farmer", "student", "teacher", "worshipper", "shopkeeper",
             "employee", "passenger", "pedestrian", "pupil", "patient", "motorist", "commuter", "person"}
# a place shelled or raided is where it happened, not who was targeted ("shelled the town of Nikopol")
SETTLEMENTS = {"town", "city", "village", "community", "district", "neighbourhood", "neighborhood", "settlement",
               "suburb", "municipality", "hamlet", "locality"}
OWN_BRANCHES = {"committee", "chapter", "section", "branch"}
OWN_UNITS = {"team", "unit", "fighter", "comrade", "column", "cell", "force", "soldier", "brigade", "battalion"}
GENERIC_GROUP_MEMBERS = {"youth", "activist", "member", "supporter", "rebel", "unit", "cell", "team", "fighter",
                         "volunteer"}
CROWD_EVENTS = {"sit-in", "protest", "rally", "demonstration", "march", "gathering", "vigil", "camp", "procession",
                "crowd"}
# (masked or hooded men are not armed by that alone: at an arson in unrest they are rioters)
ARMED_MODIFIERS = {"armed", "unidentified", "unknown", "uniformed"}
MEMBER_NOUNS = GENERIC_GROUP_MEMBERS | RIOTERS | ARMED | {"cadre", "wing", "loyalist", "follower", "affiliate",
                                                          "leader", "commander", "official"}
# a weapon or an occupying army is a state's armed forces when the text gives its nation ("Russian drones",
# "the Russian occupiers"); without one it names no actor
NATIONAL_ARMS = {"occupier", "invader", "drone", "missile", "artillery", "rocket", "bomb", "shell", "jet", "warplane",
                 "aircraft", "helicopter", "aviation", "bomber", "gunship", "navy", "warship"}
KNOWN_NOUNS = set(STATE) | PROTESTERS | RIOTERS | ARMED | CIVILIANS
FACILITIES = {"base", "office", "headquarters", "station", "post", "building", "center", "centre", "outpost",
              "checkpoint", "barracks", "camp", "compound", "branch", "seminary", "vehicle", "car", "bank"}
SYMBOLIC = {"image", "poster", "picture", "portrait", "effigy", "banner", "flag", "photo", "slogan", "graffiti",
            "anniversary", "grave", "wall", "street", "message", "sign", "placard"}
# "X, an internal network of Y (ABBR)", "X – the grassroots structure of Y –": a group tied to its parent (also
# how sources.families_from_text reads the families a report states)
PARENT_LINK = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)(?:\s*\([^)]{1,60}\))?(?:,|\s+[–—-]|\s*\()\s*(?:an?|the|its)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:network|wing|branch|affiliate|arm|faction|cell|offshoot|subsidiary|front|units?|group|structure)\s+"
    r"(?:of\s+(?:[\w-]+\s+){0,2}?of\s+|of\s+)(?:the\s+)?([A-Z][^,.;()]*?)(?:\s*\(([^)]+)\))?(?=\s*[,.;)–—]|\s+-\s|\s+(?:that|which|in|across))"
)
ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Z/&.-]{1,15})\)")
PLACE_ENTITIES = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME"}
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
ADJECTIVAL = {"iranian", "iraqi", "nigerian", "chilean", "sudanese", "indian", "american", "defiant", "rebellious"}


@dataclass
class ActorRef:
    name: str
    inter: int | None
    span: tuple[int, int]
    description: str | None = None  # generic wording when the name comes from the document's lead group
    generic: bool = False
    own: bool = False  # the report's own people ("our members"): the organisation that writes it
    called: bool = False  # credited to the group whose call the crowd answered ("at the call of the UGTT")


def _strip(name: str) -> str:
    name = LEADING_ARTICLE.sub("", name.strip())
    words = name.split()
    while len(words) > 1 and words[0].lower() in ADJECTIVAL:
        words = words[1:]
    return " ".join(words)


def parent_links(text: str, doc: Doc | None = None) -> dict[str, str]:
    """Groups the report ties to a parent organisation: "X, an internal network of Y (ABBR)" -> {X: ABBR}; with
    the parse, also "the X Cells of the Y (ABBR)"."""
    links: dict[str, str] = {}
    for match in PARENT_LINK.finditer(text):
        child = _strip(match.group(1))
        parent = (match.group(3) or match.group(2)).strip()
        if child and parent and child.lower() != parent.lower():
            links[child] = parent
    for child, parent in (_groups_of_organisations(doc) if doc is not None else {}).items():
        links.setdefault(child, parent)
    return links


def _name_phrase(head: Token) -> str:
    """The words of a name headed by ``head``, as written: "the Movement for Democratic Change (MDC)"."""
    run = []
    for token in head.subtree:
        if token.i >= head.i and not (token.is_title or token.is_upper or token.lower_ in {"for", "of", "and", "the"}
                                      or token.text in "()"):
            break
        run.append(token)
    return doc_index(head.doc).text[run[0].idx : run[-1].idx + len(run[-1].text)] if run else head.text


def _groups_of_organisations(doc: Doc) -> dict[str, str]:
    """"the Defiance Cells of the Afghan Freedom Front (AFF)", "members of the Youth Committees of the NUF": a
    group whose name is a capitalised plural, of an organisation the tagger reads as one (its abbreviation
    when the text gives it), not of a place ("the Armed Forces of the Philippines")."""
    links: dict[str, str] = {}
    for token in doc:
        if token.dep_ != "pobj" or token.head.lower_ != "of" or token.ent_type_ != "ORG" or is_masked(token):
            continue
        group = token.head.head
        if not (group.text.endswith("s") and group.is_title and group.ent_type_ not in PLACE_ENTITIES
                and common_lemma(group) not in KNOWN_NOUNS) or (_opens_sentence(group) and not any(
                    c.dep_ == "compound" for c in group.children)):
            continue  # "the Security Forces of X" are the state's; "Activities of X" opening a line
        name = _proper_name(group)
        organisation = _strip(_name_phrase(token))
        abbreviation = token.text if token.is_upper else next(iter(ABBREVIATION.findall(organisation)), None)
        organisation = ABBREVIATION.sub("", organisation).strip()
        if abbreviation is None and (" " not in organisation or any(
                country in organisation for country in geonames_country_names().values())):
            continue  # "the Friends of the Earth", "the Armed Forces of the Democratic Republic of the Congo"
        if name is not None:
            links[name[0]] = abbreviation or organisation
    return links


def with_parent(name: str, links: dict[str, str]) -> str:
    for child, parent in links.items():
        if child.lower() in name.lower() or name.lower() in child.lower():
            return f"{child} ({parent})" if parent.lower() not in name.lower() else name
    return name


def _span(tokens: list[Token]) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def core_tokens(head: Token) -> list[Token]:
    """The noun phrase without appositions, relative clauses and dateline words ("X, a network of Y" -> X)."""
    excluded: set[int] = set()
    for child in head.children:
        # "a union leader in Lyon": where and when someone was is not part of their name
        if child.dep_ in {"appos", "relcl", "acl", "punct"} or (child.dep_ == "prep" and child.lower_ != "of"):
            excluded |= {t.i for t in child.subtree}
    return [t for t in head.subtree if t.i not in excluded and not is_masked(t)]


def _of_object(head: Token) -> Token | None:
    """"hundreds of protesters" -> protesters; "goons of the ABVP" -> ABVP."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None


def _name_like(token: Token) -> bool:
    """A proper noun; or a capitalised plural inside a sentence that the tagger took for a common noun, as it
    often does with the head of a group's name ("the Uprising Cells", "the Neighbourhood Committees"); not a
    lexicon word that merely stands capitalised ("the Security Forces"), nor a line's first word."""
    if token.pos_ == "PROPN":
        return True
    return (token.pos_ == "NOUN" and token.tag_ == "NNS" and token.is_title and not _opens_sentence(token)
            and common_lemma(token) not in KNOWN_NOUNS)


def _opens_sentence(token: Token) -> bool:
    """The first word of a sentence or a line, capitalised whatever it is."""
    return token.is_sent_start or token.i == 0 or "\n" in token.doc[token.i - 1].text


def _proper_name(head: Token) -> tuple[str, tuple[int, int]] | None:
    """A proper-noun head with its compounds: "the Iranian Resistance Units" -> "Resistance Units"."""
    if not _name_like(head) or is_masked(head):
        return None
    parts = [t for t in head.children if t.dep_ == "compound" and t.i < head.i and not is_masked(t)
             and (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title))] + [head]
    parts.sort(key=lambda t: t.i)
    return _strip(" ".join(t.text for t in parts)), _span(parts)


def common_lemma(head: Token) -> str:
    """The lexicon word a head stands for, also when the tagger took a capitalised plural for a name."""
    lemma = head.lemma_.lower()
    if lemma in KNOWN_NOUNS:
        return lemma
    word = head.lower_
    for candidate in (word, word[:-1] if word.endswith("s") else word,
                      word[:-3] + "man" if word.endswith("men") else word):
        if candidate in KNOWN_NOUNS:
            return candidate
    return lemma


def _group_modifier(head: Token) -> tuple[str, tuple[int, int]] | None:
    """The group named before a generic noun: "Boko Haram insurgents" -> "Boko Haram" (not places)."""
    parts = [t for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i
             for t in c.subtree if t.pos_ == "PROPN" and t.ent_type_ not in PLACE_ENTITIES and not is_masked(t)]
    if not parts:
        return None
    if len(parts) == 1 and _opens_sentence(parts[0]) and not parts[0].ent_type_ and not parts[0].is_upper:
        return None  # "Dock workers struck": a word capitalised because it opens the sentence, no group's name
    # a capitalised word the tagger called a nationality opens the name it stands in ("Islamic State")
    while parts[0].i > 0 and (word := head.doc[parts[0].i - 1]).ent_type_ == "NORP" and word.is_title and (
            word.dep_ == "compound" and word.head.i == parts[0].i):
        parts.insert(0, word)
    parts.sort(key=lambda t: t.i)
    return _strip(" ".join(t.text for t in parts)), _span(parts)


GENERIC_STATE_WORDS = {"national", "federal", "state", "riot", "civil", "municipal", "metropolitan", "security",
                       "armed", "regular", "local", "regional", "provincial", "the"}


# "Oromo Liberation Army", "Kachin Independence Army", "New People's Army": rebels, whatever their last word
REBEL_ARMY = re.compile(r"\b(?:Liberation|Independence|People['’]s|Republican|Revolutionary|Free|Resistance|"
                        r"Salvation|Insurgent|Rebel)\b.*\b(?:Army|Front|Forces?)\b")


INTERIOR_MINISTRY = re.compile(r"\b(?:ministry of (?:the )?(?:interior|internal affairs|home affairs|public security)|"
                               r"interior ministry|home ministry)\b", re.IGNORECASE)


def generic_state(name: str) -> bool:
    """"Police", "the National Police", "Federal Army": a country's forces by their kind, which ACLED names
    "Police Forces of <Country>", not a group of their own (unlike a unit with a name of its own, "Special
    Protection Unit")."""
    words = name.lower().split()
    if REBEL_ARMY.search(name):
        return False
    if words and words[-1].endswith("s") and words[-1][:-1] in STATE:
        words[-1] = words[-1][:-1]  # "Armed Forces"
    if words and _demonym_country(words[0]) is not None:
        words = words[1:]  # "Malian Armed Forces"
    return bool(words) and words[-1] in STATE and all(w in GENERIC_STATE_WORDS for w in words[:-1])


def state_forces_name(name: str, country: str | None) -> str:
    """ACLED's name for forces named by their kind: "Malian Armed Forces" -> "Military Forces of Mali"."""
    words = name.split()
    nation = _demonym_country(words[0]) if words else None
    lowered = name.lower()
    kind = "Police Forces" if "police" in lowered else "Military Forces" if any(
        w in lowered for w in ("armed", "army", "military", "defence", "defense")) else "Security Forces"
    return forces_of(kind, nation or country)


def _named_org(tokens: list[Token]) -> tuple[str, tuple[int, int]] | None:
    """The first ORG (or NORP group) entity among tokens; not a place of study or work ("students of Middle East
    Technical University" are students, not the university)."""
    for token in tokens:
        if token.ent_type_ == "ORG" and token.ent_iob_ in {"B", "I"}:
            ent = doc_index(token.doc).entity(token)
            if ent is None or any(is_masked(t) for t in ent):
                continue  # "DHAKA - Students": the tagger ran the dateline into the sentence
            if ent[-1].lemma_.lower() in WORKPLACES or not any(t.text[:1].isupper() for t in ent):
                continue  # (a lower-case "organisation" is a tagging slip: "minibus and truck drivers")
            name = _strip(ent.text)
            if not generic_state(name):
                return name, (ent.start_char, ent.end_char)
    return None


def describe(head: Token, country: str | None, role: str, links: dict[str, str],
             armed: bool = False) -> ActorRef | None:
    """Normalize the noun phrase headed by ``head`` to an ACLED-style actor."""
    if is_masked(head) or (head.pos_ == "PROPN" and head.ent_type_ in {"GPE", "LOC", "FAC"}) or _line_label(head):
        return None  # a place is not an actor ("Kenya saw protests", "arrested him in Lyon", "Marseille: ...")
    if role == "target" and head.lemma_.lower() in SETTLEMENTS:
        return None
    if role == "actor" and head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
        return None  # one person acting ("journalist Deniz Arslan began a hunger strike"): ACLED codes groups
    person = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if role == "target" and person is not None and head.lemma_.lower() not in JOURNALISTS:
        head = person  # "arrested the opposition leader Carlos Mena": the person named
    member_of = _of_object(head)
    if member_of is not None and (head.lower_ in QUANTITIES or head.lemma_.lower() in QUANTITIES | COLLECTIVES
                                  or head.like_num):
        return describe(member_of, country, role, links)  # "hundreds of protesters", "groups of youths"
    if head.lower_ in QUANTITIES or head.lemma_.lower() in QUANTITIES:  # "hundreds gathered": a crowd
        if role != "actor":
            return None
        return ActorRef(f"Protesters ({country or 'Unknown'})", 6, (head.idx, head.idx + len(head.text)))
    if member_of is not None and member_of.ent_type_ == "PERSON" and common_lemma(head) in PROTESTERS:
        # "supporters of former prime minister Imran Khan": a crowd, not a group named after a person
        return ActorRef(f"Protesters ({country or 'Unknown'})", 6, _span(core_tokens(head)),
                        description=_description(head))
    if member_of is not None and _name_like(member_of) and common_lemma(head) in MEMBER_NOUNS:
        named_group = _named_org(core_tokens(member_of)) or _proper_name(member_of)
        if named_group is not None and head.lemma_.lower() not in set(STATE) | FACILITIES and not generic_state(
                named_group[0]):
            return ActorRef(with_parent(named_group[0], links), _group_inter(named_group[0]), named_group[1])
    if member_of is not None and common_lemma(head) in MEMBER_NOUNS | {"officer", "element"}:
        force = describe(member_of, country, role, links)  # "members of the national guard"
        if force is not None and force.inter in {1, 2, 3, 4}:
            return force
    phrase = core_tokens(head)
    if head.dep_ != "conj":
        for conj in head.conjuncts:
            phrase.extend(core_tokens(conj))
    lemma = common_lemma(head)
    span = _span([t for t in phrase if abs(t.i - head.i) < 12])
    place = country or "Unknown"
    if head.ent_type_ == "NORP" and _demonym_country(head.text) is not None:
        lemma = "people"  # "thousands of Kenyans": people of a country, not a group called "Kenyans"
    # "Gunmen stormed ...": a capitalised common noun is not a name
    # (a known noun's own phrase only: "students and Youth League members" are students first)
    conjoined = {t.i for c in head.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    own = [t for t in phrase if t.i not in conjoined and t in head.subtree]
    named = _named_org(own if lemma in KNOWN_NOUNS else phrase) or (
        _proper_name(head) if lemma not in KNOWN_NOUNS else None)
    if named is None and lemma in KNOWN_NOUNS and lemma not in STATE:
        named = _group_modifier(head)  # "Boko Haram insurgents", "ABVP activists"
    if role == "target" and lemma in FACILITIES:
        owners = [t for o in head.children if o.dep_ in {"compound", "amod", "nmod", "poss"} and o.pos_ == "PROPN"
                  for t in o.subtree if t.pos_ == "PROPN" and t.ent_type_ not in PLACE_ENTITIES]
        if owners:
            name = " ".join(t.text for t in sorted(owners, key=lambda t: t.i))
            return ActorRef(with_parent(name, links), _group_inter(name), _span(owners))
        owner = [t for t in core_tokens(member_of) if t.dep_ != "det"] if member_of is not None else []
        if owner and generic_state(" ".join(t.text for t in owner)):  # "a vehicle of the Malian Armed Forces"
            return ActorRef(state_forces_name(" ".join(t.text for t in owner), country), 1, _span(owner))
        force = next((c for c in head.children if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in STATE), None)
        if force is not None:  # "a police station", "an army post": the forces it belongs to
            kind = "Police Forces" if force.lemma_.lower() == "police" else STATE[force.lemma_.lower()]
            return ActorRef(forces_of(kind, _nationality(phrase) or place), 1, _span([force, head]))
        if named:
            return ActorRef(with_parent(named[0], links), _group_inter(named[0]), named[1])
        return None
    if lemma in SYMBOLIC:
        return None
    if lemma in NATIONAL_ARMS and role == "actor":
        nation = _nationality(phrase)
        return ActorRef(forces_of("Military Forces", nation), 1, span) if nation else None
    if role == "target" and word_of(head) in CROWD_EVENTS:  # "stormed a sit-in": the people in it
        return ActorRef(f"Protesters ({place})", 6, span)
    if named and REBEL_ARMY.search(named[0]):
        return ActorRef(with_parent(named[0], links), 2, named[1])  # "the Oromo Liberation Army": rebels
    if lemma == "militia" and (kin := _kin_militia(head)):
        return ActorRef(kin, 4, span)  # "Dhulbahante clan militias": ACLED's identity militia
    if named and INTERIOR_MINISTRY.search(named[0]):
        return ActorRef(forces_of("Police Forces", _nationality(phrase) or place), 1, named[1])  # (its officers)
    if named and lemma not in STATE:
        return ActorRef(with_parent(named[0], links), _group_inter(named[0]), named[1])
    if lemma in STATE or any(t.lemma_.lower() in {"police", "army", "military", "paramilitary"} for t in phrase):
        state_words = [STATE[t.lemma_.lower()] for t in phrase if t.lemma_.lower() in STATE]
        # "a Burkinabe army drone strike": the army's
        kind = STATE.get(lemma) or next((k for k in state_words if k != "Security Forces"), "Security Forces")
        if any(t.lemma_.lower() == "police" for t in phrase):
            kind = "Police Forces"
        elif any(t.lemma_.lower() in {"defense", "defence", "air", "naval", "navy"} for t in phrase):
            kind = "Military Forces"  # "the defence force", "the Air Force": the armed forces
        # a unit the report names keeps its name beside its state's, as ACLED writes it: "Security Forces of
        # Sudan (Rapid Support Forces)"
        unit = f" ({named[0]})" if named and not generic_state(named[0]) else ""
        return ActorRef(forces_of(kind, _nationality(phrase) or place) + unit, 1, span)
    if lemma in RIOTERS:
        return ActorRef(f"Rioters ({place})", 5, span)
    if lemma in JOURNALISTS:  # ACLED's "Journalists (Country)" when they are targeted; protesters when they march
        return ActorRef(f"Journalists ({place})", 7, span) if role == "target" else ActorRef(
            f"Protesters ({place})", 6, span, description=_description(head))
    if lemma in {"man", "woman", "person", "individual"} and (
            any(c.lower_ in ARMED_MODIFIERS for c in head.children) or (armed and role == "actor")):
        lemma = "gunman"  # "armed men", "unidentified individuals", "a man opened fire on them"
    if role == "actor" and lemma in OWN_UNITS and any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
        lemma = "fighter"  # "our security team", "our comrades": the group that writes the report
    own = role == "actor" and (_told_as_ours(head) or all(
        common_lemma(person) in _our_people(head.doc) for person in [head, *head.conjuncts]))
    if role == "actor" and lemma in OWN_BRANCHES and any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
        lemma, own = "member", True  # "our committees in Kindia held sit-ins": the group's own people
    if lemma in ARMED:
        return ActorRef(f"Unidentified Armed Group ({place})", 3, span, generic=True, own=own)
    if role == "target" and lemma in CIVILIANS:
        return ActorRef(f"Civilians ({place})", 7, span)
    if lemma in PROTESTERS:
        return ActorRef(f"Protesters ({place})", 6, span, description=_description(head),
                        generic=lemma in GENERIC_GROUP_MEMBERS, own=own)
    if head.ent_type_ in {"ORG", "NORP"}:
        return ActorRef(with_parent(_strip(head.text), links), _group_inter(head.text), span)
    return None


KIN_WORDS = {"clan": "Clan", "ethnic": "Ethnic", "tribal": "Tribal", "communal": "Communal"}


def _kin_militia(head: Token) -> str | None:
    """ "Dhulbahante clan militias" → "Dhulbahante Clan Militia"; None without the community's name."""
    words = [c for c in head.children if c.dep_ in {"compound", "amod"}]
    kin = next((KIN_WORDS[w.lower_] for w in words if w.lower_ in KIN_WORDS), None)
    named = [t for w in words if w.lower_ in KIN_WORDS for t in w.children if t.dep_ in {"compound", "amod"}]
    named += [w for w in words if w.pos_ == "PROPN"]
    if kin is None or not named:
        return None
    return f"{named[0].text} {kin} Militia"


def _line_label(head: Token) -> bool:
    """The label heading a line of a live blog, transcript or digest ("Marseille: 16,000 people marched",
    "ANCHOR: ...", "Calamba and Santa Cruz: six activists ..."), which the parser may take for an argument:
    names, "and" and brackets from the start of the line to a colon."""
    doc = head.doc
    start = head.i
    while start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_space and not doc[start - 1].like_num:
        start -= 1
    for token in doc[start : min(len(doc), head.i + 8)]:
        if token.text in {":", "."} and token.i > head.i:
            return True
        if not (token.pos_ in {"PROPN", "CCONJ"} or token.text in "()," or token.i == head.i):
            return False
    return False


_OUR_PEOPLE = "dateline.our_people"


def _our_people(doc: Doc) -> set[str]:
    """The words a report uses for its own people ("our patriots", "our members"): "young patriots" later in
    it are those people too."""
    found = doc.user_data.get(_OUR_PEOPLE)
    if found is None:
        found = doc.user_data[_OUR_PEOPLE] = {
            common_lemma(t.head) for t in doc if t.dep_ == "poss" and t.lower_ == "our" and not is_masked(t)
            and common_lemma(t.head) in MEMBER_NOUNS | OWN_UNITS | PROTESTERS - {"people", "member"}}
    return found


def _told_as_ours(head: Token) -> bool:
    """"our members", "our volunteers and supporters": the report's own people acting by themselves (beside
    others, "our members, students and transporters", they are one part of a crowd)."""
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children) and all(
        common_lemma(person) in MEMBER_NOUNS | OWN_UNITS for person in [head, *head.conjuncts])


# States that govern their territory without wide recognition, which the gazetteer files under another
# country; ACLED names their forces after them ("Military Forces of Somaliland").
DE_FACTO_STATES = {"Somaliland", "Abkhazia", "Transnistria", "Artsakh"}


def _nationality(phrase: list[Token]) -> str | None:
    """The country a nationality word in the phrase names: "the Syrian army" -> Syria (state forces belong to
    their state, whatever country the report is filed from; crowds are named by where they are)."""
    for token in phrase:
        if token.text in DE_FACTO_STATES and token.dep_ in {"amod", "compound"}:
            return token.text  # "Somaliland forces": ACLED names the forces of a de facto state by it
        if token.ent_type_ == "NORP" and token.dep_ in {"amod", "compound"}:
            country = _demonym_country(token.text)
            if country is not None:
                return country
    return None


def _demonym_country(word: str) -> str | None:
    from dateline.resolve.geo import get_gazetteer

    entry = get_gazetteer().demonym(word)
    return country_name(entry.country) if entry is not None and entry.feature_code == "PCLI" else None


def _description(head: Token) -> str:
    """The wording of a generic actor, without dates the parser hung on it: "defiant Iranian youths"."""
    words = [t for t in head.subtree if t.i <= head.i and t.ent_type_ != "DATE" and t.dep_ not in {"punct", "det"}]
    while words and (words[0].is_punct or words[0].dep_ in {"cc", "prep"}):
        words = words[1:]
    return " ".join(t.text for t in words) or head.text


def _group_inter(name: str) -> int:
    kinds = {family.kind for family in families_of(name)}
    if "state" in kinds:
        return 1  # "SBU", "Shin Bet": a state's organ the affiliation file knows
    if "armed_group" in kinds:
        return 2
    lowered = name.lower()
    if any(w in lowered for w in ("police", "army", "guard", "irgc", "basij", "forces", "ministry", "military")):
        return 1
    if any(w in lowered for w in ("union", "syndicate", "association", "students", "workers", "teachers")):
        return 6
    return 3


ACTIVITY_NOUNS = {"activity", "operation", "action", "campaign"}
CALL_NOUNS = {"call", "appeal", "initiative", "behest", "invitation"}


def caller(verb: Token, links: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """The group whose call a crowd answered: "went on strike at the call of the union centre, the UGTT",
    "marched following an appeal by X", "rallied at X's call"."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for call in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in CALL_NOUNS):
            candidates = [c for c in call.children if c.dep_ in {"poss", "appos"}]
            candidates += [o for p in call.children if p.dep_ == "prep" and p.lower_ in {"of", "by", "from"}
                           for o in p.children if o.dep_ == "pobj"]
            candidates += [a for c in candidates for a in c.children if a.dep_ == "appos"]
            # a name first ("the national union centre, the UGTT"), else a name modifying a noun ("the UGTT union")
            readings = [lambda c: _linked_group(c, links) or _named_org(core_tokens(c)) or _proper_name(c),
                        _group_modifier]
            for read in readings:
                for candidate in candidates:
                    named = read(candidate)
                    if named is not None and not generic_state(named[0]):
                        return with_parent(named[0], links), named[1]
    return None


def _measure_of(noun: Token) -> Token:
    """The noun a verb takes when it counts the activities: "carried out a wave (series, number) of
    activities" -> wave; else the noun itself."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun


def _linked_group(phrase: Token, links: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """The group of ``links`` the phrase headed by ``phrase`` names, with its span."""
    subtree = list(phrase.subtree)
    words = " ".join(t.text for t in subtree).lower()
    linked = next((child for child in links if child.lower() in words), None)
    if linked is None:
        return None
    start = doc_index(phrase.doc).text.lower().find(linked.lower(), subtree[0].idx)
    return with_parent(linked, links), (start, start + len(linked)) if start >= 0 else _span(subtree)


BLAME_VERBS = {"blame", "attribute"}


def blamed(sentence: Span, country: str | None, links: dict[str, str]) -> ActorRef | None:
    """Who a sentence says did what its paragraph tells: "District authorities blamed Al-Shabaab", "blamed
    the attack on the ADF", "attributed the shelling to Somaliland forces"."""
    for verb in sentence:
        if verb.lemma_.lower() not in BLAME_VERBS or verb.pos_ != "VERB" or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        preposition = "to" if verb.lemma_.lower() == "attribute" else "on"
        heads = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition
                 for p in c.children if p.dep_ == "pobj"]
        if not heads and preposition == "on":
            heads = [c for c in verb.children if c.dep_ == "dobj"]
        for head in heads:
            found = describe(head, country, "actor", links)
            if found is not None and found.inter in {1, 2, 3, 4, 8}:
                return found
    return None


def lead_group(doc: Doc, links: dict[str, str], nouns: frozenset[str] | set[str] = ACTIVITY_NOUNS
               ) -> tuple[str, tuple[int, int]] | None:
    """The group a report credits its activities to ("Activities of X", "X ... organizing activities"), so
    that "defiant youths" in it can be attributed to X; with ``nouns={"responsibility"}``, the group that
    claimed responsibility ("X claimed responsibility for the attack")."""
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in nouns:
            measure = _measure_of(token)
            verb = measure.head if measure.dep_ == "dobj" else None
            candidates: list[Token] = []
            if verb is not None and verb.lemma_.lower() in {"organize", "organise", "carry", "conduct", "claim",
                                                            "stage", "launch", "lead"}:
                candidates = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            candidates += [p for c in token.children if c.dep_ == "prep" and c.lemma_ == "of"
                           for p in c.children if p.dep_ == "pobj"]
            # a group the report itself ties to a parent ("X, an internal network of Y") is the one meant,
            # before any other name ("Tunis - On Tuesday, the X Committees, a network of Y, organised ...")
            for found in (_linked_group(cand, links) for cand in candidates):
                if found is not None:
                    return found
            for cand in candidates:
                named = _named_org(core_tokens(cand)) or _proper_name(cand)
                if named:
                    return with_parent(named[0], links), named[1]
    return None
