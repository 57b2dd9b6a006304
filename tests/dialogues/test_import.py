"""Import of the team's meeting spreadsheet: `manage.py import_meetings` and the
admin's upload → preview → confirm page."""

import csv
import datetime
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail import hooks
from wagtail.models import ModelLogEntry

from accounts.models import User
from accounts.roles import PROJECT_TEAM
from dialogues import wagtail_hooks
from dialogues.admin_import import URL_NAME, meeting_import_viewset
from dialogues.importing import COLUMNS, import_meetings
from dialogues.models import DialogueMeeting
from monitoring.models import Jurisdiction
from tests.dialogues.factories import MeetingFactory, PartnerFactory
from tests.monitoring.factories import JurisdictionFactory

if meeting_import_viewset not in wagtail_hooks.DIALOGUE_VIEWSETS:
    # Until dialogues/wagtail_hooks.py lists the import page in the Dialogues
    # menu: registered here, before the admin's URLconf is first loaded.
    hooks.register("register_admin_viewset", lambda: meeting_import_viewset)
    hooks.register("register_admin_menu_item", meeting_import_viewset.get_menu_item)

FILES = Path(__file__).parent / "import_files"
VALID = FILES / "meetings_valid.csv"
BAD = FILES / "meetings_bad.csv"
UTC = datetime.UTC


@pytest.fixture
def partners(db):
    def partner(slug, name, code, kind=Jurisdiction.Kind.COUNTRY):
        jurisdiction = JurisdictionFactory(code=code, name=name, kind=kind)
        return PartnerFactory(slug=slug, name=name, jurisdiction=jurisdiction)

    return {
        "japan": partner("japan", "Japan", "JP"),
        "canada": partner("canada", "Canada", "CA"),
        "australia": partner("australia", "Australia", "AU"),
        "korea": partner("south-korea", "Republic of Korea", "KR"),
        "oecd": partner(
            "oecd", "OECD", "OECD", Jurisdiction.Kind.INTERNATIONAL_ORGANISATION
        ),
    }


def row(**values):
    """A valid row (a held bilateral meeting with Japan), changed by values."""
    cells = {
        "title": "EU–Japan AI dialogue",
        "partners": "Japan",
        "start": "2024-03-05T10:00",
        "end": "2024-03-05T12:00",
        "timezone": "Asia/Tokyo",
        "format": "bilateral",
        "level": "senior officials",
        "status": "held",
        "confidentiality": "internal",
        "location": "Tokyo",
        "public_summary": "",
        "minutes": "",
        "topics": "",
    }
    cells.update(values)
    return cells


def csv_bytes(rows, columns=COLUMNS, encoding="utf-8", delimiter=","):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(columns)
    for cells in rows:
        writer.writerow([cells.get(column, "") for column in columns])
    return out.getvalue().encode(encoding)


def xlsx_bytes(table):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for cells in table:
        sheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def located(report):
    return {(problem.line, problem.column) for problem in report.errors}


