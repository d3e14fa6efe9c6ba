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

# Ad-slot sizes ("728 x 90", "300×250", "Advertisement 970 x 250"), alone on a line, possibly several.
AD_SLOT = re.compile(r"^\s*(?:(?:advertisement|sponsored|ad)\s*[:·-]?\s*)?(?:\d{2,4}\s*[x×X]\s*\d{2,4}\s*)+$",
                     re.IGNORECASE)

# Widget and call-to-action lines. Anchored at both ends so a real sentence that merely starts with
# "Share" or "Follow" ("Share prices fell after the strike.") never matches.
WIDGET_LINE = re.compile(
    r"^\s*(?:"
    r"advertisement|sponsored(?: content)?|ad|"
    r"(?:sponsored|advertisement|paid (?:content|post|partnership))\s*:.{0,160}|"
    # e-mail newsletter furniture
    r"view (?:this|it|the) (?:e-?mail |newsletter |message )?(?:in|on) (?:your|a|the) (?:web )?browser|"
    r"(?:unsubscribe|manage (?:your )?(?:subscription|preferences)|update your preferences)\b.{0,120}|"
    r"(?:that's|that is) (?:it|all) for (?:this|today|now)\b.{0,160}|"
    r".{0,120}\bforward (?:it|this(?: e-?mail| newsletter)?) to a friend\b.{0,40}|"
    # translators' and transcribers' notes, a broadcast's header line
    r"[\[(]?(?:translated|translation) (?:from|by)\b.{0,200}|check against delivery|"
    r"(?:programme|program|show|broadcast)\s*:.{0,120}|"
    r"share(?: this(?: article| story| post| bulletin| statement| page| video| communiqu[ée]| release| interview|"
    r" update| newsletter| thread| message)?)?(?: widely)?"
    r"(?: on (?:facebook|twitter|x|whatsapp|telegram|linkedin|email))?|"
    r"(?:share|tweet|email|print|copy link|whatsapp|facebook|twitter|telegram|linkedin|reddit)"
    r"(?:\s*[|/·•,]\s*(?:share|tweet|email|print|copy link|whatsapp|facebook|twitter|telegram|linkedin|reddit))*|"
    r"(?:click here|tap here)\b.{0,80}|"
    r"subscribe\b.{0,80}|sign up\b.{0,80}|follow us\b.{0,80}|join us on\b.{0,60}|"
    r"(?:read|see|watch) (?:more|also|next)\b.{0,120}|"
    r"related(?: articles?| stories| news| posts?| coverage)?(?:\s*:.{0,120})?|"
    r"more on this story\b.{0,80}|continue reading\b.{0,40}|"
    r"(?:video|watch|photos?|gallery|listen)\s*[:|].{0,120}|"
    r"\d+\s*(?:comments?|shares?)|"
    r"(?:image|photo|picture) (?:credit|source)s?\s*:.{0,120}|"
    # page furniture of news sites: reading time, comment and live-blog widgets, masthead services
    r"\d+\s*min(?:ute)?s?\s+read|comments? (?:are|is) (?:closed|disabled)(?: on this (?:article|story|post))?|"
    r"(?:refresh|reload) (?:the page )?for (?:the )?latest updates|show \d+ (?:older|newer|more) (?:updates|posts)|"
    r"(?:most read|most popular|trending(?: now)?|recommended(?: for you)?|top stories|latest news|key events)"
    r"(?:\s*:.{0,200})?|"
    r"our standards\s*:.{0,80}|this (?:website|site) uses cookies\b.{0,120}|cookie (?:settings|policy)\b.{0,80}|"
    r"listen live\b.{0,80}|download (?:our|the|this)\b.{0,60}|"
    r"you have (?:\d+|one|two|three) free (?:articles?|stories|reads?) left\b.{0,120}|"
    r"you have read (?:\d+|one|two|three) (?:of|out of) (?:\d+|five|ten) free (?:articles?|stories)\b.{0,120}|"
    r"(?:also read|lea también|lee también|lire aussi|leia também|voir aussi)\b.{0,120}|"
    r"more from (?:the )?\S+(?: \S+){0,3}\s*:.{0,120}|"
    r"(?:tags|etiquetas|mots-clés|topics)\s*:\s*(?:#?[^\s#,;]+[\s,;]*){1,12}|"
    # messaging-channel furniture: pinned posts, forwards, view counters
    r"pinned(?:\s+(?:message|post))?(?:\s*:.{0,120})?|forwarded from\b.{0,80}|"
    r"(?:views?\s*:?\s*)?\d[\d.,]*\s*[km]?(?:\s*views?)?|"
    r"(?:channel\s*[·•|-]\s*)?\d[\d.,]*\s*[km]?\s*(?:subscribers|members|followers)|"
    # broadcast transcripts: stage directions, tickers, the monitor's note
    r"\[[^\]]{2,60}\]|ticker\s*:.{0,200}|(?:transcript|translation) (?:prepared|provided|produced) by\b.{0,120}|"
    r"get (?:our|the) (?:\S+ ){0,3}(?:briefing|newsletter|digest|bulletin)\b.{0,100}|"
    r"(?:\S+ ){1,6}(?:is|are) not responsible for the content of external (?:sites|websites|links)\b.{0,100}|"
    r"your (?:\S+ ){0,3}news (?:from|for|about|on) (?:\S+ ){0,8}\S+|"
    r"(?:follow|join|get) (?:\S+ ){0,5}(?:on google news|newsletter|channel|on (?:facebook|twitter|x|telegram|"
    r"instagram|tiktok|whatsapp))\b.{0,60}|"
    # press-release furniture
    r"for immediate release|(?:media|press) (?:contacts?|enquiries|inquiries)\b.{0,120}|"
    r"for (?:media|press) (?:enquiries|inquiries)\b.{0,120}"
    r")\s*[.!:…]?\s*$",
    re.IGNORECASE,
)

