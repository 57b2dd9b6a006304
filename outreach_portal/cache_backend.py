"""Django's Redis cache backend, keeping one redis-py client per connection pool.

Django's `RedisCacheClient.get_client` builds a new `redis.Redis` for every cache
operation; its constructor fills a table of about 170 response callbacks, which
costs more than the Redis round trip itself (measured: a page-cache hit took
three times the CPU of a minimal view, most of it in `Redis.__init__`). A client
holds no connection of its own, only the pool it borrows them from, so one per
pool can serve every operation; the pool is per process (it checks the process
id after a fork) and thread-safe.

When Redis cannot be reached, an operation logs a warning and answers as a cache
that holds nothing (a miss; nothing stored), so the site is served uncached
instead of failing: the cache only ever holds what can be computed again.
`/healthz` still reports the cache as failed, since what it stores does not come
back. While Redis is down, nothing kept in the cache holds: allauth's login rate
limits included.
"""

import functools
import logging

from django.core.cache.backends import redis as django_redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


def _or_when_unreachable(name: str, answer=None):
    """Django's client operation `name`, answering `answer` (or what it returns,
    given the operation's arguments, if callable) when Redis cannot be reached."""
    operation = getattr(django_redis.RedisCacheClient, name)

    @functools.wraps(operation)
    def wrapper(self, *args, **kwargs):
        try:
            return operation(self, *args, **kwargs)
        except UNREACHABLE as error:
            logger.warning("Cache unavailable (%s): %s", name, error)
            return answer(*args, **kwargs) if callable(answer) else answer

    return wrapper


def _key_missing(*args, **kwargs):
    raise ValueError("Key not found: the cache is unavailable.")


class ReusedClientRedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    # What each operation answers while Redis cannot be reached: a cache that
    # holds nothing and keeps nothing.
    add = _or_when_unreachable("add", False)
    get = _or_when_unreachable("get", lambda key, default: default)
    set = _or_when_unreachable("set")
    touch = _or_when_unreachable("touch", False)
    delete = _or_when_unreachable("delete", False)
    get_many = _or_when_unreachable("get_many", lambda keys: {})
    has_key = _or_when_unreachable("has_key", False)
    incr = _or_when_unreachable("incr", _key_missing)
    set_many = _or_when_unreachable("set_many")
    delete_many = _or_when_unreachable("delete_many")
    clear = _or_when_unreachable("clear", False)


class RedisCache(django_redis.RedisCache):
    """`django.core.cache.backends.redis.RedisCache`, with the client above."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
