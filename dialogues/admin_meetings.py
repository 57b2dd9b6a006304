"""Back office for dialogue meetings and their action items (Wagtail admin).

Confidentiality: every view here reads meetings through
`DialogueMeeting.objects.visible_to(user)`. The meeting viewset and its chooser
pass every view through the guard of `admin_confidentiality.py`: views that take
a meeting id refuse ids outside that set with a 404 before they load anything,
so a restricted meeting's edit, inspect, history, usage, revision, delete and
chooser URLs reveal nothing to people who may not see it.

The viewsets are registered from `wagtail_hooks.py`, in the "Dialogues" menu.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from taggit.models import Tag
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.panels.base import get_form_for_model
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.log_actions import log
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views

from monitoring.models import PolicyDevelopment

from .admin_briefing import briefing_header_button
from .admin_confidentiality import ConfidentialChooserViewSet, ConfidentialViewSetMixin
from .admin_forms import (
    ActionItemForm,
    DevelopmentSearchWidget,
    DialogueMeetingForm,
    apply_closed_at,
    team_members,
)
from .admin_tables import ListingTitleColumn, StatusColumn, TextColumn, class_attribute
from .models import (
    ActionItem,
    Confidentiality,
    Contact,
    DialogueMeeting,
    JointInitiative,
    Partner,
)


def visible_action_items(user):
    return ActionItem.objects.visible_to(user)


# --- Listing: filters, columns, export ------------------------------------------


def _overdue_actions():
    return ActionItem.objects.overdue().filter(meeting=OuterRef("pk"))


def _meeting_topics(request=None):
    return (
        Tag.objects.filter(dialogues_taggedmeeting_items__isnull=False)
        .distinct()
        .order_by("name")
    )


def _choice_filter(choices, label):
    return django_filters.ChoiceFilter(
        choices=choices, label=label, empty_label=_("All"), widget=forms.RadioSelect
    )


class MeetingFilterSet(WagtailFilterSet):
    """Filters of the meetings listing and of its CSV / XLSX exports."""

    partner = django_filters.ModelChoiceFilter(
        field_name="partners",
        queryset=Partner.objects.order_by("-is_priority", "name"),
        label=_("Partner"),
    )
    status = _choice_filter(DialogueMeeting.Status.choices, _("Meeting status"))
    confidentiality = _choice_filter(Confidentiality.choices, _("Confidentiality"))
    format = _choice_filter(DialogueMeeting.Format.choices, _("Format"))
    start = django_filters.DateFromToRangeFilter(
        label=_("Starts between"), widget=DateRangePickerWidget
    )
    topic = django_filters.ModelChoiceFilter(
        field_name="tagged_items__tag", queryset=_meeting_topics, label=_("Topic")
    )
    has_overdue_actions = django_filters.BooleanFilter(
        label=_("Has overdue action items"),
        method="filter_overdue",
        widget=BooleanRadioSelect,
    )

    class Meta:
        model = DialogueMeeting
        fields: list[str] = []

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        overdue = Exists(_overdue_actions())
        return queryset.filter(overdue if value else ~overdue)


def partner_names(meeting) -> str:
    return ", ".join(partner.name for partner in meeting.partners.all())


def record_status(meeting) -> str:
    if not meeting.live:
        return _("draft")
    if meeting.has_unpublished_changes:
        return _("live + draft")
    return _("live")


def topic_names(meeting) -> str:
    return ", ".join(sorted(tag.name for tag in meeting.topics.all()))


def _local(value, zone) -> str:
    return timezone.localtime(value, zone).strftime("%Y-%m-%d %H:%M")


def _brussels(value) -> str:
    return timezone.localtime(value, timezone.get_default_timezone()).strftime(
        "%Y-%m-%d %H:%M"
    )


class StartColumn(TextColumn):
    """Start in the meeting's own zone, with Brussels time beneath."""

    def render_cell_html(self, instance, parent_context):
        local = _local(instance.start, instance.time_zone)
        brussels = _brussels(instance.start)
        beneath = ""
        if brussels != local:
            beneath = format_html(
                '<br><span class="w-text-14">{}</span>',
                _("%(when)s Brussels") % {"when": brussels},
            )
        return format_html(
            '<td{}><time datetime="{}">{}</time> '
            '<span class="w-text-grey-400">{}</span>{}</td>',
            class_attribute(self),
            instance.start.isoformat(),
            local,
            instance.time_zone,
            beneath,
        )


