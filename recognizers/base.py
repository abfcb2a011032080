"""The one base every fieldguard recognizer builds on.

A recognizer is class data: its entity and what the rest of fieldguard needs
to know of it (category, prefilter trigger, pseudonym label, description for
reports), its patterns (a named group ``v`` marks the sensitive span inside a
larger match) and an optional ``validate_result`` (checksums, decoding).
Every list of entities elsewhere is derived from these declarations
(``recognizers.registry``). Matching uses the ``regex`` module with a timeout,
and a timeout *raises*: Presidio's own PatternRecognizer logs and skips a
timed-out pattern, which would let the value through.

This module does not import Presidio: the engine wraps each recognizer in a
Presidio ``EntityRecognizer`` (``recognizers.presidio_adapter``) when it builds
the analyzer, so reading the declarations stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar, Literal

import regex

from recognizers import bounded

# Personal data is redacted by default; a credential blocks the call.
Category = Literal["personal", "credential"]


_OPENERS = {")": "(", "]": "[", "}": "{"}


def closed_before(text: str, start: int, end: int) -> int:
    """``end``, less a bracket ending the value that closes one opened before
    it: "(password: Saguaro_Gopher00)", "{user: x, password: aZTY_Selkie62}"
    give the password without the text's bracket; a value whose own bracket
    it closes ("pw=f(x)") or with no bracket open before it ("pw: Pa55)")
    keeps it. A secret's span is the secret, so a rewrite leaves the text
    around it as it was (at worst one bracket of a secret is left beside it)."""
    closer = text[end - 1] if end - start > 1 else ""
    opener = _OPENERS.get(closer)
    if opener is None:
        return end
    value = text[start : end - 1]
    if value.count(opener) > value.count(closer):
        return end  # the value's own: "f(x)"
    before = text[:start]
    return end - 1 if before.count(opener) > before.count(closer) else end


class FieldRecognizer:
    """Base of fieldguard's recognizers: declarations as class data, matching in ``spans``."""

    ENTITY: ClassVar[str]
    CATEGORY: ClassVar[Category]
    # What the entity is, for reports: "a person's name".
    DESCRIPTION: ClassVar[str]
    # The word a pseudonym starts with (``person_kqzvtbxm``); credentials are
    # never rewritten, so theirs is the neutral default.
    LABEL: ClassVar[str] = "redacted"
    # A cheap necessary condition (case-insensitive regex) for the prefilter:
    # every match of this recognizer must trip it. None: use ``could_hold``.
    TRIGGER: ClassVar[str | None] = None
    # Every pattern needs a digit: digit-free text is skipped at once.
    NEEDS_DIGITS: ClassVar[bool] = False
    # (name, pattern, score); flags below apply to all of a class's patterns.
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = ()
    FLAGS: ClassVar[int] = 0
    # Per pattern's name: strings in lower case, one of which every match of the
    # pattern holds; the pattern is run only on a text (case-folded) holding
    # one. A call per pattern costs more than the test where most texts that
    # trip the trigger hold none (a file's name, a rare keyword).
    PATTERN_HINTS: ClassVar[Mapping[str, tuple[str, ...]]] = {}

    def __init__(self) -> None:
        self._compiled = [
            (name, regex.compile(pattern, self.FLAGS), score)
            for name, pattern, score in self.PATTERNS
        ]

    @classmethod
    def could_hold(cls, text: str) -> bool:
        """The prefilter's test for recognizers without a ``TRIGGER`` (default: always)."""
        return True

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        """(start, end, score) of each validated match."""
        for name, compiled, score in self._patterns_for(text):
            for match in self._finditer(compiled, text):
                group = "v" if "v" in compiled.groupindex and match.group("v") else 0
                start, end = match.span(group)
                verdict = self.validate(text[start:end], name)
                if verdict is False:
                    continue
                yield start, end, (1.0 if verdict else score)

    def _patterns_for(self, text: str) -> list[tuple[str, regex.Pattern[str], float]]:
        """The compiled patterns worth running on ``text``: those with no
        hints, and those one of whose hints the text (case-folded) holds."""
        if not self.PATTERN_HINTS:
            return self._compiled
        folded = text.casefold()
        return [
            pattern
            for pattern in self._compiled
            if (hints := self.PATTERN_HINTS.get(pattern[0])) is None
            or any(hint in folded for hint in hints)
        ]

    @staticmethod
    def _finditer(compiled: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
        yield from bounded.finditer(compiled, text)

    def validate_result(self, pattern_text: str) -> bool | None:
        """True: certain; False: not this entity; None: keep the pattern's score."""
        return None

    def validate(self, pattern_text: str, pattern_name: str) -> bool | None:
        """Per-pattern validation; by default every pattern's matches get validate_result."""
        return self.validate_result(pattern_text)
