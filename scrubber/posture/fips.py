"""FIPS endpoints: which endpoint a client uses, and whether its service has one there.

botocore builds ``{service}-fips.{region}...`` for any service once
``use_fips_endpoint`` is set, whether AWS serves it or not; whether it exists
is read from botocore's endpoint data (``endpoints.json``), where a region's
entry lists a ``fips`` variant. A service or region without one is named as
such rather than passed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from scrubber.findings import Finding
from scrubber.policy import Posture
from scrubber.posture.rules import NON_FIPS_ENDPOINT, posture_finding
from scrubber.posture.transport import ENDPOINT

SETTING = "use_fips_endpoint=True in the client's Config, or AWS_USE_FIPS_ENDPOINT=true"


@dataclass(frozen=True)
class Endpoint:
    service: str  # botocore service name
    region: str
    host: str
    use_fips: bool  # the client's use_fips_endpoint setting (Config, env or config file)
    custom: bool  # endpoint_url was given: botocore's FIPS resolution does not apply


def read_endpoint(client: Any) -> Endpoint:
    meta = client.meta
    host = (urlsplit(str(meta.endpoint_url)).hostname or "").lower()
    use_fips = bool(getattr(meta.config, "use_fips_endpoint", False))
    prefix = meta.service_model.endpoint_prefix
    region = str(meta.region_name or "")
    # botocore's own resolution puts the endpoint prefix in the host.
    custom = not host.startswith(f"{prefix}.") and not host.startswith(f"{prefix}-fips.")
    return Endpoint(meta.service_model.service_name, region, host, use_fips, custom)


def is_fips_host(host: str) -> bool:
    labels = host.split(".")
    return any(
        label == "fips" or label.endswith("-fips") or label.startswith("fips-") for label in labels
    )


@functools.lru_cache(maxsize=256)
def has_fips_endpoint(endpoint_prefix: str, region: str) -> bool:
    """Whether botocore's endpoint data lists a FIPS endpoint of the service in the region."""
    from scrubber.service_models import endpoint_data

    for partition in endpoint_data().get("partitions", []):
        service = partition.get("services", {}).get(endpoint_prefix)
        if not service:
            continue
        endpoints = service.get("endpoints", {})
        if f"fips-{region}" in endpoints or f"{region}-fips" in endpoints:
            return True
        entry = endpoints.get(region)
        if entry is None:
            continue
        variants = list(entry.get("variants", []))
        variants += list(service.get("defaults", {}).get("variants", []))
        if any("fips" in v.get("tags", []) for v in variants):
            return True
    return False


def fips_findings(endpoint: Endpoint, prefix: str, posture: Posture) -> list[Finding]:
    if posture.fips == "off":
        return []
    why = _problem(endpoint, prefix)
    return [posture_finding(NON_FIPS_ENDPOINT, ENDPOINT, posture.fips, why)] if why else []


def _problem(endpoint: Endpoint, prefix: str) -> str:
    if endpoint.custom:
        if is_fips_host(endpoint.host):
            return ""
        return "the client's endpoint_url is not a FIPS endpoint (its host names no fips)"
    if not has_fips_endpoint(prefix, endpoint.region):
        return (
            f"{endpoint.service} has no FIPS endpoint in region {endpoint.region or '(none)'} "
            "(botocore's endpoint data): use a region that has one"
        )
    if endpoint.use_fips and is_fips_host(endpoint.host):
        return ""
    return f"the client does not use a FIPS endpoint: set {SETTING}"
