"""Shared data for the tests of the public side (pages, API, iCal): the roles,
a visitor client per role (the `visitor` fixture: import `visitor_fixture` into
a test module to use it), and a partner with records of every confidentiality
whose confidential text must never reach a public response."""

import pytest
from django.test import Client

from dialogues.models import Confidentiality, MeetingParticipant, Milestone
from tests.dialogues.factories import (
    ContactFactory,
    InitiativeFactory,
    MeetingFactory,
    PartnerFactory,
)

TEAM = "team@example.org"
LEAD = "lead@example.org"
COMMS = "comms@example.org"
FPI = "fpi@example.org"
ADMIN = "admin@example.org"
# None: an anonymous visitor.
ROLES = [None, TEAM, LEAD, COMMS, FPI, ADMIN]
ROLE_IDS = ["anonymous", "team", "lead", "comms", "fpi", "superuser"]

# Text that only confidential fields or records hold.
SECRETS = [
    "SECRET-MINUTES",
    "SECRET-OUTCOMES",
    "SECRET-AGENDA",
    "SECRET-OBJECTIVES",
    "SECRET-DELIVERABLES",
    "Internal strategy meeting",
    "INTERNAL-SUMMARY",
    "Restricted ministerial talk",
    "RESTRICTED-SUMMARY",
    "Draft public meeting",
    "DRAFT-SUMMARY",
    "Internal initiative",
    "Restricted initiative",
    "Hidden Participant",
    "hidden.participant@ministry.example.org",
]


@pytest.fixture(name="visitor", params=ROLES, ids=ROLE_IDS)
def visitor_fixture(request, client_for) -> Client:
    """A client for each role in turn: the public side is the same for all."""
    if request.param is None:
        return Client()
    return client_for(request.param)


def make_confidential_mix(partner=None) -> dict:
    """A partner with one public live meeting and initiative, and confidential or
    draft twins that must stay in the back office."""
    partner = partner or PartnerFactory(slug="japan", name="Japan")
    public = MeetingFactory(
        title="Public AI dialogue",
        partners=[partner],
        public_summary="PUBLIC-SUMMARY of the dialogue.",
        minutes="SECRET-MINUTES",
        outcomes="SECRET-OUTCOMES",
        agenda="SECRET-AGENDA",
    )
    contact = ContactFactory(
        name="Hidden Participant",
        email="hidden.participant@ministry.example.org",
        partner=partner,
    )
    MeetingParticipant.objects.create(
        meeting=public, contact=contact, role_in_meeting="Head of delegation"
    )
    internal = MeetingFactory(
        title="Internal strategy meeting",
        partners=[partner],
        confidentiality=Confidentiality.INTERNAL,
        public_summary="INTERNAL-SUMMARY",
    )
    restricted = MeetingFactory(
        title="Restricted ministerial talk",
        partners=[partner],
        confidentiality=Confidentiality.RESTRICTED,
        public_summary="RESTRICTED-SUMMARY",
    )
    draft = MeetingFactory(
        title="Draft public meeting",
        partners=[partner],
        live=False,
        public_summary="DRAFT-SUMMARY",
    )
    initiative = InitiativeFactory(
        title="Public standards workshop",
        partners=[partner],
        objectives="SECRET-OBJECTIVES",
        deliverables="SECRET-DELIVERABLES",
    )
    Milestone.objects.create(initiative=initiative, title="Agenda agreed")
    internal_initiative = InitiativeFactory(
        title="Internal initiative",
        partners=[partner],
        confidentiality=Confidentiality.INTERNAL,
    )
    restricted_initiative = InitiativeFactory(
        title="Restricted initiative",
        partners=[partner],
        confidentiality=Confidentiality.RESTRICTED,
    )
    return {
        "partner": partner,
        "public": public,
        "internal": internal,
        "restricted": restricted,
        "draft": draft,
        "initiative": initiative,
        "internal_initiative": internal_initiative,
        "restricted_initiative": restricted_initiative,
    }


def assert_no_secrets(text: str) -> None:
    leaked = [secret for secret in SECRETS if secret in text]
    assert not leaked, f"confidential text in a public response: {leaked}"
