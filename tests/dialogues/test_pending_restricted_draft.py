"""A meeting whose pending draft is restricted counts as restricted on every
path: `DialogueMeeting.objects.visible_to(user)` holds the rule, and the admin,
the dashboard panel, briefings, action items, the import and the permission
policy all read meetings through it."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from wagtail.permissions import policy_registry

from dialogues.briefing import briefing_for
from dialogues.importing import import_meetings
from dialogues.models import ActionItem, DialogueMeeting
from dialogues.querysets import can_see_restricted
from tests.dialogues.factories import ActionItemFactory, MeetingFactory, PartnerFactory

TEAM = "team@example.org"
LEAD = "lead@example.org"
FPI = "fpi@example.org"
ADMIN = "admin@example.org"

SECRET_TITLE = "Tokyo talk turning restricted"


def days(n):
    return datetime.timedelta(days=n)


@pytest.fixture
def japan(db):
    return PartnerFactory(name="Japan", slug="japan")


@pytest.fixture
def turning_restricted(japan):
    """An internal meeting, published, whose pending draft makes it restricted."""
    meeting = MeetingFactory(
        title=SECRET_TITLE,
        partners=[japan],
        confidentiality="internal",
        start=timezone.now().replace(microsecond=0) - days(20),
    )
    ActionItemFactory(
        meeting=meeting,
        description="Follow up the secret talk",
        due_on=timezone.localdate() - days(3),
    )
    meeting.confidentiality = "restricted"
    meeting.minutes = "Draft minutes only for team leads"
    meeting.save_revision()
    meeting.refresh_from_db()
    assert meeting.confidentiality == "internal"  # the published row
    assert meeting.has_unpublished_changes
    return meeting


@pytest.fixture
def internal_draft(japan):
    """An internal meeting with an internal draft pending: stays visible."""
    meeting = MeetingFactory(
        title="Ottawa follow-up", partners=[japan], confidentiality="internal"
    )
    meeting.minutes = "Edited minutes"
    meeting.save_revision()
    return meeting


@pytest.mark.parametrize("email", [TEAM, FPI])
def test_staff_other_than_team_leads_do_not_see_it(
    seeded, turning_restricted, internal_draft, email
):
    user = seeded["users"][email]

    visible = set(DialogueMeeting.objects.visible_to(user))

    assert turning_restricted not in visible
    assert internal_draft in visible
    assert (
        not ActionItem.objects.visible_to(user)
        .filter(meeting=turning_restricted)
        .exists()
    )


@pytest.mark.parametrize("email", [LEAD, ADMIN])
def test_team_leads_and_superusers_see_it(seeded, turning_restricted, email):
    user = seeded["users"][email]

    assert turning_restricted in DialogueMeeting.objects.visible_to(user)
    assert ActionItem.objects.visible_to(user).filter(meeting=turning_restricted)


def test_the_public_never_sees_it(turning_restricted):
    assert not DialogueMeeting.objects.visible_to(AnonymousUser()).exists()


def test_the_permission_policy_refuses_it_to_the_project_team(
    seeded, turning_restricted
):
    policy = policy_registry.get_by_type(DialogueMeeting)
    users = seeded["users"]

    assert turning_restricted.is_restricted
    assert not policy.user_has_permission_for_instance(
        users[TEAM], "change", turning_restricted
    )
    assert policy.user_has_permission_for_instance(
        users[LEAD], "change", turning_restricted
    )


def test_dashboard_panel_and_overdue_list_leave_it_out_for_the_team(
    client_for, turning_restricted
):
    team_home = client_for(TEAM).get("/admin/").content.decode()
    team_overdue = client_for(TEAM).get("/admin/dialogues/overdue-actions/")
    lead_home = client_for(LEAD).get("/admin/").content.decode()

    assert SECRET_TITLE not in team_home
    assert "Follow up the secret talk" not in team_overdue.content.decode()
    assert SECRET_TITLE in lead_home


def test_a_briefing_for_the_team_leaves_it_out(seeded, japan, turning_restricted):
    planned = MeetingFactory(
        title="Next round in Tokyo",
        partners=[japan],
        status="planned",
        confidentiality="internal",
        start=timezone.now() + days(5),
    )

    team = briefing_for(planned, seeded["users"][TEAM])
    lead = briefing_for(planned, seeded["users"][LEAD])

    assert turning_restricted not in team.previous_meetings
    assert all(row.item.meeting != turning_restricted for row in team.action_items)
    assert turning_restricted in lead.previous_meetings


def test_the_import_refuses_to_touch_it_for_the_project_team(
    seeded, turning_restricted
):
    start = turning_restricted.start.isoformat()
    end = turning_restricted.end.isoformat()
    content = (
        "title,partners,start,end,timezone,format,level,status,confidentiality\n"
        f"{SECRET_TITLE},Japan,{start},{end},Asia/Tokyo,bilateral,"
        "senior officials,held,internal\n"
    ).encode()

    report = import_meetings(
        content=content, filename="log.csv", user=seeded["users"][TEAM]
    )

    assert report.errors
    assert "only Team leads" in str(report.errors[0])
    turning_restricted.refresh_from_db()
    assert turning_restricted.get_latest_revision_as_object().minutes == (
        "Draft minutes only for team leads"
    )


def test_can_see_restricted_asks_the_database_once_per_user_object(
    seeded, django_assert_num_queries
):
    lead = type(seeded["users"][LEAD]).objects.get(email=LEAD)

    with django_assert_num_queries(1):
        assert can_see_restricted(lead)
        assert can_see_restricted(lead)
        DialogueMeeting.objects.visible_to(lead)


def test_a_changed_group_is_seen_at_once(seeded):
    from django.contrib.auth.models import Group

    from accounts.roles import RESTRICTED_READERS

    team = type(seeded["users"][TEAM]).objects.get(email=TEAM)
    assert not can_see_restricted(team)

    team.groups.add(Group.objects.get(name=sorted(RESTRICTED_READERS)[0]))

    assert can_see_restricted(team)
