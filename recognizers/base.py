"""The one base every fieldguard recognizer builds on.

A recognizer is class data: its entity, its patterns (a named group ``v``
marks the sensitive span inside a larger match) and an optional
``validate_result`` (checksums, decoding). Matching uses the ``regex`` module
with a timeout, and a timeout *raises*: Presidio's own PatternRecognizer logs
and skips a timed-out pattern, which would let the value through.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from recognizers.timeouts import REGEX_TIMEOUT, RecognizerTimeout


class FieldRecognizer(EntityRecognizer):
    """Base of fieldguard's recognizers.

    Every subclass is named ``Field...``: Presidio finds recognizer classes by
    name among all ``EntityRecognizer`` subclasses in the process, so a
    ``EmailRecognizer`` of ours would take the place of Presidio's own in a
    user's stock ``AnalyzerEngine``.
    """

    ENTITY: ClassVar[str]
    # (name, pattern, score); flags below apply to all of a class's patterns.
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = ()
    FLAGS: ClassVar[int] = 0

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__)
        self._compiled = [
            (name, regex.compile(pattern, self.FLAGS), score)
            for name, pattern, score in self.PATTERNS
        ]

    def load(self) -> None:  # patterns are compiled in __init__
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        results = []
        for start, end, score in self.spans(text):
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=start,
                    end=end,
                    score=score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        """(start, end, score) of each validated match."""
        for name, compiled, score in self._compiled:
            for match in self._finditer(compiled, text):
                group = "v" if "v" in compiled.groupindex and match.group("v") else 0
                start, end = match.span(group)
                verdict = self.validate(text[start:end], name)
                if verdict is False:
                    continue
                yield start, end, (1.0 if verdict else score)

    @staticmethod
    def _finditer(compiled: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
        try:
            yield from compiled.finditer(text, timeout=REGEX_TIMEOUT)
        except TimeoutError as exc:
            raise RecognizerTimeout("a recognizer pattern timed out") from exc

    def validate_result(self, pattern_text: str) -> bool | None:
        """True: certain; False: not this entity; None: keep the pattern's score."""
        return None

    def validate(self, pattern_text: str, pattern_name: str) -> bool | None:
        """Per-pattern validation; by default every pattern's matches get validate_result."""
        return self.validate_result(pattern_text)
