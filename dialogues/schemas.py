"""The shapes of the open-data API's dialogue answers and query parameters.

Public fields only: never minutes, outcomes, agenda, participants, contacts,
documents, action items, objectives or deliverables, nor who logged a record.
"""

import datetime

from ninja import Field, Schema
from pydantic import field_validator

from monitoring.schemas import JurisdictionRef
from outreach_portal.api import Page

from .models import DialogueMeeting, JointInitiative


class BlankIsNone(Schema):
    @field_validator("*", mode="before")
    @classmethod
    def blank_is_none(cls, value):
        # An HTML form sends its empty fields (?status=&year=): they mean "any".
        return None if value == "" else value


class MeetingQuery(BlankIsNone):
    partner: str | None = Field(None, description="A partner's slug, e.g. japan.")
    year: int | None = Field(
        None, ge=1900, le=2100, description="Year the meeting starts (Brussels time)."
    )
    status: DialogueMeeting.Status | None = None
    # `from` is a Python keyword: the parameter is named by its alias.
    from_date: datetime.date | None = Field(
        None,
        alias="from",
        description="Meetings starting on or after this day (Brussels time).",
    )
    to_date: datetime.date | None = Field(
        None,
        alias="to",
        description="Meetings starting on or before this day (Brussels time).",
    )


class InitiativeQuery(BlankIsNone):
    partner: str | None = Field(None, description="A partner's slug, e.g. japan.")
    status: JointInitiative.Status | None = None
    kind: JointInitiative.Kind | None = None


class PartnerOut(Schema):
    slug: str
    name: str
    jurisdiction: JurisdictionRef
    framework: str = Field(description="The framework the dialogue runs under.")
    framework_url: str
    public_summary: str
    priority: bool = Field(description="One of the EU's priority partners.")
    url: str = Field(description="The partner's public page.")


class PartnerRef(Schema):
    slug: str
    name: str


class MeetingOut(Schema):
    id: int
    title: str
    partners: list[PartnerRef]
    start: datetime.datetime = Field(
        description="ISO 8601, in the meeting's local time with its UTC offset."
    )
    end: datetime.datetime
    time_zone: str = Field(description="IANA time zone, e.g. Asia/Tokyo.")
    location: str
    online: bool
    format: DialogueMeeting.Format
    level: DialogueMeeting.Level
    status: DialogueMeeting.Status
    public_summary: str
    topics: list[str]


class MeetingPage(Page[MeetingOut]):
    """One page of public meetings."""


class MilestoneOut(Schema):
    title: str
    due_on: datetime.date | None
    done: bool
    done_on: datetime.date | None


class InitiativeOut(Schema):
    id: int
    title: str
    partners: list[PartnerRef]
    kind: JointInitiative.Kind
    status: JointInitiative.Status
    start_on: datetime.date | None
    end_on: datetime.date | None
    public_description: str
    topics: list[str]
    milestones: list[MilestoneOut]


class InitiativePage(Page[InitiativeOut]):
    """One page of public joint initiatives."""
