"""Feed ingestion: poll the sources' RSS/Atom feeds and file new items as candidates.

Every item is keyed by its canonical URL (`canonical_url`), which is what
`PolicyDevelopment.source_url` stores, so re-polling a feed, two feeds carrying
the same item, or the same link with tracking parameters never make a duplicate,
and a dismissed development keeps its URL and is never created again.

A poll is bounded in time as a whole, not only per socket read: a watchdog shuts
the connection down once `INGESTION_TIMEOUT` seconds have passed, so a server
that hangs, or drips a byte at a time, fails within the budget.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import logging
import posixpath
import re
import socket
import threading
import time
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from html import unescape
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import feedparser
import requests
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import strip_tags
from requests.adapters import HTTPAdapter
from requests.utils import requote_uri
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from .models import PolicyDevelopment, Source

logger = logging.getLogger(__name__)

# Defaults; settings.INGESTION_TIMEOUT and settings.INGESTION_MAX_BYTES win.
INGESTION_TIMEOUT = 20.0  # seconds for a whole poll: connect, headers and body
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0  # between two bytes; the total budget above still applies
INGESTION_MAX_BYTES = 5 * 1024 * 1024
MAX_BACKOFF = timedelta(days=7)
MAX_BACKOFF_EXPONENT = 6
MAX_TITLE_LENGTH = PolicyDevelopment._meta.get_field("title").max_length
MAX_URL_LENGTH = PolicyDevelopment._meta.get_field("source_url").max_length
MAX_SUMMARY_LENGTH = 10_000
# Existing URLs are looked up in one query per this many items (one for any
# real feed; bounded so that no database's parameter limit is ever reached).
LOOKUP_CHUNK = 5000
USER_AGENT = "OutreachPortal-FeedIngestion/1.0 (+https://digital-strategy.ec.europa.eu)"

TRACKING_PARAMETERS = frozenset(
    {
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "dclid",
        "fbclid",
        "gbraid",
        "gclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "mkt_tok",
        "msclkid",
        "ref",
        "ref_src",
        "twclid",
        "wbraid",
        "yclid",
    }
)
TRACKING_PREFIXES = ("utm_",)
DEFAULT_PORTS = {"http": 80, "https": 443}
# There is no Source.Status for "our own code failed"; until there is, such a
# failure is recorded as the closest one (the feed could not be processed).
UNEXPECTED_ERROR_STATUS = Source.Status.PARSE_ERROR

Status = Source.Status
SUCCESS_STATUSES = {Status.OK.value, Status.NOT_MODIFIED.value}


# --- Canonical URLs ----------------------------------------------------------


def canonical_url(url: str, base: str | None = None) -> str:
    """The form of a link used to deduplicate developments.

    Resolves `url` against `base`, lower-cases scheme and host, drops the default
    port, the fragment and tracking parameters, sorts the remaining query
    parameters and strips trailing slashes from the path (keeping "/" for root).
    """
    url = (url or "").strip()
    if base:
        url = urljoin(base.strip(), url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: leave it to the caller
        port = None
    netloc = host
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.username
        if parts.password is not None:
            userinfo = f"{userinfo}:{parts.password}"
        netloc = f"{userinfo}@{netloc}"
    path = _remove_dot_segments(parts.path).rstrip("/") or "/"
    query = _canonical_query(parts.query)
    return requote_uri(urlunsplit((scheme, netloc, path, query, "")))


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 §5.2.4, so that /a/./b and /a/c/../b are the same page."""
    if "." not in path:
        return path
    normalised = posixpath.normpath(path)
    if path.endswith("/") and not normalised.endswith("/"):
        normalised += "/"
    return "/" + normalised.lstrip("/") if path.startswith("/") else normalised


def _is_tracking(name: str) -> bool:
    name = unquote(name).strip().lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def _canonical_query(query: str) -> str:
    # Pairs keep their original encoding; they are sorted by name only, so the
    # order of repeated parameters (?id=2&id=1), which may matter, is kept.
    pairs = [pair for pair in query.split("&") if pair and pair != "="]
    kept = [pair for pair in pairs if not _is_tracking(pair.partition("=")[0])]
    kept.sort(key=lambda pair: unquote(pair.partition("=")[0]))
    return "&".join(kept)


# --- Text cleaning -----------------------------------------------------------

_WHITESPACE = re.compile(r"\s+")


def clean_text(value: str | None, max_length: int | None = None) -> str:
    """Plain text from feed HTML: no tags, entities unescaped, spaces collapsed."""
    if not value:
        return ""
    text = unescape(strip_tags(value))
    if "<" in text and ">" in text:  # the markup was escaped twice
        text = unescape(strip_tags(text))
    text = _WHITESPACE.sub(" ", text).strip()
    if max_length is not None and len(text) > max_length:
        text = text[: max_length - 1].rstrip() + "…"
    return text


