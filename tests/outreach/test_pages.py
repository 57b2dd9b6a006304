"""The public site's page types: where editors may put them, what they validate,
what they show, and a query count that does not grow with the number of pages."""

import datetime as dt
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from monitoring.models import PolicyDevelopment
from outreach import page_cache
from outreach.blocks import CaptionedImageBlock
from outreach.models import (
    EventPage,
    ExplainerPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    SiteSettings,
    StandardPage,
)
from outreach.models.pages import RelatedExplainer
from tests.monitoring.factories import DevelopmentFactory
from tests.outreach.factories import (
    make_event,
    make_explainer,
    make_news,
    make_standard_page,
    sections,
)

# The bound for a Wagtail page rendered without the page cache.
UNCACHED_MAX_QUERIES = 12


def get(url: str) -> BeautifulSoup:
    response = Client().get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def make_image(title="Picture"):
    output = io.BytesIO()
    PILImage.new("RGB", (640, 360), "#003399").save(output, format="PNG")
    image = get_image_model()(
        title=title, file=ImageFile(io.BytesIO(output.getvalue()), name="p.png")
    )
    image.save()
    return image


def json_ld(soup: BeautifulSoup) -> list[dict]:
    return [
        json.loads(script.string)
        for script in soup.select('script[type="application/ld+json"]')
    ]


# --- where pages may go ---------------------------------------------------------


def test_each_page_type_has_its_place(seeded):
    home = seeded["home"]
    index = sections(home)

    assert not NewsPage.can_create_at(home)
    assert NewsPage.can_create_at(index["news"])
    assert not ExplainerPage.can_create_at(home)
    assert not ExplainerPage.can_create_at(index["news"])
    assert ExplainerPage.can_create_at(index["explainers"])
    assert not EventPage.can_create_at(index["explainers"])
    assert EventPage.can_create_at(index["events"])
    assert StandardPage.can_create_at(home)
    # One index of each kind, one home page.
    assert not NewsIndexPage.can_create_at(home)
    assert not HomePage.can_create_at(Page.get_first_root_node())
    assert not HomePage.can_create_at(home)


def test_an_editor_cannot_add_a_news_item_under_the_home_page(client_for, seeded):
    home = seeded["home"]
    client = client_for("comms@example.org")

    response = client.get(f"/admin/pages/add/outreach/newspage/{home.pk}/")

    assert response.status_code in {302, 403}
    assert not NewsPage.objects.exists()


def test_images_need_alt_text(seeded):
    image = make_image()
    block = CaptionedImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))

    page = NewsPage(title="N", slug="n", intro="I", listing_image=image)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "listing_image_alt" in error.value.message_dict


def test_an_event_ends_after_it_starts(seeded):
    start = timezone.now()
    page = EventPage(
        title="E", slug="e", intro="I", venue="Brussels", start=start, end=start
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end" in error.value.message_dict

    event = make_event(seeded["home"])
    EventPage.objects.filter(pk=event.pk)
    with pytest.raises(IntegrityError), transaction.atomic():
        EventPage.objects.filter(pk=event.pk).update(end=event.start)


# --- what pages show --------------------------------------------------------------


def test_an_explainer_has_a_table_of_contents_and_faq_data(seeded):
    home = seeded["home"]
    make_explainer(
        home,
        slug="rights",
        title="AI and rights",
        body=[
            ("heading", "What the law says"),
            ("paragraph", "<p>Text.</p>"),
            ("heading", "Where to complain"),
            ("paragraph", "<p>More text.</p>"),
            ("faq", [{"question": "Is AI banned?", "answer": "<p>No.</p>"}]),
        ],
    )

    soup = get("/explainers/rights/")

    toc = [(a["href"], a.get_text()) for a in soup.select("nav.toc a")]
    assert toc == [
        ("#what-the-law-says", "What the law says"),
        ("#where-to-complain", "Where to complain"),
        ("#questions-and-answers", "Questions and answers"),
    ]
    for anchor, _title in toc:
        assert soup.find(id=anchor[1:]).name == "h2"
    faq = next(data for data in json_ld(soup) if data["@type"] == "FAQPage")
    assert faq["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Is AI banned?",
            "acceptedAnswer": {"@type": "Answer", "text": "No."},
        }
    ]
    assert "minute read" in soup.select_one(".facts-line").get_text()


