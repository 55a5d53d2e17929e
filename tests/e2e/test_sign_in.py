"""Hosted mode signed in for real: an OpenID Connect provider on loopback, two lifters, Chromium.

`oidc-provider-mock` (a dev dependency) is a real OIDC provider made for tests: its sign-in form
takes any subject and returns it as the e-mail claim. The app runs with an `[auth]` secrets file
pointing at it (`--secrets.files`), so this is the flow a hosted server runs — Streamlit's
`st.login`, Authlib, the identity cookie — with no fakes. Each lifter logs sets with a rep count
nobody else uses, so one number on a page is enough to tell whose data it is.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from backfit.data.sets import recent_sets
from backfit.data.store import Store
from tests.e2e.conftest import AppServer, assert_no_exception, free_port, wait_healthy, wait_idle

ALICE = "alice@example.com"
BOB = "bob@example.com"
REPS = {ALICE: 11, BOB: 13}  # a lifter's marker: only they ever log this many reps
PAGES = ("", "goals", "routine", "log", "progress", "exercises", "data")


@pytest.fixture
def oidc_provider() -> Iterator[str]:
    """The provider's base URL; any subject typed into its form signs in."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "oidc_provider_mock", "--port", str(port), "--host", "127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(f"{url}/.well-known/openid-configuration", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


