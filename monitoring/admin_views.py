"""The monitoring back office in the Wagtail admin: forms, listings and bulk actions.

wagtail_hooks.py registers what is defined here. A model can be a snippet only
once, so the triage queue and the "not verified" list are ModelViewSets over
PolicyDevelopment that keep only their listing views and send every other link
(edit, inspect, history, delete) to the Developments snippet views.
"""

import uuid

from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_list_or_404, get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import classproperty
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.log_actions import log
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from outreach_portal.admin_export import ExportValuesMixin

from . import services
from .admin_filters import (
    DEVELOPMENT_SEARCH_FIELDS,
    DevelopmentAdminFilterSet,
    NotVerifiedFilterSet,
    TriageFilterSet,
    filter_developments,
)
from .models import (
    AIActElement,
    AlignmentAssessment,
    Jurisdiction,
    PolicyDevelopment,
    Source,
)

NOT_VERIFIED_DAYS = 180

# Audit-log actions written by the bulk actions (registered in wagtail_hooks.py).
LOG_PUBLISH = "monitoring.publish"
LOG_DISMISS = "monitoring.dismiss"
LOG_VERIFY = "monitoring.verify"


# --- Forms -------------------------------------------------------------------


class DevelopmentAdminForm(WagtailAdminModelForm):
    """Edit form of a development: the AI Act elements as checkboxes.

    The model keeps them as a JSON list of AIActElement values.
    """

    ai_act_elements = forms.MultipleChoiceField(
        label=_("AI Act elements"),
        choices=AIActElement.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("The elements of the EU AI Act this development touches."),
    )

    def save(self, commit=True):
        # Who decided the review status, and when: the triage actions do the same.
        if "review_status" in self.changed_data and getattr(
            self.for_user, "is_authenticated", False
        ):
            self.instance.reviewed_by = self.for_user
            self.instance.reviewed_at = timezone.now()
        return super().save(commit=commit)