def test_the_policy_development_block_shows_the_current_stage(seeded):
    development = DevelopmentFactory(
        title="Korea AI Basic Act", stage=PolicyDevelopment.Stage.PROPOSED
    )
    make_explainer(seeded["home"], slug="korea", body=[("development", development)])
    card = get("/explainers/korea/").select_one(".development-card")
    assert "Korea AI Basic Act" in card.get_text()
    assert "Proposed" in card.select_one(".dev-stage").get_text()

    development.stage = PolicyDevelopment.Stage.IN_FORCE
    development.save()
    page_cache.clear()  # what the commit of that change does

    card = get("/explainers/korea/").select_one(".development-card")
    assert card.select_one(".dev-stage").get_text(strip=True) == "In force"


def test_a_development_no_longer_published_leaves_no_trace(seeded):
    development = DevelopmentFactory(
        title="Withdrawn entry",
        review_status=PolicyDevelopment.ReviewStatus.DISMISSED,
    )
    make_explainer(seeded["home"], slug="gone", body=[("development", development)])

    assert "Withdrawn entry" not in get("/explainers/gone/").get_text()


def test_events_are_split_into_upcoming_and_past(seeded):
    home = seeded["home"]
    make_event(home, title="Next workshop", days_ahead=10)
    make_event(home, title="Old seminar", days_ahead=-40)

    soup = get("/events/")

    upcoming = soup.find(id="upcoming-heading").find_parent("section")
    past = soup.find(id="past-heading").find_parent("section")
    assert "Next workshop" in upcoming.get_text()
    assert "Old seminar" not in upcoming.get_text()
    assert "Old seminar" in past.get_text()
    assert "Next workshop" not in past.get_text()


def test_an_event_page_gives_its_local_time_and_event_data(seeded):
    start = dt.datetime(2030, 1, 20, 4, 30, tzinfo=dt.UTC)  # 13:30 in Tokyo
    make_event(
        seeded["home"],
        slug="tokyo",
        title="Tokyo workshop",
        start=start,
        end=start + dt.timedelta(hours=4),
        time_zone="Asia/Tokyo",
        venue="Tokyo, Japan",
        registration_url="https://example.org/register",
    )

    soup = get("/events/tokyo/")

    facts = soup.select_one(".event-facts").get_text(" ", strip=True)
    assert "13:30" in facts
    assert "Tokyo time (JST)" in facts
    assert "Tokyo, Japan" in facts
    assert soup.select_one('a[href="https://example.org/register"]')
    event = next(data for data in json_ld(soup) if data["@type"] == "Event")
    assert event["startDate"] == "2030-01-20T13:30:00+09:00"
    assert event["location"]["name"] == "Tokyo, Japan"


def test_a_news_item_has_breadcrumbs_and_sharing_metadata(seeded):
    image = make_image()
    make_news(
        seeded["home"],
        slug="launch",
        title="Site launched",
        listing_image=image,
        listing_image_alt="A blue square",
    )

    soup = get("/news/launch/")

    crumbs = [a.get_text() for a in soup.select("nav.breadcrumbs a")]
    assert crumbs == ["Home", "News", "Site launched"]
    assert soup.select_one('nav.breadcrumbs a[aria-current="page"]')
    assert soup.select_one('link[rel="canonical"]')["href"].endswith("/news/launch/")
    assert soup.select_one('meta[property="og:type"]')["content"] == "article"
    assert soup.select_one('meta[property="og:image:alt"]')["content"] == (
        "A blue square"
    )
    assert soup.select_one('meta[name="twitter:card"]')["content"] == (
        "summary_large_image"
    )
    article = next(d for d in json_ld(soup) if d["@type"] == "NewsArticle")
    assert article["headline"] == "Site launched"
    # The header image: modern formats with srcset, width and height set.
    picture = soup.select_one(".page-hero picture")
    types = {source["type"] for source in picture.select("source")}
    assert {"image/avif", "image/webp"} <= types
    img = picture.img
    assert img["alt"] == "A blue square"
    assert img["width"]
    assert img["height"]
    assert img["srcset"]


