"""The sitemap index at /sitemap.xml and its sections at /sitemap-<section>.xml.

- `pages`: every live public Wagtail page in every language, each listing its
  translations as hreflang alternates (and the default language as x-default).
- `public`: the tracker, the alignment matrix and the partner pages.
- `developments`: one URL per published policy development, paginated, so that
  100,000 of them still make small files in a constant number of queries.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from dialogues.models import Partner
from monitoring.models import PolicyDevelopment

DEVELOPMENTS_PER_SITEMAP = 10_000
X_DEFAULT = "x-default"


class PageSitemap(WagtailSitemap):
    """Wagtail's sitemap over the site's page tree in every language."""

    @cached_property
    def trees(self) -> Q:
        """The site's home page and its translations, with everything below."""
        root = self.get_wagtail_site().root_page
        paths = Page.objects.filter(translation_key=root.translation_key).values_list(
            "path", flat=True
        )
        condition = Q(path__startswith=root.path)
        for path in paths:
            condition |= Q(path__startswith=path)
        return condition

    def _public_pages(self):
        return Page.objects.live().public().filter(self.trees)

    def items(self):
        return self._public_pages().order_by("path").defer_streamfields().specific()

    def get_latest_lastmod(self):
        return self._public_pages().aggregate(latest=Max("last_published_at"))["latest"]

    def _alternates(self, pages) -> dict:
        """translation key -> hreflang alternates, for pages that have translations."""
        keys = {page.translation_key for page in pages}
        versions = {}
        for version in (
            self._public_pages()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            url = version.get_full_url(self.request)
            if url:
                versions.setdefault(version.translation_key, []).append(
                    {"lang_code": version.locale.language_code, "location": url}
                )
        alternates = {}
        for key, links in versions.items():
            if len(links) < 2:
                continue
            default = [link for link in links if link["lang_code"] == _default()]
            if default:
                links = [*links, {**default[0], "lang_code": X_DEFAULT}]
            alternates[key] = links
        return alternates

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates(pages)
        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                url_info.setdefault(
                    "alternates", alternates.get(item.translation_key, [])
                )
                urls.append(url_info)
        last_mods = [url_info.get("lastmod") for url_info in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def _default() -> str:
    return settings.LANGUAGE_CODE


def _prefixed_by_language(url_name: str) -> bool:
    """Whether the URL changes with the language (it is in i18n_patterns)."""
    urls = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls.add(reverse(url_name))
    return len(urls) > 1


class PublicViewSitemap(Sitemap):
    """The public views of monitoring and dialogues that are not Wagtail pages;
    in every language, with alternates, once their URLs carry a language prefix."""

    alternates = True
    x_default = True

    def __init__(self):
        self.i18n = _prefixed_by_language("monitoring:tracker")

    def items(self):
        views = [
            ("monitoring:tracker", ()),
            ("monitoring:alignment", ()),
            ("dialogues:partner_list", ()),
        ]
        partners = Partner.objects.filter(active=True).order_by("name")
        return views + [
            ("dialogues:partner_detail", (slug,))
            for slug in partners.values_list("slug", flat=True)
        ]

    def location(self, item):
        name, args = item
        return reverse(name, args=args)


class DevelopmentSitemap(Sitemap):
    """Published developments at /tracker/<id>/: their text is in English only,
    so each has one URL."""

    limit = DEVELOPMENTS_PER_SITEMAP

    def items(self):
        return (
            PolicyDevelopment.objects.published()
            .order_by("pk")
            .values_list("pk", "updated_at", named=True)
        )

    @cached_property
    def tracker_path(self) -> str:
        return reverse("monitoring:tracker")

    def location(self, item):
        # /tracker/<id>/ (monitoring/urls.py): one reverse() for the whole file.
        return f"{self.tracker_path}{item.pk}/"

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        return PolicyDevelopment.objects.published().aggregate(
            latest=Max("updated_at")
        )["latest"]


SITEMAPS = {
    "pages": PageSitemap,
    "public": PublicViewSitemap,
    "developments": DevelopmentSitemap,
}
