"""Terraform: resources checked as the API call that creates them, as templates are.

Two providers declare resources of the five services:

* the Cloud Control provider (``awscc_*``) mirrors CloudFormation's types with
  snake_case attributes: ``awscc_iot_topic_rule`` is ``AWS::IoT::TopicRule``,
  so it is classified by the CloudFormation table (underscores dropped, names
  compared case-insensitively, as the template walker compares them);
* the AWS provider has IoT Core only (``aws_iot_*``): each type names its
  operation and how its attributes map onto the API's members
  (``aws_iot_topic_rule``'s ``http`` block is one of the rule's actions, so
  ``http.url`` is a ``url`` field). ``tags`` (and a plan's ``tags_all``) are tag
  keys and values everywhere.

``.tf`` files: literal strings are checked; ``${var.x}`` and ``${local.y}``
are followed to the variable's default and the local's value when those are
literal in the same module (the ``.tf`` files of the folder), reported where
they are written; any other interpolation is blanked. Plan JSON (``terraform
show -json``) holds resolved values: ``planned_values`` (or a state's
``values``) are checked as they are.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from scrubber.engine import Scrubber
from scrubber.fields import Field, FieldSpec, Role, sibling_key
from scrubber.findings import Finding
from scrubber.kinds import FieldKind
from scrubber.paths import ROOT
from scrubber.paths import Path as FieldPath
from scrubber.producers import hcl_values as hcl
from scrubber.producers.cloudformation import (
    ENTRY,
    ITEM,
    KEY,
    RESOURCE_TYPES,
    ResourceType,
    Template,
    _Classifier,
    service_of,
)
from scrubber.service_models import service_model
from scrubber.verdicts import findings_once

_T = ResourceType
# The rule actions of CreateTopicRule, as Terraform names their blocks.
_RULE_ACTIONS = (
    "cloudwatch_alarm cloudwatch_logs cloudwatch_metric dynamodb dynamodbv2 elasticsearch "
    "firehose http iot_analytics iot_events iot_sitewise kafka kinesis lambda location "
    "republish s3 sns sqs step_functions timestream"
).split()


def _rule_renames() -> dict[Template, Template]:
    actions, error = ("topicrulepayload", "actions", ITEM), ("topicrulepayload", "erroraction")
    out: dict[Template, Template] = {
        ("name",): ("rulename",),
        ("description",): ("topicrulepayload", "description"),
        ("sql",): ("topicrulepayload", "sql"),
        ("sqlversion",): ("topicrulepayload", "awsiotsqlversion"),
        ("erroraction", ITEM, "http", ITEM, "httpheader", ITEM): (*error, "http", "headers", ITEM),
        ("http", ITEM, "httpheader", ITEM): (*actions, "http", "headers", ITEM),
    }
    for action in _RULE_ACTIONS:
        name = action.replace("_", "")
        out[("erroraction", ITEM, name, ITEM)] = (*error, name)
        out[(name, ITEM)] = (*actions, name)
    return out


# AWS provider resource types (their attribute paths with "_" dropped, lower case).
AWS_PROVIDER: dict[str, tuple[str, ResourceType]] = {
    "aws_iot_authorizer": ("iot", _T("CreateAuthorizer", renames={("name",): ("authorizername",)})),
    "aws_iot_billing_group": (
        "iot",
        _T(
            "CreateBillingGroup",
            renames={
                ("name",): ("billinggroupname",),
                ("properties", ITEM, "description"): (
                    "billinggroupproperties",
                    "billinggroupdescription",
                ),
                ("properties", ITEM): ("billinggroupproperties",),
            },
        ),
    ),
    "aws_iot_ca_certificate": (
        "iot",
        _T(
            "RegisterCACertificate",
            renames={
                ("cacertificatepem",): ("cacertificate",),
                ("verificationcertificatepem",): ("verificationcertificate",),
            },
        ),
    ),
    "aws_iot_certificate": ("iot", _T("RegisterCertificate")),
    "aws_iot_domain_configuration": (
        "iot",
        _T("CreateDomainConfiguration", renames={("name",): ("domainconfigurationname",)}),
    ),
    "aws_iot_policy": (
        "iot",
        _T("CreatePolicy", renames={("name",): ("policyname",), ("policy",): ("policydocument",)}),
    ),
    "aws_iot_policy_attachment": (
        "iot",
        _T("AttachPolicy", renames={("policy",): ("policyname",)}),
    ),
    "aws_iot_provisioning_template": (
        "iot",
        _T(
            "CreateProvisioningTemplate",
            renames={
                ("name",): ("templatename",),
                ("preprovisioninghook", ITEM): ("preprovisioninghook",),
            },
        ),
    ),
    "aws_iot_role_alias": ("iot", _T("CreateRoleAlias", renames={("alias",): ("rolealias",)})),
    "aws_iot_thing": (
        "iot",
        _T(
            "CreateThing",
            renames={
                ("name",): ("thingname",),
                ("attributes",): ("attributepayload", "attributes"),
            },
        ),
    ),
    "aws_iot_thing_group": (
        "iot",
        _T(
            "CreateThingGroup",
            renames={
                ("name",): ("thinggroupname",),
                ("properties", ITEM, "description"): (
                    "thinggroupproperties",
                    "thinggroupdescription",
                ),
                ("properties", ITEM, "attributepayload", ITEM): (
                    "thinggroupproperties",
                    "attributepayload",
                ),
                ("properties", ITEM): ("thinggroupproperties",),
            },
        ),
    ),
    "aws_iot_thing_group_membership": ("iot", _T("AddThingToThingGroup")),
    "aws_iot_thing_principal_attachment": (
        "iot",
        _T("AttachThingPrincipal", renames={("thing",): ("thingname",)}),
    ),
    "aws_iot_thing_type": (
        "iot",
        _T(
            "CreateThingType",
            renames={
                ("name",): ("thingtypename",),
                ("properties", ITEM, "description"): (
                    "thingtypeproperties",
                    "thingtypedescription",
                ),
                ("properties", ITEM): ("thingtypeproperties",),
            },
        ),
    ),
    "aws_iot_topic_rule": ("iot", _T("CreateTopicRule", renames=_rule_renames())),
    "aws_iot_topic_rule_destination": (
        "iot",
        _T(
            "CreateTopicRuleDestination",
            renames={("vpcconfiguration", ITEM): ("destinationconfiguration", "vpcconfiguration")},
        ),
    ),
}
_SNAKE_BOUNDARY = regex.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_PREFIX_SERVICES = {
    "aws_iot_": "iot",
    "awscc_iot_": "iot",
    "awscc_iottwinmaker_": "iottwinmaker",
    "awscc_personalize_": "personalize",
    "awscc_forecast_": "forecast",
    "awscc_lookoutmetrics_": "lookoutmetrics",
}
_OUR_PREFIX = regex.compile(
    r"(aws_iot_|awscc_iot_|awscc_iottwinmaker_|awscc_personalize_|awscc_forecast_"
    r"|awscc_lookoutmetrics_)\w"
)
_CLAIM = regex.compile(
    r'resource\s+"(?:aws_iot_|awscc_(?:iot|iottwinmaker|personalize|forecast|lookoutmetrics)_)'
)


@functools.lru_cache(maxsize=1)
def _awscc_types() -> dict[str, str]:
    """awscc_* type -> CloudFormation type, for the types the CloudFormation table covers."""
    out = {}
    for cfn_type in RESOURCE_TYPES:
        _, service, resource = cfn_type.split("::")
        out[f"awscc_{service.lower()}_{_SNAKE_BOUNDARY.sub('_', resource).lower()}"] = cfn_type
    return out


def resource_kind(rtype: str) -> tuple[str, ResourceType | None] | None:
    """(botocore service, how the resource maps onto its API) for a covered Terraform type."""
    if rtype in AWS_PROVIDER:
        return AWS_PROVIDER[rtype]
    cfn_type = _awscc_types().get(rtype)
    service = service_of(cfn_type) if cfn_type else None
    if cfn_type is not None and service is not None:
        return service, RESOURCE_TYPES[cfn_type]
    # A type of the five services not in the tables (a newer one): its attributes are
    # classified by their names, as a template's unknown resource types are.
    unknown = _OUR_PREFIX.match(rtype)
    if unknown is None:
        return None
    return _PREFIX_SERVICES[unknown.group(1)], None


def claims(text: str) -> bool:
    """A .tf text that declares a resource of the five services (its errors are shown)."""
    return bool(_CLAIM.search(text))


@dataclass(frozen=True)
class _SnakeClassifier:
    """The CloudFormation classifier, over Terraform's snake_case attribute names."""

    inner: _Classifier

    def kind(self, template: Template, member: str) -> FieldKind:
        return self.inner.kind(_fold(template), member.replace("_", ""))

    def container(self, template: Template) -> str:
        return self.inner.container(_fold(template))

    def knows(self, template: Template) -> bool:
        return self.inner.knows(_fold(template))


