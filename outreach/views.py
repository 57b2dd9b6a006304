"""Public views of the outreach site that are not Wagtail pages."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from dialogues.calendar import build_calendar, meeting_events

CALENDAR_CACHE_SECONDS = 300


def _site_root(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").removesuffix("/")


@require_safe
@cache_control(public=True, max_age=CALENDAR_CACHE_SECONDS)
def calendar_ics(request: HttpRequest) -> HttpResponse:
    """/events/calendar.ics: the public calendar, to subscribe to in any calendar
    application. Public dialogue meetings only (their public fields); the site's
    event pages join them here as they are built."""
    calendar = build_calendar(meeting_events(_site_root(request)))
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    return response
