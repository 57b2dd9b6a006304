"""Dialogues in the Wagtail admin: one "Dialogues" menu for everything the
project team logs and follows up.

Each part lives in its own module and is only registered here. To add a part
(partners, contacts, joint initiatives …), write its viewset in a module of its
own, e.g. `dialogues/admin_partners.py`, and append it to DIALOGUE_VIEWSETS
below; give it a `menu_order` to place it in the menu (meetings are at 100,
action items 200, overdue action items 300).
"""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from .admin_confidentiality import register_confidential_model
from .models import DialogueMeeting, JointInitiative

# Before any viewset asks Wagtail for these models' permission policies.
register_confidential_model(DialogueMeeting, DialogueMeeting.objects.visible_to)
register_confidential_model(JointInitiative, JointInitiative.objects.visible_to)

# admin_briefing registers its hooks on import.
from . import admin_briefing, admin_meetings, admin_people  # noqa: E402, F401
from .admin_import import meeting_import_viewset  # noqa: E402
from .admin_panels import DialoguesDashboardPanel  # noqa: E402

DIALOGUE_VIEWSETS = [
    *admin_meetings.MEETING_VIEWSETS,
    *admin_people.PEOPLE_VIEWSETS,
    meeting_import_viewset,
]


class DialoguesMenu(SnippetViewSetGroup):
    menu_label = "Dialogues"
    menu_name = "dialogues"
    menu_icon = "group"
    menu_order = 150
    items = DIALOGUE_VIEWSETS


register_snippet(DialoguesMenu)


@hooks.register("register_admin_viewset")
def register_contact_chooser():
    return admin_meetings.contact_chooser_viewset


@hooks.register("construct_homepage_panels")
def add_dialogues_panel(request, panels):
    panels.append(DialoguesDashboardPanel(request))
