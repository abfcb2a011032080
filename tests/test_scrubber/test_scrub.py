"""scrub() on real calls to the five services, with the real engine."""

from __future__ import annotations

import copy
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from botocore.exceptions import BotoCoreError, ParamValidationError
from botocore.validate import validate_parameters

from scrubber import Scrubber, SensitiveDataError, scrub
from scrubber.fields import FieldSpec
from scrubber.producers.payload import iter_fields
from scrubber.service_models import operation_model

from planted_calls import CALLS, CREDENTIAL_CALLS, SERVICES, Call, all_strings

REPO = Path(__file__).resolve().parents[2]


def _ids(calls: tuple[Call, ...]) -> list[str]:
    return [f"{c.service}.{c.operation}" for c in calls]


def test_every_service_has_planted_calls() -> None:
    """The planted calls cover all five services, personal data and credentials."""
    assert {c.service for c in CALLS} == set(SERVICES)
    assert {c.service for c in CREDENTIAL_CALLS} == set(SERVICES)


@pytest.mark.parametrize("call", CALLS + CREDENTIAL_CALLS, ids=_ids(CALLS + CREDENTIAL_CALLS))
def test_planted_values_are_found_where_planted(call: Call) -> None:
    """Report mode finds each planted value at its path, with its entity, and nothing else."""
    result = scrub(call.params, service=call.service, operation=call.operation, mode="report")
    found = {(f.path, f.entity_type) for f in result.findings}
    assert found == {(p.path, p.entity) for p in call.planted}
    assert result.params == call.params


@pytest.mark.parametrize("call", CALLS, ids=_ids(CALLS))
def test_redaction_removes_planted_values_and_stays_valid(call: Call) -> None:
    """Redacted params hold no planted value, pass botocore and satisfy pattern/min/max."""
    original = copy.deepcopy(call.params)
    result = scrub(call.params, service=call.service, operation=call.operation)
    assert call.params == original, "input was mutated"
    strings = all_strings(result.params)
    for planted in call.planted:
        assert not any(planted.value in s for s in strings), planted.path
    op = operation_model(call.service, call.operation)
    validate_parameters(result.params, op.input_shape)
    _assert_fields_valid(call.service, result.params, op.input_shape)
    assert {f.action for f in result.findings} == {"redact"}


def _assert_fields_valid(service: str, params: dict, shape) -> None:  # type: ignore[no-untyped-def]
    bad = [repr(f.path) for f in iter_fields(params, shape, service) if not f.spec.accepts(f.text)]
    assert bad == []


@pytest.mark.parametrize("call", CALLS, ids=_ids(CALLS))
def test_block_mode_raises_without_values(call: Call) -> None:
    """Block mode refuses the call; the error names paths and entities, never values."""
    with pytest.raises(SensitiveDataError) as info:
        scrub(call.params, service=call.service, operation=call.operation, mode="block")
    err = info.value
    assert isinstance(err, ParamValidationError) and isinstance(err, BotoCoreError)
    text = str(err) + repr(err) + repr(err.findings)
    for planted in call.planted:
        assert planted.path in str(err)
        assert planted.value not in text
    assert {f.action for f in err.findings} == {"block"}


@pytest.mark.parametrize("call", CREDENTIAL_CALLS, ids=_ids(CREDENTIAL_CALLS))
def test_credentials_block_even_in_redact_mode(call: Call) -> None:
    """Credentials are blocked by default, in redact mode too, and the input is untouched."""
    original = copy.deepcopy(call.params)
    with pytest.raises(SensitiveDataError) as info:
        scrub(call.params, service=call.service, operation=call.operation)
    assert call.params == original
    for planted in call.planted:
        assert planted.value not in str(info.value)
        assert any(
            f.path == planted.path and f.entity_type == planted.entity for f in info.value.findings
        )


def test_same_value_same_replacement_across_operations() -> None:
    """CreateThing then DescribeThing by the same sensitive name reach the same name."""
    created = scrub({"thingName": "sensor-david-miller-01"}, service="iot", operation="CreateThing")
    described = scrub(
        {"thingName": "sensor-david-miller-01"}, service="iot", operation="DescribeThing"
    )
    assert created.params["thingName"] == described.params["thingName"]
    assert "david" not in created.params["thingName"]


