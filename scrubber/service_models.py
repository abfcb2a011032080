"""Load botocore service models, including ones botocore no longer ships.

Lookout for Metrics left botocore in 1.40.61; its model is found through
``AWS_DATA_PATH`` like any other extra model directory.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

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
            raise UnknownOperationError(
                f"unknown AWS service {service!r}: botocore has no model for it "
                "(for Lookout for Metrics, point AWS_DATA_PATH at a folder holding its model)"
            ) from None


def operation_model(service: str, operation: str) -> OperationModel:
    """The model of ``operation``, by its API name (``CreateDataset``) or python name."""
    model = service_model(service)
    name = _api_name(model, operation)
    return model.operation_model(name)


def _api_name(model: ServiceModel, operation: str) -> str:
    if operation in model.operation_names:
        return operation
    by_snake = _snake_names(model)
    if operation in by_snake:
        return by_snake[operation]
    raise UnknownOperationError(f"service {model.service_name!r} has no operation {operation!r}")


@functools.lru_cache(maxsize=64)
def _snake_names(model: ServiceModel) -> dict[str, str]:
    from botocore import xform_name

    return {xform_name(name): name for name in model.operation_names}


def available_services() -> list[str]:
    """Every service botocore can load here (``AWS_DATA_PATH`` included)."""
    return list(_session().get_available_services())


def shape_metadata(shape: Any) -> dict[str, Any]:
    """The constraint traits of a shape (``min``, ``max``, ``pattern``, ``enum``...)."""
    return dict(getattr(shape, "metadata", {}) or {})
