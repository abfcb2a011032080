"""The Scrubber: one analyzer per process, applied field by field.

Detection is Presidio's ``AnalyzerEngine`` over fieldguard's recognizers with
Presidio's no-op NLP engine: every recognizer carries its own context in its
patterns, so no spaCy model (and no download) is needed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import regex

from recognizers.entities import ALL_ENTITIES, CREDENTIAL_ENTITIES
from recognizers.pairs import numbers_by_key, secret_by_key
from recognizers.registry import Registry
from scrubber import paths
from scrubber.common_words import is_common
from scrubber.detection import Detector, Hit
from scrubber.errors import SensitiveDataError
from scrubber.fields import FieldSpec, Walker
from scrubber.findings import SCAN_FAILED, Finding, ScrubResult
from scrubber.keys import load_key
from scrubber.kinds import FieldKind
from scrubber.policy import MODES, Policy, load_policy
from scrubber.posture.kms import kms_findings
from scrubber.redaction import Pseudonymizer, Span
from scrubber.service_models import operation_model

if TYPE_CHECKING:
    # Presidio (and spaCy under it) take a second to import: loaded on first scan.
    from botocore.model import Shape
    from presidio_analyzer import AnalyzerEngine

logger = logging.getLogger("fieldguard")


class _BelowWarning(logging.Filter):
    """Presidio logs analyzed text and context words at DEBUG: never let them out.

    A filter, not a level: a user raising the level for debugging must not
    turn the leak back on.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


for _name in ("presidio-analyzer", "presidio-anonymizer"):
    _logger = logging.getLogger(_name)
    if not any(isinstance(f, _BelowWarning) for f in _logger.filters):
        _logger.addFilter(_BelowWarning())


PolicyLike = Policy | Mapping[str, Any] | None
IDENTIFIER_MIN_SCORE = 0.8
# The longest free-form strings AWS takes are 32 KiB (IoT job documents): a
# longer value is refused rather than scanned for seconds.
MAX_SCAN_CHARS = 65536


class Scrubber:
    """Holds the analyzer (built once, on first use) and a policy. Thread-safe."""

    def __init__(self, policy: PolicyLike = None, *, registry: Registry | None = None) -> None:
        self.policy = _as_policy(policy, load_policy())
        self._lock = threading.Lock()
        self.detector = Detector(registry)
        self._pseudonymizers: dict[tuple[str, str | None], Pseudonymizer] = {}

    def __repr__(self) -> str:
        return f"Scrubber(policy={self.policy!r})"

    # -- shared, lazily built state ------------------------------------------

    @property
    def analyzer(self) -> AnalyzerEngine:
        """The Presidio analyzer (built on first use), for inspection.

        Not an extension point: recognizers added to its registry are not run
        (the prefilter knows only the registry's entities). Give extra
        recognizers as ``Scrubber(registry=default_registry().extended([...]))``.
        """
        return self.detector.analyzer

    def _pseudonymizer(self, policy: Policy) -> Pseudonymizer:
        source = (policy.key_env, policy.key_file)
        found = self._pseudonymizers.get(source)
        if found is None:
            with self._lock:
                found = self._pseudonymizers.get(source)
                if found is None:
                    found = Pseudonymizer(load_key(policy), self.detector.registry)
                    self._pseudonymizers[source] = found
        return found

    # -- public API ----------------------------------------------------------

    def scan_text(
        self,
        text: str,
        field_kind: str | FieldKind = FieldKind.FREE_TEXT,
        *,
        path: str = "",
        policy: PolicyLike = None,
    ) -> list[Finding]:
        """Findings in one string, as if it were a field of ``field_kind``."""
        active = _as_policy(policy, self.policy)
        kind = FieldKind(field_kind)
        spec = FieldSpec(kind, "", "scan_text")
        return _FieldScan(self, active, "report").findings_for(text, spec, path)

    def scrub(
        self,
        params: Mapping[str, Any],
        *,
        service: str,
        operation: str,
        mode: str | None = None,
        policy: PolicyLike = None,
        timeout: float | None = None,
    ) -> ScrubResult:
        """Scan every field of one call; see :func:`scrubber.scrub`.

        ``timeout``: seconds the whole scan may take. Fields not reached in time
        are not scanned but reported ``SCAN_FAILED`` (action block), so a slow
        scan refuses the call instead of sending it unchecked.
        """
        op = operation_model(service, operation)
        active = _as_policy(policy, self.policy)
        # The posture rule on params: a Create call's customer-managed KMS key.
        posture = kms_findings(op.service_model.service_name, op.name, params, active.posture.kms)
        return self._walk(
            params,
            op.input_shape,
            op.service_model.service_name,
            op.service_model.signing_name,
            mode=mode,
            policy=active,
            timeout=timeout,
            extra=posture,
        )

    def scrub_document(
        self,
        data: Mapping[str, Any],
        *,
        mode: str | None = None,
        policy: PolicyLike = None,
        timeout: float | None = None,
    ) -> ScrubResult:
        """Like :meth:`scrub` for JSON-like data of no AWS operation (records,
        metadata): every string in it, map keys included, is a free-text field."""
        return self._walk(data, None, "", None, mode=mode, policy=policy, timeout=timeout)

    def _walk(
        self,
        params: Mapping[str, Any],
        shape: Shape | None,
        service: str,
        arn_service: str | None,
        *,
        mode: str | None,
        policy: PolicyLike,
        timeout: float | None,
        extra: list[Finding] | None = None,
    ) -> ScrubResult:
        active = _as_policy(policy, self.policy)
        run_mode = mode or active.mode
        if run_mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}")
        if not isinstance(params, Mapping):
            raise TypeError("params must be a dict of API parameters")
        scan = _FieldScan(self, active, run_mode, arn_service=arn_service)
        if timeout is not None:
            scan.deadline = time.monotonic() + timeout
        walker = Walker(service, scan.visit, scan.visit_key)
        new_params = walker.rebuild(dict(params), shape)
        findings = scan.findings + (extra or [])
        for f in findings:
            if f.action == "warn":
                logger.warning("fieldguard: %s", f.describe())
        if run_mode != "report" and any(f.action == "block" for f in findings):
            raise SensitiveDataError(findings)
        return ScrubResult(
            params=new_params, findings=findings, mode=run_mode, unscanned=tuple(walker.unscanned)
        )


