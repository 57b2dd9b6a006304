"""Feed ingestion against a real HTTP server on 127.0.0.1 (see feedserver.py).

Nothing here mocks HTTP: the feeds, the 304s, the 404s and the servers that hang
or drip are real sockets.
"""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from monitoring import ingestion, tasks
from monitoring.ingestion import canonical_url, ingest_due_sources, poll_source
from monitoring.models import PolicyDevelopment, Source

from .factories import DevelopmentFactory, JurisdictionFactory, SourceFactory
from .feedserver import FeedServer, free_port

NOW = datetime.datetime(2025, 6, 2, 8, 0, tzinfo=datetime.UTC)
Candidate = PolicyDevelopment.ReviewStatus.CANDIDATE


@pytest.fixture
def feeds():
    with FeedServer() as server:
        yield server


@pytest.fixture(autouse=True)
def _timeout(settings):
    # Generous for the good local feeds, even on a busy machine...
    settings.INGESTION_TIMEOUT = 10


@pytest.fixture
def short_timeout(settings):
    # ...and short where a server hangs, so that the suite does not wait long.
    settings.INGESTION_TIMEOUT = 1


def rss(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link></item>"
        for title, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Generated</title><link>https://example.org/</link>{entries}"
        "</channel></rss>"
    )


def urls_on_file():
    return set(PolicyDevelopment.objects.values_list("source_url", flat=True))


# --- canonical URLs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("https://Example.ORG/Path/", None, "https://example.org/Path"),
        ("HTTP://example.org:80/a", None, "http://example.org/a"),
        ("https://example.org:443/a", None, "https://example.org/a"),
        ("https://example.org:8443/a", None, "https://example.org:8443/a"),
        ("https://example.org", None, "https://example.org/"),
        ("https://example.org/?", None, "https://example.org/"),
        ("https://example.org/a#section-2", None, "https://example.org/a"),
        (
            "https://example.org/a/?utm_source=rss&utm_MEDIUM=x&id=7#top",
            None,
            "https://example.org/a?id=7",
        ),
        (
            "https://example.org/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=5&_ga=6",
            None,
            "https://example.org/a",
        ),
        (
            "https://example.org/a?b=2&a=1&c=3",
            None,
            "https://example.org/a?a=1&b=2&c=3",
        ),
        ("https://example.org/a?id=2&id=1", None, "https://example.org/a?id=2&id=1"),
        ("https://example.org/a/./b/../c/", None, "https://example.org/a/c"),
        (
            "/news/item-1/",
            "https://Example.org/feed.xml",
            "https://example.org/news/item-1",
        ),
        (
            "item-1",
            "https://example.org/news/feed.xml",
            "https://example.org/news/item-1",
        ),
        ("https://example.org/a b", None, "https://example.org/a%20b"),
        ("https://example.org/caf%C3%A9", None, "https://example.org/caf%C3%A9"),
        ("  https://example.org/a  ", None, "https://example.org/a"),
    ],
)
def test_canonical_url(url, base, expected):
    assert canonical_url(url, base=base) == expected


def test_url_variants_have_one_canonical_form():
    variants = [
        "https://www.example.gov/ai-act",
        "https://www.example.gov/ai-act/",
        "https://WWW.Example.gov:443/ai-act#summary",
        "https://www.example.gov/ai-act?utm_source=newsletter&utm_campaign=x",
        "https://www.example.gov/ai-act/?fbclid=abc#top",
    ]
    assert {canonical_url(url) for url in variants} == {
        "https://www.example.gov/ai-act"
    }


# --- one feed: what is created --------------------------------------------------


