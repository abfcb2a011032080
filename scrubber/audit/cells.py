"""Scanning (and redacting) the named columns of one table row: the code path of
``scrub-audit dataset`` on both engines and of :func:`scrubber.spark.scrub_dataframe`.

Each named column is scanned as the given field kind through ``Scrubber.scan_text``.
In redact mode every span the policy would redact or block is replaced by the
library's keyed pseudonym (a dataset cannot refuse a call, and writing a
credential out again would spread it); a cell that could not be scanned is
written as null. Findings never hold the value: a keyed fingerprint groups them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal

from scrubber.audit.rows import Fingerprinter
from scrubber.engine import Scrubber
from scrubber.errors import UsageError
from scrubber.fields import FieldSpec
from scrubber.findings import SCAN_FAILED
from scrubber.keys import load_key
from scrubber.kinds import FieldKind
from scrubber.policy import Policy
from scrubber.redaction import Pseudonymizer, Span

DatasetMode = Literal["report", "redact"]
FINDINGS_COLUMN = "fieldguard_findings"
_REWRITE = frozenset({"redact", "block"})


@dataclass(frozen=True)
class CellFinding:
    column: str
    entity_type: str
    field_kind: str
    start: int
    end: int
    score: float
    action: str
    fingerprint: str


def parse_columns(text: str) -> dict[str, FieldKind]:
    """``name=name,notes=description`` -> {"name": NAME, "notes": DESCRIPTION}."""
    columns: dict[str, FieldKind] = {}
    for pair in (p.strip() for p in text.split(",") if p.strip()):
        column, sep, kind = pair.partition("=")
        if not sep or not column:
            raise UsageError("--columns takes column=field_kind pairs: name=name,notes=description")
        columns[column.strip()] = as_kind(kind.strip())
    if not columns:
        raise UsageError("--columns names no column")
    return columns


def as_kind(kind: str | FieldKind) -> FieldKind:
    try:
        return FieldKind(kind)
    except ValueError:
        kinds = ", ".join(k.value for k in FieldKind)
        raise UsageError(f"unknown field kind; one of: {kinds}") from None


class CellScanner:
    def __init__(self, policy: Policy, columns: Mapping[str, FieldKind], mode: DatasetMode):
        if mode not in ("report", "redact"):
            raise UsageError("mode is report or redact")
        self.scrubber = Scrubber(policy)
        self.columns = dict(columns)
        self.mode = mode
        key = load_key(policy)
        self.fingerprint = Fingerprinter(key)
        self._pseudonymizer = Pseudonymizer(key) if mode == "redact" else None

    def __repr__(self) -> str:
        return f"CellScanner(columns={list(self.columns)!r}, mode={self.mode!r})"

    def scan_row(self, row: Mapping[str, Any]) -> tuple[dict[str, Any], list[CellFinding]]:
        """The row's named columns (redacted in redact mode), and their findings."""
        out: dict[str, Any] = {}
        found: list[CellFinding] = []
        for column, kind in self.columns.items():
            value = row.get(column)
            out[column] = value
            if not isinstance(value, str) or not value:
                continue
            findings = self.scrubber.scan_text(value, kind, path=column)
            for f in findings:
                span = value[f.start : f.end] if f.entity_type != SCAN_FAILED else value
                found.append(
                    CellFinding(
                        column,
                        f.entity_type,
                        f.field_kind,
                        f.start,
                        f.end,
                        round(f.score, 4),
                        f.action,
                        self.fingerprint(span),
                    )
                )
            if self._pseudonymizer is not None:
                out[column] = self._redacted(value, kind, findings)
        return out, found

    def _redacted(self, value: str, kind: FieldKind, findings: list[Any]) -> str | None:
        if any(f.entity_type == SCAN_FAILED for f in findings):
            return None
        spans = [Span(f.start, f.end, f.entity_type) for f in findings if f.action in _REWRITE]
        if not spans or self._pseudonymizer is None:
            return value
        return self._pseudonymizer.redact(value, spans, FieldSpec(kind, "", "dataset column"))


def findings_json(found: list[CellFinding]) -> str:
    return json.dumps([asdict(f) for f in found], separators=(",", ":"))
