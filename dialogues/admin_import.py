"""The admin's "Import meetings" page: upload a spreadsheet, preview, confirm.

The uploaded file is kept in the user's session between the preview and the
confirmation (never in media/), and checked again when confirmed, since the
data may have changed in between.

`meeting_import_viewset` is registered by dialogues/wagtail_hooks.py, in the
Dialogues menu.
"""

import base64
import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from .importing import COLUMNS, MAX_DATA_ROWS, REQUIRED_COLUMNS, import_meetings

IMPORT_PERMISSION = "dialogues.add_dialoguemeeting"
URL_NAME = "dialogue_meeting_import:index"
SESSION_KEY = "dialogues.meeting_import"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ACCEPTED_EXTENSIONS = (".csv", ".xlsx")


class MeetingImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet (.csv or .xlsx)"),
        help_text=_(
            "The first row names the columns. You will see what the import "
            "would do before anything is saved."
        ),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,application/"
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(ACCEPTED_EXTENSIONS):
            raise ValidationError(
                _("Upload a .csv or an .xlsx file; “%(name)s” is neither."),
                params={"name": upload.name},
            )
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is larger than %(mb)s MB: split it into smaller files."),
                params={"mb": MAX_UPLOAD_BYTES // (1024 * 1024)},
            )
        return upload


class ImportMeetingsView(WagtailAdminTemplateMixin, TemplateView):
    """Upload → preview (every row, every error) → confirm → import."""

    template_name = "dialogues/admin/import.html"
    preview_template_name = "dialogues/admin/import_preview.html"
    forbidden_template_name = "dialogues/admin/import_forbidden.html"
    page_title = _("Import meetings")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        # Wagtail turns PermissionDenied into a redirect to the dashboard; say 403.
        if not request.user.has_perm(IMPORT_PERMISSION):
            return TemplateResponse(
                request,
                self.forbidden_template_name,
                self.get_context_data(),
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            columns=COLUMNS,
            required_columns=REQUIRED_COLUMNS,
            optional_columns=[c for c in COLUMNS if c not in REQUIRED_COLUMNS],
            max_rows=MAX_DATA_ROWS,
            import_url=reverse(URL_NAME),
        )
        return context

    def get(self, request, *args, **kwargs):
        return self.render_form(MeetingImportForm())

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm()
        form = MeetingImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_form(form)
        upload = form.cleaned_data["file"]
        content = upload.read()
        report = import_meetings(
            content=content, filename=upload.name, user=request.user, dry_run=True
        )
        if report.errors:
            return self.render_form(MeetingImportForm(), report=report)
        token = secrets.token_urlsafe(24)
        request.session[SESSION_KEY] = {
            "token": token,
            "filename": upload.name,
            "content": base64.b64encode(content).decode("ascii"),
        }
        return TemplateResponse(
            request,
            self.preview_template_name,
            self.get_context_data(report=report, token=token),
        )

    def confirm(self):
        request = self.request
        stored = request.session.get(SESSION_KEY)
        if not stored or not constant_time_compare(
            stored.get("token", ""), request.POST.get("token", "")
        ):
            messages.error(
                request,
                _("That preview is no longer available: upload the file again."),
            )
            return redirect(URL_NAME)
        del request.session[SESSION_KEY]
        report = import_meetings(
            content=base64.b64decode(stored["content"]),
            filename=stored["filename"],
            user=request.user,
        )
        if report.errors:
            return self.render_form(MeetingImportForm(), report=report)
        messages.success(request, report.summary())
        return redirect(meeting_listing_url())

    def render_form(self, form, report=None):
        return TemplateResponse(
            self.request,
            self.template_name,
            self.get_context_data(form=form, report=report),
        )


def meeting_listing_url() -> str:
    """The admin's meeting listing when registered, else this import page."""
    for name in (
        "wagtailsnippets_dialogues_dialoguemeeting:list",
        "dialogues_meetings:index",
    ):
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return reverse(URL_NAME)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(IMPORT_PERMISSION)


class MeetingImportViewSet(ViewSet):
    """The "Import meetings" page, as an item of the Dialogues menu."""

    name = "dialogue_meeting_import"
    url_prefix = "dialogues/import-meetings"
    icon = "upload"
    menu_label = _("Import meetings")
    menu_name = "import-meetings"
    menu_order = 400
    menu_item_class = ImportMenuItem

    def get_urlpatterns(self):
        return [path("", ImportMeetingsView.as_view(), name="index")]


# For DIALOGUE_VIEWSETS in dialogues/wagtail_hooks.py.
meeting_import_viewset = MeetingImportViewSet()
