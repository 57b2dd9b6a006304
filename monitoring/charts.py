"""The tracker's charts: developments by year and by jurisdiction.

Both charts come from one aggregate query over the tracker's filtered set
(`tally`), counting with COUNT(*) so that PostgreSQL can answer from an index.
The geometry is computed here, so the template only prints whole numbers into an
inline SVG; the same figures are printed as a table for readers without sight or
JavaScript.
"""

from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext, ngettext

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


@dataclass(frozen=True)
class Tally:
    """How many developments of a set fall in each (year announced, jurisdiction).

    One GROUP BY query gives the set's size and both charts; it is small
    (years × jurisdictions) and can be kept in the cache.
    """

    rows: tuple[tuple[int | None, int | None, int], ...] = ()

    @property
    def total(self) -> int:
        return sum(count for *_, count in self.rows)

    def by_year(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for year, _, count in self.rows:
            if year is not None:
                counts[year] = counts.get(year, 0) + count
        return counts

    def by_jurisdiction(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for _, jurisdiction_id, count in self.rows:
            if jurisdiction_id is not None:
                counts[jurisdiction_id] = counts.get(jurisdiction_id, 0) + count
        return counts


def tally(queryset: QuerySet) -> Tally:
    """Count a set of developments by year and jurisdiction, in one query."""
    # Ordering (e.g. by search rank) would leak into GROUP BY; prefetches would
    # run on the aggregated rows.
    rows = (
        queryset.order_by()
        .prefetch_related(None)
        .annotate(year=ExtractYear("announced_on"))
        .values("year", "jurisdiction_id")
        .annotate(count=Count("*"))
        .values_list("year", "jurisdiction_id", "count")
    )
    return Tally(rows=tuple(rows))


def developments_by_year(counted: Tally) -> BarChart:
    """One bar per year announced, oldest first; gaps shown as zero."""
    counts = counted.by_year()
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
    if years:
        description = gettext(
            "Bar chart of developments by year announced from %(first)s to "
            "%(last)s. The same figures are in the table that follows."
        ) % {"first": years[0], "last": years[-1]}
    else:
        description = gettext(
            "Bar chart of developments by year announced. "
            "The same figures are in the table that follows."
        )
    return BarChart(
        title=gettext("Developments by year"),
        label_heading=gettext("Year"),
        description=description,
        bars=_layout(bars),
    )


def developments_by_jurisdiction(
    counted: Tally, names: dict[int, tuple[str, str]] | None = None
) -> BarChart:
    """One bar per jurisdiction, largest first; beyond the first few, one 'Other'.

    `names` maps jurisdiction ids to (code, name) when the caller has them already.
    """
    counts = counted.by_jurisdiction()
    if names is None or any(pk not in names for pk in counts):
        names = {
            pk: (code, name)
            for pk, code, name in Jurisdiction.objects.filter(
                pk__in=list(counts)
            ).values_list("pk", "code", "name")
        }
    rows = sorted(
        ((*names[pk], count) for pk, count in counts.items() if pk in names),
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
                label=ngettext(
                    "Other (%(count)d jurisdiction)",
                    "Other (%(count)d jurisdictions)",
                    len(rest),
                )
                % {"count": len(rest)},
                value=sum(count for *_, count in rest),
            )
        )
    return BarChart(
        title=gettext("Developments by jurisdiction"),
        label_heading=gettext("Jurisdiction"),
        description=gettext(
            "Bar chart of developments by jurisdiction, largest first. "
            "The same figures are in the table that follows."
        ),
        bars=_layout(bars),
    )
