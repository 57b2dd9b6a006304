"""iCalendar (RFC 5545) for the public calendar at /events/calendar.ics.

`build_calendar` turns VEVENTs from any source into one VCALENDAR with the
VTIMEZONE of every time zone used; `meeting_events` yields the public dialogue
meetings. The outreach site adds its own events next to these.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vDuration

from .models import DialogueMeeting, TaggedMeeting

PRODID = "-//International Outreach for Human-Centric AI//Public calendar//EN"
CALENDAR_NAME = "International Outreach for Human-Centric AI"
CALENDAR_DESCRIPTION = (
    "Public events and dialogue meetings of the EU's International Outreach for "
    "Human-Centric AI programme."
)
# Calendar applications poll the feed; a day is often enough for meetings.
REFRESH_INTERVAL = datetime.timedelta(hours=6)
# The feed covers the recent past and everything ahead, so that it stays bounded
# however long the meeting log grows.
WINDOW = datetime.timedelta(days=2 * 365)

# What an event shows: public fields only.
MEETING_FIELDS = [
    "title",
    "start",
    "end",
    "time_zone",
    "status",
    "location",
    "is_online",
    "public_summary",
    "created_at",
    "updated_at",
]

STATUS = {
    DialogueMeeting.Status.PLANNED: "CONFIRMED",
    DialogueMeeting.Status.HELD: "CONFIRMED",
    # Postponed: it will take place, on a date still to be set.
    DialogueMeeting.Status.POSTPONED: "TENTATIVE",
    DialogueMeeting.Status.CANCELLED: "CANCELLED",
}


def uid_domain() -> str:
    """The site's host name: the right-hand side of every UID.

    From the configured site URL, not from the request, so that a UID never
    changes with the host name a client happened to use.
    """
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def meeting_uid(meeting: DialogueMeeting) -> str:
    """Stable for the meeting's whole life: its title, date or time zone may change,
    its primary key does not, so calendars update the event instead of adding one.
    """
    return f"meeting-{meeting.pk}@{uid_domain()}"


def feed_meetings(now: datetime.datetime | None = None) -> list[DialogueMeeting]:
    """The public meetings the feed lists, from WINDOW ago onward, in 3 queries.

    Each carries `feed_partner_pages` (paths of its partners' public pages, the
    priority partner first) and `feed_topics`. They are read as plain rows:
    the related managers of a cluster model (partners, tags) cost more per
    meeting than the whole event does to write.
    """
    since = (now or timezone.now()) - WINDOW
    listed = DialogueMeeting.objects.public().filter(start__gte=since)
    meetings = list(listed.only(*MEETING_FIELDS).order_by("start", "pk"))
    listed_ids = listed.values("pk")
    partner_pages = defaultdict(list)
    links = (
        DialogueMeeting.partners.through.objects.filter(
            dialoguemeeting_id__in=listed_ids
        )
        .select_related("partner")
        .order_by("-partner__is_priority", "partner__name", "partner_id")
    )
    paths = {}  # each partner's page, worked out once
    for link in links:
        if link.partner_id not in paths:
            paths[link.partner_id] = link.partner.get_absolute_url()
        partner_pages[link.dialoguemeeting_id].append(paths[link.partner_id])
    topics = defaultdict(list)
    tagged = TaggedMeeting.objects.filter(content_object_id__in=listed_ids).values_list(
        "content_object_id", "tag__name"
    )
    for meeting_id, name in tagged:
        topics[meeting_id].append(name)
    for meeting in meetings:
        meeting.feed_partner_pages = partner_pages[meeting.pk]
        meeting.feed_topics = sorted(topics[meeting.pk])
    return meetings


def _place(meeting: DialogueMeeting) -> str:
    if meeting.location and meeting.is_online:
        return f"{meeting.location} and online"
    if meeting.is_online:
        return "Online"
    return meeting.location


def meeting_event(meeting: DialogueMeeting, site_root: str) -> Event:
    """One meeting of `feed_meetings` as a VEVENT: only its public fields.

    The times are in the meeting's own time zone (DTSTART;TZID=Asia/Tokyo:…), so
    calendars show them right wherever the subscriber is.
    """
    event = Event()
    event.add("uid", meeting_uid(meeting))
    # No METHOD: DTSTAMP is then the time the information last changed (RFC 5545,
    # 3.8.7.2), which also keeps the feed identical until something changes.
    event.add("dtstamp", meeting.updated_at.astimezone(datetime.UTC))
    event.add("created", meeting.created_at.astimezone(datetime.UTC))
    event.add("last-modified", meeting.updated_at.astimezone(datetime.UTC))
    event.add("dtstart", meeting.local_start)
    event.add("dtend", meeting.local_end)
    event.add("summary", meeting.title)
    if meeting.public_summary:
        event.add("description", meeting.public_summary)
    place = _place(meeting)
    if place:
        event.add("location", place)
    if meeting.feed_partner_pages:
        event.add("url", site_root + meeting.feed_partner_pages[0])
    event.add("status", STATUS.get(meeting.status, "CONFIRMED"))
    event.add("class", "PUBLIC")
    if meeting.feed_topics:
        event.add("categories", meeting.feed_topics)
    return event


def meeting_events(site_root: str, now: datetime.datetime | None = None) -> Iterator:
    """VEVENTs of the public meetings in the feed's window."""
    for meeting in feed_meetings(now):
        yield meeting_event(meeting, site_root)


def build_calendar(events: Iterable[Event]) -> Calendar:
    """A VCALENDAR holding `events`, with a VTIMEZONE for each TZID they use."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("name", CALENDAR_NAME)
    calendar.add("x-wr-caldesc", CALENDAR_DESCRIPTION)
    calendar.add("description", CALENDAR_DESCRIPTION)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    # An X- property is text to icalendar: give it the duration already encoded.
    calendar.add("x-published-ttl", vDuration(REFRESH_INTERVAL).to_ical().decode())
    days = []
    for event in events:
        calendar.add_component(event)
        days += [_day(event.get("dtstart")), _day(event.get("dtend"))]
    days = [day for day in days if day is not None]
    if days:
        # Each VTIMEZONE covers the feed's dates only: from 1970 to 2038 (the
        # default) would make it grow by two transitions a year for nothing.
        calendar.add_missing_timezones(
            first_date=min(days) - datetime.timedelta(days=366),
            last_date=max(days) + datetime.timedelta(days=366),
        )
    return calendar


def _day(prop) -> datetime.date | None:
    if prop is None:
        return None
    value = prop.dt
    return value.date() if isinstance(value, datetime.datetime) else value
