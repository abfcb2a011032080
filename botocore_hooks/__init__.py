"""botocore integration: check every outgoing AWS call before it is serialized.

    import botocore_hooks
    botocore_hooks.install()                      # every client, made before or after
    botocore_hooks.install(boto3.Session())       # or one session, client or resource
    botocore_hooks.install(client, mode="block")  # a client made before
    botocore_hooks.uninstall()

AWS CLI v1: ``[plugins]`` / ``fieldguard = botocore_hooks`` in ``~/.aws/config``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from botocore_hooks.awscli_plugin import awscli_initialize
from botocore_hooks.deadline import DEFAULT_TIMEOUT
from botocore_hooks.install import InstallState, install, installed, uninstall
from botocore_hooks.services import ALL_SERVICES, DEFAULT_SERVICES

if TYPE_CHECKING:
    from botocore_hooks.handler import ScrubHook
    from scrubber.errors import ScanFailedError


def __getattr__(name: str) -> Any:
    # Loaded on demand: they import the scanner, which the CLI plugin defers.
    if name == "ScrubHook":
        from botocore_hooks import handler

        return handler.ScrubHook
    if name == "ScanFailedError":
        from scrubber.errors import ScanFailedError

        return ScanFailedError
    raise AttributeError(f"module 'botocore_hooks' has no attribute {name!r}")


__all__ = [
    "ALL_SERVICES",
    "DEFAULT_SERVICES",
    "DEFAULT_TIMEOUT",
    "InstallState",
    "ScanFailedError",
    "ScrubHook",
    "awscli_initialize",
    "install",
    "installed",
    "uninstall",
]
