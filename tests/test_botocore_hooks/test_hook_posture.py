"""Posture in the hook: real clients against loopback servers (plain HTTP, TLS 1.2+,
TLS 1.0 only, self-signed), FIPS endpoints, and customer-managed keys per service."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.exceptions
import pytest
from botocore.awsrequest import AWSResponse
from botocore.config import Config
from posture_tls import HOST, Certificate, lower_client_to_tls10, self_signed, server_context
from wire_endpoints import REGION, client_config
from wire_server import RecordingServer

import botocore_hooks
from scrubber.errors import PostureError, SensitiveDataError

pytest_plugins = ("hook_fixtures",)

GROUP = {"DatasetGroupName": "sales_weekly", "Domain": "RETAIL"}
BLOCK_TLS = {"posture": {"tls": "block"}}


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return self_signed(tmp_path_factory.mktemp("posture-tls"))


def _server(**kwargs: Any) -> Iterator[RecordingServer]:
    server = RecordingServer(("forecast",), **kwargs).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def plain_server() -> Iterator[RecordingServer]:
    yield from _server(host=HOST)


@pytest.fixture(scope="module")
def tls_server(certificate: Certificate) -> Iterator[RecordingServer]:
    yield from _server(host=HOST, tls=server_context(certificate))


@pytest.fixture(scope="module")
def tls10_server(certificate: Certificate) -> Iterator[RecordingServer]:
    yield from _server(host=HOST, tls=server_context(certificate, tls10_only=True))


@pytest.fixture
def servers(
    fake_aws: Path,
    plain_server: RecordingServer,
    tls_server: RecordingServer,
    tls10_server: RecordingServer,
) -> None:
    for server in (plain_server, tls_server, tls10_server):
        server.reset()


def _client(server: RecordingServer, *, verify: Any = None, session: Any = None) -> Any:
    return (session or boto3.Session()).client(
        "forecast",
        region_name=REGION,
        endpoint_url=server.url("forecast"),
        config=client_config("forecast"),
        verify=verify,
    )


# -- transport ---------------------------------------------------------------


@pytest.mark.usefixtures("servers")
def test_plain_http_to_a_non_exempt_host_sends_nothing_under_block(
    plain_server: RecordingServer,
) -> None:
    """http:// to 127.0.0.2 is refused before any byte is sent; the error names the rule."""
    client = _client(plain_server)
    botocore_hooks.install(client, policy=BLOCK_TLS)
    with pytest.raises(PostureError) as caught:
        client.create_dataset_group(**{**GROUP, "DatasetGroupName": "jane.doe@example.com"})
    assert plain_server.recorded() == []
    message = str(caught.value)
    assert "INSECURE_TRANSPORT" in message and "plain HTTP" in message
    assert "jane.doe" not in message
    assert isinstance(caught.value, botocore.exceptions.ParamValidationError)


@pytest.mark.usefixtures("servers")
def test_plain_http_host_listed_in_allow_plain_http_is_sent(plain_server: RecordingServer) -> None:
    client = _client(plain_server)
    policy = {"posture": {"tls": "block", "allow_plain_http": [HOST]}}
    botocore_hooks.install(client, policy=policy)
    client.create_dataset_group(**GROUP)
    assert [r.operation for r in plain_server.recorded()] == ["CreateDatasetGroup"]


