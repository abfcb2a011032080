"""Where the hook is installed, what it does in each mode, and how it fails closed.

Every call goes over HTTP to the tests' own loopback server; assertions are
on what it received.
"""

from __future__ import annotations

import asyncio
import copy
import gc
import json
import logging
import subprocess
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

import boto3
import botocore.client
import botocore.session
import pytest
from botocore.exceptions import BotoCoreError
from botocore.waiter import WaiterModel, create_waiter_with_client
from hook_scenarios import CREDENTIAL, REDACT, planted
from wire_endpoints import AWS_MODELS_LOOKOUT, REGION, Wire, client_config
from wire_server import Answer, error

import botocore_hooks
from botocore_hooks.install import events_of
from scrubber import ConfigError, Scrubber, SensitiveDataError

pytest_plugins = ("hook_fixtures",)

FORECAST = REDACT["forecast"]  # CreateDatasetGroup: a PERSON name, an email tag
SECRETS = planted(FORECAST)


def create_group(client: Any, params: dict[str, Any] | None = None) -> Any:
    return client.create_dataset_group(**copy.deepcopy(params or FORECAST.params))


def sent(wire: Wire, service: str = "forecast") -> list[str]:
    return [r.wire.everything() for r in wire.own.recorded(service)]


def assert_redacted(wire: Wire, service: str = "forecast", secrets: list[str] = SECRETS) -> None:
    bodies = sent(wire, service)
    assert bodies, "nothing was sent"
    assert not any(s in body for s in secrets for body in bodies)


def assert_unchanged(wire: Wire, service: str = "forecast", secrets: list[str] = SECRETS) -> None:
    bodies = sent(wire, service)
    assert bodies and all(s in bodies[-1] for s in secrets)


# -- order and modes -------------------------------------------------------------


def test_runs_after_the_other_parameter_handlers(wire: Wire) -> None:
    """Handlers registered after install, even register_last, run before the check."""
    client = wire.client("forecast", own=True)
    botocore_hooks.install(client)

    def add_owner_tag(params: dict[str, Any], **_: Any) -> None:
        params["Tags"] = [*params.get("Tags", []), {"Key": "Owner", "Value": SECRETS[1]}]

    def rename(params: dict[str, Any], **_: Any) -> None:
        params["DatasetGroupName"] = "maria_garcia_sales"

    client.meta.events.register("before-parameter-build", add_owner_tag)
    client.meta.events.register_last("before-parameter-build.forecast.CreateDatasetGroup", rename)
    create_group(client, {"DatasetGroupName": "retail", "Domain": "RETAIL"})
    assert_redacted(wire)
    assert "Owner" in sent(wire)[0]


def test_report_mode_sends_unchanged_and_logs_paths_only(
    wire: Wire, caplog: pytest.LogCaptureFixture
) -> None:
    """warn (report) mode: the call goes out as is; the fieldguard log names path and entity."""
    client = wire.client("forecast", own=True)
    botocore_hooks.install(client, mode="warn")
    with caplog.at_level(logging.INFO, logger="fieldguard"):
        create_group(client)
    assert_unchanged(wire)
    logged = [r.getMessage() for r in caplog.records if r.name == "fieldguard"]
    assert any("DatasetGroupName" in m and "PERSON" in m for m in logged)
    assert any("Tags[0].Value" in m and "EMAIL_ADDRESS" in m for m in logged)
    assert not any(s in m for s in SECRETS for m in logged)


def test_block_and_redact_are_logged_without_values(
    wire: Wire, caplog: pytest.LogCaptureFixture
) -> None:
    """Blocks and redactions reach the fieldguard logger by path and entity, never by value."""
    client = wire.client("forecast", own=True)
    botocore_hooks.install(client)
    with caplog.at_level(logging.INFO, logger="fieldguard"):
        create_group(client)
        with pytest.raises(SensitiveDataError):
            client.create_dataset_import_job(**copy.deepcopy(CREDENTIAL["forecast"].params))
    logged = " ".join(r.getMessage() for r in caplog.records if r.name == "fieldguard")
    assert "redacted forecast.CreateDatasetGroup" in logged
    assert "blocked forecast.CreateDatasetImportJob: Tags[0].Value (AWS_ACCESS_KEY_ID)" in logged
    assert not any(s in logged for s in [*SECRETS, *planted(CREDENTIAL["forecast"])])


