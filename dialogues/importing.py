"""Import of the meeting log the team kept in spreadsheets (CSV or XLSX).

Used by `manage.py import_meetings` and by the admin's "Import meetings" page.
The rules, which both repeat to their users:

- The first non-empty row is the header. Column names are case-insensitive;
  surrounding spaces are ignored and inner spaces count as underscores
  ("Public summary" is `public_summary`). Required columns: title, partners,
  start, end. Optional: timezone, format, level, status, confidentiality,
  location, public_summary, minutes, topics. Other columns are ignored, with a
  warning.
- Line numbers are the row numbers a spreadsheet shows: with the header in the
  first row, the first meeting is on line 2. Blank rows are skipped.
- partners and topics hold several values separated by ";". A partner is found
  by its slug, its name or its jurisdiction's code (JP, CA, OECD),
  case-insensitively.
- start and end are ISO 8601 dates with a time: "2024-03-05T10:00" (also with a
  space instead of the T) or with an offset, "2024-03-05T10:00+09:00". Without
  an offset the time is local to the row's timezone, an IANA name such as
  Asia/Tokyo; an empty timezone means Europe/Brussels. end is required: the
  database holds no meeting without an end, and guessing a duration would
  invent data. In an XLSX file, date-and-time cells work too. (An existing
  meeting keeps its time zone for display when the timezone cell is empty.)
- format, level, status and confidentiality take the stored value or the label,
  case-insensitively, with spaces, underscores and hyphens alike:
  "senior officials", "Senior officials" and "senior_officials" are the same.
- An empty cell never erases anything: a new meeting gets the field's default
  (bilateral, senior officials, planned, internal; no location, summary or
  minutes), an existing meeting keeps its value. Topics, when given, replace the
  meeting's topics.
- The model's rules apply: a title, an end after the start, a bilateral meeting
  has exactly one partner, a held meeting cannot lie in the future.
- A meeting is identified by its title (case-insensitive) and start. A row that
  matches a meeting updates it, or leaves it alone when nothing differs; two
  rows of one file for the same meeting are an error.
- Every problem of every row is reported; nothing is saved unless the whole file
  is valid, and then everything is saved in one transaction. Imported meetings
  are published (live), with a revision and an audit-log entry in Wagtail.
- Only those who may see restricted meetings (Team leads and superusers, and the
  command line) may import a restricted meeting or change one.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cache
from pathlib import PurePath
from typing import Any
from zoneinfo import ZoneInfo

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.db.models.functions import Lower

from .models import Confidentiality, DialogueMeeting, Partner, TaggedMeeting
from .querysets import can_see_restricted

MAX_DATA_ROWS = 5000
# Columns beyond this are never read: Excel often reports the sheet as 16,384
# columns wide when a whole row was formatted.
MAX_COLUMNS = 100
DEFAULT_TIME_ZONE = "Europe/Brussels"

COLUMNS = (
    "title",
    "partners",
    "start",
    "end",
    "timezone",
    "format",
    "level",
    "status",
    "confidentiality",
    "location",
    "public_summary",
    "minutes",
    "topics",
)
REQUIRED_COLUMNS = ("title", "partners", "start", "end")
HEADER_ALIASES = {"time_zone": "timezone"}
CHOICE_COLUMNS = {
    "format": DialogueMeeting.Format,
    "level": DialogueMeeting.Level,
    "status": DialogueMeeting.Status,
    "confidentiality": Confidentiality,
}
TEXT_COLUMNS = ("location", "public_summary", "minutes")
# The model fields a row sets (partners and topics aside), and their columns.
IMPORTED_FIELDS = (
    "title",
    "start",
    "end",
    "time_zone",
    "format",
    "level",
    "status",
    "confidentiality",
    "location",
    "public_summary",
    "minutes",
)
COLUMN_OF_FIELD = {"time_zone": "timezone", NON_FIELD_ERRORS: ""}

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"
ACTION_LABELS = {CREATE: "Create", UPDATE: "Update", UNCHANGED: "Unchanged"}

_DATE_ONLY = re.compile(r"\d{4}-?\d{2}-?\d{2}")
_SEPARATORS = re.compile(r"[\s_\-]+")


class ImportFileError(Exception):
    """The file as a whole cannot be read: wrong type, undecodable, empty."""


@dataclass(frozen=True)
class Problem:
    """One reason why a row (or the whole file, with no line) cannot be imported."""

    message: str
    line: int | None = None
    column: str = ""

    def __str__(self):
        parts = [f"line {self.line}"] if self.line else []
        if self.column:
            parts.append(self.column)
        parts.append(self.message)
        return ": ".join(parts)


@dataclass
class PlannedMeeting:
    """What importing one row does: the final values, and the meeting it updates."""

    line: int
    action: str
    values: dict[str, Any]
    partners: list[Partner]
    topics: list[Any] | None  # Tag objects and new names; None keeps the topics
    existing: DialogueMeeting | None = None
    changes: list[str] = field(default_factory=list)

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]

    @property
    def title(self) -> str:
        return self.values["title"]

    @property
    def time_zone(self) -> ZoneInfo:
        return self.values["time_zone"]

    @property
    def local_start(self) -> datetime:
        return self.values["start"].astimezone(self.time_zone)

    @property
    def local_end(self) -> datetime:
        return self.values["end"].astimezone(self.time_zone)

    @property
    def partner_names(self) -> str:
        return "; ".join(partner.name for partner in self.partners)

    @property
    def topic_names(self) -> str:
        if self.topics is None and self.existing is not None:
            return "; ".join(_topic_names(self.existing))
        return "; ".join(getattr(topic, "name", topic) for topic in self.topics or [])

    def choice_label(self, field_name: str) -> str:
        value = self.values[field_name]
        return str(dict(CHOICE_COLUMNS[field_name].choices).get(value, value))

    @property
    def format_label(self) -> str:
        return self.choice_label("format")

    @property
    def level_label(self) -> str:
        return self.choice_label("level")

    @property
    def status_label(self) -> str:
        return self.choice_label("status")

    @property
    def confidentiality_label(self) -> str:
        return self.choice_label("confidentiality")


@dataclass
class ImportReport:
    """The outcome of checking (and, unless a dry run, importing) one file."""

    filename: str
    dry_run: bool = False
    rows: list[PlannedMeeting] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    saved: bool = False

    @property
    def is_valid(self) -> bool:
        return not self.errors

    def _count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created(self) -> int:
        return self._count(CREATE)

    @property
    def updated(self) -> int:
        return self._count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self._count(UNCHANGED)

    @property
    def has_changes(self) -> bool:
        return self.created + self.updated > 0

    @property
    def bad_lines(self) -> int:
        return len({problem.line for problem in self.errors if problem.line})

    def summary(self) -> str:
        if self.errors:
            problems = "problem" if len(self.errors) == 1 else "problems"
            where = f" in {self.bad_lines} rows" if self.bad_lines > 1 else ""
            return (
                f"{self.filename}: {len(self.errors)} {problems}{where}; "
                "nothing was imported."
            )
        if self.saved:
            return (
                f"Imported {self.filename}: {self.created} created, "
                f"{self.updated} updated, {self.unchanged} unchanged."
            )
        return (
            f"Checked {self.filename}, nothing saved: {self.created} to create, "
            f"{self.updated} to update, {self.unchanged} unchanged."
        )


# --- Reading the file --------------------------------------------------------


def read_table(content: bytes, filename: str) -> list[tuple[int, list]]:
    """The non-blank rows of a CSV or XLSX file, as (line number, cells)."""
    if not content:
        raise ImportFileError(f"{filename} is empty.")
    extension = PurePath(filename.lower()).suffix
    is_zip = content.startswith(b"PK\x03\x04")
    if extension == ".xlsx":
        return _read_xlsx(content, filename)
    if extension in {".csv", ".txt"}:
        if is_zip:
            raise ImportFileError(
                f"{filename} is an Excel workbook, not a CSV file: "
                "rename it to .xlsx or save it as CSV."
            )
        return _read_csv(content, filename)
    if extension == ".xls":
        raise ImportFileError(
            f"{filename} is in the old Excel format (.xls): "
            "save it as .xlsx or as CSV, then import it again."
        )
    raise ImportFileError(
        f"{filename} is not a spreadsheet this import reads: "
        "use a .csv or an .xlsx file."
    )


def _decode(content: bytes, filename: str) -> str:
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return content.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                f"{filename} could not be decoded as UTF-16 text."
            ) from exc
    if b"\x00" in content:
        raise ImportFileError(
            f"{filename} does not look like a CSV file (it holds binary data). "
            "Save the spreadsheet as CSV (UTF-8) or as .xlsx."
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    return content.decode("latin-1")  # every byte is a latin-1 character


def _delimiter(text: str) -> str:
    """Comma, semicolon (European Excel) or tab: whichever the header uses most."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv(content: bytes, filename: str) -> list[tuple[int, list]]:
    text = _decode(content, filename)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = []
    line = 0
    try:
        for line, cells in enumerate(reader, start=1):
            if any(cell.strip() for cell in cells):
                rows.append((line, cells))
                _check_size(rows, filename)
    except csv.Error as exc:
        raise ImportFileError(
            f"{filename}, line {line + 1}: not a valid CSV row ({exc})."
        ) from exc
    return rows


