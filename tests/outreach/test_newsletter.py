"""The newsletter sign-up: double opt-in, expiry, unsubscribe, no enumeration,
honeypot, rate limits, preferences, and the subscriber list in the admin."""

import csv
import io
import re
import time

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook

from outreach import tasks
from outreach.models import Subscriber
from outreach.newsletter.tokens import CONFIRMATION_SALT, confirmation_token
from outreach_portal.celery import app as celery_app
from tests.dialogues.factories import PartnerFactory
from tests.monitoring.factories import DevelopmentFactory
from tests.outreach.factories import make_event, make_explainer, make_news

SUBSCRIBE = "/newsletter/subscribe/"
SENT = "/newsletter/subscribe/sent/"
ADMIN_LIST = "/admin/snippets/outreach/subscriber/"
COMMS = "comms@example.org"
TEAM = "team@example.org"
LEAD = "lead@example.org"
FPI = "fpi@example.org"
ADMIN = "admin@example.org"
CSRF_VALUE = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


@pytest.fixture(autouse=True)
def eager_celery():
    """Run the email task in this process, as without a broker, also where
    REDIS_URL points Celery at Redis."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def sign_up(seeded, django_capture_on_commit_callbacks):
    """POST the form the way a browser does; the email goes when the request's
    transaction commits."""

    def post(email, client=None, path=SUBSCRIBE, **fields):
        data = {"email": email, "language": "en", **fields}
        with django_capture_on_commit_callbacks(execute=True):
            return (client or Client()).post(path, data)

    return post


def link_in(message, name):
    """The path of the `name` link (confirm, unsubscribe) in a message's text."""
    pattern = rf"https?://[^/\s]+(/(?:[a-z]{{2}}/)?newsletter/{name}/[^/\s]+/)"
    match = re.search(pattern, message.body)
    assert match, message.body
    return match.group(1)


def html_part(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def csrf_client(path):
    """A client that enforces CSRF like a browser session, holding the token of
    the page at `path`."""
    client = Client(enforce_csrf_checks=True)
    page = client.get(path)
    token = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()
    )
    return client, (token.group(1) if token else None)


def old_token(subscriber, age_seconds):
    """A confirmation token signed `age_seconds` ago, with Django's signer."""
    payload, _timestamp, _signature = confirmation_token(subscriber).split(":")
    then = signing.b62_encode(int(time.time()) - age_seconds)
    return signing.Signer(salt=CONFIRMATION_SALT).sign(f"{payload}:{then}")


# --- Double opt-in ------------------------------------------------------------


def test_sign_up_mails_a_link_whose_page_confirms_on_post(sign_up, mailoutbox):
    response = sign_up("ada@example.com")

    assert response.status_code == 302
    assert response["Location"] == SENT
    subscriber = Subscriber.objects.get(email="ada@example.com")
    assert subscriber.confirmed_at is None
    assert subscriber.confirmation_sent_at is not None
    [message] = mailoutbox
    assert message.to == ["ada@example.com"]
    assert message.from_email == "Outreach Portal <no-reply@outreach.example.org>"
    assert "Confirm your subscription" in message.subject
    assert "List-Unsubscribe" not in message.extra_headers  # not subscribed yet
    confirm_path = link_in(message, "confirm")
    assert confirm_path in html_part(message)

    client = Client()
    page = client.get(confirm_path)  # what a mail scanner does
    assert page.status_code == 200
    assert "Confirm my subscription" in page.text
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None

    done = client.post(confirm_path, follow=True)
    assert done.status_code == 200
    assert "You are subscribed" in done.text
    subscriber.refresh_from_db()
    assert subscriber.is_active
    assert Subscriber.objects.active().get() == subscriber


def test_sent_page_tells_to_check_the_inbox(sign_up):
    page = Client().get(SENT)
    assert page.status_code == 200
    assert "Check your inbox" in page.text


def test_confirming_needs_the_csrf_token_of_the_page(sign_up, mailoutbox):
    sign_up("ada@example.com")
    confirm_path = link_in(mailoutbox[0], "confirm")

    client, token = csrf_client(confirm_path)
    assert client.post(confirm_path).status_code == 403
    assert Subscriber.objects.get().confirmed_at is None
    client.post(confirm_path, {"csrfmiddlewaretoken": token})
    assert Subscriber.objects.get().confirmed_at is not None


