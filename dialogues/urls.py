from django.urls import path  # noqa: F401

app_name = "dialogues"

# /partners/, /partners/<slug>/
urlpatterns: list = []
