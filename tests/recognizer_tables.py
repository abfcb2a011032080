"""What the recognizer tables check of one text, through the real engine."""

from __future__ import annotations

from recognizers.entities import ALL_ENTITIES
from recognizers.registry import default_registry
from recognizers.triggers import Prefilter
from scrubber import Scrubber


def persons_in_description(scrubber: Scrubber, text: str) -> list[str]:
    """The texts the person findings in ``text`` cover, read as a description, sorted."""
    return sorted(
        text[f.start : f.end]
        for f in scrubber.scan_text(text, "description")
        if f.entity_type == "PERSON"
    )


def spans_found(scrubber: Scrubber, text: str) -> list[tuple[str, str]]:
    """(entity, the text it covers) of each finding in ``text`` read as free text."""
    return [(f.entity_type, text[f.start : f.end]) for f in scrubber.scan_text(text, "free_text")]


def person_spans(scrubber: Scrubber, text: str) -> list[str]:
    """The text each PERSON finding in ``text`` (read as free text) covers."""
    return [span for entity, span in spans_found(scrubber, text) if entity == "PERSON"]


def trips_trigger(entity: str, text: str) -> bool:
    """Whether the prefilter lets ``entity``'s recognizers read ``text``."""
    return entity in Prefilter(default_registry()).possible_entities(text, ALL_ENTITIES)
