"""Contacts are personal data: anonymisation on request (meeting history kept,
audit-logged without the old name), the data subject access export, and no
contact ever reaching the public site or the API."""

import csv
import io
import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from wagtail.models import ModelLogEntry, Revision

from dialogues import services
from dialogues.models import Contact, DialogueMeeting, MeetingParticipant
from tests.dialogues.factories import MeetingFactory, PartnerFactory

CONTACTS = "/admin/snippets/dialogues/contact/"
MEETINGS = "/admin/snippets/dialogues/dialoguemeeting/"

TEAM = "team@example.org"
LEAD = "lead@example.org"
COMMS = "comms@example.org"
FPI = "fpi@example.org"
ADMIN = "admin@example.org"

NAME = "Haruto Sato"
EMAIL = "sato@soumu.example.jp"


def anonymise_url(contact):
    return f"{CONTACTS}anonymise/{contact.pk}/"


def export_url(contact):
    return f"{CONTACTS}data-export/{contact.pk}/"


def assert_denied(response):
    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


def contact_log(contact):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Contact),
        object_id=str(contact.pk),
    )


def management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


@pytest.fixture
def japan(db):
    return PartnerFactory(name="Japan", slug="japan")


@pytest.fixture
def sato(client_for, japan):
    """A contact added through the admin form (so the audit log has the name),
    who took part in an internal and a restricted meeting."""
    client_for(TEAM).post(
        CONTACTS + "add/",
        {
            "name": NAME,
            "organisation": "Ministry of Internal Affairs and Communications",
            "role": "Director, AI policy",
            "partner": japan.pk,
            "email": EMAIL,
            "phone": "+81 3 5253 0000",
            "notes": "Met at the G7 digital ministers' meeting.",
        },
    )
    contact = Contact.objects.get(name=NAME)
    internal = MeetingFactory(
        title="EU–Japan working-level call",
        partners=[japan],
        confidentiality="internal",
    )
    restricted = MeetingFactory(
        title="Restricted ministerial talk",
        partners=[japan],
        confidentiality="restricted",
    )
    internal.participants.create(contact=contact, role_in_meeting="Head of delegation")
    restricted.participants.create(contact=contact, role_in_meeting="Speaker")
    for meeting in (internal, restricted):
        meeting.save()
    return contact


# --- Anonymisation ------------------------------------------------------------------


def test_anonymise_confirmation_then_post_removes_the_person(client_for, sato, japan):
    client = client_for(TEAM)
    # The action is offered in the listing, on the edit page and on inspect.
    for path in (
        CONTACTS,
        f"{CONTACTS}edit/{sato.pk}/",
        f"{CONTACTS}inspect/{sato.pk}/",
    ):
        assert anonymise_url(sato) in client.get(path).content.decode(), path

    confirm = client.get(anonymise_url(sato))
    assert confirm.status_code == 200
    page = confirm.content.decode()
    assert f"Anonymised contact #{sato.pk}" in page
    assert "Yes, anonymise" in page
    assert 'name="csrfmiddlewaretoken"' in page

    response = client.post(anonymise_url(sato))
    assert response.status_code == 302
    assert response["Location"] == f"{CONTACTS}inspect/{sato.pk}/"

    sato.refresh_from_db()
    assert sato.name == f"Anonymised contact #{sato.pk}"
    assert (sato.email, sato.phone, sato.notes, sato.role, sato.organisation) == (
        "",
        "",
        "",
        "",
        "",
    )
    assert sato.partner == japan
    assert sato.anonymised_at is not None
    # The meeting history is intact: both participations, with their roles.
    roles = set(
        MeetingParticipant.objects.filter(contact=sato).values_list(
            "meeting__title", "role_in_meeting"
        )
    )
    assert roles == {
        ("EU–Japan working-level call", "Head of delegation"),
        ("Restricted ministerial talk", "Speaker"),
    }


