"""The real ``aws`` command with the plugin, ``--debug`` and ``cli_history = enabled``:
what fieldguard blocks or redacts is in none of the CLI's own records.

Every command runs against moto in server mode on loopback; the test reads the
CLI's history database (SQLite) and everything the command printed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from wire_endpoints import Wire

pytest_plugins = ("hook_fixtures",)

CONFIG = """\
[default]
region = us-east-1
cli_history = enabled

[plugins]
fieldguard = botocore_hooks
"""
NAME = "sensor-david-miller-01"
EMAIL = "maria.garcia@example.com"
PLANTED = ["david-miller", "david_miller", "maria.garcia", "maria_garcia", "garcia@example"]
REFUSED = 255


@pytest.fixture
def cli(fake_aws: Path) -> tuple[dict[str, str], Path]:
    config = fake_aws / "aws-config"
    config.write_text(CONFIG)
    history = fake_aws / "history" / "history.db"
    env = {**os.environ, "AWS_CONFIG_FILE": str(config), "AWS_CLI_HISTORY_FILE": str(history)}
    return env, history


def aws(wire: Wire, env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("aws")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "awscli"]
    return subprocess.run(
        [*command, *args, "--endpoint-url", wire.moto.url, "--debug"],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def history(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as connection:
        return list(connection.execute("SELECT event_type, payload FROM records"))


def assert_clean(text: str) -> None:
    lowered = text.lower()
    for value in PLANTED:
        assert value not in lowered


def create_thing(*extra: str) -> list[str]:
    attributes = json.dumps({"attributes": {"owner": EMAIL, "floor": "3"}})
    return ["iot", "create-thing", "--thing-name", NAME, "--attribute-payload", attributes, *extra]


def test_a_redacted_command_leaves_no_trace(
    wire: Wire, cli: tuple[dict[str, str], Path], fake_aws: Path
) -> None:
    """Redact mode: history and --debug hold the pseudonyms; stderr names each redacted
    field, its entity and what was sent."""
    env, db = cli
    ran = aws(wire, env, fake_aws, *create_thing())
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert "Arguments entered to CLI" in ran.stderr and "Unpacked value of" in ran.stderr
    assert_clean(ran.stdout + ran.stderr)
    lines = [line for line in ran.stderr.splitlines() if line.startswith("fieldguard: redacted")]
    assert any(
        line.startswith("fieldguard: redacted thingName (PERSON); sent as: ") for line in lines
    )
    assert any("attributes" in line and "EMAIL_ADDRESS" in line for line in lines)
    sent_name = json.loads(ran.stdout)["thingName"]
    assert any(line.endswith(sent_name) for line in lines)
    records = history(db)
    kinds = {kind for kind, _ in records}
    assert {"CLI_ARGUMENTS", "API_CALL", "HTTP_REQUEST"} <= kinds
    assert_clean("\n".join(payload for _, payload in records))
    assert any(sent_name in payload for kind, payload in records if kind == "API_CALL")
    (request,) = wire.requests("iot")
    wire.check_clean("iot", request, PLANTED)


def test_a_blocked_command_leaves_no_trace(
    wire: Wire, cli: tuple[dict[str, str], Path], fake_aws: Path
) -> None:
    env, db = cli
    block = fake_aws / "block.toml"
    block.write_text('mode = "block"\n')
    ran = aws(wire, {**env, "FIELDGUARD_CONFIG": str(block)}, fake_aws, *create_thing())
    assert ran.returncode == REFUSED
    assert "fieldguard blocked the call" in ran.stderr and "thingName: PERSON" in ran.stderr
    assert "Arguments entered to CLI" in ran.stderr
    assert_clean(ran.stdout + ran.stderr)
    records = history(db)
    assert "CLI_ARGUMENTS" in {kind for kind, _ in records}
    assert_clean("\n".join(payload for _, payload in records))
    assert wire.requests("iot") == []


def test_a_command_that_fails_before_its_check_leaves_no_trace(
    wire: Wire, cli: tuple[dict[str, str], Path], fake_aws: Path
) -> None:
    """A parse error ends the command before fieldguard sees the call: its arguments
    are scanned as free text before the CLI's records of them are written."""
    env, db = cli
    args = ["iot", "create-thing", "--thing-name", f"owner {EMAIL}", "--attribute-payload", "{bad"]
    ran = aws(wire, env, fake_aws, *args)
    assert ran.returncode != 0
    assert "Arguments entered to CLI" in ran.stderr
    assert_clean(ran.stdout + ran.stderr)
    assert_clean("\n".join(payload for _, payload in history(db)))


def test_a_value_written_with_json_escapes_is_hidden_too(
    wire: Wire, cli: tuple[dict[str, str], Path], fake_aws: Path
) -> None:
    """The CLI's records hold the argv as typed: a value spelled with \\u escapes
    cannot be replaced in place, so the whole argument is hidden."""
    env, db = cli
    escaped = '{"thingName": "sensor-david-\\u006diller-01"}'
    ran = aws(wire, env, fake_aws, "iot", "create-thing", "--cli-input-json", escaped)
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert "\\u006diller" not in ran.stderr
    assert_clean(ran.stdout + ran.stderr)
    payloads = "\n".join(payload for _, payload in history(db))
    assert_clean(payloads)
    assert "u006diller" not in payloads and "<hidden by fieldguard>" in payloads


def test_an_error_message_quoting_an_argument_is_veiled(
    wire: Wire, cli: tuple[dict[str, str], Path], fake_aws: Path
) -> None:
    """The CLI's own parse error quotes the argument it could not read: what it
    prints on stderr goes through the veil too (the argument scanned as free text)."""
    env, db = cli
    shorthand = f"attributes={{owner={EMAIL}"  # the closing brace missing
    ran = aws(
        wire,
        env,
        fake_aws,
        "iot",
        "create-thing",
        "--thing-name",
        "t1",
        "--attribute-payload",
        shorthand,
    )
    assert ran.returncode != 0
    assert "Error parsing parameter '--attribute-payload'" in ran.stderr
    assert "EMAIL_ADDRESS hidden by fieldguard" in ran.stderr
    assert_clean(ran.stdout + ran.stderr)
    assert_clean("\n".join(payload for _, payload in history(db)))
