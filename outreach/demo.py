"""Demo content of the public site, for `seed_demo`: the texts are in
`outreach.demo_content`, the images are drawn here with Pillow."""

import datetime
import io
import math
from zoneinfo import ZoneInfo

from django.core.files.images import ImageFile
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from dialogues.models import Partner
from monitoring.models import PolicyDevelopment

from .demo_content import EVENTS, EXPLAINERS, IMAGES, NEWS, STANDARD_PAGES
from .demo_translations import create_demo_translations
from .models import (
    EventIndexPage,
    EventPage,
    ExplainerIndexPage,
    ExplainerPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    SiteSettings,
    StandardPage,
)
from .models.pages import HomePageFeaturedExplainer, RelatedExplainer

HOME_INTRO = (
    "The European Union works with partners around the world for artificial "
    "intelligence that is trustworthy, safe and respects people's rights."
)
HOME_BODY = (
    "<p>The International Outreach for Human-Centric AI programme supports the "
    "EU's policy dialogues on AI with Japan, Canada, Australia and the Republic "
    "of Korea, tracks how AI policy develops worldwide, and explains what "
    "human-centric, trustworthy AI means for citizens.</p>"
)


def create_site() -> HomePage:
    """Make a HomePage the default site's root, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's "Welcome to your new Wagtail site!" placeholder holds the slug.
        for placeholder in root.get_children().exact_type(Page):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home = root.add_child(
            instance=HomePage(
                title="Human-centric AI, together with our partners",
                slug="home",
                intro=HOME_INTRO,
                body=HOME_BODY,
            )
        )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "root_page": home,
            "site_name": "International Outreach for Human-Centric AI",
        },
    )
    return home


# --- the whole public site ------------------------------------------------------

SITE_SETTINGS = {
    "contact_email": "contact@outreach-ai.example.eu",
    "linkedin_url": "https://www.linkedin.com/company/outreach-ai-example",
    "mastodon_url": "https://social.example.eu/@outreach_ai",
    "bluesky_url": "https://bsky.app/profile/outreach-ai.example.eu",
    "youtube_url": "https://www.youtube.com/@outreach-ai-example",
}
FOOTER_PAGES = {
    "contact_page": "contact",
    "legal_notice_page": "legal-notice",
    "privacy_page": "privacy",
    "accessibility_page": "accessibility",
}
SECTION_PAGES = [
    (
        ExplainerIndexPage,
        "explainers",
        "Explainers",
        (
            "Plain-language guides to the EU's rules on artificial intelligence and "
            "to how the EU works with its partners on trustworthy AI."
        ),
    ),
    (
        NewsIndexPage,
        "news",
        "News",
        (
            "What the programme and its partners have been doing, and what changed "
            "in AI policy."
        ),
    ),
    (
        EventIndexPage,
        "events",
        "Events",
        (
            "Webinars, workshops and conferences with our partners, online and in "
            "person. All are free of charge."
        ),
    ),
]
# Explainers shown on the home page, in this order.
FEATURED = [
    "ai-act-for-citizens",
    "risk-based-regulation",
    "human-centric-ai",
    "working-with-partners-on-ai",
]
# Standard pages in the main menu (the others are linked from the footer).
IN_MENU = {"about"}
# The image of the cards of news items and events that have none of their own.
TOPIC_IMAGES = [
    ("generative AI", "content-label"),
    ("standards", "standards-blocks"),
    ("fundamental rights", "rights-scales"),
    ("risk management", "risk-pyramid"),
    ("AI Act", "ai-act-timeline"),
    ("international cooperation", "partners-map"),
]
DEFAULT_IMAGE = "human-centric"


def create_demo_site() -> HomePage:
    """The whole public site of the demo: sections, standard pages, explainers,
    news and events with their images, the home page's featured explainers and
    the site settings. Only what is missing is created; existing pages are left
    as they are, so running it twice changes nothing."""
    home = create_site()
    images = {key: _demo_image(key, spec) for key, spec in IMAGES.items()}
    sections = {
        slug: _child(home, model, slug, title=title, intro=intro, show_in_menus=True)
        for model, slug, title, intro in SECTION_PAGES
    }
    standard = {
        item["slug"]: _child(
            home,
            StandardPage,
            item["slug"],
            title=item["title"],
            intro=item["intro"],
            body=_stream(item["body"], images),
            show_in_menus=item["slug"] in IN_MENU,
        )
        for item in STANDARD_PAGES
    }
    explainers = {
        item["slug"]: _explainer(sections["explainers"], item, images)
        for item in EXPLAINERS
    }
    _relate_explainers(explainers)
    for item in NEWS:
        _news(sections["news"], item, images)
    for item in EVENTS:
        _event(sections["events"], item, images)
    if not home.featured_explainers.exists():
        home.featured_explainers = [
            HomePageFeaturedExplainer(explainer=explainers[slug], sort_order=index)
            for index, slug in enumerate(FEATURED)
            if slug in explainers
        ]
        home.save_revision().publish()
    _site_settings(home, standard)
    create_demo_translations()
    return home


def _child(parent, model, slug: str, *, topics=(), partners=None, **fields):
    """The `model` page at `slug` under `parent`, made and published (with a
    revision, as an editor would) if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = parent.add_child(instance=model(slug=slug, **fields))
    if topics:
        page.topics.set(list(topics))
    if partners is not None:
        page.partners.set(partners)
    page.save_revision().publish()
    return page