def test_anonymisation_is_audit_logged_without_the_old_name(client_for, sato):
    client = client_for(TEAM)
    assert contact_log(sato).filter(action="wagtail.create", label__contains=NAME)

    client.post(anonymise_url(sato))

    entry = contact_log(sato).get(action="dialogues.anonymise_contact")
    assert entry.user.email == TEAM
    for logged in contact_log(sato):
        text = f"{logged.label} {json.dumps(logged.data)}"
        assert NAME not in text
        assert EMAIL not in text
    # The contact's history in the admin names the action.
    history = client.get(f"{CONTACTS}history/{sato.pk}/").content.decode()
    assert "Contact anonymised" in history
    assert NAME not in history


def test_anonymisation_is_idempotent(client_for, sato):
    client = client_for(LEAD)
    client.post(anonymise_url(sato))
    sato.refresh_from_db()
    first = (sato.name, sato.anonymised_at)

    again = client.post(anonymise_url(sato), follow=True)

    assert "already anonymised" in again.content.decode()
    sato.refresh_from_db()
    assert (sato.name, sato.anonymised_at) == first
    assert contact_log(sato).filter(action="dialogues.anonymise_contact").count() == 1
    services.anonymise_contact(contact=sato, by=None)
    assert contact_log(sato).filter(action="dialogues.anonymise_contact").count() == 1
    assert client.get(anonymise_url(sato)).status_code == 200


def test_anonymise_needs_the_csrf_token(seeded, sato):
    client = Client(enforce_csrf_checks=True)
    client.force_login(seeded["users"][TEAM])

    response = client.post(anonymise_url(sato))

    assert response.status_code == 403
    sato.refresh_from_db()
    assert sato.name == NAME


def test_anonymise_is_a_post(client_for, sato):
    client_for(TEAM).get(anonymise_url(sato))
    sato.refresh_from_db()
    assert sato.name == NAME


@pytest.mark.parametrize("email", [FPI, COMMS])
def test_only_contact_editors_anonymise(client_for, sato, email):
    client = client_for(email)

    assert_denied(client.get(anonymise_url(sato)))
    assert_denied(client.post(anonymise_url(sato)))
    sato.refresh_from_db()
    assert sato.name == NAME