# --- HTTP with a total deadline ----------------------------------------------

_current_deadline: contextvars.ContextVar[_Deadline | None] = contextvars.ContextVar(
    "ingestion_deadline", default=None
)


class _Deadline:
    """Shuts down every socket opened during a poll once its time budget is spent.

    Socket timeouts bound each read, not the whole response: a server sending
    a byte every few seconds would never trip them.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expires_at = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self):
        self._token = _current_deadline.set(self)
        self._timer.start()
        return self

    def __exit__(self, *exc_info):
        self._timer.cancel()
        _current_deadline.reset(self._token)

    def remaining(self) -> float:
        return max(0.0, self.expires_at - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shutdown(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shutdown(sock)

    @staticmethod
    def _shutdown(sock: socket.socket) -> None:
        # shutdown() (unlike close()) wakes a thread blocked in recv() at once.
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _watched(connection_class):
    class WatchedConnection(connection_class):
        def _new_conn(self):
            sock = super()._new_conn()
            deadline = _current_deadline.get()
            if deadline is not None:
                deadline.watch(sock)
            return sock

    WatchedConnection.__name__ = f"Watched{connection_class.__name__}"
    return WatchedConnection


class _WatchedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _watched(HTTPConnection)


class _WatchedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _watched(HTTPSConnection)


_WATCHED_POOLS = {
    "http": _WatchedHTTPConnectionPool,
    "https": _WatchedHTTPSConnectionPool,
}


class _DeadlineAdapter(HTTPAdapter):
    """A requests adapter whose connections register with the current deadline."""

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _WATCHED_POOLS

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _WATCHED_POOLS
        return manager


class FeedError(Exception):
    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class FetchedFeed:
    status_code: int
    url: str
    headers: dict[str, str]
    body: bytes


def _setting(name: str, default):
    return getattr(settings, name, None) or default


def configured_timeout() -> float:
    """Seconds a poll may take in all: settings.INGESTION_TIMEOUT or the default."""
    return float(_setting("INGESTION_TIMEOUT", INGESTION_TIMEOUT))


def fetch_feed(url: str, *, etag: str = "", last_modified: str = "") -> FetchedFeed:
    """GET a feed within the time and size budget; raise FeedError on failure.

    A 304 answer is returned (with an empty body), not raised.
    """
    budget = configured_timeout()
    max_bytes = int(_setting("INGESTION_MAX_BYTES", INGESTION_MAX_BYTES))
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, application/rdf+xml, "
        "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified

    with requests.Session() as session, _Deadline(budget) as deadline:
        session.max_redirects = 5
        adapter = _DeadlineAdapter(max_retries=0)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        timeout = (min(CONNECT_TIMEOUT, budget), min(READ_TIMEOUT, budget))
        try:
            with session.get(url, headers=headers, timeout=timeout, stream=True) as r:
                if r.status_code == 304:
                    return FetchedFeed(304, r.url, _lower(r.headers), b"")
                if r.status_code >= 300:
                    message = f"HTTP {r.status_code} {r.reason or ''}".strip()
                    raise FeedError(Status.HTTP_ERROR, message)
                declared = r.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FeedError(Status.HTTP_ERROR, _too_large(max_bytes))
                body = bytearray()
                for chunk in r.iter_content(chunk_size=64 * 1024):
                    body += chunk
                    if len(body) > max_bytes:
                        raise FeedError(Status.HTTP_ERROR, _too_large(max_bytes))
                    if deadline.remaining() <= 0:
                        raise _timed_out(budget)
                if deadline.expired:  # the shutdown may look like a normal end
                    raise _timed_out(budget)
                return FetchedFeed(r.status_code, r.url, _lower(r.headers), bytes(body))
        except FeedError:
            raise
        except requests.exceptions.Timeout as error:
            raise _timed_out(budget) from error
        except Exception as error:
            # Whatever the watchdog's shutdown made the client raise, it is a timeout.
            if deadline.expired:
                raise _timed_out(budget) from error
            if isinstance(error, requests.exceptions.ConnectionError):
                raise FeedError(Status.CONNECTION_ERROR, _describe(error)) from error
            if isinstance(error, requests.exceptions.RequestException):
                raise FeedError(Status.HTTP_ERROR, _describe(error)) from error
            raise


def _lower(headers) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def _too_large(max_bytes: int) -> str:
    return f"The response is larger than {max_bytes // 1024} KiB."


def _timed_out(budget: float) -> FeedError:
    return FeedError(Status.TIMEOUT, f"No complete response within {budget:g} s.")


def _describe(error: BaseException) -> str:
    # requests nests urllib3's errors; the innermost one says what happened.
    reason = error
    for _ in range(10):  # bounded: a chain may loop
        if reason.__context__ is None:
            break
        reason = reason.__context__
    text = str(reason) or type(reason).__name__
    return f"{type(error).__name__}: {text}"[:1000]


# --- Parsing -----------------------------------------------------------------


@dataclass
class FeedItem:
    url: str
    title: str
    summary: str
    announced_on: date | None


def parse_feed(body: bytes, *, url: str, headers: dict[str, str]) -> list[FeedItem]:
    """Items of an RSS 0.9x/1.0/2.0 or Atom document; FeedError if it is not one."""
    response_headers = {**headers, "content-location": url}
    # A BytesIO, never bytes: feedparser would open a body that looks like a path.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=response_headers)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        if not body.strip():
            detail = ": the response is empty"
        raise FeedError(Status.PARSE_ERROR, f"Not an RSS or Atom feed{detail}"[:1000])
    if parsed.get("bozo"):
        # e.g. CharacterEncodingOverride: the items are still good.
        logger.info("Feed %s is not well-formed: %s", url, parsed.get("bozo_exception"))
    items, seen = [], set()
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        entry_base = entry.get("title_detail", {}).get("base") or url
        link = canonical_url(link, base=entry_base)
        if urlsplit(link).scheme not in DEFAULT_PORTS or len(link) > MAX_URL_LENGTH:
            continue
        if link in seen:
            continue
        seen.add(link)
        summary = clean_text(_entry_summary(entry), MAX_SUMMARY_LENGTH)
        title = clean_text(entry.get("title"), MAX_TITLE_LENGTH)
        title = title or clean_text(summary, MAX_TITLE_LENGTH)
        title = title or link[:MAX_TITLE_LENGTH]
        items.append(FeedItem(link, title, summary, _entry_date(entry)))
    return items


def _entry_summary(entry) -> str:
    if entry.get("summary"):
        return entry.summary
    for content in entry.get("content") or []:
        if content.get("value"):
            return content.value
    return ""


def _entry_date(entry) -> date | None:
    """The publisher's calendar date of the entry, if it gives one."""
    for key in ("published", "updated", "created"):
        raw = (entry.get(key) or "").strip()
        if not raw:
            continue
        # The date as written, in the publisher's own offset: feedparser's UTC
        # value would make "21 Jan 2020 00:00 +0800" the 20th.
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                return parse(raw).date()
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return datetime(*parsed[:6], tzinfo=UTC).date()
            except (TypeError, ValueError, OverflowError):
                continue
    return None


