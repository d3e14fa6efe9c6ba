"""Clauses of a report that can hold events: sentences split at line breaks, without headings or datelines.

A headline ("Iraqi forces fire on protesters as unrest spreads south"), a kicker or a caption restates
what the body reports, so it never yields an event of its own; nor does the dateline that opens the first
paragraph ("KHARTOUM, June 4 (Wire) -"), whose place names where the reporter is, not what happened.
Written by hand: layout cues (a line without final punctuation, title case) are not something spaCy reads.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from dateline.extract.docindex import doc_index
from dateline.models import Document

SENTENCE_END = tuple(".!?:;\"”’')…")
MIN_BODY_WORDS = 6
# What a post puts after its last sentence: hashtags and emoji ("We stood peacefully until dark. #Khorog ✊")
POST_TAIL = re.compile(r"(?:\s*(?:#\w+|[^\w\s.!?:;\"”’')…,]))+$")
# "MINNA - ", "LUCKNOW/NEW DELHI, Dec 20, 2019 (Wire) - ": an all-capitals place opening the first paragraph
CAPS_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z'’.]{2,}(?:[ /-][A-Z][A-Z'’.]+)*(?:,[^\n—–]{1,50}?)?\s*(?:\([^)\n]{1,40}\)\s*)?"
    r"|\([A-Z][\w'’.]+(?:[ -][A-Z][\w'’.]+)*\)\s*)[-—–]+\s*"  # "(Berlin) –", as rights groups write it
)
AFTER_DATELINE = re.compile(r"[\s,)]*(?:\([^)\n]{1,40}\))?\s*\.?[-—–:]+\s*")
LINE_BREAK = re.compile(r"\n")
PARAGRAPH_BREAK = re.compile(r"\n+")
DASH_OR_COLON = re.compile(r"[-—–:]")
MASKED = "dateline_masked"  # key in Doc.user_data: token indices that belong to a dateline or heading
DATELINE = "dateline_span"  # key in Doc.user_data: (start, end) of the dateline opening the body, or None


@dataclass
class Segment:
    span: Span
    index: int
    paragraph: int

    @property
    def start_char(self) -> int:
        return self.span.start_char

    @property
    def end_char(self) -> int:
        return self.span.end_char


def _lines(text: str) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    start = 0
    for match in LINE_BREAK.finditer(text + "\n"):
        if text[start : match.start()].strip():
            lines.append((start, match.start()))
        start = match.end()
    return lines


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.75 * len(content)


AREA_WORDS = {"district", "region", "province", "state", "county", "governorate", "department", "prefecture"}


def _area_heading(words: list[str]) -> bool:
    """A bulletin's heading by area: "Baidoa district (Bay)", "Lower Shabelle region", "Kayes (Mali)"."""
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or words[-1].endswith((".", "!", "?", ":", ";")):
        return False
    return any(w.casefold().strip("()") in AREA_WORDS for w in words[1:]) or (
        len(words) <= 3 and re.fullmatch(r"\([A-Z][\w'’ -]*\)", words[-1]) is not None)


def _capitals(line: str) -> bool:
    """A short line in capitals: a section heading ("CONTEXT", "AFTER THE WEEK"), which ends the section before."""
    return any(c.isalpha() for c in line) and line.upper() == line and len(line.split()) <= 6


@lru_cache(maxsize=4)
def heading_lines(text: str) -> list[tuple[int, int]]:
    """Lines that are headlines, kickers, date lines or captions, not sentences of the report.

    Every line before the first full sentence is one; later, a line without final punctuation in title case.
    """
    headings: list[tuple[int, int]] = []
    body_started = False
    for start, end in _lines(text):
        line = text[start:end].strip()
        words = line.split()
        ends_sentence = POST_TAIL.sub("", line).endswith(SENTENCE_END)
        if not body_started:
            if ends_sentence and len(words) >= MIN_BODY_WORDS:
                body_started = True
            else:
                headings.append((start, end))
        elif _area_heading(words) or (not ends_sentence and (_title_case(words) or _capitals(line))):
            headings.append((start, end))
    return headings


