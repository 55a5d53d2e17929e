"""A shared link in a real browser shows the CLI's plan; moving a slider rewrites the link."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from playwright.sync_api import Page, expect

from backfit.core.catalog import RED_FLAG_QUESTIONS
from backfit.core.routine.markdown import dose, variant_name
from backfit.core.routine.model import Routine
from tests.e2e.conftest import AppServer, assert_no_exception, open_app, wait_idle

CLI_ARGS = [
    "--posture", "75", "--pain", "35", "--strength", "40", "--level", "intermediate",
    "--days", "4", "--minutes", "55", "--equipment", "pullup_bar,bands,cable,dumbbells,barbell",
    "--pullups", "3",
]  # fmt: skip


def cli_routine() -> Routine:
    result = subprocess.run(
        [sys.executable, "-m", "backfit", "routine", *CLI_ARGS, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
        check=True,
    )
    return Routine.from_json(json.loads(result.stdout))


def test_a_link_shows_the_cli_plan_and_a_slider_updates_the_url(
    page: Page, app_server: AppServer
) -> None:
    routine = cli_routine()
    open_app(page, f"{app_server.url}/?{routine.query}")
    assert_no_exception(page)
    # The plan has a pain share: a new profile answers the red-flag screen first (TRAINING §6).
    nos = page.get_by_test_id("stRadio").get_by_text("No", exact=True)
    expect(nos).to_have_count(len(RED_FLAG_QUESTIONS), timeout=20_000)
    for index in range(len(RED_FLAG_QUESTIONS)):
        nos.nth(index).click()
    page.get_by_role("button", name="Save my answers").click()
    wait_idle(page)
    table = page.locator(".st-key-glance table")
    expect(table).to_be_visible(timeout=20_000)  # a shared 2-core machine can be slow
    rows = [(variant_name(p), dose(p)) for d in routine.days for p in d.exercises]
    body = table.locator("tbody tr")
    expect(body).to_have_count(len(rows))
    for index, (name, amount) in enumerate(rows):
        expect(body.nth(index)).to_contain_text(name)
        expect(body.nth(index)).to_contain_text(amount)

    # The full routine, opened from the link on the page, shows the same plan in cards.
    page.get_by_role("link", name="Open the full routine").click()
    wait_idle(page)
    expect(page).to_have_url(re.compile(r"/routine\?.*posture=75"))
    assert_no_exception(page)
    main = page.get_by_test_id("stMain")
    for day in routine.days:
        expect(main.get_by_text(day.name)).to_be_visible()
    for name, amount in rows:
        expect(main.get_by_text(name, exact=True).first).to_be_visible()
        expect(main.get_by_text(amount, exact=True).first).to_be_visible()
    expect(page.get_by_test_id("stCode")).to_contain_text("posture=75")

    # "Change goals" carries the query back: the sliders show the link's values.
    page.get_by_role("link", name="Change goals").click()
    wait_idle(page)
    expect(page.get_by_test_id("stSliderThumbValue").first).to_have_text("75", timeout=20_000)

    # Moving the strength slider with the keyboard rewrites the URL.
    slider = page.get_by_role("slider").nth(2)
    slider.focus()
    slider.press("ArrowRight")
    wait_idle(page)
    expect(page).to_have_url(re.compile(r"strength=45"))
    assert_no_exception(page)
