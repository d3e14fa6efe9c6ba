"""Counts stated in a clause (fatalities, injured, arrested, crowd size) under ACLED's conservative rules.

Vague quantities take the low reading ACLED prescribes ("dozens" = 12, "hundreds" = 100); ranges take their
low end; "at least N" is N. Written by hand: no library reads quantities this way.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

VAGUE = {
    "dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000,
    "several": 3, "few": 3, "a few": 3, "some": 3, "many": 10, "numerous": 10,
}
WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
RANGE_SEPARATOR = re.compile(r"\s+(?:to|-|–|or)\s+|[-–]")
THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(thousand|million|hundred)?")
KILL = {"kill", "die", "dead", "death", "murder", "shoot", "slay", "massacre", "execute", "fatality", "body"}
INJURE = {"injure", "wound", "hurt", "injury", "casualty", "injured", "wounded"}
ARREST = {"arrest", "detain", "round", "apprehend", "jail", "detention", "arrested", "detained"}
PEOPLE_NOUNS = {
    "people", "person", "protester", "demonstrator", "civilian", "student", "worker", "resident", "villager",
    "man", "woman", "child", "soldier", "officer", "policeman", "activist", "member", "supporter", "farmer",
    "participant", "marcher", "mourner", "teacher", "youth", "other", "those", "dozens", "hundreds", "thousands",
}


def parse_quantity(text: str) -> int | None:
    """'at least 5' -> 5, 'dozens' -> 12, '3,000' -> 3000, 'two to three hundred' -> 2... (low end)."""
    text = text.lower().replace("at least", "").replace("more than", "").replace("over", "").strip()
    text = RANGE_SEPARATOR.split(text)[0].strip()
    for phrase, value in sorted(VAGUE.items(), key=lambda kv: -len(kv[0])):
        if text == phrase or text.startswith(phrase + " of"):
            return value
    digits = THOUSANDS_COMMA.sub("", text)
    match = NUMBER.match(digits)
    if match:
        scale = {"thousand": 1000, "million": 1_000_000, "hundred": 100}.get(match.group(2) or "", 1)
        return int(float(match.group(1)) * scale)
    total = 0
    current = 0
    for word in text.split():
        if word in {"hundred", "thousand"}:
            current = max(current, 1) * WORDS[word]
            if word == "thousand":
                total += current
                current = 0
        elif word in WORDS:
            current += WORDS[word]
        else:
            break
    return (total + current) or None


def _number_of(noun: Token) -> tuple[int, Token] | None:
    """The quantity attached to a noun: 'five protesters', 'dozens of people', 'hundreds'."""
    if noun.like_num or noun.lower_ in VAGUE:
        value = parse_quantity(" ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"))
        if value is None:
            value = parse_quantity(noun.text)
        return (value, noun) if value else None
    if noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return 1, noun  # "a protester was shot dead"
    for child in noun.children:
        if child.dep_ == "nummod" or (child.dep_ in {"amod", "quantmod"} and child.lower_ in VAGUE):
            phrase = " ".join(t.text for t in child.subtree)
            value = parse_quantity(phrase)
            if value:
                return value, child
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lemma_ == "of":
        quantity = noun.head.head
        if quantity.lower_ in VAGUE or quantity.like_num:
            value = parse_quantity(" ".join(t.text for t in quantity.subtree if t.i <= quantity.i))
            if value:
                return value, quantity
    return None


def find_counts(segment: Span) -> dict[str, tuple[int, tuple[int, int]]]:
    """Counts in a clause: {"fatalities"|"injured"|"arrested"|"crowd_size": (value, (start, end))}."""
    found: dict[str, tuple[int, tuple[int, int]]] = {}

    def record(field: str, value: int, token: Token) -> None:
        if field not in found:
            found[field] = (value, (token.idx, token.idx + len(token.text)))

    for token in segment:
        lemma = token.lemma_.lower()
        field = (
            "fatalities" if lemma in KILL else "injured" if lemma in INJURE
            else "arrested" if lemma in ARREST else None
        )
        if field is None:
            continue
        candidates = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "nsubj", "nummod", "attr"}]
        if token.dep_ in {"amod", "acl"}:
            candidates.append(token.head)  # "five dead protesters", "protesters killed"
        if token.dep_ in {"xcomp", "acomp", "oprd"}:
            candidates.extend(c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"})
        for cand in candidates:
            counted = any(c.dep_ == "nummod" for c in cand.children)  # "killing four worshippers"
            if cand.lemma_.lower() not in PEOPLE_NOUNS and not cand.like_num and cand.lower_ not in VAGUE and not (
                    counted and cand.pos_ == "NOUN" and cand.ent_type_ not in {"DATE", "TIME", "MONEY"}):
                continue
            number = _number_of(cand)
            if number:
                record(field, number[0], number[1])
                break
    for token in segment:
        if token.lemma_.lower() in {"protester", "demonstrator", "people", "marcher", "student", "worker",
                                    "supporter", "mourner", "teacher", "participant"}:
            if token.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj"}:
                number = _number_of(token)
                if number and number[0] >= 10 and "crowd_size" not in found:
                    values_taken = {v for v, _ in found.values()}
                    if number[0] not in values_taken:
                        record("crowd_size", number[0], number[1])
        if token.lemma_.lower() == "crowd":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lemma_ == "of":
                    for pobj in prep.children:
                        number = _number_of(pobj)
                        if number:
                            record("crowd_size", number[0], number[1])
    return found
