"""One sense per discourse: a name resolved as a place somewhere in a text is that place at its other
occurrences too, where the tagger saw a person or organisation ("Tallahassee residents marched")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.models import Place
from dateline.nlp import doc_text
from dateline.resolve.geo.finder import ROMANCE_PARTICLES, Mention

TITLES = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Sgt|Gen|Col|Capt|Prof|St)\.?|\b(?:Judge|Coach|President|"
                    r"Senator|Governor|Mayor|Father|Sister|Brother|Saint|Lord|Lady|Sir|Dame))\s+$")
# "Central American", "Latin American": after a compass word a demonym is another region's ("East Texas" is still
# in Texas)
COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West|Central|Latin|Northern|Southern|Eastern|Western)[\s-]$")
MIN_CONFIDENCE = 0.3
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|into|(?:residents|people|town|city|streets|centre|center|"
                          r"district|province|region) of)\s+(?:the\s+)?$", re.IGNORECASE)
# mentions whose resolution is trusted enough to spread: the tagger or the sentence said "place"
SEED_SOURCES = {"ner", "prep", "list", "qualified", "dateline", "abbreviation"}
# "the Esplanada dos Ministérios" is no repeat of "the Esplanada": the name goes on past its particle
LONGER_NAME_AHEAD = r"(?!\s+(?:" + "|".join(sorted(ROMANCE_PARTICLES)) + r")\s+[A-Z])"


def spread_to_repeats(sdoc: Doc, resolved: list[tuple[Place, Mention]]) -> list[tuple[Place, Mention]]:
    """The resolved places plus copies at the unmarked repeats of their names, in text order."""
    text = doc_text(sdoc)
    taken = [(p.start, p.end) for p, _ in resolved]
    by_name: dict[str, tuple[Place, Mention]] = {}
    for place, mention in resolved:
        if place.lat is None or place.confidence < MIN_CONFIDENCE or len(place.text) < 3 \
                or not place.text[:1].isupper() or mention.source not in SEED_SOURCES \
                or (mention.kind == "toponym" and mention.match_level != 0):
            continue
        known = by_name.get(place.text)
        if known is None or place.confidence > known[0].confidence:
            by_name[place.text] = (place, mention)
    added: list[tuple[Place, Mention]] = []
    for name, (place, mention) in by_name.items():
        forms = {name, name.upper()}
        pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])"
                             + LONGER_NAME_AHEAD)
        matches = list(pattern.finditer(text))
        people = [m for m in matches if _names_a_person(sdoc, *m.span())]
        if 2 * len(people) >= len(matches):
            continue  # mostly a person's name in this text ("Morgan said", "Sen. Lincoln")
        for match in matches:
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) or match in people or (
                    mention.kind == "demonym" and COMPASS_BEFORE.search(text, max(0, start - 9), start)):
                continue
            taken.append((start, end))
            repeat = place.model_copy(update={"start": start, "end": end, "text": match.group(),
                                              "confidence": round(place.confidence * 0.9, 3)})
            added.append((repeat, Mention(start, end, match.group(), "repeat", kind=mention.kind)))
    return sorted([*resolved, *added], key=lambda pair: pair[0].start)


def _names_a_person(sdoc: Doc, start: int, end: int) -> bool:
    """"Mr. Carver", "Sen. Lincoln", "Charlotte Smith": the name is part of a person's name here."""
    if TITLES.search(doc_text(sdoc)[max(0, start - 12):start]):
        return True
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    # (a PERSON tag on the bare name after a word of place is the tagger's slip: "residents of Ismayilli")
    if not PLACE_BEFORE.search(doc_text(sdoc)[max(0, start - 30):start]):
        return any(token.ent_type_ == "PERSON" for token in span)
    for token in span:
        if token.ent_type_ == "PERSON":
            first, last = token.i, token.i
            while first > 0 and sdoc[first].ent_iob_ == "I":
                first -= 1
            while last + 1 < len(sdoc) and sdoc[last + 1].ent_iob_ == "I":
                last += 1
            if first < span.start or last >= span.end:
                return True  # the name runs on into a person's: "Charlotte Smith"
    return False
