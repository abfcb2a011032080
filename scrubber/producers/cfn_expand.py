"""CloudFormation as written today, brought to plain resources before the template is checked.

* ``Fn::ForEach`` loops (``Transform: AWS::LanguageExtensions``) are expanded as
  CloudFormation does: each item of the collection (a list, or a ``Ref`` to a
  parameter's default) replaces ``${Id}`` and ``&{Id}`` (alphanumerics only) in
  keys and strings, and ``{"Ref": Id}``; loops nest. A collection that cannot be
  resolved here (another intrinsic) gives one copy with the identifier's name in
  place, so the loop's literal text is still checked.
* SAM: a function's ``IoTRule`` event becomes the ``AWS::IoT::TopicRule`` the
  transform makes of it (its ``Sql`` is the rule's SQL statement).
* A resource whose ``Type`` is a mapping (a preprocessor's module, as Rain's
  ``{"Rain::Module": "modules/vpc.yml"}``) is left out: the module's file is
  checked on its own.

Each generated resource remembers where it came from (:class:`Origin`), so a
finding in it is reported at the loop, or at the event, in the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import regex

FOR_EACH = "Fn::ForEach::"
# Generated entries past this are not expanded (the rest of the template still is).
MAX_GENERATED = 10_000
_ALNUM = regex.compile(r"[^A-Za-z0-9]")
# The resource part of a finding's path: by name, by position, or as a quoted key.
_RESOURCE_HEAD = regex.compile(
    r'Resources(?:\.([^.\[{]+)|\[#(\d+)\]|\{#(\d+)\}|\[("(?:[^"\\]|\\.)*")\])'
)

# A step into a parsed file, as scrubber.cli.locate takes it: (kind, name or position).
Step = tuple[str, str | int]


@dataclass(frozen=True)
class Origin:
    """Where a generated resource is written: ``steps`` into the original template;
    with ``rest`` (a prefix of the generated path to drop), the finding's own path
    below that prefix is followed there too."""

    steps: tuple[Step, ...]
    rest: int | None = None
    # How a path shows the resource instead of its generated ID (which the loop's
    # collection may have filled with data): the loop and the item's position.
    label: str | None = None


@dataclass
class Expanded:
    template: dict[str, Any]
    origins: dict[str, Origin] = field(default_factory=dict)  # generated logical ID -> origin
    problems: list[str] = field(default_factory=list)

    modules: int = 0  # preprocessor modules left out

    @property
    def changed(self) -> bool:
        return bool(self.origins) or bool(self.problems) or bool(self.modules)


def expand(template: dict[str, Any]) -> Expanded:
    """The template with loops expanded and SAM IoT rule events added (a new dict
    where anything changed; ``template`` itself is never modified)."""
    out = Expanded(template)
    resources = template.get("Resources")
    if not isinstance(resources, dict):
        return out
    if any(isinstance(k, str) and k.startswith(FOR_EACH) for k in resources):
        resources = _Loops(template, out.problems).resources(resources, out.origins)
    modules = [
        k for k, r in resources.items() if isinstance(r, dict) and isinstance(r.get("Type"), dict)
    ]
    if modules:
        resources = {k: r for k, r in resources.items() if k not in modules}
        out.modules = len(modules)
    resources = _sam_events(resources, out.origins)
    if out.changed:
        out.template = {**template, "Resources": resources}
    return out


def has_loops(data: Any) -> bool:
    """Resources that only expansion makes plain: loops, or preprocessor modules."""
    resources = data.get("Resources") if isinstance(data, dict) else None
    return isinstance(resources, dict) and any(
        (isinstance(k, str) and k.startswith(FOR_EACH))
        or (isinstance(r, dict) and isinstance(r.get("Type"), dict))
        for k, r in resources.items()
    )


# ---- Fn::ForEach -------------------------------------------------------------


@dataclass
class _Loops:
    template: dict[str, Any]
    problems: list[str]
    generated: int = 0

    def resources(self, resources: dict[str, Any], origins: dict[str, Origin]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in resources.items():
            if isinstance(key, str) and key.startswith(FOR_EACH):
                at: tuple[Step, ...] = (("member", "Resources"), ("key", key))
                for n, (new_key, new_value) in enumerate(self.loop(key, value).items()):
                    out.setdefault(new_key, new_value)
                    origins.setdefault(new_key, Origin(at, label=f"{key}[#{n}]"))
            else:
                out[key] = value
        return out

    def loop(self, name: str, spec: Any) -> dict[str, Any]:
        """The entries one loop stands for (its nested loops expanded too); problems
        never name the loop (its name is the file's text)."""
        if not (isinstance(spec, list) and len(spec) == 3 and isinstance(spec[0], str)):
            self.problems.append("an Fn::ForEach loop is not [identifier, collection, template]")
            return {}
        identifier, collection, body = spec
        if not isinstance(body, dict):
            self.problems.append("an Fn::ForEach loop's template is not a mapping")
            return {}
        out: dict[str, Any] = {}
        for item in self.items(identifier, collection):
            self.generated += len(body)
            if self.generated > MAX_GENERATED:
                self.problems.append(f"an Fn::ForEach loop expands past {MAX_GENERATED} entries")
                return out
            replaced = _substitute(body, identifier, item)
            for key, value in replaced.items():
                if isinstance(key, str) and key.startswith(FOR_EACH):
                    for inner_key, inner_value in self.loop(key, value).items():
                        out.setdefault(inner_key, inner_value)
                else:
                    out.setdefault(str(key), value)
        return out

    def items(self, identifier: str, collection: Any) -> list[str]:
        values = collection
        if isinstance(collection, dict) and set(collection) == {"Ref"}:
            values = self._parameter_default(collection["Ref"])
        if isinstance(values, list) and all(isinstance(v, (str, int, float)) for v in values):
            return [str(v) for v in values]
        # Resolved only at deploy time: one copy keeps the loop's literal text checked.
        return [identifier]

    def _parameter_default(self, name: Any) -> Any:
        parameters = self.template.get("Parameters")
        parameter = parameters.get(name) if isinstance(parameters, dict) else None
        default = parameter.get("Default") if isinstance(parameter, dict) else None
        if isinstance(default, str):
            return [part.strip() for part in default.split(",")]
        return default


def _substitute(value: Any, identifier: str, item: str) -> Any:
    dollar, ampersand = "${" + identifier + "}", "&{" + identifier + "}"
    alnum = _ALNUM.sub("", item)

    def text(s: str) -> str:
        return s.replace(dollar, item).replace(ampersand, alnum) if "{" in s else s

    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return text(v)
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, dict):
            if len(v) == 1 and v.get("Ref") == identifier:
                return item
            return {text(k) if isinstance(k, str) else k: walk(x) for k, x in v.items()}
        return v

    return walk(value)


