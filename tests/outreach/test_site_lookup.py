"""The cheaper site lookup chooses the Site Wagtail's own lookup would choose."""

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction, Site

from outreach.site_lookup import find_site

from .factories import make_standard_page


def wagtail_choice(request):
    return Site._find_for_request(request)


@pytest.fixture
def sites(seeded):
    """The default site (localhost:80) and three more on other pages."""
    home = seeded["home"]
    other = make_standard_page(home, title="Partner portal")
    Site.objects.create(hostname="partners.example.org", port=80, root_page=other)
    Site.objects.create(hostname="partners.example.org", port=8080, root_page=home)
    Site.objects.create(hostname="events.example.org", port=443, root_page=other)
    return Site.objects.all()


@pytest.mark.parametrize(
    ("host", "port"),
    [
        ("partners.example.org", "80"),  # exact hostname and port
        ("partners.example.org", "8080"),  # exact, the other of two
        ("partners.example.org", "9999"),  # hostname known, port not: the default
        ("events.example.org", "80"),  # the only site with this hostname
        ("localhost", "80"),  # the default site itself
        ("unknown.example.org", "80"),  # no such hostname: the default
    ],
)
def test_the_same_site_as_wagtails_lookup(sites, host, port, settings):
    settings.ALLOWED_HOSTS = ["*"]
    request = RequestFactory().get("/", HTTP_HOST=host, SERVER_PORT=port)

    assert find_site(request) == wagtail_choice(request)


def test_no_site_when_there_is_no_default_and_no_match(sites, settings):
    settings.ALLOWED_HOSTS = ["*"]
    Site.objects.update(is_default_site=False)
    request = RequestFactory().get("/", HTTP_HOST="unknown.example.org")

    assert find_site(request) is None
    assert wagtail_choice(request) is None


def test_a_page_request_looks_its_site_up_with_the_plain_query(client, seeded):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")

    assert response.status_code == 200
    lookups = [
        query["sql"]
        for query in queries.captured_queries
        if '"wagtailcore_site"."hostname" = ' in query["sql"]
    ]
    assert len(lookups) == 1
    assert "CASE" not in lookups[0]


def test_a_changed_site_is_found_on_the_next_request_and_sites_are_kept_between(
    sites, settings
):
    settings.ALLOWED_HOSTS = ["*"]
    request = RequestFactory().get("/", HTTP_HOST="events.example.org")
    events = Site.objects.get(hostname="events.example.org")
    assert find_site(request) == events

    with CaptureQueriesContext(connection) as queries:
        assert find_site(request) == events
    assert len(queries) == 0

    events.hostname = "talks.example.org"
    events.save()

    assert find_site(request) == wagtail_choice(request)
    assert find_site(request).is_default_site


def test_the_home_page_is_served_without_a_query_for_its_view_restrictions(
    client, seeded
):
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200

    assert not [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith('SELECT "wagtailcore_pageviewrestriction"')
    ]


@pytest.mark.parametrize(
    "restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD]
)
def test_a_home_page_made_private_is_private_at_once(seeded, restriction_type):
    assert Client().get("/").status_code == 200

    PageViewRestriction.objects.create(
        page=seeded["home"], restriction_type=restriction_type, password="x"
    )
    response = Client().get("/")

    assert seeded["home"].title not in response.text
    if restriction_type == PageViewRestriction.LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    else:
        assert 'name="password"' in response.text


def test_an_alias_home_page_is_private_when_its_source_is(seeded):
    """A language's home page may be an alias of the English one (Wagtail's
    synchronised translation tree): it shows the source, so it is restricted
    with it."""
    home = seeded["home"]
    french, _ = Locale.objects.get_or_create(language_code="fr")
    home.copy_for_translation(french, alias=True)
    assert Client().get("/fr/").status_code == 200

    PageViewRestriction.objects.create(
        page=home, restriction_type=PageViewRestriction.LOGIN
    )
    response = Client().get("/fr/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
