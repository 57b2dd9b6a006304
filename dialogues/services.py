"""Writes to dialogue records that are more than a form save: contacts as
personal data (anonymisation on request, the data subject access export)."""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from .models import Contact, DialogueMeeting, MeetingParticipant

# Audit-log actions (registered in admin_people.py).
LOG_ANONYMISE_CONTACT = "dialogues.anonymise_contact"
LOG_EXPORT_CONTACT_DATA = "dialogues.export_contact_data"

# The fields that identify a person, cleared by anonymisation. The partner stays,
# so that a meeting's history still shows which side a participant was on.
IDENTIFYING_FIELDS = ("name", "email", "phone", "notes", "role", "organisation")


def anonymised_name(contact: Contact) -> str:
    return f"Anonymised contact #{contact.pk}"


def _contact_log_entries(contact: Contact):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Contact),
        object_id=str(contact.pk),
    )


def draft_participations(contact: Contact) -> list[tuple[DialogueMeeting, dict]]:
    """Meetings whose pending (unpublished) draft lists the contact as a
    participant, with the participant's row as the draft stores it.

    A draft keeps its participants in the revision only, as the contact's id
    and the role in the meeting; these rows are not in MeetingParticipant yet.
    """
    found = []
    drafts = DialogueMeeting.objects.filter(
        has_unpublished_changes=True, latest_revision__isnull=False
    ).select_related("latest_revision")
    for meeting in drafts:
        content = meeting.latest_revision.content or {}
        for row in content.get("participants") or []:
            if row.get("contact") == contact.pk:
                found.append((meeting, row))
    return found


@transaction.atomic
def anonymise_contact(*, contact: Contact, by) -> Contact:
    """Remove a person's identifying data and keep their meeting history.

    The name becomes "Anonymised contact #<id>"; email, phone, notes, position
    and organisation are cleared; the partner stays. MeetingParticipant rows are
    kept, so meetings still count the participant and their role in the meeting.

    Meeting revisions store participants as the contact's id (and the role in
    the meeting), never the name or email, so there is nothing to scrub in
    them. Earlier audit-log entries about the contact carry its label from the
    time; they are relabelled so that the old name survives nowhere.

    Idempotent: a contact already anonymised is returned unchanged, and no
    second log entry is written.
    """
    contact = Contact.objects.select_for_update().get(pk=contact.pk)
    if contact.is_anonymised:
        return contact

    old_values = [
        value
        for value in (getattr(contact, field) for field in IDENTIFYING_FIELDS)
        if value
    ]
    contact.name = anonymised_name(contact)
    for field in IDENTIFYING_FIELDS[1:]:
        setattr(contact, field, "")
    contact.anonymised_at = timezone.now()
    contact.save()

    # Earlier entries (created, edited, exported) keep the contact's label of
    # the time, e.g. "Haruto Sato (MIC)": relabel them, and drop any extra data
    # that quotes an identifying value.
    new_label = str(Contact.objects.select_related("partner").get(pk=contact.pk))
    for entry in _contact_log_entries(contact):
        entry.label = new_label
        if entry.data and any(value in str(entry.data) for value in old_values):
            entry.data = {}
        entry.save(update_fields=["label", "data"])

    log(
        instance=contact,
        action=LOG_ANONYMISE_CONTACT,
        user=by,
        uuid=uuid.uuid4(),
        title=new_label,
        data={"cleared": list(IDENTIFYING_FIELDS)},
    )
    return contact


def forget_deleted_contacts(*, contact_ids) -> None:
    """Relabel the audit-log entries of deleted contacts ("Deleted contact #12"):
    the log keeps what was done and when, not the person's name."""
    content_type = ContentType.objects.get_for_model(Contact)
    for pk in contact_ids:
        ModelLogEntry.objects.filter(
            content_type=content_type, object_id=str(pk)
        ).update(label=f"Deleted contact #{pk}", data={})


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _meeting_data(meeting: DialogueMeeting, role: str, record: str) -> dict:
    return {
        "id": meeting.pk,
        "title": meeting.title,
        "start": _iso(meeting.start),
        "end": _iso(meeting.end),
        "time_zone": str(meeting.time_zone),
        "partners": [partner.name for partner in meeting.partners.all()],
        "status": meeting.status,
        "confidentiality": meeting.confidentiality,
        "role_in_meeting": role,
        "record": record,
    }


def contact_data_export(*, contact: Contact) -> dict:
    """Everything held on one person: the contact's fields, every meeting they
    took part in (restricted ones and pending drafts included) with their role,
    and when their record was created, changed, exported or anonymised.

    For a data subject access request: the controller must disclose all of it,
    so no confidentiality filter applies here; the view lets only team leads
    and superusers (who may see restricted meetings) download it.
    """
    contact = Contact.objects.select_related("partner").get(pk=contact.pk)
    participations = (
        MeetingParticipant.objects.filter(contact=contact)
        .select_related("meeting")
        .prefetch_related("meeting__partners")
        .order_by("meeting__start", "meeting_id")
    )
    meetings = [
        _meeting_data(p.meeting, p.role_in_meeting, "published") for p in participations
    ]
    published_ids = {p.meeting_id for p in participations}
    for meeting, row in draft_participations(contact):
        if meeting.pk not in published_ids:
            meetings.append(
                _meeting_data(meeting, row.get("role_in_meeting") or "", "draft")
            )

    history = [
        {"action": entry.action, "timestamp": _iso(entry.timestamp)}
        for entry in _contact_log_entries(contact).order_by("timestamp", "id")
    ]
    return {
        "exported_at": _iso(timezone.now()),
        "contact": {
            "id": contact.pk,
            "name": contact.name,
            "organisation": contact.organisation,
            "partner": contact.partner.name if contact.partner_id else None,
            "side": contact.partner.name if contact.partner_id else "EU",
            "position": contact.role,
            "email": contact.email,
            "phone": contact.phone,
            "notes": contact.notes,
            "created_at": _iso(contact.created_at),
            "updated_at": _iso(contact.updated_at),
            "anonymised_at": _iso(contact.anonymised_at),
        },
        "meetings": meetings,
        "history": history,
    }


def log_contact_data_export(*, contact: Contact, by, file_format: str) -> None:
    """Record in the audit log that someone downloaded a contact's data."""
    log(
        instance=contact,
        action=LOG_EXPORT_CONTACT_DATA,
        user=by,
        uuid=uuid.uuid4(),
        data={"format": file_format},
    )
