"""``--format sarif``: SARIF 2.1.0, for code-scanning tools.

One rule per entity type; one result per finding still in its file, located by
line and column, never with a snippet (the snippet would be the value).
Files that could not be checked become tool execution notifications.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import quote

from recognizers.registry import default_registry
from scrubber.cli.check import Hit, Problem, Unit
from scrubber.cli.report import Report, tool_version
from scrubber.posture.rules import ADVICE_SOURCE, RULES, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
# A credential is refused outright; personal data would be redacted; warn is advice.
LEVELS = {"block": "error", "redact": "warning", "warn": "note"}

# Reported entities that come from no recognizer.
_OTHER_ENTITIES: dict[str, str] = {
    "SCAN_FAILED": "a field that could not be checked",
}


def to_sarif(report: Report, *, root: Path) -> dict[str, Any]:
    remaining = report.remaining()
    entities = sorted({hit.finding.entity_type for _, hit in remaining})
    rule_index = {entity: i for i, entity in enumerate(entities)}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "scrub-check",
                        "fullName": "fieldguard scrub-check",
                        "version": tool_version(),
                        "rules": [_rule(entity) for entity in entities],
                    }
                },
                "originalUriBaseIds": {SRCROOT: {"uri": root.resolve().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "invocations": [_invocation(report, root)],
                "results": [_result(u, h, rule_index, root) for u, h in remaining],
            }
        ],
    }


def _rule(entity: str) -> dict[str, Any]:
    if entity in RULES:
        return _posture_rule(RULES[entity])
    what = _OTHER_ENTITIES.get(entity) or default_registry().description(entity)
    return {
        "id": entity,
        "name": entity.title().replace("_", ""),
        "shortDescription": {"text": f"{what[0].upper()}{what[1:]} in a free-form field"},
        "fullDescription": {
            "text": (
                f"A free-form field of an AWS API call (name, description, tag, URL) holds "
                f"{what}. AWS may copy such fields into diagnostic and billing logs."
            )
        },
        "help": {
            "text": (
                "Remove the value from the field, or run scrub-check --fix to write "
                "a redacted payload. Credentials must be removed by hand."
            )
        },
        "properties": {"tags": ["security", "privacy"]},
    }


def _posture_rule(rule: Rule) -> dict[str, Any]:
    """A posture rule: its help quotes the AWS advice it enforces."""
    return {
        "id": rule.id,
        "name": rule.id.title().replace("_", ""),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": f"AWS advises: {rule.advice} ({ADVICE_SOURCE})"},
        "help": {"text": f"AWS advises: {rule.advice} {rule.remedy}"},
        "helpUri": ADVICE_SOURCE,
        "properties": {"tags": ["security", "posture"]},
    }


def _result(unit: Unit, hit: Hit, rule_index: dict[str, int], root: Path) -> dict[str, Any]:
    f = hit.finding
    item = f"#{unit.index} " if unit.index is not None else ""
    physical: dict[str, Any] = {"artifactLocation": _artifact(hit.file or unit.file, root)}
    if hit.span is not None:
        physical["region"] = {
            "startLine": hit.span.line,
            "startColumn": hit.span.column,
            "endLine": hit.span.end_line,
            "endColumn": hit.span.end_column,
        }
    fingerprint = hashlib.sha256(
        f"{unit.file}|{unit.index}|{f.path}|{f.entity_type}|{f.start}|{f.end}".encode()
    ).hexdigest()
    properties = {
        "fieldKind": f.field_kind,
        "action": f.action,
        "score": round(f.score, 4),
        "recognizer": f.recognizer,
        "start": f.start,
        "end": f.end,
        "kind": unit.kind,
    }
    for key, value in (
        ("item", unit.index),
        ("service", unit.service),
        ("operation", unit.operation),
        ("resourceType", hit.resource_type),
    ):
        if value is not None:
            properties[key] = value
    message = f"{item}{f.path}: {f.entity_type} in {f.field_kind} field -> {f.action}"
    return {
        "ruleId": f.entity_type,
        "ruleIndex": rule_index[f.entity_type],
        "level": LEVELS.get(f.action, "warning"),
        "message": {"text": f"{message} ({f.reason})" if f.reason else message},
        "locations": [
            {
                "physicalLocation": physical,
                "logicalLocations": [{"fullyQualifiedName": f"{item}{f.path}", "kind": "member"}],
            }
        ],
        "partialFingerprints": {"fieldguardFinding/v1": fingerprint},
        "properties": properties,
    }


def _invocation(report: Report, root: Path) -> dict[str, Any]:
    return {
        "executionSuccessful": not any(p.internal for p in report.problems),
        "exitCode": report.exit_code(),
        "toolExecutionNotifications": [_notification(p, root) for p in report.problems],
    }


def _notification(p: Problem, root: Path) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(p.file, root)}
    if p.line is not None:
        physical["region"] = {"startLine": p.line}
    return {
        "level": "error",
        "message": {"text": p.message},
        "locations": [{"physicalLocation": physical}],
    }


def _artifact(file: str, root: Path) -> dict[str, Any]:
    path = Path(file).resolve()
    try:
        relative = path.relative_to(root.resolve())
    except ValueError:
        return {"uri": path.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": SRCROOT}
