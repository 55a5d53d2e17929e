"""The Log page in Chromium: a logged set survives a reload; a fast double click logs one set."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from backfit.data.sets import recent_sets
from backfit.data.store import Store
from tests.e2e.conftest import AppServer, assert_no_exception, open_app, wait_idle


def set_lines(page: Page, text: str):
    return page.get_by_test_id("stMarkdownContainer").filter(has_text=text)


def test_a_logged_set_is_still_there_after_a_reload(page: Page, app_server: AppServer) -> None:
    open_app(page, f"{app_server.url}/log")
    page.get_by_label("Reps").fill("7")
    page.get_by_role("button", name="Log set").click()
    wait_idle(page)
    expect(set_lines(page, "7 reps")).to_have_count(1)

    page.reload()
    wait_idle(page)
    assert_no_exception(page)
    expect(set_lines(page, "7 reps")).to_have_count(1)
    expect(page.get_by_text("No sets yet")).to_have_count(0)


def test_a_fast_double_click_logs_one_set(page: Page, app_server: AppServer) -> None:
    open_app(page, f"{app_server.url}/log")
    page.get_by_label("Reps").fill("9")
    page.get_by_role("button", name="Log set").dblclick()
    wait_idle(page)
    page.wait_for_timeout(1000)
    wait_idle(page)
    assert_no_exception(page)
    expect(set_lines(page, "9 reps")).to_have_count(1)

    app_server.stop()  # DuckDB lets one process hold the file: stop the app, then look
    with Store.open(str(app_server.db_path)) as store:
        assert list(recent_sets(store, "me")["reps"]) == [9]
