"""Logging meetings in the back office: the meeting form, the listing with its
filters, search and exports, confidentiality on every admin path, overdue
action items and the dashboard panel."""

import csv
import datetime
import io
import re
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from dialogues.models import Contact, DialogueMeeting
from tests.dialogues.factories import (
    ActionItemFactory,
    ContactFactory,
    InitiativeFactory,
    MeetingFactory,
    PartnerFactory,
)
from tests.monitoring.factories import DevelopmentFactory

LIST = "/admin/snippets/dialogues/dialoguemeeting/"
ADD = LIST + "add/"
OVERDUE = "/admin/dialogues/overdue-actions/"
ACTION_ITEMS = "/admin/dialogues/action-items/"
CONTACT_CHOOSER = "/admin/dialogues/choose-contact/"
MEETING_CHOOSER = "/admin/snippets/choose/dialogues/dialoguemeeting/"

TEAM = "team@example.org"
LEAD = "lead@example.org"
COMMS = "comms@example.org"
FPI = "fpi@example.org"
ADMIN = "admin@example.org"

UTC = datetime.UTC

# Every Wagtail admin page puts the content locales in its JavaScript config
# (the `wagtail_config` template tag): one query per admin page since
# WAGTAIL_I18N_ENABLED is on, whatever the number of rows listed.
ADMIN_LOCALES_QUERY = 1
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


def edit_url(meeting):
    return f"{LIST}edit/{meeting.pk}/"


def inspect_url(meeting):
    return f"{LIST}inspect/{meeting.pk}/"


def history_url(meeting):
    return f"{LIST}history/{meeting.pk}/"


def days(n):
    return datetime.timedelta(days=n)


def management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def meeting_data(partners, publish=True, **fields):
    data = {
        "title": "EU–Japan AI policy dialogue",
        "partners": [partner.pk for partner in partners],
        "format": "bilateral",
        "level": "senior_officials",
        "status": "held",
        "confidentiality": "internal",
        "start": "2025-07-14 10:00",
        "end": "2025-07-14 12:00",
        "time_zone": "Asia/Tokyo",
        "location": "Tokyo",
        "forum": "",
        "agenda": "1. AI Act implementation",
        "public_summary": "Both sides discussed AI governance.",
        "minutes": "The partner is preparing a bill.",
        "outcomes": "A joint workshop in the spring.",
        "topics": "",
        **management("participants"),
        **management("action_items"),
        **management("documents"),
    }
    if publish:
        data["action-publish"] = "action-publish"
    data.update(fields)
    return data


def rendered_names(response) -> set:
    """The input names of a rendered admin form, with formset prefixes as 0."""
    names = set(re.findall(r'name="([^"]+)"', response.content.decode()))
    return {name.replace("__prefix__", "0") for name in names}


def assert_denied(response):
    """Wagtail answers a refused admin page with a redirect to the dashboard and
    an error message (403 to JavaScript requests)."""
    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


def csv_rows(response):
    content = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(content)))


@pytest.fixture
def japan(db):
    return PartnerFactory(name="Japan", slug="japan")


@pytest.fixture
def canada(db):
    return PartnerFactory(name="Canada", slug="canada")


# --- The form ---------------------------------------------------------------


