"""Payloads, templates and documents are producers of the same fields: the same rules apply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scrubber import Policy, Scrubber, SensitiveDataError
from scrubber.producers.cloudformation import check_template
from scrubber.producers.payload import iter_fields, snapshot
from scrubber.service_models import operation_model

ACCOUNT = "123456789012"


def _template(rtype: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {"Resources": {"Thing": {"Type": rtype, "Properties": properties}}}


# (service, operation, params; CloudFormation type, properties): the same values.
SAME_VALUES = [
    pytest.param(
        "forecast",
        "CreateDatasetGroup",
        {
            "DatasetGroupName": "retail",
            "Domain": "RETAIL",
            "Tags": [{"Key": "db_password", "Value": "hunter2hunter"}],
        },
        "AWS::Forecast::DatasetGroup",
        {
            "DatasetGroupName": "retail",
            "Domain": "RETAIL",
            "Tags": [{"Key": "db_password", "Value": "hunter2hunter"}],
        },
        id="keyed secret in a tag",
    ),
    pytest.param(
        "iot",
        "CreateThing",
        {"thingName": "sensor", "attributePayload": {"attributes": {"api_key": "zq7Lw2pXv9"}}},
        "AWS::IoT::Thing",
        {"ThingName": "sensor", "AttributePayload": {"Attributes": {"api_key": "zq7Lw2pXv9"}}},
        id="keyed secret under a map key",
    ),
    pytest.param(
        "forecast",
        "CreateDatasetGroup",
        {
            "DatasetGroupName": "retail",
            "Domain": "RETAIL",
            "DatasetArns": [f"arn:aws:forecast:us-east-1:{ACCOUNT}:dataset/maria_garcia_sales"],
        },
        "AWS::Forecast::DatasetGroup",
        {
            "DatasetGroupName": "retail",
            "Domain": "RETAIL",
            "DatasetArns": [f"arn:aws:forecast:us-east-1:{ACCOUNT}:dataset/maria_garcia_sales"],
        },
        id="same-service ARN",
    ),
    pytest.param(
        "iot",
        "CreateThing",
        {"thingName": "sensor", "attributePayload": {"attributes": {"maria_garcia": "owner"}}},
        "AWS::IoT::Thing",
        {"ThingName": "sensor", "AttributePayload": {"Attributes": {"maria_garcia": "owner"}}},
        id="map key holding a name",
    ),
]


def _summary(findings: Any) -> list[tuple[str, str, str]]:
    return sorted((f.entity_type, f.field_kind, f.action) for f in findings)


@pytest.mark.parametrize("service,operation,params,rtype,properties", SAME_VALUES)
def test_template_and_payload_give_the_same_findings(
    scrubber: Scrubber,
    service: str,
    operation: str,
    params: dict[str, Any],
    rtype: str,
    properties: dict[str, Any],
) -> None:
    payload = scrubber.scrub(params, service=service, operation=operation, mode="report")
    found, problems, checked = check_template(_template(rtype, properties), scrubber)
    assert problems == [] and checked == 1
    assert payload.findings, "the payload must have a finding for this to compare anything"
    assert _summary(t.finding for t in found) == _summary(payload.findings)


def test_a_key_holding_data_hides_the_path_below_it(scrubber: Scrubber) -> None:
    params = {"thingName": "s", "attributePayload": {"attributes": {"maria_garcia": "x"}}}
    result = scrubber.scrub(params, service="iot", operation="CreateThing", mode="report")
    assert [f.path for f in result.findings] == ["attributePayload.attributes{#0}"]
    found, _, _ = check_template(
        _template("AWS::IoT::Thing", {"AttributePayload": {"Attributes": {"maria_garcia": "x"}}}),
        scrubber,
    )
    assert [t.finding.path for t in found] == [
        "Resources.Thing.Properties.AttributePayload.Attributes{#0}"
    ]


def test_fields_come_in_order_with_structured_paths() -> None:
    op = operation_model("forecast", "CreateDatasetGroup")
    params = snapshot({"DatasetGroupName": "g", "Tags": ({"Key": "qkeyq", "Value": "qvalq"},)})
    fields = list(iter_fields(params, op.input_shape, "forecast"))
    assert [str(f.path) for f in fields] == ["DatasetGroupName", "Tags[0].Key", "Tags[0].Value"]
    assert [f.spec.kind.value for f in fields] == ["name", "tag_key", "tag_value"]
    assert fields[2].context == "qkeyq"
    assert "qvalq" not in repr(fields[2]) and "qkeyq" not in repr(fields[2])


def test_allow_list_pattern_past_its_time_bound_fails_closed(scrubber: Scrubber) -> None:
    """An allow-list pattern that times out blocks the field; it never raises TimeoutError."""
    policy = {"allow": {"patterns": [r"^(a|aa)+$"]}}  # backtracks exponentially
    params = {"DatasetGroupName": "a" * 60 + "!", "Domain": "RETAIL"}
    with pytest.raises(SensitiveDataError) as info:
        scrubber.scrub(params, service="forecast", operation="CreateDatasetGroup", policy=policy)
    assert [f.entity_type for f in info.value.findings] == ["SCAN_FAILED"]
    assert "while scanning" in info.value.findings[0].reason


def test_a_scrubber_given_a_policy_reads_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad fieldguard.toml in the working folder is not read by an explicit Scrubber."""
    (tmp_path / "fieldguard.toml").write_text('mode = "nonsense"\n')
    monkeypatch.chdir(tmp_path)
    assert Scrubber(Policy()).policy.mode == "redact"
    assert Scrubber().policy.source == "defaults"


@pytest.mark.parametrize("mode", ["warn", "report"])
def test_the_library_takes_the_hooks_mode_spellings(scrubber: Scrubber, mode: str) -> None:
    params = {"DatasetGroupName": "maria_garcia_sales", "Domain": "RETAIL"}
    result = scrubber.scrub(params, service="forecast", operation="CreateDatasetGroup", mode=mode)
    assert result.mode == "report" and result.params == params and result.findings


@pytest.mark.parametrize(
    "operation", ["CreateDatasetGroup", "create_dataset_group", "create-dataset-group"]
)
def test_the_library_takes_every_spelling_of_an_operation(
    scrubber: Scrubber, operation: str
) -> None:
    params = {"DatasetGroupName": "maria_garcia_sales", "Domain": "RETAIL"}
    result = scrubber.scrub(params, service="forecast", operation=operation, mode="report")
    assert [f.entity_type for f in result.findings] == ["PERSON"]
