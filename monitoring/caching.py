"""Cached figures of the public tracker, renewed whenever published data changes.

Counting the developments that match a set of filters (the result count and
both charts) is the tracker's most expensive work, and the same filters are
asked for again and again. Those figures, and the filter form's option lists,
are kept in the cache under a version of the published data: any write that
could change them (a development saved, published, dismissed or deleted, its
topics changed, a jurisdiction renamed) starts a new version, so the next
request counts afresh. The version changes at once and again when the
transaction commits, so figures counted before the commit are not reused.
"""

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from django.core.cache import cache

from outreach_portal.data_version import DataVersion

if TYPE_CHECKING:
    from .charts import Tally
    from .filters import DevelopmentFilter

PUBLISHED = DataVersion("monitoring:published-version")
# A safety net: figures are renewed on every change anyway.
FIGURES_TTL = 30 * 60

T = TypeVar("T")


def published_changed() -> None:
    """Call after any write that may change what the public tracker counts."""
    PUBLISHED.renew()


def cached_figures(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, or its value from the cache for the current published data."""
    key = f"monitoring:figures:{PUBLISHED.current()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FIGURES_TTL)
    return value


def filtered_tally(filterset: "DevelopmentFilter") -> "Tally":
    """A valid filter set's developments counted by year and jurisdiction.

    Shared by the tracker and the API, which filter alike. The sort order and
    the page do not change the figures, so they are not part of the key.
    """
    from .charts import tally

    filters = sorted(
        (name, str(value))
        for name, value in filterset.form.cleaned_data.items()
        if name != "sort" and value not in (None, "")
    )
    key = hashlib.sha256(repr(filters).encode()).hexdigest()[:32]
    return cached_figures(f"tally:{key}", lambda: tally(filterset.qs))
