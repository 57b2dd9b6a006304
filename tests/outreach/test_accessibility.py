"""Accessibility of the public site (WCAG 2.1 AA), checked in Debian's chromium.

axe-core (the npm package pinned in package.json, installed by `npm ci`, which
`make test` and CI run) is injected into each public page type filled with the
demo content, and every violation fails the test. Keyboard-only use of the skip
link, the main menu and the tracker's filters is driven with real key presses.
"""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from dialogues.models import Partner
from monitoring.demo import create_demo_monitoring
from monitoring.models import PolicyDevelopment
from outreach.models import (
    EventIndexPage,
    EventPage,
    ExplainerIndexPage,
    ExplainerPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)
from tests.outreach.factories import make_event, make_explainer, make_news

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0 and 2.1, levels A and AA (what the EU Web Accessibility Directive's
# standard, EN 301 549, requires), plus axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SEARCH_TERM = "AI"
# The tracker answers 400, with the form and its errors, to a filter it cannot read.
WRONG_FILTER = "/tracker/?year=someday"
# WCAG 2.1 success criterion 1.4.10 (Reflow): usable 320 CSS pixels wide.
SMALL_SCREEN = {"width": 320, "height": 640}
WIDE_SCREEN = {"width": 1400, "height": 1000}

RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(" "),
      summary: n.failureSummary,
    })),
  }));
}"""


def block_types(page) -> int:
    return len({block.block_type for block in page.body})


def public_pages() -> tuple[dict[str, str], dict[str, str]]:
    """The page types the issue names, then other public pages, from seed_demo.

    A page type the demo does not hold is made with the test factories, so its
    template is checked all the same.
    """
    call_command("seed_demo", stdout=io.StringIO())
    english = Locale.get_default()
    home = HomePage.objects.get(locale=english)
    explainers = list(
        ExplainerPage.objects.live().filter(locale=english).order_by("path")
    )
    # The explainer with the most kinds of blocks shows the most templates.
    explainer = max(explainers, key=block_types, default=None)
    explainer = explainer or make_explainer(home)
    event = EventPage.objects.live().filter(locale=english).order_by("-start").first()
    event = event or make_event(home)
    news = NewsPage.objects.live().filter(locale=english).order_by("-date").first()
    news = news or make_news(home)
    partner = Partner.objects.filter(slug="japan").first()
    partner = partner or Partner.objects.order_by("name").first()
    development = PolicyDevelopment.objects.published().order_by("pk").first()
    named = {
        "home": "/",
        "explainer": explainer.url,
        "news index": NewsIndexPage.objects.get(locale=english).url,
        "event": event.url,
        "search results": f"/search/?q={SEARCH_TERM}",
        "tracker": "/tracker/",
        "partner": f"/partners/{partner.slug}/",
    }
    others = {
        **{f"explainer {page.slug}": page.url for page in explainers},
        "explainer index": ExplainerIndexPage.objects.get(locale=english).url,
        "event index": EventIndexPage.objects.get(locale=english).url,
        "news item": news.url,
        **{
            page.slug: page.url
            for page in StandardPage.objects.live().filter(locale=english)
        },
        "search without results": "/search/?q=zzzzqqq",
        "empty search": "/search/",
        "filtered tracker": "/tracker/?stage=adopted&sort=oldest",
        "tracker with a wrong filter": WRONG_FILTER,
        "development": development.get_absolute_url(),
        "alignment": "/alignment/",
        "partner list": "/partners/",
        "newsletter sign-up": "/newsletter/subscribe/",
        "home in Japanese": "/ja/",
        "explainer in Japanese": f"/ja{explainer.url}",
        "event in Korean": f"/ko{event.url}",
        "news index in French": f"/fr{named['news index']}",
    }
    return named, others


def axe_violations(page, url: str) -> list[dict]:
    # The first request for a page makes its image renditions: slow on a busy machine.
    response = page.goto(url, timeout=90_000)
    expected = 400 if url == WRONG_FILTER else 200
    assert response.status == expected, f"{url} answered {response.status}"
    page.add_script_tag(path=str(AXE))
    return page.evaluate(RUN_AXE, AXE_TAGS)


def report(found: dict[str, list[dict]]) -> str:
    lines = []
    for where, violations in found.items():
        for violation in violations:
            lines.append(
                f"{where}: {violation['id']} ({violation['impact']}): "
                f"{violation['help']} <{violation['helpUrl']}>"
            )
            for node in violation["nodes"]:
                lines.append(f"    {node['target']}")
                summary = node["summary"] or ""
                lines.extend(f"        {line}" for line in summary.splitlines())
    return "\n".join(lines)


@pytest.fixture
def axe_path():
    if not AXE.exists():
        pytest.fail(
            f"{AXE} is missing: run `npm ci` in the project directory "
            "(`make test` and .ci/run do it)"
        )
    return AXE


@pytest.mark.browser
def test_public_pages_have_no_axe_violations_and_reflow(
    browser_page,
    axe_path,
):
    """The pages the issue names, wide and 320 pixels wide (where they must not
    scroll sideways); the other public pages and other languages, wide."""
    named, others = public_pages()
    page = browser_page
    found = {}
    sideways = []
    for size_name, size, pages in (
        ("small", SMALL_SCREEN, named),
        ("wide", WIDE_SCREEN, named | others),
    ):
        page.set_viewport_size(size)
        for name, url in pages.items():
            violations = axe_violations(page, url)
            if name == "search results":
                # The results page itself, not the "no results" page.
                assert page.locator(".search-result").count() > 0, url
            if violations:
                found[f"{name} {url} ({size_name} screen)"] = violations
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > size["width"]:
                sideways.append(f"{name} {url}: {width} pixels wide")
    assert not found, "axe-core found violations:\n" + report(found)
    assert not sideways, "pages scroll sideways:\n" + "\n".join(sideways)


@pytest.mark.browser
def test_skip_link_is_the_first_stop_and_moves_focus_to_main(
    browser_page,
    seeded,
):
    page = browser_page
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Skip to main content"
    box = skip.bounding_box()
    assert box is not None
    assert box["x"] >= 0, "the focused skip link is off screen"
    assert box["y"] >= 0, "the focused skip link is off screen"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.evaluate("document.activeElement.tagName") == "MAIN"
    # The next Tab goes on from the main content, not back to the header.
    page.keyboard.press("Tab")
    assert page.evaluate(
        "document.getElementById('main').contains(document.activeElement)"
    )


def tab_to(page, selector: str, limit: int = 40) -> None:
    """Press Tab until the element matching `selector` has the focus."""
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{selector} never got the focus in {limit} presses of Tab")


def has_visible_focus(locator) -> bool:
    """The focused element shows the site's focus ring (a solid outline)."""
    style = locator.evaluate(
        "element => { const s = getComputedStyle(element);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    return style[0] not in ("none", "hidden") and style[1] >= 2


@pytest.mark.browser
def test_menu_opens_and_is_used_with_the_keyboard_on_a_small_screen(
    browser_page,
    seeded,
):
    page = browser_page
    page.set_viewport_size(SMALL_SCREEN)
    page.goto("/")
    toggle = page.locator(".site-nav__toggle")
    links = page.locator("#site-nav-list a")
    assert toggle.is_visible()
    assert not links.first.is_visible(), "the menu starts closed on a phone"

    tab_to(page, ".site-nav__toggle")
    assert has_visible_focus(toggle)
    assert toggle.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert links.first.is_visible()

    # Tab moves into the opened list; Escape closes it and gives the focus back.
    page.keyboard.press("Tab")
    assert links.first.evaluate("element => element === document.activeElement")
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.evaluate("element => element === document.activeElement")

    # Space opens it too; the tracker link is reached and followed with Enter.
    page.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "true"
    tab_to(page, '#site-nav-list a[href="/tracker/"]', limit=len(links.all()) + 1)
    page.keyboard.press("Enter")
    page.wait_for_url("**/tracker/")
    assert page.locator("h1").inner_text() == "AI policy tracker"


@pytest.mark.browser
def test_menu_links_are_reached_with_tab_on_a_wide_screen(
    browser_page,
    seeded,
):
    page = browser_page
    page.goto("/")
    assert not page.locator(".site-nav__toggle").is_visible()
    tab_to(page, '#site-nav-list a[href="/partners/"]')
    assert has_visible_focus(page.locator('#site-nav-list a[href="/partners/"]'))
    page.keyboard.press("Enter")
    page.wait_for_url("**/partners/")


@pytest.mark.browser
def test_tracker_filters_work_with_the_keyboard_alone(
    browser_page,
    seeded,
):
    create_demo_monitoring()
    page = browser_page
    page.goto("/tracker/")
    everything = page.locator("#results-heading").inner_text()

    tab_to(page, "#id_jurisdiction")
    assert has_visible_focus(page.locator("#id_jurisdiction"))
    # A closed <select> changes its value with the arrow keys.
    page.keyboard.press("ArrowDown")
    chosen = page.locator("#id_jurisdiction").input_value()
    assert chosen, "ArrowDown chose no jurisdiction"
    tab_to(page, '.tracker-form button[type="submit"]')
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/tracker/?*jurisdiction={chosen}*")
    filtered = page.locator("#results-heading").inner_text()
    assert filtered != everything

    # The focus can reach the results and the "clear all filters" link.
    tab_to(page, 'a:text("Clear all filters")', limit=60)
    page.keyboard.press("Enter")
    page.wait_for_url("**/tracker/")
    assert page.locator("#results-heading").inner_text() == everything
