"""The handler botocore calls once a call's parameters are final.

It runs on ``before-parameter-build``, registered last, so every other
parameter handler (botocore's own, the caller's) has already run; validation
and serialization come after it. botocore ignores that event's return value
and hands handlers a fresh top-level dict whose nested objects are the
caller's own, so a redaction replaces whole top-level values with the new
subtrees :func:`scrubber.scrub` built and never edits a nested object.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from botocore_hooks.deadline import DEFAULT_TIMEOUT, POOL
from botocore_hooks.marks import CHECKED
from botocore_hooks.posture import check_call
from botocore_hooks.services import DEFAULT_SERVICES, ServiceSet, service_set
from scrubber import (
    ConfigError,
    FieldguardError,
    Finding,
    Policy,
    Scrubber,
    ScrubResult,
    SensitiveDataError,
    default_scrubber,
    load_policy,
)
from scrubber.errors import DeadlineExceeded, PostureError, ScanFailedError
from scrubber.kinds import Mode
from scrubber.service_models import available_services

logger = logging.getLogger("fieldguard")


@dataclass(frozen=True)
class HookConfig:
    """What one installed hook does; resolved once, at install time."""

    scrubber: Scrubber
    policy: Policy
    mode: str  # block | redact | report (warn is stored as report)
    services: ServiceSet
    timeout: float | None  # seconds for the whole scan; None: no deadline
    isolate: bool  # scan on a worker thread, abandoned at the deadline


class ScrubHook:
    """A botocore ``before-parameter-build`` handler: block, redact or report."""

    def __init__(self, config: HookConfig) -> None:
        self.config = config

    def __repr__(self) -> str:
        c = self.config
        return f"ScrubHook(mode={c.mode!r}, services={c.services!r}, policy={c.policy!r})"

    def covers(self, service: str) -> bool:
        return service in self.config.services

    def __call__(
        self,
        params: dict[str, Any],
        model: Any,
        context: dict[str, Any] | None = None,
        **_: Any,
    ) -> None:
        self.check(params, model, context)

    def check(
        self, params: dict[str, Any], model: Any, context: dict[str, Any] | None = None
    ) -> ScrubResult | None:
        """Check one call (raising to refuse it); the scan's result, or None if
        the call is not this hook's to check."""
        service = model.service_model.service_name
        if not self.covers(service):
            return None
        if context is not None:
            if context.get(CHECKED):
                return None
            context[CHECKED] = True
        operation = model.name
        # Transport and endpoint first: a refused call is not even scanned.
        check_call(model, context, self.config.policy.posture)
        try:
            result = self._scan(params, service, operation)
        except SensitiveDataError as exc:
            # Also logged: callers that swallow BotoCoreError still leave a trace.
            blocked = [f for f in exc.findings if f.action == "block"] or exc.findings
            logger.warning("fieldguard: blocked %s.%s: %s", service, operation, _brief(blocked))
            raise
        if result.unscanned:
            logger.info(
                "fieldguard: %s.%s: %d binary value(s) not text, looked at as bytes only: %s",
                service,
                operation,
                len(result.unscanned),
                ", ".join(result.unscanned),
            )
        if self.config.mode == "report":
            refuse_posture(service, operation, result.findings)
            # The engine already logged its "warn" findings; log the rest here.
            for f in result.findings:
                if f.action != "warn":
                    logger.warning(
                        "fieldguard: %s.%s: %s (report mode: sent unchanged)",
                        service,
                        operation,
                        f.describe(),
                    )
        elif result.changed:
            _replace_changed(params, result.params)
            redacted = [f for f in result.findings if f.action == "redact"]
            logger.info("fieldguard: redacted %s.%s: %s", service, operation, _brief(redacted))
        return result

    def _scan(self, params: dict[str, Any], service: str, operation: str) -> ScrubResult:
        c = self.config

        def scan() -> ScrubResult:
            return c.scrubber.scrub(
                params,
                service=service,
                operation=operation,
                mode=c.mode,
                policy=c.policy,
                timeout=c.timeout,
            )

        try:
            if c.isolate and c.timeout is not None:
                return POOL.run(scan, c.timeout)
            return scan()
        except SensitiveDataError:
            raise
        except Exception as exc:
            # Fail closed. Only our own messages are known to be value-free.
            known = isinstance(exc, (FieldguardError, DeadlineExceeded))
            reason = str(exc) if known else f"{type(exc).__name__} while scanning"
            raise ScanFailedError(service, operation, reason) from None


