"""The site's languages on every page: the language switcher and the hreflang
alternates, both from one lookup per request.

A Wagtail page links to its live translations; a language it is not translated
into links to that language's home page. Other views under i18n_patterns link
to the same path under the other language's prefix.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page, Site

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    """One language in the switcher."""

    code: str
    name: str  # in the language itself: "Français", "日本語"
    url: str
    is_current: bool
    # False when the link falls back to that language's home page.
    is_translation: bool


@dataclass(frozen=True)
class Alternates:
    links: list[LanguageLink]
    # (hreflang, absolute URL) pairs for <link rel="alternate">, x-default last.
    hreflang: list[tuple[str, str]]


@dataclass(frozen=True)
class _Location:
    url: str  # for links on this site: relative when on the current site
    absolute: str  # for hreflang: the same form as the canonical URL


def _home_urls(request: HttpRequest) -> dict[str, str]:
    """Each language's home page, from Wagtail's cached site root paths."""
    site = Site.find_for_request(request)
    homes = {}
    # Kept on page requests by outreach.site_lookup, as Page URLs read them.
    root_paths = getattr(request, "_wagtail_cached_site_root_paths", None)
    for root in root_paths or Site.get_site_root_paths():
        if site is None or root.site_id == site.pk:
            with translation.override(root.language_code):
                url = reverse("wagtail_serve", args=("",))
            homes.setdefault(root.language_code, url)
    return homes


def _page_locations(request: HttpRequest, page: Page) -> dict[str, _Location]:
    """The page's live translations (itself included), by language, in one query
    of plain values. Absolute URLs come from the Wagtail site, like the page's
    canonical URL."""
    translations = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .values_list("pk", "url_path", "locale__language_code")
    )
    site = Site.find_for_request(request)
    locations = {}
    for pk, url_path, language_code in translations:
        # Wagtail's URL rules read only the id and the url_path.
        parts = Page(pk=pk, url_path=url_path).get_url_parts(request)
        if parts is None or parts[2] is None:
            continue
        site_id, root_url, path = parts
        absolute = root_url + path
        url = path if site is not None and site_id == site.pk else absolute
        locations[language_code] = _Location(url, absolute)
    return locations


def _view_locations(request: HttpRequest) -> dict[str, _Location]:
    """The same view in each language, for views under i18n_patterns; empty for
    the others (the back office, sign-in, pages not found)."""
    match = request.resolver_match
    if match is None or match.url_name == "wagtail_serve":
        return {}
    path = request.get_full_path_info()
    urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    if len(set(urls.values())) < len(urls):
        return {}
    return {
        code: _Location(url, request.build_absolute_uri(url))
        for code, url in urls.items()
    }


def language_alternates(request: HttpRequest, page=None) -> Alternates:
    if isinstance(page, Page) and page.pk:
        translated = _page_locations(request, page)
    else:
        translated = _view_locations(request)
    homes = _home_urls(request) if len(translated) < len(settings.LANGUAGES) else {}
    current = translation.get_language()
    links = [
        LanguageLink(
            code=code,
            name=name,
            url=translated[code].url if code in translated else homes.get(code, "/"),
            is_current=code == current,
            is_translation=code in translated,
        )
        for code, name in settings.LANGUAGES
    ]
    if len(translated) < 2:
        return Alternates(links=links, hreflang=[])  # no other language to point to
    hreflang = [
        (code, translated[code].absolute)
        for code, _name in settings.LANGUAGES
        if code in translated
    ]
    if settings.LANGUAGE_CODE in translated:
        hreflang.append(("x-default", translated[settings.LANGUAGE_CODE].absolute))
    return Alternates(links=links, hreflang=hreflang)


@register.simple_tag(takes_context=True)
def site_languages(context) -> Alternates | None:
    """{% site_languages as languages %}: the switcher's links and the hreflang
    alternates of the page being rendered, computed once per request."""
    request = context.get("request")
    if request is None:
        return None
    page = context.get("page")
    key = page.pk if isinstance(page, Page) else None
    cached = getattr(request, "_site_languages", None)
    if cached is None or cached[0] != key:
        cached = (key, language_alternates(request, page))
        request._site_languages = cached
    return cached[1]
