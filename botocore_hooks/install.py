"""Put the hook on one session or client, or on every client of the process.

botocore has no public "every session" API and each client copies its
session's handlers when it is made, so the process-wide install wraps
``BaseClient.__init__``: every client (boto3's, botocore's, aiobotocore's,
whichever session or thread made it) registers the hook as it is built.
Clients made before ``install()`` are reached through their class: the
method that emits the parameter events (``_emit_api_params``, botocore's and
aiobotocore's own async one) is wrapped once per class and runs the
process-wide hook after it on any call no fieldguard handler checked (the
request context's mark), so nothing is scanned twice and a client's or
session's own hook still comes first.

A client's emitter holds at most one fieldguard handler of each kind: its
session's (``SESSION_IDS``, copied in when the client is made), the
process-wide one (``GLOBAL_ID``, added last when the client is made) and,
once ``install(client)`` is called, its own (``OWN_ID``). The own handler is
registered once and never removed; its settings are swapped in place, and it
decides every call: its hook for the services it covers, else the session's
handlers the client was made with, else the process-wide hook, which then
stands aside. Without an own handler, the first handler to check a call marks
the request context and the others stand aside, so a session's settings win
over the process-wide ones. Registrations are made before the ones they
replace are removed, so no call or new client ever finds none.
"""

from __future__ import annotations

import functools
import inspect
import logging
import threading
import warnings
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import botocore.client
import botocore.hooks
import botocore.session

from botocore_hooks import clients
from botocore_hooks.deadline import DEFAULT_TIMEOUT
from botocore_hooks.marks import CHECKED
from botocore_hooks.services import DEFAULT_SERVICES, ServiceSet

if TYPE_CHECKING:
    from botocore_hooks.handler import ScrubHook
    from scrubber import Policy, Scrubber

EVENT = "before-parameter-build"
EXPLICIT_ID = "fieldguard-scrub"  # on a session (and the clients that copy it)
OWN_ID = "fieldguard-scrub-client"  # a client's own
GLOBAL_ID = "fieldguard-scrub-process"

Handler = Callable[..., None]
EMIT = "_emit_api_params"
logger = logging.getLogger("fieldguard")


@dataclass(frozen=True)
class InstallState:
    """What the process-wide install covers, as :func:`installed` reports it.

    ``clients_made_before``: calls of clients made before ``install()`` are
    checked too. ``unreached``: client classes whose calls bypass the methods
    fieldguard wraps (their clients made before ``install()`` go unchecked).
    """

    hook: ScrubHook
    clients_made_before: bool
    unreached: tuple[str, ...] = ()


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
    """A client's own fieldguard handler, and the one that decides for the client.

    Registered once; a re-install or uninstall swaps its hook by assignment, so
    a call made meanwhile never finds the client without a handler. Each call
    reads the settings once: the client's own hook if it covers the service,
    else the session's handlers the client was made with, else the
    process-wide hook (which itself stands aside on such a client).
    """

    def __init__(self, hook: Handler | None, inherited: tuple[Handler, ...], emitter: Any):
        self.hook = hook
        self.inherited = inherited
        self._emitter = weakref.ref(emitter)

    def __call__(self, **kwargs: Any) -> None:
        hook, inherited = self.hook, self.inherited  # one reading per call
        if hook is not None and _covers(hook, kwargs["model"].service_model.service_name):
            hook(**kwargs)
            return
        # Each checks its own services and stands aside once the call is checked.
        for handler in inherited:
            handler(**kwargs)
        fallback = _PROCESS.hook_for(self._emitter())
        if fallback is not None:
            fallback(**kwargs)


def _covers(handler: Handler, service: str) -> bool:
    covers = getattr(handler, "covers", None)
    return True if covers is None else bool(covers(service))


def _registered(emitter: Any, unique_id: str) -> Handler | None:
    """The handler registered under ``unique_id``, read from botocore's emitter
    (a private table: botocore has no public lookup); None if not readable."""
    inner = emitter
    while isinstance(getattr(inner, "_emitter", None), botocore.hooks.BaseEventHooks):
        inner = inner._emitter  # an EventAliaser (boto3 and shared sessions nest them)
    table = getattr(inner, "_unique_id_handlers", None)
    entry = table.get(unique_id) if isinstance(table, dict) else None
    handler = entry.get("handler") if isinstance(entry, dict) else None
    return handler if callable(handler) else None


