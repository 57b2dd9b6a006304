"""Writes to the monitoring data: stage history and the analysts' triage."""

from datetime import date

from django.db import transaction
from django.utils import timezone

from .caching import published_changed
from .models import PolicyDevelopment, StageChange

STAGE_DATE_FIELDS = {
    PolicyDevelopment.Stage.PROPOSED: "announced_on",
    PolicyDevelopment.Stage.UNDER_CONSULTATION: "announced_on",
    PolicyDevelopment.Stage.ADOPTED: "adopted_on",
    PolicyDevelopment.Stage.IN_FORCE: "in_force_on",
}


def record_stage_change(
    *, development: PolicyDevelopment, changed_on: date | None = None, by=None
) -> StageChange | None:
    """Add the development's current stage to its history, unless already there."""
    last = development.stage_changes.order_by("-recorded_at", "-id").first()
    if last is not None and last.stage == development.stage:
        return None
    if changed_on is None:
        field = STAGE_DATE_FIELDS.get(development.stage)
        changed_on = (field and getattr(development, field)) or timezone.localdate()
    return StageChange.objects.create(
        development=development,
        stage=development.stage,
        changed_on=changed_on,
        recorded_by=by,
    )


@transaction.atomic
def publish_developments(*, developments, by) -> tuple[int, list[PolicyDevelopment]]:
    """Publish candidates that are complete; return how many, and those that are not.

    A development needs a jurisdiction and a date before the public sees it.
    """
    incomplete = list(
        developments.filter(jurisdiction__isnull=True)
        | developments.filter(announced_on__isnull=True)
    )
    ready = developments.exclude(pk__in=[d.pk for d in incomplete]).exclude(
        review_status=PolicyDevelopment.ReviewStatus.PUBLISHED
    )
    ready_list = list(ready)
    count = ready.update(
        review_status=PolicyDevelopment.ReviewStatus.PUBLISHED,
        reviewed_by=by,
        reviewed_at=timezone.now(),
    )
    for development in ready_list:
        record_stage_change(development=development, by=by)
    published_changed()
    return count, incomplete


@transaction.atomic
def dismiss_developments(*, developments, by) -> int:
    """Dismiss developments: they stay on file, so re-polling never brings them back."""
    count = developments.exclude(
        review_status=PolicyDevelopment.ReviewStatus.DISMISSED
    ).update(
        review_status=PolicyDevelopment.ReviewStatus.DISMISSED,
        reviewed_by=by,
        reviewed_at=timezone.now(),
    )
    published_changed()
    return count


def mark_developments_verified(*, developments, on: date | None = None) -> int:
    """Record that analysts checked these developments against their sources."""
    return developments.update(last_verified_on=on or timezone.localdate())