def test_email_is_in_the_subscribers_language_with_its_link(sign_up, mailoutbox):
    sign_up("claire@example.fr", language="fr")

    [message] = mailoutbox
    assert link_in(message, "confirm").startswith("/fr/newsletter/confirm/")
    assert '<html lang="fr">' in html_part(message)
    page = Client().get(link_in(message, "confirm"))
    assert page.status_code == 200
    assert 'lang="fr"' in page.text


def test_the_whole_sign_up_works_under_a_language_prefix(
    seeded, mailoutbox, django_capture_on_commit_callbacks
):
    form_page = Client().get("/fr" + SUBSCRIBE)
    assert form_page.status_code == 200
    assert '<html lang="fr"' in form_page.text
    assert f'action="/fr{SUBSCRIBE}"' in form_page.text

    client, token = csrf_client("/fr" + SUBSCRIBE)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fr" + SUBSCRIBE,
            {
                "email": "claire@example.fr",
                "language": "fr",
                "csrfmiddlewaretoken": token,
            },
        )

    assert response.status_code == 302
    assert response["Location"] == "/fr" + SENT
    sent = client.get(response["Location"])
    assert "Consultez votre boîte de réception" in sent.text
    [message] = mailoutbox
    assert message.subject.startswith("Confirmez votre abonnement")
    confirm_path = link_in(message, "confirm")
    assert confirm_path.startswith("/fr/newsletter/confirm/")
    client, token = csrf_client(confirm_path)
    client.post(confirm_path, {"csrfmiddlewaretoken": token})
    assert Subscriber.objects.get().is_active


def test_a_french_page_can_sign_up_for_japanese_emails(sign_up, mailoutbox):
    response = sign_up("kenji@example.jp", language="ja", path="/fr" + SUBSCRIBE)

    assert response["Location"] == "/fr" + SENT  # the visitor's language
    [message] = mailoutbox
    assert link_in(message, "confirm").startswith("/ja/newsletter/confirm/")
    assert '<html lang="ja">' in html_part(message)


def test_expired_link_shows_a_clear_page_and_confirms_nothing(sign_up, settings):
    sign_up("ada@example.com")
    subscriber = Subscriber.objects.get()
    path = f"/newsletter/confirm/{old_token(subscriber, 4 * 24 * 3600)}/"

    for response in (Client().get(path), Client().post(path)):
        assert response.status_code == 410
        assert "This link has expired" in response.text
        assert f'href="{SUBSCRIBE}"' in response.text
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None

    # The same age is fine under a longer limit: the setting decides.
    settings.NEWSLETTER_CONFIRMATION_MAX_AGE = 5 * 24 * 3600
    assert Client().get(path).status_code == 200


def test_tampered_or_made_up_links_answer_400(sign_up, mailoutbox):
    sign_up("ada@example.com")
    good = link_in(mailoutbox[0], "confirm")
    token = good.split("/")[-2]
    payload, timestamp, signature = token.split(":")
    other = signing.dumps({"subscriber": 999}, salt="another.salt")
    tampered = [
        f"{payload}:{timestamp}:{signature[:-2]}xx",
        f"eyJzdWJzY3JpYmVyIjoyfQ:{timestamp}:{signature}",  # another id
        other,
        "not-a-token",
    ]

    for bad in tampered:
        path = f"/newsletter/confirm/{bad}/"
        for response in (Client().get(path), Client().post(path)):
            assert response.status_code == 400, bad
            assert "This link is not valid" in response.text
    assert Subscriber.objects.get().confirmed_at is None


def test_link_of_an_erased_subscriber_is_no_longer_valid(sign_up, mailoutbox):
    sign_up("ada@example.com")
    path = link_in(mailoutbox[0], "confirm")
    Subscriber.objects.all().delete()

    assert Client().get(path).status_code == 410
    assert Client().post(path).status_code == 410


# --- Unsubscribe --------------------------------------------------------------


@pytest.fixture
def subscribed(seeded):
    return Subscriber.objects.create(
        email="sub@example.com", confirmed_at=timezone.now(), language="en"
    )


