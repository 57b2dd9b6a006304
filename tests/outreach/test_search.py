"""Site search at /search/?q=: pages, policy developments and public dialogue
meetings, highlighted and paginated; only what is live and public."""

import re

import pytest
from django.utils.html import escape
from wagtail.models import Locale, PageViewRestriction

from monitoring.models import PolicyDevelopment
from outreach.views import SEARCH_RESULTS_PER_PAGE
from tests.dialogues.factories import MeetingFactory, PartnerFactory
from tests.dialogues.public_data import (  # noqa: F401 - `visitor` is a fixture
    SECRETS,
    assert_no_secrets,
    make_confidential_mix,
    visitor_fixture,
)
from tests.monitoring.factories import DevelopmentFactory
from tests.outreach.factories import (
    make_event,
    make_explainer,
    make_news,
    make_standard_page,
)

URL = "/search/"


def search(client, q, **params):
    response = client.get(URL, {"q": q, **params})
    assert response.status_code == 200
    return response.content.decode()


def result_titles(html: str) -> list[str]:
    """The results' titles in order, without their markup."""
    titles = re.findall(r'class="search-result__title"><a href="[^"]*">(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", title) for title in titles]


def section_headings(html: str) -> list[str]:
    return re.findall(r'<h2 id="results-(\w+)">', html)


@pytest.fixture
def home(seeded):
    return seeded["home"]


def test_an_empty_query_shows_only_the_form(client, home):
    make_explainer(home, title="Risk-based regulation explained")

    for params in ({}, {"q": ""}, {"q": "   "}):
        response = client.get(URL, params)

        assert response.status_code == 200
        html = response.content.decode()
        assert 'role="search"' in html
        assert 'name="q"' in html
        assert "search-result" not in html
        assert "No results" not in html


def test_finds_pages_first_then_developments_with_counts(client, home):
    make_explainer(
        home,
        title="Risk-based regulation explained",
        intro="How the AI Act sorts systems by risk.",
    )
    make_news(home, title="Ministers meet", intro="Talks on AI regulation in Tokyo.")
    make_event(home, title="Workshop on standards", intro="Nothing about the topic.")
    DevelopmentFactory(title="AI regulation bill", summary="A bill in Japan.")

    html = search(client, "regulation")

    assert section_headings(html) == ["pages", "developments"]
    titles = result_titles(html)
    assert set(titles[:2]) == {"Risk-based regulation explained", "Ministers meet"}
    assert titles[2:] == ["AI regulation bill"]
    assert "3 results" in html
    assert "2 pages, 1 policy development" in html
    assert "Workshop on standards" not in html


def test_matches_are_marked_in_titles_and_snippets(client, home):
    make_news(
        home,
        title="Regulation of AI in Korea",
        intro="Korea's Basic Act brings new regulations for high-impact AI.",
    )
    DevelopmentFactory(
        title="Framework Act on AI",
        summary="Korea adopts a regulation of high-impact AI systems.",
    )

    html = search(client, "regulation")

    assert '<a href="/news/' in html
    assert "<mark>Regulation</mark> of AI in Korea" in html
    assert "brings new <mark>regulations</mark> for" in html
    assert "Korea adopts a <mark>regulation</mark> of" in html


def test_snippets_of_long_summaries_centre_on_the_match(client, home):
    summary = "Background. " * 60 + "Here the sandbox rules appear. " + "End. " * 60
    DevelopmentFactory(title="A long development", summary=summary)

    html = search(client, "sandbox")

    (snippet,) = re.findall(r'class="search-result__snippet">(.*?)</p>', html)
    assert "<mark>sandbox</mark>" in snippet
    assert snippet.startswith("…")
    assert snippet.endswith("…")
    assert len(re.sub(r"<[^>]+>", "", snippet)) < 300


def test_markup_in_content_is_escaped_before_marking(client, home):
    DevelopmentFactory(
        title="<script>alert(1)</script> AI code",
        summary="A <b>bold</b> code of conduct.",
    )

    html = search(client, "code")

    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; AI <mark>code</mark>" in html
    assert "A &lt;b&gt;bold&lt;/b&gt; <mark>code</mark> of conduct." in html


def test_markup_in_the_query_is_escaped(client, home):
    query = '<img src=x onerror="alert(2)"> code'

    html = search(client, query)

    assert "<img src=x" not in html
    assert escape(query) in html


def test_paginates_across_groups(client, home):
    for n in range(3):
        make_explainer(home, title=f"Sandbox explainer {n}")
    for n in range(25):
        DevelopmentFactory(title=f"Sandbox rule {n:02d}")

    first = search(client, "sandbox")
    second = search(client, "sandbox", page=2)

    assert "28 results" in first
    assert section_headings(first) == ["pages", "developments"]
    assert len(result_titles(first)) == SEARCH_RESULTS_PER_PAGE
    assert section_headings(second) == ["developments"]
    assert len(result_titles(second)) == 28 - SEARCH_RESULTS_PER_PAGE
    assert not set(result_titles(first)) & set(result_titles(second))
    assert 'rel="next"' in first
    assert 'rel="prev"' in second
    assert "Page 2 of 2" in second


@pytest.mark.parametrize("page", ["99", "-1", "0", "abc", "1.5", ""])
def test_a_page_out_of_range_shows_a_real_page(client, home, page):
    for n in range(25):
        DevelopmentFactory(title=f"Sandbox rule {n:02d}")

    html = search(client, "sandbox", page=page)

    assert result_titles(html)


def test_type_narrows_to_one_group(client, home):
    make_explainer(home, title="Sandbox explainer")
    DevelopmentFactory(title="Sandbox rule")

    html = search(client, "sandbox", type="developments")

    assert result_titles(html) == ["Sandbox rule"]
    assert 'type=pages">Pages (1)' in html
    # An unknown type shows everything.
    assert len(result_titles(search(client, "sandbox", type="bogus"))) == 2


def test_only_live_public_pages(client, home):
    make_news(home, title="Published sandbox news")
    make_news(home, title="Draft sandbox news", live=False)
    private = make_standard_page(home, title="Private sandbox notes")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    staff_only = make_explainer(home, title="Staff sandbox explainer")
    PageViewRestriction.objects.create(
        page=staff_only, restriction_type=PageViewRestriction.LOGIN
    )

    html = search(client, "sandbox")

    assert result_titles(html) == ["Published sandbox news"]
    assert "Draft sandbox" not in html
    assert "Private sandbox" not in html
    assert "Staff sandbox" not in html


def test_only_published_developments(client, home):
    DevelopmentFactory(title="Published sandbox rule")
    DevelopmentFactory(
        title="Candidate sandbox rule",
        review_status=PolicyDevelopment.ReviewStatus.CANDIDATE,
    )
    DevelopmentFactory(
        title="Dismissed sandbox rule",
        review_status=PolicyDevelopment.ReviewStatus.DISMISSED,
    )
    DevelopmentFactory(
        title="Published sandbox guideline",
        internal_analysis="Sandbox analysis: SECRET-ANALYSIS",
    )

    html = search(client, "sandbox")

    assert sorted(result_titles(html)) == [
        "Published sandbox guideline",
        "Published sandbox rule",
    ]
    assert "SECRET-ANALYSIS" not in html
    assert "No results" in search(client, "SECRET-ANALYSIS")


def test_only_public_meetings_by_their_public_fields(visitor, home):
    data = make_confidential_mix()

    html = search(visitor, "dialogue")

    assert result_titles(html) == ["Public AI dialogue"]
    assert section_headings(html) == ["meetings"]
    assert f'href="/partners/{data["partner"].slug}/"' in html
    assert "PUBLIC-<mark>SUMMARY</mark>" in search(visitor, "summary")
    assert_no_secrets(search(visitor, "summary"))
    for secret in SECRETS:
        html = search(visitor, secret)
        assert "No results" in html, secret
        assert_no_secrets(html.replace(escape(secret), ""))


def test_meetings_of_inactive_partners_have_no_page_to_link_to(client, home):
    MeetingFactory(
        title="Sandbox dialogue",
        partners=[PartnerFactory(slug="gone", name="Gone", active=False)],
    )

    assert "No results" in search(client, "sandbox")


def test_no_results_page_suggests_where_to_go(client, home):
    make_explainer(home, title="Risk-based regulation explained")
    DevelopmentFactory(title="AI strategy", topics=["Generative AI", "Standards"])

    html = search(client, "xylophone")

    assert "No results for “xylophone”" in html
    assert "Check the spelling" in html
    assert 'href="/tracker/"' in html
    assert 'href="/explainers/"' in html
    assert 'href="/tracker/?topic=generative-ai">Generative AI</a>' in html
    assert "search-result" not in html


def test_a_very_long_query_is_shortened_with_a_message(client, home):
    DevelopmentFactory(title="Sandbox rule")
    query = "sandbox " + "x" * 500

    html = search(client, query)

    assert "only its first 200 characters were used" in html
    main = html[html.index("<main") :]
    assert f'value="sandbox {"x" * 192}"' in main
    assert "x" * 193 not in main


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced quote',
        "'",
        "*",
        "AI*",
        "NEAR(AI act)",
        "AI AND OR NOT",
        "-",
        "--",
        "-AI",
        "^~:()[]{}",
        "title:AI",
        "live:false",
        "a\x00b",
        "%_%",
        "\\",
        "the",
        "人工知能",
        "인공지능 규제",
        "😀",
    ],
)
def test_odd_queries_never_fail(client, home, query):
    make_explainer(home, title="Artificial intelligence explained")
    DevelopmentFactory(title="AI strategy")

    response = client.get(URL, {"q": query})

    assert response.status_code == 200


