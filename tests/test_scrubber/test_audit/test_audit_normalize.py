"""CloudTrail's wire spelling of parameters back to botocore's member names."""

from __future__ import annotations

from typing import Any

import pytest

from scrubber.audit.build_sources import from_botocore
from scrubber.audit.normalize import normalize
from scrubber.audit.sources import Call, resolve, source_table
from scrubber.service_models import operation_model


def _norm(service: str, operation: str, params: dict[str, Any]) -> dict[str, Any]:
    op = operation_model(service, operation)
    return normalize(params, op.input_shape, op.name).params


@pytest.mark.parametrize(
    ("service", "operation", "wire", "members"),
    [
        # lowerCamel member names (JSON protocols as CloudTrail records them)
        (
            "forecast",
            "CreateDatasetGroup",
            {"datasetGroupName": "x", "domain": "RETAIL"},
            {"DatasetGroupName": "x", "Domain": "RETAIL"},
        ),
        # the model's locationName (rest-json URI member)
        (
            "iot",
            "CreateThing",
            {"thingName": "t", "attributePayload": {"attributes": {"a": "b"}}},
            {"thingName": "t", "attributePayload": {"attributes": {"a": "b"}}},
        ),
        # EC2: xxxSet {"items": [...]} lists, lists of ids as one-key objects
        (
            "ec2",
            "CreateTags",
            {
                "resourcesSet": {"items": [{"resourceId": "i-1"}]},
                "tagSet": {"items": [{"key": "Owner", "value": "v"}]},
            },
            {"Resources": ["i-1"], "Tags": [{"Key": "Owner", "Value": "v"}]},
        ),
        # {"CreateXRequest": {...}} wrapper
        (
            "ec2",
            "CreateLaunchTemplate",
            {"CreateLaunchTemplateRequest": {"LaunchTemplateName": "n"}},
            {"LaunchTemplateName": "n"},
        ),
        # a tag list written as a map
        (
            "forecast",
            "TagResource",
            {"resourceArn": "arn:x", "tags": {"team": "ops"}},
            {"ResourceArn": "arn:x", "Tags": [{"Key": "team", "Value": "ops"}]},
        ),
        # timestamps and numbers as text are not free text; unknown keys stay as written
        (
            "iot",
            "CreateJob",
            {
                "jobId": "j",
                "timeoutConfig": {"inProgressTimeoutInMinutes": "5"},
                "surprise": "kept",
            },
            {"jobId": "j", "timeoutConfig": {}, "surprise": "kept"},
        ),
    ],
)
def test_wire_spelling_to_members(
    service: str, operation: str, wire: dict[str, Any], members: dict[str, Any]
) -> None:
    assert _norm(service, operation, wire) == members


def test_added_keys_and_hidden_values_are_counted() -> None:
    op = operation_model("s3", "PutBucketTagging")
    params = {
        "bucketName": "b",
        "Host": "b.s3.amazonaws.com",
        "Tagging": {"TagSet": [{"Key": "k", "Value": "HIDDEN_DUE_TO_SECURITY_REASONS"}]},
    }
    out = normalize(params, op.input_shape, op.name)
    assert "Host" not in out.params and out.added_keys == 1
    assert out.hidden_values == 1


def test_lambda_dated_event_names_resolve() -> None:
    assert resolve("lambda.amazonaws.com", "CreateFunction20150331") == Call(
        "lambda", "CreateFunction"
    )
    assert resolve("lambda.amazonaws.com", "UpdateFunctionCode20150331v2") == Call(
        "lambda", "UpdateFunctionCode"
    )
    assert resolve("lambda.amazonaws.com", "NoSuchThing20150331") is None


@pytest.mark.parametrize(
    ("source", "event", "call"),
    [
        ("forecast.amazonaws.com", "CreateDatasetGroup", Call("forecast", "CreateDatasetGroup")),
        ("forecast.amazonaws.com", "QueryForecast", Call("forecastquery", "QueryForecast")),
        ("personalize.amazonaws.com", "PutEvents", Call("personalize-events", "PutEvents")),
        ("iot.amazonaws.com", "CreateThing", Call("iot", "CreateThing")),
        ("iottwinmaker.amazonaws.com", "CreateWorkspace", Call("iottwinmaker", "CreateWorkspace")),
        ("lookoutmetrics.amazonaws.com", "CreateAlert", Call("lookoutmetrics", "CreateAlert")),
        ("monitoring.amazonaws.com", "PutMetricAlarm", Call("cloudwatch", "PutMetricAlarm")),
    ],
)
def test_event_source_to_call(source: str, event: str, call: Call) -> None:
    assert resolve(source, event) == call


def test_shipped_table_agrees_with_botocore_on_every_service_both_know() -> None:
    """Regenerate with: python -m scrubber.audit.build_sources (AWS_DATA_PATH set)."""
    shipped = source_table()
    current = from_botocore()
    known = {s for services in current.values() for s in services}
    for source, services in current.items():
        listed = [s for s in shipped.get(source, ()) if s in known]
        assert listed == [s for s in services if s in {x for v in shipped.values() for x in v}]
