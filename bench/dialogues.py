"""Dialogues benchmark: the admin meeting listing, the public partner page, the
meetings API, the iCal feed and the briefing pack PDF on 10,000 meetings, 50,000
action items and 2,000 contacts in PostgreSQL (issue "Dialogues", performance).

Run with `make bench` or `python -m bench dialogues`, DATABASE_URL pointing at a
PostgreSQL database of its own (the data set is generated into it once, and
kept). Results are printed and written to bench/results/dialogues.json.
"""

import random
import statistics
import time
from datetime import UTC, datetime, timedelta

from ._common import (
    analyze,
    get,
    out,
    percentile,
    report,
    row,
    setup_django,
    uses_postgresql,
)

MEETINGS = 10_000
ACTION_ITEMS = 50_000
CONTACTS = 2_000
BATCH_SIZE = 2_000
# Every generated meeting's title starts with this: it marks the data set, so a
# second run finds it and does not generate it again.
TITLE_PREFIX = "Bench dialogue no. "
CONTACT_EMAIL_DOMAIN = "bench.outreach.invalid"
REQUESTS = 50
WARM_UP = 5
PDF_REQUESTS = 5
SEED = 20241123

MEDIAN_TARGET_MS = 150.0
PDF_TARGET_S = 3.0

TEAM_LEAD = "lead@example.org"

# slug, name, jurisdiction code, kind
PARTNERS = [
    ("japan", "Japan", "JP", "country"),
    ("canada", "Canada", "CA", "country"),
    ("australia", "Australia", "AU", "country"),
    ("south-korea", "Republic of Korea", "KR", "country"),
    ("oecd", "OECD", "OECD", "international_organisation"),
    ("g7", "G7", "G7", "forum"),
]
TIME_ZONES = ["Asia/Tokyo", "America/Toronto", "Australia/Canberra", "Asia/Seoul"]
TOPICS = ["AI safety", "Standards", "Generative AI", "Research", "Governance"]
SUBJECTS = [
    "AI policy dialogue",
    "working group on standards",
    "exchange on AI safety institutes",
    "digital partnership council",
    "expert workshop on evaluation",
]


def run() -> bool:
    if not uses_postgresql():
        out(
            "bench dialogues: DATABASE_URL must point at a PostgreSQL database "
            "(e.g. postgres://postgres@127.0.0.1:5432/portal_bench); the targets "
            "are set for PostgreSQL. Skipped: FAIL."
        )
        return False
    setup_django()
    from django.core.management import call_command

    started = time.perf_counter()
    out("bench dialogues: migrating …")
    call_command("migrate", interactive=False, verbosity=0)
    generated = _ensure_data_set()
    analyze()

    results = _measure_pages(PAGES)
    results += _measure_briefing_pdf()
    results += _measure_feed()
    elapsed = time.perf_counter() - started
    return report(
        "dialogues",
        results,
        elapsed=elapsed,
        meetings=MEETINGS,
        action_items=ACTION_ITEMS,
        contacts=CONTACTS,
        generated_this_run=generated,
    )


# --- The data set -----------------------------------------------------------


def _ensure_data_set() -> bool:
    from django.db import transaction

    from accounts.demo import create_demo_users
    from dialogues.models import DialogueMeeting

    create_demo_users()
    existing = DialogueMeeting.objects.filter(title__startswith=TITLE_PREFIX).count()
    if existing == MEETINGS:
        out(f"bench dialogues: {existing:,} meetings already generated.")
        return False
    out(
        f"bench dialogues: generating {MEETINGS:,} meetings, {ACTION_ITEMS:,} "
        f"action items, {CONTACTS:,} contacts …"
    )
    began = time.perf_counter()
    with transaction.atomic():
        _delete_data_set()
        _generate()
    out(f"bench dialogues: generated in {time.perf_counter() - began:.1f} s.")
    return True


def _delete_data_set() -> None:
    from dialogues.models import (
        ActionItem,
        Contact,
        DialogueMeeting,
        MeetingParticipant,
    )

    meetings = DialogueMeeting.objects.filter(title__startswith=TITLE_PREFIX)
    ActionItem.objects.filter(meeting__in=meetings).delete()
    MeetingParticipant.objects.filter(meeting__in=meetings).delete()
    meetings.delete()
    Contact.objects.filter(email__endswith="@" + CONTACT_EMAIL_DOMAIN).delete()


