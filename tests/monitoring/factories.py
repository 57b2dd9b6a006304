import datetime

import factory
from factory.django import DjangoModelFactory

from monitoring.models import (
    AIActElement,
    AlignmentAssessment,
    Jurisdiction,
    PolicyDevelopment,
    Source,
)


class JurisdictionFactory(DjangoModelFactory):
    class Meta:
        model = Jurisdiction
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"J{n}")
    name = factory.Sequence(lambda n: f"Jurisdiction {n}")
    kind = Jurisdiction.Kind.COUNTRY


class SourceFactory(DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Source {n}")
    url = factory.Sequence(lambda n: f"https://feeds.example.org/{n}.xml")
    jurisdiction = factory.SubFactory(JurisdictionFactory)


class DevelopmentFactory(DjangoModelFactory):
    """A published development unless review_status says otherwise."""

    class Meta:
        model = PolicyDevelopment
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Artificial Intelligence Act number {n}")
    jurisdiction = factory.SubFactory(JurisdictionFactory)
    instrument_type = PolicyDevelopment.InstrumentType.LEGISLATION
    stage = PolicyDevelopment.Stage.ADOPTED
    announced_on = factory.Sequence(
        lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n)
    )
    summary = "A law on trustworthy artificial intelligence."
    source_url = factory.Sequence(lambda n: f"https://laws.example.org/act/{n}")
    review_status = PolicyDevelopment.ReviewStatus.PUBLISHED

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)


class AssessmentFactory(DjangoModelFactory):
    class Meta:
        model = AlignmentAssessment

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    element = AIActElement.RISK_CLASSIFICATION
    level = AlignmentAssessment.Level.PARTIALLY_ALIGNED
    rationale = "Risk tiers exist in guidance but not in law."