def test_mode_and_policy_come_from_the_configuration(wire: Wire, fake_aws: Path) -> None:
    """A fieldguard.toml in the current folder sets mode and rules, as for the library."""
    (fake_aws / "fieldguard.toml").write_text(
        'mode = "block"\n[rules]\n"tag_value.*" = "allow"\n"name.*" = "allow"\n'
    )
    client = wire.client("forecast", own=True)
    botocore_hooks.install(client)
    create_group(client)  # both findings allowed: sent as is
    assert_unchanged(wire)
    with pytest.raises(SensitiveDataError):  # a tag key is not allowed: block mode refuses
        client.create_dataset_group(
            DatasetGroupName="retail", Domain="RETAIL", Tags=[{"Key": SECRETS[1], "Value": "x"}]
        )
    assert len(sent(wire)) == 1


def test_policy_table_and_mode_arguments_override(wire: Wire) -> None:
    """policy= and mode= at install win over the configuration; installing again replaces them."""
    client = wire.client("forecast", own=True)
    botocore_hooks.install(
        client, policy={"allow": {"values": [FORECAST.params["DatasetGroupName"]]}}
    )
    create_group(client)
    body = sent(wire)[0]
    assert "maria_garcia_sales" in body and SECRETS[1] not in body
    botocore_hooks.install(client, mode="block")  # installing again replaces the settings
    with pytest.raises(SensitiveDataError):
        create_group(client)
    assert len(sent(wire)) == 1


@pytest.mark.parametrize(
    "kwargs",
    [{"services": {"forcast"}}, {"mode": "loud"}, {"timeout": 0}, {"policy": {"mode": "x"}}],
    ids=["misspelt service", "unknown mode", "zero timeout", "bad policy"],
)
def test_bad_settings_fail_at_install(kwargs: dict[str, Any], fake_aws: Path) -> None:
    """A bad mode, timeout, policy or service name fails at install, not on a later call."""
    with pytest.raises(ConfigError):
        botocore_hooks.install(**kwargs)
    assert botocore_hooks.installed() is None


# -- services ----------------------------------------------------------------------


def test_services_outside_the_set_are_not_touched(wire: Wire) -> None:
    """A service outside the installed set is sent as is."""
    client = wire.client("forecast", own=True)
    botocore_hooks.install(client, services={"iot"})
    create_group(client)
    assert_unchanged(wire)


def test_star_covers_every_service(wire: Wire) -> None:
    """CloudWatch Logs is not a default service; with "*" it is checked too."""
    secrets = ["maria_garcia", "maria.garcia@example.com"]
    params = {"logGroupName": "maria_garcia_app", "tags": {"owner": secrets[1]}}
    client = wire.client("logs", own=True)
    botocore_hooks.install(client)
    client.create_log_group(**params)
    assert_unchanged(wire, "logs", secrets)
    botocore_hooks.install(client, services="*")
    client.create_log_group(**params)
    assert not any(s in sent(wire, "logs")[-1] for s in secrets)


# -- fail closed ---------------------------------------------------------------------


