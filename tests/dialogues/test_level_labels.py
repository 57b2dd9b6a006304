"""Meeting levels are shown once, without the word "level" doubled ("Working
level level"), on the public partner page, the admin inspect page and the
briefing."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from dialogues.models import DialogueMeeting
from tests.dialogues.factories import MeetingFactory, PartnerFactory

TEAM = "team@example.org"
LEVELS = DialogueMeeting.Level


@pytest.fixture
def japan(db):
    return PartnerFactory(name="Japan", slug="japan")


def doubled(html: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", html)
    return re.findall(r"\blevel\s+level\b", text, flags=re.IGNORECASE)


@pytest.mark.parametrize("level", LEVELS.values)
def test_partner_page_names_each_level_once(japan, level):
    MeetingFactory(partners=[japan], level=level, format="bilateral")

    html = Client().get("/partners/japan/").content.decode()

    label = LEVELS(level).label.lower()
    assert f"Bilateral, {label}" in html
    assert not doubled(html)


def test_admin_and_briefing_name_the_working_level_once(client_for, japan):
    meeting = MeetingFactory(
        partners=[japan],
        level=LEVELS.WORKING_LEVEL,
        status="planned",
        confidentiality="internal",
        start=timezone.now() + datetime.timedelta(days=3),
    )
    client = client_for(TEAM)

    inspect = client.get(
        f"/admin/snippets/dialogues/dialoguemeeting/inspect/{meeting.pk}/"
    ).content.decode()
    briefing = client.get(
        reverse("dialogues_briefing", args=[meeting.pk])
    ).content.decode()

    for html in (inspect, briefing):
        assert "Working level" in html
        assert not doubled(html)