def _as_policy(policy: PolicyLike, base: Policy) -> Policy:
    if policy is None:
        return base
    if isinstance(policy, Policy):
        return policy
    # Over the scrubber's own policy, whatever its source (a Policy built in code
    # says "defaults" too, and its rules must stay).
    return base.merged(policy)


@dataclass
class _FieldScan:
    """One scrub run: scans each field it is shown and collects findings."""

    scrubber: Scrubber
    policy: Policy
    mode: str
    # ARNs of this service name resources whose names went through fieldguard.
    arn_service: str | None = None
    deadline: float | None = None  # time.monotonic() past which fields are not scanned
    findings: list[Finding] = field(default_factory=list)

    def visit(self, value: str, spec: FieldSpec, path: str) -> str:
        found = self.findings_for(value, spec, path)
        self.findings.extend(found)
        return self._rewrite(value, spec, found)

    def visit_key(self, key: str, spec: FieldSpec, parent: str, position: int) -> tuple[str, str]:
        probe = self.findings_for(key, spec, paths.map_key(parent, key))
        if not probe and self._showable(key):
            return key, paths.map_value(parent, key)
        # The key may be sensitive: show it by position, never by content.
        key_path = paths.key_by_position(parent, position, of_key=True)
        found = [_with_path(f, key_path) for f in probe]
        self.findings.extend(found)
        return self._rewrite(key, spec, found), paths.key_by_position(
            parent, position, of_key=False
        )

    def _showable(self, key: str) -> bool:
        """A key may appear in paths only if all its words are common English
        words (a name the detector does not know is not one) and nothing at
        all is found in it.

        The policy may allow sending a value to AWS; that is not leave to print
        it in logs and reports, so every entity is looked for here.
        """
        try:
            if not is_common(key):
                return False
            return not self.scrubber.detector.detect(key, ALL_ENTITIES, 0.0)
        except Exception:  # unsure: show the position
            return False

    # -- detection -----------------------------------------------------------

    def findings_for(self, value: str, spec: FieldSpec, path: str) -> list[Finding]:
        if not spec.readable:
            return [self._failed(value, spec, path, "a stream, which cannot be read unconsumed")]
        kind = spec.kind.value
        entities = self.policy.entities_for(kind, self.scrubber.detector.registry.entities)
        offset, text = 0, value
        arn_service = _arn_service(value) if spec.kind is FieldKind.IDENTIFIER else None
        if arn_service is not None and arn_service == self.arn_service:
            # An ARN of the called service names a resource created through it:
            # check the name as a name, so CreateX then DescribeX by ARN meet the
            # redacted name. ARNs of other services (IAM roles, buckets) name
            # resources made elsewhere: rewriting them would break the call.
            offset = _arn_resource_start(value)
            text, kind = value[offset:], FieldKind.NAME.value
            entities = self.policy.entities_for(kind, self.scrubber.detector.registry.entities)
        if not entities or not text or self.policy.is_allowed_value(value):
            return []
        if self.deadline is not None and time.monotonic() > self.deadline:
            return [self._failed(value, spec, path, "the scan's time ran out")]
        if len(text) > MAX_SCAN_CHARS:
            return [self._failed(value, spec, path, f"longer than {MAX_SCAN_CHARS} characters")]
        try:
            results = self.scrubber.detector.detect(text, entities, self.policy.score_threshold)
        except Exception as exc:  # any detector fault: fail closed
            return [self._failed(value, spec, path, f"{type(exc).__name__} while scanning")]
        keyed = spec.context and not offset and spec.is_free_form and not spec.enum
        by_key = secret_by_key(spec.context, value) if keyed and spec.context else None
        if by_key and not any(r.entity_type in CREDENTIAL_ENTITIES for r in results):
            results.append(Hit(by_key, 0, len(value), 0.8, "KeyName"))
        if keyed and spec.context:
            # The key says what a number is: tags["CustomerId"] holds an account,
            # tags["AccountId"] an AWS account id, tags["OrderId"] no account at all.
            ruled_out, account = numbers_by_key(spec.context, value)
            results = [r for r in results if r.entity_type not in ruled_out]
            if account and "ACCOUNT_NUMBER" in entities:
                results.append(Hit("ACCOUNT_NUMBER", *account, 0.85, "KeyName"))
        if kind == FieldKind.IDENTIFIER.value:
            # The service's own ids and tokens look random: only sure matches count
            # (an ARN's resource name is checked as a name, above).
            results = [r for r in results if r.score >= IDENTIFIER_MIN_SCORE]
        out = []
        for r in results:
            if self.policy.is_allowed_value(text[r.start : r.end]):
                continue
            action = self._action(kind, r.entity_type)
            if action == "allow":
                continue
            out.append(
                Finding(
                    path=path,
                    entity_type=r.entity_type,
                    field_kind=spec.kind.value,
                    start=r.start + offset,
                    end=r.end + offset,
                    score=float(r.score),
                    action=action,
                    recognizer=r.recognizer,
                )
            )
        return _merge_overlaps(out)

    @staticmethod
    def _failed(value: str, spec: FieldSpec, path: str, why: str) -> Finding:
        """A field that could not be scanned: never sent as it is."""
        reason = f"not scanned ({why}); the field is not sent"
        return Finding(
            path, SCAN_FAILED, spec.kind.value, 0, len(value), 1.0, "block", reason=reason
        )

    def _action(self, kind: str, entity: str) -> str:
        action = self.policy.action(kind, entity)
        if self.mode == "block" and action == "redact":
            return "block"
        return action

    # -- rewriting -----------------------------------------------------------

    def _rewrite(self, value: str, spec: FieldSpec, found: list[Finding]) -> str:
        to_redact = [f for f in found if f.action == "redact"]
        if self.mode != "redact" or not to_redact:
            return value
        if not spec.rewritable:
            for f in to_redact:
                self.findings[self.findings.index(f)] = _blocked(
                    f, "binary data: it cannot be rewritten safely"
                )
            return value
        if any(f.action == "block" for f in found):
            return value  # the call will be refused anyway
        pseudonymizer = self.scrubber._pseudonymizer(self.policy)
        spans = [Span(f.start, f.end, f.entity_type) for f in to_redact]
        rewritten = pseudonymizer.redact(value, spans, spec)
        if rewritten is None:
            for f in to_redact:
                self.findings[self.findings.index(f)] = _blocked(
                    f, "no replacement satisfies the field's pattern and length"
                )
            return value
        return rewritten


