"""Schema.org data (JSON-LD) of the public pages, for search engines.

`NewsArticle` for news, `Article` for explainers (plus `FAQPage` when they have
questions and answers), `Event` for events, `Organization` and `WebSite` on the
home page. Built from what the page has already loaded: no queries.
"""

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext as _

SITE_NAME = "International Outreach for Human-Centric AI"


def site_name() -> str:
    return _(SITE_NAME)


def organization(request: HttpRequest, home_url: str, social=()) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": site_name(),
        "url": request.build_absolute_uri(home_url),
        "parentOrganization": {"@type": "Organization", "name": _("European Union")},
    }
    if social:
        data["sameAs"] = [link.url for link in social]
    return data


def website(request: HttpRequest, home_url: str) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": site_name(),
        "url": request.build_absolute_uri(home_url),
        "inLanguage": get_language() or settings.LANGUAGE_CODE,
    }
    try:
        search_url = request.build_absolute_uri(reverse("search"))
    except NoReverseMatch:
        return data
    data["potentialAction"] = {
        "@type": "SearchAction",
        "target": {
            "@type": "EntryPoint",
            "urlTemplate": f"{search_url}?q={{search_term_string}}",
        },
        "query-input": "required name=search_term_string",
    }
    return data


def _publisher(request: HttpRequest, home_url: str) -> dict:
    return {
        "@type": "Organization",
        "name": site_name(),
        "url": request.build_absolute_uri(home_url),
    }


def _article(page, request, url, image_url, home_url, kind: str) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": page.title[:110],
        "description": page.meta_description,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": get_language() or settings.LANGUAGE_CODE,
        "author": _publisher(request, home_url),
        "publisher": _publisher(request, home_url),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image_url:
        data["image"] = [image_url]
    return data


def news_article(page, request, url, image_url, home_url) -> dict:
    data = _article(page, request, url, image_url, home_url, "NewsArticle")
    data["datePublished"] = page.date.isoformat()
    return data


def explainer_article(page, request, url, image_url, home_url) -> dict:
    data = _article(page, request, url, image_url, home_url, "Article")
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    data["dateModified"] = page.last_reviewed.isoformat()
    return data


def faq_page(page, url) -> dict | None:
    items = page.faq_items
    if not items:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "url": url,
        "mainEntity": [
            {
                "@type": "Question",
                "name": item["question"],
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": strip_tags(item["answer"].source).strip(),
                },
            }
            for item in items
        ],
    }


def event(page, request, url, image_url, home_url) -> dict:
    locations = []
    if page.venue.strip():
        locations.append({"@type": "Place", "name": page.venue, "address": page.venue})
    if page.is_online:
        locations.append(
            {"@type": "VirtualLocation", "url": page.registration_url or url}
        )
    if len(locations) == 2:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif page.is_online:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.meta_description,
        "url": url,
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": _publisher(request, home_url),
        "inLanguage": get_language() or settings.LANGUAGE_CODE,
    }
    if image_url:
        data["image"] = [image_url]
    if page.registration_url and not page.is_past:
        data["offers"] = {
            "@type": "Offer",
            "url": page.registration_url,
            "price": "0",
            "priceCurrency": "EUR",
            "availability": "https://schema.org/InStock",
        }
    return data


def for_page(page, request, *, url, image_url, navigation) -> list[dict]:
    """The JSON-LD objects of `page` (none for types without any)."""
    from .models import EventPage, ExplainerPage, HomePage, NewsPage

    home_url = navigation.home.url if navigation else "/"
    if isinstance(page, HomePage):
        social = navigation.social if navigation else ()
        return [organization(request, home_url, social), website(request, home_url)]
    if isinstance(page, NewsPage):
        return [news_article(page, request, url, image_url, home_url)]
    if isinstance(page, ExplainerPage):
        found = [explainer_article(page, request, url, image_url, home_url)]
        faq = faq_page(page, url)
        return [*found, faq] if faq else found
    if isinstance(page, EventPage):
        return [event(page, request, url, image_url, home_url)]
    return []