# A line that is only hashtags ("#Armenia #Yerevan"), and contact details (an e-mail address in a short line).
HASHTAGS_ONLY = re.compile(r"^\s*(?:#[^\s#]+\s*)+$")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# A call to follow, join or write to a channel or handle: "Send us your videos: @x_bot", "Join: t.me/x".
CHANNEL_CALL = re.compile(r"\bt\.me/\S+|(?<![\w.])@\w{3,}", re.IGNORECASE)
CALL_VERBS = re.compile(r"\b(?:send|join|share|follow|subscribe|support|contact|visit|available at|write to|"
                        r"síguenos|sigue|únete|suscríbete|suivez|rejoignez|abonnez|siga|inscreva)\b", re.IGNORECASE)
# A messaging channel's view counter after a post: "... back towards the square. 👁 12.4K"
TRAILING_VIEW_COUNT = re.compile(r"\s*👁\s*\d[\d.,]*\s*[KkMm]?\s*$")
# An organisation's standard self-description closing a statement ("X is an independent organisation ...").
ABOUT_US = re.compile(r"^[A-Z][^.]{0,80}\b(?:is|are) an? (?:(?:\w+|,) ){0,2}(?:independent|non-?profit|not-for-profit|"
                      r"non-?governmental|non-?partisan|registered|volunteer-run|grassroots) (?:\w+ ){0,3}"
                      r"(?:organi[sz]ation|ngo|group|network|monitor|agency|charity|coalition|body|initiative)\b"
                      r"[^.]{0,160}\.?$"
                      r"|^[A-Z][^.]{0,80}\b(?:is|are) an? (?:\w+ ){0,2}(?:coalition|network|alliance|federation|"
                      r"consortium|platform) of [^.]{0,160}\.?$", re.IGNORECASE)
ABOUT_US_TAIL_LINES = 3

# A copyright or rights notice ("Copyright © 2024 The Daily X. All rights reserved.", "© Monitor 2023").
COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|^\s*copyright\b.*\b(?:19|20)\d{2}\b|all rights reserved)", re.IGNORECASE)

# Menus, breadcrumbs and section labels: short parts joined by "|" or ">" ("LOCAL NEWS | BORDEAUX",
# "Home > Local News > Security"). A line holding a digit (a byline with its date) is never one.
MENU_SEPARATORS = re.compile(r"\s+[|>›»·•]\s+|\s*\|\s*")
SOCIAL_NETWORKS = re.compile(r"\b(?:facebook|twitter|telegram|instagram|tiktok|whatsapp|youtube|linkedin)\b",
                             re.IGNORECASE)

# A wire service's story slug: "IRAQ-PROTESTS/ (UPDATE 2)", "CHILE-PROTESTS/METRO", "SUDAN-POLITICS (URGENT)".
WIRE_SLUG = re.compile(r"^\s*[A-Z][A-Z0-9&.'-]*(?:[-/][A-Z0-9&.'-]*)*[-/][A-Z0-9&.'-]*"
                       r"(?:\s*\((?:UPDATE|URGENT|REFILE|CORRECTED|WRAPUP|RPT)[^)]*\))?\s*$"
                       r"|^\s*[A-Z][A-Z0-9&.'/ -]*\((?:UPDATE \d+|URGENT|REFILE|CORRECTED|WRAPUP \d*|RPT)\)\s*$")

