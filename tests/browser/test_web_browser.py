"""The page as a person uses it, in a real headless Chromium against real `dateline serve` processes.

Three servers: one on a database filled from the sample's gold file (exact counts to check brushing and
cards against), one on the demo database that `dateline demo` builds from the bundled corpus with the real
pipeline (what a new user opens), and an empty one bound with a token and an online tile layer.
Every page must load nothing from another host. Screenshots go to artifacts/screenshots/.
Skipped when /usr/bin/chromium is absent (scripts/install-browser.sh installs it), except in CI.
"""

from __future__ import annotations

import csv
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from browser.web_sample import SAMPLE_EVENT_COUNT, build_sample_db

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "screenshots"
TOTAL = SAMPLE_EVENT_COUNT + 1
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TOKEN = "correct horse battery staple"
TILES = "https://tiles.example.test/{z}/{x}/{y}.png"
TILE_PNG = (REPO / "dateline" / "web" / "static" / "vendor" / "images" / "layers.png").read_bytes()
ARTICLE = """Protesters clash with police in Nairobi

NAIROBI, Kenya, March 3, 2021 (Reuters) - Hundreds of protesters marched through central Nairobi on Tuesday to
demand lower food prices, and police fired tear gas to disperse them, witnesses said. Police arrested 15 people.

In Mombasa, about 200 traders held a peaceful demonstration outside the county offices on Monday against new
market fees. <script>window.__pwned = "pasted"</script><img src=x onerror="window.__pwned='pasted img'">
"""
LIMA_ARTICLE = """Students march in Lima

LIMA, Peru, May 9, 2023 - Thousands of students marched through central Lima on Monday to demand free public
transport, and riot police fired tear gas at them near the Congress building, witnesses said.
"""

if not CHROMIUM.exists():
    missing = "Chromium is not installed at /usr/bin/chromium (run scripts/install-browser.sh)"
    if os.environ.get("DATELINE_REQUIRE_BROWSER"):  # set by .ci/run: in CI the browser test must run
        pytest.fail(missing, pytrace=False)
    pytest.skip(missing, allow_module_level=True)

from playwright.sync_api import (  # noqa: E402
    Browser,
    ConsoleMessage,
    Page,
    Request,
    Route,
    expect,
    sync_playwright,
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cli(*args: str, cwd: Path = REPO) -> subprocess.Popen:
    """The real `dateline` command, as a user runs it."""
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "dateline", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _serve(db: str, *options: str) -> Iterator[str]:
    port = _free_port()
    proc = _cli("serve", "--db", db, "--port", str(port), *options)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/config", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"server did not start: {proc.stdout.read() if proc.stdout else ''}") from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def gold_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _serve(build_sample_db(tmp_path_factory.mktemp("gold") / "events.db"))


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`make demo` then `dateline serve`: the bundled corpus through the real pipeline."""
    home = tmp_path_factory.mktemp("demo")
    demo = _cli("demo", "--db", str(home / "dateline.db"), "--exports", str(home / "exports"), cwd=home)
    output, _ = demo.communicate(timeout=300)
    assert demo.returncode == 0, output
    yield from _serve(str(home / "dateline.db"))


@pytest.fixture(scope="module")
def guarded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, empty database served with a write token and an online tile layer."""
    yield from _serve(str(tmp_path_factory.mktemp("guarded") / "events.db"), "--token", TOKEN, "--tiles", TILES)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


OpenPage = Callable[..., Page]


@pytest.fixture
def open_page(browser: Browser) -> Iterator[OpenPage]:
    """Opens the page of a server in a new browser context; on teardown, fails on any script error, CSP
    violation or request to another host (the page must work offline; tiles only when configured)."""
    contexts, problems, foreign = [], [], []

    def open_(server: str, *, tiles: bool = False, wait: bool = True, **context_options) -> Page:
        defaults = {"viewport": {"width": 1366, "height": 768}, "base_url": server}
        context = browser.new_context(**(defaults | context_options))
        contexts.append(context)

        def guard(route: Route, request: Request) -> None:
            if request.url.startswith(server + "/") or request.url.startswith("data:"):
                route.continue_()
            elif tiles and request.url.startswith("https://tiles.example.test/"):
                route.fulfill(body=TILE_PNG, content_type="image/png")
            else:
                foreign.append(request.url)
                route.abort()

        context.route("**/*", guard)
        tab = context.new_page()
        tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))

        def on_console(msg: ConsoleMessage) -> None:
            # Chromium logs every refused request; the token test is refused (401) on purpose
            if msg.type == "error" and "status of 401" not in msg.text:
                problems.append(msg.text)

        tab.on("console", on_console)
        if wait:
            tab.goto(server)
            tab.wait_for_selector("body[data-ready=true]", state="attached", timeout=15_000)
        return tab

    yield open_
    for context in contexts:
        context.close()
    assert not foreign, f"the page loaded from other hosts: {foreign}"
    assert not problems, problems


