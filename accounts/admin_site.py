from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, resolve_url
from django.urls import reverse


class SuperuserAdminSite(admin.AdminSite):
    """The raw Django admin: a superuser's tool; staff work in Wagtail's /admin/."""

    site_header = "Outreach Portal — database admin"
    site_title = "Outreach Portal database admin"

    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def login(self, request, extra_context=None):
        """Never show Django's own password form: sign-in goes through allauth,
        so its rate limits and MFA apply here too."""
        if request.user.is_authenticated:
            if self.has_permission(request):
                return redirect(reverse("admin:index", current_app=self.name))
            raise PermissionDenied
        next_url = request.GET.get("next") or reverse(
            "admin:index", current_app=self.name
        )
        return redirect_to_login(next_url, resolve_url(settings.LOGIN_URL))