def test_unsubscribe_page_asks_then_the_button_unsubscribes(subscribed):
    path = f"/newsletter/unsubscribe/{subscribed.unsubscribe_token}/"
    client, token = csrf_client(path)

    page = client.get(path)
    assert page.status_code == 200
    assert re.search(
        r'<form method="post"[^>]*>.*<button type="submit"', page.text, re.S
    )
    subscribed.refresh_from_db()
    assert subscribed.is_active  # opening the link changes nothing
    assert client.post(path).status_code == 403  # no CSRF token, no one-click body
    subscribed.refresh_from_db()
    assert subscribed.is_active

    done = client.post(path, {"csrfmiddlewaretoken": token}, follow=True)
    assert done.status_code == 200
    assert "You have unsubscribed" in done.text
    subscribed.refresh_from_db()
    assert subscribed.unsubscribed_at is not None
    assert not Subscriber.objects.active().exists()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("List-Unsubscribe=One-Click", "application/x-www-form-urlencoded"),
        (None, None),  # multipart/form-data, the other encoding RFC 8058 allows
    ],
)
def test_one_click_unsubscribe_from_a_mail_client(subscribed, body, content_type):
    client = Client(enforce_csrf_checks=True)  # no session, no cookie, no token
    path = f"/newsletter/unsubscribe/{subscribed.unsubscribe_token}/"
    if body is None:
        response = client.post(path, {"List-Unsubscribe": "One-Click"})
    else:
        response = client.post(path, body, content_type=content_type)

    assert response.status_code == 200
    subscribed.refresh_from_db()
    assert subscribed.unsubscribed_at is not None


def test_a_second_unsubscribe_keeps_the_first_date(subscribed):
    path = f"/newsletter/unsubscribe/{subscribed.unsubscribe_token}/"
    one_click = "List-Unsubscribe=One-Click"
    form = "application/x-www-form-urlencoded"
    Client().post(path, one_click, content_type=form)
    subscribed.refresh_from_db()
    first = subscribed.unsubscribed_at

    assert Client().post(path, one_click, content_type=form).status_code == 200
    subscribed.refresh_from_db()
    assert subscribed.unsubscribed_at == first
    assert "Subscribe again" in Client().get(path).text


