"""The public sign-up form."""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import Page

from dialogues.models import Partner
from monitoring.models import PolicyDevelopment, TaggedPolicyDevelopment

from ..models.pages import TaggedEvent, TaggedExplainer, TaggedNews

HONEYPOT_FIELD = "website"


def site_topics():
    """The topics the public can read about: tags of live, public explainers,
    news and events and of published developments. Two queries whatever the
    number of pages (one for Wagtail's view restrictions, one for the tags)."""
    public_pages = Page.objects.live().public().values("pk")
    published = PolicyDevelopment.objects.published().values("pk")
    in_use = Q()
    for through in (TaggedExplainer, TaggedNews, TaggedEvent):
        in_use |= Q(
            pk__in=through.objects.filter(content_object__in=public_pages).values("tag")
        )
    in_use |= Q(
        pk__in=TaggedPolicyDevelopment.objects.filter(
            content_object__in=published
        ).values("tag")
    )
    return Tag.objects.filter(in_use).only("pk", "name").order_by("name")


def public_partners():
    return Partner.objects.filter(active=True).only("pk", "name")


def default_language() -> str:
    """The language the visitor reads the site in, if the newsletter has it."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    codes = [code for code, _name in settings.LANGUAGES]
    for candidate in (current, current.split("-")[0]):
        if candidate in codes:
            return candidate
    return settings.LANGUAGE_CODE


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Tag.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick none to hear about every topic."),
    )
    partners = forms.ModelMultipleChoiceField(
        label=_("Partner countries and organisations"),
        queryset=Partner.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick none to hear about every partner."),
    )
    language = forms.ChoiceField(
        label=_("Language of the emails"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )
    # Hidden from people (CSS, aria-hidden, out of the tab order); bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("language", default_language())
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = site_topics()
        self.fields["partners"].queryset = public_partners()

    def is_from_a_bot(self) -> bool:
        """Whether the honeypot was filled in: people never see it."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())
