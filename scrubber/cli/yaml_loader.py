"""YAML for scrub-check: safe loading, CloudFormation's short-form tags, limits.

PyYAML's messages quote the offending text, so every problem is raised as an
:class:`InputError` that names only a line and a column.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from scrubber.cli.limits import MAX_DEPTH, MAX_INT_BITS, MAX_VALUES, TOO_LONG_NUMBER
from scrubber.errors import InputError

# The C parser is ~10x faster; its composer recurses in C, so nesting is bounded
# from the event stream (an iterative state machine) before anything is composed.
if TYPE_CHECKING:
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# CloudFormation's short forms, as the long form they stand for.
CFN_TAGS: dict[str, str] = {
    "!Ref": "Ref",
    "!Condition": "Condition",
    **{
        f"!{name}": f"Fn::{name}"
        for name in (
            "And Base64 Cidr Equals FindInMap GetAtt GetAZs If ImportValue Join Length "
            "Not Or Select Split Sub ToJsonString Transform"
        ).split()
    },
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"


class Loader(_BaseLoader):
    """SafeLoader with CloudFormation tags, no implicit dates, and no duplicate keys."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        # A duplicate key hides a value from the check (the last one wins), yet
        # the file still holds it: refuse, naming the place but not the key.
        seen: set[tuple[str, str]] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode) and key_node.tag != _MERGE:
                key = (key_node.tag, key_node.value)
                if key in seen:
                    raise InputError(f"duplicate key {_where(key_node)}")
                seen.add(key)
        return cast(dict[Any, Any], super().construct_mapping(node, deep=deep))

    def construct_yaml_int(self, node: ScalarNode) -> int:
        # Hex, octal and binary integers are read past Python's 4300-digit guard,
        # which then trips when the value is shown as text. Checked on the text
        # first too: base-60 integers ("1:59:59") take quadratic time to build.
        if len(node.value) <= MAX_INT_BITS:
            value: int = super().construct_yaml_int(node)
            if abs(value).bit_length() <= MAX_INT_BITS:
                return value
        raise InputError(f"{TOO_LONG_NUMBER} {_where(node)}")


Loader.add_constructor("tag:yaml.org,2002:int", Loader.construct_yaml_int)


# Dates stay strings: a payload or template never needs datetime objects, and
# JSON output of --fix could not hold them.
Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def _construct_intrinsic(loader: Loader, tag_suffix: str, node: Node) -> dict[str, Any]:
    key = CFN_TAGS[f"!{tag_suffix}"]
    value: Any
    if isinstance(node, ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {key: value}


def _construct_local_tag(loader: Loader, tag_suffix: str, node: Node) -> Any:
    if f"!{tag_suffix}" in CFN_TAGS:
        return _construct_intrinsic(loader, tag_suffix, node)
    # Another tool's tag (!Include, !vault...): keep the value, drop the tag, so
    # the value is still checked.
    if isinstance(node, ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]


Loader.add_multi_constructor("!", _construct_local_tag)


def _construct_any_tag(loader: Loader, tag_suffix: str, node: Node) -> Any:
    # Any other tag, global ones too (mkdocs' !!python/name:..., !!python/object/apply:...):
    # the value is kept as plain data, and nothing named by the tag is ever imported or run.
    if isinstance(node, ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]


# PyYAML looks up the None entry after every prefix: known tags keep their constructors.
Loader.add_multi_constructor(None, _construct_any_tag)


def _where(node: Node) -> str:
    mark = node.start_mark
    return f"at line {mark.line + 1}, column {mark.column + 1}"


def _problem_where(exc: yaml.MarkedYAMLError) -> str:
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return ""
    return f", line {mark.line + 1}, column {mark.column + 1}"


def load_all(text: str) -> list[tuple[Any, Node]]:
    """Every document of a YAML stream, with its node tree (for line numbers)."""
    try:
        _check_events(text)
        loader = Loader(text)
        try:
            docs = []
            while loader.check_node():
                node = loader.get_node()
                if node is None:
                    continue
                check_nodes(node)
                docs.append((loader.construct_document(node), node))
            return docs
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" in (exc.problem or ""):
            # PyYAML >= 6.0.3 stops at its own flow-level cap (1,000), before the
            # first event reaches the check above: deeper than ours either way.
            line = f" (line {exc.problem_mark.line + 1})" if exc.problem_mark else ""
            raise InputError(f"nested deeper than {MAX_DEPTH} levels{line}") from None
        # The message quotes the text: keep only its kind and place.
        raise InputError(f"not valid YAML ({type(exc).__name__}{_problem_where(exc)})") from None
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML ({type(exc).__name__})") from None
    except ValueError:  # Python's int-size guard, from the int constructor
        raise InputError(f"not valid YAML ({TOO_LONG_NUMBER})") from None
    except RecursionError:
        raise InputError(f"nested deeper than {MAX_DEPTH} levels") from None


def compose_all(text: str) -> list[Node]:
    """The node trees of a stream already loaded once (so known to be within limits)."""
    loader = Loader(text)
    try:
        nodes = []
        while loader.check_node():
            node = loader.get_node()
            if node is not None:
                nodes.append(node)
        return nodes
    finally:
        loader.dispose()


def _check_events(text: str) -> None:
    depth = 0
    count = 0
    for event in yaml.parse(text, Loader=Loader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                line = f" (line {event.start_mark.line + 1})" if event.start_mark else ""
                raise InputError(f"nested deeper than {MAX_DEPTH} levels{line}")
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        count += 1
        if count > MAX_VALUES:
            raise InputError(f"more than {MAX_VALUES} values")


def check_nodes(root: Node) -> None:
    """Refuse alias cycles, and aliases that expand past the depth or size caps."""
    memo: dict[int, tuple[int, int]] = {}
    active: set[int] = set()

    def measure(node: Node, level: int) -> tuple[int, int]:  # (values, depth)
        if level > MAX_DEPTH:
            raise InputError(f"nested deeper than {MAX_DEPTH} levels {_where(node)}")
        known = memo.get(id(node))
        if known is None:
            if id(node) in active:
                raise InputError(f"recursive alias {_where(node)}")
            active.add(id(node))
            size, depth = 1, 0
            for child in _children(node):
                child_size, child_depth = measure(child, level + 1)
                size += child_size
                depth = max(depth, child_depth + 1)
                if size > MAX_VALUES:
                    raise InputError(f"expands to more than {MAX_VALUES} values")
            active.discard(id(node))
            known = memo[id(node)] = (size, depth)
        if level + known[1] > MAX_DEPTH:
            raise InputError(f"nested deeper than {MAX_DEPTH} levels {_where(node)}")
        return known

    measure(root, 0)


def _children(node: Node) -> Iterator[Node]:
    if isinstance(node, SequenceNode):
        yield from node.value
    elif isinstance(node, MappingNode):
        for key, value in node.value:
            yield key
            yield value
