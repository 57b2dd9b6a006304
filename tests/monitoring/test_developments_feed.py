"""The Atom feed of published developments at /feeds/developments.xml."""

import datetime

import feedparser
import pytest
from django.urls import reverse

from monitoring.models import PolicyDevelopment

from .factories import DevelopmentFactory, JurisdictionFactory

FEED = reverse("monitoring:developments_feed")
FEED_MAX_QUERIES = 2


@pytest.fixture
def japan(db):
    return JurisdictionFactory(code="JP", name="Japan")


def parse(client, **extra):
    response = client.get(FEED, **extra)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_feed_lists_the_latest_fifty_published_newest_first(client, japan):
    for day in range(60):
        DevelopmentFactory(
            title=f"Development of day {day}",
            jurisdiction=japan,
            announced_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=day),
        )
    feed = parse(client)
    assert len(feed.entries) == 50
    titles = [entry.title for entry in feed.entries]
    assert titles[0] == "Development of day 59"
    assert titles[-1] == "Development of day 10"


def test_same_day_developments_are_ordered_by_id(client, japan):
    day = datetime.date(2025, 3, 3)
    first = DevelopmentFactory(title="First that day", announced_on=day)
    second = DevelopmentFactory(title="Second that day", announced_on=day)
    assert first.pk < second.pk
    titles = [entry.title for entry in parse(client).entries]
    assert titles == ["Second that day", "First that day"]


def test_candidates_and_dismissed_are_never_in_the_feed(client, japan):
    DevelopmentFactory(title="Published act", jurisdiction=japan)
    for status in ("candidate", "dismissed"):
        DevelopmentFactory(
            title=f"A {status} item",
            jurisdiction=japan,
            review_status=status,
            announced_on=datetime.date(2030, 1, 1),
        )
    feed = parse(client)
    assert [entry.title for entry in feed.entries] == ["Published act"]


def test_entry_has_link_summary_date_topics_and_a_stable_id(client, japan):
    development = DevelopmentFactory(
        title="AI Promotion Act",
        jurisdiction=japan,
        announced_on=datetime.date(2025, 5, 28),
        summary="Japan's first law dedicated to AI.",
        internal_analysis="TEAM-ONLY note.",
        topics=["governance", "research"],
    )
    response = client.get(FEED)
    assert b"TEAM-ONLY" not in response.content
    entry = feedparser.parse(response.content).entries[0]
    assert entry.link == f"http://testserver{development.get_absolute_url()}"
    assert entry.summary == "Japan's first law dedicated to AI."
    # Midnight in Brussels on 28 May 2025 (summer time, UTC+2).
    assert entry.published == "2025-05-28T00:00:00+02:00"
    assert sorted(tag.term for tag in entry.tags) == ["governance", "research"]

    # The id does not depend on the host that served the feed, nor on edits.
    development.title = "AI Promotion Act (amended)"
    development.save()
    again = parse(client, HTTP_HOST="localhost").entries[0]
    assert again.id == entry.id
    assert again.title == "AI Promotion Act (amended)"
    assert str(development.pk) in entry.id


def test_feed_describes_itself(client, japan):
    DevelopmentFactory(jurisdiction=japan)
    feed = parse(client).feed
    assert "AI policy developments" in feed.title
    assert feed.link == "http://testserver/tracker/"
    assert any(
        link.rel == "self" and link.href == f"http://testserver{FEED}"
        for link in feed.links
    )


def test_feed_queries_do_not_grow(client, django_assert_max_num_queries, japan):
    DevelopmentFactory.create_batch(3, jurisdiction=japan, topics=["a", "b"])
    with django_assert_max_num_queries(FEED_MAX_QUERIES):
        assert len(parse(client).entries) == 3
    DevelopmentFactory.create_batch(57, jurisdiction=japan, topics=["a", "c"])
    with django_assert_max_num_queries(FEED_MAX_QUERIES):
        assert len(parse(client).entries) == 50


def test_empty_feed_is_valid(client, db):
    PolicyDevelopment.objects.all().delete()
    assert parse(client).entries == []
