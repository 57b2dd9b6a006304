"""The RSS 2.0 feed of news at /feeds/news.xml and the iCalendar feed at
/events/calendar.ics, read as a feed reader and a calendar application would."""

import datetime
import time
import zoneinfo

import feedparser
import pytest
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Locale, PageViewRestriction

from monitoring.models import PolicyDevelopment
from outreach.feeds import NEWS_FEED_LENGTH
from tests.dialogues.factories import MeetingFactory, PartnerFactory
from tests.dialogues.public_data import (  # noqa: F401 - `visitor` is a fixture
    assert_no_secrets,
    make_confidential_mix,
    visitor_fixture,
)
from tests.monitoring.factories import DevelopmentFactory
from tests.outreach.factories import make_event, make_news

URL = "/feeds/news.xml"


@pytest.fixture
def home(seeded):
    return seeded["home"]


def fetch(client, url=URL):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def with_topics(page, *names):
    page.topics.add(*names)
    page.save()
    return page


def test_the_feed_is_rss_2_with_absolute_links(client, home):
    news = with_topics(
        make_news(
            home,
            title="EU and Japan meet on AI",
            intro="Senior officials met in Tokyo.",
            date=datetime.date(2025, 3, 14),
        ),
        "AI Act",
        "Japan",
    )

    feed = fetch(client)

    assert feed.version == "rss20"
    assert "International Outreach for Human-Centric AI" in feed.feed.title
    assert feed.feed.link == "http://localhost/news/"
    assert feed.feed.language == "en"
    (entry,) = feed.entries
    assert entry.title == "EU and Japan meet on AI"
    assert entry.link == f"http://localhost/news/{news.slug}/"
    assert entry.summary == "Senior officials met in Tokyo."
    assert entry.id == f"tag:127.0.0.1,2025:news/{news.pk}"
    assert entry.guidislink is False
    assert sorted(tag.term for tag in entry.tags) == ["AI Act", "Japan"]
    # Dated at midnight in Brussels, the programme's time zone.
    brussels_midnight = datetime.datetime(
        2025, 3, 14, tzinfo=timezone.get_default_timezone()
    )
    assert time.mktime(entry.published_parsed) - time.timezone == (
        brussels_midnight.timestamp()
    )


def test_published_news_carry_the_time_of_publication(client, home):
    news = make_news(home, title="Published today", date=timezone.localdate())
    news.save_revision().publish()
    news.refresh_from_db()

    (entry,) = fetch(client).entries

    published = datetime.datetime(*entry.published_parsed[:6], tzinfo=datetime.UTC)
    assert published == news.first_published_at.replace(microsecond=0)


def test_the_latest_twenty_newest_first(client, home):
    today = timezone.localdate()
    for days in range(NEWS_FEED_LENGTH + 5):
        make_news(
            home,
            title=f"News from {days} days ago",
            date=today - datetime.timedelta(days=days),
        )

    feed = fetch(client)

    assert [entry.title for entry in feed.entries] == [
        f"News from {days} days ago" for days in range(NEWS_FEED_LENGTH)
    ]


def test_only_live_public_news(client, home):
    make_news(home, title="Published news")
    make_news(home, title="Draft news", live=False)
    private = make_news(home, title="Private news")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    feed = fetch(client)

    assert [entry.title for entry in feed.entries] == ["Published news"]


def test_markup_in_titles_is_text(client, home):
    make_news(home, title="AI & rights: <b>what</b> changes", intro="Q&A <i>today</i>")

    (entry,) = fetch(client).entries

    assert entry.title == "AI & rights: <b>what</b> changes"
    # The description is HTML that shows the intro's text as written.
    assert entry.summary == "Q&amp;A &lt;i&gt;today&lt;/i&gt;"


