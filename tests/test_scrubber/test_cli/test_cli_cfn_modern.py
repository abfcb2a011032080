"""CloudFormation as written today: Fn::ForEach loops, SAM's IoT rule events, CDK's cdk.out.

Real public files (tests/fixtures/real, sources in SOURCES.md) are checked
as they are (no finding, no error), then with values planted in them, which
must each be reported with the file's line.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from scrubber.cli import main

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real"
EMAIL = "jane.doe@example.com"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any], str]:
    out = io.StringIO()
    code = main(["--no-progress", "--format", "json", *argv], out=out)
    return code, json.loads(out.getvalue()), capsys.readouterr().err


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_real_templates_are_checked_without_errors_or_findings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Loops over other services' resources, a SAM app, a CDK synth: all templates, all clean."""
    code, doc, err = _run(
        [str(REAL / "cloudformation"), str(REAL / "sam"), str(REAL / "cdk")], capsys
    )
    assert (code, err, doc["errors"], doc["findings"]) == (0, "", [], [])
    assert doc["templates"] == 5


LOOPS = f"""\
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::LanguageExtensions
Parameters:
  Owners:
    Type: CommaDelimitedList
    Default: "pump-1, {EMAIL}"
Resources:
  Fn::ForEach::Things:
    - Name
    - [alpha, beta]
    - Thing${{Name}}:
        Type: AWS::IoT::Thing
        Properties:
          ThingName: !Sub "sensor-${{Name}}"
          AttributePayload:
            Attributes:
              contact: maria.garcia@example.com
  Fn::ForEach::Groups:
    - Owner
    - !Ref Owners
    - Group&{{Owner}}:
        Type: AWS::IoT::ThingGroup
        Properties:
          ThingGroupName: !Ref Owner
  Fn::ForEach::Outer:
    - Env
    - [dev]
    - Fn::ForEach::Inner:
        - Team
        - !Split [",", !ImportValue Teams]
        - Rule${{Env}}${{Team}}:
            Type: AWS::IoT::TopicRule
            Properties:
              TopicRulePayload:
                Sql: "SELECT * FROM 'x'"
                Description: "escalate to +1 415 555 0134"
                Actions: []
  Plain:
    Type: AWS::IoT::Thing
    Properties:
      ThingName: ok-thing
"""


def test_loops_are_expanded_and_reported_at_the_loop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each generated resource is checked (collection values included) and located at its loop."""
    path = tmp_path / "loops.yaml"
    path.write_text(LOOPS)
    code, doc, err = _run([str(path)], capsys)
    found = sorted((f["line"], f["entity_type"], f["path"]) for f in doc["findings"])
    things, groups, outer = (
        _line_of(LOOPS, f"Fn::ForEach::{n}") for n in ("Things", "Groups", "Outer")
    )
    prefix = "Properties.AttributePayload.Attributes"
    assert found == [
        (things, "EMAIL_ADDRESS", f'Resources.Fn::ForEach::Things[#0].{prefix}["contact"]'),
        (things, "EMAIL_ADDRESS", f'Resources.Fn::ForEach::Things[#1].{prefix}["contact"]'),
        (groups, "EMAIL_ADDRESS", "Resources.Fn::ForEach::Groups[#1].Properties.ThingGroupName"),
        (
            outer,
            "PHONE_NUMBER",
            "Resources.Fn::ForEach::Outer[#0].Properties.TopicRulePayload.Description",
        ),
    ]
    assert (code, err, doc["errors"]) == (1, "", [])
    # A generated logical ID carries the collection's values: paths never show it.
    assert "janedoe" not in json.dumps(doc)


def test_a_loop_without_type_is_no_longer_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real loop template, without AWSTemplateFormatVersion, is still a template."""
    text = (REAL / "cloudformation" / "fn-foreach-ddb.yaml").read_text()
    path = tmp_path / "loop.yaml"
    path.write_text(text.replace('AWSTemplateFormatVersion: "2010-09-09"\n', ""))
    code, doc, err = _run([str(path)], capsys)
    assert (code, err, doc["templates"], doc["errors"]) == (0, "", 1, [])