@pytest.fixture
def hosted_server(db_path: Path, tmp_path: Path, oidc_provider: str) -> Iterator[AppServer]:
    """A fresh `streamlit run app.py` whose secrets configure sign-in against the provider."""
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(
        "[auth]\n"
        'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "a-test-cookie-secret-that-is-long-enough-0123456789"\n'
        'client_id = "backfit-e2e"\n'
        'client_secret = "backfit-e2e-secret"\n'
        f'server_metadata_url = "{oidc_provider}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    # Authlib refuses plain-http token endpoints unless told this is a test.
    server = AppServer(db_path, secrets=secrets, env={"AUTHLIB_INSECURE_TRANSPORT": "1"})
    server.start()
    yield server
    server.stop()


def expect_sign_in_page_only(page: Page) -> None:
    """The sign-in screen, with no navigation to any other page and no one's data."""
    expect(page.get_by_role("button", name="Sign in")).to_be_visible(timeout=20_000)
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    expect(page.get_by_role("button", name="Log set")).to_have_count(0)
    main = page.get_by_test_id("stMain")
    for marker in REPS.values():
        expect(main.get_by_text(f"{marker} reps")).to_have_count(0)
    assert_no_exception(page)


def sign_in(page: Page, base: str, user: str) -> None:
    page.goto(base)
    wait_idle(page)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/oauth2/authorize"), timeout=20_000)
    page.get_by_placeholder("sub").fill(user)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(re.compile(rf"^{re.escape(base)}/"), timeout=20_000)
    wait_idle(page)
    expect(page.get_by_test_id("stSidebar").get_by_text(user)).to_be_visible(timeout=20_000)


def sign_out(page: Page, base: str) -> None:
    """The app drops its cookie, then the provider's end-session page sends the user back."""
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(re.compile(r"/oauth2/end_session"), timeout=20_000)
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(re.compile(rf"^{re.escape(base)}/"), timeout=20_000)
    wait_idle(page)
    expect(page.get_by_role("button", name="Sign in")).to_be_visible(timeout=20_000)


def log_sets(page: Page, base: str, reps: int, count: int) -> None:
    page.goto(f"{base}/log")
    wait_idle(page)
    lines = page.get_by_test_id("stMarkdownContainer").filter(has_text=f"{reps} reps")
    for logged in range(1, count + 1):
        page.get_by_label("Reps").first.fill(str(reps))
        page.get_by_role("button", name="Log set").first.click()
        # Wait for this set's line before the next: a click during a rerun could be lost.
        expect(lines).to_have_count(logged, timeout=30_000)
        wait_idle(page)


def expect_only_own_rows(page: Page, base: str, user: str) -> None:
    """Every page, and the Data page's CSV export, show the user's sets and no one else's."""
    others = [reps for name, reps in REPS.items() if name != user]
    for path in PAGES:
        page.goto(f"{base}/{path}")
        wait_idle(page)
        assert_no_exception(page)
        body = page.get_by_test_id("stApp")
        for reps in others:
            expect(body.get_by_text(f"{reps} reps")).to_have_count(0)
        for name in REPS:
            if name != user:
                expect(body.get_by_text(name)).to_have_count(0)
    page.goto(f"{base}/log")
    wait_idle(page)
    mine = page.get_by_test_id("stMarkdownContainer").filter(has_text=f"{REPS[user]} reps")
    expect(mine.first).to_be_visible()
    page.goto(f"{base}/data")
    wait_idle(page)
    page.get_by_role("tab", name="Export").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    rows = [dict(zip(header, line.split(","), strict=False)) for line in lines[1:]]
    assert rows, f"{user} exported no sets"
    assert {row["profile"] for row in rows} == {user}
    assert {int(float(row["reps"])) for row in rows} == {REPS[user]}


def share_and_revoke(page: Page, browser: Browser, base: str, user: str) -> None:
    """A coach link shows the user's progress to a stranger until it is revoked."""
    page.goto(f"{base}/progress")
    wait_idle(page)
    page.get_by_text("Share with a coach").click()
    page.get_by_label("Who is it for?").fill("Coach Sam")
    page.get_by_role("button", name="Create link").click()
    wait_idle(page)
    link = page.get_by_test_id("stCode").filter(has_text="token=").first.inner_text().strip()
    assert link.startswith(f"{base}/?token="), link

    coach = browser.new_context().new_page()  # no cookies: not signed in
    coach.goto(link)
    wait_idle(coach)
    expect(coach.get_by_text(f"Read-only view of {user}")).to_be_visible(timeout=20_000)
    expect(coach.get_by_role("button", name="Log set")).to_have_count(0)
    expect(coach.get_by_test_id("stSidebarNav")).to_have_count(0)
    assert_no_exception(coach)

    page.get_by_role("button", name="Revoke").click()
    wait_idle(page)
    coach.goto(link)
    wait_idle(coach)
    expect(coach.get_by_text("not valid or has been revoked")).to_be_visible(timeout=20_000)
    expect(coach.get_by_text("Read-only view")).to_have_count(0)
    coach.context.close()


def test_two_lifters_sign_in_and_see_only_their_own_sets(
    browser: Browser, hosted_server: AppServer
) -> None:
    base = hosted_server.url
    visitor = browser.new_context().new_page()
    # A freshly started server: every deep link, and a made-up coach token, end at sign-in.
    for path in PAGES:
        visitor.goto(f"{base}/{path}")
        wait_idle(visitor)
        expect_sign_in_page_only(visitor)
    visitor.goto(f"{base}/?token=not-a-real-token")
    wait_idle(visitor)
    expect(visitor.get_by_text("not valid or has been revoked")).to_be_visible(timeout=20_000)
    expect(visitor.get_by_role("button", name="Log set")).to_have_count(0)
    visitor.context.close()

    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    sign_in(page, base, ALICE)
    log_sets(page, base, REPS[ALICE], 2)
    share_and_revoke(page, browser, base, ALICE)
    sign_out(page, base)
    for path in ("log", "progress", "data"):
        page.goto(f"{base}/{path}")
        wait_idle(page)
        expect_sign_in_page_only(page)

    sign_in(page, base, BOB)
    expect(page.get_by_text(f"{REPS[ALICE]} reps")).to_have_count(0)
    log_sets(page, base, REPS[BOB], 2)
    expect_only_own_rows(page, base, BOB)
    sign_out(page, base)

    sign_in(page, base, ALICE)  # back again: her sets are still hers, Bob's are not there
    expect_only_own_rows(page, base, ALICE)
    sign_out(page, base)
    context.close()

    hosted_server.stop()  # DuckDB lets one process hold the file: stop the app, then look
    with Store.open(str(hosted_server.db_path)) as store:
        for user, reps in REPS.items():
            assert set(recent_sets(store, user)["reps"]) == {reps}
