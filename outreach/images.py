"""Responsive images of the public site.

Every place that shows an image names one of the `SIZES` below. The sizes list
the renditions their `<picture>` uses (AVIF and WebP with a JPEG fallback, at a
few widths), so a page can load the renditions of all its images in one query
before rendering (`prefetch_renditions`) and no template asks the database for
them one by one.
"""

from dataclasses import dataclass

from django.utils.html import format_html
from wagtail.images import get_image_model
from wagtail.images.models import Filter, Picture

FORMATS = "format-{avif,webp,jpeg}"


@dataclass(frozen=True)
class ImageSize:
    """The renditions one place on the site needs, smallest first."""

    resize: str  # a Wagtail filter spec, with {…} for the widths
    sizes: str  # the <img sizes> attribute: how wide the image is shown

    @property
    def filter_specs(self) -> list[str]:
        return Filter.expand_spec([self.resize, FORMATS])


SIZES = {
    # cards in listings: three columns on wide screens, one on phones
    "card": ImageSize(
        "fill-{400x225,800x450}",
        "(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw",
    ),
    # the image at the top of an explainer, news item or event
    "hero": ImageSize(
        "fill-{800x450,1200x675,1600x900}", "(min-width: 72rem) 68rem, 100vw"
    ),
    # images in the text column
    "body": ImageSize("width-{480,800,1200}", "(min-width: 52rem) 48rem, 100vw"),
}
# What OpenGraph and Twitter cards show when a page is shared.
SHARE_SPEC = "fill-1200x630|format-jpeg"


def specs_for(*kinds: str) -> list[str]:
    specs = [spec for kind in kinds for spec in SIZES[kind].filter_specs]
    if "hero" in kinds:
        specs.append(SHARE_SPEC)
    return specs


def prefetch_renditions(images_by_kind: list[tuple[object, str]]) -> None:
    """Load the renditions that `images_by_kind` ((image, kind) pairs) will render,
    for all of them in one query. Renditions that do not exist yet are made when
    the template asks for them, the first time only."""
    wanted = [(image, kind) for image, kind in images_by_kind if image is not None]
    if not wanted:
        return
    specs = {spec for _image, kind in wanted for spec in specs_for(kind)}
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(
            image_id__in={image.pk for image, _kind in wanted}, filter_spec__in=specs
        )
    )
    by_image: dict[int, list] = {}
    for rendition in renditions:
        by_image.setdefault(rendition.image_id, []).append(rendition)
    for image, _kind in wanted:
        found = by_image.get(image.pk, [])
        for rendition in found:
            # Rendition.image would otherwise be fetched again for each <img>.
            rendition.image = image
        image.prefetched_renditions = found


def picture(image, kind: str, alt: str, *, lazy: bool = True, css_class: str = ""):
    """A <picture> of `image` for the place `kind`, with width and height set."""
    if image is None:
        return ""
    key = _picture_key(image, kind, alt, lazy, css_class)
    markup = _pictures.get(key) if key is not None else None
    if markup is None:
        markup = _picture_markup(image, kind, alt, lazy=lazy, css_class=css_class)
        if key is not None:
            if len(_pictures) >= PICTURES_KEPT:
                _pictures.clear()
            _pictures[key] = markup
    return markup


# The markup of pictures already rendered by this process, by everything it is
# made from: the image's file, size and focal point, its renditions (their rows:
# a rendition made anew is a new row) and the attributes asked for. Working out
# which rendition serves each of a picture's 7–10 filter specs is most of the
# time of rendering a page uncached, and gives the same answer until one of
# those changes.
PICTURES_KEPT = 4096
_pictures: dict[tuple, str] = {}


def _picture_key(image, kind, alt, lazy, css_class) -> tuple | None:
    """None where the renditions were not loaded with the page, or some were
    made by this request and have no key yet: then the picture is not kept."""
    renditions = getattr(image, "prefetched_renditions", None)
    if renditions is None:
        return None
    rendition_ids = [rendition.pk for rendition in renditions]
    if None in rendition_ids:  # made just now, not saved with a key
        return None
    return (
        image.pk,
        image.file.name,
        image.width,
        image.height,
        image.focal_point_x,
        image.focal_point_y,
        image.focal_point_width,
        image.focal_point_height,
        tuple(sorted(rendition_ids)),
        kind,
        alt,
        lazy,
        css_class,
    )


def _picture_markup(image, kind: str, alt: str, *, lazy: bool, css_class: str):
    size = SIZES[kind]
    attrs = {"alt": alt, "sizes": size.sizes, "decoding": "async"}
    if lazy:
        attrs["loading"] = "lazy"
    else:
        attrs["fetchpriority"] = "high"
    if css_class:
        attrs["class"] = css_class
    return format_html(
        "{}", Picture(image.get_renditions(*size.filter_specs), attrs).__html__()
    )


def share_image(image):
    """The rendition used for social previews, or None."""
    if image is None:
        return None
    return image.get_renditions(SHARE_SPEC)[SHARE_SPEC]