# Lines after which a press release or page carries only end matter (notes to editors, contacts).
END_MATTER = re.compile(r"^\s*(?:-?\s*ends\s*-?|#{3}|-30-|notes? to editors?:?)\s*$", re.IGNORECASE)

# An embedded video/related-post title: a date glued by a dash to a headline-cased title, e.g.
# "August 4, 2020-Rebellious Youth Target IRGC Bases & Posters Of Ali Khamenei".
DATED_HEADLINE = re.compile(
    rf"^\s*(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"\s*[-–—|:]\s*(?P<title>.+?)\s*$"
)

# An appeal for money: "Donate to X - ...", "Support local journalism. Subscribe ...", "Support us: donate ...".
APPEAL = re.compile(r"^\s*(?:donate\b|support\b.*\b(?:donat\w*|subscri\w*|journalism|our|us)\b)"
                    r"|\b(?:mobile money|m-pesa|paypal|iban|bank transfer|western union)\b", re.IGNORECASE)

# A motto under a masthead: "Freedom - Justice - Alternation", "Unité · Travail · Progrès".
MOTTO = re.compile(r"^[A-Z][\w'’]+(?:\s+[-–—·•]\s+[A-Z][\w'’]+){2,3}$")

# A masthead's edition line: "Your weekly briefing | Issue 146 | Friday, 10 November 2023", "CORREIO DO CERRADO |
# Brasília, 10 de janeiro de 2023 | Edição nº 12.481".
EDITION_PART = re.compile(r"^(?:issue|edition|edição|edición|édition|vol\.?|volume|n[º°o]\.?)\s*(?:n[º°o]\.?\s*)?\d",
                          re.IGNORECASE)

# A standard disclaimer: "The boundaries and names shown ... do not imply official endorsement", "The views
# expressed ... do not necessarily reflect those of ...".
DISCLAIMER = re.compile(r"\b(?:do|does) not (?:necessarily )?(?:imply|reflect|represent|constitute)\b.{0,40}"
                        r"\b(?:endorsement|acceptance|views?|opinions?|positions?|policy|policies|those of)\b",
                        re.IGNORECASE)
DISCLAIMER_MAX_WORDS = 60

# The end of an e-mail newsletter: what follows is the sender's address and links.
NEWSLETTER_FOOTER = re.compile(r"^\s*you (?:are receiving|received|get) this (?:e-?mail|newsletter|message)\b",
                               re.IGNORECASE)

# A list of other stories under a "Related news:" heading: bulleted or headline-shaped lines.
LIST_ITEM = re.compile(r"^\s*[-•*–]\s+\S")


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


def _is_menu(line: str) -> bool:
    parts = [p for p in MENU_SEPARATORS.split(line) if p.strip()]
    if len(parts) < 2 or any(ch.isdigit() for ch in line) or line.lower().startswith("by "):
        return False
    return all(len(p.split()) <= 4 for p in parts) and not line.rstrip().endswith((".", "?", "!"))


def _without_leading_symbols(line: str) -> str:
    """"📢 Share and join", "💳 Support our fighters": the emoji a channel puts before its furniture."""
    index = 0
    while index < len(line) and ((line[index] > "\u2000" and unicodedata.category(line[index]) in {
            "So", "Sk", "Cf", "Mn"}) or (line[index].isspace() and index)):
        index += 1
    return line[index:].strip()


