"""Removing scraped-page junk that survives as plain text.

trafilatura removes boilerplate from HTML, but text that was already flattened (copied pages, .txt
dumps, JSONL feeds) still carries ad-slot sizes, repeated captions, embedded video titles and
share/subscribe lines. These are line-shaped artefacts, so the rules work line by line and only ever
drop whole lines that match a junk shape completely; the cleaned text is what gets stored, so every
evidence offset computed later points into it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

# Ad-slot sizes ("728 x 90", "300×250"), alone on a line, possibly several.
AD_SLOT = re.compile(r"^\s*(?:\d{2,4}\s*[x×X]\s*\d{2,4}\s*)+$")

# Widget and call-to-action lines. Anchored at both ends so a real sentence that merely starts with
# "Share" or "Follow" ("Share prices fell after the strike.") never matches.
WIDGET_LINE = re.compile(
    r"^\s*(?:"
    r"advertisement|sponsored(?: content)?|ad|"
    r"share(?: this(?: article| story| post)?)?(?: on (?:facebook|twitter|x|whatsapp|telegram|linkedin|email))?|"
    r"(?:share|tweet|email|print|copy link|whatsapp|facebook|twitter|telegram|linkedin|reddit)"
    r"(?:\s*[|/·•,]\s*(?:share|tweet|email|print|copy link|whatsapp|facebook|twitter|telegram|linkedin|reddit))*|"
    r"(?:click here|tap here)\b.{0,80}|"
    r"subscribe\b.{0,80}|sign up\b.{0,80}|follow us\b.{0,80}|join us on\b.{0,60}|"
    r"(?:read|see|watch) (?:more|also|next)\b.{0,120}|related(?: articles?| stories| news| posts?)?\s*:.{0,120}|"
    r"more on this story\b.{0,80}|continue reading\b.{0,40}|"
    r"(?:video|watch|photos?|gallery|listen)\s*[:|].{0,120}|"
    r"\d+\s*(?:comments?|shares?)|"
    r"(?:image|photo|picture) (?:credit|source)s?\s*:.{0,120}"
    r")\s*[.!:…]?\s*$",
    re.IGNORECASE,
)

# An embedded video/related-post title: a date glued by a dash to a headline-cased title, e.g.
# "August 4, 2020-Rebellious Youth Target IRGC Bases & Posters Of Ali Khamenei".
DATED_HEADLINE = re.compile(
    rf"^\s*(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"\s*[-–—|:]\s*(?P<title>.+?)\s*$"
)


@dataclass
class CleanedText:
    text: str
    removed: list[str] = field(default_factory=list)


def _fold(line: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", line)).strip().casefold()


def _is_headline_cased(title: str) -> bool:
    """Most content words capitalised and no sentence-final full stop: a title, not a sentence."""
    if title.endswith((".", "?", "!", "”", '"')):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", title) if len(w) > 3]
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def junk_reason(line: str, previous_line: str | None) -> str | None:
    """Why a line is page junk, or None when it is article text."""
    stripped = line.strip()
    if not stripped:
        return None
    if AD_SLOT.match(stripped):
        return "ad slot"
    if len(stripped) <= 160 and WIDGET_LINE.match(stripped):
        return "widget"
    match = DATED_HEADLINE.match(stripped)
    if match and _is_headline_cased(match.group("title")):
        return "embedded title"
    if previous_line is not None and len(stripped) > 20 and _fold(stripped) == _fold(previous_line):
        return "repeated line"
    return None


def clean_text(text: str) -> CleanedText:
    """Drop junk lines; normalise line endings; collapse the blank runs left behind."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    kept: list[str] = []
    removed: list[str] = []
    previous: str | None = None
    for line in text.split("\n"):
        if junk_reason(line, previous):
            removed.append(line.strip())
            continue
        kept.append(line.rstrip())
        if line.strip():
            previous = line
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return CleanedText(text=unwrap(cleaned), removed=removed)


def unwrap(text: str) -> str:
    """Join the lines of a hard-wrapped paragraph (plain-text feeds wrap at a fixed width): a line break
    inside a sentence becomes a space (offsets unchanged), so the sentence is parsed and read as one.
    A break continues the sentence when the line before has no final punctuation and the next line starts in
    lower case, or the line before is long and stops mid-phrase (a lower-case word or a comma)."""
    out = list(text)
    position = 0
    lines = text.split("\n")
    for line, following in zip(lines, lines[1:], strict=False):
        position += len(line)
        end = line.rstrip()
        mid_phrase = len(end) >= 60 and (end[-1:].islower() or end.endswith(","))
        if end.strip() and following.strip() and not end.endswith(_ENDS) and (
                following.lstrip()[:1].islower() or mid_phrase):
            out[position] = " "
        position += 1
    return "".join(out)


_ENDS = tuple(".!?:;\"”’')…")
