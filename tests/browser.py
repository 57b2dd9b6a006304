"""Browser tests: Debian's chromium driven by Playwright against a live server.

The fixtures are registered for every test by tests/conftest.py
(`pytest_plugins`), so that one chromium serves the whole session (Playwright's
sync API allows one instance per thread); mark the tests that use them:

    from tests.browser import log_in

    @pytest.mark.browser
    def test_something(browser_page, seeded): ...

`browser_page` is a fresh page (own cookies) whose relative URLs go to
pytest-django's live server. The live server needs a transactional database;
the fixture asks for a serialized rollback so that the rows made by data
migrations (roles, the Wagtail root page) are back for the tests that follow.
Never run `playwright install`: the tests use /usr/bin/chromium and are skipped,
saying why, where it is missing.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "tmp"


@pytest.fixture(scope="session")
def chromium_browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django would
    # otherwise refuse the database calls the test makes alongside it.
    # Restored when the test session ends; tests that start manage.py in a
    # subprocess leave it out of the child's environment.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Django keeps its connections per context, and Playwright's sync API runs
    # the tests in a new one: hand the new connections the database contents
    # saved at set-up, which serialized rollbacks restore (roles, the Wagtail
    # root page), or transactional tests after the first would start empty.
    saved = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    try:
        with sync_playwright() as playwright:
            for alias, contents in saved.items():
                connections[alias]._test_serialized_contents = contents
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def browser_page(chromium_browser, live_server, django_db_serialized_rollback):
    context = chromium_browser.new_context(
        base_url=live_server.url, viewport={"width": 1400, "height": 1000}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def log_in(page, email: str, password: str) -> None:
    """Sign in through the real allauth form at /accounts/login/."""
    page.goto("/accounts/login/")
    page.fill('input[name="login"]', email)
    page.fill('input[name="password"]', password)
    page.locator('form:has(input[name="login"]) [type="submit"]').click()
    page.wait_for_url("**/admin/")


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under tmp/ for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