def test_rss20_items_become_candidates_with_their_fields(db, feeds):
    japan = JurisdictionFactory(code="JP", name="Japan")
    source = SourceFactory(url=feeds.url("/feeds/rss20.xml"), jurisdiction=japan)

    result = poll_source(source, now=NOW)

    assert result.status == Source.Status.OK
    assert result.new_items == 6  # 7 items, one without a link
    developments = {d.source_url: d for d in PolicyDevelopment.objects.all()}
    assert set(developments) == {
        "https://commission.europa.eu/news/ai-act-enters-force-2024-08-01_en?lang=en",
        "https://www.cao.go.jp/en/ai-promotion-act",
        "https://www.msit.go.kr/eng/ai-basic-act",
        feeds.url("/news/consultation-gpai-code"),  # relative link, resolved
        "https://www.gov.uk/government/publications/"
        "ai-regulation-a-pro-innovation-approach",  # a permalink guid
        "https://ised-isde.canada.ca/site/innovation-better-canada/en/aida",
    }
    for development in developments.values():
        assert development.review_status == Candidate
        assert development.jurisdiction == japan
        assert development.source == source
        assert development.stage == PolicyDevelopment.Stage.PROPOSED
        assert (
            development.instrument_type == PolicyDevelopment.InstrumentType.LEGISLATION
        )

    in_force = developments[
        "https://commission.europa.eu/news/ai-act-enters-force-2024-08-01_en?lang=en"
    ]
    assert in_force.title == "EU AI Act enters into force"
    assert in_force.announced_on == datetime.date(2024, 8, 1)
    # HTML stripped (script included), entities unescaped, whitespace collapsed
    assert in_force.summary == "The AI Act & its risk-based rules now apply in stages."

    japan_act = developments["https://www.cao.go.jp/en/ai-promotion-act"]
    assert japan_act.title == "Japan passes the AI Promotion Act & a basic plan"
    assert japan_act.announced_on == datetime.date(2025, 5, 28)  # the +0900 date
    korea = developments["https://www.msit.go.kr/eng/ai-basic-act"]
    assert korea.title == "Korea's AI Basic Act adopted"

    undated = developments[feeds.url("/news/consultation-gpai-code")]
    assert undated.announced_on is None

    canada = developments[
        "https://ised-isde.canada.ca/site/innovation-better-canada/en/aida"
    ]
    assert len(canada.title) <= 300
    assert canada.title.startswith("Canada's Artificial Intelligence and Data Act")
    assert canada.title.endswith("…")
    assert not PolicyDevelopment.objects.filter(title__contains="without a link")


def test_successful_poll_is_recorded_on_the_source(db, feeds):
    source = SourceFactory(
        url=feeds.url("/feeds/rss20.xml"),
        poll_interval=60,
        consecutive_failures=3,
        last_error="HTTP 500",
    )

    poll_source(source, now=NOW)

    source.refresh_from_db()
    assert source.last_status == Source.Status.OK
    assert source.last_fetched_at == NOW
    assert source.last_new_items == 6
    assert source.last_error == ""
    assert source.consecutive_failures == 0
    assert source.next_poll_at == NOW + datetime.timedelta(minutes=60)
    assert source.etag.startswith('"')
    assert source.last_modified == "Mon, 01 Jul 2024 08:00:00 GMT"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "/feeds/rss091.xml",
            {
                (
                    "OECD AI Principles updated",
                    "https://oecd.ai/en/ai-principles",
                    None,
                ),
                (
                    "Hiroshima AI Process reporting framework",
                    "https://oecd.ai/en/hiroshima-ai-process/reporting-framework",
                    None,
                ),
            },
        ),
        (
            "/feeds/rss10.rdf",
            {
                (
                    "Framework Convention on Artificial Intelligence opened for "
                    "signature",
                    "https://www.coe.int/en/web/artificial-intelligence/"
                    "the-framework-convention-on-artificial-intelligence",
                    datetime.date(2024, 9, 5),
                ),
                (
                    "HUDERIA risk and impact assessment methodology",
                    "https://www.coe.int/en/web/artificial-intelligence/huderia",
                    datetime.date(2024, 11, 28),
                ),
            },
        ),
        (
            "/feeds/atom.atom",
            {
                (  # title type="html", link relative to the feed's xml:base
                    "AI Guidelines for Business version 1.1",
                    "https://www.meti.go.jp/english/press/2025/0328_001.html",
                    datetime.date(2025, 3, 28),
                ),
                (  # title type="xhtml", link relative to the entry's xml:base
                    "Hiroshima AI Process Friends Group",
                    "https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/"
                    "hiroshima-ai-process.html",
                    datetime.date(2024, 5, 2),
                ),
                (
                    "Undated entry",
                    "https://www.meti.go.jp/english/policy/mono_info_service/"
                    "information_economy/artificial_intelligence",
                    None,
                ),
            },
        ),
        (
            # declared UTF-8, written in Latin-1: decoded, not dropped
            "/feeds/latin1.xml",
            {
                (
                    "Stratégie nationale en IA : deuxième phase",
                    "https://www.quebec.ca/nouvelles/strategie-ia-deuxieme-phase",
                    datetime.date(2024, 10, 15),
                )
            },
        ),
    ],
    ids=["rss-0.91", "rss-1.0", "atom", "latin1-declared-utf8"],
)
def test_every_feed_format_is_ingested(db, feeds, path, expected):
    source = SourceFactory(url=feeds.url(path))

    result = poll_source(source, now=NOW)

    assert result.status == Source.Status.OK
    assert (
        set(
            PolicyDevelopment.objects.values_list("title", "source_url", "announced_on")
        )
        == expected
    )


