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


def _answer_when_unreachable(answer):
    """Decorate a client operation: `answer(*args)` when Redis cannot be reached."""

    def decorate(operation):
        @functools.wraps(operation)
        def wrapper(self, *args, **kwargs):
            try:
                return operation(self, *args, **kwargs)
            except UNREACHABLE as error:
                logger.warning("Cache unavailable (%s): %s", operation.__name__, error)
                return answer(*args, **kwargs)

        return wrapper

    return decorate


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
    add = _answer_when_unreachable(lambda *a, **k: False)(
        django_redis.RedisCacheClient.add
    )
    get = _answer_when_unreachable(lambda key, default: default)(
        django_redis.RedisCacheClient.get
    )
    set = _answer_when_unreachable(lambda *a, **k: None)(
        django_redis.RedisCacheClient.set
    )
    touch = _answer_when_unreachable(lambda *a, **k: False)(
        django_redis.RedisCacheClient.touch
    )
    delete = _answer_when_unreachable(lambda *a, **k: False)(
        django_redis.RedisCacheClient.delete
    )
    get_many = _answer_when_unreachable(lambda *a, **k: {})(
        django_redis.RedisCacheClient.get_many
    )
    has_key = _answer_when_unreachable(lambda *a, **k: False)(
        django_redis.RedisCacheClient.has_key
    )
    incr = _answer_when_unreachable(_key_missing)(django_redis.RedisCacheClient.incr)
    set_many = _answer_when_unreachable(lambda *a, **k: None)(
        django_redis.RedisCacheClient.set_many
    )
    delete_many = _answer_when_unreachable(lambda *a, **k: None)(
        django_redis.RedisCacheClient.delete_many
    )
    clear = _answer_when_unreachable(lambda *a, **k: False)(
        django_redis.RedisCacheClient.clear
    )


class RedisCache(django_redis.RedisCache):
    """`django.core.cache.backends.redis.RedisCache`, with the client above."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