# Export columns: name -> (heading, value from a meeting).
MEETING_EXPORT = {
    "title": (_("Title"), lambda m: m.title),
    "partners": (_("Partners"), partner_names),
    "format": (_("Format"), lambda m: m.get_format_display()),
    "level": (_("Level"), lambda m: m.get_level_display()),
    "status": (_("Status"), lambda m: m.get_status_display()),
    "confidentiality": (
        _("Confidentiality"),
        lambda m: m.get_confidentiality_display(),
    ),
    "start_local": (_("Start (local)"), lambda m: _local(m.start, m.time_zone)),
    "end_local": (_("End (local)"), lambda m: _local(m.end, m.time_zone)),
    "time_zone": (_("Time zone"), lambda m: str(m.time_zone)),
    "start_brussels": (_("Start (Brussels)"), lambda m: _brussels(m.start)),
    "location": (_("Location"), lambda m: m.location),
    "online": (_("Online"), lambda m: _("yes") if m.is_online else _("no")),
    "forum": (_("Forum"), lambda m: m.get_forum_display() if m.forum else ""),
    "topics": (_("Topics"), topic_names),
    "published": (_("Published"), lambda m: _("yes") if m.live else _("draft")),
}

# Spreadsheet programs run cells that start like a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value):
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


class MeetingIndexView(snippet_views.IndexView):
    def _get_title_column(self, field_name, column_class=None, **kwargs):
        """The title with the row's buttons, written out (see admin_tables)."""
        return super()._get_title_column(field_name, ListingTitleColumn, **kwargs)

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("latest_revision")
            .prefetch_related("partners", "topics")
        )

    def to_row_dict(self, item):
        return {
            name: _safe_cell(value(item))
            for name, (_heading, value) in MEETING_EXPORT.items()
        }

    def get_heading(self, queryset, field):
        return str(MEETING_EXPORT[field][0])


class WithoutAutosave:
    """No background saving of the meeting form.

    Wagtail's autosave creates the meeting as soon as the form first validates,
    before its author may have chosen the confidentiality, and a publish clicked
    while an autosave is still in flight on the "add" page created the meeting
    twice (seen in the browser test). The form is short: it is saved on purpose.
    """

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.autosave_enabled = False


class MeetingCreateView(WithoutAutosave, snippet_views.CreateView):
    pass