def test_atom_summary_and_content_are_plain_text(db, feeds):
    poll_source(SourceFactory(url=feeds.url("/feeds/atom.atom")), now=NOW)

    summaries = set(PolicyDevelopment.objects.values_list("summary", flat=True))
    assert "Updated guidelines for AI developers, providers and business users." in (
        summaries
    )
    assert "Launched with 49 countries and regions." in summaries


# --- re-polling ---------------------------------------------------------------


def test_repoll_sends_validators_and_a_304_changes_nothing(
    db, feeds, django_assert_max_num_queries
):
    source = SourceFactory(url=feeds.url("/feeds/rss20.xml"), poll_interval=30)
    poll_source(source, now=NOW)
    before = urls_on_file()
    later = NOW + datetime.timedelta(hours=1)

    with django_assert_max_num_queries(1):  # the source's bookkeeping only
        result = poll_source(source, now=later)

    assert result.status == Source.Status.NOT_MODIFIED
    assert result.new_items == 0
    second_request = feeds.requests_for("/feeds/rss20.xml")[1]
    assert second_request["if-none-match"] == source.etag
    assert second_request["if-modified-since"] == "Mon, 01 Jul 2024 08:00:00 GMT"
    assert urls_on_file() == before
    source.refresh_from_db()
    assert source.last_status == Source.Status.NOT_MODIFIED
    assert source.last_new_items == 0
    assert source.etag  # kept for the next conditional GET
    assert source.next_poll_at == later + datetime.timedelta(minutes=30)


@pytest.mark.parametrize("items", [3, 30])
def test_repoll_without_validators_does_no_per_item_writes(
    db, feeds, django_assert_max_num_queries, items
):
    """A server that ignores conditional GET: one lookup, one UPDATE, any size."""
    body = rss([(f"Item {n}", f"https://example.org/items/{n}") for n in range(items)])
    url = feeds.serve("/plain.xml", body, validators=False)
    source = SourceFactory(url=url)
    poll_source(source, now=NOW)
    assert PolicyDevelopment.objects.count() == items

    with django_assert_max_num_queries(2):
        result = poll_source(source, now=NOW)

    assert (result.status, result.new_items, result.items_seen) == ("ok", 0, items)
    assert PolicyDevelopment.objects.count() == items
    assert "if-none-match" not in feeds.requests_for("/plain.xml")[1]


def test_a_thousand_item_feed_then_a_repoll(db, feeds, django_assert_max_num_queries):
    body = rss(
        [
            (
                f"AI regulation update {n}",
                f"https://gazette.example.org/ai/{n}?utm_id={n}",
            )
            for n in range(1000)
        ]
    )
    source = SourceFactory(url=feeds.serve("/big.xml", body, validators=False))

    first = poll_source(source, now=NOW)

    assert first.new_items == 1000
    assert PolicyDevelopment.objects.filter(review_status=Candidate).count() == 1000
    assert PolicyDevelopment.objects.filter(
        source_url="https://gazette.example.org/ai/999"
    ).exists()

    with django_assert_max_num_queries(2):
        again = poll_source(source, now=NOW)

    assert again.new_items == 0
    assert PolicyDevelopment.objects.count() == 1000
    source.refresh_from_db()
    assert source.last_new_items == 0


def test_items_added_to_a_feed_are_picked_up(db, feeds):
    source = SourceFactory(
        url=feeds.serve("/growing.xml", rss([("One", "https://example.org/1")]))
    )
    poll_source(source, now=NOW)
    feeds.serve(
        "/growing.xml",
        rss([("Two", "https://example.org/2"), ("One", "https://example.org/1")]),
    )

    result = poll_source(source, now=NOW)  # new body, new ETag: a 200

    assert (result.status, result.new_items) == ("ok", 1)
    assert urls_on_file() == {"https://example.org/1", "https://example.org/2"}