class _StuckScrubber(Scrubber):
    """The real scan, once ``release`` is set: a scan that hangs until then."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def scrub(self, params: Any, **kwargs: Any) -> Any:
        self.release.wait(timeout=30)
        return super().scrub(params, **kwargs)


def test_a_scan_past_its_deadline_blocks_the_call(wire: Wire) -> None:
    """With isolate=True, a scan stuck inside a field is abandoned: ScanFailedError."""
    client = wire.client("forecast", own=True)
    stuck = _StuckScrubber()
    botocore_hooks.install(client, timeout=0.2, isolate=True, scrubber=stuck)
    try:
        with pytest.raises(BotoCoreError) as caught:
            create_group(client)
    finally:
        stuck.release.set()  # frees the pool's thread
    assert isinstance(caught.value, botocore_hooks.ScanFailedError)
    message = str(caught.value)
    assert "could not check forecast.CreateDatasetGroup" in message
    assert "did not finish within 0.2 s" in message
    assert sent(wire) == []


class _BrokenScrubber(Scrubber):
    def scrub(self, params: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"detector crashed on {params['DatasetGroupName']}")


def test_a_scan_that_raises_blocks_the_call_without_echoing_it(wire: Wire) -> None:
    """A scanner exception refuses the call; its message (which may hold values) is not shown."""
    client = wire.client("forecast", own=True)
    botocore_hooks.install(client, scrubber=_BrokenScrubber())
    with pytest.raises(SensitiveDataError) as caught:
        create_group(client)
    message = str(caught.value)
    assert "RuntimeError while scanning" in message
    assert not any(s in message for s in SECRETS)
    assert sent(wire) == []


def test_a_service_the_scanner_cannot_model_is_blocked(wire: Wire, tmp_path: Path) -> None:
    """A client built from a model the scanner does not have (a custom model folder)."""
    folder = tmp_path / "models" / "fgdemo" / "2017-07-25"
    folder.mkdir(parents=True)
    model = json.loads((AWS_MODELS_LOOKOUT / "service-2.json").read_text())
    model["metadata"].update(serviceId="FG Demo", endpointPrefix="fgdemo", signingName="fgdemo")
    (folder / "service-2.json").write_text(json.dumps(model))
    (folder / "endpoint-rule-set-1.json").write_text(
        (AWS_MODELS_LOOKOUT / "endpoint-rule-set-1.json").read_text()
    )
    session = botocore.session.get_session()
    session.get_component("data_loader").search_paths.insert(0, str(tmp_path / "models"))
    client = session.create_client(
        "fgdemo", region_name=REGION, endpoint_url=wire.own.url("fgdemo"), config=client_config("")
    )
    botocore_hooks.install(client, services="*")
    with pytest.raises(botocore_hooks.ScanFailedError, match="fgdemo"):
        client.list_anomaly_detectors()
    assert wire.own.recorded() == []


# -- where it is installed ----------------------------------------------------------------


def test_on_a_session_covers_the_clients_it_makes_afterwards(wire: Wire) -> None:
    """install(session) covers its later clients; an earlier client needs install(client)."""
    session = boto3.Session()
    before = wire.client("forecast", session, own=True)
    botocore_hooks.install(session)
    after = wire.client("forecast", session, own=True)
    create_group(after)
    assert_redacted(wire)
    create_group(before)  # made before: not covered until installed on itself
    assert_unchanged(wire)
    botocore_hooks.install(before)
    create_group(before)
    assert not any(s in sent(wire)[-1] for s in SECRETS)


def test_on_a_botocore_session(wire: Wire) -> None:
    """A plain botocore session works like a boto3 one."""
    session = botocore.session.get_session()
    botocore_hooks.install(session)
    client = session.create_client(
        "forecast",
        region_name=REGION,
        endpoint_url=wire.own.url("forecast"),
        config=client_config("forecast"),
    )
    create_group(client)
    assert_redacted(wire)


def test_uninstall_on_a_client(wire: Wire) -> None:
    """uninstall(client) removes the hook from that client."""
    client = wire.client("forecast", own=True)
    botocore_hooks.install(client)
    botocore_hooks.uninstall(client)
    create_group(client)
    assert_unchanged(wire)


def test_events_of_every_kind_of_target(fake_aws: Path) -> None:
    """Sessions (boto3, botocore), clients and resources all lead to the right emitter."""
    session = boto3.Session(region_name=REGION)
    client = session.client("sns")
    resource = session.resource("sns")
    assert events_of(session) is session.events
    assert events_of(session._session) is session.events
    assert events_of(client) is client.meta.events
    assert events_of(resource) is resource.meta.client.meta.events
    with pytest.raises(TypeError):
        events_of(object())


def test_global_uninstall_undoes_everything(wire: Wire) -> None:
    """uninstall() restores BaseClient.__init__ and unhooks clients made meanwhile."""
    original = botocore.client.BaseClient.__init__
    botocore_hooks.install()
    assert botocore.client.BaseClient.__init__ is not original
    during = wire.client("forecast", boto3.Session(), own=True)
    botocore_hooks.uninstall()
    assert botocore.client.BaseClient.__init__ is original
    assert botocore_hooks.installed() is None
    create_group(during)
    assert_unchanged(wire)
    create_group(wire.client("forecast", boto3.Session(), own=True))
    assert_unchanged(wire)


def test_global_reinstall_applies_to_clients_already_made(wire: Wire) -> None:
    """install() again changes the process-wide settings for existing clients too."""
    botocore_hooks.install()
    client = wire.client("forecast", boto3.Session(), own=True)
    botocore_hooks.install(mode="block")
    with pytest.raises(SensitiveDataError):
        create_group(client)
    assert sent(wire) == []


def test_a_session_or_client_install_outranks_the_global_one(wire: Wire) -> None:
    """A session's or client's own hook wins over the process-wide one."""
    botocore_hooks.install(mode="block")
    session = boto3.Session()
    botocore_hooks.install(session, mode="redact")
    create_group(wire.client("forecast", session, own=True))
    assert_redacted(wire)
    blocked = wire.client("forecast", boto3.Session(), own=True)
    with pytest.raises(SensitiveDataError):
        create_group(blocked)
    botocore_hooks.install(blocked, mode="redact")
    create_group(blocked)
    assert len(sent(wire)) == 2
    assert_redacted(wire)


def test_a_client_install_or_uninstall_keeps_the_global_protection(wire: Wire) -> None:
    """The process-wide hook still checks what a client's own hook leaves alone."""
    botocore_hooks.install(mode="block")
    client = wire.client("forecast", boto3.Session(), own=True)
    botocore_hooks.install(client, mode="redact", services=["iot"])  # not forecast
    with pytest.raises(SensitiveDataError):
        create_group(client)
    botocore_hooks.install(client, mode="redact")
    create_group(client)
    assert_redacted(wire)
    botocore_hooks.uninstall(client)
    with pytest.raises(SensitiveDataError):
        create_group(client)
    assert len(sent(wire)) == 1


