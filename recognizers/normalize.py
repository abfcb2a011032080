"""Undo the disguises careless or hostile callers put on values, keeping offsets.

Detection runs on a normalized copy; findings are mapped back to spans of the
original string, which is what gets redacted. Handled: compatibility forms
(fullwidth at-signs and digits, NFKC), dashes of every kind (read as ``-``),
invisible characters (zero-width, bidi controls, tag characters, variation
selectors: every format and default-ignorable code point), and percent-encoding
(``%40``, ``%3A``).
"""

from __future__ import annotations

import unicodedata

import regex

# Characters that render as nothing (zero-width spaces and joiners, bidi
# controls, soft hyphens, tag characters, variation selectors, BOM): removed.
_INVISIBLE = regex.compile(r"[\p{Cf}\p{Default_Ignorable_Code_Point}]")
# Hyphens, en and em dashes, minus signs...: separators inside numbers, read as "-".
_DASH = regex.compile(r"[\p{Pd}\u2212]")
_PERCENT = regex.compile(r"%[0-9A-Fa-f]{2}")


def needs_normalizing(text: str) -> bool:
    return not text.isascii() or "%" in text


def normalize(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(normalized text, for each of its characters the original span it came from)."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and _PERCENT.match(text, i):
            decoded = chr(int(text[i + 1 : i + 3], 16))
            if decoded.isprintable() and decoded.isascii():
                out.append(decoded)
                spans.append((i, i + 3))
                i += 3
                continue
        if _INVISIBLE.match(ch):
            # Belongs to the character before it: a span ending there takes it
            # along, so no stray invisible character is left behind by redaction.
            if spans:
                spans[-1] = (spans[-1][0], i + 1)
            i += 1
            continue
        if ch.isascii():
            folded = ch
        elif _DASH.match(ch):
            folded = "-"
        else:
            folded = unicodedata.normalize("NFKC", ch)
        for piece in folded:
            out.append(piece)
            spans.append((i, i + 1))
        i += 1
    return "".join(out), spans


def to_original(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """Map a span of the normalized text back to the original text."""
    return spans[start][0], spans[end - 1][1]
