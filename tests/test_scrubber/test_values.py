"""Values that are not strings: numbers in string fields and blobs in every encoding.

The real scanner on real operations: a planted value must not survive in the
text the value stands for, and the value keeps its type and encoding.
"""

from __future__ import annotations

import base64
import codecs
import gzip
import io
import zlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from scrubber import SensitiveDataError, scrub
from scrubber.values import Binary, BlobText, Layer, read_blob

EMAIL = "maria.garcia@example.com"
PHONE = 4158675309
TEXT = f'{{"owner": "{EMAIL}", "reading": 21.5}}'


def _group(value: Any) -> dict[str, Any]:
    return {
        "DatasetGroupName": "retail",
        "Domain": "RETAIL",
        "Tags": [{"Key": "contact", "Value": value}],
    }


# -- numbers in string fields ---------------------------------------------------------


@pytest.mark.parametrize(
    "value", [PHONE, 14158675309, Decimal("4158675309"), 4158675309.0], ids=repr
)
def test_a_number_in_a_string_field_is_scanned_as_its_text(value: Any) -> None:
    """An int phone in Tags[0].Value is found, redacted to a string, blocked in block mode."""
    result = scrub(_group(value), service="forecast", operation="CreateDatasetGroup")
    assert result.findings and result.changed
    sent = result.params["Tags"][0]["Value"]
    assert isinstance(sent, str) and "8675309" not in sent
    with pytest.raises(SensitiveDataError) as caught:
        scrub(_group(value), service="forecast", operation="CreateDatasetGroup", mode="block")
    assert "8675309" not in str(caught.value)


def test_small_numbers_and_bools_pass_unchanged_beside_a_phone() -> None:
    """Hard negatives beside the positive: counts, years, prices and flags keep their
    value and type; the phone number in the same call does not survive."""
    negatives: list[Any] = [42, 2024, 3.5, Decimal("12.50"), True, False, 0]
    params = _group(PHONE)
    params["Tags"] += [{"Key": f"k{i}", "Value": v} for i, v in enumerate(negatives)]
    result = scrub(params, service="forecast", operation="CreateDatasetGroup")
    assert [f.path for f in result.findings] == ["Tags[0].Value"]
    kept = [t["Value"] for t in result.params["Tags"][1:]]
    assert kept == negatives and [type(v) for v in kept] == [type(v) for v in negatives]


def test_numbers_in_an_attribute_map_are_scanned() -> None:
    """iot CreateThing attributes: an int under a free-form key is found like a string."""
    params = {
        "thingName": "sensor-12",
        "attributePayload": {"attributes": {"floor": 3, "contact": PHONE}},
    }
    result = scrub(params, service="iot", operation="CreateThing")
    attributes = result.params["attributePayload"]["attributes"]
    assert attributes["floor"] == 3
    assert "8675309" not in str(attributes)
    assert params["attributePayload"]["attributes"]["contact"] == PHONE  # caller's untouched


# -- blobs -------------------------------------------------------------------------------


def _utf16(text: str) -> bytes:
    return text.encode("utf-16")  # with its byte-order mark


ENCODINGS: dict[str, Callable[[str], Any]] = {
    "utf-8": lambda t: t.encode(),
    "utf-8 bom": lambda t: codecs.BOM_UTF8 + t.encode(),
    "utf-16 bom": _utf16,
    "utf-16-be bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-32 bom": lambda t: t.encode("utf-32"),
    "gzip": lambda t: gzip.compress(t.encode()),
    "zlib": lambda t: zlib.compress(t.encode()),
    "base64": lambda t: base64.b64encode(t.encode()),
    "base64 of gzip": lambda t: base64.b64encode(gzip.compress(t.encode())),
    "gzip of base64 of utf-16": lambda t: gzip.compress(base64.b64encode(_utf16(t))),
    "base64 str": lambda t: base64.b64encode(t.encode()).decode(),
    "bytearray": lambda t: bytearray(t.encode()),
    "memoryview": lambda t: memoryview(t.encode()),
    "memoryview of gzip": lambda t: memoryview(gzip.compress(t.encode())),
}