def test_team_member_logs_a_meeting_through_the_admin_form(client_for, seeded, japan):
    team = seeded["users"][TEAM]
    contact = ContactFactory(name="Haruto Sato", partner=japan)
    client = client_for(TEAM)
    form = client.get(ADD)
    data = meeting_data(
        [japan],
        topics="AI safety, standards",
        **{
            **management("participants", total=1),
            "participants-0-contact": str(contact.pk),
            "participants-0-role_in_meeting": "Head of delegation",
            "participants-0-id": "",
            "participants-0-ORDER": "1",
            **management("action_items", total=1),
            "action_items-0-description": "Send our comments on the draft bill",
            "action_items-0-owner": str(team.pk),
            "action_items-0-due_on": "2025-08-01",
            "action_items-0-status": "open",
            "action_items-0-id": "",
            "action_items-0-ORDER": "1",
        },
    )
    assert set(data) <= rendered_names(form)

    response = client.post(ADD, data)

    assert response.status_code == 302
    meeting = DialogueMeeting.objects.get(title="EU–Japan AI policy dialogue")
    assert meeting.live
    assert list(meeting.partners.all()) == [japan]
    # 10:00 in Tokyo (UTC+9) is 01:00 UTC, 03:00 in Brussels in summer (UTC+2).
    assert meeting.start == datetime.datetime(2025, 7, 14, 1, 0, tzinfo=UTC)
    assert meeting.end == datetime.datetime(2025, 7, 14, 3, 0, tzinfo=UTC)
    assert str(meeting.time_zone) == "Asia/Tokyo"
    assert meeting.brussels_start.strftime("%H:%M") == "03:00"
    assert meeting.logged_by == team
    assert sorted(tag.name for tag in meeting.topics.all()) == [
        "AI safety",
        "standards",
    ]
    participant = meeting.participants.get()
    assert (participant.contact, participant.role_in_meeting) == (
        contact,
        "Head of delegation",
    )
    item = meeting.action_items.get()
    assert (item.owner, item.due_on, item.status, item.closed_at) == (
        team,
        datetime.date(2025, 8, 1),
        "open",
        None,
    )

    edit = client.get(edit_url(meeting)).content.decode()
    assert 'value="2025-07-14 10:00"' in edit  # shown back in Tokyo time
    assert "Mon 14 Jul 2025, 03:00 Brussels time" in edit

    listing = client.get(LIST).content.decode()
    assert "EU–Japan AI policy dialogue" in listing
    assert "2025-07-14 10:00" in listing
    assert "2025-07-14 03:00 Brussels" in listing


def test_a_time_that_brussels_skips_is_fine_in_tokyo(client_for, japan):
    # Brussels moves its clocks from 02:00 to 03:00 on 29 March 2026.
    client = client_for(TEAM)
    response = client.post(
        ADD, meeting_data([japan], start="2026-03-29 02:30", end="2026-03-29 04:00")
    )

    assert response.status_code == 302
    meeting = DialogueMeeting.objects.get()
    assert meeting.start.astimezone(TOKYO) == datetime.datetime(
        2026, 3, 29, 2, 30, tzinfo=TOKYO
    )


def test_a_time_the_local_clock_skips_is_refused(client_for, japan):
    client = client_for(TEAM)
    response = client.post(
        ADD,
        meeting_data(
            [japan],
            time_zone="Europe/Brussels",
            start="2026-03-29 02:30",
            end="2026-03-29 04:00",
        ),
    )

    assert response.status_code == 200
    assert "does not exist in Europe/Brussels" in response.content.decode()
    assert not DialogueMeeting.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"format": "bilateral"}, "A bilateral meeting has exactly one partner."),
        (
            {"format": "multilateral", "end": "2025-07-14 09:00"},
            "The meeting must end after it starts.",
        ),
        (
            {"format": "multilateral", "start": "FUTURE", "end": "FUTURE_END"},
            "A meeting in the future cannot have been held yet.",
        ),
        ({"format": "multilateral", "partners": []}, "Choose at least one partner."),
    ],
    ids=["bilateral-two-partners", "end-before-start", "held-in-future", "none"],
)
def test_invalid_meetings_redisplay_the_form_with_the_reason(
    client_for, japan, canada, fields, message
):
    future = timezone.localtime(timezone.now() + days(30), TOKYO)
    fields = {
        key: (
            future.strftime("%Y-%m-%d %H:%M")
            if value == "FUTURE"
            else (future + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
            if value == "FUTURE_END"
            else value
        )
        for key, value in fields.items()
    }
    partners = [] if fields.pop("partners", None) == [] else [japan, canada]
    client = client_for(TEAM)

    response = client.post(ADD, meeting_data(partners, **fields))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DialogueMeeting.objects.exists()


def test_only_team_leads_log_restricted_meetings(client_for, japan):
    # A restricted meeting would vanish from its author's sight once saved.
    team = client_for(TEAM)
    assert 'value="restricted"' not in team.get(ADD).content.decode()

    response = team.post(ADD, meeting_data([japan], confidentiality="restricted"))

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not DialogueMeeting.objects.exists()
    lead = client_for(LEAD)
    assert 'value="restricted"' in lead.get(ADD).content.decode()
    response = lead.post(ADD, meeting_data([japan], confidentiality="restricted"))
    assert response.status_code == 302
    assert DialogueMeeting.objects.get().confidentiality == "restricted"


def test_drafts_revisions_and_history_record_who_changed_what(
    client_for, seeded, japan
):
    client = client_for(TEAM)

    client.post(ADD, meeting_data([japan], publish=False, title="First draft"))
    meeting = DialogueMeeting.objects.get()
    assert not meeting.live
    assert meeting.revisions.count() == 1

    data = meeting_data([japan], title="Final title")
    response = client.post(edit_url(meeting), data)

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.live
    assert meeting.title == "Final title"
    assert meeting.revisions.count() == 2
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(meeting.pk)).values_list(
            "action", "user__email"
        )
    )
    assert {("wagtail.create", TEAM), ("wagtail.publish", TEAM)} <= actions
    history = client.get(history_url(meeting)).content.decode()
    assert "Tomás Analyst" in history
    assert "Published" in history
    first, second = meeting.revisions.order_by("created_at")
    compare = client.get(
        f"{history_url(meeting)}revisions/compare/{first.pk}...{second.pk}/"
    ).content.decode()
    assert "First draft" in compare
    assert "Final title" in compare
    revert = client.get(f"{history_url(meeting)}revisions/{first.pk}/revert/")
    assert revert.status_code == 200
    assert 'value="First draft"' in revert.content.decode()


