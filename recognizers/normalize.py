"""Undo the disguises careless or hostile callers put on values, keeping offsets.

Detection runs on a normalized copy; findings are mapped back to spans of the
original string, which is what gets redacted. Handled: compatibility forms
(fullwidth at-signs, NFKC), the decimal digits of every script (read as
ASCII digits), dashes of every kind (read as ``-``),
invisible characters (zero-width, bidi controls, tag characters, variation
selectors: every format and default-ignorable code point), and percent-encoding
(``%40``, ``%3A``, UTF-8's ``%C3%A9``), JSON escapes (``\u00e9``, ``\u0040``,
``\n``, ``\"``) and HTML character references (``&eacute;``, ``&#64;``,
``&#x40;``): a name or an address pasted from a JSON document, a web page or a
URL shows only that way. A glottal stop written as a modifier letter inside a
word (U+02BB in "Tu\u02bbipulotu") is read through.
A value spelled so that no pattern reads it ("J o h n  S m i t h", "M.a.r.i.a",
"mArIa GoNzAlEz") is read a further way, joined and capitalized.
"""

from __future__ import annotations

import bisect
import html.entities
import itertools
import re
import unicodedata
from collections.abc import Callable

import regex

# Characters that render as nothing (zero-width spaces and joiners, bidi
# controls, soft hyphens, tag characters, variation selectors, BOM): removed.
_INVISIBLE = regex.compile(r"[\p{Cf}\p{Default_Ignorable_Code_Point}]")
# Hyphens, en and em dashes, minus signs: separators inside numbers, read as "-".
_DASH = regex.compile(r"[\p{Pd}\u2212]")
_UNICODE_DASH = regex.compile(r"(?!-)[\p{Pd}\u2212]")  # ASCII "-" reads as itself
_PERCENT = regex.compile(r"%[0-9A-Fa-f]{2}")
_ESCAPE = regex.compile(
    r"\\u(?P<hex>[0-9A-Fa-f]{4})"
    # JSON's escapes of whitespace, quotes and slashes: a document pasted into
    # a string ("...\\neyJhbGci...", "\\"password\\": ...") reads as written.
    r"|\\(?P<ctl>[nrt\"\\/])"
    r"|&(?:#(?P<dec>[0-9]{1,7})|#[xX](?P<hex2>[0-9A-Fa-f]{1,6})|(?P<name>[A-Za-z][A-Za-z0-9]{1,31}));"
)
# The same, with invisible characters allowed between its characters (a disguise
# put on every character of a value reaches into its escapes too).
_HIDDEN = r"[\p{Cf}\p{Default_Ignorable_Code_Point}]*"
_ESCAPE_HIDDEN = regex.compile(
    rf"\\{_HIDDEN}u(?:{_HIDDEN}[0-9A-Fa-f]){{4}}"
    rf"|&{_HIDDEN}(?:#(?:{_HIDDEN}[0-9]){{1,7}}|#{_HIDDEN}[xX](?:{_HIDDEN}[0-9A-Fa-f]){{1,6}}"
    rf"|[A-Za-z](?:{_HIDDEN}[A-Za-z0-9]){{1,31}}){_HIDDEN};"
)


