"""The two loopback endpoints the hook's tests talk to, and what each received."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from botocore.config import Config
from botocore.model import OperationModel
from wire_moto import MotoServer
from wire_requests import WireRequest, parse, problems
from wire_server import RecordingServer

SERVICES = ("forecast", "personalize", "iot", "iottwinmaker", "lookoutmetrics")
ON_MOTO = ("forecast", "personalize", "iot")  # moto has none of the other two
MOTO_ACCOUNT = "123456789012"  # moto's default account
REGION = "us-east-1"
# Lookout for Metrics' model, as the package ships it.
MODELS = Path(__file__).resolve().parents[1] / "scrubber" / "data" / "models"
AWS_MODELS_LOOKOUT = MODELS / "lookoutmetrics" / "2017-07-25"


def client_config(service: str) -> Config:
    # One attempt: a refused request is not retried, so request counts are exact.
    return Config(
        retries={"total_max_attempts": 1, "mode": "standard"},
        connect_timeout=5,
        read_timeout=30,
        # TwinMaker's host prefix ("api.") would turn 127.0.0.1 into a name.
        inject_host_prefix=service != "iottwinmaker",
    )


class Wire:
    """Where each service is served (moto or ours) and what each endpoint received."""

    def __init__(self, moto: MotoServer, own: RecordingServer, session: Any) -> None:
        self.moto, self.own = moto, own
        self.session = session  # shared: loading a service model anew costs ~0.3 s

    def url(self, service: str, *, own: bool = False) -> str:
        return self.own.url(service) if own or service not in ON_MOTO else self.moto.url

    def client(self, service: str, session: Any = None, *, own: bool = False) -> Any:
        maker = session or self.session
        return maker.client(
            service,
            region_name=REGION,
            endpoint_url=self.url(service, own=own),
            config=client_config(service),
        )

    def requests(self, service: str, *, own: bool = False) -> list[WireRequest]:
        """What the service's endpoint received since the test began."""
        if own or service not in ON_MOTO:
            return [r.wire for r in self.own.recorded(service)]
        scope = f"/{REGION}/{service}/aws4_request"
        return [r for r in self.moto.recorded() if scope in (r.header("Authorization") or "")]

    def read(self, service: str, request: WireRequest) -> tuple[OperationModel, dict[str, Any]]:
        return parse(self.own.models[service], request)

    def check_clean(self, service: str, request: WireRequest, planted: list[str]) -> str:
        """Assert the request is valid for its operation and holds no planted value."""
        operation, params = self.read(service, request)
        assert problems(operation.input_shape, params) == [], operation.name
        sent = request.everything()
        for value in planted:
            assert value not in sent, f"{service}.{operation.name} sent a planted value"
        return str(operation.name)
