"""The site in English, French, Japanese and Korean: English at the root paths,
the other languages under /fr/, /ja/, /ko/, with a language switcher, hreflang
alternates and translated interface strings."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from outreach.demo_translations import create_demo_translations
from tests.outreach.factories import (
    make_event,
    make_explainer,
    make_news,
    make_standard_page,
    sections,
)

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


@pytest.fixture(scope="module", autouse=True)
def _compiled_catalogs():
    """`make test` compiles the .po files first (`make messages`)."""
    for code in ("fr", "ja", "ko"):
        po = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            pytest.fail(f"{mo} is missing or older than its .po: run `make messages`")


def translate(page, code, **fields):
    """A published translation of `page` (its parent must be translated)."""
    locale, _ = Locale.objects.get_or_create(language_code=code)
    translated = page.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture
def site(seeded):
    """The home page and an explainer in English, French and Japanese."""
    home = seeded["home"]
    explainer = make_explainer(
        home,
        title="What the AI Act means for you",
        slug="ai-act-for-citizens",
        intro="The EU's rules for AI systems, explained.",
    )
    index = sections(home)["explainers"]
    pages = {"en": explainer}
    for code, home_title, index_title, title in [
        (
            "fr",
            "Une IA centrée sur l'humain",
            "Guides",
            "Ce que la loi sur l'IA change",
        ),
        (
            "ja",
            "人間中心のAIを、パートナーとともに",
            "解説",
            "AI法があなたにもたらすもの",
        ),
    ]:
        translate(home, code, title=home_title)
        translate(index, code, title=index_title)
        pages[code] = translate(explainer, code, title=title)
    return {"home": home, "explainer": pages}


def get(path, **headers):
    response = Client().get(path, **headers)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def alternates(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.select('head link[rel="alternate"][hreflang]')
    }


def switcher(soup):
    return {link["lang"]: link for link in soup.select(".language-switcher a")}


@pytest.mark.parametrize(
    ("code", "title"),
    [("fr", "Ce que la loi sur l'IA change"), ("ja", "AI法があなたにもたらすもの")],
)
def test_a_translated_page_is_served_under_its_language_prefix(site, code, title):
    soup = get(f"/{code}/explainers/ai-act-for-citizens/")

    assert soup.html["lang"] == code
    assert soup.h1.get_text(strip=True) == title


def test_the_english_page_stays_at_the_root_path(site):
    soup = get("/explainers/ai-act-for-citizens/")

    assert soup.html["lang"] == "en"
    assert soup.h1.get_text(strip=True) == "What the AI Act means for you"


@pytest.mark.parametrize(
    "path",
    [
        "/explainers/ai-act-for-citizens/",
        "/fr/explainers/ai-act-for-citizens/",
        "/ja/explainers/ai-act-for-citizens/",
    ],
)
def test_every_language_version_lists_all_alternates_with_absolute_urls(site, path):
    urls = alternates(get(path))

    english = site["explainer"]["en"].get_full_url()
    assert english.startswith("http")
    assert urls == {
        "en": english,
        "fr": site["explainer"]["fr"].get_full_url(),
        "ja": site["explainer"]["ja"].get_full_url(),
        "x-default": english,
    }
    assert urls["fr"].endswith("/fr/explainers/ai-act-for-citizens/")
    assert urls["ja"].endswith("/ja/explainers/ai-act-for-citizens/")


def test_the_canonical_url_is_among_the_alternates(site):
    soup = get("/fr/explainers/ai-act-for-citizens/")

    canonical = soup.select_one('link[rel="canonical"]')["href"]
    assert alternates(soup)["fr"] == canonical


@pytest.mark.parametrize(
    ("code", "skip_link", "search"),
    [
        ("fr", "Aller au contenu principal", "Rechercher"),
        ("ja", "本文へスキップ", "検索"),
        ("ko", "본문 바로가기", "검색"),
    ],
)
def test_interface_strings_are_translated(site, code, skip_link, search):
    soup = get(f"/{code}/tracker/")

    assert soup.html["lang"] == code
    assert soup.select_one("a.skip-link").get_text(strip=True) == skip_link
    assert soup.select_one(".site-search button").get_text(strip=True) == search


def test_the_switcher_links_to_the_translations_of_the_page(site):
    links = switcher(get("/fr/explainers/ai-act-for-citizens/"))

    assert list(links) == ["en", "fr", "ja", "ko"]
    assert links["en"]["href"] == "/explainers/ai-act-for-citizens/"
    assert links["ja"]["href"] == "/ja/explainers/ai-act-for-citizens/"
    assert links["ja"]["hreflang"] == "ja"
    assert links["ja"].get_text(strip=True) == "日本語"
    assert links["fr"]["aria-current"] == "true"
    assert "aria-current" not in links["en"].attrs
    # No Korean translation, and no Korean home page: English home.
    assert links["ko"]["href"] == "/"


def test_an_untranslated_page_links_to_each_language_home(site):
    home = site["home"]
    translate(home, "ko", title="파트너와 함께하는 인간 중심 AI")
    make_explainer(home, title="AI glossary", slug="ai-glossary")

    soup = get("/explainers/ai-glossary/")

    links = switcher(soup)
    assert links["en"]["href"] == "/explainers/ai-glossary/"
    assert links["fr"]["href"] == "/fr/"
    assert links["ja"]["href"] == "/ja/"
    assert links["ko"]["href"] == "/ko/"
    assert alternates(soup) == {}  # one language only: nothing to point to


def test_the_korean_home_page_is_served_in_korean(site):
    translate(site["home"], "ko", title="파트너와 함께하는 인간 중심 AI")

    soup = get("/ko/")

    assert soup.html["lang"] == "ko"
    assert soup.h1.get_text(strip=True) == "파트너와 함께하는 인간 중심 AI"
    assert set(alternates(soup)) == {"en", "fr", "ja", "ko", "x-default"}


def test_the_root_stays_english_whatever_the_browser_asks_for(site):
    response = Client().get("/", HTTP_ACCEPT_LANGUAGE="fr,ja;q=0.8")

    assert response.status_code == 200  # no redirect to /fr/
    assert response["Content-Language"] == "en"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "en"
    assert soup.select_one("a.skip-link").get_text(strip=True) == (
        "Skip to main content"
    )


def test_non_page_views_switch_to_the_same_path_in_each_language(site):
    soup = get("/ja/tracker/?q=AI")

    links = switcher(soup)
    assert links["en"]["href"] == "/tracker/?q=AI"
    assert links["fr"]["href"] == "/fr/tracker/?q=AI"
    assert links["ja"]["aria-current"] == "true"
    assert alternates(soup)["x-default"] == "http://testserver/tracker/?q=AI"
    assert alternates(soup)["ko"] == "http://testserver/ko/tracker/?q=AI"


@pytest.mark.parametrize(
    "path",
    ["/fr/api/v1/developments", "/fr/healthz", "/fr/robots.txt", "/ja/sitemap.xml"],
)
def test_machine_endpoints_have_no_language_prefix(site, path):
    assert Client().get(path, follow=True).status_code == 404


def test_machine_endpoints_answer_at_the_root_under_any_language(site):
    response = Client().get("/healthz", HTTP_ACCEPT_LANGUAGE="ja")

    assert response.status_code == 200


def test_a_standard_page_without_translation_is_not_found_under_a_prefix(site):
    make_standard_page(site["home"], title="Privacy", slug="privacy")

    assert Client().get("/privacy/").status_code == 200
    assert Client().get("/fr/privacy/").status_code == 404


def _queries(path):
    client = Client()
    client.get(path)  # navigation and site root paths are cached from here on
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_language_links_cost_the_same_queries_whatever_the_translations(
    site, django_assert_max_num_queries
):
    path = "/fr/explainers/ai-act-for-citizens/"
    with django_assert_max_num_queries(20):
        Client().get(path)
    before = _queries(path)

    translate(site["home"], "ko", title="홈")
    translate(sections(site["home"])["explainers"], "ko", title="해설")
    translate(site["explainer"]["en"], "ko", title="AI법이 여러분에게 의미하는 것")

    assert _queries(path) == before
    assert set(alternates(get(path))) == {"en", "fr", "ja", "ko", "x-default"}


def test_a_repeat_page_request_reads_neither_the_locale_nor_the_home_page(site):
    """The site's home page in each language is kept with its Site: routing
    reads only the pages below it."""
    for path, title in [
        ("/fr/", "Une IA centrée sur l'humain"),
        ("/fr/explainers/ai-act-for-citizens/", "Ce que la loi sur l'IA change"),
    ]:
        Client().get(path)
        with CaptureQueriesContext(connection) as queries:
            soup = get(path)

        assert soup.h1.get_text(strip=True) == title
        sqls = [query["sql"] for query in queries.captured_queries]
        assert not [sql for sql in sqls if 'FROM "wagtailcore_locale"' in sql]
        assert not [sql for sql in sqls if '"outreach_homepage"' in sql]


def test_a_language_home_page_follows_its_publishing(site):
    """Unpublished, a translation of the home page leaves its language routed
    from the English home page, as Wagtail does; published again, it is back."""
    french = site["home"].get_translation(Locale.objects.get(language_code="fr"))
    assert get("/fr/").h1.get_text(strip=True) == "Une IA centrée sur l'humain"

    french.unpublish()
    soup = get("/fr/")
    assert soup.h1.get_text(strip=True) == site["home"].title
    assert soup.html["lang"] == "fr"

    french.get_latest_revision().publish()
    assert get("/fr/").h1.get_text(strip=True) == "Une IA centrée sur l'humain"


def test_visitors_get_no_language_cookie(site):
    """The privacy page promises visitors no cookies: switching language is a
    link to another URL, never a stored preference."""
    client = Client()
    for path in ["/fr/explainers/ai-act-for-citizens/", "/ja/tracker/", "/ko/"]:
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="ja")
        assert response.status_code in {200, 404}, path
        assert not response.cookies, path
    assert not client.cookies


def test_the_switcher_uses_links_not_a_form(site):
    soup = get("/fr/explainers/ai-act-for-citizens/")

    switcher_nav = soup.select_one("nav.language-switcher")
    assert switcher_nav is not None
    assert switcher_nav.find("form") is None
    assert soup.find("form", action="/i18n/setlang/") is None


# --- Interface translations --------------------------------------------------


def _po_entries(path):
    """(flags, msgid, msgstrs) of each entry of a .po file, obsolete ones left out."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line]
        if not lines or all(line.startswith("#~") for line in lines):
            continue
        flags = " ".join(line for line in lines if line.startswith("#,"))
        fields, current = {}, None
        for line in lines:
            if line.startswith("#"):
                continue
            if line.startswith('"'):
                fields[current] += line[1:-1]
            else:
                current, _space, value = line.partition(" ")
                fields[current] = value[1:-1]
        msgstrs = [value for key, value in fields.items() if key.startswith("msgstr")]
        entries.append((flags, fields.get("msgid", ""), msgstrs))
    return entries


