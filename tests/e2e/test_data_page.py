"""Chromium imports Strong exports through the Data page: preview, fix set-aside rows, confirm."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from tests.data.importers.conftest import EXPORTS
from tests.e2e.conftest import AppServer, assert_no_exception, open_app, wait_idle
from tests.fixtures.generated_exports import history, strong_csv, with_typos


def test_upload_preview_confirm_and_download(page: Page, app_server: AppServer) -> None:
    open_app(page, f"{app_server.url}/data")
    assert_no_exception(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(
        str(EXPORTS / "strong_classic.csv")
    )
    wait_idle(page)
    # Strong's classic layout has no unit column: one question, with the heaviest sets both ways.
    expect(page.get_by_text("Which unit are this file's weights in?")).to_be_visible()
    expect(page.get_by_text("120 lb = 54.4 kg").first).to_be_attached()
    page.get_by_test_id("stButtonGroup").get_by_text("kg", exact=True).click()
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


def quarantine_file(tmp_path: Path) -> tuple[Path, int]:
    """A generated Android-layout export with two unreadable rows; the count of good sets."""
    sets = history(seed=3, sessions=20)
    reps, weight = 7, 5  # column positions in the Android layout (Weight Unit after Weight)
    data = with_typos(strong_csv(sets, unit="kg", unit_column=True), {2: {reps: "five"}})
    data = with_typos(data, {9: {weight: "6O"}})
    path = tmp_path / "strong_typos.csv"
    path.write_bytes(data)
    return path, len(sets) - 2


def test_quarantined_rows_are_fixed_and_dropped_before_confirming(
    page: Page, app_server: AppServer, tmp_path: Path
) -> None:
    path, good = quarantine_file(tmp_path)
    open_app(page, f"{app_server.url}/data")
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(path))
    wait_idle(page)
    metrics = page.get_by_test_id("stMetric")
    expect(metrics.filter(has_text="Set aside")).to_contain_text("2")
    expect(metrics.filter(has_text="Sets to add")).to_contain_text(f"{good:,}")
    expect(page.get_by_text("2 rows set aside")).to_be_visible()

    grid = page.get_by_test_id("stDataFrame").last
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    assert box is not None
    row_y = [box["y"] + 35 + 17 + 35 * i for i in range(2)]  # below the header row
    # Drop row 1: its "Line" cell (read-only), two cells right, Space ticks the box.
    page.mouse.click(box["x"] + 25, row_y[1])
    for _ in range(2):
        page.keyboard.press("ArrowRight")
    page.keyboard.press(" ")
    # Fix row 0: from its "Line" cell to Reps (the 12th column, now scrolled to the right
    # edge), then double-click it to edit: "five" → 5.
    page.mouse.click(box["x"] + 25, row_y[0])
    for _ in range(11):
        page.keyboard.press("ArrowRight")
    page.wait_for_timeout(300)
    page.mouse.dblclick(box["x"] + box["width"] - 30, row_y[0])
    editor = page.locator("textarea.gdg-input, input.gdg-input").first  # the cell's editor
    editor.wait_for(timeout=5_000)
    editor.fill("5")
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    page.get_by_role("button", name="Apply fixes").click()
    wait_idle(page)
    assert_no_exception(page)
    expect(metrics.filter(has_text="Set aside")).to_have_count(0, timeout=20_000)
    expect(metrics.filter(has_text="Sets to add")).to_contain_text(f"{good + 1:,}")

    page.get_by_role("button", name=f"Import {good + 1:,} sets").click()
    wait_idle(page)
    expect(page.get_by_text(f"Imported {good + 1:,} sets").first).to_be_visible()
    assert_no_exception(page)
