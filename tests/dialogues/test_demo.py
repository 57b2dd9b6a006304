"""The demo dialogues that `seed_demo` loads: complete, consistent, editable in
the admin, and idempotent."""

import datetime
from collections import Counter
from html.parser import HTMLParser

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import ModelLogEntry, ReferenceIndex, Revision

from dialogues.demo import DEMO_TODAY, create_demo_dialogues
from dialogues.models import (
    ActionItem,
    Contact,
    DialogueMeeting,
    JointInitiative,
    MeetingParticipant,
    Milestone,
    Partner,
    TaggedInitiative,
    TaggedMeeting,
)
from monitoring.models import Jurisdiction, PolicyDevelopment

PRIORITY = {"japan": "JP", "canada": "CA", "australia": "AU", "south-korea": "KR"}
FORA = {
    "g7": "G7",
    "g20": "G20",
    "oecd": "OECD",
    "gpai": "GPAI",
    "council-of-europe": "COE",
}
TEAM = "team@example.org"
LEAD = "lead@example.org"
ADMIN = "admin@example.org"

Meeting = DialogueMeeting
Status = DialogueMeeting.Status


@pytest.fixture
def demo(db):
    """The demo on its own: it brings the monitoring demo and demo users along."""
    create_demo_dialogues()


def meeting_revisions():
    return Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(DialogueMeeting)
    )


def snapshot() -> dict:
    """Everything a second run could add to or change."""
    models = [
        Jurisdiction,
        Partner,
        Contact,
        DialogueMeeting,
        MeetingParticipant,
        ActionItem,
        JointInitiative,
        Milestone,
        Tag,
        TaggedMeeting,
        TaggedInitiative,
        Revision,
        ModelLogEntry,
        ReferenceIndex,
        DialogueMeeting.partners.through,
        DialogueMeeting.related_developments.through,
        DialogueMeeting.initiatives.through,
        JointInitiative.partners.through,
    ]
    return {
        "counts": {model.__name__: model.objects.count() for model in models},
        "partners": sorted(Partner.objects.values_list()),
        "contacts": sorted(Contact.objects.values_list("pk", "name", "updated_at")),
        "meetings": sorted(
            Meeting.objects.values_list(
                "pk",
                "updated_at",
                "latest_revision_id",
                "live_revision_id",
                "last_published_at",
                "has_unpublished_changes",
            )
        ),
        "initiatives": sorted(
            JointInitiative.objects.values_list("pk", "updated_at", "status")
        ),
        "action_items": sorted(
            ActionItem.objects.values_list("pk", "status", "closed_at", "due_on")
        ),
    }


# --- Partners and contacts ----------------------------------------------------


def test_the_four_priority_partners_and_the_fora(demo):
    priority = Partner.objects.filter(is_priority=True)
    fora = Partner.objects.filter(slug__in=FORA)

    assert dict(priority.values_list("slug", "jurisdiction__code")) == PRIORITY
    assert dict(fora.values_list("slug", "jurisdiction__code")) == FORA
    assert Partner.objects.get(slug="south-korea").name == "Republic of Korea"
    assert set(
        Jurisdiction.objects.filter(code__in=["G20", "GPAI"]).values_list(
            "kind", flat=True
        )
    ) == {Jurisdiction.Kind.FORUM}
    frameworks = dict(Partner.objects.values_list("slug", "framework"))
    assert frameworks["japan"] == "EU–Japan Digital Partnership (2022)"
    assert frameworks["canada"] == "EU–Canada Digital Partnership (2023)"
    assert frameworks["south-korea"].endswith("Digital Partnership (2022)")
    assert frameworks["australia"] == "EU–Australia Digital Dialogue"
    for partner in Partner.objects.all():
        assert partner.active
        # Two or three sentences for the public partner page.
        assert 2 <= partner.public_summary.count(". ") + 1 <= 5, partner.slug
        assert partner.framework_url == "" or partner.framework_url.startswith(
            "https://"
        )


