"""Background work of the outreach app: the newsletter's emails."""

from smtplib import SMTPException

from celery import shared_task


# Nobody reads its result: queuing it then needs the broker only, not the
# result store too (whose reconnecting held a sign-up for 19 s in an outage).
@shared_task(
    ignore_result=True,
    autoretry_for=(SMTPException, OSError),
    retry_backoff=True,
    max_retries=5,
)
def send_newsletter_confirmation(subscriber_id: int) -> bool:
    """Answer a newsletter sign-up by email: a confirmation link, or a notice to
    someone already subscribed. Sends once per sign-up, however often it runs."""
    from .newsletter import services

    return services.send_confirmation(subscriber_id=subscriber_id)
