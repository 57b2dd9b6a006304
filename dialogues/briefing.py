"""The briefing pack: everything the team needs before a meeting, on a few pages.

`briefing_for(meeting, user)` gathers it in a constant number of queries, however
long the history with the partners. Every record comes through the back-office
guard (`visible_to(user)`), so a briefing never holds
more than its reader may see: a project team member's briefing has no restricted
meeting, action item or initiative in it.

The templates only read what is gathered here: no query runs while rendering.
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from monitoring.models import (
    AIActElement,
    AlignmentAssessment,
    PolicyDevelopment,
    StageChange,
)

from .models import (
    ActionItem,
    Confidentiality,
    DialogueMeeting,
    JointInitiative,
    Milestone,
    Partner,
)

PREVIOUS_MEETINGS = 10
ACTION_ITEMS_SHOWN = 50
INITIATIVES_SHOWN = 30
DEVELOPMENTS_SHOWN = 10
STAGE_CHANGES_SHOWN = 20
STAGE_CHANGES_DAYS = 365

# The marking printed on every page: the briefing holds internal records
# (outcomes, action items) even when the meeting itself is public.
MARKINGS = {
    Confidentiality.INTERNAL: _("INTERNAL — EU staff only. Do not forward."),
    Confidentiality.RESTRICTED: _("RESTRICTED — team leads only. Do not forward."),
}

ACTIVE_INITIATIVE_STATUSES = (
    JointInitiative.Status.PROPOSED,
    JointInitiative.Status.AGREED,
    JointInitiative.Status.IN_PROGRESS,
)


@dataclass
class MeetingTime:
    """When a meeting takes place, on the local clock and in Brussels."""

    zone: str
    zone_abbreviation: str
    local_start: datetime.datetime
    local_end: datetime.datetime
    brussels_start: datetime.datetime
    brussels_end: datetime.datetime
    same_zone: bool
    hours_ahead_of_brussels: float
    days_until: int

    @property
    def ahead_text(self) -> str:
        hours = self.hours_ahead_of_brussels
        if hours == 0:
            return str(_("Same time as Brussels"))
        amount = f"{abs(hours):g}"
        if hours > 0:
            return str(_("%(hours)s h ahead of Brussels")) % {"hours": amount}
        return str(_("%(hours)s h behind Brussels")) % {"hours": amount}

    @property
    def countdown_text(self) -> str:
        days = self.days_until
        if days == 0:
            return str(_("Today"))
        if days == 1:
            return str(_("Tomorrow"))
        if days > 1:
            return str(_("In %(days)s days")) % {"days": days}
        if days == -1:
            return str(_("Yesterday"))
        return str(_("%(days)s days ago")) % {"days": -days}


def overdue_text(days: int) -> str:
    """Said in words, not only in colour."""
    return ngettext("Overdue by %(days)s day", "Overdue by %(days)s days", days) % {
        "days": days
    }


@dataclass
class ParticipantRow:
    name: str
    organisation: str
    position: str
    role_in_meeting: str
    side: str
    anonymised: bool


@dataclass
class ActionItemRow:
    item: ActionItem
    meeting_title: str
    meeting_date: datetime.date
    partner_names: str
    owner: str
    days_overdue: int | None
    from_this_meeting: bool

    @property
    def due_text(self) -> str:
        if self.item.due_on is None:
            return str(_("No due date"))
        if self.days_overdue:
            return overdue_text(self.days_overdue)
        days = (self.item.due_on - timezone.localdate()).days
        if days == 0:
            return str(_("Due today"))
        return ngettext("Due in %(days)s day", "Due in %(days)s days", days) % {
            "days": days
        }


@dataclass
class InitiativeRow:
    initiative: JointInitiative
    partner_names: str
    next_milestone: Milestone | None
    milestone_overdue_days: int | None
    milestones_done: int
    milestones_total: int
    linked_to_meeting: bool

    @property
    def is_active(self) -> bool:
        return self.initiative.status in ACTIVE_INITIATIVE_STATUSES

    @property
    def milestone_overdue_text(self) -> str:
        if not self.milestone_overdue_days:
            return ""
        return overdue_text(self.milestone_overdue_days)


@dataclass
class AlignmentRow:
    element: str
    level: str
    level_label: str
    rationale: str
    assessed_at: datetime.datetime | None


@dataclass
class PartnerAlignment:
    jurisdiction: str
    rows: list[AlignmentRow]
    summary: list[tuple[str, int]]


@dataclass
class Briefing:
    """What the briefing pack shows; see the module docstring."""

    meeting: DialogueMeeting
    partners: list[Partner]
    partner_names: str
    time: MeetingTime
    marking: str
    marking_level: str
    generated_at: datetime.datetime
    generated_by: str
    topics: list[str]
    documents: list
    participants: list[ParticipantRow]
    participant_names_shown: bool
    previous_meetings: list[DialogueMeeting]
    action_items: list[ActionItemRow]
    open_action_count: int
    overdue_action_count: int
    initiatives: list[InitiativeRow]
    developments: list[PolicyDevelopment]
    stage_changes: list[StageChange]
    alignment: list[PartnerAlignment]
    related_developments: list[PolicyDevelopment]
    has_draft_changes: bool
    filename: str = ""

    @property
    def last_meeting(self) -> DialogueMeeting | None:
        return self.previous_meetings[0] if self.previous_meetings else None

    @property
    def active_initiative_count(self) -> int:
        return sum(1 for row in self.initiatives if row.is_active)


def _names(partners) -> str:
    return ", ".join(partner.name for partner in partners)


def _meeting_time(meeting: DialogueMeeting, now: datetime.datetime) -> MeetingTime:
    zone = meeting.time_zone
    if isinstance(zone, str):  # unsaved instances keep what they were given
        zone = zoneinfo.ZoneInfo(zone)
    brussels = timezone.get_default_timezone()
    local_start = timezone.localtime(meeting.start, zone)
    brussels_start = timezone.localtime(meeting.start, brussels)
    offset = local_start.utcoffset() - brussels_start.utcoffset()
    today_in_brussels = timezone.localtime(now, brussels).date()
    return MeetingTime(
        zone=str(zone),
        zone_abbreviation=local_start.tzname() or "",
        local_start=local_start,
        local_end=timezone.localtime(meeting.end, zone),
        brussels_start=brussels_start,
        brussels_end=timezone.localtime(meeting.end, brussels),
        same_zone=offset == datetime.timedelta(0),
        hours_ahead_of_brussels=offset.total_seconds() / 3600,
        days_until=(brussels_start.date() - today_in_brussels).days,
    )


def _participants(participants, show_names: bool) -> list[ParticipantRow]:
    rows = []
    for participant in participants:
        contact = participant.contact
        anonymised = contact.is_anonymised
        if anonymised:
            name = str(_("Anonymised contact"))
        elif show_names:
            name = contact.name
        else:
            name = str(_("Name withheld"))
        rows.append(
            ParticipantRow(
                name=name,
                organisation=contact.organisation,
                position="" if anonymised or not show_names else contact.role,
                role_in_meeting=participant.role_in_meeting,
                side=contact.partner.name if contact.partner_id else "EU",
                anonymised=anonymised,
            )
        )
    return rows


def _next_milestone(milestones, today):
    pending = [m for m in milestones if m.done_on is None]
    pending.sort(key=lambda m: (m.due_on is None, m.due_on or today, m.sort_order or 0))
    return pending[0] if pending else None


def _alignment(assessments, jurisdictions) -> list[PartnerAlignment]:
    by_key = {(a.jurisdiction_id, a.element): a for a in assessments}
    levels = dict(AlignmentAssessment.Level.choices)
    result = []
    for jurisdiction in jurisdictions:
        rows = []
        for element, label in AIActElement.choices:
            assessment = by_key.get((jurisdiction.pk, element))
            level = (
                assessment.level
                if assessment
                else AlignmentAssessment.Level.NOT_ASSESSED.value
            )
            rows.append(
                AlignmentRow(
                    element=str(label),
                    level=level,
                    level_label=str(levels[level]),
                    rationale=assessment.rationale if assessment else "",
                    assessed_at=assessment.assessed_at if assessment else None,
                )
            )
        counts = {}
        for row in rows:
            counts[row.level_label] = counts.get(row.level_label, 0) + 1
        summary = [
            (str(label), counts[str(label)])
            for _value, label in AlignmentAssessment.Level.choices
            if counts.get(str(label))
        ]
        result.append(
            PartnerAlignment(jurisdiction=jurisdiction.name, rows=rows, summary=summary)
        )
    return result


def briefing_filename(meeting: DialogueMeeting, partners, local_date) -> str:
    """briefing-<partner slugs>-<local date>.pdf"""
    slugs = "-".join(partner.slug for partner in partners[:3]) or "meeting"
    if len(partners) > 3:
        slugs += "-and-others"
    return f"briefing-{slugify(slugs)[:80]}-{local_date.isoformat()}.pdf"


def briefing_for(meeting: DialogueMeeting, user, *, now=None) -> Briefing:
    """Gather the briefing pack of `meeting` as `user` may see it.

    The caller has checked that the user may see the meeting itself (it came
    from `DialogueMeeting.objects.visible_to(user)`); everything else is filtered here.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    meetings = DialogueMeeting.objects.visible_to(user)

    partners = list(meeting.partners.select_related("jurisdiction").order_by("name"))
    partner_ids = [partner.pk for partner in partners]
    jurisdictions = []
    for partner in partners:
        if partner.jurisdiction not in jurisdictions:
            jurisdictions.append(partner.jurisdiction)
    jurisdiction_ids = [jurisdiction.pk for jurisdiction in jurisdictions]

    # The meeting itself.
    topics = sorted(tag.name for tag in meeting.topics.all())
    documents = [
        attachment.document
        for attachment in meeting.documents.select_related("document")
    ]
    show_names = user.has_perm("dialogues.view_contact")
    participant_rows = _participants(
        meeting.participants.select_related("contact__partner").order_by(
            "sort_order", "id"
        ),
        show_names,
    )
    related_developments = list(
        meeting.related_developments.select_related("jurisdiction").order_by(
            F("announced_on").desc(nulls_last=True), "-id"
        )
    )

    # The history with these partners, as far as this user may see it.
    with_partners = meetings.filter(partners__in=partner_ids).values("pk")
    previous = list(
        meetings.filter(
            pk__in=with_partners,
            status=DialogueMeeting.Status.HELD,
            start__lt=meeting.start,
        )
        .exclude(pk=meeting.pk)
        .prefetch_related(
            Prefetch("partners", queryset=Partner.objects.order_by("name"))
        )
        .order_by("-start", "-id")[:PREVIOUS_MEETINGS]
    )
    for earlier in previous:
        earlier.partner_names = _names(earlier.partners.all())

    open_items = ActionItem.objects.open().filter(meeting__in=with_partners)
    counts = open_items.aggregate(
        open=Count("pk"), overdue=Count("pk", filter=Q(due_on__lt=today))
    )
    items = list(
        open_items.select_related("meeting", "owner")
        .prefetch_related(
            Prefetch("meeting__partners", queryset=Partner.objects.order_by("name"))
        )
        .order_by(F("due_on").asc(nulls_last=True), "id")[:ACTION_ITEMS_SHOWN]
    )
    action_rows = [
        ActionItemRow(
            item=item,
            meeting_title=item.meeting.title,
            meeting_date=timezone.localtime(
                item.meeting.start, item.meeting.time_zone
            ).date(),
            partner_names=_names(item.meeting.partners.all()),
            owner=str(item.owner) if item.owner_id else "",
            days_overdue=(today - item.due_on).days
            if item.due_on and item.due_on < today
            else None,
            from_this_meeting=item.meeting_id == meeting.pk,
        )
        for item in items
    ]

    with_these_partners = JointInitiative.partners.through.objects.filter(
        partner_id__in=partner_ids
    ).values("jointinitiative_id")
    on_this_meeting = DialogueMeeting.initiatives.through.objects.filter(
        dialoguemeeting_id=meeting.pk, jointinitiative_id=OuterRef("pk")
    )
    initiatives = list(
        JointInitiative.objects.visible_to(user)
        .annotate(linked=Exists(on_this_meeting))
        .filter(Q(pk__in=with_these_partners) | Q(linked=True))
        .prefetch_related(
            Prefetch("partners", queryset=Partner.objects.order_by("name")),
            Prefetch("milestones", queryset=Milestone.objects.order_by("sort_order")),
        )
        .order_by(F("start_on").desc(nulls_last=True), "title")[:INITIATIVES_SHOWN]
    )
    initiative_rows = []
    for initiative in initiatives:
        milestones = list(initiative.milestones.all())
        upcoming = _next_milestone(milestones, today)
        overdue_days = None
        if upcoming and upcoming.due_on and upcoming.due_on < today:
            overdue_days = (today - upcoming.due_on).days
        initiative_rows.append(
            InitiativeRow(
                initiative=initiative,
                partner_names=_names(initiative.partners.all()),
                next_milestone=upcoming,
                milestone_overdue_days=overdue_days,
                milestones_done=sum(1 for m in milestones if m.done_on),
                milestones_total=len(milestones),
                linked_to_meeting=initiative.linked,
            )
        )
    # Work still under way first, then the rest.
    initiative_rows.sort(key=lambda row: not row.is_active)

    # Monitoring: what the partners' jurisdictions did lately, and where they stand.
    published = PolicyDevelopment.objects.published().filter(
        jurisdiction_id__in=jurisdiction_ids
    )
    developments = list(
        published.select_related("jurisdiction").order_by(
            F("announced_on").desc(nulls_last=True), "-id"
        )[:DEVELOPMENTS_SHOWN]
    )
    stage_changes = list(
        StageChange.objects.filter(
            development__in=published.values("pk"),
            changed_on__gte=today - datetime.timedelta(days=STAGE_CHANGES_DAYS),
        )
        .select_related("development__jurisdiction")
        .order_by("-changed_on", "-recorded_at")[:STAGE_CHANGES_SHOWN]
    )
    alignment = _alignment(
        AlignmentAssessment.objects.filter(jurisdiction_id__in=jurisdiction_ids),
        jurisdictions,
    )

    restricted = Confidentiality.RESTRICTED
    holds_restricted = (
        meeting.confidentiality == restricted
        or any(m.confidentiality == restricted for m in previous)
        or any(row.item.meeting.confidentiality == restricted for row in action_rows)
        or any(row.initiative.confidentiality == restricted for row in initiative_rows)
    )
    marking_level = restricted if holds_restricted else Confidentiality.INTERNAL
    time = _meeting_time(meeting, now)

    return Briefing(
        meeting=meeting,
        partners=partners,
        partner_names=_names(partners),
        time=time,
        marking=str(MARKINGS[marking_level]),
        marking_level=str(marking_level),
        generated_at=timezone.localtime(now, timezone.get_default_timezone()),
        generated_by=str(user),
        topics=topics,
        documents=documents,
        participants=participant_rows,
        participant_names_shown=show_names,
        previous_meetings=previous,
        action_items=action_rows,
        open_action_count=counts["open"],
        overdue_action_count=counts["overdue"],
        initiatives=initiative_rows,
        developments=developments,
        stage_changes=stage_changes,
        alignment=alignment,
        related_developments=related_developments,
        has_draft_changes=meeting.has_unpublished_changes,
        filename=briefing_filename(meeting, partners, time.local_start.date()),
    )
