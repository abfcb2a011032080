"""Find the line and column of a field path (``Tags[0].Value``) in a YAML/JSON node tree.

Paths use the syntax of :mod:`scrubber.paths`. Locating is best effort: where
the tree and the path part ways, the deepest node reached is returned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_DECODER = json.JSONDecoder()
_STOP = ".[{"


@dataclass(frozen=True)
class Span:
    """1-based line and column of where a value starts and ends in its file."""

    line: int
    column: int
    end_line: int
    end_column: int


# (kind, argument): member/value/key by name, index/value_at/key_at by position.
Step = tuple[str, str | int]


def parse_path(path: str) -> list[Step]:
    """Split a finding's path into steps; raises ValueError on a malformed path."""
    steps: list[Step] = []
    i = 0
    while i < len(path):
        c = path[i]
        if c == ".":
            i += 1
        elif c in "[{":
            close = "]" if c == "[" else "}"
            by_name, by_position = ("value", "value_at") if c == "[" else ("key", "key_at")
            if path.startswith('"', i + 1):
                name, end = _DECODER.raw_decode(path, i + 1)
                steps.append((by_name, str(name)))
            else:
                end = path.index(close, i)
                inner = path[i + 1 : end]
                if inner.startswith("#"):
                    steps.append((by_position, int(inner[1:])))
                else:
                    steps.append(("index", int(inner)))
            if path[end : end + 1] != close:
                raise ValueError("malformed path")
            i = end + 1
        else:
            end = i
            while end < len(path) and path[end] not in _STOP:
                end += 1
            steps.append(("member", path[i:end]))
            i = end
    return steps


def locate(root: Node, steps: list[Step], *, line_offset: int = 0) -> Span:
    node = root
    i = 0
    while i < len(steps):
        kind, arg = steps[i]
        following = _step(node, kind, arg)
        # A member name with dots in it (an unknown member) was split: rejoin it.
        j = i + 1
        while following is None and kind == "member" and j < len(steps):
            if steps[j][0] != "member":
                break
            arg = f"{arg}.{steps[j][1]}"
            following = _step(node, kind, arg)
            j += 1
        if following is None:
            break
        node = following
        i = j if j > i + 1 else i + 1
    start, end = node.start_mark, node.end_mark
    return Span(
        start.line + 1 + line_offset,
        start.column + 1,
        end.line + 1 + line_offset,
        end.column + 1,
    )


def _step(node: Node, kind: str, arg: str | int) -> Node | None:
    if isinstance(node, MappingNode):
        pairs: list[tuple[Node, Node]] = node.value
        if kind in ("member", "value", "key"):
            for key, value in pairs:
                if isinstance(key, ScalarNode) and key.value == arg:
                    return key if kind == "key" else value
            return None
        if kind in ("key_at", "value_at") and isinstance(arg, int) and arg < len(pairs):
            return pairs[arg][0 if kind == "key_at" else 1]
        return None
    if kind == "member" and node.tag.startswith("!"):
        # A short-form intrinsic (!Sub ...) is the {"Fn::Sub": ...} of the path.
        return node
    if isinstance(node, SequenceNode) and kind == "index" and isinstance(arg, int):
        items: list[Node] = node.value
        return items[arg] if arg < len(items) else None
    return None
