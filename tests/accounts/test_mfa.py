"""Two-factor authentication: staff enrol in TOTP, then every login asks for a code."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

LOGIN_URL = "/accounts/login/"
MFA_AUTHENTICATE_URL = "/accounts/2fa/authenticate/"


@pytest.fixture
def mfa_required(settings):
    settings.STAFF_MFA_REQUIRED = True


def current_totp_code(secret: str) -> str:
    """The code an authenticator app shows now, computed with allauth's helpers.

    allauth accepts only the current 30-second window (MFA_TOTP_TOLERANCE = 0), so
    wait for the next window when this one is about to end.
    """
    period = mfa_settings.TOTP_PERIOD
    remaining = period - time.time() % period
    if remaining < 3:
        time.sleep(remaining + 0.2)
    counter = next(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counter))


def signed_in_user_id(client: Client):
    return client.session.get("_auth_user_id")


def assert_sent_to_totp_activation(response, next_url: str):
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("mfa_activate_totp")
    assert parse_qs(location.query) == {"next": [next_url]}


@pytest.mark.usefixtures("mfa_required")
@pytest.mark.parametrize(
    ("email", "path"),
    [
        ("team@example.org", "/admin/"),
        ("admin@example.org", "/admin/"),
        ("fpi@example.org", "/reports/"),
        ("admin@example.org", "/django-admin/"),
    ],
)
def test_staff_without_totp_are_sent_to_enrol(client_for, email, path):
    response = client_for(email).get(path)

    assert_sent_to_totp_activation(response, path)


@pytest.mark.usefixtures("mfa_required")
def test_the_original_address_survives_in_next(client_for):
    response = client_for("lead@example.org").get("/admin/pages/?ordering=title")

    assert_sent_to_totp_activation(response, "/admin/pages/?ordering=title")


@pytest.mark.usefixtures("mfa_required")
def test_the_enrolment_page_explains_why(client_for):
    response = client_for("team@example.org").get("/admin/", follow=True)

    assert response.status_code == 200
    assert b"requires two-factor authentication" in response.content


@pytest.mark.usefixtures("mfa_required")
def test_public_site_needs_no_second_factor(client_for, seeded):
    response = client_for("team@example.org").get("/")

    assert response.status_code == 200
    assert seeded["home"].title.encode() in response.content


@pytest.mark.usefixtures("mfa_required")
def test_anonymous_visitors_go_to_the_login_page_not_to_enrolment(seeded):
    response = Client().get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)


def test_without_the_setting_staff_reach_the_admin_without_totp(client_for, settings):
    settings.STAFF_MFA_REQUIRED = False

    assert client_for("team@example.org").get("/admin/").status_code == 200


@pytest.mark.usefixtures("mfa_required")
@pytest.mark.parametrize(
    ("email", "path"),
    [("lead@example.org", "/admin/"), ("fpi@example.org", "/reports/")],
)
def test_staff_with_totp_reach_the_back_office(client_for, seeded, email, path):
    TOTP.activate(seeded["users"][email], generate_totp_secret())

    assert client_for(email).get(path).status_code == 200


@pytest.mark.usefixtures("mfa_required")
def test_staff_enrol_through_the_activation_page(seeded, demo_password):
    user = seeded["users"]["comms@example.org"]
    client = Client()
    client.post(LOGIN_URL, {"login": user.email, "password": demo_password})
    assert_sent_to_totp_activation(client.get("/admin/"), "/admin/")

    # allauth asks for the password again before an authenticator is added
    # (MFA_REAUTHENTICATION_REQUIRED), even right after the login.
    activate_url = reverse("mfa_activate_totp")
    reauth = client.get(activate_url)
    assert reauth.status_code == 302
    assert reauth["Location"].startswith(reverse("account_reauthenticate"))
    back = client.post(reauth["Location"], {"password": demo_password})
    assert back.status_code == 302
    assert back["Location"] == activate_url

    page = client.get(activate_url)
    assert page.status_code == 200
    secret = page.context["form"].secret
    response = client.post(activate_url, {"code": current_totp_code(secret)})

    assert response.status_code == 302
    assert Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists()
    # allauth shows the new recovery codes, with the way on to the back office.
    assert response["Location"] == reverse("mfa_view_recovery_codes")
    codes = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    assert codes.find("textarea", id="recovery_codes").get_text(strip=True)
    assert codes.find("a", string="Continue")["href"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    # Arrived: the recovery codes page, seen again later, leads nowhere old.
    assert "mfa_enrolment_next" not in client.session


@pytest.mark.usefixtures("mfa_required")
def test_only_a_page_opened_is_remembered_for_after_enrolment(client_for):
    client = client_for("comms@example.org")

    client.post("/admin/pages/search/", {"q": "x"})
    client.get("/admin/api/main/pages/", HTTP_SEC_FETCH_MODE="cors")
    assert "mfa_enrolment_next" not in client.session

    client.get("/admin/reports/", HTTP_SEC_FETCH_MODE="navigate")
    assert client.session["mfa_enrolment_next"] == "/admin/reports/"


@pytest.fixture
def lead_with_totp(seeded):
    user = seeded["users"]["lead@example.org"]
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user, secret


def test_login_asks_for_the_code(lead_with_totp, demo_password):
    user, _secret = lead_with_totp
    client = Client()

    response = client.post(LOGIN_URL, {"login": user.email, "password": demo_password})

    assert response.status_code == 302
    assert response["Location"] == MFA_AUTHENTICATE_URL
    assert signed_in_user_id(client) is None
    assert client.get("/admin/").status_code == 302
    page = client.get(MFA_AUTHENTICATE_URL)
    assert page.status_code == 200
    assert b'name="code"' in page.content


def test_a_correct_code_completes_the_login(lead_with_totp, demo_password):
    user, secret = lead_with_totp
    client = Client()
    client.post(LOGIN_URL, {"login": user.email, "password": demo_password})

    response = client.post(MFA_AUTHENTICATE_URL, {"code": current_totp_code(secret)})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert signed_in_user_id(client) == str(user.pk)
    assert client.get("/admin/").status_code == 200


@pytest.mark.usefixtures("mfa_required")
def test_a_correct_code_completes_the_login_when_mfa_is_required(
    lead_with_totp, demo_password
):
    user, secret = lead_with_totp
    client = Client()
    client.post(LOGIN_URL, {"login": user.email, "password": demo_password})
    client.post(MFA_AUTHENTICATE_URL, {"code": current_totp_code(secret)})

    assert signed_in_user_id(client) == str(user.pk)
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_log_in(lead_with_totp, demo_password):
    user, secret = lead_with_totp
    client = Client()
    client.post(LOGIN_URL, {"login": user.email, "password": demo_password})
    right = current_totp_code(secret)
    wrong = f"{(int(right) + 1) % 10**6:06d}"

    response = client.post(MFA_AUTHENTICATE_URL, {"code": wrong})

    assert response.status_code == 200
    assert response.context["form"].errors
    assert signed_in_user_id(client) is None
    assert client.get("/admin/").status_code == 302


def test_a_code_cannot_be_used_twice(lead_with_totp, demo_password):
    user, secret = lead_with_totp
    code = current_totp_code(secret)
    first = Client()
    first.post(LOGIN_URL, {"login": user.email, "password": demo_password})
    first.post(MFA_AUTHENTICATE_URL, {"code": code})
    assert signed_in_user_id(first) == str(user.pk)

    second = Client()
    second.post(LOGIN_URL, {"login": user.email, "password": demo_password})
    second.post(MFA_AUTHENTICATE_URL, {"code": code})

    assert signed_in_user_id(second) is None