@pytest.mark.parametrize("code", ["fr", "ja", "ko"])
def test_every_interface_string_has_a_reviewed_translation(code):
    entries = _po_entries(LOCALE_DIR / code / "LC_MESSAGES" / "django.po")

    assert len(entries) > 500
    fuzzy = [msgid for flags, msgid, _ in entries if "fuzzy" in flags]
    untranslated = [
        msgid for _, msgid, msgstrs in entries if msgid and not all(msgstrs)
    ]
    assert fuzzy == []
    assert untranslated == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr", ["Suivi des politiques", "Nos partenaires du dialogue sur l'IA"]),
        ("ja", ["政策トラッカー", "AI対話のパートナー"]),
        ("ko", ["정책 트래커", "AI 대화 파트너"]),
    ],
)
def test_the_public_views_of_partners_and_tracker_are_translated(site, code, expected):
    soup = get(f"/{code}/partners/")

    assert soup.html["lang"] == code
    text = soup.get_text(" ", strip=True)
    for words in expected:
        assert words in text
    for english in ["Policy tracker", "Our AI dialogue partners", "Open data API"]:
        assert english not in text
    tracker = get(f"/{code}/tracker/").get_text(" ", strip=True)
    for english in ["AI policy tracker", "Show developments", "All jurisdictions"]:
        assert english not in tracker


