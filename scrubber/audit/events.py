"""CloudTrail events as scanned: one spelling of their fields, whatever the export.

Log files hold the event objects as CloudTrail wrote them. CloudTrail Lake and
Athena exports lower-case the field names and give nested objects as JSON
text; Spark gives them as text on purpose (one read schema for thousands of
parameter shapes). :func:`canonical` turns all of these into the log-file form.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

FIELDS = (
    "eventID",
    "eventTime",
    "eventSource",
    "eventName",
    "awsRegion",
    "recipientAccountId",
    "readOnly",
    "userIdentity",
    "requestParameters",
    "resources",
)
_NESTED = ("userIdentity", "requestParameters", "resources")
_BY_FOLDED = {name.lower(): name for name in FIELDS}


def canonical(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The fields the audit reads, under CloudTrail's names, nested ones parsed."""
    event: dict[str, Any] = {}
    for key, value in raw.items():
        name = _BY_FOLDED.get(str(key).lower())
        if name is not None and (name not in event or key == name):
            event[name] = value
    for name in _NESTED:
        value = event.get(name)
        if isinstance(value, str):
            try:
                event[name] = json.loads(value)
            except ValueError:
                # Kept as text: scanned as free text, never skipped.
                event[name] = {"(unparsed)": value} if name == "requestParameters" else None
    return event


def text(event: Mapping[str, Any], name: str) -> str:
    value = event.get(name)
    return "" if value is None else str(value)


def is_read_only(event: Mapping[str, Any]) -> bool:
    value = event.get("readOnly")
    return value is True or str(value).lower() == "true"


def identity(event: Mapping[str, Any]) -> Mapping[str, Any]:
    found = event.get("userIdentity")
    return found if isinstance(found, Mapping) else {}


def principal_arn(event: Mapping[str, Any]) -> str:
    who = identity(event)
    if who.get("arn"):
        return str(who["arn"])
    issuer = (who.get("sessionContext") or {}).get("sessionIssuer") or {}
    return str(issuer.get("arn") or "") if isinstance(issuer, Mapping) else ""


def account_id(event: Mapping[str, Any]) -> str:
    return text(event, "recipientAccountId") or str(identity(event).get("accountId") or "")