def test_unknown_unsubscribe_token_is_a_404_page(subscribed):
    path = "/newsletter/unsubscribe/no-such-token/"
    page = Client().get(path)
    assert page.status_code == 404
    assert "This unsubscribe link is not valid" in page.text
    response = Client().post(
        path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 404
    subscribed.refresh_from_db()
    assert subscribed.is_active


# --- No enumeration -----------------------------------------------------------


def test_known_and_unknown_addresses_get_the_same_response(sign_up, mailoutbox):
    now = timezone.now()
    Subscriber.objects.create(email="pending@example.com")
    Subscriber.objects.create(email="active@example.com", confirmed_at=now)
    Subscriber.objects.create(
        email="gone@example.com", confirmed_at=now, unsubscribed_at=now
    )
    addresses = [
        "new@example.com",
        "pending@example.com",
        "ACTIVE@example.com",
        "gone@example.com",
    ]

    responses = [sign_up(email) for email in addresses]
    pages = [Client().get(r["Location"]) for r in responses]

    assert {(r.status_code, r["Location"], r.content) for r in responses} == {
        (302, SENT, b"")
    }
    bodies = {(p.status_code, CSRF_VALUE.sub("", p.text)) for p in pages}
    assert len(bodies) == 1
    assert Subscriber.objects.count() == 4  # no duplicate for ACTIVE@
    by_address = {m.to[0].lower(): m for m in mailoutbox}
    assert sorted(by_address) == sorted(a.lower() for a in addresses)
    already = by_address["active@example.com"]
    assert "already" in already.subject
    assert "/newsletter/confirm/" not in already.body
    unsubscribe = link_in(already, "unsubscribe")
    assert already.extra_headers["List-Unsubscribe"].endswith(f"{unsubscribe}>")
    assert already.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    for address in ["new@example.com", "pending@example.com", "gone@example.com"]:
        assert "/newsletter/confirm/" in by_address[address].body


def test_an_unsubscribed_address_comes_back_through_a_new_confirmation(
    sign_up, mailoutbox
):
    now = timezone.now()
    gone = Subscriber.objects.create(
        email="gone@example.com", confirmed_at=now, unsubscribed_at=now
    )

    sign_up("gone@example.com")
    gone.refresh_from_db()
    assert not gone.is_active  # not before the new link is used
    Client().post(link_in(mailoutbox[0], "confirm"))

    gone.refresh_from_db()
    assert gone.is_active
    assert gone.unsubscribed_at is None


def test_a_link_mailed_before_an_unsubscribe_no_longer_confirms(sign_up, mailoutbox):
    sign_up("ada@example.com")
    subscriber = Subscriber.objects.get()
    earlier_link = f"/newsletter/confirm/{old_token(subscriber, 60)}/"
    Client().post(earlier_link)
    Client().post(
        f"/newsletter/unsubscribe/{subscriber.unsubscribe_token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    response = Client().post(earlier_link)

    assert response.status_code == 410
    assert f'href="{SUBSCRIBE}"' in response.text
    subscriber.refresh_from_db()
    assert not subscriber.is_active
    sign_up("ada@example.com")  # a new sign-up, at once, gets a link that works
    Client().post(link_in(mailoutbox[-1], "confirm"))
    subscriber.refresh_from_db()
    assert subscriber.is_active


def test_a_sign_up_does_not_change_a_confirmed_subscribers_choices(sign_up, seeded):
    japan = PartnerFactory(name="Japan")
    subscriber = Subscriber.objects.create(
        email="active@example.com", confirmed_at=timezone.now(), language="en"
    )
    subscriber.partners.set([japan])
    korea = PartnerFactory(name="Korea")

    sign_up("active@example.com", language="ko", partners=[korea.pk])

    subscriber.refresh_from_db()
    assert subscriber.language == "en"
    assert list(subscriber.partners.all()) == [japan]


def test_the_email_task_sends_once_per_sign_up(sign_up, mailoutbox):
    sign_up("ada@example.com")
    subscriber = Subscriber.objects.get()

    assert tasks.send_newsletter_confirmation.delay(subscriber.pk).get() is False
    assert tasks.send_newsletter_confirmation.delay(999_999).get() is False
    assert len(mailoutbox) == 1


# --- Bots and floods ----------------------------------------------------------


def test_a_filled_honeypot_looks_accepted_and_creates_nothing(sign_up, mailoutbox):
    response = sign_up("bot@example.com", website="http://spam.example")

    assert response.status_code == 302
    assert response["Location"] == SENT
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_honeypot_is_hidden_from_people_and_assistive_technology(seeded):
    page = Client().get(SUBSCRIBE).text
    trap = re.search(r'<div class="newsletter-form__trap"[^>]*>(.*?)</div>', page, re.S)

    assert 'aria-hidden="true"' in trap.group(0)
    assert '<label for="id_website">' in trap.group(1)
    assert 'tabindex="-1"' in trap.group(1)
    assert 'autocomplete="off"' in trap.group(1)


def test_too_many_sign_ups_from_one_client_answer_429(sign_up, settings, mailoutbox):
    allowed, seconds = settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP
    for n in range(allowed):
        assert sign_up(f"person{n}@example.com").status_code == 302

    response = sign_up("one-more@example.com")

    assert response.status_code == 429
    assert response["Retry-After"] == str(seconds)
    assert "Too many sign-ups in a short time" in response.text
    assert 'name="email"' in response.text  # the form is still there
    assert not Subscriber.objects.filter(email="one-more@example.com").exists()
    assert len(mailoutbox) == allowed
    other_client = Client(REMOTE_ADDR="192.0.2.7")
    assert sign_up("one-more@example.com", client=other_client).status_code == 302


def test_too_many_sign_ups_for_one_address_answer_429(sign_up, settings, mailoutbox):
    allowed, _seconds = settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_EMAIL
    for n in range(allowed):
        client = Client(REMOTE_ADDR=f"192.0.2.{n + 1}")
        assert sign_up("target@example.com", client=client).status_code == 302

    response = sign_up("Target@example.com", client=Client(REMOTE_ADDR="192.0.2.99"))

    assert response.status_code == 429
    assert len(mailoutbox) == allowed


def test_ipv6_clients_are_counted_by_network(sign_up, settings):
    allowed, _seconds = settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP
    for n in range(allowed):
        client = Client(REMOTE_ADDR=f"2001:db8:1:2::{n + 1}")
        assert sign_up(f"p{n}@example.com", client=client).status_code == 302

    neighbour = Client(REMOTE_ADDR="2001:db8:1:2:ffff::1")
    assert sign_up("next@example.com", client=neighbour).status_code == 429


def test_the_limit_page_is_translated_too(sign_up, settings):
    settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP = (1, 60)
    sign_up("first@example.com", path="/fr" + SUBSCRIBE)

    response = sign_up("second@example.com", path="/fr" + SUBSCRIBE)

    assert response.status_code == 429
    assert "Trop d'inscriptions en peu de temps" in response.text


def test_sign_ups_go_on_while_the_cache_is_unreachable(sign_up, settings, mailoutbox):
    """Nothing listens on port 1: every cache call fails, as when Redis is down."""
    settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP = (1, 60)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    responses = [sign_up(f"p{n}@example.com") for n in range(2)]

    assert [r.status_code for r in responses] == [302, 302]
    assert len(mailoutbox) == 2


# --- The form -----------------------------------------------------------------


@pytest.fixture
def choices(seeded):
    """A topic on a live explainer, one on a draft, one on a published and one on
    a candidate development; an active and a former partner."""
    home = seeded["home"]
    explainer = make_explainer(home)
    explainer.topics.add("Risk-based regulation")
    explainer.save()
    draft = make_explainer(home, live=False)
    draft.topics.add("Draft-only topic")
    draft.save()
    DevelopmentFactory(topics=["Standards"])
    DevelopmentFactory(topics=["Candidate-only topic"], review_status="candidate")
    return {
        "japan": PartnerFactory(name="Japan"),
        "former": PartnerFactory(name="Former partner", active=False),
    }


def test_form_offers_public_topics_and_active_partners_only(choices):
    page = Client().get(SUBSCRIBE)

    assert page.status_code == 200
    assert "Risk-based regulation" in page.text
    assert "Standards" in page.text
    assert "Draft-only topic" not in page.text
    assert "Candidate-only topic" not in page.text
    assert "Japan" in page.text
    assert "Former partner" not in page.text


def test_form_groups_checkboxes_in_fieldsets_with_legends(choices):
    page = Client().get(SUBSCRIBE).text

    for legend in ["Topics", "Partner countries and organisations", "Language"]:
        assert re.search(rf"<fieldset[^>]*>\s*<legend>{legend}", page), legend
    assert '<label for="id_email">' in page
    assert '<span lang="ja">日本語</span>' in page


def test_form_preselects_the_language_of_the_page(choices):
    english = Client().get(SUBSCRIBE).text
    french = Client().get("/fr" + SUBSCRIBE).text

    assert re.search(r'value="en"[^>]*checked', english)
    assert re.search(r'value="fr"[^>]*checked', french)


def test_choices_are_saved_with_the_subscriber(sign_up, choices):
    from taggit.models import Tag

    standards = Tag.objects.get(name="Standards")
    sign_up(
        "ada@example.com",
        language="ja",
        topics=[standards.pk],
        partners=[choices["japan"].pk],
    )

    subscriber = Subscriber.objects.get()
    assert subscriber.language == "ja"
    assert list(subscriber.topics.all()) == [standards]
    assert list(subscriber.partners.all()) == [choices["japan"]]


def test_bad_email_redisplays_the_form_with_a_linked_error(sign_up, choices):
    from taggit.models import Tag

    standards = Tag.objects.get(name="Standards")
    response = sign_up(
        "not-an-address",
        language="fr",
        topics=[standards.pk],
        partners=[choices["japan"].pk],
    )

    assert response.status_code == 200
    page = response.text
    assert "Enter a valid email address." in page
    email_input = re.search(r'<input type="email"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in email_input
    assert 'aria-describedby="id_email_error"' in email_input
    assert 'id="id_email_error"' in page
    assert 'href="#id_email"' in page  # the summary links to the field
    assert 'value="not-an-address"' in email_input
    assert re.search(rf'value="{standards.pk}"[^>]*checked', page)
    assert re.search(rf'value="{choices["japan"].pk}"[^>]*checked', page)
    assert re.search(r'value="fr"[^>]*checked', page)
    assert not Subscriber.objects.exists()


def test_a_partner_not_offered_is_refused(sign_up, choices):
    response = sign_up("ada@example.com", partners=[choices["former"].pk])

    assert response.status_code == 200
    assert 'id="id_partners_error"' in response.text
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"email": ""}, "email"),
        ({"email": "a" * 250 + "@example.com"}, "email"),
        ({"email": "ada\x00@example.com"}, "email"),
        ({"email": "ada@example.com", "language": "xx"}, "language"),
        ({"email": "ada@example.com", "language": ""}, "language"),
        ({"email": "ada@example.com", "topics": ["not-a-number"]}, "topics"),
        ({"email": "ada@example.com", "topics": ["999999"]}, "topics"),
        ({"email": "ada@example.com", "partners": ["-1"]}, "partners"),
    ],
)
def test_bad_input_redisplays_the_form(sign_up, choices, fields, field_in_error):
    response = sign_up(**{"language": "en", **fields})

    assert response.status_code == 200
    assert f'id="id_{field_in_error}_error"' in response.text
    assert f'href="#id_{field_in_error}"' in response.text
    assert not Subscriber.objects.exists()


