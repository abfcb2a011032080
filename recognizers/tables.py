"""Cells of a table pasted into a text: CSV, semicolon or tab-separated rows
under a header line, as people paste a ledger into a job document or a
description. Each cell is filed under its column's header, as a key files a
value: ``name,ssn,phone`` then ``"GAYLE, Everton",…,(305) 555-0155``.

A table may stand as the text's own lines or inside a JSON string of it (a
job document's ``"data": "id,name,phone\\nW-1,…"``): there its lines end at
the two characters ``\\n``, its quotes are ``\\"`` and it ends at the string's
closing quote. Offsets are always the text's own.
"""

from __future__ import annotations

import regex

# Lines end at a newline, or at its escape inside a JSON string.
_PLAIN_BREAK = regex.compile(r"\r?\n")
_ESCAPED_BREAK = regex.compile(r"(?:\\r)?\\n")
# A header's cell: a column's name ("worker_id", "Telefono", "E-Mail", "Kto.-Nr.").
_HEADER_CELL = regex.compile(r"[\p{L}_][\p{L}\p{N}_ .\-/#]{0,39}")
_DELIMITERS = (",", ";", "\t", "|")
MAX_ROWS = 500  # a pasted table; the rest of a long text is read as text
MAX_LINE = 2000


def table_cells(text: str) -> list[tuple[str, int, int]]:
    """(header, start, end) of each non-empty cell of each table in ``text``."""
    if "\n" not in text and "\\n" not in text:
        return []
    cells: list[tuple[str, int, int]] = []
    for escaped in (False, True):
        if escaped and "\\n" not in text:
            continue
        breaks = _ESCAPED_BREAK if escaped else _PLAIN_BREAK
        lines = _lines(text, breaks)
        closing = -1  # the JSON string's closing quote after the last header read
        k = 0
        while k < len(lines) - 1:
            header = _header(text, *lines[k], escaped)
            if header is None:
                k += 1
                continue
            names, delimiter, start = header
            # Inside a JSON string the table ends at the string's closing quote
            # (found once for all the headers before it: the text is read once).
            if not escaped:
                stop = len(text)
            else:
                if closing < start:
                    closing = _closing_quote(text, start)
                stop = closing
            quote = '\\"' if escaped else '"'
            read = _rows(text, lines[k + 1 : k + 1 + MAX_ROWS], names, delimiter, stop, quote)
            for row in read:
                cells.extend(row)
            k += 1 + max(len(read), 1)
    return cells


def _lines(text: str, breaks: regex.Pattern[str]) -> list[tuple[int, int]]:
    out, at = [], 0
    for m in breaks.finditer(text):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, len(text)))
    return out


def _header(text: str, start: int, end: int, escaped: bool) -> tuple[list[str], str, int] | None:
    """The column names of a header line, its delimiter, and where it starts
    (inside a JSON string: after the string's opening quote)."""
    line = text[start:end]
    if escaped:
        quote = line.rfind('"')
        if quote >= 0 and line[quote - 1 : quote] != "\\":
            line, start = line[quote + 1 :], start + quote + 1
    if len(line) > MAX_LINE:
        return None
    delimiter = max(_DELIMITERS, key=line.count)
    names = [c.strip() for c in line.split(delimiter)]
    if len(names) < 2 or not all(_HEADER_CELL.fullmatch(n) for n in names):
        return None
    return [n.lower() for n in names], delimiter, start


def _rows(
    text: str,
    lines: list[tuple[int, int]],
    names: list[str],
    delimiter: str,
    stop: int,
    quote: str,
) -> list[list[tuple[str, int, int]]]:
    """The rows after a header, up to ``stop``: lines of as many cells as it
    has names (``quote``: what quotes a cell, ``\\"`` inside a JSON string)."""
    rows: list[list[tuple[str, int, int]]] = []
    for start, end in lines:
        if start >= stop:
            break
        end = min(end, stop)
        spans = _split(text, start, end, delimiter, quote)
        if spans is None or len(spans) != len(names):
            break
        rows.append([(n, a, b) for n, (a, b) in zip(names, spans, strict=True) if a < b])
    return rows


def _closing_quote(text: str, at: int) -> int:
    i = text.find('"', at)
    while i > 0 and text[i - 1] == "\\":
        i = text.find('"', i + 1)
    return len(text) if i < 0 else i


def _split(
    text: str, start: int, end: int, delimiter: str, quote: str
) -> list[tuple[int, int]] | None:
    """The spans of a line's cells, quotes and the spaces around them left out;
    None for a line that is no row (a quote left open)."""
    if end - start > MAX_LINE:
        return None
    spans: list[tuple[int, int]] = []
    i = start
    while True:
        while i < end and text[i] == " ":
            i += 1
        if text.startswith(quote, i):
            close = text.find(quote, i + len(quote), end)
            if close < 0:
                return None
            spans.append((i + len(quote), close))
            i = close + len(quote)
            nxt = text.find(delimiter, i, end)
            if nxt < 0:
                return spans if not text[i:end].strip() else None
            i = nxt + 1
            continue
        nxt = text.find(delimiter, i, end)
        cell_end = end if nxt < 0 else nxt
        a, b = i, cell_end
        while b > a and text[b - 1] == " ":
            b -= 1
        spans.append((a, b))
        if nxt < 0:
            return spans
        i = nxt + 1
