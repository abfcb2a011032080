"""What a scrub-check run found, its exit code, and the text and JSON reports.

No report holds a value: findings carry paths, entity types, kinds, spans
(offsets into the value) and actions, and errors name lines and columns only.
"""

from __future__ import annotations

import importlib.metadata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from scrubber.cli.check import PAYLOAD, TEMPLATE, TERRAFORM, FileResult, Hit, Problem, Unit
from scrubber.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERNAL, EXIT_USAGE

JSON_VERSION = 1


def tool_version() -> str:
    try:
        return importlib.metadata.version("fieldguard")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


@dataclass(frozen=True)
class Fix:
    file: str
    output: str | None  # None: nothing was written, for ``reason``
    redacted: int
    reason: str = ""


@dataclass
class Report:
    units: list[Unit] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0  # files read
    skipped: int = 0  # documents that were neither payloads nor templates, in checked files
    skipped_files: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    fixes: list[Fix] = field(default_factory=list)
    fixing: bool = False

    def add(self, result: FileResult) -> None:
        self.files += result.source is not None
        self.units.extend(result.units)
        self.problems.extend(result.problems)
        self.skipped += result.skipped
        if result.skipped_because is not None and result.path is not None:
            self.skipped_files.append((str(result.path), result.skipped_because))

    def hits(self) -> Iterator[tuple[Unit, Hit]]:
        for unit in self.units:
            for hit in unit.hits:
                yield unit, hit

    def remaining(self) -> list[tuple[Unit, Hit]]:
        """Findings still in the checked files (all of them, unless fixed in place)."""
        return [(u, h) for u, h in self.hits() if not is_fixed(u, h)]

    def exit_code(self) -> int:
        # An internal error makes the run unreliable; findings matter more than
        # unreadable files, which still fail the run.
        if any(p.internal for p in self.problems):
            return EXIT_INTERNAL
        if self.remaining():
            return EXIT_FINDINGS
        return EXIT_USAGE if self.problems else EXIT_CLEAN


def is_fixed(unit: Unit, hit: Hit) -> bool:
    return unit.written and hit.finding.action == "redact"


def problem_where(p: Problem) -> str:
    if p.line is not None:
        return f"{p.file}:{p.line}"
    return p.file if p.index is None else f"{p.file}#{p.index}"


# ---- text ------------------------------------------------------------------

_COLOURS = {"block": "31", "redact": "33", "warn": "35", "location": "1", "entity": "1"}


class _Paint:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, role: str) -> str:
        code = _COLOURS.get(role)
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled and code else text


def write_text(report: Report, out: TextIO, *, colour: bool = False, verbose: bool = False) -> None:
    paint = _Paint(colour)
    for unit, hit in report.hits():
        print(_hit_line(unit, hit, paint), file=out)
    if verbose:
        for file, why in report.skipped_files:
            print(f"skipped: {file}: {why}", file=out)
    if report.fixing:
        _write_fix_notes(report, out)
    print(_summary(report), file=out)


def _hit_line(unit: Unit, hit: Hit, paint: _Paint) -> str:
    f, span = hit.finding, hit.span
    file = hit.file or unit.file
    location = file if span is None else f"{file}:{span.line}:{span.column}"
    item = f"#{unit.index} " if unit.index is not None else ""
    if paint.enabled:
        text = (
            f"{f.path}: {paint(f.entity_type, 'entity')} in {f.field_kind} field "
            f"[{f.start}:{f.end}] score={f.score:.2f} -> {paint(f.action, f.action)}"
        )
        text = f"{text} ({f.reason})" if f.reason else text
    else:
        text = f.describe()
    fixed = " (fixed)" if is_fixed(unit, hit) else ""
    return f"{paint(location, 'location')}: {item}{text}{fixed}"


