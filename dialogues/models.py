"""Dialogues: the EU's AI policy dialogues with partners, their meetings,
follow-up actions and joint initiatives.

Confidentiality is enforced by one query-level guard, `visible_to(user)` /
`public()` on the querysets, which every path (admin, public site, API, feeds,
search, digests, reports) uses.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from timezone_field import TimeZoneField
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin

from monitoring.models import Jurisdiction, PolicyDevelopment
from outreach_portal.local_times import LocalTimes

from .querysets import (
    ActionItemQuerySet,
    ConfidentialQuerySet,
    ContactQuerySet,
    DialogueMeetingQuerySet,
)


class Confidentiality(models.TextChoices):
    PUBLIC = "public", _("Public")
    INTERNAL = "internal", _("Internal")
    RESTRICTED = "restricted", _("Restricted")


class Partner(models.Model):
    """A country or organisation the EU holds AI dialogues with."""

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)
    jurisdiction = models.ForeignKey(
        Jurisdiction, on_delete=models.PROTECT, related_name="partners"
    )
    framework = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("The partnership or framework the dialogue runs under."),
    )
    framework_url = models.URLField(max_length=500, blank=True)
    public_summary = models.TextField(blank=True)
    is_priority = models.BooleanField(
        "priority partner", default=False, help_text=_("One of the priority partners.")
    )
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["-is_priority", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("dialogues:partner_detail", args=[self.slug])


class Contact(models.Model):
    """A person we meet: personal data, never public, anonymisable on request."""

    name = models.CharField(max_length=200)
    organisation = models.CharField(max_length=200, blank=True)
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        related_name="contacts",
        null=True,
        blank=True,
        help_text=_("Leave empty for people on the EU side."),
    )
    role = models.CharField("position", max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    notes = models.TextField(blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]

    def __str__(self):
        side = self.partner.name if self.partner_id else "EU"
        return f"{self.name} ({self.organisation or side})"

    @property
    def is_anonymised(self) -> bool:
        return self.anonymised_at is not None


class TaggedMeeting(TaggedItemBase):
    content_object = ParentalKey(
        "DialogueMeeting", on_delete=models.CASCADE, related_name="tagged_items"
    )


class DialogueMeeting(DraftStateMixin, RevisionMixin, LocalTimes, ClusterableModel):
    """One meeting of a dialogue: who, when, where, what was said and agreed."""

    class Format(models.TextChoices):
        BILATERAL = "bilateral", _("Bilateral")
        MULTILATERAL = "multilateral", _("Multilateral")
        WORKSHOP = "workshop", _("Workshop")
        CONFERENCE = "conference", _("Conference")

    class Level(models.TextChoices):
        MINISTERIAL = "ministerial", _("Ministerial")
        SENIOR_OFFICIALS = "senior_officials", _("Senior officials")
        WORKING_LEVEL = "working_level", _("Working level")
        EXPERT = "expert", _("Expert")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    class Forum(models.TextChoices):
        NONE = "", _("None")
        G7 = "G7", "G7"
        G20 = "G20", "G20"
        OECD = "OECD", "OECD"
        GPAI = "GPAI", _("Global Partnership on AI")
        COE = "COE", _("Council of Europe")
        UN = "UN", _("United Nations")
        OTHER = "other", _("Other")

    Confidentiality = Confidentiality

    title = models.CharField(max_length=300)
    partners = ParentalManyToManyField(Partner, related_name="meetings")
    forum = models.CharField(max_length=10, choices=Forum, blank=True)
    format = models.CharField(max_length=16, choices=Format, default=Format.BILATERAL)
    level = models.CharField(
        max_length=20, choices=Level, default=Level.SENIOR_OFFICIALS
    )
    status = models.CharField(max_length=12, choices=Status, default=Status.PLANNED)
    confidentiality = models.CharField(
        max_length=12,
        choices=Confidentiality,
        default=Confidentiality.INTERNAL,
        help_text=_(
            "Public: title, partners, date, place, public summary and topics may be "
            "published. Internal: staff only. Restricted: team leads only."
        ),
    )
    start = models.DateTimeField()
    end = models.DateTimeField()
    time_zone = TimeZoneField(
        default="Europe/Brussels",
        help_text=_("The meeting's local time zone, e.g. Asia/Tokyo."),
    )
    location = models.CharField(max_length=200, blank=True)
    is_online = models.BooleanField("online", default=False)
    agenda = models.TextField(blank=True)
    public_summary = models.TextField(
        blank=True, help_text=_("May be published when the meeting is public.")
    )
    minutes = models.TextField(blank=True, help_text=_("Internal: never public."))
    outcomes = models.TextField(blank=True, help_text=_("Internal: never public."))
    topics = ClusterTaggableManager(through=TaggedMeeting, blank=True)
    related_developments = ParentalManyToManyField(
        PolicyDevelopment, related_name="meetings", blank=True
    )
    initiatives = ParentalManyToManyField(
        "JointInitiative", related_name="meetings", blank=True
    )
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DialogueMeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-start", "-id"]
        indexes = [
            models.Index(
                fields=["confidentiality", "-start"], name="meeting_conf_start_idx"
            ),
            models.Index(fields=["status", "start"], name="meeting_status_start_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")), name="meeting_ends_after_start"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The meeting must end after it starts.")
        if (
            self.status == self.Status.HELD
            and self.start
            and self.start > timezone.now()
        ):
            errors["status"] = _("A meeting in the future cannot have been held yet.")
        if errors:
            raise ValidationError(errors)

    def validate_partners(self, partners) -> None:
        """A bilateral meeting has exactly one partner; any meeting has at least one.

        Many-to-many values are only known to the form, which calls this.
        """
        count = len(partners)
        if count == 0:
            raise ValidationError({"partners": _("Choose at least one partner.")})
        if self.format == self.Format.BILATERAL and count != 1:
            raise ValidationError(
                {"partners": _("A bilateral meeting has exactly one partner.")}
            )

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "participants" not in update_fields:
            return super().save(*args, **kwargs)
        with transaction.atomic():
            self._release_moved_participants()
            return super().save(*args, **kwargs)

    def _release_moved_participants(self):
        """Free the contacts of participant rows that now name someone else.

        The form's rows are saved one by one: a row that takes over a contact
        from another row (two participants swapped, or a contact moved to a new
        row while its old row names someone else) would meet the old row still
        holding that contact. Rows whose contact changes are deleted first and
        saved again under the same id.
        """
        pending = getattr(self, "_cluster_related_objects", {}).get("participants")
        if self.pk is None or not pending:
            return
        contacts = {row.pk: row.contact_id for row in pending if row.pk}
        if not contacts:
            return
        stored = MeetingParticipant.objects.filter(
            meeting_id=self.pk, pk__in=contacts
        ).values_list("pk", "contact_id")
        moved = [pk for pk, contact_id in stored if contacts[pk] != contact_id]
        if moved:
            MeetingParticipant.objects.filter(pk__in=moved).delete()

    @property
    def is_public(self) -> bool:
        return self.live and self.confidentiality == Confidentiality.PUBLIC

    @property
    def is_restricted(self) -> bool:
        """Restricted, or about to be: a pending draft that is restricted counts
        (as in `DialogueMeeting.objects.visible_to`)."""
        if self.confidentiality == Confidentiality.RESTRICTED:
            return True
        if not (self.has_unpublished_changes and self.latest_revision_id):
            return False
        draft = self.latest_revision.content
        return draft.get("confidentiality") == Confidentiality.RESTRICTED


class MeetingParticipant(Orderable):
    """A contact at a meeting, with the part they played in it."""

    meeting = ParentalKey(
        DialogueMeeting, on_delete=models.CASCADE, related_name="participants"
    )
    contact = models.ForeignKey(
        Contact, on_delete=models.PROTECT, related_name="participations"
    )
    role_in_meeting = models.CharField(
        max_length=120, blank=True, help_text=_("e.g. head of delegation, speaker")
    )

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "contact"], name="participant_once_per_meeting"
            ),
        ]

    def __str__(self):
        return f"{self.contact} at {self.meeting}"


class MeetingDocument(Orderable):
    """A document (Wagtail document) attached to a meeting."""

    meeting = ParentalKey(
        DialogueMeeting, on_delete=models.CASCADE, related_name="documents"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+"
    )

    def __str__(self):
        return str(self.document)


class ActionItem(Orderable):
    """Something agreed at a meeting that someone must do by a date."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    meeting = ParentalKey(
        DialogueMeeting, on_delete=models.CASCADE, related_name="action_items"
    )
    description = models.TextField()
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="action_items",
        null=True,
        blank=True,
        help_text=_("The team member responsible."),
    )
    due_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ActionItemQuerySet.as_manager()

    class Meta(Orderable.Meta):
        ordering = ["due_on", "id"]
        indexes = [
            models.Index(fields=["status", "due_on"], name="actionitem_status_due_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="open") | Q(closed_at__isnull=True),
                name="actionitem_open_not_closed",
            ),
        ]

    def __str__(self):
        return self.description[:80]

    @property
    def is_overdue(self) -> bool:
        return (
            self.status == self.Status.OPEN
            and self.due_on is not None
            and self.due_on < timezone.localdate()
        )


