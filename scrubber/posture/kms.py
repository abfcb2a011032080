"""Customer-managed KMS keys: which Create calls take one, read from the service model.

A *carrier* is a string member of an operation's input (at any depth) that
holds a KMS key: its name or its shape's name says ``KmsKey``/``KMSKey``/
``kmsKey``, or its pattern is that of a KMS ARN. Nothing here names a
service or an operation: Forecast's ``EncryptionConfig.KMSKeyArn``,
Personalize's ``kmsKeyArn`` and Lookout for Metrics' ``KmsKeyArn`` are found
the same way, and a model update brings its new members along.

A carrier *applies* to a call when the structure holding it is present, or
when that structure exists only to carry the key (its other members are role
ARNs, like Forecast's ``EncryptionConfig``) and its parent is present: leaving
it out is then how a caller leaves the key out. A carrier below an optional
part the call does not use (Forecast's ``TimeSeriesSelector``) does not apply.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import regex
from botocore.model import Shape, StructureShape

from scrubber.findings import Finding
from scrubber.paths import ROOT, Path
from scrubber.policy import PostureLevel
from scrubber.posture.rules import NO_CUSTOMER_KEY, posture_finding
from scrubber.service_models import operation_model, service_model

_KEY_NAME = regex.compile(r"kms_?key", regex.IGNORECASE)
_ROLE_NAME = regex.compile(r"role", regex.IGNORECASE)
# The operations that create something: leaving the key out there means the
# service's own key for the resource's life. Updates leave an omitted key as it was.
_CREATE = regex.compile(r"Create[A-Z]")

# One step down an input: a member by name, or every item of a list.
EACH = "[*]"
# An attribute set to an expression the reader could not resolve (Terraform gives None).
EXPRESSION = "<expression>"


@dataclass(frozen=True)
class Carrier:
    """Where a KMS key goes in one operation's input."""

    steps: tuple[str, ...]  # member names and EACH, from the input to the key member
    shape_name: str  # the key member's shape
    # The holding structure exists only for the key (and the role that uses it).
    holder_optional: bool

    @property
    def path(self) -> Path:
        out = ROOT
        for step in self.steps:
            out = out.item(None) if step == EACH else out.member(step)
        return out

    @property
    def member(self) -> str:
        return self.steps[-1]


def is_key_member(name: str, shape: Shape) -> bool:
    if shape.type_name != "string":
        return False
    pattern = str(shape.metadata.get("pattern") or "")
    return bool(_KEY_NAME.search(name) or _KEY_NAME.search(shape.name) or ":kms:" in pattern)


@functools.lru_cache(maxsize=512)
def carriers(service: str, operation: str) -> tuple[Carrier, ...]:
    """Every member of the operation's input that carries a KMS key."""
    op = operation_model(service, operation)
    found: list[Carrier] = []
    if op.input_shape is not None:
        _collect(op.input_shape, (), frozenset(), found)
    return tuple(found)


def _collect(
    shape: Shape, steps: tuple[str, ...], seen: frozenset[str], out: list[Carrier]
) -> None:
    if shape.type_name == "list":
        _collect(shape.member, (*steps, EACH), seen, out)
        return
    if not isinstance(shape, StructureShape) or shape.name in seen:
        return  # recursive shapes are walked once
    seen = seen | {shape.name}
    members = shape.members
    keys = [name for name, m in members.items() if is_key_member(name, m)]
    key_only = bool(keys) and all(
        name in keys or (_ROLE_NAME.search(name) and m.type_name == "string")
        for name, m in members.items()
    )
    for name in keys:
        out.append(Carrier((*steps, name), members[name].name, bool(steps) and key_only))
    for name, member in members.items():
        if name not in keys:
            _collect(member, (*steps, name), seen, out)


def applies_to(operation: str) -> bool:
    """Whether the rule asks for a key on this operation (a Create call)."""
    return bool(_CREATE.match(operation))


# How a file spells the API's members: as is (payloads), PascalCase compared
# case-insensitively (CloudFormation: ``KmsKeyArn`` for ``KMSKeyArn``), or
# snake_case (Terraform's awscc provider: ``kms_key_arn``, nested blocks as lists).
Spelling = Literal["api", "cloudformation", "terraform"]


