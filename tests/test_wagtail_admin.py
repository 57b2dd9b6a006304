"""Wagtail's back office for each role."""

import pytest
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from tests.conftest import DEMO_EMAILS


@pytest.mark.parametrize("email", DEMO_EMAILS)
def test_admin_home_shows_for_every_role(client_for, email):
    response = client_for(email).get("/admin/")

    assert response.status_code == 200
    assert b"International Outreach for Human-Centric AI" in response.content


@pytest.mark.parametrize(
    "email", ["team@example.org", "lead@example.org", "comms@example.org"]
)
def test_editors_open_the_home_page_editor(client_for, seeded, email):
    home = seeded["home"]

    response = client_for(email).get(f"/admin/pages/{home.pk}/edit/")

    assert response.status_code == 200
    assert home.title.encode() in response.content
    assert b'name="intro"' in response.content


def test_editor_saves_a_draft_of_the_home_page(client_for, seeded):
    home = seeded["home"]
    client = client_for("team@example.org")
    data = nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "intro": "A new introduction",
            "body": rich_text(home.body),
            "featured_explainers": inline_formset([]),
            "comments": inline_formset([]),
        }
    )

    response = client.post(f"/admin/pages/{home.pk}/edit/", data)

    assert response.status_code == 302
    home.refresh_from_db()
    assert home.has_unpublished_changes
    assert home.get_latest_revision_as_object().intro == "A new introduction"


def test_fpi_staff_cannot_open_the_page_editor(client_for, seeded):
    home = seeded["home"]

    response = client_for("fpi@example.org").get(f"/admin/pages/{home.pk}/edit/")

    assert response.status_code in {302, 403}
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    assert b'name="intro"' not in response.content


def test_fpi_staff_cannot_save_the_home_page(client_for, seeded):
    home = seeded["home"]

    response = client_for("fpi@example.org").post(
        f"/admin/pages/{home.pk}/edit/",
        {"title": "Defaced", "slug": home.slug, "intro": "Defaced"},
    )

    assert response.status_code in {302, 403}
    home.refresh_from_db()
    assert home.title != "Defaced"
    assert home.get_latest_revision_as_object().title != "Defaced"


def test_anonymous_visitors_cannot_open_the_page_editor(seeded):
    response = Client().get(f"/admin/pages/{seeded['home'].pk}/edit/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
