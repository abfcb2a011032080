"""Read AWS requests as a server sees them: which operation, which parameters, valid or not.

Used by the tests' own recording server and on moto's recordings, so both are
judged the same way: the parameters are read back from the bytes on the wire
(JSON and REST-JSON protocols) and checked against the service model's
``required``, ``min``, ``max``, ``pattern`` and ``enum`` traits, which AWS
checks and botocore's client-side validation does not.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import regex
from botocore.model import OperationModel, ServiceModel, Shape


@dataclass(frozen=True)
class WireRequest:
    """One HTTP request as received: method, path and query, headers, body."""

    method: str
    target: str  # path and query, as sent
    headers: dict[str, str]
    body: bytes

    @classmethod
    def from_moto(cls, entry: dict[str, Any]) -> WireRequest:
        """From one line of moto's recorder."""
        parts = urlsplit(entry["url"])
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        body = entry.get("body") or ""
        raw = base64.b64decode(body) if entry.get("body_encoded") else body.encode()
        return cls(entry["method"], target, dict(entry.get("headers") or {}), raw)

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)

    def everything(self) -> str:
        """All that was sent, decoded as far as it goes: where a planted value would show."""
        body = self.body.decode("utf-8", "replace")
        try:
            body += "\n" + json.dumps(json.loads(body), ensure_ascii=False)  # \u escapes undone
        except ValueError:
            pass
        headers = "\n".join(f"{k}: {v}" for k, v in self.headers.items())
        target = self.target + "\n" + unquote(self.target.replace("+", " "))
        return "\n".join([self.method, target, unquote(target), headers, body])


def parse(service: ServiceModel, request: WireRequest) -> tuple[OperationModel, dict[str, Any]]:
    """The operation and its input parameters, read back from the request."""
    if service.protocol == "json":
        target = request.header("X-Amz-Target") or ""
        operation = service.operation_model(target.rpartition(".")[2])
        return operation, _from_wire(operation.input_shape, json.loads(request.body or b"{}"))
    if service.protocol != "rest-json":
        raise ValueError(f"protocol {service.protocol!r} is not read back by these tests")
    path, _, query = request.target.partition("?")
    query_values = dict(parse_qsl(query))
    operation, labels = _match_uri(service, request.method, path, query_values)
    shape = operation.input_shape
    body = json.loads(request.body) if request.body.strip() else {}
    params: dict[str, Any] = _from_wire(shape, body) if shape is not None else {}
    for name, member in shape.members.items() if shape is not None else ():
        location = member.serialization.get("location")
        wire_name = member.serialization.get("name", name)
        if location == "uri" and wire_name in labels:
            params[name] = labels[wire_name]
        elif location == "querystring" and wire_name in query_values:
            params[name] = _scalar(member, query_values[wire_name])
        elif location == "header" and request.header(wire_name) is not None:
            params[name] = _scalar(member, request.header(wire_name) or "")
    return operation, params


def _from_wire(shape: Shape, value: Any) -> Any:
    """JSON as sent (members under their ``locationName``) back to parameter names."""
    if shape.type_name == "structure" and isinstance(value, dict):
        out = {}
        for name, member in shape.members.items():
            if member.serialization.get("location"):
                continue  # carried in the URI, query or headers
            wire_name = member.serialization.get("name", name)
            if wire_name in value:
                out[name] = _from_wire(member, value[wire_name])
        return out
    if shape.type_name == "list" and isinstance(value, list):
        return [_from_wire(shape.member, v) for v in value]
    if shape.type_name == "map" and isinstance(value, dict):
        return {k: _from_wire(shape.value, v) for k, v in value.items()}
    return value


def _scalar(shape: Shape, text: str) -> Any:
    if shape.type_name in ("integer", "long"):
        return int(text)
    if shape.type_name == "boolean":
        return text == "true"
    return text


def _match_uri(
    service: ServiceModel, method: str, path: str, query: dict[str, str]
) -> tuple[OperationModel, dict[str, str]]:
    best: tuple[int, OperationModel, dict[str, str]] | None = None
    for name in service.operation_names:
        operation = service.operation_model(name)
        if operation.http.get("method") != method:
            continue
        template, _, literal_query = operation.http["requestUri"].partition("?")
        found = _uri_regex(template).fullmatch(path)
        if found is None or not all(k in query for k in dict(parse_qsl(literal_query))):
            continue
        literal = len(re.sub(r"\{[^}]*\}", "", template))  # the most specific template wins
        if best is None or literal > best[0]:
            labels = {k: unquote(v) for k, v in found.groupdict().items()}
            best = (literal, operation, labels)
    if best is None:
        raise LookupError(f"no {service.service_name} operation for {method} {path}")
    return best[1], best[2]


@functools.lru_cache(maxsize=2048)
def _uri_regex(template: str) -> re.Pattern[str]:
    out, position = "", 0
    for label in re.finditer(r"\{([^}+]+)(\+?)\}", template):
        out += re.escape(template[position : label.start()])
        greedy = ".+" if label.group(2) else "[^/]+"
        out += f"(?P<{label.group(1)}>{greedy})"  # labels are identifiers in these models
        position = label.end()
    return re.compile(out + re.escape(template[position:]))


def problems(shape: Shape | None, value: Any, path: str = "") -> list[str]:
    """Why AWS would refuse ``value`` for ``shape`` (empty when it is valid)."""
    if shape is None:
        return []
    kind = shape.type_name
    meta = shape.metadata
    where = path or "(input)"
    if kind == "structure":
        if not isinstance(value, dict):
            return [f"{where}: expected an object"]
        out = [f"{where}.{m}: required" for m in meta.get("required", []) if m not in value]
        for key, item in value.items():
            member = shape.members.get(key)
            out += problems(member, item, f"{path}.{key}" if path else key)
        return out
    if kind == "list":
        if not isinstance(value, list):
            return [f"{where}: expected a list"]
        out = _length(where, len(value), meta)
        for i, item in enumerate(value):
            out += problems(shape.member, item, f"{path}[{i}]")
        return out
    if kind == "map":
        if not isinstance(value, dict):
            return [f"{where}: expected a map"]
        out = _length(where, len(value), meta)
        for i, (key, item) in enumerate(value.items()):
            out += problems(shape.key, key, f"{path}{{#{i}}}")
            out += problems(shape.value, item, f"{path}[#{i}]")
        return out
    if kind == "string":
        if not isinstance(value, str):
            return [f"{where}: expected a string"]
        out = _length(where, len(value), meta)
        if "enum" in meta and value not in meta["enum"]:
            out.append(f"{where}: not one of the enum values")
        pattern = _pattern(meta.get("pattern"))
        if pattern is not None and pattern.search(value) is None:
            out.append(f"{where}: does not match the model's pattern")
        return out
    if kind in ("integer", "long") and isinstance(value, int):
        low, high = meta.get("min"), meta.get("max")
        if (low is not None and value < low) or (high is not None and value > high):
            return [f"{where}: out of range"]
    return []


def _length(where: str, size: int, meta: dict[str, Any]) -> list[str]:
    low, high = meta.get("min"), meta.get("max")
    if low is not None and size < low:
        return [f"{where}: shorter than {low}"]
    if high is not None and size > high:
        return [f"{where}: longer than {high}"]
    return []


@functools.lru_cache(maxsize=1024)
def _pattern(pattern: str | None) -> regex.Pattern[str] | None:
    if not pattern:
        return None
    try:
        return regex.compile(pattern)
    except regex.error:
        return None  # one model pattern in the five services is not valid for `regex`
