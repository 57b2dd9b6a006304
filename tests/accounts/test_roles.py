"""The role groups made by accounts/migrations/0002_roles.py."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from accounts import roles

pytestmark = pytest.mark.django_db

PAGE_EDITORS = [roles.PROJECT_TEAM, roles.TEAM_LEADS, roles.COMMUNICATIONS]


def codenames(group: Group) -> set[str]:
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }


def page_codenames(group: Group, page: Page) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_four_roles_exist_with_admin_access():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)
    assert len(roles.ROLES) == 4
    for name in roles.ROLES:
        assert "wagtailadmin.access_admin" in codenames(Group.objects.get(name=name))


def test_fpi_staff_download_reports_and_edit_no_pages():
    fpi = Group.objects.get(name=roles.FPI_STAFF)

    assert "reports.download_activityreport" in codenames(fpi)
    assert not GroupPagePermission.objects.filter(group=fpi).exists()


def test_only_fpi_staff_download_reports():
    permission = Permission.objects.get(
        content_type__app_label="reports", codename="download_activityreport"
    )
    assert list(permission.group_set.values_list("name", flat=True)) == [
        roles.FPI_STAFF
    ]


@pytest.mark.parametrize("role", PAGE_EDITORS)
def test_editors_add_change_and_publish_pages_from_the_root(role):
    root = Page.get_first_root_node()

    assert {"add_page", "change_page", "publish_page"} <= page_codenames(
        Group.objects.get(name=role), root
    )


@pytest.mark.parametrize("role", roles.ROLES)
def test_only_team_leads_bulk_delete_pages(role):
    root = Page.get_first_root_node()
    granted = page_codenames(Group.objects.get(name=role), root)

    assert ("bulk_delete_page" in granted) is (role == roles.TEAM_LEADS)


def test_no_other_group_bulk_deletes_pages():
    holders = GroupPagePermission.objects.filter(
        permission__codename="bulk_delete_page"
    ).values_list("group__name", flat=True)

    assert set(holders) == {roles.TEAM_LEADS}


def test_wagtails_sample_groups_are_gone():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_users_have_their_roles(seeded):
    users = seeded["users"]

    assert users["team@example.org"].has_role(roles.PROJECT_TEAM)
    assert users["lead@example.org"].has_role(roles.TEAM_LEADS)
    assert users["comms@example.org"].has_role(roles.COMMUNICATIONS)
    assert users["fpi@example.org"].has_role(roles.FPI_STAFF)
    assert not users["fpi@example.org"].has_role(roles.PROJECT_TEAM)
    assert users["admin@example.org"].is_superuser
    assert not users["admin@example.org"].groups.exists()
