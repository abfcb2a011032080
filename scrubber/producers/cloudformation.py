"""CloudFormation templates: resource properties checked as the API fields they become.

Each supported resource type names the API operation that creates it; a
property is classified as that operation's member of the same name (compared
case-insensitively, so ``DatasetGroupName`` is ``DatasetGroupName`` and
``ThingName`` is ``thingName``). ``Tags`` are tag keys and values whatever
their shape; properties the API has under another name are renamed, or sent to
another operation (a Lookout for Metrics detector's metric sets); a property
the API lacks is classified by its name with the core's generic rules. Every
string and every key becomes a :class:`~scrubber.fields.Field`, judged by the
same verdict as an API payload's (keyed secrets, same-service ARNs and map
keys included).

Intrinsic functions: literal strings inside them are checked (``Fn::Sub``'s
template with its ``${}`` placeholders blanked, ``Fn::Join``'s items, both
branches of ``Fn::If``); ``Ref`` and ``Fn::FindInMap`` are followed to the
parameter defaults and mapping values they stand for; ``Fn::GetAtt`` and the
like name resources, not data, and are skipped.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
from botocore.model import Shape

from scrubber.engine import Scrubber
from scrubber.fields import Field, FieldSpec, Role, classify_string, operation_fields, sibling_key
from scrubber.findings import Finding
from scrubber.kinds import FieldKind
from scrubber.paths import Entry, Item, Member, Path
from scrubber.service_models import service_model
from scrubber.verdicts import findings_once

# Classification templates: property names lowercased, and these for any item,
# any value of a map, any key of a map (``tags[*].value`` is ("tags", ITEM, "value")).
ITEM, ENTRY, KEY = "[*]", '["*"]', '{"*"}'
Template = tuple[str, ...]

# Resource type namespaces fieldguard covers, and their botocore service names.
SERVICES: dict[str, str] = {
    "Forecast": "forecast",
    "IoT": "iot",
    "IoTTwinMaker": "iottwinmaker",
    "LookoutMetrics": "lookoutmetrics",
    "Personalize": "personalize",
}


@dataclass(frozen=True)
class ResourceType:
    """How a resource type's properties map onto the API."""

    operation: str  # the call that creates the resource
    # property template -> another operation whose input that subtree is
    parts: Mapping[Template, str] = field(default_factory=dict)
    # property template prefix -> the API's template prefix for the same data
    renames: Mapping[Template, Template] = field(default_factory=dict)
    # property template -> kind, where the API has no counterpart
    kinds: Mapping[Template, FieldKind] = field(default_factory=dict)


