"""The monitoring back office in the Wagtail admin: listings, filters, exports,
triage, stage history, audit log, revisions and who may do what."""

import csv
import datetime
import io
from urllib.parse import urlencode

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import ModelLogEntry

from accounts import roles
from accounts.models import User
from monitoring.models import (
    AIActElement,
    AlignmentAssessment,
    Jurisdiction,
    PolicyDevelopment,
    StageChange,
)
from outreach_portal.celery import app as celery_app

from .factories import (
    AssessmentFactory,
    DevelopmentFactory,
    JurisdictionFactory,
    SourceFactory,
)
from .feedserver import FeedServer

DEVELOPMENTS = "wagtailsnippets_monitoring_policydevelopment"
LIST_URL = reverse(f"{DEVELOPMENTS}:list")
TRIAGE_URL = reverse("monitoring_triage:index")
NOT_VERIFIED_URL = reverse("monitoring_not_verified:index")
SOURCES_URL = reverse("wagtailsnippets_monitoring_source:list")
JURISDICTIONS_URL = reverse("wagtailsnippets_monitoring_jurisdiction:list")
ASSESSMENTS = "wagtailsnippets_monitoring_alignmentassessment"
ASSESSMENTS_URL = reverse(f"{ASSESSMENTS}:list")
MONITORING_LISTINGS = [
    LIST_URL,
    TRIAGE_URL,
    NOT_VERIFIED_URL,
    SOURCES_URL,
    JURISDICTIONS_URL,
    ASSESSMENTS_URL,
]

Status = PolicyDevelopment.ReviewStatus


def bulk_url(action, developments, **params):
    query = [("id", d.pk) for d in developments] + list(params.items())
    base = reverse(
        "wagtail_bulk_action", args=["monitoring", "policydevelopment", action]
    )
    return f"{base}?{urlencode(query)}"


def titles(response):
    return {development.title for development in response.context["object_list"]}