def _read_xlsx(content: bytes, filename: str) -> list[tuple[int, list]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(content), read_only=True, data_only=True
        )
    except Exception as exc:
        raise ImportFileError(
            f"{filename} could not be read as an Excel workbook (.xlsx): "
            "the file is damaged or is not an .xlsx file."
        ) from exc
    rows = []
    try:
        if not workbook.worksheets:
            raise ImportFileError(f"{filename} has no worksheet.")
        sheet = workbook.worksheets[0]
        # read-only sheets fill in missing rows, so the count is the row number
        for line, cells in enumerate(
            sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1
        ):
            if any(_text(cell) for cell in cells):
                rows.append((line, list(cells)))
                _check_size(rows, filename)
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(
            f"{filename} could not be read as an Excel workbook (.xlsx): "
            "the file is damaged."
        ) from exc
    finally:
        workbook.close()
    return rows


def _check_size(rows: list, filename: str) -> None:
    if len(rows) > MAX_DATA_ROWS + 1:  # the header and the data rows
        raise ImportFileError(
            f"{filename} has more than {MAX_DATA_ROWS} meetings: split it into "
            "smaller files."
        )


# --- Reading cells --------------------------------------------------------------


def _text(value: Any) -> str:
    """A cell as text: numbers without a spurious .0, line ends normalised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _normalise(text: str) -> str:
    return _SEPARATORS.sub(" ", text.strip().casefold())


def _split_list(text: str) -> list[str]:
    """'Japan; Canada;' -> ['Japan', 'Canada'], without repeats."""
    items, seen = [], set()
    for item in text.split(";"):
        item = item.strip()
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return items


@cache
def _time_zones() -> dict[str, str]:
    """Valid IANA names, by their lower-case spelling."""
    field = DialogueMeeting._meta.get_field("time_zone")
    return {name.casefold(): name for name in field.tz_backend.base_tzstrs}


def _choices(column: str) -> dict[str, str]:
    lookup = {}
    for value, label in CHOICE_COLUMNS[column].choices:
        lookup[_normalise(value)] = value
        lookup[_normalise(str(label))] = value
    return lookup


def _parse_datetime(value: Any, zone: ZoneInfo | None) -> datetime | None:
    """An aware datetime; None when it is naive and the row's zone is unknown.

    Raises ValueError with a message for the user.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        raise ValueError(f"{value.isoformat()} has no time of day")
    else:
        text = _text(value)
        if _DATE_ONLY.fullmatch(text):
            raise ValueError(
                f"'{text}' has no time of day; write for example {text}T10:00"
            )
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"'{text}' is not an ISO 8601 date and time such as "
                "2024-03-05T10:00 or 2024-03-05T10:00+09:00"
            ) from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone) if zone else None
    return moment


