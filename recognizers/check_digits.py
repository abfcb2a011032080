"""Check digits and issuer ranges: what makes a run of digits a card, a barcode or an IBAN.

Card issuer ranges (IIN) and lengths are the networks' published ones (Visa,
Mastercard incl. 2-series, Amex, Diners, Discover, JCB, UnionPay, Maestro, Mir,
Troy, RuPay, Verve), and for 16 digits or more the schemes bin-cc catalogues
(creditcard-identifier's copy: Humo, Uzcard, Napas, BORICA...); IBAN lengths
per country come from schwifty's registry (SWIFT's, ISO 13616, and the formats
in use ahead of it). A barcode (EAN-13, GTIN-14, ISBN-13) carries its own
mod-10 check with weights 1 and 3; a UK meter point (MPAN) a prime-weighted mod 11.
"""

from __future__ import annotations

import functools
import itertools
import re
import string


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
    """Whether a number's issuer range and length are those of a payment card:
    a brand's above, or of 16 digits or more a scheme bin-cc catalogues."""
    for low, high, lengths in CARD_RANGES:
        head = digits[: len(low)]
        if low <= head <= high and len(digits) in lengths:
            return True
    return len(digits) >= MIN_CATALOGUED_CARD and any(
        scheme.match(digits) for scheme in _catalogued_schemes()
    )


# Digits of a card only the catalogue knows the scheme of. Shorter ones it gives
# (UATP's 15 from any "1", Maestro's 12) are another number's far more often.
MIN_CATALOGUED_CARD = 16


@functools.cache
def _catalogued_schemes() -> tuple[re.Pattern[str], ...]:
    """The full-number patterns of every scheme bin-cc catalogues, as the
    creditcard-identifier package ships them (MIT): the national and regional
    schemes beside the global brands (Uzbekistan's Humo and Uzcard, Vietnam's
    Napas, Bulgaria's BORICA, Saudi Arabia's mada...)."""
    from creditcard_identifier import brands

    return tuple(re.compile(brand["regexp_full"]) for brand in brands)


def card_grouping_ok(groups: list[int]) -> bool:
    """How cards are written: in one run, in fours (the last may be shorter),
    4-6-5 / 4-6-4 (Amex, Diners), or the six digits of the issuer's number
    apart from the rest (see :func:`issuer_apart`)."""
    if len(groups) == 1 or issuer_apart(groups):
        return True
    if groups in ([4, 6, 5], [4, 6, 4]):
        return True
    return all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4


def issuer_apart(groups: list[int]) -> bool:
    """A card of 16 to 19 digits written as its issuer's six ("621799
    2535196946171", as statements and bank apps show UnionPay's)."""
    return len(groups) == 2 and groups[0] == 6 and 10 <= groups[1] <= 13


@functools.cache
def iban_lengths() -> dict[str, int]:
    """Total IBAN length per country code: SWIFT's registry and the countries
    whose IBAN format is in use ahead of it (most of francophone Africa, Algeria,
    Morocco, Iran, Angola, Mozambique) and the territories that use their
    state's, as schwifty keeps them."""
    from schwifty import exceptions, registry

    lengths: dict[str, int] = {}
    # schwifty lists its registry only a country at a time.
    for a, b in itertools.product(string.ascii_uppercase, repeat=2):
        try:
            lengths[a + b] = registry.get_iban_spec(a + b).iban_length
        except exceptions.InvalidCountryCode:
            continue
    return lengths


def iban_ok(compact: str) -> bool:
    """An IBAN without separators: its country's length and the mod-97 check."""
    compact = compact.upper()
    if iban_lengths().get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    if not compact.isalnum() or not compact.isascii():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