@pytest.fixture
def page(open_page: OpenPage, gold_server: str) -> Page:
    return open_page(gold_server)


def visible_event_count(page: Page) -> int:
    """What a person counts on the map: the numbers on the clusters plus the single points in view."""
    previous = -1
    for _ in range(20):  # wait until zoom and cluster animations have settled
        page.wait_for_timeout(300)
        # a spiderfied cluster stays drawn, faded, behind its own points: count what is shown at full strength.
        # Leaflet keeps markers up to a screen beyond the edge in the page: count those inside the map only.
        count = page.evaluate(
            """() => {
                const view = document.getElementById('map').getBoundingClientRect();
                return [...document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')]
                  .filter((icon) => Number(getComputedStyle(icon).opacity) > 0.5)
                  .filter((icon) => {
                    const r = icon.getBoundingClientRect();
                    const x = r.left + r.width / 2, y = r.top + r.height / 2;
                    return x >= view.left && x <= view.right && y >= view.top && y <= view.bottom;
                  })
                  .reduce((n, icon) => n + (icon.classList.contains('cluster-icon') ? Number(icon.textContent) : 1), 0);
            }"""
        )
        if count == previous:
            return count
        previous = count
    return previous


def api_json(page: Page, path: str) -> dict:
    response = page.request.get(path)
    assert response.ok, response.text()
    return response.json()


def events_label(n: int) -> str:
    return f"{n} event{'' if n == 1 else 's'}"


# ---------- the gold database: exact counts ----------


def test_map_shows_every_event(page: Page) -> None:
    expect(page.locator("#summary")).to_have_text(f"{TOTAL} events")
    assert visible_event_count(page) == TOTAL
    expect(page.locator("#events-body tr")).to_have_count(TOTAL)
    expect(page.locator("#map-legend")).to_contain_text("Protest")
    expect(page.locator(".leaflet-outline-pane path").first).to_be_attached()  # offline country outlines
    expect(page.locator(".leaflet-tile-pane img")).to_have_count(0)  # no tile server unless configured
    page.screenshot(path=SHOTS / "01-overview-1366x768.png")


def test_brushing_the_timeline_filters_map_table_and_downloads(page: Page) -> None:
    first_day = page.locator("#timeline rect.bar").filter(has=page.locator("title", has_text=re.compile("^1 Aug 2020")))
    box = first_day.bounding_box()
    assert box
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 1.6, y, steps=5)  # into 2 August
    page.mouse.up()
    expect(page.locator("#range-label")).to_contain_text("1 Aug 2020 – 2 Aug 2020 · 19 events")
    expect(page.locator("#table-count")).to_have_text("19 events")
    assert visible_event_count(page) == 19
    page.screenshot(path=SHOTS / "02-timeline-brushed.png")

    # the downloads hold what is on screen
    with page.expect_download() as geojson:
        page.click("#download-geojson")
    features = json.loads(Path(geojson.value.path()).read_text())["features"]
    assert len(features) == 19
    with page.expect_download() as table:
        page.click("#download-csv")
    assert len(list(csv.DictReader(Path(table.value.path()).open(encoding="utf-8")))) == 19

    page.click("#range-clear")
    expect(page.locator("#table-count")).to_have_text(f"{TOTAL} events")