class PartnerIndex:
    """Every partner, loaded once, found by slug, name or jurisdiction code."""

    def __init__(self):
        self.by_slug, self.by_name, self.by_code = {}, defaultdict(list), {}
        for partner in Partner.objects.select_related("jurisdiction"):
            self.by_slug[partner.slug.casefold()] = partner
            self.by_name[partner.name.strip().casefold()].append(partner)
            code = partner.jurisdiction.code.strip().casefold()
            self.by_code.setdefault(code, []).append(partner)

    def find(self, key: str) -> Partner:
        """The partner meant by key; raises ValueError with a message if none."""
        folded = key.casefold()
        if folded in self.by_slug:
            return self.by_slug[folded]
        for candidates in (self.by_name.get(folded), self.by_code.get(folded)):
            if candidates and len(candidates) == 1:
                return candidates[0]
            if candidates:
                names = ", ".join(sorted(p.slug for p in candidates))
                raise ValueError(
                    f"'{key}' matches several partners ({names}): use the slug"
                )
        hint = " (separate partners with ';')" if "," in key else ""
        raise ValueError(f"unknown partner '{key}'{hint}")


def _topic_names(meeting: DialogueMeeting) -> list[str]:
    return [item.tag.name for item in meeting.tagged_items.all()]


# --- Checking the rows ------------------------------------------------------------


