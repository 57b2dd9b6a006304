"""The briefing pack in the back office: an HTML page and a PDF for one meeting.

`/admin/dialogues/briefing/<pk>/` and `/admin/dialogues/briefing/<pk>/pdf/`.
Only users who may view meetings (``dialogues.view_dialoguemeeting``) open them,
and only for a meeting they may see: any other id is a 404, so a restricted
meeting's briefing does not even reveal that it exists.

The "Briefing pack" button appears on each planned meeting in the meetings
listing and in the meeting's edit form (action menu). The hooks below are loaded
by `from . import admin_briefing` in `wagtail_hooks.py`.
"""

from django.contrib.admin.utils import unquote
from django.contrib.staticfiles import finders
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.snippets.action_menu import ActionMenuItem

from .briefing import Briefing, briefing_for
from .models import DialogueMeeting

VIEW_PERMISSION = "dialogues.view_dialoguemeeting"
STYLESHEET = "css/briefing.css"


def briefing_url(meeting) -> str:
    return reverse("dialogues_briefing", args=[meeting.pk])


def briefing_pdf_url(meeting) -> str:
    return reverse("dialogues_briefing_pdf", args=[meeting.pk])


def can_open_briefings(user) -> bool:
    return user.is_active and user.has_perm(VIEW_PERMISSION)


def briefing_header_button(user, meeting) -> HeaderButton | None:
    """A "Briefing pack" button for a meeting view's header, for planned meetings.

    For the meeting's inspect and edit views, whose header buttons live in
    ``admin_meetings.py``.
    """
    if meeting.pk is None or meeting.status != DialogueMeeting.Status.PLANNED:
        return None
    if not can_open_briefings(user):
        return None
    return HeaderButton(
        _("Briefing pack"), url=briefing_url(meeting), icon_name="doc-full"
    )


class BriefingMixin:
    """Permission first (403), then the meeting through the guard (404)."""

    def dispatch(self, request, *args, **kwargs):
        if not can_open_briefings(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def meeting(self) -> DialogueMeeting:
        return get_object_or_404(
            DialogueMeeting.objects.visible_to(self.request.user),
            pk=unquote(str(self.kwargs["pk"])),
        )

    @cached_property
    def briefing(self) -> Briefing:
        return briefing_for(self.meeting, self.request.user)


class BriefingView(BriefingMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "dialogues/briefing/page.html"
    header_icon = "doc-full"

    def get_page_title(self):
        return _("Briefing pack")

    def get_page_subtitle(self):
        return self.meeting.title

    def get_breadcrumbs_items(self):
        viewset = DialogueMeeting.snippet_viewset
        items = [
            {
                "url": reverse(viewset.get_url_name("list")),
                "label": viewset.menu_label,
            }
        ]
        if self.request.user.has_perm("dialogues.change_dialoguemeeting"):
            meeting_url = reverse(viewset.get_url_name("edit"), args=[self.meeting.pk])
        else:
            meeting_url = reverse(
                viewset.get_url_name("inspect"), args=[self.meeting.pk]
            )
        items.append({"url": meeting_url, "label": self.meeting.title})
        items.append({"url": "", "label": self.get_page_title()})
        return [*self.breadcrumbs_items, *items]

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Download PDF"),
                url=briefing_pdf_url(self.meeting),
                icon_name="download",
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        viewset = DialogueMeeting.snippet_viewset
        context.update(
            briefing=self.briefing,
            pdf_url=briefing_pdf_url(self.meeting),
            meeting_url_name=viewset.get_url_name("inspect"),
        )
        return context


def _stylesheet() -> str:
    found = finders.find(STYLESHEET)
    if not found:
        return ""
    with open(found, encoding="utf-8") as handle:
        return handle.read()


def render_briefing_pdf(briefing: Briefing, *, base_url: str) -> bytes:
    """The briefing as an A4 PDF: marking, page numbers and date on every page."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher

    html = render_to_string("dialogues/briefing/pdf.html", {"briefing": briefing})
    fonts = FontConfiguration()
    # Everything the PDF needs is in the HTML and the stylesheet: fetch nothing.
    fetcher = URLFetcher(allowed_protocols=["data"])
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    stylesheet = CSS(string=_stylesheet(), font_config=fonts, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[stylesheet], font_config=fonts)


class BriefingPDFView(BriefingMixin, View):
    http_method_names = ["get", "head"]

    def get(self, request, pk):
        briefing = self.briefing
        pdf = render_briefing_pdf(briefing, base_url=request.build_absolute_uri("/"))
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{briefing.filename}"'
        # A confidential document: no shared cache may keep it.
        response["Cache-Control"] = "private, no-store"
        return response


@hooks.register("register_admin_urls")
def register_briefing_urls():
    return [
        path(
            "dialogues/briefing/<int:pk>/",
            BriefingView.as_view(),
            name="dialogues_briefing",
        ),
        path(
            "dialogues/briefing/<int:pk>/pdf/",
            BriefingPDFView.as_view(),
            name="dialogues_briefing_pdf",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def briefing_listing_button(snippet, user, next_url=None):
    """A "Briefing pack" button on planned meetings, in the "More" menu on others."""
    if not isinstance(snippet, DialogueMeeting) or not can_open_briefings(user):
        return []
    if snippet.status == DialogueMeeting.Status.PLANNED:
        return [
            ListingButton(
                _("Briefing pack"),
                url=briefing_url(snippet),
                icon_name="doc-full",
                attrs={
                    "aria-label": _("Briefing pack for “%(title)s”")
                    % {"title": snippet.title}
                },
                priority=5,
            )
        ]
    return [
        MenuItem(
            _("Briefing pack"),
            url=briefing_url(snippet),
            icon_name="doc-full",
            priority=30,
        )
    ]


class BriefingMenuItem(ActionMenuItem):
    """ "Briefing pack" in the action menu of a planned meeting's edit form."""

    name = "action-briefing"
    label = _("Briefing pack")
    icon_name = "doc-full"
    order = 90

    def is_shown(self, context):
        instance = context.get("instance")
        return (
            context.get("view") == "edit"
            and isinstance(instance, DialogueMeeting)
            and instance.pk is not None
            and instance.status == DialogueMeeting.Status.PLANNED
            and can_open_briefings(context["request"].user)
        )

    def get_url(self, parent_context):
        return briefing_url(parent_context["instance"])


@hooks.register("register_snippet_action_menu_item")
def briefing_action_menu_item(model):
    if model is DialogueMeeting:
        return BriefingMenuItem()
    return None
