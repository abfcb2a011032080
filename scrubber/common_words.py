"""Common English words: the only map keys fieldguard prints verbatim are made of them.

A key of a free-form map (tags, attributes, properties) can itself hold data
the detector misses (a name it does not know). Messages, logs and reports show
a key as it is only when every word of it is among the most frequent English
words (pyspellchecker's English dictionary, built from subtitle word counts:
a list of words people use, not of names) and detection finds nothing in it;
any other key is shown by its position. Common words include some names
("madison"): detection, which runs as well, is what catches those.
"""

from __future__ import annotations

import regex

from recognizers.names import common_english

# Digit runs this short (floors, years, versions) are not data by themselves.
MAX_DIGITS = 4
_WORD = regex.compile(r"\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+|[^\p{L}\p{N}\s._:/\-]+")
_LETTERS = regex.compile(r"^\p{L}+$")


def words_of(key: str) -> list[str]:
    """A key's words: camelCase, snake_case, kebab-case and dotted parts, digit runs."""
    found: list[str] = _WORD.findall(key)
    return found


def is_common(key: str) -> bool:
    """Every word of ``key`` is a common English word or a short number."""
    words = words_of(key)
    if not words:
        return 0 < len(key) <= MAX_DIGITS  # a few separators: nothing to hide
    known = common_english()  # the list shipped in recognizers/data, loaded once
    for word in words:
        if word.isdigit() and word.isascii():
            if len(word) > MAX_DIGITS:
                return False
        elif not _LETTERS.match(word) or word.lower() not in known:
            return False
    return True