@pytest.mark.usefixtures("servers")
def test_default_policy_warns_once_per_client_and_sends(
    plain_server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    """tls defaults to warn: the call goes, one warning per client names the problem."""
    client = _client(plain_server)
    botocore_hooks.install(client)
    with caplog.at_level(logging.WARNING, logger="fieldguard"):
        client.create_dataset_group(**GROUP)
        client.create_dataset_group(**GROUP)
    assert len(plain_server.recorded()) == 2
    warned = [r for r in caplog.records if "INSECURE_TRANSPORT" in r.getMessage()]
    assert len(warned) == 1 and "plain HTTP" in warned[0].getMessage()


@pytest.mark.usefixtures("servers")
def test_tls12_server_with_verified_certificate_receives_the_call(
    tls_server: RecordingServer, certificate: Certificate
) -> None:
    client = _client(tls_server, verify=str(certificate.cert))
    botocore_hooks.install(client, policy=BLOCK_TLS)
    client.create_dataset_group(**GROUP)
    [got] = tls_server.recorded()
    assert got.operation == "CreateDatasetGroup" and got.problems == ()


@pytest.mark.usefixtures("servers")
def test_tls10_only_server_receives_a_lowered_client_without_the_rule(
    tls10_server: RecordingServer, certificate: Certificate
) -> None:
    """Control: the TLS 1.0 server works, and a lowered client would talk to it."""
    client = _client(tls10_server, verify=str(certificate.cert))
    lower_client_to_tls10(client)
    botocore_hooks.install(client, policy={"posture": {"tls": "off"}})
    client.create_dataset_group(**GROUP)
    assert [r.operation for r in tls10_server.recorded()] == ["CreateDatasetGroup"]


@pytest.mark.usefixtures("servers")
def test_tls10_only_server_never_receives_the_call_under_block(
    tls10_server: RecordingServer, certificate: Certificate
) -> None:
    """A client whose SSL context accepts TLS 1.0 is refused before it connects."""
    client = _client(tls10_server, verify=str(certificate.cert))
    lower_client_to_tls10(client)
    botocore_hooks.install(client, policy=BLOCK_TLS)
    with pytest.raises(PostureError) as caught:
        client.create_dataset_group(**GROUP)
    assert tls10_server.recorded() == []
    assert "TLS 1.0" in str(caught.value) and "minimum_version" in str(caught.value)


@pytest.mark.usefixtures("servers")
def test_tls10_only_server_and_default_client_fail_at_the_handshake(
    tls10_server: RecordingServer, certificate: Certificate
) -> None:
    """With the context's TLS 1.2 floor left alone, the handshake fails: nothing is read."""
    client = _client(tls10_server, verify=str(certificate.cert))
    botocore_hooks.install(client, policy=BLOCK_TLS)
    with pytest.raises(botocore.exceptions.SSLError):
        client.create_dataset_group(**GROUP)
    assert tls10_server.recorded() == []


@pytest.mark.usefixtures("servers")
def test_self_signed_server_with_verification_on_is_refused_by_tls(
    tls_server: RecordingServer,
) -> None:
    """verify on, default CA bundle: the self-signed certificate fails verification."""
    client = _client(tls_server)
    botocore_hooks.install(client, policy=BLOCK_TLS)
    with pytest.raises(botocore.exceptions.SSLError):
        client.create_dataset_group(**GROUP)
    assert tls_server.recorded() == []


@pytest.mark.usefixtures("servers")
def test_verify_false_is_caught_before_sending(tls_server: RecordingServer) -> None:
    client = _client(tls_server, verify=False)
    botocore_hooks.install(client, policy=BLOCK_TLS)
    with pytest.raises(PostureError) as caught:
        client.create_dataset_group(**GROUP)
    assert tls_server.recorded() == []
    assert "verify=False" in str(caught.value)


@pytest.mark.usefixtures("servers")
@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_verify_false_reaches_the_server_when_tls_is_off(tls_server: RecordingServer) -> None:
    """Control for the test above: the unverified client does talk to the server."""
    client = _client(tls_server, verify=False)
    botocore_hooks.install(client, policy={"posture": {"tls": "off"}})
    client.create_dataset_group(**GROUP)
    assert len(tls_server.recorded()) == 1


@pytest.mark.usefixtures("servers")
def test_session_install_checks_the_clients_it_builds(plain_server: RecordingServer) -> None:
    session = boto3.Session()
    botocore_hooks.install(session, policy=BLOCK_TLS)
    client = _client(plain_server, session=session)
    with pytest.raises(PostureError):
        client.create_dataset_group(**GROUP)
    assert plain_server.recorded() == []


@pytest.mark.usefixtures("servers")
def test_process_wide_install_checks_every_new_client(plain_server: RecordingServer) -> None:
    botocore_hooks.install(policy=BLOCK_TLS)
    client = _client(plain_server)
    with pytest.raises(PostureError):
        client.create_dataset_group(**GROUP)
    assert plain_server.recorded() == []


@pytest.mark.usefixtures("servers")
def test_context_lowered_after_the_first_call_is_seen(
    tls_server: RecordingServer, certificate: Certificate
) -> None:
    client = _client(tls_server, verify=str(certificate.cert))
    botocore_hooks.install(client, policy=BLOCK_TLS)
    client.create_dataset_group(**GROUP)
    lower_client_to_tls10(client)
    with pytest.raises(PostureError):
        client.create_dataset_group(**GROUP)
    assert len(tls_server.recorded()) == 1


# -- FIPS ----------------------------------------------------------------------


class _Sent:
    """Answers every call at ``before-call`` (no network) and keeps the URL it had."""

    def __init__(self, client: Any) -> None:
        self.urls: list[str] = []
        client.meta.events.register("before-call", self)

    def __call__(self, params: dict[str, Any], **_: Any) -> tuple[AWSResponse, dict[str, Any]]:
        self.urls.append(params["url"])
        return AWSResponse(params["url"], 200, {}, None), {}


def _aws_client(service: str, **config: Any) -> Any:
    return boto3.Session().client(service, region_name=REGION, config=Config(**config))


FIPS_BLOCK = {"posture": {"fips": "block"}}


@pytest.mark.usefixtures("fake_aws")
def test_non_fips_endpoint_is_refused_naming_the_setting() -> None:
    client = _aws_client("forecast")
    sent = _Sent(client)
    botocore_hooks.install(client, policy=FIPS_BLOCK)
    with pytest.raises(PostureError) as caught:
        client.create_dataset_group(**GROUP)
    assert sent.urls == []
    message = str(caught.value)
    assert "NON_FIPS_ENDPOINT" in message
    assert "use_fips_endpoint" in message and "AWS_USE_FIPS_ENDPOINT" in message


@pytest.mark.usefixtures("fake_aws")
def test_fips_endpoint_from_the_environment_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_USE_FIPS_ENDPOINT", "true")
    client = _aws_client("forecast")
    sent = _Sent(client)
    botocore_hooks.install(client, policy=FIPS_BLOCK)
    client.create_dataset_group(**GROUP)
    assert sent.urls == ["https://forecast-fips.us-east-1.amazonaws.com/"]


@pytest.mark.usefixtures("fake_aws")
def test_service_without_a_fips_endpoint_is_named_as_such() -> None:
    """Personalize has no FIPS endpoint: botocore would build one; fieldguard says so."""
    client = _aws_client("personalize", use_fips_endpoint=True)
    sent = _Sent(client)
    botocore_hooks.install(client, policy=FIPS_BLOCK)
    with pytest.raises(PostureError) as caught:
        client.create_dataset_group(name="recs")
    assert sent.urls == []
    assert "personalize has no FIPS endpoint in region us-east-1" in str(caught.value)


@pytest.mark.usefixtures("fake_aws")
def test_fips_off_by_default_sends_to_the_regular_endpoint() -> None:
    client = _aws_client("forecast")
    sent = _Sent(client)
    botocore_hooks.install(client)
    client.create_dataset_group(**GROUP)
    assert sent.urls == ["https://forecast.us-east-1.amazonaws.com/"]


@pytest.mark.usefixtures("fake_aws")
def test_custom_endpoint_without_fips_is_refused(own_server: RecordingServer) -> None:
    own_server.reset()
    client = boto3.Session().client(
        "forecast", region_name=REGION, endpoint_url=own_server.url("forecast")
    )
    botocore_hooks.install(client, policy=FIPS_BLOCK)
    with pytest.raises(PostureError, match="endpoint_url is not a FIPS endpoint"):
        client.create_dataset_group(**GROUP)
    assert own_server.recorded() == []


# -- customer-managed keys, per service ---------------------------------------------

ROLE = "arn:aws:iam::123456789012:role/fieldguard-test"
# Forecast's model gives EncryptionConfig.RoleArn the pattern of its own ARNs
# (arn:...:forecast:...), which the recording server checks like AWS's model says.
FORECAST_ROLE = "arn:aws:forecast:us-east-1:123456789012:role/fieldguard-test"
KEY = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"

# service -> (method, params without a key, the same with a key, member path of the key)
WITH_KEYS: dict[str, tuple[str, dict[str, Any], dict[str, Any], str]] = {
    "forecast": (
        "create_dataset",
        {
            "DatasetName": "weekly_sales",
            "Domain": "RETAIL",
            "DatasetType": "TARGET_TIME_SERIES",
            "Schema": {"Attributes": [{"AttributeName": "item_id", "AttributeType": "string"}]},
        },
        {"EncryptionConfig": {"RoleArn": FORECAST_ROLE, "KMSKeyArn": KEY}},
        "EncryptionConfig.KMSKeyArn",
    ),
    "personalize": (
        "create_dataset_group",
        {"name": "recs"},
        {"roleArn": ROLE, "kmsKeyArn": KEY},
        "kmsKeyArn",
    ),
    "lookoutmetrics": (
        "create_anomaly_detector",
        {
            "AnomalyDetectorName": "revenue",
            "AnomalyDetectorConfig": {"AnomalyDetectorFrequency": "PT1H"},
        },
        {"KmsKeyArn": KEY},
        "KmsKeyArn",
    ),
}
# No Create call of these takes a KMS key (their models have no such member):
# the rule has nothing to ask for, and their Create calls are sent.
WITHOUT_KEYS: dict[str, tuple[str, dict[str, Any]]] = {
    "iot": ("create_thing", {"thingName": "pump-7"}),
    "iottwinmaker": ("create_workspace", {"workspaceId": "factory-7"}),
}
KMS_BLOCK = {"posture": {"kms": "block"}}


def _own_client(own_server: RecordingServer, service: str) -> Any:
    return boto3.Session().client(
        service,
        region_name=REGION,
        endpoint_url=own_server.url(service),
        config=client_config(service),
    )


@pytest.mark.usefixtures("fake_aws")
@pytest.mark.parametrize("service", sorted(WITH_KEYS))
def test_create_call_without_a_key_is_refused_and_sent_with_one(
    own_server: RecordingServer, service: str
) -> None:
    own_server.reset()
    method, params, key, path = WITH_KEYS[service]
    client = _own_client(own_server, service)
    botocore_hooks.install(client, policy=KMS_BLOCK)
    with pytest.raises(SensitiveDataError) as caught:
        getattr(client, method)(**params)
    assert own_server.recorded(service) == []
    assert f"{path}: NO_CUSTOMER_KEY" in str(caught.value)
    getattr(client, method)(**params, **key)
    [got] = own_server.recorded(service)
    assert got.problems == () and KEY in got.wire.everything()


@pytest.mark.usefixtures("fake_aws")
@pytest.mark.parametrize("service", sorted(WITHOUT_KEYS))
def test_create_call_of_a_service_that_takes_no_key_is_sent(
    own_server: RecordingServer, service: str
) -> None:
    own_server.reset()
    method, params = WITHOUT_KEYS[service]
    client = _own_client(own_server, service)
    botocore_hooks.install(client, policy=KMS_BLOCK)
    getattr(client, method)(**params)
    assert len(own_server.recorded(service)) == 1


@pytest.mark.usefixtures("fake_aws")
def test_kms_warn_sends_and_logs(
    own_server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    own_server.reset()
    method, params, _, path = WITH_KEYS["personalize"]
    client = _own_client(own_server, "personalize")
    botocore_hooks.install(client, policy={"posture": {"kms": "warn"}})
    with caplog.at_level(logging.WARNING, logger="fieldguard"):
        getattr(client, method)(**params)
    assert len(own_server.recorded("personalize")) == 1
    assert any(f"{path}: NO_CUSTOMER_KEY" in r.getMessage() for r in caplog.records)


@pytest.mark.usefixtures("fake_aws")
def test_kms_block_refuses_in_report_mode_too(own_server: RecordingServer) -> None:
    """Report mode is about data; a posture rule set to block still refuses."""
    own_server.reset()
    method, params, _, _ = WITH_KEYS["lookoutmetrics"]
    client = _own_client(own_server, "lookoutmetrics")
    botocore_hooks.install(client, mode="report", policy=KMS_BLOCK)
    with pytest.raises(PostureError):
        getattr(client, method)(**params)
    assert own_server.recorded("lookoutmetrics") == []


@pytest.mark.usefixtures("fake_aws")
def test_kms_off_by_default(own_server: RecordingServer) -> None:
    own_server.reset()
    method, params, _, _ = WITH_KEYS["forecast"]
    client = _own_client(own_server, "forecast")
    botocore_hooks.install(client)
    getattr(client, method)(**params)
    assert len(own_server.recorded("forecast")) == 1


# -- aiobotocore and the AWS CLI ------------------------------------------------------


@pytest.mark.usefixtures("servers")
def test_aiobotocore_session_clients_are_checked(plain_server: RecordingServer) -> None:
    import asyncio

    from aiobotocore.session import get_session  # type: ignore[import-untyped]

    session = get_session()
    botocore_hooks.install(session, policy=BLOCK_TLS)

    async def run() -> None:
        async with session.create_client(
            "forecast", region_name=REGION, endpoint_url=plain_server.url("forecast")
        ) as client:
            with pytest.raises(PostureError, match="plain HTTP"):
                await client.create_dataset_group(**GROUP)

    asyncio.run(run())
    assert plain_server.recorded() == []


CLI_CONFIG = "[default]\nregion = us-east-1\n\n[plugins]\nfieldguard = botocore_hooks\n"
CLI_BATCH = Path(__file__).resolve().parents[1] / "wire_cli.py"


@pytest.mark.usefixtures("servers")
def test_aws_cli_plugin_applies_posture(
    plain_server: RecordingServer, own_server: RecordingServer, fake_aws: Path
) -> None:
    """The CLI's clients are met through its session: plain HTTP and a Create call
    without a key are refused (exit 255), the call with a key goes out."""
    import json
    import os
    import subprocess
    import sys

    own_server.reset()
    (fake_aws / "aws-config").write_text(CLI_CONFIG)
    policy = fake_aws / "posture.toml"
    policy.write_text('[posture]\ntls = "block"\nkms = "block"\n')
    env = {**os.environ, "AWS_CONFIG_FILE": str(fake_aws / "aws-config")}
    group = ["personalize", "create-dataset-group", "--name", "recs"]
    keyed = ["--role-arn", ROLE, "--kms-key-arn", KEY]
    commands = [
        [*group, "--endpoint-url", own_server.url("personalize")],
        [*group, *keyed, "--endpoint-url", own_server.url("personalize")],
        ["forecast", "list-dataset-groups", "--endpoint-url", plain_server.url("forecast")],
    ]
    out = subprocess.run(
        [sys.executable, str(CLI_BATCH)],
        input=json.dumps(
            [{"argv": c, "env": {"FIELDGUARD_CONFIG": str(policy)}} for c in commands]
        ),
        capture_output=True,
        text=True,
        env=env,
        cwd=fake_aws,
        timeout=300,
        check=True,
    )
    no_key, with_key, plain = json.loads(out.stdout)
    assert no_key["rc"] == 255 and "kmsKeyArn: NO_CUSTOMER_KEY" in no_key["stderr"]
    assert with_key["rc"] == 0, with_key["stderr"][-400:]
    assert plain["rc"] == 255 and "INSECURE_TRANSPORT" in plain["stderr"]
    assert [r.operation for r in own_server.recorded("personalize")] == ["CreateDatasetGroup"]
    assert plain_server.recorded() == []


@pytest.mark.usefixtures("servers")
def test_a_client_the_hook_never_saw_made_is_not_trusted(
    plain_server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A hook registered by hand on a client made elsewhere cannot read its transport:
    refused under block, warned once under warn."""
    from botocore_hooks.handler import make_hook

    for level in ("block", "warn"):
        client = _client(plain_server)
        hook = make_hook(policy={"posture": {"tls": level}})
        client.meta.events.register_last("before-parameter-build", hook)
        if level == "block":
            with pytest.raises(PostureError, match="did not see this client being made"):
                client.create_dataset_group(**GROUP)
            assert plain_server.recorded() == []
            continue
        with caplog.at_level(logging.WARNING, logger="fieldguard"):
            client.create_dataset_group(**GROUP)
            client.create_dataset_group(**GROUP)
        assert len(plain_server.recorded()) == 2
        warned = [r.getMessage() for r in caplog.records if "level warn" in r.getMessage()]
        assert len(warned) == 1 and "did not see this client" in warned[0]


@pytest.mark.usefixtures("servers")
def test_process_wide_install_knows_clients_made_before_it(plain_server: RecordingServer) -> None:
    """A client made before install() is reached through its class and remembered, so its
    endpoint is checked as it is (here: a host allowed plain HTTP), not refused as unseen."""
    client = _client(plain_server)
    botocore_hooks.install(policy={"posture": {"tls": "block", "allow_plain_http": [HOST]}})
    client.create_dataset_group(**GROUP)
    assert [r.operation for r in plain_server.recorded()] == ["CreateDatasetGroup"]
    botocore_hooks.install(policy=BLOCK_TLS)
    with pytest.raises(PostureError) as caught:
        client.create_dataset_group(**GROUP)
    assert "plain HTTP" in str(caught.value)
