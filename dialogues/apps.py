from django.apps import AppConfig


class DialoguesConfig(AppConfig):
    name = "dialogues"
    verbose_name = "Dialogues"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed

        from . import signals  # noqa: F401 - connects the receivers

        m2m_changed.connect(
            _groups_changed,
            sender=get_user_model().groups.through,
            dispatch_uid="dialogues_forget_restricted_reader",
        )


def _groups_changed(sender, instance, action, reverse, **kwargs):
    """A user's groups changed: can_see_restricted() asks the database again."""
    from .querysets import forget_restricted_reader

    # From the group's side (group.user_set.add) only primary keys are known: a
    # user object already in memory keeps its answer, as Django's permission
    # cache does.
    if action.startswith("post_") and not reverse:
        forget_restricted_reader(instance)
