"""scrub-check and the customer-managed key rule: payloads, CloudFormation resources
at their lines, text/JSON/SARIF output, --explain."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from scrubber.cli import main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
POSTURE = FIXTURES / "posture"
SARIF_SCHEMA = FIXTURES / "cli" / "sarif-schema-2.1.0.json"
OUTPUT_SCHEMA = FIXTURES / "cli" / "scrub-check-output-v1.schema.json"


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("keys.yaml", "calls.jsonl"):
        shutil.copy(POSTURE / name, tmp_path / name)
    monkeypatch.delenv("FIELDGUARD_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _opt_in(folder: Path, level: str) -> list[str]:
    """--config: the process-wide scrubber keeps the first policy it loaded."""
    path = folder / "fieldguard.toml"
    path.write_text(f'[posture]\nkms = "{level}"\n' if level else "")
    return ["--config", str(path)]


def _findings(doc: dict[str, Any]) -> list[tuple[str, int, str, str | None]]:
    return [
        (Path(f["file"]).name, f["line"], f["path"], f["resource_type"])
        for f in doc["findings"]
        if f["entity_type"] == "NO_CUSTOMER_KEY"
    ]


def test_templates_and_payloads_without_keys_are_reported_at_their_lines(files: Path) -> None:
    config = _opt_in(files, "block")
    code, text = _run([*config, "--format", "json", "keys.yaml", "calls.jsonl"])
    doc = json.loads(text)
    jsonschema.Draft202012Validator(json.loads(OUTPUT_SCHEMA.read_text())).validate(doc)
    assert code == 1
    assert _findings(doc) == [
        # Resources at their logical IDs' lines; the keyed dataset and the IoT thing pass.
        (
            "keys.yaml",
            3,
            "Resources.Sales.Properties.EncryptionConfig.KMSKeyArn",
            "AWS::Forecast::Dataset",
        ),
        ("keys.yaml", 20, "Resources.Recs.Properties.KmsKeyArn", "AWS::Personalize::DatasetGroup"),
        (
            "keys.yaml",
            24,
            "Resources.Detector.Properties.KmsKeyArn",
            "AWS::LookoutMetrics::AnomalyDetector",
        ),
        ("calls.jsonl", 1, "kmsKeyArn", None),
        ("calls.jsonl", 3, "KmsKeyArn", None),
        ("calls.jsonl", 4, "DataSource.S3Config.KMSKeyArn", None),
    ]
    assert {f["action"] for f in doc["findings"]} == {"block"}


def test_kms_off_by_default_reports_nothing(files: Path) -> None:
    config = _opt_in(files, "")
    code, text = _run([*config, "--format", "json", "keys.yaml", "calls.jsonl"])
    assert code == 0 and json.loads(text)["findings"] == []


def test_text_output_names_member_and_rule_never_values(files: Path) -> None:
    config = _opt_in(files, "warn")
    code, text = _run([*config, "keys.yaml", "calls.jsonl"])
    assert code == 1
    assert "keys.yaml:20:3: Resources.Recs.Properties.KmsKeyArn: NO_CUSTOMER_KEY" in text
    assert "-> warn" in text
    for value in ("arn:aws:kms", "arn:aws:iam", "s3://bucket", "KeyArn\n"):
        assert value not in text


def test_sarif_has_a_posture_rule_quoting_the_advice(files: Path) -> None:
    config = _opt_in(files, "block")
    code, text = _run([*config, "--format", "sarif", "keys.yaml"])
    assert code == 1
    doc = json.loads(text)
    jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text())).validate(doc)
    [rule] = doc["runs"][0]["tool"]["driver"]["rules"]
    assert rule["id"] == "NO_CUSTOMER_KEY"
    assert "Use AWS encryption solutions" in rule["help"]["text"]
    assert rule["helpUri"].startswith("https://docs.aws.amazon.com/")
    results = doc["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results] == [
        3,
        20,
        24,
    ]
    assert {r["level"] for r in results} == {"error"}


def test_explain_shows_which_member_carries_the_key() -> None:
    code, text = _run(["--explain", "forecast", "create-dataset"])
    assert code == 0
    assert "forecast CreateDataset: 1 member(s) carry a KMS key" in text
    assert "  EncryptionConfig.KMSKeyArn  KMSKeyArn" in text
    code, text = _run(["--explain", "iottwinmaker", "CreateWorkspace"])
    assert "iottwinmaker CreateWorkspace: no member carries a KMS key" in text


def test_fix_redacts_data_beside_a_missing_key(files: Path) -> None:
    """A missing key is reported, not a reason to leave personal data unredacted."""
    config = _opt_in(files, "block")
    calls = files / "calls.jsonl"
    planted = '{"service": "personalize", "operation": "CreateDatasetGroup", '
    planted += '"params": {"name": "jane.doe@example.com recs"}}\n'
    calls.write_text(planted)
    code, text = _run([*config, "--fix", str(calls)])
    assert code == 1
    assert "1 customer-managed KMS key(s) missing" in text
    written = (files / "calls.redacted.jsonl").read_text()
    assert "jane.doe" not in written and '"name": "email_' in written


def test_terraform_resources_without_keys_are_reported_at_their_lines(files: Path) -> None:
    shutil.copy(POSTURE / "keys.tf", files / "keys.tf")
    config = _opt_in(files, "block")
    code, text = _run([*config, "--format", "json", "keys.tf"])
    assert code == 1
    assert _findings(json.loads(text)) == [
        # The keyed dataset (a variable), the detector (a reference) and the thing pass.
        (
            "keys.tf",
            5,
            "resource.awscc_forecast_dataset.sales.encryption_config.kms_key_arn",
            "awscc_forecast_dataset",
        ),
        (
            "keys.tf",
            24,
            "resource.awscc_personalize_dataset_group.recs.kms_key_arn",
            "awscc_personalize_dataset_group",
        ),
    ]
    assert "arn:aws:iam" not in text
