from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

# The back office and the reports; the public site never asks for a second factor.
MFA_PROTECTED_PREFIXES = ("/admin/", "/reports/", "/django-admin/")
# Where a user sent to enrol was going: allauth forgets ?next= on the way (its
# password check, then the recovery codes), so their page links back from here.
MFA_NEXT_SESSION_KEY = "mfa_enrolment_next"


class StaffMFAMiddleware:
    """With STAFF_MFA_REQUIRED, signed-in users must enrol in TOTP before they
    reach the back office or the reports; allauth then asks for the code at
    every login."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.STAFF_MFA_REQUIRED
            and request.path.startswith(MFA_PROTECTED_PREFIXES)
            and request.user.is_authenticated
        ):
            if not is_mfa_enabled(request.user, [Authenticator.Type.TOTP]):
                return self.enrol(request)
            request.session.pop(MFA_NEXT_SESSION_KEY, None)  # arrived
        return self.get_response(request)

    def enrol(self, request):
        messages.warning(
            request,
            "Set up an authenticator app before you continue: the back office "
            "requires two-factor authentication.",
        )
        # Only a page the user opened is worth going back to, not a form's
        # action or a script's request.
        navigated = request.headers.get("Sec-Fetch-Mode", "navigate") == "navigate"
        if request.method == "GET" and navigated:
            request.session[MFA_NEXT_SESSION_KEY] = request.get_full_path()
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('mfa_activate_totp')}?{query}")
