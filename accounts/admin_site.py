from allauth.account.decorators import secure_admin_login
from django.contrib import admin


class SuperuserAdminSite(admin.AdminSite):
    """The raw Django admin: a superuser's tool; staff work in Wagtail's /admin/."""

    site_header = "Outreach Portal — database admin"
    site_title = "Outreach Portal database admin"

    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def login(self, request, extra_context=None):
        # Log in through allauth, so its rate limits and MFA apply here too.
        return secure_admin_login(super().login)(request, extra_context)
