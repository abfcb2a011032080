"""fieldguard's exceptions: one small tree, messages free of field values.

Every message names field paths, entity types and configuration keys only,
never a value from a request (values are what we are protecting).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from botocore.exceptions import ParamValidationError

if TYPE_CHECKING:
    from scrubber.findings import Finding


class FieldguardError(Exception):
    """Base of every error fieldguard raises."""


class ConfigError(FieldguardError, ValueError):
    """A policy or configuration file, key or value is wrong."""


class KeyFileError(ConfigError):
    """The pseudonym key could not be read or created safely."""


class UnknownOperationError(FieldguardError, LookupError):
    """The service or operation is not in any botocore model available here."""


class SensitiveDataError(FieldguardError, ParamValidationError):  # type: ignore[misc]
    """A call was refused because a field holds data the policy blocks.

    A subclass of botocore's ``ParamValidationError`` so that callers'
    ``except BotoCoreError`` keeps working when the hook blocks a call.
    """

    def __init__(self, findings: Sequence[Finding], *, summary: str | None = None) -> None:
        self.findings: list[Finding] = list(findings)
        self.summary = summary
        blocked = [f for f in self.findings if f.action == "block"] or self.findings
        lines = [f"  {f.describe()}" for f in blocked]
        head = summary or (
            f"fieldguard blocked the call: {len(blocked)} field value(s) hold data "
            "that must not be sent"
        )
        tail = (
            "Remove the values from these fields, or change the policy "
            "([tool.fieldguard] in pyproject.toml or fieldguard.toml) if they are allowed."
        )
        report = "\n".join([head, *lines, tail])
        # ParamValidationError formats its message from ``report``.
        super().__init__(report=report)  # type: ignore[call-arg]

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_sensitive_data_error, (self.findings, self.summary))


def _rebuild_sensitive_data_error(
    findings: list[Finding], summary: str | None = None
) -> SensitiveDataError:
    return SensitiveDataError(findings, summary=summary)
