"""The portal's Celery app: tasks are autodiscovered from each app's tasks.py.

Settings come from Django's (prefix CELERY_); with no REDIS_URL the tasks run
eagerly in the calling process, so the portal needs no broker in development.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outreach_portal.settings")

app = Celery("outreach_portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.task(name="outreach_portal.ping")
def ping(payload: str = "pong") -> dict:
    """Answer with the payload and the worker's host name: a round-trip probe."""
    import socket

    return {"payload": payload, "worker": socket.gethostname()}
