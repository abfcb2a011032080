"""Personal data: email addresses and phone numbers (person names: ``recognizers.person``)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import phonenumbers
import regex
from phonenumbers import PhoneNumberMatch

from recognizers.base import FieldRecognizer
from recognizers.digits import DIGIT_RUN, NUMBER_SEPARATORS
from recognizers.financial import looks_like_time
from recognizers.timeouts import REGEX_TIMEOUT, RecognizerTimeout


class FieldEmailRecognizer(FieldRecognizer):
    """Email addresses, also inside identifiers and URLs.

    Not the password of ``https://user:pass@host`` (a credential, not an
    email). The top-level domain is checked offline; Presidio's own email
    recognizer reaches for the network through tldextract.
    """

    ENTITY = "EMAIL_ADDRESS"
    CATEGORY = "personal"
    DESCRIPTION = "an email address"
    LABEL = "email"
    TRIGGER = r"@"
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
    CATEGORY = "personal"
    DESCRIPTION = "a phone number"
    LABEL = "phone"
    TRIGGER = DIGIT_RUN
    NEEDS_DIGITS = True
    REGIONS = ("US", "GB", "DE", "FR", "IN", "AU")
    # Cheap gate: only text with a run of 7+ digits and separators reaches
    # libphonenumber (its separators: space . - / ~ x brackets, and a few
    # non-ASCII ones normalization keeps: U+30FC, U+2053, U+223C).
    _CANDIDATE = regex.compile(rf"\+?[(\[]?[0-9][0-9{NUMBER_SEPARATORS}]{{6,20}}[0-9]")
    _MARGIN = 24  # characters: longer than any number written with separators

    # A bare run of digits is a phone number only next to a word that says so;
    # otherwise it is an account number, an id or a timestamp.
    _CONTEXT = regex.compile(r"(?i)(phone|tel|mobile|cell|call|fax|sms|whatsapp|oncall|contact)")

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        # libphonenumber has no time bound of its own, and long runs of digits and
        # separators ("1/1/1/...") cost it seconds. It reads only the windows
        # around candidates, for the time one pattern gets; a value that needs
        # more is refused (fail closed).
        deadline = time.monotonic() + REGEX_TIMEOUT
        seen: set[tuple[int, int]] = set()
        for low, high in self._windows(text):
            window = text[low:high]
            for region in self.REGIONS:
                for leniency in (phonenumbers.Leniency.VALID, phonenumbers.Leniency.POSSIBLE):
                    matcher = _TimedMatcher(window, region, leniency, deadline)
                    for match in matcher:
                        span = (low + match.start, low + match.end)
                        if span in seen or not self._plausible(text, match.raw_string, leniency):
                            continue
                        seen.add(span)
                        yield span[0], span[1], 0.75
                    if matcher.gave_up:
                        raise RecognizerTimeout("phone number matching ran out of tries")

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """Stretches of text around candidates, wide enough for any number cut
        by a candidate's end and for the characters libphonenumber looks at
        beside a number; overlapping ones merged."""
        out: list[tuple[int, int]] = []
        for m in self._CANDIDATE.finditer(text, timeout=REGEX_TIMEOUT):
            low, high = max(0, m.start() - self._MARGIN), min(len(text), m.end() + self._MARGIN)
            if out and low <= out[-1][1]:
                out[-1] = (out[-1][0], high)
            else:
                out.append((low, high))
        return out

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


class _TimedMatcher(phonenumbers.PhoneNumberMatcher):
    """libphonenumber's matcher, stopped at a deadline.

    Checked before each parse it tries (``_parse_and_verify``, as typed in the
    package's own stubs), so one long search cannot outrun it. It also stops
    quietly after 65535 rejected candidates: that is reported through
    ``gave_up``, as numbers further on would be missed.
    """

    def __init__(self, text: str, region: str, leniency: int, deadline: float) -> None:
        super().__init__(text, region, leniency=leniency)
        self._deadline = deadline

    def _parse_and_verify(self, candidate: str, offset: int) -> PhoneNumberMatch | None:
        if time.monotonic() > self._deadline:
            raise RecognizerTimeout("phone number matching timed out")
        return super()._parse_and_verify(candidate, offset)

    @property
    def gave_up(self) -> bool:
        return bool(self._max_tries <= 0)
