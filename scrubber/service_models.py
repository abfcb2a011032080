"""Load botocore service models, including ones botocore no longer ships.

Lookout for Metrics left botocore in 1.40.61; its model is found through
``AWS_DATA_PATH`` like any other extra model directory.
"""

from __future__ import annotations

import difflib
import functools
import threading

import botocore.exceptions
import botocore.session
from botocore.model import OperationModel, ServiceModel

from scrubber.errors import UnknownOperationError

_lock = threading.Lock()


@functools.lru_cache(maxsize=1)
def _session() -> botocore.session.Session:
    # A private session: reading models must not touch the caller's sessions.
    return botocore.session.get_session()


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
                f"{_close(service, available_services())} (for Lookout for Metrics, point "
                "AWS_DATA_PATH at a folder holding its model)"
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
    """Every service botocore can load here (``AWS_DATA_PATH`` included)."""
    return list(_session().get_available_services())


