"""Given names, surnames and word scores, and splitting identifiers into words.

The files in ``recognizers/data`` are built by ``python -m recognizers.name_lists``
from pinned packages (Faker's and mimesis' person lists, wordfreq's word
frequencies) and the US census's name lists (``data/sources``); see that module
for the sources and why each was chosen.
Everything is folded to lower-case ASCII (``José`` -> ``jose``, ``Ольга`` ->
``olga``), so a name meets its list in any script and with or without accents;
Han, Hangul and kana names are also kept as written.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex
from anyascii import anyascii

DATA = Path(__file__).with_name("data")
GIVEN_FILE, FAMILY_FILE = "given_names.txt", "family_names.txt"
NATIVE_GIVEN_FILE, NATIVE_FAMILY_FILE = "native_given_names.txt", "native_family_names.txt"
WORDS_FILE = "wordiness.txt"
PLACES_FILE = "places.txt"
TOWNS_FILE = "towns.txt"
RARE_ENGLISH_FILE = "rare_english.txt"
DAYS_FILE = "days.txt"
POPULAR_FILE = "popular_names.txt"
CENSUS_ONLY_FILE = "census_only_surnames.txt"
CENSUS_SHORT_FILE = "census_short_surnames.txt"
# Given names of Jörg Michael's dictionary the other lists lack: apart, as that
# dictionary's licence (GNU FDL) asks of what is made from it.
DICTIONARY_GIVEN_FILE = "nam_dict_given_names.txt"
CASELESS_WORDS_FILE = "caseless_words.txt"
GLUED_WORDS_FILE = "glued_words.txt"
FOREIGN_WORDS_FILE = "foreign_words.txt"
COMMON_ENGLISH_FILE = "common_english.txt"
SHORT_GIVEN_FILE = "short_given_names.txt"
# A name among a country's commonest (census counts) is a name about as often as
# it is a word: half its wordiness counts against it ("Christopher Cook").
POPULAR_DISCOUNT = 0.5

# Placeholder surnames people really type into resource names ("jane_doe").
EXTRA_SURNAMES = frozenset({"doe", "roe"})

_CJK = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")
_HAN = regex.compile(r"\p{Han}")
_NOT_LETTER = regex.compile(r"[^a-z]")


# Endings that make a word a surname in its language (a closed class, folded):
# Georgian -shvili/-dze, Armenian -yan, East Slavic and Central Asian -ov/-ova/
# -ev/-eva/-ovich, Ukrainian -enko/-chuk, Polish -ski/-ska/-wicz/-czyk, South
# Slavic -vic, Romanian -escu/-eanu, Greek -opoulos/-akis/-idis, Lithuanian
# -auskas/-aite/-iene, Turkish and Azerbaijani -oglu/-zade, Persian -zadeh/
# -pour/-nejad, Nordic -sson/-dottir, Kazakh -uly/-kyzy (son of, daughter of,
# written as one word with the father's name). A surname no list holds still has them.
SURNAME_ENDINGS = tuple(
    (
        "shvili dze yan yants ov ova ev eva ovich evich ovna evna ovskiy ovskaya enko chuk"
        " yuk ski ska cki cka wicz czyk vic escu eanu opoulos opoulou akis idis iadis akos"
        " auskas avicius evicius aite iene oglu ogly zade zadeh pour nejad nezhad sson dottir"
        " uly kyzy qyzy"
    ).split()
)
# The two-letter endings end many words of code too ("checkov", "schedulev",
# "jsxdev"): where a surname must stand out of a glued token, the others only.
WEAK_SURNAME_ENDINGS = ("ov", "ev")
STRONG_SURNAME_ENDINGS = tuple(e for e in SURNAME_ENDINGS if e not in WEAK_SURNAME_ENDINGS)
_ANY_SURNAME_ENDING = (*SURNAME_ENDINGS, "ian")
COMMON_WORD = 0.5  # wordiness of a word as common as the words of ``word_endings``
MIN_SHAPED_SURNAME = 6  # letters: "Ivanov" is one; "Kyiv", "nova", "Oslo" are not
MIN_IAN_SURNAME = 7  # "-ian" in a name of seven or more: "Petrosian", not "Debian"


@dataclass(frozen=True)
class NameData:
    given: frozenset[str]
    family: frozenset[str]
    native_given: frozenset[str]
    native_family: frozenset[str]
    # 0 (a name, or a rare word) .. 1 (an ordinary English word); absent: 0.
    # Every one of the 100,000 commonest English words is present.
    wordiness: dict[str, float]
    # Place names, folded and joined by spaces ("sao paulo", "virginia").
    places: frozenset[str] = frozenset()
    # Names in census-weighted lists: the commonest names of their countries.
    popular: frozenset[str] = frozenset()
    # Surnames that only the US census's long tail lists ("Fairweather",
    # "Siddiqui"): a surname beside a given name, but too many to trust alone,
    # after an initial ("X-Auth") or read first ("Scram Sha").
    census_only: frozenset[str] = frozenset()
    # Common words of other languages that read as names run together ("evento":
    # e + Vento, "aberta": a + Berta): no initial glued to a surname, no given
    # name run into one.
    glued_words: frozenset[str] = frozenset()
    # Names of public and religious days and runs of two or three of their
    # words, folded ("gandhi jayanti", "hari raya").
    days: frozenset[str] = frozenset()

    def word_score(self, word: str) -> float:
        return self.wordiness.get(word, 0.0)

    def name_wordiness(self, word: str) -> float:
        """Wordiness of a word read as a name: discounted for the commonest names."""
        score = self.wordiness.get(word, 0.0)
        return score * POPULAR_DISCOUNT if word in self.popular else score

    def is_english(self, word: str) -> bool:
        return word in self.wordiness

    def commonly_called(self, given: str, surname: str) -> bool:
        """A given name and a surname (folded) people are very often called:
        a place named after someone may bear them too ("pedro gomes")."""
        return (
            given in self.given
            and surname in self.family
            and given in self.popular
            and surname in self.popular
        )

    def surname_shaped(self, word: str, *, strong: bool = False) -> bool:
        """A word no English word nor place, ending as surnames of its language
        end (``SURNAME_ENDINGS``): "Tskitishvili", "Seitkaziyeva", "Hovhannisyan".
        ``strong``: not on the endings that words of code share (-ov, -ev, -ian)."""
        # One test in C rules out nearly every word first.
        if not word.endswith(_ANY_SURNAME_ENDING) or len(word) < MIN_SHAPED_SURNAME:
            return False
        return (
            (
                word.endswith(STRONG_SURNAME_ENDINGS)
                or (
                    not strong
                    and (
                        word.endswith(WEAK_SURNAME_ENDINGS)
                        or (len(word) >= MIN_IAN_SURNAME and word.endswith("ian"))
                    )
                )
            )
            and word not in self.wordiness
            and word not in self.places
        )

    def is_surname(self, word: str) -> bool:
        """Listed as a surname, or shaped as one."""
        return word in self.family or self.surname_shaped(word)

    @functools.cached_property
    def word_endings(self) -> frozenset[str]:
        """The last two and three letters of common English words ("ps" of
        "maps", "ops" of "devops"): no run of initials ends a user name so."""
        return frozenset(
            word[-n:]
            for word, score in self.wordiness.items()
            if score >= COMMON_WORD
            for n in (2, 3)
            if len(word) > n + 1
        )

    @functools.cached_property
    def pinyin_surnames(self) -> frozenset[str]:
        """The Chinese surnames of the lists (one Han character) in pinyin: 张 and
        張 are zhang (Japanese surnames are mostly two, read otherwise)."""
        return frozenset(
            folded
            for name in self.native_family
            if len(name) == 1 and _HAN.fullmatch(name) and len(folded := fold(name)) >= 2
        )

    @functools.cached_property
    def usable(self) -> frozenset[str]:
        """Listed words that can stand as part of a name (not fully ordinary words)."""
        # Only a scored word can be fully ordinary: test those, not every name.
        ordinary = {w for w, score in self.wordiness.items() if score >= 1.0}
        return (self.given | self.family) - {w for w in ordinary if self.name_wordiness(w) >= 1.0}


@functools.lru_cache(maxsize=1)
def name_data() -> NameData:
    return read_name_data(DATA)


def read_name_data(folder: Path) -> NameData:
    """The lists in ``folder`` (the shipped ones, or ones being built)."""
    given, dictionary_given, family, census_only = (
        _read(folder / name)
        for name in (GIVEN_FILE, DICTIONARY_GIVEN_FILE, FAMILY_FILE, CENSUS_ONLY_FILE)
    )
    native_given, native_family = (
        _read(folder / name) for name in (NATIVE_GIVEN_FILE, NATIVE_FAMILY_FILE)
    )
    scores = _read_scores(folder / WORDS_FILE)
    for word in EXTRA_SURNAMES:  # placeholders, whatever else the word means
        scores.pop(word, None)
    return NameData(
        frozenset(given | dictionary_given),
        frozenset(family | census_only | EXTRA_SURNAMES),
        frozenset(native_given),
        frozenset(native_family),
        scores,
        frozenset(_read(folder / PLACES_FILE)),
        frozenset(_read(folder / POPULAR_FILE)),
        frozenset(census_only),
        frozenset(_read(folder / GLUED_WORDS_FILE)),
        frozenset(_read(folder / DAYS_FILE)),
    )


@functools.lru_cache(maxsize=1)
def caseless_words() -> frozenset[str]:
    """Common words of languages written without capitals (Arabic, Persian, Urdu,
    Hebrew, Hindi, Bengali, Tamil) that no name list holds: read only when such
    a script follows a word announcing a person."""
    return frozenset(_read(DATA / CASELESS_WORDS_FILE))


@functools.lru_cache(maxsize=1)
def foreign_words() -> frozenset[str]:
    """Common words of the other languages written in Latin letters (folded,
    four letters or more) that no name list holds and English does not know:
    "ventas", "kommune", "vertrieb". Read only when a rule must tell a word of
    another language from a name no list holds (24 MB resident, 0.1 s to read)."""
    return frozenset(_read(DATA / FOREIGN_WORDS_FILE))


@functools.lru_cache(maxsize=1)
def common_english() -> frozenset[str]:
    """English's commonest words, lower-case (pyspellchecker's English
    dictionary, built from subtitle counts: see ``name_lists.common_english``);
    read from the shipped list in 3 ms, where the dictionary takes 0.2 s."""
    return frozenset(_read(DATA / COMMON_ENGLISH_FILE))


@functools.lru_cache(maxsize=1)
def short_given_names() -> frozenset[str]:
    """Short forms that begin a popular given name ("doug", "ron", "phil";
    ``name_lists.short_given``), folded."""
    return frozenset(_read(DATA / SHORT_GIVEN_FILE))


def english_words_with(piece: str, *, ending: bool) -> int:
    """How many of English's commonest words (``common_english``) longer than
    ``piece`` begin with it, or end with it: "bility", "cator" and "harmo" are
    pieces of words ("weldability", "syndicator", "harmonizer"), "mehrotra"
    and "senthil" are not."""
    ordered = _english_reversed() if ending else _english_sorted()
    key = piece[::-1] if ending else piece
    # every word starting with key sorts from key to key and the highest code point
    low = bisect.bisect_left(ordered, key)
    high = bisect.bisect_left(ordered, key + "\U0010ffff")
    return high - low - (low < len(ordered) and ordered[low] == key)


@functools.lru_cache(maxsize=1)
def _english_sorted() -> list[str]:
    return sorted(common_english())


@functools.lru_cache(maxsize=1)
def _english_reversed() -> list[str]:
    return sorted(word[::-1] for word in common_english())


@functools.lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """GeoNames' larger towns of one word, folded ("hsinchu", "aktau"): kept out
    of ``NameData.places`` because a one-word town is as often a surname, and
    read only where a word no list holds would otherwise be taken for a name."""
    return frozenset(_read(DATA / TOWNS_FILE))


@functools.lru_cache(maxsize=1)
def census_short_surnames() -> frozenset[str]:
    """The census's surnames of three letters or fewer ("ngo", "dao", "ong",
    "oh"), which the name lists leave out (mostly pieces of tokens): read only
    to keep a word from being taken for no name's ("dao-minh" is Dao Minh)."""
    return frozenset(_read(DATA / CENSUS_SHORT_FILE))


