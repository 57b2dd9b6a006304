"""The public tracker: /tracker/, /tracker/<id>/ and /tracker/export.csv."""

import csv
import datetime
import io

import pytest
from django.core.cache import cache
from django.db import connection
from django.urls import reverse

from monitoring.models import PolicyDevelopment, StageChange
from monitoring.services import dismiss_developments

from .factories import DevelopmentFactory, JurisdictionFactory

TRACKER = reverse("monitoring:tracker")
EXPORT = reverse("monitoring:tracker_export")
Status = PolicyDevelopment.ReviewStatus
Type = PolicyDevelopment.InstrumentType
Stage = PolicyDevelopment.Stage

# Bounds proved with 3 rows and with 40: they do not grow with the data.
# On an empty cache: the option lists and the tally (3), the page and its topics
# (2), and the site's header (the site, the menu).
TRACKER_MAX_QUERIES = 7
# The site's header adds two queries on an empty cache (the site, the menu).
DETAIL_MAX_QUERIES = 5 + 2
EXPORT_MAX_QUERIES = 3  # one SELECT, inside a savepoint in tests


@pytest.fixture
def japan(db):
    return JurisdictionFactory(code="JP", name="Japan")


@pytest.fixture
def korea(db):
    return JurisdictionFactory(code="KR", name="South Korea")


@pytest.fixture
def hidden(db, japan):
    """A candidate and a dismissed development that match every public query."""
    common = {
        "jurisdiction": japan,
        "instrument_type": Type.STRATEGY,
        "stage": Stage.ADOPTED,
        "announced_on": datetime.date(2024, 6, 1),
        "topics": ["robotics"],
        "summary": "Robotics strategy that the public must never see.",
    }
    return [
        DevelopmentFactory(
            title="Candidate robotics strategy",
            review_status=Status.CANDIDATE,
            **common,
        ),
        DevelopmentFactory(
            title="Dismissed robotics strategy",
            review_status=Status.DISMISSED,
            **common,
        ),
    ]


def titles_in(response) -> str:
    return response.content.decode()


def export_rows(response) -> list[dict]:
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())
    text = body.decode("utf-8").removeprefix("\ufeff")
    return list(csv.DictReader(io.StringIO(text)))


# --- published only ---------------------------------------------------------


def test_candidates_and_dismissed_never_reach_the_public(client, japan, hidden):
    published = DevelopmentFactory(
        title="Published robotics strategy",
        jurisdiction=japan,
        instrument_type=Type.STRATEGY,
        announced_on=datetime.date(2024, 6, 2),
        topics=["robotics"],
    )
    queries = [
        {},
        {"q": "robotics"},
        {"q": "robotics", "jurisdiction": "JP", "topic": "robotics", "year": "2024"},
        {"type": "strategy", "stage": "adopted", "sort": "oldest"},
    ]
    for params in queries:
        page = client.get(TRACKER, params).content.decode()
        assert "Published robotics strategy" in page
        assert "Candidate robotics strategy" not in page
        assert "Dismissed robotics strategy" not in page
        exported = [row["title"] for row in export_rows(client.get(EXPORT, params))]
        assert exported == ["Published robotics strategy"]

    for development in hidden:
        url = reverse("monitoring:development_detail", args=[development.pk])
        assert client.get(url).status_code == 404
    detail = client.get(published.get_absolute_url()).content.decode()
    assert "Candidate robotics strategy" not in detail
    assert "Dismissed robotics strategy" not in detail


def test_tracker_counts_only_published_developments(client, japan, hidden):
    DevelopmentFactory.create_batch(3, jurisdiction=japan)
    response = client.get(TRACKER)
    assert response.status_code == 200
    assert "3 developments" in response.content.decode()


# --- the list -----------------------------------------------------------------