# Values typed so that no pattern reads them (a reading of their own, see
# ``readings``):
# - spelled out a character at a time ("m a r i a . l o p e z @ ...",
#   "4 1 1 1  1 1 1 1 ..."): six single characters or more, one to three
#   spaces apart, read with the single spaces removed and a wider gap as one
#   space (the words of "J o h n  S m i t h"). Asked only of a text that is at
#   least a fifth spaces (prose is about a sixth): the count costs far less
#   than the pattern. The run may sit in brackets or quotes and end before
#   punctuation: "(J o h n)".
_SPACED_OUT = re.compile(r"(?<![^\s(\[{<'\"])\S(?: {1,3}\S){5,}(?![^\s.,;:!?)\]}>'\"])")
_WORD_GAP = re.compile(r"  +")
_PLAIN_DIGITS = re.compile(r"[0-9 ]+")
_SPACED_SHARE = 5  # at least one character in this many is a space
# - four letters or more, each one apart from the next by the same mark
#   ("M.a.r.i.a", "j-o-h-n", "s_m_i_t_h"): read joined and capitalized.
#   Letters only: digits so written are versions and OIDs ("1.3.6.1.4.1").
# - a word in alternating case ("mArIa GoNzAlEz"), of four to fifteen letters
#   whose case changes between most of them (not camel case's "iPhone", "McDonald";
#   no digit, as random tokens have): read capitalized.
_SPELLED = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"(?P<letters>[A-Za-z](?P<mark>[.\-_*|])[A-Za-z](?:(?P=mark)[A-Za-z]){2,})"
    r"|(?P<word>[A-Za-z]*(?:[a-z][A-Z][a-z][A-Z]|[A-Z][a-z][A-Z][a-z][A-Z])[A-Za-z]*)"
    r")(?![A-Za-z0-9])"
)
# - two words two spaces apart, as a form's empty middle name leaves a full
#   name ("John  Smith"): read one space apart (a wider gap aligns columns).
_DOUBLE_SPACE = regex.compile(r"(?<=[\p{L}\p{M}] ) (?=[\p{L}\p{M}])")
_ALTERNATING_SHARE = 0.75  # of the steps from one letter to the next that change case
_MAX_ALTERNATING = 15


def spelled_out(text: str) -> bool:
    """Whether ``text`` holds a value typed to escape patterns: whether the spelled
    reading changes it (evenly spaced digits alone do not, see ``_spelling``)."""
    dropped, recased = _spelling(text)
    return bool(dropped or recased)


def _spelling_of(match: re.Match[str]) -> bool:
    word = match.group("word")
    if word is None:
        return True
    changes = sum(a.isupper() != b.isupper() for a, b in itertools.pairwise(word))
    return len(word) <= _MAX_ALTERNATING and changes >= _ALTERNATING_SHARE * (len(word) - 1)


def _spelling(text: str) -> tuple[frozenset[int], dict[int, str]]:
    """(indices of the characters a spelled reading drops, letters it re-cases)."""
    dropped: set[int] = set()
    recased: dict[int, str] = {}
    if text.count(" ") * _SPACED_SHARE >= len(text):
        for run in _SPACED_OUT.finditer(text):
            gaps = {m.start() for m in _WORD_GAP.finditer(text, run.start(), run.end())}
            if not gaps and _PLAIN_DIGITS.fullmatch(run.group()):
                continue  # evenly spaced digits count or fill a matrix ("1 2 3 4 5 6 7 8 9")
            for i in range(run.start(), run.end()):
                # a wider gap keeps its first space, as the space between two words
                if text[i] == " " and i not in gaps:
                    dropped.add(i)
    if "  " in text:
        dropped.update(m.start() for m in _DOUBLE_SPACE.finditer(text))
    for m in _SPELLED.finditer(text):
        if not _spelling_of(m):
            continue
        if m.group("letters") is not None:
            dropped.update(range(m.start() + 1, m.end(), 2))
        # Either way read capitalized, as a name is written ("j-o-h-n" as "John").
        recased.update(
            (i, ch.upper() if i == m.start() else ch.lower())
            for i, ch in enumerate(m.group(), m.start())
        )
    return frozenset(dropped), recased


_CONTROL_ESCAPES = {"n": "\n", "r": "\r", "t": "\t"}
_CONTROLS = frozenset('nrt"\\/')  # after a backslash: JSON's escapes of whitespace, quotes, slashes
# A glottal stop or an apostrophe written as a modifier letter before a letter
# (U+02BB, Tongan, Samoan and Hawaiian; Uzbek's "o" and "g" with it; U+02BC,
# U+02BD), the half rings that transliterate Arabic's ayn and hamza
# ("\u02bfAl\u012b", "Ma\u02bemun"; U+02BF, U+02BE) and the primes that
# transliterate Russian's soft and hard signs ("Il\u02b9ich"; U+02B9, U+02BA): the
# word reads on without it, as the name lists and the folding of names spell
# it ("Tu\u02bbipulotu" is "Tuipulotu"); removed, spanned by its neighbours as
# an invisible character is.
_MODIFIER_APOSTROPHES = frozenset("\u02bb\u02bc\u02bd\u02be\u02bf\u02b9\u02ba")
# The same glottal stop typed as a left quotation mark, as keyboards without
# the modifier letter write it ("Ka\u2018iulani", "O\u2018tkirova"): read so only
# between two letters, where no quotation opens.
_QUOTE_AS_OKINA = "\u2018"


