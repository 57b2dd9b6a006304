"""The open-data API at /api/v1/: published developments, jurisdictions, alignment."""

import datetime

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from monitoring.models import (
    AIActElement,
    AlignmentAssessment,
    PolicyDevelopment,
    StageChange,
)
from tests.monitoring.factories import (
    AssessmentFactory,
    DevelopmentFactory,
    JurisdictionFactory,
)

pytestmark = pytest.mark.django_db

API = "/api/v1"
Status = PolicyDevelopment.ReviewStatus
Type = PolicyDevelopment.InstrumentType
Stage = PolicyDevelopment.Stage

RESULT_FIELDS = {
    "id",
    "title",
    "url",
    "jurisdiction",
    "instrument_type",
    "stage",
    "announced_on",
    "adopted_on",
    "in_force_on",
    "last_verified_on",
    "summary",
    "topics",
    "ai_act_elements",
    "significance",
    "source_url",
    "supersedes",
}


@pytest.fixture
def api():
    return Client()


def get_json(client, path, params=None, status=200, **headers):
    response = client.get(path, params or {}, headers=headers)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def ids(body):
    return [result["id"] for result in body["results"]]


def unpublished_twins():
    """A candidate and a dismissed development that match any search for 'act'."""
    return [
        DevelopmentFactory(
            title="Secret candidate AI act",
            review_status=Status.CANDIDATE,
            internal_analysis="Internal: do not publish",
        ),
        DevelopmentFactory(title="Dismissed AI act", review_status=Status.DISMISSED),
    ]


# --- GET /developments ------------------------------------------------------


def test_list_shows_published_developments_with_their_public_fields(api):
    eu = JurisdictionFactory(code="EU", name="European Union")
    older = DevelopmentFactory(jurisdiction=eu, announced_on=datetime.date(2021, 4, 21))
    act = DevelopmentFactory(
        jurisdiction=eu,
        title="AI Act enters into force",
        instrument_type=Type.REGULATION,
        stage=Stage.IN_FORCE,
        announced_on=datetime.date(2024, 8, 1),
        adopted_on=datetime.date(2024, 6, 13),
        in_force_on=datetime.date(2024, 8, 1),
        last_verified_on=datetime.date(2025, 1, 10),
        summary="The regulation enters into force.",
        source_url="https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        topics=["risk", "General-purpose AI"],
        ai_act_elements=["risk_classification", "general_purpose_ai"],
        significance=PolicyDevelopment.Significance.HIGH,
        internal_analysis="Our private view",
        supersedes=older,
    )
    unpublished_twins()

    response = api.get(f"{API}/developments")
    body = response.json()

    assert response.status_code == 200
    assert body["count"] == 2
    assert ids(body) == [act.pk, older.pk]  # newest first
    result = body["results"][0]
    assert set(result) == RESULT_FIELDS
    assert result == {
        "id": act.pk,
        "title": "AI Act enters into force",
        "url": f"http://testserver/tracker/{act.pk}/",
        "jurisdiction": {"code": "EU", "name": "European Union"},
        "instrument_type": "regulation",
        "stage": "in_force",
        "announced_on": "2024-08-01",
        "adopted_on": "2024-06-13",
        "in_force_on": "2024-08-01",
        "last_verified_on": "2025-01-10",
        "summary": "The regulation enters into force.",
        "topics": ["General-purpose AI", "risk"],
        "ai_act_elements": ["risk_classification", "general_purpose_ai"],
        "significance": "high",
        "source_url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        "supersedes": older.pk,
    }
    content = response.content.decode()
    assert "Our private view" not in content
    assert "internal" not in content
    assert "review" not in content
    assert "Secret candidate" not in content
    assert "Dismissed AI act" not in content


def test_supersedes_is_null_when_the_earlier_development_is_not_public(api):
    hidden = DevelopmentFactory(review_status=Status.CANDIDATE)
    development = DevelopmentFactory(supersedes=hidden)

    body = get_json(api, f"{API}/developments")

    assert ids(body) == [development.pk]
    assert body["results"][0]["supersedes"] is None


