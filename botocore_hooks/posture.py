"""The hook's posture check: the client's transport and endpoint, before a call is sent.

Runs in the same ``before-parameter-build`` handler as detection, before
the scan: a call refused here sends nothing. What is read from a client (its
endpoint, HTTP session, FIPS setting) is kept per client; the SSL contexts'
settings are re-read on every call. Findings of level ``warn`` are logged
once per client and rule; ``block`` ones refuse the call with
:class:`PostureError`.
"""

from __future__ import annotations

import logging
import threading
import weakref
from dataclasses import dataclass, field
from typing import Any

from botocore_hooks.clients import client_for
from scrubber.errors import PostureError
from scrubber.findings import Finding
from scrubber.policy import Posture
from scrubber.posture.fips import Endpoint, fips_findings, read_endpoint
from scrubber.posture.rules import INSECURE_TRANSPORT, NON_FIPS_ENDPOINT, posture_finding
from scrubber.posture.transport import ENDPOINT, Transport, read_transport, transport_findings

logger = logging.getLogger("fieldguard")


@dataclass
class _Seen:
    transport: Transport
    endpoint: Endpoint
    prefix: str
    warned: set[str]
    # What does not change for the client, per posture (keyed by id, the posture
    # kept beside it so the id cannot be reused): only the SSL contexts are re-read.
    fixed: dict[int, tuple[Posture, list[Finding]]] = field(default_factory=dict)

    def fixed_findings(self, posture: Posture) -> list[Finding]:
        found = self.fixed.get(id(posture))
        if found is not None and found[0] is posture:
            return found[1]
        fixed = transport_findings(self.transport, posture, contexts=False)
        fixed += fips_findings(self.endpoint, self.prefix, posture)
        self.fixed[id(posture)] = (posture, fixed)
        return fixed


_SEEN: weakref.WeakKeyDictionary[Any, _Seen] = weakref.WeakKeyDictionary()
# Configs of clients fieldguard never met, whose warning was already logged.
_UNKNOWN_WARNED: weakref.WeakSet[Any] = weakref.WeakSet()
_LOCK = threading.Lock()


def check_call(model: Any, context: dict[str, Any] | None, posture: Posture) -> list[Finding]:
    """Transport and FIPS findings for one call; raises PostureError on a ``block`` one."""
    if posture.tls == "off" and posture.fips == "off":
        return []
    config = (context or {}).get("client_config")
    seen = _seen(config)
    if seen is None:
        found = _unknown_client(posture)
    else:
        found = seen.fixed_findings(posture)
        if posture.tls != "off" and seen.transport.contexts:
            found = found + transport_findings(seen.transport, posture, static=False)
    if not found:
        return []
    service = model.service_model.service_name
    blocked = [f for f in found if f.action == "block"]
    if blocked:
        logger.warning(
            "fieldguard: refused %s.%s: %s", service, model.name, "; ".join(_brief(blocked))
        )
        raise PostureError(service, model.name, found)
    for f in found:
        if _first_warning(seen, config, f):
            logger.warning(
                "fieldguard: %s.%s: %s (sent: level warn)", service, model.name, _brief([f])[0]
            )
    return found


def _first_warning(seen: _Seen | None, config: Any, f: Finding) -> bool:
    """Warnings are logged once per client and problem, not on every call."""
    if seen is None:
        try:
            if config in _UNKNOWN_WARNED:
                return False
            _UNKNOWN_WARNED.add(config)
        except TypeError:
            pass
        return True
    key = f"{f.entity_type}:{f.reason}"
    if key in seen.warned:
        return False
    seen.warned.add(key)
    return True


def _seen(config: Any) -> _Seen | None:
    if config is None:
        return None
    try:
        found = _SEEN.get(config)
    except TypeError:
        return None
    if found is not None:
        return found
    client = client_for(config)
    if client is None:
        return None
    seen = _Seen(
        read_transport(client),
        read_endpoint(client),
        client.meta.service_model.endpoint_prefix,
        set(),
    )
    with _LOCK:
        _SEEN[config] = seen
    return seen


def _unknown_client(posture: Posture) -> list[Finding]:
    """A call whose client fieldguard never met: its posture cannot be checked."""
    why = (
        "fieldguard did not see this client being made, so its endpoint and TLS settings "
        "cannot be checked; install the hook on the client, its session, or process-wide"
    )
    out = []
    for rule, level in ((INSECURE_TRANSPORT, posture.tls), (NON_FIPS_ENDPOINT, posture.fips)):
        if level != "off":
            out.append(posture_finding(rule, ENDPOINT, level, why))
    return out


def _brief(findings: list[Finding]) -> list[str]:
    return [f"{f.entity_type} ({f.reason})" for f in findings]
