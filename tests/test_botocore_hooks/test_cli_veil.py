"""The CLI veil's replacement rules, on the objects the CLI records (no CLI needed)."""

from __future__ import annotations

from botocore_hooks.cli_veil import HIDDEN, Veil, text_at
from scrubber import Finding


def _finding(path: str, start: int, end: int, entity: str = "SCAN_FAILED") -> Finding:
    return Finding(path, entity, "free_text", start, end, 1.0, "block")


def test_a_short_value_is_replaced_only_where_a_whole_string_is_it() -> None:
    """A blocked "3" hides the argument "3", never the 3 in "3 field value(s)"."""
    veil = Veil()
    before = {"attributePayload": {"attributes": {"floor": "3", "owner": "maria.garcia@x.org"}}}
    veil.checked(
        before,
        [
            _finding('attributePayload.attributes["floor"]', 0, 1),
            _finding("attributePayload.attributes[#1]", 0, 18, "EMAIL_ADDRESS"),
        ],
        None,
    )
    assert veil.apply(["--floor", "3", "3 field value(s)"]) == [
        "--floor",
        "<SCAN_FAILED hidden by fieldguard>",
        "3 field value(s)",
    ]
    assert veil.apply({"floor": 3, "n": 31}) == {
        "floor": "<SCAN_FAILED hidden by fieldguard>",
        "n": 31,
    }
    assert veil.apply("owner=maria.garcia@x.org") == "owner=<EMAIL_ADDRESS hidden by fieldguard>"
    assert veil.apply('{"o": "maria.garcia\\u0040x.org"}') == HIDDEN
    # Findings' paths lead back to the values (numbers as botocore's text).
    params = {"Tags": [{"Key": "k", "Value": 4158675309}], "m": {"a": "x", "b": "y"}}
    assert text_at(params, "Tags[0].Value") == "4158675309"
    assert text_at(params, 'm["b"]') == "y"
    assert text_at(params, "m[#1]") == "y" and text_at(params, "m{#0}") == "a"
    assert text_at(params, "missing.path") is None
