"""The back-office meeting form: a meeting logged in the meeting's own time zone,
validated as a whole (partners, dates, status), with action items that record
when they were closed.
"""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateTimeInput

from accounts.roles import PROJECT_TEAM, TEAM_LEADS
from monitoring.models import PolicyDevelopment

from .models import (
    ActionItem,
    Confidentiality,
    JointInitiative,
    Partner,
)
from .querysets import can_see_restricted

RESTRICTED = Confidentiality.RESTRICTED


def apply_closed_at(item: ActionItem, now=None) -> None:
    """Keep `closed_at` in step with the status: set when an item is done or
    dropped, cleared when it is open again (the database insists on the latter)."""
    if item.status == ActionItem.Status.OPEN:
        item.closed_at = None
    elif item.closed_at is None:
        item.closed_at = now or timezone.now()


def brussels_label(value: datetime.datetime) -> str:
    """'Mon 14 Jul 2025, 03:00 Brussels time' for an aware datetime."""
    local = timezone.localtime(value, timezone.get_default_timezone())
    return _("%(when)s Brussels time") % {"when": date_format(local, "D j M Y, H:i")}


def _ids(values) -> set:
    """Primary keys from a form's initial value for a many-to-many field."""
    return {getattr(value, "pk", value) for value in values or []}


class LocalDateTimeField(forms.DateTimeField):
    """A date and time as read on a clock where the meeting takes place.

    Django would read the input in the site's zone (Brussels), which could refuse
    a time that exists in Tokyo but falls in a Brussels clock change. This field
    returns the wall-clock time without a zone; the form places it in the
    meeting's own zone once it knows which one was chosen.
    """

    widget = AdminDateTimeInput

    def to_python(self, value):
        with timezone.override(datetime.UTC):
            result = super().to_python(value)
        return result.replace(tzinfo=None) if result is not None else None


class DevelopmentSearchWidget(forms.CheckboxSelectMultiple):
    """Tick boxes for the chosen developments plus a search box that adds more.

    Only the chosen developments are rendered (there are thousands); the search
    box asks `search_url` for matches and offers them as further tick boxes.
    """

    template_name = "dialogues/admin/widgets/development_search.html"

    def __init__(self, attrs=None, choices=(), search_url=""):
        super().__init__(attrs, choices)
        self.search_url = search_url

    def optgroups(self, name, value, attrs=None):
        chosen = {str(v) for v in value if v not in (None, "")}
        queryset = getattr(self.choices, "queryset", None)
        all_choices = self.choices
        self.choices = (
            [(item.pk, str(item)) for item in queryset.filter(pk__in=chosen)]
            if queryset is not None and chosen
            else []
        )
        try:
            return super().optgroups(name, value, attrs)
        finally:
            self.choices = all_choices

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["search_url"] = str(self.search_url)
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # The project's template engine, not the form renderer's: the template
        # lives in templates/dialogues/admin/.
        context = self.get_context(name, value, attrs)
        return mark_safe(render_to_string(self.template_name, context))  # noqa: S308


def team_members():
    """Who can own an action item: active members of the team and superusers."""
    User = get_user_model()
    return (
        User.objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name__in=[PROJECT_TEAM, TEAM_LEADS]))
        .distinct()
        .order_by("first_name", "last_name", "email")
    )


