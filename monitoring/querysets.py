from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection, models
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils import timezone


class SourceQuerySet(models.QuerySet):
    def due(self, now=None):
        """Active sources whose next poll time has come (or that were never polled)."""
        now = now or timezone.now()
        return self.filter(active=True).filter(
            Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
        )


class PolicyDevelopmentQuerySet(models.QuerySet):
    def published(self):
        """The only developments the public may see: every public path uses this."""
        return self.filter(review_status="published")

    def candidates(self):
        return self.filter(review_status="candidate")

    def for_listing(self):
        """Load what a list row shows, in a constant number of queries."""
        return self.select_related("jurisdiction").prefetch_related("topics")

    def not_verified_since(self, days: int = 180):
        """Entries nobody has checked against their source for `days` days."""
        cutoff = timezone.localdate() - timezone.timedelta(days=days)
        return self.filter(
            Q(last_verified_on__isnull=True) | Q(last_verified_on__lt=cutoff)
        )

    def search(self, text: str):
        """Full-text search in title and summary.

        PostgreSQL: web-search syntax ("quoted phrases", or, -exclusions) over the
        stored, GIN-indexed `search_document` column (migration 0004), annotated
        with `search_rank`. Elsewhere every word
        must appear in the title or the summary, and `search_rank` is 0.
        """
        text = (text or "").strip()
        if not text:
            return self
        if connection.vendor == "postgresql":
            query = SearchQuery(text, config="english", search_type="websearch")
            document = RawSQL(  # noqa: S611 - a fixed column name, no user input
                f'"{self.model._meta.db_table}"."search_document"',
                [],
                output_field=SearchVectorField(),
            )
            return (
                self.alias(search_document=document)
                .annotate(search_rank=SearchRank(document, query))
                .filter(search_document=query)
            )
        condition = Q()
        for word in text.replace('"', " ").split():
            condition &= Q(title__icontains=word) | Q(summary__icontains=word)
        return self.filter(condition).annotate(
            search_rank=models.Value(0.0, output_field=models.FloatField())
        )
