"""Numbers and binary payloads through the hook, over HTTP to a loopback recording server.

Assertions are on the bytes the server received, and on what the caller saw.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from wire_endpoints import REGION, Wire
from wire_server import RecordingServer

import botocore_hooks
from scrubber import SensitiveDataError
from scrubber.values import BlobText, read_blob

pytest_plugins = ("hook_fixtures",)

PHONE = 4158675309
EMAIL = "maria.garcia@example.com"


@pytest.fixture(scope="module")
def iot_data() -> Iterator[RecordingServer]:
    server = RecordingServer(("iot-data",)).start()
    yield server
    server.stop()


def _forecast(wire: Wire, **config: Any) -> Any:
    return boto3.Session().client(
        "forecast",
        region_name=REGION,
        endpoint_url=wire.own.url("forecast"),
        config=Config(retries={"total_max_attempts": 1, "mode": "standard"}, **config),
    )


def _group() -> dict[str, Any]:
    tags = [{"Key": "c", "Value": PHONE}]
    return {"DatasetGroupName": "retail", "Domain": "RETAIL", "Tags": tags}


def test_an_int_phone_is_blocked_before_botocore_can_echo_it(wire: Wire) -> None:
    """Block mode: fieldguard refuses first, so botocore's validator never prints the number."""
    client = _forecast(wire)  # made before install: reached all the same
    botocore_hooks.install(mode="block")
    with pytest.raises(SensitiveDataError) as caught:
        client.create_dataset_group(**_group())
    assert "8675309" not in str(caught.value) and "Tags[0].Value" in str(caught.value)
    assert wire.own.recorded("forecast") == []


@pytest.mark.parametrize("validation", [True, False])
def test_an_int_phone_is_redacted_on_the_wire(
    wire: Wire, validation: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """Redact mode sends a pseudonym string, with botocore's validation on or off."""
    client = _forecast(wire, parameter_validation=validation)
    botocore_hooks.install(client, mode="redact")
    with caplog.at_level(logging.DEBUG):
        client.create_dataset_group(**_group())
    (request,) = wire.own.recorded("forecast")
    assert request.status == 200
    assert "8675309" not in request.wire.everything()
    assert "8675309" not in caplog.text


def test_a_gzip_payload_is_redacted_and_stays_gzip(
    iot_data: RecordingServer, fake_aws: Path
) -> None:
    client = boto3.Session().client(
        "iot-data", region_name=REGION, endpoint_url=iot_data.url("iot-data")
    )
    botocore_hooks.install(client, mode="redact")
    payload = gzip.compress(f'{{"owner": "{EMAIL}", "t": 21.5}}'.encode())
    try:
        client.publish(topic="sensors/12", payload=bytearray(payload))
    except ClientError:
        pass  # the server does not answer Publish: what it received is what counts
    (request,) = iot_data.recorded("iot-data")
    body = request.wire.body
    assert body[:2] == b"\x1f\x8b"
    read = read_blob(body)
    assert isinstance(read, BlobText) and EMAIL not in read.text and '"t": 21.5' in read.text
    assert b"garcia" not in body


def test_binary_is_sent_unchanged_and_logged_as_unscanned(
    iot_data: RecordingServer, fake_aws: Path, caplog: pytest.LogCaptureFixture
) -> None:
    iot_data.reset()
    client = boto3.Session().client(
        "iot-data", region_name=REGION, endpoint_url=iot_data.url("iot-data")
    )
    botocore_hooks.install(client, mode="redact")
    payload = b"\x89PNG\r\n\x1a\n\x00\x00" + bytes([0xC8, 0x01, 0xFF, 0x7F] * 40)
    with caplog.at_level(logging.INFO, logger="fieldguard"):
        try:
            client.publish(topic="sensors/12", payload=payload)
        except ClientError:
            pass
    (request,) = iot_data.recorded("iot-data")
    assert request.wire.body == payload
    assert "1 binary value(s) not text" in caplog.text and "payload" in caplog.text


def test_a_blocked_values_unknown_key_stays_out_of_the_warning(
    wire: Wire, caplog: pytest.LogCaptureFixture
) -> None:
    """iot CreateThing: an attribute key that is a name nobody lists is shown by position
    in the exception and in the fieldguard warning."""
    client = wire.client("iot")
    botocore_hooks.install(client, mode="block")
    attributes = {"floor": "3", "Tsegaye Wolde": EMAIL}
    with (
        caplog.at_level(logging.WARNING, logger="fieldguard"),
        pytest.raises(SensitiveDataError) as caught,
    ):
        client.create_thing(thingName="sensor-12", attributePayload={"attributes": attributes})
    for text in (str(caught.value), caplog.text):
        assert "attributes[#1]" in text and "Tsegaye" not in text and "Wolde" not in text
    assert wire.requests("iot") == []
