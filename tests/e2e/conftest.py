"""Browser tests: a real `streamlit run app.py` on a free loopback port, driven by Chromium.

Debian's Chromium at /usr/bin/chromium is used (Playwright's own browser download is not
available here). Without it these tests skip locally; with CI=true a missing browser fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from bench.servers import free_port
from bench.servers import wait_http as wait_healthy

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@dataclass
class AppServer:
    """A running `streamlit run app.py`; `restart()` starts a new process on the same file.

    `secrets` names a secrets.toml to use instead of the checkout's (hosted mode's `[auth]`);
    `env` adds variables to the server's environment.
    """

    db_path: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    secrets: Path | None = None
    env: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.port = free_port()
        env = {**os.environ, **self.env, "BACKFIT_DB": str(self.db_path)}
        secrets = ["--secrets.files", str(self.secrets)] if self.secrets else []
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--server.fileWatcherType",
                "none",
                "--browser.gatherUsageStats",
                "false",
                *secrets,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_healthy(f"{self.url}/_stcore/health", self.process)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()


@pytest.fixture
def app_server(db_path: Path) -> Iterator[AppServer]:
    server = AppServer(db_path)
    server.start()
    yield server
    server.stop()


def open_app(page: Page, url: str) -> None:
    """Load a URL and wait until the script has finished its run and the nav is drawn."""
    page.goto(url)
    wait_idle(page)


def wait_idle(page: Page) -> None:
    page.wait_for_selector(APP_IDLE, timeout=30_000)
    # After a run ends the frontend may start another (query params, page switch); settle.
    page.wait_for_timeout(300)
    page.wait_for_selector(APP_IDLE, timeout=30_000)


def assert_no_exception(page: Page) -> None:
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
