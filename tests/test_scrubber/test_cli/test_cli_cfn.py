"""CloudFormation templates: properties get the API's field kinds; intrinsics are followed."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
import regex
import yaml

from scrubber import Scrubber
from scrubber.cli import main
from scrubber.cli.yaml_loader import CFN_TAGS, load_all
from scrubber.fields import operation_fields
from scrubber.kinds import FieldKind
from scrubber.producers.cloudformation import (
    RESOURCE_TYPES,
    SERVICES,
    _Classifier,
    check_template,
    is_template,
    service_of,
)

CFN = Path(__file__).resolve().parents[3] / "corpus" / "examples" / "cfn"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def _findings(template: dict[str, Any], scrubber: Scrubber) -> set[tuple[str, str, str]]:
    found, problems, _ = check_template(template, scrubber)
    assert problems == []
    return {(t.finding.path, t.finding.entity_type, t.finding.field_kind) for t in found}


def _resource(rtype: str, properties: dict[str, Any], **template: Any) -> dict[str, Any]:
    return {"Resources": {"R": {"Type": rtype, "Properties": properties}}, **template}


@pytest.mark.parametrize("rtype", sorted(RESOURCE_TYPES))
def test_every_mapped_operation_exists(rtype: str) -> None:
    """Each supported resource type names a real API operation of its service."""
    service = service_of(rtype)
    assert service in SERVICES.values()
    mapping = RESOURCE_TYPES[rtype]
    for operation in (mapping.operation, *mapping.parts.values()):
        assert operation_fields(service, operation), operation


@pytest.mark.parametrize(
    "rtype,template,kind",
    [
        ("AWS::Forecast::DatasetGroup", "datasetgroupname", FieldKind.NAME),
        ("AWS::Forecast::DatasetGroup", "tags[*].key", FieldKind.TAG_KEY),
        ("AWS::Forecast::DatasetGroup", "tags[*].value", FieldKind.TAG_VALUE),
        ("AWS::Forecast::DatasetGroup", "datasetarns[*]", FieldKind.IDENTIFIER),
        ("AWS::Forecast::Dataset", "schema.attributes[*].attributename", FieldKind.NAME),
        ("AWS::IoT::Thing", "thingname", FieldKind.NAME),
        ("AWS::IoT::Thing", 'attributepayload.attributes["*"]', FieldKind.FREE_TEXT),
        ("AWS::IoT::TopicRule", "rulename", FieldKind.NAME),
        ("AWS::IoT::TopicRule", "topicrulepayload.description", FieldKind.DESCRIPTION),
        ("AWS::IoT::TopicRule", "topicrulepayload.sql", FieldKind.FREE_TEXT),
        ("AWS::IoT::TopicRule", "topicrulepayload.actions[*].http.url", FieldKind.URL),
        (
            "AWS::IoT::TopicRuleDestination",
            "httpurlproperties.confirmationurl",
            FieldKind.URL,
        ),
        ("AWS::IoTTwinMaker::Workspace", "workspaceid", FieldKind.NAME),
        ("AWS::IoTTwinMaker::Workspace", "description", FieldKind.DESCRIPTION),
        ("AWS::IoTTwinMaker::Workspace", 'tags{"*"}', FieldKind.TAG_KEY),
        ("AWS::IoTTwinMaker::Workspace", 'tags["*"]', FieldKind.TAG_VALUE),
        ("AWS::IoTTwinMaker::Workspace", "role", FieldKind.IDENTIFIER),
        ("AWS::LookoutMetrics::AnomalyDetector", "anomalydetectorname", FieldKind.NAME),
        (
            "AWS::LookoutMetrics::AnomalyDetector",
            "anomalydetectordescription",
            FieldKind.DESCRIPTION,
        ),
        ("AWS::LookoutMetrics::AnomalyDetector", "metricsetlist[*].metricsetname", FieldKind.NAME),
        (
            "AWS::LookoutMetrics::AnomalyDetector",
            "metricsetlist[*].metricsource.s3sourceconfig.templatedpathlist[*]",
            FieldKind.URL,
        ),
        ("AWS::LookoutMetrics::Alert", "alertdescription", FieldKind.DESCRIPTION),
        ("AWS::Personalize::Schema", "name", FieldKind.NAME),
        ("AWS::Personalize::Dataset", "datasetimportjob.jobname", FieldKind.NAME),
        ("AWS::Personalize::Dataset", "tags[*].value", FieldKind.TAG_VALUE),
        ("AWS::Personalize::Solution", "name", FieldKind.NAME),
        # The API takes a JSON string where the template has an object: the
        # object's leaves are checked as that string (free text, for IoT).
        ("AWS::IoT::Policy", "policydocument.statement[*].resource", FieldKind.FREE_TEXT),
        # Not in the API: classified by the core's rules from the property's name.
        ("AWS::IoT::NewThing", "widgetdescription", FieldKind.DESCRIPTION),
    ],
)
def test_properties_map_to_api_field_kinds(rtype: str, template: str, kind: FieldKind) -> None:
    """A property is classified as the API member it becomes."""
    service = service_of(rtype)
    assert service is not None
    member = template.split(".")[-1].split("[")[0].split("{")[0]
    # The table is written in the path syntax for reading; the classifier takes steps.
    steps = tuple(regex.findall(r'\[\*\]|\["\*"\]|\{"\*"\}|[^.\[{]+', template))
    assert _Classifier(service, RESOURCE_TYPES.get(rtype)).kind(steps, member) is kind


def test_example_templates(capsys: pytest.CaptureFixture[str]) -> None:
    """The shipped templates: every planted value is found, at its line, and never printed."""
    code, text, err = _run(["--format", "json", str(CFN)], capsys)
    doc = json.loads(text)
    assert code == 1 and err == ""
    assert (doc["templates"], doc["files"]) == (3, 3)
    got = {
        (Path(f["file"]).name, f["line"], f["path"], f["entity_type"], f["resource_type"])
        for f in doc["findings"]
    }
    forecast, iot = "forecast-personalize.yaml", "iot-twinmaker.json"
    group, rule, twin = (
        "AWS::Forecast::DatasetGroup",
        "AWS::IoT::TopicRule",
        "AWS::IoTTwinMaker::Workspace",
    )
    props = "Resources.{}.Properties."
    assert got == {
        (forecast, 24, props.format("DemandGroup") + "DatasetGroupName.Fn::Sub", "PERSON", group),
        (forecast, 7, "Parameters.OwnerEmail.Default", "EMAIL_ADDRESS", group),
        (forecast, 16, "Mappings.Support.dev.Phone", "PHONE_NUMBER", group),
        (
            iot,
            10,
            props.format("Sensor") + 'AttributePayload.Attributes["contact"]',
            "EMAIL_ADDRESS",
            "AWS::IoT::Thing",
        ),
        (
            iot,
            24,
            props.format("ForwardRule") + "TopicRulePayload.Actions[0].Http.Url.Fn::Join[1][0]",
            "URL_CREDENTIALS",
            rule,
        ),
        (
            iot,
            25,
            props.format("ForwardRule") + "TopicRulePayload.Actions[0].Http.Headers[0].Value",
            "AUTH_HEADER",
            rule,
        ),
        (iot, 36, props.format("Twin") + "Description", "PERSON", twin),
        (iot, 36, props.format("Twin") + "Description", "PHONE_NUMBER", twin),
        (iot, 39, props.format("Twin") + 'Tags["owner"]', "EMAIL_ADDRESS", twin),
    }
    for value in ("jane.doe", "john_smith", "555 0143", "Sup3rS3cret", "Ro5rXiCsr", "Miller"):
        assert value not in text


def test_yaml_short_forms_equal_json_long_forms(scrubber: Scrubber) -> None:
    """Every short-form tag loads as its long form, so YAML and JSON templates check alike."""
    for tag, key in CFN_TAGS.items():
        ((data, _),) = load_all(f"v: {tag} [a, b]\n")
        assert data == {"v": {key: ["a", "b"]}}
    yaml_text = (CFN / "forecast-personalize.yaml").read_text()
    ((template, _),) = load_all(yaml_text)
    assert is_template(template)
    as_json = json.loads(json.dumps(template))
    assert _findings(template, scrubber) == _findings(as_json, scrubber)


def test_intrinsics_literals_are_checked_and_references_skipped(scrubber: Scrubber) -> None:
    """Literal strings inside intrinsics are checked; Ref/GetAtt targets are not data."""
    template = _resource(
        "AWS::Forecast::DatasetGroup",
        {
            "DatasetGroupName": {"Fn::Sub": ["${Prefix}_maria_garcia", {"Prefix": "eu"}]},
            "Domain": "RETAIL",
            "DatasetArns": [{"Fn::GetAtt": ["MariaGarciaDataset", "DatasetArn"]}],
            "Tags": [
                {"Key": "owner", "Value": {"Fn::Join": ["", ["+1 206 555 0143", {"Ref": "X"}]]}},
                {"Key": "phone", "Value": {"Fn::Select": [0, ["+1 425 555 0199", "n/a"]]}},
                {"Key": "ref", "Value": {"Ref": "MariaGarciaResource"}},
                {"Key": "num", "Value": 4417829356123},
                {"Key": "mail", "Value": {"Fn::If": ["IsProd", "ops", "jane.doe@example.com"]}},
                {"Key": "b64", "Value": {"Fn::Base64": "call +1 206 555 0143"}},
            ],
        },
    )
    tags = "Resources.R.Properties.Tags"
    assert _findings(template, scrubber) == {
        ("Resources.R.Properties.DatasetGroupName.Fn::Sub[0]", "PERSON", "name"),
        (f"{tags}[0].Value.Fn::Join[1][0]", "PHONE_NUMBER", "tag_value"),
        (f"{tags}[1].Value.Fn::Select[1][0]", "PHONE_NUMBER", "tag_value"),
        # CloudFormation passes a number to a string property as its digits.
        (f"{tags}[3].Value", "ACCOUNT_NUMBER", "tag_value"),
        (f"{tags}[4].Value.Fn::If[2]", "EMAIL_ADDRESS", "tag_value"),
        (f"{tags}[5].Value.Fn::Base64", "PHONE_NUMBER", "tag_value"),
    }


def test_sub_placeholders_are_blanked(scrubber: Scrubber) -> None:
    """${Var} placeholders are not text: a parameter called JaneDoe is no person's name."""
    template = _resource(
        "AWS::IoT::Thing", {"ThingName": {"Fn::Sub": "${JaneDoe}-${AWS::Region}-pump"}}
    )
    assert _findings(template, scrubber) == set()


