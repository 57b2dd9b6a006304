"""Back office for partners, contacts and joint initiatives (Wagtail admin).

Partners are public information; the project team edits them, FPI staff read them.

Contacts are personal data. Only the roles with a contact permission (Project
team, Team leads) see them; there is no bulk export. Two actions serve the data
protection rules: "Anonymise" (removes the identifying fields, keeps the meeting
history) and "Download data" (everything held on one person, for a data subject
access request, for team leads and superusers only). Both are written to the
audit log.

Joint initiatives carry a confidentiality level: every view here (listing,
search, export, inspect, edit, delete, history, usage, chooser) reads them
through `JointInitiative.objects.visible_to(user)`, by way of the guard in
`admin_confidentiality.py`; a restricted initiative's URLs answer 404 to
everyone but team leads and superusers.

The viewsets (PEOPLE_VIEWSETS) are registered from `wagtail_hooks.py`, in the
"Dialogues" menu; the hooks below (audit-log actions, the guarded bulk delete)
register when that module imports this one.
"""

import csv
import io
import json

import django_filters
from django import forms
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property, classproperty
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from monitoring.models import Jurisdiction

from . import services
from .admin_confidentiality import (
    CONFIDENTIAL_MODELS,
    ConfidentialChooserViewSet,
    ConfidentialViewSetMixin,
    visible_records,
)
from .admin_meetings import ContactChooseMixin, ContactPermissionRequired
from .models import (
    Confidentiality,
    Contact,
    DialogueMeeting,
    JointInitiative,
    MeetingParticipant,
    Partner,
)
from .querysets import can_see_restricted

RESTRICTED = Confidentiality.RESTRICTED

# Spreadsheet programs run cells that start like a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _yes_no(value) -> str:
    return _("Yes") if value else _("No")


def _date(value) -> str:
    return date_format(value, "j M Y") if value else ""


def partner_names(record) -> str:
    return ", ".join(partner.name for partner in record.partners.all())


def _choice_filter(choices, label):
    return django_filters.ChoiceFilter(
        choices=choices, label=label, empty_label=_("All"), widget=forms.RadioSelect
    )


def _partners_by_priority():
    return Partner.objects.order_by("-is_priority", "name")


# --- Partners --------------------------------------------------------------------


class PartnerFilterSet(WagtailFilterSet):
    jurisdiction = django_filters.ModelChoiceFilter(
        queryset=lambda request: Jurisdiction.objects.filter(
            partners__isnull=False
        ).distinct(),
        label=_("Jurisdiction"),
    )
    is_priority = django_filters.BooleanFilter(
        label=_("Priority partner"), widget=BooleanRadioSelect
    )
    active = django_filters.BooleanFilter(label=_("Active"), widget=BooleanRadioSelect)

    class Meta:
        model = Partner
        fields: list[str] = []


def partner_usage(partner: Partner) -> dict:
    """How many records of each kind refer to a partner (all of them, whatever
    their confidentiality: only team leads and superusers delete partners)."""
    counts = Partner.objects.filter(pk=partner.pk).aggregate(
        meetings=Count("meetings", distinct=True),
        initiatives=Count("initiatives", distinct=True),
        contacts=Count("contacts", distinct=True),
    )
    return {name: count for name, count in counts.items() if count}


