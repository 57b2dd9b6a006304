"""The public side of monitoring: the tracker, one development, its CSV export and
the alignment matrix. Published developments only, in a constant number of queries.
"""

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import (
    Aggregate,
    CharField,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from taggit.models import Tag
from wagtail.models import Revision

from . import charts
from .caching import cached_figures, filtered_tally
from .filters import DevelopmentFilter
from .models import (
    AIActElement,
    AlignmentAssessment,
    Jurisdiction,
    PolicyDevelopment,
    TaggedPolicyDevelopment,
)

PER_PAGE = 25
RELATED_LIMIT = 5
EXPORT_CHUNK_SIZE = 500  # small first fetch: the first rows reach the client sooner
# The database fields behind EXPORT_COLUMNS, in the same order (less the topics
# and tracker_url, which are added).
EXPORT_FIELDS = (
    "pk",
    "title",
    "jurisdiction__code",
    "jurisdiction__name",
    "instrument_type",
    "stage",
    "announced_on",
    "adopted_on",
    "in_force_on",
    "last_verified_on",
    "ai_act_elements",
    "source_url",
)
EXPORT_COLUMNS = [
    "id",
    "title",
    "jurisdiction_code",
    "jurisdiction",
    "instrument_type",
    "stage",
    "announced_on",
    "adopted_on",
    "in_force_on",
    "last_verified_on",
    "topics",
    "ai_act_elements",
    "source_url",
    "tracker_url",
]


# --- /tracker/ --------------------------------------------------------------


def _jurisdictions_in_use() -> list[tuple[int, str, str]]:
    """(id, code, name) of the jurisdictions with published developments."""

    def fetch():
        published = PolicyDevelopment.objects.published().filter(
            jurisdiction=OuterRef("pk")
        )
        return list(
            Jurisdiction.objects.filter(Exists(published)).values_list(
                "pk", "code", "name"
            )
        )

    return cached_figures("jurisdictions", fetch)


def _topics_in_use() -> list[tuple[str, str]]:
    """(slug, name) of the topics of published developments."""

    def fetch():
        tagged = TaggedPolicyDevelopment.objects.filter(
            tag=OuterRef("pk"), content_object__review_status="published"
        )
        return list(
            Tag.objects.filter(Exists(tagged))
            .order_by("name")
            .values_list("slug", "name")
        )

    return cached_figures("topics", fetch)


def _with_current(choices: list[tuple[str, str]], current: str) -> list:
    """Keep a value from the URL selectable even when no option matches it
    (a shared link to a topic that has no published development any more)."""
    choices = list(choices)
    if current and current not in {value for value, _ in choices}:
        choices.append((current, current))
    return choices


def _dress_form(form: forms.Form, jurisdictions: list) -> None:
    """Turn the filter's free-text fields into selects and name the empty choices."""
    fields = form.fields
    data = form.data
    form.label_suffix = ""
    fields["q"].widget = forms.SearchInput()
    fields["q"].help_text = gettext("Words in the title or summary.")
    fields["jurisdiction"].label = gettext("Jurisdiction")
    fields["jurisdiction"].widget = forms.Select(
        choices=[
            ("", gettext("All jurisdictions")),
            *_with_current(
                [(code, name) for _, code, name in jurisdictions],
                data.get("jurisdiction", ""),
            ),
        ]
    )
    fields["topic"].widget = forms.Select(
        choices=[
            ("", gettext("All topics")),
            *_with_current(
                _topics_in_use(),
                data.get("topic", ""),
            ),
        ]
    )
    empty_labels = (("type", gettext("All types")), ("stage", gettext("All stages")))
    for name, empty_label in empty_labels:
        fields[name].empty_label = empty_label
        # The widget still iterates the class-level field's choices: point it here.
        fields[name].widget.choices = fields[name].choices
    fields["year"].widget.attrs.update({"min": 1900, "max": 2100, "step": 1})
    fields["year"].help_text = gettext("The year it was announced, e.g. 2024.")


@require_safe
def tracker(request: HttpRequest) -> HttpResponse:
    """The public policy tracker: search, filters, chart, paginated results."""
    filterset = DevelopmentFilter(
        request.GET, queryset=PolicyDevelopment.objects.published().for_listing()
    )
    jurisdictions = _jurisdictions_in_use()
    _dress_form(filterset.form, jurisdictions)
    context = {"filterset": filterset, "form": filterset.form}
    if not filterset.is_valid():
        # Wrong values (year=abc, type=bogus): the form with its errors, no results.
        return render(request, "monitoring/tracker.html", context, status=400)

    results = filterset.qs
    counted = filtered_tally(filterset)
    paginator = Paginator(results, PER_PAGE)
    paginator.count = counted.total  # known from the tally: no COUNT query
    page = paginator.get_page(request.GET.get("page"))
    context.update(
        page_obj=page,
        paginator=paginator,
        developments=list(page.object_list),
        page_range=paginator.get_elided_page_range(page.number),
        filtered=any(
            request.GET.get(name) for name in filterset.form.fields if name != "sort"
        ),
    )
    if counted.total:
        context["charts"] = [
            charts.developments_by_year(counted),
            charts.developments_by_jurisdiction(
                counted, names={pk: (code, name) for pk, code, name in jurisdictions}
            ),
        ]
    return render(request, "monitoring/tracker.html", context)


# --- /tracker/<id>/ ---------------------------------------------------------


def _http_url(url: str) -> str:
    """The URL if it is a web address; never a javascript: link from bad data."""
    return url if url.lower().startswith(("https://", "http://")) else ""


@require_safe
def development_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One published development, its history and its neighbours."""
    published = PolicyDevelopment.objects.published()
    development = get_object_or_404(
        published.select_related("jurisdiction", "supersedes").prefetch_related(
            "topics",
            "stage_changes",
            Prefetch(
                "superseded_by",
                queryset=published.select_related("jurisdiction"),
                to_attr="public_superseded_by",
            ),
        ),
        pk=pk,
    )
    supersedes = development.supersedes
    if supersedes is not None and not supersedes.is_public:
        supersedes = None
    topics = list(development.topics.all())
    sharing_a_topic = TaggedPolicyDevelopment.objects.filter(
        tag_id__in=[tag.pk for tag in topics]
    ).values("content_object_id")
    related = (
        published.filter(
            Q(jurisdiction_id=development.jurisdiction_id) | Q(pk__in=sharing_a_topic)
        )
        .exclude(pk=development.pk)
        .select_related("jurisdiction")
        .order_by("-announced_on", "-id")[:RELATED_LIMIT]
    )
    return render(
        request,
        "monitoring/development_detail.html",
        {
            "development": development,
            "topics": topics,
            "stage_changes": list(development.stage_changes.all()),
            "supersedes": supersedes,
            "superseded_by": development.public_superseded_by,
            "related": list(related),
            "source_url": _http_url(development.source_url),
        },
    )


# --- /tracker/export.csv ----------------------------------------------------


def _cell(text: str) -> str:
    """Neutralise text that a spreadsheet would run as a formula (CSV injection)."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _iso(day) -> str:
    return day.isoformat() if day else ""


class _JoinedNames(Aggregate):
    """Names joined with the ASCII unit separator, which no tag name contains."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, CHR(31))"
    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            function="GROUP_CONCAT",
            template="%(function)s(%(expressions)s, CHAR(31))",
            **extra_context,
        )


def _topic_names() -> Subquery:
    """Each development's topic names in one column: no query per row or chunk."""
    return Subquery(
        TaggedPolicyDevelopment.objects.filter(content_object_id=OuterRef("pk"))
        .order_by()
        .values("content_object_id")
        .annotate(names=_JoinedNames("tag__name"))
        .values("names")
    )


def _export_row(values: tuple, tracker_url: str) -> list:
    """One CSV row from the values of EXPORT_FIELDS plus the joined topic names."""
    (
        pk,
        title,
        code,
        name,
        instrument_type,
        stage,
        announced_on,
        adopted_on,
        in_force_on,
        last_verified_on,
        elements,
        source_url,
        topic_names,
    ) = values
    topics = sorted(topic_names.split("\x1f")) if topic_names else []
    return [
        pk,
        _cell(title),
        code,
        _cell(name),
        instrument_type,
        stage,
        _iso(announced_on),
        _iso(adopted_on),
        _iso(in_force_on),
        _iso(last_verified_on),
        _cell("; ".join(topics)),
        "; ".join(elements or []),
        source_url,
        f"{tracker_url}{pk}/",
    ]


def _csv_lines(queryset: QuerySet, tracker_url: str) -> Iterator[str]:
    """The BOM and header at once, then the rows a chunk of the queryset at a time.

    Plain tuples from iterator(chunk_size=…) keep memory constant, and the topics
    come in the same query (prefetch_related would build a queryset per row).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(EXPORT_COLUMNS)
    yield "\ufeff" + flush()
    rows = (
        queryset.prefetch_related(None)
        .annotate(topic_names=_topic_names())
        .values_list(*EXPORT_FIELDS, "topic_names")
        .iterator(chunk_size=EXPORT_CHUNK_SIZE)
    )
    # In a transaction PostgreSQL's server-side cursor streams the rows; outside
    # one (WITH HOLD) it would compute the whole result before the first row.
    with transaction.atomic():
        while chunk := list(islice(rows, EXPORT_CHUNK_SIZE)):
            writer.writerows(_export_row(values, tracker_url) for values in chunk)
            yield flush()


@require_safe
def tracker_export(request: HttpRequest) -> HttpResponse:
    """The tracker's current filtered set as CSV (UTF-8 with BOM, for Excel)."""
    filterset = DevelopmentFilter(
        request.GET,
        queryset=PolicyDevelopment.objects.published(),
    )
    if not filterset.is_valid():
        return HttpResponse(
            "The export was not made, because of these filters:\n"
            + filterset.form.errors.as_text(),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    # Detail pages live at /tracker/<id>/ (monitoring/urls.py): one URL per row
    # without a reverse() per row.
    tracker_url = request.build_absolute_uri(reverse("monitoring:tracker"))
    response = StreamingHttpResponse(
        _csv_lines(filterset.qs, tracker_url), content_type="text/csv; charset=utf-8"
    )
    filename = f"ai-policy-developments-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- /alignment/ ------------------------------------------------------------


@dataclass
class Cell:
    element: str
    element_label: str
    assessment: AlignmentAssessment | None = None
    evidence: list = field(default_factory=list)
    previous_level: str = ""
    previous_label: str = ""
    previous_on: datetime | None = None

    @property
    def level(self) -> str:
        if self.assessment is None:
            return AlignmentAssessment.Level.NOT_ASSESSED
        return self.assessment.level

    @property
    def level_label(self) -> str:
        return AlignmentAssessment.Level(self.level).label


def _previous_levels(assessments: list[AlignmentAssessment]) -> dict:
    """{assessment id: (level, date)} of the latest earlier revision with another level.

    One query for every assessment's revisions (a generic relation, so by
    content type and object id), newest first.
    """
    if not assessments:
        return {}
    current = {str(a.pk): a.level for a in assessments}
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(AlignmentAssessment),
        object_id__in=list(current),
    ).order_by("-created_at", "-id")
    previous = {}
    for revision in revisions.only("object_id", "content", "created_at"):
        object_id = revision.object_id
        level = (revision.content or {}).get("level")
        if object_id in previous or level in (None, current[object_id]):
            continue
        previous[object_id] = (level, revision.created_at)
    return {int(pk): value for pk, value in previous.items()}


@require_safe
def alignment(request: HttpRequest) -> HttpResponse:
    """The alignment matrix: jurisdictions × AI Act elements."""
    assessments = list(
        AlignmentAssessment.objects.select_related("jurisdiction").prefetch_related(
            Prefetch(
                "evidence",
                queryset=PolicyDevelopment.objects.published().select_related(
                    "jurisdiction"
                ),
            )
        )
    )
    previous = _previous_levels(assessments)
    levels = dict(AlignmentAssessment.Level.choices)

    by_jurisdiction: dict[int, dict[str, AlignmentAssessment]] = {}
    jurisdictions = {}
    for assessment in assessments:
        jurisdictions[assessment.jurisdiction_id] = assessment.jurisdiction
        by_jurisdiction.setdefault(assessment.jurisdiction_id, {})[
            assessment.element
        ] = assessment

    rows = []
    for jurisdiction in sorted(jurisdictions.values(), key=lambda j: j.name):
        cells = []
        for element, label in AIActElement.choices:
            assessment = by_jurisdiction[jurisdiction.pk].get(element)
            cell = Cell(element=element, element_label=label, assessment=assessment)
            if assessment is not None:
                cell.evidence = list(assessment.evidence.all())
                if assessment.pk in previous:
                    level, on = previous[assessment.pk]
                    cell.previous_level = level
                    cell.previous_label = levels.get(level, level)
                    cell.previous_on = on
            cells.append(cell)
        rows.append({"jurisdiction": jurisdiction, "cells": cells})

    return render(
        request,
        "monitoring/alignment.html",
        {
            "rows": rows,
            "elements": AIActElement.choices,
            "levels": AlignmentAssessment.Level.choices,
        },
    )
