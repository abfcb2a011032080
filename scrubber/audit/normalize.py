"""CloudTrail's spelling of request parameters to botocore's member names.

CloudTrail records parameters as they went on the wire: the model's
``locationName`` (``thingName``, ``dryRun``), lowerCamel member names, EC2's
lists as ``xxxSet: {"items": [...]}``, some calls wrapped as
``{"CreateXRequest": {...}}``, keys it adds itself (S3's ``Host``), and
timestamps and numbers as text. The model decides each rename; a key it does
not know is kept as written, and the scanner reads it as unmodelled free text
(never dropped: an unknown key may hold anything).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from botocore.model import Shape, StructureShape

# Keys CloudTrail adds that are no member of any input: where the call went.
ADDED_KEYS = frozenset({"Host"})
# Members of these types cannot hold free text: the service parsed them.
_SCALARS = frozenset({"integer", "long", "float", "double", "boolean", "timestamp"})
# AWS writes this in place of values it keeps out of CloudTrail.
HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS"


@dataclass
class Normalized:
    """Parameters in botocore's member names, and what the rewrite left out."""

    params: dict[str, Any]
    added_keys: int = 0
    hidden_values: int = 0
    renamed: int = 0
    notes: list[str] = field(default_factory=list)


def normalize(params: Mapping[str, Any], shape: Shape | None, operation: str) -> Normalized:
    """``params`` as CloudTrail recorded them, rewritten along ``shape``."""
    out = Normalized({})
    body: Mapping[str, Any] = params
    if shape is not None and len(params) == 1:
        ((only, inner),) = params.items()
        if only in (shape.name, f"{operation}Request") and isinstance(inner, Mapping):
            body = inner  # EC2-style {"CreateXRequest": {...}} wrapper
    if shape is None or not isinstance(shape, StructureShape):
        out.params = dict(body)
        return out
    out.params = _struct(body, shape, out, top=True)
    return out


@functools.lru_cache(maxsize=4096)
def _member_index(shape: StructureShape) -> dict[str, str]:
    """Every spelling CloudTrail may use for a member, folded, to the member's name."""
    index: dict[str, str] = {}
    for name, member in shape.members.items():
        spellings = {name, member.serialization.get("name") or name}
        if member.type_name == "list":
            spellings |= {s + "Set" for s in list(spellings)}
            spellings.add((member.member.serialization.get("name") or "") + "Set")
        for spelling in spellings:
            if spelling and spelling.lower() != "itemset":
                index.setdefault(spelling.lower(), name)
    return index


def _struct(
    value: Mapping[str, Any], shape: StructureShape, out: Normalized, *, top: bool = False
) -> dict[str, Any]:
    index = _member_index(shape)
    result: dict[str, Any] = {}
    for key, item in value.items():
        if top and key in ADDED_KEYS and key not in shape.members:
            out.added_keys += 1
            continue
        name = index.get(key.lower()) if isinstance(key, str) else None
        if name is None or name in result:
            result[key] = item  # unknown to the model: scanned as free text
            continue
        out.renamed += name != key
        converted = _value(item, shape.members[name], out)
        if converted is not _DROP:
            result[name] = converted
    return result


_DROP = object()


def _value(item: Any, shape: Shape, out: Normalized) -> Any:
    kind = shape.type_name
    if isinstance(item, str) and item == HIDDEN:
        out.hidden_values += 1
        return _DROP
    if kind in _SCALARS:
        # A number or time the service accepted, written as text: no free text there.
        return item if not isinstance(item, str) else _DROP
    if kind == "structure" and isinstance(item, Mapping) and isinstance(shape, StructureShape):
        if shape.metadata.get("document"):
            return item
        return _struct(item, shape, out)
    if kind == "list":
        return _list(item, shape, out)
    if kind == "map" and isinstance(item, Mapping):
        value_shape = shape.value
        mapped = {k: _value(v, value_shape, out) for k, v in item.items()}
        return {k: v for k, v in mapped.items() if v is not _DROP}
    return item


def _list(item: Any, shape: Shape, out: Normalized) -> Any:
    member: Shape = shape.member
    if isinstance(item, Mapping) and set(item) == {"items"}:
        item = item["items"]  # EC2: tagSet: {"items": [...]}
    if isinstance(item, Mapping) and isinstance(member, StructureShape) and _is_pairs(member):
        # A tag list written as a map ({"team": "x"}): rebuilt as the model's pairs.
        key_name, value_name = _pair_names(member)
        item = [{key_name: k, value_name: v} for k, v in item.items()]
    if not isinstance(item, list):
        return item
    values = []
    for element in item:
        if member.type_name == "string" and isinstance(element, Mapping) and len(element) == 1:
            # EC2: instancesSet: {"items": [{"instanceId": "i-1"}]} for a list of ids.
            (element,) = element.values()
        converted = _value(element, member, out)
        if converted is not _DROP:
            values.append(converted)
    return values


def _is_pairs(shape: StructureShape) -> bool:
    return {m.lower() for m in shape.members} == {"key", "value"}


def _pair_names(shape: StructureShape) -> tuple[str, str]:
    names = {m.lower(): m for m in shape.members}
    return names["key"], names["value"]
