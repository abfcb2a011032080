"""scrub-check's input limits and its input error."""

from __future__ import annotations

from scrubber.errors import FieldguardError

MAX_FILE_BYTES = 10 * 1024 * 1024
# Deeper than any AWS payload or template needs; past it, parsers recurse badly.
MAX_DEPTH = 100
# Values after YAML aliases are expanded (a "billion laughs" file is small on disk).
MAX_VALUES = 1_000_000


class InputError(FieldguardError):
    """A file or item that cannot be checked. Messages never quote its content."""