def user_in(role, email):
    user = User.objects.create_user(email=email, password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


# --- Valid files -------------------------------------------------------------------


def test_valid_csv_creates_every_meeting_published_with_history(partners):
    report = import_meetings(content=VALID.read_bytes(), filename=VALID.name)

    assert report.errors == []
    assert (report.created, report.updated, report.unchanged) == (5, 0, 0)
    assert report.saved
    assert DialogueMeeting.objects.count() == 5

    japan = DialogueMeeting.objects.get(title__startswith="EU–Japan")
    # naive time read in the row's time zone: 10:00 in Tokyo is 01:00 UTC
    assert japan.start == datetime.datetime(2024, 3, 5, 1, 0, tzinfo=UTC)
    assert japan.end == datetime.datetime(2024, 3, 5, 3, 30, tzinfo=UTC)
    assert str(japan.time_zone) == "Asia/Tokyo"
    assert japan.level == DialogueMeeting.Level.SENIOR_OFFICIALS
    assert japan.status == DialogueMeeting.Status.HELD
    assert japan.confidentiality == "public"
    assert japan.minutes == "Japan is drafting an AI bill; follow up in June."
    assert list(japan.partners.all()) == [partners["japan"]]
    assert sorted(japan.topics.names()) == ["AI Act", "general-purpose AI"]
    assert japan.live
    assert japan.logged_by is None
    # Wagtail's history shows the import: a published revision and log entries
    assert japan.revisions.count() == 1
    assert japan.live_revision_id == japan.latest_revision_id
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(japan.pk)).values_list(
            "action", flat=True
        )
    )
    assert {"wagtail.create", "wagtail.publish"} <= actions

    canada = DialogueMeeting.objects.get(title="EU–Canada AI dialogue")
    # an explicit offset wins over the time zone column
    assert canada.start == datetime.datetime(2024, 4, 10, 19, 0, tzinfo=UTC)
    assert str(canada.time_zone) == "America/Toronto"

    australia = DialogueMeeting.objects.get(title__startswith="EU–Australia")
    # an empty time zone means Brussels (summer time: UTC+2)
    assert str(australia.time_zone) == "Europe/Brussels"
    assert australia.start == datetime.datetime(2024, 5, 21, 7, 0, tzinfo=UTC)

    oecd = DialogueMeeting.objects.get(title="OECD AI expert group")
    assert oecd.format == DialogueMeeting.Format.MULTILATERAL
    assert oecd.level == DialogueMeeting.Level.EXPERT
    assert set(oecd.partners.all()) == {
        partners["japan"],
        partners["canada"],
        partners["oecd"],
    }
    # the topic "AI Act" of the first row is reused, not created twice
    assert sorted(oecd.topics.names()) == ["AI Act", "OECD"]
    assert DialogueMeeting.topics.through.tag_model().objects.count() == 5


def test_valid_xlsx_with_date_cells_and_loose_headers(partners):
    content = xlsx_bytes(
        [
            [" Title ", "PARTNERS", "Start", "END", "Time zone", "Level", "Topics"],
            [
                "EU–Korea AI dialogue",
                "kr",
                datetime.datetime(2024, 6, 12, 9, 0),  # noqa: DTZ001 - a local time
                "2024-06-12T11:00",
                "Asia/Seoul",
                "Working level",
                "chips;  AI safety ",
            ],
            [],
            [
                "EU–Canada call",
                "Canada",
                "2024-06-13T10:00-04:00",
                datetime.datetime(2024, 6, 13, 11, 0),  # noqa: DTZ001
                "america/toronto",
                "EXPERT",
                None,
            ],
        ]
    )

    report = import_meetings(content=content, filename="log.xlsx")

    assert report.errors == []
    assert report.created == 2
    korea = DialogueMeeting.objects.get(title="EU–Korea AI dialogue")
    assert korea.start == datetime.datetime(2024, 6, 12, 0, 0, tzinfo=UTC)
    assert korea.end == datetime.datetime(2024, 6, 12, 2, 0, tzinfo=UTC)
    assert korea.level == DialogueMeeting.Level.WORKING_LEVEL
    assert sorted(korea.topics.names()) == ["AI safety", "chips"]
    # columns left out take the defaults
    assert korea.format == DialogueMeeting.Format.BILATERAL
    assert korea.status == DialogueMeeting.Status.PLANNED
    assert korea.confidentiality == "internal"
    canada = DialogueMeeting.objects.get(title="EU–Canada call")
    assert str(canada.time_zone) == "America/Toronto"
    assert canada.end == datetime.datetime(2024, 6, 13, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "spelling",
    ["senior officials", "Senior officials", "senior_officials", "SENIOR-officials"],
)
def test_choice_columns_take_value_or_label_in_any_spelling(partners, spelling):
    content = csv_bytes(
        [row(level=spelling, status=" Held ", confidentiality="PUBLIC")]
    )

    report = import_meetings(content=content, filename="log.csv")

    assert report.errors == []
    meeting = DialogueMeeting.objects.get()
    assert meeting.level == DialogueMeeting.Level.SENIOR_OFFICIALS
    assert meeting.status == DialogueMeeting.Status.HELD
    assert meeting.confidentiality == "public"


