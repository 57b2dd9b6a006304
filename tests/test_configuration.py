"""Settings from the environment: clear one-line errors, a clean production check.

Each test runs manage.py in a fresh interpreter, because the settings module reads
the environment once, at import.
"""

import json
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MANAGE_PY = str(PROJECT_ROOT / "manage.py")

# Everything settings.py reads, so the outer environment (e.g. a CI's
# DATABASE_URL) never leaks into a test.
SETTINGS_VARIABLES = [
    "DJANGO_ENV",
    "DJANGO_DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "DATABASE_URL",
    "DATABASE_CONN_MAX_AGE",
    "REDIS_URL",
    "CELERY_BROKER_URL",
    "CELERY_RESULT_BACKEND",
    "TRUSTED_PROXY_COUNT",
    "STAFF_MFA_REQUIRED",
    "MEDIA_ROOT",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
    "SITE_URL",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "LOG_LEVEL",
    "INGESTION_TIMEOUT",
    "INGESTION_MAX_BYTES",
    # set by the browser tests' fixture; a deployment must not have it
    "DJANGO_ALLOW_ASYNC_UNSAFE",
]


def random_secret_key(length: int = 60) -> str:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(length))


def manage(*args: str, cwd: Path = PROJECT_ROOT, **variables: str):
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    env["DJANGO_SETTINGS_MODULE"] = "outreach_portal.settings"
    env.update(variables)
    return subprocess.run(
        [sys.executable, MANAGE_PY, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_one_line_configuration_error(result, mentions: str):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error:")
    assert mentions in lines[0]


def test_production_without_secret_key(tmp_path):
    result = manage(
        "check",
        DJANGO_ENV="production",
        ALLOWED_HOSTS="portal.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )

    assert_one_line_configuration_error(result, "SECRET_KEY")


def test_production_with_a_short_secret_key(tmp_path):
    result = manage(
        "check",
        DJANGO_ENV="production",
        SECRET_KEY="too-short",
        ALLOWED_HOSTS="portal.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )

    assert_one_line_configuration_error(result, "SECRET_KEY")


def test_malformed_database_url():
    result = manage("check", DATABASE_URL="not-a-url")

    assert_one_line_configuration_error(result, "DATABASE_URL")


def test_postgres_url_without_database_name():
    result = manage("check", DATABASE_URL="postgres://postgres@127.0.0.1:5432")

    assert_one_line_configuration_error(result, "DATABASE_URL")


def test_malformed_redis_url():
    result = manage("check", REDIS_URL="localhost:6379")

    assert_one_line_configuration_error(result, "REDIS_URL")


def test_unknown_django_env():
    result = manage("check", DJANGO_ENV="staging")

    assert_one_line_configuration_error(result, "DJANGO_ENV")


def test_production_without_allowed_hosts(tmp_path):
    result = manage(
        "check",
        DJANGO_ENV="production",
        SECRET_KEY=random_secret_key(),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )

    assert_one_line_configuration_error(result, "ALLOWED_HOSTS")


def test_production_passes_the_deployment_checklist(tmp_path):
    result = manage(
        "check",
        "--deploy",
        DJANGO_ENV="production",
        SECRET_KEY=random_secret_key(),
        ALLOWED_HOSTS="portal.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}",
    )

    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "WARNINGS" not in output
    assert "?:" not in output
    assert "System check identified no issues" in result.stdout


def test_defaults_need_no_configuration(tmp_path):
    """With nothing set, from any directory: SQLite, eager Celery, local cache."""
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'DEBUG': s.DEBUG,"
        "'ENGINE': s.DATABASES['default']['ENGINE'],"
        "'NAME': str(s.DATABASES['default']['NAME']),"
        "'EAGER': s.CELERY_TASK_ALWAYS_EAGER,"
        "'BROKER': s.CELERY_BROKER_URL,"
        "'CACHE': s.CACHES['default']['BACKEND'],"
        "'MFA': s.STAFF_MFA_REQUIRED,"
        "'PRODUCTION': s.PRODUCTION,"
        "}))"
    )
    result = manage("shell", "-c", code, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values == {
        "DEBUG": True,
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(PROJECT_ROOT / "db.sqlite3"),
        "EAGER": True,
        "BROKER": "memory://",
        "CACHE": "django.core.cache.backends.locmem.LocMemCache",
        "MFA": False,
        "PRODUCTION": False,
    }


def test_database_and_redis_urls_switch_the_backends():
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'ENGINE': s.DATABASES['default']['ENGINE'],"
        "'NAME': s.DATABASES['default']['NAME'],"
        "'EAGER': s.CELERY_TASK_ALWAYS_EAGER,"
        "'BROKER': s.CELERY_BROKER_URL,"
        "'CACHE': s.CACHES['default']['BACKEND'],"
        "}))"
    )
    result = manage(
        "shell",
        "-c",
        code,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal_settings_probe",
        REDIS_URL="redis://127.0.0.1:6379/9",
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal_settings_probe",
        "EAGER": False,
        "BROKER": "redis://127.0.0.1:6379/9",
        "CACHE": "outreach_portal.cache_backend.RedisCache",
    }


def test_wsgi_reports_configuration_errors_in_one_line():
    """gunicorn imports outreach_portal.wsgi: a bad setting is one line there too."""
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    env.update(DJANGO_ENV="production")
    result = subprocess.run(
        [sys.executable, "-c", "import outreach_portal.wsgi"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert_one_line_configuration_error(result, "SECRET_KEY")
