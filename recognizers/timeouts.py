"""How long one pattern may run over one value (a light module: no Presidio import)."""

from __future__ import annotations

import os
import time

from scrubber.errors import RecognizerTimeout

# Seconds one pattern may take over one field value before the field is blocked.
REGEX_TIMEOUT = float(os.environ.get("FIELDGUARD_REGEX_TIMEOUT", "1.0"))


def cpu_deadline() -> float:
    """When this thread's pure-Python matching (libphonenumber, name runs) must stop.

    Measured on this thread's CPU clock: time spent waiting for other threads
    to let go of the GIL is not this value's work (see ``recognizers.bounded``).
    """
    return time.thread_time() + REGEX_TIMEOUT


def past(deadline: float) -> bool:
    """Whether this thread's CPU clock has passed ``deadline`` (from ``cpu_deadline``)."""
    return time.thread_time() > deadline


__all__ = ["REGEX_TIMEOUT", "RecognizerTimeout", "cpu_deadline", "past"]