class BriefingHeaderButton:
    """A "Briefing pack" button in the header of a planned meeting's page."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        button = briefing_header_button(self.request.user, self.object)
        if button is not None:
            buttons.append(button)
        return buttons


class MeetingEditView(BriefingHeaderButton, WithoutAutosave, snippet_views.EditView):
    pass


class MeetingInspectView(BriefingHeaderButton, snippet_views.InspectView):
    template_name = "dialogues/admin/meeting_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            DialogueMeeting.objects.visible_to(self.request.user)
            .select_related("logged_by")
            .prefetch_related(
                "partners",
                "topics",
                "related_developments",
                Prefetch(
                    "initiatives",
                    queryset=JointInitiative.objects.visible_to(self.request.user),
                    to_attr="visible_initiatives",
                ),
                "participants__contact__partner",
                "action_items__owner",
                "documents__document",
            ),
            pk=unquote(str(self.pk)),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meeting = self.object
        context.update(
            meeting=meeting,
            local_start=_local(meeting.start, meeting.time_zone),
            local_end=_local(meeting.end, meeting.time_zone),
            brussels_start=_brussels(meeting.start),
            brussels_end=_brussels(meeting.end),
            visible_initiatives=meeting.visible_initiatives,
            # Contacts are personal data: names only for those who handle contacts.
            can_see_contacts=policy_registry.get_by_type(
                Contact
            ).user_has_any_permission(self.request.user, ["add", "change", "view"]),
        )
        return context


# --- Choosers ----------------------------------------------------------------


class ContactSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Name, organisation or email")}),
        required=False,
    )

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            self.is_searching = True
            self.search_query = query
            objects = objects.filter(
                Q(name__icontains=query)
                | Q(organisation__icontains=query)
                | Q(email__icontains=query)
            )
        return objects


class ContactPermissionRequired:
    """Contacts are personal data: only those with a contact permission choose."""

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(Contact)
        if not policy.user_has_any_permission(request.user, ["add", "change", "view"]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ContactChooseMixin(ContactPermissionRequired):
    filter_form_class = ContactSearchForm
    per_page = 20

    def get_object_list(self):
        return Contact.objects.not_anonymised().select_related("partner")


class ContactChooseView(ContactChooseMixin, chooser_views.ChooseView):
    pass


class ContactChooseResultsView(ContactChooseMixin, chooser_views.ChooseResultsView):
    pass


class ContactChosenView(ContactPermissionRequired, chooser_views.ChosenView):
    pass


class ContactChosenMultipleView(
    ContactPermissionRequired, chooser_views.ChosenMultipleView
):
    pass


class ContactCreateView(ContactPermissionRequired, chooser_views.CreateView):
    """ "New contact" in the meeting form: recorded in the audit log, as a
    contact created from the contacts listing is."""

    def save_form(self, form):
        with transaction.atomic():
            contact = super().save_form(form)
            log(contact, "wagtail.create", user=self.request.user)
        return contact


class ContactChooserViewSet(ChooserViewSet):
    """Choose a contact in the meeting form, or create one without leaving it."""

    model = Contact
    icon = "user"
    choose_one_text = _("Choose a contact")
    choose_another_text = _("Choose another contact")
    edit_item_text = _("Edit this contact")
    creation_tab_label = _("New contact")
    create_action_label = _("Create contact")
    form_fields = ["name", "organisation", "partner", "role", "email"]
    # The meeting form names the widget itself; other forms are left alone.
    register_widget = False
    choose_view_class = ContactChooseView
    choose_results_view_class = ContactChooseResultsView
    chosen_view_class = ContactChosenView
    chosen_multiple_view_class = ContactChosenMultipleView
    create_view_class = ContactCreateView


contact_chooser_viewset = ContactChooserViewSet(
    "dialogue_contact_chooser", url_prefix="dialogues/choose-contact"
)


# --- The meeting form --------------------------------------------------------


class FormInlinePanel(InlinePanel):
    """An InlinePanel whose child forms use a given form class."""

    def __init__(self, *args, form_class=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.form_class = form_class

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "form_class": self.form_class}

    def get_form_options(self):
        options = super().get_form_options()
        if self.form_class:
            child_options = self.child_edit_handler.get_form_options()
            options["formsets"][self.relation_name]["form"] = get_form_for_model(
                self.db_field.related_model,
                form_class=self.form_class,
                fields=child_options.get("fields", []),
                defer_required_on_fields=child_options.get(
                    "defer_required_on_fields", []
                ),
            )
        return options


class DevelopmentSearchView(View):
    """JSON for the meeting form's search box: developments matching `q`."""

    def get(self, request):
        if not request.user.has_perm("dialogues.change_dialoguemeeting") and not (
            request.user.has_perm("dialogues.add_dialoguemeeting")
        ):
            return JsonResponse({"error": "permission denied"}, status=403)
        query = (request.GET.get("q") or "").strip()[:200]
        results = []
        if len(query) >= 2:
            developments = (
                PolicyDevelopment.objects.exclude(
                    review_status=PolicyDevelopment.ReviewStatus.DISMISSED
                )
                .filter(
                    Q(title__icontains=query) | Q(jurisdiction__name__icontains=query)
                )
                .select_related("jurisdiction")
                .order_by("-announced_on", "-id")[:20]
            )
            results = [
                {
                    "id": development.pk,
                    "label": str(development),
                    "detail": ", ".join(
                        part
                        for part in (
                            development.jurisdiction.name
                            if development.jurisdiction_id
                            else "",
                            development.get_review_status_display(),
                            development.announced_on.isoformat()
                            if development.announced_on
                            else "",
                        )
                        if part
                    ),
                }
                for development in developments
            ]
        return JsonResponse({"results": results})


