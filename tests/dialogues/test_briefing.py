"""The briefing pack: one click on a planned meeting gives the team an HTML page
and a PDF with the partner's history, open actions, initiatives, policy
developments and alignment, filtered by what the reader may see."""

import datetime
import re
import shutil
import subprocess
import zoneinfo

import pytest
from django.utils import timezone

from dialogues.briefing import briefing_for
from dialogues.models import DialogueMeeting, MeetingParticipant, Milestone
from monitoring.models import AIActElement, AlignmentAssessment, StageChange
from tests.dialogues.factories import (
    ActionItemFactory,
    ContactFactory,
    InitiativeFactory,
    MeetingFactory,
    PartnerFactory,
)
from tests.monitoring.factories import (
    AssessmentFactory,
    DevelopmentFactory,
    JurisdictionFactory,
)

TEAM = "team@example.org"
LEAD = "lead@example.org"
COMMS = "comms@example.org"
FPI = "fpi@example.org"
ADMIN = "admin@example.org"

LIST = "/admin/snippets/dialogues/dialoguemeeting/"
UTC = datetime.UTC
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")

# 10:00 in Tokyo is 03:00 in Brussels in July (CEST).
FUTURE_START = datetime.datetime(2030, 7, 15, 1, 0, tzinfo=UTC)

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"
)


def html_url(meeting):
    return f"/admin/dialogues/briefing/{meeting.pk}/"


def pdf_url(meeting):
    return f"/admin/dialogues/briefing/{meeting.pk}/pdf/"


def days(n):
    return datetime.timedelta(days=n)


