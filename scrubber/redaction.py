"""Replacements the service still accepts: deterministic keyed pseudonyms.

A sensitive span becomes ``<label>_<hmac>`` (``person_kqzvtbxm``), where the
hash is HMAC-SHA-256 under the user's key: the same value gets the same
replacement in every call and process (``CreateDataset`` then
``DescribeDataset`` by the same name still meet), and nobody without the key
can test a guess. botocore checks only ``min``; the service checks ``pattern``,
``max`` and ``enum``. So the styles below are tried in one fixed order (fixed, so
the same value is written the same way wherever both fields accept it) and the
first that makes the whole field valid wins. None valid: the caller blocks.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from recognizers.normalize import plain
from recognizers.registry import Registry, default_registry
from scrubber.fields import FieldSpec

if TYPE_CHECKING:
    from presidio_anonymizer.entities import RecognizerResult


# Consonants only: a pseudonym never spells a word or a name, and holds no run
# of digits that could be read as a number (so scrubbing twice changes nothing).
_ALPHABET = "bcdfghjklmnpqrstvwxz"

Style = Callable[[str, bytes, int], str]
"""(label, digest, length) -> replacement text."""


def _letters(digest: bytes, n: int) -> str:
    number = int.from_bytes(digest, "big")
    out = []
    for _ in range(n):
        number, r = divmod(number, len(_ALPHABET))
        out.append(_ALPHABET[r])
    return "".join(out)


STYLES: tuple[tuple[str, Style], ...] = (
    ("snake", lambda label, d, n: f"{label}_{_letters(d, n)}"),
    ("kebab", lambda label, d, n: f"{label}-{_letters(d, n)}"),
    ("camel", lambda label, d, n: f"{label.capitalize()}{_letters(d, n).capitalize()}"),
    ("joined", lambda label, d, n: f"{label}{_letters(d, n)}"),
    ("bare", lambda label, d, n: _letters(d, n)),
    ("hex", lambda label, d, n: d.hex()[:n]),
    # Seven digits: below every number-shaped recognizer's minimum.
    ("digits", lambda label, d, n: str(int.from_bytes(d[:8], "big"))[: min(n, 7)]),
)
LENGTHS = (8, 6, 4)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity_type: str


class Pseudonymizer:
    """Rewrites spans of a field with keyed pseudonyms valid for the field."""

    def __init__(self, key: bytes, registry: Registry | None = None) -> None:
        from presidio_anonymizer import AnonymizerEngine

        self._key = key
        self._registry = registry or default_registry()
        self._anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]

    def __repr__(self) -> str:
        return "Pseudonymizer(key=<hidden>)"

    def digest(self, value: str) -> bytes:
        # Of the value as detection read it: "jane_doe" and "jane_doe" with a
        # zero-width space, or "a%40b.com" and "a@b.com", get the same pseudonym.
        return hmac.new(self._key, plain(value).encode("utf-8"), hashlib.sha256).digest()

    def replacement(self, entity_type: str, value: str, style: Style, length: int) -> str:
        return style(self._registry.label(entity_type), self.digest(value), length)

    def redact(self, text: str, spans: Sequence[Span], spec: FieldSpec) -> str | None:
        """``text`` with every span replaced, valid for ``spec``; None if no style fits."""
        from presidio_anonymizer.entities import RecognizerResult

        results = [RecognizerResult(s.entity_type, s.start, s.end, 1.0) for s in spans]
        if spec.pattern and not spec.accepts(text):
            # The original already fails the model's pattern (some model patterns
            # reject values AWS documents): hold replacements to the lengths only,
            # rather than block a call the service evidently takes.
            spec = replace(spec, pattern=None)
        for length in LENGTHS:
            for _name, style in STYLES:
                candidate = self._apply(text, results, style, length)
                if spec.accepts(candidate):
                    return candidate
        return None

    def _apply(self, text: str, results: list[RecognizerResult], style: Style, length: int) -> str:
        from presidio_anonymizer.entities import OperatorConfig

        operators = {
            r.entity_type: OperatorConfig(
                "custom",
                {"lambda": self._operator(r.entity_type, style, length)},
            )
            for r in results
        }
        return str(self._anonymizer.anonymize(text, results, operators).text)

    def _operator(self, entity_type: str, style: Style, length: int) -> Callable[[str], str]:
        return lambda value: self.replacement(entity_type, value, style, length)
