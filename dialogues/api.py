"""Open data on the EU's AI dialogues: the dialogue endpoints of /api/v1/.

Active partners, public meetings and public joint initiatives, read through the
confidentiality guard (`public()`) whoever asks, and only their public fields.
Every list takes a constant number of queries.
"""

import datetime

from django.db.models import F, Prefetch
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router
from ninja.errors import ValidationError

from outreach_portal.api import PageQuery, paginate, query_error

from .models import DialogueMeeting, JointInitiative, Partner
from .schemas import (
    InitiativeOut,
    InitiativePage,
    InitiativeQuery,
    MeetingOut,
    MeetingPage,
    MeetingQuery,
    PartnerOut,
)

router = Router(tags=["dialogues"])


def site_root(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").removesuffix("/")


def _partner_refs():
    """The partners of each row, in one query for the whole page."""
    return Prefetch("partners", queryset=Partner.objects.only("pk", "slug", "name"))


def _partner_ref(partner: Partner) -> dict:
    return {"slug": partner.slug, "name": partner.name}


def _topics(record) -> list[str]:
    # Sorted, so that the same data always gives the same body (and ETag).
    return sorted(tag.name for tag in record.topics.all())


def _partner_named(slug: str) -> Partner:
    """The partner a `partner` parameter names, or a 422 naming the parameter.

    Any partner, active or not: a former partner's public meetings stay public.
    """
    partner = Partner.objects.filter(slug=slug).first()
    if partner is None:
        raise ValidationError([query_error("partner", f"No partner '{slug}'.")])
    return partner


def _brussels_midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(
        day, datetime.time.min, tzinfo=timezone.get_default_timezone()
    )


# --- Partners ---------------------------------------------------------------


def partner_data(partner: Partner, root: str) -> dict:
    jurisdiction = partner.jurisdiction
    return {
        "slug": partner.slug,
        "name": partner.name,
        "jurisdiction": {"code": jurisdiction.code, "name": jurisdiction.name},
        "framework": partner.framework,
        "framework_url": partner.framework_url,
        "public_summary": partner.public_summary,
        "priority": partner.is_priority,
        "url": root + partner.get_absolute_url(),
    }


def active_partners():
    return Partner.objects.filter(active=True).select_related("jurisdiction")


@router.get(
    "/partners",
    response=list[PartnerOut],
    summary="The EU's active AI dialogue partners",
)
def list_partners(request: HttpRequest):
    """Priority partners first, then by name."""
    root = site_root(request)
    partners = active_partners().order_by("-is_priority", "name", "pk")
    return [partner_data(partner, root) for partner in partners]


@router.get(
    "/partners/{slug}",
    response=PartnerOut,
    summary="One active dialogue partner",
)
def get_partner(request: HttpRequest, slug: str):
    return partner_data(
        get_object_or_404(active_partners(), slug=slug), site_root(request)
    )


# --- Meetings ---------------------------------------------------------------


def public_meetings():
    """Public, recorded meetings with what a result shows, in constant queries."""
    return (
        DialogueMeeting.objects.public()
        .prefetch_related(_partner_refs(), "topics")
        .order_by("-start", "-pk")
    )


def meeting_data(meeting: DialogueMeeting) -> dict:
    """A meeting's public fields: never its minutes, outcomes, agenda,
    participants or documents."""
    return {
        "id": meeting.pk,
        "title": meeting.title,
        "partners": [_partner_ref(partner) for partner in meeting.partners.all()],
        "start": meeting.local_start,
        "end": meeting.local_end,
        "time_zone": str(meeting.time_zone),
        "location": meeting.location,
        "online": meeting.is_online,
        "format": meeting.format,
        "level": meeting.level,
        "status": meeting.status,
        "public_summary": meeting.public_summary,
        "topics": _topics(meeting),
    }


@router.get(
    "/meetings",
    response=MeetingPage,
    summary="Public dialogue meetings",
)
def list_meetings(
    request: HttpRequest,
    filters: Query[MeetingQuery],
    pages: Query[PageQuery],
):
    """Newest first. `year`, `from` and `to` refer to the day the meeting starts in
    Brussels; times are given in the meeting's local time with their offset."""
    if filters.from_date and filters.to_date and filters.from_date > filters.to_date:
        raise ValidationError(
            [query_error("from", "'from' must not be later than 'to'.")]
        )
    meetings = public_meetings()
    if filters.partner:
        meetings = meetings.filter(partners=_partner_named(filters.partner))
    if filters.status:
        meetings = meetings.filter(status=filters.status)
    if filters.year:
        meetings = meetings.filter(
            start__gte=_brussels_midnight(datetime.date(filters.year, 1, 1)),
            start__lt=_brussels_midnight(datetime.date(filters.year + 1, 1, 1)),
        )
    if filters.from_date:
        meetings = meetings.filter(start__gte=_brussels_midnight(filters.from_date))
    if filters.to_date:
        next_day = filters.to_date + datetime.timedelta(days=1)
        meetings = meetings.filter(start__lt=_brussels_midnight(next_day))
    return paginate(request, meetings, pages, meeting_data)


@router.get(
    "/meetings/{id}",
    response=MeetingOut,
    summary="One public dialogue meeting",
)
def get_meeting(request: HttpRequest, id: int):
    return meeting_data(get_object_or_404(public_meetings(), pk=id))


# --- Joint initiatives ------------------------------------------------------


def public_initiatives():
    return JointInitiative.objects.public().prefetch_related(
        _partner_refs(), "topics", "milestones"
    )


def initiative_data(initiative: JointInitiative) -> dict:
    """An initiative's public fields: never its objectives or deliverables."""
    return {
        "id": initiative.pk,
        "title": initiative.title,
        "partners": [_partner_ref(partner) for partner in initiative.partners.all()],
        "kind": initiative.kind,
        "status": initiative.status,
        "start_on": initiative.start_on,
        "end_on": initiative.end_on,
        "public_description": initiative.public_description,
        "topics": _topics(initiative),
        "milestones": [
            {
                "title": milestone.title,
                "due_on": milestone.due_on,
                "done": milestone.is_done,
                "done_on": milestone.done_on,
            }
            for milestone in initiative.milestones.all()
        ],
    }


@router.get(
    "/initiatives",
    response=InitiativePage,
    summary="Public joint initiatives",
)
def list_initiatives(
    request: HttpRequest,
    filters: Query[InitiativeQuery],
    pages: Query[PageQuery],
):
    """The most recently started first."""
    initiatives = public_initiatives().order_by(
        F("start_on").desc(nulls_last=True), "title", "pk"
    )
    if filters.partner:
        initiatives = initiatives.filter(partners=_partner_named(filters.partner))
    if filters.status:
        initiatives = initiatives.filter(status=filters.status)
    if filters.kind:
        initiatives = initiatives.filter(kind=filters.kind)
    return paginate(request, initiatives, pages, initiative_data)


@router.get(
    "/initiatives/{id}",
    response=InitiativeOut,
    summary="One public joint initiative",
)
def get_initiative(request: HttpRequest, id: int):
    return initiative_data(get_object_or_404(public_initiatives(), pk=id))
