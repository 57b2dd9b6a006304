"""The project's URLs with the confidential site history in front of Wagtail's,
as proposed for outreach_portal/urls.py."""

from dialogues.admin_meetings import site_history_urlpatterns
from outreach_portal.urls import urlpatterns as project_urlpatterns

urlpatterns = [*site_history_urlpatterns(), *project_urlpatterns]
