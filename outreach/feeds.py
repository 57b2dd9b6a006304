"""What the public site syndicates: the RSS feed of news at /feeds/news.xml, and
the event pages and policy milestones of the iCalendar feed at
/events/calendar.ics (dialogues.calendar adds the public meetings and builds it).

Both follow the visitor's language: the page tree of the active locale, or the
default one where the site has no translation yet.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from icalendar import Event
from wagtail.models import Page, Site

from dialogues.calendar import WINDOW, uid_domain
from monitoring.models import PolicyDevelopment

from .models import EventPage, NewsIndexPage, NewsPage

NEWS_FEED_LENGTH = 20
MIDNIGHT = datetime.time()


def localized_home(request: HttpRequest) -> Page:
    """The root of the request's site, in the active language if translated."""
    site = Site.find_for_request(request) or Site.objects.select_related(
        "root_page"
    ).get(is_default_site=True)
    return site.root_page.localized


def public_pages_of(model, home: Page):
    """Live pages of `model` that anyone may read, in `home`'s tree and language."""
    return (
        model.objects.live()
        .public()
        .descendant_of(home, inclusive=True)
        .filter(locale_id=home.locale_id)
    )


# --- /feeds/news.xml ----------------------------------------------------------


@dataclass
class NewsFeedSource:
    request: HttpRequest
    home: Page


class NewsFeed(Feed):
    """RSS 2.0 of the latest news in the visitor's language."""

    title = _("News · International Outreach for Human-Centric AI")
    description = _(
        "News from the EU's International Outreach for Human-Centric AI programme: "
        "dialogues with partners, AI policy and events."
    )

    def get_object(self, request, *args, **kwargs):
        return NewsFeedSource(request=request, home=localized_home(request))

    def link(self, source):
        index = public_pages_of(NewsIndexPage, source.home).first()
        return (index or source.home).get_full_url(source.request)

    def feed_url(self, source):
        return reverse("news_feed")

    def items(self, source):
        news = list(
            public_pages_of(NewsPage, source.home)
            .defer_streamfields()
            .prefetch_related("topics")
            .order_by("-date", "-first_published_at", "-pk")[:NEWS_FEED_LENGTH]
        )
        for page in news:
            page.feed_link = page.get_full_url(source.request)
        return news

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Readers take the description as HTML; the intro is plain text.
        return escape(item.intro)

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        """The news date; at the time of first publication when that was the day."""
        published = item.first_published_at
        if published and timezone.localdate(published) == item.date:
            return published
        return timezone.make_aware(datetime.datetime.combine(item.date, MIDNIGHT))

    def item_guid(self, item):
        # Stable whatever the page's title, slug or host.
        return f"tag:{uid_domain()},2025:news/{item.pk}"

    item_guid_is_permalink = False

    def item_categories(self, item):
        return sorted(tag.name for tag in item.topics.all())


# --- event pages in /events/calendar.ics --------------------------------------


def event_uid(page: EventPage) -> str:
    """Stable for the event's whole life, and the same in every language: its
    title, slug, date and time zone may change, its translation key does not."""
    return f"event-{page.translation_key}@{uid_domain()}"


def _place(page: EventPage) -> str:
    if page.venue and page.is_online:
        return gettext("%(venue)s and online") % {"venue": page.venue}
    if page.is_online:
        return gettext("Online")
    return page.venue


def event_page_event(page: EventPage, request: HttpRequest) -> Event:
    """One event page as a VEVENT, in its own time zone."""
    event = Event()
    event.add("uid", event_uid(page))
    # No METHOD: DTSTAMP is when the information last changed (RFC 5545, 3.8.7.2).
    changed = (
        page.last_published_at or page.latest_revision_created_at or timezone.now()
    )
    event.add("dtstamp", changed.astimezone(datetime.UTC))
    if page.first_published_at:
        event.add("created", page.first_published_at.astimezone(datetime.UTC))
    event.add("last-modified", changed.astimezone(datetime.UTC))
    event.add("dtstart", page.local_start)
    event.add("dtend", page.local_end)
    event.add("summary", page.title)
    description = page.intro
    if page.registration_url:
        description += "\n\n" + gettext("Register: %(url)s") % {
            "url": page.registration_url
        }
    event.add("description", description)
    place = _place(page)
    if place:
        event.add("location", place)
    event.add("url", page.get_full_url(request))
    event.add("status", "CONFIRMED")
    event.add("class", "PUBLIC")
    topics = sorted(tag.name for tag in page.topics.all())
    if topics:
        event.add("categories", topics)
    return event


def event_page_events(request: HttpRequest, now: datetime.datetime | None = None):
    """VEVENTs of the live public event pages from the calendar's window onward."""
    since = (now or timezone.now()) - WINDOW
    pages = (
        public_pages_of(EventPage, localized_home(request))
        .filter(end__gte=since)
        .defer_streamfields()
        .prefetch_related("topics")
        .order_by("start", "pk")
    )
    return [event_page_event(page, request) for page in pages]


# --- policy milestones in /events/calendar.ics --------------------------------


def development_uid(development: PolicyDevelopment) -> str:
    """One entry per development: its date may be corrected, its key does not change."""
    return f"development-{development.pk}-in-force@{uid_domain()}"


def development_event(development: PolicyDevelopment, site_root: str) -> Event:
    """The day a published development enters into force, as an all-day VEVENT."""
    event = Event()
    event.add("uid", development_uid(development))
    event.add("dtstamp", development.updated_at.astimezone(datetime.UTC))
    event.add("created", development.created_at.astimezone(datetime.UTC))
    event.add("last-modified", development.updated_at.astimezone(datetime.UTC))
    event.add("dtstart", development.in_force_on)
    event.add("dtend", development.in_force_on + datetime.timedelta(days=1))
    event.add(
        "summary",
        gettext("Enters into force: %(title)s") % {"title": development.title},
    )
    event.add(
        "description",
        f"{development.jurisdiction.name} · "
        f"{development.get_instrument_type_display()}\n\n{development.summary}",
    )
    event.add("url", site_root + development.get_absolute_url())
    event.add("transp", "TRANSPARENT")
    event.add("class", "PUBLIC")
    topics = sorted(tag.name for tag in development.topics.all())
    if topics:
        event.add("categories", topics)
    return event


def development_events(site_root: str, now: datetime.datetime | None = None):
    """VEVENTs of the published developments' entry-into-force dates in the
    calendar's window: public fields only, never the internal analysis."""
    since = timezone.localdate(now or timezone.now()) - WINDOW
    developments = (
        PolicyDevelopment.objects.published()
        .filter(in_force_on__gte=since)
        .select_related("jurisdiction")
        .defer("internal_analysis")
        .prefetch_related("topics")
        .order_by("in_force_on", "pk")
    )
    return [development_event(development, site_root) for development in developments]
