"""The shared spaCy pipeline: its speed-ups must leave spaCy's annotations exactly as they are."""

from __future__ import annotations

import spacy
from conftest import SAMPLE

from dateline.nlp import MODEL_PACKAGE, get_nlp

OWN_TEXT = (
    "LAGOS, March 3 — There were hundreds on the bridge. \"Y'all gonna see it, ain't that so?\" one trader said.\n\n"
    "Let's march, c'mon, he got told, and the police gets there by noon."
)


def test_the_attribute_table_finds_every_rule_spacy_matcher_finds():
    nlp = get_nlp()
    table = nlp.get_pipe("attribute_ruler")
    assert table.usable  # the model's rules are all of kinds the table reads
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe([SAMPLE.read_text(encoding="utf-8"), OWN_TEXT]))
    for doc in docs:
        assert table.match(doc) == table.ruler.match(doc)
    # the two-token exceptions ("gonna", "y'all", "There were") are among them
    assert any(end - start == 2 for _, _, start, end in table.match(docs[1]))


def test_the_pipeline_annotates_exactly_as_spacy_shipped_pipeline():
    stock = spacy.load(MODEL_PACKAGE)
    stock.add_pipe("line_breaks", before="parser")
    for text in (SAMPLE.read_text(encoding="utf-8"), OWN_TEXT):
        ours, theirs = get_nlp()(text), stock(text)
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in ours] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in theirs]
    words = {t.text: t for t in ours}
    assert (words["gon"].lemma_, words["na"].lemma_) == ("go", "to")  # spaCy's two-token lemma exceptions