def test_a_pictures_new_focal_point_and_alt_text_show_on_the_next_request(seeded):
    image = make_image()
    news = make_news(
        seeded["home"],
        slug="launch",
        title="Site launched",
        listing_image=image,
        listing_image_alt="A blue square",
    )
    get("/news/launch/")  # makes the renditions
    before = get("/news/launch/").select_one(".page-hero picture img")

    image.focal_point_x, image.focal_point_y = 600, 40
    image.focal_point_width = image.focal_point_height = 20
    image.save()
    news.listing_image_alt = "The blue square, cropped"
    news.save_revision().publish()
    after = get("/news/launch/").select_one(".page-hero picture img")

    assert after["alt"] == "The blue square, cropped"
    # Cropped around the new focal point: other renditions, other files.
    assert after["src"] != before["src"]
    assert set(after["srcset"].split(", ")).isdisjoint(before["srcset"].split(", "))
    assert get("/news/launch/").select_one(".page-hero picture img") == after


def test_menu_and_footer_come_from_the_tree_and_site_settings(seeded):
    home = seeded["home"]
    sections(home)
    privacy = make_standard_page(home, title="Privacy statement", slug="privacy")
    legal = make_standard_page(home, title="Legal notice", slug="legal-notice")
    about = make_standard_page(home, title="About us", slug="about")
    Page.objects.filter(pk__in=[p.pk for p in Page.objects.child_of(home)]).update(
        show_in_menus=True
    )
    Page.objects.filter(pk__in=[privacy.pk, legal.pk]).update(show_in_menus=False)
    SiteSettings.objects.update_or_create(
        site=home.get_site(),
        defaults={
            "contact_email": "contact@example.eu",
            "privacy_page": privacy,
            "legal_notice_page": legal,
            "mastodon_url": "https://social.example.eu/@us",
        },
    )

    soup = get("/")

    menu = [a.get_text() for a in soup.select("#site-nav-list a")]
    assert menu[:4] == ["Explainers", "News", "Events", "About us"]
    footer = soup.select_one("footer")
    legal_links = [
        (a.get_text(), a["href"]) for a in footer.select(".site-footer__legal-links a")
    ]
    assert legal_links == [
        ("Legal notice", "/legal-notice/"),
        ("Privacy statement", "/privacy/"),
    ]
    assert footer.select_one('a[href="mailto:contact@example.eu"]')
    assert footer.select_one('a[href="https://social.example.eu/@us"]')
    assert about.title in menu


def test_the_home_page_shows_each_section(seeded):
    home = seeded["home"]
    explainer = make_explainer(home, title="What the AI Act means for you")
    home.featured_explainers.create(explainer=explainer)
    home.save_revision().publish()
    make_news(home, title="Fresh news")
    make_event(home, title="Coming event", days_ahead=5)
    DevelopmentFactory(title="Japan AI Promotion Act")

    soup = get("/")

    assert (
        "What the AI Act means for you"
        in soup.find(id="featured-heading").find_parent("section").get_text()
    )
    assert (
        "Fresh news" in soup.find(id="news-heading").find_parent("section").get_text()
    )
    assert (
        "Coming event"
        in soup.find(id="events-heading").find_parent("section").get_text()
    )
    assert (
        "Japan AI Promotion Act"
        in soup.find(id="tracker-heading").find_parent("section").get_text()
    )


# --- queries ----------------------------------------------------------------------


