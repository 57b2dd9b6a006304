from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import render


@login_required
@permission_required("reports.download_activityreport", raise_exception=True)
def report_index(request):
    """The FPI staff's entry point to the activity reports."""
    return render(request, "reports/index.html")
