"""The person recognizer keeps no copy of a scanned value once its scan is over."""

from __future__ import annotations

import gc

from recognizers import person
from scrubber import Policy, Scrubber


def test_no_scanned_value_is_kept_after_the_scan() -> None:
    value = "Escalations go to Priya Raghavan-Okafor on weekends"
    findings = Scrubber(Policy()).scan_text(value, "description")
    assert [f.entity_type for f in findings] == ["PERSON"]
    assert getattr(person._LAST, "value", None) is None
    gc.collect()
    held = [o for o in gc.get_referrers(value) if isinstance(o, tuple) and value in o]
    assert held == []
