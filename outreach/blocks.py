"""StreamField blocks of the public site's pages.

Explainers are long reads: headings feed the table of contents, FAQ blocks become
`FAQPage` structured data, and a policy-development block shows a tracked
development whose stage stays current because it is read from the tracker.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


# The id of the FAQ section's heading, for the table of contents.
FAQ_ANCHOR = "questions-and-answers"


def heading_anchor(text: str) -> str:
    """The id of a heading, kept readable in every script ("what-is-ai",
    "ai-法とは")."""
    return slugify(text, allow_unicode=True) or "section"


class HeadingBlock(blocks.CharBlock):
    """A section heading (h2); explainers list these as their table of contents."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = heading_anchor(value)
        return context

    class Meta:
        icon = "title"
        template = "outreach/blocks/heading.html"
        description = _("A section heading, listed in the table of contents.")


class KeyTakeawaysBlock(blocks.StructBlock):
    title = blocks.CharBlock(default=_("Key takeaways"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Takeaway")), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "outreach/blocks/key_takeaways.html"
        description = _("The few points a hurried reader should remember.")


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    tone = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("important", _("Important"))],
        default="info",
    )

    class Meta:
        icon = "warning"
        template = "outreach/blocks/callout.html"
        description = _("A boxed note set apart from the text.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "outreach/blocks/quote.html"
        description = _("A quotation with who said it.")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with the alt text its context needs; alt text is required."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        help_text=_("Describe what the image shows for people who cannot see it.")
    )
    caption = blocks.CharBlock(required=False)

    class Meta:
        icon = "image"
        template = "outreach/blocks/image.html"
        description = _("An image with alt text and an optional caption.")


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.ListBlock):
    """Questions and answers, published as `FAQPage` structured data too."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = FAQ_ANCHOR
        return context

    def __init__(self, **kwargs):
        super().__init__(FAQItemBlock(), **kwargs)

    class Meta:
        icon = "help"
        template = "outreach/blocks/faq.html"
        description = _("Questions and answers, also given to search engines.")


class PolicyDevelopmentBlock(SnippetChooserBlock):
    """A tracked development, shown with its current stage.

    A development that is no longer published renders nothing on the public site.
    """

    def __init__(self, **kwargs):
        super().__init__("monitoring.PolicyDevelopment", **kwargs)

    def bulk_to_python(self, values):
        """All developments of a page in one query, with their jurisdictions."""
        found = self.model_class.objects.select_related("jurisdiction").in_bulk(
            [value for value in values if value is not None]
        )
        return [found.get(value) for value in values]

    class Meta:
        icon = "doc-full"
        template = "outreach/blocks/policy_development.html"
        description = _("A development from the policy tracker, with its stage.")


class BaseContentBlocks(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    embed = EmbedBlock(
        help_text=_("A video or post URL, e.g. from YouTube or Vimeo."),
        icon="media",
        template="outreach/blocks/embed.html",
    )


class ExplainerBlocks(BaseContentBlocks):
    takeaways = KeyTakeawaysBlock()
    faq = FAQBlock()
    development = PolicyDevelopmentBlock()