def page_messages(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def make_client(db):
    """make_client(role): a client signed in as a new staff user of that role."""
    counter = iter(range(1000))

    def make(role: str | None) -> Client:
        n = next(counter)
        user = User.objects.create_user(
            email=f"{(role or 'superuser').split()[0].lower()}{n}@example.org",
            first_name="Test",
            last_name=(role or "Admin").title(),
            is_staff=True,
            is_superuser=role is None,
        )
        if role:
            user.groups.add(Group.objects.get(name=role))
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    return make


@pytest.fixture
def team(make_client):
    return make_client(roles.PROJECT_TEAM)


@pytest.fixture
def fpi(make_client):
    return make_client(roles.FPI_STAFF)


def form_data(development, **changes):
    """The development's edit form as the admin posts it, with changes applied."""
    data = {
        "title": development.title,
        "jurisdiction": development.jurisdiction_id or "",
        "instrument_type": development.instrument_type,
        "stage": development.stage,
        "significance": development.significance,
        "announced_on": development.announced_on or "",
        "adopted_on": development.adopted_on or "",
        "in_force_on": development.in_force_on or "",
        "summary": development.summary,
        "internal_analysis": development.internal_analysis,
        "source_url": development.source_url,
        "source": development.source_id or "",
        "supersedes": development.supersedes_id or "",
        "topics": (", ".join(development.topics.names()) if development.pk else ""),
        "ai_act_elements": development.ai_act_elements,
        "review_status": development.review_status,
        "last_verified_on": development.last_verified_on or "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


# --- Developments listing: filters, search, export ---------------------------


@pytest.fixture
def catalogue(db):
    """Four developments that differ in every filtered field."""
    japan = JurisdictionFactory(code="JP", name="Japan")
    canada = JurisdictionFactory(code="CA", name="Canada")
    return {
        "japan_act": DevelopmentFactory(
            title="Japan AI Promotion Act",
            jurisdiction=japan,
            instrument_type=PolicyDevelopment.InstrumentType.LEGISLATION,
            stage=PolicyDevelopment.Stage.IN_FORCE,
            announced_on=datetime.date(2025, 5, 28),
            topics=["governance"],
        ),
        "japan_guideline": DevelopmentFactory(
            title="Japan AI Guidelines for Business",
            jurisdiction=japan,
            instrument_type=PolicyDevelopment.InstrumentType.GUIDELINE,
            stage=PolicyDevelopment.Stage.ADOPTED,
            announced_on=datetime.date(2024, 4, 19),
            summary="Voluntary guidance on quantum-safe and trustworthy AI.",
            topics=["safety"],
        ),
        "aida": DevelopmentFactory(
            title="Canada Artificial Intelligence and Data Act",
            jurisdiction=canada,
            stage=PolicyDevelopment.Stage.REPEALED,
            announced_on=datetime.date(2022, 6, 16),
            topics=["governance", "safety"],
        ),
        "candidate": DevelopmentFactory(
            title="Canada consultation on AI compute",
            jurisdiction=canada,
            instrument_type=PolicyDevelopment.InstrumentType.CONSULTATION,
            stage=PolicyDevelopment.Stage.UNDER_CONSULTATION,
            announced_on=datetime.date(2025, 1, 10),
            review_status=Status.CANDIDATE,
        ),
    }


def test_developments_listing_shows_the_columns(team, catalogue):
    response = team.get(LIST_URL)

    assert response.status_code == 200
    assert titles(response) == {d.title for d in catalogue.values()}
    for text in ["Japan AI Promotion Act", "Japan", "In force", "Legislation"]:
        assert text in response.text
    for heading in ["Jurisdiction", "Instrument type", "Stage", "Review status"]:
        assert f">{heading}" in response.text or heading in response.text
    assert "Last verified" in response.text
    assert "Never" in response.text  # no development was verified yet


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"jurisdiction": "JP"}, {"japan_act", "japan_guideline"}),
        ({"instrument_type": "guideline"}, {"japan_guideline"}),
        ({"stage": "repealed"}, {"aida"}),
        ({"review_status": "candidate"}, {"candidate"}),
        ({"review_status": "published"}, {"japan_act", "japan_guideline", "aida"}),
        ({"topic": "safety"}, {"japan_guideline", "aida"}),
        (
            {"announced_on_from": "2024-01-01", "announced_on_to": "2024-12-31"},
            {"japan_guideline"},
        ),
        ({"announced_on_from": "2025-01-01"}, {"japan_act", "candidate"}),
        ({"jurisdiction": "CA", "stage": "repealed"}, {"aida"}),
    ],
)
def test_developments_listing_filters(team, catalogue, params, expected):
    # The admin filters take ids: turn the readable codes and names into them.
    params = dict(params)
    if "jurisdiction" in params:
        params["jurisdiction"] = Jurisdiction.objects.get(
            code=params["jurisdiction"]
        ).pk
    if "topic" in params:
        params["topic"] = Tag.objects.get(name=params["topic"]).pk

    response = team.get(LIST_URL, params)

    assert response.status_code == 200
    assert titles(response) == {catalogue[key].title for key in expected}


def test_developments_listing_searches_title_and_summary(team, catalogue):
    by_title = team.get(LIST_URL, {"q": "promotion"})
    by_summary = team.get(LIST_URL, {"q": "quantum-safe"})

    assert titles(by_title) == {"Japan AI Promotion Act"}
    assert titles(by_summary) == {"Japan AI Guidelines for Business"}


@pytest.mark.parametrize(
    "params",
    [
        {"jurisdiction": "not-a-number"},
        {"jurisdiction": "999999"},
        {"stage": "invented"},
        {"announced_on_from": "31/31/2024"},
        {"topic": "x"},
        {"ordering": "internal_analysis"},
        {"p": "9999"},
    ],
)
def test_developments_listing_survives_bad_parameters(team, catalogue, params):
    assert team.get(LIST_URL, params).status_code == 200