def test_parameters_and_mappings_are_followed(scrubber: Scrubber) -> None:
    """Ref reaches a parameter's default and allowed values; FindInMap every candidate value."""
    template = _resource(
        "AWS::IoTTwinMaker::Workspace",
        {
            "WorkspaceId": "plant",
            "Description": {"Fn::FindInMap": ["Contacts", {"Ref": "AWS::Region"}, "Owner"]},
            "Tags": {"owner": {"Ref": "Owner"}},
        },
        Parameters={"Owner": {"Type": "String", "AllowedValues": ["ops", "jane.doe@example.com"]}},
        Mappings={
            "Contacts": {
                "us-east-1": {"Owner": "Call +1 206 555 0143"},
                "eu-west-1": {"Owner": "ops team"},
            }
        },
    )
    assert _findings(template, scrubber) == {
        ("Mappings.Contacts.us-east-1.Owner", "PHONE_NUMBER", "description"),
        ("Parameters.Owner.AllowedValues[1]", "EMAIL_ADDRESS", "tag_value"),
    }


def test_self_references_do_not_loop(scrubber: Scrubber) -> None:
    """A parameter or mapping value that refers to itself is followed once."""
    template = _resource(
        "AWS::IoT::Thing",
        {"ThingName": {"Ref": "P"}, "AttributePayload": {"Attributes": {"a": {"Ref": "Q"}}}},
        Parameters={
            "P": {"Default": {"Ref": "P"}},
            "Q": {"Default": {"Fn::FindInMap": ["M", "a", "b"]}},
        },
        Mappings={"M": {"a": {"b": {"Fn::FindInMap": ["M", "a", "b"]}}}},
    )
    assert _findings(template, scrubber) == set()