class PartnerDeleteView(snippet_views.DeleteView):
    """A partner with meetings, initiatives or contacts is not deleted: the
    meetings would lose their partner. It can be marked inactive instead."""

    def dispatch(self, request, *args, **kwargs):
        if self.user_has_permission("delete"):
            usage = partner_usage(self.object)
            if usage:
                parts = []
                if "meetings" in usage:
                    parts.append(
                        ngettext(
                            "%(count)d meeting",
                            "%(count)d meetings",
                            usage["meetings"],
                        )
                        % {"count": usage["meetings"]}
                    )
                if "initiatives" in usage:
                    parts.append(
                        ngettext(
                            "%(count)d joint initiative",
                            "%(count)d joint initiatives",
                            usage["initiatives"],
                        )
                        % {"count": usage["initiatives"]}
                    )
                if "contacts" in usage:
                    parts.append(
                        ngettext(
                            "%(count)d contact",
                            "%(count)d contacts",
                            usage["contacts"],
                        )
                        % {"count": usage["contacts"]}
                    )
                messages.error(
                    request,
                    _(
                        "%(partner)s cannot be deleted: it has %(records)s. "
                        "Untick “Active” to retire the partner instead."
                    )
                    % {"partner": self.object.name, "records": ", ".join(parts)},
                )
                return redirect(self.edit_url_name, quote(self.object.pk))
        return super().dispatch(request, *args, **kwargs)


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "site"
    menu_label = _("Partners")
    menu_name = "partners"
    menu_order = 360
    inspect_view_enabled = True
    copy_view_enabled = False
    delete_view_class = PartnerDeleteView
    filterset_class = PartnerFilterSet
    search_fields = ["name", "slug"]
    search_backend_name = None
    ordering = ["-is_priority", "name"]
    list_per_page = 50
    list_display = [
        "name",
        Column(
            "jurisdiction",
            label=_("Jurisdiction"),
            accessor="jurisdiction.name",
            sort_key="jurisdiction__name",
        ),
        Column("framework", label=_("Framework")),
        Column(
            "is_priority",
            label=_("Priority"),
            accessor=lambda partner: _yes_no(partner.is_priority),
            sort_key="is_priority",
        ),
        Column(
            "active",
            label=_("Active"),
            accessor=lambda partner: _yes_no(partner.active),
            sort_key="active",
        ),
    ]
    inspect_view_fields = [
        "name",
        "slug",
        "jurisdiction",
        "framework",
        "framework_url",
        "public_summary",
        "is_priority",
        "active",
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug", help_text=_("The address of the public page: /partners/…/")),
        FieldPanel("jurisdiction", widget=forms.Select),
        MultiFieldPanel(
            [FieldPanel("framework"), FieldPanel("framework_url")],
            heading=_("Dialogue framework"),
        ),
        FieldPanel("public_summary"),
        FieldRowPanel([FieldPanel("is_priority"), FieldPanel("active")]),
    ]

    def get_queryset(self, request):
        return Partner.objects.select_related("jurisdiction")


# --- Contacts --------------------------------------------------------------------


def can_export_contact_data(user) -> bool:
    """The data subject access export: team leads and superusers only."""
    return can_see_restricted(user)


class ContactFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(
        queryset=lambda request: _partners_by_priority(),
        label=_("Partner"),
        null_label=_("EU side"),
    )
    anonymised = django_filters.BooleanFilter(
        label=_("Anonymised"), method="filter_anonymised", widget=BooleanRadioSelect
    )

    class Meta:
        model = Contact
        fields: list[str] = []

    def filter_anonymised(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(anonymised_at__isnull=not value)


def contact_side(contact) -> str:
    return contact.partner.name if contact.partner_id else str(_("EU side"))


def contact_status(contact) -> str:
    if contact.is_anonymised:
        return _("Anonymised on %(date)s") % {
            "date": _date(timezone.localtime(contact.anonymised_at))
        }
    return ""


class ContactActionsMixin:
    """The URLs of the two personal-data actions, for those who may use them."""

    anonymise_url_name = None
    data_export_url_name = None

    @cached_property
    def can_anonymise(self):
        return self.user_has_permission("change")

    @cached_property
    def can_export_data(self):
        return can_export_contact_data(self.request.user)

    def get_anonymise_url(self, contact):
        if self.can_anonymise and not contact.is_anonymised:
            return reverse(self.anonymise_url_name, args=[quote(contact.pk)])
        return None

    def get_data_export_url(self, contact):
        if self.can_export_data:
            return reverse(self.data_export_url_name, args=[quote(contact.pk)])
        return None


class ContactIndexView(ContactActionsMixin, snippet_views.IndexView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # Personal data: no spreadsheet of everyone (the model has no list_export;
        # without this, ?export=csv would still answer with an empty sheet).
        self.is_export = False

    def get_edit_url(self, instance):
        if instance.is_anonymised:
            return None
        return super().get_edit_url(instance)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if url := self.get_anonymise_url(instance):
            buttons.append(
                Button(_("Anonymise"), url=url, icon_name="user", priority=40)
            )
        if url := self.get_data_export_url(instance):
            buttons.append(
                Button(
                    _("Download data (JSON)"),
                    url=url,
                    icon_name="download",
                    priority=50,
                )
            )
        return buttons


class ContactEditView(ContactActionsMixin, snippet_views.EditView):
    """An anonymised contact stays anonymous: it is not edited back to a name."""

    def dispatch(self, request, *args, **kwargs):
        if self.user_has_permission("change") and self.object.is_anonymised:
            messages.warning(
                request, _("This contact was anonymised and can no longer be edited.")
            )
            return redirect(self.inspect_url_name, quote(self.object.pk))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if url := self.get_anonymise_url(self.object):
            buttons.append(
                Button(_("Anonymise"), url=url, icon_name="user", priority=40)
            )
        if url := self.get_data_export_url(self.object):
            buttons.append(
                Button(
                    _("Download data (JSON)"),
                    url=url,
                    icon_name="download",
                    priority=50,
                )
            )
        return buttons


def contact_in_use(contact: Contact) -> bool:
    """A contact who took part in a meeting (or is in a pending draft of one)."""
    return MeetingParticipant.objects.filter(contact=contact).exists() or bool(
        services.draft_participations(contact)
    )


class ContactDeleteView(snippet_views.DeleteView):
    """A contact who took part in meetings is anonymised, not deleted: deleting
    would break the meetings' history (and the database refuses it)."""

    inspect_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if self.user_has_permission("delete") and contact_in_use(self.object):
            messages.error(
                request,
                _(
                    "This contact took part in meetings and cannot be deleted. "
                    "Anonymise the contact to remove their personal data."
                ),
            )
            return redirect(self.inspect_url_name, quote(self.object.pk))
        return super().dispatch(request, *args, **kwargs)

    def delete_action(self):
        pk = self.object.pk
        super().delete_action()
        services.forget_deleted_contacts(contact_ids=[pk])


class ContactInspectView(ContactActionsMixin, snippet_views.InspectView):
    template_name = "dialogues/admin/contact_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Contact.objects.select_related("partner"), pk=unquote(str(self.pk))
        )

    def get_edit_url(self):
        if self.object.is_anonymised:
            return None
        return super().get_edit_url()

    def get_fields(self):
        return ["name", "organisation", "partner", "role", "email", "phone", "notes"]

    def get_partner_display_value(self):
        return contact_side(self.object)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "—" if value in (None, "") else value

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if url := self.get_anonymise_url(self.object):
            buttons.append(
                Button(_("Anonymise"), url=url, icon_name="user", priority=40)
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Only the meetings this user may see; a team member does not learn of
        # restricted meetings through a contact.
        meetings = DialogueMeeting.objects.visible_to(self.request.user).values("pk")
        participations = (
            MeetingParticipant.objects.filter(contact=self.object, meeting__in=meetings)
            .select_related("meeting")
            .prefetch_related("meeting__partners")
            .order_by("-meeting__start", "-meeting_id")
        )
        context.update(
            contact=self.object,
            participations=participations,
            meeting_url_name=DialogueMeeting.snippet_viewset.get_url_name("inspect"),
            anonymise_url=self.get_anonymise_url(self.object),
            data_export_url=self.get_data_export_url(self.object),
        )
        return context


class ContactObjectView(
    PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """A view about one contact, for those with the given contact permission."""

    model = Contact
    index_url_name = None
    inspect_url_name = None
    header_icon = "user"

    @cached_property
    def object(self):
        return get_object_or_404(
            Contact.objects.select_related("partner"),
            pk=unquote(str(self.kwargs["pk"])),
        )

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Contacts")},
            {
                "url": reverse(self.inspect_url_name, args=[quote(self.object.pk)]),
                "label": str(self.object),
            },
            {"url": "", "label": self.get_page_title()},
        ]


class ContactAnonymiseView(ContactObjectView):
    """Confirm, then anonymise a contact (POST, with Django's CSRF check)."""

    permission_required = "change"
    template_name = "dialogues/admin/contact_anonymise.html"
    page_title = _("Anonymise contact")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        contact = self.object
        meetings = DialogueMeeting.objects.visible_to(self.request.user)
        mentions = []
        if not contact.is_anonymised and len(contact.name) >= 4:
            # Names typed into a meeting's text are not structured data: list
            # them so that someone removes them by hand.
            name = contact.name
            mentions = list(
                meetings.filter(
                    Q(title__icontains=name)
                    | Q(agenda__icontains=name)
                    | Q(public_summary__icontains=name)
                    | Q(minutes__icontains=name)
                    | Q(outcomes__icontains=name)
                ).order_by("-start")[:50]
            )
        context.update(
            contact=contact,
            participation_count=MeetingParticipant.objects.filter(
                contact=contact
            ).count(),
            mentions=mentions,
            meeting_edit_url_name=DialogueMeeting.snippet_viewset.get_url_name("edit"),
            inspect_url=reverse(self.inspect_url_name, args=[quote(contact.pk)]),
        )
        return context

    def post(self, request, *args, **kwargs):
        contact = self.object
        inspect_url = reverse(self.inspect_url_name, args=[quote(contact.pk)])
        if contact.is_anonymised:
            messages.info(request, _("This contact was already anonymised."))
            return redirect(inspect_url)
        contact = services.anonymise_contact(contact=contact, by=request.user)
        messages.success(
            request,
            _(
                "The contact is now “%(name)s”: name, email, phone, notes, position "
                "and organisation were removed; the meeting history is kept."
            )
            % {"name": contact.name},
        )
        return redirect(inspect_url)


class ContactDataExportView(ContactObjectView):
    """Download everything held on one contact: a data subject access export.

    Who: team leads and superusers only. A data subject access request must be
    answered with all the data held on the person, restricted meetings included,
    so the export is not filtered by the confidentiality guard; it is therefore
    limited to those who may see restricted meetings. Project team members can
    still anonymise a contact but cannot download their data.

    What: the contact's fields, every meeting they took part in (published
    participation or pending draft) with their role in it, and the history of
    their record. JSON by default, `?format=csv` for a spreadsheet. Every
    download is written to the audit log.
    """

    http_method_names = ["get", "head"]
    any_permission_required = ["add", "change", "delete", "view"]

    def dispatch(self, request, *args, **kwargs):
        if not can_export_contact_data(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        file_format = "csv" if request.GET.get("format") == "csv" else "json"
        data = services.contact_data_export(contact=self.object)
        services.log_contact_data_export(
            contact=self.object, by=request.user, file_format=file_format
        )
        filename = f"contact-{self.object.pk}-data.{file_format}"
        if file_format == "csv":
            response = HttpResponse(
                contact_data_csv(data), content_type="text/csv; charset=utf-8"
            )
        else:
            response = HttpResponse(
                json.dumps(data, indent=2, ensure_ascii=False),
                content_type="application/json; charset=utf-8",
            )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


CSV_MEETING_COLUMNS = [
    "id",
    "title",
    "start",
    "end",
    "time_zone",
    "partners",
    "status",
    "confidentiality",
    "role_in_meeting",
    "record",
]


def contact_data_csv(data: dict) -> str:
    """The export as one CSV: the contact's fields as field/value rows, then a
    table of meetings, then the record's history."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["field", "value"])
    for field, value in data["contact"].items():
        writer.writerow([field, _safe_cell(value)])
    writer.writerow([])
    writer.writerow(CSV_MEETING_COLUMNS)
    for meeting in data["meetings"]:
        row = []
        for column in CSV_MEETING_COLUMNS:
            value = meeting[column]
            if isinstance(value, list):
                value = "; ".join(value)
            row.append(_safe_cell(value))
        writer.writerow(row)
    writer.writerow([])
    writer.writerow(["history action", "timestamp"])
    for entry in data["history"]:
        writer.writerow([entry["action"], entry["timestamp"]])
    writer.writerow([])
    writer.writerow(["exported_at", data["exported_at"]])
    return out.getvalue()


class ContactSnippetChooseView(ContactChooseMixin, snippet_chooser.ChooseView):
    pass


class ContactSnippetChooseResultsView(
    ContactChooseMixin, snippet_chooser.ChooseResultsView
):
    pass


class ContactSnippetChosenView(
    ContactPermissionRequired, snippet_chooser.SnippetChosenView
):
    pass


class ContactSnippetChosenMultipleView(
    ContactPermissionRequired, snippet_chooser.SnippetChosenMultipleView
):
    pass


class ContactSnippetCreateView(
    ContactPermissionRequired, snippet_chooser.SnippetCreateView
):
    def save_form(self, form):
        contact = super().save_form(form)
        log(contact, "wagtail.create", user=self.request.user)
        return contact


class ContactChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    """The snippet chooser of contacts: for contact holders only, anonymised
    contacts left out, and a "New contact" tab to create one on the spot."""

    choose_view_class = ContactSnippetChooseView
    choose_results_view_class = ContactSnippetChooseResultsView
    chosen_view_class = ContactSnippetChosenView
    chosen_multiple_view_class = ContactSnippetChosenMultipleView
    create_view_class = ContactSnippetCreateView
    form_fields = ["name", "organisation", "partner", "role", "email"]
    creation_tab_label = _("New contact")
    create_action_label = _("Create contact")
    choose_one_text = _("Choose a contact")
    choose_another_text = _("Choose another contact")


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    menu_name = "contacts"
    menu_order = 370
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = ContactIndexView
    edit_view_class = ContactEditView
    delete_view_class = ContactDeleteView
    inspect_view_class = ContactInspectView
    chooser_viewset_class = ContactChooserViewSet
    filterset_class = ContactFilterSet
    search_fields = ["name", "organisation", "email"]
    search_backend_name = None
    ordering = ["name", "id"]
    list_per_page = 50
    list_display = [
        "name",
        Column("organisation", label=_("Organisation"), sort_key="organisation"),
        Column("partner", label=_("Partner"), accessor=contact_side),
        Column("role", label=_("Position"), sort_key="role"),
        Column("status", label=_("Anonymised"), accessor=contact_status),
    ]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")]),
        FieldPanel("partner", widget=forms.Select),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("notes"),
    ]

    def get_queryset(self, request):
        return Contact.objects.select_related("partner")

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            anonymise_url_name=self.get_url_name("anonymise"),
            data_export_url_name=self.get_url_name("data_export"),
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "anonymise/<int:pk>/",
                self.construct_view(ContactAnonymiseView),
                name="anonymise",
            ),
            path(
                "data-export/<int:pk>/",
                self.construct_view(ContactDataExportView),
                name="data_export",
            ),
        ]


# --- Joint initiatives -----------------------------------------------------------


def _initiative_topics(request=None):
    return (
        Tag.objects.filter(dialogues_taggedinitiative_items__isnull=False)
        .distinct()
        .order_by("name")
    )


class InitiativeFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(
        field_name="partners",
        queryset=lambda request: _partners_by_priority(),
        label=_("Partner"),
    )
    status = _choice_filter(JointInitiative.Status.choices, _("Status"))
    kind = _choice_filter(JointInitiative.Kind.choices, _("Kind"))
    confidentiality = _choice_filter(Confidentiality.choices, _("Confidentiality"))
    topic = django_filters.ModelChoiceFilter(
        field_name="tagged_items__tag", queryset=_initiative_topics, label=_("Topic")
    )

    class Meta:
        model = JointInitiative
        fields: list[str] = []


def topic_names(record) -> str:
    return ", ".join(sorted(tag.name for tag in record.topics.all()))


def milestone_summary(initiative) -> str:
    return "; ".join(
        f"{m.title} ({_('done') if m.is_done else m.due_on or _('no date')})"
        for m in initiative.milestones.all()
    )


# Export columns: name -> (heading, value from an initiative).
INITIATIVE_EXPORT = {
    "title": (_("Title"), lambda i: i.title),
    "partners": (_("Partners"), partner_names),
    "kind": (_("Kind"), lambda i: i.get_kind_display()),
    "status": (_("Status"), lambda i: i.get_status_display()),
    "confidentiality": (
        _("Confidentiality"),
        lambda i: i.get_confidentiality_display(),
    ),
    "start_on": (_("Start"), lambda i: i.start_on.isoformat() if i.start_on else ""),
    "end_on": (_("End"), lambda i: i.end_on.isoformat() if i.end_on else ""),
    "topics": (_("Topics"), topic_names),
    "milestones": (_("Milestones"), milestone_summary),
    "public_description": (_("Public description"), lambda i: i.public_description),
}


class InitiativeForm(WagtailAdminModelForm):
    """Only team leads file restricted initiatives (others would lose sight of
    them on saving); partners are the active ones plus those already linked."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "confidentiality" in self.fields and not can_see_restricted(self.for_user):
            field = self.fields["confidentiality"]
            field.choices = [c for c in field.choices if c[0] != RESTRICTED]
            field.help_text = _(
                "Public: may appear on the public partner pages. Internal: staff "
                "only. Restricted initiatives are filed by team leads."
            )
        if "partners" in self.fields:
            current = [
                getattr(value, "pk", value)
                for value in self.initial.get("partners") or []
            ]
            self.fields["partners"].queryset = Partner.objects.filter(
                Q(active=True) | Q(pk__in=current)
            ).order_by("-is_priority", "name")

    class Meta:
        model = JointInitiative
        fields: list[str] = []


class InitiativeIndexView(snippet_views.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().prefetch_related("partners")
        if self.is_export:
            queryset = queryset.prefetch_related("topics", "milestones")
        return queryset

    def to_row_dict(self, item):
        return {
            name: _safe_cell(value(item))
            for name, (_heading, value) in INITIATIVE_EXPORT.items()
        }

    def get_heading(self, queryset, field):
        return str(INITIATIVE_EXPORT[field][0])


class InitiativeInspectView(snippet_views.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(
            JointInitiative.objects.visible_to(self.request.user).prefetch_related(
                "partners", "topics", "milestones"
            ),
            pk=unquote(str(self.pk)),
        )

    def get_fields(self):
        return [
            "title",
            "partners",
            "kind",
            "status",
            "confidentiality",
            "start_on",
            "end_on",
            "objectives",
            "public_description",
            "deliverables",
            "topics",
            "milestones",
            "meetings",
        ]

    def get_field_label(self, field_name, field):
        labels = {
            "topics": _("Topics"),
            "milestones": _("Milestones"),
            "meetings": _("Related meetings"),
            "start_on": _("Start"),
            "end_on": _("End"),
        }
        if field_name in labels:
            return labels[field_name]
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "—" if value in (None, "") else value

    def get_partners_display_value(self):
        return partner_names(self.object) or "—"

    def get_topics_display_value(self):
        return topic_names(self.object) or "—"

    def get_milestones_display_value(self):
        milestones = list(self.object.milestones.all())
        if not milestones:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{} — {}</li>",
                (
                    (
                        m.title,
                        _("done on %(date)s") % {"date": _date(m.done_on)}
                        if m.is_done
                        else _("due %(date)s") % {"date": _date(m.due_on)}
                        if m.due_on
                        else _("no due date"),
                    )
                    for m in milestones
                ),
            ),
        )

    def get_meetings_display_value(self):
        # Meetings are read through their own guard: a restricted meeting linked
        # to an internal initiative stays hidden from the project team.
        meetings = list(
            DialogueMeeting.objects.visible_to(self.request.user)
            .filter(initiatives=self.object)
            .order_by("-start", "-id")
        )
        if not meetings:
            return "—"
        url_name = DialogueMeeting.snippet_viewset.get_url_name("inspect")
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> ({})</li>',
                (
                    (
                        reverse(url_name, args=[meeting.pk]),
                        meeting.title,
                        _date(timezone.localtime(meeting.start)),
                    )
                    for meeting in meetings
                ),
            ),
        )


class JointInitiativeViewSet(ConfidentialViewSetMixin, SnippetViewSet):
    model = JointInitiative
    icon = "group"
    menu_label = _("Joint initiatives")
    menu_name = "joint-initiatives"
    menu_order = 350
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = InitiativeIndexView
    inspect_view_class = InitiativeInspectView
    chooser_viewset_class = ConfidentialChooserViewSet
    filterset_class = InitiativeFilterSet
    search_fields = ["title", "objectives", "public_description"]
    search_backend_name = None
    ordering = ["-start_on", "title"]
    list_per_page = 50
    list_export = list(INITIATIVE_EXPORT)
    export_filename = "joint-initiatives"
    list_display = [
        "title",
        Column("partners", label=_("Partners"), accessor=partner_names),
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            sort_key="status",
        ),
        Column(
            "confidentiality",
            label=_("Confidentiality"),
            accessor="get_confidentiality_display",
            sort_key="confidentiality",
        ),
        Column(
            "start_on",
            label=_("Start"),
            accessor=lambda i: _date(i.start_on),
            sort_key="start_on",
        ),
        Column(
            "end_on",
            label=_("End"),
            accessor=lambda i: _date(i.end_on),
            sort_key="end_on",
        ),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
            FieldRowPanel(
                [
                    FieldPanel("kind"),
                    FieldPanel("status"),
                    FieldPanel("confidentiality"),
                ],
                heading=_("Kind of initiative"),
            ),
            FieldRowPanel(
                [FieldPanel("start_on"), FieldPanel("end_on")], heading=_("When")
            ),
            FieldPanel("objectives"),
            FieldPanel("public_description"),
            FieldPanel("deliverables"),
            FieldPanel(
                "topics",
                heading=_("Topics"),
                help_text=_("Comma-separated; existing topics are suggested."),
            ),
            InlinePanel(
                "milestones",
                panels=[
                    FieldPanel("title"),
                    FieldRowPanel([FieldPanel("due_on"), FieldPanel("done_on")]),
                ],
                heading=_("Milestones"),
                label=_("Milestone"),
            ),
        ],
        base_form_class=InitiativeForm,
    )


