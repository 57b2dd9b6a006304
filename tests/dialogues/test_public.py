"""The public partner pages: /partners/ and /partners/<slug>/.

Only public, recorded meetings and public initiatives, for every visitor (a team
lead signed in to the back office sees what the public sees), with the partner's
published developments and its alignment row, in a constant number of queries.
"""

import datetime
import re
import zoneinfo

import pytest
from django.test import Client
from django.utils import timezone

from dialogues.models import DialogueMeeting, JointInitiative, Milestone
from monitoring.models import AIActElement, AlignmentAssessment, PolicyDevelopment
from tests.dialogues.factories import InitiativeFactory, MeetingFactory, PartnerFactory
from tests.dialogues.public_data import (  # noqa: F401 - `visitor` is a fixture
    assert_no_secrets,
    make_confidential_mix,
    visitor_fixture,
)
from tests.monitoring.factories import (
    AssessmentFactory,
    DevelopmentFactory,
    JurisdictionFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/partners/"
UTC = datetime.UTC
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


def detail_url(partner) -> str:
    return f"/partners/{partner.slug}/"


def text_of(response) -> str:
    return response.content.decode()


@pytest.fixture
def japan():
    return PartnerFactory(
        slug="japan",
        name="Japan",
        jurisdiction=JurisdictionFactory(code="JP", name="Japan"),
        framework="EU-Japan Digital Partnership",
        framework_url="https://digital-strategy.ec.europa.eu/en/policies/partnership-japan",
        public_summary="The EU and Japan cooperate on trustworthy AI.",
        is_priority=True,
    )


# --- Confidentiality, for every role ----------------------------------------


def test_partner_page_shows_only_public_records_to_every_role(visitor):
    data = make_confidential_mix()

    response = visitor.get(detail_url(data["partner"]))

    assert response.status_code == 200
    html = text_of(response)
    assert "Public AI dialogue" in html
    assert "PUBLIC-SUMMARY of the dialogue." in html
    assert "Public standards workshop" in html
    assert_no_secrets(html)


def test_partner_list_counts_only_public_records_for_every_role(visitor):
    data = make_confidential_mix()

    response = visitor.get(LIST)

    assert response.status_code == 200
    html = text_of(response)
    assert data["partner"].get_absolute_url() in html
    assert "1 public meeting ·" in html
    assert "1 joint initiative" in html
    assert_no_secrets(html)


def test_a_partner_whose_meetings_are_all_confidential_has_no_timeline(japan):
    MeetingFactory(
        partners=[japan],
        title="Only internal",
        confidentiality=DialogueMeeting.Confidentiality.INTERNAL,
    )

    html = text_of(Client().get(detail_url(japan)))

    assert "Only internal" not in html
    assert "No public meeting has been published yet." in html


# --- /partners/ ---------------------------------------------------------------


def test_list_shows_active_partners_priority_first_with_framework():
    canada = PartnerFactory(name="Canada", slug="canada", is_priority=True)
    PartnerFactory(name="Australia", slug="australia", is_priority=True)
    oecd = PartnerFactory(
        name="OECD", slug="oecd", framework="OECD AI Principles", is_priority=False
    )
    PartnerFactory(name="Former partner", slug="former", active=False)

    response = Client().get(LIST)

    assert response.status_code == 200
    assert response.templates[0].name == "dialogues/partner_list.html"
    html = text_of(response)
    assert "Former partner" not in html
    names = re.findall(r'<h3 class="partner-card__name"><a href="[^"]+">([^<]+)<', html)
    assert names == ["Australia", "Canada", "OECD"]
    assert "Priority partners" in html
    assert "Other partners and fora" in html
    assert "OECD AI Principles" in html
    assert canada.get_absolute_url() == "/partners/canada/"
    assert f'href="{oecd.get_absolute_url()}"' in html


def test_list_counts_public_meetings_per_partner(japan):
    canada = PartnerFactory(slug="canada", name="Canada", is_priority=True)
    MeetingFactory.create_batch(3, partners=[japan])
    MeetingFactory(partners=[japan, canada], format=DialogueMeeting.Format.MULTILATERAL)
    MeetingFactory(partners=[canada], live=False)

    html = text_of(Client().get(LIST))

    cards = dict(
        re.findall(
            r'partner-card__name"><a href="/partners/([a-z]+)/">.*?'
            r'partner-card__counts">\s*(\d+) public meeting',
            html,
            flags=re.S,
        )
    )
    assert cards == {"japan": "4", "canada": "1"}


def test_list_links_to_the_calendar_and_the_api():
    html = text_of(Client().get(LIST))

    assert 'href="/events/calendar.ics"' in html
    assert 'href="/api/v1/docs"' in html


def test_list_takes_constant_queries(django_assert_max_num_queries):
    def add_partners(count):
        for _ in range(count):
            partner = PartnerFactory()
            MeetingFactory(partners=[partner])
            InitiativeFactory(partners=[partner])

    client = Client()
    add_partners(3)
    client.get(LIST)  # warm the caches of the site's header (site, menu)
    with django_assert_max_num_queries(1):
        assert client.get(LIST).status_code == 200
    add_partners(30)
    client.get(LIST)  # the writes renewed the cached header
    with django_assert_max_num_queries(1):
        response = client.get(LIST)
    assert text_of(response).count('class="partner-card"') == 33


# --- /partners/<slug>/: the partner --------------------------------------------


def test_unknown_or_inactive_partner_is_not_found():
    inactive = PartnerFactory(slug="former", active=False)
    MeetingFactory(partners=[inactive])

    assert Client().get("/partners/nobody/").status_code == 404
    assert Client().get(detail_url(inactive)).status_code == 404


def test_detail_shows_summary_and_framework_link(japan):
    response = Client().get(detail_url(japan))

    assert response.status_code == 200
    assert response.templates[0].name == "dialogues/partner_detail.html"
    html = text_of(response)
    assert "<h1>The EU's AI dialogue with Japan</h1>" in html
    assert "The EU and Japan cooperate on trustworthy AI." in html
    assert (
        '<a href="https://digital-strategy.ec.europa.eu/en/policies/partnership-japan"'
        ' rel="external noopener">EU-Japan Digital Partnership</a>'
    ) in html


def test_a_framework_url_that_is_no_web_address_is_not_linked(japan):
    japan.framework_url = "javascript:alert(1)"
    japan.save()

    html = text_of(Client().get(detail_url(japan)))

    assert "javascript:" not in html
    assert "EU-Japan Digital Partnership" in html


# --- The meetings timeline ----------------------------------------------------


def test_timeline_shows_local_and_brussels_time(japan):
    MeetingFactory(
        partners=[japan],
        title="Tokyo round",
        # 14:00-16:00 in Tokyo, 06:00-08:00 in Brussels (winter time).
        start=datetime.datetime(2024, 3, 12, 5, 0, tzinfo=UTC),
        end=datetime.datetime(2024, 3, 12, 7, 0, tzinfo=UTC),
        time_zone="Asia/Tokyo",
        location="Tokyo",
        is_online=True,
        format=DialogueMeeting.Format.BILATERAL,
        level=DialogueMeeting.Level.SENIOR_OFFICIALS,
        status=DialogueMeeting.Status.HELD,
    )

    html = text_of(Client().get(detail_url(japan)))

    assert (
        '<time datetime="2024-03-12T14:00:00+09:00">Tuesday 12 March 2024, 14:00'
        in html
    )
    assert '<time datetime="2024-03-12T16:00:00+09:00">16:00</time>' in html
    assert "Tokyo time" in html
    assert "(Brussels time: 06:00–08:00)" in html
    assert "Tokyo and online" in html
    assert "Bilateral, senior officials" in html
    assert ">Held</span>" in html


def test_timeline_gives_the_brussels_date_when_it_differs(japan):
    MeetingFactory(
        partners=[japan],
        start=datetime.datetime(2024, 3, 12, 22, 0, tzinfo=UTC),
        end=datetime.datetime(2024, 3, 12, 23, 30, tzinfo=UTC),
        time_zone="Asia/Tokyo",
    )

    html = text_of(Client().get(detail_url(japan)))

    # 07:00 on Wednesday 13 March in Tokyo; 23:00 on Tuesday 12 March in Brussels.
    assert "Wednesday 13 March 2024, 07:00" in html
    assert (
        "(Brussels time: Tuesday 12 March 2024, 23:00–Wednesday 13 March 2024, 00:30)"
        in html
    )


def test_a_meeting_in_brussels_time_is_not_given_twice(japan):
    MeetingFactory(
        partners=[japan],
        start=datetime.datetime(2024, 6, 3, 8, 0, tzinfo=UTC),
        end=datetime.datetime(2024, 6, 3, 10, 0, tzinfo=UTC),
        time_zone="Europe/Brussels",
        location="Brussels",
    )

    html = text_of(Client().get(detail_url(japan)))

    assert (
        '<time datetime="2024-06-03T10:00:00+02:00">Monday 3 June 2024, 10:00' in html
    )
    assert "Brussels time</" not in html
    assert "(Brussels time:" not in html


def test_timeline_is_newest_first_with_status_as_text(japan):
    now = timezone.now().replace(microsecond=0)
    for title, days_ago, status in [
        ("Oldest meeting", 300, DialogueMeeting.Status.HELD),
        ("Cancelled meeting", 100, DialogueMeeting.Status.CANCELLED),
        ("Next meeting", -20, DialogueMeeting.Status.PLANNED),
        ("Postponed meeting", -10, DialogueMeeting.Status.POSTPONED),
    ]:
        start = now - datetime.timedelta(days=days_ago)
        MeetingFactory(
            partners=[japan],
            title=title,
            start=start,
            end=start + datetime.timedelta(hours=1),
            status=status,
        )

    html = text_of(Client().get(detail_url(japan)))

    titles = re.findall(r'class="meeting__title">([^<]+)<', html)
    assert titles == [
        "Next meeting",
        "Postponed meeting",
        "Cancelled meeting",
        "Oldest meeting",
    ]
    for label in ("Planned", "Postponed", "Cancelled", "Held"):
        assert f">{label}</span>" in html


def test_timeline_shows_topics_and_other_partners_of_a_multilateral_meeting(japan):
    canada = PartnerFactory(slug="canada", name="Canada")
    meeting = MeetingFactory(
        partners=[japan, canada],
        format=DialogueMeeting.Format.MULTILATERAL,
        forum=DialogueMeeting.Forum.G7,
    )
    meeting.topics.add("Generative AI", "AI safety")
    meeting.save()

    html = text_of(Client().get(detail_url(japan)))

    assert '<li><a href="/partners/canada/">Canada</a></li>' in html
    assert (
        '<li class="topic">AI safety</li><li class="topic">Generative AI</li>' in html
    )


def test_timeline_is_paginated(japan):
    MeetingFactory.create_batch(25, partners=[japan])

    first = text_of(Client().get(detail_url(japan)))
    second = text_of(Client().get(detail_url(japan), {"page": 2}))
    bad = Client().get(detail_url(japan), {"page": "abc"})

    assert first.count('class="meeting meeting--') == 20
    assert second.count('class="meeting meeting--') == 5
    assert "Page 1 of 2 (25 meetings)" in first
    assert 'rel="next"' in first
    assert bad.status_code == 200


# --- Initiatives, developments, alignment --------------------------------------


def test_initiatives_show_status_and_milestones(japan):
    initiative = InitiativeFactory(
        partners=[japan],
        title="Joint study on AI standards",
        kind=JointInitiative.Kind.STUDY,
        status=JointInitiative.Status.IN_PROGRESS,
        start_on=datetime.date(2025, 1, 15),
        public_description="A study of AI standards in both jurisdictions.",
    )
    Milestone.objects.create(
        initiative=initiative,
        title="Terms of reference",
        done_on=datetime.date(2025, 2, 1),
        sort_order=0,
    )
    Milestone.objects.create(
        initiative=initiative,
        title="Final report",
        due_on=datetime.date(2025, 12, 1),
        sort_order=1,
    )

    html = text_of(Client().get(detail_url(japan)))

    assert "Joint study on AI standards" in html
    assert "Study or report · Status:" in html
    assert ">In progress</span>" in html
    assert '<time datetime="2025-01-15">15 January 2025</time>' in html
    assert "A study of AI standards in both jurisdictions." in html
    assert re.search(r"Done:</span>\s*Terms of reference", html)
    assert re.search(r"To do:</span>\s*Final report", html)
    assert '(due <time datetime="2025-12-01">1 December 2025</time>)' in html


def test_latest_published_developments_of_the_partner(japan):
    jp = japan.jurisdiction
    published = [
        DevelopmentFactory(
            jurisdiction=jp,
            title=f"Japanese AI guideline {n}",
            announced_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
        )
        for n in range(10)
    ]
    DevelopmentFactory(
        jurisdiction=jp,
        title="Candidate bill",
        review_status=PolicyDevelopment.ReviewStatus.CANDIDATE,
        announced_on=datetime.date(2025, 1, 1),
    )
    DevelopmentFactory(title="Someone else's law")

    html = text_of(Client().get(detail_url(japan)))

    shown = re.findall(r'<a href="/tracker/(\d+)/">Japanese AI guideline', html)
    assert shown == [str(d.pk) for d in reversed(published)][:8]
    assert "Candidate bill" not in html
    assert "Someone else" not in html
    assert 'href="/tracker/?jurisdiction=JP"' in html


def test_alignment_row_gives_each_element_level_as_text_with_rationale(japan):
    AssessmentFactory(
        jurisdiction=japan.jurisdiction,
        element=AIActElement.RISK_CLASSIFICATION,
        level=AlignmentAssessment.Level.PARTIALLY_ALIGNED,
        rationale="Risk tiers exist in guidance but not in law.",
    )
    AssessmentFactory(
        jurisdiction=japan.jurisdiction,
        element=AIActElement.TRANSPARENCY,
        level=AlignmentAssessment.Level.ALIGNED,
        rationale="Labelling duties match.",
    )

    html = text_of(Client().get(detail_url(japan)))

    rows = re.findall(
        r'<th scope="row">([^<]+)</th>\s*<td><span class="level level--\w+">'
        r'<span class="level__mark" aria-hidden="true"></span>([^<]+)</span>',
        html,
    )
    assert len(rows) == len(AIActElement.choices)
    levels = dict(rows)
    assert levels["Risk-based classification"] == "Partially aligned"
    assert levels["Transparency duties"] == "Aligned"
    assert levels["Prohibited practices"] == "Not assessed"
    assert re.search(
        r"<details>\s*<summary>Why.*?</summary>\s*<p>Risk tiers exist in guidance",
        html,
        flags=re.S,
    )
    assert '<th scope="col">AI Act element</th>' in html
    assert 'href="/alignment/"' in html


def test_a_partner_not_assessed_yet_says_so(japan):
    html = text_of(Client().get(detail_url(japan)))

    assert "Japan has not been assessed yet." in html
    assert "<table" not in html


# --- Accessibility basics -----------------------------------------------------


def test_detail_page_has_landmarks_headings_and_time_elements(japan):
    MeetingFactory(partners=[japan])
    InitiativeFactory(partners=[japan])

    html = text_of(Client().get(detail_url(japan)))

    assert html.count("<h1") == 1
    for heading in (
        "Meetings",
        "Joint initiatives",
        "Latest AI policy developments in Japan",
        "Alignment with the EU AI Act",
    ):
        assert re.search(rf'<h2 id="[\w-]+">{heading}</h2>', html)
    assert '<nav class="breadcrumbs" aria-label="Breadcrumb">' in html
    assert '<ol class="meeting-timeline">' in html
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00">', html)


# --- Query counts ---------------------------------------------------------------


def add_activity(partner, count):
    """`count` public meetings with topics and another partner, initiatives with
    milestones, developments and assessments: everything the page shows."""
    other = PartnerFactory()
    for n in range(count):
        meeting = MeetingFactory(
            partners=[partner, other], format=DialogueMeeting.Format.MULTILATERAL
        )
        meeting.topics.add(f"topic {n}", "AI safety")
        meeting.save()
        initiative = InitiativeFactory(partners=[partner, other])
        initiative.topics.add("standards")
        initiative.save()
        Milestone.objects.create(initiative=initiative, title=f"Milestone {n}")
        DevelopmentFactory(jurisdiction=partner.jurisdiction)
    for element in list(AIActElement.values)[: min(count, len(AIActElement.values))]:
        AlignmentAssessment.objects.get_or_create(
            jurisdiction=partner.jurisdiction, element=element
        )


@pytest.mark.parametrize("role", [None, "lead@example.org"], ids=["anonymous", "lead"])
def test_detail_takes_constant_queries(
    japan, role, client_for, django_assert_max_num_queries
):
    client = client_for(role) if role else Client()
    # Signed in, the session, the user and Wagtail's user bar (its permissions)
    # cost 8 more queries, the same on every page.
    bound = 19 if role else 11
    add_activity(japan, 3)
    client.get(detail_url(japan))  # warm the caches of the site's header
    with django_assert_max_num_queries(bound):
        assert client.get(detail_url(japan)).status_code == 200
    add_activity(japan, 30)
    client.get(detail_url(japan))  # the writes renewed the cached header
    with django_assert_max_num_queries(bound):
        response = client.get(detail_url(japan))
    html = text_of(response)
    assert html.count('class="meeting meeting--') == 20
    assert html.count('class="initiative"') == 33