def _partners() -> dict:
    from dialogues.models import Partner
    from monitoring.models import Jurisdiction

    partners = {}
    for slug, name, code, kind in PARTNERS:
        jurisdiction, _ = Jurisdiction.objects.get_or_create(
            code=code, defaults={"name": name, "kind": kind}
        )
        partner, _ = Partner.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "jurisdiction": jurisdiction,
                "framework": f"EU–{name} dialogue",
                "public_summary": f"The EU and {name} talk about trustworthy AI.",
                "is_priority": kind == "country",
            },
        )
        partners[slug] = partner
    return partners


def _generate() -> None:
    from django.contrib.auth import get_user_model
    from taggit.models import Tag

    from dialogues.models import (
        ActionItem,
        Contact,
        DialogueMeeting,
        MeetingParticipant,
        TaggedMeeting,
    )

    rng = random.Random(SEED)  # noqa: S311 - test data, not secrets
    partners = list(_partners().values())
    countries = partners[:4]
    users = list(
        get_user_model().objects.filter(is_staff=True).values_list("pk", flat=True)
    )
    tag_ids = []
    for name in TOPICS:
        tag, _ = Tag.objects.get_or_create(
            name=name, defaults={"slug": name.lower().replace(" ", "-")}
        )
        tag_ids.append(tag.pk)

    contacts = Contact.objects.bulk_create(
        Contact(
            name=f"Bench Contact {number}",
            organisation="Ministry of Digital Affairs",
            partner=rng.choice(countries),
            role="Director",
            email=f"contact{number}@{CONTACT_EMAIL_DOMAIN}",
        )
        for number in range(1, CONTACTS + 1)
    )
    contact_ids = [contact.pk for contact in contacts]

    formats = DialogueMeeting.Format
    levels = DialogueMeeting.Level.values
    statuses = DialogueMeeting.Status
    confidentialities = ["public"] * 5 + ["internal"] * 4 + ["restricted"]
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    first = now - timedelta(days=6 * 365)
    span_hours = (now + timedelta(days=365) - first).days * 24
    items_per_meeting = ACTION_ITEMS // MEETINGS
    partners_through = DialogueMeeting.partners.through

    for offset in range(0, MEETINGS, BATCH_SIZE):
        batch = []
        batch_partners = []
        for number in range(offset + 1, offset + BATCH_SIZE + 1):
            start = first + timedelta(hours=rng.randrange(span_hours))
            multilateral = rng.random() < 0.2
            chosen = (
                rng.sample(partners, k=rng.randint(2, 4))
                if multilateral
                else [rng.choice(countries)]
            )
            if start > now:
                status = rng.choice([statuses.PLANNED] * 4 + [statuses.POSTPONED])
            else:
                status = rng.choice([statuses.HELD] * 8 + [statuses.CANCELLED])
            batch.append(
                DialogueMeeting(
                    title=f"{TITLE_PREFIX}{number}: {rng.choice(SUBJECTS)}",
                    format=formats.MULTILATERAL if multilateral else formats.BILATERAL,
                    level=rng.choice(levels),
                    status=status,
                    confidentiality=rng.choice(confidentialities),
                    start=start,
                    end=start + timedelta(hours=rng.choice([1, 2, 3])),
                    time_zone=rng.choice(TIME_ZONES),
                    location="Tokyo",
                    public_summary="Both sides exchanged views on AI governance.",
                    minutes="Internal minutes of the meeting.",
                    outcomes="Agreed to follow up in a working group.",
                    logged_by_id=rng.choice(users) if users else None,
                    live=True,
                    has_unpublished_changes=False,
                )
            )
            batch_partners.append(chosen)
        created = DialogueMeeting.objects.bulk_create(batch)
        partners_through.objects.bulk_create(
            partners_through(dialoguemeeting_id=meeting.pk, partner_id=partner.pk)
            for meeting, chosen in zip(created, batch_partners, strict=True)
            for partner in chosen
        )
        TaggedMeeting.objects.bulk_create(
            TaggedMeeting(content_object_id=meeting.pk, tag_id=tag)
            for meeting in created
            for tag in rng.sample(tag_ids, k=rng.randint(0, 2))
        )
        MeetingParticipant.objects.bulk_create(
            MeetingParticipant(
                meeting_id=meeting.pk, contact_id=contact, sort_order=order
            )
            for meeting in created
            for order, contact in enumerate(rng.sample(contact_ids, k=2))
        )
        today = now.date()
        items = []
        for meeting in created:
            for order in range(items_per_meeting):
                status = rng.choice(["open", "open", "done", "dropped"])
                items.append(
                    ActionItem(
                        meeting_id=meeting.pk,
                        description=f"Follow-up {order + 1} of {meeting.title}",
                        owner_id=rng.choice(users) if users else None,
                        due_on=today + timedelta(days=rng.randint(-400, 200)),
                        status=status,
                        closed_at=now if status != "open" else None,
                        sort_order=order,
                    )
                )
        ActionItem.objects.bulk_create(items, batch_size=BATCH_SIZE * 2)