def needs_normalizing(text: str) -> bool:
    return not text.isascii() or "%" in text or "\\" in text or "&" in text


def _percent_decoded(text: str, i: int) -> tuple[str, int] | None:
    """(character, width) of the percent-encoded character at i: one byte of
    ASCII, or the two to four bytes of a character in UTF-8, as URLs carry
    it ("Jos%C3%A9" is "José")."""
    first = int(text[i + 1 : i + 3], 16)
    if first < 0x80:
        decoded = chr(first)
        return (decoded, 3) if decoded.isprintable() else None
    length = _utf8_length(first)
    if not length:
        return None
    encoded = bytearray()
    for at in range(i, i + 3 * length, 3):
        if _PERCENT.match(text, at) is None:
            return None
        encoded.append(int(text[at + 1 : at + 3], 16))
    try:
        decoded = encoded.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return (decoded, 3 * length) if decoded.isprintable() else None


def _utf8_length(lead: int) -> int:
    """The bytes a UTF-8 character takes, told by its first byte (0: no first byte)."""
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _escaped(text: str, i: int) -> tuple[str, int] | None:
    """(character, width) of a JSON escape or HTML character reference at i."""
    m = _ESCAPE.match(text, i)
    if m is None:
        hidden = _ESCAPE_HIDDEN.match(text, i)
        if hidden is None:
            return None
        m = _ESCAPE.fullmatch(_INVISIBLE.sub("", hidden.group()))
        if m is None:
            return None
        width = hidden.end() - i
    else:
        width = m.end() - i
    if m["ctl"] is not None:
        return _CONTROL_ESCAPES.get(m["ctl"], m["ctl"]), width
    if m["name"] is not None:
        decoded = html.entities.html5.get(m["name"] + ";")
        if decoded is None or len(decoded) != 1:
            return None
    else:
        code = int(m["hex"] or m["hex2"] or "", 16) if m["dec"] is None else int(m["dec"])
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        decoded = chr(code)
    return (decoded, width) if decoded.isprintable() else None


# (invisible characters as spaces, dashes as spaces, spelled-out values joined)
Reading = tuple[bool, bool, bool]