def _csv_rows(response):
    content = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(content)))


def test_csv_export_contains_exactly_the_filtered_rows(team, catalogue):
    japan = catalogue["japan_act"].jurisdiction
    response = team.get(LIST_URL, {"jurisdiction": japan.pk, "export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "policy-developments.csv" in response["Content-Disposition"]
    rows = _csv_rows(response)
    assert {row["Title"] for row in rows} == {
        "Japan AI Promotion Act",
        "Japan AI Guidelines for Business",
    }
    act = next(row for row in rows if row["Title"] == "Japan AI Promotion Act")
    assert act["Jurisdiction"] == "Japan"
    assert act["Jurisdiction code"] == "JP"
    assert act["Stage"] == "In force"
    assert act["Topics"] == "governance"
    assert act["Announced on"] == "2025-05-28"
    assert "Internal analysis" not in act


def test_xlsx_export_contains_exactly_the_filtered_and_searched_rows(team, catalogue):
    response = team.get(
        LIST_URL, {"review_status": "published", "q": "japan", "export": "xlsx"}
    )

    assert response.status_code == 200
    assert "policy-developments.xlsx" in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *rows = list(workbook.active.values)
    records = [dict(zip(header, row, strict=True)) for row in rows]
    assert sorted(r["Title"] for r in records) == [
        "Japan AI Guidelines for Business",
        "Japan AI Promotion Act",
    ]
    guideline = next(r for r in records if r["Title"].endswith("Business"))
    assert guideline["Instrument type"] == "Guideline or code of conduct"
    assert guideline["Announced on"] == datetime.date(2024, 4, 19)


def _make_rows(count):
    source = SourceFactory()
    for i in range(count):
        DevelopmentFactory(
            source=source,
            jurisdiction=JurisdictionFactory(),
            topics=[f"topic {i}", "shared"],
            ai_act_elements=[AIActElement.TRANSPARENCY],
        )


@pytest.mark.parametrize(
    "params",
    [{}, {"export": "csv"}, {"export": "xlsx"}, {"q": "act", "stage": "adopted"}],
)
def test_listing_and_exports_use_a_constant_number_of_queries(
    team, django_assert_max_num_queries, params
):
    def fetch():
        response = team.get(LIST_URL, params)
        if response.streaming:
            b"".join(response.streaming_content)
        else:
            assert response.content
        return response

    _make_rows(3)
    fetch()  # warm per-process caches (content types, permissions)
    with django_assert_max_num_queries(25) as small:
        fetch()
    _make_rows(30)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = fetch()
    assert response.status_code == 200


# --- Inspect, edit, stage history, audit log ---------------------------------


def test_inspect_view_shows_the_staff_only_analysis_and_stage_history(team, catalogue):
    development = catalogue["japan_act"]
    development.internal_analysis = "Watch the cabinet order on AI basic plans."
    development.ai_act_elements = [AIActElement.GOVERNANCE]
    development.save()
    StageChange.objects.create(
        development=development,
        stage="adopted",
        changed_on=datetime.date(2025, 5, 28),
    )

    response = team.get(reverse(f"{DEVELOPMENTS}:inspect", args=[development.pk]))

    assert response.status_code == 200
    assert "Watch the cabinet order on AI basic plans." in response.text
    assert "Governance and enforcement" in response.text
    assert "Stage history" in response.text
    assert "Adopted" in response.text


def test_editing_a_development_records_stage_history_and_the_audit_log(team):
    development = DevelopmentFactory(stage=PolicyDevelopment.Stage.ADOPTED)
    edit_url = reverse(f"{DEVELOPMENTS}:edit", args=[development.pk])

    response = team.post(
        edit_url,
        form_data(
            development,
            stage="in_force",
            in_force_on="2026-08-02",
            topics="governance, safety",
            ai_act_elements=["transparency", "general_purpose_ai"],
        ),
    )

    assert response.status_code == 302, response.context["form"].errors
    development.refresh_from_db()
    assert development.stage == "in_force"
    assert development.ai_act_elements == ["transparency", "general_purpose_ai"]
    assert sorted(development.topics.names()) == ["governance", "safety"]
    change = development.stage_changes.get()
    assert (change.stage, change.changed_on) == ("in_force", datetime.date(2026, 8, 2))
    assert change.recorded_by == team.user

    entry = ModelLogEntry.objects.get(
        object_id=str(development.pk), action="wagtail.edit"
    )
    assert entry.user == team.user
    history = team.get(reverse(f"{DEVELOPMENTS}:history", args=[development.pk]))
    assert history.status_code == 200
    assert "Edit" in history.text
    assert team.user.get_full_name() in history.text


def test_an_edit_that_keeps_the_stage_adds_no_stage_step(team):
    development = DevelopmentFactory()
    url = reverse(f"{DEVELOPMENTS}:edit", args=[development.pk])
    team.post(url, form_data(development, summary="First wording."))
    team.post(url, form_data(development, summary="Second wording."))

    assert development.stage_changes.count() == 1
    assert ModelLogEntry.objects.filter(object_id=str(development.pk)).count() == 2


def test_creating_a_development_in_the_admin_records_its_first_stage(team):
    japan = JurisdictionFactory(code="JP", name="Japan")
    blank = PolicyDevelopment(
        title="AI Basic Plan",
        jurisdiction=japan,
        stage="proposed",
        announced_on=datetime.date(2025, 12, 23),
        source_url="https://www8.cao.go.jp/cstp/ai/ai_plan.html",
        review_status=Status.CANDIDATE,
    )

    response = team.post(reverse(f"{DEVELOPMENTS}:add"), form_data(blank))

    assert response.status_code == 302, response.context["form"].errors
    created = PolicyDevelopment.objects.get(title="AI Basic Plan")
    assert created.stage_changes.get().changed_on == datetime.date(2025, 12, 23)
    assert ModelLogEntry.objects.filter(
        object_id=str(created.pk), action="wagtail.create"
    ).exists()


def test_a_bad_edit_redisplays_the_form_with_errors(team):
    development = DevelopmentFactory(adopted_on=datetime.date(2024, 5, 21))
    response = team.post(
        reverse(f"{DEVELOPMENTS}:edit", args=[development.pk]),
        form_data(
            development,
            in_force_on="2020-01-01",
            ai_act_elements=["not-an-element"],
            jurisdiction="",
        ),
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"ai_act_elements", "in_force_on", "jurisdiction"} <= set(errors)
    development.refresh_from_db()
    assert development.in_force_on is None


def test_publishing_through_the_form_records_the_reviewer(team):
    candidate = DevelopmentFactory(review_status=Status.CANDIDATE)
    team.post(
        reverse(f"{DEVELOPMENTS}:edit", args=[candidate.pk]),
        form_data(candidate, review_status="published"),
    )
    candidate.refresh_from_db()
    assert candidate.review_status == Status.PUBLISHED
    assert candidate.reviewed_by == team.user
    assert candidate.reviewed_at is not None


# --- Triage queue -----------------------------------------------------------


@pytest.fixture
def queue(db):
    feed = SourceFactory(name="Japan Cabinet Office feed")
    japan = feed.jurisdiction
    older = DevelopmentFactory(
        title="Older complete candidate",
        jurisdiction=japan,
        source=feed,
        review_status=Status.CANDIDATE,
    )
    newer = DevelopmentFactory(
        title="Newer complete candidate",
        jurisdiction=japan,
        source=feed,
        review_status=Status.CANDIDATE,
    )
    no_jurisdiction = DevelopmentFactory(
        title="Feed item on many countries",
        jurisdiction=None,
        source=feed,
        review_status=Status.CANDIDATE,
    )
    no_date = DevelopmentFactory(
        title="Undated press release",
        jurisdiction=japan,
        announced_on=None,
        review_status=Status.CANDIDATE,
    )
    published = DevelopmentFactory(title="Already public")
    PolicyDevelopment.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=2)
    )
    return {
        "older": older,
        "newer": newer,
        "no_jurisdiction": no_jurisdiction,
        "no_date": no_date,
        "published": published,
        "feed": feed,
    }