def missing_keys(
    service: str,
    operation: str,
    params: Mapping[str, Any],
    *,
    spelling: Spelling = "api",
) -> list[tuple[Carrier, Path]]:
    """Carriers that apply to this call and are not given a key, with the path of each.

    ``spelling``: how member names are written; outside the API any non-empty
    value counts as given (a ``Ref``, ``Fn::ImportValue`` or Terraform reference too).
    """
    out: list[tuple[Carrier, Path]] = []
    for carrier in _asked(service, operation):
        _missing(params, carrier, 0, ROOT, spelling, out)
    return out


@functools.lru_cache(maxsize=1024)
def _asked(service: str, operation: str) -> tuple[Carrier, ...]:
    """The carriers the rule asks to be given on this call (none if not a Create call).
    Cached by the names as given: the hook asks on every call."""
    name = operation_model(service, operation).name
    return carriers(service, name) if applies_to(name) else ()


_WORD_START = regex.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _fold(name: str) -> str:
    return name.replace("_", "").lower()


def spelled(name: str, spelling: Spelling) -> str:
    """An API member name as a file of this spelling writes it."""
    if spelling == "cloudformation":
        return name[:1].upper() + name[1:]
    if spelling == "terraform":
        return str(_WORD_START.sub("_", name)).lower()
    return name


def _get(container: Mapping[str, Any], name: str, spelling: Spelling) -> tuple[str, Any]:
    """(the member's name as written, its value); a missing member is named as the
    file would spell it (``kmsKeyArn`` is CloudFormation's ``KmsKeyArn``)."""
    if name in container or spelling == "api":
        return name, container.get(name)
    wanted = _fold(name)
    for key, value in container.items():
        if _fold(str(key)) == wanted:
            if spelling == "terraform" and isinstance(value, list) and len(value) == 1:
                value = value[0]  # a nested block: HCL readers give a list of one
            if spelling == "terraform" and value is None:
                value = EXPRESSION  # a reference (var.key_arn): a key, not known here
            return str(key), value
    return spelled(name, spelling), None


def _missing(
    value: Any,
    carrier: Carrier,
    depth: int,
    path: Path,
    spelling: Spelling,
    out: list[tuple[Carrier, Path]],
) -> None:
    steps = carrier.steps
    step = steps[depth]
    if step == EACH:
        if isinstance(value, list):
            for i, item in enumerate(value):
                _missing(item, carrier, depth + 1, path.item(i), spelling, out)
        return
    if not isinstance(value, Mapping):
        return  # a part the call does not use (or a template function standing for it)
    name, child = _get(value, step, spelling)
    child_path = path.member(name)
    if depth == len(steps) - 1:
        if child is None or child == "" or child == {}:
            out.append((carrier, child_path))
        return
    if child is None and depth == len(steps) - 2 and carrier.holder_optional:
        leaf = _get({}, steps[-1], spelling)[0]
        out.append((carrier, child_path.member(leaf)))
        return
    if child is not None:
        _missing(child, carrier, depth + 1, child_path, spelling, out)


def kms_findings(
    service: str, operation: str, params: Mapping[str, Any], level: PostureLevel
) -> list[Finding]:
    """NO_CUSTOMER_KEY findings for one call's params (none when ``level`` is off)."""
    if level == "off":
        return []
    return [
        posture_finding(
            NO_CUSTOMER_KEY,
            path,
            level,
            "no customer-managed KMS key given: the service would encrypt with its own key",
            field_kind="identifier",
        )
        for _, path in missing_keys(service, operation, params)
    ]


def explain(service: str, operation: str) -> str:
    """Which members of an operation carry a KMS key, for ``scrub-check --explain``."""
    op = operation_model(service, operation)
    found = carriers(service, op.name)
    if not found:
        return f"{service} {op.name}: no member carries a KMS key"
    scope = (
        "the customer-managed key rule (NO_CUSTOMER_KEY) asks for a key here"
        if applies_to(op.name)
        else "not a Create call: the customer-managed key rule does not apply"
    )
    lines = [f"{service} {op.name}: {len(found)} member(s) carry a KMS key; {scope}"]
    for c in found:
        note = " (its structure exists for the key: leaving it out leaves the key out)"
        lines.append(f"  {c.path}  {c.shape_name}{note if c.holder_optional else ''}")
    return "\n".join(lines)


def operations_with_keys(service: str) -> list[tuple[str, tuple[Carrier, ...]]]:
    """The Create operations of a service that take a customer-managed key."""
    model = service_model(service)
    return [
        (name, carriers(service, name))
        for name in sorted(model.operation_names)
        if applies_to(name) and carriers(service, name)
    ]
