"""The portal's URLs plus /bench/fixed/, a minimal view with a fixed response:
the reference the page cache is measured against (never served in production)."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from outreach_portal.urls import urlpatterns as portal_urlpatterns


def fixed_response(request: HttpRequest) -> HttpResponse:
    return HttpResponse(b"fixed response", content_type="text/plain")


urlpatterns = [path("bench/fixed/", fixed_response), *portal_urlpatterns]
