"""`manage.py seed_demo`: the demo site and one user per role, idempotently."""

import pytest
from allauth.account.models import EmailAddress
from django.conf import global_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Page, Site

from accounts.demo import DEMO_USERS
from outreach.models import HomePage

pytestmark = pytest.mark.django_db

DEMO_EMAILS = sorted(email for email, *_ in DEMO_USERS)


def snapshot() -> dict:
    users = get_user_model().objects.order_by("email")
    return {
        "users": [(u.email, u.password, u.is_superuser) for u in users],
        "memberships": sorted(
            (u.email, g) for u in users for g in u.groups.values_list("name", flat=True)
        ),
        "email_addresses": sorted(
            EmailAddress.objects.values_list("email", "verified", "primary")
        ),
        "pages": sorted(Page.objects.values_list("id", "title", "path")),
        "sites": list(
            Site.objects.values_list("hostname", "root_page_id", "is_default_site")
        ),
        "groups": Group.objects.count(),
    }


def test_seed_demo_twice_creates_everything_once(capsys):
    call_command("seed_demo")
    first = snapshot()
    call_command("seed_demo")
    second = snapshot()

    assert second == first
    assert [email for email, *_ in second["users"]] == DEMO_EMAILS
    # One home page, translated into each language of the site.
    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    home = HomePage.objects.get(locale__language_code="en")
    assert {page.translation_key for page in HomePage.objects.all()} == {
        home.translation_key
    }
    default_site = Site.objects.get(is_default_site=True)
    assert default_site.root_page.specific == home
    assert Site.objects.count() == 1
    assert all(verified for _email, verified, _primary in second["email_addresses"])
    assert "Demo content is in place." in capsys.readouterr().out


def test_seed_demo_replaces_wagtails_welcome_page():
    call_command("seed_demo")

    assert not Page.objects.filter(title__startswith="Welcome to your new").exists()
    # The home page and its translations.
    homes = Page.get_first_root_node().get_children()
    assert len({page.translation_key for page in homes}) == 1


def test_seed_demo_refuses_to_run_in_production(settings):
    settings.PRODUCTION = True

    with pytest.raises(CommandError, match="production"):
        call_command("seed_demo")

    assert not get_user_model().objects.exists()
    assert not HomePage.objects.exists()


def test_home_page_is_served_after_seeding():
    call_command("seed_demo")
    home = HomePage.objects.get(locale__language_code="en")

    response = Client().get("/")

    assert response.status_code == 200
    assert home.title.encode() in response.content
    assert b"Japan, Canada, Australia" in response.content


def test_seeded_users_can_log_in(demo_password):
    call_command("seed_demo")
    client = Client()

    response = client.post(
        "/accounts/login/", {"login": "fpi@example.org", "password": demo_password}
    )

    assert response.status_code == 302
    assert client.get("/reports/").status_code == 200


def test_demo_passwords_are_stored_with_djangos_default_hasher(settings, demo_password):
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    call_command("seed_demo")
    user = get_user_model().objects.get(email="team@example.org")

    assert user.password.startswith("pbkdf2_sha256$")
    assert user.check_password(demo_password)