@pytest.mark.parametrize(
    "reference", ["Japan", "japan", "JAPAN", "JP", "jp", " Japan ; jp "]
)
def test_partner_found_by_name_slug_or_code(partners, reference):
    report = import_meetings(
        content=csv_bytes([row(partners=reference)]), filename="log.csv"
    )

    assert report.errors == []
    assert list(DialogueMeeting.objects.get().partners.all()) == [partners["japan"]]


def test_partner_by_slug_when_the_name_differs(partners):
    report = import_meetings(
        content=csv_bytes([row(partners="south-korea"), row(title="B", partners="KR")]),
        filename="log.csv",
    )

    assert report.errors == []
    for meeting in DialogueMeeting.objects.all():
        assert list(meeting.partners.all()) == [partners["korea"]]


def test_semicolon_separated_cp1252_csv_is_read(partners):
    content = csv_bytes(
        [row(title="Réunion UE–Japon", partners="Japan", topics="données; IA")],
        encoding="cp1252",
        delimiter=";",
    )
    with pytest.raises(UnicodeDecodeError):
        content.decode("utf-8")

    report = import_meetings(content=content, filename="journal.csv")

    assert report.errors == []
    meeting = DialogueMeeting.objects.get()
    assert meeting.title == "Réunion UE–Japon"
    assert sorted(meeting.topics.names()) == ["IA", "données"]


def test_utf8_with_bom_is_read(partners):
    content = b"\xef\xbb\xbf" + csv_bytes([row(title="Café talks")])

    report = import_meetings(content=content, filename="log.csv")

    assert report.errors == []
    assert DialogueMeeting.objects.get().title == "Café talks"


# --- Bad rows ------------------------------------------------------------------------


def test_every_bad_row_reported_with_its_line_and_nothing_saved(partners):
    report = import_meetings(content=BAD.read_bytes(), filename=BAD.name)

    assert located(report) == {
        (3, "start"),  # 05/03/2024 is not ISO 8601
        (4, "end"),  # ends before it starts
        (5, "level"),  # "minister" is no level
        (6, "partners"),  # bilateral with two partners
        (7, "partners"),  # Atlantis
        (8, "status"),  # held in 2099
        (9, "timezone"),  # Asia/Atlantis
        (10, "title"),  # no title
        (12, "end"),  # no end (line 11 is blank)
        (13, ""),  # same meeting as line 2
        (14, "partners"),  # Wakanda, and …
        (14, "status"),  # … "done" is no status
    }
    messages = [str(problem) for problem in report.errors]
    assert "line 7: partners: unknown partner 'Atlantis'" in messages
    assert "line 10: title: required" in messages
    assert "line 12: end: required" in messages
    assert "line 6: partners: A bilateral meeting has exactly one partner." in messages
    assert "line 4: end: The meeting must end after it starts." in messages
    assert any(
        m.startswith("line 5: level: 'minister' is not one of") for m in messages
    )
    assert any(
        m.startswith("line 9: timezone: unknown time zone 'Asia/Atlantis'")
        for m in messages
    )
    assert any("as line 2" in m for m in messages if m.startswith("line 13"))
    assert report.summary() == (
        "meetings_bad.csv: 12 problems in 11 rows; nothing was imported."
    )
    # line 2 is valid, yet nothing at all is saved
    assert not report.saved
    assert report.rows == []
    assert DialogueMeeting.objects.count() == 0


def test_bad_rows_of_an_xlsx_file_have_the_spreadsheet_row_numbers(partners):
    content = xlsx_bytes(
        [
            list(COLUMNS),
            [*row().values()],
            [],
            [],
            [*row(title="Second", partners="Narnia").values()],
        ]
    )

    report = import_meetings(content=content, filename="log.xlsx")

    assert [str(p) for p in report.errors] == [
        "line 5: partners: unknown partner 'Narnia'"
    ]
    assert DialogueMeeting.objects.count() == 0


