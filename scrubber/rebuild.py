"""Make the params to send from a snapshot and the verdicts on its fields.

The snapshot (``scrubber.producers.payload.snapshot``) is fieldguard's own
copy, so replacements are written into it. Paths reach map entries by
position, and a renamed key keeps its position, so the order of the writes
does not matter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrubber.fields import Role
from scrubber.paths import Entry, EntryKey, Item, Member, Path
from scrubber.verdicts import FieldVerdict


def rebuild(snapshot: dict[str, Any], verdicts: Iterable[FieldVerdict]) -> dict[str, Any]:
    """``snapshot`` with every replacement written in (the same object, returned)."""
    for verdict in verdicts:
        if verdict.replacement is None:
            continue
        parent, last = _parent(snapshot, verdict.field.path)
        if verdict.field.role is Role.KEY:
            assert isinstance(last, EntryKey) and isinstance(parent, dict)
            _rename(parent, last.position, verdict.replacement)
            continue
        encode = verdict.field.encode
        assert encode is not None  # a field that cannot be rewritten gets no replacement
        _set(parent, last, encode(verdict.replacement))
    return snapshot


def _parent(tree: Any, path: Path) -> tuple[Any, Any]:
    node = tree
    for step in path.steps[:-1]:
        node = _child(node, step)
    return node, path.steps[-1]


def _child(node: Any, step: Any) -> Any:
    if isinstance(step, Member):
        return node[step.name]
    if isinstance(step, Item):
        return node[step.index]
    if isinstance(step, Entry):
        return node[_key_at(node, step.position)]
    raise ValueError("a key has no children")


def _key_at(node: dict[Any, Any], position: int) -> Any:
    for i, key in enumerate(node):
        if i == position:
            return key
    raise IndexError(position)


def _set(parent: Any, step: Any, value: Any) -> None:
    if isinstance(step, Member):
        parent[step.name] = value
    elif isinstance(step, Item):
        parent[step.index] = value
    elif isinstance(step, Entry):
        parent[_key_at(parent, step.position)] = value
    else:
        raise ValueError("keys are renamed, not set")


def _rename(parent: dict[Any, Any], position: int, new_key: str) -> None:
    items = list(parent.items())
    items[position] = (new_key, items[position][1])
    parent.clear()
    parent.update(items)
