"""Map keys in messages: verbatim only when every word is a common English word
and detection finds nothing; otherwise by position.

The unknown keys are names none of fieldguard's lists hold (checked below), so
the detector misses most of them: the common-word rule is what keeps them out.
(It finds "WubshetQorxiso", two strangers run together in camel case: that
finding names the key by its position too.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scrubber import SensitiveDataError, scrub
from scrubber.common_words import is_common

EMAIL = "maria.garcia@example.com"
NAME_LISTS = Path(__file__).resolve().parents[2] / "recognizers" / "data"
# Names of people that the name lists do not know (checked by the first test).
UNKNOWN_NAMES = ["Wubshet Qorxiso", "tesfanesh-quilla", "WubshetQorxiso", "quilla_2"]
COMMON_KEYS = ["floor", "CostCenter", "room 12", "serial-number", "Owner", "building_zone"]


def _thing(key: str) -> dict[str, object]:
    return {"thingName": "sensor-12", "attributePayload": {"attributes": {key: EMAIL}}}


def _listed() -> set[str]:
    words: set[str] = set()
    for name in ("given_names.txt", "family_names.txt", "census_only_surnames.txt"):
        words |= {w.strip().lower() for w in (NAME_LISTS / name).read_text().splitlines()}
    return words


@pytest.mark.parametrize("key", UNKNOWN_NAMES)
def test_a_key_of_unknown_words_is_shown_by_position(key: str) -> None:
    """A name the lists do not know, under a blocked value, never reaches the message."""
    assert not {"wubshet", "qorxiso", "tesfanesh", "quilla"} & _listed()
    with pytest.raises(SensitiveDataError) as caught:
        scrub(_thing(key), service="iot", operation="CreateThing", mode="block")
    message = str(caught.value)
    assert "attributePayload.attributes[#0]" in message
    for word in ("wubshet", "qorxiso", "tesfanesh", "quilla"):
        assert word not in message.lower()
    assert not is_common(key)


@pytest.mark.parametrize("key", UNKNOWN_NAMES)
def test_keys_of_common_words_stay_readable_beside_it(key: str) -> None:
    """Hard negatives beside the unknown name: keys made of common words (and short
    numbers) are shown as they are; the name, by its position among them."""
    attributes = {common: EMAIL for common in COMMON_KEYS}
    attributes[key] = EMAIL
    params = {"thingName": "sensor-12", "attributePayload": {"attributes": attributes}}
    result = scrub(params, service="iot", operation="CreateThing", mode="report")
    shown = [f'attributePayload.attributes["{common}"]' for common in COMMON_KEYS]
    hidden = f"attributePayload.attributes[#{len(COMMON_KEYS)}]"
    key_found = f"attributePayload.attributes{{#{len(COMMON_KEYS)}}}"
    paths = [f.path for f in result.findings]
    assert [path for path in paths if path != key_found] == [*shown, hidden]
    for word in ("wubshet", "qorxiso", "tesfanesh", "quilla"):
        assert word not in " ".join(paths).lower()
