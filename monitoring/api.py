"""Open data on AI policy: the monitoring endpoints of /api/v1/.

Published developments only, filtered exactly like the tracker.
"""

from django.db.models import Case, Count, F, Prefetch, Q, When
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from outreach_portal.api import PageQuery, paginate, raise_form_errors

from .caching import filtered_tally
from .filters import DevelopmentFilter
from .models import (
    AIActElement,
    AlignmentAssessment,
    Jurisdiction,
    PolicyDevelopment,
    StageChange,
)
from .schemas import (
    AlignmentOut,
    DevelopmentDetailOut,
    DevelopmentPage,
    DevelopmentQuery,
    JurisdictionOut,
)

router = Router(tags=["monitoring"])

PUBLISHED = PolicyDevelopment.ReviewStatus.PUBLISHED


def public_developments():
    """Published developments with what a result shows, in constant queries.

    `supersedes` is only given when the superseded development is public too.
    """
    return (
        PolicyDevelopment.objects.published()
        .for_listing()
        .annotate(
            public_supersedes_id=Case(
                When(supersedes__review_status=PUBLISHED, then=F("supersedes_id"))
            )
        )
    )


def development_data(development: PolicyDevelopment, site_root: str) -> dict:
    jurisdiction = development.jurisdiction
    return {
        "id": development.pk,
        "title": development.title,
        "url": site_root + development.get_absolute_url(),
        "jurisdiction": {"code": jurisdiction.code, "name": jurisdiction.name},
        "instrument_type": development.instrument_type,
        "stage": development.stage,
        "announced_on": development.announced_on,
        "adopted_on": development.adopted_on,
        "in_force_on": development.in_force_on,
        "last_verified_on": development.last_verified_on,
        "summary": development.summary,
        # Sorted, so that the same data always gives the same body (and ETag).
        "topics": sorted(tag.name for tag in development.topics.all()),
        "ai_act_elements": development.ai_act_elements,
        "significance": development.significance,
        "source_url": development.source_url,
        "supersedes": development.public_supersedes_id,
    }


def site_root(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").removesuffix("/")


@router.get(
    "/developments",
    response=DevelopmentPage,
    summary="Published AI policy developments",
)
def list_developments(
    request: HttpRequest,
    filters: Query[DevelopmentQuery],
    pages: Query[PageQuery],
):
    """The tracker's list, with its filters, newest first unless `sort` says
    otherwise (relevance when searching)."""
    development_filter = DevelopmentFilter(request.GET, queryset=public_developments())
    raise_form_errors(development_filter)
    root = site_root(request)
    return paginate(
        request,
        development_filter.qs,
        pages,
        lambda development: development_data(development, root),
        count=filtered_tally(development_filter).total,
    )


@router.get(
    "/developments/{id}",
    response=DevelopmentDetailOut,
    summary="One published development, with its stage history",
)
def get_development(request: HttpRequest, id: int):
    development = get_object_or_404(
        public_developments().prefetch_related(
            Prefetch(
                "stage_changes",
                queryset=StageChange.objects.order_by("changed_on", "recorded_at"),
            )
        ),
        pk=id,
    )
    return {
        **development_data(development, site_root(request)),
        "stage_history": [
            {"stage": change.stage, "changed_on": change.changed_on}
            for change in development.stage_changes.all()
        ],
    }


@router.get(
    "/jurisdictions",
    response=list[JurisdictionOut],
    summary="Jurisdictions, with how many published developments each has",
)
def list_jurisdictions(request: HttpRequest):
    jurisdictions = Jurisdiction.objects.annotate(
        published_developments=Count(
            "developments", filter=Q(developments__review_status=PUBLISHED)
        )
    ).order_by("name", "code")
    return [
        {
            "code": jurisdiction.code,
            "name": jurisdiction.name,
            "kind": jurisdiction.kind,
            "region": jurisdiction.region,
            "published_developments": jurisdiction.published_developments,
        }
        for jurisdiction in jurisdictions
    ]


@router.get(
    "/alignment",
    response=AlignmentOut,
    summary="The alignment matrix: jurisdictions × EU AI Act elements",
)
def alignment(request: HttpRequest):
    """Each assessed jurisdiction's current assessments, elements in the AI Act's
    order; the evidence lists only published developments."""
    position = {code: index for index, code in enumerate(AIActElement.values)}
    assessments = (
        AlignmentAssessment.objects.select_related("jurisdiction")
        .prefetch_related(
            Prefetch(
                "evidence",
                queryset=PolicyDevelopment.objects.published().only("id"),
                to_attr="public_evidence",
            )
        )
        .order_by("jurisdiction__name", "jurisdiction__code")
    )
    rows: dict[int, dict] = {}
    for assessment in assessments:
        jurisdiction = assessment.jurisdiction
        row = rows.setdefault(
            jurisdiction.pk,
            {"code": jurisdiction.code, "name": jurisdiction.name, "assessments": []},
        )
        row["assessments"].append(
            {
                "element": assessment.element,
                "level": assessment.level,
                "rationale": assessment.rationale,
                "assessed_at": assessment.assessed_at,
                "evidence": sorted(d.pk for d in assessment.public_evidence),
            }
        )
    for row in rows.values():
        row["assessments"].sort(key=lambda a: position.get(a["element"], len(position)))
    return {
        "elements": [
            {"code": code, "label": str(label)} for code, label in AIActElement.choices
        ],
        "jurisdictions": list(rows.values()),
    }