def test_arn_of_a_redacted_name_meets_the_redacted_resource() -> None:
    """Describe by ARN rewrites the ARN's resource part exactly as Create rewrote the name."""
    created = scrub(
        {"DatasetGroupName": "maria_garcia_sales"},
        service="forecast",
        operation="CreateDatasetGroup",
    )
    arn = "arn:aws:forecast:us-east-1:111122223333:dataset-group/maria_garcia_sales"
    described = scrub(
        {"DatasetGroupArn": arn}, service="forecast", operation="DescribeDatasetGroup"
    )
    new_name = created.params["DatasetGroupName"]
    assert described.params["DatasetGroupArn"] == arn.replace("maria_garcia_sales", new_name)


_CHILD = r"""
import json, sys
sys.path.insert(0, {tests!r})
from planted_calls import CALLS
from scrubber import scrub
print(json.dumps([scrub(c.params, service=c.service, operation=c.operation).params for c in CALLS]))
"""


def test_replacements_are_the_same_in_two_processes(_key_file: Path) -> None:
    """Two fresh processes with the same key write identical redacted params."""
    code = _CHILD.format(tests=str(REPO / "tests"))
    env = {**os.environ, "FIELDGUARD_KEY_FILE": str(_key_file)}
    outs = [
        subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    ]
    assert outs[0] == outs[1]
    here = [scrub(c.params, service=c.service, operation=c.operation).params for c in CALLS]
    assert json.loads(outs[0]) == here


def test_different_key_gives_different_pseudonyms(tmp_path: Path) -> None:
    """Pseudonyms depend on the key: without it a guess cannot be checked."""
    params = {"DatasetGroupName": "maria_garcia_sales"}
    a = scrub(params, service="forecast", operation="CreateDatasetGroup").params
    other = Scrubber({"key_file": str(_write_key(tmp_path))})
    b = other.scrub(params, service="forecast", operation="CreateDatasetGroup").params
    assert a != b


def _write_key(tmp_path: Path) -> Path:
    path = tmp_path / "other-key"
    path.write_text("ab" * 32)
    path.chmod(0o600)
    return path


def test_report_mode_returns_an_unchanged_copy() -> None:
    """Report mode leaves values as they are and returns a new object tree."""
    call = CALLS[0]
    result = scrub(call.params, service=call.service, operation=call.operation, mode="report")
    assert result.params == call.params
    assert result.params is not call.params
    assert result.params["Tags"] is not call.params["Tags"]
    assert result.params["Tags"][0] is not call.params["Tags"][0]


def test_clean_call_passes_unchanged() -> None:
    """Benign values (ARNs, S3 URIs, cost codes, CamelCase names) are not touched."""
    params = {
        "DatasetGroupName": "RetailDemandForecast",
        "Domain": "RETAIL",
        "DatasetArns": ["arn:aws:forecast:us-east-1:111122223333:dataset/retail_2024"],
        "Tags": [
            {"Key": "CostCenter", "Value": "CC-4411"},
            {"Key": "Release", "Value": "v1.4.2"},
            {"Key": "Commit", "Value": "3f786850e387550fdab836ed7e6dc881de23001b"},
            {"Key": "RunId", "Value": "6f1c2b9e-8d7a-4c3b-9e1f-0a2b3c4d5e6f"},
            {"Key": "Created", "Value": "2024-03-01T12:00:00Z"},
        ],
    }
    result = scrub(params, service="forecast", operation="CreateDatasetGroup")
    assert result.findings == []
    assert result.params == params


def test_scan_failure_blocks_the_field(scrubber: Scrubber) -> None:
    """A recognizer that raises blocks the call (fail closed), naming only the path."""
    from collections.abc import Iterator

    from recognizers.base import FieldRecognizer
    from recognizers.registry import default_registry

    class Broken(FieldRecognizer):
        ENTITY = "PERSON"
        CATEGORY = "personal"
        DESCRIPTION = "a broken test recognizer"

        def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
            raise RuntimeError(f"boom on {text}")

    broken = Scrubber(scrubber.policy, registry=default_registry().extended([Broken]))
    params = {"DatasetGroupName": "maria_quarterly_plan"}
    with pytest.raises(SensitiveDataError) as info:
        broken.scrub(params, service="forecast", operation="CreateDatasetGroup")
    assert [f.entity_type for f in info.value.findings] == ["SCAN_FAILED"]
    assert "maria_quarterly_plan" not in str(info.value)
    report = broken.scrub(params, service="forecast", operation="CreateDatasetGroup", mode="report")
    assert report.findings[0].action == "block"