def _write_fix_notes(report: Report, out: TextIO) -> None:
    for fix in report.fixes:
        if fix.output is None:
            print(f"not written: {fix.file}: {fix.reason}", file=out)
        else:
            print(f"fixed: {fix.file} -> {fix.output} ({fix.redacted} value(s) redacted)", file=out)
    for unit in report.units:
        if not unit.hits:
            continue
        if unit.kind in (TEMPLATE, TERRAFORM):
            what = "CloudFormation templates" if unit.kind == TEMPLATE else "Terraform files"
            print(
                f"not fixed: {unit.where}: {what} are reported, not rewritten; edit the file",
                file=out,
            )
            continue
        data = [h for h in unit.hits if h.finding.recognizer != "posture"]
        left = Counter(h.finding.action for h in data if h.finding.action != "redact")
        if unit.redacted is None:
            left = Counter(h.finding.action for h in data)
        missing = len(unit.hits) - len(data)
        if missing:
            print(
                f"not fixed: {unit.where}: {missing} customer-managed KMS key(s) missing; "
                "add them by hand (scrub-check --explain SERVICE OPERATION shows where)",
                file=out,
            )
        if left:
            actions = ", ".join(f"{n} {a}" for a, n in sorted(left.items()))
            print(
                f"not fixed: {unit.where}: {sum(left.values())} finding(s) ({actions}) "
                "cannot be redacted; remove the values by hand",
                file=out,
            )


def _terraform(report: Report) -> str:
    units = [u for u in report.units if u.kind == TERRAFORM]
    if not units:
        return ""
    resources = sum(u.resources for u in units)
    return f" and {len(units)} Terraform file(s) ({resources} resource(s) of the five services)"


def _summary(report: Report) -> str:
    kinds = Counter(u.kind for u in report.units)
    actions = Counter(h.finding.action for _, h in report.hits())
    total = sum(actions.values())
    text = (
        f"{kinds[PAYLOAD]} payload(s) and {kinds[TEMPLATE]} template(s)"
        f"{_terraform(report)} checked "
        f"in {report.files} file(s), {total} finding(s)"
    )
    if total:
        text += " (" + ", ".join(f"{n} {a}" for a, n in sorted(actions.items())) + ")"
    if report.skipped_files:
        text += f"; {len(report.skipped_files)} file(s) skipped (neither payload nor template"
        text += ", --verbose lists them)"
    if report.skipped:
        text += f"; {report.skipped} document(s) skipped (neither payload nor template)"
    if report.problems:
        text += f"; {len(report.problems)} error(s), see above"
    return text


# ---- JSON ------------------------------------------------------------------


def to_json(report: Report) -> dict[str, Any]:
    """The ``--format json`` document (schema version 1; fields are only ever added)."""
    kinds = Counter(u.kind for u in report.units)
    return {
        "version": JSON_VERSION,
        "tool": {"name": "scrub-check", "version": tool_version()},
        "exit_code": report.exit_code(),
        "checked": len(report.units),
        "payloads": kinds[PAYLOAD],
        "templates": kinds[TEMPLATE],
        "terraform": kinds[TERRAFORM],
        "terraform_resources": sum(u.resources for u in report.units if u.kind == TERRAFORM),
        "files": report.files,
        "skipped": report.skipped,
        "skipped_files": [{"file": f, "reason": why} for f, why in report.skipped_files],
        "findings": [_finding_json(u, h) for u, h in report.hits()],
        "errors": [
            {
                "file": p.file,
                "item": p.index,
                "line": p.line,
                "message": p.message,
                "internal": p.internal,
            }
            for p in report.problems
        ],
        "fixes": [
            {"file": f.file, "output": f.output, "redacted": f.redacted, "reason": f.reason}
            for f in report.fixes
        ],
    }


def _finding_json(unit: Unit, hit: Hit) -> dict[str, Any]:
    span = hit.span
    return {
        "file": hit.file or unit.file,
        "item": unit.index,
        "kind": unit.kind,
        "service": unit.service,
        "operation": unit.operation,
        "resource_type": hit.resource_type,
        "line": span.line if span else None,
        "column": span.column if span else None,
        "end_line": span.end_line if span else None,
        "end_column": span.end_column if span else None,
        **hit.finding.to_dict(),
        "fixed": is_fixed(unit, hit),
    }
