"""manage.py import_meetings FILE.csv|FILE.xlsx [--dry-run]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from dialogues.importing import COLUMNS, REQUIRED_COLUMNS, import_meetings


class Command(BaseCommand):
    help = (
        "Import dialogue meetings from the team's spreadsheet (CSV or XLSX). "
        f"Columns: {', '.join(COLUMNS)}; required: {', '.join(REQUIRED_COLUMNS)}. "
        "Nothing is saved unless every row is valid; re-importing a file updates "
        "the meetings it created (same title and start) instead of duplicating "
        "them. The rules are in dialogues/importing.py."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .csv or .xlsx file to import")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check the file and report what would change, without saving",
        )

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.") from exc

        report = import_meetings(content=content, filename=path.name, dry_run=dry_run)
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(f"warning: {warning}"))
        if report.errors:
            for problem in report.errors:
                self.stderr.write(str(problem))
            raise CommandError(report.summary())

        if options["verbosity"] > 1:
            for row in report.rows:
                changes = f" ({', '.join(row.changes)})" if row.changes else ""
                self.stdout.write(
                    f"line {row.line}: {row.action_label.lower()} "
                    f"'{row.title}'{changes}"
                )
        self.stdout.write(self.style.SUCCESS(report.summary()))
