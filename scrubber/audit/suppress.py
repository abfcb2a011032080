"""Suppressions CloudTrail needs: findings that are AWS's own values, not leaks.

Each is a small named predicate over one finding in one event; a suppressed
finding is counted in the summary under the predicate's name, never dropped
silently.

=====================  ==============================================================
``aws_service_caller`` the call was made by an AWS service (``userIdentity.type`` is
                       ``AWSService``): its parameters are AWS's, not a user's.
``aws_account_id``     a 12-digit number that is an AWS account: the member is an
                       account id by name, or the event names that account (recipient,
                       caller, resources, any ARN in the event).
``own_kind``           an identifier field holding its own kind: an ``AccessKeyId``
                       member holding an access key id (``DeleteAccessKey``) names the
                       key, it does not leak it.
=====================  ==============================================================
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from scrubber.findings import SCAN_FAILED, Finding

_ARN_ACCOUNT = regex.compile(r"arn:aws[a-z-]*:[^:\"\s]*:[^:\"\s]*:(\d{12}):")
_ACCOUNT_MEMBER = regex.compile(r"(?i)account_?ids?$")
_ACCOUNT_DOC = regex.compile(
    r"(?i)\b(?:AWS|Amazon Web Services) account (?:IDs?|identifiers?|numbers?)\b"
)
_TWELVE_DIGITS = regex.compile(r"^\d{12}$")
# A path ending in a member of the model (list items allowed), not a map key.
_MODEL_MEMBER = regex.compile(r"(?:^|\.)([A-Za-z_][A-Za-z0-9_]*)(?:\[\d+\])*$")
_LAST_MEMBER = regex.compile(r"([A-Za-z_][A-Za-z0-9_]*)\W*$")
# entity -> members that exist to hold that entity
_OWN_KIND: Mapping[str, regex.Pattern[str]] = {
    "AWS_ACCESS_KEY_ID": regex.compile(r"(?i)access_?key_?ids?$"),
}


@dataclass(frozen=True)
class EventContext:
    """What the suppressions need to know about the event around a finding."""

    identity_type: str
    known_accounts: frozenset[str]


def event_context(event: Mapping[str, Any]) -> EventContext:
    identity = event.get("userIdentity")
    identity = identity if isinstance(identity, Mapping) else {}
    issuer = (identity.get("sessionContext") or {}).get("sessionIssuer") or {}
    accounts = {
        str(v)
        for v in (
            event.get("recipientAccountId"),
            identity.get("accountId"),
            issuer.get("accountId") if isinstance(issuer, Mapping) else None,
        )
        if v
    }
    resources = event.get("resources")
    if isinstance(resources, list):
        accounts |= {
            str(r["accountId"]) for r in resources if isinstance(r, Mapping) and r.get("accountId")
        }
    text = json.dumps([identity, resources, event.get("requestParameters")])
    accounts |= set(_ARN_ACCOUNT.findall(text))
    return EventContext(str(identity.get("type") or ""), frozenset(accounts))


@dataclass(frozen=True)
class Leak:
    """A finding with what the model says about its field; the span stays in memory."""

    finding: Finding
    span: str = field(repr=False)
    account_field: bool = False  # the model says the field holds AWS account ids


def account_field(documentation: str) -> bool:
    """Whether a member's documentation says it holds AWS account ids."""
    return bool(_ACCOUNT_DOC.search(documentation))


Suppression = Callable[[EventContext, Leak], bool]
"""(event, finding) -> whether the finding is AWS's own value."""


def aws_service_caller(event: EventContext, leak: Leak) -> bool:
    return event.identity_type == "AWSService"


def aws_account_id(event: EventContext, leak: Leak) -> bool:
    digits = leak.span.replace("-", "").replace(" ", "")
    if not _TWELVE_DIGITS.match(digits):
        return False
    if digits in event.known_accounts or leak.account_field:
        return True
    return bool(_ACCOUNT_MEMBER.search(_member(leak.finding.path)))


def own_kind(event: EventContext, leak: Leak) -> bool:
    """Only a member of the model classified as an identifier: a tag or map key the
    user named ``AccessKeyId`` is the user's text, and a leak."""
    rule = _OWN_KIND.get(leak.finding.entity_type)
    if rule is None or leak.finding.field_kind != "identifier":
        return False
    member = _MODEL_MEMBER.search(leak.finding.path)
    return member is not None and bool(rule.search(member.group(1)))


SUPPRESSIONS: tuple[tuple[str, Suppression], ...] = (
    ("aws_service_caller", aws_service_caller),
    ("aws_account_id", aws_account_id),
    ("own_kind", own_kind),
)
NAMES: tuple[str, ...] = tuple(name for name, _ in SUPPRESSIONS)


def suppressed_by(event: EventContext, leak: Leak) -> str | None:
    """The name of the first suppression that applies, or None. A field that could
    not be scanned is never suppressed."""
    if leak.finding.entity_type == SCAN_FAILED:
        return None
    for name, rule in SUPPRESSIONS:
        if rule(event, leak):
            return name
    return None


def _member(path: str) -> str:
    """The last member name in a path: ``a.AccessKeyId`` -> ``AccessKeyId``;
    ``x["accountId"]`` -> ``accountId``."""
    tail = path.rstrip("]}").rsplit(".", 1)[-1]
    found = _LAST_MEMBER.search(tail.replace('"', " "))
    return found.group(1) if found else ""
