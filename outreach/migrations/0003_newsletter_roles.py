"""Communications manage newsletter subscribers (DESIGN.md, Roles).

Subscribers are personal data: no other role gets a permission on them.
"""

from django.db import migrations

from accounts.roles import COMMUNICATIONS, ensure_permissions, grant, model_permissions


def grant_permissions(apps, schema_editor):
    ensure_permissions(apps, "outreach")
    grant(
        apps,
        COMMUNICATIONS,
        model_permissions("outreach", "subscriber", "change delete view"),
    )
    grant(apps, COMMUNICATIONS, model_permissions("outreach", "digestdelivery", "view"))


class Migration(migrations.Migration):
    dependencies = [
        ("outreach", "0002_pages_and_newsletter"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