def test_filters_combine_like_the_tracker(api):
    jp = JurisdictionFactory(code="JP", name="Japan")
    kr = JurisdictionFactory(code="KR", name="South Korea")
    match = DevelopmentFactory(
        jurisdiction=jp,
        title="AI Promotion Act",
        instrument_type=Type.LEGISLATION,
        stage=Stage.ADOPTED,
        announced_on=datetime.date(2025, 5, 28),
        topics=["Innovation"],
    )
    # Each differs from `match` in one filter only.
    DevelopmentFactory(
        jurisdiction=kr,
        title="AI Basic Act",
        stage=Stage.ADOPTED,
        announced_on=datetime.date(2025, 1, 21),
        topics=["Innovation"],
    )
    DevelopmentFactory(
        jurisdiction=jp,
        title="AI Guidelines for Business act",
        instrument_type=Type.GUIDELINE,
        stage=Stage.ADOPTED,
        announced_on=datetime.date(2025, 4, 19),
        topics=["Innovation"],
    )
    DevelopmentFactory(
        jurisdiction=jp,
        title="AI bill act",
        stage=Stage.PROPOSED,
        announced_on=datetime.date(2025, 2, 28),
        topics=["Innovation"],
    )
    DevelopmentFactory(
        jurisdiction=jp,
        title="Old AI act",
        stage=Stage.ADOPTED,
        announced_on=datetime.date(2019, 3, 29),
        topics=["Innovation"],
    )
    DevelopmentFactory(
        jurisdiction=jp,
        title="Robot act",
        stage=Stage.ADOPTED,
        announced_on=datetime.date(2025, 6, 1),
        topics=["Robotics"],
    )
    DevelopmentFactory(
        jurisdiction=jp,
        title="AI Promotion Act draft",
        stage=Stage.ADOPTED,
        announced_on=datetime.date(2025, 3, 1),
        topics=["Innovation"],
        review_status=Status.CANDIDATE,
    )

    body = get_json(
        api,
        f"{API}/developments",
        {
            "q": "promotion",
            "jurisdiction": "jp",
            "type": "legislation",
            "stage": "adopted",
            "year": "2025",
            "topic": "innovation",
        },
    )

    assert body["count"] == 1
    assert ids(body) == [match.pk]


def test_jurisdiction_filter_takes_several_codes_and_sort_takes_oldest(api):
    eu = JurisdictionFactory(code="EU")
    jp = JurisdictionFactory(code="JP")
    other = JurisdictionFactory(code="US")
    first = DevelopmentFactory(jurisdiction=jp, announced_on=datetime.date(2020, 1, 1))
    second = DevelopmentFactory(jurisdiction=eu, announced_on=datetime.date(2022, 1, 1))
    DevelopmentFactory(jurisdiction=other, announced_on=datetime.date(2021, 1, 1))

    body = get_json(
        api, f"{API}/developments", {"jurisdiction": "EU,JP", "sort": "oldest"}
    )

    assert ids(body) == [first.pk, second.pk]


def test_search_never_finds_candidates_or_dismissed(api):
    published = DevelopmentFactory(title="Published AI act")
    unpublished_twins()

    body = get_json(api, f"{API}/developments", {"q": "act"})

    assert ids(body) == [published.pk]


def test_the_tracker_forms_empty_parameters_mean_any(api):
    development = DevelopmentFactory()

    body = get_json(
        api,
        f"{API}/developments",
        {
            "q": "",
            "jurisdiction": "",
            "type": "",
            "stage": "",
            "topic": "",
            "year": "",
            "sort": "",
            "page": "",
        },
    )

    assert ids(body) == [development.pk]
    assert body["page"] == 1
    assert body["page_size"] == 50


def test_pagination_links_walk_through_every_page(api):
    developments = [
        DevelopmentFactory(announced_on=datetime.date(2024, 1, day))
        for day in range(1, 6)
    ]
    newest_first = [d.pk for d in reversed(developments)]

    first = get_json(api, f"{API}/developments", {"page_size": 2, "stage": "adopted"})

    assert first["count"] == 5
    assert first["page"] == 1
    assert first["page_size"] == 2
    assert first["previous"] is None
    assert first["next"].startswith("http://testserver/api/v1/developments?")
    assert "stage=adopted" in first["next"]
    assert "page_size=2" in first["next"]
    assert "page=2" in first["next"]

    second = get_json(api, first["next"])
    third = get_json(api, second["next"])

    assert second["page"] == 2
    assert third["next"] is None
    assert ids(first) + ids(second) + ids(third) == newest_first
    assert get_json(api, third["previous"]) == second
    assert get_json(api, second["previous"]) == first


