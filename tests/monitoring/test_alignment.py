"""The public alignment matrix at /alignment/."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from monitoring.models import AIActElement, AlignmentAssessment, PolicyDevelopment

from .factories import AssessmentFactory, DevelopmentFactory, JurisdictionFactory

ALIGNMENT = reverse("monitoring:alignment")
Level = AlignmentAssessment.Level
# The site's header adds two queries on an empty cache (the site, the menu).
ALIGNMENT_MAX_QUERIES = 4 + 2


@pytest.fixture
def japan(db):
    return JurisdictionFactory(code="JP", name="Japan")


@pytest.fixture
def korea(db):
    return JurisdictionFactory(code="KR", name="South Korea")


def cell(page: str, jurisdiction: str, column: int) -> str:
    """The HTML of one cell: the row of `jurisdiction`, the column-th element."""
    row = re.search(
        rf'<th scope="row"><a [^>]*>{jurisdiction}</a></th>(.*?)</tr>', page, re.S
    ).group(1)
    return re.findall(r"<td.*?</td>", row, re.S)[column]


def revise(assessment: AlignmentAssessment, *, at: datetime.datetime, **changes):
    """Save a change as staff do in the admin: the new state becomes a revision."""
    for name, value in changes.items():
        setattr(assessment, name, value)
    assessment.save()
    revision = assessment.save_revision()
    revision.created_at = at
    revision.save(update_fields=["created_at"])
    return revision


def test_matrix_is_an_accessible_table(client, japan, korea):
    AssessmentFactory(
        jurisdiction=japan,
        element=AIActElement.TRANSPARENCY,
        level=Level.PARTIALLY_ALIGNED,
        rationale="Disclosure is voluntary under the guidelines.",
    )
    AssessmentFactory(
        jurisdiction=korea,
        element=AIActElement.RISK_CLASSIFICATION,
        level=Level.ALIGNED,
    )
    response = client.get(ALIGNMENT)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Alignment with the EU AI Act</h1>" in page
    assert "<caption" in page
    assert '<th scope="col">Jurisdiction</th>' in page
    for label in AIActElement.labels:
        assert f'<th scope="col">{label}</th>' in page
    assert page.index(">Japan</a></th>") < page.index(">South Korea</a></th>")
    assert '<th scope="row"><a href="/tracker/?jurisdiction=JP">Japan</a></th>' in page

    transparency = list(AIActElement.values).index(AIActElement.TRANSPARENCY)
    japan_cell = cell(page, "Japan", transparency)
    assert "Partially aligned" in japan_cell  # the level in words
    assert "level--partially_aligned" in japan_cell  # colour and pattern repeat it
    assert "<details" in japan_cell
    assert "<summary" in japan_cell
    assert "Disclosure is voluntary under the guidelines." in japan_cell
    assert "Assessed on <time datetime=" in japan_cell
    assert "Not assessed" in cell(page, "Japan", 0)
    assert "Aligned" in cell(page, "South Korea", 0)
    # Ten elements for two jurisdictions: eighteen cells not assessed.
    assert (
        sum(
            "Not assessed" in cell(page, name, n)
            for name in ("Japan", "South Korea")
            for n in range(10)
        )
        == 18
    )

    legend = page.split('id="legend-heading"')[1].split("</section>")[0]
    for label in Level.labels:
        assert str(label) in legend


def test_only_assessed_jurisdictions_are_rows(client, japan, korea):
    AssessmentFactory(jurisdiction=japan)
    DevelopmentFactory(jurisdiction=korea)
    page = client.get(ALIGNMENT).content.decode()
    assert ">Japan</a></th>" in page
    assert "South Korea" not in page


def test_without_assessments_the_page_says_so(client, db):
    response = client.get(ALIGNMENT)
    assert response.status_code == 200
    assert "No jurisdiction has been assessed yet." in response.content.decode()


def test_evidence_links_only_published_developments(client, japan):
    published = DevelopmentFactory(title="AI Promotion Act", jurisdiction=japan)
    candidate = DevelopmentFactory(
        title="Unreviewed draft bill",
        jurisdiction=japan,
        review_status=PolicyDevelopment.ReviewStatus.CANDIDATE,
    )
    dismissed = DevelopmentFactory(
        title="Dismissed rumour",
        jurisdiction=japan,
        review_status=PolicyDevelopment.ReviewStatus.DISMISSED,
    )
    assessment = AssessmentFactory(jurisdiction=japan)
    assessment.evidence.add(published, candidate, dismissed)
    assessment.save()
    page = client.get(ALIGNMENT).content.decode()
    assert f'<a href="{published.get_absolute_url()}">AI Promotion Act</a>' in page
    assert "Unreviewed draft bill" not in page
    assert "Dismissed rumour" not in page


def test_a_changed_level_shows_the_previous_one(client, japan):
    assessment = AssessmentFactory(
        jurisdiction=japan, level=Level.NO_PROVISION, rationale="Nothing yet."
    )
    tz = timezone.get_current_timezone()
    revise(assessment, at=datetime.datetime(2024, 3, 1, 12, tzinfo=tz))
    revise(
        assessment,
        at=datetime.datetime(2024, 9, 1, 12, tzinfo=tz),
        level=Level.DIVERGENT,
        rationale="A draft law diverges.",
    )
    revise(
        assessment,
        at=datetime.datetime(2025, 6, 1, 12, tzinfo=tz),
        level=Level.PARTIALLY_ALIGNED,
        rationale="The act adopts part of the approach.",
    )
    # A later edit of the rationale alone is not a change of level.
    revise(
        assessment,
        at=datetime.datetime(2025, 7, 1, 12, tzinfo=tz),
        rationale="The act adopts part of the approach; guidance follows.",
    )
    japan_cell = cell(client.get(ALIGNMENT).content.decode(), "Japan", 0)
    assert "Partially aligned" in japan_cell
    assert "guidance follows" in japan_cell
    assert (
        'Previously: Divergent (<time datetime="2024-09-01">1 Sep 2024</time>)'
        in japan_cell
    )


def test_no_previous_level_when_it_never_changed(client, japan):
    assessment = AssessmentFactory(jurisdiction=japan, level=Level.ALIGNED)
    tz = timezone.get_current_timezone()
    revise(assessment, at=datetime.datetime(2024, 3, 1, tzinfo=tz))
    revise(assessment, at=datetime.datetime(2024, 4, 1, tzinfo=tz), rationale="More.")
    assert "Previously" not in client.get(ALIGNMENT).content.decode()


def test_alignment_queries_do_not_grow(client, django_assert_max_num_queries, japan):
    tz = timezone.get_current_timezone()
    first = AssessmentFactory(jurisdiction=japan)
    first.evidence.add(DevelopmentFactory(jurisdiction=japan))
    first.save()
    revise(first, at=datetime.datetime(2024, 1, 1, tzinfo=tz), level=Level.DIVERGENT)
    with django_assert_max_num_queries(ALIGNMENT_MAX_QUERIES):
        assert client.get(ALIGNMENT).status_code == 200

    for index in range(6):
        jurisdiction = JurisdictionFactory(code=f"X{index}", name=f"Place {index}")
        for element in AIActElement.values:
            assessment = AssessmentFactory(
                jurisdiction=jurisdiction, element=element, level=Level.DIVERGENT
            )
            assessment.evidence.add(
                *DevelopmentFactory.create_batch(2, jurisdiction=jurisdiction)
            )
            assessment.save()
            revise(assessment, at=datetime.datetime(2024, 1, 1, tzinfo=tz))
            revise(
                assessment,
                at=datetime.datetime(2024, 2, 1, tzinfo=tz),
                level=Level.ALIGNED,
            )
    with django_assert_max_num_queries(ALIGNMENT_MAX_QUERIES):
        response = client.get(ALIGNMENT)
    page = response.content.decode()
    assert page.count("Previously: Divergent") == 60
    assert page.count('<th scope="row">') == 7