def junk_reason(line: str, previous_line: str | None) -> str | None:
    """Why a line is page junk, or None when it is article text."""
    stripped = _without_leading_symbols(line.strip())
    if not stripped:
        return None
    if HASHTAGS_ONLY.match(stripped):
        return "hashtags"
    words = len(stripped.split())
    if words <= 30 and EMAIL.search(stripped):
        return "contact details"
    if words <= 16 and CHANNEL_CALL.search(stripped) and CALL_VERBS.search(stripped):
        return "channel call"
    if AD_SLOT.match(stripped):
        return "ad slot"
    if len(stripped) <= 160 and WIDGET_LINE.match(stripped):
        return "widget"
    parts = [p.strip() for p in stripped.split("|")]
    if len(parts) >= 2 and all(WIDGET_LINE.match(p) or APPEAL.match(p) for p in parts):
        return "widget"  # "Share this bulletin | Donate to the legal defence fund"
    if len(stripped.split()) <= 20 and COPYRIGHT.search(stripped):
        return "copyright"
    if len(stripped) <= 120 and _is_menu(stripped):
        return "menu"
    if len(stripped) <= 80 and WIRE_SLUG.match(stripped) and ("/" in stripped or "(" in stripped):
        return "wire slug"
    if len(stripped.split()) <= 16 and len(SOCIAL_NETWORKS.findall(stripped)) >= 2:
        return "social links"
    if len(stripped.split()) <= 15 and APPEAL.search(stripped):
        return "appeal"
    if MOTTO.match(stripped):
        return "motto"
    if len(stripped) <= 160 and len(parts) >= 2 and any(EDITION_PART.match(p) for p in parts) \
            and not stripped.endswith((".", "?", "!")):
        return "edition line"
    if words <= DISCLAIMER_MAX_WORDS and DISCLAIMER.search(stripped):
        return "disclaimer"
    match = DATED_HEADLINE.match(stripped)
    if match and _is_headline_cased(match.group("title")):
        return "embedded title"
    if previous_line is not None and len(stripped) > 20 and _fold(stripped) == _fold(previous_line):
        return "repeated line"
    return None


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    return stripped.endswith((".", "!", "?", '"', "”")) and len(stripped.split()) >= 6


_MONTH_WORD = re.compile(r"\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b")


def _is_letterhead(line: str) -> bool:
    """An issuer's name or a document's kind in capitals above a text: "MINISTERIO DEL INTERIOR", "LIGUE
    SAHÉLIENNE DES DROITS HUMAINS (LSDH)", "COMMUNIQUÉ N° 007/CFODC/2020". A headline in capitals keeps its
    clauses' punctuation ("NATIONAL STRIKE: WE DENOUNCE ..."), a section heading its date."""
    stripped = _without_leading_symbols(line.strip())
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) < 4 or len(stripped.split()) > 14 or re.search(r"[:;?!]|\.$", stripped):
        return False
    return sum(c.isupper() for c in letters) >= 0.9 * len(letters) and not _MONTH_WORD.search(stripped)


def _is_story_link(line: str) -> bool:
    """A line in a list of other stories: a bullet, or a short title without a sentence's full stop."""
    stripped = line.strip()
    return bool(LIST_ITEM.match(stripped)) or (len(stripped.split()) <= 14 and not stripped.endswith((".", '"', "”")))