def test_importing_the_package_does_not_load_the_scanner() -> None:
    """The AWS CLI imports it for every command: the scanner loads on first use only.

    (The error tree, ``scrubber.errors``, is light and may load.)
    """
    heavy = ("scrubber.engine", "scrubber.detection", "recognizers.registry", "presidio_analyzer")
    code = f"import sys, botocore_hooks; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- waiters and aiobotocore ------------------------------------------------------------------


def test_a_waiter_is_checked_on_every_poll(wire: Wire) -> None:
    """Each poll of a waiter is checked and sends the same pseudonym."""
    polls: list[str] = []

    def get_workspace(p: dict[str, Any]) -> Answer:
        polls.append(p["workspaceId"])
        if len(polls) < 3:
            return error(404, "ResourceNotFoundException", "not yet")
        return 200, {"workspaceId": p["workspaceId"], "creationDateTime": 0, "updateDateTime": 0}

    wire.own.respond("iottwinmaker", "GetWorkspace", get_workspace)
    client = wire.client("iottwinmaker")
    botocore_hooks.install(client)
    # TwinMaker ships no waiter models: botocore's Waiter over the client, as get_waiter builds it.
    model = WaiterModel(
        {
            "version": 2,
            "waiters": {
                "WorkspaceExists": {
                    "operation": "GetWorkspace",
                    "delay": 0,
                    "maxAttempts": 5,
                    "acceptors": [
                        {"state": "success", "matcher": "status", "expected": 200},
                        {
                            "state": "retry",
                            "matcher": "error",
                            "expected": "ResourceNotFoundException",
                        },
                    ],
                }
            },
        }
    )
    waiter = create_waiter_with_client("WorkspaceExists", model, client)
    waiter.wait(workspaceId="factory-james-brown")
    assert len(polls) == 3
    assert len(set(polls)) == 1 and "james-brown" not in polls[0]


def test_aiobotocore_clients_are_covered(wire: Wire) -> None:
    """aiobotocore runs the same sync handler: global and per-session installs both hold."""
    from aiobotocore.session import get_session  # type: ignore[import-untyped]

    c, blocked = REDACT["iottwinmaker"], CREDENTIAL["iottwinmaker"]

    async def run(session: Any) -> None:
        async with session.create_client(
            "iottwinmaker",
            region_name=REGION,
            endpoint_url=wire.own.url("iottwinmaker"),
            config=client_config("iottwinmaker"),
        ) as client:
            await client.create_workspace(**copy.deepcopy(c.params))
            with pytest.raises(SensitiveDataError):
                await client.create_workspace(**copy.deepcopy(blocked.params))

    botocore_hooks.install()
    asyncio.run(run(get_session()))
    botocore_hooks.uninstall()
    session = get_session()
    botocore_hooks.install(session)
    asyncio.run(run(session))
    requests = wire.own.recorded("iottwinmaker")
    assert [r.status for r in requests] == [200, 200]
    for r in requests:
        wire.check_clean("iottwinmaker", r.wire, planted(c))


