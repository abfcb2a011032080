"""Terraform: .tf files (AWS and Cloud Control providers) and plan JSON, checked as API calls.

Real files of the awscc provider's examples (tests/fixtures/real/terraform,
sources in SOURCES.md) are checked as they are, then with values planted;
the AWS provider's IoT resources are written here. Each planted value must
be reported with its file, line and column; nothing else.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from scrubber.cli import main

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real" / "terraform"
EMAIL = "jane.doe@example.com"
PHONE = "+1 415 555 0134"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any], str]:
    out = io.StringIO()
    code = main(["--no-progress", "--format", "json", *argv], out=out)
    return code, json.loads(out.getvalue()), capsys.readouterr().err


def _where(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the string literal (its opening quote) holding needle."""
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            at = line.index(needle)
            quote = line.rfind('"', 0, at)
            return n, (quote if quote >= 0 else at) + 1
    raise AssertionError(needle)


def _found(doc: dict[str, Any]) -> list[tuple[str, int, int, str]]:
    return sorted(
        (Path(f["file"]).name, f["line"], f["column"], f["entity_type"]) for f in doc["findings"]
    )


def test_real_awscc_examples_are_clean(capsys: pytest.CaptureFixture[str]) -> None:
    """The provider's own examples: resources recognized, no finding, no error."""
    code, doc, err = _run([str(REAL)], capsys)
    assert (code, err, doc["errors"], doc["findings"]) == (0, "", [], [])
    assert doc["terraform"] == 5 and doc["terraform_resources"] == 11


def test_planted_values_in_awscc_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """awscc_* resources are CloudFormation's: descriptions, attributes, tags, rule URLs."""
    shutil.copytree(REAL / "awscc", tmp_path / "awscc")
    group = tmp_path / "awscc" / "iot_thing_group.tf"
    text = group.read_text()
    text = text.replace(
        '"Example IoT Thing Group created by AWSCC provider"', f'"owner {EMAIL}"', 1
    )
    text = text.replace('"Project"     = "Demo"', f'"Project"     = "call {PHONE}"', 1)
    text = text.replace('value = "AWSCC"', 'value = "maria.garcia@example.com"', 1)
    group.write_text(text)
    rule = tmp_path / "awscc" / "iot_topic_rule.tf"
    rule_text = rule.read_text().replace(
        "    actions = [{\n",
        "    actions = [{\n"
        '      http = {\n        url = "https://admin:S3cretPassw0rd@hooks.example.com/in"\n'
        "      }\n",
    )
    rule.write_text(rule_text)
    code, doc, err = _run([str(tmp_path)], capsys)
    assert _found(doc) == sorted(
        [
            ("iot_thing_group.tf", *_where(text, EMAIL), "EMAIL_ADDRESS"),
            ("iot_thing_group.tf", *_where(text, PHONE), "PHONE_NUMBER"),
            ("iot_thing_group.tf", *_where(text, "maria.garcia"), "EMAIL_ADDRESS"),
            ("iot_topic_rule.tf", *_where(rule_text, "admin:"), "URL_CREDENTIALS"),
        ]
    )
    kinds = {f["path"]: f["field_kind"] for f in doc["findings"]}
    assert (
        kinds["resource.awscc_iot_topic_rule.example.topic_rule_payload.actions[0].http.url"]
        == "url"
    )
    assert kinds["resource.awscc_iot_thing_group.example.tags[0].value"] == "tag_value"
    assert (code, err) == (1, "")