def test_no_valid_replacement_blocks(scrubber: Scrubber) -> None:
    """A field too short for any pseudonym is blocked instead of sent."""
    from scrubber.kinds import FieldKind
    from scrubber.redaction import Pseudonymizer, Span

    spec = FieldSpec(FieldKind.NAME, "Tiny", "test", pattern="^[0-9]+$", max_length=3)
    pseudonymizer = Pseudonymizer(b"k" * 32)
    assert pseudonymizer.redact("jane doe", [Span(0, 8, "PERSON")], spec) is None


def test_nothing_sensitive_reaches_logs(caplog: pytest.LogCaptureFixture) -> None:
    """At DEBUG, including Presidio's own logger, no planted value is logged."""
    caplog.set_level(logging.DEBUG)
    logging.getLogger("presidio-analyzer").setLevel(logging.DEBUG)
    for call in CALLS:
        scrub(call.params, service=call.service, operation=call.operation, mode="report")
        scrub(
            call.params,
            service=call.service,
            operation=call.operation,
            policy={"rules": {"*.*": "warn"}},
        )
    text = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert "fieldguard" in caplog.text  # warn mode did log
    for call in CALLS:
        for planted in call.planted:
            assert planted.value not in text


def test_findings_and_results_carry_no_values() -> None:
    """repr and to_dict of results and findings hold no planted value."""
    for call in CALLS + CREDENTIAL_CALLS:
        result = scrub(call.params, service=call.service, operation=call.operation, mode="report")
        text = repr(result) + json.dumps([f.to_dict() for f in result.findings])
        for planted in call.planted:
            assert planted.value not in text


def test_unknown_operation_is_a_clear_error() -> None:
    from scrubber import UnknownOperationError

    with pytest.raises(UnknownOperationError, match="no operation of that name") as info:
        scrub({}, service="forecast", operation="CreateDatasetGrop")
    assert "did you mean CreateDatasetGroup" in str(info.value)
    with pytest.raises(UnknownOperationError, match="unknown AWS service") as info:
        scrub({}, service="owner jane.doe@example.com", operation="X")
    assert "jane" not in str(info.value)


def test_snake_case_operation_names_work() -> None:
    result = scrub({"thingName": "sensor-david-miller-01"}, service="iot", operation="create_thing")
    assert result.findings[0].entity_type == "PERSON"


def test_any_botocore_service_is_scrubbed() -> None:
    """Beyond the five: an SQS message body and an S3 tag are checked by the generic rules."""
    result = scrub(
        {
            "QueueUrl": "https://sqs.us-east-1.amazonaws.com/111122223333/q",
            "MessageBody": "refund for anna.kowalski@example.com",
        },
        service="sqs",
        operation="SendMessage",
    )
    assert [(f.path, f.entity_type) for f in result.findings] == [("MessageBody", "EMAIL_ADDRESS")]


def test_arns_of_other_services_are_left_alone() -> None:
    """An IAM role ARN names a role made elsewhere: rewriting it would break the call."""
    role = "arn:aws:iam::111122223333:role/maria_garcia_forecast_role"
    params = {
        "DatasetImportJobName": "import_2024",
        "DatasetArn": "arn:aws:forecast:us-east-1:111122223333:dataset/retail",
        "DataSource": {"S3Config": {"Path": "s3://bucket/data.csv", "RoleArn": role}},
    }
    result = scrub(params, service="forecast", operation="CreateDatasetImportJob")
    assert result.params["DataSource"]["S3Config"]["RoleArn"] == role
    assert result.findings == []


def test_unknown_member_names_are_scanned_and_never_shown() -> None:
    """A member the model lacks is the caller's text: scanned, shown by position if sensitive."""
    params = {"thingName": "t1", "jane.doe@example.com": "call +1 206 555 0143"}
    result = scrub(params, service="iot", operation="CreateThing", mode="report")
    assert {(f.path, f.entity_type) for f in result.findings} == {
        ("{#1}", "EMAIL_ADDRESS"),
        ("[#1]", "PHONE_NUMBER"),
    }


