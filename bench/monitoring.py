"""Monitoring benchmark: the tracker, the API, the CSV export and feed ingestion
on 100,000 published developments in PostgreSQL (issue "Performance").

Run with `make bench` or `python -m bench monitoring`, DATABASE_URL pointing at a
PostgreSQL database of its own (the data set is generated into it once, and
kept). Results are printed and written to bench/results/monitoring.json.
"""

import random
import statistics
import time
import tracemalloc
from datetime import date, timedelta

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

DEVELOPMENTS = 100_000
BATCH_SIZE = 5_000
# Every generated development's URL starts with this: it marks the data set, so
# a second run finds it and does not generate it again.
URL_PREFIX = "https://bench.outreach.invalid/developments/"
FEED_ITEM_PREFIX = "https://bench-feed.outreach.invalid/items/"
FEED_SOURCE_NAME = "Benchmark feed (temporary)"
FEED_ITEMS = 1_000
REQUESTS = 50
WARM_UP = 5
SEED = 20240601

COMMON_TERM = "transparency"  # in about a quarter of the titles or summaries
RARE_TERM = "watermarking"  # in about one in a thousand
FILTERS = "jurisdiction=JP&year=2024"

MEDIAN_TARGET_MS = 100.0
P95_TARGET_MS = 250.0
FIRST_BYTE_TARGET_S = 1.0
EXPORT_MEMORY_TARGET_MB = 100.0
INGESTION_TARGET_S = 5.0


JURISDICTIONS = [
    ("JP", "Japan", "country", "Asia"),
    ("US", "United States", "country", "North America"),
    ("CA", "Canada", "country", "North America"),
    ("GB", "United Kingdom", "country", "Europe"),
    ("CN", "China", "country", "Asia"),
    ("IN", "India", "country", "Asia"),
    ("KR", "South Korea", "country", "Asia"),
    ("SG", "Singapore", "country", "Asia"),
    ("AU", "Australia", "country", "Oceania"),
    ("NZ", "New Zealand", "country", "Oceania"),
    ("BR", "Brazil", "country", "Latin America"),
    ("MX", "Mexico", "country", "Latin America"),
    ("CL", "Chile", "country", "Latin America"),
    ("ZA", "South Africa", "country", "Africa"),
    ("NG", "Nigeria", "country", "Africa"),
    ("KE", "Kenya", "country", "Africa"),
    ("AE", "United Arab Emirates", "country", "Middle East"),
    ("CH", "Switzerland", "country", "Europe"),
    ("OECD", "OECD", "international_organisation", ""),
    ("G7", "G7", "forum", ""),
]
TOPICS = [
    "Generative AI",
    "Facial recognition",
    "Data protection",
    "Public sector",
    "Health",
    "Employment",
    "Research funding",
    "Standards",
]
# Title words: the common term is one of four subjects, the rare one almost never.
SUBJECTS = [COMMON_TERM, "accountability", "safety", "innovation"]
OBJECTS = [
    "artificial intelligence",
    "automated decision-making",
    "foundation models",
    "algorithmic systems",
    "machine learning",
    "biometric identification",
    "chatbots",
    "autonomous vehicles",
]
KINDS = [
    "act",
    "bill",
    "strategy",
    "guidelines",
    "framework",
    "code of practice",
    "white paper",
    "consultation",
]
FILLER = [
    "government",
    "ministry",
    "agency",
    "parliament",
    "regulator",
    "guidance",
    "obligations",
    "providers",
    "deployers",
    "citizens",
    "rights",
    "risk",
    "assessment",
    "audit",
    "oversight",
    "procurement",
    "education",
    "skills",
    "investment",
    "compute",
    "infrastructure",
    "cloud",
    "cybersecurity",
    "liability",
    "copyright",
    "disclosure",
    "labelling",
    "testing",
    "evaluation",
    "sandbox",
    "pilot",
    "enforcement",
    "penalties",
    "registry",
    "reporting",
    "incidents",
    "review",
]


def run() -> bool:
    if not uses_postgresql():
        out(
            "bench monitoring: DATABASE_URL must point at a PostgreSQL database "
            "(e.g. postgres://postgres@127.0.0.1:5432/portal_bench); the targets "
            "are set for PostgreSQL, and 100,000 rows are generated into it. "
            "Set REDIS_URL too, as in production. Skipped: FAIL."
        )
        return False
    setup_django()
    from django.core.management import call_command

    started = time.perf_counter()
    out("bench monitoring: migrating …")
    call_command("migrate", interactive=False, verbosity=0)
    generated = _ensure_data_set()
    analyze()
    results = []
    results += _measure_pages()
    results += _measure_export()
    results += _measure_ingestion()
    elapsed = time.perf_counter() - started
    return report(
        "monitoring",
        results,
        elapsed=elapsed,
        developments=DEVELOPMENTS,
        generated_this_run=generated,
    )


# --- The data set -----------------------------------------------------------