def _explainer(index, item: dict, images: dict) -> ExplainerPage:
    body = _stream(item["body"], images)
    if item.get("takeaways"):
        body.insert(
            0, ("takeaways", {"title": "Key takeaways", "items": item["takeaways"]})
        )
    first_image = next((value for kind, value in item["body"] if kind == "image"), None)
    page = _child(
        index,
        ExplainerPage,
        item["slug"],
        title=item["title"],
        intro=item["intro"],
        body=body,
        last_reviewed=datetime.date.fromisoformat(item["last_reviewed"]),
        topics=item.get("topics", []),
        **_listing_image(first_image or _topic_image(item), images),
    )
    return page


def _news(index, item: dict, images: dict) -> NewsPage:
    first_image = next((value for kind, value in item["body"] if kind == "image"), None)
    page = _child(
        index,
        NewsPage,
        item["slug"],
        title=item["title"],
        intro=item["intro"],
        date=datetime.date.fromisoformat(item["date"]),
        body=_stream(item["body"], images),
        topics=item.get("topics", []),
        **_listing_image(first_image or _topic_image(item), images),
    )
    return page


def _event(index, item: dict, images: dict) -> EventPage:
    zone = ZoneInfo(item["time_zone"])
    return _child(
        index,
        EventPage,
        item["slug"],
        title=item["title"],
        intro=item["intro"],
        start=datetime.datetime.fromisoformat(item["start"]).replace(tzinfo=zone),
        end=datetime.datetime.fromisoformat(item["end"]).replace(tzinfo=zone),
        time_zone=item["time_zone"],
        venue=item["venue"],
        is_online=item["online"],
        registration_url=item["registration_url"],
        body=_stream(item["body"], images),
        topics=item.get("topics", []),
        partners=list(
            Partner.objects.filter(jurisdiction__code__in=item.get("partners", []))
        ),
        **_listing_image(_topic_image(item), images),
    )


def _topic_image(item: dict) -> dict:
    topics = item.get("topics", [])
    key = next((key for topic, key in TOPIC_IMAGES if topic in topics), DEFAULT_IMAGE)
    return {"key": key, "alt": ""}


def _image_alts() -> dict[str, str]:
    """Each image's alt text where the demo content first shows it."""
    alts: dict[str, str] = {}
    for item in [*EXPLAINERS, *NEWS, *STANDARD_PAGES]:
        for kind, value in item["body"]:
            if kind == "image":
                alts.setdefault(value["key"], value["alt"])
    return alts


def _listing_image(reference: dict | None, images: dict) -> dict:
    if not reference:
        return {}
    image = images[reference["key"]]
    return {
        "listing_image": image,
        "listing_image_alt": reference.get("alt")
        or _image_alts().get(reference["key"], IMAGES[reference["key"]]["title"]),
    }


def _relate_explainers(explainers: dict) -> None:
    for item in EXPLAINERS:
        page = explainers[item["slug"]]
        if page.related_explainers.exists():
            continue
        related = [
            explainers[slug] for slug in item.get("related", []) if slug in explainers
        ]
        if not related:
            continue
        page.related_explainers = [
            RelatedExplainer(explainer=other, sort_order=index)
            for index, other in enumerate(related)
        ]
        page.save_revision().publish()


def _rich_text(text: str) -> str:
    """Rich text from demo text: plain paragraphs (blank-line separated) are
    wrapped in <p>; text that already is HTML is kept."""
    if text.lstrip().startswith("<"):
        return text
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs)


def _stream(blocks: list, images: dict) -> list:
    """StreamField data from the demo content's (kind, value) pairs."""
    stream = []
    for kind, value in blocks:
        if kind == "image":
            stream.append(
                (
                    "image",
                    {
                        "image": images[value["key"]],
                        "alt_text": value["alt"],
                        "caption": value.get("caption", ""),
                    },
                )
            )
        elif kind == "callout":
            stream.append(
                (
                    "callout",
                    {
                        "title": value.get("title", ""),
                        "text": RichText(_rich_text(value["text"])),
                        "tone": value.get("tone", "info"),
                    },
                )
            )
        elif kind == "faq":
            stream.append(
                (
                    "faq",
                    [
                        {
                            "question": entry["question"],
                            "answer": RichText(_rich_text(entry["answer"])),
                        }
                        for entry in value
                    ],
                )
            )
        elif kind == "development":
            development = (
                PolicyDevelopment.objects.published().filter(source_url=value).first()
            )
            if development is not None:
                stream.append(("development", development))
        elif kind == "paragraph":
            stream.append(("paragraph", RichText(_rich_text(value))))
        else:
            stream.append((kind, value))
    return stream