def test_contacts_are_fictitious_people_on_both_sides(demo):
    contacts = Contact.objects.select_related("partner")
    names = {contact.name for contact in contacts}
    sides = Counter(
        contact.partner.slug if contact.partner else "EU" for contact in contacts
    )

    assert len(names) >= 20
    # Japanese and Korean names in their own scripts, for CJK rendering.
    assert {"山田 花子", "김민수", "이서연"} <= names
    assert sides["EU"] >= 4
    assert any("DG CONNECT" in c.organisation for c in contacts if not c.partner)
    for slug in [*PRIORITY, *FORA]:
        assert sides[slug] >= 1, slug
    for slug in PRIORITY:
        assert sides[slug] >= 2, slug
    for contact in contacts:
        domain = contact.email.rsplit("@", 1)[1]
        # Domains reserved for examples: no real person gets mail from the demo.
        assert domain in {"example.org", "example.jp"} or domain.endswith(
            ".example.org"
        ), contact.email
        assert contact.organisation, contact.name
        assert contact.role, contact.name
        assert not contact.is_anonymised


# --- Meetings -------------------------------------------------------------------


def test_meetings_span_2021_to_2027_with_every_status_level_and_format(demo):
    meetings = list(Meeting.objects.all())
    statuses = Counter(meeting.status for meeting in meetings)
    levels = Counter(meeting.confidentiality for meeting in meetings)

    assert 28 <= len(meetings) <= 36
    assert set(statuses) == set(Status.values)
    assert levels["public"] >= 8
    assert levels["restricted"] >= 4
    assert levels["internal"] > levels["public"] + levels["restricted"]
    assert {meeting.format for meeting in meetings} == set(Meeting.Format.values)
    assert {meeting.level for meeting in meetings} == set(Meeting.Level.values)
    assert {meeting.start.year for meeting in meetings} >= set(range(2021, 2028))
    assert {str(meeting.time_zone) for meeting in meetings} >= {
        "Asia/Tokyo",
        "America/Toronto",
        "Australia/Sydney",
        "Asia/Seoul",
        "Europe/Brussels",
        "Europe/Paris",
    }
    today = datetime.datetime.combine(DEMO_TODAY, datetime.time(), tzinfo=datetime.UTC)
    for meeting in meetings:
        if meeting.status == Status.HELD:
            assert meeting.start < today, meeting.title
        if meeting.status == Status.PLANNED:
            assert meeting.start > today, meeting.title
    upcoming = [
        m
        for m in meetings
        if m.status == Status.PLANNED
        and datetime.date(2026, 12, 1)
        <= m.local_start.date()
        <= datetime.date(2027, 3, 31)
    ]
    assert len(upcoming) >= 5
    # Some meetings were postponed or cancelled after their date, some before.
    assert {m.start < today for m in meetings if m.status == Status.POSTPONED} == {
        True,
        False,
    }


def test_every_meeting_is_valid_and_complete(demo):
    meetings = Meeting.objects.prefetch_related(
        "partners", "participants", "tagged_items", "initiatives__partners"
    )

    for meeting in meetings:
        meeting.full_clean()
        meeting.validate_partners(list(meeting.partners.all()))
        assert meeting.live, meeting.title
        assert meeting.logged_by is not None
        assert 2 <= len(meeting.participants.all()) <= 4, meeting.title
        assert all(p.role_in_meeting for p in meeting.participants.all())
        assert meeting.tagged_items.all(), meeting.title
        assert meeting.agenda, meeting.title
        assert meeting.is_online or meeting.location, meeting.title
        # Plausible local office hours: nobody meets at 3 a.m. in Tokyo.
        assert 7 <= meeting.local_start.hour <= 21, meeting.title
        assert meeting.local_end.date() == meeting.local_start.date()
        if meeting.status != Status.PLANNED:
            assert meeting.minutes, meeting.title
        if meeting.confidentiality == "public":
            assert meeting.public_summary, meeting.title
        # An initiative discussed at a meeting is one the meeting's partners run.
        partners = set(meeting.partners.all())
        for initiative in meeting.initiatives.all():
            assert partners & set(initiative.partners.all()), meeting.title


