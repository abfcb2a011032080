"""Payment and government numbers, each confirmed by its checksum or ranges."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from recognizers.base import FieldRecognizer
from recognizers.digits import DIGIT_RUN

_I = regex.IGNORECASE
_DIGITS = regex.compile(r"\D")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class FieldCreditCardRecognizer(FieldRecognizer):
    ENTITY = "CREDIT_CARD"
    CATEGORY = "personal"
    DESCRIPTION = "a payment card number"
    LABEL = "card"
    TRIGGER = DIGIT_RUN
    NEEDS_DIGITS = True
    PATTERNS = (
        (
            "card",
            r"(?<![0-9])(?:4|5[1-5]|2[2-7]|3[47]|6[05]|3[0689])[0-9]"
            r"(?:[ \-.]?[0-9]){10,17}(?![0-9])",
            0.5,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = _DIGITS.sub("", pattern_text)
        return 13 <= len(digits) <= 19 and luhn_ok(digits)


def iban_ok(text: str) -> bool:
    compact = regex.sub(r"[\s\-]", "", text).upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


class FieldIbanRecognizer(FieldRecognizer):
    ENTITY = "IBAN_CODE"
    CATEGORY = "personal"
    DESCRIPTION = "an IBAN"
    LABEL = "iban"
    TRIGGER = r"[a-z]{2}[0-9]{2}"
    NEEDS_DIGITS = True
    PATTERNS = (
        (
            "iban",
            r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ \-]?[A-Za-z0-9]{4}){2,7}"
            r"(?:[ \-]?[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])",
            0.5,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        return iban_ok(pattern_text)


class FieldUsSsnRecognizer(FieldRecognizer):
    ENTITY = "US_SSN"
    CATEGORY = "personal"
    DESCRIPTION = "a US social security number"
    LABEL = "ssn"
    TRIGGER = r"[0-9]{3}[\- .]?[0-9]{2}[\- .]?[0-9]{4}"
    NEEDS_DIGITS = True
    PATTERNS = (
        # 3-2-4 grouping is an SSN's own (phone numbers are not written so).
        ("dashed", r"(?<![0-9\-])[0-9]{3}([\- .])[0-9]{2}\1[0-9]{4}(?![0-9\-])", 0.85),
        (
            "in-context",
            r"\b(?:ssn|social security(?: number)?)\W{0,3}(?P<v>[0-9]{9})(?![0-9])",
            0.8,
        ),
    )
    FLAGS = _I

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = _DIGITS.sub("", pattern_text)
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
            return False
        return None


class FieldAccountNumberRecognizer(FieldRecognizer):
    """Customers' bank or account numbers: 8-17 digits, surer next to account words."""

    ENTITY = "ACCOUNT_NUMBER"
    CATEGORY = "personal"
    DESCRIPTION = "a customer's bank or account number"
    LABEL = "account"
    TRIGGER = r"[0-9]{8}"
    NEEDS_DIGITS = True
    PATTERNS = (
        (
            "in-context",
            # The account word, then up to 20 characters that are not digits
            # ("account no. ", "ACCOUNT_NUMBER IN (\""); not "AWS account".
            r"(?<!aws[ _\-]?)(?:acct|account|acc|customer|cust|member|client|bank|a/c)"
            r"[^0-9\n]{0,20}?"
            # The whole run of digits; or, in a longer run, the digits before a
            # year or date glued to them ("Customer00134742514424202024").
            r"(?|(?P<v>[0-9]{8,17})(?![0-9])"
            r"|(?P<v>[0-9]{8,17})(?=(?:19|20)[0-9]{2}(?:[01][0-9][0-3][0-9])?(?![0-9])))",
            0.85,
        ),
        ("bare", r"(?<![0-9A-Za-z])[0-9]{9,17}(?![0-9A-Za-z])", 0.45),
    )
    # Numbers that other words claim: an order or invoice number is not an account.
    _NOT_ACCOUNT = regex.compile(
        r"(?i)(order|invoice|ticket|ref(erence)?|build|run|po|case|request|version|serial)"
        r"\W{0,3}(no\.?|number|#|id)?\W{0,3}$"
    )
    FLAGS = _I

    def validate(self, pattern_text: str, pattern_name: str) -> bool | None:
        if looks_like_time(pattern_text):
            return False
        return None

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().spans(text):
            if score <= 0.5 and self._NOT_ACCOUNT.search(text[max(0, start - 24) : start]):
                continue
            # Twelve digits between hyphens are an AWS account id in a resource name
            # (cookiefactory-111122223333-bucket, cdk-assets-111122223333-us-east-1).
            if end - start == 12 and _hyphen_next_to(text, start, end) and score < 0.5:
                continue
            yield start, end, score


def _hyphen_next_to(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1] == "-") or (end < len(text) and text[end] == "-")


def looks_like_time(digits: str) -> bool:
    """Epoch seconds or milliseconds, or a compact yyyymmdd[hhmm[ss]] stamp."""
    if len(digits) in (10, 13) and digits[0] == "1":
        return True
    if len(digits) >= 8 and regex.match(
        r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d*", digits
    ):
        return True
    return False
