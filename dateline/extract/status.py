"""Is a trigger a current, real event? Negated, planned, hypothetical, generic and historical mentions are not.

Read from the dependency parse of the trigger's own sentence only: its negation and modal children, the
verbs and nouns that govern it through complements ("plan *to rally*", "call *for a strike*"), the years
in its noun phrase, and the date the date index gives it.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from dateline.extract.docindex import doc_index
from dateline.extract.triggers import Trigger

MODALS = {"will", "shall", "would", "could", "might", "may", "should", "must", "'ll", "wo", "ca", "can"}
PLAN_LEMMAS = {
    "plan", "intend", "schedule", "vow", "threaten", "prepare", "aim", "hope", "call", "urge", "promise",
    "pledge", "want", "seek", "decide", "announce", "consider", "propose", "ask", "invite", "demand",
}
PLANNED_MODIFIERS = {"planned", "upcoming", "proposed", "scheduled", "possible", "potential", "future",
                     "expected", "announced", "called", "next"}
COMPLIANCE = {"answer", "heed", "follow", "obey", "observe", "respect", "join", "embrace"}
GENERIC_GOVERNORS = {"use", "help", "tend", "serve"}
GENERIC_MODIFIERS = {"similar", "such"}  # "similar attacks": a kind of event, not one
PAST_MODIFIERS = {"previous", "past", "earlier", "former", "prior"}
DENIAL_LEMMAS = {"deny", "refute", "reject"}
CLAIM_LEMMAS = {"claim", "purport", "allege", "suggest"}
# "protesting the killing of X", "condemned the attack": the noun names another event, the reason for this one
REACTION_LEMMAS = {"protest", "condemn", "denounce", "investigate", "blame", "claim", "mourn", "decry",
                   "remember", "recall", "compare", "probe", "avenge", "revenge", "oppose"}
CAUSE_PREPOSITIONS = {"against", "over", "about", "despite", "for"}
RULE_NOUNS = {"ban", "restriction", "law", "curfew", "prohibition", "limit", "order", "rule", "moratorium",
              "crackdown"}
PARTICIPANT_NOUNS = {"organiser", "organizer", "perpetrator", "suspect", "leader", "ringleader", "victim", "survivor",
                     "instigator", "mastermind", "planner", "participant", "family", "families", "witness"}
# A dated happening up to this long before publication may be what a late report is about.
LATE_REPORT_DAYS = 60
TIME_NOUNS = {"day", "night", "morning", "evening", "afternoon", "hour", "week", "eve", "minute", "month"}
MEMORY_NOUNS = {"anniversary", "memory", "remembrance", "commemoration", "memorial", "victim"}
TOPIC_NOUNS = {"coverage", "update", "site", "scene"}  # "our rolling coverage of the protests": the report's subject


def clause_verb(token: Token) -> Token:
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def governors(token: Token, limit: int = 6) -> list[Token]:
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


def _plans(governor: Token, token: Token) -> bool:
    """Whether a plan word governs the trigger as a plan still to be carried out: it comes first ("called for a
    strike"), or has it as its passive subject ("a strike was called"); a call that was answered, heeded or
    followed was carried out ("traders heeded the union's call for a strike")."""
    if governor.i > token.i and token.dep_ != "nsubjpass":
        return False  # a misparse hanging the clause under a later verb
    if token.pos_ == "VERB" and (token.tag_ == "VBD" or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in token.children)):
        return False  # "announced that gunmen attacked a post": a verb in the past tells what happened
    return not (governor.pos_ == "NOUN" and governor.dep_ == "dobj" and governor.head.lemma_.lower() in COMPLIANCE)


def _told_as_past(verb: Token) -> bool:
    """"has carried out attacks in the past", "had previously detained": background, not this report's news."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in {"previously", "formerly"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(p.lower_ == "past" for p in child.children):
            return True
    return False


def is_reference(token: Token) -> bool:
    """A noun that names another event as the reason or object of this one: "marching against *the attack*",
    "to protest *the killing* of X", "claimed responsibility for *the attacks*"."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in REACTION_LEMMAS:
        return True
    if token.dep_ == "pobj" and head.lemma_.lower() in CAUSE_PREPOSITIONS and (
            head.head.lemma_.lower() not in PLAN_LEMMAS):
        return True  # (but "the call for a strike" is a plan, which may have been carried out)
    # "a ban on public gatherings", "restrictions on campaign rallies": the kind of event a rule is about
    if token.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in RULE_NOUNS:
        return True
    # "the day before the march", "hours after the vote": the event a time is counted from
    if token.dep_ == "pobj" and head.lower_ in {"before", "after", "since", "until"} and (
            head.head.lemma_.lower() in TIME_NOUNS):
        return True
    # "the anniversary of the massacre", "the organisers of last week's riots": people or dates of another event
    if token.dep_ == "pobj" and head.lemma_ == "of" and head.head.lemma_.lower() in (
            MEMORY_NOUNS | PARTICIPANT_NOUNS | TOPIC_NOUNS):
        return True
    return False


def _inside_reference(token: Token) -> bool:
    """Told inside the description of another event: "to protest the death of a man whom police beat"; not a
    noun set beside it ("marching against the attack: huge rallies in ...")."""
    node = token
    while node.head.i != node.i and node.dep_ not in {"appos", "conj", "parataxis", "punct"}:
        node = node.head
        if is_reference(node):
            return True
    return False


def is_definite(token: Token) -> bool:
    """"the attacks", "these protests", "Sunday's marchers": a noun that points back at something named."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "these", "that", "those"}) or c.dep_ == "poss"
        for c in token.children
    )