@dataclass
class _Row:
    """A data row, its cells parsed into model values (None: absent or bad)."""

    line: int
    title: str = ""
    partners: list[Partner] = field(default_factory=list)
    start: datetime | None = None
    end: datetime | None = None
    time_zone: ZoneInfo | None = None
    time_zone_given: bool = False
    values: dict[str, Any] = field(default_factory=dict)  # non-empty optional cells
    topics: list[str] | None = None
    problems: list[Problem] = field(default_factory=list)

    def problem(self, column: str, message: str) -> None:
        self.problems.append(Problem(message, line=self.line, column=column))

    @property
    def bad_columns(self) -> set[str]:
        return {problem.column for problem in self.problems}

    @property
    def key(self) -> tuple[str, datetime] | None:
        if self.title and self.start:
            return (self.title.casefold(), self.start)
        return None


def _header(line: int, cells: list) -> tuple[dict[str, int], list[str], list[Problem]]:
    columns: dict[str, int] = {}
    ignored, problems = [], []
    for index, cell in enumerate(cells):
        name = _normalise(_text(cell)).replace(" ", "_")
        if not name:
            continue
        name = HEADER_ALIASES.get(name, name)
        if name not in COLUMNS:
            ignored.append(_text(cell))
        elif name in columns:
            problems.append(
                Problem(f"the column '{name}' appears twice", line=line, column=name)
            )
        else:
            columns[name] = index
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        problems.append(
            Problem(
                f"missing required column{'s' if len(missing) > 1 else ''}: "
                f"{', '.join(missing)}. The first row must name the columns: "
                f"{', '.join(COLUMNS)} (the first four are required).",
                line=line,
            )
        )
    return columns, ignored, problems


def _parse_row(
    line: int, cells: list, columns: dict[str, int], partners: PartnerIndex
) -> _Row:
    row = _Row(line=line)

    def cell(name: str) -> Any:
        index = columns.get(name)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    row.title = _text(cell("title"))
    if not row.title:
        row.problem("title", "required")

    names = _split_list(_text(cell("partners")))
    if not names:
        row.problem("partners", "required: at least one partner")
    for name in names:
        try:
            partner = partners.find(name)
        except ValueError as exc:
            row.problem("partners", str(exc))
        else:
            if partner not in row.partners:
                row.partners.append(partner)

    zone_name = _text(cell("timezone"))
    row.time_zone_given = bool(zone_name)
    zone_name = zone_name or DEFAULT_TIME_ZONE
    canonical = _time_zones().get(zone_name.casefold())
    if canonical:
        row.time_zone = ZoneInfo(canonical)
    else:
        row.problem(
            "timezone",
            f"unknown time zone '{zone_name}'; use an IANA name such as Asia/Tokyo",
        )

    for name in ("start", "end"):
        value = cell(name)
        if value is None or (not isinstance(value, date) and not _text(value)):
            row.problem(name, "required")
            continue
        try:
            setattr(row, name, _parse_datetime(value, row.time_zone))
        except ValueError as exc:
            row.problem(name, str(exc))

    for name in CHOICE_COLUMNS:
        raw = _text(cell(name))
        if not raw:
            continue
        value = _choices(name).get(_normalise(raw))
        if value is None:
            labels = ", ".join(str(label) for label in CHOICE_COLUMNS[name].labels)
            row.problem(name, f"'{raw}' is not one of: {labels}")
        else:
            row.values[name] = value

    for name in TEXT_COLUMNS:
        text = _text(cell(name))
        if text:
            row.values[name] = text

    if "topics" in columns:
        topics = _split_list(_text(cell("topics")))
        row.topics = topics or None

    return row


