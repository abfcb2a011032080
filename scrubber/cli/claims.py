"""Whether a file says it is a payload or a template: then it is checked, or its error shown.

A folder scan (and pre-commit, with ``--skip-unrecognized``) passes over every
JSON and YAML file of a repository; most are neither (package.json, mkdocs.yml,
workflow files). Those are skipped quietly; a file that claims to be a
CloudFormation template or a self-describing payload and cannot be checked
still gets its one error line.
"""

from __future__ import annotations

from typing import Any

import regex

SELF_DESCRIBING = ("service", "operation", "params")
# Transforms that only templates carry.
_TRANSFORMS = ("AWS::Serverless", "AWS::LanguageExtensions", "AWS::Include")
_RESOURCE_TYPE = regex.compile(r"(?:AWS|Custom|Alexa)::[A-Za-z0-9]+(?:::[A-Za-z0-9]+)?")
# In text that did not parse: a resource type, the template version, or a payload's keys.
_TEMPLATE_TEXT = regex.compile(r"AWSTemplateFormatVersion|\bAWS::[A-Za-z0-9]+::[A-Za-z0-9]+")
_SERVICE_KEY = regex.compile(r"""(?m)^\s*service\s*:|["']service["']\s*:""")
_OPERATION_KEY = regex.compile(r"""(?m)^\s*operation\s*:|["']operation["']\s*:""")


def claims(data: Any) -> bool:
    """A document that means to be a template or a self-describing payload."""
    if not isinstance(data, dict):
        return False
    if "AWSTemplateFormatVersion" in data or _has_transform(data.get("Transform")):
        return True
    resources = data.get("Resources")
    if isinstance(resources, dict):
        for key, resource in resources.items():
            if isinstance(key, str) and key.startswith("Fn::ForEach::"):
                return True
            rtype = resource.get("Type") if isinstance(resource, dict) else None
            if isinstance(rtype, str) and _RESOURCE_TYPE.fullmatch(rtype):
                return True
    return sum(key in data for key in SELF_DESCRIBING) >= 2


def claims_text(text: str) -> bool:
    """Text that did not parse, but reads like a template or a payload."""
    if _TEMPLATE_TEXT.search(text):
        return True
    return bool(_SERVICE_KEY.search(text) and _OPERATION_KEY.search(text))


def _has_transform(value: Any) -> bool:
    names = value if isinstance(value, list) else [value]
    return any(isinstance(n, str) and n.startswith(_TRANSFORMS) for n in names)
