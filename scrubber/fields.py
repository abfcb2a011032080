"""The field model: a :class:`Field` is one value to check, with its
:class:`FieldSpec` (kind and the constraints the service checks on it).

Every string leaf of an operation's input shape is classified from botocore's
own service model: the member's name, its shape's name and traits, and where it
sits (a tag structure, a tag map). Per-service overrides (``overrides.py``) fix
what the generic rules get wrong. Producers (``scrubber.producers``) turn
payloads, templates and documents into fields; ``scrubber.verdicts`` judges
each one.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
from botocore.model import Shape

from scrubber.kinds import FieldKind
from scrubber.overrides import OVERRIDES
from scrubber.paths import ROOT, Path
from scrubber.service_models import operation_model


@dataclass(frozen=True)
class FieldSpec:
    """A string field's kind and the constraints the service checks on it."""

    kind: FieldKind
    shape_name: str
    rule: str
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    enum: tuple[str, ...] | None = None

    @property
    def is_free_form(self) -> bool:
        return self.kind not in (FieldKind.IDENTIFIER, FieldKind.SECRET)

    def accepts(self, value: str) -> bool:
        """Whether the service would accept ``value`` here (pattern, min, max, enum)."""
        if self.enum is not None and value not in self.enum:
            return False
        if self.min_length is not None and len(value) < self.min_length:
            return False
        if self.max_length is not None and len(value) > self.max_length:
            return False
        compiled = compile_model_pattern(self.pattern) if self.pattern else None
        return compiled is None or compiled.search(value) is not None


# A free-form string with no shape (a document, an unknown member).
UNMODELED = FieldSpec(FieldKind.FREE_TEXT, "", "unmodeled value: scanned as free text")


class Role(enum.Enum):
    """What a field is to its container."""

    VALUE = "value"
    # A map key: data sent with the call; reported, and rewritten like a value.
    KEY = "key"
    # A key that is its author's identifier (a template's logical ID): reported,
    # and shown in paths unless something is found in it.
    ID = "id"
    # A key that only names something (a template parameter, a mapping):
    # checked so that a path never shows data, never reported itself.
    LABEL = "label"


@dataclass(frozen=True)
class Field:
    """One value to check: where it is, what kind of field, and what is beside it.

    ``text`` is the value as it is scanned (bytes decoded, a number as the text
    it becomes). The value and the keys beside it may be data: none of them is
    in the repr.
    """

    path: Path
    spec: FieldSpec
    text: str = field(repr=False)
    role: Role = Role.VALUE
    # The key this value is filed under (a tag's Key, a map key), if any: a
    # value under ``db_password`` is a password whatever it looks like.
    context: str | None = field(default=None, repr=False)
    # The called service, whose ARNs name resources created through it: their
    # resource part is checked as a name (see ``scrubber.verdicts``).
    arn_service: str | None = None
    # How to turn rewritten text back into the value (bytes stay bytes);
    # None: the value cannot be rewritten safely, so a finding blocks.
    encode: Callable[[str], Any] | None = field(default=str, repr=False, compare=False)
    # False for a stream: its content cannot be read unconsumed, so it is refused.
    readable: bool = True
    # Bytes that are not text, read one character a byte only to look at.
    binary: bool = False
    # Why the value matters, when that is not plain from the field (a logical
    # ID: CloudFormation builds resource names from it); reported as the reason.
    note: str = ""


_SURROGATE_PAIR = regex.compile(r"\\u(D[89AB][0-9A-F]{2})\\u(D[C-F][0-9A-F]{2})", regex.I)


def _join_surrogates(match: regex.Match[str]) -> str:
    high, low = int(match.group(1), 16), int(match.group(2), 16)
    return f"\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08X}"


_pattern_cache: dict[str, regex.Pattern[str] | None] = {}


def compile_model_pattern(pattern: str) -> regex.Pattern[str] | None:
    """Compile an AWS model pattern as the service applies it (Java syntax, search).

    Java writes astral characters as surrogate pairs (``\\uD800\\uDC00``); those
    are joined into code points first. A pattern that still does not compile
    yields None, and :meth:`FieldSpec.accepts` then checks length and enum only.
    """
    if pattern not in _pattern_cache:
        try:
            _pattern_cache[pattern] = regex.compile(_SURROGATE_PAIR.sub(_join_surrogates, pattern))
        except regex.error:
            _pattern_cache[pattern] = None
    return _pattern_cache[pattern]