def test_a_post_without_fields_redisplays_the_form(seeded):
    response = Client().post(SUBSCRIBE, {})

    assert response.status_code == 200
    assert 'id="id_email_error"' in response.text
    assert not Subscriber.objects.exists()


def test_subscribe_page_queries_stay_constant(seeded, django_assert_max_num_queries):
    home = seeded["home"]

    def add_content(n, prefix):
        for i in range(n):
            explainer = make_explainer(home)
            explainer.topics.add(f"{prefix} explainer topic {i}")
            explainer.save()
            news = make_news(home)
            news.topics.add(f"{prefix} news topic {i}")
            news.save()
            event = make_event(home)
            event.topics.add(f"{prefix} event topic {i}")
            event.save()
            DevelopmentFactory(topics=[f"{prefix} development topic {i}"])
            PartnerFactory(name=f"{prefix} partner {i}")

    add_content(1, "Few")
    with django_assert_max_num_queries(12) as few:  # the page budget of issue 5
        assert Client().get(SUBSCRIBE).status_code == 200
    add_content(15, "Many")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = Client().get(SUBSCRIBE)
    assert page.text.count('name="topics"') == 64
    assert page.text.count('name="partners"') == 16


# --- The admin ----------------------------------------------------------------


@pytest.fixture
def subscribers(seeded):
    now = timezone.now()
    active = Subscriber.objects.create(
        email="reader@example.com", confirmed_at=now, language="fr"
    )
    active.partners.add(PartnerFactory(name="Japan"))
    Subscriber.objects.create(email="waiting@example.com")
    Subscriber.objects.create(
        email="left@example.com", confirmed_at=now, unsubscribed_at=now
    )
    return active


