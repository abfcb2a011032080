"""Cheap necessary conditions: which entities a string could possibly hold.

Each trigger is implied by every pattern of its recognizer (a phone number has
seven digits in a row, give or take separators; an email has an ``@``), so a
string that trips no trigger cannot produce a finding and the analyzer is not
run on it. Most values in AWS calls (``retail_demand``, enums, dates) trip none.
``tests/test_triggers.py`` checks the implication on the corpus and the tables.
An entity without a trigger here is always analyzed.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from recognizers.names import name_sets, tokens
from recognizers.timeouts import REGEX_TIMEOUT

# Digits and the separators phone and card numbers are written with.
# Shared with the phone recognizer's gate, which this must never be stricter than.
NUMBER_SEPARATORS = r" ().\-/\[\]~x\u30fc\u2053\u223c"
_DIGIT_RUN = rf"[0-9][0-9{NUMBER_SEPARATORS}]{{6,}}[0-9]"

TRIGGERS: dict[str, regex.Pattern[str]] = {
    entity: regex.compile(pattern, regex.IGNORECASE)
    for entity, pattern in {
        "EMAIL_ADDRESS": r"@",
        "PHONE_NUMBER": _DIGIT_RUN,
        "CREDIT_CARD": _DIGIT_RUN,
        "ACCOUNT_NUMBER": r"[0-9]{8}",
        "US_SSN": r"[0-9]{3}[\- .]?[0-9]{2}[\- .]?[0-9]{4}",
        "IBAN_CODE": r"[a-z]{2}[0-9]{2}",
        "URL_CREDENTIALS": r"://",
        "URL_SECRET": r"[?&][a-z_\-]+=",
        "AWS_ACCESS_KEY_ID": r"(?-i:AKIA|ASIA|ABIA|ACCA)",
        "AWS_SECRET_ACCESS_KEY": r"[a-z0-9/+]{40}",
        "VENDOR_TOKEN": r"gh[pousr]_|github_pat_|glpat-|xox[abposr]-|_live_|_test_|(?-i:AIza)",
        "JWT": r"(?-i:eyJ)",
        "PRIVATE_KEY": r"PRIVATE KEY",
        "AUTH_HEADER": r"bearer|basic|token|digest",
        "PASSWORD": r"pass|pwd|secret|api.?key|access.?token",
    }.items()
}


# Entities whose every pattern needs a digit: skipped at once for digit-free text.
NEED_DIGITS = frozenset({"PHONE_NUMBER", "CREDIT_CARD", "ACCOUNT_NUMBER", "US_SSN", "IBAN_CODE"})
_DIGIT = regex.compile(r"[0-9]")


_gates: dict[frozenset[str], regex.Pattern[str]] = {}


def _gate(entities: frozenset[str]) -> regex.Pattern[str]:
    """One pattern that matches wherever any of these entities' triggers would."""
    gate = _gates.get(entities)
    if gate is None:
        branches = [f"(?:{TRIGGERS[e].pattern})" for e in sorted(entities) if e in TRIGGERS]
        gate = _gates[entities] = regex.compile("|".join(branches) or "(?!)", regex.IGNORECASE)
    return gate


def possible_entities(text: str, entities: Iterable[str]) -> frozenset[str]:
    """The subset of ``entities`` that ``text`` could hold."""
    wanted = frozenset(entities)
    others = wanted - {"PERSON"}
    if all(e in TRIGGERS for e in others) and not _gate(others).search(text, timeout=REGEX_TIMEOUT):
        # Most values trip no trigger at all: one search says so.
        return (
            frozenset({"PERSON"}) if "PERSON" in wanted and _has_given_name(text) else frozenset()
        )
    out = set()
    has_digit: bool | None = None
    for entity in wanted:
        if entity == "PERSON":
            if _has_given_name(text):
                out.add(entity)
            continue
        if entity in NEED_DIGITS:
            if has_digit is None:
                has_digit = _DIGIT.search(text) is not None
            if not has_digit:
                continue
        trigger = TRIGGERS.get(entity)
        if trigger is None or trigger.search(text, timeout=REGEX_TIMEOUT):
            out.add(entity)
    return frozenset(out)


def _has_given_name(text: str) -> bool:
    given, _ = name_sets()
    words = tokens(text)
    return len(words) >= 2 and any(w in given for _, _, w in words[:-1])