SECTION_HEADING_WORDS = 10


def section_heading_before(text: str, offset: int) -> tuple[int, int] | None:
    """The heading of the section an offset is in, in a report laid out by place ("ISTANBUL — Monday 24 March",
    "Kutaisi", "IN THE NORTH"): the last short heading line after the body began, before the offset."""
    body = _first_body_line_end(text)
    if body is None:
        return None
    before = [(s, e) for s, e in heading_lines(text)
              if body < s and e <= offset and len(text[s:e].split()) <= SECTION_HEADING_WORDS]
    return before[-1] if before else None


@lru_cache(maxsize=4)
def _first_body_line_end(text: str) -> int | None:
    headings = set(heading_lines(text))
    return next((end for start, end in _lines(text) if (start, end) not in headings), None)


def dateline_end(text: str, body_lines: list[tuple[int, int]], document: Document) -> int:
    """Where the report proper starts: after "BAGHDAD, Oct 26 (Wire) -" or "Iran, August 5, 2020—", else 0."""
    grounded = [span for key, span in document.evidence.items()
                if key in {"dateline_place", "published", "reported_by"}]
    for start, end in body_lines[:3]:
        ends = [span[1] for span in grounded if start <= span[0] < min(end, start + 120)]
        if ends:
            tail = AFTER_DATELINE.match(text, max(ends))
            # a dateline only when a dash or colon closes it
            if tail and DASH_OR_COLON.search(tail.group(0)):
                return tail.end()
    if body_lines:
        start, end = body_lines[0]
        match = CAPS_DATELINE.match(text[start:end])
        if match:
            return start + match.end()
    return 0


def segments_of(sdoc: Doc, document: Document) -> list[Segment]:
    """The clauses events are read from, in order; their tokens outside are masked for actors and places."""
    index = doc_index(sdoc)
    text = index.text
    headings = heading_lines(text)
    body_lines = [line for line in _lines(text) if line not in headings]
    skip_to = dateline_end(text, body_lines, document)
    masked: set[int] = set()
    pieces: list[Span] = []
    for sent in index.sentences:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    pieces.append(sdoc[start : token.i])
                start = token.i + 1
        if start < sent.end:
            pieces.append(sdoc[start : sent.end])
    segments: list[Segment] = []
    for piece in pieces:
        if not piece.text.strip():
            continue
        if any(start <= piece.start_char < end for start, end in headings):
            masked.update(t.i for t in piece)
            continue
        if piece.start_char < skip_to:
            inside = [t for t in piece if t.idx < skip_to]
            masked.update(t.i for t in inside)
            if len(inside) == len(piece):
                continue
            piece = sdoc[inside[-1].i + 1 : piece.end] if inside else piece
        segments.append(Segment(piece, len(segments), paragraph_of(text, piece.start_char)))
    sdoc.user_data[MASKED] = masked
    sdoc.user_data[DATELINE] = (body_lines[0][0], skip_to) if body_lines and skip_to else None
    return segments


def is_masked(token) -> bool:  # noqa: ANN001 - a spaCy Token
    return token.i in token.doc.user_data.get(MASKED, ())


def paragraph_of(text: str, offset: int) -> int:
    """Which paragraph an offset is in. Every run of line breaks ends one: once hard wraps are joined
    (``ingest.clean.unwrap``), a line break is a paragraph's end, whether a blank line follows (plain text)
    or not (text extracted from HTML)."""
    return bisect_right(_paragraph_ends(text), offset - 1)


@lru_cache(maxsize=4)
def _paragraph_ends(text: str) -> list[int]:
    """Where each run of line breaks starts (the coder asks for paragraphs of one text many times)."""
    return [match.start() for match in PARAGRAPH_BREAK.finditer(text)]


def in_dateline(sdoc: Doc, offset: int) -> bool:
    span = sdoc.user_data.get(DATELINE)
    return span is not None and span[0] <= offset < span[1]
