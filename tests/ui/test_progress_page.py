"""The Progress page through the real app script, on a real database file."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from backfit.data import sharing
from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store
from bench.history import generate, write

APP = str(Path(__file__).resolve().parents[2] / "app.py")
CHARTS = 8


def progress_page(**query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if not query:
        at.switch_page("views/progress.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def charts(at: AppTest) -> list:
    return list(at.get("vega_lite_chart"))


def texts(at: AppTest) -> str:
    return " ".join(str(m.value) for m in [*at.markdown, *at.caption, *at.error, *at.info])


def test_no_sets_shows_what_to_do() -> None:
    at = progress_page()
    assert "Progress" in at.title[0].value
    assert "Nothing to chart yet" in texts(at)
    assert charts(at) == []


def test_one_set_renders_every_chart(db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        now = datetime.now()
        log_set(store, "me", SetEntry("row", "barbell", 8, 50.0, rir=2), performed_at=now, now=now)
    at = progress_page()
    assert len(charts(at)) >= 3  # e1RM, weekly sets, balance, calendar, muscle map …
    assert [m.label for m in at.metric] == [
        "Sets this week",
        "Streak",
        "PRs this month",
        "e1RM, 4 weeks",
    ]
    assert at.metric[0].value.startswith("1 / ")
    assert at.date_input(key="progress_range")


def test_charts_go_out_as_arrow_and_each_one_downloads(db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        now = datetime.now()
        log_set(store, "me", SetEntry("row", "barbell", 8, 50.0, rir=2), performed_at=now, now=now)
    at = progress_page()
    for chart in charts(at):
        assert "datasets" not in json.loads(chart.proto.spec)  # sent as Arrow, not as JSON
        assert all(d.data.data for d in chart.proto.datasets)
    picker = at.selectbox(key="download_chart")
    assert picker.options and "Weekly sets" in picker.options
    assert [b.proto.label for b in at.get("download_button")] == ["PNG", "CSV"]
    picker.set_value(picker.options[-1]).run()
    assert not at.exception


@pytest.mark.slow
def test_five_years_of_history_render_every_chart(db_path: Path) -> None:
    start = date.today() - timedelta(weeks=5 * 52)
    with Store.open(str(db_path)) as store:
        write(store, *generate(1, 5, seed=11, start=start))
    at = progress_page()
    assert len(charts(at)) == CHARTS
    # The whole five years, through the date range: still every chart, still no exception.
    at.date_input(key="progress_range").set_value((start, date.today())).run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(charts(at)) == CHARTS + 1  # the years before the last one, as a strip
    assert at.dataframe, "five years without a PR in the table"


def _shared(db_path: Path) -> str:
    with Store.open(str(db_path)) as store:
        at = datetime(2024, 3, 4, 18)
        log_set(store, "me", SetEntry("deadlift", "conventional", 5, 100.0), performed_at=at,
                now=at)  # fmt: skip
        return sharing.create_link(store, "me", "Coach").token


def test_a_token_link_shows_progress_without_write_controls(db_path: Path) -> None:
    token = _shared(db_path)
    at = progress_page(token=token)
    # Locally nothing enforces read-only, and the page says so rather than promise it (#14).
    assert "opened from a shared link" in texts(at)
    assert "Read-only view" not in texts(at)
    assert "only enforced when sign-in is configured" in texts(at)
    assert charts(at)
    assert not at.text_input and not at.button, "a coach link must not offer write controls"
    labels = [e.label for e in at.get("expander")]
    assert not any("Share" in label for label in labels), "no sharing panel on a coach link"
    assert not at.get("page_link")


def test_a_revoked_token_is_refused(db_path: Path) -> None:
    token = _shared(db_path)
    with Store.open(str(db_path)) as store:
        sharing.revoke_link(store, "me", token)
    at = progress_page(token=token)
    assert "revoked" in texts(at)
    assert charts(at) == [] and not at.metric


def test_an_unknown_token_is_refused() -> None:
    at = progress_page(token="guessed")
    assert "not valid" in texts(at) and charts(at) == []


def test_the_owner_can_create_and_revoke_a_link(db_path: Path) -> None:
    _shared(db_path)
    at = progress_page()
    at.text_input[0].input("Physio")
    at.button[0].click().run()  # the form's "Create link"
    assert not at.exception
    # Only the new link's address is shown (once): the database keeps no token to show again.
    codes = [c.value for c in at.code]
    assert len(codes) == 1 and "?token=" in codes[0]
    revoke = [b for b in at.button if b.label == "Revoke"]
    assert len(revoke) == 2
    revoke[0].click().run()  # newest first: the Physio link
    assert not at.exception
    assert len(at.code) == 0
    assert len([b for b in at.button if b.label == "Revoke"]) == 1