def test_communications_see_and_filter_subscribers(client_for, subscribers):
    client = client_for(COMMS)

    listing = client.get(ADMIN_LIST)
    assert listing.status_code == 200
    for email in ["reader@example.com", "waiting@example.com", "left@example.com"]:
        assert email in listing.text
    assert subscribers.unsubscribe_token not in listing.text
    subscribed = client.get(ADMIN_LIST, {"status": "subscribed"})
    assert [s.email for s in subscribed.context["object_list"]] == [
        "reader@example.com"
    ]
    found = client.get(ADMIN_LIST, {"q": "waiting"})
    assert [s.email for s in found.context["object_list"]] == ["waiting@example.com"]
    french = client.get(ADMIN_LIST, {"language": "fr"})
    assert [s.email for s in french.context["object_list"]] == ["reader@example.com"]

    inspect = client.get(f"{ADMIN_LIST}inspect/{subscribers.pk}/")
    assert inspect.status_code == 200
    assert "Japan" in inspect.text
    assert subscribers.unsubscribe_token not in inspect.text


def test_communications_export_subscribers(
    client_for, subscribers, django_assert_max_num_queries
):
    client = client_for(COMMS)

    with django_assert_max_num_queries(20):
        response = client.get(ADMIN_LIST, {"export": "csv"})
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert {row["Email address"] for row in rows} == {
        "reader@example.com",
        "waiting@example.com",
        "left@example.com",
    }
    reader = next(row for row in rows if row["Email address"] == "reader@example.com")
    assert reader["Partners"] == "Japan"
    assert reader["Status"] == "Subscribed"

    xlsx = client.get(ADMIN_LIST, {"export": "xlsx", "status": "unsubscribed"})
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Email address"
    assert [row[0] for row in values[1:]] == ["left@example.com"]


