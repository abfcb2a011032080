"""Find the value a finding's path names, in params and along the model.

Paths follow ``scrubber.paths``: ``a.b``, ``[0]``, ``["key"]`` (a map value or an
unknown member), ``{"key"}`` (the map key itself), ``{#2}``/``[#2]`` (a key shown by
position, and the value under it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
from botocore.model import Shape

_TOKEN = regex.compile(
    r"\.?(?P<member>[^.\[\]{}\"#]+)"
    r"|\[(?P<index>\d+)\]"
    r"|\[#(?P<vpos>\d+)\]"
    r"|\{#(?P<kpos>\d+)\}"
    r"|(?P<open>[\[{])(?=\")"
)
_DECODER = json.JSONDecoder()


def _tokens(path: str) -> Iterator[tuple[str, Any]] | None:
    out: list[tuple[str, Any]] = []
    at = 0
    while at < len(path):
        m = _TOKEN.match(path, at)
        if m is None:
            return None
        if m.group("open"):
            key, end = _DECODER.raw_decode(path, m.end())
            close = "]" if m.group("open") == "[" else "}"
            if path[end : end + 1] != close:
                return None
            out.append(("value" if close == "]" else "key", key))
            at = end + 1
            continue
        for kind in ("member", "index", "vpos", "kpos"):
            if m.group(kind) is not None:
                text = m.group(kind)
                out.append((kind, text if kind == "member" else int(text)))
        at = m.end()
    return iter(out)


@dataclass(frozen=True)
class Located:
    value: str | None = field(repr=False)
    modeled: bool  # every step was a member of the model
    member: Shape | None  # the last structure member on the way (its documentation)


def locate(params: Any, shape: Shape | None, path: str) -> Located:
    """The string at ``path`` (None if the path does not resolve) and its place in the model."""
    tokens = _tokens(path)
    if tokens is None:
        return Located(None, False, None)
    node, modeled, member = params, shape is not None, None
    for kind, arg in tokens:
        parent = shape
        node, shape = _step(node, shape, kind, arg)
        modeled = modeled and shape is not None
        if parent is not None and parent.type_name == "structure" and shape is not None:
            member = shape
        if node is None:
            return Located(None, False, None)
    if isinstance(node, (bytes, bytearray)):
        node = bytes(node).decode("utf-8", "replace")
    return Located(node if isinstance(node, str) else None, modeled, member if modeled else None)


def _step(node: Any, shape: Shape | None, kind: str, arg: Any) -> tuple[Any, Shape | None]:
    if kind == "index":
        if isinstance(node, list) and arg < len(node):
            return node[arg], getattr(shape, "member", None) if shape is not None else None
        return None, None
    if not isinstance(node, Mapping):
        return None, None
    if kind in ("vpos", "kpos"):
        keys = list(node)
        if arg >= len(keys):
            return None, None
        key = keys[arg]
        return (
            (node[key], _value_shape(shape, key))
            if kind == "vpos"
            else (str(key), getattr(shape, "key", None) if shape is not None else None)
        )
    if kind == "key":
        return (arg if arg in node else None), getattr(shape, "key", None) if shape else None
    if arg not in node:
        return None, None
    return node[arg], _value_shape(shape, arg)


def _value_shape(shape: Shape | None, key: Any) -> Shape | None:
    if shape is None:
        return None
    if shape.type_name == "structure":
        found: Shape | None = shape.members.get(key)
        return found
    if shape.type_name == "map":
        value: Shape = shape.value
        return value
    return None