class DialogueMeetingViewSet(ConfidentialViewSetMixin, snippet_views.SnippetViewSet):
    model = DialogueMeeting
    icon = "calendar-alt"
    menu_label = _("Meetings")
    menu_name = "meetings"
    menu_order = 100
    index_view_class = MeetingIndexView
    add_view_class = MeetingCreateView
    edit_view_class = MeetingEditView
    inspect_view_class = MeetingInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    chooser_viewset_class = ConfidentialChooserViewSet
    filterset_class = MeetingFilterSet
    search_fields = ["title", "location"]
    search_backend_name = None
    # Wagtail lists 20 snippets a page; the filters and search find the rest.
    list_per_page = 25
    ordering = "-start"
    list_export = list(MEETING_EXPORT)
    export_filename = "dialogue-meetings"

    @cached_property
    def list_display(self):
        return [
            "__str__",
            TextColumn("partners", label=_("Partners"), accessor=partner_names),
            StartColumn("start", label=_("Start (local / Brussels)"), sort_key="start"),
            TextColumn(
                "status",
                label=_("Meeting status"),
                accessor="get_status_display",
                sort_key="status",
            ),
            TextColumn(
                "confidentiality",
                label=_("Confidentiality"),
                accessor="get_confidentiality_display",
                sort_key="confidentiality",
            ),
            TextColumn(
                "format",
                label=_("Format"),
                accessor="get_format_display",
                sort_key="format",
            ),
            # Wagtail's LiveStatusTagColumn asks for a scheduled revision on each
            # row; meetings are never scheduled, so live and draft state suffice.
            StatusColumn(
                "record",
                label=_("Record"),
                accessor=record_status,
                primary=lambda meeting: meeting.live,
                sort_key="live",
            ),
        ]

    @cached_property
    def edit_handler(self):
        return ObjectList(
            [
                FieldPanel("title", required_on_save=True),
                FieldPanel(
                    "partners",
                    widget=forms.CheckboxSelectMultiple,
                    help_text=_("Bilateral: exactly one partner."),
                ),
                FieldRowPanel(
                    [
                        FieldPanel("format"),
                        FieldPanel("level"),
                        FieldPanel("status"),
                        FieldPanel("confidentiality"),
                    ],
                    heading=_("Kind of meeting"),
                ),
                MultiFieldPanel(
                    [
                        FieldPanel("time_zone"),
                        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                    ],
                    heading=_("When (local time)"),
                ),
                FieldRowPanel(
                    [
                        FieldPanel("location"),
                        FieldPanel("is_online"),
                        FieldPanel("forum"),
                    ],
                    heading=_("Where"),
                ),
                FieldPanel("agenda"),
                FieldPanel("public_summary"),
                MultiFieldPanel(
                    [FieldPanel("minutes"), FieldPanel("outcomes")],
                    heading=_("Record of the meeting (internal)"),
                ),
                FieldPanel(
                    "topics",
                    heading=_("Topics"),
                    help_text=_("Comma-separated; existing topics are suggested."),
                ),
                InlinePanel(
                    "participants",
                    panels=[
                        FieldPanel(
                            "contact", widget=contact_chooser_viewset.widget_class
                        ),
                        FieldPanel("role_in_meeting"),
                    ],
                    heading=_("Participants"),
                    label=_("Participant"),
                ),
                FormInlinePanel(
                    "action_items",
                    form_class=ActionItemForm,
                    panels=[
                        FieldPanel("description"),
                        FieldRowPanel(
                            [
                                FieldPanel("owner"),
                                FieldPanel("due_on"),
                                FieldPanel("status"),
                            ]
                        ),
                    ],
                    heading=_("Action items"),
                    label=_("Action item"),
                ),
                InlinePanel(
                    "documents",
                    panels=[FieldPanel("document")],
                    heading=_("Documents"),
                    label=_("Document"),
                ),
                FieldPanel(
                    "related_developments",
                    widget=DevelopmentSearchWidget(
                        search_url=reverse_lazy(
                            f"{self.url_namespace}:search_developments"
                        )
                    ),
                    heading=_("Related policy developments"),
                ),
                FieldPanel(
                    "initiatives",
                    widget=forms.CheckboxSelectMultiple,
                    heading=_("Joint initiatives"),
                ),
            ],
            base_form_class=DialogueMeetingForm,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "search-developments/",
                DevelopmentSearchView.as_view(),
                name="search_developments",
            ),
        ]


# --- Action items ------------------------------------------------------------


