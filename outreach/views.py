"""Public views of the outreach site that are not Wagtail pages."""

import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import views as sitemap_views

from dialogues.caching import PUBLIC_MEETINGS
from dialogues.calendar import build_calendar, meeting_events

from . import page_cache
from .feeds import development_events, event_page_events
from .models import ExplainerIndexPage
from .search import Results, clean_query, popular_topics, search_groups
from .sitemaps import SITEMAPS

CALENDAR_CACHE_SECONDS = 300
SEARCH_RESULTS_PER_PAGE = 20
# Never for crawlers: staff and account pages, and the API (for programs, which
# do not read robots.txt anyway), but for its documentation (URL names, listed
# before the rules they are exceptions to).
ROBOTS_BACK_OFFICE = ["/admin/", "/django-admin/", "/accounts/", "/reports/", "/api/"]
ROBOTS_ALLOWED = ["api:openapi-view", "api:openapi-json"]
# Public, but not for search engines: result lists, a large export, and links
# that act on a subscription. In every language.
ROBOTS_PUBLIC = [
    "/search/",
    "/tracker/export.csv",
    "/newsletter/confirm/",
    "/newsletter/unsubscribe/",
]


def _site_root(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").removesuffix("/")


@require_safe
@cache_control(public=True, max_age=CALENDAR_CACHE_SECONDS)
def calendar_ics(request: HttpRequest) -> HttpResponse:
    """/events/calendar.ics: the public calendar, to subscribe to in any calendar
    application: the site's live public event pages, the public dialogue
    meetings and the days published policy developments enter into force (their
    public fields only).

    Calendar applications poll it; building thousands of events takes seconds,
    so the body is kept until an event page, a public meeting or a published
    development changes, and a client that has it already gets a 304.
    """
    site_root = _site_root(request)

    def build() -> bytes:
        return build_calendar(
            [
                *event_page_events(request),
                *meeting_events(site_root),
                *development_events(site_root),
            ]
        ).to_ical()

    body = page_cache.remember(
        f"calendar:{get_language()}:{site_root}",
        build,
        version=PUBLIC_MEETINGS.current(),
    )
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    response = get_conditional_response(request, etag=etag) or HttpResponse(
        body, content_type="text/calendar; charset=utf-8"
    )
    response["ETag"] = etag
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    return response


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """/search/?q=: pages, then policy developments, then dialogue meetings.

    `type` narrows the list to one of them; `page` out of range shows the last.
    """
    query, shortened = clean_query(request.GET.get("q", ""))
    context = {"query": query, "shortened": shortened}
    if query:
        groups = search_groups(request, query)
        kind = request.GET.get("type", "")
        shown = [group for group in groups if group.key == kind] or groups
        page = Paginator(Results(shown), SEARCH_RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        context.update(
            found_groups=[group for group in groups if group.count],
            kind=kind if len(shown) == 1 else "",
            total=sum(group.count for group in groups),
            page_obj=page,
            paginator=page.paginator,
            hits=page.object_list,
            page_range=page.paginator.get_elided_page_range(page.number),
        )
        if not page.paginator.count:
            context.update(_suggestions(groups[0]))
    return render(request, "outreach/search.html", context)


def _suggestions(pages) -> dict:
    """Where to go when nothing matched: the tracker, the explainers, topics."""
    explainers = (
        ExplainerIndexPage.objects.live()
        .public()
        .filter(locale_id=pages.root.locale_id)
        .first()
    )
    return {
        "tracker_url": reverse("monitoring:tracker"),
        "explainers_url": explainers.get_url(pages.request) if explainers else "",
        "popular_topics": popular_topics(),
    }


@require_safe
def sitemap_index(request: HttpRequest) -> HttpResponse:
    """/sitemap.xml: the index of the sections below."""
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name="sitemap_section")


@require_safe
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    """/sitemap-<section>.xml?p=<n>: one file of a section."""
    return sitemap_views.sitemap(request, SITEMAPS, section=section)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """/robots.txt: crawl the public site and the API's documentation, not the
    back office, account pages, the API, search results, exports or newsletter
    links."""
    prefixes = ["", *(f"/{code}" for code, _name in settings.LANGUAGES)]
    return render(
        request,
        "robots.txt",
        {
            "allowed": [reverse(name) for name in ROBOTS_ALLOWED],
            "back_office": ROBOTS_BACK_OFFICE,
            "public_disallowed": [
                prefix + path for prefix in prefixes for path in ROBOTS_PUBLIC
            ],
            "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
        },
        content_type="text/plain; charset=utf-8",
    )