# --- Editors: simple_translation's "Translate" --------------------------------


def test_communications_translate_a_page_from_the_admin(site, client_for):
    client = client_for("comms@example.org")
    english = make_explainer(site["home"], title="AI glossary", slug="ai-glossary")
    french = Locale.objects.get(language_code="fr")

    edit = client.get(f"/admin/pages/{english.pk}/edit/")
    assert edit.status_code == 200
    translate_url = f"/admin/translation/submit/page/{english.pk}/"
    assert translate_url.encode() in edit.content

    form = client.get(translate_url)
    assert form.status_code == 200
    assert "Français".encode() in form.content
    response = client.post(translate_url, {"locales": [french.pk]})

    assert response.status_code == 302
    copy = english.get_translation(french)
    assert response["Location"] == f"/admin/pages/{copy.pk}/edit/"
    assert copy.get_parent().specific == site["explainer"]["fr"].get_parent().specific
    assert copy.title == "AI glossary"  # a draft for the editor to translate
    assert not copy.live
    assert Client().get("/fr/explainers/ai-glossary/").status_code == 404


def test_a_translated_draft_is_published_under_its_language(site, client_for):
    english = make_explainer(site["home"], title="AI glossary", slug="ai-glossary")
    client_for("comms@example.org").post(
        f"/admin/translation/submit/page/{english.pk}/",
        {"locales": [Locale.objects.get(language_code="ja").pk]},
    )
    copy = english.get_translation(Locale.objects.get(language_code="ja"))
    copy.title = "AI用語集"
    copy.save_revision().publish()

    soup = get("/ja/explainers/ai-glossary/")

    assert soup.html["lang"] == "ja"
    assert soup.h1.get_text(strip=True) == "AI用語集"
    assert switcher(get("/explainers/ai-glossary/"))["ja"]["href"] == (
        "/ja/explainers/ai-glossary/"
    )


