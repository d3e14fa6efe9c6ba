"""Per-document lookups the coder needs many times, built once per Doc.

spaCy recomputes ``Doc.text`` (joining every token), ``Doc.sents`` and ``Doc.ents`` (building Span objects)
on every access, and ``Token.sent`` walks to the sentence's edges each time; the coder asks for them for
every trigger, place and actor. ``doc_index(doc)`` builds the text, the sentence of every token and the
entity of every token once and keeps them in ``Doc.user_data``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

_KEY = "dateline.extract.index"


@dataclass
class DocIndex:
    text: str
    sentences: list[Span]
    entities: list[Span]
    sentence_of: list[int]  # token index -> index into sentences
    entity_of: dict[int, int]  # token index -> index into entities
    _lemmas: dict[int, frozenset[str]] = field(default_factory=dict)  # sentence number -> its lemmas

    def sentence(self, token: Token) -> Span:
        return self.sentences[self.sentence_of[token.i]]

    def sentence_lemmas(self, token: Token) -> frozenset[str]:
        """The lower-cased lemmas of the token's sentence (each event of a list of cities asks again)."""
        number = self.sentence_of[token.i]
        if number not in self._lemmas:
            self._lemmas[number] = frozenset(t.lemma_.lower() for t in self.sentences[number])
        return self._lemmas[number]

    def entity(self, token: Token) -> Span | None:
        found = self.entity_of.get(token.i)
        return self.entities[found] if found is not None else None


def doc_index(doc: Doc) -> DocIndex:
    index = doc.user_data.get(_KEY)
    if index is None:
        sentences = list(doc.sents)
        sentence_of = [0] * len(doc)
        for number, sentence in enumerate(sentences):
            sentence_of[sentence.start : sentence.end] = [number] * len(sentence)
        entities = list(doc.ents)
        entity_of = {i: number for number, ent in enumerate(entities) for i in range(ent.start, ent.end)}
        index = doc.user_data[_KEY] = DocIndex(doc.text, sentences, entities, sentence_of, entity_of)
    return index