def test_missing_required_column_is_one_clear_error(partners):
    content = csv_bytes([row()], columns=["title", "partners", "start", "timezone"])

    report = import_meetings(content=content, filename="log.csv")

    assert len(report.errors) == 1
    assert str(report.errors[0]).startswith("line 1: missing required column: end.")


def test_unknown_columns_are_ignored_with_a_warning(partners):
    content = csv_bytes([row()], columns=[*COLUMNS, "Remarks"])

    report = import_meetings(content=content, filename="log.csv")

    assert report.errors == []
    assert report.warnings == ["ignored column(s): Remarks"]


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (bytes(range(256)) * 40, "meetings.csv", "does not look like a CSV file"),
        (b"PK\x03\x04garbage" * 50, "meetings.xlsx", "could not be read as an Excel"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "meetings.png", "use a .csv or an .xlsx"),
        (b"\xd0\xcf\x11\xe0" + bytes(100), "meetings.xls", "old Excel format"),
        (b"", "meetings.csv", "is empty"),
        (b"just some text\nwith no header\n", "meetings.csv", "missing required"),
    ],
)
def test_unreadable_file_gives_a_clear_error(partners, content, filename, message):
    report = import_meetings(content=content, filename=filename)

    assert len(report.errors) == 1
    assert message in str(report.errors[0])
    assert DialogueMeeting.objects.count() == 0


# --- Re-import and dry run -----------------------------------------------------------


def test_reimporting_updates_instead_of_duplicating(partners):
    first = import_meetings(content=VALID.read_bytes(), filename=VALID.name)
    assert first.created == 5

    again = import_meetings(content=VALID.read_bytes(), filename=VALID.name)

    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    assert DialogueMeeting.objects.count() == 5
    assert sum(m.revisions.count() for m in DialogueMeeting.objects.all()) == 5

    # a title in other case, a new status and topics, minutes left empty: two
    # updates, and nothing erased
    changed = (
        VALID.read_text(encoding="utf-8")
        .replace("EU–Japan Digital Partnership", "EU–JAPAN Digital Partnership")
        .replace("Canada to share the AIDA timeline.", "")
        .replace("planned,public,Paris,,,OECD; AI Act", "postponed,public,Paris,,,OECD")
    )
    report = import_meetings(content=changed.encode(), filename=VALID.name)

    assert report.errors == []
    assert (report.created, report.updated, report.unchanged) == (0, 2, 3)
    by_line = {planned.line: planned.changes for planned in report.rows}
    assert by_line[2] == ["title"]
    assert by_line[6] == ["status", "topics"]
    assert DialogueMeeting.objects.count() == 5
    oecd = DialogueMeeting.objects.get(title="OECD AI expert group")
    assert oecd.status == DialogueMeeting.Status.POSTPONED
    assert list(oecd.topics.names()) == ["OECD"]
    assert oecd.revisions.count() == 2
    assert DialogueMeeting.objects.filter(title__startswith="EU–JAPAN").exists()
    canada = DialogueMeeting.objects.get(title="EU–Canada AI dialogue")
    assert canada.minutes == "Canada to share the AIDA timeline."


def test_empty_cells_keep_the_existing_values(partners):
    import_meetings(
        content=csv_bytes([row(minutes="Secret notes", topics="AI Act")]),
        filename="log.csv",
    )

    # the same start written with an offset, and no time zone
    report = import_meetings(
        content=csv_bytes(
            [
                row(
                    minutes="",
                    topics="",
                    location="",
                    timezone="",
                    start="2024-03-05T10:00+09:00",
                    end="2024-03-05T12:00+09:00",
                )
            ]
        ),
        filename="log.csv",
    )

    assert (report.updated, report.unchanged) == (0, 1)
    meeting = DialogueMeeting.objects.get()
    assert str(meeting.time_zone) == "Asia/Tokyo"
    assert meeting.minutes == "Secret notes"
    assert meeting.location == "Tokyo"
    assert list(meeting.topics.names()) == ["AI Act"]


