"""Pages for tests: the site's sections under the demo HomePage, and pages in them."""

import datetime as dt
import itertools

from django.utils import timezone

from outreach.models import (
    EventIndexPage,
    EventPage,
    ExplainerIndexPage,
    ExplainerPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)

_counter = itertools.count(1)


def _section(home, model, slug, title):
    existing = model.objects.child_of(home).first()
    return existing or home.add_child(instance=model(title=title, slug=slug))


def sections(home) -> dict:
    """The explainer, news and event indexes under `home` (made once)."""
    return {
        "explainers": _section(home, ExplainerIndexPage, "explainers", "Explainers"),
        "news": _section(home, NewsIndexPage, "news", "News"),
        "events": _section(home, EventIndexPage, "events", "Events"),
    }


def _paragraph(text):
    return [("paragraph", f"<p>{text}</p>")]


def make_explainer(home, **fields) -> ExplainerPage:
    n = next(_counter)
    fields.setdefault("title", f"Explainer {n}")
    fields.setdefault("slug", f"explainer-{n}")
    fields.setdefault("intro", "What this explainer is about.")
    fields.setdefault("body", [("heading", "Why it matters"), *_paragraph("Text.")])
    return sections(home)["explainers"].add_child(instance=ExplainerPage(**fields))


def make_news(home, **fields) -> NewsPage:
    n = next(_counter)
    fields.setdefault("title", f"News item {n}")
    fields.setdefault("slug", f"news-{n}")
    fields.setdefault("intro", "What happened.")
    fields.setdefault("date", timezone.localdate() - dt.timedelta(days=n))
    fields.setdefault("body", _paragraph("The news in full."))
    return sections(home)["news"].add_child(instance=NewsPage(**fields))


def make_event(home, *, days_ahead=30, **fields) -> EventPage:
    n = next(_counter)
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=days_ahead)
    fields.setdefault("title", f"Event {n}")
    fields.setdefault("slug", f"event-{n}")
    fields.setdefault("intro", "What the event is about.")
    fields.setdefault("start", start)
    fields.setdefault("end", start + dt.timedelta(hours=3))
    fields.setdefault("time_zone", "Europe/Brussels")
    fields.setdefault("venue", "Brussels")
    return sections(home)["events"].add_child(instance=EventPage(**fields))


def make_standard_page(home, **fields) -> StandardPage:
    n = next(_counter)
    fields.setdefault("title", f"Page {n}")
    fields.setdefault("slug", f"page-{n}")
    return home.add_child(instance=StandardPage(**fields))
