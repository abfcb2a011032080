"""Hostile input: bounded scans, and values that cannot be scanned are blocked."""

from __future__ import annotations

import pytest

from benchmarks.hostile_inputs import PATHOLOGICAL
from scrubber import Scrubber, SensitiveDataError, scrub
from scrubber.verdicts import MAX_SCAN_CHARS


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_values_finish(scrubber: Scrubber, name: str) -> None:
    """Each completes (timings are in benchmarks/speed.py). Where a pattern runs out of
    its time bound, the whole field is refused for that reason, never for a crash."""
    value = PATHOLOGICAL[name]
    findings = scrubber.scan_text(value, "description")
    for f in findings:
        if f.entity_type == "SCAN_FAILED":
            assert (f.start, f.end, f.action) == (0, len(value), "block")
            assert "RecognizerTimeout while scanning" in f.reason


def test_phone_matching_past_its_time_blocks_the_field(scrubber: Scrubber) -> None:
    """libphonenumber has no time bound: a value it would read for seconds is refused."""
    findings = scrubber.scan_text("call +1 206 555 0143 " + "1/" * 30_000, "description")
    assert [(f.entity_type, f.action) for f in findings] == [("SCAN_FAILED", "block")]
    assert "RecognizerTimeout" in (findings[0].reason or "")


def test_numbers_far_from_a_candidate_are_not_read(scrubber: Scrubber) -> None:
    """A long list of small numbers beside one long one (a job document): only the
    stretch around the long one goes to libphonenumber, and nothing is refused."""
    document = '{"ts": 1700000000, "values": [' + ", ".join(map(str, range(6000))) + "]}"
    assert scrubber.scan_text(document, "free_text") == []


def test_overlong_value_is_blocked_not_scanned() -> None:
    """A 1 MB description is refused with a clear, value-free reason."""
    huge = "maria.garcia@example.com " + "x" * 1_000_000
    params = {"thingGroupName": "g", "thingGroupProperties": {"thingGroupDescription": huge}}
    with pytest.raises(SensitiveDataError) as info:
        scrub(params, service="iot", operation="CreateThingGroup")
    finding = info.value.findings[0]
    assert finding.entity_type == "SCAN_FAILED" and finding.action == "block"
    assert f"longer than {MAX_SCAN_CHARS}" in finding.reason
    assert "maria" not in str(info.value)


def test_deeply_nested_document_is_walked() -> None:
    """TwinMaker property values nest; a deep nesting is still scanned to the bottom."""
    value: dict = {"stringValue": "maria.garcia@example.com"}
    for _ in range(50):
        value = {"listValue": [value]}
    params = {
        "workspaceId": "factory01",
        "entityName": "pump",
        "components": {"c": {"properties": {"p": {"value": value}}}},
    }
    result = scrub(params, service="iottwinmaker", operation="CreateEntity", mode="report")
    assert [f.entity_type for f in result.findings] == ["EMAIL_ADDRESS"]


def test_regex_timeout_blocks_the_field(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern that runs out of time blocks its field: never sent unscanned."""
    import recognizers.bounded

    monkeypatch.setattr(recognizers.bounded, "REGEX_TIMEOUT", 1e-9)
    fresh = Scrubber()
    params = {
        "thingGroupName": "g",
        "thingGroupProperties": {"thingGroupDescription": "card 4748 5260 5747 9381"},
    }
    with pytest.raises(SensitiveDataError) as info:
        fresh.scrub(params, service="iot", operation="CreateThingGroup")
    finding = info.value.findings[0]
    assert finding.entity_type == "SCAN_FAILED"
    assert "RecognizerTimeout" in finding.reason and "4748" not in str(info.value)


def test_corrupt_key_file_refuses_to_redact(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """With an unreadable key no pseudonym can be made: the call fails with a clear error."""
    from scrubber import KeyFileError

    key = tmp_path / "key"
    key.write_bytes(b"\xff\xfe not a key")
    key.chmod(0o600)
    monkeypatch.setenv("FIELDGUARD_KEY_FILE", str(key))
    with pytest.raises(KeyFileError, match="corrupt"):
        Scrubber().scrub(
            {"thingName": "sensor-david-miller-01"}, service="iot", operation="CreateThing"
        )


def test_scan_deadline_blocks_fields_not_reached() -> None:
    """Past its deadline, a scan stops: the fields left are SCAN_FAILED and the call blocked."""
    import time as _time
    from collections.abc import Iterator

    from recognizers.base import FieldRecognizer
    from recognizers.registry import default_registry

    class Slow(FieldRecognizer):
        ENTITY = "PERSON"
        CATEGORY = "personal"
        DESCRIPTION = "a slow test recognizer"

        def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
            _time.sleep(0.3)
            return iter(())

    slow = Scrubber(registry=default_registry().extended([Slow]))
    params = {
        "thingGroupName": "maria_group",
        "thingGroupProperties": {"thingGroupDescription": "for maria and team"},
    }
    with pytest.raises(SensitiveDataError) as info:
        slow.scrub(params, service="iot", operation="CreateThingGroup", timeout=0.2)
    failed = [f for f in info.value.findings if f.entity_type == "SCAN_FAILED"]
    assert [f.path for f in failed] == ["thingGroupProperties.thingGroupDescription"]
    assert "time ran out" in failed[0].reason
