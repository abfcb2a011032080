"""JSON as editors write it: ``//`` and ``/* */`` comments, trailing commas (tsconfig, VS Code).

Read only when strict JSON fails. The comments and trailing commas become
spaces, so every other character keeps its line and column.
"""

from __future__ import annotations


def relaxed(text: str) -> str:
    """``text`` with comments and trailing commas blanked (newlines kept)."""
    out = list(text)
    n = len(text)
    i = 0
    comma = -1  # a comma that is trailing if a closing bracket comes next
    while i < n:
        c = text[i]
        if c == '"':
            i = _string_end(text, i)
            comma = -1
            continue
        if c == "/" and i + 1 < n and text[i + 1] in "/*":
            end = _comment_end(text, i)
            for j in range(i, end):
                if out[j] not in "\r\n":
                    out[j] = " "
            i = end
            continue
        if c == ",":
            comma = i
        elif c in "}]":
            if comma >= 0:
                out[comma] = " "
            comma = -1
        elif not c.isspace():
            comma = -1
        i += 1
    return "".join(out)


def _string_end(text: str, start: int) -> int:
    i = start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text[i] == '"':
            return i + 1
        else:
            i += 1
    return len(text)


def _comment_end(text: str, start: int) -> int:
    if text[start + 1] == "/":
        end = text.find("\n", start)
        return len(text) if end < 0 else end
    end = text.find("*/", start + 2)
    return len(text) if end < 0 else end + 2
