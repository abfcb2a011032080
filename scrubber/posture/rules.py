"""The posture rules: their ids, the AWS advice each enforces, and their findings.

A posture finding has the shape of a detection finding (:class:`Finding`),
with the rule id as its entity type and ``start``/``end`` of 0: it is about
how a call reaches AWS, or a member that is missing, never about a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from scrubber.findings import Finding
from scrubber.paths import Path
from scrubber.policy import PostureLevel

RuleId = Literal["INSECURE_TRANSPORT", "NON_FIPS_ENDPOINT", "NO_CUSTOMER_KEY"]
INSECURE_TRANSPORT: RuleId = "INSECURE_TRANSPORT"
NON_FIPS_ENDPOINT: RuleId = "NON_FIPS_ENDPOINT"
NO_CUSTOMER_KEY: RuleId = "NO_CUSTOMER_KEY"

# The data-protection pages of Forecast, Personalize, Lookout for Metrics,
# IoT Core and IoT TwinMaker give the same list; quoted from
# https://docs.aws.amazon.com/forecast/latest/dg/data-protection.html
ADVICE_SOURCE = "https://docs.aws.amazon.com/forecast/latest/dg/data-protection.html"


@dataclass(frozen=True)
class Rule:
    id: RuleId
    title: str
    advice: str  # the AWS advice, quoted
    remedy: str


RULES: dict[RuleId, Rule] = {
    INSECURE_TRANSPORT: Rule(
        INSECURE_TRANSPORT,
        "The client does not reach AWS over verified TLS 1.2 or later",
        '"Use SSL/TLS to communicate with AWS resources. We require TLS 1.2 and '
        'recommend TLS 1.3."',
        "Use an https:// endpoint, keep certificate verification on (verify=True or a "
        "CA bundle), and leave the SSL context's minimum_version at TLS 1.2 or later. "
        "Local emulators can be exempted with [tool.fieldguard.posture] allow_plain_http.",
    ),
    NON_FIPS_ENDPOINT: Rule(
        NON_FIPS_ENDPOINT,
        "The client does not use a FIPS endpoint",
        '"If you require FIPS 140-2 validated cryptographic modules when accessing AWS '
        'through a command line interface or an API, use a FIPS endpoint."',
        "Set use_fips_endpoint=True in the client's botocore Config, or "
        "AWS_USE_FIPS_ENDPOINT=true / use_fips_endpoint = true in the AWS config file, "
        "in a region where the service has a FIPS endpoint.",
    ),
    NO_CUSTOMER_KEY: Rule(
        NO_CUSTOMER_KEY,
        "A Create call that accepts a customer-managed KMS key is not given one",
        '"Use AWS encryption solutions, along with all default security controls within '
        'AWS services." Without a key on the Create call the service encrypts the '
        "resource with a key it owns, which you cannot audit, rotate or revoke.",
        "Give the member named in the finding the ARN of a customer-managed KMS key "
        "(scrub-check --explain SERVICE OPERATION shows where it goes).",
    ),
}


def posture_finding(
    rule: RuleId, path: str | Path, level: PostureLevel, reason: str, *, field_kind: str = "call"
) -> Finding:
    """A value-free finding of ``rule`` at ``path`` (``(endpoint)`` for the client)."""
    action = "block" if level == "block" else "warn"
    location = path.locator() if isinstance(path, Path) else ()
    return Finding(
        str(path),
        rule,
        field_kind,
        0,
        0,
        1.0,
        action,
        recognizer="posture",
        reason=reason,
        location=location,
    )
