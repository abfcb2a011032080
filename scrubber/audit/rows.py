"""Audit rows: one per finding, never the value; a keyed fingerprint to group leaks.

The fingerprint is HMAC-SHA-256 of the finding's span (as detection read it:
normalized) under the pseudonym key (``scrubber.keys``), domain-separated from
pseudonyms and truncated to 64 bits: the same leak groups across events and
accounts, and nobody without the key can test a guess (names and emails are
easy to enumerate; a plain hash would give them away).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, fields
from typing import Any

from recognizers.normalize import plain

FINGERPRINT_HEX = 16
_DOMAIN = b"fieldguard-audit-fingerprint\x00"


@dataclass(frozen=True)
class AuditRow:
    """One finding in one CloudTrail event (or one dataset cell)."""

    event_id: str
    event_time: str
    account_id: str
    region: str
    principal_arn: str
    identity_type: str
    event_source: str
    event_name: str
    service: str
    operation: str
    modeled: bool
    path: str
    entity_type: str
    field_kind: str
    start: int
    end: int
    score: float
    action: str
    fingerprint: str
    source_file: str

    def to_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict: it deep-copies, and every field here is a scalar.
        return {name: getattr(self, name) for name in COLUMNS}


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(AuditRow))


class Fingerprinter:
    """Keyed fingerprints of values; the key never leaves this object."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def __repr__(self) -> str:
        return "Fingerprinter(key=<hidden>)"

    def __call__(self, value: str) -> str:
        digest = hmac.new(self._key, _DOMAIN + plain(value).encode("utf-8"), hashlib.sha256)
        return digest.hexdigest()[:FINGERPRINT_HEX]

    def check_value(self) -> str:
        """A fingerprint of nothing: equal on two machines iff their keys are equal."""
        return self("\x00fieldguard key check")
