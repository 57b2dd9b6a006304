from django.urls import path  # noqa: F401

app_name = "monitoring"

# /tracker/, /tracker/<id>/, /tracker/export.csv, /alignment/, /feeds/developments.xml
urlpatterns: list = []
