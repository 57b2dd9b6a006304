"""The outreach app in the Wagtail admin: newsletter subscribers."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import Subscriber
from .newsletter.admin import SubscriberPermissionPolicy, SubscriberViewSet

# Before the viewset asks Wagtail for the model's permission policy.
register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber))
register_snippet(SubscriberViewSet)
