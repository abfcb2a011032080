"""fieldguard's vocabularies: kinds of field, modes of a run, actions on a finding.

Enums of strings, so a typo is a type error, and configuration, the hook and
the CLI accept the same spellings (``Mode.parse``).
"""

from __future__ import annotations

import enum

from scrubber.errors import ConfigError


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


class Mode(str, enum.Enum):
    """What a run does with findings (the policy's and the hook's ``mode``)."""

    BLOCK = "block"  # refuse the call on any finding
    REDACT = "redact"  # rewrite personal data, refuse credentials
    REPORT = "report"  # send unchanged, report

    @classmethod
    def parse(cls, value: str | Mode) -> Mode:
        """A mode from any accepted spelling (``warn`` is the hook's name for report)."""
        if isinstance(value, Mode):
            return value
        spelled = MODE_ALIASES.get(value, value)
        try:
            return cls(spelled)
        except ValueError:
            raise ConfigError(f"'mode' must be one of {', '.join(MODE_SPELLINGS)}") from None


MODE_ALIASES = {"warn": "report"}
MODE_SPELLINGS = (*(m.value for m in Mode), *MODE_ALIASES)


class Action(str, enum.Enum):
    """What is done about one finding (policy rules name these)."""

    BLOCK = "block"
    REDACT = "redact"
    WARN = "warn"
    ALLOW = "allow"
