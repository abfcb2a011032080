"""Hard negatives: spans that look sensitive but are not, and are never reported.

Each is a small named pattern: an ARN's header and an AWS endpoint URL's or
host's account (a 12-digit account that is AWS's, not a customer's), UUIDs,
git SHAs, timestamps and dates, semantic versions.
Credentials are never suppressed by these (see ``suppressible``).
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from recognizers import bounded

NEGATIVES: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(pattern, regex.IGNORECASE))
    for name, pattern in (
        ("arn-header", r"\barn:aws[a-z\-]*:[a-z0-9\-]*:[a-z0-9\-]*:[0-9]{12}:"),
        # SQS and other AWS endpoint URLs carry the AWS account in their path.
        ("aws-url-account", r"\.amazonaws\.com(?:\.cn)?/[0-9]{12}(?=/|$)"),
        # ... or in the host's name: an ECR registry's and the console's sign-in
        # page ("483920175566.dkr.ecr.us-east-1.amazonaws.com/app:1.2").
        (
            "aws-host-account",
            r"(?<![0-9])[0-9]{12}(?=\.(?:dkr\.ecr(?:-fips)?\.[a-z0-9\-]+\.amazonaws\.com"
            r"|signin\.aws\.amazon\.com)\b)",
        ),
        (
            "uuid",
            r"(?<![0-9a-z])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z])",
        ),
        ("git-sha", r"(?<![0-9a-z])[0-9a-f]{40}(?![0-9a-z])"),
        (
            "timestamp",
            r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
            r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+\-]\d\d:?\d\d)?)?",
        ),
        # Semantic versions have no leading zeros: 617.555.0149 is a phone number,
        # and so is 415.867.5309 (North American numbers are written 3.3.4 with
        # dots); 231.45.6789 an SSN (3.2.4, as an SSN is grouped).
        (
            "semver",
            r"\b(?![2-9]\d\d\.[2-9]\d\d\.\d{4}(?![0-9.]))(?!\d{3}\.\d\d\.\d{4}(?![0-9.]))"
            r"v?(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)"
            r"(?:-[0-9a-z.\-]+)?(?:\+[0-9a-z.\-]+)?(?![0-9.])",
        ),
    )
)


def negative_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for _name, pattern in NEGATIVES:
        spans.extend(m.span() for m in bounded.finditer(pattern, text))
    return spans


def inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def overlaps(span: tuple[int, int], spans: Collection[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)
