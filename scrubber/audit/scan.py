"""One CloudTrail event in, audit rows out: the code path every engine runs.

The local engine calls :meth:`EventScanner.scan` per event in a process pool;
the Spark engine calls the same method inside ``mapInPandas``. Scanning goes
through the public library API (``Scrubber.scrub`` in report mode for modelled
calls, ``Scrubber.scrub_document`` for calls no model here knows), so findings
are what the hook would have decided for the same call.
"""

from __future__ import annotations

import json
from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from botocore.model import Shape

from scrubber.audit import events
from scrubber.audit.locate import locate
from scrubber.audit.normalize import Normalized, normalize
from scrubber.audit.rows import AuditRow, Fingerprinter
from scrubber.audit.sources import Call, Selection, resolve, service_of
from scrubber.audit.suppress import Leak, account_field, event_context, suppressed_by
from scrubber.engine import Scrubber
from scrubber.errors import UsageError
from scrubber.findings import SCAN_FAILED, Finding
from scrubber.keys import load_key
from scrubber.policy import Policy
from scrubber.service_models import operation_model

CACHE_SIZE = 4096
ADDED_KEY, HIDDEN_VALUE = "cloudtrail_added_key", "hidden_by_aws"


@dataclass(frozen=True)
class Filters:
    """Which events are checked."""

    selection: Selection = field(default_factory=lambda: Selection.parse(None))
    since: str | None = None  # eventTime >= since (ISO 8601, UTC, "Z")
    until: str | None = None  # eventTime < until
    mutating_only: bool = False

    def wants_time(self, event_time: str) -> bool:
        if self.since is not None and event_time < self.since:
            return False
        return self.until is None or event_time < self.until


