"""The meeting form's participants inline: a contact is at a meeting once. Adding
the same contact twice, or adding again one just removed, never ends in a
server error."""

import pytest

from dialogues.models import DialogueMeeting, MeetingParticipant
from tests.dialogues.factories import ContactFactory, MeetingFactory, PartnerFactory
from tests.dialogues.test_admin_meetings import (
    ADD,
    TEAM,
    edit_url,
    management,
    meeting_data,
)


@pytest.fixture
def japan(db):
    return PartnerFactory(name="Japan", slug="japan")


@pytest.fixture
def sato(japan):
    return ContactFactory(name="Haruto Sato", partner=japan)


def participant_rows(rows, initial=0):
    data = management("participants", total=len(rows), initial=initial)
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"participants-{index}-{key}"] = value
        data.setdefault(f"participants-{index}-ORDER", str(index + 1))
    return data


def row(contact, pk="", role="", delete=False):
    values = {"contact": str(contact.pk), "id": str(pk), "role_in_meeting": role}
    if delete:
        values["DELETE"] = "1"
    return values


def test_the_same_contact_twice_in_a_new_meeting_is_a_form_error(
    client_for, japan, sato
):
    data = meeting_data(
        [japan], **participant_rows([row(sato, role="Head"), row(sato, role="Note")])
    )

    response = client_for(TEAM).post(ADD, data)

    assert response.status_code == 200
    assert (
        "Please correct the duplicate data for meeting and contact"
        in response.content.decode()
    )
    assert not DialogueMeeting.objects.exists()


def test_the_same_contact_added_again_to_a_meeting_is_a_form_error(
    client_for, japan, sato
):
    meeting = MeetingFactory(partners=[japan], confidentiality="internal")
    existing = MeetingParticipant.objects.create(meeting=meeting, contact=sato)
    data = meeting_data(
        [japan],
        title=meeting.title,
        **participant_rows(
            [row(sato, pk=existing.pk), row(sato, role="Again")], initial=1
        ),
    )

    response = client_for(TEAM).post(edit_url(meeting), data)

    assert response.status_code == 200
    assert (
        "Please correct the duplicate data for meeting and contact"
        in response.content.decode()
    )
    assert list(meeting.participants.values_list("contact", flat=True)) == [sato.pk]


def test_a_removed_participant_added_again_in_the_same_edit_is_kept_once(
    client_for, japan, sato
):
    meeting = MeetingFactory(partners=[japan], confidentiality="internal")
    existing = MeetingParticipant.objects.create(
        meeting=meeting, contact=sato, role_in_meeting="Speaker"
    )
    data = meeting_data(
        [japan],
        title=meeting.title,
        **participant_rows(
            [row(sato, pk=existing.pk, delete=True), row(sato, role="Head")],
            initial=1,
        ),
    )

    response = client_for(TEAM).post(edit_url(meeting), data)

    assert response.status_code == 302
    participant = meeting.participants.get()
    assert participant.contact == sato
    assert participant.role_in_meeting == "Head"


def test_a_participant_removed_then_added_in_a_later_edit(client_for, japan, sato):
    meeting = MeetingFactory(partners=[japan], confidentiality="internal")
    existing = MeetingParticipant.objects.create(meeting=meeting, contact=sato)
    client = client_for(TEAM)
    removed = meeting_data(
        [japan],
        title=meeting.title,
        **participant_rows([row(sato, pk=existing.pk, delete=True)], initial=1),
    )
    assert client.post(edit_url(meeting), removed).status_code == 302
    assert not meeting.participants.exists()

    added = meeting_data(
        [japan], title=meeting.title, **participant_rows([row(sato, role="Head")])
    )
    assert client.post(edit_url(meeting), added).status_code == 302

    assert meeting.participants.get().role_in_meeting == "Head"


def test_a_draft_with_a_removed_participant_added_again(client_for, japan, sato):
    meeting = MeetingFactory(partners=[japan], confidentiality="internal")
    existing = MeetingParticipant.objects.create(meeting=meeting, contact=sato)
    client = client_for(TEAM)
    draft = meeting_data(
        [japan],
        publish=False,
        title=meeting.title,
        **participant_rows(
            [row(sato, pk=existing.pk, delete=True), row(sato, role="Head")],
            initial=1,
        ),
    )
    assert client.post(edit_url(meeting), draft).status_code == 302

    edit = client.get(edit_url(meeting))
    assert edit.status_code == 200
    published = meeting_data(
        [japan], title=meeting.title, **participant_rows([row(sato, role="Head")])
    )
    assert client.post(edit_url(meeting), published).status_code == 302
    assert meeting.participants.get().role_in_meeting == "Head"


def test_a_contact_moved_to_a_new_row_while_its_old_row_changes(
    client_for, japan, sato
):
    tanaka = ContactFactory(name="Yui Tanaka", partner=japan)
    meeting = MeetingFactory(partners=[japan], confidentiality="internal")
    existing = MeetingParticipant.objects.create(meeting=meeting, contact=sato)
    data = meeting_data(
        [japan],
        title=meeting.title,
        **participant_rows(
            [
                # The existing row comes first, as the browser sends it; the
                # new row is put before it.
                row(tanaka, pk=existing.pk, role="Speaker") | {"ORDER": "2"},
                row(sato, role="Head") | {"ORDER": "1"},
            ],
            initial=1,
        ),
    )

    response = client_for(TEAM).post(edit_url(meeting), data)

    assert response.status_code == 302
    roles = dict(meeting.participants.values_list("contact__name", "role_in_meeting"))
    assert roles == {"Haruto Sato": "Head", "Yui Tanaka": "Speaker"}


def test_two_participants_swapped(client_for, japan, sato):
    tanaka = ContactFactory(name="Yui Tanaka", partner=japan)
    meeting = MeetingFactory(partners=[japan], confidentiality="internal")
    first = MeetingParticipant.objects.create(
        meeting=meeting, contact=sato, role_in_meeting="Head"
    )
    second = MeetingParticipant.objects.create(
        meeting=meeting, contact=tanaka, role_in_meeting="Speaker"
    )
    data = meeting_data(
        [japan],
        title=meeting.title,
        **participant_rows(
            [
                row(tanaka, pk=first.pk, role="Head"),
                row(sato, pk=second.pk, role="Speaker"),
            ],
            initial=2,
        ),
    )

    response = client_for(TEAM).post(edit_url(meeting), data)

    assert response.status_code == 302
    roles = dict(meeting.participants.values_list("contact__name", "role_in_meeting"))
    assert roles == {"Yui Tanaka": "Head", "Haruto Sato": "Speaker"}
