"""Versions of the data that cached values are computed from.

A `DataVersion` names a body of data (the published developments, the public
dialogue meetings). Values computed from it are kept in the cache with the
version they were computed under; any write that may change the data renews the
version, so the next read computes afresh. It is renewed at once, for the rest
of the writing transaction, and again when the transaction commits: a value
computed by another request from the old rows before the commit would otherwise
be kept as current.
"""

import secrets

from django.core.cache import cache
from django.db import transaction


class DataVersion:
    def __init__(self, key: str):
        self.key = key

    def current(self) -> str:
        """The version now, starting one if the cache has none."""
        version = cache.get(self.key)
        if version is None:
            cache.add(self.key, secrets.token_hex(8), timeout=None)
            version = cache.get(self.key, "")
        return version

    def renew(self) -> None:
        """Call after any write that may change the data."""
        self._replace()
        transaction.on_commit(self._replace)

    def _replace(self) -> None:
        cache.set(self.key, secrets.token_hex(8), timeout=None)

    def __repr__(self) -> str:
        return f"DataVersion({self.key!r})"
