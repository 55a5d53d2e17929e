"""Everyday use in Chromium (issue #13): first run, Log, Progress, Goals and a phone's width.

Each test starts its own `streamlit run app.py` on a fresh database. `BACKFIT_SHOTS=DIR` also
saves a screenshot of every page at 1280 and 390 px into DIR (never into the repository).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Page, expect

from backfit.core.catalog import RED_FLAG_QUESTIONS
from backfit.services import first_run, imports
from backfit.services import progress as figures
from backfit.services.database import Store
from backfit.services.logging import SetEntry, log_set, recent_sets
from tests.e2e.conftest import ROOT, AppServer, assert_no_exception, wait_idle

CHART = "[data-testid='stVegaLiteChart']"
PAGES = ("goals", "routine", "log", "progress", "exercises", "data")
HEVY_HEADER = (
    "title", "start_time", "end_time", "description", "exercise_title", "superset_id",
    "exercise_notes", "set_index", "set_type", "weight_kg", "reps", "distance_km",
    "duration_seconds", "rpe",
)  # fmt: skip
# A full-body day: two back lifts among push, leg and arm work (issue #13's Hevy export).
FULL_BODY = (
    ("Bench Press (Barbell)", 60.0, False),
    ("Deadlift (Barbell)", 100.0, True),
    ("Calf Press (Machine)", 80.0, False),
    ("Lat Pulldown (Cable)", 45.0, True),
    ("Bicep Curl (Dumbbell)", 12.0, False),
)
HISTORY_START = date(2023, 7, 3)
HISTORY_WEEKS = 104


def settle(page: Page) -> None:
    """wait_idle with room for the first import of Altair on a busy machine."""
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=120_000)  # fmt: skip
    page.wait_for_timeout(500)
    wait_idle(page)


def full_body_hevy_csv() -> tuple[bytes, int]:
    """Two years of full-body sessions, twice a week, ending in mid-2025; (file, back sets)."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerow(HEVY_HEADER)
    back_sets = 0
    for week in range(HISTORY_WEEKS):
        for offset in (0, 3):
            day = HISTORY_START + timedelta(weeks=week, days=offset)
            start = datetime(day.year, day.month, day.day, 18, 0)
            stamp = f"{start:%-d %b %Y, %H:%M}"
            end = f"{start + timedelta(hours=1):%-d %b %Y, %H:%M}"
            for name, weight, back in FULL_BODY:
                for index in range(3):
                    load = weight + 2.5 * (week // 4)
                    writer.writerow(["Full body", stamp, end, "", name, "", "", index, "normal",
                                     load, 8, "", "", 8])  # fmt: skip
                    back_sets += back
    return out.getvalue().encode(), back_sets


@pytest.fixture
def imported(db_path: Path) -> Iterator[tuple[AppServer, int]]:
    data, back_sets = full_body_hevy_csv()
    with Store.open(str(db_path)) as store:
        imports.import_file(store, data, profile="me", unit="kg", name="hevy.csv")
    server = AppServer(db_path)
    server.start()
    yield server, back_sets
    server.stop()


def test_an_imported_two_year_full_body_history_shows_on_progress_by_default(
    page: Page, imported: tuple[AppServer, int]
) -> None:
    server, back_sets = imported
    page.goto(f"{server.url}/progress")
    settle(page)
    assert_no_exception(page)
    # The default range is the whole history (it spans under two years), not "today".
    start = page.get_by_role("group", name="Dates start date")
    expect(start).to_contain_text("2023", timeout=30_000)
    expect(start.get_by_role("spinbutton", name="month, Dates start date")).to_have_text("07")
    expect(start.get_by_role("spinbutton", name="day, Dates start date")).to_have_text("03")
    end = page.get_by_role("group", name="Dates end date")
    expect(end).to_contain_text("2025")
    expect(page.locator(CHART).first).to_be_visible(timeout=60_000)
    # Bench, calves and curls stay in the log under "Other lifts", not among the back lifts.
    other = page.get_by_text("Other lifts (3)")
    expect(other).to_be_visible()
    lift = page.get_by_role("combobox", name="Lift")
    lift.click()
    options = page.get_by_role("option")
    texts = options.all_inner_texts()
    assert any("deadlift" in t.lower() for t in texts), texts
    assert not any("Bench" in t or "Calf" in t or "Curl" in t for t in texts), texts
    page.keyboard.press("Escape")
    server.stop()
    with Store.open(str(server.db_path)) as store:
        seen = figures.overview(store, "me")
        assert seen.first is not None and seen.last is not None
        window = figures.default_window(seen.first, seen.last)
        result = figures.progress(store, "me", window, seen.last)
    assert result.volume["working_sets"].sum() == back_sets  # back work only
    assert set(result.other["exercise"]) == {n for n, _, back in FULL_BODY if not back}


def test_e1rm_with_one_session_draws_one_point_and_no_console_warning(
    page: Page, db_path: Path
) -> None:
    at = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    with Store.open(str(db_path)) as store:
        log_set(store, "me", SetEntry("deadlift", "conventional", 5, 100.0, rir=2), now=at)
    messages: list[str] = []
    page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
    server = AppServer(db_path)
    server.start()
    try:
        page.goto(f"{server.url}/progress")
        settle(page)
        chart = page.locator(CHART).first
        expect(chart.locator("canvas, svg").first).to_be_visible(timeout=60_000)
        page.wait_for_timeout(1500)
        assert_no_exception(page)
    finally:
        server.stop()
    vega = [m for m in messages if m.startswith("warning") or "Infinite extent" in m]
    assert not vega, vega


def test_abc_and_zero_reps_log_nothing_and_say_why(page: Page, app_server: AppServer) -> None:
    page.goto(f"{app_server.url}/log")
    settle(page)
    reps = page.get_by_label("Reps")
    reps.click()
    reps.press("Control+a")
    reps.press("Backspace")
    reps.press_sequentially("abc")  # a number field takes no letters: it stays empty
    page.get_by_role("button", name="Log set").click()
    settle(page)
    expect(page.get_by_text("Type the reps as a whole number")).to_be_visible()
    reps = page.get_by_label("Reps")
    reps.fill("0")
    page.get_by_role("button", name="Log set").click()
    settle(page)
    expect(page.get_by_text("0 reps is not a set")).to_be_visible()
    reps = page.get_by_label("Reps")
    reps.fill("8.5")
    page.get_by_role("button", name="Log set").click()
    settle(page)
    expect(page.get_by_text("8.5 reps is not a whole number")).to_be_visible()
    assert_no_exception(page)
    app_server.stop()
    with Store.open(str(app_server.db_path)) as store:
        assert recent_sets(store, "me").empty


def test_a_warmup_set_with_a_note_is_stored_and_the_note_shown_as_text(
    page: Page, app_server: AppServer
) -> None:
    note = "**grip** <b>slipped</b> _twice_"
    page.goto(f"{app_server.url}/log")
    settle(page)
    page.get_by_label("Reps").fill("6")
    page.get_by_label("Kind").click()
    page.get_by_role("option", name="Warm-up").click()
    page.get_by_label("Note (optional)").fill(note)
    page.get_by_role("button", name="Log set").click()
    settle(page)
    assert_no_exception(page)
    expect(page.get_by_text(f"Note: {note}", exact=True)).to_be_visible()
    expect(page.locator("b", has_text="slipped")).to_have_count(0)
    app_server.stop()
    with Store.open(str(app_server.db_path)) as store:
        stored = recent_sets(store, "me")
    assert list(stored["kind"]) == ["warmup"] and list(stored["note"]) == [note]


def test_finish_shows_the_next_time_card(page: Page, app_server: AppServer) -> None:
    page.goto(f"{app_server.url}/log")
    settle(page)
    page.get_by_label("Reps").fill("12")
    page.get_by_role("button", name="Log set").click()
    settle(page)
    page.get_by_role("button", name="Finish session").click()
    settle(page)
    card = page.locator(".st-key-next_time_card")
    expect(card).to_be_visible()
    expect(card).to_contain_text("Next time")
    expect(card).to_contain_text("×")  # a dose: sets × reps (or a hold)
    assert_no_exception(page)


def test_equipment_shows_names_while_the_url_holds_ids_and_matches_the_cli(
    page: Page, app_server: AppServer
) -> None:
    page.goto(f"{app_server.url}/?posture=70&pain=40&strength=30&eq=pullup_bar&eq=dumbbells")
    settle(page)
    picker = page.get_by_test_id("stMultiSelect")
    expect(picker).to_contain_text("Pull-up bar")
    expect(picker).to_contain_text("Dumbbells")
    expect(picker).not_to_contain_text("pullup_bar")
    picker.locator("input").click()
    page.keyboard.type("Resistance")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    settle(page)
    query = parse_qs(urlparse(page.url).query)
    assert query["eq"] == ["pullup_bar", "bands", "dumbbells"], page.url
    # The plan has a pain share: a new profile answers the red-flag screen first (TRAINING §6).
    nos = page.get_by_test_id("stRadio").get_by_text("No", exact=True)
    expect(nos).to_have_count(len(RED_FLAG_QUESTIONS), timeout=20_000)
    for index in range(len(RED_FLAG_QUESTIONS)):
        nos.nth(index).click()
    page.get_by_role("button", name="Save my answers").click()
    settle(page)
    page.get_by_role("link", name="Open the full routine").first.click()
    settle(page)
    link = page.get_by_test_id("stCode").first.inner_text()
    app_query = link.split("?", 1)[1].strip()
    cli = subprocess.run(
        [sys.executable, "-m", "backfit", "routine", "--posture", "70", "--pain", "40",
         "--strength", "30", "--equipment", "pullup_bar,bands,dumbbells", "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
        env={**os.environ, "BACKFIT_DB": str(app_server.db_path.with_suffix(".cli.duckdb"))},
    )  # fmt: skip
    assert app_query == json.loads(cli.stdout)["query"]


def test_demo_data_is_created_and_deleted(page: Page, app_server: AppServer) -> None:
    page.goto(app_server.url)
    settle(page)
    welcome = page.locator(".st-key-welcome_card")
    expect(welcome).to_contain_text("Import from Strong/Hevy")
    welcome.get_by_role("button", name="Try demo data").click()
    settle(page)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_contain_text("generated demo data")
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Progress").click()
    settle(page)
    expect(page.locator(CHART).first).to_be_visible(timeout=60_000)
    sidebar.get_by_role("button", name="Delete demo data").click()
    settle(page)
    expect(sidebar).not_to_contain_text("generated demo data")
    assert_no_exception(page)
    app_server.stop()
    with Store.open(str(app_server.db_path)) as store:
        assert first_run.DEMO_PROFILE not in first_run.list_profiles(store)
        with store.read() as cur:
            (left,) = cur.execute(
                "SELECT count(*) FROM sets WHERE profile = ?", [first_run.DEMO_PROFILE]
            ).fetchone()
        assert left == 0


# Elements that scroll inside themselves (tables, code) may be wider inside; what counts is
# that nothing sticks out of the viewport or makes the page scroll sideways.
OVERFLOW_JS = """
() => {
  const vw = document.documentElement.clientWidth;
  const bad = [];
  const clips = (el) =>
    ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('[data-testid="stSidebar"][aria-expanded="false"]')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    let clipped = false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (clips(p)) { clipped = true; break; }
    }
    if (clipped) continue;
    const wide = clips(el) ? el.clientWidth : el.scrollWidth;
    if (wide > vw + 1 || r.right > vw + 1) {
      bad.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} ` +
               `[${el.getAttribute('data-testid') || ''}] ${Math.round(wide)}/${vw}`);
    }
  }
  return bad;
}
"""


def _shot(page: Page, name: str) -> None:
    folder = os.environ.get("BACKFIT_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


@pytest.fixture
def demo_server(db_path: Path) -> Iterator[AppServer]:
    """The demo year, so every page has content."""
    with Store.open(str(db_path)) as store:
        first_run.create_demo(store)
        first_run.remember_profile(store, first_run.DEMO_PROFILE)
    server = AppServer(db_path)
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("width", [390, 1280])
def test_no_element_overflows_on_any_page(page: Page, demo_server: AppServer, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 844 if width == 390 else 900})
    problems: dict[str, list[str]] = {}
    for name in PAGES:
        page.goto(f"{demo_server.url}/{'' if name == 'goals' else name}")
        settle(page)
        if name == "progress":
            expect(page.locator(CHART).first).to_be_visible(timeout=60_000)
            page.wait_for_timeout(1500)
        assert_no_exception(page)
        _shot(page, f"{name}-{width}")
        found = page.evaluate(OVERFLOW_JS)
        if found and width == 390:
            problems[name] = found[:8]
    assert not problems, problems
