"""The Celery app: eager in development, a real worker over Redis otherwise."""

import os
import threading

import pytest
from celery.contrib.testing.worker import start_worker
from celery.result import EagerResult
from celery.signals import task_prerun
from django.conf import settings

from outreach_portal.celery import app as celery_app
from outreach_portal.celery import ping


@pytest.fixture
def task_threads():
    """The names of the threads that ran tasks while the test ran."""
    names = []

    def record(sender=None, **kwargs):
        names.append(threading.current_thread().name)

    task_prerun.connect(record, weak=False)
    yield names
    task_prerun.disconnect(record)


def test_celery_is_eager_exactly_when_there_is_no_broker():
    assert settings.CELERY_TASK_ALWAYS_EAGER is not bool(os.environ.get("REDIS_URL"))
    assert celery_app.conf.task_always_eager is settings.CELERY_TASK_ALWAYS_EAGER


def test_ping_is_registered_under_its_name():
    assert ping.name == "outreach_portal.ping"
    assert "outreach_portal.ping" in celery_app.tasks


def test_eager_ping_runs_in_process(task_threads):
    eager_before = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    try:
        result = ping.delay("x")
    finally:
        celery_app.conf.task_always_eager = eager_before

    assert isinstance(result, EagerResult)
    assert result.get()["payload"] == "x"
    assert task_threads == [threading.current_thread().name]


@pytest.mark.skipif(
    not os.environ.get("REDIS_URL"), reason="needs REDIS_URL: a real broker"
)
def test_worker_answers_ping_over_redis(task_threads):
    assert not celery_app.conf.task_always_eager
    with start_worker(celery_app, perform_ping_check=False, pool="solo"):
        result = ping.delay("hello")
        answer = result.get(timeout=20)

    assert not isinstance(result, EagerResult)
    assert result.status == "SUCCESS"
    assert answer["payload"] == "hello"
    assert answer["worker"]
    # The worker's thread ran the task, not the test's.
    assert len(task_threads) == 1
    assert task_threads[0] != threading.current_thread().name
