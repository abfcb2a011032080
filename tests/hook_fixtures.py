"""Fixtures for the hook's tests: fake credentials and both loopback endpoints.

Loaded by the ``test_hook*`` modules through ``pytest_plugins``. Nothing here
is autouse: other tests' environment is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from wire_endpoints import REGION, SERVICES, Wire
from wire_moto import MotoServer
from wire_server import RecordingServer

import botocore_hooks


@pytest.fixture
def fake_aws(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Fake credentials, no user config, defaults policy; the global hook undone after."""
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "FIELDGUARD_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    # The policy is looked for from the current folder up: an empty one here
    # (the defaults) stops the search before any folder above.
    (tmp_path / "fieldguard.toml").write_text("")
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    botocore_hooks.uninstall()


@pytest.fixture(scope="session")
def moto_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MotoServer]:
    server = MotoServer(tmp_path_factory.mktemp("moto"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def own_server() -> Iterator[RecordingServer]:
    # "logs": a service outside the default set, for services="*".
    server = RecordingServer((*SERVICES, "logs")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def shared_session() -> boto3.Session:
    """For clients of tests that do not install on a session: models load once."""
    return boto3.Session()


@pytest.fixture
def wire(
    moto_server: MotoServer,
    own_server: RecordingServer,
    shared_session: boto3.Session,
    fake_aws: Path,
) -> Wire:
    """Both endpoints, emptied: no state, no recorded requests, no scripted answers."""
    moto_server.fresh()
    own_server.reset()
    return Wire(moto_server, own_server, shared_session)