def test_tracker_page_has_intro_form_and_rows(client, japan):
    development = DevelopmentFactory(
        title="AI Promotion Act",
        jurisdiction=japan,
        instrument_type=Type.LEGISLATION,
        stage=Stage.IN_FORCE,
        announced_on=datetime.date(2025, 5, 28),
        last_verified_on=datetime.date(2025, 6, 30),
        topics=["governance", "research"],
    )
    response = client.get(TRACKER)
    page = response.content.decode()
    assert "<h1>AI policy tracker</h1>" in page
    assert "triaged by the programme's analysts" in page
    for name in ("q", "jurisdiction", "type", "stage", "topic", "year", "sort"):
        assert f'<label for="id_{name}"' in page
    assert '<button type="submit"' in page
    assert '<option value="JP">Japan</option>' in page
    assert '<option value="governance">governance</option>' in page
    assert f'href="{development.get_absolute_url()}">AI Promotion Act</a>' in page
    assert "Legislation" in page
    assert "In force" in page  # the stage as words, not only a colour
    assert '<time datetime="2025-05-28">' in page
    assert '<time datetime="2025-06-30">' in page
    assert "1 development<" in page
    assert '<th scope="col">Last verified</th>' in page
    assert f'href="{EXPORT}"' in page
    assert reverse("monitoring:developments_feed") in page


def test_filters_combine(client, japan, korea):
    match = DevelopmentFactory(
        title="Japan guideline on robots 2023",
        jurisdiction=japan,
        instrument_type=Type.GUIDELINE,
        stage=Stage.ADOPTED,
        announced_on=datetime.date(2023, 3, 1),
        topics=["robotics"],
    )
    # Each differs from the match in one filter only.
    DevelopmentFactory(
        title="Korea guideline on robots 2023",
        jurisdiction=korea,
        instrument_type=Type.GUIDELINE,
        announced_on=datetime.date(2023, 3, 1),
        topics=["robotics"],
    )
    DevelopmentFactory(
        title="Japan law on robots 2023",
        jurisdiction=japan,
        instrument_type=Type.LEGISLATION,
        announced_on=datetime.date(2023, 3, 1),
        topics=["robotics"],
    )
    DevelopmentFactory(
        title="Japan proposed guideline on robots 2023",
        jurisdiction=japan,
        instrument_type=Type.GUIDELINE,
        stage=Stage.PROPOSED,
        announced_on=datetime.date(2023, 3, 1),
        topics=["robotics"],
    )
    DevelopmentFactory(
        title="Japan guideline on robots 2024",
        jurisdiction=japan,
        instrument_type=Type.GUIDELINE,
        announced_on=datetime.date(2024, 3, 1),
        topics=["robotics"],
    )
    DevelopmentFactory(
        title="Japan guideline on privacy 2023",
        jurisdiction=japan,
        instrument_type=Type.GUIDELINE,
        announced_on=datetime.date(2023, 3, 1),
        topics=["privacy"],
    )
    params = {
        "jurisdiction": "JP",
        "type": "guideline",
        "stage": "adopted",
        "topic": "robotics",
        "year": "2023",
    }
    response = client.get(TRACKER, params)
    assert response.status_code == 200
    assert [d.pk for d in response.context["developments"]] == [match.pk]
    assert "1 development<" in response.content.decode()
    assert [row["id"] for row in export_rows(client.get(EXPORT, params))] == [
        str(match.pk)
    ]


def test_search_finds_words_in_title_and_summary(client, japan):
    in_title = DevelopmentFactory(title="Robotics promotion plan", jurisdiction=japan)
    in_summary = DevelopmentFactory(
        title="Innovation plan", summary="Covers robotics in factories."
    )
    DevelopmentFactory(title="Data protection plan", summary="About personal data.")
    response = client.get(TRACKER, {"q": "robotics"})
    found = {d.pk for d in response.context["developments"]}
    assert found == {in_title.pk, in_summary.pk}


def test_sorting(client, japan):
    old = DevelopmentFactory(title="Old", announced_on=datetime.date(2019, 1, 1))
    new = DevelopmentFactory(title="New", announced_on=datetime.date(2025, 1, 1))
    middle = DevelopmentFactory(title="Middle", announced_on=datetime.date(2022, 1, 1))

    def order(**params):
        response = client.get(TRACKER, params)
        return [d.pk for d in response.context["developments"]]

    assert order() == [new.pk, middle.pk, old.pk]
    assert order(sort="newest") == [new.pk, middle.pk, old.pk]
    assert order(sort="oldest") == [old.pk, middle.pk, new.pk]
    # Relevance without a search falls back to newest first.
    assert order(sort="relevance") == [new.pk, middle.pk, old.pk]