def _fold(template: Template) -> Template:
    folded = tuple(step.replace("_", "") for step in template)
    return ("tags", *folded[1:]) if folded[:1] == ("tagsall",) else folded


# ---- findings ----------------------------------------------------------------


@dataclass(frozen=True)
class TerraformFinding:
    finding: Finding
    resource_type: str
    pos: hcl.Pos | None  # .tf files: where the value is written; plans: located by path
    file: Path | None = None  # a variable or local of another file of the module


@dataclass
class TerraformResult:
    findings: list[TerraformFinding] = field(default_factory=list)
    resources: int = 0  # resources of the covered services
    # (type, name, body as plain data) of each covered resource, for the key rule
    bodies: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


# A reference followed to every literal value it may stand for, with where it is written.
Resolve = Callable[[hcl.Ref], list[tuple[FieldPath, Any, Path | None]]]


@dataclass(frozen=True)
class _Written:
    """Where a field's value is written: its position in a .tf file, and the file
    when it is another of the module's (a variable's default)."""

    pos: hcl.Pos | None
    file: Path | None


@dataclass(frozen=True)
class _Place:
    path: FieldPath
    template: Template
    member: str
    # The key beside the value may be data: kept out of reprs.
    context: str | None = field(default=None, repr=False)


@dataclass
class _ResourceFields:
    """The fields of one resource's body, as a CloudFormation resource's are made."""

    classifier: _SnakeClassifier
    resolve: Resolve
    arn_service: str
    following: set[hcl.Ref] = field(default_factory=set)
    file: Path | None = None  # where the values being walked are written, if not the file's

    def walk(self, value: Any, place: _Place) -> Iterator[tuple[Field, _Written]]:
        if isinstance(value, hcl.Text):
            yield from self.field(value.text, place, value.pos)
            for ref in value.refs:
                yield from self.follow(ref, place)
        elif isinstance(value, hcl.Reference):
            yield from self.follow(value.ref, place)
        elif isinstance(value, hcl.Several):
            for item in value.values:
                yield from self.walk(item, place)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                below = _Place(
                    place.path.item(i), (*place.template, ITEM), place.member, place.context
                )
                yield from self.walk(item, below)
        elif isinstance(value, hcl.Object):
            yield from self.mapping(value.items, place, value.block)
        elif isinstance(value, dict):  # a plan's values
            items = [(str(k), None, v) for k, v in value.items()]
            yield from self.mapping(items, place, False)
        elif isinstance(value, str):
            # Terraform's JSON syntax keeps its ${...} templates: blanked, var./local. followed.
            if "${" in value:
                for match in hcl.REFERENCE.finditer(value):
                    yield from self.follow((match.group(1), match.group(2)), place)
                value = hcl.TEMPLATE_PART.sub(" ", value)
            yield from self.field(value, place, None)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            yield from self.field(str(value), place, None)

    def mapping(
        self,
        items: Sequence[tuple[str, hcl.Pos | None, Any]],
        place: _Place,
        block: bool,
    ) -> Iterator[tuple[Field, _Written]]:
        shape = "struct" if block else self.classifier.container(place.template)
        # Literal text of each item, for the key beside a value (a Key/Value pair).
        texts = {k: v.text if isinstance(v, hcl.Text) else v for k, _, v in items}
        for position, (key, key_pos, value) in enumerate(items):
            context: str | None
            if shape in ("map", "string"):
                if shape == "map":
                    kind = self.classifier.kind((*place.template, KEY), place.member)
                    template = (*place.template, ENTRY)
                else:
                    kind = self.classifier.kind(place.template, place.member)
                    template = place.template
                yield from self.key(key, place.path, position, kind, key_pos)
                below = place.path.entry(key, position)
                context = key
            else:
                template = (*place.template, key.lower())
                context = sibling_key(texts, key)
                if self.classifier.knows(template):
                    below = place.path.member(key)
                else:
                    # Attribute names are not data, but one the API lacks may be anything.
                    yield from self.key(key, place.path, position, FieldKind.FREE_TEXT, key_pos)
                    below = place.path.entry(key, position, as_member=True)
                yield from self.walk(value, _Place(below, template, key, context or place.context))
                continue
            yield from self.walk(value, _Place(below, template, place.member, context))

    def follow(self, ref: hcl.Ref, place: _Place) -> Iterator[tuple[Field, _Written]]:
        if ref in self.following:
            return
        # Not literal in this module: nothing found, skipped.
        self.following.add(ref)
        for path, value, file in self.resolve(ref):
            outer, self.file = self.file, file
            yield from self.walk(value, _Place(path, place.template, place.member, place.context))
            self.file = outer
        self.following.discard(ref)

    def field(
        self, text: str, place: _Place, pos: hcl.Pos | None
    ) -> Iterator[tuple[Field, _Written]]:
        kind = self.classifier.kind(place.template, place.member)
        spec = FieldSpec(kind, "", "terraform")
        fld = Field(place.path, spec, text, context=place.context, arn_service=self.arn_service)
        yield fld, _Written(pos, self.file)

    def key(
        self, key: str, parent: FieldPath, position: int, kind: FieldKind, pos: hcl.Pos | None
    ) -> Iterator[tuple[Field, _Written]]:
        spec = FieldSpec(kind, "", "terraform")
        yield Field(parent.entry_key(key, position), spec, key, Role.KEY), _Written(pos, self.file)