def test_a_malformed_loop_is_one_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A loop that is not [identifier, collection, template] is reported, never by its name."""
    path = tmp_path / "bad.yaml"
    path.write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
        f"  Fn::ForEach::{EMAIL.replace('@', '').replace('.', '')}: [x]\n"
        "  T: {Type: AWS::IoT::Thing, Properties: {ThingName: ok}}\n"
    )
    code, doc, err = _run([str(path)], capsys)
    assert code == 2 and doc["templates"] == 1
    assert "Fn::ForEach loop is not [identifier, collection, template]" in err
    assert "janedoe" not in err


def test_sam_iot_rule_event_sql_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A SAM function's IoTRule event is the topic rule it becomes: its Sql is checked there."""
    text = (REAL / "sam" / "iot_backend.template.yaml").read_text()
    planted = text.replace("FROM 'iot2ddb'", f"FROM 'iot2ddb' WHERE owner = '{EMAIL}'")
    path = tmp_path / "template.yaml"
    path.write_text(planted)
    code, doc, _ = _run([str(path)], capsys)
    ((finding,),) = [doc["findings"]]
    assert finding["line"] == _line_of(planted, "Sql:")
    assert (
        finding["entity_type"] == "EMAIL_ADDRESS"
        and finding["resource_type"] == "AWS::IoT::TopicRule"
    )
    assert finding["path"] == "Resources.IoTFunctionIoT.Properties.TopicRulePayload.Sql"
    assert code == 1


def test_cdk_out_templates_are_checked_and_the_rest_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """cdk.out: the synthesized template is checked like any other; manifests are skipped."""
    text = (REAL / "cdk" / "cdk.out" / "IoTHttpsActionTestStack.template.json").read_text()
    planted = text.replace('"value1"', f'"{EMAIL}"').replace(
        '"https://example.com/batch"', '"https://admin:S3cretPassw0rd@example.com/batch"'
    )
    out = tmp_path / "cdk.out"
    out.mkdir()
    (out / "IoTHttpsActionTestStack.template.json").write_text(planted)
    (out / "manifest.json").write_text(json.dumps({"version": "41.0.0", "artifacts": {}}))
    (out / "tree.json").write_text(json.dumps({"version": "tree-0.1", "tree": {"id": "App"}}))
    (out / "cdk.out").write_text(json.dumps({"version": "41.0.0"}))
    code, doc, err = _run([str(tmp_path)], capsys)
    found = sorted((f["line"], f["entity_type"]) for f in doc["findings"])
    assert found == [
        (_line_of(planted, EMAIL), "EMAIL_ADDRESS"),
        (_line_of(planted, "admin:"), "URL_CREDENTIALS"),
    ]
    assert (code, err, doc["templates"], len(doc["skipped_files"])) == (1, "", 1, 2)


def test_preprocessor_modules_and_broken_resources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Rain module resource is left out (no error); a resource that is no mapping is one."""
    rain = tmp_path / "rain.json"
    rain.write_text(
        json.dumps(
            {
                "Resources": {
                    "Network": {"Type": {"Rain::Module": "modules/vpc.yml"}},
                    "T": {"Type": "AWS::IoT::Thing", "Properties": {"ThingName": EMAIL}},
                }
            },
            indent=1,
        )
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text("Resources:\n  T:\n    Type: AWS::IoT::Thing\n  Bad: just text\n")
    code, doc, err = _run([str(tmp_path)], capsys)
    assert [(Path(f["file"]).name, f["entity_type"]) for f in doc["findings"]] == [
        ("rain.json", "EMAIL_ADDRESS")
    ]
    assert code == 1 and doc["templates"] == 2
    assert (
        err.strip()
        == f"scrub-check: {broken}: CloudFormation template: Resources: item 1 has no Type"
    )


def test_sam_event_whose_rule_name_is_taken_is_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SAM's name for the event's rule already used by a resource: the Sql is checked anyway."""
    text = (REAL / "sam" / "iot_backend.template.yaml").read_text()
    planted = text.replace("FROM 'iot2ddb'", f"FROM 'iot2ddb' WHERE owner = '{EMAIL}'") + (
        "  IoTFunctionIoT:\n    Type: AWS::IoT::Thing\n    Properties: {ThingName: pump}\n"
    )
    path = tmp_path / "template.yaml"
    path.write_text(planted)
    code, doc, _ = _run([str(path)], capsys)
    assert [(f["line"], f["entity_type"]) for f in doc["findings"]] == [
        (_line_of(planted, "Sql:"), "EMAIL_ADDRESS")
    ]
    assert code == 1
