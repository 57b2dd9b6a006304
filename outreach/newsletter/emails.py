"""The newsletter's emails, in the subscriber's language, with absolute links.

The links start with SITE_URL (WAGTAILADMIN_BASE_URL): the portal's public
address as deployed, known to tasks that run without a request. The digests
build their messages with `render_message` and `list_unsubscribe_headers`.
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ..models import Subscriber
from .tokens import confirmation_token

TEMPLATE_DIR = "outreach/newsletter/email"


def absolute_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def confirmation_url(subscriber: Subscriber) -> str:
    """The confirmation link, in the subscriber's language."""
    with translation.override(subscriber.language):
        path = reverse("newsletter:confirm", args=[confirmation_token(subscriber)])
    return absolute_url(path)


def unsubscribe_url(subscriber: Subscriber) -> str:
    with translation.override(subscriber.language):
        path = reverse("newsletter:unsubscribe", args=[subscriber.unsubscribe_token])
    return absolute_url(path)


def subscribe_url(language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse("newsletter:subscribe"))


def list_unsubscribe_headers(subscriber: Subscriber) -> dict[str, str]:
    """RFC 2369 and RFC 8058 headers: mail clients offer a one-click unsubscribe
    button that POSTs to the subscriber's unsubscribe URL."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(subscriber)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def render_message(
    name: str,
    subscriber: Subscriber,
    context: dict,
    headers: dict[str, str] | None = None,
) -> EmailMultiAlternatives:
    """The email `name` (subject, plain text and HTML templates) for one subscriber,
    rendered in their language."""
    context = {"subscriber": subscriber, "site_url": absolute_url("/"), **context}
    with translation.override(subscriber.language):
        subject = render_to_string(f"{TEMPLATE_DIR}/{name}_subject.txt", context)
        text = render_to_string(f"{TEMPLATE_DIR}/{name}.txt", context)
        html = render_to_string(f"{TEMPLATE_DIR}/{name}.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_message(subscriber: Subscriber) -> EmailMultiAlternatives:
    """Asks the address's owner to confirm; they are not subscribed yet, so it
    carries no List-Unsubscribe header."""
    return render_message(
        "confirmation",
        subscriber,
        {
            "confirm_url": confirmation_url(subscriber),
            "expires_at": timezone.now()
            + timedelta(seconds=settings.NEWSLETTER_CONFIRMATION_MAX_AGE),
        },
    )


def already_subscribed_message(subscriber: Subscriber) -> EmailMultiAlternatives:
    """Answers a sign-up for an address that is already subscribed."""
    return render_message(
        "already_subscribed",
        subscriber,
        {
            "unsubscribe_url": unsubscribe_url(subscriber),
            "subscribe_url": subscribe_url(subscriber.language),
        },
        headers=list_unsubscribe_headers(subscriber),
    )
