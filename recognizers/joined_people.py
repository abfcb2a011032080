"""Names joined to a name by "and": "signed off by Zheng Jiahao and Itō Ren".

Where a name found by the other rules is joined by "and" (or "&", or its word
in the languages of the name lists) to two or three capitalized words, those
words are a name too, though the lists lack them: people are listed with
people. Only words that no list of words knows as a thing's count: "Maria
Lopez and Finance Team", "Ana Silva & Associates" gain no name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from recognizers import bounded
from recognizers.listed_people import ORDINARY
from recognizers.names import common_english, foreign_words, name_data, tokens
from recognizers.negatives import overlaps

# (Russian and Ukrainian words for "and" written as escapes: they look like Latin letters)
_AND = r"(?:and|&|y|e|et|und|og|och|en|ve|dan|và|na|oraz|\u0438|\u0456|\u0442\u0430)"
# Two or three capitalized words (a name's marks inside them), no more after.
_WORDS = r"\p{Lu}[\p{Ll}\p{M}'\u2019\-]+(?: \p{Lu}[\p{Ll}\p{M}'\u2019\-]+){1,2}"
_AFTER = regex.compile(rf" {_AND} (?P<name>{_WORDS})(?![\p{{L}}\p{{M}}]| \p{{Lu}})")
# (not the end of a longer capitalized run: "Kiosks Of Maria")
_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\-]|\p{{Lu}}[\p{{L}}\p{{M}}]* )(?P<name>{_WORDS}) {_AND} $"
)
MAX_BEFORE = 60  # characters looked back for the name before "and"


def joined_beside(text: str, names: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Runs of capitalized words that ``and`` joins to one of ``names`` (spans of
    ``text`` found to be names), each word no thing's (see the module docstring)."""
    spans = list(names)
    for start, end in spans:
        after = _AFTER.match(text, end)
        if after is not None:
            yield from _if_no_things(text, after.start("name"), after.end("name"), spans)
        base = max(0, start - MAX_BEFORE)
        before = bounded.search(_BEFORE, text[base:start])
        if before is not None:
            yield from _if_no_things(
                text, base + before.start("name"), base + before.end("name"), spans
            )


def _if_no_things(
    text: str, start: int, end: int, spans: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    if overlaps((start, end), spans):
        return  # found already, wholly or in part
    data = name_data()
    words = [w for _, _, w in tokens(text[start:end])]
    if " ".join(words) in data.places:
        return
    for word in words:
        if word in data.usable and data.word_score(word) < ORDINARY:
            continue  # a listed name barely a word: "Juan", "Catherine"
        if word in common_english() or word in foreign_words() or word in data.places:
            return  # a word of English, of another language or of a place
    yield start, end