def test_roles_without_page_editing_cannot_translate(site, client_for):
    page = site["explainer"]["en"]

    response = client_for("fpi@example.org").get(
        f"/admin/translation/submit/page/{page.pk}/"
    )

    assert response.status_code in {302, 403}


def test_every_site_language_is_a_wagtail_locale(db):
    codes = set(Locale.objects.values_list("language_code", flat=True))

    assert codes >= {code for code, _name in settings.LANGUAGES}


# --- Demo content -------------------------------------------------------------


@pytest.fixture
def demo_pages(seeded):
    """The English demo pages the translations are made from."""
    home = seeded["home"]
    home.featured_explainers.create(
        explainer=make_explainer(home, slug="ai-act-for-citizens")
    )
    home.save_revision().publish()
    make_explainer(home, slug="human-centric-ai")
    make_explainer(home, slug="ai-glossary", title="Glossary: the words of AI policy")
    make_news(home, slug="seoul-seminar-ai-basic-act-and-ai-act")
    make_event(home, slug="conference-human-centric-ai-partners")
    return home


def test_the_demo_content_has_french_japanese_and_korean_pages(demo_pages):
    made = create_demo_translations()

    assert {page.locale.language_code for page in made} == {"fr", "ja", "ko"}
    for code, title in [
        ("fr", "Une IA centrée sur l'humain, avec nos partenaires"),
        ("ja", "人間中心のAIを、パートナーとともに"),
        ("ko", "파트너와 함께하는 인간 중심 AI"),
    ]:
        soup = get(f"/{code}/")
        assert soup.html["lang"] == code
        assert soup.h1.get_text(strip=True) == title
    soup = get("/ja/explainers/ai-act-for-citizens/")
    assert soup.h1.get_text(strip=True) == "AI法があなたにもたらすもの"
    assert "要点" in soup.get_text()
    assert soup.select_one('meta[name="description"]')["content"].startswith(
        "EUの人工知能法"
    )
    assert get("/ko/news/seoul-seminar-ai-basic-act-and-ai-act/").h1.get_text(
        strip=True
    ) == ("서울 세미나, 한국 AI 기본법과 EU AI법 비교")
    assert get("/fr/events/conference-human-centric-ai-partners/")
    # Not translated in the demo: English only, the switcher leads home.
    assert Client().get("/fr/explainers/ai-glossary/").status_code == 404
    assert switcher(get("/explainers/ai-glossary/"))["fr"]["href"] == "/fr/"


def test_a_translated_home_features_the_translated_explainers(demo_pages):
    create_demo_translations()

    soup = get("/fr/")

    assert soup.find("a", href="/fr/explainers/ai-act-for-citizens/") is not None
    assert soup.find("a", href="/explainers/ai-act-for-citizens/") is None


def test_the_demo_translations_are_made_once(demo_pages):
    create_demo_translations()
    count = Page.objects.count()
    french_home = demo_pages.get_translation(Locale.objects.get(language_code="fr"))
    revisions = french_home.revisions.count()

    assert create_demo_translations() == []

    assert Page.objects.count() == count
    assert french_home.revisions.count() == revisions
