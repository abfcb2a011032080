"""The tests' own recording AWS endpoint on loopback, for services moto lacks.

One HTTP server serves several services, each under its own path prefix
(``http://127.0.0.1:PORT/iottwinmaker``; botocore keeps an endpoint's path).
Every request is recorded as received, read back into parameters and checked
against the model like AWS would (pattern, min, max, enum, required): an
invalid request gets a 400 ``ValidationException``, so "accepted" means what
it means at AWS. Tests script answers per operation; the default is ``{}``.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import botocore.session
from botocore.model import ServiceModel
from wire_requests import WireRequest, parse, problems

Answer = tuple[int, dict[str, Any]]
Responder = Callable[[dict[str, Any]], Answer]


@dataclass(frozen=True)
class Recorded:
    service: str
    operation: str
    params: dict[str, Any]
    problems: tuple[str, ...]
    status: int
    wire: WireRequest


def error(status: int, code: str, message: str) -> Answer:
    return status, {"__type": code, "message": message}


class RecordingServer:
    """A threaded HTTP server on 127.0.0.1 (or ``host``), port chosen by the OS.

    With ``tls``, the listening socket is wrapped in that server context: a
    client whose handshake fails is never read from, so it records nothing.
    """

    def __init__(
        self, services: Iterable[str], *, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None
    ) -> None:
        session = botocore.session.get_session()  # AWS_DATA_PATH brings Lookout for Metrics
        self.models: dict[str, ServiceModel] = {s: session.get_service_model(s) for s in services}
        self.responders: dict[tuple[str, str], Responder] = {}
        self._lock = threading.Lock()
        self._recorded: list[Recorded] = []
        self._httpd = ThreadingHTTPServer((host, 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.host, self.scheme = host, "https" if tls else "http"
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def start(self) -> RecordingServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)

    def url(self, service: str) -> str:
        return f"{self.scheme}://{self.host}:{self._httpd.server_port}/{service}"

    def recorded(self, service: str | None = None) -> list[Recorded]:
        with self._lock:
            return [r for r in self._recorded if service in (None, r.service)]

    def reset(self) -> None:
        with self._lock:
            self._recorded.clear()
            self.responders.clear()

    def respond(self, service: str, operation: str, responder: Responder) -> None:
        self.responders[(service, operation)] = responder

    def answer(self, service: str, wire: WireRequest) -> Answer:
        model = self.models.get(service)
        if model is None:
            return error(404, "UnknownOperationException", f"no service {service!r} here")
        try:
            operation, params = parse(model, wire)
        except (LookupError, ValueError) as exc:
            self._record(Recorded(service, "?", {}, (str(exc),), 400, wire))
            return error(400, "SerializationException", "request not understood")
        found = tuple(problems(operation.input_shape, params))
        responder = self.responders.get((service, operation.name))
        if found:
            status, payload = error(400, "ValidationException", "; ".join(found))
        elif responder is not None:
            status, payload = responder(params)
        else:
            status, payload = 200, {}
        self._record(Recorded(service, operation.name, params, found, status, wire))
        return status, payload

    def _record(self, entry: Recorded) -> None:
        with self._lock:
            self._recorded.append(entry)


def _handler_for(server: RecordingServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as botocore's connection pool expects

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            service, _, rest = self.path.lstrip("/").partition("/")
            wire = WireRequest(self.command, "/" + rest, dict(self.headers.items()), body)
            status, payload = server.answer(service, wire)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000")
            if status >= 400:
                self.send_header("x-amzn-ErrorType", str(payload.get("__type")))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output quiet

    return Handler