def test_communications_edit_preferences_but_not_the_address(client_for, subscribers):
    client = client_for(COMMS)
    edit = f"{ADMIN_LIST}edit/{subscribers.pk}/"

    response = client.post(
        edit,
        {"language": "ko", "email": "hijack@example.com", "unsubscribe_token": "x"},
    )

    assert response.status_code == 302
    subscribers.refresh_from_db()
    assert subscribers.language == "ko"
    assert subscribers.email == "reader@example.com"
    assert subscribers.unsubscribe_token != "x"


def test_nobody_adds_subscribers_by_hand(client_for, subscribers):
    for email in (COMMS, ADMIN):
        client = client_for(email)
        assert f"{ADMIN_LIST}add/" not in client.get(ADMIN_LIST).text
        response = client.post(f"{ADMIN_LIST}add/", {"email": "x@example.com"})
        assert response.status_code in (302, 403)
        assert not Subscriber.objects.filter(email="x@example.com").exists()


def test_superusers_see_subscribers(client_for, subscribers):
    assert "reader@example.com" in client_for(ADMIN).get(ADMIN_LIST).text


@pytest.mark.parametrize("email", [TEAM, LEAD, FPI])
def test_other_roles_never_see_subscribers(client_for, subscribers, email):
    client = client_for(email)

    for path in [
        ADMIN_LIST,
        f"{ADMIN_LIST}?export=csv",
        f"{ADMIN_LIST}inspect/{subscribers.pk}/",
        f"{ADMIN_LIST}edit/{subscribers.pk}/",
    ]:
        response = client.get(path)
        assert response.status_code in (302, 403), path
        if response.status_code == 302:
            assert response["Location"] == "/admin/"
    assert client.post(f"{ADMIN_LIST}delete/{subscribers.pk}/").status_code in (
        302,
        403,
    )
    assert Subscriber.objects.filter(pk=subscribers.pk).exists()
    assert "Newsletter subscribers" not in client.get("/admin/").text


@pytest.mark.parametrize("email", [TEAM, LEAD, FPI])
def test_history_of_subscriber_edits_stays_with_communications(
    client_for, subscribers, email
):
    client_for(COMMS).post(
        f"{ADMIN_LIST}edit/{subscribers.pk}/", {"language": "ja"}, follow=True
    )
    history = "/admin/reports/site-history/"
    assert "reader@example.com" in client_for(COMMS).get(history).text

    response = client_for(email).get(history)

    assert "reader@example.com" not in response.text


@pytest.fixture
def unreachable_task_queue():
    """The broker at a port nothing listens on, as in a Redis outage."""
    conf = celery_app.conf
    previous = conf.task_always_eager, conf.broker_url
    conf.task_always_eager, conf.broker_url = False, "redis://127.0.0.1:9/0"
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    yield
    conf.task_always_eager, conf.broker_url = previous
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def test_with_the_task_queue_out_of_reach_the_sign_up_is_answered_at_once(
    sign_up, mailoutbox, unreachable_task_queue
):
    response = sign_up("ada@example.com")

    assert response.status_code == 302
    assert response["Location"].endswith("/newsletter/subscribe/sent/")
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["ada@example.com"]
    assert Subscriber.objects.get().confirmation_sent_at is not None


def test_with_neither_task_queue_nor_mail_server_the_sign_up_is_kept(
    sign_up, settings, unreachable_task_queue
):
    """Nothing is lost and nothing shows: the sign-up waits with its answer due."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    response = sign_up("ada@example.com")

    assert response.status_code == 302
    assert response["Location"].endswith("/newsletter/subscribe/sent/")
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ada@example.com"
    assert subscriber.confirmation_sent_at is None