def test_triage_queue_lists_candidates_newest_first_with_source(team, queue):
    response = team.get(TRIAGE_URL)

    assert response.status_code == 200
    listed = [d.title for d in response.context["object_list"]]
    assert "Already public" not in listed
    assert set(listed) == {
        "Older complete candidate",
        "Newer complete candidate",
        "Feed item on many countries",
        "Undated press release",
    }
    assert listed[-1] == "Older complete candidate"
    assert "Japan Cabinet Office feed" in response.text
    assert "Missing" in response.text  # what an incomplete candidate lacks
    # Only the triage actions are offered, through Wagtail's bulk-action URLs.
    assert bulk_url("publish", []).split("?")[0] in response.text
    assert bulk_url("dismiss", []).split("?")[0] in response.text
    assert bulk_url("verify", []).split("?")[0] not in response.text


def test_bulk_publish_confirmation_lists_the_selection(team, queue):
    response = team.get(bulk_url("publish", [queue["older"], queue["newer"]]))

    assert response.status_code == 200
    assert "Older complete candidate" in response.text
    assert "Newer complete candidate" in response.text
    assert "Yes, publish" in response.text


def test_bulk_publish_publishes_complete_candidates_and_names_the_others(team, queue):
    chosen = [queue[k] for k in ("older", "newer", "no_jurisdiction", "no_date")]

    response = team.post(bulk_url("publish", chosen, next=TRIAGE_URL), follow=True)

    assert response.redirect_chain[-1][0] == TRIAGE_URL
    notes = " ".join(page_messages(response))
    assert "2 developments published." in notes
    assert "2 developments could not be published" in notes
    assert "“Feed item on many countries” (no jurisdiction)" in notes
    assert "“Undated press release” (no announcement date)" in notes
    statuses = dict(
        PolicyDevelopment.objects.filter(pk__in=[d.pk for d in chosen]).values_list(
            "title", "review_status"
        )
    )
    assert statuses == {
        "Older complete candidate": "published",
        "Newer complete candidate": "published",
        "Feed item on many countries": "candidate",
        "Undated press release": "candidate",
    }
    logged = set(
        ModelLogEntry.objects.filter(action="monitoring.publish").values_list(
            "object_id", flat=True
        )
    )
    assert logged == {str(queue["older"].pk), str(queue["newer"].pk)}
    assert queue["older"].stage_changes.get().recorded_by == team.user
    # The queue no longer shows them.
    assert titles(response) == {"Feed item on many countries", "Undated press release"}