AWS_MAIN = f"""\
locals {{
  site  = "plant-7"
  owner = "{EMAIL}"
}}

resource "aws_iot_thing" "pump" {{
  name = "${{local.site}}-pump"
  attributes = {{
    contact = local.owner
    "{PHONE}" = "on call"
  }}
}}

resource "aws_iot_topic_rule" "forward" {{
  name        = "forward_${{var.stage}}"
  description = "Forwards ${{data.aws_region.current.name}} data"
  enabled     = true
  sql         = "SELECT * FROM 'plant/+/data'"
  sql_version = "2016-03-23"

  http {{
    url = "https://ops:hunter2hunter2@hooks.example.com/iot"
    http_header {{
      key   = "Authorization"
      value = "Basic b3BzOmh1bnRlcjJodW50ZXIy"
    }}
  }}

  error_action {{
    sns {{
      message_format = "RAW"
      role_arn       = aws_iam_role.role.arn
      target_arn     = aws_sns_topic.errors.arn
    }}
  }}

  tags = {{
    Owner = var.owner
    Team  = "ops"
  }}
}}

resource "aws_s3_bucket" "other" {{
  bucket = "{EMAIL}"
}}
"""
AWS_VARIABLES = """\
variable "owner" {
  type    = string
  default = "Maria Garcia <maria.garcia@example.com>"
}

variable "stage" {
  type = string
}
"""


def test_aws_provider_iot_resources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """aws_iot_*: http.url is a url, headers and tags checked; variables and locals followed."""
    (tmp_path / "main.tf").write_text(AWS_MAIN)
    (tmp_path / "variables.tf").write_text(AWS_VARIABLES)
    code, doc, err = _run([str(tmp_path)], capsys)
    found = _found(doc)
    assert ("main.tf", *_where(AWS_MAIN, EMAIL), "EMAIL_ADDRESS") in found  # local.owner
    assert ("main.tf", *_where(AWS_MAIN, PHONE), "PHONE_NUMBER") in found  # a map key
    assert ("main.tf", *_where(AWS_MAIN, "ops:hunter2"), "URL_CREDENTIALS") in found
    assert ("main.tf", *_where(AWS_MAIN, "Basic "), "AUTH_HEADER") in found
    assert ("variables.tf", *_where(AWS_VARIABLES, "maria.garcia"), "EMAIL_ADDRESS") in found
    assert not [f for f in found if f[1] == _where(AWS_MAIN, "bucket")[0]]  # S3: not ours
    paths = {f["path"]: f["field_kind"] for f in doc["findings"]}
    assert paths["resource.aws_iot_topic_rule.forward.http[0].url"] == "url"
    assert paths["variable.owner.default"] == "tag_value"
    assert paths["locals.owner"] == "free_text"
    assert (code, err, doc["terraform_resources"]) == (1, "", 2)
    assert EMAIL not in json.dumps(doc) and "hunter2" not in json.dumps(doc)


