"""Template tags of the public site: navigation, responsive images, metadata."""

import json
from dataclasses import dataclass

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from outreach import images, structured_data
from outreach.navigation import site_navigation as _site_navigation

register = template.Library()

# Characters that could end a <script> element or start markup inside it.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """{% site_navigation as nav %}: menu, sections and footer (cached)."""
    request = context.get("request")
    return _site_navigation(request) if request is not None else None


@register.filter
def is_current_section(url: str, path: str) -> bool:
    """Whether `path` is `url` or a page below it (not for the home page)."""
    return bool(url) and url != "/" and (path == url or path.startswith(url))


@register.simple_tag(name="picture_for")
def picture_for(image, kind, alt="", lazy=True, css_class=""):
    """{% picture_for image "card" alt=… lazy=False %}: AVIF, WebP and JPEG
    renditions of `image` with srcset, sizes, width and height."""
    return images.picture(image, kind, alt, lazy=lazy, css_class=css_class)


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    canonical: str
    og_type: str
    image_url: str
    image_width: int
    image_height: int
    image_alt: str
    json_ld: list


@register.simple_tag(takes_context=True)
def page_meta(context) -> PageMeta | None:
    """{% page_meta as meta %}: canonical URL, sharing (OpenGraph, Twitter) and
    JSON-LD of the Wagtail page being rendered, or of the view otherwise."""
    request = context.get("request")
    if request is None:
        return None
    page = context.get("page")
    navigation = _site_navigation(request)
    if not isinstance(page, Page):
        return PageMeta(
            title="",
            description="",
            canonical=request.build_absolute_uri(request.path),
            og_type="website",
            image_url="",
            image_width=0,
            image_height=0,
            image_alt="",
            json_ld=[],
        )
    url = _full_url(page, request, navigation)
    canonical = url
    number = request.GET.get("page", "")
    if number.isdigit() and int(number) > 1:
        canonical = f"{url}?page={number}"
    rendition = images.share_image(getattr(page, "listing_image", None))
    image_url = request.build_absolute_uri(rendition.url) if rendition else ""
    return PageMeta(
        title=page.seo_title or page.title,
        description=page.meta_description,
        canonical=canonical,
        og_type=page.og_type,
        image_url=image_url,
        image_width=rendition.width if rendition else 0,
        image_height=rendition.height if rendition else 0,
        image_alt=getattr(page, "listing_image_alt", "") if rendition else "",
        json_ld=structured_data.for_page(
            page, request, url=url, image_url=image_url, navigation=navigation
        ),
    )


def _full_url(page: Page, request, navigation) -> str:
    """The page's absolute URL on its Wagtail site, as `Page.get_full_url`
    gives it, without that method's lookup of every site's root paths."""
    path = navigation.url_of(page) if navigation is not None else None
    site = Site.find_for_request(request) if path is not None else None
    if site is None:
        return page.get_full_url(request) or request.build_absolute_uri(request.path)
    return site.root_url + path


@register.filter
def json_ld(data) -> str:
    """A <script type="application/ld+json"> element holding `data`."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return mark_safe(  # noqa: S308 - JSON with <, > and & escaped
        '<script type="application/ld+json">'
        + text.translate(_JSON_SCRIPT_ESCAPES)
        + "</script>"
    )
