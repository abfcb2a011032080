"""Load botocore service models, including ones botocore no longer ships.

Lookout for Metrics left botocore in 1.40.61; its model ships in this package
(``scrubber/data/models``, botocore's layout, Apache-2.0 with its NOTICE) and
is added to the end of botocore's search path, so ``AWS_DATA_PATH`` (searched
first) still wins when it holds a model of the same service.
"""

from __future__ import annotations

import difflib
import functools
import threading
from pathlib import Path
from typing import Any

import botocore.exceptions
import botocore.session
from botocore.model import OperationModel, ServiceModel

from scrubber.errors import UnknownOperationError

_lock = threading.Lock()

# The models this package ships (botocore's data layout).
MODELS_PATH = str(Path(__file__).resolve().parent / "data" / "models")


def add_models(session: botocore.session.Session) -> botocore.session.Session:
    """Let ``session`` (and the clients it makes) load the models this package ships;
    call it before the session loads any model (its loader caches what it found).

    They go last in the search path: ``AWS_DATA_PATH`` and ``~/.aws/models`` come first.
    """
    loader = session.get_component("data_loader")
    if MODELS_PATH not in loader.search_paths:
        loader.search_paths.append(MODELS_PATH)
    return session


@functools.lru_cache(maxsize=1)
def _session() -> botocore.session.Session:
    # A private session: reading models must not touch the caller's sessions.
    return add_models(botocore.session.get_session())


@functools.lru_cache(maxsize=64)
def service_model(service: str) -> ServiceModel:
    """The botocore model of ``service`` (its botocore name, e.g. ``iot``)."""
    with _lock:
        try:
            return _session().get_service_model(service)
        except botocore.exceptions.UnknownServiceError:
            # The name given is not echoed: it is the caller's text, and could be anything.
            raise UnknownOperationError(
                "unknown AWS service: botocore has no model of that name"
                f"{_close(service, available_services())}"
            ) from None


def operation_model(service: str, operation: str) -> OperationModel:
    """The model of ``operation``, by its API (``CreateDataset``), Python
    (``create_dataset``) or AWS CLI (``create-dataset``) name."""
    model = service_model(service)
    name = _api_name(model, operation)
    return model.operation_model(name)


def _api_name(model: ServiceModel, operation: str) -> str:
    if operation in model.operation_names:
        return operation
    by_snake = _snake_names(model)
    snake = operation.replace("-", "_")
    if snake in by_snake:
        return by_snake[snake]
    raise UnknownOperationError(
        f"service {model.service_name!r} has no operation of that name"
        f"{_close(operation, list(model.operation_names) + list(by_snake))}"
    )


def _close(name: str, known: list[str]) -> str:
    """Known names like the one given (the given name itself is never shown)."""
    matches = difflib.get_close_matches(name, known, n=3, cutoff=0.75)
    return f" (did you mean {', '.join(matches)}?)" if matches else ""


@functools.lru_cache(maxsize=64)
def _snake_names(model: ServiceModel) -> dict[str, str]:
    from botocore import xform_name

    return {xform_name(name): name for name in model.operation_names}


def available_services() -> list[str]:
    """Every service botocore can load here (``AWS_DATA_PATH`` and packaged models too)."""
    return list(_session().get_available_services())


@functools.lru_cache(maxsize=1)
def endpoint_data() -> dict[str, Any]:
    """botocore's endpoint data (``endpoints.json``): partitions, services, regions."""
    with _lock:
        data = _session().get_data("endpoints")
    return data if isinstance(data, dict) else {}