def evidence_colors(page: Page) -> dict[str, str]:
    """The background of each field's highlight in the open card."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('#evidence-text mark')]
            .flatMap((m) => m.dataset.fields.split(' ').slice(0, 1).map((f) => [f, m.style.background])))"""
    )


def test_event_card_highlights_the_evidence(page: Page) -> None:
    page.locator("#events-body tr", has_text="Attack").click()
    card = page.locator("#card")
    expect(card.locator("#card-title")).to_contain_text("Karaj")
    expect(card).to_contain_text("Riots")  # ACLED mapping
    expect(card).to_contain_text("ASSAULT")  # PLOVER mapping
    expect(card).to_contain_text("IRGC Basij")
    expect(card).to_contain_text("Single report")
    location = card.locator("#evidence-text mark[data-fields~=location]")
    expect(location).to_have_text("Karaj")
    karaj = evidence_colors(page)
    assert {"location", "date", "actor1"} <= set(karaj)
    assert len(set(karaj.values())) == len(karaj), karaj  # each field in its own colour
    card.locator(".chips .field-chip[data-field=location]").click()
    expect(location).to_be_in_viewport()
    page.screenshot(path=SHOTS / "03-event-card-evidence.png")

    # another event: the place is highlighted in the same colour, so the colours can be learnt
    page.locator("#events-body tr", has_text="Shiraz").first.click()
    expect(card.locator("#card-title")).to_contain_text("Shiraz")
    expect(card.locator("#evidence-text mark[data-fields~=location]")).to_have_text("Shiraz")
    assert evidence_colors(page)["location"] == karaj["location"]


def test_hostile_article_shows_as_text(page: Page) -> None:
    page.select_option("#filter-country", "KE")
    expect(page.locator("#table-count")).to_have_text("1 event")
    page.locator("#events-body tr").first.click()
    card = page.locator("#card")
    expect(card).to_contain_text('<script>window.__pwned="actor"</script>Protesters')
    expect(card).to_contain_text("<b>Daily</b> Wire")
    expect(card.locator("#evidence-text")).to_contain_text("<img src=x onerror=\"window.__pwned='img'\">")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#card img, #card script, #card b").count() == 0
    page.screenshot(path=SHOTS / "04-hostile-article-as-text.png")


def test_filters_narrow_the_map_and_the_table(page: Page) -> None:
    def shows(n: int) -> None:
        expect(page.locator("#table-count")).to_have_text(events_label(n))
        assert visible_event_count(page) == n

    page.locator("#type-list label", has_text="Attack").click()
    shows(1)
    page.locator("#type-list label", has_text="Arrest").click()  # types add up
    shows(2)
    page.click("#filter-reset")
    page.locator(".segmented label", has_text="Independent").click()
    shows(1)
    page.locator(".segmented label", has_text="Party").click()
    shows(SAMPLE_EVENT_COUNT)
    page.click("#filter-reset")
    page.fill("#filter-actor", "basij")
    shows(1)
    page.click("#filter-reset")
    page.select_option("#filter-admin1", "Fars")
    shows(3)
    page.click("#filter-reset")
    shows(TOTAL)


def test_table_sorts_by_a_column(page: Page) -> None:
    places = sorted(e["location"] for e in api_json(page, "/api/events?limit=1000")["events"])
    page.locator("#events-table th[data-sort=location] button").click()
    expect(page.locator("#events-table th[data-sort=location]")).to_have_attribute("aria-sort", "ascending")
    expect(page.locator("#events-body tr").first.locator("td").nth(2)).to_contain_text(places[0])
    page.locator("#events-table th[data-sort=location] button").click()
    expect(page.locator("#events-table th[data-sort=location]")).to_have_attribute("aria-sort", "descending")
    expect(page.locator("#events-body tr").first.locator("td").nth(2)).to_contain_text(places[-1])


