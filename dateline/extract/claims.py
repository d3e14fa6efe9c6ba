"""Claims: slogans, chants, signs and demands quoted in a report, with their offsets.

A quoted string is a claim when it is introduced as one: the text just before it (or before the block
of quoted or bulleted lines it belongs to) says "slogans read", "chanting", "signs that read", "demanding"...,
or the text just after it does ("one placard read", "could be heard"). The text's own translation in
parentheses after a claim is one too, and so is a Spanish exclamation ("¡Fuera el gobierno!"). Quotes of
officials ("the minister said: ...") are speech, not claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# English quotes, and those of the languages a slogan keeps its own in: „Nu uităm!”, „Wir sind das Volk“, « Dégage ! »
QUOTE_RE = re.compile(r"“([^”\n]{3,400})”|\"([^\"\n]{3,400})\"|„([^”“\n]{3,400})[”“]|«\s?([^»\n]{3,400}?)\s?»")
INTRODUCERS = re.compile(
    r"\b(slogans?|chant\w*|sign\w*|placards?|banners?|posters?|read\w*|shout\w*|demand\w*|graffiti|"
    r"wrote|written|writing|messages?|cr(?:y|ied|ies)|sang|sing\w*|calling for|words?)\b",
    re.IGNORECASE,
)
SPEECH = re.compile(r"\b(said|says|told|stated|added|according to|spokes\w+|statement)\b", re.IGNORECASE)
# what follows a quote can introduce it too: "“No more taxes,” one placard read", "“X” and “Y” could be heard"
AFTER_QUOTE = re.compile(
    r"[\s,.]*(?:(?:and|or)\s+(?:“[^”\n]*”|\"[^\"\n]*\")\s*)*(?:could be heard|(?:was|were) (?:heard|chanted|shouted)|"
    r"rang out|echoed|(?:(?:one|a|the|another)\s+)?(?:banner|sign|placard|poster|graffiti)s?\s+(?:read|said))\b",
    re.IGNORECASE,
)
TRANSLATION = re.compile(r"\s*\(([^()\n“”\"]{3,200})\)")  # "“Uhuru sasa!” (Freedom now!)": the text's own translation
LIST_MARKERS = re.compile(r"[\s\-–•*·]*(?:\d+[.)])?[\s\-–•*·]*")
TRAILING_MARKERS = re.compile(r"[\s\-–•*·]*(?:\d+[.)])?[\s\-–•*·]*$")
EXCLAMATION = re.compile(r"¡([^!¡\n]{3,120})!")  # "¡El paro no para!": a Spanish slogan needs no quotes


@dataclass
class Claim:
    text: str
    start: int
    end: int
    introducer_start: int  # where the introducing phrase starts: claims belong to the event before it


def find_claims(text: str) -> list[Claim]:
    claims: list[Claim] = []
    block_intro: int | None = None  # a line ending with ":" opens a block of quoted lines (or a bulleted list)
    last_end = 0
    for match in QUOTE_RE.finditer(text):
        group = next(g for g in range(1, 5) if match.group(g) is not None)
        body, start = match.group(group), match.start(group)
        between = text[last_end : match.start()]
        in_block = block_intro is not None and LIST_MARKERS.fullmatch(between) is not None
        if not in_block:
            block_intro = None
            intro_start = _introduced(text, match)
            if intro_start is None:
                last_end = match.end()
                continue
            if TRAILING_MARKERS.sub("", text[max(0, match.start() - 20) : match.start()]).endswith(":"):
                block_intro = intro_start  # "Our demands:\n- “X”\n- “Y”"
        else:
            intro_start = block_intro
        claims.append(Claim(body.strip(), start, start + len(body), intro_start))
        translation = TRANSLATION.match(text, match.end())
        if translation:
            claims.append(Claim(translation.group(1).strip(), translation.start(1), translation.end(1), intro_start))
        last_end = match.end()
    quoted = {(c.start, c.end) for c in claims}
    for match in EXCLAMATION.finditer(text):
        if not inside_quote(text, match.start()) and (match.start(1), match.end(1)) not in quoted:
            claims.append(Claim(match.group(1).strip(), match.start(1), match.end(1), match.start()))
    return sorted(claims, key=lambda c: c.start)


def _introduced(text: str, match: re.Match[str]) -> int | None:
    """Where the words that make a quote a slogan start (before it or, "one banner read", after it), if any."""
    context = text[max(0, match.start() - 80) : match.start()].rstrip()
    context = context.split("\n\n")[-1]
    intro = INTRODUCERS.search(context)
    if intro is not None and not (SPEECH.search(context) and not INTRODUCERS.search(context[-40:])):
        return text.rfind(context, 0, match.start()) + intro.start()
    if AFTER_QUOTE.match(text, match.end()):
        return match.start()
    return None


def inside_quote(text: str, offset: int) -> bool:
    """Whether an offset lies inside a quoted string (a slogan's words are not events)."""
    line_start = text.rfind("\n", 0, offset) + 1
    before = text[line_start:offset]
    return before.count("“") + before.count("„") > before.count("”") or before.count('"') % 2 == 1 \
        or before.count("«") > before.count("»")
