"""What crawlers read: the sitemap index at /sitemap.xml, its sections with
hreflang alternates for translated pages, and /robots.txt."""

import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from wagtail.models import Locale, PageViewRestriction

from monitoring.models import PolicyDevelopment
from tests.dialogues.factories import PartnerFactory
from tests.monitoring.factories import DevelopmentFactory
from tests.outreach.factories import make_explainer, make_news, make_standard_page

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
SITE = "http://localhost"


@pytest.fixture
def home(seeded):
    return seeded["home"]


@pytest.fixture
def client():
    """A crawler asks for the site by its host name, as in the Wagtail site."""
    return Client(HTTP_HOST="localhost")


def fetch_xml(client, url) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 - the site's own XML


def locations(urlset: ET.Element) -> list[str]:
    return [loc.text for loc in urlset.findall("sm:url/sm:loc", NS)]


def alternates(urlset: ET.Element) -> dict[str, dict[str, str]]:
    """location -> {hreflang: href}"""
    found = {}
    for url in urlset.findall("sm:url", NS):
        links = url.findall("xhtml:link", NS)
        found[url.find("sm:loc", NS).text] = {
            link.get("hreflang"): link.get("href")
            for link in links
            if link.get("rel") == "alternate"
        }
    return found


def translate(page, language_code, title):
    locale = Locale.objects.get_or_create(language_code=language_code)[0]
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.title = title
    translation.save_revision().publish()
    return translation


def test_the_index_lists_every_section_with_absolute_urls(client, home):
    index = fetch_xml(client, "/sitemap.xml")

    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    sitemaps = [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS)]
    assert sitemaps == [
        f"{SITE}/sitemap-pages.xml",
        f"{SITE}/sitemap-public.xml",
        f"{SITE}/sitemap-developments.xml",
    ]
    for url in sitemaps:
        fetch_xml(client, url.removeprefix(SITE))


def test_pages_are_the_live_public_ones_with_absolute_urls(client, home):
    news = make_news(home, title="Published news")
    news.save_revision().publish()
    news.refresh_from_db()
    draft = make_news(home, title="Draft news", live=False)
    private = make_standard_page(home, title="Private notes")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    urlset = fetch_xml(client, "/sitemap-pages.xml")

    found = locations(urlset)
    assert f"{SITE}/" in found
    assert f"{SITE}/news/" in found
    assert f"{SITE}/news/{news.slug}/" in found
    assert f"{SITE}/news/{draft.slug}/" not in found
    assert f"{SITE}/{private.slug}/" not in found
    (lastmod,) = [
        url.find("sm:lastmod", NS).text
        for url in urlset.findall("sm:url", NS)
        if url.find("sm:loc", NS).text == f"{SITE}/news/{news.slug}/"
    ]
    assert lastmod.startswith(str(news.last_published_at.date()))


def test_translated_pages_list_each_other_as_alternates(client, home):
    explainer = make_explainer(home, title="What the AI Act means")
    french = translate(explainer, "fr", "Ce que signifie l'AI Act")
    japanese = translate(explainer, "ja", "AI法が意味すること")
    alone = make_explainer(home, title="Only in English")

    urlset = fetch_xml(client, "/sitemap-pages.xml")

    english_url = f"{SITE}/explainers/{explainer.slug}/"
    french_url = f"{SITE}/fr/explainers/{french.slug}/"
    japanese_url = f"{SITE}/ja/explainers/{japanese.slug}/"
    expected = {
        "en": english_url,
        "fr": french_url,
        "ja": japanese_url,
        "x-default": english_url,
    }
    links = alternates(urlset)
    # Every version is listed, and each lists all of them.
    assert links[english_url] == expected
    assert links[french_url] == expected
    assert links[japanese_url] == expected
    assert links[f"{SITE}/explainers/{alone.slug}/"] == {}
    # The same URL as the page's canonical link.
    html = client.get(french_url.removeprefix(SITE)).content.decode()
    assert f'<link rel="canonical" href="{french_url}">' in html


def test_public_views_are_listed_in_every_language(client, home):
    japan = PartnerFactory(slug="japan", name="Japan")
    PartnerFactory(slug="gone", name="Gone", active=False)

    urlset = fetch_xml(client, "/sitemap-public.xml")

    found = locations(urlset)
    for path in ("/tracker/", "/alignment/", "/partners/", f"/partners/{japan.slug}/"):
        assert f"{SITE}{path}" in found
        assert f"{SITE}/fr{path}" in found
    assert not [url for url in found if "/partners/gone/" in url]
    links = alternates(urlset)[f"{SITE}/tracker/"]
    assert links["ja"] == f"{SITE}/ja/tracker/"
    assert links["x-default"] == f"{SITE}/tracker/"


def test_only_published_developments(client, home):
    published = DevelopmentFactory(title="Published")
    candidate = DevelopmentFactory(
        title="Candidate", review_status=PolicyDevelopment.ReviewStatus.CANDIDATE
    )
    dismissed = DevelopmentFactory(
        title="Dismissed", review_status=PolicyDevelopment.ReviewStatus.DISMISSED
    )

    found = locations(fetch_xml(client, "/sitemap-developments.xml"))

    assert found == [f"{SITE}/tracker/{published.pk}/"]
    assert f"{SITE}/tracker/{candidate.pk}/" not in found
    assert f"{SITE}/tracker/{dismissed.pk}/" not in found


@pytest.mark.parametrize(
    "url",
    [
        "/sitemap-bogus.xml",
        "/sitemap-pages.xml?p=99",
        "/sitemap-pages.xml?p=abc",
        "/sitemap-pages.xml?p=-1",
        "/sitemap-developments.xml?p=0",
    ],
)
def test_bad_sections_and_pages_are_not_found(client, home, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("size", [1, 10])
def test_each_sitemap_takes_a_constant_number_of_queries(
    client, home, django_assert_max_num_queries, size
):
    for n in range(size):
        explainer = make_explainer(home, title=f"Explainer {n}")
        translate(explainer, "fr", f"Explication {n}")
        make_news(home, title=f"News {n}")
        DevelopmentFactory(title=f"Development {n}")
        PartnerFactory(slug=f"partner-{n}", name=f"Partner {n}")

    # The pages take one query per page type (Wagtail's .specific()), not per page.
    for url, queries in [
        ("/sitemap.xml", 12),
        ("/sitemap-pages.xml", 16),
        ("/sitemap-public.xml", 4),
        ("/sitemap-developments.xml", 4),
    ]:
        with django_assert_max_num_queries(queries):
            fetch_xml(client, url)


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_back_office(
    client, home
):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/accounts/", "/django-admin/", "/search/", "/fr/search/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines


def test_robots_txt_lets_crawlers_read_the_api_documentation(client, home):
    lines = client.get("/robots.txt").content.decode().splitlines()

    # Crawlers that take the first matching rule see the exceptions first.
    api = lines.index("Disallow: /api/")
    assert lines.index("Allow: /api/v1/docs") < api
    assert lines.index("Allow: /api/v1/openapi.json") < api
    assert client.get("/api/v1/docs").status_code == 200
