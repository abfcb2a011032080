"""Personal data: email addresses, phone numbers, person names."""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
import regex

from recognizers.base import FieldRecognizer
from recognizers.financial import looks_like_time
from recognizers.names import name_sets, tokens


class FieldEmailRecognizer(FieldRecognizer):
    """Email addresses, also inside identifiers and URLs.

    Not the password of ``https://user:pass@host`` (a credential, not an
    email). The top-level domain is checked offline; Presidio's own email
    recognizer reaches for the network through tldextract.
    """

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        (
            "email",
            r"(?<![A-Za-z0-9._%+\-])(?<!://[^\s/?#@:]{0,64}:)"
            r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?"
            r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])",
            0.9,
        ),
    )


class FieldPhoneRecognizer(FieldRecognizer):
    """Phone numbers that libphonenumber finds valid, international or national."""

    ENTITY = "PHONE_NUMBER"
    REGIONS = ("US", "GB", "DE", "FR", "IN", "AU")
    # Cheap gate: only text with a run of 7+ digits and separators reaches
    # libphonenumber (its separators: space . - / and brackets).
    _CANDIDATE = regex.compile(r"\+?[(\[]?[0-9][0-9 ().\-/\[\]]{6,20}[0-9]")

    # A bare run of digits is a phone number only next to a word that says so;
    # otherwise it is an account number, an id or a timestamp.
    _CONTEXT = regex.compile(r"(?i)(phone|tel|mobile|cell|call|fax|sms|whatsapp|oncall|contact)")

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not self._CANDIDATE.search(text, timeout=1.0):
            return
        seen: set[tuple[int, int]] = set()
        for region in self.REGIONS:
            for leniency in (phonenumbers.Leniency.VALID, phonenumbers.Leniency.POSSIBLE):
                for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency):
                    span = (match.start, match.end)
                    if span in seen or not self._plausible(text, match.raw_string, leniency):
                        continue
                    seen.add(span)
                    yield match.start, match.end, 0.75

    def _plausible(self, text: str, raw: str, leniency: object) -> bool:
        # Numbers in reserved fictional ranges (555-01xx, UK drama) are only
        # "possible"; an explicit international prefix makes them likely enough.
        if leniency is phonenumbers.Leniency.POSSIBLE and not raw.startswith("+"):
            return False
        digits = "".join(ch for ch in raw if ch.isdigit())
        if looks_like_time(digits):
            return False
        if raw.isdigit():
            return bool(self._CONTEXT.search(text, timeout=1.0))
        return True


class FieldPersonRecognizer(FieldRecognizer):
    """A given name followed by a surname, in prose or inside an identifier.

    ``jane_doe_sales``, ``JaneDoeDemand01``, ``forecast-john-smith-2024``,
    ``maria.garcia.inventory`` and "Owned by Jane Doe" all split into words;
    a given name directly followed by a surname (optionally a middle initial)
    is a person. In prose, a capitalized given name followed by a space and
    another capitalized word is one too ("Olga Ivanova"): surname lists are
    never complete, and prose marks names by case.
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
            if first in given and _adjacent(text, words, i, j):
                if words[j][2] in family:
                    yield start, words[j][1], 0.7
                    i = j + 1
                    continue
                if _written_as_name(text, words[i], words[j]):
                    yield start, words[j][1], 0.6
                    i = j + 1
                    continue
            i += 1


def _written_as_name(text: str, first: tuple[int, int, str], last: tuple[int, int, str]) -> bool:
    """``Olga Ivanova``: two capitalized words of letters, one space apart."""
    gap = text[first[1] : last[0]]
    a, b = text[first[0] : first[1]], text[last[0] : last[1]]
    return (
        gap == " "
        and len(b) >= 3
        and a[:1].isupper()
        and a[1:].islower()
        and b[:1].isupper()
        and b[1:].islower()
    )


def _adjacent(text: str, words: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Words i..j are separated only by separators (no digits or other words)."""
    for k in range(i, j):
        gap = text[words[k][1] : words[k + 1][0]]
        if len(gap) > 2 or regex.search(r"[0-9\p{L}]", gap):
            return False
    return True
