"""Full-page cache of the public site for anonymous visitors, cleared on publish.

A cache hit is answered just inside SecurityMiddleware and WhiteNoise, before
sessions, CSRF, authentication, the URL resolver and Wagtail run, so it costs
one cache round trip (no SQL). The stored response carries every header the
inner middleware added (Vary, Content-Language, X-Frame-Options).

Only responses that are the same for every anonymous visitor are stored: 200s
of Wagtail pages for GET requests without a session, that set no cookie (a page
rendering `{% csrf_token %}` sets the CSRF cookie, so forms are never shared
with someone else's token), are not private or restricted (Wagtail marks those
`Cache-Control: private, no-cache`), and are in the language their path names.

Invalidation is by generation: every entry records the generation it was
rendered under, and any write the public site shows (a page saved, published,
unpublished, moved or deleted; a published development, a partner, the site
settings or an image changed) replaces the generation once the transaction
commits, so older entries are ignored from the next request on. Wagtail's
frontend_cache (CDN purging) and Django's per-site cache middleware (no
invalidation, runs after the session middleware) do not fit; wagtail-cache
requires Wagtail < 8.
"""

import functools
import hashlib
import logging
import pickle
import secrets
from collections.abc import Callable
from typing import TypeVar

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_cache_control
from redis import RedisError
from wagtail import views as wagtail_views
from wagtail.models import ModelLogEntry, Page, get_page_models
from wagtail.signals import post_page_move

logger = logging.getLogger(__name__)
T = TypeVar("T")

GENERATION_KEY = "page-cache:generation"
KEY_PREFIX = "page-cache:page:"
# Browsers may reuse a page for a minute: a published correction reaches a
# returning visitor that soon, while the server's copy is replaced at once.
BROWSER_MAX_AGE = 60
# Data kept by `remember` is replaced at the next change; this bounds the life
# of entries under names no longer asked for.
DATA_SECONDS = 24 * 60 * 60
# Cookies that make a request personal: a session (signed in, or a password
# given for a restricted page) or a pending message the page must show.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Vary values the key already accounts for: no session is sent, and the path
# names the language.
KEYED_VARY = {"cookie", "accept-language"}
# Models shown on cached pages besides the pages themselves.
INVALIDATING_MODELS = [
    "wagtailcore.Site",
    # Making a page private, or public again, changes what visitors may see.
    "wagtailcore.PageViewRestriction",
    "monitoring.PolicyDevelopment",
    "dialogues.Partner",
    "outreach.SiteSettings",
    "wagtailimages.Image",
]


class PageCacheMiddleware:
    """Serve and store anonymous visitors' Wagtail pages (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.PAGE_CACHE_SECONDS
        if (
            seconds <= 0
            or not _is_anonymous_read(request)
            or not _is_page_path(request)
        ):
            return self.get_response(request)
        try:
            key = KEY_PREFIX + _page_key(request)
        except DisallowedHost:
            return self.get_response(request)  # answered 400 further in
        try:
            found = cache.get_many([GENERATION_KEY, key])
            # Read before rendering: a change committed during the render
            # leaves the entry stored under an outdated generation.
            generation = found.get(GENERATION_KEY) or _start_generation()
        except RedisError:
            logger.warning("Page cache unavailable; serving uncached.", exc_info=True)
            return self.get_response(request)
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            _generation, content, headers = entry
            response = HttpResponse(content, headers=headers)
            response["X-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if request.method == "GET" and _is_shareable(request, response):
            patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE)
            try:
                entry = (generation, response.content, list(response.items()))
                cache.set(key, entry, seconds)
            except RedisError:
                logger.warning("Page cache unavailable; not stored.", exc_info=True)
            else:
                response["X-Cache"] = "miss"
        return response


def _is_anonymous_read(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _is_page_path(request: HttpRequest) -> bool:
    """Whether Wagtail's page view answers the path. Nothing else is stored, so
    other views (the tracker, the API) skip the cache lookup."""
    urlconf = getattr(request, "urlconf", None) or settings.ROOT_URLCONF
    return _resolves_to_a_page(request.path_info, urlconf)


@functools.lru_cache(maxsize=4096)
def _resolves_to_a_page(path: str, urlconf: str) -> bool:
    """Memoised: the URLconf does not change while the process runs."""
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    # i18n_patterns match the active language's prefix only.
    with translation.override(language):
        try:
            match = resolve(path, urlconf)
        except Resolver404:
            return False
    return match.func is wagtail_views.serve


def _page_key(request: HttpRequest) -> str:
    """Scheme, host, path (with its language prefix) and query string."""
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return hashlib.sha256(url.encode()).hexdigest()


def _is_shareable(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether every anonymous visitor may be sent this response."""
    match = request.resolver_match
    if (
        response.status_code != 200
        or response.streaming
        or match is None
        or match.func is not wagtail_views.serve
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or response.has_header("Content-Encoding")
    ):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    directives = {
        part.strip().split("=")[0].lower()
        for part in response.get("Cache-Control", "").split(",")
    }
    if directives & {"private", "no-cache", "no-store"}:
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",")}
    if vary - KEYED_VARY - {""}:
        return False
    path_language = (
        translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    )
    language = response.get("Content-Language") or translation.get_language()
    return language == path_language


