"""Given names and surnames, and splitting identifiers into words.

The name lists are Faker's person lists for every locale it ships (MIT licensed, drawn
from public census and registry statistics; Latin-script and romanized names), read from
the installed package, not from any data leak. Words that are far more often ordinary
words or AWS vocabulary than names are removed (``NOT_GIVEN``, ``NOT_FAMILY``).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import unicodedata
from collections.abc import Iterable

import faker.providers.person
import regex

# A person is a given name followed by a surname, so a word is dropped only
# from the list where, as a word, it would pair up in ordinary identifiers:
# given names that are common words ("will_price", "mark_down") and surnames
# that are data or AWS vocabulary ("maria_sales" is not a surname).
NOT_GIVEN = frozenset(
    """
    will may mark bill grant chase art june april august summer autumn winter page dean
    hunter major rich rose lane hope joy faith sky star sun day max sage reed wade ray
    price cash case chance gay guy hazel ivy jade ruby pearl amber crystal iris holly
    lily daisy olive violet dawn eve crane ace bob don jack fleet
    """.split()
)
NOT_FAMILY = frozenset(
    """
    data sales demand forecast forecasts model models metric metrics test prod dev stage main
    master default demo sample example retail power energy store stores item items user users
    event events job jobs rule rules thing things topic scene entity alert alerts detector
    monitor predictor schema filter campaign solution recipe order orders cost costs group
    groups team teams daily weekly hourly monthly north south east west central
    """.split()
)


# Placeholder surnames people really type into resource names ("jane_doe").
EXTRA_SURNAMES = frozenset({"doe", "roe"})


@functools.lru_cache(maxsize=1)
def name_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames): lower-case Latin-script words, also without accents."""
    given: set[str] = set()
    family: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in dir(provider):
            match = _NAME_ATTR.match(attr)
            if not match:
                continue
            target = given if match["which"] == "first" else family
            target |= _words(getattr(provider, attr))
    family |= EXTRA_SURNAMES
    # Faker's list of common English words (lorem) says which given names are
    # mostly words ("will", "hope"). "Al", "Jo" are too often parts of words.
    common = _words(importlib.import_module("faker.providers.lorem.en_US").Provider.word_list)
    given = {w for w in given if len(w) >= 3} - common
    return frozenset(given - NOT_GIVEN), frozenset(family - NOT_FAMILY)


# first_names, first_names_female, last_names_male, first_romanized_names...
_NAME_ATTR = regex.compile(
    r"^(?P<which>first|last)_(?:romanized_)?names(?:_(?:male|female|unisex))?$"
)
_WORD = regex.compile(r"^\p{Latin}{2,}$")


def fold(word: str) -> str:
    """Lower-case, accents removed (José -> jose, Łukasz -> lukasz)."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ł", "l").replace("ø", "o"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(names: object) -> set[str]:
    out: set[str] = set()
    if isinstance(names, dict):  # some lists are weighted dicts
        items: Iterable[object] = names.keys()
    elif isinstance(names, (list, tuple)):
        items = names
    else:  # a property or method of the provider, not data
        return out
    for name in items:
        for part in str(name).replace("-", " ").split():
            if part.isascii():  # most names: no regex, no Unicode folding needed
                if len(part) >= 2 and part.isalpha():
                    out.add(part.lower())
            elif _WORD.match(part):
                out.add(fold(part))
    return out


# A word: a run of letters, split at lower->Upper (JaneDoe) and at Upper->Upperlower (XMLParser).
TOKEN = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Lu}")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of an identifier or sentence with their spans, lower-cased."""
    if text.isascii():  # no accents to fold
        return [(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text)]
    return [(m.start(), m.end(), fold(m.group())) for m in TOKEN.finditer(text)]