def test_bulk_dismiss_dismisses_and_logs_each(team, queue):
    chosen = [queue["no_jurisdiction"], queue["no_date"]]

    response = team.post(bulk_url("dismiss", chosen, next=TRIAGE_URL), follow=True)

    assert "2 developments dismissed." in " ".join(page_messages(response))
    for development in chosen:
        development.refresh_from_db()
        assert development.review_status == Status.DISMISSED
        assert development.reviewed_by == team.user
        entry = ModelLogEntry.objects.get(
            object_id=str(development.pk), action="monitoring.dismiss"
        )
        assert entry.user == team.user
    history = team.get(reverse(f"{DEVELOPMENTS}:history", args=[chosen[0].pk]))
    assert [e.action for e in history.context["object_list"]] == ["monitoring.dismiss"]
    assert "Dismissed in triage" in history.text


def test_select_all_in_the_filtered_queue_acts_on_its_candidates_only(team, queue):
    other = DevelopmentFactory(
        title="Canadian candidate", review_status=Status.CANDIDATE
    )
    url = bulk_url(
        "dismiss",
        [],
        id="all",
        jurisdiction=queue["feed"].jurisdiction_id,
        next=TRIAGE_URL,
    )

    team.post(url)

    assert set(
        PolicyDevelopment.objects.filter(review_status=Status.DISMISSED).values_list(
            "title", flat=True
        )
    ) == {
        "Older complete candidate",
        "Newer complete candidate",
        "Undated press release",
    }
    other.refresh_from_db()
    queue["published"].refresh_from_db()
    assert other.review_status == Status.CANDIDATE
    assert queue["published"].review_status == Status.PUBLISHED


