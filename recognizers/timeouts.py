"""How long one pattern may run over one value (a light module: no Presidio import)."""

from __future__ import annotations

import os

from scrubber.errors import RecognizerTimeout

# Seconds one pattern may take over one field value before the field is blocked.
REGEX_TIMEOUT = float(os.environ.get("FIELDGUARD_REGEX_TIMEOUT", "1.0"))

__all__ = ["REGEX_TIMEOUT", "RecognizerTimeout"]
