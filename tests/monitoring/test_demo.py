"""The demo monitoring content that `seed_demo` loads: real, consistent, idempotent."""

import pytest
from django.contrib.contenttypes.models import ContentType
from taggit.models import Tag
from wagtail.models import Revision

from monitoring.demo import DEVELOPMENTS, create_demo_monitoring
from monitoring.models import (
    AIActElement,
    AlignmentAssessment,
    Jurisdiction,
    PolicyDevelopment,
    Source,
    StageChange,
    TaggedPolicyDevelopment,
)

PARTNERS = ["JP", "CA", "AU", "KR"]
Stage = PolicyDevelopment.Stage


@pytest.fixture
def demo(db):
    create_demo_monitoring()


def assessment_revisions():
    content_type = ContentType.objects.get_for_model(AlignmentAssessment)
    return Revision.objects.filter(base_content_type=content_type)


def snapshot():
    """Everything a second run could add to or change."""
    return {
        "counts": [
            model.objects.count()
            for model in (
                Jurisdiction,
                Source,
                PolicyDevelopment,
                StageChange,
                AlignmentAssessment,
                Tag,
                TaggedPolicyDevelopment,
            )
        ],
        "revisions": assessment_revisions().count(),
        "developments": sorted(
            PolicyDevelopment.objects.values_list(
                "source_url", "updated_at", "review_status", "supersedes_id"
            )
        ),
        "assessments": sorted(
            AlignmentAssessment.objects.values_list(
                "jurisdiction__code", "element", "assessed_at", "latest_revision_id"
            )
        ),
        "stage_changes": sorted(
            StageChange.objects.values_list("development_id", "stage", "changed_on")
        ),
    }


def test_at_least_40_published_developments_with_unique_official_https_urls(demo):
    published = PolicyDevelopment.objects.published()
    urls = list(published.values_list("source_url", flat=True))

    assert len(urls) >= 40
    assert len(set(urls)) == len(urls)
    assert all(url.startswith("https://") for url in urls)
    assert not published.filter(summary="").exists()


def test_the_required_jurisdictions_exist(demo):
    kinds = dict(Jurisdiction.objects.values_list("code", "kind"))

    for code in ["JP", "CA", "AU", "KR", "US", "GB", "CN", "IN", "BR", "SG"]:
        assert kinds[code] == Jurisdiction.Kind.COUNTRY
    assert kinds["EU"] == Jurisdiction.Kind.REGIONAL_UNION
    for code in ["OECD", "UN", "UNESCO", "COE"]:
        assert kinds[code] == Jurisdiction.Kind.INTERNATIONAL_ORGANISATION
    assert kinds["G7"] == Jurisdiction.Kind.FORUM
    # Every jurisdiction on the required list has something on the tracker.
    for code in ["EU", "JP", "CA", "AU", "KR", "US", "GB", "CN", "IN", "BR", "SG"]:
        assert (
            PolicyDevelopment.objects.published()
            .filter(jurisdiction__code=code)
            .exists()
        ), code


@pytest.mark.parametrize("code", [*PARTNERS, "EU"])
def test_each_partner_and_the_eu_has_a_full_assessed_row(demo, code):
    assessments = AlignmentAssessment.objects.filter(jurisdiction__code=code)

    assert sorted(assessments.values_list("element", flat=True)) == sorted(
        AIActElement.values
    )
    assert not assessments.filter(level=AlignmentAssessment.Level.NOT_ASSESSED).exists()
    assert not assessments.filter(rationale="").exists()
    # Evidence is public: an assessment never points the public at a candidate.
    assert (
        not PolicyDevelopment.objects.filter(assessments__in=assessments)
        .exclude(review_status=PolicyDevelopment.ReviewStatus.PUBLISHED)
        .exists()
    )
    for assessment in assessments:
        assert assessment.revisions.count() == 1
        assert assessment.latest_revision is not None


def test_the_eu_is_aligned_with_itself_and_partners_are_not_uniformly(demo):
    levels = AlignmentAssessment.objects.filter(jurisdiction__code="EU").values_list(
        "level", flat=True
    )
    assert set(levels) == {AlignmentAssessment.Level.ALIGNED}

    japan = dict(
        AlignmentAssessment.objects.filter(jurisdiction__code="JP").values_list(
            "element", "level"
        )
    )
    assert japan[AIActElement.PROHIBITED_PRACTICES] == (
        AlignmentAssessment.Level.NO_PROVISION
    )
    korea = dict(
        AlignmentAssessment.objects.filter(jurisdiction__code="KR").values_list(
            "element", "level"
        )
    )
    assert korea[AIActElement.TRANSPARENCY] == AlignmentAssessment.Level.ALIGNED


def test_running_twice_creates_and_changes_nothing(demo):
    before = snapshot()

    create_demo_monitoring()

    assert snapshot() == before