_SEVERITY = {"warn": 1, "redact": 2, "block": 3}


def _merge_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per overlapping group, carrying the most severe action.

    Decided after the policy, so a "warn" entity overlapping a "redact" or
    "block" one never lowers what happens to the span.
    """
    merged: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and f.start < merged[-1].end:
            last = merged[-1]
            best = max((last, f), key=_precedence)
            merged[-1] = replace(best, start=last.start, end=max(last.end, f.end))
        else:
            merged.append(f)
    return merged


def _precedence(f: Finding) -> tuple[int, int, float]:
    return (_SEVERITY.get(f.action, 0), f.entity_type in CREDENTIAL_ENTITIES, f.score)


def _with_path(f: Finding, path: str) -> Finding:
    return replace(f, path=path)


def _blocked(f: Finding, reason: str) -> Finding:
    return replace(f, action="block", reason=reason)


def _arn_service(value: str) -> str | None:
    if not value.startswith("arn:"):
        return None
    parts = value.split(":", 3)
    return parts[2] if len(parts) > 3 else None


_RESOURCE_TYPE = regex.compile(r"[A-Za-z][A-Za-z0-9\-]*[:/]")


def _arn_resource_start(arn: str) -> int:
    """Where an ARN's resource name starts: after the fifth colon and a resource type.

    ``...:secret:AmazonLookoutMetrics-x`` and ``...:dataset-group/retail``: the
    type (``secret:``, ``dataset-group/``) is the service's word, not the name.
    """
    position = -1
    for _ in range(5):
        position = arn.find(":", position + 1)
        if position < 0:
            return 0
    start = position + 1
    kind = _RESOURCE_TYPE.match(arn, start)
    return kind.end() if kind else start
