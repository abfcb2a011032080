"""Names beside a name in a query's list of values.

A filter or a query picks people out by name: ``Users.DISPLAY_NAME IN
("Okonkwo, Ngozi", "Venky Raghunathan")``, ``o.entityName IN ('Wayra Huamán',
'Juan Carlos Huillca')``. Where one item of such a list is a name found by the
other rules, the other items written the same way are names too, though the
lists lack them: whoever filters by a person's name lists people. Only items
that look like names count: letters and the marks names take, no digit, no
template, not every word an ordinary English word ("Unassigned", "Sales Team").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from recognizers import bounded
from recognizers.names import NameData, name_data, tokens
from recognizers.negatives import inside, overlaps

# A quoted list of values after SQL's or PartiQL's IN: "IN ('a', 'b')", "IN ["a","b"]".
_IN_LIST = regex.compile(
    r"""(?i:\bIN)\s*[(\[]\s*(?P<items>(?:(?:"[^"\n]{1,80}"|'[^'\n]{1,80}')\s*,\s*)+"""
    r"""(?:"[^"\n]{1,80}"|'[^'\n]{1,80}'))\s*[)\]]"""
)
_ITEM = regex.compile(r""""(?P<a>[^"]*)"|'(?P<b>[^']*)'""")
# Letters, and the marks a name holds between them: "O'Brien", "Ma. Teresa", "Okonkwo, Ngozi".
_NAME_SHAPED = regex.compile(
    r"\p{L}[\p{L}\p{M}]*(?:(?:[ .'\u2019\-]|, )+\p{L}[\p{L}\p{M}]*){0,4}\.?"
)
ORDINARY = 0.5  # wordiness of an English word that is a word more than a name ("team")


def listed_beside(text: str, names: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Items of a query's list of values (see the module docstring) that are
    names because another item of the list is wholly one of ``names`` (spans
    of ``text`` found to be names)."""
    spans = list(names)
    data = name_data()
    for match in bounded.finditer(_IN_LIST, text):
        base = match.start("items")
        items = [
            (base + item.start(group), base + item.end(group))
            for item in _ITEM.finditer(match.group("items"))
            for group in ("a", "b")
            if item.group(group) is not None
        ]
        named = [item for item in items if inside(item, spans)]
        if not named:
            continue
        # A name of one word makes one-word items names; a full name, full names.
        alone = any(len(tokens(text[a:b])) == 1 for a, b in named)
        for a, b in items:
            if overlaps((a, b), spans):
                continue  # found already, wholly or in part (the merge completes it)
            if _person_shaped(text[a:b], data, alone=alone):
                yield a, b


def _person_shaped(item: str, data: NameData, *, alone: bool) -> bool:
    """A name's shape: letters and a name's marks, at least two words (or one
    that is no English word, where a listed one-word name stands beside), not
    every word an ordinary English word."""
    if _NAME_SHAPED.fullmatch(item) is None:
        return False
    words = [w for _, _, w in tokens(item)]
    if len(words) == 1:
        return alone and len(words[0]) > 1 and not data.is_english(words[0])
    return any(len(w) > 1 and data.word_score(w) < ORDINARY for w in words)
