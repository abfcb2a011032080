"""The AWS CLI v1 with ``[plugins] fieldguard = botocore_hooks`` in its config file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from botocore import xform_name
from hook_scenarios import CREDENTIAL, REDACT, planted
from wire_endpoints import SERVICES, Wire

from planted_calls import Call

pytest_plugins = ("hook_fixtures",)

CLI_CONFIG = """\
[default]
region = us-east-1
# TwinMaker's "api." host prefix would turn 127.0.0.1 into a host name.
disable_host_prefix_injection = true

[plugins]
fieldguard = botocore_hooks
"""
BATCH = Path(__file__).resolve().parents[1] / "wire_cli.py"
REFUSED = 255  # the CLI's exit code for a parameter validation error


@pytest.fixture
def cli_env(fake_aws: Path) -> dict[str, str]:
    config = fake_aws / "aws-config"
    config.write_text(CLI_CONFIG)
    return {**os.environ, "AWS_CONFIG_FILE": str(config)}


def argv(c: Call, wire: Wire) -> list[str]:
    return [
        *(c.service, xform_name(c.operation, "-")),
        *("--cli-input-json", json.dumps(c.params)),
        *("--endpoint-url", wire.url(c.service)),
    ]


def aws_command() -> list[str]:
    script = Path(sys.executable).with_name("aws")
    return [str(script)] if script.exists() else [sys.executable, "-m", "awscli"]


def test_cli_plugin_redacts_and_blocks_for_each_service(
    wire: Wire, cli_env: dict[str, str], fake_aws: Path
) -> None:
    """Per service: a personal-data call goes out redacted, a credential call is refused;
    and the configuration's block mode refuses personal data too."""
    block_mode = fake_aws / "block" / "fieldguard.toml"
    block_mode.parent.mkdir()
    block_mode.write_text('mode = "block"\n')
    thing = ["iot", "create-thing", "--thing-name", "maria-garcia-01"]
    commands = [
        *({"argv": argv(c, wire)} for s in SERVICES for c in (REDACT[s], CREDENTIAL[s])),
        {
            "argv": [*thing, "--endpoint-url", wire.moto.url],
            "env": {"FIELDGUARD_CONFIG": str(block_mode)},
        },
    ]
    out = subprocess.run(
        [sys.executable, str(BATCH)],
        input=json.dumps(commands),
        capture_output=True,
        text=True,
        env=cli_env,
        cwd=fake_aws,  # an empty fieldguard.toml: the defaults (redact)
        timeout=300,
        check=True,
    )
    results: list[dict[str, Any]] = json.loads(out.stdout)
    for i, service in enumerate(SERVICES):
        redacted, refused = results[2 * i], results[2 * i + 1]
        assert redacted["rc"] == 0, f"{service}: {redacted['stderr'][-400:]}"
        assert refused["rc"] == REFUSED
        assert "fieldguard blocked the call" in refused["stderr"]
        shown = redacted["stdout"] + redacted["stderr"] + refused["stdout"] + refused["stderr"]
        assert not any(v in shown for v in planted(REDACT[service]) + planted(CREDENTIAL[service]))
        (request,) = wire.requests(service)  # the refused calls sent nothing
        wire.check_clean(service, request, planted(REDACT[service]))
    by_config = results[-1]
    assert by_config["rc"] == REFUSED
    assert "thingName: PERSON" in by_config["stderr"] and "maria" not in by_config["stderr"]


def test_the_aws_command_redacts(wire: Wire, cli_env: dict[str, str], fake_aws: Path) -> None:
    """The installed ``aws`` entry point itself, with the plugin in its config file."""
    create = [
        *aws_command(),
        *("iot", "create-thing", "--thing-name", "sensor-david-miller-01"),
        *("--endpoint-url", wire.moto.url),
    ]
    ran = subprocess.run(create, capture_output=True, text=True, env=cli_env, cwd=fake_aws)
    assert ran.returncode == 0, ran.stderr[-400:]
    assert "thingName" in ran.stdout and "david-miller" not in ran.stdout
    (request,) = wire.requests("iot")
    wire.check_clean("iot", request, ["david-miller"])
