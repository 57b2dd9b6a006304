"""Create the portal's roles (DESIGN.md) with their Wagtail permissions.

Later apps grant their own model permissions to these groups in their own
migrations, with accounts.roles.grant().
"""

from django.db import migrations

from accounts.roles import (
    COMMUNICATIONS,
    FPI_STAFF,
    PROJECT_TEAM,
    ROLES,
    TEAM_LEADS,
    ensure_permissions,
    grant,
)

PAGE_EDITING = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEDIA_EDITING = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
MEDIA_DELETING = ["wagtailimages.delete_image", "wagtaildocs.delete_document"]


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    ensure_permissions(apps, "wagtailcore", "wagtailimages", "wagtaildocs", "reports")

    # Wagtail's sample groups would sit beside the portal's roles and confuse them.
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()

    for role in ROLES:
        grant(apps, role, ["wagtailadmin.access_admin"])
    grant(apps, FPI_STAFF, ["reports.download_activityreport"])

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    editors = {
        PROJECT_TEAM: PAGE_EDITING,
        TEAM_LEADS: [*PAGE_EDITING, "bulk_delete_page"],
        COMMUNICATIONS: PAGE_EDITING,
    }
    for role, codenames in editors.items():
        group = Group.objects.get(name=role)
        if root_page is not None:
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
        media = MEDIA_EDITING + (MEDIA_DELETING if role == TEAM_LEADS else [])
        if root_collection is not None:
            for dotted in media:
                app_label, codename = dotted.split(".")
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=Permission.objects.get(
                        content_type__app_label=app_label, codename=codename
                    ),
                )
    # FPI staff read documents attached to dialogue records.
    if root_collection is not None:
        GroupCollectionPermission.objects.get_or_create(
            group=Group.objects.get(name=FPI_STAFF),
            collection=root_collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtaildocs", codename="choose_document"
            ),
        )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("reports", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
