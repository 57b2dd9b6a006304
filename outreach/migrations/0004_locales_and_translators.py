"""The site's languages as Wagtail locales, and page editors may translate pages.

Every install gets the French, Japanese and Korean locales (English, the default,
comes with Wagtail), so simple_translation's "Translate" action has somewhere to
copy a page to. The roles that edit pages (DESIGN.md, Roles) get its permission.
"""

from django.db import migrations

from accounts.roles import (
    COMMUNICATIONS,
    PROJECT_TEAM,
    TEAM_LEADS,
    ensure_permissions,
    grant,
)

LANGUAGES = ["en", "fr", "ja", "ko"]
TRANSLATORS = [COMMUNICATIONS, PROJECT_TEAM, TEAM_LEADS]


def add_locales_and_translators(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    ensure_permissions(apps, "simple_translation")
    for role in TRANSLATORS:
        grant(apps, role, ["simple_translation.submit_translation"])


class Migration(migrations.Migration):
    dependencies = [
        ("outreach", "0003_newsletter_roles"),
        ("simple_translation", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(add_locales_and_translators, migrations.RunPython.noop)
    ]
