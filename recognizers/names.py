"""Given names and surnames, and splitting identifiers into words.

The name lists ship in ``recognizers/data``, built from Faker's person lists for
every locale it has by ``python -m recognizers.name_lists``. Words that are far
more often ordinary words or AWS vocabulary than names are removed here
(``NOT_GIVEN``, ``NOT_FAMILY``).
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import regex

DATA = Path(__file__).with_name("data")
GIVEN_FILE, FAMILY_FILE = "given_names.txt", "family_names.txt"

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
    given, family = shipped_lists()
    return frozenset(given - NOT_GIVEN), frozenset((family | EXTRA_SURNAMES) - NOT_FAMILY)


def shipped_lists() -> tuple[set[str], set[str]]:
    """The lists as built from Faker, before this module's exclusions."""
    given, family = (_read(DATA / name) for name in (GIVEN_FILE, FAMILY_FILE))
    return given, family


def _read(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def fold(word: str) -> str:
    """Lower-case, accents removed (José -> jose, Łukasz -> lukasz)."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ł", "l").replace("ø", "o"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# A word: a run of letters, split at lower->Upper (JaneDoe) and at Upper->Upperlower (XMLParser).
TOKEN = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Lu}")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of an identifier or sentence with their spans, lower-cased."""
    if text.isascii():  # no accents to fold
        return [(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text)]
    return [(m.start(), m.end(), fold(m.group())) for m in TOKEN.finditer(text)]
