"""Background work of the monitoring app: polling the sources' feeds."""

from celery import shared_task
from django.conf import settings

from . import ingestion
from .models import Source


def _run_budget() -> float:
    """Seconds after which a run starts no new poll, to end before the time limit.

    Each poll takes at most INGESTION_TIMEOUT seconds (plus the database work).
    """
    limit = getattr(settings, "CELERY_TASK_SOFT_TIME_LIMIT", None) or 300
    return max(float(limit) - 2 * ingestion.configured_timeout(), 0.0)


@shared_task
def ingest_feeds(source_ids: list[int] | None = None) -> dict:
    """Poll the due sources (or exactly `source_ids`) and file new candidates.

    Idempotent: items already on file are skipped, so a repeated run creates
    nothing. Sources left over when the run's time is up stay due for the next.
    """
    results = ingestion.ingest_due_sources(
        source_ids=source_ids, time_budget=_run_budget()
    )
    return ingestion.summarise(results)


@shared_task
def poll_source(source_id: int) -> dict | None:
    """Poll one source now, due or not; nothing if it no longer exists."""
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return None
    return ingestion.ingest_due_sources(source_ids=[source.pk])[0].as_dict()
