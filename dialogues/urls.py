from django.urls import path

from . import views

app_name = "dialogues"

urlpatterns = [
    path("partners/", views.partner_list, name="partner_list"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner_detail"),
]
