"""The "Dialogues" panel of the admin dashboard: upcoming meetings, overdue
action items and recent meetings, from the meetings the user may see."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .admin_meetings import can_view_meetings
from .models import ActionItem, DialogueMeeting

SHOWN = 5


class DialoguesDashboardPanel(Component):
    name = "dialogues"
    template_name = "dialogues/admin/dashboard_panel.html"
    order = 150

    def __init__(self, request):
        self.request = request

    def is_shown(self) -> bool:
        return can_view_meetings(self.request.user)

    def get_context_data(self, parent_context=None):
        user = self.request.user
        now = timezone.now()
        today = timezone.localdate()
        meetings = DialogueMeeting.objects.visible_to(user).prefetch_related("partners")
        upcoming = list(meetings.upcoming(now).order_by("start", "id")[:SHOWN])
        recent = list(
            meetings.filter(
                status=DialogueMeeting.Status.HELD, start__lte=now
            ).order_by("-start", "-id")[:SHOWN]
        )
        overdue = ActionItem.objects.visible_to(user).overdue(today)
        overdue_count = overdue.count()
        overdue_top = list(
            overdue.select_related("meeting", "owner").order_by("due_on", "id")[:SHOWN]
        )
        for item in overdue_top:
            item.days_overdue = (today - item.due_on).days
        viewset = DialogueMeeting.snippet_viewset
        can_edit = user.has_perm("dialogues.change_dialoguemeeting")
        link_name = viewset.get_url_name("edit" if can_edit else "inspect")
        for meeting in [*upcoming, *recent]:
            meeting.admin_url = reverse(link_name, args=[meeting.pk])
        for item in overdue_top:
            item.meeting_url = reverse(link_name, args=[item.meeting_id])
        return {
            "upcoming": upcoming,
            "recent": recent,
            "overdue_count": overdue_count,
            "overdue_top": overdue_top,
            "overdue_url": reverse("dialogue_overdue_actions:index"),
            "meetings_url": reverse(viewset.get_url_name("list")),
            "add_url": reverse(viewset.get_url_name("add"))
            if user.has_perm("dialogues.add_dialoguemeeting")
            else "",
        }

    def render_html(self, parent_context=None):
        if not self.is_shown():
            return ""
        return super().render_html(parent_context)