# --- Bulk delete: no titles or names for those who may not delete -------------


class GuardedDeleteBulkAction(DeleteBulkAction):
    """Wagtail's snippet bulk delete, for partners, contacts, initiatives and
    meetings.

    Wagtail's own lists every requested record, names included, to anyone who
    opens its URL with guessed ids. Here: only those with the delete permission
    get a page at all, restricted initiatives stay invisible to others, and
    records still in use (a partner with meetings, a contact who took part in
    meetings) are left out, as the single delete views do.
    """

    @classproperty
    def models(cls):
        return [Partner, Contact, JointInitiative, DialogueMeeting]

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "delete"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def get_queryset(cls, model, object_ids):
        ids = [str(pk) for pk in object_ids if str(pk).isdigit()]
        return list(model.objects.filter(pk__in=ids))

    def get_all_objects_in_listing_query(self, parent_id):
        return self._visible(self.model.objects.all()).values_list("pk", flat=True)

    def _visible(self, queryset):
        if self.model in CONFIDENTIAL_MODELS:
            return queryset & visible_records(self.model, self.request.user)
        return queryset

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        ids = [obj.pk for obj in objects]
        result = super().execute_action(objects, user=user, **kwargs)
        if kwargs["self"].model is Contact:
            services.forget_deleted_contacts(contact_ids=ids)
        return result

    @cached_property
    def _actionable_objects(self):
        objects, extra = super(DeleteBulkAction, self).get_actionable_objects()
        visible = set(
            self._visible(
                self.model.objects.filter(pk__in=[o.pk for o in objects])
            ).values_list("pk", flat=True)
        )
        kept = []
        for obj in objects:
            if obj.pk not in visible:
                continue
            in_use = (self.model is Partner and partner_usage(obj)) or (
                self.model is Contact and contact_in_use(obj)
            )
            if in_use:
                extra["items_with_no_access"].append(obj)
            else:
                kept.append(obj)
        extra["items_with_no_access"] = [
            obj for obj in extra["items_with_no_access"] if obj.pk in visible
        ]
        return kept, extra


# --- Hooks -----------------------------------------------------------------------


@hooks.register("register_log_actions")
def register_contact_log_actions(actions):
    actions.register_action(
        services.LOG_ANONYMISE_CONTACT,
        _("Anonymise contact"),
        _("Contact anonymised: identifying data removed"),
    )
    actions.register_action(
        services.LOG_EXPORT_CONTACT_DATA,
        _("Export contact data"),
        _("Contact's data downloaded (data subject access)"),
    )


# After Wagtail's own "delete" for snippets, so that this one replaces it.
hooks.register("register_bulk_action", GuardedDeleteBulkAction, order=100)


# The viewsets, for wagtail_hooks.py.
initiative_viewset = JointInitiativeViewSet()
partner_viewset = PartnerViewSet()
contact_viewset = ContactViewSet()

PEOPLE_VIEWSETS = [initiative_viewset, partner_viewset, contact_viewset]

__all__ = [
    "PEOPLE_VIEWSETS",
    "can_export_contact_data",
]
