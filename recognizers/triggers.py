"""Cheap necessary conditions: which entities a string could possibly hold.

Each recognizer declares its trigger (``TRIGGER``, a regex implied by every
pattern of the recognizer: a phone number has seven digits in a row, give or
take separators; an email has an ``@``) or its own ``could_hold`` test (names).
A string that trips no trigger cannot produce a finding and the analyzer is
not run on it. Most values in AWS calls (``retail_demand``, enums, dates) trip
none. ``tests/test_recognizers/test_triggers.py`` checks the implication on the
corpus and the tables.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from recognizers import bounded
from recognizers.base import FieldRecognizer
from recognizers.registry import Registry

_DIGIT = regex.compile(r"[0-9]")
# Values up to this long are searched without a timeout. A timeout costs the
# regex module about 1.6 us per call (more than most triggers take), and a
# trigger has no nested repetition: over 1,024 characters its worst case stays
# well under a millisecond. Longer values keep the timeout (fail closed).
# Untimed searches pass no ``timeout`` at all: even ``timeout=None`` costs the
# module about 0.4 us a call, as much as a short trigger's whole search.
UNTIMED_CHARS = 1024


def _search(pattern: regex.Pattern[str], text: str, timed: bool) -> bool:
    if not timed:
        return pattern.search(text) is not None
    return bounded.search(pattern, text) is not None


class Prefilter:
    """The triggers of one registry's recognizers, combined per entity."""

    def __init__(self, registry: Registry) -> None:
        self.triggers: dict[str, regex.Pattern[str]] = {}
        self.need_digits: frozenset[str] = frozenset(
            e for e in registry.entities if all(c.NEEDS_DIGITS for c in registry.of(e))
        )
        # Entities some recognizer of which tests text itself (or always runs).
        self._tested: dict[str, tuple[type[FieldRecognizer], ...]] = {}
        for entity in registry.entities:
            classes = registry.of(entity)
            if all(c.TRIGGER is not None for c in classes):
                branches = "|".join(f"(?:{c.TRIGGER})" for c in classes)
                self.triggers[entity] = regex.compile(branches, regex.IGNORECASE)
            else:
                self._tested[entity] = classes
        # Triggers of recognizers that sit beside one with its own test, compiled once.
        self._own_triggers: dict[str, tuple[regex.Pattern[str], ...]] = {
            entity: tuple(
                regex.compile(c.TRIGGER, regex.IGNORECASE) for c in classes if c.TRIGGER is not None
            )
            for entity, classes in self._tested.items()
        }

    def _passes_own_test(self, entity: str, text: str, timed: bool) -> bool:
        return any(c.TRIGGER is None and c.could_hold(text) for c in self._tested[entity]) or any(
            _search(trigger, text, timed) for trigger in self._own_triggers[entity]
        )

    def possible_entities(self, text: str, entities: Iterable[str]) -> frozenset[str]:
        """The subset of ``entities`` that ``text`` could hold."""
        # One search per entity. A combined alternation of every trigger, tried
        # first as a gate, cost as much as all of them one by one (12.8 vs 11.6 us
        # median per corpus value): the regex engine finds no common prefix to
        # skip by, so the gate only added its cost whenever a value tripped it.
        out: set[str] = set()
        has_digit: bool | None = None
        timed = len(text) > UNTIMED_CHARS
        for entity in entities:
            if entity in self._tested:
                if self._passes_own_test(entity, text, timed):
                    out.add(entity)
                continue
            if entity in self.need_digits:
                if has_digit is None:
                    has_digit = _DIGIT.search(text) is not None
                if not has_digit:
                    continue
            if _search(self.triggers[entity], text, timed):
                out.add(entity)
        return frozenset(out)
