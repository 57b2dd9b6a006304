"""The portal's roles: one Django group each, made by data migrations.

The foundation migration creates the groups; every app that adds models grants
their permissions to these groups in a migration of its own, with `grant()`.
"""

PROJECT_TEAM = "Project team"
TEAM_LEADS = "Team leads"
COMMUNICATIONS = "Communications"
FPI_STAFF = "FPI staff"

ROLES = (PROJECT_TEAM, TEAM_LEADS, COMMUNICATIONS, FPI_STAFF)

# Team leads, superusers and no one else may see restricted dialogue records.
RESTRICTED_READERS = (TEAM_LEADS,)


def ensure_permissions(apps, *app_labels: str) -> None:
    """Create the content types and model permissions of apps, inside a migration.

    Django only creates permissions after all migrations ran; a data migration that
    grants them on a fresh database has to create them first.
    """
    from django.contrib.auth.management import create_permissions

    for label in app_labels:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, role: str, permissions: list[str]) -> None:
    """Give a role group permissions written as 'app_label.codename'."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=role)
    for dotted in permissions:
        app_label, codename = dotted.split(".", 1)
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def model_permissions(app_label: str, model: str, actions: str) -> list[str]:
    """'add change view' -> ['app.add_model', 'app.change_model', 'app.view_model']."""
    return [f"{app_label}.{action}_{model}" for action in actions.split()]


def ensure_extra_permission(apps, app_label: str, model: str, action: str) -> None:
    """Create a permission Wagtail only adds after migrations, e.g. 'publish' for
    snippets with drafts, so that a data migration can grant it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    model_class = apps.get_model(app_label, model)
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {model_class._meta.verbose_name_raw}"},
    )
