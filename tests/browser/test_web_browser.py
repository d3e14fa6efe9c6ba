"""The page as a person uses it, in a real headless Chromium against a real server and database.

Screenshots go to artifacts/screenshots/. Skipped only when /usr/bin/chromium is absent
(scripts/install-browser.sh installs it).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
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
SERVE = (
    "import typer\n"
    "from dateline.web import register\n"
    "app = typer.Typer()\n"
    "app.callback()(lambda: None)\n"
    "register(app)\n"
    "app()\n"
)
ARTICLE = """Protesters clash with police in Nairobi

NAIROBI, Kenya, March 3, 2021 (Reuters) - Hundreds of protesters marched through central Nairobi on Tuesday to
demand lower food prices, and police fired tear gas to disperse them, witnesses said. Police arrested 15 people.

In Mombasa, about 200 traders held a peaceful demonstration outside the county offices on Monday against new
market fees. <script>window.__pwned = "pasted"</script><img src=x onerror="window.__pwned='pasted img'">
"""

if not CHROMIUM.exists():
    pytest.skip(
        "Chromium is not installed at /usr/bin/chromium (run scripts/install-browser.sh)", allow_module_level=True
    )

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_sample_db(tmp_path_factory.mktemp("browser") / "events.db")
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, "serve", "--db", db, "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
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
def browser():
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, server: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    tab.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    tab.goto(server)
    tab.wait_for_selector("body[data-ready=true]", state="attached", timeout=15_000)
    yield tab
    context.close()
    # a Content-Security-Policy violation or a script error is a bug even when the page still works
    assert not problems, problems


def visible_event_count(page: Page) -> int:
    """What a person counts on the map: the numbers on the clusters plus the single points."""
    previous = -1
    for _ in range(20):  # wait until zoom and cluster animations have settled
        page.wait_for_timeout(300)
        # a spiderfied cluster stays drawn, faded, behind its own points: count what is shown at full strength
        count = page.evaluate(
            """() => [...document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')]
                .filter((icon) => Number(getComputedStyle(icon).opacity) > 0.5)
                .reduce((n, icon) => n + (icon.classList.contains('cluster-icon')
                    ? Number(icon.textContent) : 1), 0)"""
        )
        if count == previous:
            return count
        previous = count
    return previous


def test_map_shows_every_event(page: Page) -> None:
    expect(page.locator("#summary")).to_have_text(f"{TOTAL} events")
    assert visible_event_count(page) == TOTAL
    expect(page.locator("#events-body tr")).to_have_count(TOTAL)
    expect(page.locator("#map-legend")).to_contain_text("Protest")
    expect(page.locator(".leaflet-outline-pane path").first).to_be_attached()  # offline country outlines
    page.screenshot(path=SHOTS / "01-overview-1366x768.png")


def test_brushing_the_timeline_filters_map_and_table(page: Page) -> None:
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
    page.click("#range-clear")
    expect(page.locator("#table-count")).to_have_text(f"{TOTAL} events")


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
    colors = {
        card.locator(f"#evidence-text mark[data-fields~={f}]").first.evaluate("m => m.style.background")
        for f in ("location", "date", "actor1")
    }
    assert len(colors) == 3, colors  # each field in its own colour
    card.locator(".chips .field-chip[data-field=location]").click()
    expect(location).to_be_in_viewport()
    page.screenshot(path=SHOTS / "03-event-card-evidence.png")


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


def test_phone_width_is_readable(browser, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    tab = context.new_page()
    tab.goto(server)
    tab.wait_for_selector("body[data-ready=true]", state="attached", timeout=15_000)
    expect(tab.locator("#map")).to_be_visible()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    tab.click("#filters-toggle")
    expect(tab.locator("#filter-q")).to_be_visible()
    tab.click("#filters-toggle")
    tab.locator("#events-body tr").nth(3).click()
    expect(tab.locator("#evidence-text mark").first).to_be_attached()
    tab.screenshot(path=SHOTS / "05-phone-event-card.png")
    context.close()


def test_analyze_a_report(page: Page) -> None:
    page.click("#analyze-open")
    page.fill("#analyze-text", ARTICLE)
    page.screenshot(path=SHOTS / "06-analyze-box.png")
    page.click("#analyze-submit")
    expect(page.locator("#banner")).to_contain_text("in this report", timeout=90_000)
    found = int(re.search(r"(\d+) events?", page.locator("#banner").inner_text()).group(1))
    assert found >= 1
    expect(page.locator("#report-filter")).to_be_visible()
    expect(page.locator("#table-count")).to_have_text(f"{found} event{'s' if found > 1 else ''}")
    expect(page.locator("#evidence-text mark").first).to_be_attached()
    assert "Nairobi" in page.locator("#evidence-text").inner_text()
    page.screenshot(path=SHOTS / "07-analyzed-report.png")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#card img, #card script").count() == 0
    unplaced = int(page.locator("#map").get_attribute("data-unplaced") or 0)
    assert visible_event_count(page) == found - unplaced


def test_no_match_shows_an_empty_state(page: Page) -> None:
    page.fill("#filter-q", "no such place anywhere")
    expect(page.locator("#map-empty")).to_be_visible()
    expect(page.locator("#map-empty")).to_contain_text("No events match these filters")
    expect(page.locator("#table-empty")).to_contain_text("No events match these filters")
    assert visible_event_count(page) == 0
    page.screenshot(path=SHOTS / "08-empty-state.png")
    page.click("#filter-reset")
    expect(page.locator("#table-count")).to_contain_text("events")


def test_api_docs_page_lists_the_endpoints_offline(page: Page, server: str) -> None:
    page.goto(f"{server}/api-docs")
    expect(page.locator(".endpoint", has_text="/api/events/{event_id}")).to_be_visible()
    expect(page.locator(".endpoint", has_text="/api/extract")).to_contain_text("POST")
    page.screenshot(path=SHOTS / "09-api-docs.png", full_page=False)
