"""The roles' permissions on dialogue records (DESIGN.md, Roles)."""

from django.db import migrations

from accounts.roles import (
    FPI_STAFF,
    PROJECT_TEAM,
    TEAM_LEADS,
    ensure_extra_permission,
    ensure_permissions,
    grant,
    model_permissions,
)

EDITED = [
    "partner",
    "contact",
    "dialoguemeeting",
    "actionitem",
    "jointinitiative",
]
READ_BY_FPI = ["partner", "dialoguemeeting", "actionitem", "jointinitiative"]


def grant_permissions(apps, schema_editor):
    ensure_permissions(apps, "dialogues")
    ensure_extra_permission(apps, "dialogues", "dialoguemeeting", "publish")
    for model in EDITED:
        grant(apps, PROJECT_TEAM, model_permissions("dialogues", model, "add change view"))
        grant(
            apps,
            TEAM_LEADS,
            model_permissions("dialogues", model, "add change delete view"),
        )
    for role in (PROJECT_TEAM, TEAM_LEADS):
        grant(apps, role, ["dialogues.publish_dialoguemeeting"])
    for model in READ_BY_FPI:
        grant(apps, FPI_STAFF, model_permissions("dialogues", model, "view"))


class Migration(migrations.Migration):
    dependencies = [
        ("dialogues", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