# --- Measuring ----------------------------------------------------------------


def _timed(client, url: str, requests: int, warm_up: int) -> list[float]:
    for _ in range(warm_up):
        get(client, url)
    timings = []
    for _ in range(requests):
        began = time.perf_counter()
        get(client, url)
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def _lead_client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(email=TEAM_LEAD))
    return client


PAGES = [
    ("admin meeting listing (team lead)", "/admin/snippets/dialogues/dialoguemeeting/"),
    ("public partner page", "/partners/japan/"),
    ("meetings API", "/api/v1/meetings"),
]
FEED = "/events/calendar.ics"
# Building the feed anew (about 2,100 public meetings of two years here) takes
# seconds; it happens once after each change, so fewer of those are timed.
FEED_REBUILDS = 3


def _measure_pages(cases, requests: int = REQUESTS, warm_up: int = WARM_UP):
    from django.test import Client

    anonymous = Client()
    lead = _lead_client()
    rows = []
    for label, url in cases:
        client = lead if url.startswith("/admin/") else anonymous
        out(f"bench dialogues: {requests} × GET {url}")
        timings = _timed(client, url, requests, warm_up)
        median = statistics.median(timings)
        rows.append(_row(f"{label} {url}: median", median, "ms", MEDIAN_TARGET_MS))
        rows.append(_row(f"{label} {url}: p95", percentile(timings, 0.95), "ms"))
    return rows


def _measure_feed() -> list[dict]:
    """The iCal feed as calendar applications poll it (kept from the previous
    poll), then the first poll after a meeting changed (built anew)."""
    from django.test import Client

    from dialogues.caching import PUBLIC_MEETINGS

    rows = _measure_pages([("iCal feed, unchanged since the last poll", FEED)])
    client = Client()
    out(f"bench dialogues: {FEED_REBUILDS} × GET {FEED} after a meeting changed")
    timings = []
    for _ in range(FEED_REBUILDS):
        PUBLIC_MEETINGS.renew()
        began = time.perf_counter()
        response = get(client, FEED)
        timings.append((time.perf_counter() - began) * 1000)
    events = response.content.count(b"BEGIN:VEVENT")
    rows.append(
        _row(
            f"iCal feed {FEED}, first poll after a change ({events:,} events): median",
            statistics.median(timings),
            "ms",
        )
    )
    return rows


def _measure_briefing_pdf() -> list[dict]:
    from django.urls import reverse
    from django.utils import timezone

    from dialogues.models import DialogueMeeting

    meeting = (
        DialogueMeeting.objects.filter(
            title__startswith=TITLE_PREFIX,
            status=DialogueMeeting.Status.PLANNED,
            start__gte=timezone.now(),
            partners__slug="japan",
            format=DialogueMeeting.Format.BILATERAL,
        )
        .order_by("start")
        .first()
    )
    if meeting is None:
        return [
            _row("briefing pack PDF: no planned meeting with Japan", 1, "", ok=False)
        ]
    url = reverse("dialogues_briefing_pdf", args=[meeting.pk])
    out(f"bench dialogues: {PDF_REQUESTS} × GET {url}")
    client = _lead_client()
    get(client, url)  # warm up (fonts, templates)
    timings = []
    for _ in range(PDF_REQUESTS):
        began = time.perf_counter()
        get(client, url)
        timings.append(time.perf_counter() - began)
    return [
        _row(
            "briefing pack PDF (Japan, team lead): median",
            statistics.median(timings),
            "s",
            PDF_TARGET_S,
        ),
        _row(
            "briefing pack PDF (Japan, team lead): slowest",
            max(timings),
            "s",
            PDF_TARGET_S,
        ),
    ]


def _row(measure, value, unit, limit=None, *, ok=None) -> dict:
    """A result row, also printed as soon as it is measured."""
    result = row(measure, value, unit, limit, ok=ok)
    verdict = {True: "OK", False: "FAIL", None: "-"}[result["ok"]]
    out(f"  {measure}: {value:,.3f} {unit} ({result['target']}) {verdict}")
    return result