def text_of(response) -> str:
    """The page's text, tags removed, white space collapsed."""
    html = response.content.decode()
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def pdf_text(pdf: bytes, tmp_path, page: int | None = None) -> str:
    path = tmp_path / "briefing.pdf"
    path.write_bytes(pdf)
    command = ["pdftotext", "-enc", "UTF-8", "-layout"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    command += [str(path), "-"]
    return subprocess.run(command, check=True, capture_output=True).stdout.decode()


def pdf_pages(pdf: bytes, tmp_path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(
        ["pdfinfo", str(path)], check=True, capture_output=True
    ).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@pytest.fixture
def japan(db):
    jurisdiction = JurisdictionFactory(code="JP", name="Japan")
    return PartnerFactory(
        name="Japan",
        slug="japan",
        jurisdiction=jurisdiction,
        framework="EU-Japan Digital Partnership",
    )


@pytest.fixture
def history(seeded, japan):
    """A planned internal meeting in Tokyo and a history with Japan at every
    confidentiality level."""
    users = seeded["users"]
    meeting = MeetingFactory(
        title="EU–Japan AI policy dialogue, 4th round",
        partners=[japan],
        status=DialogueMeeting.Status.PLANNED,
        confidentiality=DialogueMeeting.Confidentiality.INTERNAL,
        start=FUTURE_START,
        end=FUTURE_START + datetime.timedelta(hours=3),
        location="Ministry of Internal Affairs, Tokyo",
        agenda="1. AI Act implementation\n2. Code of practice for general-purpose AI",
        public_summary="",
        outcomes="",
    )
    yamada = ContactFactory(
        name="山田太郎", organisation="総務省", partner=japan, role="Director-General"
    )
    kim = ContactFactory(
        name="김민수", organisation="MSIT", partner=japan, role="Advisor"
    )
    gone = ContactFactory(name="", organisation="", partner=japan, role="", email="")
    gone.anonymised_at = timezone.now()
    gone.save()
    for order, (contact, role) in enumerate(
        [(yamada, "Head of delegation"), (kim, "Speaker"), (gone, "Note-taker")]
    ):
        MeetingParticipant.objects.create(
            meeting=meeting, contact=contact, role_in_meeting=role, sort_order=order
        )

    internal_before = MeetingFactory(
        title="EU–Japan working group on AI standards",
        partners=[japan],
        confidentiality=DialogueMeeting.Confidentiality.INTERNAL,
        start=timezone.now() - days(60),
        outcomes="Japan will share its draft AI bill before the summer.",
        public_summary="Experts compared risk-management frameworks.",
    )
    restricted_before = MeetingFactory(
        title="Minister's confidential call with Japan",
        partners=[japan],
        confidentiality=DialogueMeeting.Confidentiality.RESTRICTED,
        start=timezone.now() - days(20),
        outcomes="Japan may delay its AI bill for political reasons.",
    )
    overdue = ActionItemFactory(
        meeting=internal_before,
        description="Send Japan the AI Office's note on sandboxes",
        owner=users[TEAM],
        due_on=timezone.localdate() - days(12),
    )
    secret_action = ActionItemFactory(
        meeting=restricted_before,
        description="Sound out the minister's cabinet on the delay",
        due_on=timezone.localdate() + days(5),
    )
    initiative = InitiativeFactory(
        title="Joint study on AI testing and evaluation",
        partners=[japan],
        confidentiality="internal",
        objectives="Compare testing methods.",
    )
    Milestone.objects.create(
        initiative=initiative,
        title="Kick-off workshop",
        due_on=timezone.localdate() - days(40),
        done_on=timezone.localdate() - days(41),
        sort_order=0,
    )
    Milestone.objects.create(
        initiative=initiative,
        title="Interim report",
        due_on=timezone.localdate() - days(3),
        sort_order=1,
    )
    secret_initiative = InitiativeFactory(
        title="Confidential pilot on election deepfakes",
        partners=[japan],
        confidentiality="restricted",
    )
    law = DevelopmentFactory(
        title="Act on the Promotion of AI Research and Development",
        jurisdiction=japan.jurisdiction,
        announced_on=timezone.localdate() - days(100),
        source_url="https://laws.example.jp/ai-promotion-act",
    )
    StageChange.objects.create(
        development=law, stage="adopted", changed_on=timezone.localdate() - days(50)
    )
    candidate = DevelopmentFactory(
        title="Unverified rumour about a Japanese AI agency",
        jurisdiction=japan.jurisdiction,
        review_status="candidate",
    )
    AssessmentFactory(
        jurisdiction=japan.jurisdiction,
        element=AIActElement.RISK_CLASSIFICATION,
        level=AlignmentAssessment.Level.PARTIALLY_ALIGNED,
        rationale="Risk tiers exist in guidance but not in law.",
    )
    meeting.related_developments.add(law)
    meeting.save()
    return {
        "meeting": meeting,
        "internal_before": internal_before,
        "restricted_before": restricted_before,
        "overdue": overdue,
        "secret_action": secret_action,
        "initiative": initiative,
        "secret_initiative": secret_initiative,
        "law": law,
        "candidate": candidate,
    }


SECRETS = [
    "Japan may delay its AI bill for political reasons.",
    "Minister&#x27;s confidential call with Japan",
    "Sound out the minister",
    "Confidential pilot on election deepfakes",
]


# --- The page --------------------------------------------------------------------


def test_team_member_gets_the_briefing_of_an_internal_planned_meeting(
    client_for, history
):
    response = client_for(TEAM).get(html_url(history["meeting"]))

    assert response.status_code == 200
    assert "dialogues/briefing/page.html" in [t.name for t in response.templates]
    text = text_of(response)
    for heading in (
        "At a glance",
        "Agenda",
        "Participants",
        "Open action items",
        "Previous meetings",
        "Joint initiatives",
        "Latest policy developments",
        "Changes of stage in the last 12 months",
        "Alignment with the EU AI Act",
        "Policy developments on the table",
    ):
        assert heading in text, heading
    # The header: title, partner, local and Brussels time, place, kind, marking.
    assert "EU–Japan AI policy dialogue, 4th round" in text
    assert "Mon 15 Jul 2030, 10:00–13:00 JST (Asia/Tokyo)" in text
    assert "Mon 15 Jul 2030, 03:00–06:00 CEST" in text
    assert "7 h ahead of Brussels" in text
    assert "Ministry of Internal Affairs, Tokyo" in text
    assert "Bilateral, Senior officials" in text
    assert "INTERNAL — EU staff only" in text
    # Agenda and participants, an anonymised one without a name.
    assert "Code of practice for general-purpose AI" in text
    assert "山田太郎" in text
    assert "김민수" in text
    assert "Head of delegation" in text
    assert "Anonymised contact" in text
    # History: outcomes and public summary of the earlier meeting.
    assert "Japan will share its draft AI bill before the summer." in text
    assert "Experts compared risk-management frameworks." in text
    # The overdue action item says so in words, with its owner.
    assert "Send Japan the AI Office" in text
    assert "Overdue by 12 days" in text
    assert "Tomás Analyst" in text
    # The initiative, its status and its overdue next milestone.
    assert "Joint study on AI testing and evaluation" in text
    assert "In progress" in text
    assert "Interim report" in text
    assert "Overdue by 3 days" in text
    assert "1 of 2 milestones done" in text
    # Monitoring: the published law with its source link, its stage change,
    # the alignment row as words and rationale.
    assert "Act on the Promotion of AI Research and Development" in text
    assert (
        'href="https://laws.example.jp/ai-promotion-act"' in response.content.decode()
    )
    assert "now Adopted" in text
    assert "Partially aligned" in text
    assert "Risk tiers exist in guidance but not in law." in text
    assert "Not assessed" in text  # the other nine elements
    # A candidate is never among the partner's published developments.
    assert "Unverified rumour" not in text
    # And nothing restricted for a project team member.
    content = response.content.decode()
    for secret in SECRETS:
        assert secret not in content, secret
    # The PDF is one click away.
    assert pdf_url(history["meeting"]) in content


def test_team_lead_sees_the_restricted_history_too(client_for, history):
    response = client_for(LEAD).get(html_url(history["meeting"]))

    assert response.status_code == 200
    content = response.content.decode()
    for secret in SECRETS:
        assert secret in content, secret
    # A briefing that holds restricted records is marked restricted.
    assert "RESTRICTED — team leads only" in text_of(response)


@pytest.mark.parametrize("email", [LEAD, ADMIN])
def test_restricted_meeting_briefing_is_for_team_leads_only(client_for, history, email):
    meeting = history["meeting"]
    meeting.confidentiality = DialogueMeeting.Confidentiality.RESTRICTED
    meeting.save()

    assert client_for(email).get(html_url(meeting)).status_code == 200
    assert client_for(email).get(pdf_url(meeting)).status_code == 200


@pytest.mark.parametrize("email", [TEAM, FPI])
def test_restricted_meeting_briefing_is_not_found_for_others(
    client_for, history, email
):
    meeting = history["meeting"]
    meeting.confidentiality = DialogueMeeting.Confidentiality.RESTRICTED
    meeting.save()

    assert client_for(email).get(html_url(meeting)).status_code == 404
    assert client_for(email).get(pdf_url(meeting)).status_code == 404


def test_fpi_staff_read_the_briefing_without_restricted_records_or_names(
    client_for, history
):
    response = client_for(FPI).get(html_url(history["meeting"]))

    assert response.status_code == 200
    content = response.content.decode()
    for secret in SECRETS:
        assert secret not in content, secret
    text = text_of(response)
    assert "Japan will share its draft AI bill before the summer." in text
    # Contacts are personal data: FPI staff do not get names.
    assert "山田太郎" not in text
    assert "Names are shown to the project team only." in text
    assert "Head of delegation" in text


def test_communications_may_not_open_a_briefing(client_for, history):
    client = client_for(COMMS)
    for url in (html_url(history["meeting"]), pdf_url(history["meeting"])):
        response = client.get(url)
        assert response.status_code in (302, 403), response.status_code
        if response.status_code == 302:
            assert response["Location"] == "/admin/"
        assert b"%PDF" not in response.content


def test_anonymous_visitors_are_sent_to_log_in(client, history):
    for url in (html_url(history["meeting"]), pdf_url(history["meeting"])):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_unknown_meeting_is_not_found(client_for, history):
    assert client_for(LEAD).get("/admin/dialogues/briefing/999999/").status_code == 404


def test_a_held_meeting_has_a_briefing_too(client_for, history):
    response = client_for(TEAM).get(html_url(history["internal_before"]))

    assert response.status_code == 200
    # Its history is what came before it: not itself, not the later meetings.
    assert "No earlier meeting with these partners is on record." in text_of(response)


def test_tomorrow_reads_as_tomorrow(history, seeded):
    meeting = history["meeting"]
    now = meeting.start - days(1)

    briefing = briefing_for(meeting, seeded["users"][TEAM], now=now)

    assert briefing.time.countdown_text == "Tomorrow"
    assert briefing.filename == "briefing-japan-2030-07-15.pdf"


def test_multilateral_meeting_briefs_on_every_partner(seeded, japan):
    canada = PartnerFactory(name="Canada", slug="canada")
    meeting = MeetingFactory(
        title="G7 Hiroshima process: working session",
        partners=[japan, canada],
        format=DialogueMeeting.Format.MULTILATERAL,
        status=DialogueMeeting.Status.PLANNED,
        confidentiality="internal",
        start=FUTURE_START,
        end=FUTURE_START + datetime.timedelta(hours=2),
    )
    MeetingFactory(
        title="EU–Canada digital dialogue",
        partners=[canada],
        outcomes="Canada will send its AIDA follow-up.",
        confidentiality="internal",
    )

    briefing = briefing_for(meeting, seeded["users"][TEAM])

    assert briefing.partner_names == "Canada, Japan"
    assert [m.title for m in briefing.previous_meetings] == [
        "EU–Canada digital dialogue"
    ]
    assert [a.jurisdiction for a in briefing.alignment] == [
        canada.jurisdiction.name,
        "Japan",
    ]
    assert briefing.filename == "briefing-canada-japan-2030-07-15.pdf"


# --- The PDF ---------------------------------------------------------------------


@needs_pdftotext
def test_pdf_download(client_for, history, tmp_path):
    response = client_for(TEAM).get(pdf_url(history["meeting"]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="briefing-japan-2030-07-15.pdf"'
    )
    assert "no-store" in response["Cache-Control"]
    pdf = response.content
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf, tmp_path)
    assert "EU–Japan AI policy dialogue, 4th round" in text
    # Japanese and Korean names are drawn with a CJK font, not as empty boxes.
    assert "山田太郎" in text
    assert "김민수" in text
    assert "Overdue by 12 days" in text
    # The marking, the generation date and the page number on every page.
    pages = pdf_pages(pdf, tmp_path)
    assert pages >= 2
    for page in range(1, pages + 1):
        page_text = pdf_text(pdf, tmp_path, page)
        assert page_text.count("INTERNAL — EU staff only") >= 2, page
        assert f"Page {page} of {pages}" in page_text
        assert re.search(r"Generated \d{1,2} \w{3} \d{4}, \d\d:\d\d", page_text)
    for secret in SECRETS:
        assert secret.replace("&#x27;", "'") not in text


@needs_pdftotext
def test_team_lead_pdf_is_marked_restricted_on_every_page(
    client_for, history, tmp_path
):
    pdf = client_for(LEAD).get(pdf_url(history["meeting"])).content

    for page in range(1, pdf_pages(pdf, tmp_path) + 1):
        assert "RESTRICTED — team leads only" in pdf_text(pdf, tmp_path, page)
    assert "Japan may delay its AI bill" in pdf_text(pdf, tmp_path)


# --- Buttons ---------------------------------------------------------------------


def test_briefing_button_on_planned_meetings_in_the_listing(client_for, history):
    response = client_for(TEAM).get(LIST)

    content = response.content.decode()
    assert response.status_code == 200
    assert f'href="{html_url(history["meeting"])}"' in content, (
        "planned meeting has a briefing button"
    )
    assert "Briefing pack for “EU–Japan AI policy dialogue, 4th round”" in content
    # Held meetings keep it in their "More" menu, without the prominent button.
    assert "Briefing pack for “EU–Japan working group on AI standards”" not in content


def test_briefing_button_in_the_meeting_form(client_for, history):
    meeting = history["meeting"]
    response = client_for(TEAM).get(f"{LIST}edit/{meeting.pk}/")

    assert response.status_code == 200
    assert f'href="{html_url(meeting)}"' in response.content.decode()


# --- Queries ---------------------------------------------------------------------


def grow_history(japan, team_user, n):
    """n more of everything the briefing lists."""
    for i in range(n):
        earlier = MeetingFactory(
            partners=[japan],
            confidentiality="internal",
            start=timezone.now() - days(100 + i),
            outcomes=f"Outcome {i}",
        )
        ActionItemFactory(meeting=earlier, owner=team_user)
        ActionItemFactory(meeting=earlier, due_on=timezone.localdate() - days(i + 1))
        initiative = InitiativeFactory(partners=[japan], confidentiality="internal")
        Milestone.objects.create(initiative=initiative, title=f"Milestone {i}")
        law = DevelopmentFactory(jurisdiction=japan.jurisdiction)
        StageChange.objects.create(
            development=law, stage="in_force", changed_on=timezone.localdate()
        )
        MeetingParticipant.objects.create(
            meeting=DialogueMeeting.objects.get(title__startswith="EU–Japan AI policy"),
            contact=ContactFactory(partner=japan),
        )


# briefing_for() itself, then the admin page around it: the session, the user
# and their permissions, Wagtail's admin chrome, and one query for the content
# locales that Wagtail's admin JavaScript config lists since WAGTAIL_I18N_ENABLED
# is on (the "+ 1"). None of them grows with the history.
BRIEFING_QUERIES = 19
PAGE_QUERIES = 27 + 1


@pytest.mark.parametrize("email", [TEAM, LEAD])
def test_constant_queries_whatever_the_history(
    django_assert_max_num_queries, client_for, seeded, history, japan, email
):
    meeting = history["meeting"]
    user = seeded["users"][email]
    client = client_for(email)
    client.get(html_url(meeting))  # warm the per-process caches (content types)

    grow_history(japan, seeded["users"][TEAM], 3)
    user = type(user).objects.get(pk=user.pk)  # fresh permission cache
    with django_assert_max_num_queries(BRIEFING_QUERIES):
        small = briefing_for(meeting, user)
    with django_assert_max_num_queries(PAGE_QUERIES) as page_queries:
        client.get(html_url(meeting))
    # Whether the reader is a team lead is asked of the database once.
    group_checks = [q for q in page_queries if '"auth_group"."name"' in q["sql"]]
    assert len(group_checks) == 1

    grow_history(japan, seeded["users"][TEAM], 30)
    user = type(user).objects.get(pk=user.pk)
    with django_assert_max_num_queries(BRIEFING_QUERIES):
        large = briefing_for(meeting, user)
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = client.get(html_url(meeting))

    assert response.status_code == 200
    assert len(large.previous_meetings) == 10 > len(small.previous_meetings)
    assert large.open_action_count > small.open_action_count
    assert len(large.participants) == len(small.participants) + 30