def test_reimport_updates_a_meeting_logged_in_the_admin(partners):
    start = datetime.datetime(2024, 3, 5, 10, tzinfo=ZoneInfo("Asia/Tokyo"))
    logged = MeetingFactory(
        title="EU–Japan AI dialogue",
        start=start,
        end=start + datetime.timedelta(hours=2),
        partners=[partners["japan"]],
        confidentiality="internal",
        status="planned",
    )

    report = import_meetings(content=csv_bytes([row()]), filename="log.csv")

    assert report.updated == 1
    assert DialogueMeeting.objects.get().pk == logged.pk
    logged.refresh_from_db()
    assert logged.status == DialogueMeeting.Status.HELD


def test_dry_run_reports_and_saves_nothing(partners):
    report = import_meetings(
        content=VALID.read_bytes(), filename=VALID.name, dry_run=True
    )

    assert report.errors == []
    assert report.created == 5
    assert not report.saved
    assert "nothing saved" in report.summary()
    assert DialogueMeeting.objects.count() == 0
    assert not ModelLogEntry.objects.exists()


def test_check_uses_a_constant_number_of_queries(
    partners, django_assert_max_num_queries
):
    team = user_in(PROJECT_TEAM, "member@example.org")
    references = ["Japan", "ca", "AUSTRALIA", "south-korea", "OECD"]

    def log(count):
        return csv_bytes(
            [
                row(
                    title=f"Meeting {n}",
                    partners=references[n % 5],
                    start=f"2024-01-{1 + n % 28:02d}T{8 + n % 10:02d}:00",
                    end=f"2024-01-{1 + n % 28:02d}T{9 + n % 10:02d}:00",
                    topics=f"AI Act; topic {n}",
                )
                for n in range(count)
            ]
        )

    # some rows match meetings already logged, so those are loaded too
    import_meetings(content=log(5), filename="log.csv", user=team)

    with django_assert_max_num_queries(9):
        small = import_meetings(
            content=log(5), filename="log.csv", user=team, dry_run=True
        )
    with django_assert_max_num_queries(9):
        large = import_meetings(
            content=log(50), filename="log.csv", user=team, dry_run=True
        )

    assert (small.unchanged, small.created) == (5, 0)
    assert (large.unchanged, large.created) == (5, 45)


# --- Confidentiality -----------------------------------------------------------------


def test_only_team_leads_import_restricted_meetings(partners, seeded):
    users = seeded["users"]
    content = csv_bytes([row(confidentiality="restricted")])

    refused = import_meetings(
        content=content, filename="log.csv", user=users["team@example.org"]
    )
    assert [str(p) for p in refused.errors] == [
        "line 2: confidentiality: only Team leads may import restricted meetings"
    ]
    assert DialogueMeeting.objects.count() == 0

    done = import_meetings(
        content=content, filename="log.csv", user=users["lead@example.org"]
    )
    assert done.created == 1
    assert DialogueMeeting.objects.get().logged_by == users["lead@example.org"]


def test_project_team_cannot_change_a_restricted_meeting(partners, seeded):
    import_meetings(
        content=csv_bytes([row(confidentiality="restricted", minutes="Secret")]),
        filename="log.csv",
    )

    report = import_meetings(
        content=csv_bytes([row(confidentiality="internal", minutes="Leaked")]),
        filename="log.csv",
        user=seeded["users"]["team@example.org"],
    )

    assert located(report) == {(2, "")}
    meeting = DialogueMeeting.objects.get()
    assert meeting.confidentiality == "restricted"
    assert meeting.minutes == "Secret"


