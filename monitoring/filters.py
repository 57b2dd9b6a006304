"""The tracker's filters, shared by /tracker/, its CSV export and the API."""

import django_filters
from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .models import PolicyDevelopment


class DevelopmentFilter(django_filters.FilterSet):
    """Filters of the public tracker: q, jurisdiction, type, stage, topic, year, sort.

    Apply to PolicyDevelopment.objects.published() only.
    """

    SORTS = {
        "newest": ["-announced_on", "-id"],
        "oldest": ["announced_on", "id"],
        "relevance": ["-search_rank", "-announced_on", "-id"],
    }

    q = django_filters.CharFilter(method="filter_q", label=_("Search"))
    jurisdiction = django_filters.CharFilter(
        method="filter_jurisdiction", label=_("Jurisdiction code")
    )
    type = django_filters.ChoiceFilter(
        field_name="instrument_type",
        choices=PolicyDevelopment.InstrumentType.choices,
        label=_("Type"),
    )
    stage = django_filters.ChoiceFilter(
        choices=PolicyDevelopment.Stage.choices, label=_("Stage")
    )
    topic = django_filters.CharFilter(method="filter_topic", label=_("Topic"))
    year = django_filters.NumberFilter(
        field_name="announced_on",
        lookup_expr="year",
        label=_("Year"),
        min_value=1900,
        max_value=2100,
    )
    sort = django_filters.ChoiceFilter(
        method="filter_sort",
        choices=[
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("relevance", _("Relevance")),
        ],
        label=_("Sort"),
        empty_label=None,
    )

    class Meta:
        model = PolicyDevelopment
        fields: list[str] = []

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.form.fields["year"].widget = forms.NumberInput()

    def filter_q(self, queryset, name, value):
        return queryset.search(value)

    def filter_jurisdiction(self, queryset, name, value):
        codes = [code.strip().upper() for code in value.split(",") if code.strip()]
        return queryset.filter(jurisdiction__code__in=codes) if codes else queryset

    def filter_topic(self, queryset, name, value):
        return queryset.filter(
            tagged_items__tag__slug=slugify(value, allow_unicode=True)
        )

    def filter_sort(self, queryset, name, value):
        return queryset  # applied in filter_queryset, after the search annotation

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        sort = data.get("sort") or ("relevance" if data.get("q") else "newest")
        if sort == "relevance" and not data.get("q"):
            sort = "newest"
        return queryset.order_by(*self.SORTS[sort])
