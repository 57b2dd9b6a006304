"""The "Briefing pack" button in the header of a planned meeting's inspect and
edit pages."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.dialogues.factories import MeetingFactory, PartnerFactory
from tests.dialogues.test_admin_meetings import FPI, TEAM, edit_url, inspect_url

COMMS = "comms@example.org"


@pytest.fixture
def japan(db):
    return PartnerFactory(name="Japan", slug="japan")


@pytest.fixture
def planned(japan):
    return MeetingFactory(
        title="Next round in Tokyo",
        partners=[japan],
        status="planned",
        confidentiality="internal",
        start=timezone.now() + datetime.timedelta(days=5),
    )


def header(response) -> str:
    html = response.content.decode()
    start = html.index("<header")
    return html[start : html.index("</header>", start)]


@pytest.mark.parametrize("url", [inspect_url, edit_url])
def test_a_planned_meetings_pages_have_the_button(client_for, planned, url):
    response = client_for(TEAM).get(url(planned))

    assert response.status_code == 200
    assert reverse("dialogues_briefing", args=[planned.pk]) in header(response)
    assert "Briefing pack" in header(response)


@pytest.mark.parametrize("url", [inspect_url, edit_url])
def test_a_held_meeting_has_no_button(client_for, japan, url):
    held = MeetingFactory(partners=[japan], status="held", confidentiality="internal")

    response = client_for(TEAM).get(url(held))

    assert response.status_code == 200
    assert reverse("dialogues_briefing", args=[held.pk]) not in header(response)


def test_the_button_is_only_for_those_who_may_open_briefings(client_for, planned):
    # FPI staff read meetings; whether they may open briefings is the
    # briefing's own permission.
    from dialogues.admin_briefing import can_open_briefings

    client = client_for(FPI)
    response = client.get(inspect_url(planned))
    user = response.wsgi_request.user

    shown = reverse("dialogues_briefing", args=[planned.pk]) in header(response)
    assert shown == can_open_briefings(user)
