"""fieldguard: keep sensitive data out of the free-form fields of AWS API calls.

from scrubber import scrub
result = scrub(params, service="forecast", operation="CreateDataset")
client.create_dataset(**result.params)
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from scrubber.errors import (
    ConfigError,
    FieldguardError,
    KeyFileError,
    SensitiveDataError,
    UnknownOperationError,
)
from scrubber.findings import Finding, ScrubResult
from scrubber.kinds import FieldKind

if TYPE_CHECKING:
    from scrubber.engine import PolicyLike, Scrubber
    from scrubber.fields import FieldSpec, format_operation, operation_fields
    from scrubber.policy import Policy, load_policy, policy_from_table

# Loaded on first use, so that importing a light module of this package
# (errors, findings) does not load the engine and botocore's models.
_LAZY = {
    "Scrubber": "scrubber.engine",
    "PolicyLike": "scrubber.engine",
    "FieldSpec": "scrubber.fields",
    "format_operation": "scrubber.fields",
    "operation_fields": "scrubber.fields",
    "Policy": "scrubber.policy",
    "load_policy": "scrubber.policy",
    "policy_from_table": "scrubber.policy",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'scrubber' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


_default: Scrubber | None = None
_default_lock = threading.Lock()


def default_scrubber() -> Scrubber:
    """The process-wide Scrubber (policy from the configuration files), built once."""
    global _default
    if _default is None:
        from scrubber.engine import Scrubber

        with _default_lock:
            if _default is None:
                _default = Scrubber.from_config()
    return _default


def scrub(
    params: Mapping[str, Any],
    *,
    service: str,
    operation: str,
    mode: str = "redact",
    policy: PolicyLike = None,
) -> ScrubResult:
    """Check every free-form field of one AWS call.

    ``mode="redact"`` returns a redacted deep copy in ``.params``; ``"block"``
    raises :class:`SensitiveDataError` on any finding; ``"report"`` only reports.
    Findings whose action is ``block`` raise in both ``redact`` and ``block`` modes.
    The input is never changed.
    """
    return default_scrubber().scrub(
        params, service=service, operation=operation, mode=mode, policy=policy
    )


__all__ = [
    "ConfigError",
    "FieldKind",
    "FieldSpec",
    "FieldguardError",
    "Finding",
    "KeyFileError",
    "Policy",
    "ScrubResult",
    "Scrubber",
    "SensitiveDataError",
    "UnknownOperationError",
    "default_scrubber",
    "format_operation",
    "load_policy",
    "operation_fields",
    "policy_from_table",
    "scrub",
]
