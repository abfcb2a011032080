"""AWS CLI v1 plugin: ``[plugins]`` ``fieldguard = botocore_hooks`` in the CLI config file.

The CLI imports the module named there and calls ``awscli_initialize`` with
its session's event emitter, whose handlers every client of the command
copies. The scanner is loaded on the first call to a covered service only,
so other commands do not pay for it. Mode and policy come from the library's
configuration (``fieldguard.toml``, ``pyproject.toml``, ``$FIELDGUARD_CONFIG``).

For a command of a covered service, what the CLI itself writes (``--debug``
output, the history database) is held until the call is checked and written
without the values fieldguard blocked or redacted (``cli_veil``); a redaction
prints one line on stderr with the field, the entity and what was sent.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from botocore_hooks.cli_veil import Veil, begin, end_previous
from botocore_hooks.install import attach
from botocore_hooks.services import DEFAULT_SERVICES, ServiceSet, service_set

if TYPE_CHECKING:
    from botocore_hooks.handler import ScrubHook


# A CLI command's one call is always its process's first: its scan pays for
# building the analyzer, seconds on a busy machine (the library's 10 s default
# refused sound commands there). Still a bound: a stuck scan refuses the call.
CLI_TIMEOUT = 30.0


class DeferredHook:
    """Builds the real hook on the first call to a covered service."""

    def __init__(self, services: ServiceSet | None = None, veil: Veil | None = None) -> None:
        self.services = services or service_set(DEFAULT_SERVICES)
        self.veil = veil or Veil()
        self._hook: ScrubHook | None = None
        self._lock = threading.Lock()

    def __call__(
        self, *, params: dict[str, Any], model: Any, context: Any = None, **_: Any
    ) -> None:
        if model.service_model.service_name not in self.services:
            return
        before = dict(params)  # the hook replaces top-level values, never nested ones
        try:
            result = self._real().check(params, model, context)
        except Exception as exc:
            findings = getattr(exc, "findings", ())
            # Refused without findings (posture, a fault): scan the argv instead.
            self.veil.checked(before, findings, None, scan_argv=not findings)
            raise
        if result is not None:
            sent = result.params if result.changed else None
            self.veil.checked(before, result.findings, sent)

    def on_command(
        self, parsed_args: Any, session: Any, remaining_args: Any = None, **_: Any
    ) -> None:
        """``top-level-args-parsed``: a command of a covered service is veiled from here."""
        command = getattr(parsed_args, "command", None)
        if isinstance(command, str) and command in self.services:
            begin(self.veil, session, [a for a in remaining_args or () if isinstance(a, str)])
        else:
            end_previous()

    def _real(self) -> ScrubHook:
        if self._hook is None:
            with self._lock:
                if self._hook is None:
                    from botocore_hooks.handler import make_hook

                    # A bad configuration raises here and the command fails: closed.
                    self._hook = make_hook(services=self.services, timeout=CLI_TIMEOUT)
        return self._hook


def awscli_initialize(event_hooks: Any) -> None:
    """The AWS CLI's plugin entry point."""
    hook = DeferredHook()
    attach(event_hooks, hook)
    event_hooks.register("top-level-args-parsed", hook.on_command)