def test_default_page_size_is_50(api):
    DevelopmentFactory.create_batch(51)

    body = get_json(api, f"{API}/developments")

    assert body["count"] == 51
    assert len(body["results"]) == 50
    assert body["next"] is not None


def test_empty_result_is_an_empty_first_page(api):
    body = get_json(api, f"{API}/developments", {"q": "nothing matches this"})

    assert body == {
        "count": 0,
        "page": 1,
        "page_size": 50,
        "next": None,
        "previous": None,
        "results": [],
    }


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"page": "abc"}, "page"),
        ({"page": "0"}, "page"),
        ({"page": "-1"}, "page"),
        ({"page": "2"}, "page"),  # past the last page
        ({"page_size": "1000"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
        ({"year": "abc"}, "year"),
        ({"year": "1800"}, "year"),  # rejected by DevelopmentFilter
        ({"year": "99999999999999999999999"}, "year"),
        ({"type": "bogus"}, "type"),
        ({"stage": "bogus"}, "stage"),
        ({"sort": "bogus"}, "sort"),
        ({"q": "nul\x00byte"}, "q"),  # rejected by DevelopmentFilter
        ({"topic": "nul\x00byte"}, "topic"),
    ],
)
def test_bad_parameters_answer_422_naming_the_parameter(api, params, name):
    DevelopmentFactory()

    body = get_json(api, f"{API}/developments", params, status=422)

    assert body["detail"]
    for error in body["detail"]:
        assert error["loc"] == ["query", name]
        assert error["msg"]


# --- GET /developments/{id} ---------------------------------------------------


def test_detail_adds_the_stage_history(api):
    development = DevelopmentFactory(
        stage=Stage.IN_FORCE, topics=["Safety"], internal_analysis="Private note"
    )
    StageChange.objects.create(
        development=development, stage=Stage.IN_FORCE, changed_on="2024-08-01"
    )
    StageChange.objects.create(
        development=development, stage=Stage.PROPOSED, changed_on="2021-04-21"
    )
    StageChange.objects.create(
        development=development, stage=Stage.ADOPTED, changed_on="2024-06-13"
    )

    response = api.get(f"{API}/developments/{development.pk}")
    body = response.json()

    assert response.status_code == 200
    assert set(body) == RESULT_FIELDS | {"stage_history"}
    assert body["id"] == development.pk
    assert body["topics"] == ["Safety"]
    assert body["stage_history"] == [
        {"stage": "proposed", "changed_on": "2021-04-21"},
        {"stage": "adopted", "changed_on": "2024-06-13"},
        {"stage": "in_force", "changed_on": "2024-08-01"},
    ]
    assert "Private note" not in response.content.decode()


@pytest.mark.parametrize("status", [Status.CANDIDATE, Status.DISMISSED])
def test_detail_of_an_unpublished_development_is_404(api, status):
    development = DevelopmentFactory(review_status=status)

    body = get_json(api, f"{API}/developments/{development.pk}", status=404)

    assert body == {"detail": "Not found"}


@pytest.mark.parametrize("pk", ["999999", "-1", "99999999999999999999999"])
def test_detail_of_an_unknown_id_is_404(api, pk):
    assert get_json(api, f"{API}/developments/{pk}", status=404) == {
        "detail": "Not found"
    }


def test_detail_of_a_non_numeric_id_is_422(api):
    body = get_json(api, f"{API}/developments/abc", status=422)

    assert body["detail"][0]["loc"] == ["path", "id"]


# --- GET /jurisdictions -------------------------------------------------------


