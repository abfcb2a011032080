"""The prefilter never hides a finding: every recognizer match trips its trigger."""

from __future__ import annotations

import pytest
from test_recognizer_tables import POSITIVES

from benchmarks.corpus import load_cases
from recognizers.entities import ALL_ENTITIES
from recognizers.normalize import normalize, readings
from recognizers.registry import default_registry
from recognizers.triggers import Prefilter
from scrubber import Policy, Scrubber

PREFILTER = Prefilter(default_registry())
possible_entities = PREFILTER.possible_entities


def _as_detected(text: str) -> list[str]:
    """The texts the detector runs the prefilter on: the value, and its normalized
    readings (escapes decoded, invisible characters dropped, a spelled-out run joined...)."""
    return [text, *(normalize(text, reading)[0] for reading in readings(text))]


@pytest.mark.parametrize("entity,text,span", POSITIVES)
def test_positives_trip_their_trigger(entity: str, text: str, span: str | None) -> None:
    assert any(entity in possible_entities(t, ALL_ENTITIES) for t in _as_detected(text))


def test_every_entity_but_person_has_a_trigger() -> None:
    assert set(PREFILTER.triggers) == ALL_ENTITIES - {"PERSON"}


def test_corpus_findings_are_the_same_with_and_without_prefilter() -> None:
    """On all 322 corpus calls, the prefilter changes nothing the analyzer would find."""
    plain = Scrubber(Policy())
    plain.detector.prefilter = False
    fast = Scrubber(Policy())
    for case in load_cases():
        a = plain.scrub(case.params, service=case.service, operation=case.operation, mode="report")
        b = fast.scrub(case.params, service=case.service, operation=case.operation, mode="report")
        assert a.findings == b.findings, case.id


def test_clean_values_skip_the_analyzer() -> None:
    """Identifier-shaped clean values trip no trigger at all."""
    for value in ("retail_demand_2024", "RetailDemandForecast", "CC-4411", "v1.4.2", "RETAIL"):
        assert possible_entities(value, ALL_ENTITIES) == frozenset(), value


def test_cache_holds_no_plain_values() -> None:
    s = Scrubber(Policy())
    s.scan_text("owner maria.garcia@example.com", "description")
    blob = repr(s.detector._cache)
    assert "maria" not in blob and "example.com" not in blob