def _demo_image(key: str, spec: dict):
    """The demo image `key`, drawn with Pillow the first time (no download)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=spec["title"]).first()
    if existing is not None:
        return existing
    content = draw_image(spec)
    image = Image(
        title=spec["title"],
        file=ImageFile(io.BytesIO(content), name=f"demo-{key}.png"),
    )
    image.save()
    return image


def draw_image(spec: dict, size: tuple[int, int] = (1600, 900)) -> bytes:
    """A simple illustration in the programme's colours: shapes for its kind,
    its label in large type."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    width, height = size
    colours = spec["colours"]
    background = colours[0]
    canvas = PILImage.new("RGB", size, background)
    draw = ImageDraw.Draw(canvas)
    accent = colours[1]
    light = colours[2] if len(colours) > 2 else "#FFFFFF"
    kind = spec["kind"]
    if kind == "timeline":
        y = height // 2
        draw.line([(120, y), (width - 120, y)], fill=light, width=10)
        steps = 5
        for step in range(steps):
            x = 160 + step * (width - 320) // (steps - 1)
            draw.ellipse([x - 34, y - 34, x + 34, y + 34], fill=accent)
    elif kind == "pyramid":
        draw.rectangle([0, 0, width, height], fill="#F5F7FB")
        levels = len(colours)
        top, bottom = 120, height - 120
        for level, colour in enumerate(colours):
            y0 = top + level * (bottom - top) // levels
            y1 = top + (level + 1) * (bottom - top) // levels - 8
            half0 = (y0 - top + 40) * 0.75
            half1 = (y1 - top + 40) * 0.75
            cx = width // 2
            draw.polygon(
                [
                    (cx - half0, y0),
                    (cx + half0, y0),
                    (cx + half1, y1),
                    (cx - half1, y1),
                ],
                fill=colour,
            )
    elif kind == "map":
        draw.rectangle([0, 0, width, height], fill=light)
        for x, y, r in [
            (800, 300, 90),
            (1330, 330, 60),
            (1250, 300, 45),
            (380, 250, 80),
            (1370, 700, 95),
        ]:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=background)
            draw.ellipse([x - 16, y - 16, x + 16, y + 16], fill=accent)
    elif kind == "handshake":
        for index in range(12):
            x = width // 2 + int(300 * math.cos(index * math.pi / 6))
            y = 260 + int(180 * math.sin(index * math.pi / 6))
            draw.regular_polygon((x, y, 22), 5, fill=accent)
        draw.rounded_rectangle([420, 520, 1180, 640], radius=60, fill=light)
    else:
        for index in range(6):
            r = 120 + index * 110
            draw.ellipse(
                [width - 300 - r, height // 2 - r, width - 300 + r, height // 2 + r],
                outline=accent if index % 2 else light,
                width=14,
            )
    label = spec["label"]
    font, text_width = label_font(draw, label, max_width=width - 200)
    band = (60, height - 200, 140 + text_width, height - 60)
    draw.rectangle(band, fill="#1A1A1A")
    draw.text((100, height - 180), label, font=font, fill="#FFFFFF")
    output = io.BytesIO()
    canvas.save(output, format="PNG", optimize=True)
    return output.getvalue()


LABEL_SIZE = 76
SMALLEST_LABEL_SIZE = 36


def label_font(draw, label: str, max_width: int):
    """The default font at the largest size (76 px down to 36) at which `label`
    fits in `max_width`, and the label's width in it."""
    from PIL import ImageFont

    for size in range(LABEL_SIZE, SMALLEST_LABEL_SIZE - 1, -4):
        font = ImageFont.load_default(size=size)
        box = draw.textbbox((0, 0), label, font=font)
        if box[2] - box[0] <= max_width:
            break
    return font, box[2] - box[0]


def _site_settings(home, standard: dict) -> None:
    site = Site.objects.get(root_page=home)
    settings, _created = SiteSettings.objects.get_or_create(site=site)
    changed = False
    for name, value in SITE_SETTINGS.items():
        if not getattr(settings, name):
            setattr(settings, name, value)
            changed = True
    for name, slug in FOOTER_PAGES.items():
        if getattr(settings, f"{name}_id") is None and slug in standard:
            setattr(settings, name, standard[slug])
            changed = True
    if changed:
        settings.save()
