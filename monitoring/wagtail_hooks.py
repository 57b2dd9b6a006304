"""The Monitoring menu of the back office, its bulk actions and audit-log actions."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from . import services
from .admin_views import (
    BULK_ACTIONS,
    LOG_DISMISS,
    LOG_PUBLISH,
    LOG_VERIFY,
    AssessmentViewSet,
    DevelopmentViewSet,
    JurisdictionViewSet,
    NotVerifiedViewSet,
    SourceViewSet,
    TriageViewSet,
)
from .models import AlignmentAssessment, PolicyDevelopment


class MonitoringViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Monitoring")
    menu_name = "monitoring"
    menu_icon = "globe"
    menu_order = 200
    items = (
        DevelopmentViewSet,
        TriageViewSet,
        SourceViewSet,
        JurisdictionViewSet,
        AssessmentViewSet,
        NotVerifiedViewSet,
    )


register_snippet(MonitoringViewSetGroup)

for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_log_actions")
def register_monitoring_log_actions(actions):
    actions.register_action(
        LOG_PUBLISH, _("Publish development"), _("Published from triage")
    )
    actions.register_action(
        LOG_DISMISS, _("Dismiss development"), _("Dismissed in triage")
    )
    actions.register_action(
        LOG_VERIFY, _("Verify development"), _("Checked against its source")
    )


def _record_stage(request, instance):
    if isinstance(instance, PolicyDevelopment):
        services.record_stage_change(development=instance, by=request.user)


@hooks.register("after_create_snippet")
def record_stage_after_create(request, instance):
    _record_stage(request, instance)


@hooks.register("after_edit_snippet")
def record_stage_after_edit(request, instance):
    _record_stage(request, instance)


@hooks.register("before_edit_snippet")
def keep_assessment_baseline(request, instance):
    """Keep the version an assessment had before its first edit in the admin.

    Assessments made outside the admin (seed data, imports) have no revision yet;
    without this, their first edit would lose the earlier assessment.
    """
    if (
        request.method == "POST"
        and isinstance(instance, AlignmentAssessment)
        and instance.latest_revision_id is None
    ):
        instance.save_revision(user=None, clean=False)