@pytest.mark.parametrize("ids", ["abc", "999999", ""])
def test_bulk_actions_answer_bad_ids_without_error(team, queue, ids):
    base = reverse(
        "wagtail_bulk_action", args=["monitoring", "policydevelopment", "publish"]
    )
    assert team.get(f"{base}?id={ids}").status_code == 404


def test_fpi_staff_cannot_run_bulk_actions(fpi, queue):
    response = fpi.post(bulk_url("publish", [queue["older"]], next=TRIAGE_URL))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    queue["older"].refresh_from_db()
    assert queue["older"].review_status == Status.CANDIDATE
    assert not ModelLogEntry.objects.filter(action="monitoring.publish").exists()


def test_triage_listing_uses_a_constant_number_of_queries(
    team, django_assert_max_num_queries
):
    def candidates(count):
        source = SourceFactory()
        for _ in range(count):
            DevelopmentFactory(source=source, review_status=Status.CANDIDATE)

    candidates(3)
    team.get(TRIAGE_URL)
    with django_assert_max_num_queries(25) as small:
        team.get(TRIAGE_URL)
    candidates(30)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert team.get(TRIAGE_URL).status_code == 200


# --- Not verified for 180 days ---------------------------------------------


def test_not_verified_list_and_mark_verified_today(team):
    today = timezone.localdate()
    stale = DevelopmentFactory(
        title="Checked long ago", last_verified_on=today - datetime.timedelta(400)
    )
    never = DevelopmentFactory(title="Never checked")
    DevelopmentFactory(
        title="Checked last month", last_verified_on=today.replace(day=1)
    )
    DevelopmentFactory(title="A candidate", review_status=Status.CANDIDATE)

    listing = team.get(NOT_VERIFIED_URL)
    assert titles(listing) == {"Checked long ago", "Never checked"}
    assert bulk_url("verify", []).split("?")[0] in listing.text
    assert bulk_url("publish", []).split("?")[0] not in listing.text

    response = team.post(
        bulk_url("verify", [stale, never], next=NOT_VERIFIED_URL), follow=True
    )

    assert "2 developments marked as verified today." in " ".join(
        page_messages(response)
    )
    assert titles(response) == set()
    stale.refresh_from_db()
    assert stale.last_verified_on == today
    assert ModelLogEntry.objects.filter(action="monitoring.verify").count() == 2


# --- Sources, jurisdictions --------------------------------------------------


def test_sources_list_shows_fetch_status_and_failures(team):
    SourceFactory(
        name="Broken ministry feed",
        last_status="http_error",
        consecutive_failures=4,
        last_new_items=0,
        last_fetched_at=timezone.now(),
        last_error="HTTP 404 Not Found " + "x" * 300,
    )
    SourceFactory(name="Healthy feed", last_status="ok", last_new_items=7)

    response = team.get(SOURCES_URL)

    assert response.status_code == 200
    for text in ["Broken ministry feed", "HTTP error", "HTTP 404 Not Found", "OK"]:
        assert text in response.text
    assert "x" * 300 not in response.text  # long errors are cut short
    failing = team.get(SOURCES_URL, {"last_status": "http_error"})
    assert [s.name for s in failing.context["object_list"]] == ["Broken ministry feed"]


