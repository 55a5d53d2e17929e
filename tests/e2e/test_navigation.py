"""Chromium follows every navigation link of the real app and finds no exception."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppServer, assert_no_exception, open_app, wait_idle

TITLES = ["Goals", "Routine", "Log", "Progress", "Exercises", "Data"]


def test_every_navigation_link_opens_a_page_without_exception(
    page: Page, app_server: AppServer
) -> None:
    open_app(page, app_server.url)
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_role("link")).to_have_count(len(TITLES))
    for title in TITLES:
        nav.get_by_role("link", name=title).click()
        # The Routine page writes its goal query into the URL (DESIGN §6), hence the optional query.
        expect(page).to_have_url(re.compile(f"/({title.lower()})?(\\?.*)?$"))
        wait_idle(page)
        expect(page.get_by_role("heading", level=1)).to_contain_text(title)
        assert_no_exception(page)


def test_a_logged_set_survives_a_server_restart(page: Page, app_server: AppServer) -> None:
    open_app(page, f"{app_server.url}/log")
    page.get_by_label("Reps").fill("7")
    page.get_by_role("button", name="Log set").click()
    wait_idle(page)
    expect(page.get_by_test_id("stDataFrame")).to_be_visible()

    app_server.restart()
    open_app(page, f"{app_server.url}/log")
    assert_no_exception(page)
    expect(page.get_by_test_id("stDataFrame")).to_be_visible()
    expect(page.get_by_text("No sets yet")).to_have_count(0)


def test_a_direct_link_on_a_fresh_server_goes_through_app_py(
    page: Page, app_server: AppServer
) -> None:
    # Regression: with a `pages/` folder Streamlit ran a deep link as a legacy multipage app
    # on a cold server, skipping app.py (no navigation titles, no profile picker).
    open_app(page, f"{app_server.url}/exercises")
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_role("link")).to_have_count(len(TITLES))
    expect(nav).to_contain_text("Exercises")
    expect(page.get_by_test_id("stSidebar").get_by_text("Profile", exact=True)).to_be_visible()
