"""The public site's page types and the rules of where each may be created.

Serving a page takes a constant number of queries, whatever the number of pages:
the home page resolves a URL in two queries (the pages on the path, then the
page itself with its image), listings load their cards with their images in one
query each, and the renditions of every image on a page come in one more
(`outreach.images.prefetch_renditions`).
"""

import math

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, Expression, F, OuterRef, Prefetch, Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from timezone_field import TimeZoneField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from outreach.blocks import (
    FAQ_ANCHOR,
    BaseContentBlocks,
    ExplainerBlocks,
    heading_anchor,
)
from outreach.images import prefetch_renditions
from outreach_portal.local_times import LocalTimes

WORDS_PER_MINUTE = 220
NEWS_PER_PAGE = 12
PAST_EVENTS_PER_PAGE = 12
HOME_LISTING_SIZE = 3
HOME_DEVELOPMENTS = 4


def stream_text(stream) -> str:
    """The plain text of a StreamField value, for reading time and search."""
    return strip_tags(" ".join(stream.stream_block.get_searchable_content(stream)))


class OutsidePrivateSections(Expression):
    """True for a page with no PageViewRestriction on itself or an ancestor (a
    restriction's page is an ancestor when its tree path starts the page's
    path), as a NOT EXISTS subquery: unlike `PageQuerySet.public()` it costs no
    query of its own. Written out here because building the same subquery with
    the ORM (`~Exists(...)` over `Substr`) cost about 1.9 ms a listing, more
    than running it."""

    conditional = True
    output_field = models.BooleanField()

    def __init__(self, path_field: str = "path"):
        super().__init__()
        self.path = F(path_field)

    def get_source_expressions(self):
        return [self.path]

    def set_source_expressions(self, expressions):
        (self.path,) = expressions

    def as_sql(self, compiler, connection):
        path_sql, params = compiler.compile(self.path)
        quote = connection.ops.quote_name
        restriction = PageViewRestriction._meta
        page = Page._meta
        # Names from the models' metadata; the page's path comes as compiled SQL.
        sql = (
            f"NOT EXISTS (SELECT 1 FROM {quote(restriction.db_table)} private_r "  # noqa: S608
            f"INNER JOIN {quote(page.db_table)} private_p "
            f"ON private_r.{quote(restriction.get_field('page').column)} = "
            f"private_p.{quote(page.pk.column)} "
            f"WHERE private_p.{quote(page.get_field('path').column)} = SUBSTR("
            f"{path_sql}, 1, private_p.{quote(page.get_field('depth').column)} "
            f"* {Page.steplen}))"
        )
        return sql, params


def without_private_pages(queryset, path_field: str = "path"):
    """`queryset` without pages in a private section (see OutsidePrivateSections)."""
    return queryset.filter(OutsidePrivateSections(path_field))


def chosen_explainers(rows, request) -> list:
    """The live explainers an editor chose in `rows` (an inline of rows with an
    `explainer`), in their order, without those in a private section. A preview
    shows the rows being edited."""
    if getattr(request, "is_preview", False):
        return [row.explainer for row in rows.all() if row.explainer.live]
    rows = without_private_pages(
        rows.filter(explainer__live=True)
        .select_related("explainer__listing_image")
        .defer("explainer__body"),
        "explainer__path",
    )
    return [row.explainer for row in rows]


def _tree_paths(page) -> list[str]:
    """The tree paths of `page` and its ancestors: the prefixes of its path."""
    step = Page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def paginate(request, queryset, per_page: int):
    """The page of `queryset` that ?page= asks for; the last one for numbers past
    the end and the first for anything that is not a number."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.page_numbers = list(
        page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    )
    return page


class SitePageMixin:
    """What every public page shares: its description, breadcrumbs and a view
    restriction check in one query (Wagtail's default takes two)."""

    og_type = "website"

    @property
    def meta_description(self) -> str:
        return self.search_description or getattr(self, "intro", "") or ""

    def get_view_restrictions(self):
        if self.alias_of_id:
            # An alias shows its source page, and Wagtail checks the source's
            # restrictions too: routing knew only the alias's own.
            return super().get_view_restrictions()
        if getattr(self, "_route_restricted", None) is False:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page__path__in=_tree_paths(self))

    def breadcrumb_pages(self) -> list[Page]:
        """The pages from the home page down to this page's parent."""
        ancestors = getattr(self, "_route_ancestors", None)
        if ancestors is None:
            ancestors = list(self.get_ancestors().filter(depth__gt=1))
        return ancestors

    def listing_image_for_share(self):
        return getattr(self, "listing_image", None)