def _publish(payload: Any) -> dict[str, Any]:
    return {"topic": "sensors/12", "payload": payload}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_a_blob_is_read_redacted_and_written_back_in_its_encoding(encoding: str) -> None:
    """iot-data Publish: the text inside is scanned; the redacted payload has the same
    type and layers, and reads back as the same JSON with a pseudonym."""
    payload = ENCODINGS[encoding](TEXT)
    result = scrub(_publish(payload), service="iot-data", operation="Publish")
    assert [f.entity_type for f in result.findings] == ["EMAIL_ADDRESS"]
    sent = result.params["payload"]
    assert type(sent) is type(payload)
    before, after = read_blob(payload), read_blob(sent)
    assert isinstance(before, BlobText) and isinstance(after, BlobText)
    assert after.layers == before.layers
    assert EMAIL not in after.text and '"reading": 21.5' in after.text
    assert result.unscanned == ()
    clean = ENCODINGS[encoding]('{"reading": 21.5, "unit": "celsius"}')
    result = scrub(_publish(clean), service="iot-data", operation="Publish")
    assert result.findings == [] and result.params["payload"] is clean


def test_block_mode_names_the_blob_not_its_content() -> None:
    with pytest.raises(SensitiveDataError) as caught:
        scrub(
            _publish(gzip.compress(TEXT.encode())),
            service="iot-data",
            operation="Publish",
            mode="block",
        )
    assert "payload: EMAIL_ADDRESS" in str(caught.value) and "garcia" not in str(caught.value)


def test_a_file_is_read_where_it_stands_and_left_there() -> None:
    """A seekable file is read without moving it; it cannot be rewritten, so a
    redaction there blocks the call instead."""
    stream = io.BytesIO(b"header:" + gzip.compress(TEXT.encode()))
    stream.seek(len(b"header:"))
    with pytest.raises(SensitiveDataError, match="cannot be rewritten"):
        scrub(_publish(stream), service="iot-data", operation="Publish")
    assert stream.tell() == len(b"header:")
    clean = io.BytesIO(b'{"reading": 21.5}')
    result = scrub(_publish(clean), service="iot-data", operation="Publish")
    assert result.findings == [] and result.params["payload"] is clean


# Binary with no text in it: a PNG signature and pixel bytes without digit runs.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes([0xC8, 0x01, 0xFF, 0x7F] * 40)


def test_binary_passes_unchanged_and_is_counted_unscanned() -> None:
    payload = memoryview(PNG)
    result = scrub(_publish(payload), service="iot-data", operation="Publish")
    assert result.findings == [] and result.params["payload"] is payload
    assert result.unscanned == ("payload",)
    assert "unscanned=1" in repr(result)


def test_text_planted_in_binary_still_blocks() -> None:
    """Binary is looked at byte by byte: an email inside it refuses the call."""
    assert scrub(_publish(PNG), service="iot-data", operation="Publish").unscanned == ("payload",)
    with pytest.raises(SensitiveDataError, match="binary data"):
        scrub(_publish(PNG + EMAIL.encode() + b"\x00"), service="iot-data", operation="Publish")


def test_a_compression_bomb_is_refused_not_sent_unread() -> None:
    bomb = gzip.compress(b"a" * (8 * 1024 * 1024))
    with pytest.raises(SensitiveDataError, match="longer than"):
        scrub(_publish(bomb), service="iot-data", operation="Publish")


@pytest.mark.parametrize(
    "text",
    ["abcdefghijkl", "Test12345678", "sensors/floor/12", "AAAAAAAAAAAAAAAA"],
)
def test_words_that_look_like_base64_stay_text(text: str) -> None:
    """Hard negatives: text in the base64 alphabet is read as base64 only when
    its bytes are text; otherwise it is the text."""
    found = read_blob(text.encode())
    assert isinstance(found, BlobText) and found.text == text and found.layers == ()


def test_reading_layers() -> None:
    found = read_blob(base64.b64encode(gzip.compress(_utf16(TEXT))))
    assert isinstance(found, BlobText) and found.text == TEXT
    assert found.layers == (Layer.BASE64, Layer.GZIP, Layer.UTF16_LE)
    assert isinstance(read_blob(PNG), Binary)


def test_the_callers_blob_is_never_changed() -> None:
    data = memoryview(bytearray(TEXT.encode()))
    params = _publish(data)
    before = bytes(data)
    result = scrub(params, service="iot-data", operation="Publish")
    assert params["payload"] is data and bytes(data) == before
    assert isinstance(result.params["payload"], memoryview)