def test_edit_form_shows_the_pending_draft_and_publishing_applies_it(client_for, japan):
    meeting = MeetingFactory(partners=[japan], title="Published title")
    client = client_for(TEAM)
    client.post(edit_url(meeting), meeting_data([japan], publish=False, title="Draft"))

    meeting.refresh_from_db()
    assert meeting.title == "Published title"
    assert meeting.has_unpublished_changes
    assert 'value="Draft"' in client.get(edit_url(meeting)).content.decode()


def action_item_edit_data(meeting, item, status, publish=True, **fields):
    return meeting_data(
        list(meeting.partners.all()),
        publish=publish,
        **{
            "title": meeting.title,
            **management("action_items", total=1, initial=1),
            "action_items-0-id": str(item.pk),
            "action_items-0-description": item.description,
            "action_items-0-owner": "",
            "action_items-0-due_on": item.due_on.isoformat(),
            "action_items-0-status": status,
            "action_items-0-ORDER": "1",
            **fields,
        },
    )


def test_closing_an_action_item_records_when_and_reopening_clears_it(client_for, japan):
    meeting = MeetingFactory(partners=[japan])
    meeting.start = datetime.datetime(2025, 7, 14, 1, tzinfo=UTC)
    meeting.end = meeting.start + datetime.timedelta(hours=2)
    meeting.save()
    item = ActionItemFactory(meeting=meeting, due_on=datetime.date(2025, 8, 1))
    client = client_for(TEAM)

    response = client.post(
        edit_url(meeting), action_item_edit_data(meeting, item, "done")
    )

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "done"
    assert item.closed_at is not None

    client.post(edit_url(meeting), action_item_edit_data(meeting, item, "open"))

    item.refresh_from_db()
    assert item.status == "open"
    assert item.closed_at is None


def test_only_active_partners_are_offered_but_a_meetings_own_stay(client_for, japan):
    retired = PartnerFactory(name="Retired partner", active=False)
    client = client_for(TEAM)

    assert "Retired partner" not in client.get(ADD).content.decode()

    meeting = MeetingFactory(partners=[retired])
    assert "Retired partner" in client.get(edit_url(meeting)).content.decode()


def test_restricted_initiatives_are_not_offered_to_the_team_and_links_survive(
    client_for, japan
):
    open_one = InitiativeFactory(title="Open initiative", confidentiality="internal")
    secret = InitiativeFactory(title="Secret initiative", confidentiality="restricted")
    meeting = MeetingFactory(partners=[japan])
    meeting.initiatives.set([secret])
    meeting.save()
    client = client_for(TEAM)

    page = client.get(edit_url(meeting)).content.decode()
    assert "Open initiative" in page
    assert "Secret initiative" not in page

    data = meeting_data([japan], initiatives=[open_one.pk])
    assert client.post(edit_url(meeting), data).status_code == 302
    meeting.refresh_from_db()
    assert set(meeting.initiatives.all()) == {open_one, secret}


def test_developments_are_found_by_search_and_linked(client_for, japan):
    development = DevelopmentFactory(title="Japan AI Promotion Act")
    DevelopmentFactory(title="Dismissed rumour Japan", review_status="dismissed")
    client = client_for(TEAM)

    found = client.get(LIST + "search-developments/", {"q": "japan"}).json()
    assert [result["label"] for result in found["results"]] == [
        "Japan AI Promotion Act"
    ]

    response = client.post(
        ADD, meeting_data([japan], related_developments=[development.pk])
    )
    assert response.status_code == 302
    meeting = DialogueMeeting.objects.get()
    assert list(meeting.related_developments.all()) == [development]
    assert "Japan AI Promotion Act" in client.get(edit_url(meeting)).content.decode()


