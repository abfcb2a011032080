"""Presidio's context enhancer is left out of the analyzer: with our recognizers
(which read their own context) and no NLP model it changes no score."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from recognizers.presidio_adapter import NoContextEnhancer
from recognizers.registry import default_registry
from scrubber.detection import build_analyzer

TEXTS = [
    "Owner: Maria Garcia, call +44 7700 900456 or maria.garcia@example.com",
    "account no. 0012345678, card 4748 5260 5747 9381",
    "password=Winter2026! and token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "Fitting-room sensors for Calvin Klein concessions, ask Dr. Tanaka",
]


def _results(analyzer: AnalyzerEngine, text: str) -> list[tuple[str, int, int, float]]:
    found = analyzer.analyze(text, language="en")
    return sorted((r.entity_type, r.start, r.end, r.score) for r in found)


def test_the_lemma_enhancer_would_change_no_score() -> None:
    ours = build_analyzer(default_registry())
    assert isinstance(ours.context_aware_enhancer, NoContextEnhancer)
    # Presidio says as much when the two are put together.
    with pytest.warns(UserWarning, match="cannot use context words"):
        stock = AnalyzerEngine(
            registry=ours.registry,
            nlp_engine=ours.nlp_engine,
            supported_languages=["en"],
            context_aware_enhancer=LemmaContextAwareEnhancer(),
        )
    for text in TEXTS:
        found = _results(ours, text)
        assert found, text
        assert found == _results(stock, text), text
