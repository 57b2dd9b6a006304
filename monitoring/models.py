"""Monitoring: AI policy developments worldwide, where they come from, and how
each jurisdiction's rules line up with the EU AI Act."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.models import RevisionMixin

from .querysets import PolicyDevelopmentQuerySet, SourceQuerySet


class AIActElement(models.TextChoices):
    """The elements of the EU AI Act that developments and assessments refer to."""

    RISK_CLASSIFICATION = "risk_classification", _("Risk-based classification")
    PROHIBITED_PRACTICES = "prohibited_practices", _("Prohibited practices")
    HIGH_RISK_OBLIGATIONS = "high_risk_obligations", _("High-risk obligations")
    TRANSPARENCY = "transparency", _("Transparency duties")
    GENERAL_PURPOSE_AI = "general_purpose_ai", _("General-purpose AI")
    CONFORMITY_STANDARDS = (
        "conformity_standards",
        _("Conformity assessment and standards"),
    )
    SANDBOXES = "sandboxes", _("Regulatory sandboxes")
    GOVERNANCE = "governance", _("Governance and enforcement")
    FUNDAMENTAL_RIGHTS = "fundamental_rights", _("Fundamental-rights safeguards")
    INTERNATIONAL_COOPERATION = (
        "international_cooperation",
        _("International cooperation"),
    )


class Jurisdiction(models.Model):
    """A country, a regional union or an international body that makes AI policy."""

    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country")
        REGIONAL_UNION = "regional_union", _("Regional union")
        INTERNATIONAL_ORGANISATION = (
            "international_organisation",
            _("International organisation"),
        )
        FORUM = "forum", _("Forum")

    code = models.CharField(
        max_length=12,
        unique=True,
        help_text=_("ISO 3166 alpha-2 code, or a short code for bodies: EU, OECD, G7."),
    )
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=32, choices=Kind, default=Kind.COUNTRY)
    region = models.CharField(max_length=60, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(code=""), name="jurisdiction_code_not_empty"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('monitoring:tracker')}?jurisdiction={self.code}"

    def clean(self):
        self.code = self.code.strip().upper()


class Source(models.Model):
    """A feed (RSS or Atom) that the portal polls for new policy developments."""

    class Status(models.TextChoices):
        NEVER = "never", _("Not fetched yet")
        OK = "ok", _("OK")
        NOT_MODIFIED = "not_modified", _("Not modified")
        HTTP_ERROR = "http_error", _("HTTP error")
        TIMEOUT = "timeout", _("Timed out")
        CONNECTION_ERROR = "connection_error", _("Connection failed")
        PARSE_ERROR = "parse_error", _("Not a feed")

    name = models.CharField(max_length=200)
    url = models.URLField("feed URL", max_length=1000, unique=True)
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        on_delete=models.PROTECT,
        related_name="sources",
        null=True,
        blank=True,
        help_text=_("Given to new candidates; leave empty for feeds on many."),
    )
    active = models.BooleanField(default=True)
    poll_interval = models.PositiveIntegerField("poll interval (minutes)", default=360)
    last_fetched_at = models.DateTimeField(null=True, blank=True)
    last_status = models.CharField(
        max_length=20, choices=Status, default=Status.NEVER, editable=False
    )
    last_error = models.TextField(blank=True, editable=False)
    last_new_items = models.PositiveIntegerField(default=0, editable=False)
    consecutive_failures = models.PositiveIntegerField(default=0, editable=False)
    next_poll_at = models.DateTimeField(
        null=True, blank=True, editable=False, db_index=True
    )
    etag = models.CharField(max_length=255, blank=True, editable=False)
    last_modified = models.CharField(max_length=64, blank=True, editable=False)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(poll_interval__gte=5), name="source_poll_interval_min"
            ),
        ]

    def __str__(self):
        return self.name


class TaggedPolicyDevelopment(TaggedItemBase):
    content_object = models.ForeignKey(
        "PolicyDevelopment", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PolicyDevelopment(models.Model):
    """A law, strategy, standard or other AI policy step somewhere in the world.

    Candidates come from feeds or analysts; only published ones are public.
    """

    class InstrumentType(models.TextChoices):
        LEGISLATION = "legislation", _("Legislation")
        REGULATION = "regulation", _("Regulation or implementing act")
        STRATEGY = "strategy", _("National strategy")
        GUIDELINE = "guideline", _("Guideline or code of conduct")
        STANDARD = "standard", _("Technical standard")
        FUNDING = "funding", _("Funding programme")
        INSTITUTION = "institution", _("Institution or body")
        AGREEMENT = "agreement", _("International agreement or declaration")
        CONSULTATION = "consultation", _("Public consultation")

    class Stage(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        UNDER_CONSULTATION = "under_consultation", _("Under consultation")
        ADOPTED = "adopted", _("Adopted")
        IN_FORCE = "in_force", _("In force")
        REPEALED = "repealed", _("Repealed or lapsed")

    class Significance(models.TextChoices):
        LOW = "low", _("Low")
        MEDIUM = "medium", _("Medium")
        HIGH = "high", _("High")

    class ReviewStatus(models.TextChoices):
        CANDIDATE = "candidate", _("Candidate")
        PUBLISHED = "published", _("Published")
        DISMISSED = "dismissed", _("Dismissed")

    title = models.CharField(max_length=300)
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        on_delete=models.PROTECT,
        related_name="developments",
        null=True,
        blank=True,
    )
    instrument_type = models.CharField(
        max_length=20, choices=InstrumentType, default=InstrumentType.LEGISLATION
    )
    stage = models.CharField(max_length=20, choices=Stage, default=Stage.PROPOSED)
    announced_on = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "When it was first announced or published: its date in the tracker."
        ),
    )
    adopted_on = models.DateField(null=True, blank=True)
    in_force_on = models.DateField(null=True, blank=True)
    summary = models.TextField(
        "public summary", blank=True, help_text=_("Shown on the public tracker.")
    )
    internal_analysis = models.TextField(
        blank=True, help_text=_("For the team only; never public.")
    )
    source_url = models.URLField(
        "official source URL",
        max_length=1000,
        unique=True,
        help_text=_("Canonical URL: no tracking parameters or fragment."),
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.SET_NULL,
        related_name="developments",
        null=True,
        blank=True,
        help_text=_("The feed it was found in, if any."),
    )
    topics = TaggableManager("topics", through=TaggedPolicyDevelopment, blank=True)
    ai_act_elements = models.JSONField(
        "AI Act elements",
        default=list,
        blank=True,
        help_text=_("The elements of the EU AI Act this development touches."),
    )
    significance = models.CharField(
        max_length=10, choices=Significance, default=Significance.MEDIUM
    )
    review_status = models.CharField(
        max_length=12, choices=ReviewStatus, default=ReviewStatus.CANDIDATE
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
        editable=False,
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_verified_on = models.DateField(
        null=True,
        blank=True,
        help_text=_("When an analyst last checked this entry against its source."),
    )
    supersedes = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        related_name="superseded_by",
        null=True,
        blank=True,
        help_text=_("The earlier development this one replaces or amends."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PolicyDevelopmentQuerySet.as_manager()

    class Meta:
        ordering = ["-announced_on", "-id"]
        indexes = [
            models.Index(
                fields=["review_status", "-announced_on"],
                name="development_status_date_idx",
            ),
            models.Index(
                fields=["jurisdiction", "review_status"],
                name="development_jurisdiction_idx",
            ),
            models.Index(fields=["last_verified_on"], name="development_verified_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(review_status="published")
                | (Q(jurisdiction__isnull=False) & Q(announced_on__isnull=False)),
                name="development_published_has_jurisdiction_and_date",
            ),
            models.CheckConstraint(
                condition=Q(in_force_on__isnull=True)
                | Q(adopted_on__isnull=True)
                | Q(in_force_on__gte=F("adopted_on")),
                name="development_in_force_after_adoption",
            ),
            models.CheckConstraint(
                condition=Q(supersedes__isnull=True) | ~Q(supersedes=F("id")),
                name="development_not_superseding_itself",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("monitoring:development_detail", args=[self.pk])

    @property
    def is_public(self) -> bool:
        return self.review_status == self.ReviewStatus.PUBLISHED

    def clean(self):
        errors = {}
        if self.is_public:
            if self.jurisdiction_id is None:
                errors["jurisdiction"] = _("A published development needs one.")
            if self.announced_on is None:
                errors["announced_on"] = _("A published development needs a date.")
        if self.adopted_on and self.in_force_on and self.in_force_on < self.adopted_on:
            errors["in_force_on"] = _("It cannot enter into force before adoption.")
        unknown = set(self.ai_act_elements or []) - set(AIActElement.values)
        if unknown:
            errors["ai_act_elements"] = _("Unknown AI Act elements: %(names)s") % {
                "names": ", ".join(sorted(unknown))
            }
        if self.pk and self.supersedes_id == self.pk:
            errors["supersedes"] = _("A development cannot supersede itself.")
        if errors:
            raise ValidationError(errors)

    def ai_act_element_labels(self) -> list[str]:
        labels = dict(AIActElement.choices)
        return [str(labels[value]) for value in self.ai_act_elements if value in labels]


class StageChange(models.Model):
    """One step in a development's life (proposed → adopted → in force …)."""

    development = models.ForeignKey(
        PolicyDevelopment, on_delete=models.CASCADE, related_name="stage_changes"
    )
    stage = models.CharField(max_length=20, choices=PolicyDevelopment.Stage)
    changed_on = models.DateField(help_text=_("When the development reached it."))
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["changed_on", "recorded_at"]
        indexes = [
            models.Index(fields=["recorded_at"], name="stagechange_recorded_idx"),
        ]

    def __str__(self):
        return f"{self.development}: {self.get_stage_display()} on {self.changed_on}"