# --- The command ---------------------------------------------------------------------


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_meetings", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_command_imports_and_reports_counts(partners):
    out, _ = run(str(VALID))

    assert "Imported meetings_valid.csv: 5 created, 0 updated, 0 unchanged." in out
    assert DialogueMeeting.objects.count() == 5
    assert DialogueMeeting.objects.filter(logged_by__isnull=True).count() == 5

    out, _ = run(str(VALID))
    assert "0 created, 0 updated, 5 unchanged." in out
    assert DialogueMeeting.objects.count() == 5


def test_command_lists_every_error_and_fails(partners):
    err = io.StringIO()
    with pytest.raises(CommandError, match="12 problems in 11 rows"):
        call_command("import_meetings", str(BAD), stdout=io.StringIO(), stderr=err)

    lines = err.getvalue().splitlines()
    assert "line 7: partners: unknown partner 'Atlantis'" in lines
    assert "line 3: start: '05/03/2024 10:00' is not an ISO 8601" in lines[0]
    assert len(lines) == 12
    assert DialogueMeeting.objects.count() == 0


def test_command_dry_run_saves_nothing(partners):
    out, _ = run(str(VALID), "--dry-run")

    assert "nothing saved: 5 to create, 0 to update, 0 unchanged." in out
    assert DialogueMeeting.objects.count() == 0


def test_command_refuses_garbage_and_missing_files(partners, tmp_path):
    garbage = tmp_path / "meetings.csv"
    garbage.write_bytes(bytes(range(256)) * 10)

    with pytest.raises(CommandError, match="nothing was imported"):
        run(str(garbage))
    with pytest.raises(CommandError, match="Cannot read"):
        run(str(tmp_path / "missing.csv"))


# --- The admin page ------------------------------------------------------------------


@pytest.fixture
def import_url(db):
    return reverse(URL_NAME)