def test_meetings_link_the_developments_they_discussed(demo):
    linked = Meeting.objects.filter(related_developments__isnull=False).distinct()
    basic_act = Meeting.objects.get(
        title="EU–Korea call on the entry into force of the AI Basic Act"
    )

    assert linked.count() >= 20
    # Only what the public tracker shows: no candidates or dismissed items.
    assert set(
        PolicyDevelopment.objects.filter(meetings__isnull=False).values_list(
            "review_status", flat=True
        )
    ) == {PolicyDevelopment.ReviewStatus.PUBLISHED}
    assert list(
        basic_act.related_developments.values_list("jurisdiction__code", flat=True)
    ) == ["KR"]


def test_the_guard_sorts_the_demo_as_each_role_expects(demo, seeded):
    users = seeded["users"]
    everything = Meeting.objects.count()
    restricted = Meeting.objects.filter(confidentiality="restricted").count()

    assert Meeting.objects.visible_to(users[LEAD]).count() == everything
    assert Meeting.objects.visible_to(users[TEAM]).count() == everything - restricted
    assert set(Meeting.objects.public().values_list("confidentiality", flat=True)) == {
        "public"
    }
    assert Meeting.objects.public().count() >= 8


# --- Action items -------------------------------------------------------------


def test_held_meetings_have_two_or_three_action_items_some_overdue(demo):
    items = ActionItem.objects.select_related("meeting", "owner")
    by_meeting = Counter(item.meeting_id for item in items)

    assert 55 <= len(items) <= 65
    for meeting in Meeting.objects.all():
        if meeting.status == Status.HELD:
            assert 2 <= by_meeting[meeting.pk] <= 3, meeting.title
        else:
            assert by_meeting[meeting.pk] == 0, meeting.title
    assert {item.status for item in items} == set(ActionItem.Status.values)
    assert {item.owner.email for item in items} == {TEAM, LEAD}
    for item in items:
        if item.status == ActionItem.Status.OPEN:
            assert item.closed_at is None
        else:
            assert item.closed_at is not None
            assert item.closed_at > item.meeting.start
            assert item.closed_at.date() <= DEMO_TODAY
        assert item.due_on >= item.meeting.local_start.date()

    overdue = ActionItem.objects.overdue(today=DEMO_TODAY)
    due_soon = ActionItem.objects.open().filter(
        due_on__gte=DEMO_TODAY, due_on__lte=DEMO_TODAY + datetime.timedelta(days=30)
    )
    assert overdue.count() >= 4
    assert due_soon.count() >= 3
    assert {item.owner.email for item in overdue} == {TEAM, LEAD}


# --- Joint initiatives --------------------------------------------------------


def test_joint_initiatives_of_every_kind_and_status_with_milestones(demo):
    initiatives = JointInitiative.objects.prefetch_related(
        "partners", "milestones", "meetings", "tagged_items"
    )
    confidentiality = Counter(i.confidentiality for i in initiatives)

    assert len(initiatives) >= 8
    assert {i.kind for i in initiatives} == set(JointInitiative.Kind.values)
    assert {i.status for i in initiatives} == set(JointInitiative.Status.values)
    assert confidentiality["restricted"] == 1
    assert confidentiality["public"] >= 4
    assert confidentiality["internal"] >= 3
    assert sum(1 for i in initiatives if i.meetings.all()) >= 8
    for initiative in initiatives:
        milestones = initiative.milestones.all()
        assert initiative.partners.all(), initiative.title
        assert initiative.tagged_items.all(), initiative.title
        assert len(milestones) >= 2, initiative.title
        assert initiative.objectives, initiative.title
        assert initiative.deliverables, initiative.title
        assert initiative.start_on is not None
        if initiative.is_public:
            assert initiative.public_description, initiative.title
        if initiative.status == JointInitiative.Status.COMPLETED:
            assert all(m.is_done for m in milestones), initiative.title
        if initiative.status in {"proposed", "agreed"}:
            assert not all(m.is_done for m in milestones), initiative.title
    assert Milestone.objects.filter(done_on__isnull=True).exists()


