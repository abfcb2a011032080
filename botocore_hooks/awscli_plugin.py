"""AWS CLI v1 plugin: ``[plugins]`` ``fieldguard = botocore_hooks`` in the CLI config file.

The CLI imports the module named there and calls ``awscli_initialize`` with
its session's event emitter, whose handlers every client of the command
copies. The scanner is loaded on the first call to a covered service only,
so other commands do not pay for it. Mode and policy come from the library's
configuration (``fieldguard.toml``, ``pyproject.toml``, ``$FIELDGUARD_CONFIG``).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from botocore_hooks.install import attach
from botocore_hooks.services import DEFAULT_SERVICES, ServiceSet, service_set

if TYPE_CHECKING:
    from botocore_hooks.handler import ScrubHook


class DeferredHook:
    """Builds the real hook on the first call to a covered service."""

    def __init__(self, services: ServiceSet | None = None) -> None:
        self.services = services or service_set(DEFAULT_SERVICES)
        self._hook: ScrubHook | None = None
        self._lock = threading.Lock()

    def __call__(self, *, model: Any, **kwargs: Any) -> None:
        if model.service_model.service_name not in self.services:
            return
        self._real()(model=model, **kwargs)

    def _real(self) -> ScrubHook:
        if self._hook is None:
            with self._lock:
                if self._hook is None:
                    from botocore_hooks.handler import make_hook

                    # A bad configuration raises here and the command fails: closed.
                    self._hook = make_hook(services=self.services)
        return self._hook


def awscli_initialize(event_hooks: Any) -> None:
    """The AWS CLI's plugin entry point."""
    attach(event_hooks, DeferredHook())
