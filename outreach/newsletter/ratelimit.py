"""Limits on sign-up attempts, counted in the cache (Redis in production).

Fixed windows per client network and per email address: they stop one visitor
from flooding the form and anyone from flooding one inbox with confirmations.
allauth's limiter reads its rates from the account settings only, so the
newsletter counts for itself and borrows just allauth's view of the client IP.
"""

import hashlib
import ipaddress
import logging

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from redis import RedisError

logger = logging.getLogger(__name__)

IPV6_NETWORK_PREFIX = 64  # one home or host usually holds a whole /64


def client_network(request: HttpRequest) -> str:
    """The client's IP address (behind TRUSTED_PROXY_COUNT proxies, as allauth
    reads it); for IPv6, the /64 network it belongs to."""
    ip = get_adapter().get_client_ip(request)
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if address.version == 6:
        network = ipaddress.ip_network(f"{ip}/{IPV6_NETWORK_PREFIX}", strict=False)
        return str(network.network_address)
    return ip


def _consume(scope: str, value: str, limit: tuple[int, int]) -> bool:
    """Count one attempt; False once the window's allowance is used up.

    With the cache unreachable the attempt is let through: a sign-up form that
    answers everyone with an error would be worse than a few unmetered ones.
    """
    allowed, seconds = limit
    digest = hashlib.sha256(value.encode()).hexdigest()  # no addresses in the cache
    key = f"newsletter:subscribe:{scope}:{digest}"
    try:
        cache.add(key, 0, timeout=seconds)
        try:
            attempts = cache.incr(key)
        except ValueError:  # the window ended between add() and incr()
            cache.set(key, 1, timeout=seconds)
            attempts = 1
    except (RedisError, OSError):
        logger.warning("Newsletter rate limit unavailable; not counted.", exc_info=True)
        return True
    return attempts <= allowed


def consume_for_client(request: HttpRequest) -> bool:
    return _consume(
        "ip", client_network(request), settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP
    )


def consume_for_email(email: str) -> bool:
    return _consume(
        "email", email.lower(), settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_EMAIL
    )
