from django.contrib.auth.models import Group

from accounts.models import User
from dialogues.models import DialogueMeeting
from tests.dialogues.factories import MeetingFactory


def test_bulk_delete_page_never_names_a_restricted_meeting(client, db):
    meeting = MeetingFactory(
        title="Secret restricted talks",
        confidentiality=DialogueMeeting.Confidentiality.RESTRICTED,
    )
    user = User.objects.create_user("t@example.org", "x", is_staff=True)
    user.groups.add(Group.objects.get(name="Project team"))
    client.force_login(user)

    response = client.get(
        f"/admin/bulk/dialogues/dialoguemeeting/delete/?id={meeting.pk}"
    )

    assert b"Secret restricted talks" not in response.content
    assert DialogueMeeting.objects.filter(pk=meeting.pk).exists()