@pytest.mark.parametrize("email", [COMMS, FPI])
def test_development_search_is_for_those_who_log_meetings(client_for, email):
    response = client_for(email).get(LIST + "search-developments/", {"q": "ai"})
    assert response.status_code == 403


def test_contacts_are_chosen_or_created_from_the_meeting_form(client_for, japan):
    ContactFactory(name="Haruto Sato", partner=japan)
    ContactFactory(name="Anonymised person", anonymised_at=timezone.now())
    client = client_for(TEAM)

    chooser = client.get(CONTACT_CHOOSER, {"q": "sato"})
    assert chooser.status_code == 200
    assert "Haruto Sato" in chooser.json()["html"]
    everyone = client.get(CONTACT_CHOOSER).json()["html"]
    assert "Anonymised person" not in everyone
    assert "New contact" in everyone  # the "create" tab

    created = client.post(
        CONTACT_CHOOSER + "create/",
        {"name": "Yui Tanaka", "organisation": "MIC", "partner": japan.pk},
    )
    assert created.status_code == 200
    assert created.json()["step"] == "chosen"
    assert Contact.objects.filter(name="Yui Tanaka", partner=japan).exists()


@pytest.mark.parametrize("email", [COMMS, FPI])
def test_contacts_cannot_be_listed_without_a_contact_permission(client_for, email):
    ContactFactory(name="Haruto Sato")
    client = client_for(email)

    assert_denied(client.get(CONTACT_CHOOSER))
    assert_denied(client.get(CONTACT_CHOOSER + "results/", {"q": "sato"}))
    assert_denied(client.post(CONTACT_CHOOSER + "create/", {"name": "Spy"}))
    assert not Contact.objects.filter(name="Spy").exists()


# --- Listing, filters, search, export -----------------------------------------


@pytest.fixture
def listing_meetings(db, japan, canada):
    now = timezone.now()
    held = MeetingFactory(
        title="Held with Japan",
        partners=[japan],
        start=now - days(40),
        confidentiality="internal",
    )
    held.topics.add("standards")
    held.save()
    ActionItemFactory(meeting=held, due_on=timezone.localdate() - days(3))
    planned = MeetingFactory(
        title="Planned with Canada",
        partners=[canada],
        status="planned",
        start=now + days(20),
        confidentiality="public",
    )
    old = MeetingFactory(
        title="Old multilateral",
        partners=[japan, canada],
        format="multilateral",
        start=now - days(400),
        location="Paris",
    )
    return {"held": held, "planned": planned, "old": old}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, {"held", "planned", "old"}),
        ({"partner": "CANADA"}, {"planned", "old"}),
        ({"status": "planned"}, {"planned"}),
        ({"confidentiality": "internal"}, {"held"}),
        ({"format": "multilateral"}, {"old"}),
        ({"topic": "TOPIC"}, {"held"}),
        ({"has_overdue_actions": "true"}, {"held"}),
        ({"has_overdue_actions": "false"}, {"planned", "old"}),
        ({"start_from": "FROM", "start_to": "TO"}, {"held", "planned"}),
        ({"q": "canada"}, {"planned"}),
        ({"q": "paris"}, {"old"}),
    ],
)
def test_listing_filters_and_search(
    client_for, listing_meetings, canada, query, expected
):
    today = timezone.localdate()
    values = {
        "CANADA": str(canada.pk),
        "TOPIC": str(listing_meetings["held"].topics.get().pk),
        "FROM": (today - days(60)).isoformat(),
        "TO": (today + days(60)).isoformat(),
    }
    query = {key: values.get(value, value) for key, value in query.items()}
    client = client_for(TEAM)

    page = client.get(LIST, query).content.decode()

    for name, meeting in listing_meetings.items():
        assert (meeting.title in page) is (name in expected), name


def test_csv_export_holds_the_filtered_meetings(client_for, listing_meetings, japan):
    client = client_for(TEAM)

    response = client.get(LIST, {"export": "csv", "partner": japan.pk})

    rows = csv_rows(response)
    assert {row["Title"] for row in rows} == {"Held with Japan", "Old multilateral"}
    old = next(row for row in rows if row["Title"] == "Old multilateral")
    assert old["Partners"] in {"Japan, Canada", "Canada, Japan"}
    assert old["Time zone"] == "Asia/Tokyo"
    assert old["Start (Brussels)"] != old["Start (local)"]