def test_jurisdictions_count_only_published_developments(api):
    eu = JurisdictionFactory(
        code="EU", name="European Union", kind="regional_union", region="Europe"
    )
    jp = JurisdictionFactory(code="JP", name="Japan", region="Asia")
    DevelopmentFactory.create_batch(2, jurisdiction=eu)
    DevelopmentFactory(jurisdiction=eu, review_status=Status.CANDIDATE)
    DevelopmentFactory(jurisdiction=jp, review_status=Status.DISMISSED)

    body = get_json(api, f"{API}/jurisdictions")

    assert body == [
        {
            "code": "EU",
            "name": "European Union",
            "kind": "regional_union",
            "region": "Europe",
            "published_developments": 2,
        },
        {
            "code": "JP",
            "name": "Japan",
            "kind": "country",
            "region": "Asia",
            "published_developments": 0,
        },
    ]


# --- GET /alignment -----------------------------------------------------------


def test_alignment_lists_elements_and_assessments_with_public_evidence(api):
    jp = JurisdictionFactory(code="JP", name="Japan")
    ca = JurisdictionFactory(code="CA", name="Canada")
    act = DevelopmentFactory(jurisdiction=jp)
    guideline = DevelopmentFactory(jurisdiction=jp)
    candidate, dismissed = unpublished_twins()
    transparency = AssessmentFactory(
        jurisdiction=jp,
        element=AIActElement.TRANSPARENCY,
        level=AlignmentAssessment.Level.ALIGNED,
        rationale="Disclosure duties in guidelines.",
    )
    transparency.evidence.set([guideline, act, candidate, dismissed])
    transparency.save()
    AssessmentFactory(
        jurisdiction=jp,
        element=AIActElement.RISK_CLASSIFICATION,
        level=AlignmentAssessment.Level.DIVERGENT,
    )
    AssessmentFactory(jurisdiction=ca, element=AIActElement.GOVERNANCE)
    JurisdictionFactory(code="BR", name="Brazil")  # not assessed: no row

    response = api.get(f"{API}/alignment")
    body = response.json()

    assert response.status_code == 200
    assert body["elements"][0] == {
        "code": "risk_classification",
        "label": "Risk-based classification",
    }
    assert [e["code"] for e in body["elements"]] == AIActElement.values
    assert [row["code"] for row in body["jurisdictions"]] == ["CA", "JP"]
    japan = body["jurisdictions"][1]
    assert japan["name"] == "Japan"
    assert [a["element"] for a in japan["assessments"]] == [
        "risk_classification",
        "transparency",
    ]
    cell = japan["assessments"][1]
    assert cell["level"] == "aligned"
    assert cell["rationale"] == "Disclosure duties in guidelines."
    assert cell["evidence"] == sorted([act.pk, guideline.pk])
    assert datetime.datetime.fromisoformat(cell["assessed_at"]).tzinfo is not None
    assert "Secret candidate" not in response.content.decode()


# --- Caching ------------------------------------------------------------------


def cacheable_paths():
    development = DevelopmentFactory()
    AssessmentFactory(jurisdiction=development.jurisdiction)
    return [
        f"{API}/developments",
        f"{API}/developments?q=act&page_size=10",
        f"{API}/developments/{development.pk}",
        f"{API}/jurisdictions",
        f"{API}/alignment",
    ]


def test_every_endpoint_is_cacheable_and_revalidates_with_304(api):
    for path in cacheable_paths():
        response = api.get(path)

        assert response.status_code == 200, path
        assert response["Cache-Control"] == "public, max-age=300"
        etag = response["ETag"]
        assert etag.startswith('W/"')
        assert api.get(path)["ETag"] == etag  # same data, same tag

        not_modified = api.get(path, headers={"if-none-match": etag})

        assert not_modified.status_code == 304, path
        assert not_modified.content == b""
        assert not_modified["ETag"] == etag
        assert not_modified["Cache-Control"] == "public, max-age=300"