def test_each_language_has_its_own_feed(client, home):
    english = make_news(home, title="Partners meet in Brussels")
    french = Locale.objects.get_or_create(language_code="fr")[0]
    translation = english.copy_for_translation(french, copy_parents=True)
    translation.title = "Les partenaires se réunissent à Bruxelles"
    translation.save_revision().publish()

    english_feed = fetch(client)
    french_feed = fetch(client, "/fr" + URL)

    assert [e.title for e in english_feed.entries] == ["Partners meet in Brussels"]
    assert [e.title for e in french_feed.entries] == [
        "Les partenaires se réunissent à Bruxelles"
    ]
    assert french_feed.feed.language == "fr"
    assert french_feed.entries[0].link.startswith("http://localhost/fr/")


def test_an_empty_feed_is_still_a_feed(client, home):
    feed = fetch(client)

    assert feed.version == "rss20"
    assert feed.entries == []


@pytest.mark.parametrize("count", [1, NEWS_FEED_LENGTH + 5])
def test_the_feed_takes_a_constant_number_of_queries(
    client, home, django_assert_max_num_queries, count
):
    for n in range(count):
        with_topics(make_news(home, title=f"News {n}"), "AI Act", f"Topic {n}")

    with django_assert_max_num_queries(9):
        feed = fetch(client)

    assert len(feed.entries) == min(count, NEWS_FEED_LENGTH)


# --- /events/calendar.ics -----------------------------------------------------

CALENDAR = "/events/calendar.ics"
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