# --- Revisions and the admin --------------------------------------------------


def test_each_meeting_has_one_published_revision_holding_all_it_records(demo):
    log = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(DialogueMeeting)
    )

    for meeting in Meeting.objects.select_related("logged_by"):
        assert meeting.revisions.count() == 1
        assert meeting.live_revision_id == meeting.latest_revision_id is not None
        assert not meeting.has_unpublished_changes
        assert meeting.first_published_at is not None
        assert str(meeting.status_string) == "live"
        # The admin's edit form starts from the latest revision: it must be the
        # meeting as stored, with everything that hangs off it.
        copy = meeting.get_latest_revision_as_object()
        assert (copy.title, copy.start, copy.end, str(copy.time_zone)) == (
            meeting.title,
            meeting.start,
            meeting.end,
            str(meeting.time_zone),
        )
        assert copy.minutes == meeting.minutes
        assert {p.pk for p in copy.partners.all()} == set(
            meeting.partners.values_list("pk", flat=True)
        )
        assert [
            (p.contact_id, p.role_in_meeting) for p in copy.participants.all()
        ] == list(meeting.participants.values_list("contact_id", "role_in_meeting"))
        assert sorted(
            (a.pk, a.description, a.status, a.due_on, a.closed_at, a.owner_id)
            for a in copy.action_items.all()
        ) == sorted(
            meeting.action_items.values_list(
                "pk", "description", "status", "due_on", "closed_at", "owner_id"
            )
        )
        assert sorted(t.name for t in copy.topics.all()) == sorted(
            meeting.topics.names()
        )
        assert {d.pk for d in copy.related_developments.all()} == set(
            meeting.related_developments.values_list("pk", flat=True)
        )
        assert {i.pk for i in copy.initiatives.all()} == set(
            meeting.initiatives.values_list("pk", flat=True)
        )
        actions = sorted(
            log.filter(object_id=str(meeting.pk)).values_list("action", "user_id")
        )
        assert actions == [
            ("wagtail.create", meeting.logged_by_id),
            ("wagtail.publish", meeting.logged_by_id),
        ]


