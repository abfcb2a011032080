"""Which AWS services the hook checks: botocore service names, ``"*"`` for all.

Kept free of heavy imports: the AWS CLI plugin consults it on every command
before deciding whether to load the scanner at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ALL_SERVICES = "*"

# The five services whose data-protection pages warn about free-form fields,
# and their sibling APIs that also take names, filters, attributes or topics.
DEFAULT_SERVICES: frozenset[str] = frozenset(
    {
        "forecast",
        "forecastquery",
        "personalize",
        "personalize-events",
        "personalize-runtime",
        "iot",
        "iot-data",
        "iot-jobs-data",
        "iottwinmaker",
        "lookoutmetrics",
    }
)


@dataclass(frozen=True)
class ServiceSet:
    """A set of botocore service names, or every service."""

    names: frozenset[str]
    everything: bool = False

    def __contains__(self, service: object) -> bool:
        return self.everything or service in self.names

    def __repr__(self) -> str:
        return "ServiceSet(*)" if self.everything else f"ServiceSet({sorted(self.names)})"


def service_set(services: str | Iterable[str] | ServiceSet) -> ServiceSet:
    """``"*"``, one service name, or several: as a :class:`ServiceSet`."""
    if isinstance(services, ServiceSet):
        return services
    names = frozenset([services] if isinstance(services, str) else services)
    if not all(isinstance(n, str) and n for n in names):
        raise TypeError("services must be botocore service names (strings) or '*'")
    if ALL_SERVICES in names:
        return ServiceSet(frozenset(), everything=True)
    return ServiceSet(names)
