"""The public partner pages: /partners/ and /partners/<slug>/.

Public records only, through the confidentiality guard (`public()`), whoever
asks: these pages are public outputs, so a team lead signed in to the back
office sees what everyone sees. Each page takes a constant number of queries
however many meetings a partner has.
"""

import datetime
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import F, Func, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from monitoring.models import AIActElement, AlignmentAssessment, PolicyDevelopment

from .models import DialogueMeeting, JointInitiative, Partner

MEETINGS_PER_PAGE = 20
DEVELOPMENTS_LIMIT = 8


def _count_per_partner(queryset) -> Coalesce:
    """How many rows of `queryset` each partner has, as a correlated subquery:
    one query for the whole list, and no row multiplication between counts."""
    rows = (
        queryset.filter(partners=OuterRef("pk"))
        .order_by()
        .annotate(total=Func(F("pk"), function="COUNT"))
        .values("total")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


@require_safe
def partner_list(request: HttpRequest) -> HttpResponse:
    """The active partners, priority partners first, with their public activity."""
    partners = list(
        Partner.objects.filter(active=True)
        .select_related("jurisdiction")
        .annotate(
            public_meeting_count=_count_per_partner(DialogueMeeting.objects.public()),
            public_initiative_count=_count_per_partner(
                JointInitiative.objects.public()
            ),
        )
        .order_by("-is_priority", "name")
    )
    return render(
        request,
        "dialogues/partner_list.html",
        {
            "priority_partners": [p for p in partners if p.is_priority],
            "other_partners": [p for p in partners if not p.is_priority],
        },
    )


@dataclass
class TimelineEntry:
    """A meeting with its times in its own time zone and in Brussels."""

    meeting: DialogueMeeting
    local_start: datetime.datetime
    local_end: datetime.datetime
    brussels_start: datetime.datetime
    brussels_end: datetime.datetime
    zone_label: str
    in_brussels_time: bool
    partners: list
    topics: list

    @classmethod
    def of(cls, meeting: DialogueMeeting) -> "TimelineEntry":
        brussels = timezone.get_default_timezone()
        local_start = meeting.local_start
        brussels_start = timezone.localtime(meeting.start, brussels)
        return cls(
            meeting=meeting,
            local_start=local_start,
            local_end=meeting.local_end,
            brussels_start=brussels_start,
            brussels_end=timezone.localtime(meeting.end, brussels),
            zone_label=zone_label(str(meeting.time_zone)),
            # Same wall-clock time in Brussels: no need to say it twice.
            in_brussels_time=local_start.utcoffset() == brussels_start.utcoffset(),
            partners=list(meeting.partners.all()),
            topics=sorted(meeting.topics.all(), key=lambda tag: tag.name.lower()),
        )

    @property
    def ends_another_day(self) -> bool:
        return self.local_end.date() != self.local_start.date()

    @property
    def brussels_ends_another_day(self) -> bool:
        return self.brussels_end.date() != self.brussels_start.date()

    @property
    def brussels_on_another_day(self) -> bool:
        return self.brussels_start.date() != self.local_start.date()


def zone_label(key: str) -> str:
    """'America/Argentina/Buenos_Aires' -> 'Buenos Aires time'; 'UTC' -> 'UTC'."""
    if "/" not in key:
        return key
    city = key.rsplit("/", 1)[-1].replace("_", " ")
    return gettext("%(city)s time") % {"city": city}


@dataclass
class AlignmentRow:
    element: str
    element_label: str
    assessment: AlignmentAssessment | None

    @property
    def level(self) -> str:
        if self.assessment is None:
            return AlignmentAssessment.Level.NOT_ASSESSED
        return self.assessment.level

    @property
    def level_label(self) -> str:
        return AlignmentAssessment.Level(self.level).label


def alignment_row(jurisdiction) -> list[AlignmentRow]:
    """The jurisdiction's assessment of every AI Act element, in the Act's order."""
    assessments = {
        assessment.element: assessment
        for assessment in AlignmentAssessment.objects.filter(jurisdiction=jurisdiction)
    }
    return [
        AlignmentRow(
            element=value, element_label=label, assessment=assessments.get(value)
        )
        for value, label in AIActElement.choices
    ]


@require_safe
def partner_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """One partner: who they are, our public meetings and joint initiatives, their
    latest published AI policy developments and how their rules align with the
    EU AI Act."""
    partner = get_object_or_404(
        Partner.objects.filter(active=True).select_related("jurisdiction"), slug=slug
    )
    jurisdiction = partner.jurisdiction

    meetings = (
        DialogueMeeting.objects.public()
        .filter(partners=partner)
        .prefetch_related("partners", "topics")
        .order_by("-start", "-pk")
    )
    page = Paginator(meetings, MEETINGS_PER_PAGE).get_page(request.GET.get("page"))

    initiatives = list(
        JointInitiative.objects.public()
        .filter(partners=partner)
        .prefetch_related("partners", "topics", "milestones")
        .order_by(F("start_on").desc(nulls_last=True), "title", "pk")
    )
    developments = list(
        PolicyDevelopment.objects.published()
        .filter(jurisdiction=jurisdiction)
        .order_by("-announced_on", "-id")[:DEVELOPMENTS_LIMIT]
    )
    alignment = alignment_row(jurisdiction)

    return render(
        request,
        "dialogues/partner_detail.html",
        {
            "partner": partner,
            "jurisdiction": jurisdiction,
            "page_obj": page,
            "timeline": [TimelineEntry.of(meeting) for meeting in page.object_list],
            "page_range": page.paginator.get_elided_page_range(page.number),
            "initiatives": [
                {
                    "initiative": initiative,
                    "partners": list(initiative.partners.all()),
                    "topics": sorted(tag.name for tag in initiative.topics.all()),
                    "milestones": list(initiative.milestones.all()),
                }
                for initiative in initiatives
            ],
            "developments": developments,
            "alignment": alignment,
            "assessed": any(row.assessment for row in alignment),
            "framework_url": _http_url(partner.framework_url),
        },
    )


def _http_url(url: str) -> str:
    """The URL if it is a web address; never a javascript: link from bad data."""
    return url if url.lower().startswith(("https://", "http://")) else ""
