"""Shared fixtures: a clean cache per test, demo site and users, signed-in clients."""

import pytest
from django.core.cache import cache
from django.test import Client

from accounts.demo import DEMO_PASSWORD, DEMO_USERS, create_demo_users
from outreach.demo import create_site

# The browser fixtures (one chromium for the whole session): tests/browser.py.
pytest_plugins = ["tests.browser"]

DEMO_EMAILS = [email for email, *_ in DEMO_USERS]


@pytest.fixture(autouse=True)
def _clear_cache():
    """allauth keeps its rate limits (and used TOTP codes) in the cache."""
    cache.clear()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Django's own advice for test suites: PBKDF2 costs about a second a hash here.

    test_seed_demo checks once, with Django's default hashers, that real hashes
    are PBKDF2.
    """
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def demo_password():
    return DEMO_PASSWORD


@pytest.fixture
def seeded(db):
    """The demo site (a HomePage as the default Site's root) and one user per role."""
    home = create_site()
    users = {user.email: user for user in create_demo_users()}
    return {"home": home, "users": users}


@pytest.fixture
def client_for(seeded):
    """client_for("team@example.org"): a test client signed in as that demo user.

    Uses force_login, so it skips the login form: tests of the form log in through
    POST /accounts/login/ themselves.
    """

    def make(email: str) -> Client:
        client = Client()
        client.force_login(seeded["users"][email])
        return client

    return make
