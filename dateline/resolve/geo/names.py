"""Name keys for gazetteer matching: accent/case folding and rule-made transliteration variants.

Written by hand because no maintained library folds transliteration variants of romanized names
(Doroud/Dorud, Bandar Anzali/Bandar-e Anzali): Unidecode-style folding only removes accents.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th"})
_DROP = re.compile(r"[’'`ʻʼ‘.]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/,()]+")
_NOT_KEY = re.compile(r"[^a-z0-9 ]")
_EZAFE = re.compile(r" (?:e|ye|i) (?=\w)")
# Romanization variants, applied in order to a name without spaces (Persian/Arabic/Slavic sources).
_VOWEL_RULES: list[tuple[str, str]] = [
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "i"), ("ey", "i"), ("ai", "i"), ("ay", "i"),
    ("y", "i"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("q", "k"), ("w", "v"), ("ck", "k"), ("c", "k"),
]
_DOUBLE = re.compile(r"(.)\1+")
# Consonant classes for the loosest key (a Soundex-like skeleton; vowels dropped after the first letter).
_CLASSES = str.maketrans({"p": "b", "v": "b", "q": "k", "c": "k"})


def fold(name: str) -> str:
    """Accent- and case-folded name with separators as single spaces; '' when not Latin script."""
    text = unicodedata.normalize("NFKD", name.translate(_SPECIAL).casefold().translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SEPARATORS.sub(" ", _DROP.sub("", text)).strip()
    if _NOT_KEY.search(text):
        return ""
    return text


def variant_key(folded: str) -> str:
    """Transliteration-tolerant key: no ezafe, no spaces, normalized vowel digraphs, no doubled letters."""
    text = _EZAFE.sub(" ", f" {folded} ").replace(" ", "")
    for old, new in _VOWEL_RULES:
        text = text.replace(old, new)
    return _DOUBLE.sub(r"\1", text)


def skeleton_key(folded: str) -> str:
    """Consonant skeleton of the variant key (Kerej/Karaj, Nishapur/Neyshabur); '' when too short."""
    text = variant_key(folded)
    if not text:
        return ""
    rest = re.sub(r"[aeiouh]", "", text[1:].translate(_CLASSES))
    skeleton = _DOUBLE.sub(r"\1", text[0].translate(_CLASSES) + rest)
    return skeleton if len(skeleton) >= 3 else ""


_VOWEL_GROUPS = re.compile(r"[aeiou]+")


def same_syllables(written: str, name: str) -> bool:
    """Whether two names sharing a consonant skeleton are plausibly one name transliterated twice: the same
    first letter and as many vowel groups (Kerej/Karaj, Nishapur/Neyshābūr), which a skeleton alone ignores
    (Easter/Estero, Putin/Wheaton)."""
    first, second = variant_key(fold(written)), variant_key(fold(name))
    return bool(first) and bool(second) and first[0] == second[0] and \
        len(_VOWEL_GROUPS.findall(first)) == len(_VOWEL_GROUPS.findall(second))


def acronym_key(name: str) -> str | None:
    """Case-kept key of an acronym ("USA", "U.K." → "^UK"), so that "Ind." or "Us" never meet "IND" or "US"."""
    letters = name.replace(".", "")
    if 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper() and letters.isascii():
        return "^" + letters
    return None


def name_keys(name: str, query: bool = False) -> list[tuple[int, str]]:
    """(level, key) pairs of a name: 0 exact fold, 1 variant, 2 skeleton. An indexed acronym has only its
    case-kept key; a query in capitals ("ROME", "USA") looks under both."""
    acronym = acronym_key(name)
    if acronym and not query:
        return [(0, acronym)]
    folded = fold(name)
    if not folded:
        return []
    keys = [(0, acronym)] if acronym else []
    keys.append((0, folded))
    variant = variant_key(folded)
    if variant:
        keys.append((1, variant))
    skeleton = skeleton_key(folded)
    if skeleton:
        keys.append((2, skeleton))
    return keys
