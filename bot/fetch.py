"""Fetching a web page for the importer, and the guard that keeps the fetch out of the bot's
own network (no discord import).

Pages are fetched with a timeout and a size cap, and never from a private, loopback or
link-local address unless the owner allows it (``ALLOW_PRIVATE_URLS``): the guard checks the
address each socket actually connects to, on every redirect hop, so no spelling of an address,
DNS answer or redirect can point the bot into its own network.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from bot.errors import FetchError

if TYPE_CHECKING:
    import aiohttp

# Largest file or page accepted, in bytes (documented in the README: 1 MB is ~150k words).
MAX_BYTES = 1_000_000
FETCH_TIMEOUT = 15.0  # seconds for a whole fetch, redirects included
MAX_REDIRECTS = 5
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
_USER_AGENT = "Crosscut/0.1 (+essay import; Discord bot)"
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    data: bytes
    charset: str | None = None


def size(n: int) -> str:
    """A byte count as people say it: 1 MB, 250 KB."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.3g} MB"
    return f"{max(1, round(n / 1000))} KB"


class _Blocked(OSError):
    """The host resolves to an address the bot must not reach."""


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address reaches: mapped, 6to4, NAT64, compatible or Teredo."""
    if ip.ipv4_mapped or ip.sixtofour:
        return ip.ipv4_mapped or ip.sixtofour
    if ip in _NAT64 or ip in _IPV4_COMPATIBLE:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.teredo[1] if ip.teredo else None


def _non_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def blocked_address(address: str) -> bool:
    """Private, loopback, link-local, multicast, reserved or otherwise non-public, including
    an IPv6 address that carries such an IPv4 address inside it (6to4, NAT64, mapped)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    inner = _embedded_v4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
    return _non_public(ip) or (inner is not None and _non_public(inner))


class _ConnectGuard:
    """The socket factory of a guarded fetch: it sees the exact address each socket is about
    to connect to, after yarl's normalisation (full-width dots, circled digits), DNS and every
    redirect, and refuses a blocked one before any packet is sent."""

    def __init__(self, blocked: Callable[[str], bool]) -> None:
        self._blocked = blocked
        self.refused: str | None = None

    def __call__(self, addr_info: tuple) -> socket.socket:
        family, type_, proto, _, sockaddr = addr_info
        if self._blocked(sockaddr[0]):
            self.refused = sockaddr[0]
            raise _Blocked(f"{sockaddr[0]} is not a public address")
        return socket.socket(family, type_, proto)


_NOT_AN_ADDRESS = "Give a full web address starting with http:// or https://."


def _fetchable(url: str) -> bool:
    """An http(s) address with a host (and a port, if any, that exists)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a port past 65535 or not a number)
    except ValueError:  # an unclosed "[" (IPv6) or a bad port
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def web_address(url: str) -> str:
    """A typed address without surrounding spaces, if it can be fetched and shown as a link
    (no space inside); else a FetchError saying what to give."""
    url = url.strip()
    if not _fetchable(url) or any(c.isspace() for c in url):
        raise FetchError(_NOT_AN_ADDRESS)
    return url


_PRIVATE = (
    "That address points into a private network (private, loopback or link-local); "
    "I don't fetch from there."
)


async def fetch(
    url: str,
    *,
    allow_private: bool = False,
    time_limit: float = FETCH_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    blocked: Callable[[str], bool] = blocked_address,
) -> Fetched:
    """GET a page: redirects followed by hand and re-checked, size capped, type checked.

    ``blocked`` decides which resolved addresses are refused (ignored with ``allow_private``).
    """
    import aiohttp  # here, not at the top: the offline CLI never fetches and starts faster

    url = web_address(url)
    guard = None if allow_private else _ConnectGuard(blocked)
    connector = aiohttp.TCPConnector(socket_factory=guard, force_close=True)
    client_timeout = aiohttp.ClientTimeout(total=time_limit)
    try:
        async with aiohttp.ClientSession(
            connector=connector,
            timeout=client_timeout,
            headers={"User-Agent": _USER_AGENT, "Accept": "text/html, text/plain;q=0.9"},
        ) as session:
            async with asyncio.timeout(time_limit):
                for _ in range(MAX_REDIRECTS + 1):
                    async with session.get(url, allow_redirects=False) as response:
                        if response.status in _REDIRECTS and "Location" in response.headers:
                            url = urljoin(url, response.headers["Location"].strip())
                            if not _fetchable(url):
                                raise FetchError(_NOT_AN_ADDRESS)
                            continue
                        return await _read_response(response, url, max_bytes)
                raise FetchError(f"That address redirects more than {MAX_REDIRECTS} times.")
    except TimeoutError as error:
        raise FetchError(
            f"The site did not answer within {time_limit:g} seconds. Try again later, or "
            "attach the text as a file."
        ) from error
    except aiohttp.ClientConnectorError as error:
        if guard is not None and guard.refused:
            raise FetchError(_PRIVATE) from error
        raise FetchError(f"I couldn't connect to {urlsplit(url).hostname}.") from error
    except aiohttp.ClientError as error:
        raise FetchError(f"Fetching that address failed ({type(error).__name__}).") from error


async def _read_response(response: aiohttp.ClientResponse, url: str, max_bytes: int) -> Fetched:
    if response.status >= 400:
        raise FetchError(f"The site answered HTTP {response.status} for that address.")
    if response.status >= 300:
        raise FetchError(f"The site answered HTTP {response.status} without a page.")
    content_type = response.content_type.lower()
    if content_type not in PAGE_TYPES:
        raise FetchError(
            f"That address returns {content_type or 'an unknown type'}, not a web page. "
            "Attach the essay as a .txt, .md or .html file instead."
        )
    too_big = FetchError(f"That page is over the {size(max_bytes)} limit.")
    if response.content_length and response.content_length > max_bytes:
        raise too_big
    data = bytearray()
    async for chunk in response.content.iter_chunked(65536):
        data += chunk
        if len(data) > max_bytes:
            raise too_big
    return Fetched(url, content_type, bytes(data), response.charset)


# -- edits ------------------------------------------------------------------------------
