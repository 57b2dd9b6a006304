"""The open-data API at /api/v1/ (django-ninja): one API, a router per app.

What every app's router shares, so that the whole API behaves the same way:

- errors: an unknown or non-public record answers 404 ``{"detail": "Not found"}``;
  a bad parameter answers 422 ``{"detail": [{"loc": ["query", name], "msg": …}]}``,
  whether ninja's own validation or a Django form (`raise_form_errors`) caught it;
- caching: every successful answer carries ``Cache-Control: public`` and a weak
  ETag computed from its body, and ``If-None-Match`` gets a 304 (`cacheable`,
  applied to every operation of the API);
- pagination: ``page`` and ``page_size`` (`PageQuery`), answered as `Page` with
  absolute ``next`` and ``previous`` links (`paginate`).

An app adds its endpoints in ``<app>/api.py`` as a ninja ``Router`` named
``router`` and lists it in ROUTERS below. The routers are mounted when the URLs
are first built, so an app's api module can import these helpers freely.
"""

import hashlib
import math
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, Generic, TypeVar

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from ninja import Field, NinjaAPI, Schema
from ninja.errors import ValidationError
from pydantic import field_validator

# (URL prefix, import path of the app's Router)
ROUTERS = [
    ("", "monitoring.api.router"),
    ("", "dialogues.api.router"),
]

CACHE_SECONDS = 300
PAGE_SIZE = 50
MAX_PAGE_SIZE = 200

T = TypeVar("T")


class PortalAPI(NinjaAPI):
    """A NinjaAPI that mounts the apps' routers (ROUTERS) when its URLs are built.

    Mounting late breaks the import cycle between this module, whose helpers the
    apps use, and the apps' api modules, whose routers this API serves.
    """

    def __init__(self, *args, routers: Iterable[tuple[str, str]] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self._pending_routers = list(routers)

    def mount_routers(self) -> None:
        while self._pending_routers:
            prefix, router = self._pending_routers.pop(0)
            self.add_router(prefix, router)

    @property
    def urls(self):
        self.mount_routers()
        return super().urls


api = PortalAPI(
    title="Outreach Portal open data",
    version="1",
    description=(
        "Published AI policy developments, jurisdictions and the alignment matrix "
        "of the EU's International Outreach for Human-Centric AI programme. "
        "Read-only, no authentication. Answers may be cached for "
        f"{CACHE_SECONDS // 60} minutes; send If-None-Match with the ETag you got "
        "to revalidate."
    ),
    urls_namespace="api",
    routers=ROUTERS,
)


# --- Errors -----------------------------------------------------------------


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    # The same body whatever the reason (unknown, candidate or dismissed), so the
    # API never tells whether an unpublished record exists.
    return api.create_response(request, {"detail": "Not found"}, status=404)


def query_error(name: str, message: str) -> dict[str, Any]:
    """One entry of a 422 body, shaped like ninja's own validation errors."""
    return {"type": "value_error", "loc": ["query", name], "msg": message}


def raise_form_errors(form) -> None:
    """Raise a 422 naming each query parameter a Django form (or filter) rejected."""
    if form.is_valid():
        return
    raise ValidationError(
        [
            query_error(name, str(message))
            for name, messages in form.errors.items()
            for message in messages
        ]
    )


# --- Caching ----------------------------------------------------------------


def cacheable(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Let browsers and shared caches keep successful answers for CACHE_SECONDS.

    The weak ETag is a hash of the body, so it changes exactly when the data
    does; a request whose If-None-Match carries it gets an empty 304. Applied to
    every operation of the API (`api.add_decorator(mode="view")`), on the rendered
    response, errors included.
    Any origin may read the answers: this is open data, sent without cookies.
    """

    @wraps(run)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = run(request, *args, **kwargs)
        response.headers["Access-Control-Allow-Origin"] = "*"
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or response.streaming
        ):
            return response
        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        etag = f'W/"{digest}"'
        response.headers["ETag"] = etag
        response.headers["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
        return get_conditional_response(request, etag=etag, response=response)

    return wrapper


api.add_decorator(cacheable, mode="view")


# --- Pagination -------------------------------------------------------------


class PageQuery(Schema):
    """The page parameters every list endpoint takes."""

    page: int = Field(1, ge=1, description="Page number, from 1.")
    page_size: int = Field(
        PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"Results per page, at most {MAX_PAGE_SIZE}.",
    )

    @field_validator("page", "page_size", mode="before")
    @classmethod
    def blank_is_default(cls, value, info):
        # `?page=` (as an HTML form sends it) means the default, not an error.
        if value == "":
            return cls.model_fields[info.field_name].default
        return value


class Page(Schema, Generic[T]):
    count: int = Field(description="How many results there are in all.")
    page: int
    page_size: int
    next: str | None = Field(description="URL of the next page, if any.")
    previous: str | None = Field(description="URL of the previous page, if any.")
    results: list[T]


def page_url(request: HttpRequest, page: int) -> str:
    """The absolute URL of this request with another page number."""
    params = request.GET.copy()
    params["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def paginate(
    request: HttpRequest,
    queryset,
    pages: PageQuery,
    serialize: Callable[[Any], Any],
    count: int | None = None,
) -> dict[str, Any]:
    """One page of `queryset` as a `Page`: a COUNT (unless the caller knows
    `count`), then the page's rows.

    A page past the last one is a 422 naming `page`; an empty result set has an
    empty page 1.
    """
    if count is None:
        count = queryset.count()
    last_page = max(1, math.ceil(count / pages.page_size))
    if pages.page > last_page:
        message = f"There is no page {pages.page}: the last is {last_page}."
        raise ValidationError([query_error("page", message)])
    start = (pages.page - 1) * pages.page_size
    rows = queryset[start : start + pages.page_size]
    return {
        "count": count,
        "page": pages.page,
        "page_size": pages.page_size,
        "next": page_url(request, pages.page + 1) if pages.page < last_page else None,
        "previous": page_url(request, pages.page - 1) if pages.page > 1 else None,
        "results": [serialize(row) for row in rows],
    }
