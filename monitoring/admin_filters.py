"""Filters of the back-office listings (Wagtail admin), built on WagtailFilterSet.

Parameters use the model's field names (jurisdiction=<id>, instrument_type, stage,
review_status, topic=<tag id>, announced_on_from / announced_on_to), unlike the
public tracker's DevelopmentFilter, which takes codes and slugs.
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from .models import Jurisdiction, PolicyDevelopment, Source

# The fields the listings' search box looks in (a database icontains search:
# PolicyDevelopment is not in Wagtail's search index).
DEVELOPMENT_SEARCH_FIELDS = ["title", "summary"]


def _topics(request=None):
    return (
        Tag.objects.filter(monitoring_taggedpolicydevelopment_items__isnull=False)
        .distinct()
        .order_by("name")
    )


def _choice_filter(choices, label):
    return django_filters.ChoiceFilter(
        choices=choices, label=label, empty_label=_("All"), widget=forms.RadioSelect
    )


class BaseDevelopmentFilterSet(WagtailFilterSet):
    """The filters every listing of developments has."""

    jurisdiction = django_filters.ModelChoiceFilter(
        queryset=Jurisdiction.objects.all(), label=_("Jurisdiction")
    )
    instrument_type = _choice_filter(
        PolicyDevelopment.InstrumentType.choices, _("Instrument type")
    )
    stage = _choice_filter(PolicyDevelopment.Stage.choices, _("Stage"))
    topic = django_filters.ModelChoiceFilter(
        field_name="tagged_items__tag", queryset=_topics, label=_("Topic")
    )
    announced_on = django_filters.DateFromToRangeFilter(
        label=_("Announced between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = PolicyDevelopment
        fields: list[str] = []


class DevelopmentAdminFilterSet(BaseDevelopmentFilterSet):
    """Filters of the Developments listing and its CSV / XLSX exports."""

    review_status = _choice_filter(
        PolicyDevelopment.ReviewStatus.choices, _("Review status")
    )


class TriageFilterSet(BaseDevelopmentFilterSet):
    """The triage queue holds candidates only: a feed filter, no review status."""

    source = django_filters.ModelChoiceFilter(
        queryset=Source.objects.all(), label=_("Found in feed")
    )


class NotVerifiedFilterSet(BaseDevelopmentFilterSet):
    """Published developments due for a check against their source."""


def filter_developments(queryset, data, *, filterset_class=DevelopmentAdminFilterSet):
    """Apply a listing's filters and search (`q`) from a query dict to a queryset.

    Bulk actions use it when an editor selects "all in listing", so that the
    action covers what the listing showed and nothing more.
    """
    filterset = filterset_class(data=data, queryset=queryset)
    if filterset.is_valid():
        queryset = filterset.qs
    query = (data.get("q") or "").strip()
    if query:
        condition = Q()
        for field in DEVELOPMENT_SEARCH_FIELDS:
            condition |= Q(**{f"{field}__icontains": query})
        queryset = queryset.filter(condition)
    return queryset