def _findings(
    pairs: list[tuple[Field, _Written]], resource_type: str, scrubber: Scrubber
) -> list[TerraformFinding]:
    """One verdict per field; a value reached from several places is reported once."""
    return [
        TerraformFinding(f, resource_type, written.pos, written.file)
        for f, written in findings_once(pairs, scrubber.field_scan(mode="report"))
    ]


def _fields_of(service: str, mapping: ResourceType | None, resolve: Resolve) -> _ResourceFields:
    classifier = _SnakeClassifier(_Classifier(service, mapping))
    return _ResourceFields(classifier, resolve, service_model(service).signing_name)


# ---- .tf files -----------------------------------------------------------------


@dataclass
class Module:
    """A folder's variables and locals (those literal in it can be followed)."""

    # name -> (value, the file it is written in when not the checked one)
    variables: dict[str, tuple[Any, Path | None]] = field(default_factory=dict)
    locals: dict[str, tuple[Any, Path | None]] = field(default_factory=dict)
    # terraform.tfvars and *.auto.tfvars: values given to the variables
    assigned: dict[str, list[tuple[Any, Path]]] = field(default_factory=dict)
    # where assigned values are shown: a tfvars file's top level, or a module call's block
    assigned_at: FieldPath = ROOT

    def add(self, blocks: list[hcl.Block], file: Path | None = None) -> None:
        for block in blocks:
            if block.kind == "variable" and block.labels:
                for name, _, value in block.body.items:
                    if name == "default":
                        self.variables.setdefault(block.labels[0], (value, file))
            elif block.kind == "locals":
                for name, _, value in block.body.items:
                    self.locals.setdefault(name, (value, file))

    def resolve(self, ref: hcl.Ref) -> list[tuple[FieldPath, Any, Path | None]]:
        """Every literal value the reference may stand for, with where it is written."""
        kind, name = ref
        out: list[tuple[FieldPath, Any, Path | None]] = []
        if kind == "var":
            if name in self.variables:
                default = ROOT.member("variable").member(name).member("default")
                out.append((default, *self.variables[name]))
            at = self.assigned_at.member(name)
            out += [(at, value, file) for value, file in self.assigned.get(name, ())]
        elif kind == "local" and name in self.locals:
            out.append((ROOT.member("locals").member(name), *self.locals[name]))
        return out


