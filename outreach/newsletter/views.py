"""Public pages of the newsletter: sign-up, confirmation, unsubscribe.

None of them is cached: they carry CSRF tokens or act on a personal link.
"""

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_safe

from ..models import Subscriber
from . import ratelimit, services
from .forms import SubscribeForm
from .tokens import read_confirmation_token

TEMPLATES = "outreach/newsletter"
ONE_CLICK_BODY = {"List-Unsubscribe": "One-Click"}  # RFC 8058

require_get_or_post = require_http_methods(["GET", "HEAD", "POST"])


def _subscribe_page(request, form, *, status=200, rate_limited=False):
    return render(
        request,
        f"{TEMPLATES}/subscribe.html",
        {"form": form, "rate_limited": rate_limited},
        status=status,
    )


def _too_many(request, form, limit: tuple[int, int]) -> HttpResponse:
    """The form again, with an explanation; Retry-After gives the longest wait."""
    response = _subscribe_page(request, form, status=429, rate_limited=True)
    response["Retry-After"] = str(limit[1])
    return response


@never_cache
@require_get_or_post
def subscribe(request: HttpRequest) -> HttpResponse:
    """The sign-up form. Every accepted sign-up, and a bot's, ends on the same
    "check your inbox" page, whoever the address belongs to."""
    if request.method != "POST":
        return _subscribe_page(request, SubscribeForm())
    form = SubscribeForm(request.POST)
    if not ratelimit.consume_for_client(request):
        return _too_many(request, form, settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP)
    if form.is_from_a_bot():
        return redirect("newsletter:subscribe_sent")
    if not form.is_valid():
        return _subscribe_page(request, form)
    data = form.cleaned_data
    if not ratelimit.consume_for_email(data["email"]):
        return _too_many(request, form, settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_EMAIL)
    services.request_subscription(
        email=data["email"],
        language=data["language"],
        topics=data["topics"],
        partners=data["partners"],
    )
    return redirect("newsletter:subscribe_sent")


@require_safe
def subscribe_sent(request: HttpRequest) -> HttpResponse:
    return render(request, f"{TEMPLATES}/subscribe_sent.html")


@never_cache
@require_get_or_post
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The confirmation link's page. Mail scanners open links, so opening it only
    shows a button; the POST of that button confirms."""
    try:
        confirmation = read_confirmation_token(token)
    except signing.SignatureExpired:
        return _link_problem(request, "expired", status=410)
    except signing.BadSignature:
        return _link_problem(request, "invalid", status=400)
    subscriber = Subscriber.objects.filter(pk=confirmation.subscriber_id).first()
    if subscriber is None:  # erased since the link was sent
        return _link_problem(request, "expired", status=410)
    if _unsubscribed_since(subscriber, confirmation.issued_at):
        # A link mailed before an unsubscribe does not undo it: only a new
        # sign-up (and its new link) does.
        return _link_problem(request, "expired", status=410)
    if request.method == "POST":
        services.confirm_subscription(subscriber=subscriber)
        return redirect(request.path)
    return render(request, f"{TEMPLATES}/confirm.html", {"subscriber": subscriber})


def _unsubscribed_since(subscriber: Subscriber, issued_at) -> bool:
    unsubscribed_at = subscriber.unsubscribed_at
    # Tokens count whole seconds.
    return unsubscribed_at is not None and issued_at < unsubscribed_at.replace(
        microsecond=0
    )


def _link_problem(request, problem: str, *, status: int) -> HttpResponse:
    return render(
        request, f"{TEMPLATES}/link_problem.html", {"problem": problem}, status=status
    )


@csrf_exempt
@never_cache
@require_get_or_post
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The unsubscribe link's page: a button (a POST with the CSRF token), or the
    one-click POST mail clients send by themselves (RFC 8058), which carries no
    CSRF token; the link's own secret token stands for the subscriber."""
    subscriber = Subscriber.objects.filter(unsubscribe_token=token).first()
    if subscriber is None:
        return render(request, f"{TEMPLATES}/unsubscribe_unknown.html", status=404)
    if request.method == "POST":
        if request.POST.dict() == ONE_CLICK_BODY:
            services.unsubscribe(subscriber=subscriber)
            return _unsubscribe_page(request, subscriber)
        return _unsubscribe_by_button(request, subscriber)
    return _unsubscribe_page(request, subscriber)


@csrf_protect
def _unsubscribe_by_button(request, subscriber):
    services.unsubscribe(subscriber=subscriber)
    return redirect(request.path)


def _unsubscribe_page(request, subscriber):
    return render(request, f"{TEMPLATES}/unsubscribe.html", {"subscriber": subscriber})