def test_sensitive_keys_and_logical_ids_are_shown_by_position(scrubber: Scrubber) -> None:
    """A key holding data is reported by position, and no path shows it."""
    template = {
        "Resources": {
            "Pump": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "jane_doe"}},
            "JaneDoeWorkspace": {
                "Type": "AWS::IoTTwinMaker::Workspace",
                "Properties": {
                    "WorkspaceId": "plant",
                    "Tags": {"jane.doe@example.com": "x"},
                    "maria.garcia@example.com": "an unknown property",
                },
            },
        }
    }
    found, _, resources = check_template(template, scrubber)
    paths = {t.finding.path: t.finding for t in found}
    assert resources == 1  # the bucket is another service's
    assert set(paths) == {
        "Resources{#1}",
        "Resources[#1].Properties.Tags{#0}",
        "Resources[#1].Properties{#2}",
    }
    assert paths["Resources{#1}"].reason.startswith("logical ID")
    assert paths["Resources[#1].Properties.Tags{#0}"].field_kind == "tag_key"


def test_lookoutmetrics_metric_sets_use_create_metric_set(scrubber: Scrubber) -> None:
    """An anomaly detector's metric sets are checked as CreateMetricSet input."""
    ((template, _),) = load_all((CFN / "lookoutmetrics-clean.yaml").read_text())
    assert _findings(template, scrubber) == set()
    metric_set = template["Resources"]["RevenueDetector"]["Properties"]["MetricSetList"][0]
    metric_set["MetricSetDescription"] = "Owned by jane.doe@example.com"
    metric_set["DimensionList"] = ["maria_garcia"]
    prefix = "Resources.RevenueDetector.Properties.MetricSetList[0]."
    assert _findings(template, scrubber) == {
        (prefix + "MetricSetDescription", "EMAIL_ADDRESS", "description"),
        (prefix + "DimensionList[0]", "PERSON", "name"),
    }


def test_malformed_resources_are_reported_and_the_rest_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A resource without a Type is an input error; the template's other resources count."""
    path = tmp_path / "template.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "AWSTemplateFormatVersion": "2010-09-09",
                "Resources": {
                    "Broken": {"Properties": {}},
                    "Thing": {"Type": "AWS::IoT::Thing", "Properties": {"ThingName": "jane_doe"}},
                },
            }
        )
    )
    code, text, err = _run([str(path)], capsys)
    assert code == 1
    assert "CloudFormation template: Resources: item 0 has no Type" in err
    assert "Resources.Thing.Properties.ThingName: PERSON" in text
