"""The site's navigation: main menu, section links and footer, per site and language.

Built from the page tree and the site settings, then kept in the cache under the
page cache's generation (`outreach.page_cache`): any change to a page or to the
site settings starts a new generation, so the menu is rebuilt on the next
request. A cached navigation costs no query, also on the tracker and partner
pages, which are not Wagtail pages.
"""

import secrets
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Substr
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from .page_cache import GENERATION_KEY

KEY_PREFIX = "navigation:"


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class Navigation:
    home: Link
    menu: list[Link]
    # The listing pages by kind ("explainers", "news", "events"), for "see all".
    sections: dict[str, str]
    footer: list[Link]
    contact_email: str = ""
    contact_url: str = ""
    social: list[Link] = field(default_factory=list)
    # The home page's tree URL path ("/home/"), to give pages below it their
    # URL without a lookup of the site's root paths.
    home_path: str = ""

    def url_of(self, page: Page) -> str | None:
        """The URL of a page below the home page (relative), or None."""
        home_path = getattr(self, "home_path", "")
        if home_path and page.url_path.startswith(home_path):
            return self.home.url + page.url_path[len(home_path) :]
        return None


# The site settings' footer pages, in the order the footer lists them.
FOOTER_PAGES = ["legal_notice_page", "privacy_page", "accessibility_page"]
LINKED_PAGES = ["contact_page", *FOOTER_PAGES]
SETTINGS_FIELDS = [
    "contact_email",
    "linkedin_url",
    "mastodon_url",
    "bluesky_url",
    "youtube_url",
    *(f"{name}_id" for name in LINKED_PAGES),
]


def site_navigation(request: HttpRequest) -> Navigation | None:
    """The navigation for this request's host and language (None without a site)."""
    if hasattr(request, "_site_navigation"):
        return request._site_navigation
    language = translation.get_language() or "en"
    key = f"{KEY_PREFIX}{request.get_host()}:{language}"
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY)
    entry = found.get(key)
    if entry is not None and generation is not None and entry[0] == generation:
        navigation = entry[1]
    else:
        navigation = build_navigation(request, language)
        if generation is None:
            cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
            generation = cache.get(GENERATION_KEY)
        cache.set(key, (generation, navigation), timeout=None)
    request._site_navigation = navigation
    return navigation


def _page_url(page: Page, home: Page, home_url: str, request: HttpRequest) -> str:
    """A page's URL from its tree path under the home page: no lookup of the
    site's root paths, which a cold cache would otherwise need to fetch."""
    if page.url_path.startswith(home.url_path):
        return home_url + page.url_path[len(home.url_path) :]
    return page.get_url(request) or ""


def build_navigation(request: HttpRequest, language: str) -> Navigation | None:
    """The navigation in one query: the home page in `language` (the site's own
    where it has no translation), its children, the pages the site settings
    link to with their translations, each row carrying the settings' own fields."""
    from .models import EventIndexPage, ExplainerIndexPage, NewsIndexPage
    from .models.site_settings import SiteSettings

    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    settings = SiteSettings.objects.filter(site=site)
    homes = Page.objects.filter(
        translation_key=root.translation_key, locale__language_code=language
    ).live()
    linked = Q()
    for name in LINKED_PAGES:
        linked |= Q(pk__in=settings.values(f"{name}_id"))
    children = Q(depth=root.depth + 1) & (
        Q(path__startswith=root.path)
        | Q(path__startswith=Subquery(homes.values("path")[:1]))
    )
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    )
    rows = list(
        Page.objects.filter(
            Q(pk=root.pk)
            | Q(pk__in=homes.values("pk"))
            | children
            | linked
            | Q(
                translation_key__in=Page.objects.filter(linked).values(
                    "translation_key"
                ),
                locale__language_code=language,
            )
        )
        .annotate(
            private=Exists(restricted),
            # The page type, without a content type lookup per row.
            type_app=F("content_type__app_label"),
            type_model=F("content_type__model"),
            has_settings=Exists(settings),
            **{
                f"setting_{name}": Subquery(settings.values(name)[:1])
                for name in SETTINGS_FIELDS
            },
        )
        .order_by("path")
    )
    public = [row for row in rows if row.live and not row.private]
    home = next(
        (
            row
            for row in public
            if row.translation_key == root.translation_key and row.pk != root.pk
        ),
        root,
    )
    home_url = reverse("wagtail_serve", args=("",))
    menu_pages = [
        row
        for row in public
        if row.depth == home.depth + 1 and row.path.startswith(home.path)
    ]

    kinds = {
        (model._meta.app_label, model._meta.model_name): kind
        for model, kind in [
            (ExplainerIndexPage, "explainers"),
            (NewsIndexPage, "news"),
            (EventIndexPage, "events"),
        ]
    }
    sections = {}
    for child in menu_pages:
        kind = kinds.get((child.type_app, child.type_model))
        if kind:
            sections.setdefault(kind, _page_url(child, home, home_url, request))

    values = (
        {name: getattr(rows[0], f"setting_{name}") for name in SETTINGS_FIELDS}
        if rows and rows[0].has_settings
        else {}
    )
    by_pk = {row.pk: row for row in rows}
    in_language = {
        row.translation_key: row for row in public if row.locale_id == home.locale_id
    }

    def linked_page(name: str) -> Page | None:
        page = by_pk.get(values.get(f"{name}_id"))
        if page is None:
            return None
        page = in_language.get(page.translation_key, page)
        return page if page.live else None

    footer = []
    for name in FOOTER_PAGES:
        page = linked_page(name)
        if page is not None:
            footer.append(Link(page.title, _page_url(page, home, home_url, request)))
    contact = linked_page("contact_page")
    social = [
        Link(title, url)
        for title, url in [
            ("LinkedIn", values.get("linkedin_url")),
            ("Mastodon", values.get("mastodon_url")),
            ("Bluesky", values.get("bluesky_url")),
            ("YouTube", values.get("youtube_url")),
        ]
        if url
    ]
    return Navigation(
        home_path=home.url_path,
        home=Link(home.title, home_url),
        menu=[
            Link(child.title, _page_url(child, home, home_url, request))
            for child in menu_pages
            if child.show_in_menus
        ],
        sections=sections,
        footer=footer,
        contact_email=values.get("contact_email") or "",
        contact_url=_page_url(contact, home, home_url, request) if contact else "",
        social=social,
    )