def refuse_posture(service: str, operation: str, findings: list[Finding]) -> None:
    """A posture rule at ``block`` refuses the call in every mode, report included:
    report mode is about the data, the posture levels are set on their own."""
    blocked = [f for f in findings if f.action == "block" and f.recognizer == "posture"]
    if blocked:
        logger.warning("fieldguard: refused %s.%s: %s", service, operation, _brief(blocked))
        raise PostureError(service, operation, blocked)


def _brief(findings: Iterable[Finding]) -> str:
    return ", ".join(f"{f.path} ({f.entity_type})" for f in findings)


def _replace_changed(params: dict[str, Any], new: Mapping[str, Any]) -> None:
    """Make ``params`` equal ``new``, replacing only the top-level subtrees that changed.

    botocore serializes the very dict it passed to the handlers, so it is
    edited in place rather than replaced.
    """
    for key in [k for k in params if k not in new]:
        del params[key]
    for key, value in new.items():
        if key not in params or not _same(params[key], value):
            params[key] = value


def _same(old: Any, new: Any) -> bool:
    # The rebuilt tree has new containers; strings differ only where redacted
    # and any other object is passed through as is, so compare by identity.
    if old is new:
        return True
    if isinstance(old, str) and isinstance(new, str):
        return old == new
    if isinstance(old, dict) and isinstance(new, dict):
        return len(old) == len(new) and all(
            ko == kn and _same(vo, vn)
            for (ko, vo), (kn, vn) in zip(old.items(), new.items(), strict=True)
        )
    if isinstance(old, (list, tuple)) and isinstance(new, (list, tuple)):
        return len(old) == len(new) and all(_same(a, b) for a, b in zip(old, new, strict=True))
    return False


def make_hook(
    *,
    policy: Policy | Mapping[str, Any] | None = None,
    mode: str | None = None,
    services: str | Iterable[str] | ServiceSet = DEFAULT_SERVICES,
    timeout: float | None = DEFAULT_TIMEOUT,
    isolate: bool = False,
    scrubber: Scrubber | None = None,
) -> ScrubHook:
    """Resolve policy, mode and services now, so a bad configuration fails at install."""
    engine = scrubber or default_scrubber()
    # The library's configuration, read now: fieldguard.toml, pyproject.toml, $FIELDGUARD_CONFIG.
    base = engine.policy if scrubber is not None else load_policy()
    if isinstance(policy, Policy):
        active = policy
    elif policy is not None:
        active = base.merged(policy)
    else:
        active = base
    run_mode = Mode.parse(mode or active.mode)
    if timeout is not None and not timeout > 0:
        raise ConfigError("timeout must be a positive number of seconds, or None")
    chosen = service_set(services)
    _check_service_names(chosen)
    return ScrubHook(
        HookConfig(
            scrubber=engine,
            policy=active,
            mode=run_mode.value,
            services=chosen,
            timeout=timeout,
            isolate=isolate,
        )
    )


def _check_service_names(chosen: ServiceSet) -> None:
    """A misspelt service would silently go unprotected: refuse it."""
    unknown = sorted(chosen.names - DEFAULT_SERVICES - set(available_services()))
    if unknown:
        raise ConfigError(
            f"services: botocore knows no service {unknown[0]!r} "
            "(use botocore service names, e.g. 'iot-data', or '*' for all)"
        )