class AssessmentAdminForm(WagtailAdminModelForm):
    """Edit form of an alignment assessment.

    Evidence is chosen among the published developments of the assessment's
    jurisdiction (plus any already cited); the analyst and time are recorded.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("evidence")
        if field is None:
            return
        condition = Q(pk__in=[])
        jurisdiction_id = self._jurisdiction_id()
        if jurisdiction_id:
            condition |= Q(jurisdiction_id=jurisdiction_id)
        if self.instance.pk:
            condition |= Q(pk__in=[d.pk for d in self.instance.evidence.all()])
        field.queryset = (
            PolicyDevelopment.objects.published()
            .filter(condition)
            .order_by("-announced_on", "-id")
        )
        field.label_from_instance = _evidence_label
        field.help_text = _(
            "Published developments of this jurisdiction. Choose the jurisdiction "
            "and save to see them."
        )

    def _jurisdiction_id(self):
        if self.is_bound:
            value = str(self.data.get(self.add_prefix("jurisdiction")) or "")
            return int(value) if value.isdigit() else None
        return self.instance.jurisdiction_id

    def save(self, commit=True):
        if not self.instance.pk or self.has_changed():
            if getattr(self.for_user, "is_authenticated", False):
                self.instance.assessed_by = self.for_user
            self.instance.assessed_at = timezone.now()
        return super().save(commit=commit)


def _evidence_label(development):
    if development.announced_on:
        return f"{development.title} ({development.announced_on.isoformat()})"
    return development.title


# --- A chooser for developments that can search ----------------------------


class DevelopmentChooserFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Search titles")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = objects.filter(
                Q(title__icontains=query) | Q(source_url__icontains=query)
            )
            self.is_searching = True
            self.search_query = query
        return objects


class DevelopmentChooseView(snippet_chooser.ChooseView):
    filter_form_class = DevelopmentChooserFilterForm


class DevelopmentChooseResultsView(snippet_chooser.ChooseResultsView):
    filter_form_class = DevelopmentChooserFilterForm


class DevelopmentChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = DevelopmentChooseView
    choose_results_view_class = DevelopmentChooseResultsView


# --- Developments: columns, export, views ------------------------------------


def _display(field):
    return lambda development: getattr(development, f"get_{field}_display")()


def _verified_on(development):
    return development.last_verified_on or _("Never")


def _missing_if_none(field):
    """A triage column: what a candidate lacks to be published says so."""
    return lambda development: getattr(development, field) or _("Missing")


def _date_column(field, label, **kwargs):
    # A plain date ("May 28, 2025"), not the relative "1 year ago" of DateColumn.
    return Column(field, label=label, sort_key=field, **kwargs)


EXPORT_VALUES = {
    "jurisdiction": lambda d: d.jurisdiction.name if d.jurisdiction else "",
    "jurisdiction_code": lambda d: d.jurisdiction.code if d.jurisdiction else "",
    "instrument_type": _display("instrument_type"),
    "stage": _display("stage"),
    "review_status": _display("review_status"),
    "significance": _display("significance"),
    "topics": lambda d: ", ".join(sorted(tag.name for tag in d.topics.all())),
    "ai_act_elements": lambda d: "; ".join(map(str, d.ai_act_element_labels())),
    "source": lambda d: d.source.name if d.source else "",
}


class DevelopmentListingMixin(ExportValuesMixin):
    """What every listing of developments shares: loading, export, bulk buttons."""

    export_values = EXPORT_VALUES

    #: Bulk actions offered in the footer (action types); None: all registered.
    bulk_action_types = None

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("jurisdiction", "source")
        if getattr(self, "is_export", False):
            queryset = queryset.prefetch_related("topics")
        return queryset

    def get_bulk_action_buttons(self):
        actions = bulk_action_registry.get_bulk_actions_for_model(
            "monitoring", "policydevelopment"
        )
        buttons = []
        for action in sorted(actions, key=lambda a: a.action_priority):
            if (
                self.bulk_action_types is not None
                and action.action_type not in self.bulk_action_types
            ):
                continue
            buttons.append(
                ListingButton(
                    action.display_name,
                    reverse(
                        "wagtail_bulk_action",
                        args=["monitoring", "policydevelopment", action.action_type],
                    ),
                    attrs={
                        "aria-label": action.aria_label,
                        "data-bulk-action-button": "",
                    },
                    priority=action.action_priority,
                    classname=" ".join(action.classes | {"bulk-action-btn"}),
                )
            )
        return buttons

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["bulk_action_buttons"] = self.get_bulk_action_buttons()
        context["listing_intro"] = getattr(self, "listing_intro", "")
        return context


class DevelopmentIndexView(DevelopmentListingMixin, snippet_views.IndexView):
    pass


class DevelopmentInspectView(snippet_views.InspectView):
    extra_labels = {
        "topics": _("Topics"),
        "source": _("Found in feed"),
        "stage_history": _("Stage history"),
        "superseded_by": _("Superseded by"),
        "created_at": _("Added"),
        "updated_at": _("Last changed"),
    }

    def get_object(self, queryset=None):
        return get_object_or_404(
            PolicyDevelopment.objects.select_related(
                "jurisdiction", "source", "supersedes", "reviewed_by"
            ),
            pk=self.pk,
        )

    def get_field_label(self, field_name, field):
        if field_name in self.extra_labels:
            return self.extra_labels[field_name]
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "-" if value is None or value == "" else value

    def get_ai_act_elements_display_value(self):
        return ", ".join(map(str, self.object.ai_act_element_labels())) or "-"

    def get_stage_history_display_value(self):
        steps = [
            f"{change.get_stage_display()} ({date_format(change.changed_on)})"
            for change in self.object.stage_changes.all()
        ]
        return " → ".join(steps) or "-"

    def get_superseded_by_display_value(self):
        return ", ".join(str(d) for d in self.object.superseded_by.all()) or "-"

    def get_reviewed_by_display_value(self):
        user = self.object.reviewed_by
        return (user.get_full_name() or str(user)) if user else "-"


class DevelopmentViewSet(SnippetViewSet):
    model = PolicyDevelopment
    icon = "doc-full"
    menu_label = _("Developments")
    menu_name = "monitoring-developments"
    index_view_class = DevelopmentIndexView
    inspect_view_class = DevelopmentInspectView
    chooser_viewset_class = DevelopmentChooserViewSet
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50
    ordering = ["-announced_on", "-id"]
    list_display = [
        "title",
        "jurisdiction",
        "instrument_type",
        "stage",
        "review_status",
        _date_column("announced_on", _("Announced")),
        Column(
            "last_verified_on",
            label=_("Last verified"),
            accessor=_verified_on,
            sort_key="last_verified_on",
        ),
    ]
    filterset_class = DevelopmentAdminFilterSet
    search_fields = DEVELOPMENT_SEARCH_FIELDS
    # Not in Wagtail's search index: search the database (icontains) instead.
    search_backend_name = None
    list_export = [
        "id",
        "title",
        "jurisdiction",
        "jurisdiction_code",
        "instrument_type",
        "stage",
        "review_status",
        "significance",
        "announced_on",
        "adopted_on",
        "in_force_on",
        "last_verified_on",
        "topics",
        "ai_act_elements",
        "source_url",
        "source",
        "summary",
    ]
    export_headings = {
        "id": "ID",
        "jurisdiction_code": _("Jurisdiction code"),
        "topics": _("Topics"),
        "source": _("Found in feed"),
    }
    export_filename = "policy-developments"
    inspect_view_fields = [
        "title",
        "jurisdiction",
        "instrument_type",
        "stage",
        "stage_history",
        "announced_on",
        "adopted_on",
        "in_force_on",
        "summary",
        "internal_analysis",
        "source_url",
        "source",
        "topics",
        "ai_act_elements",
        "significance",
        "review_status",
        "reviewed_by",
        "reviewed_at",
        "last_verified_on",
        "supersedes",
        "superseded_by",
        "created_at",
        "updated_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("title"),
                    FieldPanel("jurisdiction", widget=forms.Select),
                    FieldPanel("instrument_type"),
                    FieldPanel("stage"),
                    FieldPanel("significance"),
                ],
                heading=_("The development"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("announced_on"),
                    FieldPanel("adopted_on"),
                    FieldPanel("in_force_on"),
                ],
                heading=_("Dates"),
            ),
            MultiFieldPanel(
                [FieldPanel("summary"), FieldPanel("internal_analysis")],
                heading=_("Summary and analysis"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("source_url"),
                    FieldPanel("source", widget=forms.Select),
                    FieldPanel("supersedes"),
                ],
                heading=_("Sources and related developments"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("topics", heading=_("Topics")),
                    FieldPanel("ai_act_elements"),
                ],
                heading=_("Classification"),
            ),
            MultiFieldPanel(
                [FieldPanel("review_status"), FieldPanel("last_verified_on")],
                heading=_("Review"),
            ),
        ],
        base_form_class=DevelopmentAdminForm,
    )

    def get_queryset(self, request):
        return PolicyDevelopment.objects.select_related("jurisdiction", "source")


# --- Listings over a subset of developments ---------------------------------

# Our view names -> the Developments snippet viewset's URL names.
SNIPPET_URL_NAMES = {"index": "list", "index_results": "list_results"}


class DevelopmentSubsetViewSet(ModelViewSet):
    """A listing-only viewset over PolicyDevelopment (see the module docstring)."""

    model = PolicyDevelopment
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = 50
    search_fields = DEVELOPMENT_SEARCH_FIELDS
    search_backend_name = None
    add_to_reference_index = False

    def get_url_name(self, view_name):
        if view_name in SNIPPET_URL_NAMES:
            return super().get_url_name(view_name)
        return PolicyDevelopment.snippet_viewset.get_url_name(view_name)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    # The Developments snippet viewset owns the model's URL finder and permissions.
    def register_admin_url_finder(self):
        pass

    def register_permissions(self):
        pass


class DevelopmentSubsetIndexView(DevelopmentListingMixin, snippet_views.IndexView):
    template_name = "monitoring/admin/development_subset_index.html"
    # Only the analysts who may change developments work these queues.
    any_permission_required = ["change"]
    listing_intro = ""


class TriageIndexView(DevelopmentSubsetIndexView):
    page_title = _("Triage queue")
    bulk_action_types = ("publish", "dismiss")
    listing_intro = _(
        "Candidates found in the feeds or added by hand, newest first. Select them "
        "to publish (they need a jurisdiction and a date) or dismiss them."
    )

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .filter(review_status=PolicyDevelopment.ReviewStatus.CANDIDATE)
        )


class TriageViewSet(DevelopmentSubsetViewSet):
    name = "monitoring_triage"
    url_prefix = "monitoring/triage"
    icon = "tasks"
    menu_label = _("Triage queue")
    menu_name = "monitoring-triage"
    index_view_class = TriageIndexView
    ordering = ["-created_at", "-id"]
    filterset_class = TriageFilterSet
    list_display = [
        "title",
        "source",
        Column(
            "jurisdiction",
            label=_("Jurisdiction"),
            accessor=_missing_if_none("jurisdiction"),
            sort_key="jurisdiction",
        ),
        "instrument_type",
        _date_column(
            "announced_on", _("Announced"), accessor=_missing_if_none("announced_on")
        ),
        DateColumn("created_at", label=_("Found"), sort_key="created_at"),
    ]


class NotVerifiedIndexView(DevelopmentSubsetIndexView):
    page_title = _("Not verified for %(days)s days") % {"days": NOT_VERIFIED_DAYS}
    bulk_action_types = ("verify",)
    listing_intro = _(
        "Published developments nobody has checked against their source for "
        "%(days)s days. Check each one, then mark it verified."
    ) % {"days": NOT_VERIFIED_DAYS}

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .published()
            .not_verified_since(NOT_VERIFIED_DAYS)
        )


class NotVerifiedViewSet(DevelopmentSubsetViewSet):
    name = "monitoring_not_verified"
    url_prefix = "monitoring/not-verified"
    icon = "history"
    menu_label = _("Not verified for %(days)s days") % {"days": NOT_VERIFIED_DAYS}
    menu_name = "monitoring-not-verified"
    index_view_class = NotVerifiedIndexView
    ordering = ["last_verified_on", "announced_on", "id"]
    filterset_class = NotVerifiedFilterSet
    list_display = [
        "title",
        "jurisdiction",
        "stage",
        _date_column("announced_on", _("Announced")),
        Column(
            "last_verified_on",
            label=_("Last verified"),
            accessor=_verified_on,
            sort_key="last_verified_on",
        ),
        Column("source_url", label=_("Official source")),
    ]


# --- Sources, jurisdictions, assessments -------------------------------------


def _yes_no(value):
    return _("Yes") if value else _("No")


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "rotate"
    menu_label = _("Sources")
    menu_name = "monitoring-sources"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "name",
        "jurisdiction",
        Column(
            "active",
            label=_("Active"),
            accessor=lambda s: _yes_no(s.active),
            sort_key="active",
        ),
        DateColumn(
            "last_fetched_at", label=_("Last fetch"), sort_key="last_fetched_at"
        ),
        "last_status",
        NumberColumn(
            "consecutive_failures",
            label=_("Failures in a row"),
            sort_key="consecutive_failures",
        ),
        NumberColumn("last_new_items", label=_("New items"), sort_key="last_new_items"),
        DateColumn("next_poll_at", label=_("Next poll"), sort_key="next_poll_at"),
        Column(
            "last_error",
            label=_("Last error"),
            accessor=lambda s: Truncator(s.last_error).chars(80),
        ),
    ]
    list_filter = ["last_status", "active", "jurisdiction"]
    search_fields = ["name", "url"]
    search_backend_name = None
    inspect_view_fields = [
        "name",
        "url",
        "jurisdiction",
        "active",
        "poll_interval",
        "last_fetched_at",
        "last_status",
        "last_error",
        "last_new_items",
        "consecutive_failures",
        "next_poll_at",
        "etag",
        "last_modified",
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("jurisdiction", widget=forms.Select),
        FieldPanel("active"),
        FieldPanel("poll_interval"),
    ]

    def get_queryset(self, request):
        return Source.objects.select_related("jurisdiction")


class JurisdictionViewSet(SnippetViewSet):
    model = Jurisdiction
    icon = "site"
    menu_label = _("Jurisdictions")
    menu_name = "monitoring-jurisdictions"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["name", "code", "kind", "region"]
    list_filter = ["kind"]
    search_fields = ["name", "code"]
    search_backend_name = None
    ordering = "name"
    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("kind"),
        FieldPanel("region"),
    ]


class AssessmentViewSet(SnippetViewSet):
    model = AlignmentAssessment
    icon = "clipboard-list"
    menu_label = _("Alignment assessments")
    menu_name = "monitoring-assessments"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "__str__",
        "jurisdiction",
        "element",
        "level",
        Column(
            "assessed_by",
            label=_("Assessed by"),
            accessor=lambda a: (
                (a.assessed_by.get_full_name() or str(a.assessed_by))
                if a.assessed_by
                else ""
            ),
        ),
        DateColumn("assessed_at", label=_("Assessed"), sort_key="assessed_at"),
    ]
    list_filter = ["jurisdiction", "element", "level"]
    search_fields = ["rationale"]
    search_backend_name = None
    inspect_view_fields = [
        "jurisdiction",
        "element",
        "level",
        "rationale",
        "evidence",
        "assessed_by",
        "assessed_at",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("jurisdiction", widget=forms.Select),
            FieldPanel("element"),
            FieldPanel("level"),
            FieldPanel("rationale"),
            FieldPanel("evidence", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=AssessmentAdminForm,
    )

    def get_queryset(self, request):
        return AlignmentAssessment.objects.select_related(
            "jurisdiction", "assessed_by", "latest_revision"
        )


# --- Bulk actions on developments -------------------------------------------


class DevelopmentBulkAction(SnippetBulkAction):
    """A bulk action on developments for those who may change them.

    "Select all in listing" covers the listing's filtered rows (from the query
    string the listing passes on), limited to the rows the action applies to.
    """

    template_name = "monitoring/admin/confirm_bulk_action.html"
    classes = set()
    log_action = ""
    confirm_question = ""
    submit_label = ""
    listing_filterset_class = DevelopmentAdminFilterSet

    @classproperty
    def models(cls):
        return [PolicyDevelopment]

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        )

    @classmethod
    def get_queryset(cls, model, object_ids):
        ids = [str(pk) for pk in object_ids if str(pk).isdigit()]
        return get_list_or_404(
            model.objects.select_related("jurisdiction").order_by("title"),
            pk__in=ids,
        )

    def actionable_base_queryset(self):
        return PolicyDevelopment.objects.all()

    def get_all_objects_in_listing_query(self, parent_id):
        return filter_developments(
            self.actionable_base_queryset(),
            self.request.GET,
            filterset_class=self.listing_filterset_class,
        ).values_list("pk", flat=True)

    def object_context(self, development):
        context = super().object_context(development)
        context["edit_url"] = reverse(
            PolicyDevelopment.snippet_viewset.get_url_name("edit"),
            args=[quote(development.pk)],
        )
        return context

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["confirm_question"] = self.confirm_question
        context["submit_label"] = self.submit_label
        return context

    @classmethod
    def write_log(cls, developments, user):
        # One uuid per entry: Wagtail's history view keeps only the latest entry
        # of each (uuid, action), whatever the object, so a shared request uuid
        # would hide all but one development's entry.
        for development in developments:
            log(development, cls.log_action, user=user, uuid=uuid.uuid4())


def _plural(count):
    return ngettext("%(count)d development", "%(count)d developments", count) % {
        "count": count
    }


class PublishBulkAction(DevelopmentBulkAction):
    display_name = _("Publish")
    action_type = "publish"
    aria_label = _("Publish the selected developments")
    action_priority = 10
    log_action = LOG_PUBLISH
    confirm_question = _(
        "Publish these developments on the public tracker? Those without a "
        "jurisdiction or an announcement date stay in the queue."
    )
    submit_label = _("Yes, publish")
    listing_filterset_class = TriageFilterSet

    def actionable_base_queryset(self):
        return PolicyDevelopment.objects.candidates()

    @classmethod
    def execute_action(cls, objects, **kwargs):
        view = kwargs["self"]
        user = view.request.user
        pending = [
            d
            for d in objects
            if d.review_status != PolicyDevelopment.ReviewStatus.PUBLISHED
        ]
        count, incomplete = services.publish_developments(
            developments=PolicyDevelopment.objects.filter(
                pk__in=[d.pk for d in objects]
            ),
            by=user,
        )
        skipped = {d.pk for d in incomplete}
        cls.write_log([d for d in pending if d.pk not in skipped], user)
        view.incomplete = sorted(incomplete, key=lambda d: d.title)
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        incomplete = getattr(self, "incomplete", [])
        if incomplete:
            reasons = []
            for development in incomplete:
                missing = []
                if development.jurisdiction_id is None:
                    missing.append(str(_("no jurisdiction")))
                if development.announced_on is None:
                    missing.append(str(_("no announcement date")))
                reasons.append(f"“{development.title}” ({', '.join(missing)})")
            messages.warning(
                self.request,
                ngettext(
                    "%(count)d development could not be published, add what it "
                    "lacks first: %(items)s.",
                    "%(count)d developments could not be published, add what they "
                    "lack first: %(items)s.",
                    len(incomplete),
                )
                % {"count": len(incomplete), "items": "; ".join(reasons)},
            )
        if num_parent_objects:
            return _("%(developments)s published.") % {
                "developments": _plural(num_parent_objects)
            }
        if not incomplete:
            return _("Nothing to publish: the selected developments are public.")
        return None


class DismissBulkAction(DevelopmentBulkAction):
    display_name = _("Dismiss")
    action_type = "dismiss"
    aria_label = _("Dismiss the selected developments")
    action_priority = 20
    log_action = LOG_DISMISS
    confirm_question = _(
        "Dismiss these developments? They stay on file, hidden from the public, "
        "so that feeds never bring them back."
    )
    submit_label = _("Yes, dismiss")
    listing_filterset_class = TriageFilterSet

    def actionable_base_queryset(self):
        return PolicyDevelopment.objects.candidates()

    @classmethod
    def execute_action(cls, objects, **kwargs):
        user = kwargs["self"].request.user
        pending = [
            d
            for d in objects
            if d.review_status != PolicyDevelopment.ReviewStatus.DISMISSED
        ]
        count = services.dismiss_developments(
            developments=PolicyDevelopment.objects.filter(
                pk__in=[d.pk for d in objects]
            ),
            by=user,
        )
        cls.write_log(pending, user)
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return _("%(developments)s dismissed.") % {
            "developments": _plural(num_parent_objects)
        }


class MarkVerifiedBulkAction(DevelopmentBulkAction):
    display_name = _("Mark verified today")
    action_type = "verify"
    aria_label = _("Mark the selected developments as verified today")
    action_priority = 25
    log_action = LOG_VERIFY
    confirm_question = _(
        "Have you checked these developments against their official sources? "
        "They will be marked as verified today."
    )
    submit_label = _("Yes, mark verified")
    listing_filterset_class = NotVerifiedFilterSet

    def actionable_base_queryset(self):
        return PolicyDevelopment.objects.published().not_verified_since(
            NOT_VERIFIED_DAYS
        )

    @classmethod
    def execute_action(cls, objects, **kwargs):
        user = kwargs["self"].request.user
        count = services.mark_developments_verified(
            developments=PolicyDevelopment.objects.filter(
                pk__in=[d.pk for d in objects]
            )
        )
        cls.write_log(objects, user)
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return _("%(developments)s marked as verified today.") % {
            "developments": _plural(num_parent_objects)
        }


class PollSourcesBulkAction(SnippetBulkAction):
    """Poll the selected feeds now, due or not, in the background (Celery)."""

    display_name = _("Poll now")
    action_type = "poll"
    aria_label = _("Poll the selected sources now")
    action_priority = 10
    template_name = "monitoring/admin/confirm_bulk_action.html"

    @classproperty
    def models(cls):
        return [Source]

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        )

    @classmethod
    def get_queryset(cls, model, object_ids):
        ids = [str(pk) for pk in object_ids if str(pk).isdigit()]
        return get_list_or_404(model.objects.order_by("name"), pk__in=ids)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["confirm_question"] = _(
            "Poll these feeds now? New items join the triage queue; the listing "
            "shows each feed's result once the poll has run."
        )
        context["submit_label"] = _("Yes, poll now")
        return context

    @classmethod
    def execute_action(cls, objects, **kwargs):
        from .tasks import ingest_feeds

        ingest_feeds.delay_on_commit([source.pk for source in objects])
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "Polling %(count)d source: reload the list in a moment for its result.",
            "Polling %(count)d sources: reload the list in a moment for their results.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


BULK_ACTIONS = (
    PublishBulkAction,
    DismissBulkAction,
    MarkVerifiedBulkAction,
    PollSourcesBulkAction,
)