def test_phone_width_is_readable(open_page: OpenPage, gold_server: str) -> None:
    tab = open_page(gold_server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    expect(tab.locator("#map")).to_be_visible()
    expect(tab.locator("#map-legend")).to_be_visible()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    assert visible_event_count(tab) == TOTAL
    tab.screenshot(path=SHOTS / "05-phone-overview.png")
    tab.click("#filters-toggle")
    expect(tab.locator("#filter-q")).to_be_visible()
    tab.click("#filters-toggle")
    tab.locator("#events-body tr").nth(3).click()
    expect(tab.locator("#evidence-text mark").first).to_be_attached()
    expect(tab.locator("#card-close")).to_be_in_viewport()
    tab.screenshot(path=SHOTS / "06-phone-event-card.png")


def test_no_match_shows_an_empty_state(page: Page) -> None:
    page.fill("#filter-q", "no such place anywhere")
    expect(page.locator("#map-empty")).to_be_visible()
    expect(page.locator("#map-empty")).to_contain_text("No events match these filters")
    expect(page.locator("#table-empty")).to_contain_text("No events match these filters")
    expect(page.locator("#timeline-empty")).to_contain_text("match these filters")
    assert visible_event_count(page) == 0
    page.screenshot(path=SHOTS / "07-empty-state.png")
    page.locator("#table-empty").get_by_role("button", name="Reset the filters").click()
    expect(page.locator("#table-count")).to_have_text(f"{TOTAL} events")


def test_loading_states_while_the_server_works(open_page: OpenPage, gold_server: str) -> None:
    tab = open_page(gold_server, wait=False)
    held: list[Route] = []
    holding = True

    def hold(route: Route) -> None:  # keep the answers back until the test has seen the loading state
        if holding:
            held.append(route)
        else:
            route.fallback()

    def release() -> None:
        nonlocal holding
        holding = False
        for route in held:
            route.fallback()
        held.clear()

    tab.route(re.compile(r"/api/(events|stats|documents)\b"), hold)
    tab.goto(gold_server)
    expect(tab.locator("#summary")).to_have_text("Loading events…")
    expect(tab.locator("#progress")).to_be_visible()
    release()
    expect(tab.locator("#summary")).to_have_text(f"{TOTAL} events")
    expect(tab.locator("#progress")).to_be_hidden()

    holding = True
    tab.locator("#events-body tr").first.click()
    expect(tab.locator("#card-title")).to_have_text("Loading event…")
    expect(tab.locator("#card .skeleton").first).to_be_visible()
    release()
    expect(tab.locator("#evidence-text")).to_be_visible()


def test_api_docs_page_lists_the_endpoints_offline(page: Page, gold_server: str) -> None:
    page.goto(f"{gold_server}/api-docs")
    expect(page.locator(".endpoint", has_text="/api/events/{event_id}")).to_be_visible()
    expect(page.locator(".endpoint", has_text="/api/extract")).to_contain_text("POST")
    page.screenshot(path=SHOTS / "08-api-docs.png", full_page=False)


# ---------- the demo database: what `make demo` extracted from the bundled corpus ----------


def test_demo_database_shows_every_extracted_event_with_its_evidence(open_page: OpenPage, demo_server: str) -> None:
    tab = open_page(demo_server)
    listed = api_json(tab, "/api/events?limit=5000")
    located = [e for e in listed["events"] if e["lat"] is not None]
    assert listed["total"] > 0 and located
    expect(tab.locator("#summary")).to_have_text(events_label(listed["total"]))
    assert visible_event_count(tab) == len(located)  # a marker for each placed event
    expect(tab.locator("#table-count")).to_have_text(events_label(listed["total"]))
    tab.screenshot(path=SHOTS / "09-demo-database.png")
    if listed["total"] > 50:  # the table pages through the rest
        expect(tab.locator("#page-label")).to_have_text(f"1–50 of {listed['total']}")
        tab.click("#page-next")
        expect(tab.locator("#page-label")).to_have_text(f"51–{min(100, listed['total'])} of {listed['total']}")

    # an event of the sample report: its place is highlighted where the stored offsets say
    tab.fill("#filter-q", "Resistance Units")
    expect(tab.locator("#summary")).to_contain_text(f" of {listed['total']} events")
    row = tab.locator("#events-body tr").first
    event_id = row.get_attribute("data-event-id")
    row.click()
    event = api_json(tab, f"/api/events/{event_id}")["event"]
    text = api_json(tab, f"/api/documents/{event['doc_id']}")["document"]["text"]
    start, end = event["evidence"]["location"]
    marks = tab.locator("#evidence-text mark[data-fields~=location]")
    expect(marks.first).to_be_attached()
    assert "".join(marks.all_inner_texts()) == text[start:end]
    expect(tab.locator("#card-title")).to_contain_text(event["location"])


def test_analyze_a_report(open_page: OpenPage, demo_server: str) -> None:
    page = open_page(demo_server)
    page.click("#analyze-open")
    page.fill("#analyze-text", ARTICLE)
    page.screenshot(path=SHOTS / "10-analyze-box.png")
    with page.expect_response("**/api/extract", timeout=120_000) as answer:
        page.click("#analyze-submit")
        expect(page.locator("#analyze-status .spinner")).to_be_visible()  # the loading state while it reads
        expect(page.locator("#analyze-submit")).to_be_disabled()
    result = answer.value.json()
    found = len(result["events"])
    assert found >= 1, result
    located = [e for e in result["events"] if e["lat"] is not None]

    expect(page.locator("#banner")).to_contain_text(f"Found {events_label(found)} in this report")
    expect(page.locator("#report-filter")).to_be_visible()
    expect(page.locator("#table-count")).to_have_text(events_label(found))
    expect(page.locator("#evidence-text mark").first).to_be_attached()
    assert "Nairobi" in page.locator("#evidence-text").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#card img, #card script").count() == 0
    # every event of the report is in view beside its card
    assert visible_event_count(page) == len(located)
    expect(page.locator(".leaflet-marker-icon.selected")).to_have_count(1)
    page.screenshot(path=SHOTS / "11-analyzed-report.png")

    page.click("#report-filter-clear")
    expect(page.locator("#report-filter")).to_be_hidden()
    total = api_json(page, "/api/events?limit=1")["total"]
    expect(page.locator("#table-count")).to_have_text(events_label(total))


# ---------- a networked server: a token for writes, an online tile layer ----------


def test_a_server_with_a_token_says_so_and_accepts_it(open_page: OpenPage, guarded_server: str) -> None:
    page = open_page(guarded_server, tiles=True)
    expect(page.locator("#map-empty")).to_contain_text("no events yet")
    expect(page.locator("#table-empty")).to_contain_text("No events yet")
    expect(page.locator(".leaflet-tile-pane img.leaflet-tile-loaded").first).to_be_attached()  # the tile layer

    page.click("#analyze-open")
    token_row = page.locator("#analyze-token-row")
    expect(token_row).to_be_visible()
    expect(token_row).to_contain_text("--token")
    page.fill("#analyze-text", LIMA_ARTICLE)
    page.click("#analyze-submit")
    expect(page.locator("#analyze-status")).to_contain_text("needs its access token")
    page.fill("#analyze-token", "guess")
    page.click("#analyze-submit")
    expect(page.locator("#analyze-status")).to_contain_text("did not accept this access token")
    page.screenshot(path=SHOTS / "12-token-needed.png")

    page.fill("#analyze-token", TOKEN)
    with page.expect_response("**/api/extract", timeout=120_000) as answer:
        page.click("#analyze-submit")
    result = answer.value.json()
    assert answer.value.status == 200 and result["events"], result
    expect(page.locator("#table-count")).to_have_text(events_label(len(result["events"])))
    expect(page.locator("#map-empty")).to_be_hidden()