def module_of(path: Path, blocks: list[hcl.Block]) -> Module:
    """The module of ``path``: its own blocks and its sibling .tf files' (read if they parse)."""
    module = Module()
    module.add(blocks)
    for sibling in sorted(path.parent.glob("*.tf")):
        if sibling.resolve() == path.resolve():
            continue
        module.add(_sibling_blocks(str(sibling.resolve()), _mtime(sibling)), sibling)
    for tfvars in sorted(path.parent.glob("*.tfvars")):
        if tfvars.name == "terraform.tfvars" or tfvars.name.endswith(".auto.tfvars"):
            for name, _, value in _assignments(str(tfvars.resolve()), _mtime(tfvars)).items:
                module.assigned.setdefault(name, []).append((value, tfvars))
    return module


@functools.lru_cache(maxsize=64)
def _assignments(path: str, mtime: float) -> hcl.Object:
    try:
        return hcl.parse_assignments(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, hcl.HclError):
        return hcl.Object()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@functools.lru_cache(maxsize=256)
def _sibling_blocks(path: str, mtime: float) -> list[hcl.Block]:
    try:
        text = Path(path).read_text(encoding="utf-8")
        if "variable" not in text and "locals" not in text:
            return []
        return [b for b in hcl.parse(text) if b.kind in ("variable", "locals")]
    except (OSError, UnicodeDecodeError, hcl.HclError):
        return []