class FormValues(HTMLParser):
    """The values a browser would submit from the admin's edit form, as it is."""

    def __init__(self, action):
        super().__init__()
        self.action = action
        self.in_form = False
        self.in_template = 0
        self.data = {}
        self.select = None
        self.textarea = None

    def add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("action") == self.action
        if not self.in_form:
            return
        if tag == "template":  # empty forms for "add another"
            self.in_template += 1
        if self.in_template:
            return
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.add(name, attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "textarea" and name:
            self.textarea = name
            self.add(name, "")
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.add(self.select, attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "template" and self.in_form and self.in_template:
            self.in_template -= 1
        elif tag == "form":
            self.in_form = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            # Browsers drop the newline that follows <textarea>.
            value = self.data[self.textarea][-1]
            self.data[self.textarea][-1] = value.removeprefix("\n")
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.data[self.textarea][-1] += data


def form_values(html: str, action: str) -> dict:
    parser = FormValues(action)
    parser.feed(html)
    return parser.data


@pytest.mark.parametrize(
    "title",
    [
        # Restricted, held, with open action items and Japanese participants.
        "EU–Japan exploratory talks on AI conformity assessment (first round)",
        # Public, multilateral, planned.
        "G7 Hiroshima AI Process Friends Group meeting",
        # Done and dropped action items, an initiative and three developments.
        "EU–Korea workshop on implementing the AI Act and the AI Basic Act",
    ],
)
def test_a_demo_meeting_saves_unchanged_through_the_admin_form(demo, client_for, title):
    meeting = Meeting.objects.filter(title=title).order_by("-start").first()
    items_before = sorted(
        meeting.action_items.values_list("pk", "status", "closed_at", "due_on")
    )
    client = client_for(ADMIN)
    url = f"/admin/snippets/dialogues/dialoguemeeting/edit/{meeting.pk}/"

    page = client.get(url)
    assert page.status_code == 200
    data = form_values(page.content.decode(), url)
    assert data["title"] == [meeting.title]
    data["action-publish"] = ["action-publish"]
    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    saved = Meeting.objects.get(pk=meeting.pk)
    assert (saved.title, saved.start, saved.end, saved.status) == (
        meeting.title,
        meeting.start,
        meeting.end,
        meeting.status,
    )
    assert saved.confidentiality == meeting.confidentiality
    assert saved.minutes == meeting.minutes
    assert saved.revisions.count() == 2
    assert saved.live_revision_id == saved.latest_revision_id
    assert set(saved.partners.all()) == set(meeting.partners.all())
    assert saved.participants.count() == meeting.participants.count()
    assert sorted(saved.topics.names()) == sorted(meeting.topics.names())
    assert (
        sorted(saved.action_items.values_list("pk", "status", "closed_at", "due_on"))
        == items_before
    )


# --- Idempotence --------------------------------------------------------------


def test_a_second_run_creates_and_changes_nothing(demo, django_assert_max_num_queries):
    before = snapshot()

    with django_assert_max_num_queries(15):
        create_demo_dialogues()

    assert snapshot() == before


def test_a_second_run_keeps_what_the_team_edited(demo):
    meeting = Meeting.objects.get(title="EU–Australia exchange on the National AI Plan")
    meeting.minutes = "Rewritten by the team."
    meeting.save()
    item = meeting.action_items.filter(status="open").first()
    item.status = ActionItem.Status.DONE
    item.closed_at = timezone.now()
    item.save()
    Partner.objects.filter(slug="japan").update(public_summary="Edited.")
    before = snapshot()

    create_demo_dialogues()

    assert snapshot() == before
    assert Meeting.objects.get(pk=meeting.pk).minutes == "Rewritten by the team."


def test_works_after_the_rest_of_seed_demo_and_adds_only_its_own(db, seeded):
    from monitoring.demo import create_demo_monitoring

    create_demo_monitoring()
    jurisdictions = set(Jurisdiction.objects.values_list("code", flat=True))

    create_demo_dialogues()

    assert set(Jurisdiction.objects.values_list("code", flat=True)) - jurisdictions == {
        "G20",
        "GPAI",
    }
    assert Meeting.objects.filter(logged_by=seeded["users"][TEAM]).exists()
    assert (
        Meeting.objects.filter(
            confidentiality="restricted", logged_by=seeded["users"][LEAD]
        ).count()
        == Meeting.objects.filter(confidentiality="restricted").count()
    )


def test_the_back_office_shows_the_demo(demo, client_for):
    client = client_for(ADMIN)
    meeting = Meeting.objects.get(
        title="EU–Japan exploratory talks on AI conformity assessment (first round)"
    )
    base = "/admin/snippets/dialogues/dialoguemeeting/"

    dashboard = client.get("/admin/")
    listing = client.get(base)
    inspect = client.get(f"{base}inspect/{meeting.pk}/")
    history = client.get(f"{base}history/{meeting.pk}/")

    assert dashboard.status_code == 200
    assert listing.status_code == 200
    assert "EU–Korea senior officials&#x27; dialogue on AI governance" in (
        listing.content.decode()
    )
    assert inspect.status_code == 200
    assert "山田 花子" in inspect.content.decode()
    assert history.status_code == 200
    assert "Lena Lead" in history.content.decode()


def test_an_anonymised_demo_contact_stays_anonymised_on_a_second_run(demo):
    from dialogues.services import anonymise_contact

    contact = Contact.objects.get(name="Elena Marchetti")
    assert contact.participations.exists()
    anonymise_contact(contact=contact, by=None)
    # One who took part in no demo meeting, too.
    loner = Contact.objects.get(name="Thandi Mokoena")
    anonymise_contact(contact=loner, by=None)
    count = Contact.objects.count()

    create_demo_dialogues()

    assert Contact.objects.count() == count
    assert not Contact.objects.filter(name__in=["Elena Marchetti", "Thandi Mokoena"])
    contact.refresh_from_db()
    assert contact.is_anonymised
    assert contact.participations.exists()  # the meeting history stays
