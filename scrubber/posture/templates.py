"""The customer-managed key rule on infrastructure code: a resource is the Create call
that makes it, so the rule reads the same carriers from the same model.

Each finding is reported at the resource (its logical ID's line), since what
is wrong is a property that is not there. Any non-empty value counts as a key
(``!Ref KeyArn``, ``!ImportValue``, a Terraform reference): the rule checks that
a key is asked for, not which one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from scrubber.findings import Finding
from scrubber.paths import ROOT, Path
from scrubber.policy import PostureLevel
from scrubber.posture.kms import missing_keys, spelled
from scrubber.posture.rules import NO_CUSTOMER_KEY, posture_finding

REASON = "no customer-managed KMS key given: the service would encrypt with its own key"


@dataclass(frozen=True)
class ResourceKeyFinding:
    finding: Finding  # its path runs from the file's root to the missing member
    resource_type: str
    resource_path: tuple[str, ...]  # member names from the root to the resource, to locate it


def cloudformation_key_findings(
    template: Mapping[str, Any], level: PostureLevel
) -> list[ResourceKeyFinding]:
    """NO_CUSTOMER_KEY findings for a template's resources of the covered services."""
    from scrubber.producers.cloudformation import RESOURCE_TYPES, service_of

    resources = template.get("Resources")
    if level == "off" or not isinstance(resources, Mapping):
        return []
    out: list[ResourceKeyFinding] = []
    for logical_id, resource in resources.items():
        if not isinstance(resource, Mapping) or not isinstance(resource.get("Type"), str):
            continue
        rtype = resource["Type"]
        service, known = service_of(rtype), RESOURCE_TYPES.get(rtype)
        if service is None or known is None:
            continue
        properties = resource.get("Properties")
        properties = properties if isinstance(properties, Mapping) else {}
        base = ROOT.member("Resources").member(str(logical_id)).member("Properties")
        for _, path in missing_keys(
            service, known.operation, properties, spelling="cloudformation"
        ):
            finding = posture_finding(
                NO_CUSTOMER_KEY,
                Path(base.steps + path.steps),
                level,
                REASON,
                field_kind="identifier",
            )
            out.append(ResourceKeyFinding(finding, rtype, ("Resources", str(logical_id))))
    return out


def terraform_type(cloudformation_type: str) -> str:
    """The Terraform awscc provider's name for a CloudFormation resource type
    (``AWS::Forecast::Dataset`` is ``awscc_forecast_dataset``)."""
    _, service, resource = cloudformation_type.split("::")
    return f"awscc_{service.lower()}_{spelled(resource, 'terraform')}"


def terraform_key_findings(
    resources: Iterable[tuple[str, str, Mapping[str, Any]]], level: PostureLevel
) -> list[ResourceKeyFinding]:
    """NO_CUSTOMER_KEY findings for Terraform ``resource "TYPE" "NAME" { BODY }`` blocks,
    given as (type, name, body) with nested blocks as an HCL reader gives them
    (a list of one mapping). The awscc provider's resources are CloudFormation's,
    attribute names in snake_case; the aws provider has none of these resources.
    """
    from scrubber.producers.cloudformation import RESOURCE_TYPES, service_of

    if level == "off":
        return []
    by_name = {terraform_type(t): t for t in RESOURCE_TYPES}
    out: list[ResourceKeyFinding] = []
    for rtype, name, body in resources:
        cfn_type = by_name.get(rtype)
        service = service_of(cfn_type) if cfn_type else None
        if cfn_type is None or service is None or not isinstance(body, Mapping):
            continue
        base = ROOT.member("resource").member(rtype).member(name)  # as Terraform's findings
        operation = RESOURCE_TYPES[cfn_type].operation
        for _, path in missing_keys(service, operation, body, spelling="terraform"):
            finding = posture_finding(
                NO_CUSTOMER_KEY,
                Path(base.steps + path.steps),
                level,
                REASON,
                field_kind="identifier",
            )
            out.append(ResourceKeyFinding(finding, rtype, ("resource", rtype, name)))
    return out
