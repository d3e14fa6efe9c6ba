"""A real event database for the web tests, filled through the real store functions.

The sample report (shared/samples) is stored as a Document, and each gold event of its gold file becomes an
Event whose evidence spans point at the words in the text that name its place, date, type and actor. A
second, hostile report (markup and script in its title, text and actor names) checks that the page shows
untrusted text as text.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from conftest import SAMPLE
from conftest import SAMPLE_GOLD as GOLD

from dateline.models import Document, Event, EventSource, make_doc_id, make_event_id
from dateline.store import connect, store_document

HOSTILE_TEXT = (
    'Nairobi, 10 August 2020 <script>window.__pwned = "script"</script>\n\n'
    "Police arrested 12 protesters in Nairobi on Monday, witnesses said. <img src=x onerror=\"window.__pwned='img'\">\n"
    "The demonstrators had marched to demand the release of detained activists."
)


def _span(text: str, needle: str | None, after: int = 0) -> tuple[int, int] | None:
    if not needle:
        return None
    match = re.search(re.escape(needle), text[after:], flags=re.IGNORECASE)
    if not match:
        match = re.search(re.escape(needle), text, flags=re.IGNORECASE)
        after = 0
    return (after + match.start(), after + match.end()) if match else None


def _sample_events(doc: Document) -> list[Event]:
    gold = json.loads(GOLD.read_text())
    text = doc.text
    out: list[Event] = []
    for i, g in enumerate(gold["events"]):
        evidence: dict[str, tuple[int, int]] = {}
        place = _span(text, g["location"], after=text.find("Iran, August 5"))
        if place:
            evidence["location"] = place
        day = date.fromisoformat(g["date_start"])
        when = _span(text, f"{day:%B} {day.day}", after=(place[0] - 400) if place else 0)
        if when:
            evidence["date"] = when
        trigger = "graffiti" if g["event_type"] == "protest" else "set fire"
        trig = _span(text, trigger, after=(place[0] - 300) if place else 0)
        if trig:
            evidence["event_type"] = trig
        actor = _span(text, "Resistance Units")
        if actor:
            evidence["actor1"] = actor
        if g.get("actor2"):
            other = _span(text, "Basij")
            if other:
                evidence["actor2"] = other
        evidence["reported_by"] = _span(text, "Reporting by PMOI/MEK")  # type: ignore[assignment]
        out.append(
            Event(
                event_id=make_event_id(doc.doc_id, i, g["location"], g["date_start"], g["event_type"]),
                doc_id=doc.doc_id,
                campaign_id=g.get("campaign"),
                event_type=g["event_type"],
                acled_event_type=g["acled_event_type"],
                acled_sub_event_type=g["acled_sub_event_type"],
                plover_type=g["plover_type"],
                plover_mode=g["plover_mode"],
                trigger=trigger,
                date_start=day,
                date_end=date.fromisoformat(g["date_end"]),
                time_precision=1 if g["date_start"] == g["date_end"] else 2,
                location=g["location"],
                country=g["country"],
                admin1=g["admin1"],
                lat=g["lat"],
                lon=g["lon"],
                geo_precision=g["geo_precision"],
                actor1=g["actor1"],
                inter1=3,
                actor2=g.get("actor2"),
                inter2=1 if g.get("actor2") else None,
                claims=gold["claims"][:3],
                reported_by="PMOI/MEK",
                source_is_party=True,
                sources=[EventSource(doc_id=doc.doc_id, reported_by="PMOI/MEK", source_is_party=True)],
                confidence=0.8,
                evidence={k: v for k, v in evidence.items() if v},
            )
        )
    return out


def _hostile() -> tuple[Document, list[Event]]:
    doc = Document(
        doc_id=make_doc_id(HOSTILE_TEXT),
        text=HOSTILE_TEXT,
        origin="tests:hostile",
        title="<img src=x onerror=\"window.__pwned='title'\">Nairobi arrests",
        outlet="<b>Daily</b> Wire",
        published=date(2020, 8, 10),
        reported_by="Witnesses",
        source_is_party=False,
    )
    text = doc.text
    event = Event(
        event_id=make_event_id(doc.doc_id, "arrest", "Nairobi"),
        doc_id=doc.doc_id,
        event_type="arrest",
        acled_event_type="Strategic developments",
        acled_sub_event_type="Arrests",
        plover_type="ARREST",
        trigger="arrested",
        date_start=date(2020, 8, 10),
        date_end=date(2020, 8, 10),
        time_precision=1,
        location="Nairobi",
        country="KE",
        admin1="Nairobi",
        lat=-1.2864,
        lon=36.8172,
        geo_precision="city",
        actor1="Police Forces of Kenya",
        inter1=1,
        actor2='<script>window.__pwned="actor"</script>Protesters',
        inter2=6,
        arrested=12,
        claims=["<img src=x onerror=\"window.__pwned='claim'\">release the activists"],
        reported_by="Witnesses",
        source_is_party=False,
        sources=[EventSource(doc_id=doc.doc_id, outlet=doc.outlet, reported_by="Witnesses", source_is_party=False)],
        evidence={
            "location": _span(text, "Nairobi on Monday"),
            "date": _span(text, "Monday"),
            "event_type": _span(text, "arrested"),
            "arrested": _span(text, "12 protesters"),
            "notes": _span(text, "<img src=x onerror=\"window.__pwned='img'\">"),
        },
    )
    return doc, [event]


def build_sample_db(path: Path) -> str:
    """Fill a new SQLite database at ``path``; returns its URL. 33 sample events + 1 hostile event."""
    url = f"sqlite:///{path}"
    engine = connect(url)
    text = SAMPLE.read_text(encoding="utf-8")
    doc = Document(
        doc_id=make_doc_id(text),
        text=text,
        origin=str(SAMPLE),
        title="MEK Resistance Units continue to call for regime change in Iran",
        published=date(2020, 8, 5),
        dateline_place="Iran",
        country_hint="IR",
        reported_by="PMOI/MEK",
        source_is_party=True,
    )
    store_document(engine, doc, _sample_events(doc))
    store_document(engine, *_hostile())
    engine.dispose()
    return url


SAMPLE_EVENT_COUNT = 33