def test_default_scan_runs_inline_with_a_deadline(wire: Wire) -> None:
    """Without isolate, the scan runs on the caller's thread and its deadline still refuses."""
    client = wire.client("forecast", own=True)
    hook = botocore_hooks.install(client, timeout=1e-9)
    assert hook.config.isolate is False
    with pytest.raises(BotoCoreError) as caught:
        create_group(client)
    assert isinstance(caught.value, SensitiveDataError)
    assert {f.entity_type for f in caught.value.findings} == {"SCAN_FAILED"}
    assert sent(wire) == []


def test_redacted_params_replace_the_dict_botocore_serializes() -> None:
    """The handler edits botocore's dict in place: changed subtrees swapped, the rest kept."""
    from botocore_hooks.handler import _replace_changed

    kept = {"Key": "team", "Value": "sales"}
    params: dict[str, Any] = {"Name": "jane", "Tags": [kept], "Gone": "x"}
    original = params
    new = {"Name": "Person_bqkd", "Tags": [dict(kept)]}
    _replace_changed(params, new)
    assert params is original and params == new
    assert params["Tags"][0] is kept  # an unchanged subtree is left as it was


@pytest.mark.parametrize("process_wide", [True, False])
def test_reinstalling_on_a_client_never_leaves_a_call_unguarded(
    wire: Wire, process_wide: bool
) -> None:
    """A thread keeps changing a client's own settings (and, with a process-wide hook,
    uninstalling them) while another calls through it, with thread switches as
    frequent as Python allows: every call is still checked."""
    if process_wide:
        botocore_hooks.install(mode="block")
    client = wire.client("forecast", boto3.Session(), own=True)
    if process_wide:  # the client's own hook covers forecast, or not at all
        settings: list[dict[str, Any]] = [{"services": {"iot"}}, {"mode": "block"}]
    else:
        settings = [{"mode": "block"}, {"mode": "block", "services": {"forecast", "iot"}}]
    botocore_hooks.install(client, **settings[0])
    stop = threading.Event()

    def reinstall() -> None:
        while not stop.is_set():
            for one in settings:
                botocore_hooks.install(client, **one)
            if process_wide:
                botocore_hooks.uninstall(client)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    thread = threading.Thread(target=reinstall)
    thread.start()
    blocked = 0
    try:
        for _ in range(150):
            with pytest.raises(SensitiveDataError):
                create_group(client)
            blocked += 1
    finally:
        stop.set()
        thread.join()
        sys.setswitchinterval(interval)
    assert blocked == 150 and sent(wire) == []


def test_reinstalling_on_a_session_never_leaves_a_new_client_unguarded(wire: Wire) -> None:
    """Clients made while their session's hook is being replaced still get one."""
    session = boto3.Session()
    botocore_hooks.install(session, mode="block")
    stop = threading.Event()

    def reinstall() -> None:
        while not stop.is_set():
            botocore_hooks.install(session, mode="block")

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    thread = threading.Thread(target=reinstall)
    thread.start()
    try:
        clients = [wire.client("forecast", session, own=True) for _ in range(25)]
    finally:
        stop.set()
        thread.join()
        sys.setswitchinterval(interval)
    for client in clients:
        with pytest.raises(SensitiveDataError):
            create_group(client)
    assert sent(wire) == []


def test_a_clients_own_hook_keeps_its_sessions_for_other_services(wire: Wire) -> None:
    """install(session, services="*") then install(client): the client's hook covers
    the default services, and its session's still checks the others."""
    secrets = ["maria_garcia", "maria.garcia@example.com"]
    params = {"logGroupName": "maria_garcia_app", "tags": {"owner": secrets[1]}}
    session = boto3.Session()
    botocore_hooks.install(session, services="*", mode="block")
    client = wire.client("logs", session, own=True)
    botocore_hooks.install(client, mode="redact")  # default services: not logs
    with pytest.raises(SensitiveDataError):
        client.create_log_group(**params)
    botocore_hooks.uninstall(client)  # the client's own hook and its session's copy
    client.create_log_group(**params)
    assert_unchanged(wire, "logs", secrets)