def test_anonymous_visitors_are_sent_to_log_in(sato):
    for response in (
        Client().post(anonymise_url(sato)),
        Client().get(export_url(sato)),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    sato.refresh_from_db()
    assert sato.name == NAME


def test_an_anonymised_contact_is_not_edited_back_to_a_name(client_for, sato, japan):
    client = client_for(TEAM)
    client.post(anonymise_url(sato))

    edit = client.get(f"{CONTACTS}edit/{sato.pk}/")
    assert edit.status_code == 302
    assert edit["Location"] == f"{CONTACTS}inspect/{sato.pk}/"
    client.post(
        f"{CONTACTS}edit/{sato.pk}/",
        {"name": NAME, "email": EMAIL, "partner": japan.pk},
    )
    sato.refresh_from_db()
    assert sato.name == f"Anonymised contact #{sato.pk}"
    listing = client.get(CONTACTS + "results/").content.decode()
    assert f"Anonymised contact #{sato.pk}" in listing
    assert f"{CONTACTS}edit/{sato.pk}/" not in listing
    assert anonymise_url(sato) not in listing


def test_meetings_show_the_anonymised_participant(client_for, sato):
    client = client_for(TEAM)
    meeting = DialogueMeeting.objects.get(title="EU–Japan working-level call")
    client.post(anonymise_url(sato))

    page = client.get(f"{MEETINGS}inspect/{meeting.pk}/").content.decode()

    assert f"Anonymised contact #{sato.pk}" in page
    assert "Head of delegation" in page
    assert NAME not in page


def test_meeting_revisions_hold_only_the_contact_id(client_for, japan, sato):
    """What anonymisation would have to scrub from revisions: nothing, as a
    meeting's revisions store each participant as the contact's id."""
    client = client_for(TEAM)
    data = {
        "title": "EU–Japan AI policy dialogue",
        "partners": [japan.pk],
        "format": "bilateral",
        "level": "senior_officials",
        "status": "held",
        "confidentiality": "internal",
        "start": "2025-07-14 10:00",
        "end": "2025-07-14 12:00",
        "time_zone": "Asia/Tokyo",
        "location": "Tokyo",
        "forum": "",
        "agenda": "",
        "public_summary": "",
        "minutes": "",
        "outcomes": "",
        "topics": "",
        **management("participants", total=1),
        "participants-0-contact": str(sato.pk),
        "participants-0-role_in_meeting": "Head of delegation",
        "participants-0-id": "",
        "participants-0-ORDER": "1",
        **management("action_items"),
        **management("documents"),
    }
    # A draft (participants only in the revision), then a published version.
    assert client.post(MEETINGS + "add/", data).status_code == 302
    meeting = DialogueMeeting.objects.get(title="EU–Japan AI policy dialogue")
    data.update(
        {
            **management("participants", total=1, initial=1),
            "participants-0-id": str(meeting.participants.get().pk),
            "action-publish": "action-publish",
        }
    )
    assert client.post(f"{MEETINGS}edit/{meeting.pk}/", data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.live

    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(DialogueMeeting),
        object_id=str(meeting.pk),
    )
    assert revisions.count() >= 2
    for revision in revisions:
        assert revision.content["participants"][0]["contact"] == sato.pk
        text = json.dumps(revision.content)
        assert NAME not in text
        assert EMAIL not in text

    client.post(anonymise_url(sato))
    for revision in Revision.objects.all():
        text = json.dumps(revision.content)
        assert NAME not in text
        assert EMAIL not in text


def test_confirmation_lists_meetings_whose_text_names_the_contact(client_for, sato):
    meeting = DialogueMeeting.objects.get(title="EU–Japan working-level call")
    meeting.minutes = f"{NAME} announced a bill for the spring."
    meeting.save()
    restricted = DialogueMeeting.objects.get(title="Restricted ministerial talk")
    restricted.minutes = f"{NAME} briefed the minister."
    restricted.save()

    page = client_for(TEAM).get(anonymise_url(sato)).content.decode()

    assert "appears in the text of these meetings" in page
    assert "EU–Japan working-level call" in page
    assert "Restricted ministerial talk" not in page


def test_contact_inspect_lists_the_meetings_the_user_may_see(client_for, sato):
    team_page = client_for(TEAM).get(f"{CONTACTS}inspect/{sato.pk}/").content.decode()
    lead_page = client_for(LEAD).get(f"{CONTACTS}inspect/{sato.pk}/").content.decode()

    assert "EU–Japan working-level call" in team_page
    assert "Head of delegation" in team_page
    assert "Restricted ministerial talk" not in team_page
    assert "Restricted ministerial talk" in lead_page
    # The download is for team leads only.
    assert export_url(sato) not in team_page
    assert export_url(sato) in lead_page


# --- Data subject access export ---------------------------------------------------


@pytest.mark.parametrize("email", [LEAD, ADMIN])
def test_data_subject_access_export_holds_everything(client_for, sato, japan, email):
    # A pending draft that adds the contact to a further meeting.
    draft_meeting = MeetingFactory(title="Planned follow-up", partners=[japan])
    draft_meeting.participants.add(
        MeetingParticipant(contact=sato, role_in_meeting="Observer")
    )
    draft_meeting.save_revision()  # the participant is in the revision only
    assert not MeetingParticipant.objects.filter(meeting=draft_meeting).exists()
    client = client_for(email)

    response = client.get(export_url(sato))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["contact"]["name"] == NAME
    assert data["contact"]["email"] == EMAIL
    assert data["contact"]["position"] == "Director, AI policy"
    assert data["contact"]["partner"] == "Japan"
    assert data["contact"]["notes"].startswith("Met at the G7")
    meetings = {m["title"]: m for m in data["meetings"]}
    assert set(meetings) == {
        "EU–Japan working-level call",
        "Restricted ministerial talk",
        "Planned follow-up",
    }
    assert meetings["EU–Japan working-level call"]["role_in_meeting"] == (
        "Head of delegation"
    )
    assert meetings["Restricted ministerial talk"]["confidentiality"] == "restricted"
    assert meetings["Planned follow-up"]["record"] == "draft"
    assert meetings["Planned follow-up"]["role_in_meeting"] == "Observer"
    assert "wagtail.create" in {entry["action"] for entry in data["history"]}

    entry = contact_log(sato).get(action="dialogues.export_contact_data")
    assert entry.user.email == email
    assert entry.data == {"format": "json"}


def test_data_subject_access_export_as_csv(client_for, sato):
    response = client_for(LEAD).get(export_url(sato), {"format": "csv"})

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    fields = dict(row for row in rows if len(row) == 2)
    assert fields["name"] == NAME
    assert fields["email"] == EMAIL
    meeting_titles = {row[1] for row in rows if len(row) == 10 and row[0] != "id"}
    assert meeting_titles == {
        "EU–Japan working-level call",
        "Restricted ministerial talk",
    }
    assert contact_log(sato).filter(
        action="dialogues.export_contact_data", data={"format": "csv"}
    )


@pytest.mark.parametrize("email", [TEAM, FPI, COMMS])
def test_only_team_leads_download_a_contacts_data(client_for, sato, email):
    response = client_for(email).get(export_url(sato))

    assert_denied(response)
    assert NAME.encode() not in response.content
    assert not contact_log(sato).filter(action="dialogues.export_contact_data")


def test_export_of_an_anonymised_contact_holds_no_old_data(client_for, sato):
    client = client_for(LEAD)
    client.post(anonymise_url(sato))

    data = json.loads(client.get(export_url(sato)).content)

    assert data["contact"]["name"] == f"Anonymised contact #{sato.pk}"
    assert data["contact"]["email"] == ""
    assert data["contact"]["anonymised_at"]
    assert len(data["meetings"]) == 2
    assert NAME not in json.dumps(data)


@pytest.mark.parametrize("bulk", [False, True])
def test_a_deleted_contact_leaves_no_name_in_the_audit_log(client_for, bulk):
    client = client_for(LEAD)
    client.post(CONTACTS + "add/", {"name": NAME, "email": EMAIL, "partner": ""})
    contact = Contact.objects.get(name=NAME)
    assert contact_log(contact).filter(label__contains=NAME).exists()
    pk = contact.pk

    if bulk:
        response = client.post(
            f"/admin/bulk/dialogues/contact/delete/?id={pk}&next={CONTACTS}"
        )
    else:
        response = client.post(f"{CONTACTS}delete/{pk}/")

    assert response.status_code == 302
    assert not Contact.objects.filter(pk=pk).exists()
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Contact), object_id=str(pk)
    )
    assert entries.exists()
    for entry in entries:
        assert entry.label == f"Deleted contact #{pk}"
        assert NAME not in json.dumps(entry.data)


