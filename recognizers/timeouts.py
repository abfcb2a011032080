"""How long one pattern may run over one value (a light module: no Presidio import)."""

from __future__ import annotations

import gc
import os
import threading
import time
from typing import Any

from scrubber.errors import RecognizerTimeout

# Seconds one pattern may take over one field value before the field is blocked.
REGEX_TIMEOUT = float(os.environ.get("FIELDGUARD_REGEX_TIMEOUT", "1.0"))

# CPU seconds each thread has spent collecting garbage. A full collection runs
# in whichever thread's allocation sets it off and takes time in proportion to
# the whole process's heap (over a second in a large one): it is not the work
# of the value that thread is reading, and charged to it, it blocked fields at
# random late in a long-lived process.
_COLLECTING = threading.local()


def _on_collection(phase: str, info: dict[str, Any]) -> None:
    now = time.thread_time()
    if phase == "start":
        _COLLECTING.since = now
    else:
        since = getattr(_COLLECTING, "since", now)
        _COLLECTING.spent = getattr(_COLLECTING, "spent", 0.0) + (now - since)


gc.callbacks.append(_on_collection)


def work_time() -> float:
    """This thread's CPU time less its garbage collections': the clock every
    bound on one value's matching is read on."""
    return time.thread_time() - getattr(_COLLECTING, "spent", 0.0)


def cpu_deadline() -> float:
    """When this thread's pure-Python matching (libphonenumber, name runs) must stop.

    Measured on this thread's CPU clock (:func:`work_time`): time spent waiting
    for other threads to let go of the GIL is not this value's work (see
    ``recognizers.bounded``), nor is a garbage collection the process needed.
    """
    return work_time() + REGEX_TIMEOUT


def past(deadline: float) -> bool:
    """Whether this thread's work clock has passed ``deadline`` (from ``cpu_deadline``)."""
    return work_time() > deadline


__all__ = ["REGEX_TIMEOUT", "RecognizerTimeout", "cpu_deadline", "past", "work_time"]