# --- duplicates -------------------------------------------------------------


def test_two_feeds_with_the_same_items_make_one_development_each(db, feeds):
    first = SourceFactory(url=feeds.url("/feeds/rss20.xml"))
    second = SourceFactory(url=feeds.url("/feeds/mirror.xml"))

    results = ingest_due_sources(source_ids=[first.pk, second.pk], now=NOW)

    # mirror.xml: three items already in rss20.xml (with utm_*, mc_*, gclid, _ga,
    # ref, #fragment, trailing slash, :443, upper-case host), and one new item
    # that it lists twice.
    assert [r.new_items for r in results] == [6, 1]
    assert PolicyDevelopment.objects.count() == 7
    in_force = PolicyDevelopment.objects.get(
        source_url="https://commission.europa.eu/news/ai-act-enters-force-2024-08-01_en?lang=en"
    )
    assert in_force.source == first
    assert in_force.title == "EU AI Act enters into force"
    singapore = PolicyDevelopment.objects.get(source=second)
    assert singapore.source_url == (
        "https://www.pdpc.gov.sg/help-and-resources/2020/01/model-ai-governance-framework"
    )
    assert singapore.announced_on == datetime.date(2020, 1, 21)


def test_an_item_inserted_meanwhile_is_skipped_not_an_error(db, feeds):
    """bulk_create ignores the conflict a concurrent poll would cause."""
    source = SourceFactory(
        url=feeds.serve("/race.xml", rss([("A", "https://e.org/a")]))
    )
    item = ingestion.FeedItem("https://e.org/a", "A", "", None)
    [candidate] = ingestion._new_candidates(source, [item])  # looked up: not there
    DevelopmentFactory(source_url="https://e.org/a")  # ...another worker wins

    PolicyDevelopment.objects.bulk_create([candidate], ignore_conflicts=True)

    assert PolicyDevelopment.objects.filter(source_url="https://e.org/a").count() == 1


def test_dismissed_and_published_developments_are_never_recreated_or_changed(db, feeds):
    dismissed = DevelopmentFactory(
        source_url="https://www.cao.go.jp/en/ai-promotion-act",
        review_status=PolicyDevelopment.ReviewStatus.DISMISSED,
        title="Not relevant",
    )
    published = DevelopmentFactory(
        source_url="https://www.msit.go.kr/eng/ai-basic-act",
        title="Korea: AI Basic Act",
    )
    source = SourceFactory(url=feeds.url("/no-validators/feeds/rss20.xml"))

    for _ in range(2):
        result = poll_source(source, now=NOW)

    assert result.new_items == 0
    assert PolicyDevelopment.objects.count() == 6
    dismissed.refresh_from_db()
    published.refresh_from_db()
    assert dismissed.review_status == PolicyDevelopment.ReviewStatus.DISMISSED
    assert dismissed.title == "Not relevant"
    assert published.title == "Korea: AI Basic Act"
    assert published.source is None


# --- failures ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status", "error"),
    [
        ("/feeds/missing.xml", "http_error", "HTTP 404"),
        ("/status/500", "http_error", "HTTP 500"),
        ("/feeds/not-a-feed.html", "parse_error", "Not an RSS or Atom feed"),
        ("/garbage", "parse_error", "Not an RSS or Atom feed"),
        ("/empty", "parse_error", "empty"),
        ("/hang", "timeout", "No complete response within 1 s"),
        ("/drip", "timeout", "No complete response within 1 s"),
        ("/drip-headers", "timeout", "No complete response within 1 s"),
    ],
)
def test_a_broken_feed_is_recorded_with_backoff(
    db, feeds, short_timeout, path, status, error
):
    feeds.serve("/garbage", bytes(range(256)) * 20, content_type="text/plain")
    feeds.serve("/empty", b"")
    source = SourceFactory(url=feeds.url(path), poll_interval=60)

    result = poll_source(source, now=NOW)

    assert result.status == status
    assert error in result.error
    source.refresh_from_db()
    assert source.last_status == status
    assert error in source.last_error
    assert source.last_fetched_at == NOW
    assert source.consecutive_failures == 1
    assert source.next_poll_at == NOW + datetime.timedelta(minutes=60 * 2)
    assert not PolicyDevelopment.objects.exists()


