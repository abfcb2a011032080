"""API payloads (and JSON-like documents) as fields: one walk along the input shape.

:func:`snapshot` first copies the caller's params into plain dicts and lists
(any iterable is read once, into the list that goes on), so the caller's
objects are never touched and the same tree can be rebuilt afterwards
(``scrubber.rebuild``). :func:`iter_fields` then yields every string leaf and
map key of it as a :class:`~scrubber.fields.Field`, classified from
botocore's model; with no shape, every string is free text (documents).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from botocore.model import Shape

from recognizers.pairs import files_aws_accounts, key_words
from scrubber import values
from scrubber.fields import (
    UNMODELED,
    Field,
    FieldSpec,
    Role,
    _is_tag_struct,
    _tag_roles,
    classify_string,
    sibling_key,
)
from scrubber.kinds import FieldKind
from scrubber.paths import ROOT, Item, Path


def is_sequence(item: Any) -> bool:
    """A list-like value: any iterable but strings, bytes, mappings and streams."""
    return (
        isinstance(item, Iterable)
        and not isinstance(item, (str, bytes, bytearray, memoryview, Mapping))
        and not hasattr(item, "read")
    )


def snapshot(item: Any) -> Any:
    """A copy made of dicts and lists, leaves shared (strings, numbers, bytes, streams)."""
    if isinstance(item, Mapping):
        return {key: snapshot(value) for key, value in item.items()}
    if is_sequence(item):
        return [snapshot(x) for x in item]
    return item


_LABELS = frozenset({"displayName", "DisplayName"})


@dataclass(frozen=True)
class _Walk:
    """One walk over a snapshot; ``arn_service`` goes on every field it yields."""

    service: str
    arn_service: str | None

    def field(
        self, path: Path, spec: FieldSpec, item: Any, *, context: str | None = None
    ) -> Iterator[Field]:
        """The field of one string, or of a number or bool where a string goes:
        botocore sends its text (or refuses it, echoing the value), so that is
        what is scanned."""
        if isinstance(item, str):
            yield Field(path, spec, item, context=context, arn_service=self.arn_service)
            return
        text = values.scalar_text(item)
        if text is not None:
            yield Field(path, spec, text, context=context, arn_service=self.arn_service)
        elif values.is_scalar(item):  # a number too big to print: refused unscanned
            yield Field(path, spec, "", encode=None, readable=False)

    def blob(self, path: Path, spec: FieldSpec, item: Any) -> Iterator[Field]:
        """A blob (IoT Publish payloads) is scanned as the text it holds
        (``scrubber.values``) and rewritten through the same encodings into the
        same type. Binary data is looked at as bytes only: a finding there
        blocks, since rewriting it could corrupt it."""
        read = values.read_blob(item)
        if read is None:  # a stream that cannot be read without consuming it
            yield Field(path, spec, "", encode=None, readable=False)
        elif isinstance(read, values.Binary):
            yield Field(
                path, spec, read.latin1, arn_service=self.arn_service, encode=None, binary=True
            )
        else:
            encode = read.rebuild if read.rewritable else None
            yield Field(path, spec, read.text, arn_service=self.arn_service, encode=encode)

    def struct(
        self, value: dict[str, Any], shape: Shape, path: Path, inherited: str | None = None
    ) -> Iterator[Field]:
        """``inherited``: the nearest map key above, context for strings that have none."""
        tag_struct = _is_tag_struct(shape)
        dimension = _dimension_key(value, path)
        reference, named = _referenced_property(value)
        for position, (key, item) in enumerate(value.items()):
            # A display name labels the entry a map key names; it is not filed
            # under that key (propertyDefinitions["custodian"].displayName).
            above = named if named is not None and key != reference else inherited
            context = sibling_key(value, key) or (None if key in _LABELS else above)
            if dimension is not None and isinstance(item, (dict, list)):
                context = dimension
            member_shape = shape.members.get(key)
            if member_shape is None:
                # Unknown members fail botocore's validation later; scan them anyway,
                # the name too: it is the caller's text, shown by position if sensitive.
                yield from self.key(key, UNMODELED, path, position)
                yield from self.unmodeled(item, path.entry(key, position))
                continue
            role = None
            if tag_struct and key.lower() in ("key", "value"):
                role = FieldKind.TAG_KEY if key.lower() == "key" else FieldKind.TAG_VALUE
            yield from self.value(
                item, shape.name, key, member_shape, path.member(key), role, context
            )

    def value(
        self,
        item: Any,
        struct: str,
        member: str,
        shape: Shape,
        path: Path,
        role: FieldKind | None,
        context: str | None = None,
    ) -> Iterator[Field]:
        kind = shape.type_name
        if kind == "string" and (isinstance(item, str) or values.is_scalar(item)):
            spec = classify_string(self.service, struct, member, shape, role)
            yield from self.field(path, spec, item, context=context)
        elif kind == "structure" and isinstance(item, dict):
            if shape.metadata.get("document"):
                yield from self.unmodeled(item, path)
            else:
                yield from self.struct(item, shape, path, context)
        elif kind == "list" and isinstance(item, list):
            for i, x in enumerate(item):
                yield from self.value(x, struct, member, shape.member, path.item(i), role, context)
        elif kind == "map" and isinstance(item, dict):
            yield from self.map(item, struct, member, shape, path)
        elif kind == "blob" and values.is_blob(item):
            yield from self.blob(path, UNMODELED, item)
        elif isinstance(item, (dict, list, str, bytes, bytearray, memoryview)) or hasattr(
            item, "read"
        ):
            # The value does not fit its shape (validation will refuse it), or it
            # is a string in a non-string shape: scan it all the same.
            yield from self.unmodeled(item, path)

    def map(
        self, item: dict[Any, Any], struct: str, member: str, shape: Shape, path: Path
    ) -> Iterator[Field]:
        key_role, value_role = _tag_roles(member, shape) or (None, None)
        key_spec = classify_string(self.service, struct, member, shape.key, key_role, map_key=True)
        for position, (key, value) in enumerate(item.items()):
            yield from self.key(key, key_spec, path, position)
            context = key if isinstance(key, str) else None
            yield from self.value(
                value,
                struct,
                member,
                shape.value,
                path.entry(str(key), position),
                value_role,
                context,
            )

    def key(self, key: Any, spec: FieldSpec, parent: Path, position: int) -> Iterator[Field]:
        """A map key is data sent with the call; one that is not a string, as its text."""
        yield Field(parent.entry_key(str(key), position), spec, str(key), Role.KEY)

    def unmodeled(self, item: Any, path: Path) -> Iterator[Field]:
        if isinstance(item, dict):
            for position, (key, value) in enumerate(item.items()):
                yield from self.key(key, UNMODELED, path, position)
                below = path.entry(str(key), position)
                if isinstance(value, str) and isinstance(key, str):
                    yield from self.field(below, UNMODELED, value, context=key)
                else:
                    yield from self.unmodeled(value, below)
        elif isinstance(item, list):
            for i, x in enumerate(item):
                yield from self.unmodeled(x, path.item(i))
        elif isinstance(item, (bytes, bytearray, memoryview)) or hasattr(item, "read"):
            yield from self.blob(path, UNMODELED, item)
        elif isinstance(item, str):
            yield from self.field(path, UNMODELED, item)


def _referenced_property(value: dict[str, Any]) -> tuple[str | None, str | None]:
    """The member that references a property, and the property's name, for the
    values beside it: TwinMaker's ``{"entityPropertyReference": {"propertyName":
    "ownerPhone"}, "propertyValues": [...]}`` files the values under "ownerPhone"."""
    for key, item in value.items():
        if isinstance(item, dict) and isinstance(name := item.get("propertyName"), str):
            return key, name
    return None, None


def _dimension_key(value: dict[str, Any], path: Path) -> str | None:
    """The name of a dimension filter, for the values in it: ``{"Name": "brand",
    "FilterList": [...]}``, ``{"DimensionName": "customer_account",
    "DimensionValueList": [...]}`` (a list entry named like a tag's key).

    A dimension is a column of the caller's own data: its name says what the
    values are, as a key does, except where the key rules would read AWS's
    account ids into it (``account_id`` there holds the caller's customers'
    accounts), so such a name is passed only when it names AWS itself.
    """
    if not path.steps or not isinstance(path.steps[-1], Item):
        return None
    name = value.get("Name", value.get("DimensionName"))
    if not isinstance(name, str):
        return None
    words = key_words(name)
    return name if "aws" in words or not files_aws_accounts(words) else None


def iter_fields(
    params: Mapping[str, Any], shape: Shape | None, service: str, arn_service: str | None = None
) -> Iterator[Field]:
    """Every field of a snapshot, in order (a map key before the value under it).

    ``shape`` None: data of no operation (or an operation without input), where
    every string, map keys included, is free text.
    """
    walk = _Walk(service, arn_service)
    if shape is None:
        yield from walk.unmodeled(params, ROOT)
    else:
        yield from walk.struct(dict(params), shape, ROOT)