def upload(name, content, content_type="text/csv"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_project_team_uploads_previews_and_confirms(
    partners, client_for, seeded, import_url
):
    client = client_for("team@example.org")

    page = client.get(import_url)
    assert page.status_code == 200
    assert b'type="file"' in page.content
    assert b"Spreadsheet (.csv or .xlsx)" in page.content

    preview = client.post(import_url, {"file": upload("log.csv", VALID.read_bytes())})

    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Preview of log.csv" in html
    assert "5 to create, 0 to update, 0 unchanged" in html
    assert "EU–Japan Digital Partnership: AI working group" in html
    # times in the meeting's own time zone
    assert "2024-03-05 10:00 (Asia/Tokyo)" in html
    assert '<th scope="col">Action</th>' in html
    assert DialogueMeeting.objects.count() == 0
    token = preview.context["token"]

    done = client.post(import_url, {"confirm": "1", "token": token})

    assert done.status_code == 302
    assert [str(m).strip() for m in get_messages(done.wsgi_request)] == [
        "Imported log.csv: 5 created, 0 updated, 0 unchanged."
    ]
    team = seeded["users"]["team@example.org"]
    assert DialogueMeeting.objects.filter(logged_by=team).count() == 5
    meeting = DialogueMeeting.objects.get(title="OECD AI expert group")
    assert meeting.latest_revision.user == team
    assert ModelLogEntry.objects.filter(
        object_id=str(meeting.pk), action="wagtail.create", user=team
    ).exists()

    # the same preview cannot be confirmed twice
    again = client.post(import_url, {"confirm": "1", "token": token})
    assert again.status_code == 302
    assert DialogueMeeting.objects.count() == 5


def test_admin_preview_of_a_known_file_shows_updates(partners, client_for, import_url):
    import_meetings(content=VALID.read_bytes(), filename=VALID.name)
    content = VALID.read_bytes().replace(b"planned,public,Paris", b"held,public,Paris")
    content = content.replace(b"2030-11-02", b"2024-11-02")
    content += "EU–Japan follow-up,JP,2024-12-01T10:00,2024-12-01T11:00,".encode()
    content += b"Asia/Tokyo,,,,,,,,\r\n"

    preview = client_for("lead@example.org").post(
        import_url, {"file": upload("log.csv", content)}
    )

    html = preview.content.decode()
    # the OECD meeting moved to 2024 is a new (title, start): a creation
    assert "2 to create, 0 to update, 4 unchanged" in html
    assert "<strong>Unchanged</strong>" in html


def test_admin_lists_every_error_and_redisplays_the_form(
    partners, client_for, import_url
):
    client = client_for("team@example.org")

    response = client.post(import_url, {"file": upload("bad.csv", BAD.read_bytes())})

    assert response.status_code == 200
    html = response.content.decode()
    assert "The file cannot be imported" in html
    assert "12 problems in 11 rows; nothing was imported." in html
    assert "unknown partner &#x27;Atlantis&#x27;" in html
    assert "<td>7</td>" in html
    assert "<td>14</td>" in html
    assert 'type="file"' in html
    assert "token" not in response.context or not response.context["token"]
    assert DialogueMeeting.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("log.csv", bytes(range(256)) * 10, "does not look like a CSV file"),
        ("log.xlsx", b"not a workbook at all", "could not be read as an Excel"),
        ("log.pdf", b"%PDF-1.4 whatever", "Upload a .csv or an .xlsx file"),
    ],
)
def test_admin_garbage_upload_is_a_clear_error(
    partners, client_for, import_url, name, content, message
):
    response = client_for("team@example.org").post(
        import_url, {"file": upload(name, content, "application/octet-stream")}
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert DialogueMeeting.objects.count() == 0


def test_admin_confirm_without_preview_imports_nothing(client_for, import_url):
    client = client_for("team@example.org")

    response = client.post(import_url, {"confirm": "1", "token": "forged"})

    assert response.status_code == 302
    notices = [str(message) for message in get_messages(response.wsgi_request)]
    assert "upload the file again" in notices[0]
    assert DialogueMeeting.objects.count() == 0


def test_admin_confirm_rechecks_the_file(partners, client_for, import_url):
    client = client_for("team@example.org")
    preview = client.post(import_url, {"file": upload("log.csv", VALID.read_bytes())})
    partners["oecd"].delete()  # gone since the preview

    response = client.post(
        import_url, {"confirm": "1", "token": preview.context["token"]}
    )

    assert response.status_code == 200
    assert "unknown partner &#x27;oecd&#x27;" in response.content.decode()
    assert DialogueMeeting.objects.count() == 0


@pytest.mark.parametrize("email", ["fpi@example.org", "comms@example.org"])
def test_import_page_is_forbidden_without_add_permission(
    partners, client_for, import_url, email
):
    client = client_for(email)

    assert client.get(import_url).status_code == 403
    response = client.post(import_url, {"file": upload("log.csv", VALID.read_bytes())})
    assert response.status_code == 403
    assert DialogueMeeting.objects.count() == 0


def test_anonymous_visitor_is_sent_to_login(db, client, import_url):
    response = client.get(import_url)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("email", ["lead@example.org", "admin@example.org"])
def test_team_leads_and_superusers_may_import(client_for, import_url, email):
    assert client_for(email).get(import_url).status_code == 200


@pytest.mark.parametrize(
    ("email", "shown"),
    [
        ("team@example.org", True),
        ("lead@example.org", True),
        ("fpi@example.org", False),
        ("comms@example.org", False),
    ],
)
def test_menu_link_only_for_those_who_may_import(client_for, import_url, email, shown):
    dashboard = client_for(email).get(reverse("wagtailadmin_home"))

    assert dashboard.status_code == 200
    assert (import_url in dashboard.content.decode()) is shown


def test_partners_separated_by_commas_get_a_hint(partners):
    report = import_meetings(
        content=csv_bytes([row(partners="Japan, Canada")]), filename="log.csv"
    )

    assert [str(p) for p in report.errors] == [
        "line 2: partners: unknown partner 'Japan, Canada' (separate partners with ';')"
    ]