PERIOD_NOUNS = {"day", "week", "month", "year", "night", "weekend", "hour"}


def _habitual(head: Token) -> bool:
    """"ten women are killed every day", "protests are held each year": a rate told in the present, not an
    event (but "they have marched every day since Monday" is the news)."""
    present = head.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"auxpass", "aux"} and c.lower_ in {"is", "are"} for c in head.children)
    if not present or any(c.lower_ == "since" for c in head.children):
        return False
    return any(child.lemma_.lower() in PERIOD_NOUNS and child.dep_ in {"npadvmod", "advmod"}
               and any(d.dep_ == "det" and d.lower_ in {"every", "each"} for d in child.children)
               for child in head.children)


REPORT_NOUNS = {"report", "claim", "rumour", "rumor", "allegation", "story", "news", "video", "post", "account"}
FALSE_WORDS = {"false", "untrue", "fake", "baseless", "unfounded", "groundless", "fabricated", "incorrect"}


def _told_as_false(token: Token) -> bool:
    """"Reports of an explosion in Lviv are false", "claims that police fired ... were untrue"."""
    for node in token.ancestors:
        if node.dep_ == "nsubj" and node.lemma_.lower() in REPORT_NOUNS:
            return any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in FALSE_WORDS for c in node.head.children)
    return False