def test_connection_refused_is_recorded(db):
    source = SourceFactory(url=f"http://127.0.0.1:{free_port()}/feed.xml")

    result = poll_source(source, now=NOW)

    assert result.status == Source.Status.CONNECTION_ERROR
    assert "refused" in result.error.lower()
    source.refresh_from_db()
    assert source.last_status == Source.Status.CONNECTION_ERROR
    assert source.consecutive_failures == 1


def test_a_response_over_the_size_limit_is_refused(db, feeds, settings):
    settings.INGESTION_MAX_BYTES = 1024
    source = SourceFactory(url=feeds.url("/feeds/rss20.xml"))

    result = poll_source(source, now=NOW)

    assert result.status == Source.Status.HTTP_ERROR
    assert "larger than 1 KiB" in result.error
    assert not PolicyDevelopment.objects.exists()


def test_backoff_doubles_up_to_a_week_and_success_resets_it(db, feeds):
    source = SourceFactory(url=feeds.url("/status/503"), poll_interval=60)
    delays = []
    for _ in range(8):
        poll_source(source, now=NOW)
        source.refresh_from_db()
        delays.append(source.next_poll_at - NOW)
    hours = [delay / datetime.timedelta(hours=1) for delay in delays]
    assert hours == [2, 4, 8, 16, 32, 64, 64, 64]  # 2**min(failures, 6)
    assert source.consecutive_failures == 8

    slow = SourceFactory(url=feeds.url("/status/503?slow"), poll_interval=60 * 24 * 3)
    poll_source(slow, now=NOW)
    slow.refresh_from_db()
    assert slow.next_poll_at == NOW + datetime.timedelta(days=6)
    poll_source(slow, now=NOW)
    slow.refresh_from_db()
    assert slow.next_poll_at == NOW + datetime.timedelta(days=7)  # the cap

    source.url = feeds.url("/feeds/rss10.rdf")
    source.save()
    poll_source(source, now=NOW)
    source.refresh_from_db()
    assert source.consecutive_failures == 0
    assert source.last_error == ""
    assert source.next_poll_at == NOW + datetime.timedelta(minutes=60)


def test_one_run_survives_broken_sources_and_ingests_the_others(
    db, feeds, short_timeout
):
    good = SourceFactory(name="Good RSS 2.0", url=feeds.url("/feeds/rss20.xml"))
    missing = SourceFactory(name="Gone", url=feeds.url("/feeds/gone.xml"))
    hanging = SourceFactory(name="Hangs", url=feeds.url("/hang"))
    html = SourceFactory(name="HTML", url=feeds.url("/feeds/not-a-feed.html"))
    also_good = SourceFactory(name="Good RDF", url=feeds.url("/feeds/rss10.rdf"))

    results = ingest_due_sources(now=NOW)

    by_source = {result.source_id: result for result in results}
    assert by_source[good.pk].new_items == 6
    assert by_source[also_good.pk].new_items == 2
    assert by_source[missing.pk].status == "http_error"
    assert by_source[hanging.pk].status == "timeout"
    assert by_source[html.pk].status == "parse_error"
    assert PolicyDevelopment.objects.count() == 8
    assert set(
        Source.objects.filter(consecutive_failures=1).values_list("name", flat=True)
    ) == {"Gone", "Hangs", "HTML"}


def test_an_unexpected_error_in_one_source_is_recorded_and_the_run_goes_on(
    db, feeds, monkeypatch
):
    """Fault injection: a bug in parsing one feed (the only way to provoke one)."""
    broken = SourceFactory(name="Broken", url=feeds.url("/feeds/atom.atom"))
    SourceFactory(name="Fine", url=feeds.url("/feeds/rss10.rdf"))
    real_parse = ingestion.parse_feed

    def parse_feed(body, *, url, headers):
        if url == broken.url:
            raise RuntimeError("parser bug")
        return real_parse(body, url=url, headers=headers)

    monkeypatch.setattr(ingestion, "parse_feed", parse_feed)

    results = ingest_due_sources(now=NOW)

    assert [(r.source_name, r.new_items) for r in results] == [
        ("Broken", 0),
        ("Fine", 2),
    ]
    broken.refresh_from_db()
    assert broken.last_error == "Unexpected error: RuntimeError: parser bug"
    assert broken.last_status == ingestion.UNEXPECTED_ERROR_STATUS
    assert broken.consecutive_failures == 1
    assert broken.next_poll_at > NOW


