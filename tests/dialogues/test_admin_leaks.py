"""Wagtail's own admin pages and reports never show a restricted meeting's or
initiative's title to a project team member: usage listings of what the meeting
links to, the admin search, choosers, the site history, workflow, locked and
aging reports."""

import pytest
from wagtail.documents.models import Document
from wagtail.models import ReferenceIndex

from tests.dialogues.factories import (
    ContactFactory,
    InitiativeFactory,
    MeetingFactory,
    PartnerFactory,
)
from tests.monitoring.factories import DevelopmentFactory

TEAM = "team@example.org"
LEAD = "lead@example.org"
MEETING_TITLE = "Zyxwv restricted meeting"
INITIATIVE_TITLE = "Qwvut restricted initiative"


@pytest.fixture
def linked(db):
    japan = PartnerFactory(name="Japan", slug="japan")
    development = DevelopmentFactory()
    contact = ContactFactory(name="Haruto Sato", partner=japan)
    document = Document.objects.create(title="Tokyo non-paper")
    internal_initiative = InitiativeFactory(
        title="Open internal initiative", partners=[japan], confidentiality="internal"
    )
    restricted_initiative = InitiativeFactory(
        title=INITIATIVE_TITLE, partners=[japan], confidentiality="restricted"
    )
    meeting = MeetingFactory(
        title=MEETING_TITLE, partners=[japan], confidentiality="restricted"
    )
    meeting.related_developments = [development]
    meeting.initiatives = [internal_initiative]
    meeting.participants.create(contact=contact)
    meeting.documents.create(document=document)
    meeting.save()
    for record in (meeting, restricted_initiative):
        ReferenceIndex.create_or_update_for_object(record)
    return {
        "japan": japan,
        "development": development,
        "contact": contact,
        "document": document,
        "internal_initiative": internal_initiative,
        "restricted_initiative": restricted_initiative,
        "meeting": meeting,
    }


def page(client, url, **params) -> str:
    response = client.get(url, params)
    assert response.status_code in (200, 302, 404), (url, response.status_code)
    if response.get("Content-Type", "").startswith("application/json"):
        return str(response.json())
    return response.content.decode()


def assert_hidden(html: str) -> None:
    assert MEETING_TITLE not in html
    assert INITIATIVE_TITLE not in html


def usage_urls(linked) -> dict:
    return {
        "partner": f"/admin/snippets/dialogues/partner/usage/{linked['japan'].pk}/",
        "development": "/admin/snippets/monitoring/policydevelopment/usage/"
        f"{linked['development'].pk}/",
        "contact": f"/admin/snippets/dialogues/contact/usage/{linked['contact'].pk}/",
        "document": f"/admin/documents/usage/{linked['document'].pk}/",
        "initiative": "/admin/snippets/dialogues/jointinitiative/usage/"
        f"{linked['internal_initiative'].pk}/",
    }


@pytest.mark.parametrize(
    "target", ["partner", "development", "contact", "document", "initiative"]
)
def test_usage_listings_leave_restricted_meetings_out(client_for, linked, target):
    url = usage_urls(linked)[target]

    assert_hidden(page(client_for(TEAM), url))


def test_team_leads_see_restricted_meetings_in_usage_listings(client_for, linked):
    # The listings above do list meetings where Wagtail's reference index holds
    # the link (participants and documents are child rows of the meeting; the
    # many-to-many links to partners, developments and initiatives are not
    # indexed): a team lead finds the restricted meeting there.
    client = client_for(LEAD)
    showing = {
        target
        for target, url in usage_urls(linked).items()
        if MEETING_TITLE in page(client, url)
    }

    assert showing == {"contact", "document"}, showing


def test_the_admin_search_finds_nothing_restricted(client_for, linked):
    client = client_for(TEAM)

    for query in ("Zyxwv", "Qwvut"):
        assert_hidden(page(client, "/admin/search/", q=query))


@pytest.mark.parametrize(
    "chooser",
    [
        "/admin/snippets/choose/dialogues/dialoguemeeting/",
        "/admin/snippets/choose/dialogues/jointinitiative/",
    ],
)
def test_choosers_and_their_search_offer_nothing_restricted(
    client_for, linked, chooser
):
    client = client_for(TEAM)

    assert_hidden(page(client, chooser))
    assert_hidden(page(client, chooser + "results/", q="restricted"))


def test_history_of_restricted_records_is_not_found(client_for, linked):
    client = client_for(TEAM)
    meeting, initiative = linked["meeting"], linked["restricted_initiative"]

    for url in (
        f"/admin/snippets/dialogues/dialoguemeeting/history/{meeting.pk}/",
        f"/admin/snippets/dialogues/jointinitiative/history/{initiative.pk}/",
        f"/admin/snippets/dialogues/jointinitiative/usage/{initiative.pk}/",
    ):
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize(
    "report",
    [
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/locked/",
        "/admin/reports/aging-pages/",
    ],
)
def test_reports_show_nothing_restricted(client_for, linked, report):
    assert_hidden(page(client_for(TEAM), report))
