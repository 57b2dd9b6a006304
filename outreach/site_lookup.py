"""Wagtail's site lookup for page requests, with a cheaper query.

Wagtail finds the request's Site with a query that ranks the candidates in SQL
(CASE/WHEN, over the manager's CASE/LOWER ordering); building it costs about
4 ms of Python on the benchmark machine, a third of an uncached home page. Here
the same candidates are fetched with a plain query and ranked in Python by
Wagtail's rules, and the Site is handed to Wagtail through the per-request
attribute that `Site.find_for_request` reads first. The candidates are kept
with the page cache's data (`page_cache.remember`), renewed when a site or a
page changes: most requests then run no query for them.

Each candidate also carries its root page in every content language (the live
translation, or the root itself), as the specific page Wagtail routes from
(`site.root_page.localized.specific`): Wagtail looks the active Locale and then
the specific root page up on every request, two queries that the home page then
needs none of.
"""

from django.db.models import F, Q
from django.http import Http404, HttpRequest
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from . import page_cache
from .models.pages import OutsidePrivateSections

EXACT, HOSTNAME_AND_DEFAULT, DEFAULT, HOSTNAME = range(4)


def find_site(request: HttpRequest) -> Site | None:
    """The Site Wagtail's `get_site_for_hostname` would choose, or None."""
    # Wagtail reads the raw host too: ALLOWED_HOSTS is checked elsewhere.
    hostname = split_domain_port(request._get_raw_host())[0]
    try:
        port = int(request.get_port())
    except ValueError:
        port = None
    candidates = page_cache.remember(
        f"site-candidates:{hostname}", lambda: _candidates(hostname)
    )

    def rank(site: Site) -> int:
        if site.hostname == hostname:
            if site.port == port:
                return EXACT
            return HOSTNAME_AND_DEFAULT if site.is_default_site else HOSTNAME
        return DEFAULT

    sites = sorted(candidates, key=rank)
    if not sites:
        return None
    if len(sites) == 1 or rank(sites[0]) in (EXACT, HOSTNAME_AND_DEFAULT):
        return sites[0]
    if rank(sites[0]) == DEFAULT:
        # The default, unless exactly one other site has this hostname.
        return sites[len(sites) == 2]
    return None


def _candidates(hostname: str) -> list[Site]:
    """The sites of `hostname` and the default site, each with `localized_roots`
    and `all_root_paths` (`Site.get_site_root_paths()`, which page URLs read)."""
    sites = list(
        Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True))
        .order_by()
        .select_related("root_page")
    )
    roots = _localized_roots([site.root_page for site in sites])
    root_paths = Site.get_site_root_paths()
    for site in sites:
        site.localized_roots = roots[site.root_page_id]
        site.all_root_paths = root_paths
    return sites


def _localized_roots(root_pages: list[Page]) -> dict[int, dict[str | None, Page]]:
    """By root page id: {language code: its live translation in that language}
    and {None: the root itself}, all specific, as `Page.localized` chooses."""
    if not root_pages:
        return {}
    pages = (
        Page.objects.filter(
            Q(pk__in=[root.pk for root in root_pages])
            | Q(
                translation_key__in={root.translation_key for root in root_pages},
                live=True,
            )
        )
        .annotate(
            language_code=F("locale__language_code"), public=OutsidePrivateSections()
        )
        .specific()
    )
    by_key = {}
    for page in pages:
        # Serving the home page then needs no query for its view restrictions
        # (SitePageMixin); the kept pages are renewed when a restriction changes.
        page._route_restricted = not page.public
        by_key.setdefault(page.translation_key, []).append(page)
    roots = {}
    for root in root_pages:
        translations = by_key.get(root.translation_key, [])
        itself = next(page for page in translations if page.pk == root.pk)
        localized = {page.language_code: page for page in translations if page.live}
        localized[itself.language_code] = itself  # even when not live
        localized[None] = itself
        roots[root.pk] = localized
    return roots


def route(request: HttpRequest, site: Site, path: str):
    """`Page.route_for_request`'s result, from the site's kept root pages."""
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        language = None
    root = site.localized_roots.get(language) or site.localized_roots[None]
    try:
        return root.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None


class SiteLookupMiddleware:
    """Find the Site, and the page, of requests that Wagtail's page view serves.
    Wagtail's view reads both from the request when they are there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = find_site(request)
        site = request._wagtail_site
        if site is None or not hasattr(site, "localized_roots"):
            return
        # Where Page.get_url_parts(request) looks before asking the cache.
        if not hasattr(request, "_wagtail_cached_site_root_paths"):
            request._wagtail_cached_site_root_paths = site.all_root_paths
        if not hasattr(request, "_wagtail_route_for_request"):
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            request._wagtail_route_for_request = route(request, site, path)
