"""The two shortcuts the detector takes through Presidio's analyzer change no
finding: the recognizers serving a set of entities are looked up once
(``FixedRegistry``), and the no-op NLP engine's empty artifacts are made once."""

from __future__ import annotations

import itertools

from presidio_analyzer import RecognizerRegistry

from benchmarks.corpus import leaves, load_cases
from recognizers.registry import default_registry
from scrubber.detection import Detector, build_analyzer

ENTITIES = sorted(default_registry().entities)


def test_the_fixed_registry_serves_what_presidio_would() -> None:
    analyzer = build_analyzer(default_registry())
    fixed = analyzer.registry
    stock = RecognizerRegistry(recognizers=list(fixed.recognizers), supported_languages=["en"])
    subsets = [[e] for e in ENTITIES] + [list(p) for p in itertools.combinations(ENTITIES[:8], 3)]
    subsets.append(ENTITIES)
    for entities in subsets:
        for _ in range(2):  # the second answer comes from the lookup kept
            got = fixed.get_recognizers("en", entities)
            assert {id(r) for r in got} == {id(r) for r in stock.get_recognizers("en", entities)}


def test_findings_match_presidio_making_its_own_artifacts() -> None:
    detector = Detector(prefilter=False, cache_size=0)
    analyzer = detector.analyzer
    entities = frozenset(ENTITIES)
    texts = [v for case in load_cases()[:120] for _, v, _ in leaves(case) if v.strip()]
    found = 0
    for text in texts:
        ours = {
            (h.entity_type, h.start, h.end, h.score) for h in detector._analyze(text, entities, 0.3)
        }
        theirs = analyzer.analyze(text=text, language="en", entities=ENTITIES, score_threshold=0.3)
        assert ours <= {(r.entity_type, r.start, r.end, r.score) for r in theirs}
        # The detector drops hits inside negative spans (a hash, a UUID) after
        # the analyzer: compare what the analyzer itself returned.
        raw = analyzer.analyze(
            text=text,
            language="en",
            entities=ENTITIES,
            score_threshold=0.3,
            nlp_artifacts=detector._no_nlp,
        )
        assert sorted(map(str, raw)) == sorted(map(str, theirs)), text
        found += bool(raw)
    assert found > 50  # the sample holds findings to compare