def test_cjk_terms_are_found_and_marked(client, home):
    DevelopmentFactory(title="AI戦略", summary="人工知能の規制について。")

    html = search(client, "規制")

    assert "人工知能の<mark>規制</mark>について。" in html


def test_japanese_and_korean_pages_are_found_by_words_inside_sentences(client, home):
    explainer = make_explainer(home, title="What the AI Act means")
    japanese = Locale.objects.get_or_create(language_code="ja")[0]
    translation = explainer.copy_for_translation(japanese, copy_parents=True)
    translation.title = "AI法が意味すること"
    translation.intro = "市民にとってのリスクに基づく規制。"
    translation.body = [
        ("paragraph", "<p>高リスクのAIシステムには透明性が求められます。</p>")
    ]
    translation.save_revision().publish()
    korean = Locale.objects.get_or_create(language_code="ko")[0]
    translation = explainer.copy_for_translation(korean, copy_parents=True)
    translation.title = "인공지능법의 의미"
    translation.save_revision().publish()

    in_intro = client.get("/ja/search/", {"q": "規制"}).content.decode()
    in_body = client.get("/ja/search/", {"q": "透明性"}).content.decode()
    both = client.get("/ja/search/", {"q": "透明性 規制"}).content.decode()
    with_particle = client.get("/ko/search/", {"q": "인공지능법"}).content.decode()

    assert result_titles(in_intro) == ["AI法が意味すること"]
    assert "リスクに基づく<mark>規制</mark>。" in in_intro
    assert result_titles(in_body) == ["AI法が意味すること"]
    assert result_titles(both) == ["AI法が意味すること"]
    assert result_titles(with_particle) == ["인공지능법의 의미"]
    assert "<mark>인공지능법</mark>의 의미" in with_particle
    # Still only the visitor's language.
    elsewhere = client.get("/ja/search/", {"q": "인공지능법"}).content.decode()
    assert result_titles(elsewhere) == []


