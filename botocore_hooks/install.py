"""Put the hook on one session or client, or on every client of the process.

botocore has no public "every session" API and each client copies its
session's handlers when it is made, so the process-wide install wraps
``BaseClient.__init__``: every client (boto3's, botocore's, aiobotocore's,
whichever session or thread made it) registers the hook as it is built.

A client's emitter holds at most one fieldguard handler of each kind: its
session's (``EXPLICIT_ID``, copied in when the client is made), its own
(``OWN_ID``, registered once, its settings swapped in place so that no call
ever finds the client unguarded) and the process-wide one (``GLOBAL_ID``,
added last when the client is made). The first to check a call marks the
request context and the others stand aside; the process-wide one also stands
aside for the services a client's own hook covers. So a client's own settings
win over its session's, which win over the process-wide ones.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import botocore.client
import botocore.hooks
import botocore.session

from botocore_hooks.deadline import DEFAULT_TIMEOUT
from botocore_hooks.services import DEFAULT_SERVICES, ServiceSet

if TYPE_CHECKING:
    from botocore_hooks.handler import ScrubHook
    from scrubber import Policy, Scrubber

EVENT = "before-parameter-build"
EXPLICIT_ID = "fieldguard-scrub"  # on a session (and the clients that copy it)
OWN_ID = "fieldguard-scrub-client"  # a client's own
GLOBAL_ID = "fieldguard-scrub-process"

Handler = Callable[..., None]


def events_of(target: Any) -> Any:
    """The event emitter of a client, resource, botocore or boto3 session, or an emitter."""
    return _emitter_of(target)[0]


def _emitter_of(target: Any) -> tuple[Any, bool]:
    """(event emitter, whether it is a client's: the emitter calls are made through)."""
    if isinstance(target, botocore.hooks.BaseEventHooks):
        return target, False
    if isinstance(target, botocore.session.Session):
        return target.get_component("event_emitter"), False
    meta = getattr(target, "meta", None)
    if meta is not None and hasattr(meta, "events"):
        return meta.events, True  # a client
    if meta is not None and hasattr(getattr(meta, "client", None), "meta"):
        return meta.client.meta.events, True  # a boto3 resource
    events = getattr(target, "events", None)
    if isinstance(events, botocore.hooks.BaseEventHooks):
        return events, False  # a boto3 Session
    raise TypeError(
        "install() takes a boto3 or botocore session, a client or resource, "
        f"or nothing for every client; got {type(target).__name__}"
    )


class _Own:
    """A client's own fieldguard handler.

    Registered once; a re-install or uninstall swaps its hook by assignment, so
    a call made meanwhile never finds the client without a handler.
    """

    def __init__(self, hook: Handler | None) -> None:
        self.hook = hook

    def __call__(self, **kwargs: Any) -> None:
        hook = self.hook
        if hook is not None:
            hook(**kwargs)

    def covers(self, service: str) -> bool:
        hook = self.hook
        return hook is not None and bool(getattr(hook, "covers", lambda _: True)(service))


# Client emitters -> their own handler (only the ones attach() registered).
_OWN: weakref.WeakKeyDictionary[Any, _Own] = weakref.WeakKeyDictionary()
# Installs on one target are two steps at most: keep concurrent ones from interleaving.
_ATTACH_LOCK = threading.Lock()


def attach(emitter: Any, handler: Handler, *, client: bool = False) -> None:
    """Make ``handler`` the emitter's own fieldguard handler, after all others.

    On a client, a process-wide hook stands aside for the calls the client's
    own hook covers, and still checks the rest (other services; after its
    uninstall). On a session, the handler is copied into clients made later.
    """
    with _ATTACH_LOCK:
        if not client:
            emitter.unregister(EVENT, unique_id=EXPLICIT_ID)
            emitter.register_last(EVENT, handler, unique_id=EXPLICIT_ID)
            return
        own = _OWN.get(emitter)
        if own is not None:
            own.hook = handler
            return
        own = _Own(handler)
        emitter.register_last(EVENT, own, unique_id=OWN_ID)
        _OWN[emitter] = own  # only now may the process-wide hook stand aside
        # A copy of its session's handler, if any: the client's own wins. Until
        # it is gone it runs first, so the call is checked either way.
        emitter.unregister(EVENT, unique_id=EXPLICIT_ID)


def detach(emitter: Any, *, client: bool = False) -> None:
    """Remove the emitter's own handler; the process-wide one, if any, stays."""
    with _ATTACH_LOCK:
        own = _OWN.get(emitter) if client else None
        if own is not None:
            own.hook = None
        emitter.unregister(EVENT, unique_id=EXPLICIT_ID)


class _ProcessWide:
    """State of the process-wide install; every change holds the lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.hook: ScrubHook | None = None
        # Emitters of the clients the process-wide hook was added to.
        self.emitters: weakref.WeakSet[Any] = weakref.WeakSet()
        self.original_init: Callable[..., None] | None = None

    def handler_for(self, emitter: Any) -> Handler:
        ref = weakref.ref(emitter)

        def dispatch(**kwargs: Any) -> None:
            # Reads the current hook, so a re-install with new settings applies
            # to clients already made.
            hook = self.hook
            if hook is None:
                return
            own = _OWN.get(ref())
            if own is not None and own.covers(kwargs["model"].service_model.service_name):
                return  # the client's own hook checks this call
            hook(**kwargs)

        return dispatch

    def on_new_client(self, client: Any) -> None:
        if self.hook is None:
            return
        with self.lock:
            if self.hook is not None:
                emitter = client.meta.events
                emitter.register_last(EVENT, self.handler_for(emitter), unique_id=GLOBAL_ID)
                self.emitters.add(emitter)

    def install(self, hook: ScrubHook) -> None:
        with self.lock:
            self.hook = hook
            if self.original_init is None:
                original = botocore.client.BaseClient.__init__
                self.original_init = original
                botocore.client.BaseClient.__init__ = _wrap_init(original, self)

    def uninstall(self) -> None:
        with self.lock:
            self.hook = None
            current = botocore.client.BaseClient.__init__
            if self.original_init is not None and getattr(current, "__wrapped__", None) is (
                self.original_init
            ):
                botocore.client.BaseClient.__init__ = self.original_init
                self.original_init = None
            # else someone wrapped it after us: leave our (now idle) wrapper in their chain.
            for emitter in list(self.emitters):
                emitter.unregister(EVENT, unique_id=GLOBAL_ID)
            self.emitters.clear()


def _wrap_init(original: Callable[..., None], state: _ProcessWide) -> Callable[..., None]:
    @functools.wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        state.on_new_client(self)

    return __init__


_PROCESS = _ProcessWide()


def install(
    target: Any = None,
    *,
    policy: Policy | Mapping[str, Any] | None = None,
    mode: str | None = None,
    services: str | Iterable[str] | ServiceSet = DEFAULT_SERVICES,
    timeout: float | None = DEFAULT_TIMEOUT,
    isolate: bool = False,
    scrubber: Scrubber | None = None,
) -> ScrubHook:
    """Check every call made through ``target`` before it is serialized.

    ``target``: a ``boto3.Session``, a botocore (or aiobotocore) session, a
    client or a boto3 resource; ``None`` for every client created from now on,
    in any session and thread. A session covers the clients it creates
    afterwards; pass a client made earlier to cover it. Installing again on
    the same target replaces the settings.

    ``mode``: ``block``, ``redact``, ``report`` (alias ``warn``); ``policy``: a
    ``Policy`` or a table laid over the configuration's. Both default to the
    library's configuration. ``services``: botocore service names, or ``"*"``.
    ``timeout``: seconds the scan of one call may take: fields not reached by
    then are not scanned and the call is refused; ``None``: no deadline.
    Every pattern is time-bounded and values over 64 KiB are refused, so the
    scan runs on the caller's thread. ``isolate=True`` runs it on a worker
    thread and stops waiting at the deadline, even inside a field: a second
    guard should a field's scan hang despite those bounds (~0.25 ms per call).
    """
    # Imported here: the scanner is heavy, and the CLI plugin imports this module.
    from botocore_hooks.handler import make_hook

    hook = make_hook(
        policy=policy,
        mode=mode,
        services=services,
        timeout=timeout,
        isolate=isolate,
        scrubber=scrubber,
    )
    if target is None:
        _PROCESS.install(hook)
    else:
        emitter, client = _emitter_of(target)
        attach(emitter, hook, client=client)
    return hook


def uninstall(target: Any = None) -> None:
    """Undo :func:`install` on ``target``, or the process-wide install with ``None``.

    The process-wide undo restores ``BaseClient.__init__`` and removes the
    hook from every client it was added to. On a session or client, only the
    hook installed on it goes: the process-wide one, if any, still checks its
    calls. On a session, clients it already made keep their copy: uninstall
    those clients too.
    """
    if target is None:
        _PROCESS.uninstall()
    else:
        emitter, client = _emitter_of(target)
        detach(emitter, client=client)


def installed() -> ScrubHook | None:
    """The process-wide hook, if one is installed."""
    return _PROCESS.hook
