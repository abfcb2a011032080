"""A pattern's time bound is its own work, not the wait for other threads.

The regex module times a call by the wall clock and lets go of the GIL while it
matches; with threads busy beside it, the wait to take the GIL back passed the
bound and fields were blocked at random (a 12-character tag, once, in CI). The
bound now counts this thread's CPU time, less its garbage collections, and a
runaway pattern still fails closed.
"""

from __future__ import annotations

import gc
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import regex

import recognizers.bounded
import recognizers.timeouts
from recognizers import RecognizerTimeout
from recognizers.pairs import _LABELLED
from recognizers.personal import FieldPhoneRecognizer

# Seconds. Alone, each call below takes 2 ms or less; beside eight busy threads
# the same phone scan took 0.3-1.3 s by the wall clock and 2-28 ms of its
# thread's CPU time (the GIL's hand-overs cost the waiting thread too).
BUDGET = 0.1

POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "iot:Connect",
                "Resource": "arn:aws:iot:eu-west-1:123456789012:client/sensor-*",
                "Condition": {"StringEquals": {"iot:Connection.Thing.ThingName": "pump-7"}},
            }
        ],
    }
)
PHONES = "Depot: call +44 20 7946 0958 or 0113 496 0429; after hours 07700 900031 (Kayla)."


@contextmanager
def _busy_threads(count: int = 8) -> Iterator[None]:
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            sum(range(1000))

    threads = [threading.Thread(target=spin) for _ in range(count)]
    for t in threads:
        t.start()
    try:
        yield
    finally:
        stop.set()
        for t in threads:
            t.join()


def _tighten(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognizers.bounded, "REGEX_TIMEOUT", BUDGET)
    monkeypatch.setattr(recognizers.timeouts, "REGEX_TIMEOUT", BUDGET)


def test_pattern_calls_beside_busy_threads_finish(monkeypatch: pytest.MonkeyPatch) -> None:
    """200 scans of a policy document while eight threads spin: none times out
    (with the regex module's own wall-clock bound, most did)."""
    text = POLICY * 4
    expected = [m.span() for m in _LABELLED.finditer(text)]
    assert len(expected) == 16
    _tighten(monkeypatch)
    with _busy_threads():
        for _ in range(200):
            assert [m.span() for m in recognizers.bounded.finditer(_LABELLED, text)] == expected


def test_phone_matching_beside_busy_threads_finishes(monkeypatch: pytest.MonkeyPatch) -> None:
    """libphonenumber's deadline is this thread's CPU time too."""
    phones = FieldPhoneRecognizer()
    expected = list(phones.spans(PHONES))  # warmed: the first reading loads metadata
    assert len(expected) == 3
    _tighten(monkeypatch)
    with _busy_threads():
        for _ in range(10):
            assert list(phones.spans(PHONES)) == expected


def test_a_runaway_pattern_still_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backtracking that would run for seconds runs out of this thread's time and raises."""
    _tighten(monkeypatch)
    runaway = regex.compile(r"(?:a|aa)+c")
    with pytest.raises(RecognizerTimeout):
        recognizers.bounded.search(runaway, "a" * 40)
    with pytest.raises(RecognizerTimeout), _busy_threads():
        recognizers.bounded.finditer(runaway, "a" * 40)


@contextmanager
def _collection_due(objects: int = 1_500_000) -> Iterator[None]:
    """A heap of ``objects`` containers not yet collected, and collection
    thresholds at their lowest: the next allocation sets off collections of
    every generation (a large process's full collection, in miniature)."""
    thresholds = gc.get_threshold()
    gc.collect()
    gc.disable()
    ballast = [[i] for i in range(objects)]
    gc.set_threshold(1, 1, 1)
    gc.enable()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        del ballast


def test_a_garbage_collection_is_not_the_values_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full collection started by a scan's allocation takes this thread's CPU
    time (more than the budget here) but not the scan's: the scan finishes."""
    phones = FieldPhoneRecognizer()
    expected = list(phones.spans(PHONES))
    _tighten(monkeypatch)
    with _collection_due():
        spent = time.thread_time()
        assert list(phones.spans(PHONES)) == expected
        spent = time.thread_time() - spent
    assert spent > BUDGET  # the scan's thread ran the collection, past the budget


def test_work_time_leaves_out_collections() -> None:
    with _collection_due():
        cpu, work = time.thread_time(), recognizers.timeouts.work_time()
        gc.collect()
        cpu, work = time.thread_time() - cpu, recognizers.timeouts.work_time() - work
    assert cpu > 0.05
    assert work < cpu / 10
