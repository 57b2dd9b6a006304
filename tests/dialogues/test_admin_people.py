"""The back office for partners, contacts and joint initiatives: who may do what,
the listings with their filters, search and exports, the contact chooser, and
the confidentiality of restricted initiatives on every admin path."""

import csv
import datetime
import io

import pytest
from django.test import Client
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from dialogues.models import Contact, JointInitiative, Milestone, Partner
from tests.dialogues.factories import (
    ContactFactory,
    InitiativeFactory,
    MeetingFactory,
    PartnerFactory,
)
from tests.monitoring.factories import JurisdictionFactory

PARTNERS = "/admin/snippets/dialogues/partner/"
CONTACTS = "/admin/snippets/dialogues/contact/"
INITIATIVES = "/admin/snippets/dialogues/jointinitiative/"
CONTACT_CHOOSER = "/admin/snippets/choose/dialogues/contact/"
INITIATIVE_CHOOSER = "/admin/snippets/choose/dialogues/jointinitiative/"

TEAM = "team@example.org"
LEAD = "lead@example.org"
COMMS = "comms@example.org"
FPI = "fpi@example.org"
ADMIN = "admin@example.org"


def url(base, view, obj):
    return f"{base}{view}/{obj.pk}/"


def bulk_delete_url(model_name, *objects):
    ids = "&".join(f"id={obj.pk}" for obj in objects)
    return f"/admin/bulk/dialogues/{model_name}/delete/?{ids}"


def assert_denied(response):
    """Wagtail answers a refused admin page with a redirect to the dashboard and
    an error message (403 to JavaScript requests)."""
    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


def assert_login_required(response):
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def csv_rows(response):
    content = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(content)))


def management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


@pytest.fixture
def japan(db):
    return PartnerFactory(
        name="Japan",
        slug="japan",
        jurisdiction=JurisdictionFactory(name="Japan", code="JP"),
        is_priority=True,
    )


@pytest.fixture
def canada(db):
    return PartnerFactory(
        name="Canada",
        slug="canada",
        jurisdiction=JurisdictionFactory(name="Canada", code="CA"),
    )


# --- Partners ------------------------------------------------------------------


def partner_data(jurisdiction, **fields):
    return {
        "name": "South Korea",
        "slug": "south-korea",
        "jurisdiction": str(jurisdiction.pk),
        "framework": "EU-Korea Digital Partnership",
        "framework_url": "",
        "public_summary": "Dialogue on AI since 2022.",
        "is_priority": "on",
        "active": "on",
        **fields,
    }


@pytest.mark.parametrize("email", [TEAM, LEAD, FPI, ADMIN])
def test_partners_are_listed_for_the_team_and_fpi_staff(client_for, japan, email):
    PartnerFactory(name="Canada", slug="canada", is_priority=False, active=False)

    page = client_for(email).get(PARTNERS).content.decode()

    assert "Japan" in page
    assert "Digital Partnership" in page  # framework
    assert "Canada" in page
    for heading in ("Jurisdiction", "Framework", "Priority", "Active"):
        assert heading in page


def test_partners_are_not_for_communications_or_the_public(seeded, client_for, japan):
    assert_denied(client_for(COMMS).get(PARTNERS))
    assert_denied(client_for(COMMS).get(url(PARTNERS, "inspect", japan)))
    assert_login_required(Client().get(PARTNERS))


def test_partner_search_matches_name_and_slug(client_for, japan, canada):
    client = client_for(TEAM)

    by_name = client.get(PARTNERS + "results/", {"q": "jap"}).content.decode()
    by_slug = client.get(PARTNERS + "results/", {"q": "canada"}).content.decode()

    assert "Japan" in by_name
    assert "Canada" not in by_name
    assert "Canada" in by_slug
    assert "Japan" not in by_slug


def test_partner_filters(client_for, japan, canada):
    page = (
        client_for(TEAM)
        .get(PARTNERS + "results/", {"is_priority": "true"})
        .content.decode()
    )
    assert "Japan" in page
    assert "Canada" not in page


