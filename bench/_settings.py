"""Settings of the gunicorn that `bench outreach` measures: the portal's own, with
a URLconf that adds the fixed-response view the pages are compared with."""

from outreach_portal.settings import *  # noqa: F403

ROOT_URLCONF = "bench._urls"