class AlignmentAssessment(RevisionMixin, ClusterableModel):
    """How far one jurisdiction's rules align with one element of the EU AI Act.

    One current assessment per jurisdiction and element; every saved change is
    kept as a Wagtail revision, so past assessments stay readable.
    """

    class Level(models.TextChoices):
        ALIGNED = "aligned", _("Aligned")
        PARTIALLY_ALIGNED = "partially_aligned", _("Partially aligned")
        DIVERGENT = "divergent", _("Divergent")
        NO_PROVISION = "no_provision", _("No provision yet")
        NOT_ASSESSED = "not_assessed", _("Not assessed")

    jurisdiction = models.ForeignKey(
        Jurisdiction, on_delete=models.PROTECT, related_name="assessments"
    )
    element = models.CharField("AI Act element", max_length=32, choices=AIActElement)
    level = models.CharField(max_length=20, choices=Level, default=Level.NOT_ASSESSED)
    rationale = models.TextField(blank=True)
    evidence = ParentalManyToManyField(
        PolicyDevelopment, related_name="assessments", blank=True
    )
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
        editable=False,
    )
    assessed_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["jurisdiction__name", "element"]
        constraints = [
            models.UniqueConstraint(
                fields=["jurisdiction", "element"],
                name="alignmentassessment_one_per_element",
            ),
        ]

    def __str__(self):
        return f"{self.jurisdiction} — {self.get_element_display()}"
