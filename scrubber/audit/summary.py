"""The summary of an audit run: counts, never values.

Mergeable, so the local engine's processes each keep one and the parent adds
them up; the Spark engine builds the same numbers with aggregations.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from scrubber.audit.rows import AuditRow


@dataclass
class Summary:
    files: int = 0
    events: int = 0  # read
    checked: int = 0  # left after --services, --since/--until, --mutating-only
    findings: int = 0
    by_service: Counter[str] = field(default_factory=Counter)
    by_operation: Counter[str] = field(default_factory=Counter)
    by_entity: Counter[str] = field(default_factory=Counter)
    by_account: Counter[str] = field(default_factory=Counter)
    by_action: Counter[str] = field(default_factory=Counter)
    suppressed: Counter[str] = field(default_factory=Counter)
    fingerprints: set[str] = field(default_factory=set, repr=False)
    first_seen: str = ""
    last_seen: str = ""
    errors: list[str] = field(default_factory=list)

    def add(self, row: AuditRow) -> None:
        self.findings += 1
        self.by_service[row.service or row.event_source] += 1
        self.by_operation[f"{row.service}.{row.operation or row.event_name}"] += 1
        self.by_entity[row.entity_type] += 1
        self.by_account[row.account_id] += 1
        self.by_action[row.action] += 1
        if row.fingerprint:
            self.fingerprints.add(row.fingerprint)
        if row.event_time:
            self.first_seen = min(self.first_seen or row.event_time, row.event_time)
            self.last_seen = max(self.last_seen, row.event_time)

    def merge(self, other: Summary) -> None:
        for name in ("files", "events", "checked", "findings"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in (
            "by_service",
            "by_operation",
            "by_entity",
            "by_account",
            "by_action",
            "suppressed",
        ):
            getattr(self, name).update(getattr(other, name))
        self.fingerprints |= other.fingerprints
        times = [t for t in (self.first_seen, other.first_seen) if t]
        self.first_seen = min(times) if times else ""
        self.last_seen = max(self.last_seen, other.last_seen)
        self.errors.extend(other.errors)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "events": self.events,
            "checked": self.checked,
            "findings": self.findings,
            "distinct_fingerprints": len(self.fingerprints),
            "first_seen": self.first_seen or None,
            "last_seen": self.last_seen or None,
            "by_service": dict(sorted(self.by_service.items())),
            "by_operation": dict(sorted(self.by_operation.items())),
            "by_entity": dict(sorted(self.by_entity.items())),
            "by_account": dict(sorted(self.by_account.items())),
            "by_action": dict(sorted(self.by_action.items())),
            "suppressed": dict(sorted(self.suppressed.items())),
            "errors": len(self.errors),
        }

    def render(self) -> str:
        d = self.to_dict()
        lines = [
            f"{d['files']} file(s), {d['events']} event(s) read, {d['checked']} checked, "
            f"{d['findings']} finding(s), {d['distinct_fingerprints']} distinct value(s)"
        ]
        if self.findings:
            lines.append(f"  seen from {d['first_seen']} to {d['last_seen']}")
        for title, key in (
            ("service", "by_service"),
            ("operation", "by_operation"),
            ("entity", "by_entity"),
            ("account", "by_account"),
        ):
            if d[key]:
                parts = ", ".join(f"{k} {v}" for k, v in Counter(d[key]).most_common())
                lines.append(f"  by {title}: {parts}")
        if d["suppressed"]:
            parts = ", ".join(f"{k} {v}" for k, v in d["suppressed"].items())
            lines.append(f"  suppressed: {parts}")
        return "\n".join(lines)
