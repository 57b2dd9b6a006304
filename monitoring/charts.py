"""The tracker's charts: developments by year and by jurisdiction.

Each chart is one aggregate query over the tracker's filtered set, counting
with COUNT(*) so that PostgreSQL can answer from an index alone. The geometry is
computed here, so the template only prints whole numbers into an inline SVG; the
same figures are printed as a table for readers without sight or JavaScript.
"""

from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear

from .models import Jurisdiction

# Horizontal bars, in SVG user units (the SVG scales to its container).
CHART_WIDTH = 640
LABEL_WIDTH = 170
VALUE_WIDTH = 56
BAR_HEIGHT = 20
BAR_GAP = 8
PADDING = 4
# Years are shown continuously (empty years as zero) unless the span is wider.
MAX_YEAR_SPAN = 60
# The largest jurisdictions get a bar each; the rest share one.
MAX_JURISDICTIONS = 15


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    # The tracker filter that narrows the list to this bar, e.g. {"year": 2024}.
    filter_name: str = ""
    filter_value: str = ""
    y: int = 0
    width: int = 0

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT // 2

    @property
    def value_x(self) -> int:
        return LABEL_WIDTH + self.width + 6


@dataclass(frozen=True)
class BarChart:
    title: str
    label_heading: str
    description: str
    bars: list[Bar] = field(default_factory=list)

    width: int = CHART_WIDTH
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def height(self) -> int:
        return max(len(self.bars), 1) * (BAR_HEIGHT + BAR_GAP) + 2 * PADDING

    @property
    def total(self) -> int:
        return sum(bar.value for bar in self.bars)

    @property
    def label_x(self) -> int:
        return LABEL_WIDTH - 8


def _layout(bars: list[Bar]) -> list[Bar]:
    """Give each bar its vertical position and a width proportional to its value."""
    largest = max((bar.value for bar in bars), default=0)
    span = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    placed = []
    for index, bar in enumerate(bars):
        width = round(span * bar.value / largest) if largest else 0
        if bar.value and width < 2:
            width = 2  # a non-zero value stays visible
        placed.append(
            Bar(
                label=bar.label,
                value=bar.value,
                filter_name=bar.filter_name,
                filter_value=bar.filter_value,
                y=PADDING + index * (BAR_HEIGHT + BAR_GAP),
                width=width,
            )
        )
    return placed


def _without_ordering(queryset: QuerySet) -> QuerySet:
    # Ordering (e.g. by search rank) would leak into GROUP BY; prefetches would
    # run on the aggregated dicts.
    return queryset.order_by().prefetch_related(None)


def developments_by_year(queryset: QuerySet) -> BarChart:
    """One bar per year announced, oldest first; gaps shown as zero."""
    counts = dict(
        _without_ordering(queryset)
        .annotate(year=ExtractYear("announced_on"))
        .values("year")
        .annotate(count=Count("*"))
        .values_list("year", "count")
    )
    counts.pop(None, None)
    years = sorted(counts)
    if years and years[-1] - years[0] < MAX_YEAR_SPAN:
        years = list(range(years[0], years[-1] + 1))
    bars = [
        Bar(
            label=str(year),
            value=counts.get(year, 0),
            filter_name="year",
            filter_value=str(year),
        )
        for year in years
    ]
    first_last = f" from {years[0]} to {years[-1]}" if years else ""
    return BarChart(
        title="Developments by year",
        label_heading="Year",
        description=(
            f"Bar chart of developments by year announced{first_last}. "
            "The same figures are in the table that follows."
        ),
        bars=_layout(bars),
    )


def developments_by_jurisdiction(
    queryset: QuerySet, names: dict[int, tuple[str, str]] | None = None
) -> BarChart:
    """One bar per jurisdiction, largest first; beyond the first few, one 'Other'.

    `names` maps jurisdiction ids to (code, name) when the caller has them already;
    grouping by the id alone lets PostgreSQL count from an index.
    """
    counts = list(
        _without_ordering(queryset)
        .values("jurisdiction_id")
        .annotate(count=Count("*"))
        .values_list("jurisdiction_id", "count")
    )
    if names is None or any(pk not in names for pk, _ in counts):
        names = {
            pk: (code, name)
            for pk, code, name in Jurisdiction.objects.filter(
                pk__in=[pk for pk, _ in counts]
            ).values_list("pk", "code", "name")
        }
    rows = sorted(
        ((*names[pk], count) for pk, count in counts if pk in names),
        key=lambda row: (-row[2], row[1]),
    )
    bars = [
        Bar(label=name, value=count, filter_name="jurisdiction", filter_value=code)
        for code, name, count in rows[:MAX_JURISDICTIONS]
    ]
    rest = rows[MAX_JURISDICTIONS:]
    if rest:
        bars.append(
            Bar(
                label=f"Other ({len(rest)} jurisdictions)",
                value=sum(count for *_, count in rest),
            )
        )
    return BarChart(
        title="Developments by jurisdiction",
        label_heading="Jurisdiction",
        description=(
            "Bar chart of developments by jurisdiction, largest first. "
            "The same figures are in the table that follows."
        ),
        bars=_layout(bars),
    )