# ---- SAM ---------------------------------------------------------------------

_SAM_FUNCTION = "AWS::Serverless::Function"


def _sam_events(resources: dict[str, Any], origins: dict[str, Origin]) -> dict[str, Any]:
    added: dict[str, Any] = {}
    for logical_id, resource in resources.items():
        if not (isinstance(resource, dict) and resource.get("Type") == _SAM_FUNCTION):
            continue
        properties = resource.get("Properties")
        events = properties.get("Events") if isinstance(properties, dict) else None
        if not isinstance(events, dict):
            continue
        for event_name, event in events.items():
            rule = _iot_rule(event)
            if rule is None:
                continue
            new_id = f"{logical_id}{event_name}"  # the transform's own naming
            # Taken already (SAM then refuses the template): the event is still checked.
            while new_id in resources or new_id in added:
                new_id += "_"
            added[new_id] = rule
            at: tuple[Step, ...] = (
                ("member", "Resources"),
                ("member", str(logical_id)),
                ("member", "Properties"),
                ("member", "Events"),
                ("member", str(event_name)),
                ("member", "Properties"),
            )
            # Resources.<id>.Properties.TopicRulePayload.<rest> is the event's Properties.<rest>
            origins[new_id] = Origin(at, rest=4)
    return {**resources, **added} if added else resources


def _iot_rule(event: Any) -> dict[str, Any] | None:
    if not (isinstance(event, dict) and event.get("Type") == "IoTRule"):
        return None
    spec = event.get("Properties")
    if not isinstance(spec, dict):
        return None
    payload = {k: spec[k] for k in ("Sql", "AwsIotSqlVersion") if k in spec}
    return {"Type": "AWS::IoT::TopicRule", "Properties": {"TopicRulePayload": payload}}


def shown_path(origins: dict[str, Origin], path: str, ids: list[str]) -> str:
    """``path`` with a loop-generated resource named by its loop and position."""
    for prefix, logical_id in _resource_prefixes(path, ids):
        origin = origins.get(logical_id)
        if origin is not None and origin.label is not None:
            return f"Resources.{origin.label}{path[len(prefix) :]}"
    return path


def _resource_prefixes(path: str, ids: list[str]) -> list[tuple[str, str]]:
    head = _RESOURCE_HEAD.match(path)
    if head is None:
        return []
    name, value_at, key_at, quoted = head.groups()
    if name is not None:
        return [(head.group(), name)]
    if quoted is not None:
        return [(head.group(), str(json.loads(quoted)))]
    position = int(value_at if value_at is not None else key_at)
    return [(head.group(), ids[position])] if position < len(ids) else []


def origin_steps(
    origins: dict[str, Origin], steps: list[Step], position_of: Callable[[int], str | None]
) -> list[Step] | None:
    """The steps into the original template for a finding's path in the expanded one,
    or None when the finding is not in a generated resource."""
    if len(steps) < 2 or steps[0] != ("member", "Resources"):
        return None
    _, arg = steps[1]
    logical_id = position_of(arg) if isinstance(arg, int) else str(arg)
    origin = origins.get(logical_id) if logical_id is not None else None
    if origin is None:
        return None
    if origin.rest is None:
        return list(origin.steps)
    return list(origin.steps) + steps[origin.rest :]
