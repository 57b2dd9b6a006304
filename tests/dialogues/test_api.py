"""The dialogue endpoints of the open-data API: /api/v1/partners, /meetings and
/initiatives. Public records and public fields only, for every caller."""

import datetime

import pytest
from django.test import Client

from dialogues.models import DialogueMeeting, JointInitiative, Milestone
from tests.dialogues.factories import InitiativeFactory, MeetingFactory, PartnerFactory
from tests.dialogues.public_data import (  # noqa: F401 - `visitor` is a fixture
    assert_no_secrets,
    make_confidential_mix,
    visitor_fixture,
)
from tests.monitoring.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db

API = "/api/v1"
UTC = datetime.UTC

PARTNER_FIELDS = {
    "slug",
    "name",
    "jurisdiction",
    "framework",
    "framework_url",
    "public_summary",
    "priority",
    "url",
}
MEETING_FIELDS = {
    "id",
    "title",
    "partners",
    "start",
    "end",
    "time_zone",
    "location",
    "online",
    "format",
    "level",
    "status",
    "public_summary",
    "topics",
}
INITIATIVE_FIELDS = {
    "id",
    "title",
    "partners",
    "kind",
    "status",
    "start_on",
    "end_on",
    "public_description",
    "topics",
    "milestones",
}


@pytest.fixture
def api():
    return Client()


def get_json(client, path, params=None, status=200):
    response = client.get(path, params or {})
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def ids(body):
    return [result["id"] for result in body["results"]]


def error_params(body):
    return [error["loc"][-1] for error in body["detail"]]


# --- Confidentiality, for every role ----------------------------------------


def test_every_role_gets_only_public_records_and_fields(visitor):
    data = make_confidential_mix()

    meetings = visitor.get(f"{API}/meetings")
    initiatives = visitor.get(f"{API}/initiatives")
    partners = visitor.get(f"{API}/partners")

    assert [m["id"] for m in meetings.json()["results"]] == [data["public"].pk]
    assert [i["id"] for i in initiatives.json()["results"]] == [data["initiative"].pk]
    assert [p["slug"] for p in partners.json()] == ["japan"]
    for response in (meetings, initiatives, partners):
        assert response.status_code == 200
        assert_no_secrets(response.content.decode())


def test_every_role_gets_404_for_confidential_or_draft_records(visitor):
    data = make_confidential_mix()

    for name in ("internal", "restricted", "draft"):
        response = visitor.get(f"{API}/meetings/{data[name].pk}")
        assert response.status_code == 404
        assert response.json() == {"detail": "Not found"}
    for name in ("internal_initiative", "restricted_initiative"):
        response = visitor.get(f"{API}/initiatives/{data[name].pk}")
        assert response.status_code == 404
        assert response.json() == {"detail": "Not found"}
    public = visitor.get(f"{API}/meetings/{data['public'].pk}")
    assert public.status_code == 200
    assert_no_secrets(public.content.decode())


# --- /partners ----------------------------------------------------------------


def test_partners_lists_active_partners_priority_first(api):
    PartnerFactory(slug="oecd", name="OECD", is_priority=False)
    PartnerFactory(
        slug="japan",
        name="Japan",
        jurisdiction=JurisdictionFactory(code="JP", name="Japan"),
        framework="EU-Japan Digital Partnership",
        framework_url="https://example.org/eu-japan",
        public_summary="Cooperation on trustworthy AI.",
        is_priority=True,
    )
    PartnerFactory(slug="canada", name="Canada", is_priority=True)
    PartnerFactory(slug="former", name="Former", active=False)

    body = get_json(api, f"{API}/partners")

    assert [p["slug"] for p in body] == ["canada", "japan", "oecd"]
    japan = body[1]
    assert set(japan) == PARTNER_FIELDS
    assert japan == {
        "slug": "japan",
        "name": "Japan",
        "jurisdiction": {"code": "JP", "name": "Japan"},
        "framework": "EU-Japan Digital Partnership",
        "framework_url": "https://example.org/eu-japan",
        "public_summary": "Cooperation on trustworthy AI.",
        "priority": True,
        "url": "http://testserver/partners/japan/",
    }