def test_unknown_contact_ids_answer_404(client_for, sato):
    client = client_for(LEAD)
    for path in (
        f"{CONTACTS}anonymise/999999/",
        f"{CONTACTS}data-export/999999/",
        f"{CONTACTS}anonymise/not-a-number/",
    ):
        assert client.get(path).status_code == 404, path


# --- Never public ------------------------------------------------------------------


def test_the_api_has_no_contacts(client, sato):
    schema = client.get("/api/v1/openapi.json").json()
    assert not [path for path in schema["paths"] if "contact" in path.lower()]
    for path in ("/api/v1/partners", "/api/v1/meetings", "/api/v1/partners/japan"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert NAME.encode() not in response.content
        assert EMAIL.encode() not in response.content


def test_public_partner_pages_do_not_name_contacts(client, sato):
    meeting = DialogueMeeting.objects.get(title="EU–Japan working-level call")
    meeting.confidentiality = "public"
    meeting.save()

    for path in ("/partners/", "/partners/japan/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert b"EU\xe2\x80\x93Japan working-level call" in response.content or (
            path == "/partners/"
        )
        assert NAME.encode() not in response.content
        assert EMAIL.encode() not in response.content


def test_site_search_does_not_find_contacts(client, sato):
    # The surname only: the page repeats the query, so the full name must come
    # from nowhere else.
    response = client.get("/search/", {"q": "Sato"})
    assert response.status_code == 200
    assert b"No results" in response.content
    assert NAME.encode() not in response.content
    assert EMAIL.encode() not in response.content
