"""Personal data: email addresses, phone numbers, person names."""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
import regex

from recognizers.base import FieldRecognizer
from recognizers.names import name_sets, tokens


class EmailRecognizer(FieldRecognizer):
    """Email addresses, also inside identifiers and URLs.

    Not after ``:`` (``https://user:pass@host`` is a credential, not an email),
    except in ``mailto:``. The top-level domain is checked offline; Presidio's
    own email recognizer reaches for the network through tldextract.
    """

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        (
            "email",
            r"(?:(?<=mailto:)|(?<![A-Za-z0-9._%+\-:]))"
            r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?"
            r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])",
            0.9,
        ),
    )


class PhoneRecognizer(FieldRecognizer):
    """Phone numbers that libphonenumber finds valid, international or national."""

    ENTITY = "PHONE_NUMBER"
    REGIONS = ("US", "GB", "DE", "FR", "IN", "AU")
    # Cheap gate: only text with a run of 7+ digits and separators reaches libphonenumber.
    _CANDIDATE = regex.compile(r"\+?\(?[0-9][0-9 ().\-]{6,20}[0-9]")

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not self._CANDIDATE.search(text, timeout=1.0):
            return
        seen: set[tuple[int, int]] = set()
        for region in self.REGIONS:
            for match in phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.VALID
            ):
                span = (match.start, match.end)
                if span not in seen:
                    seen.add(span)
                    yield match.start, match.end, 0.75


class PersonRecognizer(FieldRecognizer):
    """A given name followed by a surname, in prose or inside an identifier.

    ``jane_doe_sales``, ``JaneDoeDemand01``, ``forecast-john-smith-2024``,
    ``maria.garcia.inventory`` and "Owned by Jane Doe" all split into words;
    a given name directly followed by a surname (optionally a middle initial)
    is a person.
    """

    ENTITY = "PERSON"

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        given, family = name_sets()
        words = tokens(text)
        i = 0
        while i < len(words) - 1:
            start, _, first = words[i]
            j = i + 1
            if len(words[j][2]) == 1 and j + 1 < len(words):  # middle initial
                j += 1
            if first in given and words[j][2] in family and _adjacent(text, words, i, j):
                yield start, words[j][1], 0.7
                i = j + 1
            else:
                i += 1


def _adjacent(text: str, words: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Words i..j are separated only by separators (no digits or other words)."""
    for k in range(i, j):
        gap = text[words[k][1] : words[k + 1][0]]
        if len(gap) > 2 or regex.search(r"[0-9\p{L}]", gap):
            return False
    return True
