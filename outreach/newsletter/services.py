"""Writes of the newsletter: sign-up requests, confirmation, unsubscribing.

Nobody learns from the site whether an address is subscribed: every sign-up
gets the same page, and the answer goes to the inbox only (a confirmation link,
or a notice to someone already subscribed). Preferences change only for
addresses that are not confirmed yet, since a sign-up does not prove that the
visitor owns the address.
"""

import logging
from functools import partial

from django.contrib.auth.base_user import BaseUserManager
from django.db import IntegrityError, transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from .. import tasks
from ..models import Subscriber
from . import emails

logger = logging.getLogger(__name__)


def _find_or_create(email: str, language: str) -> Subscriber:
    subscriber = Subscriber.objects.select_for_update().with_email(email).first()
    if subscriber is not None:
        return subscriber
    try:
        with transaction.atomic():
            subscriber = Subscriber(email=email, language=language)
            subscriber.full_clean(validate_unique=False, validate_constraints=False)
            subscriber.save()
            return subscriber
    except IntegrityError:  # the same address, signed up at the same moment
        return Subscriber.objects.select_for_update().with_email(email).get()


@transaction.atomic
def request_subscription(
    *, email: str, language: str, topics=(), partners=()
) -> Subscriber:
    """File a sign-up and queue the one email that answers it."""
    email = BaseUserManager.normalize_email(email.strip())
    subscriber = _find_or_create(email, language)
    if not subscriber.is_active:
        subscriber.language = language
        subscriber.topics.set(topics)
        subscriber.partners.set(partners)
    subscriber.confirmation_sent_at = None  # an answer is due
    subscriber.save(update_fields=["language", "confirmation_sent_at"])
    transaction.on_commit(partial(_queue_confirmation, subscriber.pk))
    return subscriber


def _queue_confirmation(subscriber_id: int) -> None:
    """Queue the answer to a sign-up; with the task queue out of reach, send it
    from the request instead. If that fails too, the sign-up stays filed with
    its answer due, and the visitor still gets the usual page."""
    try:
        tasks.send_newsletter_confirmation.delay(subscriber_id)
    except OperationalError:
        logger.warning(
            "Task queue unavailable; answering a sign-up now.", exc_info=True
        )
        try:
            send_confirmation(subscriber_id=subscriber_id)
        except Exception:
            logger.exception("Sign-up %s filed, its email not sent.", subscriber_id)


def send_confirmation(*, subscriber_id: int) -> bool:
    """Send the answer to the latest sign-up, once: False if it went already
    (or the subscriber is gone)."""
    claimed = Subscriber.objects.filter(
        pk=subscriber_id, confirmation_sent_at__isnull=True
    ).update(confirmation_sent_at=timezone.now())
    if not claimed:
        return False
    subscriber = Subscriber.objects.get(pk=subscriber_id)
    if subscriber.is_active:
        message = emails.already_subscribed_message(subscriber)
    else:
        message = emails.confirmation_message(subscriber)
    try:
        message.send()
    except Exception:
        # Give the claim back, so that a retry sends it.
        Subscriber.objects.filter(pk=subscriber_id).update(confirmation_sent_at=None)
        raise
    return True


def confirm_subscription(*, subscriber: Subscriber) -> bool:
    """Start sending to the subscriber (again, after an unsubscribe); False if
    they were subscribed already."""
    if subscriber.is_active:
        return False
    subscriber.confirmed_at = timezone.now()
    subscriber.unsubscribed_at = None
    subscriber.save(update_fields=["confirmed_at", "unsubscribed_at"])
    return True


def unsubscribe(*, subscriber: Subscriber) -> bool:
    """Stop sending to the subscriber; False if they had unsubscribed already."""
    if subscriber.unsubscribed_at is not None:
        return False
    subscriber.unsubscribed_at = timezone.now()
    subscriber.save(update_fields=["unsubscribed_at"])
    return True
