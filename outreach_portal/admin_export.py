"""CSV / XLSX exports of the back office's listings (Wagtail's index views)."""

from wagtail.coreutils import multigetattr


class ExportValuesMixin:
    """An index view's `to_row_dict`: each exported field's value from
    `export_values[field](item)` where the view gives one (lists of topics,
    choice labels), else the field itself (a dotted path)."""

    export_values: dict = {}

    def to_row_dict(self, item):
        return {
            field: (
                self.export_values[field](item)
                if field in self.export_values
                else multigetattr(item, field)
            )
            for field in self.list_export
        }
