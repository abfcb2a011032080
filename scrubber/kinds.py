"""The kinds of string field in an AWS call."""

from __future__ import annotations

import enum


class FieldKind(str, enum.Enum):
    NAME = "name"
    DESCRIPTION = "description"
    TAG_KEY = "tag_key"
    TAG_VALUE = "tag_value"
    URL = "url"
    FREE_TEXT = "free_text"
    # ARNs, enums, ids, timestamps: not free-form, the service's own values.
    IDENTIFIER = "identifier"
    # Fields made to carry a credential to the service (a Salesforce token);
    # the service keeps them out of logs, so a secret there is expected.
    SECRET = "secret"

    def __str__(self) -> str:
        return self.value
