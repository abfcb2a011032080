"""The Scrubber: one analyzer per process, applied field by field.

One call goes one way: a producer turns the params into fields
(``scrubber.producers``), each field gets one verdict (``scrubber.verdicts``),
the verdicts become findings and, in redact mode, new params
(``scrubber.rebuild``). Detection is Presidio's ``AnalyzerEngine`` over
fieldguard's recognizers with Presidio's no-op NLP engine: every recognizer
carries its own context in its patterns, so no spaCy model (and no download)
is needed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from recognizers.registry import Registry
from scrubber.detection import Detector
from scrubber.errors import SensitiveDataError
from scrubber.fields import Field, FieldSpec
from scrubber.findings import Finding, ScrubResult
from scrubber.keys import load_key
from scrubber.kinds import FieldKind, Mode
from scrubber.list_mates import with_list_mates
from scrubber.mentions import with_mentions
from scrubber.paths import ROOT
from scrubber.policy import Policy, load_policy
from scrubber.posture.kms import kms_findings
from scrubber.producers.payload import iter_fields, snapshot
from scrubber.rebuild import rebuild
from scrubber.redaction import Pseudonymizer
from scrubber.service_models import operation_model
from scrubber.verdicts import FieldScan, hidden_keys, scan_field

if TYPE_CHECKING:
    # Presidio (and spaCy under it) take a second to import: loaded on first scan.
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


class Scrubber:
    """Holds the analyzer (built once, on first use) and a policy. Thread-safe.

    A Scrubber built with a policy never reads configuration files; with none,
    it starts from the built-in defaults. Only :func:`scrubber.default_scrubber`
    loads the files (``fieldguard.toml``, ``[tool.fieldguard]``).
    """

    def __init__(self, policy: PolicyLike = None, *, registry: Registry | None = None) -> None:
        self.policy = _as_policy(policy, Policy())
        self._lock = threading.Lock()
        self.detector = Detector(registry)
        self._pseudonymizers: dict[tuple[str, str | None], Pseudonymizer] = {}

    @classmethod
    def from_config(cls, *, registry: Registry | None = None) -> Scrubber:
        """A Scrubber with the policy of the configuration files (see the README)."""
        return cls(load_policy(), registry=registry)

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

    def field_scan(
        self,
        *,
        mode: str | Mode | None = None,
        policy: PolicyLike = None,
        timeout: float | None = None,
    ) -> FieldScan:
        """What verdicts on fields share: the policy, the detector, the mode, the deadline."""
        active = _as_policy(policy, self.policy)
        return FieldScan(
            active,
            self.detector,
            Mode.parse(mode or active.mode),
            lambda: self._pseudonymizer(active),
            None if timeout is None else time.monotonic() + timeout,
        )

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
        spec = FieldSpec(FieldKind(field_kind), "", "scan_text")
        verdict = scan_field(Field(ROOT, spec, text), self.field_scan(mode="report", policy=policy))
        return verdict.findings(label=path)

    def scrub(
        self,
        params: Mapping[str, Any],
        *,
        service: str,
        operation: str,
        mode: str | Mode | None = None,
        policy: PolicyLike = None,
        timeout: float | None = None,
    ) -> ScrubResult:
        """Scan every field of one call; see :func:`scrubber.scrub`.

        ``operation`` in API (``CreateDatasetGroup``), Python
        (``create_dataset_group``) or AWS CLI (``create-dataset-group``) spelling.
        ``timeout``: seconds the whole scan may take. Fields not reached in time
        are not scanned but reported ``SCAN_FAILED`` (action block), so a slow
        scan refuses the call instead of sending it unchecked.
        """
        op = operation_model(service, operation)
        model = op.service_model
        scan = self.field_scan(mode=mode, policy=policy, timeout=timeout)
        if not isinstance(params, Mapping):
            raise TypeError("params must be a dict of API parameters")
        tree = snapshot(params)
        fields = iter_fields(tree, op.input_shape, model.service_name, model.signing_name)
        # The posture rule on params: a Create call's customer-managed KMS key.
        posture = kms_findings(model.service_name, op.name, tree, scan.policy.posture.kms)
        return self._judge(tree, fields, scan, posture)

    def scrub_document(
        self,
        data: Mapping[str, Any],
        *,
        mode: str | Mode | None = None,
        policy: PolicyLike = None,
        timeout: float | None = None,
    ) -> ScrubResult:
        """Like :meth:`scrub` for JSON-like data of no AWS operation (records,
        metadata): every string in it, map keys included, is a free-text field."""
        scan = self.field_scan(mode=mode, policy=policy, timeout=timeout)
        if not isinstance(data, Mapping):
            raise TypeError("data must be a dict")
        tree = snapshot(data)
        return self._judge(tree, iter_fields(tree, None, ""), scan, [])

    def _judge(
        self,
        tree: dict[str, Any],
        fields: Iterable[Field],
        scan: FieldScan,
        extra: list[Finding],
    ) -> ScrubResult:
        """One verdict per field, then the findings, a refusal or the params to send."""
        verdicts = with_mentions([scan_field(f, scan) for f in fields], scan)
        verdicts = with_list_mates(verdicts, scan)
        hidden = hidden_keys(verdicts)
        findings = [f for v in verdicts for f in v.findings(hidden)] + extra
        for f in findings:
            if f.action == "warn":
                logger.warning("fieldguard: %s", f.describe())
        if scan.mode is not Mode.REPORT and any(f.action == "block" for f in findings):
            raise SensitiveDataError(findings)
        new_params = rebuild(tree, verdicts) if scan.mode is Mode.REDACT else tree
        # Binary values that are not text, looked at byte by byte only.
        unscanned = tuple(v.field.path.render(hidden) for v in verdicts if v.field.binary)
        return ScrubResult(new_params, findings, scan.mode.value, unscanned)


def _as_policy(policy: PolicyLike, base: Policy) -> Policy:
    if policy is None:
        return base
    if isinstance(policy, Policy):
        return policy
    # Over the scrubber's own policy, whatever its source (a Policy built in code
    # says "defaults" too, and its rules must stay).
    return base.merged(policy)
