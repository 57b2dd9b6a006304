"""The public site's models: Wagtail pages and site settings, newsletter subscribers."""

from .newsletter import DigestDelivery, Subscriber
from .pages import (
    EventIndexPage,
    EventPage,
    ExplainerIndexPage,
    ExplainerPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)
from .site_settings import SiteSettings

__all__ = [
    "DigestDelivery",
    "EventIndexPage",
    "EventPage",
    "ExplainerIndexPage",
    "ExplainerPage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "SiteSettings",
    "StandardPage",
    "Subscriber",
]
