"""Renew the tracker's cached figures when the data behind them changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .caching import published_changed
from .models import Jurisdiction, PolicyDevelopment, TaggedPolicyDevelopment


@receiver([post_save, post_delete], sender=PolicyDevelopment)
@receiver([post_save, post_delete, m2m_changed], sender=TaggedPolicyDevelopment)
@receiver([post_save, post_delete], sender=Jurisdiction)
def renew_tracker_figures(sender, **kwargs) -> None:
    published_changed()
