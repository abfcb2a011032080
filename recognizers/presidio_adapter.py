"""Our recognizers as Presidio ``EntityRecognizer``s, for Presidio's ``AnalyzerEngine``.

Kept apart from the recognizers so that reading their declarations does not
import Presidio (and spaCy under it), which takes about a second.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from recognizers.base import FieldRecognizer, closed_before


class FieldguardRecognizer(EntityRecognizer):
    """Runs one fieldguard recognizer inside Presidio.

    Not named after an entity: Presidio finds recognizer classes by name among
    all ``EntityRecognizer`` subclasses in the process, so an ``EmailRecognizer``
    of ours would take the place of Presidio's own in a user's stock analyzer.
    """

    def __init__(self, inner: FieldRecognizer) -> None:
        self.inner = inner
        self.inner_name = type(inner).__name__
        super().__init__(supported_entities=[inner.ENTITY], name=self.inner_name)

    def load(self) -> None:  # the inner recognizer compiled its patterns
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        credential = self.inner.CATEGORY == "credential"
        return [
            RecognizerResult(
                entity_type=self.inner.ENTITY,
                start=start,
                end=closed_before(text, start, end) if credential else end,
                score=score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.inner_name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end, score in self.inner.spans(text)
        ]


class NoContextEnhancer(ContextAwareEnhancer):
    """Leaves every score as the recognizer gave it: our recognizers read the
    words around a value in their own patterns, and with no NLP model Presidio's
    lemma-based enhancer has nothing to read (it changed no score, and cost
    about a tenth of each analysis)."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: Any,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


class FixedRegistry(RecognizerRegistry):
    """A registry whose recognizers do not change once built, so the subset that
    serves a set of entities is worked out once, not on every text (Presidio's
    own lookup walks every recognizer per entity: a fifth of its overhead here)."""

    def __init__(self, recognizers: list[EntityRecognizer], supported_languages: list[str]) -> None:
        super().__init__(recognizers=recognizers, supported_languages=supported_languages)
        self._subsets: dict[tuple[str, frozenset[str]], list[EntityRecognizer]] = {}

    def get_recognizers(
        self,
        language: str,
        entities: list[str] | None = None,
        all_fields: bool = False,
        ad_hoc_recognizers: list[EntityRecognizer] | None = None,
    ) -> list[EntityRecognizer]:
        if all_fields or ad_hoc_recognizers or entities is None:
            return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        key = (language, frozenset(entities))
        subset = self._subsets.get(key)
        if subset is None:
            subset = super().get_recognizers(language, entities)
            # Ordered: Presidio returns a set's order, which varies by run.
            subset.sort(key=_name_of)
            if len(self._subsets) < 4096:  # entity sets are few; bound it anyway
                self._subsets[key] = subset
        return list(subset)


def _name_of(recognizer: EntityRecognizer) -> str:
    return recognizer.inner_name if isinstance(recognizer, FieldguardRecognizer) else ""
