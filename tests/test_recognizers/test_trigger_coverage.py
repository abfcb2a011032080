"""Every string a recognizer's pattern matches trips the recognizer's trigger.

The prefilter runs a recognizer only where its ``TRIGGER`` matches, so a
pattern that can match where the trigger cannot is a pattern that never
finds anything there (SQL Server's ``bcp -P``, a card's groups joined by
``_``, a label's ``[0]`` before "is": each was one). Hypothesis writes
strings from each pattern (translated to the ``re`` syntax it reads, its
look-arounds left out), the real pattern keeps those it matches, and the
trigger must trip on every one; so must one of the pattern's hints (a class's
``PATTERN_HINTS``) stand in every one.
"""

from __future__ import annotations

import itertools
import re

import pytest
import regex
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import recognizers

EXAMPLES = 300
# Patterns whose translation rarely writes a string the real pattern matches
# (their look-arounds decide too much), so the test would assert nothing.
TOO_FEW_MATCHES = {
    ("FieldEmailRecognizer", name)
    for name in (
        "email",
        "email-bracketed-at",
        "email-dot-words",
        "email-spaced-dots",
        "upi-address",
        "email-word-at",
        "email-words",
    )
} | {
    ("FieldHostCredentialsRecognizer", "userinfo"),
    ("FieldSecretHeaderRecognizer", "sigv4"),
    ("FieldLabelledSecretRecognizer", "thai"),
    ("FieldLabelledSecretRecognizer", "paired"),
    ("FieldLabelledSecretRecognizer", "attribute"),
    ("FieldLabelledSecretRecognizer", "named"),
    ("FieldDeviceSecretRecognizer", "wifi-qr"),
    # (its context, "chpasswd: list:", stands wholly in a look-behind)
    ("FieldDeviceSecretRecognizer", "chpasswd-list"),
}
MIN_MATCHES = 5


def _class_end(pattern: str, i: int) -> int:
    """Index just past the character class opening at ``i``."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """Index just past the group opening at ``i``."""
    depth, j = 0, i
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "[":
            j = _class_end(pattern, j)
            continue
        if pattern[j] == "(":
            depth += 1
        elif pattern[j] == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


def without_lookarounds(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern[i] == "[":
            end = _class_end(pattern, i)
            out.append(pattern[i:end])
            i = end
        elif pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(pattern, i)
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def as_re(pattern: str) -> str:
    """The pattern in ``re``'s syntax, for Hypothesis to write strings from:
    branch resets as plain groups, named groups numbered apart, letter
    properties as word characters, look-arounds left out."""
    pattern = pattern.replace("(?|", "(?:")
    pattern = re.sub(r"\\p\{M\}", "\u0301", pattern)
    pattern = re.sub(r"\\p\{[A-Za-z_=]+\}", r"[^\\W\\d_]", pattern)
    count = itertools.count()
    pattern = re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}_{next(count)}>", pattern)
    pattern = re.sub(r"\(\?P=\w+\)", "(?:x)", pattern)
    return without_lookarounds(pattern)


CASES = [
    pytest.param(cls, name, pattern, id=f"{cls.__name__}-{name}")
    for cls in recognizers.registered()
    if cls.TRIGGER is not None
    for name, pattern, _ in cls.PATTERNS
    if (cls.__name__, name) not in TOO_FEW_MATCHES
]


@pytest.mark.parametrize("cls,name,pattern", CASES)
def test_every_match_trips_the_trigger(cls: type, name: str, pattern: str) -> None:
    """Every string the pattern matches trips the class's trigger and holds one
    of the pattern's hints, if it has any."""
    real = regex.compile(pattern, cls.FLAGS)
    trigger = regex.compile(cls.TRIGGER, regex.IGNORECASE)
    written = re.compile(as_re(pattern), re.IGNORECASE if cls.FLAGS & regex.IGNORECASE else 0)
    hints = cls.PATTERN_HINTS.get(name)  # (the pattern is run only where one stands)
    matched: list[str] = []
    missed: list[str] = []

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.from_regex(written))
    def check(text: str) -> None:
        if real.search(text) is not None:
            matched.append(text)
            hinted = hints is None or any(hint in text.casefold() for hint in hints)
            if trigger.search(text) is None or not hinted:
                missed.append(text)

    check()
    assert len(matched) >= MIN_MATCHES, "too few strings matched: the test would assert nothing"
    assert missed == [], [text[:120] for text in missed[:3]]