def mention_status(trigger: Trigger, dates: object, published: date | None) -> str | None:
    """None for a current event, else why it is not one: negated, future, hypothetical, generic, historical,
    reference."""
    token = trigger.token
    verb = clause_verb(token)
    heads = [token, verb] if verb.i != token.i else [token]
    if token.pos_ == "VERB" and token.dep_ == "conj":
        heads.append(token.head)  # "did not protest or strike": the negation sits on the first conjunct
    for head in heads:
        if any(c.dep_ == "neg" for c in head.children):
            return "negated"
    if any(c.lower_ in {"no", "never"} for c in token.children):
        return "negated"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in token.head.head.children):
        return "negated"  # "no reports of protests in X", "no sign of clashes"
    if _told_as_false(token):
        return "negated"
    subjects = [c for head in heads for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(s.lower_ in {"nobody", "none", "noone"} or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children)
           for s in subjects):
        return "negated"  # "no journalist was detained", "none of them was arrested"
    chain = governors(verb) if token.pos_ == "VERB" else governors(token)
    if any(g.lemma_.lower() in DENIAL_LEMMAS for g in chain[:2]):
        return "negated"
    if any(g.lemma_.lower() in {"say", "report", "state"} and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in {"version", "edition"} for c in g.children) for g in chain[:3]):
        return "retracted"  # a correction: "An earlier version of this story said protesters burned ..."
    if any(g.lemma_.lower() in CLAIM_LEMMAS and g.tag_ == "VBG" and g.dep_ in {"acl", "advcl"} for g in chain[:2]):
        return "unverified claim"  # "a video claiming police opened fire in X": what a post says, not a report
    for head in heads:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children):
            return "future or hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in head.children):
            return "hypothetical"
    if any(_habitual(head) for head in heads):
        return "generic"
    modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
    if modifiers & PLANNED_MODIFIERS:
        return "planned"
    if token.pos_ in {"NOUN", "PROPN"} and modifiers & GENERIC_MODIFIERS:
        return "generic"
    if (token.pos_ in {"NOUN", "PROPN"} and modifiers & PAST_MODIFIERS) or _told_as_past(verb):
        return "historical"
    for governor in chain[:5]:
        if governor.lemma_.lower() in GENERIC_GOVERNORS and verb.tag_ == "VB":
            return "generic"
    for governor in chain[:3]:
        if governor.lemma_.lower() in PLAN_LEMMAS and governor.pos_ in {"VERB", "NOUN"} and _plans(governor, token):
            return "planned"
        if governor.lemma_.lower() in MEMORY_NOUNS and token.pos_ != "VERB":
            return "historical"
    if is_reference(token) or _inside_reference(token):
        return "reference"
    if token.pos_ in {"NOUN", "PROPN"}:
        scope = [t for t in token.subtree if t.i <= token.i]
        if token.dep_ == "compound":  # "the 1988 massacre victims"
            scope += [c for c in token.head.children if c.i < token.i]
    else:
        scope = []
    # "the 2017 election, when dozens were killed": the clause happens when its noun did
    clause = next((a for a in [token, *list(token.ancestors)[:3]] if a.dep_ in {"relcl", "acl"}), None)
    if clause is not None:  # the noun's phrase without the clause itself ("July 2021, when ...")
        inside = {t.i for t in clause.subtree}
        scope += [t for t in clause.head.subtree if t.i not in inside]
    # "since the January 2012 vote, when riot police broke up a rally", "memories of July 2021, when ... set off a
    # week of riots": "when" points back at the date before it
    sentence = doc_index(token.doc).sentence(token)
    when = next((t for t in reversed(sentence[: max(0, token.i - sentence.start)]) if t.lower_ == "when"), None)
    if when is not None:
        before = [t for t in sentence if t.i < when.i][-8:]
        linked = any(c.dep_ == "advmod" and c.i == when.i for a in [token, *token.ancestors] for c in a.children)
        if linked or any(t.ent_type_ == "DATE" for t in before[-3:]):
            scope += before
    year = _year_in(scope)
    if year and published and year < published.year:
        return "historical"
    status = dates.temporal_status(trigger.start, trigger.end)  # type: ignore[attr-defined]
    carried_out = any(g.lemma_.lower() in PLAN_LEMMAS and g.pos_ == "NOUN" and not _plans(g, token) for g in chain[:3])
    if status == "future" and not (carried_out and published is not None and dates.date_for(  # type: ignore[attr-defined]
            trigger.start, trigger.end).date_start <= published):
        return "future"
    if status == "historical" and trigger.event_type != "commemoration":
        # a day weeks old but not long past: a late report of it is still news, so whether it is background is
        # decided against the report's other happenings (events._without_background)
        when = dates.date_for(trigger.start, trigger.end)  # type: ignore[attr-defined]
        recent = published is not None and when.date_end >= published - timedelta(days=LATE_REPORT_DAYS)
        if not (recent and when.time_precision == 1):
            return "historical"
    return None
