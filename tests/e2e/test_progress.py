"""Chromium opens the Progress page on a year of history and sees every chart draw."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from backfit.data import sharing
from backfit.data.store import Store
from bench.history import generate, write
from tests.e2e.conftest import APP_IDLE, AppServer, assert_no_exception

CHART = "[data-testid='stVegaLiteChart']"
CHARTS = 8


@pytest.fixture
def shared_history(db_path: Path) -> Iterator[tuple[AppServer, str]]:
    """A year of generated training, a coach link, and the app serving that file."""
    with Store.open(str(db_path)) as store:
        write(store, *generate(1, 1, seed=5, start=date.today() - timedelta(weeks=52)))
        token = sharing.create_link(store, "me", "Coach").token
    server = AppServer(db_path)
    server.start()
    yield server, token
    server.stop()


def settle(page: Page) -> None:
    """Like conftest's wait_idle, with room for the first import of Altair on a busy machine."""
    page.wait_for_selector(APP_IDLE, timeout=120_000)
    page.wait_for_timeout(500)
    page.wait_for_selector(APP_IDLE, timeout=120_000)


def expect_every_chart_drawn(page: Page) -> None:
    charts = page.locator(CHART)
    expect(charts).to_have_count(CHARTS, timeout=60_000)
    for index in range(CHARTS):
        chart = charts.nth(index)
        chart.scroll_into_view_if_needed()
        # Vega draws into a canvas (or an SVG); an empty container means the spec failed.
        expect(chart.locator("canvas, svg").first).to_be_visible(timeout=30_000)


def test_every_progress_chart_renders(page: Page, shared_history: tuple[AppServer, str]) -> None:
    server, _ = shared_history
    page.goto(server.url)
    settle(page)
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Progress").click()
    settle(page)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Progress")
    expect_every_chart_drawn(page)
    expect(page.get_by_test_id("stMetric")).to_have_count(4)
    assert_no_exception(page)


def test_a_coach_link_is_read_only(page: Page, shared_history: tuple[AppServer, str]) -> None:
    server, token = shared_history
    page.goto(f"{server.url}/?token={token}")
    settle(page)
    # Local mode (no [auth]) must not promise read-only (#14): it says whose progress this is
    # and that read-only is only enforced with sign-in; tests/e2e/test_sign_in.py covers hosted.
    expect(page.get_by_text("opened from a shared link")).to_be_visible()
    expect(
        page.get_by_text("Read-only is only enforced when sign-in is configured")
    ).to_be_visible()
    expect_every_chart_drawn(page)
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    expect(page.get_by_text("Share with a coach")).to_have_count(0)
    assert_no_exception(page)
