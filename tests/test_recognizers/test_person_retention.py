"""The person recognizer keeps no copy of a scanned value once its scan is over."""

from __future__ import annotations

import gc

import pytest

from recognizers import person
from scrubber import Policy, Scrubber


@pytest.mark.parametrize(
    "words,entities",
    [
        (["Escalations go to Priya", "Raghavan-Okafor on weekends"], ["PERSON"]),
        # Two listed words the prefilter reads through, and no name in the end.
        (["Grace Period", "ends in May"], []),
    ],
)
def test_no_scanned_value_is_kept_after_the_scan(words: list[str], entities: list[str]) -> None:
    value = " ".join(words)  # made here: no test parameter holds the scanned string
    findings = Scrubber(Policy()).scan_text(value, "description")
    assert [f.entity_type for f in findings] == entities
    assert getattr(person._LAST, "value", None) is None
    gc.collect()
    held = [o for o in gc.get_referrers(value) if isinstance(o, tuple) and value in o]
    assert held == []
