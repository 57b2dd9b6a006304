from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    default = True
    name = "accounts"
    verbose_name = "Accounts and roles"


class SuperuserAdminConfig(admin_apps.AdminConfig):
    """Django's admin at /django-admin/, open to superusers only."""

    default = False
    default_site = "accounts.admin_site.SuperuserAdminSite"
