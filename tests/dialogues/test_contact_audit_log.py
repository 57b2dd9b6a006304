"""Creating a contact in the admin, whichever way, writes an entry in Wagtail's
audit log naming who created it."""

import pytest
from wagtail.models import ModelLogEntry

from dialogues.models import Contact
from tests.dialogues.factories import PartnerFactory

TEAM = "team@example.org"
CONTACTS = "/admin/snippets/dialogues/contact/"
MEETING_FORM_CHOOSER = "/admin/dialogues/choose-contact/"
SNIPPET_CHOOSER = "/admin/snippets/choose/dialogues/contact/"


@pytest.fixture
def japan(db):
    return PartnerFactory(name="Japan", slug="japan")


def creation_entries(contact):
    return ModelLogEntry.objects.filter(
        object_id=str(contact.pk), action="wagtail.create"
    )


def test_the_contacts_add_form_logs_the_creation(client_for, seeded, japan):
    response = client_for(TEAM).post(
        CONTACTS + "add/",
        {"name": "Yui Tanaka", "organisation": "MIC", "partner": japan.pk},
    )

    assert response.status_code == 302
    contact = Contact.objects.get(name="Yui Tanaka")
    entry = creation_entries(contact).get()
    assert entry.user == seeded["users"][TEAM]


@pytest.mark.parametrize("chooser", [MEETING_FORM_CHOOSER, SNIPPET_CHOOSER])
def test_new_contact_from_a_chooser_logs_the_creation(
    client_for, seeded, japan, chooser
):
    response = client_for(TEAM).post(
        chooser + "create/",
        {"name": "Haruto Sato", "organisation": "METI", "partner": japan.pk},
    )

    assert response.json()["step"] == "chosen"
    contact = Contact.objects.get(name="Haruto Sato")
    entry = creation_entries(contact).get()
    assert entry.user == seeded["users"][TEAM]


def test_an_invalid_new_contact_logs_nothing(client_for, japan):
    response = client_for(TEAM).post(MEETING_FORM_CHOOSER + "create/", {"name": ""})

    assert response.json()["step"] == "reshow_creation_form"
    assert not ModelLogEntry.objects.filter(action="wagtail.create").exists()
