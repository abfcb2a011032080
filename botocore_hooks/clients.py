"""Which client a call comes from, for the posture check.

A ``before-parameter-build`` handler is given the call's parameters, model
and request context, not the client; the transport and endpoint checks need
the client (its endpoint, HTTP session and SSL contexts). The request context
carries the client's ``Config`` object, which botocore makes anew for every
client, so clients are remembered by it, weakly, as fieldguard meets them: the
process-wide install sees every client built, ``install(client)`` names one,
and on a session (``install(session)``, the AWS CLI plugin) a base class added
through ``creating-client-class`` remembers each client the session builds.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

_CLIENTS: weakref.WeakKeyDictionary[Any, weakref.ref[Any]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()
WATCH_ID = "fieldguard-posture-clients"


def remember(client: Any) -> None:
    """Remember a client (or a boto3 resource's client) by its Config."""
    meta = getattr(client, "meta", None)
    if meta is not None and not hasattr(meta, "config") and hasattr(meta, "client"):
        client = meta.client  # a boto3 resource
        meta = client.meta
    config = getattr(meta, "config", None)
    if config is None:
        return
    with _LOCK:
        _CLIENTS[config] = weakref.ref(client)


def client_for(config: Any) -> Any | None:
    """The client whose Config this is, if fieldguard has met it."""
    if config is None:
        return None
    try:
        ref = _CLIENTS.get(config)
    except TypeError:  # a Config that cannot be weakly referenced
        return None
    return ref() if ref is not None else None


class _Remembered:
    """Mixed into the client classes a watched session builds."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        remember(self)


def _add_base(base_classes: list[type], **_: Any) -> None:
    if _Remembered not in base_classes:
        base_classes.insert(0, _Remembered)


def watch(emitter: Any) -> None:
    """Remember every client built from the session whose emitter this is."""
    emitter.register("creating-client-class", _add_base, unique_id=WATCH_ID)
