"""Site search at /search/: live public pages in the visitor's language, published
policy developments and public dialogue meetings, as one paginated list in that
order (pages first: they are written for the public).

Each group counts its matches and fetches only the slice a results page shows, so
a search takes the same number of queries however much matches.
"""

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from django.core.cache import cache
from django.db.models import (
    Case,
    Count,
    Exists,
    FloatField,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Value,
    When,
)
from django.utils.html import escape
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index
from wagtail.search.utils import parse_query_string

from dialogues.models import DialogueMeeting, Partner
from monitoring.models import PolicyDevelopment, TaggedPolicyDevelopment

from .feeds import localized_home, public_pages_of

MAX_QUERY_LENGTH = 200
SNIPPET_LENGTH = 240
POPULAR_TOPICS = 8
POPULAR_TOPICS_TTL = 10 * 60
# Web-search syntax that is not a word to look for: `or`, and "-word" exclusions.
OPERATORS = {"or", "and", "not"}
# Scripts written without spaces between words (CJK), and Korean, whose words
# carry their particles: match the term exactly, anywhere in a word.
CJK_START = 0x2E80
ENGLISH_SUFFIXES = ("ies", "es", "s", "ing", "ed")
MIN_STEM = 4
MARK_START = SafeString("<mark>")
MARK_END = SafeString("</mark>")
ELLIPSIS = SafeString("…")


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as searched, and whether it was cut to MAX_QUERY_LENGTH.

    Control characters go (PostgreSQL refuses NUL in a query), runs of spaces
    become one.
    """
    text = "".join(
        " " if unicodedata.category(char).startswith("C") else char for char in raw
    )
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    return text[:MAX_QUERY_LENGTH].rstrip(), True


def query_terms(query: str) -> list[str]:
    """The words of the query that results are expected to contain: not the
    operators, exclusions, punctuation or single Latin letters."""
    terms = []
    for word in re.split(r"[\s\"']+", query):
        if word.startswith("-"):
            continue
        word = re.sub(r"^\W+|\W+$", "", word)
        if not word or word.lower() in OPERATORS:
            continue
        if len(word) == 1 and ord(word) < CJK_START:
            continue
        if word.lower() not in (term.lower() for term in terms):
            terms.append(word)
    return terms


def has_cjk(query: str) -> bool:
    """Whether the query holds Chinese, Japanese or Korean text.

    Full-text search cannot find these words: the database's parser takes a whole
    run of them, up to the next space or punctuation, for one word. Such queries
    look for each term as a substring instead.
    """
    return any(ord(char) >= CJK_START for char in query)


def substring_condition(fields: Sequence[str], terms: Sequence[str]) -> Q:
    """Every term in at least one of the fields (case-insensitive substrings)."""
    condition = Q()
    for term in terms:
        any_field = Q()
        for field in fields:
            any_field |= Q(**{f"{field}__icontains": term})
        condition &= any_field
    return condition


def _page_text_fields() -> list[tuple[type[Page], list]]:
    """Each page type with the searchable fields of its own table."""
    found = []
    for model in get_page_models():
        fields = []
        for search_field in model.get_search_fields():
            if not isinstance(search_field, index.SearchField):
                continue
            field = model._meta.get_field(search_field.field_name)
            if field.model is model and field.concrete:
                fields.append(field)
        if fields:
            found.append((model, fields))
    return found


def _field_contains(field, term: str) -> Q:
    condition = Q(**{f"{field.name}__icontains": term})
    if isinstance(field, StreamField):
        # Stored as JSON: SQLite keeps the text with \uXXXX escapes.
        escaped = json.dumps(term)[1:-1]
        if escaped != term:
            condition |= Q(**{f"{field.name}__icontains": escaped})
    return condition


def page_substring_condition(terms: Sequence[str]) -> Q:
    """Pages holding every term in their title or their own searchable fields."""
    text_fields = _page_text_fields()
    condition = Q()
    for term in terms:
        anywhere = Q(title__icontains=term)
        for model, fields in text_fields:
            in_model = Q()
            for field in fields:
                in_model |= _field_contains(field, term)
            anywhere |= Q(pk__in=model.objects.filter(in_model).values("pk"))
        condition &= anywhere
    return condition


def _stem(term: str) -> str:
    """A prefix that also matches the word's other English forms
    (policies → polic…, regulations → regulation…), as the full-text search does.
    """
    lower = term.lower()
    for suffix in ENGLISH_SUFFIXES:
        if lower.endswith(suffix) and len(term) - len(suffix) >= MIN_STEM:
            return term[: -len(suffix)]
    return term


def highlight_pattern(terms: Sequence[str]) -> re.Pattern | None:
    """A pattern matching the whole words that start with any of the terms."""
    alternatives = []
    for term in sorted(terms, key=len, reverse=True):
        if any(ord(char) >= CJK_START for char in term):
            alternatives.append(re.escape(term))
        else:
            alternatives.append(rf"(?<!\w){re.escape(_stem(term))}\w*")
    if not alternatives:
        return None
    return re.compile("|".join(alternatives), re.IGNORECASE)


def highlight(text: str, pattern: re.Pattern | None) -> SafeString:
    """`text` escaped, with every match wrapped in <mark>."""
    marked = SafeString()
    position = 0
    if pattern is not None:
        for match in pattern.finditer(text):
            marked += escape(text[position : match.start()])
            marked += MARK_START + escape(match.group()) + MARK_END
            position = match.end()
    return marked + escape(text[position:])


def excerpt(text: str, pattern: re.Pattern | None, length: int = SNIPPET_LENGTH):
    """About `length` characters of `text` around its first match, highlighted."""
    text = " ".join(text.split())
    if len(text) <= length:
        return highlight(text, pattern)
    match = pattern.search(text) if pattern is not None else None
    start = 0
    if match and match.start() > length // 3:
        # Start at a word a little before the match.
        start = match.start() - length // 3
        space = text.find(" ", start, match.start())
        start = space + 1 if space >= 0 else match.start()
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    before = ELLIPSIS if start else SafeString()
    after = ELLIPSIS if end < len(text) else SafeString()
    return before + highlight(text[start:end], pattern) + after


@dataclass
class Hit:
    """One result as the template shows it."""

    group: "Group"
    url: str
    title: SafeString
    snippet: SafeString
    kind: str
    when: date | datetime | None = None


class Group:
    """The matches of one kind of content, counted once and fetched by slice."""

    key = ""
    label = ""

    def counted(self) -> str:
        """ "3 pages", "1 policy development"…"""
        raise NotImplementedError

    def __init__(self, query: str, pattern: re.Pattern | None):
        self.query = query
        self.pattern = pattern

    @cached_property
    def count(self) -> int:
        return self.matches().count()

    def matches(self):
        raise NotImplementedError

    def hits(self, start: int, stop: int) -> list[Hit]:
        raise NotImplementedError


class PageGroup(Group):
    key = "pages"
    label = _("Pages")

    def counted(self):
        return ngettext("%(count)d page", "%(count)d pages", self.count) % {
            "count": self.count
        }

    def __init__(self, query, pattern, request):
        super().__init__(query, pattern)
        self.request = request

    @cached_property
    def root(self) -> Page:
        return localized_home(self.request)

    def matches(self):
        pages = public_pages_of(Page, self.root)
        if has_cjk(self.query):
            terms = query_terms(self.query)
            if not terms:
                return pages.none()
            in_title = substring_condition(["title"], terms)
            return (
                pages.filter(page_substring_condition(terms))
                .annotate(
                    in_title=Case(
                        When(in_title, then=Value(1)),
                        default=Value(0),
                        output_field=IntegerField(),
                    )
                )
                .order_by("-in_title", "path")
            )
        # "word:word" would be read as a field filter: search it as two words.
        _filters, parsed = parse_query_string(
            self.query.replace(":", " "), operator="and"
        )
        return pages.search(parsed)

    def hits(self, start, stop):
        found = list(self.matches()[start:stop])
        if not found:
            return []
        # One query per page type for the intros and dates.
        specific = {
            page.pk: page
            for page in Page.objects.filter(pk__in=[page.pk for page in found])
            .defer_streamfields()
            .specific()
        }
        return [self._hit(specific.get(page.pk, page)) for page in found if page.pk]

    def _hit(self, page) -> Hit:
        summary = getattr(page, "intro", "") or page.search_description
        when = getattr(page, "local_start", None) or getattr(page, "date", None)
        return Hit(
            group=self,
            url=page.get_url(self.request) or "",
            title=highlight(page.title, self.pattern),
            snippet=excerpt(summary, self.pattern),
            kind=str(page._meta.verbose_name).capitalize(),
            when=when,
        )


class DevelopmentGroup(Group):
    key = "developments"
    label = _("Policy developments")

    def counted(self):
        return ngettext(
            "%(count)d policy development", "%(count)d policy developments", self.count
        ) % {"count": self.count}

    def matches(self):
        published = PolicyDevelopment.objects.published()
        if has_cjk(self.query):
            terms = query_terms(self.query)
            if not terms:
                return published.none()
            return published.filter(
                substring_condition(["title", "summary"], terms)
            ).annotate(search_rank=Value(0.0, output_field=FloatField()))
        return published.search(self.query)

    def hits(self, start, stop):
        developments = (
            self.matches()
            .select_related("jurisdiction")
            .defer("internal_analysis")
            .order_by("-search_rank", "-announced_on", "-pk")[start:stop]
        )
        return [
            Hit(
                group=self,
                url=development.get_absolute_url(),
                title=highlight(development.title, self.pattern),
                snippet=excerpt(development.summary, self.pattern),
                kind=" · ".join(
                    [
                        development.get_instrument_type_display(),
                        development.jurisdiction.name,
                        development.get_stage_display(),
                    ]
                ),
                when=development.announced_on,
            )
            for development in developments
        ]


class MeetingGroup(Group):
    """Public meetings, by their public fields only, linked to a partner's page."""

    key = "meetings"
    label = _("Dialogue meetings")

    def counted(self):
        return ngettext(
            "%(count)d dialogue meeting", "%(count)d dialogue meetings", self.count
        ) % {"count": self.count}

    def matches(self):
        condition = Q()
        for term in query_terms(self.query):
            condition &= Q(title__icontains=term) | Q(public_summary__icontains=term)
        if not condition:
            return DialogueMeeting.objects.none()
        on_partner_page = Partner.objects.filter(active=True, meetings=OuterRef("pk"))
        return (
            DialogueMeeting.objects.public()
            .filter(Exists(on_partner_page))
            .filter(condition)
        )

    def hits(self, start, stop):
        meetings = (
            self.matches()
            .only("pk", "title", "public_summary", "start", "time_zone")
            .prefetch_related(
                Prefetch(
                    "partners",
                    queryset=Partner.objects.filter(active=True).order_by("name"),
                    to_attr="public_partners",
                )
            )
            .order_by("-start", "-pk")[start:stop]
        )
        return [
            Hit(
                group=self,
                url=meeting.public_partners[0].get_absolute_url(),
                title=highlight(meeting.title, self.pattern),
                snippet=excerpt(meeting.public_summary, self.pattern),
                kind=", ".join(partner.name for partner in meeting.public_partners),
                when=meeting.local_start,
            )
            for meeting in meetings
        ]