def fetch_calendar(client) -> Calendar:
    response = client.get(CALENDAR)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_by_summary(calendar: Calendar) -> dict:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_the_calendar_holds_events_meetings_and_policy_milestones(client, home):
    start = datetime.datetime(2030, 5, 20, 10, 0, tzinfo=TOKYO)
    event = make_event(
        home,
        title="AI dialogue forum in Tokyo",
        intro="A public forum.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="Asia/Tokyo",
        venue="Tokyo",
        is_online=True,
        registration_url="https://events.example.org/register",
    )
    meeting = MeetingFactory(
        title="EU-Japan Digital Partnership Council",
        partners=[PartnerFactory(slug="japan", name="Japan")],
    )
    act = DevelopmentFactory(
        title="AI Basic Act", in_force_on=datetime.date(2030, 1, 22)
    )
    DevelopmentFactory(
        title="Already in force long ago", in_force_on=datetime.date(2001, 1, 1)
    )
    DevelopmentFactory(title="No date yet", in_force_on=None)

    calendar = fetch_calendar(client)

    events = events_by_summary(calendar)
    assert set(events) == {
        "AI dialogue forum in Tokyo",
        "EU-Japan Digital Partnership Council",
        "Enters into force: AI Basic Act",
    }
    forum = events["AI dialogue forum in Tokyo"]
    assert str(forum["UID"]) == f"event-{event.translation_key}@127.0.0.1"
    assert forum.decoded("DTSTART") == start
    assert forum["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert str(forum["URL"]) == f"http://localhost/events/{event.slug}/"
    assert str(forum["LOCATION"]) == "Tokyo and online"
    assert "https://events.example.org/register" in str(forum["DESCRIPTION"])
    assert "Asia/Tokyo" in [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
    assert str(events["EU-Japan Digital Partnership Council"]["UID"]) == (
        f"meeting-{meeting.pk}@127.0.0.1"
    )
    milestone = events["Enters into force: AI Basic Act"]
    assert milestone.decoded("DTSTART") == datetime.date(2030, 1, 22)
    assert milestone.decoded("DTEND") == datetime.date(2030, 1, 23)
    assert str(milestone["URL"]) == f"http://testserver/tracker/{act.pk}/"
    assert str(milestone["UID"]) == f"development-{act.pk}-in-force@127.0.0.1"


def test_uids_stay_the_same_when_items_are_edited(client, home):
    event = make_event(home, title="Standards workshop")
    act = DevelopmentFactory(title="AI Act", in_force_on=datetime.date(2030, 8, 2))
    before = {str(e["UID"]) for e in fetch_calendar(client).walk("VEVENT")}

    event.title = "Standards workshop (new date)"
    event.slug = "standards-workshop-new-date"
    event.start += datetime.timedelta(days=7)
    event.end += datetime.timedelta(days=7)
    event.save_revision().publish()
    act.title = "Artificial Intelligence Act"
    act.in_force_on = datetime.date(2030, 8, 3)
    act.save()
    after = fetch_calendar(client).walk("VEVENT")

    assert {str(e["UID"]) for e in after} == before
    assert {str(e["SUMMARY"]) for e in after} == {
        "Standards workshop (new date)",
        "Enters into force: Artificial Intelligence Act",
    }


def test_only_live_public_items(visitor, home):
    make_event(home, title="Published event")
    make_event(home, title="Draft event", live=False)
    private = make_event(home, title="Private event")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    make_confidential_mix()
    DevelopmentFactory(
        title="Published act",
        in_force_on=datetime.date(2030, 1, 1),
        internal_analysis="SECRET-ANALYSIS",
    )
    for status in ("CANDIDATE", "DISMISSED"):
        DevelopmentFactory(
            title=f"{status} act",
            in_force_on=datetime.date(2030, 1, 1),
            review_status=PolicyDevelopment.ReviewStatus[status],
        )

    response = visitor.get(CALENDAR)

    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    assert set(events_by_summary(calendar)) == {
        "Published event",
        "Public AI dialogue",
        "Enters into force: Published act",
    }
    text = response.content.decode()
    assert_no_secrets(text)
    assert "SECRET-ANALYSIS" not in text


def test_past_event_pages_leave_the_calendar_after_its_window(client, home):
    make_event(home, title="Last month", days_ahead=-30)
    make_event(home, title="Five years ago", days_ahead=-5 * 365)

    assert set(events_by_summary(fetch_calendar(client))) == {"Last month"}


def test_each_language_has_its_own_calendar(client, home):
    english = make_event(home, title="Partners meet in Brussels")
    french = Locale.objects.get_or_create(language_code="fr")[0]
    translation = english.copy_for_translation(french, copy_parents=True)
    translation.title = "Les partenaires se réunissent à Bruxelles"
    translation.save_revision().publish()

    response = client.get("/fr" + CALENDAR)
    in_english = fetch_calendar(client)

    assert response.status_code == 200
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Les partenaires se réunissent à Bruxelles"
    assert str(event["URL"]).startswith("http://localhost/fr/events/")
    (english_event,) = in_english.walk("VEVENT")
    assert str(english_event["SUMMARY"]) == "Partners meet in Brussels"
    # The same event for calendars: one UID in every language.
    assert event["UID"] == english_event["UID"]


@pytest.mark.parametrize(
    "params", [{"start": "not-a-date"}, {"page": "-1"}, {"q": "\x00"}]
)
def test_parameters_do_not_break_the_calendar(client, home, params):
    make_event(home, title="Published event")

    response = client.get(CALENDAR, params)

    assert response.status_code == 200
    assert client.post(CALENDAR).status_code == 405


@pytest.mark.parametrize("size", [1, 10])
def test_the_calendar_takes_a_constant_number_of_queries(
    client, home, django_assert_max_num_queries, size
):
    partner = PartnerFactory(slug="japan", name="Japan")
    for n in range(size):
        event = make_event(home, title=f"Event {n}")
        event.topics.add("AI Act", f"Topic {n}")
        event.save()
        meeting = MeetingFactory(title=f"Meeting {n}", partners=[partner])
        meeting.topics.add(f"Topic {n}")
        DevelopmentFactory(
            title=f"Act {n}",
            in_force_on=datetime.date(2030, 1, 1) + datetime.timedelta(days=n),
            topics=["AI Act", f"Topic {n}"],
        )

    # The site, the locale, then each source with its relations.
    with django_assert_max_num_queries(12):
        calendar = fetch_calendar(client)

    assert len(calendar.walk("VEVENT")) == 3 * size
