"""Times of a record held in its own time zone: a dialogue meeting in Tokyo, an
event in Ottawa. The record stores `start` and `end` (aware datetimes) and its
`time_zone`; pages and feeds show them there, and in Brussels time beside."""

from django.utils import timezone


class LocalTimes:
    """For a model with `start`, `end` and `time_zone` fields."""

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.time_zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.time_zone)

    @property
    def brussels_start(self):
        return timezone.localtime(self.start, timezone.get_default_timezone())

    @property
    def brussels_end(self):
        return timezone.localtime(self.end, timezone.get_default_timezone())
