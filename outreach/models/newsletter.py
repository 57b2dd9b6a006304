"""Newsletter subscribers (double opt-in) and the record that keeps digests single."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_unsubscribe_token() -> str:
    return secrets.token_urlsafe(32)


class SubscriberQuerySet(models.QuerySet):
    def active(self):
        """Confirmed and not unsubscribed: the people a digest goes to."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def with_email(self, email: str):
        """The subscriber with this address, whatever its case (one at most)."""
        return self.alias(email_lower=Lower("email")).filter(email_lower=email.lower())


class Subscriber(models.Model):
    """Someone who asked for the public newsletter.

    They receive nothing until they confirm through the link mailed to them.
    """

    email = models.EmailField(_("email address"))
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    topics = models.ManyToManyField(
        "taggit.Tag",
        blank=True,
        related_name="+",
        verbose_name=_("topics"),
        help_text=_("Empty means every topic."),
    )
    partners = models.ManyToManyField(
        "dialogues.Partner",
        blank=True,
        related_name="subscribers",
        verbose_name=_("partners"),
        help_text=_("Empty means every partner."),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    unsubscribe_token = models.CharField(
        max_length=64, unique=True, default=new_unsubscribe_token, editable=False
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="unique_subscriber_email_ci"),
        ]

    def __str__(self):
        return self.email

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None


class DigestDelivery(models.Model):
    """One digest sent to one recipient for one period.

    Sending looks for this row first, so a retried or repeated task never mails
    the same digest twice.
    """

    class Kind(models.TextChoices):
        PUBLIC_NEWSLETTER = "public_newsletter", _("public newsletter")
        TEAM_DIGEST = "team_digest", _("internal team digest")

    kind = models.CharField(max_length=20, choices=Kind)
    subscriber = models.ForeignKey(
        Subscriber,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="digest_deliveries",
    )
    period_start = models.DateField()
    period_end = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name_plural = "digest deliveries"
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(subscriber__isnull=False, user__isnull=True)
                    | Q(subscriber__isnull=True, user__isnull=False)
                ),
                name="digest_delivery_one_recipient",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="digest_delivery_period_order",
            ),
            models.UniqueConstraint(
                fields=["kind", "subscriber", "period_start"],
                condition=Q(subscriber__isnull=False),
                name="unique_subscriber_digest_per_period",
            ),
            models.UniqueConstraint(
                fields=["kind", "user", "period_start"],
                condition=Q(user__isnull=False),
                name="unique_user_digest_per_period",
            ),
        ]

    def __str__(self):
        recipient = self.subscriber or self.user
        return f"{self.get_kind_display()} to {recipient} for {self.period_start}"