def test_relevance_puts_title_matches_first(client, db):
    in_summary = DevelopmentFactory(
        title="Digital plan",
        summary="Mentions semiconductors once.",
        announced_on=datetime.date(2025, 1, 1),
    )
    in_title = DevelopmentFactory(
        title="Semiconductors strategy",
        summary="Semiconductors, semiconductors and more semiconductors.",
        announced_on=datetime.date(2020, 1, 1),
    )
    response = client.get(TRACKER, {"q": "semiconductors", "sort": "relevance"})
    ranked = [d.pk for d in response.context["developments"]]
    if connection.vendor == "postgresql":
        assert ranked == [in_title.pk, in_summary.pk]
    else:  # no ranking on SQLite: newest first
        assert ranked == [in_summary.pk, in_title.pk]


def test_pagination_keeps_the_filters(client, japan, korea):
    DevelopmentFactory.create_batch(30, jurisdiction=japan, topics=["safety"])
    DevelopmentFactory.create_batch(5, jurisdiction=korea, topics=["safety"])
    response = client.get(TRACKER, {"jurisdiction": "JP", "topic": "safety"})
    page = response.content.decode()
    assert "30 developments" in page
    assert len(response.context["developments"]) == 25
    assert 'href="?jurisdiction=JP&amp;topic=safety&amp;page=2"' in page
    assert "Page 1 of 2" in page

    second = client.get(TRACKER, {"jurisdiction": "JP", "topic": "safety", "page": 2})
    assert len(second.context["developments"]) == 5
    assert all(d.jurisdiction.code == "JP" for d in second.context["developments"])
    second_page = second.content.decode()
    assert 'href="?jurisdiction=JP&amp;topic=safety&amp;page=1"' in second_page
    # The export link carries the filters but not the page.
    assert f'href="{EXPORT}?jurisdiction=JP&amp;topic=safety"' in second_page


@pytest.mark.parametrize("page", ["999", "abc", "-1", "0", "2.5", ""])
def test_any_page_number_answers_without_error(client, japan, page):
    DevelopmentFactory.create_batch(30, jurisdiction=japan)
    response = client.get(TRACKER, {"page": page})
    assert response.status_code == 200
    assert response.context["developments"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"year": "abc"}, "Enter a number."),
        ({"type": "bogus"}, "Select a valid choice."),
        ({"stage": "nowhere"}, "Select a valid choice."),
        ({"sort": "random"}, "Select a valid choice."),
        ({"year": "1e9"}, "less than or equal to 2100"),
        ({"q": "robot\x00s"}, "Null characters are not allowed."),
    ],
)
def test_invalid_filters_show_the_form_with_the_error(client, japan, params, message):
    DevelopmentFactory(jurisdiction=japan)
    response = client.get(TRACKER, params)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Some filters are not valid" in page
    assert message in page
    assert '<form method="get"' in page

    export = client.get(EXPORT, params)
    assert export.status_code == 400
    assert export["Content-Type"].startswith("text/plain")
    assert message in export.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"year": "2024.5"},
        {"year": "-5"},
        {"jurisdiction": "<script>alert(1)</script>"},
        {"jurisdiction": ",,,"},
        {"topic": "¿qué?"},
        {"q": '"unclosed phrase'},
        {"q": "a & b | !c :* (("},
        {"q": "x" * 5000},
        {"page": "9" * 50},
    ],
)
def test_odd_parameters_never_fail(client, japan, params):
    DevelopmentFactory(jurisdiction=japan)
    response = client.get(TRACKER, params)
    assert response.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in response.content.decode()
    export = client.get(EXPORT, params)
    assert export.status_code in (200, 400)
    if export.status_code == 200:
        b"".join(export.streaming_content)


def test_chart_is_an_svg_image_with_the_same_data_as_a_table(client, japan, korea):
    DevelopmentFactory.create_batch(
        2, jurisdiction=japan, announced_on=datetime.date(2022, 5, 1)
    )
    DevelopmentFactory(jurisdiction=korea, announced_on=datetime.date(2024, 5, 1))
    response = client.get(TRACKER)
    page = response.content.decode()
    assert page.count('role="img"') == 2
    assert (
        'aria-label="Bar chart of developments by year announced from 2022 to 2024.'
        in page
    )
    assert "<caption>Developments by year" in page
    assert "<caption>Developments by jurisdiction" in page
    by_year = {bar.label: bar.value for bar in response.context["charts"][0].bars}
    assert by_year == {"2022": 2, "2023": 0, "2024": 1}
    by_place = {bar.label: bar.value for bar in response.context["charts"][1].bars}
    assert by_place == {"Japan": 2, "South Korea": 1}
    # The chart follows the filters.
    filtered = client.get(TRACKER, {"jurisdiction": "KR"})
    bars = filtered.context["charts"][1].bars
    assert [(bar.label, bar.value) for bar in bars] == [("South Korea", 1)]