def normalize(
    text: str, reading: Reading = (False, False, False), *, structure: bool = False
) -> tuple[str, list[tuple[int, int]]]:
    """(normalized text, for each of its characters the original span it came from).

    By default invisible characters are removed (``jane\u200bdoe`` reads
    ``janedoe``) and dashes read as ``-``. That also joins two values that
    only an invisible character or a dash kept apart, and a ``-`` glued to a
    value can hide it (a JWT must not follow one), so detection also runs on
    the other readings (see :func:`readings`), where they are spaces.
    A removed character is spanned by its neighbours on both sides: a hit
    next to it takes it along when redacted, so none is left behind.
    With ``structure``, JSON's escapes of whitespace, quotes and slashes are
    kept as written: a document's rows and keys stay where its readers find them.
    """
    invisible_as_space, dash_as_space, spelled = reading
    dropped, recased = _spelling(text) if spelled else (frozenset(), {})
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    hidden_from: int | None = None  # first of the invisible characters just passed
    i = 0
    while i < len(text):
        ch, width = text[i], 1
        if ch == "%" and _PERCENT.match(text, i):
            percent = _percent_decoded(text, i)
            if percent is not None:
                ch, width = percent
        elif ch in "\\&":
            escaped = _escaped(text, i)
            if escaped is not None and not (structure and text[i + 1 : i + 2] in _CONTROLS):
                ch, width = escaped
        if (
            width == 1
            and (
                ch in _MODIFIER_APOSTROPHES or (ch == _QUOTE_AS_OKINA and text[i - 1 : i].isalpha())
            )
            and text[i + 1 : i + 2].isalpha()
        ):
            if hidden_from is None:
                hidden_from = i
            if spans:
                spans[-1] = (spans[-1][0], i + 1)
            i += 1
            continue
        if width == 1 and ch == " " and i in dropped:
            i += 1  # a space is no disguise to take along: neither neighbour reaches over it
            continue
        if width == 1 and (_INVISIBLE.match(ch) or i in dropped):
            if not invisible_as_space or i in dropped or _joiner_inside_word(text, i):
                if hidden_from is None:
                    hidden_from = i
                if spans:  # the character before reaches over it
                    spans[-1] = (spans[-1][0], i + 1)
                i += 1
                continue
            folded = " "
        elif ch.isascii():
            folded = recased.get(i, ch) if recased else ch
        elif _DASH.match(ch):
            folded = " " if dash_as_space else "-"
        elif ch.isdecimal():
            # A digit of another script (Arabic-Indic "\u0665", Thai, Khmer,
            # Myanmar, Devanagari...): NFKC folds only the fullwidth ones.
            folded = str(unicodedata.decimal(ch))
        else:
            folded = unicodedata.normalize("NFKC", ch)
        begin = i if hidden_from is None else hidden_from  # and so does the one after
        hidden_from = None
        for piece in folded:
            out.append(piece)
            spans.append((begin, i + width))
        i += width
    return "".join(out), spans


# The joiners that shape the letters of a word in scripts without capitals: a
# ZWJ between two letters or marks, a ZWNJ after a vowel sign or virama
# (Malayalam's "പാസ്‌വേര്‍ഡ്", password, is one word). A ZWNJ after a letter
# parts a compound (Persian's "محمد‌رضا"): read as a space, as a disguise's is.
_JOINER_IN_WORD = regex.compile(r"(?:(?<=[\p{Lo}\p{M}])\u200d|(?<=\p{M})\u200c)(?=[\p{Lo}\p{M}])")


def _joiner_inside_word(text: str, i: int) -> bool:
    """Whether the joiner at ``i`` is a letter's part of a word: removed, never
    read as a space (only a disguise's invisible characters split a word)."""
    return _JOINER_IN_WORD.match(text, i) is not None


def readings(text: str) -> list[Reading]:
    """The readings of ``text`` detection needs: each way of taking its invisible
    characters and its dashes, where it has any; and spelled-out values joined
    (with the invisible characters and dashes read the first way), where it has one."""
    if not needs_normalizing(text):
        return [(False, False, True)] if spelled_out(text) else []
    invisible = [False, True] if _INVISIBLE.search(text) else [False]
    dash = [False, True] if _UNICODE_DASH.search(text) else [False]
    found: list[Reading] = [(i, d, False) for i in invisible for d in dash]
    if spelled_out(text):
        found.append((False, False, True))
    return found


def plain(text: str) -> str:
    """``text`` as detection reads it by default (see :func:`normalize`)."""
    return normalize(text)[0] if needs_normalizing(text) else text


def to_original(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """Map a span of the normalized text back to the original text."""
    return spans[start][0], spans[end - 1][1]


def to_normalized(spans: list[tuple[int, int]]) -> Callable[[int, int], tuple[int, int] | None]:
    """For a normalized text's ``spans``, a map from an original span to the
    normalized characters that came from inside it, or, where none did (a span
    inside an escape), those whose origin overlaps it; None if none does.
    (A character beside a removed one reaches over it, so overlapping alone
    would take the space after "오\u200b세\u200b린\u200b" into the name.)"""
    starts, ends = [s for s, _ in spans], [e for _, e in spans]

    def mapped(start: int, end: int) -> tuple[int, int] | None:
        first, last = bisect.bisect_left(starts, start), bisect.bisect_right(ends, end)
        if first < last:
            return first, last
        first, last = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
        return (first, last) if first < last else None

    return mapped
