"""The public calendar at /events/calendar.ics: a valid iCalendar feed of the
public meetings, with their local time zones and UIDs that survive edits."""

import datetime
import zoneinfo

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from dialogues.models import DialogueMeeting
from tests.dialogues.factories import MeetingFactory, PartnerFactory
from tests.dialogues.public_data import (  # noqa: F401 - `visitor` is a fixture
    assert_no_secrets,
    make_confidential_mix,
    visitor_fixture,
)

pytestmark = pytest.mark.django_db

URL = "/events/calendar.ics"
UTC = datetime.UTC
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
OTTAWA = zoneinfo.ZoneInfo("America/Toronto")


def fetch(client=None) -> Calendar:
    response = (client or Client()).get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_by_summary(calendar: Calendar) -> dict:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def japan():
    return PartnerFactory(slug="japan", name="Japan")


def test_every_role_gets_only_public_live_meetings(visitor):
    data = make_confidential_mix()

    response = visitor.get(URL)

    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [
        "Public AI dialogue"
    ]
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        f"meeting-{data['public'].pk}@127.0.0.1"
    ]
    assert_no_secrets(response.content.decode())


def test_the_feed_is_a_valid_named_calendar(japan):
    MeetingFactory(partners=[japan])

    calendar = fetch()

    assert calendar.name == "VCALENDAR"
    assert str(calendar["VERSION"]) == "2.0"
    assert "International Outreach for Human-Centric AI" in str(calendar["PRODID"])
    assert (
        str(calendar["X-WR-CALNAME"]) == "International Outreach for Human-Centric AI"
    )
    (event,) = calendar.walk("VEVENT")
    for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert required in event


def test_an_empty_feed_is_still_a_calendar():
    calendar = fetch()

    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"


def test_event_fields(japan, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://ai-outreach.example.eu"
    year = timezone.now().year + 1
    meeting = MeetingFactory(
        partners=[japan],
        title="EU-Japan AI dialogue",
        start=datetime.datetime(year, 3, 12, 5, 0, tzinfo=UTC),
        end=datetime.datetime(year, 3, 12, 7, 0, tzinfo=UTC),
        time_zone="Asia/Tokyo",
        location="Tokyo",
        is_online=True,
        status=DialogueMeeting.Status.PLANNED,
        public_summary="Both sides exchanged views on AI governance.",
    )
    meeting.topics.add("Generative AI", "AI safety")
    meeting.save()
    meeting.refresh_from_db()

    event = events_by_summary(fetch())["EU-Japan AI dialogue"]

    assert str(event["UID"]) == f"meeting-{meeting.pk}@ai-outreach.example.eu"
    assert event["DTSTART"].dt == datetime.datetime(year, 3, 12, 14, 0, tzinfo=TOKYO)
    assert event["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert event["DTEND"].dt == datetime.datetime(year, 3, 12, 16, 0, tzinfo=TOKYO)
    assert event["DTEND"].params["TZID"] == "Asia/Tokyo"
    assert str(event["DESCRIPTION"]) == "Both sides exchanged views on AI governance."
    assert str(event["LOCATION"]) == "Tokyo and online"
    assert str(event["URL"]) == "http://testserver/partners/japan/"
    assert str(event["STATUS"]) == "CONFIRMED"
    # iCalendar times have whole seconds.
    modified = meeting.updated_at.replace(microsecond=0)
    assert event["LAST-MODIFIED"].dt == modified
    assert event["DTSTAMP"].dt == modified
    assert event.categories == ["AI safety", "Generative AI"]


def test_each_time_zone_used_has_its_vtimezone(japan):
    MeetingFactory(partners=[japan], time_zone="Asia/Tokyo")
    MeetingFactory(
        partners=[PartnerFactory(slug="canada")],
        time_zone="America/Toronto",
        location="Ottawa",
    )

    calendar = fetch()

    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} == {
        "Asia/Tokyo",
        "America/Toronto",
    }
    assert calendar.get_missing_tzids() == set()
    ottawa = [e for e in calendar.walk("VEVENT") if str(e["LOCATION"]) == "Ottawa"]
    assert ottawa[0]["DTSTART"].params["TZID"] == "America/Toronto"
    assert ottawa[0]["DTSTART"].dt.utcoffset() in (
        datetime.timedelta(hours=-5),
        datetime.timedelta(hours=-4),
    )


def test_uid_is_stable_when_title_time_and_time_zone_change(japan):
    meeting = MeetingFactory(partners=[japan], title="First title")
    before = fetch()
    (uid,) = [str(e["UID"]) for e in before.walk("VEVENT")]

    meeting.title = "Renamed meeting"
    meeting.start = meeting.start + datetime.timedelta(days=3, hours=5)
    meeting.end = meeting.start + datetime.timedelta(hours=3)
    meeting.time_zone = zoneinfo.ZoneInfo("America/Toronto")
    meeting.save()
    after = fetch()

    (event,) = after.walk("VEVENT")
    assert str(event["UID"]) == uid
    assert str(event["SUMMARY"]) == "Renamed meeting"
    assert event["DTSTART"].params["TZID"] == "America/Toronto"
    assert event["DTSTART"].dt == meeting.start


@pytest.mark.parametrize(
    ("status", "ical_status"),
    [
        (DialogueMeeting.Status.PLANNED, "CONFIRMED"),
        (DialogueMeeting.Status.HELD, "CONFIRMED"),
        (DialogueMeeting.Status.POSTPONED, "TENTATIVE"),
        (DialogueMeeting.Status.CANCELLED, "CANCELLED"),
    ],
)
def test_status(japan, status, ical_status):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=10)
    if status == DialogueMeeting.Status.HELD:
        start -= datetime.timedelta(days=20)
    MeetingFactory(
        partners=[japan],
        status=status,
        start=start,
        end=start + datetime.timedelta(hours=1),
    )

    (event,) = fetch().walk("VEVENT")

    assert str(event["STATUS"]) == ical_status