def test_pages_in_another_language_stay_in_their_language(client, home):
    explainer = make_explainer(home, title="Sandbox explainer")
    french = Locale.objects.get_or_create(language_code="fr")[0]
    translation = explainer.copy_for_translation(french, copy_parents=True)
    translation.title = "Explication des bacs à sable (sandbox)"
    translation.save_revision().publish()

    english = search(client, "sandbox")
    response = client.get("/fr/search/", {"q": "sandbox"})

    assert result_titles(english) == ["Sandbox explainer"]
    assert response.status_code == 200
    assert result_titles(response.content.decode()) == [
        "Explication des bacs à sable (sandbox)"
    ]


def _content(home, size):
    partner = PartnerFactory(slug="japan", name="Japan")
    for n in range(size):
        make_explainer(home, title=f"Sandbox explainer {n}")
        make_news(home, title=f"Sandbox news {n}")
        make_event(home, title=f"Sandbox event {n}")
        make_standard_page(home, title=f"Sandbox page {n}")
        DevelopmentFactory(title=f"Sandbox rule {n}", topics=["Sandboxes"])
        MeetingFactory(title=f"Sandbox dialogue {n}", partners=[partner])


@pytest.mark.parametrize("size", [1, 12])
@pytest.mark.parametrize("page", [1, 2, 3])
def test_search_takes_a_constant_number_of_queries(
    client, home, django_assert_max_num_queries, size, page
):
    _content(home, size)

    with django_assert_max_num_queries(22):
        html = search(client, "sandbox", page=page)

    assert result_titles(html)


def test_no_results_take_a_constant_number_of_queries(
    client, home, django_assert_max_num_queries
):
    _content(home, 5)

    with django_assert_max_num_queries(16):
        html = search(client, "xylophone")

    assert "No results" in html
