"""The confidentiality guard: every path that reads dialogue records goes
through `visible_to(user)` (back office) or `public()` (everything public)."""

from django.db import models
from django.utils import timezone

from accounts.roles import RESTRICTED_READERS

# Where can_see_restricted() keeps its answer on a user object, so that a request
# asks the database once; cleared when the user's groups change (see apps.py).
RESTRICTED_READER_ATTRIBUTE = "_dialogues_can_see_restricted"


def can_see_restricted(user) -> bool:
    """Team leads and superusers, and no one else."""
    if not user or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    answer = getattr(user, RESTRICTED_READER_ATTRIBUTE, None)
    if answer is None:
        answer = user.groups.filter(name__in=RESTRICTED_READERS).exists()
        setattr(user, RESTRICTED_READER_ATTRIBUTE, answer)
    return answer


def forget_restricted_reader(user) -> None:
    """Drop the answer can_see_restricted() kept on this user object."""
    user.__dict__.pop(RESTRICTED_READER_ATTRIBUTE, None)


class ConfidentialQuerySet(models.QuerySet):
    """For models with a `confidentiality` field (public, internal, restricted)."""

    def public(self):
        return self.filter(confidentiality="public")

    def visible_to(self, user):
        """What this user may see: those allowed to view the model see internal
        records, only restricted readers see restricted ones, everyone else
        (the public included) only public ones."""
        if can_see_restricted(user):
            return self
        opts = self.model._meta
        if (
            user
            and user.is_active
            and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
        ):
            return self.exclude(confidentiality="restricted")
        return self.public()


class DialogueMeetingQuerySet(ConfidentialQuerySet):
    def public(self):
        """Public meetings that are recorded (live), not drafts. Judged on the
        published record: a pending draft changes nothing public until it is
        published."""
        return self.filter(confidentiality="public", live=True)

    def visible_to(self, user):
        """As for any confidential record, and one rule more: a meeting whose
        pending draft is restricted counts as restricted, so that the draft's
        minutes stay with team leads (in the admin, briefings, exports, digests
        and reports alike)."""
        meetings = super().visible_to(user)
        if can_see_restricted(user):
            return meetings
        return meetings.exclude(
            has_unpublished_changes=True,
            latest_revision__content__confidentiality="restricted",
        )

    def upcoming(self, now=None):
        return self.filter(start__gte=now or timezone.now(), status="planned")

    def for_listing(self):
        return self.prefetch_related("partners")


class ActionItemQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status="open")

    def overdue(self, today=None):
        return self.open().filter(due_on__lt=today or timezone.localdate())

    def visible_to(self, user):
        """The action items of the meetings this user may see."""
        from .models import DialogueMeeting

        meetings = DialogueMeeting.objects.visible_to(user)
        return self.filter(meeting__in=meetings.values("pk"))


class ContactQuerySet(models.QuerySet):
    def not_anonymised(self):
        return self.filter(anonymised_at__isnull=True)


__all__ = [
    "ActionItemQuerySet",
    "ConfidentialQuerySet",
    "ContactQuerySet",
    "DialogueMeetingQuerySet",
    "can_see_restricted",
    "forget_restricted_reader",
]