# Client emitters -> their own handler (only the ones attach() registered).
_OWN: weakref.WeakKeyDictionary[Any, _Own] = weakref.WeakKeyDictionary()
# A session's handler alternates between two ids: the new one is registered
# before the old one goes, so a client made meanwhile copies at least one.
SESSION_IDS = (EXPLICIT_ID, f"{EXPLICIT_ID}-next")
_SESSION_ID: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()
# Installs on one target take several steps: keep concurrent ones from interleaving.
_ATTACH_LOCK = threading.Lock()


def attach(emitter: Any, handler: Handler, *, client: bool = False) -> None:
    """Make ``handler`` the emitter's own fieldguard handler, after all others.

    On a session, the handler is copied into clients made later. On a client,
    it decides for the calls it covers; the rest go to the handlers of the
    client's session, then to the process-wide hook, if there are any.
    """
    with _ATTACH_LOCK:
        if not client:
            clients.watch(emitter)  # the posture check needs each client it builds
            old = _SESSION_ID.get(emitter)
            new = SESSION_IDS[1] if old == SESSION_IDS[0] else SESSION_IDS[0]
            emitter.unregister(EVENT, unique_id=new)
            emitter.register_last(EVENT, handler, unique_id=new)
            _SESSION_ID[emitter] = new
            for stale in SESSION_IDS:
                if stale != new:
                    emitter.unregister(EVENT, unique_id=stale)
            return
        own = _OWN.get(emitter)
        if own is not None:
            own.hook = handler
            return
        found = (_registered(emitter, uid) for uid in SESSION_IDS)
        inherited = tuple(h for h in found if h is not None)
        own = _Own(handler, inherited, emitter)
        emitter.register_last(EVENT, own, unique_id=OWN_ID)
        _OWN[emitter] = own  # from now on the process-wide handler stands aside
        # The session's copies now run through ``own``, after the client's own
        # hook; until they are gone they run first, so every call is checked.
        # Removed even if they could not be read: the client's settings win.
        for uid in SESSION_IDS:
            emitter.unregister(EVENT, unique_id=uid)


def detach(emitter: Any, *, client: bool = False) -> None:
    """Remove the emitter's handlers: a session's, or a client's own and its
    session's copies. The process-wide hook, if any, still checks the client."""
    with _ATTACH_LOCK:
        own = _OWN.get(emitter) if client else None
        if own is not None:
            own.hook, own.inherited = None, ()
        for uid in SESSION_IDS:
            emitter.unregister(EVENT, unique_id=uid)
        _SESSION_ID.pop(emitter, None)


