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


def test_a_batch_keeps_input_order_and_one_failing_analysis_costs_only_its_own_article(monkeypatch):
    """Articles are parsed eight at a time; an analysis that breaks on one of them (simulated here, as a bug
    in a stage would) is reported for that article alone, between the others' results, in input order."""
    import dateline.pipeline
    from dateline.batch import analyze_items
    from dateline.ingest.readers import InputError
    from dateline.models import RawArticle

    texts = [f"SANTIAGO, Oct. {day} — Students marched in Valparaíso on Tuesday against fare rises." for day in
             range(10, 20)]
    texts[3] = "LIMA, Oct. 13 — Miners blocked a highway near Arequipa on Monday, the union said."
    raws = [RawArticle(origin=f"article-{i}.txt", text=text) for i, text in enumerate(texts)]
    real_find_places = dateline.pipeline.find_places

    def breaks_on_lima(sdoc, country_hint=None):  # noqa: ANN001, ANN202
        if sdoc.text.startswith("LIMA"):
            raise RuntimeError("stage bug")
        return real_find_places(sdoc, country_hint=country_hint)

    monkeypatch.setattr(dateline.pipeline, "find_places", breaks_on_lima)
    outcomes = list(analyze_items([*raws[:5], InputError("broken.html", "no article text"), *raws[5:]],
                                  lambda _: False))
    assert [o.origin if isinstance(o, InputError) else o[0].origin for o in outcomes] == [
        *(r.origin for r in raws[:5]), "broken.html", *(r.origin for r in raws[5:])]
    assert isinstance(outcomes[3], InputError) and "stage bug" in outcomes[3].reason
    others = [outcome for i, outcome in enumerate(outcomes) if i not in (3, 5)]
    assert all(events for _, events in others), "the other articles keep their events"
