"""Extra trunk work in a real browser: a flagged profile's fresh Goals page writes `trunk=` into
the address bar, shows where it comes from, and the switch turns it off (TRAINING §5)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from backfit.core.catalog import RED_FLAG_QUESTIONS
from backfit.data.red_flags import save_screen
from backfit.data.store import DEFAULT_PROFILE, Store
from backfit.services.trunk_tests import record_test
from tests.e2e.conftest import AppServer, assert_no_exception, open_app, wait_idle

MAY = datetime(2026, 5, 4, 18, 0)


@pytest.fixture
def flagged(db_path: Path) -> None:
    """Before the server opens the file: screened, and a weak left side bridge (R/L 1.4)."""
    with Store.open(str(db_path)) as store:
        save_screen(store, DEFAULT_PROFILE, {q: False for q, _ in RED_FLAG_QUESTIONS}, MAY)
        for test, seconds in (("extensor", 150), ("flexor", 120), ("side_left", 70),
                              ("side_right", 98)):  # fmt: skip
            record_test(store, DEFAULT_PROFILE, test, seconds, MAY)


def test_the_trunk_focus_follows_the_latest_test_and_can_be_turned_off(
    flagged: None, page: Page, app_server: AppServer
) -> None:
    open_app(page, f"{app_server.url}/")
    assert_no_exception(page)
    expect(page).to_have_url(re.compile(r"trunk=side_left"), timeout=20_000)
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Extra trunk work from your trunk test of 04 May 2026")).to_be_visible()
    table = page.locator(".st-key-glance table")
    expect(table).to_contain_text("Side bridge on the knees", timeout=20_000)

    page.get_by_text("Add the extra trunk work").click()
    wait_idle(page)
    expect(page).to_have_url(re.compile(r"trunk=(&|$)"))
    expect(main.get_by_text("(turned off)")).to_be_visible()
    expect(table).not_to_contain_text("Side bridge on the knees")
    assert_no_exception(page)

    page.get_by_role("link", name="Open the full routine").click()
    wait_idle(page)
    expect(page).to_have_url(re.compile(r"/routine\?"))
    expect(page.get_by_test_id("stCode").first).not_to_contain_text("trunk=")
    assert_no_exception(page)
