"""The public site's demo content: the whole site, made once."""

from bs4 import BeautifulSoup
from django.test import Client
from icalendar import Calendar
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Page

from dialogues.demo import create_demo_dialogues
from monitoring.demo import create_demo_monitoring
from outreach.demo import create_demo_site, draw_image, label_font
from outreach.demo_content import IMAGES
from outreach.models import (
    EventPage,
    ExplainerPage,
    NewsPage,
    SiteSettings,
    StandardPage,
)


def snapshot() -> dict:
    return {
        "pages": sorted(
            Page.objects.values_list("id", "path", "title", "live_revision_id")
        ),
        "images": sorted(get_image_model().objects.values_list("id", "file")),
        "settings": list(SiteSettings.objects.values()),
    }


def test_the_demo_site_is_complete_and_made_once(db):
    """One test: seeding the demo takes a while."""
    create_demo_monitoring()
    create_demo_dialogues()
    home = create_demo_site()
    first = snapshot()
    create_demo_site()

    assert snapshot() == first
    assert ExplainerPage.objects.live().filter(locale__language_code="en").count() == 8
    assert NewsPage.objects.live().filter(locale__language_code="en").count() == 10
    assert EventPage.objects.live().filter(locale__language_code="en").count() == 6
    standard = StandardPage.objects.filter(locale__language_code="en")
    assert set(standard.values_list("slug", flat=True)) == {
        "about",
        "contact",
        "legal-notice",
        "privacy",
        "accessibility",
    }
    assert get_image_model().objects.count() == 8
    assert home.featured_explainers.count() == 4
    settings = SiteSettings.objects.get()
    assert settings.privacy_page.slug == "privacy"
    assert settings.accessibility_page.slug == "accessibility"
    assert settings.legal_notice_page.slug == "legal-notice"
    assert settings.social_links

    # Every explainer has an image with alt text and the blocks the site offers.
    for explainer in ExplainerPage.objects.filter(locale__language_code="en"):
        assert explainer.listing_image
        assert explainer.listing_image_alt
        kinds = {block.block_type for block in explainer.body}
        assert "takeaways" in kinds
        assert "heading" in kinds
        for block in explainer.body:
            if block.block_type == "callout":
                assert block.value["text"].source.startswith("<p>")
    assert any(
        block.block_type == "development"
        for explainer in ExplainerPage.objects.all()
        for block in explainer.body
    )

    # The calendar lists each event once: the Tokyo workshop of 20 January
    # 2027 is a dialogue meeting, not also an event page.
    response = Client().get("/events/calendar.ics")

    events = Calendar.from_ical(response.content).walk("VEVENT")
    starts = [
        (str(event.decoded("dtstart")), str(event.get("location", "")))
        for event in events
    ]
    assert len(starts) == len(set(starts))
    tokyo = [
        event
        for event in events
        if str(event.decoded("dtstart")).startswith("2027-01-20")
    ]
    assert len(tokyo) == 1

    # The privacy statement stays true.
    text = BeautifulSoup(Client().get("/privacy/").content, "html.parser").get_text()

    assert "no cookie banner" in text
    assert "not in a cookie" in text


def test_every_demo_image_label_fits_in_the_picture():
    canvas = PILImage.new("RGB", (1600, 900))
    draw = ImageDraw.Draw(canvas)

    for key, spec in IMAGES.items():
        _font, width = label_font(draw, spec["label"], max_width=1400)
        # Drawn from x = 100 on a band from 60 to 40 px past the text.
        assert 100 + width <= 1600 - 100, key

    # The longest label is drawn smaller, not cut off at the right edge.
    longest = max((spec["label"] for spec in IMAGES.values()), key=len)
    full_size = ImageFont.load_default(size=76)
    box = draw.textbbox((0, 0), longest, font=full_size)
    assert box[2] - box[0] > 1400
    assert draw_image(IMAGES["risk-pyramid"]).startswith(b"\x89PNG")