class Results:
    """The groups' matches one after the other, as a sequence Paginator can slice."""

    def __init__(self, groups: Sequence[Group]):
        self.groups = [group for group in groups if group.count]

    def count(self) -> int:
        return sum(group.count for group in self.groups)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[Hit]:
        hits = []
        offset = 0
        for group in self.groups:
            start = max(window.start - offset, 0)
            stop = min(window.stop - offset, group.count)
            if start < stop:
                hits += group.hits(start, stop)
            offset += group.count
        return hits


def search_groups(request, query: str) -> list[Group]:
    pattern = highlight_pattern(query_terms(query))
    return [
        PageGroup(query, pattern, request),
        DevelopmentGroup(query, pattern),
        MeetingGroup(query, pattern),
    ]


def popular_topics(limit: int = POPULAR_TOPICS) -> list[tuple[str, str]]:
    """(slug, name) of the topics with the most published developments."""

    def fetch():
        return [
            (row["tag__slug"], row["tag__name"])
            for row in TaggedPolicyDevelopment.objects.filter(
                content_object__review_status="published"
            )
            .values("tag__slug", "tag__name")
            .annotate(uses=Count("pk"))
            .order_by("-uses", "tag__name")[:limit]
        ]

    return cache.get_or_set("outreach:search:popular-topics", fetch, POPULAR_TOPICS_TTL)