def _ensure_data_set() -> bool:
    """Generate DEVELOPMENTS published developments unless they are all there."""
    from django.db import transaction

    from monitoring.models import PolicyDevelopment

    existing = PolicyDevelopment.objects.filter(
        source_url__startswith=URL_PREFIX, review_status="published"
    ).count()
    if existing == DEVELOPMENTS:
        out(f"bench monitoring: {existing:,} developments already generated.")
        return False
    out(f"bench monitoring: generating {DEVELOPMENTS:,} developments …")
    began = time.perf_counter()
    with transaction.atomic():
        PolicyDevelopment.objects.filter(source_url__startswith=URL_PREFIX).delete()
        _generate()
    out(f"bench monitoring: generated in {time.perf_counter() - began:.1f} s.")
    return True


def _generate() -> None:
    from taggit.models import Tag

    from monitoring.models import (
        AIActElement,
        Jurisdiction,
        PolicyDevelopment,
        TaggedPolicyDevelopment,
    )

    rng = random.Random(SEED)  # noqa: S311 - test data, not secrets
    jurisdiction_ids = []
    for code, name, kind, region in JURISDICTIONS:
        jurisdiction, _ = Jurisdiction.objects.get_or_create(
            code=code, defaults={"name": name, "kind": kind, "region": region}
        )
        jurisdiction_ids.append(jurisdiction.pk)
    tag_ids = []
    for name in TOPICS:
        tag, _ = Tag.objects.get_or_create(
            name=name, defaults={"slug": name.lower().replace(" ", "-")}
        )
        tag_ids.append(tag.pk)

    types = PolicyDevelopment.InstrumentType.values
    stages = PolicyDevelopment.Stage.values
    significances = PolicyDevelopment.Significance.values
    elements = AIActElement.values
    first_day = date(2015, 1, 1)
    days = (date(2026, 12, 31) - first_day).days
    for start in range(0, DEVELOPMENTS, BATCH_SIZE):
        batch = []
        for number in range(start, start + BATCH_SIZE):
            subject = (
                RARE_TERM if rng.random() < 0.001 else rng.choice(SUBJECTS)
            ).capitalize()
            title = (
                f"{subject} in {rng.choice(OBJECTS)}: {rng.choice(KINDS)} "
                f"no. {number + 1}"
            )
            summary = " ".join(rng.choices(FILLER, k=rng.randint(25, 60))).capitalize()
            batch.append(
                PolicyDevelopment(
                    title=title,
                    summary=summary + ".",
                    jurisdiction_id=rng.choice(jurisdiction_ids),
                    instrument_type=rng.choice(types),
                    stage=rng.choice(stages),
                    significance=rng.choice(significances),
                    announced_on=first_day + timedelta(days=rng.randrange(days)),
                    ai_act_elements=rng.sample(elements, k=rng.randint(0, 3)),
                    source_url=f"{URL_PREFIX}{number + 1}",
                    review_status="published",
                )
            )
        created = PolicyDevelopment.objects.bulk_create(batch)
        TaggedPolicyDevelopment.objects.bulk_create(
            [
                TaggedPolicyDevelopment(content_object_id=development.pk, tag_id=tag)
                for development in created
                for tag in rng.sample(tag_ids, k=rng.randint(0, 2))
            ],
            batch_size=BATCH_SIZE,
        )


# --- Pages and API ----------------------------------------------------------


def _measure_pages() -> list[dict]:
    from django.test import Client

    client = Client()
    cases = [
        ("tracker", f"/tracker/?q={COMMON_TERM}&{FILTERS}"),
        ("tracker", f"/tracker/?q={RARE_TERM}&{FILTERS}"),
        ("api", f"/api/v1/developments?q={COMMON_TERM}&{FILTERS}"),
        ("api", f"/api/v1/developments?q={RARE_TERM}&{FILTERS}"),
    ]
    rows = []
    for _kind, url in cases:
        out(f"bench monitoring: {REQUESTS} × GET {url}")
        for _ in range(WARM_UP):
            get(client, url)
        timings = []
        for _ in range(REQUESTS):
            began = time.perf_counter()
            get(client, url)
            timings.append((time.perf_counter() - began) * 1000)
        count = _result_count(url)
        median = statistics.median(timings)
        p95 = percentile(timings, 0.95)
        label = f"GET {url} ({count} results)"
        rows.append(row(f"{label}: median", median, "ms", MEDIAN_TARGET_MS))
        rows.append(row(f"{label}: p95", p95, "ms", P95_TARGET_MS))
    return rows


def _result_count(url: str) -> int:
    """How many published developments the URL's filters match."""
    from django.http import QueryDict

    from monitoring.filters import DevelopmentFilter
    from monitoring.models import PolicyDevelopment

    data = QueryDict(url.partition("?")[2])
    published = PolicyDevelopment.objects.published()
    return DevelopmentFilter(data, queryset=published).qs.count()


# --- Export -----------------------------------------------------------------


