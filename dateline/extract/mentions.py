"""A happening as the coder holds it: its triggers, each with the actors its own arguments name.

``Mention`` is one trigger read from the parse (who acted, against whom); ``Cluster`` the mentions that
describe one happening, with its places, dates, counts and claims. ``compatible`` says which kinds of
mention can describe one happening.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from dateline.extract import actors as actor_rules
from dateline.extract.claims import Claim
from dateline.extract.segments import Segment, is_masked
from dateline.extract.sources import REPORTING_VERBS
from dateline.extract.status import clause_verb
from dateline.extract.triggers import Trigger
from dateline.models import DateResolution, Place

PROTEST_FAMILY = {"protest", "commemoration", "strike"}
RESPONSE_TYPES = {"state_repression", "arrest"}
CROWD_VIOLENCE = {"riot", "vandalism", "property_destruction", "armed_clash", "attack"}
ORGANISED_VIOLENCE = {"attack", "armed_clash", "explosion", "abduction", "property_destruction"}
PRONOUNS = {"they", "he", "she", "we", "it", "who", "which", "that"}
OBJECT_TARGET_TYPES = {"attack", "abduction", "arrest", "state_repression", "explosion", "armed_clash"}
ARMED_WORDS = {"gun", "gunman", "rifle", "shoot", "bomb", "grenade", "rocket", "explosive", "bullet", "shot",
               "gunfire", "mortar", "weapon", "armed", "militant", "knife", "machete", "ammunition"}
STATE = 1
ARMED_GROUPS = {2, 3, 4}  # ACLED inter codes: rebels, political and identity militias
CROWD = {5, 6}  # rioters, protesters


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


def toll(mention: Mention) -> bool:
    """"6,000 people had been detained", "150 people were killed": a count, passive and without an agent."""
    passive = any(c.dep_ == "nsubjpass" for c in mention.trigger.token.children)
    return passive and mention.acting is None and mention.trigger.event_type in {"attack", "arrest"}


def is_toll(cluster: Cluster) -> bool:
    return toll(min(cluster.mentions, key=lambda m: m.trigger.start))


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
    left = _left_subject(token) if token.pos_ == "VERB" and token.dep_ == "ROOT" else None
    return [left] if left is not None else []


def _left_subject(verb: Token) -> Token | None:
    """A main verb without a subject, right after a people noun the parser hung elsewhere: "In the cities of
    A, B and C, courageous members of the X put up posters" ("members" read as one more list item)."""
    before = verb.i - 1
    while before >= 0 and verb.doc[before].head.i == verb.i and verb.doc[before].dep_ in {"aux", "advmod", "neg"}:
        before -= 1
    if before < 0 or verb.doc[before].pos_ not in {"NOUN", "PROPN"}:
        return _hung_subject(verb)
    noun = verb.doc[before]
    while noun.dep_ in {"pobj", "compound"} and noun.head.i != noun.i:  # up from "Cells" of "members of the X Cells"
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    known = actor_rules.KNOWN_NOUNS | actor_rules.MEMBER_NOUNS
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in known and noun.dep_ in {"conj", "appos", "npadvmod", "dobj"}:
        return noun
    return None


def _hung_subject(verb: Token) -> Token | None:
    """ "as our militants held the barricades in A and B, militiamen in civilian clothes, armed with clubs,
    attacked them": the people noun the parser read as one more list item, before the participles."""
    known = actor_rules.KNOWN_NOUNS | actor_rules.MEMBER_NOUNS
    for token in reversed(list(verb.sent)[: verb.i - verb.sent.start]):
        if token.pos_ == "NOUN" and token.dep_ == "conj" and token.lemma_.lower() in known and any(
                t.pos_ == "PROPN" for t in token.head.subtree if t.i < token.i):
            return token
    return None


def _agents(token: Token) -> list[Token]:
    return [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _between(token: Token) -> list[Token]:
    """The sides of "fighting between X and Y", also where the parse hangs "between" on the verb telling of
    it ("fighting was reported in Dhummay between X and Y")."""
    holders = [token] + ([token.head] if token.dep_ in {"nsubj", "nsubjpass"} else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lemma_ == "between":
                sides = [p for p in prep.children if p.dep_ == "pobj"]
                return [side for first in sides for side in (first, *first.conjuncts)]
    return []


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
        if not acting and (sides := _between(token)):  # "Fighting between X and Y broke out" (a gerund)
            acting, target = sides[:1], sides[1:]
        target_preps = {"on", "at", "against", "upon", "into"}
        if trigger.event_type == "armed_clash":
            target_preps = target_preps | {"with"}
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lemma_ in target_preps:  # "clashed with police"
                target += [p for p in prep.children if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}]
    else:
        for child in token.children:
            # "ABVP protests", "farmers' strike"; not the name of a named event ("the Long March")
            named_event = child.dep_ == "compound" and token.pos_ == "PROPN"
            # a common noun before the event says who only when it names people ("student protests"), not
            # what kind of event it is ("solidarity rallies", "street protests")
            # (a "proper noun" in lower case, or capitalised only because it opens the sentence, is a common word)
            common = child.pos_ == "NOUN" or child.is_lower or child.is_sent_start
            kind_of_event = child.dep_ == "compound" and common and child.ent_type_ == "" and (
                actor_rules.common_lemma(child) not in actor_rules.KNOWN_NOUNS | actor_rules.MEMBER_NOUNS)
            if (child.dep_ in {"poss", "compound"} and child.pos_ in {"NOUN", "PROPN"}
                    and child.ent_type_ not in {"GPE", "DATE"} and not named_event and not kind_of_event):
                acting.append(child)
            if child.dep_ == "prep" and child.lemma_ == "by":
                acting += [p for p in child.children if p.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lemma_ in {"on", "against", "of"}:
                target += [p for p in child.children if p.dep_ == "pobj"]
        if sides := _between(token):  # "clashes between police and protesters"
            acting += sides[:1]
            target += sides[1:]
        verb = token.head
        if token.dep_ in {"dobj", "attr"} and verb.pos_ in {"VERB", "AUX"} and not acting:
            acting = _subjects(verb)
        elif token.dep_ == "pobj" and verb.head.pos_ == "VERB" and not acting:
            acting = _subjects(verb.head)
    return acting, target


def _resolve(heads: list[Token], country: str | None, role: str, links: dict[str, str],
             previous: actor_rules.ActorRef | None, armed: bool = False) -> actor_rules.ActorRef | None:
    # a named group among the heads first ("members of the paramilitary Rapid Support Forces" parsed as two)
    for head in sorted(heads, key=lambda h: h.ent_type_ != "ORG"):
        if not any(ch.isalnum() for ch in head.text):
            continue  # "📢 Today, thousands gathered": a post's emoji the parser took for the subject
        if head.lower_ in PRONOUNS or head.pos_ == "PRON":
            if previous is not None and role == "actor":
                # (still generic or the report's own people: "they" are whoever the named ones were)
                return replace(previous, span=(head.idx, head.idx + len(head.text)))
            continue
        found = actor_rules.describe(head, country, role, links, armed)
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
        actor = _resolve(acting, country, "actor", links, prior, armed=trigger.event_type == "attack")
        if trigger.event_type in PROTEST_FAMILY and (actor is None or actor.inter == 6):
            called = actor_rules.caller(clause_verb(trigger.token), links)
            if called is not None:  # the crowd that answered a group's call, the group named
                actor = actor_rules.ActorRef(called[0], 6, called[1], actor.description or actor.name if actor
                                             else None, called=True)
        mentions.append(Mention(trigger, actor, victim))
    return mentions, pronoun