def test_new_developments_reach_the_cached_figures_and_options(client, japan):
    DevelopmentFactory(jurisdiction=japan)
    client.get(TRACKER)  # caches the count, the charts and the option lists
    DevelopmentFactory(jurisdiction=JurisdictionFactory(code="BR", name="Brazil"))
    response = client.get(TRACKER)
    assert response.context["paginator"].count == 2
    by_place = {bar.label: bar.value for bar in response.context["charts"][1].bars}
    assert by_place == {"Japan": 1, "Brazil": 1}
    response = client.get(TRACKER, {"jurisdiction": "BR"})
    assert '<option value="BR" selected>Brazil</option>' in response.content.decode()
    assert [d.jurisdiction.code for d in response.context["developments"]] == ["BR"]


def test_a_dismissed_development_leaves_the_cached_count(client, japan):
    kept, dismissed = DevelopmentFactory.create_batch(2, jurisdiction=japan)
    assert client.get(TRACKER).context["paginator"].count == 2
    dismiss_developments(
        developments=PolicyDevelopment.objects.filter(pk=dismissed.pk), by=None
    )
    response = client.get(TRACKER)
    assert response.context["paginator"].count == 1
    assert [d.pk for d in response.context["developments"]] == [kept.pk]


def test_a_shared_link_to_a_topic_without_developments_stays_selectable(client, japan):
    DevelopmentFactory(jurisdiction=japan, topics=["safety"])
    response = client.get(TRACKER, {"topic": "retired-topic"})
    page = response.content.decode()
    assert '<option value="retired-topic" selected>retired-topic</option>' in page
    assert response.context["paginator"].count == 0


def test_many_jurisdictions_share_an_other_bar(client, db):
    for index in range(20):
        DevelopmentFactory.create_batch(
            20 - index,
            jurisdiction=JurisdictionFactory(
                code=f"C{index}", name=f"Country {index:02}"
            ),
        )
    bars = client.get(TRACKER).context["charts"][1].bars
    assert len(bars) == 16
    assert (bars[0].label, bars[0].value) == ("Country 00", 20)
    assert (bars[-1].label, bars[-1].value) == (
        "Other (5 jurisdictions)",
        5 + 4 + 3 + 2 + 1,
    )


@pytest.mark.parametrize("params", [{}, {"q": "Intelligence", "topic": "safety"}])
def test_tracker_queries_do_not_grow_with_rows(
    client, django_assert_max_num_queries, japan, korea, params
):
    def make(count):
        for index in range(count):
            DevelopmentFactory(
                jurisdiction=japan if index % 2 else korea,
                topics=["safety", f"topic {index}"],
            )

    make(3)
    with django_assert_max_num_queries(TRACKER_MAX_QUERIES):
        response = client.get(TRACKER, params)
    assert len(response.context["developments"]) == 3
    make(37)
    cache.clear()
    with django_assert_max_num_queries(TRACKER_MAX_QUERIES):
        response = client.get(TRACKER, params)
    assert len(response.context["developments"]) == 25


# --- one development ------------------------------------------------------------