def _existing_meetings(rows: list[_Row]) -> dict[tuple, list[DialogueMeeting]]:
    """The meetings the rows may update, found in one query (plus prefetches)."""
    starts = {row.start for row in rows if row.key}
    found = defaultdict(list)
    if not starts:
        return found
    meetings = (
        DialogueMeeting.objects.filter(start__in=starts)
        .select_related("latest_revision")
        .prefetch_related("partners", "tagged_items__tag")
    )
    for meeting in meetings:
        found[(meeting.title.casefold(), meeting.start)].append(meeting)
    return found


def _known_tags(rows: list[_Row]) -> dict[str, Any]:
    """Existing topics by lower-case name, so 'ai act' reuses the tag 'AI Act'."""
    names = {topic.casefold() for row in rows for topic in row.topics or []}
    if not names:
        return {}
    tags = (
        TaggedMeeting.tag_model()
        .objects.annotate(folded=Lower("name"))
        .filter(folded__in=names)
        .order_by("-id")
    )
    return {tag.name.casefold(): tag for tag in tags}


def _model_problems(row: _Row, meeting: DialogueMeeting) -> list[Problem]:
    """The model's own validation (field limits, end after start, held meetings
    not in the future) and its partner rule, run without touching the database."""
    checked = {
        name
        for name in IMPORTED_FIELDS
        if COLUMN_OF_FIELD.get(name, name) not in row.bad_columns
        and getattr(meeting, name) is not None
    }
    exclude = [f.name for f in meeting._meta.fields if f.name not in checked]
    problems = []
    try:
        meeting.full_clean(
            exclude=exclude, validate_unique=False, validate_constraints=False
        )
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            column = COLUMN_OF_FIELD.get(name, name)
            if column in row.bad_columns:
                continue
            problems.extend(
                Problem(message, line=row.line, column=column) for message in messages
            )
    if "partners" not in row.bad_columns and "format" not in row.bad_columns:
        try:
            meeting.validate_partners(row.partners)
        except ValidationError as exc:
            problems.extend(
                Problem(message, line=row.line, column="partners")
                for message in exc.message_dict.get("partners", exc.messages)
            )
    return problems


def _changes(
    meeting: DialogueMeeting,
    values: dict[str, Any],
    partners: list[Partner],
    topics: list[Any] | None,
) -> list[str]:
    changed = []
    for name in IMPORTED_FIELDS:
        old, new = getattr(meeting, name), values[name]
        if name == "time_zone":
            old, new = str(old), str(new)
        if old != new:
            changed.append(COLUMN_OF_FIELD.get(name, name))
    if {p.pk for p in meeting.partners.all()} != {p.pk for p in partners}:
        changed.append("partners")
    if topics is not None:
        old_topics = {name.casefold() for name in _topic_names(meeting)}
        new_topics = {getattr(t, "name", t).casefold() for t in topics}
        if old_topics != new_topics:
            changed.append("topics")
    if not meeting.live:
        changed.append("published")
    return changed


def _defaults() -> dict[str, Any]:
    opts = DialogueMeeting._meta
    return {name: opts.get_field(name).get_default() for name in IMPORTED_FIELDS}