def test_one_partner_and_404_for_unknown_or_inactive(api):
    PartnerFactory(slug="japan", name="Japan")
    PartnerFactory(slug="former", active=False)

    assert get_json(api, f"{API}/partners/japan")["name"] == "Japan"
    assert get_json(api, f"{API}/partners/former", status=404) == {
        "detail": "Not found"
    }
    assert get_json(api, f"{API}/partners/nobody", status=404) == {
        "detail": "Not found"
    }


def test_partners_take_constant_queries(api, django_assert_max_num_queries):
    PartnerFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        get_json(api, f"{API}/partners")
    PartnerFactory.create_batch(30)
    with django_assert_max_num_queries(1):
        assert len(get_json(api, f"{API}/partners")) == 33


# --- /meetings ----------------------------------------------------------------


def test_meeting_fields_with_local_time_and_offset(api):
    japan = PartnerFactory(slug="japan", name="Japan", is_priority=True)
    canada = PartnerFactory(slug="canada", name="Canada", is_priority=True)
    meeting = MeetingFactory(
        partners=[japan, canada],
        title="G7 digital ministers",
        start=datetime.datetime(2024, 3, 12, 5, 0, tzinfo=UTC),
        end=datetime.datetime(2024, 3, 12, 7, 30, tzinfo=UTC),
        time_zone="Asia/Tokyo",
        location="Tokyo",
        is_online=True,
        format=DialogueMeeting.Format.MULTILATERAL,
        level=DialogueMeeting.Level.MINISTERIAL,
        status=DialogueMeeting.Status.HELD,
        public_summary="Ministers agreed on a code of conduct.",
    )
    meeting.topics.add("Generative AI", "AI safety")
    meeting.save()

    body = get_json(api, f"{API}/meetings")

    assert body["count"] == 1
    (result,) = body["results"]
    assert set(result) == MEETING_FIELDS
    assert result == {
        "id": meeting.pk,
        "title": "G7 digital ministers",
        "partners": [
            {"slug": "canada", "name": "Canada"},
            {"slug": "japan", "name": "Japan"},
        ],
        "start": "2024-03-12T14:00:00+09:00",
        "end": "2024-03-12T16:30:00+09:00",
        "time_zone": "Asia/Tokyo",
        "location": "Tokyo",
        "online": True,
        "format": "multilateral",
        "level": "ministerial",
        "status": "held",
        "public_summary": "Ministers agreed on a code of conduct.",
        "topics": ["AI safety", "Generative AI"],
    }
    assert get_json(api, f"{API}/meetings/{meeting.pk}") == result


def test_meetings_are_newest_first_and_paginated(api):
    base = datetime.datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    meetings = [
        MeetingFactory(
            start=base + datetime.timedelta(days=n),
            end=base + datetime.timedelta(days=n, hours=2),
        )
        for n in range(5)
    ]

    first = get_json(api, f"{API}/meetings", {"page_size": 2})
    last = get_json(api, f"{API}/meetings", {"page_size": 2, "page": 3})

    assert first["count"] == 5
    assert ids(first) == [meetings[4].pk, meetings[3].pk]
    assert first["next"] == "http://testserver/api/v1/meetings?page_size=2&page=2"
    assert first["previous"] is None
    assert ids(last) == [meetings[0].pk]
    assert last["next"] is None


def meeting_on(day: datetime.date, hour_utc: int = 9, **kwargs):
    start = datetime.datetime.combine(day, datetime.time(hour_utc), tzinfo=UTC)
    return MeetingFactory(
        start=start, end=start + datetime.timedelta(hours=1), **kwargs
    )


