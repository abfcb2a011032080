"""CloudFormation templates: resource properties checked as the API fields they become.

Each supported resource type names the API operation that creates it; a
property is classified as that operation's member of the same name (compared
case-insensitively, so ``DatasetGroupName`` is ``DatasetGroupName`` and
``ThingName`` is ``thingName``). ``Tags`` are tag keys and values whatever
their shape; properties the API has under another name are renamed, or sent to
another operation (a Lookout for Metrics detector's metric sets); a property
the API lacks is classified by its name with the core's generic rules. Every
string is checked with ``Scrubber.scan_text`` for its kind.

Intrinsic functions: literal strings inside them are checked (``Fn::Sub``'s
template with its ``${}`` placeholders blanked, ``Fn::Join``'s items, both
branches of ``Fn::If``); ``Ref`` and ``Fn::FindInMap`` are followed to the
parameter defaults and mapping values they stand for; ``Fn::GetAtt`` and the
like name resources, not data, and are skipped.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
from botocore.model import Shape

from scrubber import paths
from scrubber.engine import Scrubber
from scrubber.fields import classify_string, operation_fields
from scrubber.findings import Finding
from scrubber.kinds import FieldKind

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
    parts: Mapping[str, str] = field(default_factory=dict)
    # property template prefix -> the API's template prefix for the same data
    renames: Mapping[str, str] = field(default_factory=dict)
    # property template -> kind, where the API has no counterpart
    kinds: Mapping[str, FieldKind] = field(default_factory=dict)


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
            "cacertificatepem": "cacertificate",
            "verificationcertificatepem": "verificationcertificate",
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
            "httpurlproperties": "destinationconfiguration.httpurlconfiguration",
            "vpcproperties": "destinationconfiguration.vpcconfiguration",
        },
    ),
    "AWS::IoTTwinMaker::ComponentType": _T("CreateComponentType"),
    "AWS::IoTTwinMaker::Entity": _T("CreateEntity"),
    "AWS::IoTTwinMaker::Scene": _T("CreateScene"),
    "AWS::IoTTwinMaker::SyncJob": _T("CreateSyncJob"),
    "AWS::IoTTwinMaker::Workspace": _T("CreateWorkspace"),
    "AWS::LookoutMetrics::Alert": _T("CreateAlert"),
    "AWS::LookoutMetrics::AnomalyDetector": _T(
        "CreateAnomalyDetector", parts={"metricsetlist[*]": "CreateMetricSet"}
    ),
    "AWS::Personalize::Campaign": _T("CreateCampaign"),
    "AWS::Personalize::Dataset": _T(
        "CreateDataset", parts={"datasetimportjob": "CreateDatasetImportJob"}
    ),
    "AWS::Personalize::DatasetGroup": _T("CreateDatasetGroup"),
    "AWS::Personalize::EventTracker": _T("CreateEventTracker"),
    "AWS::Personalize::Filter": _T("CreateFilter"),
    "AWS::Personalize::MetricAttribution": _T("CreateMetricAttribution"),
    "AWS::Personalize::Schema": _T("CreateSchema"),
    "AWS::Personalize::Solution": _T("CreateSolution"),
}

# Tags, in either of CloudFormation's shapes (a Key/Value list or a map).
_TAG_KINDS: dict[str, FieldKind] = {
    "tags[*].key": FieldKind.TAG_KEY,
    "tags[*].value": FieldKind.TAG_VALUE,
    'tags{"*"}': FieldKind.TAG_KEY,
    'tags["*"]': FieldKind.TAG_VALUE,
}
# Functions whose arguments name resources, conditions or zones, not data.
_SKIPPED = frozenset(
    "Condition Fn::GetAtt Fn::GetAZs Fn::ImportValue Fn::Cidr Fn::Equals Fn::And Fn::Or "
    "Fn::Not Fn::Length Fn::Transform".split()
)
_PLACEHOLDER = regex.compile(r"\$\{(?!!)[^}]*\}")
_PLAIN_KEY = regex.compile(r"[A-Za-z0-9_:@-]+")
_LAST_SEGMENT = regex.compile(r'(?:\.?[^.\[{]+|\[\*\]|\["\*"\]|\{"\*"\})$')
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
    walker = _TemplateWalker(scrubber, template)
    resources = template.get("Resources")
    if not isinstance(resources, dict):
        return [], ["Resources is not a mapping"], 0
    checked = 0
    for position, (logical_id, resource) in enumerate(resources.items()):
        if not isinstance(resource, dict) or not isinstance(resource.get("Type"), str):
            walker.problems.append(f"Resources: item {position} has no Type")
            continue
        rtype = resource["Type"]
        service = service_of(rtype)
        if service is None:
            continue  # another service's resource: out of fieldguard's scope
        checked += 1
        walker.resource = rtype
        walker.classifier = _Classifier(service, RESOURCE_TYPES.get(rtype))
        shown = walker.key(str(logical_id), "Resources", position, FieldKind.NAME, report=True)
        properties = resource.get("Properties")
        if properties is not None:
            walker.walk(properties, paths.member(shown, "Properties"), "", "")
    return list(walker.findings.values()), walker.problems, checked


# ---- classification --------------------------------------------------------


@dataclass(frozen=True)
class _OpIndex:
    kinds: dict[str, FieldKind]
    maps: frozenset[str]
    structs: frozenset[str]


@functools.lru_cache(maxsize=128)
def _op_index(service: str, operation: str) -> _OpIndex:
    kinds: dict[str, FieldKind] = {}
    maps: set[str] = set()
    structs: set[str] = set()
    for template in operation_fields(service, operation):
        path = template.path.lower()
        kinds[path] = template.spec.kind
        for m in regex.finditer(r'\["\*"\]|\{"\*"\}|\.', path):
            (structs if m.group() == "." else maps).add(path[: m.start()])
    return _OpIndex(kinds, frozenset(maps), frozenset(structs))


@dataclass(frozen=True)
class _Classifier:
    service: str
    rtype: ResourceType | None

    def _api(self, template: str) -> tuple[_OpIndex, str] | None:
        rtype = self.rtype
        if rtype is None:
            return None
        for prefix, operation in rtype.parts.items():
            rest = _below(template, prefix)
            if rest is not None:
                return _op_index(self.service, operation), rest.lstrip(".")
        for prefix, api_prefix in rtype.renames.items():
            rest = _below(template, prefix)
            if rest is not None:
                return _op_index(self.service, rtype.operation), api_prefix + rest
        return _op_index(self.service, rtype.operation), template

    def kind(self, template: str, member: str) -> FieldKind:
        if self.rtype is not None and template in self.rtype.kinds:
            return self.rtype.kinds[template]
        if template in _TAG_KINDS:
            return _TAG_KINDS[template]
        found = self._api(template)
        if found is not None:
            index, api = found
            if api in index.kinds:
                return index.kinds[api]
            # The API takes a JSON string where the template has an object
            # (an IoT policy document): its leaves share the string's kind.
            ancestor = _parent(api)
            while ancestor:
                if ancestor in index.kinds:
                    return index.kinds[ancestor]
                ancestor = _parent(ancestor)
        if template.endswith('{"*"}'):
            return FieldKind.FREE_TEXT
        return classify_string(self.service, "", member, _STRING_SHAPE).kind

    def container(self, template: str) -> str:
        """One of map, struct, string (an object given for a JSON string) or unknown."""
        if template == "":
            return "struct"
        if template == "tags":
            return "map"
        found = self._api(template)
        if found is None:
            return "unknown"
        index, api = found
        if api == "" or api in index.structs:
            return "struct"
        if api in index.maps:
            return "map"
        ancestor = api
        while ancestor:
            if ancestor in index.kinds:
                return "string"
            ancestor = _parent(ancestor)
        return "unknown"


def _below(template: str, prefix: str) -> str | None:
    if template == prefix:
        return ""
    if template.startswith(prefix) and template[len(prefix)] in ".[{":
        return template[len(prefix) :]
    return None


def _parent(template: str) -> str:
    parent = _LAST_SEGMENT.sub("", template, count=1)
    return "" if parent == template else parent


# ---- walking a template ------------------------------------------------------


@dataclass
class _TemplateWalker:
    scrubber: Scrubber
    template: dict[str, Any]
    resource: str | None = None
    classifier: _Classifier = field(default_factory=lambda: _Classifier("", None))
    findings: dict[tuple[str, str, int, int], TemplateFinding] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    # Parameters and mappings being followed: a value that refers back to itself
    # (not valid CloudFormation, but a file can say it) must not loop.
    following: set[str] = field(default_factory=set)

    def walk(self, value: Any, shown: str, template: str, member: str) -> None:
        if isinstance(value, bool) or value is None:
            return
        if isinstance(value, (int, float)):
            # CloudFormation passes numbers to string properties as their text.
            self.scan(str(value), shown, template, member)
        elif isinstance(value, str):
            self.scan(value, shown, template, member)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self.walk(item, paths.index(shown, i), paths.index(template, "*"), member)
        elif isinstance(value, dict):
            if len(value) == 1:
                name = next(iter(value))
                if isinstance(name, str) and (
                    name == "Ref" or name in _SKIPPED or name[:4] == "Fn::"
                ):
                    self.intrinsic(name, value[name], paths.member(shown, name), template, member)
                    return
            self.mapping(value, shown, template, member)

    def mapping(self, value: dict[Any, Any], shown: str, template: str, member: str) -> None:
        shape = self.classifier.container(template)
        for position, (key, item) in enumerate(value.items()):
            key = str(key)
            if shape == "struct":
                # Property names are not data, but one the API lacks may be anything.
                child = self.key(key, shown, position, FieldKind.FREE_TEXT, report=True)
                self.walk(item, child, paths.member(template, key.lower()), key)
            elif shape == "map":
                kind = self.classifier.kind(paths.map_key(template, "*"), member)
                child = self.key(key, shown, position, kind, report=True, as_map=True)
                self.walk(item, child, paths.map_value(template, "*"), member)
            elif shape == "string":
                kind = self.classifier.kind(template, member)
                child = self.key(key, shown, position, kind, report=True, as_map=True)
                self.walk(item, child, template, member)
            else:  # nothing known: keys are checked as free text, fail closed
                child = self.key(key, shown, position, FieldKind.FREE_TEXT, report=True)
                self.walk(item, child, paths.member(template, key.lower()), key)

    def intrinsic(self, name: str, arg: Any, shown: str, template: str, member: str) -> None:
        def at(i: int) -> str:
            return paths.index(shown, i)

        if name in _SKIPPED:
            return
        if name == "Ref":
            self.ref(arg, template, member)
        elif name == "Fn::Sub":
            text: str | None = arg if isinstance(arg, str) else None
            variables: dict[Any, Any] = {}
            if isinstance(arg, list) and arg:
                text = arg[0] if isinstance(arg[0], str) else None
                variables = arg[1] if len(arg) > 1 and isinstance(arg[1], dict) else {}
            if text is not None:
                masked = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
                self.scan(masked, shown if isinstance(arg, str) else at(0), template, member)
            for key, item in variables.items():
                self.walk(item, _child(at(1), str(key)), template, member)
        elif name == "Fn::FindInMap" and isinstance(arg, list) and len(arg) >= 3:
            self.find_in_map(arg, template, member)
            if len(arg) > 3:
                self.walk(arg[3], at(3), template, member)  # the DefaultValue of newer templates
        elif name == "Fn::If" and isinstance(arg, list) and len(arg) == 3:
            self.walk(arg[1], at(1), template, member)
            self.walk(arg[2], at(2), template, member)
        elif name in ("Fn::Join", "Fn::Select", "Fn::Split") and isinstance(arg, list):
            if len(arg) == 2:
                self.walk(arg[1], at(1), template, member)
        else:  # Fn::Base64, Fn::ToJsonString, or one we do not know: its value is used as is
            self.walk(arg, shown, template, member)

    def ref(self, target: Any, template: str, member: str) -> None:
        if not isinstance(target, str) or target.startswith("AWS::"):
            return  # a pseudo parameter
        parameters = self.template.get("Parameters")
        parameter = parameters.get(target) if isinstance(parameters, dict) else None
        if not isinstance(parameter, dict):
            return  # a resource: Ref gives its id
        if f"Parameters.{target}" in self.following:
            return
        self.following.add(f"Parameters.{target}")
        position = list(parameters).index(target) if isinstance(parameters, dict) else 0
        shown = self.key(target, "Parameters", position, FieldKind.NAME, report=False)
        # The parameter's default and every allowed value can reach the field.
        for attribute in ("Default", "AllowedValues"):
            if attribute in parameter:
                self.walk(parameter[attribute], paths.member(shown, attribute), template, member)
        self.following.discard(f"Parameters.{target}")

    def find_in_map(self, arg: list[Any], template: str, member: str) -> None:
        mappings = self.template.get("Mappings")
        if not isinstance(mappings, dict) or not isinstance(arg[0], str):
            return
        table = mappings.get(arg[0])
        if not isinstance(table, dict) or f"Mappings.{arg[0]}" in self.following:
            return
        self.following.add(f"Mappings.{arg[0]}")
        shown = self.key(
            arg[0], "Mappings", list(mappings).index(arg[0]), FieldKind.NAME, report=False
        )
        for first_pos, (first, second_level) in enumerate(table.items()):
            # A key given by an intrinsic (!Ref AWS::Region) may be any of them.
            if (isinstance(arg[1], str) and arg[1] != first) or not isinstance(second_level, dict):
                continue
            first_shown = self.key(str(first), shown, first_pos, FieldKind.NAME, report=False)
            for second_pos, (second, value) in enumerate(second_level.items()):
                if isinstance(arg[2], str) and arg[2] != second:
                    continue
                where = self.key(str(second), first_shown, second_pos, FieldKind.NAME, report=False)
                self.walk(value, where, template, member)
        self.following.discard(f"Mappings.{arg[0]}")

    # -- scanning -------------------------------------------------------------

    def scan(self, text: str, shown: str, template: str, member: str) -> None:
        kind = self.classifier.kind(template, member)
        for f in self.scrubber.scan_text(text, kind, path=shown):
            self.add(f)

    def key(
        self,
        key: str,
        parent: str,
        position: int,
        kind: FieldKind,
        *,
        report: bool,
        as_map: bool = False,
    ) -> str:
        """Check a key that a path would show; a sensitive one is shown by position.

        Returns the path of the value under the key (``Tags["team"]`` in a map).
        """
        found = self.scrubber.scan_text(key, kind, path=paths.map_key(parent, key))
        if not found:
            return paths.map_value(parent, key) if as_map else _child(parent, key)
        if report:
            key_path = paths.key_by_position(parent, position, of_key=True)
            for f in found:
                reason = _LOGICAL_ID_REASON if parent == "Resources" else f.reason
                self.add(dataclasses.replace(f, path=key_path, reason=reason))
        return paths.key_by_position(parent, position, of_key=False)

    def add(self, f: Finding) -> None:
        # A parameter or mapping value reached from several fields is reported once.
        self.findings.setdefault(
            (f.path, f.entity_type, f.start, f.end), TemplateFinding(f, self.resource)
        )


def _child(parent: str, key: str) -> str:
    if _PLAIN_KEY.fullmatch(key):
        return paths.member(parent, key)
    return paths.map_value(parent, key)
