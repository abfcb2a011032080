"""The botocore hook, proven on the wire for the five services.

Real boto3 clients, the real engine, real HTTP on loopback: moto in server
mode (forecast, personalize, iot) and the tests' own recording server
(iottwinmaker, lookoutmetrics, and list calls moto lacks). What is asserted is
what the endpoint received.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

import boto3
import pytest
from botocore import xform_name
from botocore.exceptions import BotoCoreError, ParamValidationError
from botocore.paginate import Paginator
from hook_scenarios import (
    CREATE_DESCRIBE,
    CREDENTIAL,
    LISTS,
    REDACT,
    paged,
    planted,
    script_resources,
)
from wire_endpoints import ON_MOTO, SERVICES, Wire

import botocore_hooks
from scrubber import SensitiveDataError

from planted_calls import CALLS, Call

pytest_plugins = ("hook_fixtures",)


def method(client: Any, c: Call) -> Any:
    """The client's own method for the call (what users call)."""
    return getattr(client, xform_name(c.operation))


def call(client: Any, c: Call) -> Any:
    return method(client, c)(**copy.deepcopy(c.params))


@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("mode", ["redact", "block"])
def test_blocked_call_sends_no_request(wire: Wire, service: str, mode: str) -> None:
    """A credential (any mode) or personal data (block mode) stops the call before the wire."""
    client = wire.client(service)
    botocore_hooks.install(client, mode=mode)
    blocked = CREDENTIAL[service] if mode == "redact" else REDACT[service]
    with pytest.raises(BotoCoreError) as caught:  # callers' existing handlers still catch it
        method(client, blocked)(**copy.deepcopy(blocked.params))
    assert isinstance(caught.value, SensitiveDataError)
    assert isinstance(caught.value, ParamValidationError)
    message = str(caught.value)
    assert all(p.path in message for p in blocked.planted)
    assert not any(v in message for v in planted(blocked))
    assert wire.requests(service) == []
    if service in ON_MOTO:
        assert wire.moto.recorded() == []


@pytest.mark.parametrize("service", SERVICES)
def test_redacted_call_is_clean_and_accepted(wire: Wire, service: str) -> None:
    """The endpoint gets a valid request without the planted values; the caller's data is intact."""
    client = wire.client(service)
    botocore_hooks.install(client)
    c = REDACT[service]
    params = copy.deepcopy(c.params)
    before = copy.deepcopy(params)
    nested = {k: v for k, v in params.items() if isinstance(v, (dict, list))}
    response = method(client, c)(**params)
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 200
    assert params == before
    assert all(params[k] is v for k, v in nested.items())  # the same objects, untouched
    sent = wire.requests(service)
    assert len(sent) == 1
    assert wire.check_clean(service, sent[0], planted(c)) == c.operation


@pytest.mark.parametrize("c", CALLS, ids=lambda c: f"{c.service}.{c.operation}")
def test_every_planted_call_is_redacted_on_the_wire(wire: Wire, c: Call) -> None:
    """Each planted call of the five services reaches a model-checking endpoint clean and valid."""
    client = wire.client(c.service, own=True)
    botocore_hooks.install(client)
    call(client, c)
    (sent,) = wire.requests(c.service, own=True)
    assert wire.check_clean(c.service, sent, planted(c)) == c.operation


@pytest.mark.parametrize("service", SERVICES)
def test_create_then_describe_reach_the_same_redacted_name(wire: Wire, service: str) -> None:
    """Describe by the original (sensitive) name finds what Create made under the pseudonym."""
    script_resources(wire.own)
    client = wire.client(service)
    botocore_hooks.install(client)
    sensitive, found = CREATE_DESCRIBE[service](client)  # raises if Describe found nothing
    assert sensitive not in found
    create, describe = wire.requests(service)
    for request in (create, describe):
        assert sensitive not in request.everything()
    assert found in create.everything() and found in describe.everything()


