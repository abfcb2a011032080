"""Pattern calls bounded by this thread's own work: ``bounded.search(pattern, text)``.

The regex module times a call by the wall clock, and while it matches it may
let go of the GIL (``finditer`` and ``findall`` do, even with
``concurrent=False``): the wait to take the GIL back then counts as the
pattern's time. With sixteen threads on two cores that wait passed one second
on a 12-character tag, and the field was blocked at random. So a call that
times out is tried again, and it fails only once this thread has spent
``REGEX_TIMEOUT`` of CPU time on the retries: a pattern that truly runs away
still fails closed (after two to three times its time), one that only waited
does not. ``finditer`` gives a list, so that a retry runs the whole search.
Holding the GIL (``concurrent=False``) makes retries rare, and saves the
hand-over on every call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import regex

from recognizers.timeouts import REGEX_TIMEOUT, RecognizerTimeout, work_time

_T = TypeVar("_T")


def _again(call: Callable[[], _T]) -> _T:
    """``call`` retried after a timeout, until it ends or this thread's CPU
    time on it passes the bound (then ``RecognizerTimeout``: the field is blocked)."""
    start = work_time()
    while True:
        try:
            return call()
        except TimeoutError as exc:
            if work_time() - start >= REGEX_TIMEOUT:
                raise RecognizerTimeout("a pattern ran out of time") from exc


def search(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    try:
        return pattern.search(text, timeout=REGEX_TIMEOUT, concurrent=False)
    except TimeoutError:
        return _again(lambda: pattern.search(text, timeout=REGEX_TIMEOUT, concurrent=False))


def match(pattern: regex.Pattern[str], text: str, pos: int = 0) -> regex.Match[str] | None:
    try:
        return pattern.match(text, pos, timeout=REGEX_TIMEOUT, concurrent=False)
    except TimeoutError:
        return _again(lambda: pattern.match(text, pos, timeout=REGEX_TIMEOUT, concurrent=False))


def fullmatch(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    try:
        return pattern.fullmatch(text, timeout=REGEX_TIMEOUT, concurrent=False)
    except TimeoutError:
        return _again(lambda: pattern.fullmatch(text, timeout=REGEX_TIMEOUT, concurrent=False))


def finditer(
    pattern: regex.Pattern[str], text: str, *, overlapped: bool = False
) -> list[regex.Match[str]]:
    def every() -> list[regex.Match[str]]:
        return list(
            pattern.finditer(text, overlapped=overlapped, timeout=REGEX_TIMEOUT, concurrent=False)
        )

    try:
        return every()
    except TimeoutError:
        return _again(every)


def findall(pattern: regex.Pattern[str], text: str) -> list[Any]:
    try:
        found: list[Any] = pattern.findall(text, timeout=REGEX_TIMEOUT, concurrent=False)
    except TimeoutError:
        found = _again(lambda: pattern.findall(text, timeout=REGEX_TIMEOUT, concurrent=False))
    return found
