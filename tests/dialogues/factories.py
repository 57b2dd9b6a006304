import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from dialogues.models import (
    ActionItem,
    Contact,
    DialogueMeeting,
    JointInitiative,
    Partner,
)
from tests.monitoring.factories import JurisdictionFactory


class PartnerFactory(DjangoModelFactory):
    class Meta:
        model = Partner
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"partner-{n}")
    name = factory.Sequence(lambda n: f"Partner {n}")
    jurisdiction = factory.SubFactory(JurisdictionFactory)
    framework = "Digital Partnership"
    public_summary = "We talk about trustworthy AI."


class ContactFactory(DjangoModelFactory):
    class Meta:
        model = Contact

    name = factory.Sequence(lambda n: f"Contact Person {n}")
    organisation = "Ministry of Digital Affairs"
    partner = factory.SubFactory(PartnerFactory)
    role = "Director"
    email = factory.Sequence(lambda n: f"contact{n}@ministry.example.org")


class MeetingFactory(DjangoModelFactory):
    """A live public meeting held last month, with one partner."""

    class Meta:
        model = DialogueMeeting
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Dialogue meeting {n}")
    format = DialogueMeeting.Format.BILATERAL
    level = DialogueMeeting.Level.SENIOR_OFFICIALS
    status = DialogueMeeting.Status.HELD
    confidentiality = DialogueMeeting.Confidentiality.PUBLIC
    start = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) - datetime.timedelta(days=30)
    )
    end = factory.LazyAttribute(lambda m: m.start + datetime.timedelta(hours=2))
    time_zone = "Asia/Tokyo"
    location = "Tokyo"
    public_summary = "Both sides exchanged views on AI governance."
    minutes = "Internal minutes: the partner hinted at a new bill."
    outcomes = "Agreed to hold a workshop."
    live = True

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if not create:
            return
        partners = extracted if extracted is not None else [PartnerFactory()]
        self.partners.set(partners)
        self.save()


class ActionItemFactory(DjangoModelFactory):
    class Meta:
        model = ActionItem

    meeting = factory.SubFactory(MeetingFactory)
    description = factory.Sequence(lambda n: f"Send the draft paper number {n}")
    due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(7))
    status = ActionItem.Status.OPEN


class InitiativeFactory(DjangoModelFactory):
    class Meta:
        model = JointInitiative
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Joint workshop {n}")
    kind = JointInitiative.Kind.WORKSHOP
    status = JointInitiative.Status.IN_PROGRESS
    confidentiality = JointInitiative.Confidentiality.PUBLIC
    public_description = "A workshop on AI standards."

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if not create:
            return
        partners = extracted if extracted is not None else [PartnerFactory()]
        self.partners.set(partners)
        self.save()
