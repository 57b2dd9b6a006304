"""Confidential records in the Wagtail admin, whatever their model.

A model is registered with `register_confidential_model(model, visible)`, where
`visible(user)` is the queryset of its records that user may see (for meetings
and joint initiatives, `Model.objects.visible_to`). From then on:

- its permission policy (`ConfidentialPermissionPolicy`) refuses restricted
  records to those who may not see them, wherever Wagtail asks about a single
  record (the admin URL finder behind usage listings and the site history,
  action menus, status panels, bulk actions) and lists only visible ones;
- a viewset with `ConfidentialViewSetMixin` (snippets and choosers) passes every
  view through `guard_view_class`: a view that takes a record's id answers 404
  before it loads anything when the id is outside `visible(user)`, and the
  views that load or list records read them from `visible(user)`;
- the site history report (`site_history_urlpatterns`) leaves out log entries of
  records the user may not see: an entry carries the record's title.
"""

from collections.abc import Callable

from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Model, QuerySet
from django.db.models.functions import Cast
from django.http import Http404
from django.urls import path
from django.views.generic.detail import SingleObjectMixin
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic.base import BaseObjectMixin
from wagtail.admin.views.generic.chooser import BaseChooseView, ChosenMultipleViewMixin
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views.chooser import SnippetChooserViewSet

from .querysets import can_see_restricted

Visible = Callable[..., QuerySet]

# model -> visible(user), filled by register_confidential_model().
CONFIDENTIAL_MODELS: dict[type[Model], Visible] = {}


def register_confidential_model(model: type[Model], visible: Visible) -> None:
    """Guard `model` in the admin; call it before any viewset asks for the
    model's permission policy (at the top of wagtail_hooks.py)."""
    CONFIDENTIAL_MODELS[model] = visible
    if policy_registry.get_by_type(model, fallback=False) is not None:
        return
    # A fallback policy made by an earlier lookup would win over this one.
    policy_registry.fallback_policies.pop(model, None)
    register_permission_policy(model, ConfidentialPermissionPolicy(model, visible))


def visible_records(model: type[Model], user) -> QuerySet:
    """The records of a registered model that `user` may see."""
    return CONFIDENTIAL_MODELS[model](user)


class ConfidentialPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, and restricted records only for restricted readers."""

    def __init__(self, model, visible: Visible, **kwargs):
        super().__init__(model, **kwargs)
        self.visible = visible

    def user_has_permission_for_instance(self, user, action, instance):
        if getattr(instance, "is_restricted", False) and not can_see_restricted(user):
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance)
            for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        return instances & self.visible(user)


# --- The views' guard --------------------------------------------------------------


class VisibleObjectRequired:
    """Refuse, before anything is loaded, a record id the user may not see."""

    visible_objects: Visible
    object_pk_kwarg = "pk"

    def setup(self, request, *args, **kwargs):
        pk = kwargs.get(self.object_pk_kwarg)
        if pk is not None:
            try:
                pk = int(unquote(str(pk)))
            except ValueError as error:
                raise Http404 from error
            if not self.visible_objects(request.user).filter(pk=pk).exists():
                raise Http404
        super().setup(request, *args, **kwargs)


class VisibleSingleObject:
    """Django's SingleObjectMixin (edit, delete, revert) loads the record here."""

    def get_queryset(self):
        return self.visible_objects(self.request.user)


class VisibleBaseObject:
    """Wagtail's BaseObjectMixin (usage, history, unpublish) loads it here."""

    def get_base_object_queryset(self):
        return self.visible_objects(self.request.user)


class VisibleChoices:
    """A chooser's listing and search offer only visible records."""

    def get_object_list(self):
        return self.visible_objects(self.request.user)


class VisibleChosenMultiple:
    """Choosing several records at once returns only the visible ones."""

    def get_objects(self, pks):
        return self.visible_objects(self.request.user).filter(pk__in=pks)


def guard_view_class(view_class: type, visible: Visible) -> type:
    """`view_class`, reading its records through `visible(user)`."""
    if issubclass(view_class, VisibleObjectRequired):
        return view_class
    bases = [VisibleObjectRequired]
    if issubclass(view_class, BaseObjectMixin):
        bases.append(VisibleBaseObject)
    if issubclass(view_class, SingleObjectMixin):
        bases.append(VisibleSingleObject)
    if issubclass(view_class, BaseChooseView):
        bases.append(VisibleChoices)
    if issubclass(view_class, ChosenMultipleViewMixin):
        bases.append(VisibleChosenMultiple)
    return type(
        view_class.__name__,
        (*bases, view_class),
        {"visible_objects": staticmethod(visible)},
    )


class ConfidentialViewSetMixin:
    """For a snippet or chooser viewset of a registered model: every view it
    makes goes through the guard, and its listing holds visible records only."""

    def visible_objects(self, user) -> QuerySet:
        return visible_records(self.model, user)

    def construct_view(self, view_class, **kwargs):
        guarded = guard_view_class(view_class, self.visible_objects)
        return super().construct_view(guarded, **kwargs)

    def get_queryset(self, request):
        return self.visible_objects(request.user)


class ConfidentialChooserViewSet(ConfidentialViewSetMixin, SnippetChooserViewSet):
    """The snippet chooser of a registered model: offers, and returns, only the
    records the user may see."""


# --- Site history ------------------------------------------------------------------


class ConfidentialSiteHistoryView(LogEntriesView):
    """Wagtail's "Site history" report without the log entries of records the
    user may not see: Wagtail shows every entry of a model to anyone holding any
    permission on it, and an entry carries the record's title."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        user = self.request.user
        if queryset.model is not ModelLogEntry or can_see_restricted(user):
            return queryset
        for model, visible in CONFIDENTIAL_MODELS.items():
            hidden = (
                model.objects.exclude(pk__in=visible(user).values("pk"))
                .annotate(object_key=Cast("pk", CharField()))
                .values("object_key")
            )
            queryset = queryset.exclude(
                content_type=ContentType.objects.get_for_model(model),
                object_id__in=hidden,
            )
        return queryset


def site_history_urlpatterns():
    """URL patterns that put the report above in place of Wagtail's; they go
    before `path("admin/", include(wagtailadmin_urls))` in the project's urls.py."""
    return [
        path(
            "admin/reports/site-history/",
            require_admin_access(ConfidentialSiteHistoryView.as_view()),
        ),
        path(
            "admin/reports/site-history/results/",
            require_admin_access(
                ConfidentialSiteHistoryView.as_view(results_only=True)
            ),
        ),
    ]


__all__ = [
    "ConfidentialChooserViewSet",
    "ConfidentialPermissionPolicy",
    "ConfidentialViewSetMixin",
    "guard_view_class",
    "register_confidential_model",
    "site_history_urlpatterns",
    "visible_records",
]
