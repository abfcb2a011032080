"""Posture in the library: the [tool.fieldguard.posture] table and the model-driven
customer-managed key rule in scrub()."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

from scrubber import ConfigError, Policy, Scrubber, SensitiveDataError, load_policy
from scrubber.policy import Posture, policy_from_table
from scrubber.posture.kms import carriers, explain, missing_keys, operations_with_keys
from scrubber.posture.transport import accepts_below_minimum

KEY = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
ROLE = "arn:aws:iam::123456789012:role/r"
DATASET: dict[str, Any] = {
    "DatasetName": "weekly_sales",
    "Domain": "RETAIL",
    "DatasetType": "TARGET_TIME_SERIES",
    "Schema": {"Attributes": [{"AttributeName": "item_id", "AttributeType": "string"}]},
}


# -- policy ------------------------------------------------------------------


def test_posture_defaults_keep_todays_behaviour_but_tls_warns() -> None:
    assert Policy().posture == Posture("warn", "off", "off")
    assert Policy().posture.allow_plain_http == {"127.0.0.1", "localhost", "::1"}


def test_posture_table_is_read_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.fieldguard.posture]\ntls = "block"\nfips = "warn"\nkms = "block"\n'
        'allow_plain_http = ["LocalStack.internal", "[::1]"]\n'
    )
    posture = load_policy(tmp_path / "pyproject.toml").posture
    assert (posture.tls, posture.fips, posture.kms) == ("block", "warn", "block")
    assert posture.allow_plain_http == {"localstack.internal", "::1"}


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ({"posture": {"tls": "strict"}}, "'posture.tls' must be one of off, warn, block"),
        ({"posture": {"kms": True}}, "'posture.kms' must be one of"),
        ({"posture": {"tsl": "block"}}, "unknown key 'posture.tsl'"),
        ({"posture": {"allow_plain_http": "localhost"}}, "'posture.allow_plain_http' must be"),
        ({"posture": {"allow_plain_http": [""]}}, "'posture.allow_plain_http' must be"),
        ({"posture": "block"}, "'posture' must be a table"),
    ],
)
def test_bad_posture_settings_raise_config_error_naming_the_key(
    table: dict[str, Any], named: str
) -> None:
    with pytest.raises(ConfigError, match=named):
        policy_from_table(table)


def test_per_call_table_lays_over_the_posture() -> None:
    base = policy_from_table({"posture": {"tls": "block", "kms": "warn"}})
    merged = base.merged({"posture": {"kms": "block"}})
    assert (merged.posture.tls, merged.posture.kms) == ("block", "block")


# -- which members carry a key: read from the model ---------------------------------


def test_carriers_are_found_at_any_depth() -> None:
    assert [str(c.path) for c in carriers("forecast", "CreateDataset")] == [
        "EncryptionConfig.KMSKeyArn"
    ]
    assert [str(c.path) for c in carriers("personalize", "CreateBatchInferenceJob")] == [
        "jobInput.s3DataSource.kmsKeyArn",
        "jobOutput.s3DataDestination.kmsKeyArn",
    ]
    assert [str(c.path) for c in carriers("lookoutmetrics", "CreateAnomalyDetector")] == [
        "KmsKeyArn"
    ]


def test_only_create_calls_are_asked_for_a_key() -> None:
    """Update calls carry a key too, but leaving it out there changes nothing."""
    assert carriers("lookoutmetrics", "UpdateAnomalyDetector")
    assert missing_keys("lookoutmetrics", "UpdateAnomalyDetector", {}) == []
    assert "not a Create call" in explain("lookoutmetrics", "UpdateAnomalyDetector")


def test_services_without_a_key_member_have_no_operations() -> None:
    assert operations_with_keys("iot") == []
    assert operations_with_keys("iottwinmaker") == []
    assert "no member carries a KMS key" in explain("iot", "CreateThing")


def test_optional_parts_a_call_does_not_use_ask_for_nothing() -> None:
    """Forecast's CreateForecast takes a key only inside TimeSeriesSelector's data source."""
    assert carriers("forecast", "CreateForecast")
    assert missing_keys("forecast", "CreateForecast", {"ForecastName": "f"}) == []


def test_a_structure_that_exists_for_the_key_is_asked_for_when_left_out() -> None:
    paths = [str(p) for _, p in missing_keys("forecast", "CreateDataset", DATASET)]
    assert paths == ["EncryptionConfig.KMSKeyArn"]
    given = {**DATASET, "EncryptionConfig": {"RoleArn": ROLE, "KMSKeyArn": KEY}}
    assert missing_keys("forecast", "CreateDataset", given) == []


def test_a_required_data_source_is_asked_for_its_key() -> None:
    params = {"DataSource": {"S3Config": {"Path": "s3://b/k", "RoleArn": ROLE}}}
    found = [str(p) for _, p in missing_keys("forecast", "CreateDatasetImportJob", params)]
    assert found == ["DataSource.S3Config.KMSKeyArn"]


# -- scrub() ---------------------------------------------------------------------


def test_scrub_blocks_a_create_call_without_a_key_under_kms_block(scrubber: Scrubber) -> None:
    with pytest.raises(SensitiveDataError) as caught:
        scrubber.scrub(
            {"name": "recs"},
            service="personalize",
            operation="CreateDatasetGroup",
            policy={"posture": {"kms": "block"}},
        )
    [finding] = caught.value.findings
    assert (finding.path, finding.entity_type, finding.action) == (
        "kmsKeyArn",
        "NO_CUSTOMER_KEY",
        "block",
    )


def test_scrub_passes_the_call_with_a_key(scrubber: Scrubber) -> None:
    result = scrubber.scrub(
        {"name": "recs", "roleArn": ROLE, "kmsKeyArn": KEY},
        service="personalize",
        operation="CreateDatasetGroup",
        policy={"posture": {"kms": "block"}},
    )
    assert result.findings == []


def test_scrub_reports_under_warn_and_never_carries_values(scrubber: Scrubber) -> None:
    result = scrubber.scrub(
        {"AnomalyDetectorName": "jane.doe@example.com", "AnomalyDetectorConfig": {}},
        service="lookoutmetrics",
        operation="CreateAnomalyDetector",
        mode="report",
        policy={"posture": {"kms": "warn"}},
    )
    posture = [f for f in result.findings if f.entity_type == "NO_CUSTOMER_KEY"]
    assert [(f.path, f.action, f.start, f.end) for f in posture] == [("KmsKeyArn", "warn", 0, 0)]
    assert "jane.doe" not in repr(result) and "jane.doe" not in posture[0].describe()


def test_scrub_without_opting_in_reports_no_key(scrubber: Scrubber) -> None:
    result = scrubber.scrub({"name": "recs"}, service="personalize", operation="CreateDatasetGroup")
    assert result.findings == []


# -- TLS versions a context accepts ----------------------------------------------


def test_default_context_accepts_nothing_below_tls12() -> None:
    import ssl

    assert accepts_below_minimum(ssl.create_default_context()) == ""
    lowered = ssl.create_default_context()
    lowered.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    assert accepts_below_minimum(lowered) == "TLS 1.0"
    with warnings.catch_warnings():  # the OP_NO_TLS* options are deprecated; still honoured
        warnings.simplefilter("ignore", DeprecationWarning)
        lowered.options |= ssl.OP_NO_TLSv1
    assert accepts_below_minimum(lowered) == "TLS 1.1"


# -- Terraform (awscc provider): the same rule over HCL resource bodies ------------------


def test_terraform_resources_without_keys_are_found_in_snake_case() -> None:
    from scrubber.posture.templates import terraform_key_findings, terraform_type

    assert terraform_type("AWS::LookoutMetrics::AnomalyDetector") == (
        "awscc_lookoutmetrics_anomaly_detector"
    )
    resources = [
        ("awscc_forecast_dataset", "sales", {"encryption_config": [{"role_arn": ROLE}]}),
        (
            "awscc_forecast_dataset",
            "keyed",
            {"encryption_config": [{"role_arn": ROLE, "kms_key_arn": "${aws_kms_key.k.arn}"}]},
        ),
        ("awscc_personalize_dataset_group", "recs", {"name": "recs"}),
        ("awscc_lookoutmetrics_anomaly_detector", "revenue", {"kms_key_arn": "${var.key}"}),
        ("awscc_iot_thing", "pump", {"thing_name": "pump"}),
        ("aws_s3_bucket", "logs", {}),
    ]
    found = terraform_key_findings(resources, "warn")
    assert [(r.finding.path, r.finding.action, r.resource_path[2]) for r in found] == [
        ("resource.awscc_forecast_dataset.sales.encryption_config.kms_key_arn", "warn", "sales"),
        ("resource.awscc_personalize_dataset_group.recs.kms_key_arn", "warn", "recs"),
    ]
    assert terraform_key_findings(resources, "off") == []