_T = ResourceType
RESOURCE_TYPES: dict[str, ResourceType] = {
    "AWS::Forecast::Dataset": _T("CreateDataset"),
    "AWS::Forecast::DatasetGroup": _T("CreateDatasetGroup"),
    "AWS::IoT::AccountAuditConfiguration": _T("UpdateAccountAuditConfiguration"),
    "AWS::IoT::Authorizer": _T("CreateAuthorizer"),
    "AWS::IoT::BillingGroup": _T("CreateBillingGroup"),
    "AWS::IoT::CACertificate": _T(
        "RegisterCACertificate",
        renames={
            ("cacertificatepem",): ("cacertificate",),
            ("verificationcertificatepem",): ("verificationcertificate",),
        },
    ),
    "AWS::IoT::Certificate": _T("RegisterCertificate"),
    "AWS::IoT::CertificateProvider": _T("CreateCertificateProvider"),
    "AWS::IoT::Command": _T("CreateCommand"),
    "AWS::IoT::CustomMetric": _T("CreateCustomMetric"),
    "AWS::IoT::Dimension": _T("CreateDimension"),
    "AWS::IoT::DomainConfiguration": _T("CreateDomainConfiguration"),
    "AWS::IoT::EncryptionConfiguration": _T("UpdateEncryptionConfiguration"),
    "AWS::IoT::FleetMetric": _T("CreateFleetMetric"),
    "AWS::IoT::Job": _T("CreateJob"),
    "AWS::IoT::JobTemplate": _T("CreateJobTemplate"),
    "AWS::IoT::Logging": _T("SetV2LoggingOptions"),
    "AWS::IoT::MitigationAction": _T("CreateMitigationAction"),
    "AWS::IoT::Policy": _T("CreatePolicy"),
    "AWS::IoT::PolicyPrincipalAttachment": _T("AttachPolicy"),
    "AWS::IoT::ProvisioningTemplate": _T("CreateProvisioningTemplate"),
    "AWS::IoT::ResourceSpecificLogging": _T("SetV2LoggingLevel"),
    "AWS::IoT::RoleAlias": _T("CreateRoleAlias"),
    "AWS::IoT::ScheduledAudit": _T("CreateScheduledAudit"),
    "AWS::IoT::SecurityProfile": _T("CreateSecurityProfile"),
    "AWS::IoT::SoftwarePackage": _T("CreatePackage"),
    "AWS::IoT::SoftwarePackageVersion": _T("CreatePackageVersion"),
    "AWS::IoT::Stream": _T("CreateStream"),
    "AWS::IoT::Thing": _T("CreateThing"),
    "AWS::IoT::ThingGroup": _T("CreateThingGroup"),
    "AWS::IoT::ThingPrincipalAttachment": _T("AttachThingPrincipal"),
    "AWS::IoT::ThingType": _T("CreateThingType"),
    "AWS::IoT::TopicRule": _T("CreateTopicRule"),
    "AWS::IoT::TopicRuleDestination": _T(
        "CreateTopicRuleDestination",
        renames={
            ("httpurlproperties",): ("destinationconfiguration", "httpurlconfiguration"),
            ("vpcproperties",): ("destinationconfiguration", "vpcconfiguration"),
        },
    ),
    "AWS::IoTTwinMaker::ComponentType": _T("CreateComponentType"),
    "AWS::IoTTwinMaker::Entity": _T("CreateEntity"),
    "AWS::IoTTwinMaker::Scene": _T("CreateScene"),
    "AWS::IoTTwinMaker::SyncJob": _T("CreateSyncJob"),
    "AWS::IoTTwinMaker::Workspace": _T("CreateWorkspace"),
    "AWS::LookoutMetrics::Alert": _T("CreateAlert"),
    "AWS::LookoutMetrics::AnomalyDetector": _T(
        "CreateAnomalyDetector", parts={("metricsetlist", ITEM): "CreateMetricSet"}
    ),
    "AWS::Personalize::Campaign": _T("CreateCampaign"),
    "AWS::Personalize::Dataset": _T(
        "CreateDataset", parts={("datasetimportjob",): "CreateDatasetImportJob"}
    ),
    "AWS::Personalize::DatasetGroup": _T("CreateDatasetGroup"),
    "AWS::Personalize::EventTracker": _T("CreateEventTracker"),
    "AWS::Personalize::Filter": _T("CreateFilter"),
    "AWS::Personalize::MetricAttribution": _T("CreateMetricAttribution"),
    "AWS::Personalize::Schema": _T("CreateSchema"),
    "AWS::Personalize::Solution": _T("CreateSolution"),
}

# Tags, in either of CloudFormation's shapes (a Key/Value list or a map).
_TAG_KINDS: dict[Template, FieldKind] = {
    ("tags", ITEM, "key"): FieldKind.TAG_KEY,
    ("tags", ITEM, "value"): FieldKind.TAG_VALUE,
    ("tags", KEY): FieldKind.TAG_KEY,
    ("tags", ENTRY): FieldKind.TAG_VALUE,
}
# Functions whose arguments name resources, conditions or zones, not data.
_SKIPPED = frozenset(
    "Condition Fn::GetAtt Fn::GetAZs Fn::ImportValue Fn::Cidr Fn::Equals Fn::And Fn::Or "
    "Fn::Not Fn::Length Fn::Transform".split()
)
_PLACEHOLDER = regex.compile(r"\$\{(?!!)[^}]*\}")
_STRING_SHAPE = Shape("String", {"type": "string"})
_LOGICAL_ID_REASON = "logical ID: CloudFormation builds generated resource names from it"


@dataclass(frozen=True)
class TemplateFinding:
    finding: Finding  # its path runs from the template's root
    resource_type: str | None