def test_a_change_in_the_data_changes_the_etag(api):
    development = DevelopmentFactory(title="Before")
    path = f"{API}/developments/{development.pk}"
    etag = api.get(path)["ETag"]

    PolicyDevelopment.objects.filter(pk=development.pk).update(title="After")
    response = api.get(path, headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response.json()["title"] == "After"
    assert response["ETag"] != etag


def test_errors_are_not_cached(api):
    candidate = DevelopmentFactory(review_status=Status.CANDIDATE)

    for path in [f"{API}/developments/{candidate.pk}", f"{API}/developments?year=x"]:
        response = api.get(path)

        assert response.status_code in (404, 422)
        assert "ETag" not in response
        assert "public" not in response.get("Cache-Control", "")


def test_any_origin_may_read_the_open_data(api):
    assert api.get(f"{API}/jurisdictions")["Access-Control-Allow-Origin"] == "*"


# --- Constant numbers of queries -----------------------------------------------


def make_developments(count):
    jurisdiction = JurisdictionFactory()
    earlier = DevelopmentFactory(jurisdiction=jurisdiction)
    for _ in range(count):
        development = DevelopmentFactory(
            jurisdiction=JurisdictionFactory(), topics=["Safety", "Innovation"]
        )
        StageChange.objects.create(
            development=development, stage=Stage.ADOPTED, changed_on="2024-01-01"
        )
    PolicyDevelopment.objects.exclude(pk=earlier.pk).update(supersedes=earlier)


@pytest.mark.parametrize(
    "params",
    [{}, {"q": "act"}, {"jurisdiction": "J1,J2,J3", "topic": "safety", "year": "2024"}],
)
def test_list_uses_a_constant_number_of_queries(
    api, django_assert_max_num_queries, params
):
    make_developments(3)
    with django_assert_max_num_queries(3):
        small = get_json(api, f"{API}/developments", params)

    make_developments(40)
    with django_assert_max_num_queries(3):
        large = get_json(api, f"{API}/developments", {**params, "page_size": 200})

    assert len(large["results"]) >= len(small["results"])


def test_detail_jurisdictions_and_alignment_use_constant_queries(
    api, django_assert_max_num_queries
):
    def assess_all(count):
        for _ in range(count):
            jurisdiction = JurisdictionFactory()
            evidence = DevelopmentFactory.create_batch(2, jurisdiction=jurisdiction)
            for element in AIActElement.values[:3]:
                assessment = AssessmentFactory(
                    jurisdiction=jurisdiction, element=element
                )
                assessment.evidence.set(evidence)
                assessment.save()

    assess_all(1)
    development = PolicyDevelopment.objects.first()
    for path, bound in [
        (f"{API}/alignment", 2),
        (f"{API}/jurisdictions", 1),
        (f"{API}/developments/{development.pk}", 3),
    ]:
        with django_assert_max_num_queries(bound):
            get_json(api, path)

    assess_all(15)
    for path, bound in [(f"{API}/alignment", 2), (f"{API}/jurisdictions", 1)]:
        with django_assert_max_num_queries(bound):
            body = get_json(api, path)
        assert len(body if isinstance(body, list) else body["jurisdictions"]) == 16


# --- OpenAPI and docs -----------------------------------------------------------


def test_openapi_schema_lists_the_endpoints(api):
    schema = get_json(api, f"{API}/openapi.json")

    assert {
        "/api/v1/developments",
        "/api/v1/developments/{id}",
        "/api/v1/jurisdictions",
        "/api/v1/alignment",
    } <= set(schema["paths"])
    parameters = {
        p["name"] for p in schema["paths"]["/api/v1/developments"]["get"]["parameters"]
    }
    assert parameters >= {
        "q",
        "jurisdiction",
        "type",
        "stage",
        "topic",
        "year",
        "sort",
        "page",
        "page_size",
    }
    assert "internal_analysis" not in str(schema)


def test_docs_page_answers(api):
    response = api.get(f"{API}/docs")

    assert response.status_code == 200
    assert b"/api/v1/openapi.json" in response.content


def test_docs_page_loads_swagger_ui_from_our_own_static_files(api):
    """Nobody's browser needs a CDN (needs "ninja" in INSTALLED_APPS)."""
    response = api.get(f"{API}/docs")

    assert response.status_code == 200
    content = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in content
    assert "/static/ninja/swagger-ui.css" in content
    assert "cdn" not in content.lower()
    assert finders.find("ninja/swagger-ui-bundle.js")