def parse_time(text: str, *, end: bool = False) -> str:
    """A --since/--until value as CloudTrail writes eventTime; a bare date as ``end``
    means the whole day (the next day's start)."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text) + timedelta(days=1 if end else 0)
            return f"{day.isoformat()}T00:00:00Z"
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError("times are ISO 8601: 2024-05-01 or 2024-05-01T12:00:00Z") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class _Raw:
    """A finding of one parameter set, before the event around it is known."""

    leak: Leak
    fingerprint: str
    modeled: bool


@dataclass(frozen=True)
class _Scanned:
    raws: tuple[_Raw, ...]
    added_keys: int
    hidden_values: int


@dataclass
class Outcome:
    """What events gave: rows kept, suppressions by name, how many were checked."""

    rows: list[AuditRow] = field(default_factory=list)
    suppressed: Counter[str] = field(default_factory=Counter)
    checked: int = 0  # events the filters kept


def _names(call: Call | str) -> tuple[str, str]:
    """(service, operation) of a call; an unmodelled one has no operation name."""
    return (call.service, call.operation) if isinstance(call, Call) else (call, "")


class EventScanner:
    """Scans events with one Scrubber; identical parameter sets are scanned once."""

    def __init__(self, policy: Policy, filters: Filters, *, cache_size: int = CACHE_SIZE) -> None:
        self.scrubber = Scrubber(policy)
        self.filters = filters
        self.fingerprint = Fingerprinter(load_key(policy))
        self._sources = filters.selection.event_sources()
        self._cache: OrderedDict[tuple[str, str, str], _Scanned] = OrderedDict()
        self._cache_size = cache_size

    def __repr__(self) -> str:
        return f"EventScanner(filters={self.filters!r})"

    def wants(self, event: Mapping[str, Any]) -> Call | str | None:
        """The call to scan the event as (a service name alone if no model knows the
        operation), or None if the filters leave it out."""
        source = events.text(event, "eventSource")
        if self._sources is not None and source not in self._sources:
            return None
        if not self.filters.wants_time(events.text(event, "eventTime")):
            return None
        if self.filters.mutating_only and events.is_read_only(event):
            return None
        call = resolve(source, events.text(event, "eventName"))
        if call is not None:
            return call if call.service in self.filters.selection else None
        service = service_of(source) or ""
        return service if (service in self.filters.selection) else None

    def scan(self, raw_event: Mapping[str, Any], source_file: str) -> Outcome:
        outcome = Outcome()
        self._scan_event(outcome, events.canonical(raw_event), source_file, {})
        outcome.suppressed = +outcome.suppressed  # zero counts dropped
        return outcome

    def scan_group(
        self, shared: Mapping[str, Any], members: Iterable[tuple[Mapping[str, Any], str]]
    ) -> Outcome:
        """Events that share ``shared`` (eventSource, eventName and requestParameters,
        as read), each given by its other fields and its file: the parameter set is
        parsed and scanned once, each event's own fields applied to the findings.
        The same rows and counts as :meth:`scan` on each event."""
        common = events.canonical(shared)
        outcome = Outcome()
        memo: dict[Call | str, _Scanned] = {}
        for raw, source_file in members:
            event = events.canonical(raw)
            event.update(common)
            self._scan_event(outcome, event, source_file, memo)
        outcome.suppressed = +outcome.suppressed
        return outcome

    def _scan_event(
        self,
        outcome: Outcome,
        event: Mapping[str, Any],
        source_file: str,
        memo: dict[Call | str, _Scanned],
    ) -> None:
        call = self.wants(event)
        if call is None:
            return
        outcome.checked += 1
        params = event.get("requestParameters")
        if not isinstance(params, Mapping) or not params:
            return
        scanned = memo.get(call)
        if scanned is None:
            scanned = memo[call] = self._scanned(call, params)
        outcome.suppressed[ADDED_KEY] += scanned.added_keys
        outcome.suppressed[HIDDEN_VALUE] += scanned.hidden_values
        if not scanned.raws:
            return  # nothing to suppress or report: the event's context is not needed
        context = event_context(event)
        for raw in scanned.raws:
            reason = suppressed_by(context, raw.leak)
            if reason is not None:
                outcome.suppressed[reason] += 1
            else:
                outcome.rows.append(self._row(event, call, raw, source_file))

    # -- scanning parameter sets --------------------------------------------

    def _scanned(self, call: Call | str, params: Mapping[str, Any]) -> _Scanned:
        service, operation = _names(call)
        key = (service, operation, json.dumps(params, sort_keys=True, default=str))
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        found = self._scan_params(call, params)
        self._cache[key] = found
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return found

    def _scan_params(self, call: Call | str, params: Mapping[str, Any]) -> _Scanned:
        shape: Shape | None = None
        normalized = Normalized(dict(params))
        try:
            if isinstance(call, Call):
                op = operation_model(call.service, call.operation)
                shape = op.input_shape
                normalized = normalize(params, shape, op.name)
                result = self.scrubber.scrub(
                    normalized.params,
                    service=call.service,
                    operation=call.operation,
                    mode="report",
                )
            else:
                normalized = normalize(params, None, "")
                result = self.scrubber.scrub_document(normalized.params, mode="report")
            findings = result.findings
        except Exception as exc:  # fail closed: an event we could not check is reported
            reason = f"not scanned ({type(exc).__name__}); check this event by hand"
            findings = [Finding("(event)", SCAN_FAILED, "event", 0, 0, 1.0, "block", reason=reason)]
        raws = []
        for f in findings:
            at = locate(normalized.params, shape, f.path)
            span = at.value[f.start : f.end] if at.value is not None else ""
            member = at.member
            accounts = member is not None and account_field(member.documentation or "")
            leak = Leak(f, span, account_field=accounts)
            raws.append(_Raw(leak, self.fingerprint(span) if span else "", at.modeled))
        return _Scanned(tuple(raws), normalized.added_keys, normalized.hidden_values)

    @staticmethod
    def _row(event: Mapping[str, Any], call: Call | str, raw: _Raw, source_file: str) -> AuditRow:
        service, operation = _names(call)
        f = raw.leak.finding
        return AuditRow(
            event_id=events.text(event, "eventID"),
            event_time=events.text(event, "eventTime"),
            account_id=events.account_id(event),
            region=events.text(event, "awsRegion"),
            principal_arn=events.principal_arn(event),
            identity_type=str(events.identity(event).get("type") or ""),
            event_source=events.text(event, "eventSource"),
            event_name=events.text(event, "eventName"),
            service=service,
            operation=operation,
            modeled=raw.modeled,
            path=f.path,
            entity_type=f.entity_type,
            field_kind=f.field_kind,
            start=f.start,
            end=f.end,
            score=round(f.score, 4),
            action=f.action,
            fingerprint=raw.fingerprint,
            source_file=source_file,
        )