# A module block's arguments that are not inputs of the child module.
_MODULE_META = frozenset({"source", "version", "count", "for_each", "providers", "depends_on"})


def check_module_calls(path: Path, blocks: list[hcl.Block], scrubber: Scrubber) -> TerraformResult:
    """Literal inputs a ``module`` block gives a child module in a local folder, followed
    into the child's resources of the five services, and reported where the call writes
    them (the child's own literals are reported when its files are checked)."""
    result = TerraformResult()
    for block in blocks:
        if block.kind != "module":
            continue
        items = {k: v for k, _, v in block.body.items}
        source = items.get("source")
        if not (isinstance(source, hcl.Text) and source.text.startswith(("./", "../"))):
            continue
        child = (path.parent / source.text).resolve()
        if not child.is_dir() or child == path.parent.resolve():
            continue
        child_blocks = [
            b for f in sorted(child.glob("*.tf")) for b in _file_blocks(str(f), _mtime(f))
        ]
        inner = module_of(child / ".caller.tf", [])  # the child's variables and locals
        inner.assigned_at = ROOT.member("module").member(block.labels[0] if block.labels else "")
        inner.assigned = {
            name: [(value, path)] for name, value in items.items() if name not in _MODULE_META
        }
        found = check_tf(child_blocks, inner, scrubber)
        result.findings += [t for t in found.findings if t.file == path]
    return result


@functools.lru_cache(maxsize=256)
def _file_blocks(path: str, mtime: float) -> list[hcl.Block]:
    try:
        text = Path(path).read_text(encoding="utf-8")
        return hcl.parse(text) if "resource" in text else []
    except (OSError, UnicodeDecodeError, hcl.HclError):
        return []


def check_tf(blocks: list[hcl.Block], module: Module, scrubber: Scrubber) -> TerraformResult:
    result = TerraformResult()
    for block in blocks:
        if block.kind == "provider" and block.labels[:1] == ("aws",):
            result.findings.extend(_default_tags(block, module, scrubber))
        if block.kind != "resource" or len(block.labels) < 2:
            continue
        rtype, name = block.labels[0], block.labels[1]
        found = resource_kind(rtype)
        if found is None:
            continue
        service, mapping = found
        result.resources += 1
        where = ROOT.member("resource").member(rtype).member(name)
        resolve = _with_each(module.resolve, block.body, where.member("for_each"))
        fields = _fields_of(service, mapping, resolve)
        # for_each reaches fields only through each.key / each.value: walked there, as them.
        body = hcl.Object(
            [item for item in block.body.items if item[0] != "for_each"], True, block.body.pos
        )
        pairs = list(fields.walk(body, _Place(where, (), "")))
        result.findings.extend(_findings(pairs, rtype, scrubber))
        result.bodies.append((rtype, name, plain(block.body)))
    return result


def _default_tags(block: hcl.Block, module: Module, scrubber: Scrubber) -> list[TerraformFinding]:
    """The AWS provider's ``default_tags`` go on every resource it makes, IoT's too:
    tag keys and values."""
    out: list[TerraformFinding] = []
    where = ROOT.member("provider").member("aws").member("default_tags")
    for k, _, blocks in block.body.items:
        if k != "default_tags" or not isinstance(blocks, list):
            continue
        for i, body in enumerate(blocks):
            tags = [v for name, _, v in getattr(body, "items", ()) if name == "tags"]
            for value in tags:
                fields = _fields_of("iot", None, module.resolve)
                place = _Place(where.item(i).member("tags"), ("tags",), "tags")
                out.extend(_findings(list(fields.walk(value, place)), "provider.aws", scrubber))
    return out