class ListingImageMixin(models.Model):
    """An image for cards, social previews (OpenGraph) and the page's header."""

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and when the page is shared."),
    )
    listing_image_alt = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Required with an image: what the image shows."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.listing_image_id and not self.listing_image_alt.strip():
            raise ValidationError(
                {
                    "listing_image_alt": _(
                        "Describe the image for people who cannot see it."
                    )
                }
            )


def _cards(queryset):
    """Listing rows: no StreamField bodies, the listing image in the same query."""
    return without_private_pages(
        queryset.live().defer_streamfields().select_related("listing_image")
    )


class HomePage(SitePageMixin, Page):
    """The root of the public site."""

    intro = models.CharField(max_length=300, blank=True)
    body = RichTextField(blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("featured_explainers", label=_("Featured explainers"), max_num=4),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "outreach.StandardPage",
        "outreach.ExplainerIndexPage",
        "outreach.NewsIndexPage",
        "outreach.EventIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Resolve /a/b/c/ in two queries instead of two per level: the pages on
        the path as plain values (for breadcrumbs and the view restriction
        check), then the requested page with its listing image."""
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:level]) + "/"
            for level in range(1, len(path_components) + 1)
        ]
        rows = (
            Page.objects.filter(
                Q(path__in=_tree_paths(self))
                | Q(path__startswith=self.path, url_path__in=prefixes)
            )
            .annotate(
                restricted=Exists(
                    PageViewRestriction.objects.filter(page=OuterRef("pk"))
                )
            )
            .order_by("depth")
            .values_list(
                "pk", "depth", "title", "url_path", "content_type", "restricted"
            )
        )
        on_path = [row for row in rows if row[1] > self.depth]
        if len(on_path) != len(prefixes):
            # A page consumes the rest of the path itself (RoutablePageMixin),
            # or the URL leads nowhere: let Wagtail decide.
            return super().route(request, path_components)
        pk, _depth, _title, _url_path, content_type_id, _restricted = on_path[-1]
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            raise Http404
        queryset = model.objects.all()
        if issubclass(model, ListingImageMixin):
            queryset = queryset.select_related("listing_image")
        page = queryset.get(pk=pk)
        # Enough of each page between for a breadcrumb: its title and URL.
        page._route_ancestors = [
            self,
            *(
                Page(pk=pk, depth=depth, title=title, url_path=url_path)
                for pk, depth, title, url_path, _type, _restricted in on_path[:-1]
            ),
        ]
        page._route_restricted = any(row[-1] for row in rows)
        return page.route(request, [])

    def get_context(self, request, *args, **kwargs):
        from dialogues.models import Partner
        from monitoring.models import PolicyDevelopment

        context = super().get_context(request, *args, **kwargs)
        featured = chosen_explainers(self.featured_explainers, request)
        news = list(
            _cards(NewsPage.objects.descendant_of(self)).order_by("-date", "-pk")[
                :HOME_LISTING_SIZE
            ]
        )
        events = list(
            _cards(EventPage.objects.descendant_of(self))
            .filter(end__gte=timezone.now())
            .order_by("start")[:HOME_LISTING_SIZE]
        )
        prefetch_renditions(
            [(page.listing_image, "card") for page in [*featured, *news, *events]]
        )
        context.update(
            featured_explainers=featured,
            latest_news=news,
            upcoming_events=events,
            developments=list(
                PolicyDevelopment.objects.published()
                .select_related("jurisdiction")
                .order_by("-announced_on", "-pk")[:HOME_DEVELOPMENTS]
            ),
            partners=list(
                Partner.objects.filter(active=True)
                .select_related("jurisdiction")
                .order_by("-is_priority", "name")
            ),
        )
        return context


class HomePageFeaturedExplainer(Orderable):
    page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_explainers"
    )
    explainer = models.ForeignKey(
        "outreach.ExplainerPage", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("explainer")]


def _body_images(stream) -> list[tuple[object, str]]:
    return [
        (block.value["image"], "body")
        for block in stream
        if block.block_type == "image" and block.value["image"] is not None
    ]


class StandardPage(SitePageMixin, ListingImageMixin, Page):
    """About, contact, legal notice, privacy, accessibility statement and the like."""

    intro = models.CharField(max_length=300, blank=True)
    body = StreamField(BaseContentBlocks(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["outreach.HomePage", "outreach.StandardPage"]
    subpage_types = ["outreach.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_renditions([(self.listing_image, "hero"), *_body_images(self.body)])
        return context


class ExplainerIndexPage(SitePageMixin, Page):
    intro = models.CharField(max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["outreach.HomePage"]
    subpage_types = ["outreach.ExplainerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("explainer index")

    def get_context(self, request, *args, **kwargs):
        """All explainers (an index holds tens, not thousands), filtered by
        ?topic=<slug> in Python so the topic list costs no query of its own."""
        context = super().get_context(request, *args, **kwargs)
        explainers = list(
            _cards(ExplainerPage.objects.child_of(self))
            .prefetch_related(
                Prefetch(
                    "tagged_items",
                    queryset=TaggedExplainer.objects.select_related("tag"),
                )
            )
            .order_by("path")
        )
        topics = {
            tagged.tag.slug: tagged.tag
            for explainer in explainers
            for tagged in explainer.tagged_items.all()
        }
        current = topics.get(request.GET.get("topic", ""))
        if current is not None:
            explainers = [
                explainer
                for explainer in explainers
                if any(t.tag_id == current.pk for t in explainer.tagged_items.all())
            ]
        prefetch_renditions([(page.listing_image, "card") for page in explainers])
        context.update(
            explainers=explainers,
            topics=sorted(topics.values(), key=lambda tag: tag.name.lower()),
            current_topic=current,
            unknown_topic=bool(request.GET.get("topic")) and current is None,
        )
        return context


class TaggedExplainer(TaggedItemBase):
    content_object = ParentalKey(
        "outreach.ExplainerPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ExplainerPage(SitePageMixin, ListingImageMixin, Page):
    """A long read for the public on one question about human-centric AI."""

    og_type = "article"

    intro = models.CharField(
        max_length=300, help_text=_("One or two sentences: what the reader will learn.")
    )
    body = StreamField(ExplainerBlocks())
    last_reviewed = models.DateField(
        default=timezone.localdate,
        help_text=_(
            "When an editor last checked that the explainer is still accurate."
        ),
    )
    reading_time = models.PositiveSmallIntegerField(
        default=1, editable=False, help_text=_("Minutes, computed from the text.")
    )
    topics = ClusterTaggableManager(through=TaggedExplainer, blank=True)
    related_developments = ParentalManyToManyField(
        "monitoring.PolicyDevelopment", blank=True, related_name="explainers"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_image_alt")],
            heading=_("Image"),
        ),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("topics")]),
        InlinePanel("related_explainers", label=_("Related explainers"), max_num=4),
        FieldPanel("related_developments"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("last_reviewed"),
    ]

    parent_page_types = ["outreach.ExplainerIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("explainer")

    def save(self, *args, **kwargs):
        words = len(stream_text(self.body).split()) + len(self.intro.split())
        self.reading_time = max(1, math.ceil(words / WORDS_PER_MINUTE))
        super().save(*args, **kwargs)

    @cached_property
    def table_of_contents(self) -> list[tuple[str, str]]:
        """(anchor, heading) for each heading block, in order; the heading
        block's template gives the same anchor to its <h2>."""
        entries = []
        seen = set()
        for block in self.body:
            if block.block_type == "heading":
                anchor, title = heading_anchor(block.value), block.value
            elif block.block_type == "faq":
                anchor, title = FAQ_ANCHOR, gettext("Questions and answers")
            else:
                continue
            if anchor not in seen:
                seen.add(anchor)
                entries.append((anchor, title))
        return entries

    @cached_property
    def faq_items(self) -> list:
        """The questions and answers of all FAQ blocks, for `FAQPage` data."""
        return [
            item
            for block in self.body
            if block.block_type == "faq"
            for item in block.value
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = chosen_explainers(self.related_explainers, request)
        prefetch_renditions(
            [
                (self.listing_image, "hero"),
                *_body_images(self.body),
                *[(page.listing_image, "card") for page in related],
            ]
        )
        context.update(
            related_explainers=related,
            topics=sorted(self.topics.all(), key=lambda tag: tag.name.lower()),
        )
        return context


class RelatedExplainer(Orderable):
    page = ParentalKey(
        ExplainerPage, on_delete=models.CASCADE, related_name="related_explainers"
    )
    explainer = models.ForeignKey(
        ExplainerPage, on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("explainer")]


class NewsIndexPage(SitePageMixin, Page):
    intro = models.CharField(max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["outreach.HomePage"]
    subpage_types = ["outreach.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = paginate(
            request,
            _cards(NewsPage.objects.child_of(self)).order_by("-date", "-pk"),
            NEWS_PER_PAGE,
        )
        prefetch_renditions([(page.listing_image, "card") for page in news])
        context["news"] = news
        return context


class TaggedNews(TaggedItemBase):
    content_object = ParentalKey(
        "outreach.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(SitePageMixin, ListingImageMixin, Page):
    og_type = "article"

    date = models.DateField(_("news date"), default=timezone.localdate)
    intro = models.CharField(max_length=300)
    body = StreamField(BaseContentBlocks())
    topics = ClusterTaggableManager(through=TaggedNews, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("topics")]),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_image_alt")],
            heading=_("Image"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["outreach.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_renditions([(self.listing_image, "hero"), *_body_images(self.body)])
        context["topics"] = sorted(self.topics.all(), key=lambda tag: tag.name.lower())
        return context


class EventIndexPage(SitePageMixin, Page):
    intro = models.CharField(max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["outreach.HomePage"]
    subpage_types = ["outreach.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        """Upcoming events (those not yet over) soonest first, then past events
        most recent first, a page at a time."""
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = _cards(EventPage.objects.child_of(self))
        upcoming = list(events.filter(end__gte=now).order_by("start", "pk"))
        past = paginate(
            request,
            events.filter(end__lt=now).order_by("-start", "-pk"),
            PAST_EVENTS_PER_PAGE,
        )
        prefetch_renditions(
            [(page.listing_image, "card") for page in [*upcoming, *past]]
        )
        context.update(upcoming_events=upcoming, past_events=past)
        return context


class TaggedEvent(TaggedItemBase):
    content_object = ParentalKey(
        "outreach.EventPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class EventPage(SitePageMixin, ListingImageMixin, LocalTimes, Page):
    """A public event: stored in UTC, shown in its local time zone."""

    start = models.DateTimeField()
    end = models.DateTimeField()
    time_zone = TimeZoneField(
        default="Europe/Brussels",
        help_text=_("The event's local time zone, e.g. Asia/Tokyo."),
    )
    venue = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Place and city; leave empty if online only."),
    )
    is_online = models.BooleanField(_("online"), default=False)
    registration_url = models.URLField(_("registration link"), blank=True)
    intro = models.CharField(max_length=300)
    body = StreamField(BaseContentBlocks(), blank=True)
    partners = ParentalManyToManyField(
        "dialogues.Partner", blank=True, related_name="events"
    )
    topics = ClusterTaggableManager(through=TaggedEvent, blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("start"), FieldPanel("end"), FieldPanel("time_zone")]
                ),
                FieldRowPanel([FieldPanel("venue"), FieldPanel("is_online")]),
                FieldPanel("registration_url"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_image_alt")],
            heading=_("Image"),
        ),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("partners"), FieldPanel("topics")]),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    parent_page_types = ["outreach.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")),
                name="event_ends_after_start",
            )
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})
        if not self.venue.strip() and not self.is_online:
            raise ValidationError(
                {"venue": _("Give a venue, or mark the event as online.")}
            )

    @property
    def in_brussels_time(self) -> bool:
        """Whether local and Brussels wall-clock times are the same."""
        return self.local_start.utcoffset() == self.brussels_start.utcoffset()

    @property
    def ends_another_day(self) -> bool:
        return self.local_end.date() != self.local_start.date()

    @property
    def zone_name(self) -> str:
        """'Asia/Tokyo' -> 'Tokyo'; 'UTC' stays 'UTC'."""
        return str(self.time_zone).rsplit("/", 1)[-1].replace("_", " ")

    @property
    def zone_abbreviation(self) -> str:
        """'JST', 'CEST'; an offset like '+09' where the zone has no letters."""
        return self.local_start.strftime("%Z")

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_renditions([(self.listing_image, "hero"), *_body_images(self.body)])
        context.update(
            partners=list(self.partners.filter(active=True).order_by("name")),
            topics=sorted(self.topics.all(), key=lambda tag: tag.name.lower()),
        )
        return context