@functools.lru_cache(maxsize=1)
def rare_english() -> frozenset[str]:
    """English words of five letters or more beyond the commonest that
    ``NameData.is_english`` knows, down to wordfreq's rarest, that no name list
    holds ("introspect", "grafana"): read only where a word no list holds would
    otherwise be taken for a name."""
    return frozenset(_read(DATA / RARE_ENGLISH_FILE))


def name_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames): folded words."""
    data = name_data()
    return data.given, data.family


def data_lines(path: Path) -> list[str]:
    """The lines of a data file after its header of ``#`` lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    return lines[start:]


def _read(path: Path) -> set[str]:
    return set(data_lines(path)) - {""}  # built in C: the lists are long


def _read_scores(path: Path) -> dict[str, float]:
    """``word<TAB>score`` lines, parsed in C (a line at a time took 90 ms)."""
    fields = "\t".join(data_lines(path)).split("\t")
    return dict(zip(fields[0::2], map(float, fields[1::2]), strict=True))


def is_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def fold(word: str) -> str:
    """Lower-case ASCII letters: accents removed, other scripts transliterated
    (José -> jose, Łukasz -> lukasz, Ольга -> olga, Γιώργος -> giorgos).

    Words of the scripts that leave their vowels unwritten (Hebrew, Arabic)
    fold to their consonants in capitals, a namespace of their own: in lower
    case, words in Latin letters would meet the lists' skeletons of names in
    those scripts by chance (דין, Dean, is "dyn", as a dynamic thing group's "dyn-";
    محمد is "mhmd"). In capitals they still meet the same name written with
    another language's letters (Urdu "ہاشمی", Arabic "هاشمي"), and a name in
    Latin letters where ``person_runs._listed`` asks."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKC", word)
    folded = str(_NOT_LETTER.sub("", anyascii(decomposed).lower()))
    return folded.upper() if _ABJAD.search(decomposed) is not None else folded


_ABJAD = regex.compile(r"[\p{Hebrew}\p{Arabic}\p{Syriac}\p{Thaana}]")


# A word: a run of letters, split at lower->Upper (JaneDoe) and at Upper->Upperlower
# (XMLParser), over the apostrophe inside Ukrainian and Belarusian words
# ("В'ячеслав", Vyacheslav); in scripts without case (Arabic, Devanagari...),  # noqa: RUF003
# a run of letters, their marks and the joiners that shape them (see
# normalize._JOINER_IN_WORD), and the ZWNJ that parts a Persian compound name
# ("امین‌زاده").
# Han, Hangul and kana are left to their own matcher.
# The two marks a word holds between its letters, shared with the name lists'
# builder (``name_lists._LETTERS``), so the lists hold the words read here.
# (Each is matched before its lookarounds: most words hold neither, and fail on
# the character alone.)
INNER_APOSTROPHE = r"['\u2019](?<=\p{Cyrillic}.)(?=\p{Cyrillic})"
INNER_ZWNJ = r"\u200c(?<=\p{Arabic}.)(?=\p{Arabic})"
_CASED_LETTERS = r"[\p{Ll}\p{M}\p{Lm}]+"
TOKEN = regex.compile(
    rf"\p{{Lu}}?{_CASED_LETTERS}(?:{INNER_APOSTROPHE}{_CASED_LETTERS})*"
    rf"|\p{{Lu}}(?:{INNER_APOSTROPHE}{_CASED_LETTERS})+"
    r"|\p{Lu}+(?![\p{Ll}])|\p{Lu}"
    r"|(?:(?![\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}])[\p{Lo}\p{Lm}]"
    rf"(?:\p{{M}}|\u200d|(?<=\p{{M}})\u200c|{INNER_ZWNJ})*)+"
)


_ASCII_TOKEN = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[A-Z]")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of an identifier or sentence with their spans, folded."""
    if text.isascii():  # no accents to fold, no other scripts: the simpler pattern
        return [(m.start(), m.end(), m.group().lower()) for m in _ASCII_TOKEN.finditer(text)]
    return [(m.start(), m.end(), fold(m.group())) for m in TOKEN.finditer(text)]
