"""The web API over a real database: filters, documents, stats, downloads, limits and hostile input."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date
from pathlib import Path

import pytest
from browser.web_sample import SAMPLE_EVENT_COUNT, build_sample_db
from fastapi.testclient import TestClient

from dateline.models import Document, Event, make_doc_id, make_event_id
from dateline.store import connect, store_document
from dateline.web.app import MAX_BODY_BYTES, create_app

TOTAL = SAMPLE_EVENT_COUNT + 1


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_sample_db(tmp_path_factory.mktemp("web") / "events.db")


@pytest.fixture(scope="module")
def client(db_url: str) -> TestClient:
    return TestClient(create_app(db_url))


def events(client: TestClient, **params: object) -> dict:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_page_is_served_with_a_strict_content_security_policy(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert "Analyze a report" in response.text
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    # the page loads nothing from another host
    assert "http://" not in response.text and "https://" not in response.text
    for asset in ("/static/app.js", "/static/vendor/leaflet.js", "/static/vendor/countries-110m.geojson"):
        assert client.get(asset).status_code == 200


def test_static_bundle_stays_small() -> None:
    static = Path(__file__).resolve().parents[1] / "dateline" / "web" / "static"
    total = sum(p.stat().st_size for p in static.rglob("*") if p.is_file())
    assert total < 1.5 * 1024 * 1024


def test_events_lists_everything_sorted_by_date(client: TestClient) -> None:
    page = events(client, limit=1000)
    assert page["total"] == TOTAL and len(page["events"]) == TOTAL
    starts = [e["date_start"] for e in page["events"]]
    assert starts == sorted(starts)
    newest_first = events(client, sort="-date", limit=1)
    assert newest_first["events"][0]["location"] == "Nairobi"


@pytest.mark.parametrize("key", ["location", "type", "country", "actor", "source", "confidence"])
def test_sorting_both_ways(client: TestClient, key: str) -> None:
    field = {"type": "event_type", "actor": "actor1", "source": "reported_by"}.get(key, key)
    up = [e[field] for e in events(client, sort=key, limit=1000)["events"]]
    down = [e[field] for e in events(client, sort=f"-{key}", limit=1000)["events"]]
    assert len(up) == TOTAL
    assert up == sorted(up, key=str) and down == sorted(down, key=str, reverse=True)


def test_pagination(client: TestClient) -> None:
    first, second = events(client, limit=10, offset=0), events(client, limit=10, offset=10)
    ids_first = {e["event_id"] for e in first["events"]}
    ids_second = {e["event_id"] for e in second["events"]}
    assert len(ids_first) == len(ids_second) == 10 and not ids_first & ids_second
    assert events(client, limit=10, offset=TOTAL)["events"] == []


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "KE"}, 1),
        ({"country": "ir,ke"}, TOTAL),
        ({"type": "attack"}, 1),
        ({"type": ["attack", "arrest"]}, 2),
        ({"admin1": "fars"}, 3),
        ({"actor": "basij"}, 1),
        ({"source": "pmoi"}, SAMPLE_EVENT_COUNT),
        ({"source_is_party": "false"}, 1),
        ({"source_is_party": "true"}, SAMPLE_EVENT_COUNT),
        ({"start": "2020-08-05", "end": "2020-08-31"}, 1),
        ({"end": "2020-08-02"}, 19),  # events running Aug 1-4 overlap; those of Aug 3 and 4 do not
        ({"bbox": "30,-5,40,5"}, 1),  # around Nairobi
        ({"bbox": "50.5,35.5,51.5,36"}, 8),  # Tehran (3), Karaj (2), Hashtgerd (2), Shahriar
        ({"q": "nairobi"}, 1),
        ({"q": "Bandar Anzali"}, SAMPLE_EVENT_COUNT),  # named in the article of every sample event
        ({"q": "witnesses said"}, 1),  # words of the article text
        ({"q": "100%_"}, 0),  # LIKE wildcards are matched literally
        ({"q": "precision"}, 0),  # a field name of the stored record is not a word of any event
        ({"q": "police forces"}, 1),  # a normalized actor name that the article does not spell that way
    ],
)
def test_filters(client: TestClient, params: dict, expected: int) -> None:
    assert events(client, limit=1000, **params)["total"] == expected


FILTER_ERRORS = [
    ({"start": "yesterday"}, "start"),
    ({"start": "2020-09-01", "end": "2020-08-01"}, "start must be on or before end"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "0,95,10,100"}, "bbox out of range"),
    ({"country": "Iran"}, "ISO2"),
    ({"source_is_party": "maybe"}, "source_is_party"),
    ({"q": "x" * 500}, "q"),
    ({"q": "tehran\x00"}, "control characters"),
    ({"actor": "a\x1b[2J"}, "control characters"),
    ({"every_report": "perhaps"}, "every_report"),
]
LIST_ERRORS = [
    ({"sort": "event_id; drop table events"}, "sort must be one of"),
    ({"limit": 0}, "limit"),
    ({"limit": 10**6}, "limit"),
    ({"offset": -1}, "offset"),
]


def assert_clear_4xx(client: TestClient, endpoint: str, params: dict, fragment: str) -> None:
    response = client.get(endpoint, params=params)
    assert 400 <= response.status_code < 500, response.text
    assert fragment in response.text
    assert events(client)["total"] == TOTAL  # nothing was harmed


@pytest.mark.parametrize(("params", "fragment"), FILTER_ERRORS)
@pytest.mark.parametrize("endpoint", ["/api/events", "/api/stats", "/api/events.geojson", "/api/events.csv"])
def test_bad_filters_are_clear_4xx_everywhere(client: TestClient, endpoint: str, params: dict, fragment: str) -> None:
    assert_clear_4xx(client, endpoint, params, fragment)


@pytest.mark.parametrize(("params", "fragment"), LIST_ERRORS)
def test_bad_sorting_and_paging_are_clear_4xx(client: TestClient, params: dict, fragment: str) -> None:
    assert_clear_4xx(client, "/api/events", params, fragment)


def test_one_event_and_its_document_with_evidence(client: TestClient) -> None:
    attack = events(client, type="attack")["events"][0]
    response = client.get(f"/api/events/{attack['event_id']}")
    assert response.status_code == 200
    body = response.json()
    assert body["event"]["actor2"] == "IRGC Basij"
    assert body["document"]["title"].startswith("MEK Resistance Units")
    assert "text" not in body["document"]

    doc = client.get(f"/api/documents/{attack['doc_id']}").json()
    text = doc["document"]["text"]
    assert len(doc["events"]) == SAMPLE_EVENT_COUNT
    start, end = body["event"]["evidence"]["location"]
    assert text[start:end] == "Karaj"


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


def test_stats_count_by_type_day_and_country(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["total"] == TOTAL
    assert {r["key"]: r["count"] for r in stats["by_type"]} == {"protest": 32, "attack": 1, "arrest": 1}
    assert {r["key"]: r["count"] for r in stats["by_country"]} == {"IR": 33, "KE": 1}
    by_day = {r["key"]: r["count"] for r in stats["by_day"]}
    assert by_day == {"2020-08-01": 19, "2020-08-03": 5, "2020-08-04": 9, "2020-08-10": 1}
    filtered = client.get("/api/stats", params={"country": "KE"}).json()
    assert filtered["total"] == 1 and filtered["by_source_is_party"] == [{"key": False, "count": 1}]


def test_geojson_and_csv_follow_the_filter(client: TestClient) -> None:
    response = client.get("/api/events.geojson", params={"country": "IR", "type": "attack"})
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    geo = json.loads(response.text)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 1
    assert geo["features"][0]["geometry"]["coordinates"] == pytest.approx([50.9391, 35.84], abs=0.01)

    response = client.get("/api/events.csv", params={"country": "IR"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == SAMPLE_EVENT_COUNT
    assert client.get("/api/events.csv", params={"bbox": "x"}).status_code == 400


def test_hostile_text_comes_back_as_plain_json_strings(client: TestClient) -> None:
    hostile = events(client, country="KE")["events"][0]
    assert hostile["actor2"].startswith("<script>")  # stored verbatim, never sanitized into something else
    doc = client.get(f"/api/documents/{hostile['doc_id']}")
    assert doc.headers["content-type"] == "application/json"
    assert "<script>" in doc.json()["document"]["text"]


def test_openapi_describes_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/stats", "/api/extract"):
        assert path in paths
    assert client.get("/api-docs").status_code == 200


def test_extract_rejects_oversized_bodies_with_413(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": "x" * (MAX_BODY_BYTES + 10)})
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]

    def chunks():  # no Content-Length: the cap holds while the body streams in
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"y" * 65536

    streamed = client.post("/api/extract", content=chunks(), headers={"content-type": "text/plain"})
    assert streamed.status_code == 413 and "too large" in streamed.json()["detail"]
    bogus = client.post("/api/extract", content=b"x", headers={"content-type": "text/plain", "content-length": "lots"})
    assert bogus.status_code == 400
    assert events(client)["total"] == TOTAL


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"content": b"<p>hi</p>", "headers": {"content-type": "application/xml"}}, 415),
        ({"json": {}}, 422),
        ({"json": {"text": "   "}}, 422),
        ({"json": {"text": "a", "html": "<p>b</p>"}}, 422),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
        ({"content": b"\xff\xfe\xfa", "headers": {"content-type": "text/plain"}}, 400),
        ({"content": b"PK\x03\x04\x00\x00", "headers": {"content-type": "text/plain"}}, 422),
        ({"json": {"text": "PK\x03\x04\x00\x00"}}, 422),
        ({"json": {"text": 5}}, 422),
        ({"json": {"text": "Protest.", "published": "last week"}}, 422),
    ],
)
def test_extract_rejects_bad_requests(client: TestClient, kwargs: dict, status: int) -> None:
    response = client.post("/api/extract", **kwargs)
    assert response.status_code == status
    assert isinstance(response.json()["detail"], str)  # one readable line, not a validation dump
    assert events(client)["total"] == TOTAL


def test_extract_names_the_bad_field(client: TestClient) -> None:
    detail = client.post("/api/extract", json={"text": "Protest.", "published": "last week"}).json()["detail"]
    assert detail.startswith("invalid JSON article: published:")


def test_writes_need_the_token_when_one_is_set(db_url: str) -> None:
    guarded = TestClient(create_app(db_url, token="s3cret"))
    assert guarded.get("/api/config").json()["token_required"] is True
    assert guarded.post("/api/extract", json={"text": "Protest in Paris."}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert guarded.post("/api/extract", json={"text": "Protest."}, headers=wrong).status_code == 401
    assert guarded.get("/api/events").status_code == 200  # reads stay open
    right = {"Authorization": "Bearer s3cret"}
    article = "Police detained 40 students in Lima, Peru, on Monday, witnesses said."
    accepted = guarded.post("/api/extract", json={"text": article}, headers=right)
    assert accepted.status_code == 200, accepted.text


def test_cross_origin_writes_are_refused(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": "x"}, headers={"Origin": "http://evil.example"})
    assert response.status_code == 403


def test_tile_layer_is_allowed_by_the_policy_only_when_configured(db_url: str) -> None:
    tiled = TestClient(create_app(db_url, tiles_url="https://tiles.example.org/{z}/{x}/{y}.png"))
    assert "https://tiles.example.org" in tiled.get("/").headers["content-security-policy"]
    assert tiled.get("/api/config").json()["tiles_url"].startswith("https://tiles.example.org")
    with pytest.raises(ValueError, match="tiles URL"):
        create_app(db_url, tiles_url="javascript:alert(1)")


def test_unknown_hosts_are_refused_when_serving_locally(db_url: str) -> None:
    local = TestClient(create_app(db_url, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://localhost")
    assert local.get("/api/config").status_code == 200
    assert local.get("/api/config", headers={"Host": "attacker.example"}).status_code == 400


HOSTILE_ARTICLE = (
    "Protesters rally in Lagos\n\n"
    "LAGOS, Nigeria, June 12, 2021 - Thousands of protesters marched in Lagos on Saturday to demand an end to "
    "police brutality, and police fired tear gas to disperse them, witnesses said.\n"
    '<script>alert("x")</script><img src=x onerror="alert(1)"> The march ended at the state house.'
)


def test_extract_analyzes_stores_and_returns_untrusted_text_verbatim(db_url: str) -> None:
    client = TestClient(create_app(db_url))
    response = client.post("/api/extract", json={"text": HOSTILE_ARTICLE, "title": "<b>Lagos</b> march"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["stored"] is True and body["events"], body
    assert body["document"]["title"] == "<b>Lagos</b> march"
    lagos = [e for e in body["events"] if e["location"] and "Lagos" in e["location"]]
    assert lagos and lagos[0]["country"] == "NG"
    text = body["document"]["text"]
    start, end = lagos[0]["evidence"]["location"]
    assert "Lagos" in text[start:end]
    # the new events are in the database for the map, with the document that licenses them
    doc_id = body["document"]["doc_id"]
    assert events(client, doc=doc_id)["total"] == len(body["events"])
    assert client.get(f"/api/documents/{doc_id}").json()["document"]["text"] == text
    # the same article again: nothing new is stored and the stored events come back
    again = client.post("/api/extract", content=HOSTILE_ARTICLE.encode(), headers={"content-type": "text/plain"})
    assert again.status_code == 200 and again.json()["stored"] is False
    assert {e["event_id"] for e in again.json()["events"]} == {e["event_id"] for e in body["events"]}


def test_extract_reads_html_pages(db_url: str) -> None:
    client = TestClient(create_app(db_url))
    paragraphs = "".join(f"<p>{line}</p>" for line in HOSTILE_ARTICLE.replace("<", "&lt;").split("\n") if line)
    page = (
        "<html><head><title>Lagos march</title></head><body><nav>Home | World</nav>"
        f"<article>{paragraphs}</article></body></html>"
    )
    response = client.post("/api/extract", json={"html": page})
    assert response.status_code == 200, response.text
    assert "Home | World" not in response.json()["document"]["text"]
    assert client.post("/api/extract", json={"html": "<html><body></body></html>"}).status_code == 422


def test_serve_refuses_to_expose_writes_without_a_token() -> None:
    import typer
    from typer.testing import CliRunner

    from dateline.web import register

    cli = typer.Typer()
    cli.callback()(lambda: None)
    register(cli)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--db", "sqlite://"])
    assert result.exit_code == 2
    assert "--token" in result.output


def _report(text: str, outlet: str, party: bool) -> tuple[Document, list[Event]]:
    doc = Document(doc_id=make_doc_id(text), text=text, outlet=outlet, published=date(2023, 5, 8))
    start = text.index("Lima")
    event = Event(
        event_id=make_event_id(doc.doc_id, "arrest", "Lima"),
        doc_id=doc.doc_id,
        event_type="arrest",
        date_start=date(2023, 5, 8),
        date_end=date(2023, 5, 8),
        location="Lima",
        country="PE",
        lat=-12.0432,
        lon=-77.0282,
        geo_precision="city",
        actor1="Police Forces of Peru",
        arrested=40 if party else 35,
        reported_by=outlet,
        source_is_party=party,
        evidence={"location": (start, start + 4)},
    )
    return doc, [event]


def test_an_event_reported_twice_is_listed_once_with_both_sources(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'merged.db'}"
    engine = connect(url)
    wire = _report("Police detained 35 students in Lima on Monday, a wire agency said.", "Andes Wire", party=False)
    union = _report("In Lima, police arrested 40 of our members on Monday, the union said.", "Union", party=True)
    store_document(engine, *wire)
    store_document(engine, *union)
    client = TestClient(create_app(url))

    [merged] = events(client)["events"]  # the default: one row per event, as `dateline export` writes
    assert {s["outlet"] for s in merged["sources"]} == {"Andes Wire", "Union"}
    assert merged["arrested"] == 35  # the lowest figure, as ACLED does
    assert events(client, every_report="true")["total"] == 2
    assert client.get("/api/stats").json()["total"] == 1
    # the second report's source and words find the event too, though the wire reported it first
    for params in ({"source": "union"}, {"q": "the union said"}, {"source_is_party": "true"}):
        assert [e["event_id"] for e in events(client, **params)["events"]] == [merged["event_id"]], params
    assert events(client, source="nobody")["total"] == 0

    union_doc = union[0].doc_id
    [own] = events(client, doc=union_doc)["events"]  # a document's own view of what it reported
    assert own["doc_id"] == union_doc and own["arrested"] == 40
    card = client.get(f"/api/events/{own['event_id']}").json()
    assert card["merged_into"]["event_id"] == merged["event_id"]
    assert len(card["merged_into"]["sources"]) == 2
    assert client.get(f"/api/events/{merged['event_id']}").json()["merged_into"] is None


def test_vendored_libraries_are_the_pinned_npm_builds() -> None:
    """The page's libraries are what `npm ci && npm run build` in web-src writes: same versions, same bytes."""
    repo = Path(__file__).resolve().parents[1]
    vendor = repo / "dateline" / "web" / "static" / "vendor"
    manifest = json.loads((vendor / "MANIFEST.json").read_text())
    lock = json.loads((repo / "web-src" / "package-lock.json").read_text())["packages"]
    for name, version in manifest["packages"].items():
        assert lock[f"node_modules/{name}"]["version"] == version
    for relative, digest in manifest["files"].items():
        assert hashlib.sha256((vendor / relative).read_bytes()).hexdigest() == digest, relative
    shipped = {p.relative_to(vendor).as_posix() for p in vendor.rglob("*") if p.is_file()} - {"MANIFEST.json"}
    assert shipped == set(manifest["files"])
