"""fieldguard's exceptions, all of them: one tree rooted in ``FieldguardError``.

Every message names field paths, entity types and configuration keys only,
never a value from a request (values are what we are protecting). The exit
codes of the command-line tools are mapped from this tree in one place
(:func:`exit_code_for`).
"""

from __future__ import annotations

from collections.abc import Sequence

from botocore.exceptions import ParamValidationError

from scrubber.findings import SCAN_FAILED, Finding

# Exit codes of scrub-check (and every fieldguard command), documented in the README.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130


class FieldguardError(Exception):
    """Base of every error fieldguard raises."""


class ConfigError(FieldguardError, ValueError):
    """A policy or configuration file, key or value is wrong."""


class KeyFileError(ConfigError):
    """The pseudonym key could not be read or created safely."""


class UnknownOperationError(FieldguardError, LookupError):
    """The service or operation is not in any botocore model available here."""


class UsageError(FieldguardError):
    """A command line is wrong."""


class InputError(FieldguardError):
    """A file or item that cannot be checked. Messages never quote its content."""


class NotTextError(InputError):
    """A file that is not JSON or YAML text at all (binary, another encoding, too large):
    a folder scan skips it rather than failing."""


class ScanTimeout(FieldguardError, TimeoutError):
    """A scan ran past its time bound: the field or call must not be sent."""


class RecognizerTimeout(ScanTimeout):
    """A pattern did not finish in time over one value."""


class DeadlineExceeded(ScanTimeout):
    """A whole call's scan did not finish in time."""


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
        if all(f.recognizer == "posture" for f in blocked):
            tail = (
                "Fix the settings named above, or change [tool.fieldguard.posture] "
                "(tls, fips, kms: off | warn | block)."
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


class ScanFailedError(SensitiveDataError):
    """fieldguard could not check a call (its scan raised or timed out): not sent."""

    def __init__(self, service: str, operation: str, reason: str) -> None:
        self.service, self.operation, self.reason = service, operation, reason
        finding = Finding("(call)", SCAN_FAILED, "call", 0, 0, 1.0, "block", reason=reason)
        super().__init__(
            [finding],
            summary=(
                f"fieldguard could not check {service}.{operation}, so the call was not sent "
                f"({reason}). Retry; if it persists, report it with this message."
            ),
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (ScanFailedError, (self.service, self.operation, self.reason))


class PostureError(SensitiveDataError):
    """A call was refused because of how it would reach AWS (posture rules), not its data."""

    def __init__(self, service: str, operation: str, findings: Sequence[Finding]) -> None:
        self.service, self.operation = service, operation
        super().__init__(
            findings,
            summary=(
                f"fieldguard refused {service}.{operation} before sending it: the client's "
                "posture breaks [tool.fieldguard.posture]"
            ),
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (PostureError, (self.service, self.operation, self.findings))


def exit_code_for(error: BaseException) -> int:
    """The exit code a command ends with when ``error`` stops it."""
    if isinstance(error, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    if isinstance(error, (UsageError, ConfigError, UnknownOperationError, InputError)):
        return EXIT_USAGE
    return EXIT_INTERNAL