# --- Polling -----------------------------------------------------------------


@dataclass
class PollResult:
    source_id: int
    source_name: str
    status: str
    new_items: int = 0
    items_seen: int = 0
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status in SUCCESS_STATUSES

    def __post_init__(self):
        self.status = str(self.status)  # the plain value, for JSON

    def as_dict(self) -> dict:
        return asdict(self)


def poll_source(source: Source, now: datetime | None = None) -> PollResult:
    """Fetch one source, create candidates for its new items, record the outcome.

    Writes at most: one SELECT of the items' known URLs, one bulk INSERT (and a
    count) when there are new ones, and one UPDATE of the source.
    """
    try:
        fetched = fetch_feed(
            source.url, etag=source.etag, last_modified=source.last_modified
        )
        if fetched.status_code == 304:
            return _record_success(source, Status.NOT_MODIFIED, fetched, now=now)
        items = parse_feed(fetched.body, url=fetched.url, headers=fetched.headers)
    except FeedError as error:
        logger.warning("Feed %s (%s): %s", source.name, source.url, error.message)
        return record_failure(source, error.status, error.message, now=now)
    new = _new_candidates(source, items)
    if not new:  # the usual re-poll: no transaction, no per-item write
        return _record_success(source, Status.OK, fetched, now=now, seen=len(items))
    with transaction.atomic():
        # Another poll (or another feed with the same item) may have inserted
        # some of these URLs since the lookup: those rows are skipped, no error.
        PolicyDevelopment.objects.bulk_create(
            new, batch_size=500, ignore_conflicts=True
        )
        created = PolicyDevelopment.objects.filter(
            source=source, source_url__in=[d.source_url for d in new]
        ).count()
        return _record_success(
            source, Status.OK, fetched, now=now, new_items=created, seen=len(items)
        )


