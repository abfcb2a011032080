"""Transport: a client reaches AWS over HTTPS with verified certificates and TLS >= 1.2.

Read from the client itself, before anything is sent: the scheme and host of
its endpoint, the ``verify`` setting of its HTTP session, and the
``ssl.SSLContext`` objects its connection pools will hand to every TLS
handshake. The minimum version is *enforced by checking that context*: a
context whose ``minimum_version`` is below TLS 1.2 (or ``MINIMUM_SUPPORTED``,
which leaves it to OpenSSL) would negotiate TLS 1.0 with a server that offers
nothing better, so the call is refused before the connection is opened.
Python 3.10 and later create contexts with a TLS 1.2 minimum, so a client
trips this rule only when its context was lowered. The contexts are read on
every call (a few attribute reads): lowering one after the first call is seen.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from scrubber.findings import Finding
from scrubber.policy import Posture
from scrubber.posture.rules import INSECURE_TRANSPORT, posture_finding

MINIMUM = ssl.TLSVersion.TLSv1_2
ENDPOINT = "(endpoint)"


@dataclass(frozen=True)
class Transport:
    """What a client's transport looks like, read once per client."""

    scheme: str
    host: str
    verify: bool  # certificates checked
    contexts: tuple[ssl.SSLContext, ...] = field(default=(), repr=False)
    unreadable: str = ""  # why the TLS settings could not be read, if they could not

    def problems(self) -> list[str]:
        """What is wrong, in words naming settings, never values of a request."""
        return self.static_problems() + self.context_problems()

    def static_problems(self) -> list[str]:
        """What cannot change during the client's life: scheme and ``verify``."""
        if self.scheme != "https":
            return ["the endpoint is plain HTTP (http://): requests and responses are unencrypted"]
        found = []
        if not self.verify:
            found.append("certificate verification is off (verify=False)")
        if self.unreadable:
            found.append(f"its TLS settings cannot be checked ({self.unreadable})")
        return found

    def context_problems(self) -> list[str]:
        """What the SSL contexts accept now (read on every call: they can be changed)."""
        if self.scheme != "https":
            return []
        for context in self.contexts:
            if _verify_mode(context) == _CERT_NONE and self.verify:
                return ["its SSL context does not verify certificates (CERT_NONE)"]
            low = accepts_below_minimum(context)
            if low:
                return [
                    f"its SSL context accepts {low} (minimum_version "
                    f"{context.minimum_version.name}); TLS 1.2 or later is required"
                ]
        return []


# ssl.SSLContext wraps these reads in enum and flag objects (~1.5 us each);
# the hook reads them on every call, so it reads the plain ints underneath.
_RAW: Any = ssl.SSLContext.__mro__[1]  # _ssl._SSLContext
_minimum_version: Callable[[ssl.SSLContext], int] = _RAW.minimum_version.__get__
_options: Callable[[ssl.SSLContext], int] = _RAW.options.__get__
_verify_mode: Callable[[ssl.SSLContext], int] = _RAW.verify_mode.__get__
_BELOW = (
    (int(ssl.TLSVersion.TLSv1), int(ssl.OP_NO_TLSv1), "TLS 1.0"),
    (int(ssl.TLSVersion.TLSv1_1), int(ssl.OP_NO_TLSv1_1), "TLS 1.1"),
)
_ANY = int(ssl.TLSVersion.MINIMUM_SUPPORTED)
_CERT_NONE = int(ssl.CERT_NONE)


def accepts_below_minimum(context: ssl.SSLContext) -> str:
    """The lowest TLS version below 1.2 the context would negotiate, or ''."""
    floor = _minimum_version(context)
    if floor != _ANY and floor >= MINIMUM:
        return ""
    options = _options(context)
    for version, disabled, name in _BELOW:
        if (floor == _ANY or floor <= version) and not options & disabled:
            return name
    return ""


def read_transport(client: Any) -> Transport:
    """The transport of a botocore (or aiobotocore) client."""
    parts = urlsplit(str(client.meta.endpoint_url))
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    endpoint = getattr(client, "_endpoint", None)
    session = getattr(endpoint, "http_session", None)
    verify = getattr(session, "_verify", None)
    if session is None or verify is None:
        return Transport(scheme, host, True, unreadable="the HTTP session is not botocore's")
    contexts, unreadable = _contexts(session)
    return Transport(scheme, host, verify is not False, contexts, unreadable)


def _contexts(session: Any) -> tuple[tuple[ssl.SSLContext, ...], str]:
    """The SSL contexts a session's pools use (botocore), or the one it builds (aiobotocore)."""
    managers = [getattr(session, "_manager", None)]
    managers += list((getattr(session, "_proxy_managers", None) or {}).values())
    found = [
        m.connection_pool_kw.get("ssl_context")
        for m in managers
        if m is not None and isinstance(getattr(m, "connection_pool_kw", None), dict)
    ]
    contexts = tuple(c for c in found if isinstance(c, ssl.SSLContext))
    if contexts:
        return contexts, ""
    build = getattr(session, "_get_ssl_context", None)
    if callable(build):
        try:
            built = build()
        except Exception as exc:
            return (), f"{type(exc).__name__} building its SSL context"
        if isinstance(built, ssl.SSLContext):
            return (built,), ""
    return (), "no SSL context found on its HTTP session"


def transport_findings(
    transport: Transport, posture: Posture, *, static: bool = True, contexts: bool = True
) -> list[Finding]:
    """INSECURE_TRANSPORT findings: the client's fixed settings and/or its contexts now."""
    if posture.tls == "off" or transport.host in posture.allow_plain_http:
        return []
    problems = transport.static_problems() if static else []
    if contexts:
        problems += transport.context_problems()
    return [posture_finding(INSECURE_TRANSPORT, ENDPOINT, posture.tls, p) for p in problems]


def describe(problems: Sequence[Finding]) -> str:
    return "; ".join(f.reason for f in problems)