@pytest.fixture
def eager_celery():
    """Run Celery tasks in this process, as without a broker, so that a test sees
    their results even where REDIS_URL points Celery at Redis."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


def test_poll_now_polls_the_selected_feed_in_the_background(
    team, eager_celery, django_capture_on_commit_callbacks
):
    with FeedServer() as server:
        source = SourceFactory(name="Local feed", url=server.url("/feeds/rss20.xml"))
        untouched = SourceFactory(name="Other feed")
        query = urlencode([("id", source.pk), ("next", SOURCES_URL)])
        url = (
            reverse("wagtail_bulk_action", args=["monitoring", "source", "poll"])
            + f"?{query}"
        )

        confirm = team.get(url)
        assert confirm.status_code == 200
        assert "Local feed" in confirm.text
        with django_capture_on_commit_callbacks(execute=True):
            response = team.post(url, follow=True)

    assert "Polling 1 source" in " ".join(page_messages(response))
    source.refresh_from_db()
    untouched.refresh_from_db()
    assert source.last_status == "ok"
    assert source.last_new_items > 0
    assert PolicyDevelopment.objects.filter(source=source).exists()
    assert untouched.last_status == "never"


def test_fpi_staff_cannot_poll_sources(fpi):
    source = SourceFactory()
    url = reverse("wagtail_bulk_action", args=["monitoring", "source", "poll"])
    response = fpi.post(f"{url}?id={source.pk}")
    assert response["Location"] == reverse("wagtailadmin_home")


def test_jurisdictions_search_by_name_and_code(team):
    JurisdictionFactory(code="KR", name="South Korea")
    JurisdictionFactory(code="SG", name="Singapore")

    by_code = team.get(JURISDICTIONS_URL, {"q": "kr"})
    by_name = team.get(JURISDICTIONS_URL, {"q": "singa"})

    assert [j.name for j in by_code.context["object_list"]] == ["South Korea"]
    assert [j.name for j in by_name.context["object_list"]] == ["Singapore"]


# --- Alignment assessments ---------------------------------------------------


def _assessment_data(assessment, **changes):
    data = {
        "jurisdiction": assessment.jurisdiction_id,
        "element": assessment.element,
        "level": assessment.level,
        "rationale": assessment.rationale,
        "evidence": [d.pk for d in assessment.evidence.all()],
    }
    data.update(changes)
    return data


def test_editing_an_assessment_keeps_every_earlier_version(team):
    assessment = AssessmentFactory(rationale="First view.")
    edit_url = reverse(f"{ASSESSMENTS}:edit", args=[assessment.pk])

    first = team.post(
        edit_url, _assessment_data(assessment, level="aligned", rationale="Second.")
    )
    second = team.post(
        edit_url, _assessment_data(assessment, level="divergent", rationale="Third.")
    )

    assert first.status_code == second.status_code == 302
    assessment.refresh_from_db()
    assert (assessment.level, assessment.rationale) == ("divergent", "Third.")
    assert assessment.assessed_by == team.user
    versions = [
        (r.content["level"], r.content["rationale"])
        for r in assessment.revisions.order_by("created_at", "id")
    ]
    assert versions == [
        ("partially_aligned", "First view."),
        ("aligned", "Second."),
        ("divergent", "Third."),
    ]
    history = team.get(reverse(f"{ASSESSMENTS}:history", args=[assessment.pk]))
    assert history.status_code == 200


def test_assessment_evidence_is_limited_to_the_jurisdictions_published_work(team):
    japan = JurisdictionFactory(code="JP", name="Japan")
    assessment = AssessmentFactory(jurisdiction=japan)
    own = DevelopmentFactory(title="Japanese act", jurisdiction=japan)
    DevelopmentFactory(
        title="Japanese candidate", jurisdiction=japan, review_status=Status.CANDIDATE
    )
    foreign = DevelopmentFactory(title="Foreign act")
    edit_url = reverse(f"{ASSESSMENTS}:edit", args=[assessment.pk])

    form = team.get(edit_url).context["form"]
    assert [d.title for d in form.fields["evidence"].queryset] == ["Japanese act"]

    rejected = team.post(edit_url, _assessment_data(assessment, evidence=[foreign.pk]))
    assert rejected.status_code == 200
    assert "evidence" in rejected.context["form"].errors

    team.post(edit_url, _assessment_data(assessment, evidence=[own.pk]))
    assert list(AlignmentAssessment.objects.get().evidence.all()) == [own]


def test_creating_an_assessment_records_who_and_when(team):
    korea = JurisdictionFactory(code="KR", name="South Korea")
    response = team.post(
        reverse(f"{ASSESSMENTS}:add"),
        {
            "jurisdiction": korea.pk,
            "element": "risk_classification",
            "level": "partially_aligned",
            "rationale": "High-impact AI in the AI Basic Act.",
        },
    )

    assert response.status_code == 302
    assessment = AlignmentAssessment.objects.get()
    assert assessment.assessed_by == team.user
    assert assessment.revisions.count() == 1


# --- Roles ------------------------------------------------------------------


def test_fpi_staff_read_developments_and_jurisdictions_but_cannot_edit(fpi):
    development = DevelopmentFactory(internal_analysis="Internal note.")

    assert fpi.get(LIST_URL).status_code == 200
    assert fpi.get(JURISDICTIONS_URL).status_code == 200
    inspect = fpi.get(reverse(f"{DEVELOPMENTS}:inspect", args=[development.pk]))
    assert inspect.status_code == 200
    assert "Internal note." in inspect.text
    edit_url = reverse(f"{DEVELOPMENTS}:edit", args=[development.pk])
    assert edit_url not in inspect.text

    for response in [
        fpi.get(edit_url),
        fpi.post(edit_url, form_data(development, title="Changed")),
        fpi.get(reverse(f"{DEVELOPMENTS}:add")),
        fpi.get(TRIAGE_URL),
        fpi.get(SOURCES_URL),
        fpi.get(ASSESSMENTS_URL),
    ]:
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    development.refresh_from_db()
    assert development.title != "Changed"


def test_communications_have_no_monitoring_pages(make_client):
    comms = make_client(roles.COMMUNICATIONS)
    development = DevelopmentFactory()

    for url in [
        *MONITORING_LISTINGS,
        reverse(f"{DEVELOPMENTS}:inspect", args=[development.pk]),
    ]:
        response = comms.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("wagtailadmin_home")
    assert "Triage queue" not in comms.get(reverse("wagtailadmin_home")).text


def test_menu_shows_each_role_what_it_may_use(team, fpi):
    team_home = team.get(reverse("wagtailadmin_home")).text
    fpi_home = fpi.get(reverse("wagtailadmin_home")).text

    for label in [
        "Monitoring",
        "Developments",
        "Triage queue",
        "Sources",
        "Jurisdictions",
        "Alignment assessments",
        "Not verified for 180 days",
    ]:
        assert label in team_home
    assert "Developments" in fpi_home
    assert "Triage queue" not in fpi_home


def test_only_team_leads_may_delete(team, make_client):
    lead = make_client(roles.TEAM_LEADS)
    development = DevelopmentFactory(review_status=Status.CANDIDATE)
    delete_url = reverse(f"{DEVELOPMENTS}:delete", args=[development.pk])

    assert team.post(delete_url).status_code == 302
    assert PolicyDevelopment.objects.filter(pk=development.pk).exists()
    assert lead.post(delete_url).status_code == 302
    assert not PolicyDevelopment.objects.filter(pk=development.pk).exists()
