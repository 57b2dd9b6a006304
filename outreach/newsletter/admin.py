"""Newsletter subscribers in the Wagtail admin, for the Communications role.

Subscribers are personal data: only roles granted a Subscriber permission
(Communications; superusers) see them. Nobody adds a subscriber by hand, since
consent comes only through the double opt-in; tokens are never shown or edited.
"""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from outreach_portal.admin_export import ExportValuesMixin

from ..models import Subscriber

STATUS_FILTERS = {
    "subscribed": Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True),
    "pending": Q(confirmed_at__isnull=True, unsubscribed_at__isnull=True),
    "unsubscribed": Q(unsubscribed_at__isnull=False),
}
STATUS_CHOICES = [
    ("subscribed", _("Subscribed")),
    ("pending", _("Awaiting confirmation")),
    ("unsubscribed", _("Unsubscribed")),
]


def subscriber_status(subscriber: Subscriber) -> str:
    if subscriber.unsubscribed_at is not None:
        return str(STATUS_CHOICES[2][1])
    if subscriber.confirmed_at is not None:
        return str(STATUS_CHOICES[0][1])
    return str(STATUS_CHOICES[1][1])


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that no one may add a subscriber."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=STATUS_CHOICES,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_status",
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=settings.LANGUAGES,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Signed up between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Subscriber
        fields: list[str] = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(STATUS_FILTERS[value]) if value else queryset


EXPORT_VALUES = {
    "status": subscriber_status,
    "topics": lambda s: ", ".join(sorted(tag.name for tag in s.topics.all())),
    "partners": lambda s: ", ".join(sorted(p.name for p in s.partners.all())),
}


class SubscriberIndexView(ExportValuesMixin, snippet_views.IndexView):
    export_values = EXPORT_VALUES

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if getattr(self, "is_export", False):
            queryset = queryset.prefetch_related("topics", "partners")
        return queryset


class SubscriberInspectView(snippet_views.InspectView):
    def get_topics_display_value(self):
        return EXPORT_VALUES["topics"](self.object) or _("Every topic")

    def get_partners_display_value(self):
        return EXPORT_VALUES["partners"](self.object) or _("Every partner")


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    menu_name = "newsletter-subscribers"
    menu_order = 350
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    inspect_view_class = SubscriberInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50
    ordering = ["-created_at"]
    list_display = [
        "email",
        "language",
        Column("status", label=_("Status"), accessor=subscriber_status),
        DateColumn("confirmed_at", label=_("Confirmed"), sort_key="confirmed_at"),
        DateColumn(
            "unsubscribed_at", label=_("Unsubscribed"), sort_key="unsubscribed_at"
        ),
        DateColumn("created_at", label=_("Signed up"), sort_key="created_at"),
    ]
    filterset_class = SubscriberFilterSet
    search_fields = ["email"]
    search_backend_name = None  # not in Wagtail's search index: icontains
    list_export = [
        "email",
        "language",
        "status",
        "topics",
        "partners",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    export_headings = {
        "email": _("Email address"),
        "language": _("Language"),
        "status": _("Status"),
        "topics": _("Topics"),
        "partners": _("Partners"),
        "created_at": _("Signed up"),
        "confirmed_at": _("Confirmed"),
        "unsubscribed_at": _("Unsubscribed"),
    }
    export_filename = "newsletter-subscribers"
    inspect_view_fields = [
        "email",
        "language",
        "topics",
        "partners",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    # Preferences only: the address and the dates of consent stay as given.
    panels = [FieldPanel("language"), FieldPanel("topics"), FieldPanel("partners")]
