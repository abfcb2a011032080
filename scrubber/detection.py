"""Detection: Presidio's analyzer over our recognizers, behind a cheap prefilter and a cache.

The analyzer (and Presidio with it) is built on the first value that needs
it. The cache is bounded and keyed by an HMAC under a per-process random key,
so it holds no plain values, and stores spans, not text.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recognizers.base import closed_before
from recognizers.negatives import inside, negative_spans
from recognizers.normalize import (
    normalize,
    readings,
    to_original,
)
from recognizers.registry import Registry, default_registry
from recognizers.triggers import Prefilter

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, RecognizerResult
    from presidio_analyzer.nlp_engine import NlpArtifacts

CACHE_SIZE = 8192


@dataclass(frozen=True)
class Hit:
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


def build_analyzer(registry: Registry) -> AnalyzerEngine:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    from recognizers.presidio_adapter import FieldguardRecognizer, FixedRegistry, NoContextEnhancer

    # Every recognizer carries its own context in its patterns: no NLP needed,
    # so no spaCy model (and nothing to download), and no context enhancer (the
    # lemma-based one would find no lemmas and change nothing, at a cost per text).
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    presidio_registry = FixedRegistry(
        recognizers=[FieldguardRecognizer(cls()) for cls in registry.recognizers],
        supported_languages=["en"],
    )
    return AnalyzerEngine(
        registry=presidio_registry,
        nlp_engine=nlp_engine,
        supported_languages=["en"],
        context_aware_enhancer=NoContextEnhancer(),
    )


class Detector:
    """Finds entity spans in one string. Thread-safe; built lazily."""

    def __init__(
        self,
        registry: Registry | None = None,
        *,
        prefilter: bool = True,
        cache_size: int = CACHE_SIZE,
    ) -> None:
        self.registry = registry or default_registry()
        self.prefilter = prefilter
        self._triggers = Prefilter(self.registry)
        self._lock = threading.Lock()
        self._analyzer: AnalyzerEngine | None = None
        self._no_nlp: NlpArtifacts | None = None
        self._cache: OrderedDict[bytes, tuple[Hit, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._cache_key = secrets.token_bytes(32)
        self._key_heads: dict[frozenset[str], str] = {}

    @property
    def analyzer(self) -> AnalyzerEngine:
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    analyzer = build_analyzer(self.registry)
                    # The NLP engine is a no-op whose artifacts are empty for any
                    # text: made once, not (with a spaCy Doc) on every text.
                    self._no_nlp = analyzer.nlp_engine.process_text("", "en")
                    self._analyzer = analyzer
        return self._analyzer

    def detect(self, text: str, entities: frozenset[str], threshold: float) -> list[Hit]:
        """Spans of ``text`` (the original string) that hold one of ``entities``."""
        others = readings(text)
        if not others:
            return self._detect(text, entities, threshold)
        # As written too: decoding can break what was whole ("pw%27x" in a URL's
        # password decodes to a quote, which ends the credential's pattern).
        found: set[Hit] = set(self._detect(text, entities, threshold))
        credentials = self.registry.credential_entities
        for reading in others:
            normalized, origin = normalize(text, reading)
            if not normalized.strip():
                continue
            for h in self._detect(normalized, entities, threshold):
                start, end = to_original(origin, h.start, h.end)
                if h.entity_type in credentials:
                    # A bracket the decoding gave the value ("%7B" is "{") is no
                    # match for the text's that closes it: read as written.
                    end = closed_before(text, start, end)
                found.add(Hit(h.entity_type, start, end, h.score, h.recognizer))
        return _ordered(found)

    def _detect(self, text: str, entities: frozenset[str], threshold: float) -> list[Hit]:
        # Looked up before the prefilter: a value seen before (the same names
        # and tags, call after call) costs one keyed hash, clean or not.
        key = self._key(text, entities, threshold)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return list(cached)
        wanted = self._triggers.possible_entities(text, entities) if self.prefilter else entities
        hits = self._analyze(text, wanted, threshold) if wanted else []
        with self._lock:
            self._cache[key] = tuple(hits)
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return hits

    def _key(self, text: str, entities: frozenset[str], threshold: float) -> bytes:
        head = self._key_heads.get(entities)
        if head is None:
            head = self._key_heads[entities] = "\0".join(sorted(entities))
        material = "\0".join([f"{threshold:.4f}", str(self.prefilter), head, text])
        return hmac.new(self._cache_key, material.encode("utf-8"), hashlib.sha256).digest()

    def _analyze(self, text: str, entities: frozenset[str], threshold: float) -> list[Hit]:
        analyzer = self.analyzer
        results = analyzer.analyze(
            text=text,
            language="en",
            entities=sorted(entities),
            score_threshold=threshold,
            nlp_artifacts=self._no_nlp,
        )
        negatives = negative_spans(text)
        credentials = self.registry.credential_entities
        kept = [
            r
            for r in results
            if r.entity_type in credentials or not inside((r.start, r.end), negatives)
        ]
        # Overlaps stay: which of two overlapping hits wins depends on the policy.
        return _ordered({_hit(r) for r in kept})


def _ordered(hits: Iterable[Hit]) -> list[Hit]:
    # The recognizer too: two recognizers may find the same span (a catalogue's
    # pattern and our own), and which one a report names must not vary by run.
    return sorted(hits, key=lambda h: (h.start, -h.end, h.entity_type, h.recognizer))


def _hit(r: RecognizerResult) -> Hit:
    name = (r.recognition_metadata or {}).get("recognizer_name", "")
    return Hit(r.entity_type, r.start, r.end, float(r.score), str(name))