def is_template(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    resources = doc.get("Resources")
    if "AWSTemplateFormatVersion" in doc and isinstance(resources, dict):
        return True
    return (
        isinstance(resources, dict)
        and bool(resources)
        and all(isinstance(r, dict) and isinstance(r.get("Type"), str) for r in resources.values())
    )


def service_of(resource_type: str) -> str | None:
    parts = resource_type.split("::")
    return SERVICES.get(parts[1]) if len(parts) == 3 and parts[0] == "AWS" else None


def check_template(
    template: dict[str, Any], scrubber: Scrubber
) -> tuple[list[TemplateFinding], list[str], int]:
    """Findings, value-free problems, and how many resources were checked."""
    producer = TemplateFields(template)
    pairs = list(producer.fields())
    found = [
        TemplateFinding(f, resource_type)
        for f, resource_type in findings_once(pairs, scrubber.field_scan(mode="report"))
    ]
    return found, producer.problems, producer.checked


# ---- classification --------------------------------------------------------


def template_of(path: Path) -> Template:
    """The classification template of an API field template: names lowercased."""
    out: list[str] = []
    for step in path.steps:
        if isinstance(step, Member):
            out.append(step.name.lower())
        elif isinstance(step, Item):
            out.append(ITEM)
        elif isinstance(step, Entry):
            out.append(ENTRY)
        else:
            out.append(KEY)
    return tuple(out)


@dataclass(frozen=True)
class _OpIndex:
    kinds: dict[Template, FieldKind]
    maps: frozenset[Template]
    structs: frozenset[Template]
    # Every template and every prefix of one: the members the API knows.
    known: frozenset[Template]


@functools.lru_cache(maxsize=128)
def _op_index(service: str, operation: str) -> _OpIndex:
    kinds: dict[Template, FieldKind] = {}
    maps: set[Template] = set()
    structs: set[Template] = set()
    for api_field in operation_fields(service, operation):
        template = template_of(api_field.path)
        kinds[template] = api_field.spec.kind
        for i in range(1, len(template)):
            if template[i] in (ENTRY, KEY):
                maps.add(template[:i])
            elif template[i] != ITEM:
                structs.add(template[:i])
    known = frozenset(t[:i] for t in kinds for i in range(1, len(t) + 1))
    return _OpIndex(kinds, frozenset(maps), frozenset(structs), known)


@dataclass(frozen=True)
class _Classifier:
    service: str
    rtype: ResourceType | None

    def _api(self, template: Template) -> tuple[_OpIndex, Template] | None:
        rtype = self.rtype
        if rtype is None:
            return None
        for prefix, operation in rtype.parts.items():
            if template[: len(prefix)] == prefix:
                return _op_index(self.service, operation), template[len(prefix) :]
        for prefix, api_prefix in rtype.renames.items():
            if template[: len(prefix)] == prefix:
                return _op_index(self.service, rtype.operation), api_prefix + template[
                    len(prefix) :
                ]
        return _op_index(self.service, rtype.operation), template

    def kind(self, template: Template, member: str) -> FieldKind:
        if self.rtype is not None and template in self.rtype.kinds:
            return self.rtype.kinds[template]
        if template in _TAG_KINDS:
            return _TAG_KINDS[template]
        found = self._api(template)
        if found is not None:
            index, api = found
            # The API takes a JSON string where the template has an object
            # (an IoT policy document): its leaves share the string's kind.
            while api:
                if api in index.kinds:
                    return index.kinds[api]
                api = api[:-1]
        if template[-1:] == (KEY,):
            return FieldKind.FREE_TEXT
        return classify_string(self.service, "", member, _STRING_SHAPE).kind

    def knows(self, template: Template) -> bool:
        """Whether a property is one the API (or this table) knows: its name is not data."""
        if any(t[: len(template)] == template for t in _TAG_KINDS):
            return True
        rtype = self.rtype
        if rtype is not None and any(
            t[: len(template)] == template for t in (*rtype.kinds, *rtype.parts, *rtype.renames)
        ):
            return True
        found = self._api(template)
        return found is not None and found[1] in found[0].known

    def container(self, template: Template) -> str:
        """One of map, struct, string (an object given for a JSON string) or unknown."""
        if template == ():
            return "struct"
        if template == ("tags",):
            return "map"
        found = self._api(template)
        if found is None:
            return "unknown"
        index, api = found
        if api == () or api in index.structs:
            return "struct"
        if api in index.maps:
            return "map"
        while api:
            if api in index.kinds:
                return "string"
            api = api[:-1]
        return "unknown"


# ---- walking a template ------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    """Where a walk is: the value's path, its classification template, the
    property name it sits under (for the generic rules) and the key beside it."""

    path: Path
    template: Template
    member: str
    # The key beside the value may be data: kept out of reprs.
    context: str | None = field(default=None, repr=False)


@dataclass
class TemplateFields:
    """A template's fields, each with the type of the resource it belongs to."""

    template: dict[str, Any] = field(repr=False)  # its values may be data
    problems: list[str] = field(default_factory=list)
    checked: int = 0
    _resource: str | None = None
    _classifier: _Classifier = field(default_factory=lambda: _Classifier("", None))
    _arn_service: str | None = None
    # Parameters and mappings being followed: a value that refers back to itself
    # (not valid CloudFormation, but a file can say it) must not loop.
    _following: set[str] = field(default_factory=set, repr=False)

    def fields(self) -> Iterator[tuple[Field, str | None]]:
        resources = self.template.get("Resources")
        if not isinstance(resources, dict):
            self.problems.append("Resources is not a mapping")
            return
        root = Path().member("Resources")
        for position, (logical_id, resource) in enumerate(resources.items()):
            if not isinstance(resource, dict) or not isinstance(resource.get("Type"), str):
                self.problems.append(f"Resources: item {position} has no Type")
                continue
            rtype = resource["Type"]
            service = service_of(rtype)
            if service is None:
                continue  # another service's resource: out of fieldguard's scope
            self.checked += 1
            self._resource = rtype
            self._classifier = _Classifier(service, RESOURCE_TYPES.get(rtype))
            self._arn_service = service_model(service).signing_name
            yield from self._key(
                str(logical_id), root, position, FieldKind.NAME, Role.ID, _LOGICAL_ID_REASON
            )
            properties = resource.get("Properties")
            if properties is not None:
                where = root.entry(str(logical_id), position, as_member=True).member("Properties")
                yield from self._walk(properties, _Place(where, (), ""))

    def _field(self, text: str, place: _Place) -> Iterator[tuple[Field, str | None]]:
        spec = FieldSpec(self._classifier.kind(place.template, place.member), "", "cloudformation")
        fld = Field(place.path, spec, text, context=place.context, arn_service=self._arn_service)
        yield fld, self._resource

    def _key(
        self,
        key: str,
        parent: Path,
        position: int,
        kind: FieldKind,
        role: Role,
        note: str = "",
    ) -> Iterator[tuple[Field, str | None]]:
        """A key that a path would show: checked, and shown by position if it holds data."""
        spec = FieldSpec(kind, "", "cloudformation")
        yield Field(parent.entry_key(key, position), spec, key, role, note=note), self._resource

    def _walk(self, value: Any, place: _Place) -> Iterator[tuple[Field, str | None]]:
        if isinstance(value, bool) or value is None:
            return
        if isinstance(value, (int, float)):
            # CloudFormation passes numbers to string properties as their text.
            yield from self._field(str(value), place)
        elif isinstance(value, str):
            yield from self._field(value, place)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                yield from self._walk(
                    item, _Place(place.path.item(i), (*place.template, ITEM), place.member)
                )
        elif isinstance(value, dict):
            if len(value) == 1:
                name = next(iter(value))
                if isinstance(name, str) and (
                    name == "Ref" or name in _SKIPPED or name[:4] == "Fn::"
                ):
                    inner = _Place(
                        place.path.member(name), place.template, place.member, place.context
                    )
                    yield from self._intrinsic(name, value[name], inner)
                    return
            yield from self._mapping(value, place)

    def _mapping(self, value: dict[Any, Any], place: _Place) -> Iterator[tuple[Field, str | None]]:
        shape = self._classifier.container(place.template)
        for position, (raw_key, item) in enumerate(value.items()):
            key = str(raw_key)
            context = (sibling_key(value, key) if shape == "struct" else key) or place.context
            if shape in ("struct", "unknown"):
                template = (*place.template, key.lower())
                if self._classifier.knows(template):
                    below = place.path.member(key)
                else:
                    # Property names are not data, but one the API lacks may be anything.
                    yield from self._key(key, place.path, position, FieldKind.FREE_TEXT, Role.KEY)
                    below = place.path.entry(key, position, as_member=True)
                yield from self._walk(item, _Place(below, template, key, context))
                continue
            if shape == "map":
                key_kind = self._classifier.kind((*place.template, KEY), place.member)
                template = (*place.template, ENTRY)
            else:  # an object given for a JSON string: keys and values are the string's
                key_kind = self._classifier.kind(place.template, place.member)
                template = place.template
            yield from self._key(key, place.path, position, key_kind, Role.KEY)
            below = place.path.entry(key, position)
            yield from self._walk(item, _Place(below, template, place.member, context))

    def _intrinsic(self, name: str, arg: Any, place: _Place) -> Iterator[tuple[Field, str | None]]:
        def at(i: int) -> _Place:
            return _Place(place.path.item(i), place.template, place.member, place.context)

        if name in _SKIPPED:
            return
        if name == "Ref":
            yield from self._ref(arg, place)
        elif name == "Fn::Sub":
            text: str | None = arg if isinstance(arg, str) else None
            variables: dict[Any, Any] = {}
            if isinstance(arg, list) and arg:
                text = arg[0] if isinstance(arg[0], str) else None
                variables = arg[1] if len(arg) > 1 and isinstance(arg[1], dict) else {}
            if text is not None:
                masked = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
                yield from self._field(masked, place if isinstance(arg, str) else at(0))
            for position, (key, item) in enumerate(variables.items()):
                below = at(1).path.entry(str(key), position, as_member=True)
                yield from self._walk(
                    item, _Place(below, place.template, place.member, place.context)
                )
        elif name == "Fn::FindInMap" and isinstance(arg, list) and len(arg) >= 3:
            yield from self._find_in_map(arg, place)
            if len(arg) > 3:
                yield from self._walk(arg[3], at(3))  # the DefaultValue of newer templates
        elif name == "Fn::If" and isinstance(arg, list) and len(arg) == 3:
            yield from self._walk(arg[1], at(1))
            yield from self._walk(arg[2], at(2))
        elif name in ("Fn::Join", "Fn::Select", "Fn::Split") and isinstance(arg, list):
            if len(arg) == 2:
                yield from self._walk(arg[1], at(1))
        else:  # Fn::Base64, Fn::ToJsonString, or one we do not know: its value is used as is
            yield from self._walk(arg, place)

    def _ref(self, target: Any, place: _Place) -> Iterator[tuple[Field, str | None]]:
        if not isinstance(target, str) or target.startswith("AWS::"):
            return  # a pseudo parameter
        parameters = self.template.get("Parameters")
        parameter = parameters.get(target) if isinstance(parameters, dict) else None
        if not isinstance(parameters, dict) or not isinstance(parameter, dict):
            return  # a resource: Ref gives its id
        if f"Parameters.{target}" in self._following:
            return
        self._following.add(f"Parameters.{target}")
        root = Path().member("Parameters")
        position = list(parameters).index(target)
        yield from self._key(target, root, position, FieldKind.NAME, Role.LABEL)
        where = root.entry(target, position, as_member=True)
        # The parameter's default and every allowed value can reach the field.
        for attribute in ("Default", "AllowedValues"):
            if attribute in parameter:
                below = _Place(where.member(attribute), place.template, place.member, place.context)
                yield from self._walk(parameter[attribute], below)
        self._following.discard(f"Parameters.{target}")

    def _find_in_map(self, arg: list[Any], place: _Place) -> Iterator[tuple[Field, str | None]]:
        mappings = self.template.get("Mappings")
        if not isinstance(mappings, dict) or not isinstance(arg[0], str):
            return
        table = mappings.get(arg[0])
        if not isinstance(table, dict) or f"Mappings.{arg[0]}" in self._following:
            return
        self._following.add(f"Mappings.{arg[0]}")
        root = Path().member("Mappings")
        position = list(mappings).index(arg[0])
        yield from self._key(arg[0], root, position, FieldKind.NAME, Role.LABEL)
        table_path = root.entry(arg[0], position, as_member=True)
        for first_pos, (first, second_level) in enumerate(table.items()):
            # A key given by an intrinsic (!Ref AWS::Region) may be any of them.
            if (isinstance(arg[1], str) and arg[1] != first) or not isinstance(second_level, dict):
                continue
            yield from self._key(str(first), table_path, first_pos, FieldKind.NAME, Role.LABEL)
            first_path = table_path.entry(str(first), first_pos, as_member=True)
            for second_pos, (second, value) in enumerate(second_level.items()):
                if isinstance(arg[2], str) and arg[2] != second:
                    continue
                yield from self._key(
                    str(second), first_path, second_pos, FieldKind.NAME, Role.LABEL
                )
                where = first_path.entry(str(second), second_pos, as_member=True)
                yield from self._walk(
                    value, _Place(where, place.template, place.member, place.context)
                )
        self._following.discard(f"Mappings.{arg[0]}")