def test_meetings_filter_by_partner_year_status_and_dates(api):
    japan = PartnerFactory(slug="japan")
    canada = PartnerFactory(slug="canada")
    a = meeting_on(datetime.date(2023, 5, 10), partners=[japan])
    b = meeting_on(
        datetime.date(2024, 2, 1),
        partners=[canada],
        status=DialogueMeeting.Status.CANCELLED,
    )
    c = meeting_on(datetime.date(2024, 9, 30), partners=[japan])
    # 23:30 UTC on 31 December 2024 is already 2025 in Brussels.
    d = meeting_on(datetime.date(2024, 12, 31), hour_utc=23, partners=[canada])

    def found(**params):
        return ids(get_json(api, f"{API}/meetings", params))

    assert found(partner="japan") == [c.pk, a.pk]
    assert found(year=2024) == [c.pk, b.pk]
    assert found(year=2025) == [d.pk]
    assert found(status="cancelled") == [b.pk]
    assert found(**{"from": "2024-02-01", "to": "2024-09-30"}) == [c.pk, b.pk]
    assert found(**{"from": "2024-02-02"}) == [d.pk, c.pk]
    assert found(to="2023-12-31") == [a.pk]
    assert found(partner="canada", year=2024) == [b.pk]
    # Empty fields, as an HTML form sends them, mean "any".
    assert found(partner="", year="", status="") == [d.pk, c.pk, b.pk, a.pk]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"year": "abc"}, "year"),
        ({"year": "99999"}, "year"),
        ({"status": "secret"}, "status"),
        ({"from": "2024-13-01"}, "from"),
        ({"to": "tomorrow"}, "to"),
        ({"from": "2024-06-01", "to": "2024-01-01"}, "from"),
        ({"partner": "nobody"}, "partner"),
        ({"page": "0"}, "page"),
        ({"page": "7"}, "page"),
        ({"page_size": "1000"}, "page_size"),
    ],
)
def test_bad_meeting_parameters_are_422_naming_them(api, params, name):
    MeetingFactory()

    body = get_json(api, f"{API}/meetings", params, status=422)

    assert name in error_params(body)


def test_unknown_meeting_is_404(api):
    assert get_json(api, f"{API}/meetings/999999", status=404) == {
        "detail": "Not found"
    }


def test_meetings_answer_with_cache_headers_and_etag(api):
    MeetingFactory()

    response = api.get(f"{API}/meetings")
    again = api.get(f"{API}/meetings", headers={"if-none-match": response["ETag"]})

    assert response["Cache-Control"] == "public, max-age=300"
    assert again.status_code == 304


def add_meetings(count):
    partners = [PartnerFactory(), PartnerFactory()]
    for n in range(count):
        meeting = MeetingFactory(
            partners=partners, format=DialogueMeeting.Format.MULTILATERAL
        )
        meeting.topics.add(f"topic {n}", "AI safety")
        meeting.save()
    return partners


def test_meetings_take_constant_queries(api, django_assert_max_num_queries):
    # COUNT, the page, its partners, its topics (+ the partner filter's lookup).
    partners = add_meetings(3)
    with django_assert_max_num_queries(4):
        get_json(api, f"{API}/meetings")
    with django_assert_max_num_queries(5):
        get_json(api, f"{API}/meetings", {"partner": partners[0].slug})
    add_meetings(30)
    with django_assert_max_num_queries(4):
        body = get_json(api, f"{API}/meetings")
    with django_assert_max_num_queries(5):
        get_json(api, f"{API}/meetings", {"partner": partners[0].slug})
    assert body["count"] == 33
    assert all(len(result["partners"]) == 2 for result in body["results"])


# --- /initiatives ---------------------------------------------------------------


