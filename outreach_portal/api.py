"""The open-data API at /api/v1/ (django-ninja): one API, a router per app."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="Outreach Portal open data",
    version="1",
    description=(
        "Published AI policy developments, jurisdictions and the alignment matrix "
        "of the EU's International Outreach for Human-Centric AI programme."
    ),
    urls_namespace="api",
)