def test_a_clients_own_hook_wins_on_a_shared_event_emitter(wire: Wire) -> None:
    """A session made over another's event emitter nests its wrappers: the client's
    own settings still win over the session's."""
    base = botocore.session.Session()
    session = botocore.session.Session(event_hooks=base.get_component("event_emitter"))
    botocore_hooks.install(session, mode="report")
    client = session.create_client(
        "forecast",
        region_name=REGION,
        endpoint_url=wire.url("forecast", own=True),
        config=client_config("forecast"),
    )
    botocore_hooks.install(client, mode="block")
    with pytest.raises(SensitiveDataError):
        create_group(client)
    assert sent(wire) == []


# -- clients made before the process-wide install ------------------------------------------


def test_clients_made_before_install_are_checked(
    wire: Wire, caplog: pytest.LogCaptureFixture
) -> None:
    """boto3 and botocore clients made before install() are checked, each call once."""
    early_boto3 = wire.client("forecast", boto3.Session(), own=True)
    early_botocore = botocore.session.get_session().create_client(
        "forecast",
        region_name=REGION,
        endpoint_url=wire.url("forecast", own=True),
        config=client_config("forecast"),
    )
    botocore_hooks.install(mode="block")
    state = botocore_hooks.installed()
    assert state is not None and state.clients_made_before and state.unreached == ()
    for client in (early_boto3, early_botocore):
        with pytest.raises(SensitiveDataError):
            create_group(client)
    botocore_hooks.install(mode="redact")
    late = wire.client("forecast", boto3.Session(), own=True)  # reached by emitter and class
    with caplog.at_level(logging.INFO, logger="fieldguard"):
        create_group(early_boto3)
        create_group(late)
    assert_redacted(wire)
    assert len([r for r in caplog.records if "redacted" in r.getMessage()]) == 2
    botocore_hooks.uninstall()
    create_group(early_botocore)
    assert len(sent(wire)) == 3
    assert_unchanged(wire)


def test_clients_made_before_install_in_threads(wire: Wire) -> None:
    """Clients made on other threads before install() are checked on those threads."""
    clients = [wire.client("forecast", boto3.Session(), own=True) for _ in range(4)]
    botocore_hooks.install(mode="redact")
    errors: list[BaseException] = []

    def call(client: Any) -> None:
        try:
            for _ in range(3):
                create_group(client)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(sent(wire)) == 12
    assert_redacted(wire)


def test_precedence_holds_for_clients_made_before_install(wire: Wire) -> None:
    """A client's own hook (made before install) wins; what it leaves, the global one checks."""
    session = boto3.Session()
    botocore_hooks.install(session, mode="redact")
    by_session = wire.client("forecast", session, own=True)
    own = wire.client("forecast", boto3.Session(), own=True)
    botocore_hooks.install(own, mode="redact")
    other = wire.client("forecast", boto3.Session(), own=True)
    botocore_hooks.install(other, mode="redact", services=["iot"])  # not forecast
    botocore_hooks.install(mode="block")
    create_group(by_session)
    create_group(own)
    with pytest.raises(SensitiveDataError):
        create_group(other)
    assert len(sent(wire)) == 2
    assert_redacted(wire)


def test_aiobotocore_clients_made_before_install(wire: Wire) -> None:
    """An aiobotocore client made before install() is checked by the process-wide hook."""
    from aiobotocore.session import get_session

    blocked = CREDENTIAL["iottwinmaker"]

    async def run() -> None:
        async with get_session().create_client(
            "iottwinmaker",
            region_name=REGION,
            endpoint_url=wire.own.url("iottwinmaker"),
            config=client_config("iottwinmaker"),
        ) as client:
            botocore_hooks.install(mode="block")
            with pytest.raises(SensitiveDataError):
                await client.create_workspace(**copy.deepcopy(blocked.params))

    asyncio.run(run())
    assert wire.own.recorded("iottwinmaker") == []


def test_install_names_client_classes_it_cannot_reach(fake_aws: Path) -> None:
    """A client class whose calls bypass the parameter events is named, loudly."""

    class Bypassing(botocore.client.BaseClient):
        def _make_api_call(self, operation_name: str, api_params: Any) -> Any:
            return {}

    with pytest.warns(RuntimeWarning, match="Bypassing"):
        botocore_hooks.install()
    state = botocore_hooks.installed()
    assert state is not None and any("Bypassing" in name for name in state.unreached)
    del Bypassing
    gc.collect()  # the class leaves BaseClient's subclasses: later installs reach all
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        botocore_hooks.install()
