from django.urls import path

from . import views
from .feeds import DevelopmentsFeed

app_name = "monitoring"

urlpatterns = [
    path("tracker/", views.tracker, name="tracker"),
    path("tracker/<int:pk>/", views.development_detail, name="development_detail"),
    path("tracker/export.csv", views.tracker_export, name="tracker_export"),
    path("alignment/", views.alignment, name="alignment"),
    path("feeds/developments.xml", DevelopmentsFeed(), name="developments_feed"),
]
