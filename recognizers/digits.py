"""How numbers are written: the separators phone and card numbers use (no Presidio import)."""

from __future__ import annotations

import ipaddress

# Digits and the separators phone and card numbers are written with (libphonenumber's:
# space . - / ~ x brackets, and non-ASCII ones normalization keeps: U+30FC, U+2053, U+223C).
# Shared by the phone recognizer's gate and the prefilter, which must never be stricter.
NUMBER_SEPARATORS = r" ().\-/\[\]~x\u30fc\u2053\u223c"
# Seven or more digits, give or take separators: what a phone or card number needs.
DIGIT_RUN = rf"[0-9][0-9{NUMBER_SEPARATORS}]{{6,}}[0-9]"


def is_ipv4(text: str) -> bool:
    """Whether ``text`` (spaces around it aside) is an IPv4 address in dotted
    decimal ("10.0.12.7"), by the standard library's parser: no octet over 255,
    no leading zero (which some parsers read as octal)."""
    try:
        ipaddress.IPv4Address(text.strip())
    except ValueError:
        return False
    return True
