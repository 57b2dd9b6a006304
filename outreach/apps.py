from django.apps import AppConfig


class OutreachConfig(AppConfig):
    name = "outreach"
    verbose_name = "Public outreach"

    def ready(self):
        from . import page_cache

        page_cache.connect_signals()