def test_a_rerun_keeps_an_analysts_edits(demo):
    act = PolicyDevelopment.objects.get(
        source_url="https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
    )
    act.summary = "Edited by an analyst."
    act.save()
    assessment = AlignmentAssessment.objects.get(
        jurisdiction__code="JP", element=AIActElement.SANDBOXES
    )
    assessment.level = AlignmentAssessment.Level.ALIGNED
    assessment.save()

    create_demo_monitoring()

    act.refresh_from_db()
    assessment.refresh_from_db()
    assert act.summary == "Edited by an analyst."
    assert assessment.level == AlignmentAssessment.Level.ALIGNED


def test_it_fills_in_what_is_missing(demo):
    PolicyDevelopment.objects.get(
        source_url="https://oecd.ai/en/ai-principles"
    ).assessments.clear()
    AlignmentAssessment.objects.filter(jurisdiction__code="KR").delete()
    PolicyDevelopment.objects.filter(
        source_url="https://oecd.ai/en/ai-principles"
    ).delete()

    create_demo_monitoring()

    update = PolicyDevelopment.objects.get(
        source_url="https://oecd.ai/en/ai-principles"
    )
    assert update.supersedes.title.startswith("OECD Recommendation")
    assert update.stage_changes.count() == 1
    assert AlignmentAssessment.objects.filter(jurisdiction__code="KR").count() == 10


def test_the_triage_queue_has_candidates_and_a_dismissed_item(demo):
    candidates = PolicyDevelopment.objects.candidates()

    assert candidates.count() == 5
    assert candidates.filter(jurisdiction__isnull=True).exists()
    assert candidates.filter(source__isnull=False).exists()
    assert (
        PolicyDevelopment.objects.filter(
            review_status=PolicyDevelopment.ReviewStatus.DISMISSED
        ).count()
        == 1
    )
    published_urls = set(
        PolicyDevelopment.objects.published().values_list("source_url", flat=True)
    )
    assert not published_urls & set(candidates.values_list("source_url", flat=True))


def test_the_ai_act_has_its_stage_history_in_date_order(demo):
    act = PolicyDevelopment.objects.get(
        source_url="https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
    )
    history = list(act.stage_changes.values_list("stage", "changed_on"))

    assert [stage for stage, _on in history] == [
        Stage.PROPOSED,
        Stage.ADOPTED,
        Stage.IN_FORCE,
    ]
    assert [on.isoformat() for _stage, on in history] == [
        "2021-04-21",
        "2024-06-13",
        "2024-08-01",
    ]
    assert act.stage == Stage.IN_FORCE
    assert act.in_force_on.isoformat() == "2024-08-01"


def test_dates_and_stage_histories_are_consistent(demo):
    for development in PolicyDevelopment.objects.published().prefetch_related(
        "stage_changes"
    ):
        announced, adopted, in_force = (
            development.announced_on,
            development.adopted_on,
            development.in_force_on,
        )
        if adopted and in_force:
            assert adopted <= in_force, development
        for later in (adopted, in_force):
            if later:
                assert announced <= later, development
        assert development.last_verified_on >= announced, development

        history = list(development.stage_changes.all())
        assert history, development
        dates = [change.changed_on for change in history]
        assert dates == sorted(dates), development
        assert len({change.stage for change in history}) == len(history), development
        # The latest step is the current stage, so recording it again adds nothing.
        assert history[-1].stage == development.stage, development
        assert dates[0] >= announced, development


def test_every_development_passes_model_validation(demo):
    for development in PolicyDevelopment.objects.all():
        development.full_clean()


def test_superseded_and_lapsed_developments(demo):
    def by_title(start):
        return PolicyDevelopment.objects.get(title__startswith=start)

    aida = by_title("Artificial Intelligence and Data Act")
    assert aida.stage == Stage.REPEALED
    assert [c.stage for c in aida.stage_changes.all()] == [
        Stage.PROPOSED,
        Stage.REPEALED,
    ]
    assert by_title("OECD AI Principles updated").supersedes == by_title(
        "OECD Recommendation"
    )
    assert by_title("Executive Order 14148").supersedes == by_title(
        "Executive Order 14110"
    )
    assert by_title("Executive Order 14110").stage == Stage.REPEALED


def test_some_entries_are_due_for_verification_and_some_are_fresh(demo):
    published = PolicyDevelopment.objects.published()
    stale = published.not_verified_since(180)

    assert stale.exists()
    assert published.exclude(pk__in=stale).exists()


def test_topics_are_shared_tags(demo):
    generative = PolicyDevelopment.objects.published().filter(
        topics__name="generative AI"
    )

    assert generative.count() >= 5
    assert Tag.objects.filter(name="generative AI").count() == 1


def test_demo_feeds_are_never_polled(demo):
    assert Source.objects.count() >= 3
    assert not Source.objects.filter(active=True).exists()
    assert not Source.objects.due().exists()


def test_data_keys_and_references_are_sound():
    keys = [item["key"] for item in DEVELOPMENTS]
    assert len(set(keys)) == len(keys)
    for item in DEVELOPMENTS:
        if item.get("supersedes"):
            assert item["supersedes"] in keys
        if item["stage"] == Stage.REPEALED:
            # A lapse has its own date: it must come from an explicit history.
            assert "history" in item, item["key"]
