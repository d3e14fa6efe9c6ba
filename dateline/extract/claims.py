"""Claims: slogans, chants, signs and demands quoted in a report, with their offsets.

A quoted string is a claim when it is introduced as one: the text just before it (or before the block
of quoted lines it belongs to) says "slogans read", "chanting", "signs that read", "demanding"...
Quotes of officials ("the minister said: ...") are speech, not claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_RE = re.compile(r"“([^”\n]{3,400})”|\"([^\"\n]{3,400})\"")
INTRODUCERS = re.compile(
    r"\b(slogans?|chant\w*|sign\w*|placards?|banners?|posters?|read\w*|shout\w*|demand\w*|graffiti|"
    r"wrote|written|writing|messages?|cr(?:y|ied|ies)|sang|sing\w*|calling for|words?)\b",
    re.IGNORECASE,
)
SPEECH = re.compile(r"\b(said|says|told|stated|added|according to|spokes\w+|statement)\b", re.IGNORECASE)


@dataclass
class Claim:
    text: str
    start: int
    end: int
    introducer_start: int  # where the introducing phrase starts: claims belong to the event before it


def find_claims(text: str) -> list[Claim]:
    claims: list[Claim] = []
    block_intro: int | None = None  # a line ending with ":" opens a block of quoted lines
    last_end = 0
    for match in QUOTE_RE.finditer(text):
        body = match.group(1) or match.group(2)
        start = match.start() + 1
        between = text[last_end : match.start()]
        in_block = block_intro is not None and not between.strip()
        if not in_block:
            block_intro = None
            context = text[max(0, match.start() - 80) : match.start()].rstrip()
            context = context.split("\n\n")[-1]
            intro = INTRODUCERS.search(context)
            if intro is None or (SPEECH.search(context) and not INTRODUCERS.search(context[-40:])):
                last_end = match.end()
                continue
            intro_start = text.rfind(context, 0, match.start()) + intro.start()
            if context.endswith(":"):
                block_intro = intro_start
        else:
            intro_start = block_intro
        claims.append(Claim(body.strip(), start, start + len(body), intro_start))
        last_end = match.end()
    return claims


def inside_quote(text: str, offset: int) -> bool:
    """Whether an offset lies inside a quoted string (a slogan's words are not events)."""
    line_start = text.rfind("\n", 0, offset) + 1
    before = text[line_start:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
