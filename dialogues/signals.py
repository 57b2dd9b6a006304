"""Renew the version of the public meeting data when a meeting, its partners or
its topics change (saved drafts included: cheaper than telling them apart)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .caching import PUBLIC_MEETINGS
from .models import DialogueMeeting, Partner, TaggedMeeting


@receiver([post_save, post_delete], sender=DialogueMeeting)
@receiver([post_save, post_delete], sender=TaggedMeeting)
@receiver(m2m_changed, sender=DialogueMeeting.partners.through)
@receiver([post_save, post_delete], sender=Partner)
def renew_public_meetings(sender, **kwargs) -> None:
    PUBLIC_MEETINGS.renew()