@pytest.mark.parametrize("service", SERVICES)
def test_paginated_list_is_scrubbed_on_every_page(wire: Wire, service: str) -> None:
    """Every page's request of a paginated list call is redacted the same way."""
    client = wire.client(service, own=service != "iot")
    botocore_hooks.install(client)
    if service == "iot":
        pages = _iot_pages(client)
        operation, secret = "ListThings", ["david.miller@example.com"]
    else:
        operation, params, result_key, token_key, secret = LISTS[service]
        wire.own.respond(service, operation, paged(result_key, token_key))
        pages = list(_paginator(client, operation, result_key, token_key).paginate(**params))
    assert len(pages) == 3
    requests = wire.requests(service, own=service != "iot")
    lists = [r for r in requests if wire.read(service, r)[0].name == operation]
    assert len(lists) == 3
    bodies = set()
    for request in lists:
        wire.check_clean(service, request, secret)
        params = wire.read(service, request)[1]
        bodies.add(repr({k: v for k, v in sorted(params.items()) if "oken" not in k}))
    assert len(bodies) == 1  # the same pseudonym on every page


def _iot_pages(client: Any) -> list[Any]:
    # Made through the hook too, so moto stores the pseudonymized attribute and
    # the filter, redacted the same way, finds all three.
    for i in range(3):
        client.create_thing(
            thingName=f"sensor-{i}",
            attributePayload={"attributes": {"owner": "david.miller@example.com"}},
        )
    paginator = client.get_paginator("list_things")
    pages = list(
        paginator.paginate(
            attributeName="owner",
            attributeValue="david.miller@example.com",
            PaginationConfig={"PageSize": 1},
        )
    )
    found = [t for page in pages for t in page["things"]]
    assert len(found) == 3
    return [page for page in pages if page["things"]]


def _paginator(client: Any, operation: str, result_key: str, token_key: str) -> Any:
    if client.can_paginate(xform_name(operation)):
        return client.get_paginator(xform_name(operation))
    # TwinMaker and Lookout for Metrics ship no paginator models: botocore's own
    # Paginator over the client method, as get_paginator builds it.
    config = {"input_token": token_key, "output_token": token_key, "result_key": result_key}
    model = client.meta.service_model.operation_model(operation)
    return Paginator(getattr(client, xform_name(operation)), config, model)


@pytest.mark.parametrize("service", SERVICES)
def test_global_install_covers_new_session_in_another_thread(wire: Wire, service: str) -> None:
    """After install(), a boto3.Session() made in another thread is covered."""
    botocore_hooks.install()
    outcome: dict[str, Any] = {}

    def worker() -> None:
        client = wire.client(service, boto3.Session())
        c = REDACT[service]
        method(client, c)(**copy.deepcopy(c.params))
        try:
            call(client, CREDENTIAL[service])
        except SensitiveDataError as exc:
            outcome["blocked"] = exc

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(timeout=60)
    assert "blocked" in outcome
    (sent,) = wire.requests(service)  # the redacted call only
    wire.check_clean(service, sent, planted(REDACT[service]))


def test_threads_sharing_clients_match_one_thread(wire: Wire) -> None:
    """Eight threads on shared clients send exactly what one thread sends, and block the same."""
    clients = {s: wire.client(s, own=True) for s in SERVICES}
    for client in clients.values():
        botocore_hooks.install(client)
    calls = [*CALLS, *CREDENTIAL.values()]

    def run_all(order: list[Call]) -> dict[int, str]:
        blocked = {}
        for c in order:
            try:
                call(clients[c.service], c)
            except SensitiveDataError as exc:
                blocked[calls.index(c)] = "; ".join(f.describe() for f in exc.findings)
        return blocked

    def sent() -> list[str]:
        return sorted(f"{r.service}.{r.operation} {r.params!r}" for r in wire.own.recorded())

    alone = run_all(calls)
    one_thread = sent()
    wire.own.reset()

    threads, results = 8, []
    lock = threading.Lock()

    def worker(n: int) -> None:
        order = calls[n % len(calls) :] + calls[: n % len(calls)]  # every thread its own order
        got = run_all(order)
        with lock:
            results.append(got)

    pool = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(timeout=120)
    assert results == [alone] * threads
    assert sent() == sorted(one_thread * threads)
