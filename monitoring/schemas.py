"""The shapes of the open-data API's monitoring answers and query parameters.

Only public fields: never internal analysis, reviewers or review status.
"""

from datetime import date, datetime
from typing import Literal

from ninja import Field, Schema
from pydantic import field_validator

from outreach_portal.api import Page

from .filters import DevelopmentFilter
from .models import AIActElement, AlignmentAssessment, Jurisdiction, PolicyDevelopment

Sort = Literal[tuple(DevelopmentFilter.SORTS)]


class DevelopmentQuery(Schema):
    """The tracker's filters; DevelopmentFilter applies them."""

    q: str | None = Field(None, description="Full-text search in title and summary.")
    jurisdiction: str | None = Field(
        None, description="Jurisdiction code, or several separated by commas: EU,JP."
    )
    type: PolicyDevelopment.InstrumentType | None = Field(
        None, description="Instrument type."
    )
    stage: PolicyDevelopment.Stage | None = None
    topic: str | None = Field(None, description="Topic name or slug.")
    year: int | None = Field(None, description="Year announced.")
    sort: Sort | None = Field(
        None, description="Order: relevance when searching, otherwise newest first."
    )

    @field_validator("*", mode="before")
    @classmethod
    def blank_is_none(cls, value):
        # The tracker's form sends empty fields (?type=&year=); they mean "any".
        return None if value == "" else value


class JurisdictionRef(Schema):
    code: str
    name: str


class DevelopmentOut(Schema):
    id: int
    title: str
    url: str = Field(description="The development's page on the public tracker.")
    jurisdiction: JurisdictionRef
    instrument_type: PolicyDevelopment.InstrumentType
    stage: PolicyDevelopment.Stage
    announced_on: date | None
    adopted_on: date | None
    in_force_on: date | None
    last_verified_on: date | None = Field(
        description="When an analyst last checked the entry against its source."
    )
    summary: str
    topics: list[str]
    ai_act_elements: list[AIActElement]
    significance: PolicyDevelopment.Significance
    source_url: str = Field(description="The official source.")
    supersedes: int | None = Field(
        description="The published development this one replaces or amends."
    )


class DevelopmentPage(Page[DevelopmentOut]):
    """One page of developments."""


class StageChangeOut(Schema):
    stage: PolicyDevelopment.Stage
    changed_on: date


class DevelopmentDetailOut(DevelopmentOut):
    stage_history: list[StageChangeOut] = Field(description="Oldest first.")


class JurisdictionOut(Schema):
    code: str
    name: str
    kind: Jurisdiction.Kind
    region: str
    published_developments: int


class ElementOut(Schema):
    code: AIActElement
    label: str


class AssessmentOut(Schema):
    element: AIActElement
    level: AlignmentAssessment.Level
    rationale: str
    assessed_at: datetime
    evidence: list[int] = Field(description="Ids of published developments.")


class AlignmentRowOut(Schema):
    code: str
    name: str
    assessments: list[AssessmentOut]


class AlignmentOut(Schema):
    elements: list[ElementOut]
    jurisdictions: list[AlignmentRowOut]
