"""Function words of the languages written in Latin letters (spaCy's lists).

A name list holds words that are another language's commonest words: "Sie"
and "Ihre" (German's "you", "your") are given names somewhere, as are "Anda"
(Indonesian "you") and "Kein" (German "no"). In a text in that language they are
the words: "Bitte committen Sie Ihre Änderungen" names no one. A text's
language is told by the same lists: the language whose function words most of
its other words are, two at least and more than English's.

spaCy (already a dependency) ships these lists with its language classes, no
model needed. English's only count against the others: English words are the
name rules' own business, weighed by their frequency.
"""

from __future__ import annotations

import functools
import importlib.util
from collections import Counter
from pathlib import Path

import regex

# Words of a language's text besides the name's: its own function words, two
# or more, say the text is in it.
MIN_LANGUAGE_WORDS = 2
_LATIN_WORD = regex.compile(r"[\p{Latin}\p{M}]+")
# A word: a run of letters and their marks (what is counted, and asked about).
WORD = regex.compile(r"[\p{L}\p{M}]+")
# Vietnamese writes each syllable apart, and its names are made of the same
# syllables as its commonest words ("Thị", "Văn", "Lan"): its list says nothing.
_NOT_ASKED = frozenset({"vi"})


@functools.lru_cache(maxsize=1)
def _languages_of() -> dict[str, frozenset[str]]:
    """Each function word of two letters or more written in Latin letters,
    lower-cased as written (Vietnamese's aside), with the languages (spaCy's
    codes) it is one of. Each list's own module is read alone, by its path:
    importing the language packages around them costs seconds."""
    languages: dict[str, set[str]] = {}
    for path in sorted(_spacy_lang().glob("*/stop_words.py")):
        code = path.parent.name
        if code in _NOT_ASKED:
            continue
        spec = importlib.util.spec_from_file_location(f"_stop_words_{code}", path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except (ImportError, SyntaxError, OSError):
            continue  # a list another spaCy release writes otherwise: one language fewer
        for word in getattr(module, "STOP_WORDS", ()):
            if _LATIN_WORD.fullmatch(word) and len(word) >= 2:
                languages.setdefault(word.lower(), set()).add(code)
    return {word: frozenset(codes) for word, codes in languages.items()}


def _spacy_lang() -> Path:
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("spaCy is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "lang"


class FunctionWords:
    """The function words of the language a text is written in: the language
    whose function words most of its other words are, at least
    MIN_LANGUAGE_WORDS of them (repeats count: "Sie ... Sie") and more than
    English's. Words are compared as written, lower-cased. The text's words
    are counted once, however many words are asked about."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: Counter[str] | None = None  # counted when first asked

    def at(self, start: int, end: int) -> bool:
        """Whether the word at ``start``-``end`` of the text is one, judged by
        the text's other words."""
        languages = _languages_of()
        codes = languages.get(self._text[start:end].lower(), frozenset())
        if not codes - {"en"}:
            return False  # (most names: the text's words are never counted)
        if self._counts is None:
            self._counts = Counter()
            for word in WORD.finditer(self._text):
                self._counts.update(languages.get(word.group().lower(), ()))
        counts = self._counts.copy()
        counts.subtract(codes)  # the word itself is no evidence
        english = counts.pop("en", 0)
        most = max(counts.values(), default=0)
        return (
            most >= MIN_LANGUAGE_WORDS
            and most > english
            and any(counts[code] == most for code in codes - {"en"})
        )
