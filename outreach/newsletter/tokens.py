"""Signed, expiring tokens for confirmation links.

A confirmation link proves that whoever clicks it reads the subscriber's inbox;
it carries only the subscriber's id, signed with SECRET_KEY and a timestamp, and
expires after NEWSLETTER_CONFIRMATION_MAX_AGE seconds. Unsubscribe links use the
subscriber's own random token instead, which never expires.
"""

from datetime import UTC, datetime
from typing import NamedTuple

from django.conf import settings
from django.core import signing

CONFIRMATION_SALT = "outreach.newsletter.confirm"


class Confirmation(NamedTuple):
    subscriber_id: int
    issued_at: datetime


def confirmation_token(subscriber) -> str:
    return signing.dumps({"subscriber": subscriber.pk}, salt=CONFIRMATION_SALT)


def read_confirmation_token(token: str) -> Confirmation:
    """The subscriber id in a confirmation token, and when the token was made.

    Raises signing.SignatureExpired for a link past its age and
    signing.BadSignature for anything that was not signed here.
    """
    data = signing.loads(
        token,
        salt=CONFIRMATION_SALT,
        max_age=settings.NEWSLETTER_CONFIRMATION_MAX_AGE,
    )
    # A valid token reads "payload:timestamp:signature" (TimestampSigner).
    timestamp = signing.b62_decode(token.rsplit(":", 2)[1])
    return Confirmation(
        subscriber_id=int(data["subscriber"]),
        issued_at=datetime.fromtimestamp(timestamp, tz=UTC),
    )