def test_only_due_active_sources_are_polled_unless_named(db, feeds):
    due = SourceFactory(url=feeds.url("/feeds/rss091.xml"), next_poll_at=NOW)
    later = SourceFactory(
        url=feeds.url("/feeds/rss10.rdf"),
        next_poll_at=NOW + datetime.timedelta(minutes=5),
    )
    inactive = SourceFactory(url=feeds.url("/feeds/atom.atom"), active=False)

    assert [r.source_id for r in ingest_due_sources(now=NOW)] == [due.pk]
    assert [r.source_id for r in ingest_due_sources(now=NOW)] == []  # now not due

    named = ingest_due_sources(source_ids=[later.pk, inactive.pk], now=NOW)

    assert [r.source_id for r in named] == [later.pk, inactive.pk]
    assert PolicyDevelopment.objects.count() == 2 + 2 + 3


# --- management command and Celery task -------------------------------------


def test_command_polls_due_sources_and_prints_one_line_each(db, feeds):
    SourceFactory(name="Council of Europe", url=feeds.url("/feeds/rss10.rdf"))
    SourceFactory(name="Moved feed", url=feeds.url("/feeds/old.xml"))
    out = StringIO()

    call_command("ingest_feeds", stdout=out)

    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("Council of Europe (#")
    assert lines[0].endswith("): ok, 2 new")
    assert lines[1].startswith("Moved feed (#")
    assert lines[1].endswith("): http_error, 0 new: HTTP 404 Not Found")
    assert lines[2] == "2 source(s) polled, 2 new candidate(s), 1 failed."

    out = StringIO()
    call_command("ingest_feeds", stdout=out)
    assert out.getvalue() == "No source is due.\n"


def test_command_source_option_polls_that_source_even_if_not_due(db, feeds):
    wanted = SourceFactory(
        name="METI",
        url=feeds.url("/feeds/atom.atom"),
        next_poll_at=timezone.now() + datetime.timedelta(days=1),
    )
    SourceFactory(name="Other", url=feeds.url("/feeds/rss10.rdf"))  # due, not named
    out = StringIO()

    call_command("ingest_feeds", "--source", str(wanted.pk), stdout=out)

    assert out.getvalue().splitlines()[0] == f"METI (#{wanted.pk}): ok, 3 new"
    assert set(PolicyDevelopment.objects.values_list("source__name", flat=True)) == {
        "METI"
    }


def test_command_rejects_an_unknown_source_id(db, feeds):
    source = SourceFactory(url=feeds.url("/feeds/rss10.rdf"))

    with pytest.raises(CommandError, match="No source with id 999999"):
        call_command(
            "ingest_feeds",
            "--source",
            str(source.pk),
            "--source",
            "999999",
            stdout=StringIO(),
        )

    assert not PolicyDevelopment.objects.exists()  # nothing half-done


def test_celery_task_returns_a_json_summary_and_is_idempotent(db, feeds):
    good = SourceFactory(name="Good", url=feeds.url("/feeds/rss091.xml"))
    bad = SourceFactory(name="Bad", url=feeds.url("/status/500"))

    summary = tasks.ingest_feeds.apply(kwargs={"source_ids": [good.pk, bad.pk]}).get()

    assert json.loads(json.dumps(summary)) == summary
    assert summary["sources"] == 2
    assert summary["new_items"] == 2
    assert summary["failed"] == 1
    assert [(r["source_id"], r["status"]) for r in summary["results"]] == [
        (good.pk, "ok"),
        (bad.pk, "http_error"),
    ]

    again = tasks.ingest_feeds.apply(kwargs={"source_ids": [good.pk]}).get()
    assert again["new_items"] == 0
    assert PolicyDevelopment.objects.count() == 2


def test_celery_task_without_ids_polls_the_due_sources(db, feeds):
    SourceFactory(url=feeds.url("/feeds/rss10.rdf"))

    summary = tasks.ingest_feeds.apply().get()

    assert (summary["sources"], summary["new_items"]) == (1, 2)


def test_poll_source_task_polls_one_source_and_ignores_a_deleted_one(db, feeds):
    source = SourceFactory(url=feeds.url("/feeds/rss10.rdf"))

    result = tasks.poll_source.apply(args=[source.pk]).get()

    assert (result["status"], result["new_items"]) == ("ok", 2)
    assert tasks.poll_source.apply(args=[999999]).get() is None