def _with_each(resolve: Resolve, body: hcl.Object, shown: FieldPath) -> Resolve:
    """``each.key`` and ``each.value`` stand for the resource's ``for_each`` collection
    (its keys and values are all walked with the field that uses them)."""
    for_each = next((v for k, _, v in body.items if k == "for_each"), None)

    def resolved(ref: hcl.Ref) -> list[tuple[FieldPath, Any, Path | None]]:
        if ref[0] != "each":
            return resolve(ref)
        return [] if for_each is None else [(shown, for_each, None)]

    return resolved


def plain(value: Any) -> Any:
    """An HCL value as plain data (blocks as lists of mappings), for rules that read names."""
    if isinstance(value, hcl.Object):
        return {k: plain(v) for k, _, v in value.items}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, hcl.Text):
        return value.text
    return None


# ---- plan JSON -------------------------------------------------------------------


def is_plan(doc: Any) -> bool:
    """``terraform show -json`` output: of a plan, or of a state."""
    return (
        isinstance(doc, dict)
        and "format_version" in doc
        and ("planned_values" in doc or "values" in doc or "resource_changes" in doc)
    )


def check_plan(doc: dict[str, Any], scrubber: Scrubber) -> TerraformResult:
    """Each covered resource's resolved values, with paths from the document's root."""
    result = TerraformResult()
    root = "planned_values" if "planned_values" in doc else "values"
    for where, resource in _plan_resources(doc.get(root), ROOT.member(root)):
        rtype = resource.get("type")
        values = resource.get("values")
        if resource.get("mode", "managed") != "managed" or not isinstance(rtype, str):
            continue
        found = resource_kind(rtype)
        if found is None or not isinstance(values, dict):
            continue
        service, mapping = found
        result.resources += 1
        fields = _fields_of(service, mapping, lambda _: [])
        pairs = list(fields.walk(values, _Place(where.member("values"), (), "")))
        result.findings.extend(_findings(pairs, rtype, scrubber))
        result.bodies.append((rtype, str(resource.get("name", "")), values))
    return result


def is_tf_json(name: str, doc: Any) -> bool:
    """Terraform's JSON syntax (``main.tf.json``, CDK for Terraform's ``cdk.tf.json``)."""
    return name.lower().endswith(".tf.json") and isinstance(doc, dict) and "resource" in doc


def check_tf_json(doc: dict[str, Any], scrubber: Scrubber) -> TerraformResult:
    """A ``.tf.json`` file's resources; its variables' defaults and locals are followed."""
    result = TerraformResult()
    module = _json_module(doc)
    resources = doc.get("resource")
    for rtype, by_name in _json_items(resources):
        found = resource_kind(rtype)
        if found is None:
            continue
        service, mapping = found
        for name, body in _json_items(by_name):
            result.resources += 1
            fields = _fields_of(service, mapping, module.resolve)
            where = ROOT.member("resource").member(rtype).member(name)
            pairs = list(fields.walk(body, _Place(where, (), "")))
            result.findings.extend(_findings(pairs, rtype, scrubber))
            if isinstance(body, dict):
                result.bodies.append((rtype, name, body))
    return result


def _json_items(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        yield from ((str(k), v) for k, v in value.items())
    elif isinstance(value, list):  # the JSON syntax allows a list of objects for a block
        for item in value:
            yield from _json_items(item)


def _json_module(doc: dict[str, Any]) -> Module:
    module = Module()
    for name, variable in _json_items(doc.get("variable")):
        if isinstance(variable, dict) and "default" in variable:
            module.variables.setdefault(name, (variable["default"], None))
    for name, value in _json_items(doc.get("locals")):
        module.locals.setdefault(name, (value, None))
    return module


def _plan_resources(values: Any, shown: FieldPath) -> Iterator[tuple[FieldPath, dict[str, Any]]]:
    module = values.get("root_module") if isinstance(values, dict) else None
    stack = [(module, shown.member("root_module"))]
    while stack:
        current, where = stack.pop(0)
        if not isinstance(current, dict):
            continue
        for i, resource in enumerate(current.get("resources") or []):
            if isinstance(resource, dict):
                yield where.member("resources").item(i), resource
        for j, child in enumerate(current.get("child_modules") or []):
            stack.append((child, where.member("child_modules").item(j)))