def check_file(
    *, content: bytes, filename: str, user=None, report: ImportReport | None = None
) -> ImportReport:
    """Read and validate a whole file without writing anything.

    The queries are a constant number whatever the file's length: the partners,
    the meetings the rows may match (one query with its prefetches), the topics.
    """
    report = report or ImportReport(filename=filename)
    try:
        table = read_table(content, filename)
    except ImportFileError as exc:
        report.errors.append(Problem(str(exc)))
        return report
    if not table:
        report.errors.append(Problem(f"{filename} holds no rows."))
        return report

    header_line, header_cells = table[0]
    columns, ignored, header_problems = _header(header_line, header_cells)
    if ignored:
        shown = ", ".join(name[:40] for name in ignored[:10])
        more = f" and {len(ignored) - 10} more" if len(ignored) > 10 else ""
        report.warnings.append(f"ignored column(s): {shown}{more}")
    if header_problems:
        report.errors.extend(header_problems)
        return report
    if len(table) == 1:
        report.errors.append(Problem(f"{filename} has a header but no meetings."))
        return report

    partner_index = PartnerIndex()
    rows = [
        _parse_row(line, cells, columns, partner_index) for line, cells in table[1:]
    ]
    existing = _existing_meetings(rows)
    tags = _known_tags(rows)
    restricted_allowed = user is None or can_see_restricted(user)
    defaults = _defaults()
    first_line_of: dict[tuple, int] = {}

    for row in rows:
        matches = existing.get(row.key, []) if row.key else []
        meeting = matches[0] if len(matches) == 1 else None
        if row.key in first_line_of:
            row.problem(
                "",
                f"the same meeting (title and start) as line {first_line_of[row.key]}",
            )
        elif row.key:
            first_line_of[row.key] = row.line
        if len(matches) > 1:
            row.problem(
                "",
                f"{len(matches)} meetings with this title and start exist already: "
                "merge them in the admin first",
            )

        base = (
            {name: getattr(meeting, name) for name in IMPORTED_FIELDS}
            if meeting
            else dict(defaults)
        )
        values = {
            **base,
            **row.values,
            "title": row.title,
            "start": row.start,
            "end": row.end,
            # an empty timezone cell keeps an existing meeting's zone for display;
            # its times without offset were still read as Brussels time
            "time_zone": (
                row.time_zone
                if row.time_zone_given or meeting is None
                else meeting.time_zone
            ),
        }
        row.problems.extend(_model_problems(row, DialogueMeeting(**values)))

        if meeting and meeting.is_restricted:
            # Restricted, or with a restricted draft pending.
            if not restricted_allowed:
                row.problem(
                    "",
                    "a restricted meeting with this title and start exists; "
                    "only Team leads may change it",
                )
        elif (
            values["confidentiality"] == Confidentiality.RESTRICTED
            and not restricted_allowed
        ):
            row.problem(
                "confidentiality", "only Team leads may import restricted meetings"
            )

        if row.problems:
            report.errors.extend(row.problems)
            continue
        topics = (
            None
            if row.topics is None
            else [tags.get(name.casefold(), name) for name in row.topics]
        )
        if meeting is None:
            planned = PlannedMeeting(row.line, CREATE, values, row.partners, topics)
        else:
            changes = _changes(meeting, values, row.partners, topics)
            planned = PlannedMeeting(
                row.line,
                UPDATE if changes else UNCHANGED,
                values,
                row.partners,
                topics,
                existing=meeting,
                changes=changes,
            )
        report.rows.append(planned)
    if report.errors:
        report.rows = []
    return report


# --- Saving --------------------------------------------------------------------


def _save(planned: PlannedMeeting, user) -> DialogueMeeting:
    from wagtail.actions.create import CreateAction
    from wagtail.actions.edit import EditAction

    if planned.action == CREATE:
        meeting = DialogueMeeting(**planned.values, logged_by=user)
        meeting.partners.set(planned.partners)
        meeting.topics.set(planned.topics or [])
        action = CreateAction(meeting, user=user, publish=True)
    else:
        meeting = planned.existing
        for name, value in planned.values.items():
            setattr(meeting, name, value)
        meeting.partners.set(planned.partners)
        if planned.topics is not None:
            meeting.topics.set(planned.topics)
        action = EditAction(meeting, user=user, publish=True)
    # Whoever may import may publish meetings: the view checked the permission.
    return action.execute(skip_permission_checks=True)


def import_meetings(
    *, content: bytes, filename: str, user=None, dry_run: bool = False
) -> ImportReport:
    """Check a meeting spreadsheet and, if every row is valid, import it at once.

    Returns the report: the rows with what happens to each, or every problem.
    With dry_run, or when any row is invalid, nothing is saved.
    """
    report = ImportReport(filename=filename, dry_run=dry_run)
    with transaction.atomic():
        check_file(content=content, filename=filename, user=user, report=report)
        if report.errors or dry_run:
            return report
        savepoint = transaction.savepoint()
        for planned in report.rows:
            if planned.action == UNCHANGED:
                continue
            try:
                _save(planned, user)
            except ValidationError as exc:  # the data changed since the check
                report.errors.extend(
                    Problem(message, line=planned.line) for message in exc.messages
                )
        if report.errors:
            transaction.savepoint_rollback(savepoint)
            report.rows = []
            return report
        report.saved = True
    return report
