"""Given names and surnames, and splitting identifiers into words.

The name lists are Faker's person lists (MIT licensed, drawn from public
census and registry statistics), read from the installed package, not from
any data leak. Words that are far more often ordinary words or AWS vocabulary
than names are removed (``NOT_GIVEN``, ``NOT_FAMILY``).
"""

from __future__ import annotations

import functools
import importlib

import regex

_LOCALES = ("en_US", "en_GB", "en_IN", "de_DE", "es_ES", "fr_FR", "it_IT", "pt_BR", "nl_NL")

# A person is a given name followed by a surname, so a word is dropped only
# from the list where, as a word, it would pair up in ordinary identifiers:
# given names that are common words ("will_price", "mark_down") and surnames
# that are data or AWS vocabulary ("maria_sales" is not a surname).
NOT_GIVEN = frozenset(
    """
    will may mark bill grant chase art june april august summer autumn winter page dean
    hunter major rich rose lane hope joy faith sky star sun day max sage reed wade ray
    price cash case chance gay guy hazel ivy jade ruby pearl amber crystal iris holly
    lily daisy olive violet dawn eve crane ace bob don jack
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
    """(given names, surnames), lower-case, Latin-script words of 2+ letters."""
    given: set[str] = set()
    family: set[str] = set()
    for locale in _LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            given.update(_words(getattr(provider, attr, ())))
        family.update(_words(getattr(provider, "last_names", ())))
    family |= EXTRA_SURNAMES
    return frozenset(given - NOT_GIVEN), frozenset(family - NOT_FAMILY)


_WORD = regex.compile(r"^[a-zà-öø-ÿ]{2,}$")


def _words(names: object) -> set[str]:
    out = set()
    for name in names:  # type: ignore[attr-defined]
        for part in str(name).lower().replace("-", " ").split():
            if _WORD.match(part):
                out.add(part)
    return out


# A word: a run of letters, split at lower->Upper (JaneDoe) and at Upper->Upperlower (XMLParser).
TOKEN = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Lu}")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of an identifier or sentence with their spans, lower-cased."""
    return [(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text)]
