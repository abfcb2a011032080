"""A bare number a filter lists beside people's addresses or names is one more
person's identifier; beside anything else, or shaped as a date, a barcode or
a number its key rules out, it is left. Through the real engine."""

from __future__ import annotations

from typing import Any

import pytest

from scrubber import Scrubber

DETECTOR = "arn:aws:lookoutmetrics:eu-west-1:418273645190:AnomalyDetector:payouts"
LAMBDA = "arn:aws:lambda:eu-west-1:418273645190:function:alert"


def _alert(dimension: str, values: list[str]) -> dict[str, Any]:
    return {
        "AlertName": "payout-spikes",
        "AlertSensitivityThreshold": 50,
        "AnomalyDetectorArn": DETECTOR,
        "Action": {
            "LambdaConfiguration": {
                "RoleArn": "arn:aws:iam::418273645190:role/LookoutMetricsLambda",
                "LambdaArn": LAMBDA,
            }
        },
        "AlertFilters": {
            "MetricList": ["payout"],
            "DimensionFilterList": [{"DimensionName": dimension, "DimensionValueList": values}],
        },
    }


def _found(scrubber: Scrubber, params: dict[str, Any]) -> dict[str, set[str]]:
    result = scrubber.scrub(
        params, service="lookoutmetrics", operation="CreateAlert", mode="report"
    )
    found: dict[str, set[str]] = {}
    for f in result.findings:
        found.setdefault(f.path, set()).add(f.entity_type)
    return found


def _item(i: int) -> str:
    return f"AlertFilters.DimensionFilterList[0].DimensionValueList[{i}]"


def test_a_number_listed_between_addresses_is_an_account(scrubber: Scrubber) -> None:
    values = ["dawit.bekele@kilimofresh.com", "80922906", "njeri.wambui@coldchain.co.ke"]
    found = _found(scrubber, _alert("buyer", values))
    assert found[_item(1)] == {"ACCOUNT_NUMBER"}
    assert found[_item(0)] == found[_item(2)] == {"EMAIL_ADDRESS"}


def test_a_number_listed_beside_names_is_redacted_whole(scrubber: Scrubber) -> None:
    params = _alert("registrado_por", ["Wayra Anccasi Cusi", "45906630"])
    sent = scrubber.scrub(params, service="lookoutmetrics", operation="CreateAlert")
    listed = sent.params["AlertFilters"]["DimensionFilterList"][0]["DimensionValueList"]
    assert "45906630" not in listed[1]
    assert "Wayra" not in listed[0]


def test_a_number_filed_among_a_filter_list_s_items(scrubber: Scrubber) -> None:
    """Mates across a list of filter structures: ``FilterList[*].DimensionValue``."""
    params = {
        "AnomalyDetectorArn": DETECTOR,
        "MetricSetName": "payouts",
        "MetricList": [{"MetricName": "payout", "AggregationFunction": "SUM"}],
        "MetricSource": {},
        "DimensionFilterList": [
            {
                "Name": "channel",
                "FilterList": [
                    {"DimensionValue": "ante.kuoljok@samiradio.no", "FilterOperation": "EQUALS"},
                    {"DimensionValue": "80922906", "FilterOperation": "EQUALS"},
                ],
            }
        ],
    }
    result = scrubber.scrub(
        params, service="lookoutmetrics", operation="CreateMetricSet", mode="report"
    )
    found = {(f.path, f.entity_type) for f in result.findings}
    assert ("DimensionFilterList[0].FilterList[1].DimensionValue", "ACCOUNT_NUMBER") in found


@pytest.mark.parametrize(
    ("values", "why"),
    [
        (["dawit.bekele@kilimofresh.com", "20250314"], "a compact date"),
        (["dawit.bekele@kilimofresh.com", "1718841600"], "epoch seconds"),
        (["dawit.bekele@kilimofresh.com", "4006381333931"], "an EAN-13 barcode"),
        (["dawit.bekele@kilimofresh.com", "4711"], "too short for an account"),
        (["north", "80922906"], "no person's data beside it"),
        (["80922906", "359532291393097"], "numbers beside numbers"),
    ],
)
def test_a_number_is_left_where_its_mates_or_shape_say_otherwise(
    scrubber: Scrubber, values: list[str], why: str
) -> None:
    found = _found(scrubber, _alert("buyer", values))
    assert "ACCOUNT_NUMBER" not in found.get(_item(1), set()), why


def test_a_key_that_rules_accounts_out_keeps_the_number(scrubber: Scrubber) -> None:
    found = _found(scrubber, _alert("order_id", ["dawit.bekele@kilimofresh.com", "80922906"]))
    assert "ACCOUNT_NUMBER" not in found.get(_item(1), set())


def test_tags_are_no_mates(scrubber: Scrubber) -> None:
    """Each tag of a list has its own key: an owner's name says nothing of a batch."""
    params = {
        "ResourceArn": "arn:aws:forecast:eu-west-1:418273645190:dataset-group/payouts",
        "Tags": [
            {"Key": "Owner", "Value": "Wayra Anccasi Cusi"},
            {"Key": "Batch", "Value": "80922906"},
        ],
    }
    result = scrubber.scrub(params, service="forecast", operation="TagResource", mode="report")
    assert {f.entity_type for f in result.findings} == {"PERSON"}


def test_findings_and_errors_never_carry_the_number(scrubber: Scrubber) -> None:
    params = _alert("buyer", ["dawit.bekele@kilimofresh.com", "80922906"])
    result = scrubber.scrub(
        params, service="lookoutmetrics", operation="CreateAlert", mode="report"
    )
    shown = " ".join(f.describe() + repr(f) for f in result.findings)
    assert "80922906" not in shown
