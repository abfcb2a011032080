"""Check digits and issuer ranges: what makes a run of digits a card, a barcode or an IBAN.

Card issuer ranges (IIN) and lengths are the networks' published ones (Visa,
Mastercard incl. 2-series, Amex, Diners, Discover, JCB, UnionPay, Maestro, Mir,
Troy, RuPay, Verve); IBAN lengths per country are SWIFT's IBAN registry
(ISO 13616). A barcode (EAN-13, GTIN-14, ISBN-13) carries its own mod-10
check with weights 1 and 3; a UK meter point (MPAN) a prime-weighted mod 11.
"""

from __future__ import annotations


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def gtin_ok(digits: str) -> bool:
    """EAN-8, UPC-A (12), EAN-13 / ISBN-13 and GTIN-14 check digit (weights 3,1 from the right)."""
    if len(digits) not in (8, 12, 13, 14) or not digits.isdigit():
        return False
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


# The weights of a UK electricity meter point's (MPAN core's) check digit: the
# first twelve primes from 3, as MRASCo publishes them.
_MPAN_WEIGHTS = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)


def mpan_ok(digits: str) -> bool:
    """A 13-digit MPAN core: its last digit is the weighted sum of the others mod 11 mod 10."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits, _MPAN_WEIGHTS, strict=False))
    return total % 11 % 10 == int(digits[12])


_16_19 = frozenset(range(16, 20))
# (lowest prefix, highest prefix, lengths): a number is a card of a brand when its
# first digits fall in the range (compared as strings of the range's width).
CARD_RANGES: tuple[tuple[str, str, frozenset[int]], ...] = (
    ("4", "4", frozenset({13, 16, 19})),  # Visa
    ("51", "55", frozenset({16})),  # Mastercard
    ("2221", "2720", frozenset({16})),  # Mastercard 2-series
    ("2200", "2204", _16_19),  # Mir
    ("34", "34", frozenset({15})),  # American Express
    ("37", "37", frozenset({15})),
    ("300", "305", frozenset(range(14, 20))),  # Diners Club
    ("3095", "3095", frozenset(range(14, 20))),
    ("36", "36", frozenset(range(14, 20))),
    ("38", "39", frozenset(range(14, 20))),
    ("3528", "3589", _16_19),  # JCB
    # Maestro is issued from 12 to 19 digits; 16-19 here, as shorter runs are
    # far more often something else.
    ("50", "50", _16_19),  # Maestro, Verve (506099-506198), Elo, Dankort
    ("56", "59", _16_19),  # Maestro (56-69; 6x below)
    ("6", "6", _16_19),  # Discover, UnionPay (62), Maestro, RuPay, Troy (65), Verve (650)
    ("81", "82", _16_19),  # UnionPay (81), RuPay (82)
    ("9792", "9792", frozenset({16})),  # Troy
)


def card_brand_ok(digits: str) -> bool:
    """Whether a number's issuer range and length are those of a payment card."""
    for low, high, lengths in CARD_RANGES:
        head = digits[: len(low)]
        if low <= head <= high and len(digits) in lengths:
            return True
    return False


def card_grouping_ok(groups: list[int]) -> bool:
    """How cards are written: in one run, in fours (the last may be shorter),
    or 4-6-5 / 4-6-4 (Amex, Diners)."""
    if len(groups) == 1:
        return True
    if groups in ([4, 6, 5], [4, 6, 4]):
        return True
    return all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4


# SWIFT IBAN registry: total length per country code.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
    "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    "YE": 30,
}  # fmt: skip


def iban_ok(compact: str) -> bool:
    """An IBAN without separators: its country's length and the mod-97 check."""
    compact = compact.upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    if not compact.isalnum() or not compact.isascii():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
