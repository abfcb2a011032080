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

import threading
from collections.abc import Iterable

import regex

from recognizers.base import FieldRecognizer
from recognizers.registry import Registry
from recognizers.timeouts import REGEX_TIMEOUT

_DIGIT = regex.compile(r"[0-9]")


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
        self._gates: dict[frozenset[str], regex.Pattern[str]] = {}
        self._lock = threading.Lock()

    def _gate(self, entities: frozenset[str]) -> regex.Pattern[str]:
        """One pattern that matches wherever any of these entities' triggers would."""
        gate = self._gates.get(entities)
        if gate is None:
            branches = [f"(?:{self.triggers[e].pattern})" for e in sorted(entities)]
            gate = regex.compile("|".join(branches) or "(?!)", regex.IGNORECASE)
            with self._lock:
                self._gates[entities] = gate
        return gate

    def _passes_own_test(self, entity: str, text: str) -> bool:
        return any(c.TRIGGER is None and c.could_hold(text) for c in self._tested[entity]) or any(
            c.TRIGGER is not None and regex.search(c.TRIGGER, text, regex.I, timeout=REGEX_TIMEOUT)
            for c in self._tested[entity]
        )

    def possible_entities(self, text: str, entities: Iterable[str]) -> frozenset[str]:
        """The subset of ``entities`` that ``text`` could hold."""
        wanted = frozenset(entities)
        tested = frozenset(e for e in wanted if e in self._tested)
        triggered = wanted - tested
        out = {e for e in tested if self._passes_own_test(e, text)}
        if not triggered or not self._gate(triggered).search(text, timeout=REGEX_TIMEOUT):
            # Most values trip no trigger at all: one search says so.
            return frozenset(out)
        has_digit: bool | None = None
        for entity in triggered:
            if entity in self.need_digits:
                if has_digit is None:
                    has_digit = _DIGIT.search(text) is not None
                if not has_digit:
                    continue
            if self.triggers[entity].search(text, timeout=REGEX_TIMEOUT):
                out.add(entity)
        return frozenset(out)