def test_keys_are_shown_only_when_nothing_is_found_in_them() -> None:
    """A key the policy lets through, or a key that is not a string, is still not printed."""
    params = {
        "thingName": "t1",
        "attributePayload": {"attributes": {"maria.garcia@x.io": "+1-206-555-0143"}},
    }
    rules = {"name.EMAIL_ADDRESS": "allow", "name.PERSON": "allow", "*.PHONE_NUMBER": "warn"}
    allowed = scrub(
        params, service="iot", operation="CreateThing", mode="report", policy={"rules": rules}
    )
    assert [(f.path, f.entity_type) for f in allowed.findings] == [
        ("attributePayload.attributes[#0]", "PHONE_NUMBER")
    ]
    tagged = {"workspaceId": "w1", "tags": {4748526057479381: "+1 206 555 0143"}}
    result = scrub(tagged, service="iottwinmaker", operation="CreateWorkspace", mode="report")
    assert {f.path for f in result.findings} == {"tags{#0}", "tags[#0]"}


def test_mappings_and_iterables_are_walked() -> None:
    """With validation off botocore serializes any mapping or iterable: so do we scan them."""
    from types import MappingProxyType

    params = {
        "DatasetGroupName": "retail",
        "Domain": "RETAIL",
        "Tags": (t for t in [MappingProxyType({"Key": "o", "Value": "maria.garcia@example.com"})]),
    }
    result = scrub(params, service="forecast", operation="CreateDatasetGroup")
    assert result.params["Tags"][0]["Value"].startswith("email_")


def test_blobs_are_scanned() -> None:
    """IoT Publish payloads: UTF-8 is redacted; binary with a finding is blocked; so are
    streams that cannot be read without consuming them."""
    import io

    class Pipe(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

    text = scrub(
        {"topic": "t/1", "payload": b'{"owner": "maria.garcia@example.com"}'},
        service="iot-data",
        operation="Publish",
    )
    assert b"maria" not in text.params["payload"] and b"email_" in text.params["payload"]
    with pytest.raises(SensitiveDataError, match="binary data"):
        scrub(
            {"topic": "t/1", "payload": b"\xff\xfe maria.garcia@example.com \x00"},
            service="iot-data",
            operation="Publish",
        )
    assert (
        scrub(
            {"topic": "t/1", "payload": b"\xff\xfe\x00\x01"},
            service="iot-data",
            operation="Publish",
        ).findings
        == []
    )
    with pytest.raises(SensitiveDataError, match="stream"):
        scrub({"topic": "t/1", "payload": Pipe()}, service="iot-data", operation="Publish")


def test_scrub_document_treats_every_string_as_free_text(scrubber: Scrubber) -> None:
    """Data of no AWS call (records, notes): values and keys scanned, input untouched."""
    record = {"ticket": "OPS-1", "notes": [{"by": "jane.doe@example.com"}], "+1 206 555 0143": 1}
    before = copy.deepcopy(record)
    result = scrubber.scrub_document(record, mode="redact")
    assert record == before
    found = {(f.path, f.entity_type, f.field_kind) for f in result.findings}
    assert found == {
        ('["notes"][0]["by"]', "EMAIL_ADDRESS", "free_text"),
        ("{#2}", "PHONE_NUMBER", "free_text"),
    }
    text = json.dumps(result.params)
    assert "jane.doe" not in text and "555 0143" not in text
    assert result.params["ticket"] == "OPS-1" and list(result.params.values())[2] == 1
    assert "jane.doe" not in repr(result)


def test_sensitive_data_error_survives_pickling_whole() -> None:
    """Raised in a worker process, it arrives with its findings and message unchanged."""
    import pickle

    call = CREDENTIAL_CALLS[0]
    with pytest.raises(SensitiveDataError) as caught:
        scrub(call.params, service=call.service, operation=call.operation, mode="block")
    for exc in (caught.value, SensitiveDataError(caught.value.findings, summary="custom head")):
        again = pickle.loads(pickle.dumps(exc))
        assert type(again) is type(exc) and str(again) == str(exc)
        assert again.findings == exc.findings
