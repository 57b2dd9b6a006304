"""PostgreSQL full-text index for the tracker, and the roles' permissions.

The expression index here was replaced by a stored search column in 0004;
SQLite has no such index and the tracker falls back to LIKE there.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

from accounts.roles import (
    FPI_STAFF,
    PROJECT_TEAM,
    TEAM_LEADS,
    ensure_permissions,
    grant,
    model_permissions,
)

SEARCH_INDEX_NAME = "development_search_gin"


def _search_index():
    # Replaced by a stored search column in 0004.
    vector = SearchVector("title", weight="A", config="english") + SearchVector(
        "summary", weight="B", config="english"
    )
    return GinIndex(vector, name=SEARCH_INDEX_NAME)


def add_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        model = apps.get_model("monitoring", "PolicyDevelopment")
        schema_editor.add_index(model, _search_index())


def remove_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        model = apps.get_model("monitoring", "PolicyDevelopment")
        schema_editor.remove_index(model, _search_index())


EDITED = ["jurisdiction", "source", "policydevelopment", "alignmentassessment"]


def grant_permissions(apps, schema_editor):
    ensure_permissions(apps, "monitoring")
    for model in EDITED:
        grant(apps, PROJECT_TEAM, model_permissions("monitoring", model, "add change view"))
        grant(
            apps, TEAM_LEADS, model_permissions("monitoring", model, "add change delete view")
        )
    grant(apps, FPI_STAFF, model_permissions("monitoring", "policydevelopment", "view"))
    grant(apps, FPI_STAFF, model_permissions("monitoring", "jurisdiction", "view"))


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [
        migrations.RunPython(add_search_index, remove_search_index),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