def test_initiative_fields_with_milestones(api):
    japan = PartnerFactory(slug="japan", name="Japan")
    initiative = InitiativeFactory(
        partners=[japan],
        title="Joint study on AI standards",
        kind=JointInitiative.Kind.STUDY,
        status=JointInitiative.Status.IN_PROGRESS,
        start_on=datetime.date(2025, 1, 15),
        end_on=datetime.date(2025, 12, 31),
        public_description="A study of AI standards.",
        objectives="SECRET-OBJECTIVES",
        deliverables="SECRET-DELIVERABLES",
    )
    initiative.topics.add("Standards")
    initiative.save()
    Milestone.objects.create(
        initiative=initiative,
        title="Terms of reference",
        due_on=datetime.date(2025, 2, 1),
        done_on=datetime.date(2025, 1, 30),
        sort_order=0,
    )
    Milestone.objects.create(
        initiative=initiative,
        title="Final report",
        due_on=datetime.date(2025, 12, 1),
        sort_order=1,
    )

    body = get_json(api, f"{API}/initiatives")

    (result,) = body["results"]
    assert set(result) == INITIATIVE_FIELDS
    assert result == {
        "id": initiative.pk,
        "title": "Joint study on AI standards",
        "partners": [{"slug": "japan", "name": "Japan"}],
        "kind": "study",
        "status": "in_progress",
        "start_on": "2025-01-15",
        "end_on": "2025-12-31",
        "public_description": "A study of AI standards.",
        "topics": ["Standards"],
        "milestones": [
            {
                "title": "Terms of reference",
                "due_on": "2025-02-01",
                "done": True,
                "done_on": "2025-01-30",
            },
            {
                "title": "Final report",
                "due_on": "2025-12-01",
                "done": False,
                "done_on": None,
            },
        ],
    }
    assert get_json(api, f"{API}/initiatives/{initiative.pk}") == result
    assert "SECRET" not in str(body)


def test_initiatives_filter_and_reject_bad_parameters(api):
    japan = PartnerFactory(slug="japan")
    study = InitiativeFactory(
        partners=[japan],
        kind=JointInitiative.Kind.STUDY,
        status=JointInitiative.Status.COMPLETED,
    )
    pilot = InitiativeFactory(kind=JointInitiative.Kind.PILOT)

    def found(**params):
        return ids(get_json(api, f"{API}/initiatives", params))

    assert found(partner="japan") == [study.pk]
    assert found(status="completed") == [study.pk]
    assert found(kind="pilot") == [pilot.pk]
    for params, name in [
        ({"partner": "nobody"}, "partner"),
        ({"status": "secret"}, "status"),
        ({"kind": "party"}, "kind"),
    ]:
        body = get_json(api, f"{API}/initiatives", params, status=422)
        assert name in error_params(body)
    assert get_json(api, f"{API}/initiatives/999999", status=404) == {
        "detail": "Not found"
    }


def test_initiatives_take_constant_queries(api, django_assert_max_num_queries):
    def add(count):
        partners = [PartnerFactory(), PartnerFactory()]
        for n in range(count):
            initiative = InitiativeFactory(partners=partners)
            initiative.topics.add(f"topic {n}")
            initiative.save()
            Milestone.objects.create(initiative=initiative, title="First")
            Milestone.objects.create(initiative=initiative, title="Second")

    # COUNT, the page, its partners, topics and milestones.
    add(3)
    with django_assert_max_num_queries(5):
        get_json(api, f"{API}/initiatives")
    add(30)
    with django_assert_max_num_queries(5):
        body = get_json(api, f"{API}/initiatives")
    assert body["count"] == 33
    assert all(len(result["milestones"]) == 2 for result in body["results"])


def test_the_openapi_schema_documents_the_dialogue_endpoints(api):
    schema = get_json(api, f"{API}/openapi.json")

    for path in (
        "/api/v1/partners",
        "/api/v1/meetings",
        "/api/v1/meetings/{id}",
        "/api/v1/initiatives",
    ):
        assert path in schema["paths"]
    parameters = {
        p["name"] for p in schema["paths"]["/api/v1/meetings"]["get"]["parameters"]
    }
    assert {"partner", "year", "status", "from", "to", "page"} <= parameters