def test_xlsx_export_holds_the_searched_meetings(client_for, listing_meetings):
    client = client_for(TEAM)

    response = client.get(LIST, {"export": "xlsx", "q": "with"})

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    titles = {row[0] for row in rows[1:]}
    assert rows[0][0] == "Title"
    assert titles == {"Held with Japan", "Planned with Canada"}


def test_export_defuses_spreadsheet_formulas(client_for, japan):
    MeetingFactory(title='=HYPERLINK("http://evil.example")', partners=[japan])

    rows = csv_rows(client_for(TEAM).get(LIST, {"export": "csv"}))

    assert rows[0]["Title"].startswith("'=")


def _meetings_with_partners(count, partners):
    for _ in range(count):
        meeting = MeetingFactory(partners=partners)
        meeting.topics.add("standards", "safety")
        meeting.save()
        ActionItemFactory(meeting=meeting, due_on=timezone.localdate() - days(2))


def test_listing_rows_link_to_the_meeting_and_offer_its_actions(client_for, japan):
    planned = MeetingFactory(
        title="EU-Japan <digital> council",
        partners=[japan],
        status="planned",
        start=timezone.now() + days(10),
        time_zone="Asia/Tokyo",
    )

    page = BeautifulSoup(client_for(LEAD).get(LIST).content, "html.parser")

    (row,) = page.select("tbody tr")
    title = row.select_one("td.title .title-wrapper a")
    assert title["href"] == edit_url(planned)
    assert title.get_text(strip=True) == "EU-Japan <digital> council"
    assert row.select_one("input.bulk-action-checkbox")["data-object-id"] == str(
        planned.pk
    )
    briefing, more = row.select("ul.actions > li")
    assert briefing.a.get_text(strip=True) == "Briefing pack"
    assert more.select_one("[data-controller=w-dropdown] button")["aria-label"] == (
        "More options for 'EU-Japan <digital> council'"
    )
    actions = {
        link.get_text(strip=True): link["href"]
        for link in more.select(".w-dropdown__content a")
    }
    assert actions == {
        "Edit": edit_url(planned),
        "Inspect": inspect_url(planned),
        "Delete": f"{LIST}delete/{planned.pk}/",
    }
    cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
    assert "Japan" in cells
    assert "Planned" in cells
    local = timezone.localtime(planned.start, TOKYO).strftime("%Y-%m-%d %H:%M")
    assert any(cell.startswith(f"{local} Asia/Tokyo") for cell in cells)


def test_listing_shows_25_meetings_a_page(client_for, japan, canada):
    _meetings_with_partners(30, [japan, canada])
    client = client_for(TEAM)

    first = BeautifulSoup(client.get(LIST).content, "html.parser")
    second = BeautifulSoup(client.get(LIST, {"p": 2}).content, "html.parser")

    assert len(first.select("tbody tr")) == 25
    assert len(second.select("tbody tr")) == 5


def test_listing_and_exports_use_a_constant_number_of_queries(
    client_for, japan, canada, django_assert_max_num_queries
):
    client = client_for(TEAM)
    _meetings_with_partners(3, [japan, canada])
    client.get(LIST)  # warm caches (content types, permissions)

    for count in (3, 33):
        if count == 33:
            _meetings_with_partners(30, [japan, canada])
        with django_assert_max_num_queries(16 + ADMIN_LOCALES_QUERY):
            assert client.get(LIST).status_code == 200
        with django_assert_max_num_queries(10):
            rows = csv_rows(client.get(LIST, {"export": "csv"}))
        assert len(rows) == count
        with django_assert_max_num_queries(10):
            response = client.get(LIST, {"export": "xlsx"})
            sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        assert sheet.active.max_row == count + 1


# --- Confidentiality -----------------------------------------------------------


@pytest.fixture
def restricted(db, japan):
    return MeetingFactory(
        title="Restricted ministerial talk",
        partners=[japan],
        confidentiality="restricted",
        minutes="Secret minutes",
    )


@pytest.fixture
def internal(db, japan):
    return MeetingFactory(
        title="Internal working level", partners=[japan], confidentiality="internal"
    )