def test_broken_tf_is_an_error_only_when_it_declares_our_resources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unreadable HCL: an error for an IoT resource file, skipped otherwise."""
    (tmp_path / "iot.tf").write_text('resource "aws_iot_thing" "x" {\n  name = \n}\n')
    (tmp_path / "other.tf").write_text('resource "aws_s3_bucket" "x" {\n  bucket = [\n}\n')
    code, doc, err = _run([str(tmp_path)], capsys)
    assert code == 2 and len(doc["errors"]) == 1 and len(doc["skipped_files"]) == 1
    assert doc["errors"][0]["file"].endswith("iot.tf") and "not valid HCL" in err


PLAN = {
    "format_version": "1.2",
    "terraform_version": "1.9.5",
    "planned_values": {
        "root_module": {
            "resources": [
                {
                    "address": "aws_iot_thing.pump",
                    "mode": "managed",
                    "type": "aws_iot_thing",
                    "name": "pump",
                    "values": {
                        "name": "plant-7-pump",
                        "attributes": {"contact": EMAIL},
                        "thing_type_name": None,
                    },
                }
            ],
            "child_modules": [
                {
                    "address": "module.rules",
                    "resources": [
                        {
                            "address": "module.rules.awscc_iot_topic_rule.forward",
                            "mode": "managed",
                            "type": "awscc_iot_topic_rule",
                            "name": "forward",
                            "values": {
                                "rule_name": "forward",
                                "tags": [{"key": "owner", "value": PHONE}],
                                "topic_rule_payload": {
                                    "sql": "SELECT * FROM 'x'",
                                    "actions": [
                                        {"http": {"url": "https://a:S3cretPassw0rd@h.example.com"}}
                                    ],
                                },
                            },
                        }
                    ],
                }
            ],
        }
    },
    "configuration": {"root_module": {"variables": {"owner": {"default": EMAIL}}}},
}


def test_plan_json_uses_resolved_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """terraform show -json: planned values checked, located at their line in the plan."""
    path = tmp_path / "plan.json"
    text = json.dumps(PLAN, indent=2)
    path.write_text(text)
    code, doc, err = _run([str(tmp_path)], capsys)
    lines = sorted((f["line"], f["entity_type"]) for f in doc["findings"])
    assert lines == sorted(
        [
            (_where(text, EMAIL)[0], "EMAIL_ADDRESS"),
            (_where(text, PHONE)[0], "PHONE_NUMBER"),
            (_where(text, "S3cret")[0], "URL_CREDENTIALS"),
        ]
    )
    assert (code, err, doc["terraform"], doc["terraform_resources"]) == (1, "", 1, 2)


def test_tfvars_values_are_followed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """terraform.tfvars gives the variable a value: checked where it is written."""
    (tmp_path / "main.tf").write_text(
        'variable "owner" {}\nresource "aws_iot_thing_group" "g" {\n'
        '  name = "fleet"\n  tags = { Owner = var.owner }\n}\n'
    )
    (tmp_path / "terraform.tfvars").write_text(f'owner = "{EMAIL}"\n')
    (tmp_path / "other.tfvars").write_text('owner = "maria.garcia@example.com"\n')  # not loaded
    code, doc, err = _run([str(tmp_path)], capsys)
    assert _found(doc) == [("terraform.tfvars", 1, 9, "EMAIL_ADDRESS")]
    assert (code, err) == (1, "")


def test_terraform_json_syntax(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """main.tf.json (and CDK for Terraform's cdk.tf.json): resources and ${var.x} followed."""
    config = {
        "variable": {"contact": {"default": EMAIL}},
        "resource": {
            "aws_iot_thing": {
                "pump": {"name": "pump-7", "attributes": {"contact": "${var.contact}"}}
            },
            "aws_iot_topic_rule": {
                "fwd": {
                    "name": "fwd",
                    "sql": "SELECT * FROM 'a'",
                    "enabled": True,
                    "sql_version": "2016-03-23",
                    "http": [{"url": "https://u:S3cretPassw0rd@h.example.com/${var.path}"}],
                }
            },
            "aws_s3_bucket": {"b": {"bucket": "maria.garcia@example.com"}},
        },
    }
    text = json.dumps(config, indent=2)
    (tmp_path / "cdk.tf.json").write_text(text)
    code, doc, err = _run([str(tmp_path)], capsys)
    assert sorted((f["line"], f["entity_type"]) for f in doc["findings"]) == [
        (_where(text, EMAIL)[0], "EMAIL_ADDRESS"),
        (_where(text, "S3cret")[0], "URL_CREDENTIALS"),
    ]
    assert (code, err, doc["terraform"], doc["terraform_resources"]) == (1, "", 1, 2)


FOR_EACH = f"""\
variable "owners" {{
  default = {{
    pump = "Maria Garcia"
  }}
}}
resource "aws_iot_thing" "things" {{
  for_each = toset(["alpha", "{EMAIL}"])
  name     = "sensor-${{each.value}}"
}}
resource "aws_iot_thing_group" "groups" {{
  for_each = var.owners
  name     = each.key
  properties {{
    description = "owned by ${{each.value}}"
  }}
}}
resource "aws_iot_thing_type" "unused" {{
  for_each = toset(["{PHONE}"])
  name     = "fixed"
}}
"""


def test_for_each_values_reach_the_fields_that_use_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """each.key / each.value stand for the for_each collection, checked as the field using it."""
    (tmp_path / "main.tf").write_text(FOR_EACH)
    code, doc, err = _run([str(tmp_path)], capsys)
    found = sorted(
        (f["line"], f["column"], f["entity_type"], f["field_kind"]) for f in doc["findings"]
    )
    assert found == [
        (*_where(FOR_EACH, "Maria"), "PERSON", "name"),
        (*_where(FOR_EACH, EMAIL), "EMAIL_ADDRESS", "name"),
    ]
    assert (code, err) == (1, "")


def test_types_of_our_services_missing_from_the_tables_are_checked_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A newer aws_iot_* or awscc_* type fails closed: its attributes classified by name."""
    text = (
        'resource "aws_iot_indexing_configuration" "idx" {\n'
        "  thing_indexing_configuration {\n"
        f'    custom_field {{\n      name = "{EMAIL}"\n    }}\n  }}\n}}\n'
        'resource "awscc_personalize_brand_new" "n" {\n'
        f'  description = "call {PHONE}"\n}}\n'
        'resource "aws_s3_bucket" "b" {\n'
        f'  bucket = "{EMAIL}"\n}}\n'
    )
    (tmp_path / "main.tf").write_text(text)
    code, doc, err = _run([str(tmp_path)], capsys)
    assert _found(doc) == [
        ("main.tf", *_where(text, EMAIL), "EMAIL_ADDRESS"),
        ("main.tf", *_where(text, PHONE), "PHONE_NUMBER"),
    ]
    assert (code, err, doc["terraform_resources"]) == (1, "", 2)


def test_provider_default_tags_are_tags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """default_tags go on every resource of the provider, IoT's included."""
    text = (
        'provider "aws" {\n  region = "eu-west-1"\n  default_tags {\n    tags = {\n'
        f'      Owner = "{EMAIL}"\n      Team  = "ops"\n    }}\n  }}\n}}\n'
    )
    (tmp_path / "providers.tf").write_text(text)
    code, doc, err = _run([str(tmp_path)], capsys)
    assert [(f["line"], f["field_kind"]) for f in doc["findings"]] == [
        (_where(text, EMAIL)[0], "tag_value")
    ]
    assert (code, err) == (1, "")


def test_module_inputs_are_followed_into_a_local_child(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A module call's literal inputs reach the child's IoT resources: reported in the call."""
    call = (
        'module "pump" {\n  source     = "./modules/thing"\n  thing_name = "jane_doe_pump"\n'
        f'  owner      = "{EMAIL}"\n  unused     = "{PHONE}"\n}}\n'
    )
    child = (
        'variable "thing_name" {}\nvariable "owner" {}\nvariable "unused" {}\n'
        'locals {\n  full = "${var.thing_name}-01"\n}\n'
        'resource "aws_iot_thing" "t" {\n  name = local.full\n'
        "  attributes = {\n    owner = var.owner\n  }\n}\n"
    )
    (tmp_path / "main.tf").write_text(call)
    (tmp_path / "modules" / "thing").mkdir(parents=True)
    (tmp_path / "modules" / "thing" / "main.tf").write_text(child)
    code, doc, err = _run([str(tmp_path)], capsys)
    assert _found(doc) == [
        ("main.tf", *_where(call, "jane_doe"), "PERSON"),
        ("main.tf", *_where(call, EMAIL), "EMAIL_ADDRESS"),
    ]
    assert sorted(f["path"] for f in doc["findings"]) == [
        "module.pump.owner",
        "module.pump.thing_name",
    ]
    assert (code, err) == (1, "")


def test_a_bug_reading_one_tf_file_spares_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception of ours on one .tf file: an internal error for it alone, value-free."""
    from scrubber.producers import terraform

    def broken(*args: object) -> object:
        raise RuntimeError(EMAIL)

    monkeypatch.setattr(terraform, "check_tf", broken)
    (tmp_path / "main.tf").write_text('resource "aws_iot_thing" "t" {\n  name = "x"\n}\n')
    (tmp_path / "stack.yaml").write_text(
        f"Resources:\n  T:\n    Type: AWS::IoT::Thing\n    Properties: {{ThingName: {EMAIL}}}\n"
    )
    code, doc, err = _run([str(tmp_path)], capsys)
    assert code == 3 and len(doc["findings"]) == 1
    assert (
        err.strip()
        == f"scrub-check: {tmp_path / 'main.tf'}: internal error (RuntimeError); please report it"
    )
