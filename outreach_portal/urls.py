from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from dialogues.admin_confidentiality import site_history_urlpatterns
from outreach import views as outreach_views
from outreach.feeds import NewsFeed

from . import views
from .api import api

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("accounts/", include("allauth.urls")),
    # Staff sign in through allauth (rate limits, MFA), never through Wagtail's form.
    path(
        "admin/login/",
        RedirectView.as_view(url=settings.WAGTAILADMIN_LOGIN_URL, query_string=True),
    ),
    # Wagtail's site history report, filtered by the dialogues' confidentiality.
    *site_history_urlpatterns(),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("reports/", include("reports.urls")),
    path("api/v1/", api.urls),
    path("sitemap.xml", outreach_views.sitemap_index, name="sitemap"),
    path(
        "sitemap-<slug:section>.xml",
        outreach_views.sitemap_section,
        name="sitemap_section",
    ),
    path("robots.txt", outreach_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages for people, in every site language: English at the root paths, the
# others under /fr/, /ja/, /ko/. Wagtail's page tree serves everything not
# matched before it.
urlpatterns += i18n_patterns(
    path("", include("monitoring.urls")),
    path("", include("dialogues.urls")),
    path("newsletter/", include("outreach.newsletter.urls")),
    path("search/", outreach_views.search, name="search"),
    path("feeds/news.xml", NewsFeed(), name="news_feed"),
    path("events/calendar.ics", outreach_views.calendar_ics, name="calendar_ics"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