@pytest.mark.parametrize("email", [TEAM, FPI])
def test_restricted_meetings_are_invisible_to_staff_who_may_see_the_rest(
    client_for, restricted, internal, email
):
    client = client_for(email)

    listing = client.get(LIST).content.decode()
    assert "Internal working level" in listing
    assert "Restricted ministerial talk" not in listing
    search = client.get(LIST, {"q": "ministerial"}).content.decode()
    assert "Restricted ministerial talk" not in search
    titles = {row["Title"] for row in csv_rows(client.get(LIST, {"export": "csv"}))}
    assert titles == {"Internal working level"}
    for url in (
        inspect_url(restricted),
        edit_url(restricted),
        history_url(restricted),
        f"{LIST}usage/{restricted.pk}/",
        f"{LIST}delete/{restricted.pk}/",
        f"{LIST}unpublish/{restricted.pk}/",
        f"{LIST}history/{restricted.pk}/revisions/compare/earliest...latest/",
        f"{MEETING_CHOOSER}chosen/{restricted.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"Secret minutes" not in response.content
    chooser = client.get(MEETING_CHOOSER).json()["html"]
    assert "Internal working level" in chooser
    assert "Restricted ministerial talk" not in chooser


def test_communications_sees_no_meetings_at_all(client_for, restricted, internal):
    client = client_for(COMMS)

    assert_denied(client.get(LIST))
    assert_denied(client.get(LIST, {"export": "csv"}))
    assert client.get(inspect_url(internal)).status_code == 404
    assert client.get(inspect_url(restricted)).status_code == 404
    assert client.get(edit_url(restricted)).status_code == 404
    assert_denied(client.get(OVERDUE))
    assert_denied(client.get(ACTION_ITEMS))
    assert b"Restricted ministerial talk" not in client.get("/admin/").content


@pytest.mark.parametrize("email", [LEAD, ADMIN])
def test_team_leads_and_superusers_see_restricted_meetings(
    client_for, restricted, email
):
    client = client_for(email)

    assert "Restricted ministerial talk" in client.get(LIST).content.decode()
    rows = csv_rows(client.get(LIST, {"export": "csv"}))
    assert [row["Title"] for row in rows] == ["Restricted ministerial talk"]
    assert b"Secret minutes" in client.get(inspect_url(restricted)).content
    assert client.get(edit_url(restricted)).status_code == 200
    assert client.get(history_url(restricted)).status_code == 200
    assert "Restricted ministerial" in client.get(MEETING_CHOOSER).json()["html"]


def test_wagtail_asks_the_meeting_policy_about_single_meetings(
    seeded, restricted, internal
):
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(DialogueMeeting)
    users = seeded["users"]

    assert not policy.user_has_permission_for_instance(
        users[TEAM], "change", restricted
    )
    assert policy.user_has_permission_for_instance(users[TEAM], "change", internal)
    assert policy.user_has_permission_for_instance(users[LEAD], "change", restricted)
    editable = policy.instances_user_has_any_permission_for(users[TEAM], ["change"])
    assert list(editable) == [internal]
    assert set(
        policy.instances_user_has_any_permission_for(users[LEAD], ["change"])
    ) == {internal, restricted}


def test_a_restricted_draft_hides_the_meeting_until_published(
    client_for, internal, japan
):
    lead = client_for(LEAD)
    lead.post(
        edit_url(internal),
        meeting_data(
            [japan],
            publish=False,
            title=internal.title,
            confidentiality="restricted",
            minutes="Sensitive draft minutes",
        ),
    )

    team = client_for(TEAM)
    assert team.get(edit_url(internal)).status_code == 404
    assert "Internal working level" not in team.get(LIST).content.decode()


def test_project_team_cannot_post_to_a_restricted_meetings_edit_url(
    client_for, restricted, japan
):
    response = client_for(TEAM).post(
        edit_url(restricted), meeting_data([japan], title="Overwritten")
    )

    assert response.status_code == 404
    restricted.refresh_from_db()
    assert restricted.title == "Restricted ministerial talk"


def test_fpi_staff_read_but_do_not_change_meetings(client_for, internal, japan):
    client = client_for(FPI)

    assert client.get(LIST).status_code == 200
    assert b"Internal minutes" in client.get(inspect_url(internal)).content
    assert_denied(client.get(edit_url(internal)))
    assert_denied(client.get(ADD))
    assert_denied(client.post(ADD, meeting_data([japan])))
    assert not DialogueMeeting.objects.filter(title__startswith="EU–Japan").exists()


def test_participant_names_are_hidden_from_fpi_staff(client_for, internal):
    internal.participants.create(contact=ContactFactory(name="Haruto Sato"))
    internal.save()

    assert b"Haruto Sato" in client_for(TEAM).get(inspect_url(internal)).content
    page = client_for(FPI).get(inspect_url(internal)).content
    assert b"Haruto Sato" not in page
    assert b"1 participant" in page


# --- Action items and overdue ----------------------------------------------------


@pytest.fixture
def overdue_items(db, japan, internal, restricted):
    today = timezone.localdate()
    visible = ActionItemFactory(
        meeting=internal, description="Send the comments", due_on=today - days(5)
    )
    hidden = ActionItemFactory(
        meeting=restricted, description="Secret follow-up", due_on=today - days(9)
    )
    ActionItemFactory(meeting=internal, description="Not due yet", due_on=today)
    return {"visible": visible, "hidden": hidden}


def test_overdue_view_lists_open_late_items_of_visible_meetings(
    client_for, overdue_items
):
    page = client_for(TEAM).get(OVERDUE).content.decode()

    assert "Send the comments" in page
    assert "Internal working level" in page
    assert "Japan" in page
    assert "<td>5</td>" in page  # days overdue
    assert "Secret follow-up" not in page
    assert "Not due yet" not in page
    assert "Secret follow-up" in client_for(LEAD).get(OVERDUE).content.decode()


def test_marking_done_from_the_overdue_view_is_recorded_and_sticks(
    client_for, seeded, overdue_items, internal
):
    item = overdue_items["visible"]
    client = client_for(TEAM)

    response = client.post(f"{OVERDUE}{item.pk}/close/", {"status": "done"})

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "done"
    assert item.closed_at is not None
    page = client.get(OVERDUE).content.decode()
    assert "“Send the comments” marked done." in page
    assert "Send the comments</th>" not in page
    log = ModelLogEntry.objects.filter(object_id=str(internal.pk)).latest("timestamp")
    assert log.user == seeded["users"][TEAM]
    # The meeting's next edit starts from the closed item, not from an old copy.
    form = client.get(edit_url(internal)).content.decode()
    assert re.search(r'<option value="done" selected>', form)


def test_marking_done_keeps_a_pending_draft_and_closes_the_item_in_it(
    client_for, overdue_items, internal, japan
):
    item = overdue_items["visible"]
    client = client_for(TEAM)
    client.post(
        edit_url(internal),
        action_item_edit_data(
            internal, item, "open", publish=False, title="Draft title"
        ),
    )

    client.post(f"{OVERDUE}{item.pk}/close/", {"status": "done"})

    internal.refresh_from_db()
    assert internal.title == "Internal working level"  # the draft stays a draft
    draft = internal.get_latest_revision_as_object()
    assert draft.title == "Draft title"
    statuses = {child.pk: child.status for child in draft.action_items.all()}
    assert statuses[item.pk] == "done"
    item.refresh_from_db()
    assert item.status == "done"


def test_overdue_actions_cannot_be_closed_by_fpi_or_on_hidden_meetings(
    client_for, overdue_items
):
    fpi = client_for(FPI)
    assert "Mark done" not in fpi.get(OVERDUE).content.decode()
    assert_denied(fpi.post(f"{OVERDUE}{overdue_items['visible'].pk}/close/"))
    overdue_items["visible"].refresh_from_db()
    assert overdue_items["visible"].status == "open"

    team = client_for(TEAM)
    hidden = overdue_items["hidden"]
    assert team.post(f"{OVERDUE}{hidden.pk}/close/").status_code == 404
    hidden.refresh_from_db()
    assert hidden.status == "open"


def test_closing_needs_the_csrf_token(seeded, overdue_items):
    client = Client(enforce_csrf_checks=True)
    client.force_login(seeded["users"][TEAM])

    response = client.post(f"{OVERDUE}{overdue_items['visible'].pk}/close/")

    assert response.status_code == 403
    overdue_items["visible"].refresh_from_db()
    assert overdue_items["visible"].status == "open"


def test_action_item_listing_shows_items_of_visible_meetings(client_for, overdue_items):
    team = client_for(TEAM).get(ACTION_ITEMS).content.decode()
    assert "Send the comments" in team
    assert "Not due yet" in team
    assert "Secret follow-up" not in team

    overdue_only = client_for(TEAM).get(ACTION_ITEMS, {"overdue": "true"})
    assert "Not due yet" not in overdue_only.content.decode()
    assert "Secret follow-up" in client_for(LEAD).get(ACTION_ITEMS).content.decode()
    rows = csv_rows(client_for(FPI).get(ACTION_ITEMS, {"export": "csv"}))
    assert {row["Description"] for row in rows} == {"Send the comments", "Not due yet"}


def _overdue_in_meetings(count, japan):
    for _ in range(count):
        meeting = MeetingFactory(partners=[japan], confidentiality="internal")
        ActionItemFactory(meeting=meeting, due_on=timezone.localdate() - days(4))
        MeetingFactory(
            partners=[japan],
            status="planned",
            start=timezone.now() + days(10),
            confidentiality="internal",
        )


def test_overdue_view_and_dashboard_use_a_constant_number_of_queries(
    client_for, japan, django_assert_max_num_queries
):
    client = client_for(TEAM)
    _overdue_in_meetings(3, japan)
    client.get(OVERDUE)
    client.get("/admin/")

    for count in (3, 33):
        if count == 33:
            _overdue_in_meetings(30, japan)
        with django_assert_max_num_queries(13 + ADMIN_LOCALES_QUERY):
            page = client.get(OVERDUE).content.decode()
        assert page.count("Mark done</button>") == count
        # The dashboard includes Wagtail's own panels.
        with django_assert_max_num_queries(27 + ADMIN_LOCALES_QUERY):
            assert client.get("/admin/").status_code == 200
        with django_assert_max_num_queries(15 + ADMIN_LOCALES_QUERY):
            assert client.get(ACTION_ITEMS).status_code == 200


# --- Dashboard -------------------------------------------------------------------


def test_dashboard_panel_shows_upcoming_overdue_and_recent_meetings(
    client_for, japan, overdue_items
):
    MeetingFactory(
        title="Next week in Ottawa",
        partners=[japan],
        status="planned",
        start=timezone.now() + days(7),
        confidentiality="internal",
    )
    MeetingFactory(
        title="Restricted plan",
        partners=[japan],
        status="planned",
        start=timezone.now() + days(3),
        confidentiality="restricted",
    )

    team = client_for(TEAM).get("/admin/").content.decode()
    assert "Upcoming meetings" in team
    assert "Next week in Ottawa" in team
    assert "Restricted plan" not in team
    assert "1 overdue action item" in team
    assert "Send the comments" in team
    assert "Secret follow-up" not in team
    assert "Internal working level" in team  # recent, held

    lead = client_for(LEAD).get("/admin/").content.decode()
    assert "Restricted plan" in lead
    assert "2 overdue action items" in lead

    assert "Upcoming meetings" not in client_for(COMMS).get("/admin/").content.decode()


def test_dialogues_menu_holds_meetings_and_follow_up(client_for):
    page = client_for(TEAM).get("/admin/").content.decode()

    for label in ("Dialogues", "Meetings", "Action items", "Overdue action items"):
        assert label in page
    assert (
        "Overdue action items" not in client_for(COMMS).get("/admin/").content.decode()
    )


# --- Site history ------------------------------------------------------------


SITE_HISTORY = "/admin/reports/site-history/"


@pytest.fixture
def logged_restricted_meeting(client_for, japan):
    lead = client_for(LEAD)
    data = meeting_data(
        [japan], title="Very secret Tokyo talk", confidentiality="restricted"
    )
    assert lead.post(ADD, data).status_code == 302
    data = meeting_data([japan], title="Ordinary Ottawa talk")
    assert lead.post(ADD, data).status_code == 302


@pytest.mark.parametrize("email", [TEAM, FPI])
def test_site_history_keeps_restricted_meetings_from_other_staff(
    client_for, logged_restricted_meeting, email
):
    client = client_for(email)

    page = client.get(SITE_HISTORY).content.decode()
    assert "Ordinary Ottawa talk" in page
    assert "Very secret Tokyo talk" not in page
    results = client.get(SITE_HISTORY + "results/", {"label": "secret"})
    assert "Very secret Tokyo talk" not in results.content.decode()
    export = client.get(SITE_HISTORY, {"export": "csv"})
    content = b"".join(export.streaming_content).decode()
    assert "Ordinary Ottawa talk" in content
    assert "Very secret Tokyo talk" not in content


def test_site_history_shows_restricted_meetings_to_team_leads(
    client_for, logged_restricted_meeting
):
    page = client_for(LEAD).get(SITE_HISTORY).content.decode()

    assert "Very secret Tokyo talk" in page