# Generic rules, in order; the first that matches the member name (or, failing
# that, the shape name) decides. A rule matches when its words end the name at
# a word boundary (camelCase, snake_case): "ClientRequestToken" ends in "token",
# "componentUpdates" does not end in "date". ``whole`` rules match whole names.
_RULES: tuple[tuple[str, FieldKind, regex.Pattern[str]], ...] = tuple(
    (name, kind, regex.compile(rx))
    for name, kind, rx in (
        ("arn", FieldKind.IDENTIFIER, r"arns?"),
        # A field whose purpose is an address (SNS PhoneNumber, SES addresses)
        # must carry it; the service handles it as such, not as free text.
        ("addressing", FieldKind.IDENTIFIER, r"(emailaddress|phonenumber|email|phone)(es|s)?"),
        (
            "url",
            FieldKind.URL,
            r"(url|uri|endpoint|host|header|querystring|s3path|s3location"
            r"|location|datapath|templatedpath|resultspath|s3key|s3bucket)s?",
        ),
        ("description", FieldKind.DESCRIPTION, r"(description|comment|message|reason|note)s?"),
        (
            "identifier",
            FieldKind.IDENTIFIER,
            r"(id|ids|token|version|versionid|time|timestamp|date|datetime|frequency|format"
            r"|timezone|region|cidr|hash|algorithm|checksum|uuid|type|types|status|unit|charset"
            r"|delimiter|quotesymbol|marker|kmskeyid|md5|sha256|crc32|sqlversion|principal|role"
            r"|policydocument|state|statistic|operator|mode|protocol|certificatepem|pem"
            r"|signingrequest)s?",
        ),
        (
            "name",
            FieldKind.NAME,
            r"(name|names|alias|prefix|title|label|namespace|filter|identifier)",
        ),
    )
)
_WHOLE_RULES: tuple[tuple[str, FieldKind, regex.Pattern[str]], ...] = (
    ("url", FieldKind.URL, regex.compile(r"key|bucket|bucketname|path|domainname")),
)
_NAME_WORD = regex.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def _word_endings(name: str) -> list[str]:
    """The name's trailing words joined, shortest first: TimeZone -> zone, timezone."""
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    return ["".join(words[i:]) for i in range(len(words) - 1, -1, -1)]


def _rule_for(name: str) -> tuple[str, FieldKind] | None:
    whole = name.lower()
    for rule, kind, rx in _WHOLE_RULES:
        if rx.fullmatch(whole):
            return rule, kind
    endings = _word_endings(name)
    if len(endings) == 1 and name.islower():
        # One lower-case word gives no boundaries ("widgetdescription"): any ending.
        endings = [whole[i:] for i in range(len(whole) - 1, -1, -1)]
    for rule, kind, rx in _RULES:
        if any(rx.fullmatch(ending) for ending in endings):
            return rule, kind
    return None


_TAG_MAP = regex.compile(r"^(tags|tagmap|resourcetags)$", regex.I)


def _override(service: str, struct: str, member: str, shape: Shape) -> FieldKind | None:
    table = OVERRIDES.get(service, {})
    for key in (f"{struct}.{member}", member, f"shape:{shape.name}"):
        if key in table:
            return table[key]
    return None


def _spec(kind: FieldKind, shape: Shape, rule: str) -> FieldSpec:
    meta = shape.metadata
    enum_values = meta.get("enum")
    return FieldSpec(
        kind=kind,
        shape_name=shape.name,
        rule=rule,
        pattern=meta.get("pattern"),
        min_length=meta.get("min"),
        max_length=meta.get("max"),
        enum=tuple(enum_values) if enum_values else None,
    )


_classified: dict[tuple[str, str, str, str, FieldKind | None, bool], FieldSpec] = {}


def classify_string(
    service: str,
    struct: str,
    member: str,
    shape: Shape,
    role: FieldKind | None = None,
    *,
    map_key: bool = False,
) -> FieldSpec:
    """Classify one string member ``struct.member`` of ``shape`` (memoized).

    ``role`` is the kind the position forces (a tag map's keys and values).
    ``map_key``: the string is a key of the map ``member``; the member's name
    describes the map's values ("compositeComponentTypes"), so the key's own
    shape ("Name") is asked first.
    """
    cache_key = (service, struct, member, shape.name, role, map_key)
    found = _classified.get(cache_key)
    if found is None:
        found = _classify(service, struct, member, shape, role, map_key)
        _classified[cache_key] = found
    return found


def _classify(
    service: str, struct: str, member: str, shape: Shape, role: FieldKind | None, map_key: bool
) -> FieldSpec:
    forced = _override(service, struct, member, shape)
    if forced is not None:
        return _spec(forced, shape, f"override for {service}")
    if shape.metadata.get("enum"):
        return _spec(FieldKind.IDENTIFIER, shape, "enum")
    if role is not None:
        return _spec(role, shape, "tag position")
    shape_name = shape.name
    if regex.search(r"^tagkeys?$", member, regex.I) or shape_name == "TagKey":
        return _spec(FieldKind.TAG_KEY, shape, "tag key")
    if shape_name == "TagValue":
        return _spec(FieldKind.TAG_VALUE, shape, "tag value")
    order = (("shape", shape_name), ("member", member))
    for source, name in order if map_key else order[::-1]:
        found = _rule_for(name)
        if found is not None:
            return _spec(found[1], shape, f"{found[0]} ({source})")
    return _spec(FieldKind.FREE_TEXT, shape, "default")