def clean_text(text: str) -> CleanedText:
    """Drop junk lines, story lists under a related-stories heading, and a press release's end matter;
    normalise line endings; collapse the blank runs left behind."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = text.split("\n")
    kept: list[str] = []
    removed: list[str] = []
    previous: str | None = None
    in_story_list = False
    pinned = False  # the post under a "Pinned message" heading: the channel's standing notice
    in_head = True  # the lines above the first paragraph of prose: masthead, letterhead, headline
    for index, line in enumerate(lines):
        in_head = in_head and index < HEADER_LINES and len(line.strip()) <= PROSE_LINE
        following = next((rest for rest in lines[index + 1:] if rest.strip()), "")
        if in_head and _is_letterhead(line) and not _is_prose(following):  # (a headline heads the prose)
            removed.append(line.strip())
            continue
        if (count := TRAILING_VIEW_COUNT.search(line)) and line[:count.start()].strip():
            removed.append(line[count.start():].strip())
            line = line[:count.start()]
        if pinned and line.strip():
            pinned = False
            if len(line.strip()) <= 300:
                removed.append(line.strip())
                continue
        if (END_MATTER.match(line) or NEWSLETTER_FOOTER.match(line)) and index > len(lines) // 2:
            removed.extend(rest.strip() for rest in lines[index:] if rest.strip())
            break
        if in_story_list and line.strip() and _is_story_link(line):
            removed.append(line.strip())
            continue
        in_story_list = in_story_list and not line.strip()  # a blank line may sit under the heading
        reason = junk_reason(line, previous)
        if reason is None and ABOUT_US.match(line.strip()) and index >= len(lines) // 2 and sum(
                1 for rest in lines[index + 1:] if rest.strip()) < ABOUT_US_TAIL_LINES:
            reason = "about the organisation"
        if reason:
            removed.append(line.strip())
            pinned = bool(re.fullmatch(r"pinned(?:\s+(?:message|post))?", _without_leading_symbols(line.strip()),
                                       re.IGNORECASE))
            in_story_list = reason == "widget" and bool(re.match(r"\s*(?:related|more|most|top|latest|recommended|"
                                                                  r"trending|read|see)\b", line, re.IGNORECASE))
            continue
        kept.append(line.rstrip())
        if line.strip():
            previous = line
    kept = _without_sign_off(kept, removed)
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return CleanedText(text=unwrap(cleaned), removed=removed)


# "[THEME MUSIC]", "[SPONSOR MESSAGE — 30 SECONDS]": a transcript's cues; "REF: ...", "HANDLING: ...": a memo's
STAGE_CUE = re.compile(r"\[[^\]\na-z]{3,60}\]|(?:END OF (?:NOTE|TRANSCRIPT|MESSAGE|STATEMENT|RELEASE))\.?")
MEMO_LABEL = re.compile(r"(?:REF|DISTRIBUTION|HANDLING|CLASSIFICATION|CAVEAT|FILE|CC|SUBJECT):\s")
SIGN_OFF_WORDS = 10
# (a sign-off that names who reports stays: "Issued by West Midlands Police", "Media Office of the UZNC")
CREDIT_LINE = re.compile(r"(?:issued|released|reporting|reported|written|published|compiled)\s+by\b|"
                         r".{0,20}\b(?:media|press|information|communications?)\s+(?:office|service|team|department|"
                         r"unit|desk)\b", re.IGNORECASE)


def _without_sign_off(lines: list[str], removed: list[str]) -> list[str]:
    """Cue and memo lines anywhere, and the short lines after the text's last sentence: a signature block ("By
    order of the Council", "Town Clerk", "Signed:", "For the CFODC / The Spokesperson")."""
    kept = []
    for line in lines:
        if STAGE_CUE.fullmatch(line.strip()) or MEMO_LABEL.match(line.strip()):
            removed.append(line.strip())
        else:
            kept.append(line)
    last_prose = max((i for i, line in enumerate(kept) if _is_prose(line)), default=None)
    if last_prose is None:
        return kept
    tail = [line for line in kept[last_prose + 1:] if line.strip()]
    if tail and not any(CREDIT_LINE.match(line.strip()) for line in tail) and all(
            len(line.split()) <= SIGN_OFF_WORDS and not line.rstrip().endswith((".", "!", "?", '"', "”"))
            for line in tail):
        removed.extend(line.strip() for line in tail)
        return kept[: last_prose + 1]
    return kept


HEADER_LINES = 8
PROSE_LINE = 100  # the head of a page ends at its first line of prose


def removed_header(raw_text: str, removed: list[str]) -> str:
    """The removed lines of the page's head (a masthead's edition line, a programme line), in order: they
    still tell the outlet and the day of publication when the article text does not."""
    head: list[str] = []
    for line in raw_text.split("\n")[:HEADER_LINES]:
        if len(line.strip()) > PROSE_LINE:
            break
        if line.strip() in removed:
            head.append(line.strip())
    return "\n".join(head)


def unwrap(text: str) -> str:
    """Join the lines of a hard-wrapped paragraph (plain-text feeds wrap at a fixed width): a line break
    inside a sentence becomes a space (offsets unchanged), so the sentence is parsed and read as one.
    A break continues the sentence when the line before has no final punctuation and the next line starts in
    lower case, or the line before is long and stops mid-phrase (a lower-case word or a comma)."""
    lines = text.split("\n")
    if max((len(line) for line in lines), default=0) > UNWRAPPED_LINE:
        return text  # paragraphs already on one line each (HTML, most feeds): no line break is a wrap
    out = list(text)
    position = 0
    for line, following in zip(lines, lines[1:], strict=False):
        position += len(line)
        end = line.rstrip()
        mid_phrase = len(end) >= 60 and (end[-1:].islower() or end.endswith(","))
        if end.strip() and following.strip() and not end.endswith(_ENDS) and (
                following.lstrip()[:1].islower() or (mid_phrase and not NEW_LINE_ITEM.match(following))):
            out[position] = " "
        position += 1
    return "".join(out)


# a hard-wrapped text never has a line this long
UNWRAPPED_LINE = 200
# a line that starts something of its own, never the rest of the line before: a list item, a date or byline line
NEW_LINE_ITEM = re.compile(r"\s*(?:[-•*–]\s|(?:Updated|Published|Posted|Last updated|By)\b)")
_ENDS = tuple(".!?:;\"”’')…")
