"""With Redis out of reach the site is served uncached: pages, feeds and the API
answer as usual, and only /healthz says the cache failed."""

import json

import pytest
from django.test import Client

from tests.dialogues.factories import MeetingFactory, PartnerFactory
from tests.monitoring.factories import DevelopmentFactory
from tests.outreach.factories import make_explainer

# A port where nothing listens: the Redis client gets "connection refused".
DEAD_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "outreach_portal.cache_backend.RedisCache",
            "LOCATION": DEAD_REDIS,
            "KEY_PREFIX": "portal",
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    settings.PAGE_CACHE_SECONDS = 600


def test_public_pages_feeds_and_api_answer_without_redis(seeded, redis_down):
    make_explainer(
        seeded["home"], title="What the AI Act means for you", slug="ai-act-for-you"
    )
    japan = PartnerFactory(slug="japan", name="Japan")
    MeetingFactory(partners=[japan], title="EU-Japan AI dialogue")
    DevelopmentFactory(title="Japan's AI Promotion Act")
    client = Client()

    pages = {
        "/": "",
        "/explainers/ai-act-for-you/": "What the AI Act means for you",
        "/partners/japan/": "EU-Japan AI dialogue",
        "/tracker/": "Japan&#x27;s AI Promotion Act",
        "/events/calendar.ics": "EU-Japan AI dialogue",
        "/api/v1/developments": "Japan's AI Promotion Act",
        "/search/?q=AI+Act": "means for you",  # the words found are marked
    }
    for url, expected in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert expected in response.content.decode(), url
    # Twice, as a visitor would: nothing was kept, nothing stale is served.
    assert client.get("/").status_code == 200


def test_healthz_still_reports_the_cache_as_failed(db, redis_down):
    response = Client().get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "failed"}
