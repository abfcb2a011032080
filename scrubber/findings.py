"""What a scan reports: where, what kind, how sure, what was done. Never the value."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrubber.paths import Locator

# The entity of a field that could not be scanned: never sent as it is.
SCAN_FAILED = "SCAN_FAILED"


@dataclass(frozen=True)
class Finding:
    """One sensitive span in one field.

    ``start``/``end`` index into the field's original string. The value itself
    is deliberately not kept, so a finding can be logged, printed or pickled.
    """

    path: str
    entity_type: str
    field_kind: str
    start: int
    end: int
    score: float
    action: str
    recognizer: str = ""
    reason: str = ""
    # Key-free steps to the value in the file it came from (``Path.locator``):
    # how scrub-check finds its line without reading a rendered path back.
    location: Locator = field(default=(), compare=False, repr=False)

    def describe(self) -> str:
        """A one-line, value-free description."""
        text = (
            f"{self.path}: {self.entity_type} in {self.field_kind} field "
            f"[{self.start}:{self.end}] score={self.score:.2f} -> {self.action}"
        )
        return f"{text} ({self.reason})" if self.reason else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "entity_type": self.entity_type,
            "field_kind": self.field_kind,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "action": self.action,
            "recognizer": self.recognizer,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ScrubResult:
    """The outcome of :func:`scrubber.scrub`.

    ``params`` is a new object tree (the caller's is never changed): redacted
    in ``redact`` mode, an unchanged copy in ``report`` mode.
    """

    params: dict[str, Any] = field(repr=False)
    findings: list[Finding]
    mode: str
    # Paths of binary values that are not text: looked at byte by byte only.
    unscanned: tuple[str, ...] = ()

    @property
    def blocked(self) -> list[Finding]:
        return [f for f in self.findings if f.action == "block"]

    @property
    def changed(self) -> bool:
        return any(f.action == "redact" for f in self.findings) and self.mode == "redact"

    def __repr__(self) -> str:
        tail = f", unscanned={len(self.unscanned)}" if self.unscanned else ""
        return f"ScrubResult(mode={self.mode!r}, findings={self.findings!r}{tail})"