def _new_candidates(source: Source, items: list[FeedItem]) -> list[PolicyDevelopment]:
    """Unsaved candidates for the items whose URL is not on file (dismissed too)."""
    urls = [item.url for item in items]
    known = set()
    for start in range(0, len(urls), LOOKUP_CHUNK):
        known.update(
            PolicyDevelopment.objects.filter(
                source_url__in=urls[start : start + LOOKUP_CHUNK]
            ).values_list("source_url", flat=True)
        )
    return [
        PolicyDevelopment(
            title=item.title,
            summary=item.summary,
            source_url=item.url,
            announced_on=item.announced_on,
            jurisdiction_id=source.jurisdiction_id,
            source=source,
            review_status=PolicyDevelopment.ReviewStatus.CANDIDATE,
            stage=PolicyDevelopment.Stage.PROPOSED,
        )
        for item in items
        if item.url not in known
    ]


def _record_success(
    source: Source,
    status: str,
    fetched: FetchedFeed,
    *,
    now: datetime | None,
    new_items: int = 0,
    seen: int = 0,
) -> PollResult:
    now = now or timezone.now()
    etag = fetched.headers.get("etag", "")
    last_modified = fetched.headers.get("last-modified", "")
    if status == Status.NOT_MODIFIED:  # a 304 need not repeat the validators
        etag = etag or source.etag
        last_modified = last_modified or source.last_modified
    _update_source(
        source,
        last_fetched_at=now,
        last_status=status,
        last_error="",
        last_new_items=new_items,
        consecutive_failures=0,
        next_poll_at=now + timedelta(minutes=source.poll_interval),
        # A truncated validator would be a wrong one: better none.
        etag=etag if len(etag) <= 255 else "",
        last_modified=last_modified if len(last_modified) <= 64 else "",
    )
    return PollResult(source.pk, source.name, status, new_items, seen)


def record_failure(
    source: Source, status: str, message: str, *, now: datetime | None = None
) -> PollResult:
    """Record a failed poll on the source and push its next poll back."""
    now = now or timezone.now()
    failures = source.consecutive_failures + 1
    _update_source(
        source,
        last_fetched_at=now,
        last_status=status,
        last_error=message,
        last_new_items=0,
        consecutive_failures=failures,
        next_poll_at=now + backoff_delay(source.poll_interval, failures),
    )
    return PollResult(source.pk, source.name, status, error=message)


def backoff_delay(poll_interval: int, failures: int) -> timedelta:
    """poll_interval minutes × 2^failures (at most 2^6), and never over a week."""
    delay = timedelta(minutes=poll_interval) * 2 ** min(failures, MAX_BACKOFF_EXPONENT)
    return min(delay, MAX_BACKOFF)


def _update_source(source: Source, **fields) -> None:
    Source.objects.filter(pk=source.pk).update(**fields)
    for name, value in fields.items():
        setattr(source, name, value)


def ingest_due_sources(
    source_ids: list[int] | None = None,
    now: datetime | None = None,
    *,
    time_budget: float | None = None,
) -> list[PollResult]:
    """Poll the due sources (or exactly `source_ids`); no failure stops the others.

    With `time_budget` (seconds), no new poll starts once it is spent: the sources
    left stay due and are polled first next time.
    """
    if source_ids is None:
        sources = Source.objects.due(now).order_by(
            F("next_poll_at").asc(nulls_first=True), "pk"
        )
    else:
        sources = Source.objects.filter(pk__in=source_ids).order_by("pk")
    started = time.monotonic()
    results = []
    sources = list(sources)
    for position, source in enumerate(sources):
        out_of_time = time_budget is not None and (
            time.monotonic() - started > time_budget
        )
        if position and out_of_time:
            logger.warning(
                "Ingestion ran out of time; %d source(s) left for the next run.",
                len(sources) - position,
            )
            break
        try:
            results.append(poll_source(source, now=now))
        except SoftTimeLimitExceeded:
            raise
        except Exception as error:
            logger.exception("Polling source %s (%s) failed", source.pk, source.url)
            message = f"Unexpected error: {type(error).__name__}: {error}"[:1000]
            try:
                source.refresh_from_db(fields=["consecutive_failures"])
                results.append(
                    record_failure(source, UNEXPECTED_ERROR_STATUS, message, now=now)
                )
            except Exception:
                logger.exception("Could not record the failure of source %s", source.pk)
                results.append(
                    PollResult(
                        source.pk, source.name, UNEXPECTED_ERROR_STATUS, error=message
                    )
                )
    return results


def summarise(results: list[PollResult]) -> dict:
    """A JSON-serialisable account of an ingestion run."""
    return {
        "sources": len(results),
        "new_items": sum(result.new_items for result in results),
        "failed": sum(not result.ok for result in results),
        "results": [result.as_dict() for result in results],
    }
