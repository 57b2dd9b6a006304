"""Table columns of the back office's long listings (meetings, action items).

They render the same markup as Wagtail's columns and buttons, written out with
`format_html` instead of a template per cell: a page of 25 meetings has
hundreds of cells and over a hundred buttons, and their templates took about
half of the page's time. A button of a kind not handled here renders as Wagtail does.
"""

from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.widgets.button import BaseDropdownMenuButton, Button


def class_attribute(column) -> str:
    return format_html(' class="{}"', column.classname) if column.classname else ""


def _icon(name: str, classname: str = "icon") -> str:
    """As Wagtail's {% icon %} tag."""
    return format_html(
        '<svg class="icon icon-{} {}" aria-hidden="true"><use href="#icon-{}"></use>'
        "</svg>",
        name,
        classname,
        name,
    )


def button_html(button, parent_context) -> str:
    """As wagtailadmin/shared/button.html and button_with_dropdown.html."""
    if type(button) is Button:
        content = format_html(
            "{}{}", _icon(button.icon_name) if button.icon_name else "", button.label
        )
        tag = (
            format_html('<a href="{}"', button.url)
            if button.url
            else format_html("<button")
        )
        return format_html(
            '{} class="{}"{}>{}</{}>',
            tag,
            button.classname,
            button.base_attrs_string,
            content,
            "a" if button.url else "button",
        )
    if isinstance(button, BaseDropdownMenuButton) and not button.label:
        items = format_html_join(
            "",
            "{}",
            (
                (button_html(item, parent_context),)
                for item in sorted(button.dropdown_buttons)
            ),
        )
        toggle_class = " ".join(
            name
            for name in (
                "w-dropdown__toggle w-dropdown__toggle--icon",
                button.classname,
            )
            if name
        )
        aria_label = (
            format_html(' aria-label="{}"', button.aria_label)
            if button.aria_label
            else ""
        )
        return format_html(
            '<div data-controller="w-dropdown" class="w-dropdown"{}>'
            '<button type="button" class="{}" data-w-dropdown-target="toggle"{}>{}'
            "</button>"
            '<div data-w-dropdown-target="content" class="w-dropdown__content" hidden>'
            "{}</div></div>",
            button.base_attrs_string,
            toggle_class,
            aria_label,
            _icon(button.icon_name or "arrow-down", "w-dropdown__toggle-icon"),
            items,
        )
    return button.render_html(parent_context)


class TextColumn(Column):
    """Wagtail's Column (wagtailadmin/tables/cell.html)."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        if value is None or not str(value).strip():
            value = self.empty_value_display
        return format_html("<td{}>{}</td>", class_attribute(self), value)


class StatusColumn(StatusTagColumn):
    """Wagtail's StatusTagColumn (wagtailadmin/tables/status_tag_cell.html)."""

    def render_cell_html(self, instance, parent_context):
        return format_html(
            '<td{}><span class="w-status{}">{}</span></td>',
            class_attribute(self),
            " w-status--primary" if self.get_primary(instance) else "",
            self.get_value(instance),
        )


class ListingTitleColumn(TitleColumn):
    """Wagtail's TitleColumn with its row buttons (wagtailadmin/tables/
    title_cell.html); the listing view adds `get_buttons`."""

    def render_cell_html(self, instance, parent_context):
        context = self.get_cell_context_data(instance, parent_context)
        if not context["link_url"]:
            return super().render_cell_html(instance, parent_context)
        title = context["value"]
        if context["title_id"]:
            title = format_html('<span id="{}">{}</span>', context["title_id"], title)
        title = format_html("<a{}>{}</a>", flatatt(context["link_attrs"]), title)
        buttons = format_html_join(
            "",
            "<li>{}</li>",
            (
                (button_html(button, parent_context),)
                for button in context.get("buttons", [])
                if button.show
            ),
        )
        return format_html(
            '<td class="{}title"><div class="title-wrapper">{}</div>{}</td>',
            f"{self.classname} " if self.classname else "",
            title,
            format_html('<ul class="actions">{}</ul>', buttons) if buttons else "",
        )