def _is_tag_struct(shape: Shape) -> bool:
    members = {m.lower() for m in shape.members}
    return shape.name.endswith("Tag") and {"key", "value"} <= members


def _tag_roles(member: str, shape: Shape) -> tuple[FieldKind, FieldKind] | None:
    """A map that holds tags: its keys are tag keys, its values tag values."""
    if shape.type_name == "map" and (_TAG_MAP.search(member) or shape.name.endswith("TagMap")):
        return FieldKind.TAG_KEY, FieldKind.TAG_VALUE
    return None


def sibling_key(struct: Mapping[Any, Any], member: str) -> str | None:
    """For ``Value``/``tagValue``/``value``, the string under ``Key``/``tagKey``/``key``."""
    if not member.lower().endswith("value"):
        return None
    stem = member[: -len("value")]
    candidates = [stem + "Key", stem + "key", stem + "Name", stem + "name"]
    if stem:
        # IoT's command parameters: {"name": "wifiPassword", "defaultValue": {"S": ...}}.
        candidates += ["Key", "key", "Name", "name"]
    for candidate in candidates:
        found = struct.get(candidate)
        if isinstance(found, str):
            return found
    # TwinMaker's property filters: {"propertyName": "contactPhone", "value": ...};
    # only one member may name it.
    named = [
        found
        for name, found in struct.items()
        if name.lower().endswith(("name", "key")) and isinstance(found, str)
    ]
    return named[0] if len(named) == 1 else None


# ---- walking shapes: classification templates, for users and tests --------


@dataclass(frozen=True)
class FieldTemplate:
    """A string field an operation's input can hold; ``[*]``, ``["*"]`` in its path."""

    path: Path
    spec: FieldSpec


def operation_fields(service: str, operation: str) -> list[FieldTemplate]:
    """Every string leaf an operation's input can hold, as path templates."""
    op = operation_model(service, operation)
    if op.input_shape is None:
        return []
    return list(_templates(service, op.input_shape, ROOT, frozenset()))


def _templates(
    service: str, shape: Shape, path: Path, seen: frozenset[str]
) -> Iterator[FieldTemplate]:
    if shape.type_name != "structure" or shape.name in seen:
        return
    seen = seen | {shape.name}
    for member, member_shape in shape.members.items():
        yield from _member_templates(
            service, shape.name, member, member_shape, path.member(member), seen, None
        )


def _member_templates(
    service: str,
    struct: str,
    member: str,
    shape: Shape,
    path: Path,
    seen: frozenset[str],
    role: FieldKind | None,
    *,
    map_key: bool = False,
) -> Iterator[FieldTemplate]:
    kind = shape.type_name
    if kind == "string":
        spec = classify_string(service, struct, member, shape, role, map_key=map_key)
        yield FieldTemplate(path, spec)
    elif kind == "structure":
        if shape.metadata.get("document"):
            yield FieldTemplate(path.entry_key(None), UNMODELED)
        elif _is_tag_struct(shape):
            for m, ms in shape.members.items():
                tag_role = FieldKind.TAG_KEY if m.lower() == "key" else FieldKind.TAG_VALUE
                yield from _member_templates(
                    service,
                    shape.name,
                    m,
                    ms,
                    path.member(m),
                    seen,
                    tag_role if m.lower() in ("key", "value") else None,
                )
        else:
            yield from _templates(service, shape, path, seen)
    elif kind == "list":
        yield from _member_templates(
            service, struct, member, shape.member, path.item(None), seen, role
        )
    elif kind == "map":
        roles = _tag_roles(member, shape) or (None, None)
        yield from _member_templates(
            service,
            struct,
            member,
            shape.key,
            path.entry_key(None),
            seen,
            roles[0],
            map_key=True,
        )
        yield from _member_templates(
            service, struct, member, shape.value, path.entry(None), seen, roles[1]
        )


def format_operation(service: str, operation: str) -> str:
    """A table of how each string field of an operation is classified."""
    rows = operation_fields(service, operation)
    op = operation_model(service, operation)
    width = max((len(str(r.path)) for r in rows), default=4)
    lines = [f"{service} {op.name}: {len(rows)} string field(s)"]
    for r in rows:
        s = r.spec
        limits = []
        if s.min_length is not None or s.max_length is not None:
            limits.append(f"len {s.min_length or 0}..{s.max_length or '-'}")
        if s.enum:
            limits.append(f"enum({len(s.enum)})")
        if s.pattern:
            limits.append(f"pattern {s.pattern}")
        lines.append(
            f"  {r.path!s:<{width}}  {s.kind.value:<11} {s.shape_name or '-':<24} "
            f"[{s.rule}] {'; '.join(limits)}".rstrip()
        )
    return "\n".join(lines)


def service_counts(service: str) -> dict[str, int]:
    """How many string field templates of each kind a service's operations have."""
    from scrubber.service_models import service_model

    counts = {k.value: 0 for k in FieldKind}
    for op in service_model(service).operation_names:
        for t in operation_fields(service, op):
            counts[t.spec.kind.value] += 1
    return counts