class _ProcessWide:
    """State of the process-wide install; every change holds the lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.hook: ScrubHook | None = None
        # Emitters of the clients the process-wide hook was added to.
        self.emitters: weakref.WeakSet[Any] = weakref.WeakSet()
        self.original_init: Callable[..., None] | None = None
        # Client classes whose parameter-event method we wrapped -> the original.
        self.wrapped: dict[type, Callable[..., Any]] = {}
        self.unreached: tuple[str, ...] = ()

    def handler_for(self, emitter: Any) -> Handler:
        ref = weakref.ref(emitter)

        def dispatch(**kwargs: Any) -> None:
            # Reads the current hook, so a re-install with new settings applies
            # to clients already made.
            hook = self.hook
            if hook is None:
                return
            emitter = ref()
            if emitter is not None and emitter in _OWN:
                return  # the client's own handler decides, and falls back to this hook
            hook(**kwargs)

        return dispatch

    def hook_for(self, emitter: Any) -> ScrubHook | None:
        """The process-wide hook, if it was added to this client."""
        hook = self.hook
        return hook if hook is not None and emitter in self.emitters else None

    def on_new_client(self, client: Any) -> None:
        if self.hook is None:
            return
        clients.remember(client)
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
            self.unreached = self._wrap_client_classes()
        if self.unreached:
            message = (
                "fieldguard: calls of clients of "
                f"{', '.join(self.unreached)} made before install() are NOT checked "
                "(their class bypasses botocore's parameter events); install() on each client"
            )
            logger.warning(message)
            warnings.warn(message, RuntimeWarning, stacklevel=3)

    def _wrap_client_classes(self) -> tuple[str, ...]:
        """Wrap each loaded client class's own parameter-event method; name
        the classes whose API calls do not go through one."""
        unreached = []
        for cls in _client_classes():
            own = cls.__dict__.get(EMIT)
            if own is not None and cls not in self.wrapped and not _is_ours(own):
                self.wrapped[cls] = own
                setattr(cls, EMIT, _wrap_emit(own, self))
            call = cls.__dict__.get("_make_api_call")
            if call is not None and EMIT not in _names_used(call):
                unreached.append(f"{cls.__module__}.{cls.__qualname__}")
        return tuple(unreached)

    def check_unchecked(self, client: Any, params: Any, model: Any, context: Any) -> None:
        """Run the process-wide hook on a call no fieldguard handler checked."""
        hook = self.hook
        if hook is None or not isinstance(context, dict) or context.get(CHECKED):
            return
        clients.remember(client)  # made before install(): the posture check needs it
        hook(params=params, model=model, context=context)

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
            for cls, original_emit in list(self.wrapped.items()):
                if _is_ours(cls.__dict__.get(EMIT)):
                    setattr(cls, EMIT, original_emit)
                    del self.wrapped[cls]
            self.unreached = ()
            for emitter in list(self.emitters):
                emitter.unregister(EVENT, unique_id=GLOBAL_ID)
            self.emitters.clear()


def _wrap_init(original: Callable[..., None], state: _ProcessWide) -> Callable[..., None]:
    @functools.wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        state.on_new_client(self)

    return __init__


def _wrap_emit(original: Callable[..., Any], state: _ProcessWide) -> Callable[..., Any]:
    """The class's ``_emit_api_params``, then the process-wide check if no hook ran."""
    if inspect.iscoroutinefunction(original):

        @functools.wraps(original)
        async def emit_async(self: Any, api_params: Any, operation_model: Any, context: Any) -> Any:
            params = await original(self, api_params, operation_model, context)
            state.check_unchecked(self, params, operation_model, context)
            return params

        emit_async.__fieldguard__ = True  # type: ignore[attr-defined]
        return emit_async

    @functools.wraps(original)
    def emit(self: Any, api_params: Any, operation_model: Any, context: Any) -> Any:
        params = original(self, api_params, operation_model, context)
        state.check_unchecked(self, params, operation_model, context)
        return params

    emit.__fieldguard__ = True  # type: ignore[attr-defined]
    return emit


def _is_ours(method: Any) -> bool:
    return bool(getattr(method, "__fieldguard__", False))


def _client_classes() -> list[type]:
    """BaseClient and every loaded subclass (aiobotocore's, each service's)."""
    seen: list[type] = []
    todo: list[type] = [botocore.client.BaseClient]
    while todo:
        cls = todo.pop()
        if cls not in seen:
            seen.append(cls)
            todo.extend(cls.__subclasses__())
    return seen


def _names_used(method: Any) -> tuple[str, ...]:
    """The attribute names a method's code reads (through its decorators)."""
    code = getattr(inspect.unwrap(method), "__code__", None)
    return tuple(code.co_names) if code is not None else ()


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
    client or a boto3 resource; ``None`` for every client of the process, made
    before or after, in any session and thread. A session covers the clients it creates
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
        if client:
            clients.remember(target)
        attach(emitter, hook, client=client)
    return hook


def uninstall(target: Any = None) -> None:
    """Undo :func:`install` on ``target``, or the process-wide install with ``None``.

    The process-wide undo restores ``BaseClient.__init__`` and the client
    classes' wrapped methods and removes the hook from every client it was
    added to. On a client, its own hook and its
    copy of its session's go; the process-wide one, if any, still checks its
    calls. On a session, clients it already made keep their copy: uninstall
    those clients too.
    """
    if target is None:
        _PROCESS.uninstall()
    else:
        emitter, client = _emitter_of(target)
        detach(emitter, client=client)


def installed() -> InstallState | None:
    """The process-wide install (its hook and which clients it reaches), if any."""
    with _PROCESS.lock:
        hook = _PROCESS.hook
        if hook is None:
            return None
        return InstallState(hook, clients_made_before=True, unreached=_PROCESS.unreached)
