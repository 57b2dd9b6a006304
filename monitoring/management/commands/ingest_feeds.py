from django.core.management.base import BaseCommand, CommandError

from monitoring.ingestion import ingest_due_sources
from monitoring.models import Source


class Command(BaseCommand):
    help = (
        "Poll the sources' feeds now and file new items as candidate developments: "
        "the sources that are due, or those given with --source (due or not)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--source",
            dest="source_ids",
            type=int,
            action="append",
            metavar="ID",
            help="Poll this source (by id) even if not due. Repeatable.",
        )

    def handle(self, *args, source_ids=None, **options):
        if source_ids:
            known = set(
                Source.objects.filter(pk__in=source_ids).values_list("pk", flat=True)
            )
            unknown = sorted(set(source_ids) - known)
            if unknown:
                raise CommandError(
                    "No source with id "
                    + ", ".join(str(pk) for pk in unknown)
                    + ". See the Sources list in the admin for the ids."
                )
        results = ingest_due_sources(source_ids=source_ids)
        if not results:
            self.stdout.write("No source is due.")
            return
        for result in results:
            line = (
                f"{result.source_name} (#{result.source_id}): {result.status}, "
                f"{result.new_items} new"
            )
            if result.error:
                self.stdout.write(self.style.ERROR(f"{line}: {result.error}"))
            else:
                self.stdout.write(self.style.SUCCESS(line))
        failed = sum(not result.ok for result in results)
        self.stdout.write(
            f"{len(results)} source(s) polled, "
            f"{sum(r.new_items for r in results)} new candidate(s), {failed} failed."
        )