# What unpickling a value kept by older code can raise.
UNREADABLE = (pickle.UnpicklingError, AttributeError, ImportError)


def remember(name: str, compute: Callable[[], T], *, version: str = "") -> T:
    """`compute()`, kept in the cache until the next change that clears the page
    cache: for data many pages show (the menu, the footer, highlights), so that
    after a publish it is computed once, not once per page. One cache round trip.

    `version`: of other data `compute` reads (a `DataVersion`'s current value);
    the kept value is used only while it is the same.
    """
    key = f"page-cache:data:{name}"
    try:
        try:
            found = cache.get_many([GENERATION_KEY, key])
        except UNREADABLE:
            # Kept by code since changed (a model renamed or moved): replaced below.
            logger.warning("Kept %s unreadable; computing it.", name, exc_info=True)
            found = {GENERATION_KEY: cache.get(GENERATION_KEY)}
        generation = found.get(GENERATION_KEY) or _start_generation()
    except RedisError:
        logger.warning("Page cache unavailable; computing %s.", name, exc_info=True)
        return compute()
    entry = found.get(key)
    if entry is not None and entry[:2] == (generation, version):
        return entry[2]
    value = compute()
    try:
        cache.set(key, (generation, version, value), timeout=DATA_SECONDS)
    except RedisError:
        logger.warning("Page cache unavailable; %s not kept.", name, exc_info=True)
    return value


def _new_generation() -> str:
    return secrets.token_hex(8)


def _start_generation() -> str:
    """The current generation, starting one if the cache has none."""
    cache.add(GENERATION_KEY, _new_generation(), timeout=None)
    return cache.get(GENERATION_KEY)


def clear() -> None:
    """Outdate every cached page."""
    cache.set(GENERATION_KEY, _new_generation(), timeout=None)


def clear_on_commit(**kwargs) -> None:
    """Signal receiver: outdate the cache at once, for the rest of the writing
    transaction, and again once the change is committed (a page rendered by
    another request before the commit would otherwise be stored as current)."""
    try:
        clear()
    except RedisError:
        logger.warning("Page cache unavailable; cleared on commit.", exc_info=True)
    transaction.on_commit(clear, robust=True)


def _clear_on_logged_action(sender, instance, created, **kwargs) -> None:
    """Bulk actions (publishing or dismissing developments in triage) update rows
    with one query and send no post_save, but log each object they change."""
    watched = ContentType.objects.get_for_models(
        *(apps.get_model(label) for label in INVALIDATING_MODELS)
    )
    if created and instance.content_type_id in {ct.pk for ct in watched.values()}:
        clear_on_commit()


def connect_signals() -> None:
    """Clear the cache on every write that cached pages may show."""
    for model in {Page, *get_page_models()}:
        # Saving covers creating, publishing and unpublishing a page (and
        # editors' drafts, a small price); deleting sends post_delete for Page.
        post_save.connect(clear_on_commit, sender=model, dispatch_uid="page_cache")
        post_delete.connect(clear_on_commit, sender=model, dispatch_uid="page_cache")
    # Moves update the tree with queryset updates, which send no post_save.
    post_page_move.connect(clear_on_commit, dispatch_uid="page_cache")
    for label in INVALIDATING_MODELS:
        model = apps.get_model(label)
        post_save.connect(clear_on_commit, sender=model, dispatch_uid="page_cache")
        post_delete.connect(clear_on_commit, sender=model, dispatch_uid="page_cache")
    post_save.connect(
        _clear_on_logged_action, sender=ModelLogEntry, dispatch_uid="page_cache"
    )
