"""PostgreSQL: keep the full-text document of each development in a stored,
generated tsvector column with a GIN index.

Ranking from an expression index recomputes to_tsvector for every matching row;
with a stored column a broad search over 100,000 developments stays fast. The
column is invisible to Django's model (the database fills it); querysets read it
with RawSQL. SQLite has no tsvector and keeps the LIKE fallback.
"""

from django.db import migrations

ADD = """
ALTER TABLE monitoring_policydevelopment ADD COLUMN search_document tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, COALESCE(title, '')::text), 'A')
    || setweight(to_tsvector('english'::regconfig, COALESCE(summary, '')), 'B')
  ) STORED;
CREATE INDEX development_search_document_gin
  ON monitoring_policydevelopment USING gin (search_document);
DROP INDEX IF EXISTS development_search_gin;
"""

REMOVE = """
DROP INDEX IF EXISTS development_search_document_gin;
ALTER TABLE monitoring_policydevelopment DROP COLUMN IF EXISTS search_document;
"""


def add_search_document(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(ADD)


def remove_search_document(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(REMOVE)


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0003_topics_verbose_name")]

    operations = [migrations.RunPython(add_search_document, remove_search_document)]
