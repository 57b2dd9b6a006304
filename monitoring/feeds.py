"""The Atom feed of published AI policy developments: /feeds/developments.xml."""

from datetime import datetime, time
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from .models import PolicyDevelopment

FEED_LENGTH = 50
# Developments carry a date, not a time: they are dated at midnight in Brussels.
BRUSSELS = ZoneInfo("Europe/Brussels")


def _id_authority() -> str:
    """The host that names entry ids: the site's, not whatever host was asked."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


class DevelopmentsFeed(Feed):
    feed_type = Atom1Feed
    title = "AI policy developments · International Outreach for Human-Centric AI"
    subtitle = (
        "The latest AI policy developments worldwide, triaged by the analysts of "
        "the EU's International Outreach for Human-Centric AI programme."
    )
    author_name = "International Outreach for Human-Centric AI"

    def link(self):
        return reverse("monitoring:tracker")

    def feed_url(self):
        return reverse("monitoring:developments_feed")

    def feed_guid(self):
        return f"tag:{_id_authority()},2025:developments"

    def items(self):
        return (
            PolicyDevelopment.objects.published()
            .prefetch_related("topics")
            .defer("internal_analysis")
            .order_by("-announced_on", "-id")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return datetime.combine(item.announced_on, time.min, tzinfo=BRUSSELS)

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return sorted(tag.name for tag in item.topics.all())

    def item_guid(self, item):
        # Stable whatever host or path serves the feed.
        return f"tag:{_id_authority()},2025:developments/{item.pk}"
