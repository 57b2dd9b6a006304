from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.demo import DEMO_PASSWORD, DEMO_USERS, create_demo_users
from dialogues.demo import create_demo_dialogues
from monitoring.demo import create_demo_monitoring
from outreach.demo import create_demo_site, create_site


class Command(BaseCommand):
    help = (
        "Create the demo site, demo users (one per role) and demo content. "
        "Idempotent: running it again creates nothing new and changes nothing."
    )

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError(
                "seed_demo refuses to run with DJANGO_ENV=production: it creates "
                "demo users with a published password."
            )
        with transaction.atomic():
            create_site()
            create_demo_users()
            create_demo_monitoring()
            create_demo_dialogues()
            create_demo_site()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write(f"Demo logins (password '{DEMO_PASSWORD}'):")
        for email, _first, _last, role in DEMO_USERS:
            self.stdout.write(f"  {email:<22} {role or 'Superuser'}")
