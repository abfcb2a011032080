"""scrub-check's input limits."""

from __future__ import annotations

import sys

MAX_FILE_BYTES = 10 * 1024 * 1024
# Deeper than any AWS payload or template needs; past it, parsers recurse badly.
MAX_DEPTH = 100
# Values after YAML aliases are expanded (a "billion laughs" file is small on disk).
MAX_VALUES = 1_000_000
# Python's guard on integer text; a longer number cannot even be shown.
TOO_LONG_NUMBER = f"a number of over {sys.get_int_max_str_digits()} digits"
MAX_INT_BITS = int(sys.get_int_max_str_digits() * 3.32)  # log2(10) bits per digit
