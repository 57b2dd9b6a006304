"""GET /healthz: the load balancer's probe of the database and the cache."""

import json

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

# A port where nothing listens: the Redis client gets "connection refused".
DEAD_REDIS = "redis://127.0.0.1:1/0"


def test_healthy():
    response = Client().get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"database": "ok", "cache": "ok"}


def test_never_cached():
    cache_control = Client().get("/healthz")["Cache-Control"]

    for directive in ("no-cache", "no-store", "max-age=0"):
        assert directive in cache_control


def test_broken_cache_answers_503(settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": DEAD_REDIS,
            "OPTIONS": {"socket_connect_timeout": 2},
        }
    }

    response = Client().get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "failed"}
    assert "the cache did not answer" in caplog.text


def test_post_is_not_allowed():
    response = Client().post("/healthz")

    assert response.status_code == 405
    assert response["Allow"] == "GET"
