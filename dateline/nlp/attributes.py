"""spaCy's attribute_ruler (fine tag → POS and morphology, plus lemma exceptions) with its rules found by
a table lookup instead of its Matcher.

Written by hand for speed only: the model's ~180 rules are tried on every token by spaCy's Matcher, about
a tenth of spaCy's CPU time in the pipeline, while each rule tests only a token's tag, lower-case form,
dependency label and whether it is a space. The rules matching a combination of those are worked out
once per process; the attributes are then set by spaCy's own ruler, in its order, so the annotations are
exactly spaCy's. A rule of a kind the table does not know makes the component use spaCy's Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

Signature = tuple[str, str, str, bool]  # tag, lower-case form, dependency label, is a space
_ATTRIBUTES = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
OTHER_FORM = "\x00"  # stands for every lower-case form no rule names


def _predicate(position: int, spec: object) -> Callable[[Signature], bool]:
    """One attribute test of a Matcher pattern token, as the Matcher reads it."""
    if isinstance(spec, str | bool):
        return lambda signature: signature[position] == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (operator, value), = spec.items()
        if operator in ("IN", "NOT_IN") and isinstance(value, list):
            values, wanted = set(value), operator == "IN"
            return lambda signature: (signature[position] in values) == wanted
        if operator == "REGEX" and isinstance(value, str):
            regex = re.compile(value)
            return lambda signature: bool(regex.search(signature[position]))
    raise ValueError(f"unsupported attribute_ruler test: {spec!r}")


def _element(pattern_token: dict) -> Callable[[Signature], bool]:
    tests = [_predicate(_ATTRIBUTES[name], spec) for name, spec in pattern_token.items()]
    return lambda signature: all(test(signature) for test in tests)


class AttributeTable:
    """The attribute_ruler component, matching by table (see the module's docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.match_ids = [ruler.vocab.strings[str(rule)] for rule in range(len(ruler.attrs))]
        self.patterns: list[tuple[int, list[Callable[[Signature], bool]]]] = []  # (rule, one test per token)
        # the lower-case forms the rules name: any other form passes or fails them all alike, so the table
        # keys it as one (a key per word would make a new entry for most words of a new text)
        self.lower_forms: set[str] = set()
        self.lower_regexes: list[re.Pattern] = []
        try:
            for rule, entry in enumerate(ruler.patterns):
                for pattern in entry["patterns"]:
                    if any(set(token) - _ATTRIBUTES.keys() for token in pattern):
                        raise ValueError(f"unsupported attribute_ruler pattern: {pattern!r}")
                    self.patterns.append((rule, [_element(token) for token in pattern]))
                    for spec in (token["LOWER"] for token in pattern if "LOWER" in token):
                        self._note_lower_test(spec)
            self.usable = not any(regex.search(OTHER_FORM) for regex in self.lower_regexes)
        except ValueError:
            self.usable = False
        # key → the one-token rules it matches, and the longer patterns whose first token it matches
        self._starts: dict[Signature, tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def _note_lower_test(self, spec: object) -> None:
        if isinstance(spec, str):
            self.lower_forms.add(spec)
        elif isinstance(spec, dict) and "REGEX" in spec:
            self.lower_regexes.append(re.compile(spec["REGEX"]))
        elif isinstance(spec, dict):
            self.lower_forms.update(*spec.values())

    def _key(self, signature: Signature) -> Signature:
        tag, lower, dep, space = signature
        if lower in self.lower_forms or any(regex.search(lower) for regex in self.lower_regexes):
            return signature
        return tag, OTHER_FORM, dep, space

    def _starting_at(self, signature: Signature) -> tuple[tuple[int, ...], tuple[int, ...]]:
        key = self._key(signature)
        found = self._starts.get(key)
        if found is None:
            matching = [number for number, (_, tests) in enumerate(self.patterns) if tests[0](key)]
            found = self._starts[key] = (
                tuple(self.patterns[number][0] for number in matching if len(self.patterns[number][1]) == 1),
                tuple(number for number in matching if len(self.patterns[number][1]) > 1))
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches, as ``AttributeRuler.match`` gives them: (rule, match id, start, end), sorted."""
        signatures = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        found = set()
        for start, signature in enumerate(signatures):
            rules, longer = self._starting_at(signature)
            found.update((rule, start, start + 1) for rule in rules)
            for number in longer:
                rule, tests = self.patterns[number]
                end = start + len(tests)
                if end <= len(signatures) and all(test(signatures[start + k]) for k, test in enumerate(tests) if k):
                    found.add((rule, start, end))
        return sorted((rule, self.match_ids[rule], start, end) for rule, start, end in found)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc) if self.usable else self.ruler.match(doc)
        self.ruler.set_annotations(doc, matches)
        return doc


@Language.factory("attribute_table")
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp.get_pipe("attribute_ruler"))


def use_attribute_table(nlp: Language) -> None:
    """Put the table in the place of the pipeline's attribute_ruler, under the same name."""
    nlp.add_pipe("attribute_table", name="attribute_table", before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe("attribute_table", "attribute_ruler")
