from django.db import models


class ActivityReport(models.Model):
    """No table: carries the permission to download FPI activity reports.

    Reports are built on request from the other apps' data; nothing is stored.
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("download_activityreport", "Can download FPI activity reports")]

    def __str__(self):
        return "FPI activity report"