def test_detail_shows_the_public_record(client, japan):
    development = DevelopmentFactory(
        title="AI Promotion Act",
        jurisdiction=japan,
        stage=Stage.IN_FORCE,
        announced_on=datetime.date(2025, 2, 28),
        adopted_on=datetime.date(2025, 5, 28),
        in_force_on=datetime.date(2025, 6, 4),
        last_verified_on=datetime.date(2025, 7, 1),
        significance=PolicyDevelopment.Significance.HIGH,
        summary="Japan's first law dedicated to AI.",
        internal_analysis="TEAM-ONLY: the ministry expects amendments.",
        ai_act_elements=["governance", "international_cooperation"],
        source_url="https://laws.example.jp/ai-promotion-act",
        topics=["governance"],
    )
    for stage, day in [
        (Stage.PROPOSED, datetime.date(2025, 2, 28)),
        (Stage.ADOPTED, datetime.date(2025, 5, 28)),
        (Stage.IN_FORCE, datetime.date(2025, 6, 4)),
    ]:
        StageChange.objects.create(development=development, stage=stage, changed_on=day)

    response = client.get(development.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert '<h1 id="development-title">AI Promotion Act</h1>' in page
    assert "Japan&#x27;s first law dedicated to AI." in page
    assert "TEAM-ONLY" not in page
    assert 'href="/tracker/?jurisdiction=JP">Japan</a>' in page
    assert 'href="/tracker/?topic=governance">governance</a>' in page
    assert 'href="https://laws.example.jp/ai-promotion-act"' in page
    for day in ("2025-02-28", "2025-05-28", "2025-06-04", "2025-07-01"):
        assert f'<time datetime="{day}">' in page
    assert "Governance and enforcement" in page
    assert "International cooperation" in page
    assert "High" in page
    timeline = page.split('<ol class="timeline"')[1].split("</ol>")[0]
    assert (
        timeline.index("Proposed")
        < timeline.index("Adopted")
        < timeline.index("In force")
    )


def test_detail_is_not_found_unless_published(client, hidden):
    for development in hidden:
        url = reverse("monitoring:development_detail", args=[development.pk])
        assert client.get(url).status_code == 404
    assert (
        client.get(reverse("monitoring:development_detail", args=[999999])).status_code
        == 404
    )


def test_detail_links_what_it_supersedes_only_when_published(client, japan):
    draft_law = DevelopmentFactory(
        title="Unpublished draft law",
        jurisdiction=japan,
        review_status=Status.CANDIDATE,
    )
    old_law = DevelopmentFactory(title="Old AI guidelines", jurisdiction=japan)
    new_law = DevelopmentFactory(
        title="New AI guidelines", jurisdiction=japan, supersedes=old_law
    )
    newer_candidate = DevelopmentFactory(
        title="Newer candidate guidelines",
        jurisdiction=japan,
        supersedes=new_law,
        review_status=Status.CANDIDATE,
    )
    page = client.get(new_law.get_absolute_url()).content.decode()
    assert f'Replaces or amends: <a href="{old_law.get_absolute_url()}">' in page
    assert newer_candidate.title not in page

    newest = DevelopmentFactory(
        title="Newest guidelines", jurisdiction=japan, supersedes=new_law
    )
    page = client.get(new_law.get_absolute_url()).content.decode()
    assert f'Replaced or amended by: <a href="{newest.get_absolute_url()}">' in page

    pointing_at_draft = DevelopmentFactory(
        title="Points at a draft", jurisdiction=japan, supersedes=draft_law
    )
    page = client.get(pointing_at_draft.get_absolute_url()).content.decode()
    assert "Replaces or amends" not in page
    assert draft_law.title not in page


def test_related_developments(client, japan, korea):
    development = DevelopmentFactory(jurisdiction=japan, topics=["safety"])
    same_place = DevelopmentFactory(
        jurisdiction=japan, announced_on=datetime.date(2020, 1, 1)
    )
    same_topic = DevelopmentFactory(
        jurisdiction=korea, topics=["safety"], announced_on=datetime.date(2021, 1, 1)
    )
    DevelopmentFactory(jurisdiction=korea, topics=["privacy"])  # unrelated
    DevelopmentFactory(
        jurisdiction=japan, topics=["safety"], review_status=Status.CANDIDATE
    )
    response = client.get(development.get_absolute_url())
    assert [d.pk for d in response.context["related"]] == [same_topic.pk, same_place.pk]

    DevelopmentFactory.create_batch(8, jurisdiction=japan)
    response = client.get(development.get_absolute_url())
    related = response.context["related"]
    assert len(related) == 5
    assert development not in related
    days = [d.announced_on for d in related]
    assert days == sorted(days, reverse=True)


def test_detail_queries_do_not_grow(client, django_assert_max_num_queries, japan):
    development = DevelopmentFactory(jurisdiction=japan, topics=["a", "b"])
    StageChange.objects.create(
        development=development,
        stage=Stage.ADOPTED,
        changed_on=datetime.date(2025, 1, 1),
    )
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        client.get(development.get_absolute_url())
    for index in range(20):
        DevelopmentFactory(jurisdiction=japan, topics=["a", f"t{index}"])
        DevelopmentFactory(supersedes=development)
        StageChange.objects.create(
            development=development,
            stage=Stage.IN_FORCE,
            changed_on=datetime.date(2025, 1, 1),
        )
    development.topics.add(*[f"extra {n}" for n in range(10)])
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        response = client.get(development.get_absolute_url())
    assert len(response.context["superseded_by"]) == 20
    assert len(response.context["related"]) == 5


def test_detail_never_links_a_non_web_source(client, japan):
    development = DevelopmentFactory(
        jurisdiction=japan, source_url="javascript:alert(1)"
    )
    page = client.get(development.get_absolute_url()).content.decode()
    assert "javascript:alert(1)" not in page


# --- export ---------------------------------------------------------------------


def test_export_is_the_filtered_set_as_excel_friendly_csv(client, japan, korea, hidden):
    law = DevelopmentFactory(
        title='Act on "AI", amended',
        jurisdiction=japan,
        instrument_type=Type.LEGISLATION,
        stage=Stage.IN_FORCE,
        announced_on=datetime.date(2024, 2, 1),
        adopted_on=datetime.date(2024, 5, 1),
        in_force_on=datetime.date(2024, 8, 1),
        last_verified_on=datetime.date(2025, 1, 15),
        ai_act_elements=["transparency", "governance"],
        topics=["safety", "governance"],
        source_url="https://laws.example.jp/act",
    )
    older = DevelopmentFactory(
        title="Strategy 人工知能",
        jurisdiction=japan,
        announced_on=datetime.date(2023, 1, 1),
    )
    DevelopmentFactory(title="Korean law", jurisdiction=korea)

    response = client.get(EXPORT, {"jurisdiction": "JP"})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="ai-policy-developments-')
    assert disposition.endswith('.csv"')

    body = b"".join(response.streaming_content)
    assert body[:3] == b"\xef\xbb\xbf"
    reader = csv.reader(io.StringIO(body.decode("utf-8-sig")))
    header = next(reader)
    assert header == [
        "id",
        "title",
        "jurisdiction_code",
        "jurisdiction",
        "instrument_type",
        "stage",
        "announced_on",
        "adopted_on",
        "in_force_on",
        "last_verified_on",
        "topics",
        "ai_act_elements",
        "source_url",
        "tracker_url",
    ]
    rows = [dict(zip(header, row, strict=True)) for row in reader]
    assert [row["id"] for row in rows] == [str(law.pk), str(older.pk)]
    first = rows[0]
    assert first["title"] == 'Act on "AI", amended'
    assert first["jurisdiction_code"] == "JP"
    assert first["jurisdiction"] == "Japan"
    assert first["instrument_type"] == "legislation"
    assert first["stage"] == "in_force"
    assert first["announced_on"] == "2024-02-01"
    assert first["adopted_on"] == "2024-05-01"
    assert first["in_force_on"] == "2024-08-01"
    assert first["last_verified_on"] == "2025-01-15"
    assert first["topics"] == "governance; safety"
    assert first["ai_act_elements"] == "transparency; governance"
    assert first["source_url"] == "https://laws.example.jp/act"
    assert first["tracker_url"] == f"http://testserver{law.get_absolute_url()}"
    assert rows[1]["title"] == "Strategy 人工知能"
    assert rows[1]["adopted_on"] == ""


def test_export_follows_the_tracker_order_and_search(client, japan):
    for year in (2019, 2024, 2021):
        DevelopmentFactory(
            title=f"Robotics plan {year}", announced_on=datetime.date(year, 1, 1)
        )
    DevelopmentFactory(title="Unrelated plan")
    for params in ({"q": "robotics", "sort": "oldest"}, {"q": "robotics"}, {}):
        tracker_ids = [
            str(d.pk) for d in client.get(TRACKER, params).context["developments"]
        ]
        export_ids = [row["id"] for row in export_rows(client.get(EXPORT, params))]
        assert export_ids == tracker_ids


def test_export_neutralises_spreadsheet_formulas(client, japan):
    DevelopmentFactory(title='=HYPERLINK("http://evil.example")', jurisdiction=japan)
    rows = export_rows(client.get(EXPORT))
    assert rows[0]["title"].startswith("'=")


def test_export_queries_do_not_grow_with_rows(
    client, django_assert_max_num_queries, japan
):
    DevelopmentFactory.create_batch(3, jurisdiction=japan, topics=["a", "b"])
    with django_assert_max_num_queries(EXPORT_MAX_QUERIES):
        assert len(export_rows(client.get(EXPORT, {"topic": "a"}))) == 3
    DevelopmentFactory.create_batch(37, jurisdiction=japan, topics=["a", "c"])
    with django_assert_max_num_queries(EXPORT_MAX_QUERIES):
        rows = export_rows(client.get(EXPORT, {"topic": "a"}))
    assert len(rows) == 40
    assert all(row["topics"] for row in rows)