def test_online_meeting_location_and_meeting_without_place(japan):
    MeetingFactory(partners=[japan], title="Video call", location="", is_online=True)
    MeetingFactory(partners=[japan], title="Somewhere", location="", is_online=False)

    events = events_by_summary(fetch())

    assert str(events["Video call"]["LOCATION"]) == "Online"
    assert "LOCATION" not in events["Somewhere"]


def test_the_feed_covers_two_years_back_and_everything_ahead(japan):
    now = timezone.now().replace(microsecond=0)
    for title, days in [
        ("Three years ago", -3 * 365),
        ("Last year", -365),
        ("Next year", 365),
    ]:
        start = now + datetime.timedelta(days=days)
        MeetingFactory(
            partners=[japan],
            title=title,
            start=start,
            end=start + datetime.timedelta(hours=1),
            status=(
                DialogueMeeting.Status.HELD
                if days < 0
                else DialogueMeeting.Status.PLANNED
            ),
        )

    assert set(events_by_summary(fetch())) == {"Last year", "Next year"}


def test_the_feed_can_be_cached_and_is_linked_from_the_partner_pages(japan):
    response = Client().get(URL)

    assert "public" in response["Cache-Control"]
    assert 'href="/events/calendar.ics"' in Client().get("/partners/").content.decode()


def add_meetings(count):
    partners = [PartnerFactory(), PartnerFactory()]
    zones = ["Asia/Tokyo", "America/Toronto", "Australia/Sydney", "Asia/Seoul"]
    for n in range(count):
        meeting = MeetingFactory(
            partners=partners,
            format=DialogueMeeting.Format.MULTILATERAL,
            time_zone=zones[n % len(zones)],
        )
        meeting.topics.add(f"topic {n}")
        meeting.save()


def test_the_feed_takes_constant_queries(django_assert_max_num_queries):
    # The meetings, their partners, their topics; and the five queries of the
    # outreach site's event pages and policy milestones, which share the feed.
    add_meetings(3)
    with django_assert_max_num_queries(8):
        fetch()
    add_meetings(30)
    with django_assert_max_num_queries(8):
        calendar = fetch()
    assert len(calendar.walk("VEVENT")) == 33


# --- Kept between polls ---------------------------------------------------------


def test_a_second_poll_is_answered_from_the_cache_without_sql(japan):
    MeetingFactory(partners=[japan], title="EU-Japan AI dialogue")
    first = Client().get(URL)

    with CaptureQueriesContext(connection) as queries:
        second = Client().get(URL)

    assert second.content == first.content
    assert len(queries) == 0


def test_a_client_that_has_the_feed_gets_a_304_until_it_changes(japan):
    meeting = MeetingFactory(partners=[japan], title="EU-Japan AI dialogue")
    first = Client().get(URL)
    etag = first["ETag"]

    unchanged = Client().get(URL, headers={"if-none-match": etag})
    assert unchanged.status_code == 304
    assert unchanged["ETag"] == etag
    assert unchanged.content == b""

    meeting.title = "EU-Japan AI dialogue, second round"
    meeting.save()
    changed = Client().get(URL, headers={"if-none-match": etag})

    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "EU-Japan AI dialogue, second round" in events_by_summary(
        Calendar.from_ical(changed.content)
    )


@pytest.mark.parametrize(
    "confidentiality",
    [
        DialogueMeeting.Confidentiality.INTERNAL,
        DialogueMeeting.Confidentiality.RESTRICTED,
    ],
)
def test_a_meeting_made_confidential_leaves_the_feed_at_once(japan, confidentiality):
    meeting = MeetingFactory(partners=[japan], title="Soon confidential")
    assert "Soon confidential" in events_by_summary(fetch())

    meeting.confidentiality = confidentiality
    meeting.save()

    assert events_by_summary(fetch()) == {}


def test_new_partners_and_topics_reach_the_feed_at_once(japan):
    canada = PartnerFactory(slug="canada", name="Canada")
    meeting = MeetingFactory(
        partners=[japan, canada],
        format=DialogueMeeting.Format.MULTILATERAL,
        title="G7 digital ministers",
    )
    assert "CATEGORIES" not in events_by_summary(fetch())["G7 digital ministers"]

    meeting.topics.add("AI safety")
    meeting.save()

    assert events_by_summary(fetch())["G7 digital ministers"].categories == [
        "AI safety"
    ]


def test_a_renamed_partner_is_not_kept_from_before(japan):
    MeetingFactory(partners=[japan], title="EU-Japan AI dialogue")
    before = events_by_summary(fetch())["EU-Japan AI dialogue"]
    assert str(before["URL"]) == "http://testserver/partners/japan/"

    japan.slug = "nippon"
    japan.save()

    after = events_by_summary(fetch())["EU-Japan AI dialogue"]
    assert str(after["URL"]) == "http://testserver/partners/nippon/"
