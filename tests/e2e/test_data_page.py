"""Chromium imports a Strong export through the Data page and downloads it back."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.data.importers.conftest import EXPORTS
from tests.e2e.conftest import AppServer, assert_no_exception, open_app, wait_idle


def test_upload_preview_confirm_and_download(page: Page, app_server: AppServer) -> None:
    open_app(page, f"{app_server.url}/data")
    assert_no_exception(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(
        str(EXPORTS / "strong_classic.csv")
    )
    wait_idle(page)
    metrics = page.get_by_test_id("stMetric")
    expect(metrics.filter(has_text="Sets to add")).to_contain_text("17")
    expect(page.get_by_text("Plank")).to_be_visible()  # offered for mapping
    page.get_by_role("button", name="Import 17 sets").click()
    wait_idle(page)
    expect(page.get_by_text("Imported 17 sets in 2 workouts")).to_be_visible()
    assert_no_exception(page)

    page.get_by_role("tab", name="Export").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    path = download.value.path()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("profile,workout_id,performed_at,exercise")
    assert len(lines) == 18