class ActionItemFilterSet(WagtailFilterSet):
    status = _choice_filter(ActionItem.Status.choices, _("Status"))
    overdue = django_filters.BooleanFilter(
        label=_("Overdue"), method="filter_overdue", widget=BooleanRadioSelect
    )
    partner = django_filters.ModelChoiceFilter(
        field_name="meeting__partners",
        queryset=Partner.objects.order_by("-is_priority", "name"),
        label=_("Partner"),
    )
    owner = django_filters.ModelChoiceFilter(
        queryset=lambda request: team_members(), label=_("Owner")
    )
    due_on = django_filters.DateFromToRangeFilter(
        label=_("Due between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ActionItem
        fields: list[str] = []

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        overdue = Q(status=ActionItem.Status.OPEN, due_on__lt=timezone.localdate())
        return queryset.filter(overdue if value else ~overdue)


def meeting_link(item):
    return item.meeting.title


class ActionItemIndexView(generic.IndexView):
    """Every action item of the meetings the user may see."""

    any_permission_required = ["add", "change", "delete", "view"]

    def get_base_queryset(self):
        return (
            visible_action_items(self.request.user)
            .select_related("meeting", "owner")
            .prefetch_related("meeting__partners")
        )

    def get_edit_url(self, instance):
        # Action items are edited inside their meeting's form, with its history.
        if self.request.user.has_perm("dialogues.change_dialoguemeeting"):
            return reverse(
                DialogueMeeting.snippet_viewset.get_url_name("edit"),
                args=[instance.meeting_id],
            )
        return None

    def get_inspect_url(self, instance):
        return reverse(
            DialogueMeeting.snippet_viewset.get_url_name("inspect"),
            args=[instance.meeting_id],
        )

    def get_copy_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None

    def get_add_url(self):
        return None

    def to_row_dict(self, item):
        return {
            name: _safe_cell(value(item))
            for name, (_heading, value) in ACTION_ITEM_EXPORT.items()
        }

    def get_heading(self, queryset, field):
        return str(ACTION_ITEM_EXPORT[field][0])


def _owner_name(item) -> str:
    return str(item.owner) if item.owner_id else ""


def _days_overdue(item, today=None) -> int | None:
    today = today or timezone.localdate()
    if item.is_overdue:
        return (today - item.due_on).days
    return None


ACTION_ITEM_EXPORT = {
    "description": (_("Description"), lambda i: i.description),
    "meeting": (_("Meeting"), lambda i: i.meeting.title),
    "partners": (_("Partners"), lambda i: partner_names(i.meeting)),
    "owner": (_("Owner"), _owner_name),
    "due_on": (_("Due on"), lambda i: i.due_on.isoformat() if i.due_on else ""),
    "status": (_("Status"), lambda i: i.get_status_display()),
    "days_overdue": (_("Days overdue"), lambda i: _days_overdue(i) or ""),
}


class ActionItemViewSet(ModelViewSet):
    """A read-only listing: items are written in their meeting's form."""

    model = ActionItem
    name = "action-items"
    url_prefix = "dialogues/action-items"
    icon = "tasks"
    menu_label = _("Action items")
    menu_order = 200
    index_view_class = ActionItemIndexView
    filterset_class = ActionItemFilterSet
    search_fields = ["description"]
    search_backend_name = None
    list_per_page = 50
    ordering = "due_on"
    list_export = list(ACTION_ITEM_EXPORT)
    export_filename = "action-items"
    copy_view_enabled = False
    add_to_reference_index = False
    sort_order_field = None  # ordered by due date, not by hand

    @cached_property
    def list_display(self):
        return [
            TitleColumn(
                "description",
                label=_("Action item"),
                accessor=lambda item: str(item),
                get_url=self._item_url,
            ),
            TextColumn("meeting", label=_("Meeting"), accessor=meeting_link),
            TextColumn(
                "partners",
                label=_("Partners"),
                accessor=lambda item: partner_names(item.meeting),
            ),
            TextColumn("owner", label=_("Owner"), accessor=_owner_name),
            TextColumn("due_on", label=_("Due on"), sort_key="due_on"),
            TextColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                sort_key="status",
            ),
            TextColumn(
                "days_overdue",
                label=_("Days overdue"),
                accessor=lambda item: _days_overdue(item) or "",
            ),
        ]

    @staticmethod
    def _item_url(item):
        return reverse(
            DialogueMeeting.snippet_viewset.get_url_name("inspect"),
            args=[item.meeting_id],
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_form_class(self, for_update=False):
        return None

    def register_admin_url_finder(self):
        # There is no edit view to point to: items are edited in their meeting.
        pass

    @cached_property
    def _edit_handler(self):
        return None


# --- Overdue action items ------------------------------------------------------


class OverdueActionsView(generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "dialogues/admin/overdue_actions.html"
    page_title = _("Overdue action items")
    header_icon = "warning"
    per_page = 50
    index_url_name = "dialogue_overdue_actions:index"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_meetings(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        items = (
            visible_action_items(self.request.user)
            .overdue(today)
            .select_related("meeting", "owner")
            .prefetch_related("meeting__partners")
            .order_by("due_on", "id")
        )
        page = Paginator(items, self.per_page).get_page(self.request.GET.get("p"))
        for item in page.object_list:
            item.days_overdue = (today - item.due_on).days
        context.update(
            page=page,
            items=page.object_list,
            today=today,
            can_close=self.request.user.has_perm("dialogues.change_dialoguemeeting"),
            meeting_edit_url_name=DialogueMeeting.snippet_viewset.get_url_name("edit"),
            meeting_inspect_url_name=DialogueMeeting.snippet_viewset.get_url_name(
                "inspect"
            ),
        )
        return context


class CloseActionItemView(View):
    """POST: mark an overdue item done (or dropped), recorded in the meeting's
    history as an edit by the user."""

    http_method_names = ["post"]

    def post(self, request, pk):
        if not request.user.has_perm("dialogues.change_dialoguemeeting"):
            raise PermissionDenied
        item = get_object_or_404(visible_action_items(request.user), pk=pk)
        status = request.POST.get("status", ActionItem.Status.DONE)
        if status not in (ActionItem.Status.DONE, ActionItem.Status.DROPPED):
            status = ActionItem.Status.DONE
        close_action_item(item=item, user=request.user, status=status)
        messages.success(
            request,
            _("“%(item)s” marked %(status)s.")
            % {"item": item, "status": item.get_status_display().lower()},
        )
        return redirect(reverse("dialogue_overdue_actions:index"))


@transaction.atomic
def close_action_item(*, item: ActionItem, user, status: str) -> ActionItem:
    """Close an action item outside the meeting form, keeping the meeting's
    revisions in step so that the next edit of the meeting does not reopen it."""
    now = timezone.now()
    meeting = DialogueMeeting.objects.select_for_update().get(pk=item.meeting_id)
    item.status = status
    apply_closed_at(item, now)
    item.save(update_fields=["status", "closed_at"])

    if meeting.has_unpublished_changes and meeting.latest_revision_id:
        # Someone's draft is pending: close the item in a new draft on top of it,
        # leaving the rest of the draft unpublished.
        draft = meeting.get_latest_revision_as_object()
        for child in draft.action_items.all():
            if child.pk == item.pk:
                child.status = item.status
                child.closed_at = item.closed_at
        draft.save_revision(user=user, log_action=True, clean=False)
    else:
        meeting.refresh_from_db()
        revision = meeting.save_revision(user=user, log_action=True, clean=False)
        if meeting.live:
            revision.publish(user=user, skip_permission_checks=True)
    return item


def can_view_meetings(user) -> bool:
    return policy_registry.get_by_type(DialogueMeeting).user_has_any_permission(
        user, ["add", "change", "delete", "view"]
    )


class OverdueActionsViewSet(ViewSet):
    """The "Overdue action items" page of the Dialogues menu."""

    name = "dialogue_overdue_actions"
    url_prefix = "dialogues/overdue-actions"
    icon = "warning"
    menu_label = _("Overdue action items")
    menu_name = "overdue-action-items"
    menu_order = 300

    @cached_property
    def menu_item_class(self):
        from wagtail.admin.menu import MenuItem

        class OverdueMenuItem(MenuItem):
            def is_shown(self, request):
                return can_view_meetings(request.user)

        return OverdueMenuItem

    def get_urlpatterns(self):
        return [
            path("", OverdueActionsView.as_view(), name="index"),
            path("<int:pk>/close/", CloseActionItemView.as_view(), name="close"),
        ]


# The viewsets, for wagtail_hooks.py.
meeting_viewset = DialogueMeetingViewSet()
action_item_viewset = ActionItemViewSet()
overdue_actions_viewset = OverdueActionsViewSet()

MEETING_VIEWSETS = [meeting_viewset, action_item_viewset, overdue_actions_viewset]

__all__ = [
    "MEETING_VIEWSETS",
    "contact_chooser_viewset",
    "visible_action_items",
]