def fill(home, count: int, image) -> dict:
    """`count` pages of each kind, with images, related explainers and topics."""
    pages = {"explainers": [], "news": [], "events": []}
    for n in range(count):
        explainer = make_explainer(
            home,
            listing_image=image,
            listing_image_alt="A square",
            body=[
                ("heading", "One"),
                ("paragraph", "<p>Text.</p>"),
                ("image", {"image": image, "alt_text": "A square", "caption": ""}),
                ("development", DevelopmentFactory()),
                ("faq", [{"question": "Q?", "answer": "<p>A.</p>"}]),
            ],
        )
        explainer.topics.add(f"topic {n}", "shared")
        explainer.save()
        pages["explainers"].append(explainer)
        pages["news"].append(
            make_news(home, listing_image=image, listing_image_alt="A")
        )
        pages["events"].append(
            make_event(
                home,
                days_ahead=10 * (n + 1) * (1 if n % 2 else -1),
                listing_image=image,
                listing_image_alt="A",
            )
        )
    first = pages["explainers"][0]
    if not first.related_explainers.exists():
        first.related_explainers = [
            RelatedExplainer(explainer=other) for other in pages["explainers"][1:4]
        ]
        first.save()
    if not home.featured_explainers.exists():
        for explainer in pages["explainers"][:4]:
            home.featured_explainers.create(explainer=explainer)
        home.save_revision().publish()
    return pages


@pytest.mark.parametrize(
    "kind", ["home", "explainer", "explainers", "news", "event", "events"]
)
def test_pages_take_a_constant_number_of_queries_uncached(
    seeded, django_assert_max_num_queries, kind
):
    """Measured as on the first request after a publish: the page cache and the
    navigation start a new generation; images already have their renditions."""
    home = seeded["home"]
    image = make_image()
    client = Client()

    def url_for(pages):
        return {
            "home": "/",
            "explainer": pages["explainers"][0].url,
            "explainers": "/explainers/",
            "news": "/news/",
            "event": pages["events"][0].url,
            "events": "/events/",
        }[kind]

    pages = fill(home, 3, image)
    url = url_for(pages)
    assert client.get(url).status_code == 200  # makes the renditions
    page_cache.clear()
    with django_assert_max_num_queries(UNCACHED_MAX_QUERIES) as small:
        assert client.get(url).status_code == 200

    pages = fill(home, 9, image)
    client.get(url)
    page_cache.clear()
    with django_assert_max_num_queries(UNCACHED_MAX_QUERIES) as large:
        response = client.get(url)
    assert response.status_code == 200
    assert len(large) == len(small)


def test_pages_in_a_private_section_stay_out_of_every_listing(seeded):
    """A page restricted itself, or below a restricted page, is listed nowhere
    on the public pages: not as a featured or related explainer, not among the
    latest news or upcoming events, not in the indexes."""
    home = seeded["home"]
    public = make_explainer(home, title="Open explainer")
    hidden = make_explainer(home, title="Restricted explainer")
    home.featured_explainers.create(explainer=public)
    home.featured_explainers.create(explainer=hidden)
    home.save_revision().publish()
    reader = make_explainer(home, title="Reading explainer")
    reader.related_explainers = [
        RelatedExplainer(explainer=public),
        RelatedExplainer(explainer=hidden),
    ]
    reader.save_revision().publish()
    make_news(home, title="Restricted news")
    make_event(home, title="Restricted event", days_ahead=5)
    make_event(home, title="Open event")
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    PageViewRestriction.objects.create(  # the whole news section
        page=sections(home)["news"], restriction_type=PageViewRestriction.LOGIN
    )
    PageViewRestriction.objects.create(
        page=Page.objects.get(title="Restricted event"),
        restriction_type=PageViewRestriction.LOGIN,
    )

    pages = {
        path: Client().get(path).text
        for path in ["/", reader.url, "/explainers/", "/events/"]
    }

    assert "Open explainer" in pages["/"]
    assert "Open explainer" in pages[reader.url]
    assert "Open explainer" in pages["/explainers/"]
    assert "Open event" in pages["/"]
    assert "Open event" in pages["/events/"]
    # The only news item is in the restricted section: the home page has none.
    assert "No news has been published yet." in pages["/"]
    for path, html in pages.items():
        for title in ["Restricted explainer", "Restricted news", "Restricted event"]:
            assert title not in html, (path, title)