def _measure_export() -> list[dict]:
    from django.test import Client

    client = Client()
    url = "/tracker/export.csv"
    out(f"bench monitoring: GET {url} (timed, then again under tracemalloc)")
    began = time.perf_counter()
    response = client.get(url)
    stream = iter(response.streaming_content)
    next(stream)  # the BOM and the header row
    first_byte = time.perf_counter() - began
    first_rows_chunk = next(stream)
    first_rows = time.perf_counter() - began
    first_lines = lines = first_rows_chunk.count(b"\n")
    size = len(first_rows_chunk)
    for chunk in stream:
        lines += chunk.count(b"\n")
        size += len(chunk)
    total = time.perf_counter() - began
    response.close()

    # Second pass for memory: tracemalloc slows Python down, so it is not timed.
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    response = client.get(url)
    for _chunk in response.streaming_content:
        pass
    response.close()
    peak = tracemalloc.get_traced_memory()[1] - baseline
    tracemalloc.stop()
    peak_mb = peak / 1024 / 1024

    return [
        row("export.csv: time to first byte", first_byte, "s", FIRST_BYTE_TARGET_S),
        row(
            f"export.csv: time to first data rows ({first_lines:,})",
            first_rows,
            "s",
            FIRST_BYTE_TARGET_S,
        ),
        row(f"export.csv: total ({lines:,} rows, {size / 1e6:.1f} MB)", total, "s"),
        row(
            "export.csv: peak Python memory growth while streaming",
            peak_mb,
            "MB",
            EXPORT_MEMORY_TARGET_MB,
        ),
        row(
            "export.csv: data rows streamed",
            lines,
            "rows",
            expected=DEVELOPMENTS,
            at_least=True,
        ),
    ]


# --- Ingestion --------------------------------------------------------------


def _feed(items: int) -> str:
    entries = "\n".join(
        f"<item><title>Benchmark item {number}: {COMMON_TERM} rules</title>"
        f"<link>{FEED_ITEM_PREFIX}{number}?utm_source=feed</link>"
        f"<description>&lt;p&gt;Summary of item {number}, about "
        f"oversight and audit.&lt;/p&gt;</description>"
        f"<pubDate>Mon, {1 + number % 28:02d} Jul 2024 08:00:00 GMT</pubDate></item>"
        for number in range(1, items + 1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        "<title>Benchmark feed</title><link>https://bench-feed.outreach.invalid/</link>"
        f"<description>Generated</description>\n{entries}\n</channel></rss>"
    )


def _clean_ingestion() -> None:
    from monitoring.models import PolicyDevelopment, Source

    PolicyDevelopment.objects.filter(source_url__startswith=FEED_ITEM_PREFIX).delete()
    Source.objects.filter(name=FEED_SOURCE_NAME).delete()


def _measure_ingestion() -> list[dict]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from monitoring.ingestion import ingest_due_sources
    from monitoring.models import PolicyDevelopment, Source
    from tests.monitoring.feedserver import FeedServer

    _clean_ingestion()  # what an interrupted run may have left
    try:
        with FeedServer() as server:
            # No ETag/Last-Modified: the re-poll must download and read all
            # 1,000 items again (a 304 would prove nothing).
            url = server.serve("/bench.xml", _feed(FEED_ITEMS), validators=False)
            source = Source.objects.create(name=FEED_SOURCE_NAME, url=url)
            out(f"bench monitoring: ingesting a {FEED_ITEMS:,}-item feed from {url}")
            began = time.perf_counter()
            (first,) = ingest_due_sources(source_ids=[source.pk])
            first_s = time.perf_counter() - began
            created = PolicyDevelopment.objects.filter(source=source).count()

            with CaptureQueriesContext(connection) as queries:
                began = time.perf_counter()
                (second,) = ingest_due_sources(source_ids=[source.pk])
                second_s = time.perf_counter() - began
            statements = [query["sql"].lstrip().upper() for query in queries]
            inserts = sum(sql.startswith("INSERT") for sql in statements)
            updates = [sql for sql in statements if sql.startswith("UPDATE")]
            deletes = sum(sql.startswith("DELETE") for sql in statements)
            source_updates = sum('"MONITORING_SOURCE"' in sql for sql in updates)
    finally:
        _clean_ingestion()
    status_ok = first.status == "ok" and second.status == "ok"
    return [
        row(
            f"ingestion: first poll of {FEED_ITEMS:,} items "
            f"(status {first.status}, {first.new_items} new)",
            first_s,
            "s",
            INGESTION_TARGET_S,
        ),
        row(
            "ingestion: candidates created by the first poll",
            created,
            "rows",
            expected=FEED_ITEMS,
        ),
        row(
            f"ingestion: re-poll (status {second.status}, {second.new_items} new, "
            f"{len(statements)} queries)",
            second_s,
            "s",
            INGESTION_TARGET_S,
            ok=None if status_ok else False,
        ),
        row("ingestion: re-poll INSERTs", inserts, "queries", expected=0),
        row("ingestion: re-poll DELETEs", deletes, "queries", expected=0),
        row(
            "ingestion: re-poll UPDATEs (all of the Source)",
            len(updates),
            "queries",
            expected=1,
            ok=len(updates) == 1 and source_updates == 1,
        ),
    ]


# --- Report -----------------------------------------------------------------