def test_team_member_adds_and_edits_a_partner(client_for, japan):
    client = client_for(TEAM)
    korea = JurisdictionFactory(name="South Korea", code="KR")

    assert client.get(PARTNERS + "add/").status_code == 200
    response = client.post(PARTNERS + "add/", partner_data(korea))
    assert response.status_code == 302
    partner = Partner.objects.get(slug="south-korea")
    assert partner.is_priority
    assert partner.jurisdiction == korea

    response = client.post(
        url(PARTNERS, "edit", partner),
        partner_data(korea, framework="Digital Partnership (2022)", active=""),
    )
    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.framework == "Digital Partnership (2022)"
    assert not partner.active


def test_partner_form_errors_are_shown_not_raised(client_for, japan):
    response = client_for(TEAM).post(
        PARTNERS + "add/", partner_data(japan.jurisdiction, slug="japan", name="")
    )
    assert response.status_code == 200
    assert b"This field is required" in response.content
    assert b"already exists" in response.content


def test_fpi_staff_read_partners_but_do_not_change_them(client_for, japan):
    client = client_for(FPI)

    assert client.get(url(PARTNERS, "inspect", japan)).status_code == 200
    assert_denied(client.get(PARTNERS + "add/"))
    assert_denied(client.get(url(PARTNERS, "edit", japan)))
    assert_denied(
        client.post(url(PARTNERS, "edit", japan), partner_data(japan.jurisdiction))
    )
    assert_denied(client.post(url(PARTNERS, "delete", japan)))
    japan.refresh_from_db()
    assert japan.name == "Japan"


def test_only_team_leads_delete_partners(client_for, canada):
    assert_denied(client_for(TEAM).post(url(PARTNERS, "delete", canada)))
    assert Partner.objects.filter(pk=canada.pk).exists()

    response = client_for(LEAD).post(url(PARTNERS, "delete", canada))
    assert response.status_code == 302
    assert not Partner.objects.filter(pk=canada.pk).exists()


def test_a_partner_with_meetings_is_retired_not_deleted(client_for, japan):
    MeetingFactory(partners=[japan])
    client = client_for(LEAD)

    response = client.post(url(PARTNERS, "delete", japan), follow=True)

    assert Partner.objects.filter(pk=japan.pk).exists()
    assert "Japan cannot be deleted: it has 1 meeting." in response.content.decode()
    assert response.redirect_chain[-1][0] == url(PARTNERS, "edit", japan)


# --- Contacts --------------------------------------------------------------------


def contact_data(**fields):
    return {
        "name": "Haruto Sato",
        "organisation": "Ministry of Internal Affairs and Communications",
        "role": "Director, AI policy",
        "partner": "",
        "email": "sato@soumu.example.jp",
        "phone": "+81 3 0000 0000",
        "notes": "Prefers meetings in the morning.",
        **fields,
    }


@pytest.mark.parametrize("email", [TEAM, LEAD, ADMIN])
def test_contacts_are_listed_for_the_team(client_for, japan, email):
    ContactFactory(name="Haruto Sato", partner=japan, role="Director")
    ContactFactory(name="Anna Schmidt", partner=None, organisation="DG CNECT")
    ContactFactory(
        name="Old Name",
        partner=japan,
        anonymised_at=datetime.datetime.now(datetime.UTC),
    )

    page = client_for(email).get(CONTACTS).content.decode()

    assert "Haruto Sato" in page
    assert "Director" in page
    assert "Japan" in page
    assert "DG CNECT" in page
    assert "EU side" in page


@pytest.mark.parametrize("email", [FPI, COMMS])
def test_contacts_are_not_shown_to_fpi_staff_or_communications(
    client_for, japan, email
):
    contact = ContactFactory(name="Haruto Sato", partner=japan)
    client = client_for(email)

    for path in (
        CONTACTS,
        CONTACTS + "results/?q=sato",
        url(CONTACTS, "inspect", contact),
        url(CONTACTS, "edit", contact),
        url(CONTACTS, "history", contact),
        CONTACT_CHOOSER,
        CONTACT_CHOOSER + "results/?q=sato",
    ):
        response = client.get(path)
        assert_denied(response)
        assert b"Haruto Sato" not in response.content
    # Wagtail's bulk delete page would list the names of the ids it is given.
    response = client.get(bulk_delete_url("contact", contact))
    assert_denied(response)
    assert b"Haruto Sato" not in response.content


def test_contacts_need_a_login(seeded, japan):
    contact = ContactFactory(name="Haruto Sato", partner=japan)
    client = Client()

    assert_login_required(client.get(CONTACTS))
    assert_login_required(client.get(url(CONTACTS, "inspect", contact)))