class ActionItemForm(WagtailAdminModelForm):
    """One action item inside the meeting form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "owner" in self.fields:
            owners = team_members()
            if self.instance.owner_id:
                # A former member who still owns the item stays selectable.
                User = get_user_model()
                owners = User.objects.filter(
                    Q(pk__in=owners.values("pk")) | Q(pk=self.instance.owner_id)
                ).order_by("first_name", "last_name", "email")
            self.fields["owner"].queryset = owners

    def save(self, commit=True):
        apply_closed_at(self.instance)
        return super().save(commit=commit)


class DialogueMeetingForm(WagtailAdminModelForm):
    """The meeting form: start and end are typed in the meeting's local time."""

    start = LocalDateTimeField(
        label=_("Start"), help_text=_("Local time where the meeting takes place.")
    )
    end = LocalDateTimeField(
        label=_("End"), help_text=_("Local time where the meeting takes place.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        instance = self.instance

        # Show the stored moments back on the clock of the meeting's own zone.
        zone = instance.time_zone or timezone.get_default_timezone()
        for name in ("start", "end"):
            value = getattr(instance, name, None)
            if value is None or name not in self.fields:
                continue
            self.initial[name] = timezone.localtime(value, zone).replace(tzinfo=None)
            self.fields[name].help_text = _(
                "Local time where the meeting takes place. Saved as %(brussels)s."
            ) % {"brussels": brussels_label(value)}

        if "confidentiality" in self.fields and not can_see_restricted(user):
            # A restricted meeting would vanish from its author's sight on saving:
            # only team leads log them.
            field = self.fields["confidentiality"]
            field.choices = [
                choice for choice in field.choices if choice[0] != RESTRICTED
            ]
            field.help_text = _(
                "Public: title, partners, date, place, public summary and topics "
                "may be published. Internal: staff only. Restricted meetings are "
                "logged by team leads."
            )

        if "partners" in self.fields:
            # The model says why none is wrong ("Choose at least one partner").
            self.fields["partners"].required = False
            current = _ids(self.initial.get("partners"))
            self.fields["partners"].queryset = Partner.objects.filter(
                Q(active=True) | Q(pk__in=current)
            ).order_by("-is_priority", "name")

        if "initiatives" in self.fields:
            # Links to initiatives the user may not see are kept but not shown.
            current = _ids(self.initial.get("initiatives"))
            visible = JointInitiative.objects.visible_to(user)
            self.fields["initiatives"].queryset = visible.order_by("title")
            self.hidden_initiative_ids = current - set(
                visible.filter(pk__in=current).values_list("pk", flat=True)
            )
            self.initial["initiatives"] = [
                pk for pk in current if pk not in self.hidden_initiative_ids
            ]

        if "related_developments" in self.fields:
            current = _ids(self.initial.get("related_developments"))
            self.fields[
                "related_developments"
            ].queryset = PolicyDevelopment.objects.filter(
                ~Q(review_status=PolicyDevelopment.ReviewStatus.DISMISSED)
                | Q(pk__in=current)
            )

    def clean(self):
        cleaned_data = super().clean()

        zone = cleaned_data.get("time_zone") or timezone.get_default_timezone()
        for name in ("start", "end"):
            value = cleaned_data.get(name)
            if value is None:
                continue
            aware = value.replace(tzinfo=zone)
            # A time skipped by a clock change (e.g. 02:30 on the spring Sunday)
            # does not survive a round trip through UTC.
            back = aware.astimezone(datetime.UTC).astimezone(zone)
            if back.replace(tzinfo=None) != value:
                self.add_error(
                    name,
                    _("%(time)s does not exist in %(zone)s: the clocks change then.")
                    % {"time": value.strftime("%Y-%m-%d %H:%M"), "zone": zone},
                )
                continue
            cleaned_data[name] = aware

        if "partners" in cleaned_data:
            # Partners are many-to-many: only the form knows them before saving.
            self.instance.format = cleaned_data.get("format") or self.instance.format
            try:
                self.instance.validate_partners(list(cleaned_data["partners"]))
            except ValidationError as error:
                self.add_error(None, error)

        hidden = getattr(self, "hidden_initiative_ids", None)
        if hidden and "initiatives" in cleaned_data:
            cleaned_data["initiatives"] = list(cleaned_data["initiatives"]) + list(
                JointInitiative.objects.filter(pk__in=hidden)
            )
        return cleaned_data

    def save(self, commit=True):
        if (
            self.instance._state.adding
            and self.for_user
            and not (self.instance.logged_by_id)
        ):
            self.instance.logged_by = self.for_user
        return super().save(commit=commit)