class TaggedInitiative(TaggedItemBase):
    content_object = ParentalKey(
        "JointInitiative", on_delete=models.CASCADE, related_name="tagged_items"
    )


class JointInitiative(ClusterableModel):
    """Work the EU and partners do together: workshops, studies, pilots …"""

    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        STUDY = "study", _("Study or report")
        PILOT = "pilot", _("Pilot")
        STANDARDS = "standards", _("Standards cooperation")
        PUBLIC_EVENT = "public_event", _("Public event")
        RESEARCH_EXCHANGE = "research_exchange", _("Research exchange")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        AGREED = "agreed", _("Agreed")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        DISCONTINUED = "discontinued", _("Discontinued")

    Confidentiality = Confidentiality

    title = models.CharField(max_length=300)
    partners = ParentalManyToManyField(Partner, related_name="initiatives")
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.WORKSHOP)
    status = models.CharField(max_length=16, choices=Status, default=Status.PROPOSED)
    start_on = models.DateField(null=True, blank=True)
    end_on = models.DateField(null=True, blank=True)
    objectives = models.TextField(blank=True)
    public_description = models.TextField(blank=True)
    deliverables = models.TextField(blank=True)
    confidentiality = models.CharField(
        max_length=12, choices=Confidentiality, default=Confidentiality.INTERNAL
    )
    topics = ClusterTaggableManager(through=TaggedInitiative, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ConfidentialQuerySet.as_manager()

    class Meta:
        ordering = ["-start_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_on__isnull=True)
                | Q(start_on__isnull=True)
                | Q(end_on__gte=F("start_on")),
                name="initiative_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_public(self) -> bool:
        return self.confidentiality == Confidentiality.PUBLIC

    @property
    def is_restricted(self) -> bool:
        return self.confidentiality == Confidentiality.RESTRICTED


class Milestone(Orderable):
    initiative = ParentalKey(
        JointInitiative, on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField(max_length=200)
    due_on = models.DateField(null=True, blank=True)
    done_on = models.DateField(null=True, blank=True)

    def __str__(self):
        return self.title

    @property
    def is_done(self) -> bool:
        return self.done_on is not None
