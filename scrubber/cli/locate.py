"""Find the line and column of a value in a YAML/JSON node tree.

Steps are a finding's key-free locator (``scrubber.paths.Path.locator``):
members by name, list items and map entries by position. Locating is best
effort: where the tree and the steps part ways, the deepest node reached is
returned.
"""

from __future__ import annotations

from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


@dataclass(frozen=True)
class Span:
    """1-based line and column of where a value starts and ends in its file."""

    line: int
    column: int
    end_line: int
    end_column: int


# (kind, argument): member/value/key by name, index/value_at/key_at by position.
Step = tuple[str, str | int]


def locate(root: Node, steps: list[Step], *, line_offset: int = 0) -> Span:
    node = root
    for kind, arg in steps:
        following = _step(node, kind, arg)
        if following is None:
            break
        node = following
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
