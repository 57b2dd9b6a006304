"""Demo users, one per role: for `seed_demo`, never in production."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from . import roles
from .models import User

DEMO_PASSWORD = "outreach-demo"  # noqa: S105 - published demo password

# email, first name, last name, role group (None: superuser)
DEMO_USERS = [
    ("team@example.org", "Tomás", "Analyst", roles.PROJECT_TEAM),
    ("lead@example.org", "Lena", "Lead", roles.TEAM_LEADS),
    ("comms@example.org", "Clara", "Communications", roles.COMMUNICATIONS),
    ("fpi@example.org", "Frank", "Programme Officer", roles.FPI_STAFF),
    ("admin@example.org", "Ada", "Administrator", None),
]


def create_demo_users() -> list[User]:
    """Create the demo users that are missing; existing ones are left as they are."""
    users = []
    for email, first_name, last_name, role in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(
                email=email,
                first_name=first_name,
                last_name=last_name,
                is_staff=True,
                is_superuser=role is None,
            )
            user.set_password(DEMO_PASSWORD)
            user.save()
        if role is not None:
            user.groups.add(Group.objects.get(name=role))
        # Demo addresses count as verified, so the demo logins work at once.
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        users.append(user)
    return users
