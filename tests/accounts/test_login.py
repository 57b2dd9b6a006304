"""Signing in: allauth's form, closed sign-up, rate limits, reset, verification."""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from tests.conftest import DEMO_EMAILS

LOGIN_URL = "/accounts/login/"
BACK_OFFICE_USERS = [
    "team@example.org",
    "lead@example.org",
    "comms@example.org",
    "fpi@example.org",
    "admin@example.org",
]


def signed_in_user_id(client: Client):
    return client.session.get("_auth_user_id")


def log_in(client: Client, email: str, password: str):
    return client.post(LOGIN_URL, {"login": email, "password": password})


@pytest.mark.parametrize("email", DEMO_EMAILS)
def test_demo_user_logs_in_through_the_form(seeded, demo_password, email):
    client = Client()
    response = log_in(client, email, demo_password)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert signed_in_user_id(client) == str(seeded["users"][email].pk)
    assert client.get("/admin/").status_code == 200


def test_login_form_is_served(db):
    response = Client().get(LOGIN_URL)

    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="login"' in content
    assert 'name="password"' in content


@pytest.mark.parametrize("email", BACK_OFFICE_USERS)
def test_every_role_reaches_the_wagtail_admin(client_for, email):
    assert client_for(email).get("/admin/").status_code == 200


def test_anonymous_admin_visit_redirects_to_allauth_login(db):
    response = Client().get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


def test_wagtail_login_page_redirects_to_allauth_login(db):
    response = Client().get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert "next=/admin/pages/" in response["Location"]


def test_django_admin_is_for_superusers(client_for):
    response = client_for("admin@example.org").get("/django-admin/")

    assert response.status_code == 200
    assert b"Site administration" in response.content


def test_django_admin_refuses_a_team_lead(client_for):
    client = client_for("lead@example.org")
    response = client.get("/django-admin/")

    assert response.status_code in {302, 403}
    if response.status_code == 302:
        assert response["Location"].startswith(("/django-admin/login/", LOGIN_URL))
    assert (
        b"Site administration" not in client.get("/django-admin/", follow=True).content
    )


# Django's own login form at /django-admin/login/ would skip allauth's TOTP step
# and rate limits: it must never sign anyone in.


def test_django_admin_login_form_cannot_skip_the_superusers_totp(
    client_for, seeded, demo_password
):
    superuser = seeded["users"]["admin@example.org"]
    TOTP.activate(superuser, generate_totp_secret())
    client = client_for("lead@example.org")

    client.post(
        "/django-admin/login/",
        {"username": "admin@example.org", "password": demo_password},
    )

    assert signed_in_user_id(client) != str(superuser.pk), (
        "a team lead signed in as the superuser with the password alone: "
        "the superuser's TOTP code was never asked for"
    )


def test_django_admin_login_form_is_rate_limited_too(client_for, seeded, demo_password):
    client = client_for("team@example.org")
    for _ in range(6):
        client.post(
            "/django-admin/login/",
            {"username": "fpi@example.org", "password": "wrong-password"},
        )

    client.post(
        "/django-admin/login/",
        {"username": "fpi@example.org", "password": demo_password},
    )

    assert signed_in_user_id(client) != str(seeded["users"]["fpi@example.org"].pk), (
        "six wrong passwords for fpi@ went unnoticed and the seventh guess signed in"
    )


def test_anonymous_django_admin_visit_goes_to_allauth_login(db):
    response = Client().get("/django-admin/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/accounts/login/")


@pytest.mark.parametrize("email", ["fpi@example.org", "admin@example.org"])
def test_reports_open_to_fpi_staff_and_superusers(client_for, email):
    response = client_for(email).get("/reports/")

    assert response.status_code == 200
    assert b"Activity reports" in response.content


@pytest.mark.parametrize("email", ["team@example.org", "comms@example.org"])
def test_reports_closed_to_other_roles(client_for, email):
    assert client_for(email).get("/reports/").status_code == 403


def test_anonymous_reports_visit_redirects_to_login(db):
    response = Client().get("/reports/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/reports/"


def test_signup_is_closed(db):
    response = Client().get("/accounts/signup/")

    assert response.status_code == 200
    assert "account/signup_closed.html" in [t.name for t in response.templates]
    assert b"Sign Up Closed" in response.content
    assert b'name="password1"' not in response.content


def test_signup_post_creates_no_account(db):
    response = Client().post(
        "/accounts/signup/",
        {
            "email": "intruder@example.org",
            "password1": "a-Long-password-123",
            "password2": "a-Long-password-123",
        },
    )

    assert response.status_code == 200
    assert b"Sign Up Closed" in response.content
    assert not get_user_model().objects.filter(email="intruder@example.org").exists()


def test_wrong_password_shows_the_form_again(seeded):
    client = Client()
    response = log_in(client, "team@example.org", "not-the-password")

    assert response.status_code == 200
    assert response.context["form"].errors
    assert b'name="password"' in response.content
    assert b"not correct" in response.content
    assert signed_in_user_id(client) is None


def test_sixth_login_after_five_failures_is_refused(seeded, demo_password):
    client = Client()
    for _ in range(5):
        response = log_in(client, "lead@example.org", "wrong-password")
        assert response.status_code == 200
        assert signed_in_user_id(client) is None

    response = log_in(client, "lead@example.org", demo_password)

    assert response.status_code == 200
    assert b"Too many failed login attempts" in response.content
    assert signed_in_user_id(client) is None
    assert Client().get("/admin/").status_code == 302


def test_failures_for_one_address_do_not_lock_out_another(seeded, demo_password):
    client = Client()
    for _ in range(5):
        log_in(client, "lead@example.org", "wrong-password")

    response = log_in(client, "comms@example.org", demo_password)

    assert response.status_code == 302
    assert signed_in_user_id(client) == str(seeded["users"]["comms@example.org"].pk)


def test_password_reset_sends_an_email_to_a_known_address(seeded):
    response = Client().post("/accounts/password/reset/", {"email": "team@example.org"})

    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["team@example.org"]
    assert message.subject.startswith("[Outreach Portal] ")
    assert re.search(r"/accounts/password/reset/key/\S+", message.body)


def test_password_reset_reveals_nothing_for_an_unknown_address(seeded):
    known = Client().post("/accounts/password/reset/", {"email": "team@example.org"})
    unknown = Client().post(
        "/accounts/password/reset/", {"email": "nobody@example.org"}
    )

    assert unknown.status_code == known.status_code == 302
    assert unknown["Location"] == known["Location"]
    # allauth tells the unknown address that it has no account, without a link.
    to_unknown = [m for m in mail.outbox if m.to == ["nobody@example.org"]]
    assert len(to_unknown) == 1
    assert to_unknown[0].subject == "[Outreach Portal] Unknown Account"
    assert "/password/reset/key/" not in to_unknown[0].body


def test_unverified_user_gets_a_verification_email_and_no_session(db):
    user = get_user_model().objects.create_user(
        email="new@example.org", password="a-Long-password-123", is_staff=True
    )
    client = Client()

    response = log_in(client, "new@example.org", "a-Long-password-123")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert signed_in_user_id(client) is None
    assert client.get("/admin/").status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new@example.org"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert not EmailAddress.objects.filter(user=user, verified=True).exists()
