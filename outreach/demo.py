"""Demo content of the public site, for `seed_demo`."""

from wagtail.models import Page, Site

from .models import HomePage

HOME_INTRO = (
    "The European Union works with partners around the world for artificial "
    "intelligence that is trustworthy, safe and respects people's rights."
)
HOME_BODY = (
    "<p>The International Outreach for Human-Centric AI programme supports the "
    "EU's policy dialogues on AI with Japan, Canada, Australia and the Republic "
    "of Korea, tracks how AI policy develops worldwide, and explains what "
    "human-centric, trustworthy AI means for citizens.</p>"
)


def create_site() -> HomePage:
    """Make a HomePage the default site's root, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's "Welcome to your new Wagtail site!" placeholder holds the slug.
        for placeholder in root.get_children().exact_type(Page):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home = root.add_child(
            instance=HomePage(
                title="Human-centric AI, together with our partners",
                slug="home",
                intro=HOME_INTRO,
                body=HOME_BODY,
            )
        )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "root_page": home,
            "site_name": "International Outreach for Human-Centric AI",
        },
    )
    return home