def test_team_member_adds_and_edits_a_contact_but_does_not_delete(client_for, japan):
    client = client_for(TEAM)

    response = client.post(CONTACTS + "add/", contact_data(partner=japan.pk))
    assert response.status_code == 302
    contact = Contact.objects.get(name="Haruto Sato")
    assert contact.partner == japan
    assert contact.email == "sato@soumu.example.jp"

    response = client.post(
        url(CONTACTS, "edit", contact), contact_data(partner=japan.pk, role="Deputy")
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.role == "Deputy"

    assert_denied(client.post(url(CONTACTS, "delete", contact)))
    assert Contact.objects.filter(pk=contact.pk).exists()


def test_contact_form_errors_are_shown_not_raised(client_for):
    response = client_for(TEAM).post(
        CONTACTS + "add/", contact_data(name="", email="not-an-email")
    )
    assert response.status_code == 200
    assert b"Enter a valid email address" in response.content


def test_team_lead_deletes_a_contact_who_never_met_us(client_for):
    contact = ContactFactory(name="Unused Contact")

    response = client_for(LEAD).post(url(CONTACTS, "delete", contact))

    assert response.status_code == 302
    assert not Contact.objects.filter(pk=contact.pk).exists()


def test_a_contact_with_meetings_is_anonymised_not_deleted(client_for, japan):
    contact = ContactFactory(name="Haruto Sato", partner=japan)
    meeting = MeetingFactory(partners=[japan])
    meeting.participants.create(contact=contact)
    meeting.save()
    client = client_for(LEAD)

    response = client.post(url(CONTACTS, "delete", contact), follow=True)
    assert "cannot be deleted" in response.content.decode()
    assert Contact.objects.filter(pk=contact.pk).exists()

    bulk = client.post(bulk_delete_url("contact", contact))
    assert bulk.status_code in (200, 302)
    assert Contact.objects.filter(pk=contact.pk).exists()


def test_contact_search_matches_name_organisation_and_email(client_for, japan):
    ContactFactory(
        name="Haruto Sato",
        organisation="MIC",
        email="sato@soumu.example.jp",
        partner=japan,
    )
    ContactFactory(name="Anna Schmidt", organisation="DG CNECT", partner=None)
    client = client_for(TEAM)

    for query in ("haruto", "mic", "soumu.example"):
        page = client.get(CONTACTS + "results/", {"q": query}).content.decode()
        assert "Haruto Sato" in page, query
        assert "Anna Schmidt" not in page, query


def test_contact_filters_by_partner_side_and_anonymisation(client_for, japan):
    ContactFactory(name="Haruto Sato", partner=japan)
    ContactFactory(name="Anna Schmidt", partner=None)
    gone = ContactFactory(partner=japan)
    client = client_for(TEAM)
    client.post(url(CONTACTS, "anonymise", gone))

    japan_side = client.get(
        CONTACTS + "results/", {"partner": japan.pk}
    ).content.decode()
    eu_side = client.get(CONTACTS + "results/", {"partner": "null"}).content.decode()
    anonymised = client.get(
        CONTACTS + "results/", {"anonymised": "true"}
    ).content.decode()
    current = client.get(
        CONTACTS + "results/", {"anonymised": "false"}
    ).content.decode()

    assert "Haruto Sato" in japan_side
    assert "Anna Schmidt" not in japan_side
    assert "Anna Schmidt" in eu_side
    assert "Haruto Sato" not in eu_side
    assert f"Anonymised contact #{gone.pk}" in anonymised
    assert "Haruto Sato" not in anonymised
    assert "Haruto Sato" in current
    assert "Anonymised contact" not in current


def test_contacts_cannot_be_exported_in_bulk(client_for, japan):
    ContactFactory(name="Haruto Sato", email="sato@soumu.example.jp", partner=japan)
    client = client_for(LEAD)

    page = client.get(CONTACTS)
    assert b"Download CSV" not in page.content
    assert b"export=csv" not in page.content
    for file_format in ("csv", "xlsx"):
        response = client.get(CONTACTS, {"export": file_format})
        assert response["Content-Type"].startswith("text/html")
        assert "attachment" not in response.get("Content-Disposition", "")


def test_contact_chooser_lets_the_team_create_a_contact(client_for, japan):
    ContactFactory(name="Haruto Sato", partner=japan)
    ContactFactory(
        name="Someone Anonymised",
        anonymised_at=datetime.datetime.now(datetime.UTC),
    )
    client = client_for(TEAM)

    chooser = client.get(CONTACT_CHOOSER).json()["html"]
    assert "Haruto Sato" in chooser
    assert "Someone Anonymised" not in chooser
    assert "New contact" in chooser  # the "create" tab

    created = client.post(
        CONTACT_CHOOSER + "create/",
        {"name": "Yui Tanaka", "organisation": "MIC", "partner": japan.pk},
    )
    assert created.json()["step"] == "chosen"
    contact = Contact.objects.get(name="Yui Tanaka")
    assert contact.partner == japan
    assert ModelLogEntry.objects.filter(
        object_id=str(contact.pk), action="wagtail.create"
    ).exists()

    invalid = client.post(CONTACT_CHOOSER + "create/", {"name": ""})
    assert invalid.json()["step"] == "reshow_creation_form"


# --- Joint initiatives -----------------------------------------------------------


@pytest.fixture
def initiatives(db, japan, canada):
    return {
        "public": InitiativeFactory(
            title="Public AI standards workshop",
            partners=[japan],
            confidentiality="public",
            start_on=datetime.date(2025, 3, 1),
            end_on=datetime.date(2025, 6, 30),
        ),
        "internal": InitiativeFactory(
            title="Internal pilot on sandboxes",
            partners=[canada],
            kind="pilot",
            status="agreed",
            confidentiality="internal",
        ),
        "restricted": InitiativeFactory(
            title="Restricted negotiation track",
            partners=[japan],
            kind="standards",
            confidentiality="restricted",
            objectives="Secret objectives",
        ),
    }


def initiative_data(partners, **fields):
    return {
        "title": "Joint study on AI incident reporting",
        "partners": [partner.pk for partner in partners],
        "kind": "study",
        "status": "agreed",
        "confidentiality": "internal",
        "start_on": "2025-09-01",
        "end_on": "2026-03-31",
        "objectives": "Compare incident reporting schemes.",
        "public_description": "",
        "deliverables": "A report.",
        "topics": "incident reporting, standards",
        **management("milestones"),
        **fields,
    }


@pytest.mark.parametrize("email", [TEAM, FPI])
def test_restricted_initiatives_are_invisible_without_clearance(
    client_for, initiatives, email
):
    client = client_for(email)
    restricted = initiatives["restricted"]

    listing = client.get(INITIATIVES).content.decode()
    assert "Internal pilot on sandboxes" in listing
    assert "Public AI standards workshop" in listing
    assert "Restricted negotiation track" not in listing

    search = client.get(INITIATIVES + "results/", {"q": "negotiation"})
    assert "Restricted negotiation track" not in search.content.decode()
    filtered = client.get(INITIATIVES, {"confidentiality": "restricted"})
    assert "Restricted negotiation track" not in filtered.content.decode()

    for view in ("inspect", "edit", "delete", "history", "usage"):
        response = client.get(url(INITIATIVES, view, restricted))
        assert response.status_code == 404, view
        assert b"Restricted negotiation track" not in response.content
    response = client.post(url(INITIATIVES, "edit", restricted), {"title": "Leak"})
    assert response.status_code == 404
    restricted.refresh_from_db()
    assert restricted.title == "Restricted negotiation track"

    chooser = client.get(INITIATIVE_CHOOSER).json()["html"]
    assert "Internal pilot on sandboxes" in chooser
    assert "Restricted negotiation track" not in chooser
    assert client.get(f"{INITIATIVE_CHOOSER}chosen/{restricted.pk}/").status_code == 404

    bulk = client.get(bulk_delete_url("jointinitiative", restricted))
    assert b"Restricted negotiation track" not in bulk.content


def test_the_team_exports_initiatives_without_restricted_ones(client_for, initiatives):
    client = client_for(TEAM)

    rows = csv_rows(client.get(INITIATIVES, {"export": "csv"}))

    titles = {row["Title"] for row in rows}
    assert titles == {"Public AI standards workshop", "Internal pilot on sandboxes"}
    public = next(row for row in rows if row["Title"].startswith("Public"))
    assert public["Partners"] == "Japan"
    assert public["Start"] == "2025-03-01"
    assert public["Confidentiality"] == "Public"


@pytest.mark.parametrize("email", [LEAD, ADMIN])
def test_team_leads_see_restricted_initiatives_everywhere(
    client_for, initiatives, email
):
    client = client_for(email)
    restricted = initiatives["restricted"]

    assert "Restricted negotiation track" in client.get(INITIATIVES).content.decode()
    search = client.get(INITIATIVES + "results/", {"q": "negotiation"})
    assert "Restricted negotiation track" in search.content.decode()
    inspect = client.get(url(INITIATIVES, "inspect", restricted)).content.decode()
    assert "Secret objectives" in inspect
    assert client.get(url(INITIATIVES, "edit", restricted)).status_code == 200
    rows = csv_rows(client.get(INITIATIVES, {"export": "csv"}))
    assert "Restricted negotiation track" in {row["Title"] for row in rows}
    chooser = client.get(INITIATIVE_CHOOSER).json()["html"]
    assert "Restricted negotiation track" in chooser


def test_initiatives_are_not_for_communications_or_the_public(
    seeded, client_for, initiatives
):
    client = client_for(COMMS)
    assert_denied(client.get(INITIATIVES))
    assert_denied(client.get(url(INITIATIVES, "inspect", initiatives["public"])))
    assert_denied(client.get(url(INITIATIVES, "edit", initiatives["public"])))
    assert_login_required(Client().get(INITIATIVES))


def test_initiative_filters(client_for, initiatives, japan):
    client = client_for(TEAM)

    by_partner = client.get(
        INITIATIVES + "results/", {"partner": japan.pk}
    ).content.decode()
    by_kind = client.get(INITIATIVES + "results/", {"kind": "pilot"}).content.decode()
    by_status = client.get(
        INITIATIVES + "results/", {"status": "agreed"}
    ).content.decode()
    by_conf = client.get(
        INITIATIVES + "results/", {"confidentiality": "public"}
    ).content.decode()

    assert "Public AI standards workshop" in by_partner
    assert "Internal pilot" not in by_partner
    assert "Internal pilot" in by_kind
    assert "Public AI" not in by_kind
    assert "Internal pilot" in by_status
    assert "Public AI" not in by_status
    assert "Public AI" in by_conf
    assert "Internal pilot" not in by_conf


def test_team_member_files_an_initiative_with_milestones(client_for, japan, canada):
    client = client_for(TEAM)
    assert client.get(INITIATIVES + "add/").status_code == 200

    response = client.post(
        INITIATIVES + "add/",
        initiative_data(
            [japan, canada],
            **{
                **management("milestones", total=2),
                "milestones-0-title": "Kick-off",
                "milestones-0-due_on": "2025-09-15",
                "milestones-0-done_on": "2025-09-15",
                "milestones-0-id": "",
                "milestones-0-ORDER": "1",
                "milestones-1-title": "Draft report",
                "milestones-1-due_on": "2026-01-31",
                "milestones-1-done_on": "",
                "milestones-1-id": "",
                "milestones-1-ORDER": "2",
            },
        ),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    initiative = JointInitiative.objects.get(title__startswith="Joint study")
    assert set(initiative.partners.all()) == {japan, canada}
    assert [m.title for m in initiative.milestones.all()] == [
        "Kick-off",
        "Draft report",
    ]
    assert sorted(t.name for t in initiative.topics.all()) == [
        "incident reporting",
        "standards",
    ]

    response = client.post(
        url(INITIATIVES, "edit", initiative),
        initiative_data(
            [japan],
            status="in_progress",
            **{
                **management("milestones", total=1, initial=1),
                "milestones-0-title": "Kick-off",
                "milestones-0-due_on": "2025-09-15",
                "milestones-0-done_on": "2025-09-15",
                "milestones-0-id": str(initiative.milestones.get(title="Kick-off").pk),
                "milestones-0-ORDER": "1",
            },
        ),
    )
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.status == "in_progress"
    # The second milestone was left out of the formset: it is kept, not deleted.
    assert Milestone.objects.filter(initiative=initiative).count() == 2
    assert_denied(client.post(url(INITIATIVES, "delete", initiative)))


def test_only_team_leads_file_restricted_initiatives(client_for, japan):
    team = client_for(TEAM)
    response = team.post(
        INITIATIVES + "add/", initiative_data([japan], confidentiality="restricted")
    )
    assert response.status_code == 200
    assert b"Select a valid choice" in response.content
    assert not JointInitiative.objects.exists()

    lead = client_for(LEAD)
    response = lead.post(
        INITIATIVES + "add/", initiative_data([japan], confidentiality="restricted")
    )
    assert response.status_code == 302
    initiative = JointInitiative.objects.get()
    assert initiative.confidentiality == "restricted"

    response = lead.post(url(INITIATIVES, "delete", initiative))
    assert response.status_code == 302
    assert not JointInitiative.objects.exists()


def test_initiative_ending_before_it_starts_is_a_form_error(client_for, japan):
    response = client_for(TEAM).post(
        INITIATIVES + "add/",
        initiative_data([japan], start_on="2026-01-01", end_on="2025-01-01"),
    )
    assert response.status_code == 200
    assert not JointInitiative.objects.exists()


def test_fpi_staff_read_initiatives_but_do_not_change_them(
    client_for, initiatives, japan
):
    client = client_for(FPI)
    internal = initiatives["internal"]

    assert client.get(url(INITIATIVES, "inspect", internal)).status_code == 200
    assert_denied(client.get(INITIATIVES + "add/"))
    assert_denied(client.get(url(INITIATIVES, "edit", internal)))
    assert_denied(client.post(INITIATIVES + "add/", initiative_data([japan])))
    assert_denied(client.post(url(INITIATIVES, "delete", internal)))
    assert JointInitiative.objects.filter(pk=internal.pk).exists()
    assert not JointInitiative.objects.filter(title__startswith="Joint study").exists()


def test_initiative_inspect_shows_milestones_and_visible_meetings(
    client_for, initiatives, japan
):
    initiative = initiatives["public"]
    initiative.milestones.create(
        title="Agenda agreed", done_on=datetime.date(2025, 3, 5)
    )
    initiative.milestones.create(
        title="Workshop held", due_on=datetime.date(2025, 6, 1)
    )
    initiative.save()
    internal_meeting = MeetingFactory(
        title="Working-level call on the workshop",
        partners=[japan],
        confidentiality="internal",
    )
    secret_meeting = MeetingFactory(
        title="Restricted debrief", partners=[japan], confidentiality="restricted"
    )
    for meeting in (internal_meeting, secret_meeting):
        meeting.initiatives.add(initiative)
        meeting.save()

    team_page = client_for(TEAM).get(url(INITIATIVES, "inspect", initiative))
    lead_page = client_for(LEAD).get(url(INITIATIVES, "inspect", initiative))

    team_html = team_page.content.decode()
    assert "Agenda agreed" in team_html
    assert "Workshop held" in team_html
    assert "Japan" in team_html
    assert "Working-level call on the workshop" in team_html
    assert "Restricted debrief" not in team_html
    assert "Restricted debrief" in lead_page.content.decode()


# --- Query counts ----------------------------------------------------------------


def test_listings_use_a_constant_number_of_queries(
    client_for, japan, canada, django_assert_max_num_queries
):
    client = client_for(LEAD)

    def add_rows(count):
        for _ in range(count):
            PartnerFactory()
            ContactFactory(partner=japan)
            InitiativeFactory(partners=[japan, canada], confidentiality="internal")

    add_rows(3)
    for path in (PARTNERS, CONTACTS, INITIATIVES):
        client.get(path)  # warm caches (content types, permissions)

    for extra in (0, 30):
        add_rows(extra)
        # Wagtail's admin adds one query per page for the content locales (its
        # JavaScript config, since WAGTAIL_I18N_ENABLED is on): the "+ 1".
        with django_assert_max_num_queries(12 + 1):
            assert client.get(PARTNERS).status_code == 200
        with django_assert_max_num_queries(13 + 1):
            assert client.get(CONTACTS).status_code == 200
        with django_assert_max_num_queries(15 + 1):
            assert client.get(INITIATIVES).status_code == 200
        with django_assert_max_num_queries(10):
            rows = csv_rows(client.get(INITIATIVES, {"export": "csv"}))
        assert len(rows) == 3 + extra
        with django_assert_max_num_queries(10):
            response = client.get(INITIATIVES, {"export": "xlsx"})
            sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        assert sheet.active.max_row == 3 + extra + 1
