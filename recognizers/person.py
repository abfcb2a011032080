"""Person names: in identifiers and prose, in any script, weighed by evidence.

A name is a run of words joined as names are joined (``jane_doe``,
``JeanLucPicard``, ``Anne-Marie Smith``, ``van der Berg``, "Müller, Jörg",
``j_smith``, ``jsmith``). Whether a run is a person is decided by a score, not
by list membership alone:

- each word's standing as a name: in the given-name or surname lists, minus its
  *wordiness* (how much it is an ordinary English word rather than a name,
  measured from word frequencies across languages: ``golden``, ``easter`` and
  ``comfort`` are words; ``maria``, ``olga`` and ``bob`` are names);
- casing, where it says something: two capitalized words inside lower-case
  prose are written as a name; in Title Case text (product names, headings)
  capitals say nothing; lower-case words in prose count a little against;
- a context word just before (``by``, ``owner``, ``contact``, ``Dr``).

A sentence boundary never joins two words into a name ("comfort. The").

This module is the recognizer: a cheap test of whether a text could hold a
name, the rules asked in turn (:func:`find_names`), the spans found merged and
each taken to the whole name (:func:`complete_name`), and the names that are a
street's, a building's or a bot's set aside (:func:`named_thing`). The rules
live beside it: ``person_runs`` (runs of words and their score, the rule
above), ``person_handles`` (user names and handles), ``person_cues`` (names
announced by the words around them), ``person_initials`` (initials and
surnames first), ``person_scripts`` (scripts without capitals, East Asian
names); ``person_words`` holds the tests on one word they share.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable, Iterator

import regex

from recognizers import bounded
from recognizers.addressed_people import named_beside_address
from recognizers.base import FieldRecognizer
from recognizers.names import (
    MIN_SHAPED_SURNAME,
    NameData,
    caseless_words,
    common_english,
    english_words_with,
    fold,
    foreign_words,
    name_data,
    rare_english,
    tokens,
    towns,
)
from recognizers.person_cues import (
    AFTER_ADDRESS,
    BEFORE_ADDRESS,
    CAPITALIZED_TITLED,
    CHILD_HINT,
    CHILD_OF,
    WORD_BEFORE,
    addressed,
    beside_phone,
    children_of,
    named_by_address,
    nicknamed,
    plain_surname,
    possessive_given,
    searched_names,
    signed_by,
    titled_surnames,
)
from recognizers.person_handles import (
    CAPITALIZED_WORD,
    MIN_GLUED,
    USER_NAME_JOINS,
    at_handles,
    camel_stranger_surname,
    camel_strangers,
    chat_nicks,
    cued_handles,
    cued_user_names,
    glued_names,
    handles,
    lone_shaped_surnames,
    overlaps_any,
    path_tokens,
    quoted_tokens,
    stranger_surname,
    user_names,
)
from recognizers.person_initials import (
    INITIAL_PARTICLE_SURNAME,
    SLASHED,
    UPPER_SURNAME_GIVEN,
    article_surnames,
    given_and_initial,
    given_dot_initials,
    initial_and_given,
    initial_particle_surnames,
    initial_prefixed_surnames,
    irish_surnames,
    plain_given,
    slashed_names,
    stranger_and_surname,
    surname_and_initials,
    surname_initials,
    upper_surname_first,
    upper_surname_given,
)
from recognizers.person_runs import (
    AFTER_STREET_TYPES,
    AT_PLACE,
    GAP_AFTER_INITIAL,
    MARRIED,
    SURNAME_STREET_TYPES,
    best_run,
    greeting_only,
    name_only_surname,
    name_suffix,
    two_initials_surname,
    vouched_after,
)
from recognizers.person_scripts import (
    ASIAN_SURNAMES,
    CAPITALIZED_TITLED_WORDS,
    CJK_RUN,
    COMMON_WORDS_HELD,
    MAX_CASELESS_WORD,
    NEXT_CASELESS_WORD,
    SEA_TITLED,
    SEA_TITLES,
    SYLLABLE,
    VIETNAMESE_MIDDLE_NAMES,
    WORDS_APART_UNHELD,
    caseless_named,
    caseless_script_at,
    cjk_honorific_names,
    cjk_names,
    east_asian_names,
    romaji_honorific_names,
    sea_titled,
    spaced_names,
    thai_titled,
    unlisted_before,
)
from recognizers.person_words import (
    DIGIT,
    GLUED_MAX_WORDINESS,
    LEADING_STREET_TYPES,
    LEADING_STREETS,
    MIN_CENSUS_AFTER_INITIAL,
    MIN_VOUCHING_DIGITS,
    MIN_WORD,
    PARTICLES,
    PERSON_LABELS,
    STREET_TYPES,
    TITLES,
    Word,
    announced_before,
    clear_given,
    glued_full,
    is_particle,
    is_stranger,
    vowel_count,
    word_more_than_name,
)
from recognizers.stop_words import WORD, FunctionWords
from recognizers.timeouts import RecognizerTimeout, cpu_deadline, past

SCORE = 0.7
# Buildings named after a person, the type written after the name ("Tan Son
# Nhat airport", "sherlock-holmes-museum"); not the types that are surnames too
# ("Hall", "Church", "Park").
_TRAILING_VENUE_TYPES = frozenset(
    "airport museum stadium university hospital college academy library institute"
    " foundation memorial theatre theater gallery cathedral flughafen bahnhof stadion station"
    " metro building centre center terminal campus school statue monument mausoleum mosque"
    " chapel shrine tower".split()
)
# Short forms before a dot that are no initials of a name: a title ("Dr.") or
# a street type ("Av.").
_NOT_INITIALS = TITLES | LEADING_STREET_TYPES
_LABEL_KEY = regex.compile(rf"(?i)(?:{PERSON_LABELS})")


def labels_a_person(key: str) -> bool:
    """Whether ``key`` is, whole, one of the labels that announce a person in
    prose ("ügyintéző", "Verantwortlich", "liên hệ")."""
    return _LABEL_KEY.fullmatch(key.strip()) is not None


def written_apart(key: str, value: str) -> bool:
    """Whether ``key`` is written in Latin letters, or in another script than
    the caseless one ``value`` begins in ("אחראי": "رضا قربانپور", a Hebrew key
    over a Persian name): then the key alone announces the name."""
    if key.isascii():
        return True
    found = caseless_script_at(value.strip(), 0)
    return found is None or found[1].search(key) is None


# A surname in capitals, a comma and a capitalized word: a roster's name.
_UPPER_COMMA_GIVEN = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}{4,}, \p{Lu}[\p{Ll}\p{M}]{2,}")
# Two capitalized words: after a word announcing a person (see announced_before),
# the shape of a name no list holds ("issued by Munkhbat Ochir"), which the
# prefilter lets through.
# (The second word is looked ahead at: each word may begin a pair, "Contact
# Kouadio Tanoh".)
_CAPITALIZED_PAIR = regex.compile(r"(?<!\p{Lu})\p{Lu}\p{Ll}{2,}(?= (?P<second>\p{Lu}\p{Ll}{2,}))")
_INITIAL_SURNAME = regex.compile(r"(?<![\w.])[A-Z]" + GAP_AFTER_INITIAL + r"\p{Lu}\p{Ll}{3}")
# Shapes of a name that no list need hold, each behind a mark it cannot do
# without: the prefilter looks for the mark first, a test in C, then the pattern.
_MARKED_SHAPES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    (". ", _INITIAL_SURNAME),  # "H. Pemberton", "F. Al-Hashimi"
    (", ", _UPPER_COMMA_GIVEN),  # "GQIRANA, Nosipho"
    ("/", SLASHED),  # "PERERA/KASUN"
    ("@", BEFORE_ADDRESS),  # "Thenmozhi Arumugam tarumugam@..."
    ("@", AFTER_ADDRESS),  # "tarumugam@... (Thenmozhi Arumugam)"
)
# A name written in CJK letters only, apart or joined ("田中・美咲", "김_정식").
_CJK_LETTERS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー]+"
_CJK_NAME = regex.compile(rf"{_CJK_LETTERS}(?:[ \u3000\u30fb\u00b7_.\-]{_CJK_LETTERS})*")


class FieldPersonRecognizer(FieldRecognizer):
    """A person's name in prose or inside an identifier (see the module docstring)."""

    ENTITY = "PERSON"
    CATEGORY = "personal"
    DESCRIPTION = "a person's name"
    LABEL = "person"

    @classmethod
    def could_hold(cls, text: str) -> bool:
        """Exactly whether a name is found (the matcher is cheaper than the
        analyzer), behind a cheaper necessary condition: every name holds a
        listed word that is not wholly an ordinary word beside another, beside
        an initial or a capitalized word, or glued to an initial, or before a
        dot; or follows a title; or is written in CJK characters; in prose,
        the same holds of each path, ARN or quoted value standing in it."""
        # Exact: a name a path holds is found in the text, beside a name or as one.
        return _could_name(text) or (
            " " in text.strip()
            and any(_could_name(text[start:end]) for start, end in _identifier_tokens(text))
        )

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        # The evidence decides whether a run is a name; the finding's score stays
        # the one every name gets (a name is likely, never certain).
        names = _names_of(text, name_data())
        _LAST.value = None  # read once: the text is not kept past its scan
        data = name_data()
        for start, end, _ in names:
            start, end = _completed(text, start, end, data)
            if not named_thing(text, start, end):
                yield start, end, SCORE


def named_thing(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a bot's, a street's or a
    building's ("renovate-bot", "Av. Grau", "Gopinath Bordoloi Road", "Tan
    Son Nhat airport"), however it was found."""
    return (
        automation_account(text, start, end)
        or _street_named(text, start)
        or _street_after(text, start, end)
        or _venue_named(text, start, end)
    )


# A bot's account, named after its tool or a person: "renovate-bot",
# "jenkins_bot", "github-actions[bot]", "bob-bot".
_BOT_AT_END = regex.compile(r"(?i)(?:^|[\-_ .\[])bots?\]?$")
_BOT_AFTER = regex.compile(r"(?i)[\-_ .\[]bots?(?![\p{L}\p{N}])")


def automation_account(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` ends in, or is followed by, "bot"."""
    return (
        _BOT_AT_END.search(text, start, end) is not None or _BOT_AFTER.match(text, end) is not None
    )


def complete_name(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a name found at ``text[start:end]`` by other means (a key
    filing it) taken to the whole name, as the recognizer's own are (see
    :func:`_completed`): "agent:Tyrone C. Zielinski", not "Tyrone"."""
    return _completed(text, start, end, name_data())


def _completed(text: str, start: int, end: int, data: NameData) -> tuple[int, int]:
    """A name's span taken to the whole name, never part of it beside the rest:
    the rest of a word after "Mc" ("Aoife McCarthy"), a hyphen ("Marie-Ève",
    "Mak Kwok-wing") or an apostrophe ("Dell'Acqua"); initials and short forms
    before or after it ("A. R. Jeyakumar", "Ma. Teresa", "Kumar T. P.",
    "muhammed_shafi_k_p"); a particle and the word after it ("Ní
    hUallacháin", "jan_willem_ten_hove"); surnames in capitals before a given
    name ("DE SOUSA MARTINS Ana Rita"); a listed surname after it ("Singh
    Bains", "rocio delgado pena") or before it ("nguyen_van_an"); a clear
    given name after it ("Lindiwe Sisulu Thandeka")."""
    if _CJK_NAME.fullmatch(text, start, end) is not None:
        # "陽一_阿部_forecast": no Latin word continues a CJK name; a given name
        # after the surname and a comma does ("池田, 和也")
        return start, _caseless_comma_given(text, start, end, data, cjk=True)
    end = _whole_surname_end(text, end)
    if (glottal := _GLOTTAL_REST.match(text, end)) is not None and text[end - 1 : end].isalpha():
        end = glottal.end()  # "Sione Tu'ipulotu", "Nurlan Bo'tayev": never "Tu" alone
    lower = text[start:end].islower()
    upper = text[start:end].isupper()
    end = _completed_end(text, start, end, data, lower=lower, upper=upper)
    end = _caseless_rest(text, start, end)
    end = _caseless_comma_given(text, start, end, data, cjk=False)
    start = _caseless_start(text, start, end)
    start = _completed_start(text, start, end, data, lower=lower)
    if (
        start
        and text[start - 1] == "@"
        and (start == 1 or not _HANDLE_BEFORE_AT.match(text[start - 2]))
    ):
        start -= 1  # a handle's "@" ("@jens.ostergaard"): the handle is the name; not an address's
    return start, end


def _completed_end(
    text: str, start: int, end: int, data: NameData, *, lower: bool, upper: bool
) -> int:
    """The end of a name found at ``text[start:end]`` taken past the rest of its
    words (see :func:`_completed`); ``lower``, ``upper``: how the name is written."""
    end = _camel_rest(text, start, end, data)
    if (
        not (lower or upper)
        and _APOSTROPHE_PREFIX.search(text, start, end) is not None
        and (rest := _APOSTROPHE_REST.match(text, end)) is not None
    ):
        end = rest.end()  # "Maria Grazia Dell" + "Acqua": Dell'Acqua, its apostrophe dropped
    if ", " in text[start:end] and (sorted_tail := _SORTED_PARTICLES.match(text, end)) is not None:
        end = sorted_tail.end()  # "Wal, Arie van der": the particles sorting puts last
        return end
    # Most names stand alone, between spaces or marks no name continues over.
    stranger = False  # one surname no list holds may follow ("Meron ASSEFA", "neema kimaro")
    while text[end : end + 1] in _CONTINUES:
        married = MARRIED.match(text, end)
        if married is not None:
            end = married.end()  # "Oumou Tounkara épouse Diakité": her husband's name is hers too
            continue
        step = _AFTER_NAME.match(text, end) or _PARTICLE_AFTER.match(text, end)
        if step is not None and (
            step.lastgroup != "particle" or is_particle(step.group("particle"))
        ):
            end = step.end()
            continue
        last = _PARTICLE_LAST.search(text, start, end)
        if (
            last is not None
            and (is_particle(last.group()) or fold(last.group()) in _MIDDLE_BEFORE_GIVEN)
            and (rest := _NEXT_WORD.match(text, end))
        ):
            end = rest.end()  # "Gráinne Ní" is followed by the surname it introduces
            continue
        word = (_NEXT_LOWER if lower else _NEXT_UPPER if upper else _NEXT_SURNAME).match(text, end)
        if (
            word is not None
            and (
                _name_piece(fold(word.group("word")), data, after=True)
                if lower or upper
                else plain_surname(fold(word.group("word")), data)
                # (after a given name alone, a surname a town bears too: "Engr.
                # Bienvenido Tolentino")
                or (
                    " " not in text[start:end]
                    and plain_surname(fold(word.group("word")), data, town_ok=True)
                )
            )
        ):
            end = word.end()  # "rocio delgado pena", "nguyen_thi_thu_ha", "BUI DUC THANG"
            continue
        if (
            lower
            and text[end : end + 1] == "-"
            and "-" not in text[start:end]
            and (word := _NEXT_LOWER.match(text, end)) is not None
            and (folded := fold(word.group("word"))) in data.family
            and folded in data.popular
        ):
            # a second surname joined by the one hyphen of a name otherwise
            # joined by "_" or spaces: "stephen_brown-hill", "paige jones-hall"
            end = word.end()
            continue
        if not (lower or upper) and (word := _surname_after_given(text, start, end, data)):
            end = word  # "Carly Tracey Banks": two given names want a surname, a word or not
            continue
        # Two surnames joined by "y", "e" or "i" (Spanish, Portuguese, Catalan):
        # "José María Gutiérrez y Ortega", "Ramón y Cajal".
        joined = (_JOINED_LOWER if lower else _JOINED_SURNAME).match(text, end)
        if joined is not None and plain_surname(fold(joined.group("word")), data):
            end = joined.end()
            continue
        if lower and (initial := _NEXT_INITIAL.match(text, end)) is not None:
            end = initial.end()
            continue
        if (
            not stranger
            and not (lower or upper)
            and (word := _NEXT_SURNAME.match(text, end)) is not None
            and clear_given(fold(word.group("word")), data)
        ):
            # A clear given name after a name found, written apart: the name
            # written surname first ("Dlamini Sipho"), or a given name the
            # rules above left out, never left beside the rest. Once only, as
            # a surname no list holds is taken once.
            stranger = True
            end = word.end()
            continue
        if not stranger and (
            (word := (_NEXT_LOWER if lower else _NEXT_CAPS).match(text, end)) is not None
            and (
                stranger_surname(folded := fold(word.group("word")), data)
                # a listed surname in capitals after a name in mixed case: "Meron ASSEFA"
                or (word.group("word").isupper() and plain_surname(folded, data))
            )
        ):
            stranger = True
            end = word.end()
            continue
        break
    # The given name after a surname and a comma, where the text's item ends:
    # "(Cali Warsame, Faadumo)", "Verantwortlich: Sørensen, Mette, Tel.".
    given = _COMMA_GIVEN.match(text, end)
    if given is not None and _given_after_comma(fold(given.group("word")), data):
        end = given.end("word")
    return end


def _surname_after_given(text: str, start: int, end: int, data: NameData) -> int | None:
    """The end of a capitalized surname after a name of given names only, two
    or more, that one of a country's commonest surnames is, though it is a word
    too ("Carly Tracey Banks", "Katherine Shirley Stone"): a name found so far
    is no whole name without it. Not a street's type, nor before another
    capitalized word (a place's name: "Mary Anne Long Beach")."""
    if not _given_only(text[start:end], data):
        return None
    word = _NEXT_SURNAME.match(text, end)
    if (
        word is None
        or not _common_surname(fold(word.group("word")), data)
        or _NEXT_SURNAME.match(text, word.end()) is not None
    ):
        return None
    return int(word.end())


def _given_only(name: str, data: NameData) -> bool:
    """Two given names or more and nothing else, apart or in camel case: a
    name that wants its surname ("Carly Tracey", "CarlyTracey")."""
    words = _CAMEL_WORD.findall(name) if " " not in name else name.split()
    return len(words) >= 2 and all(fold(w) in data.given for w in words)


def _common_surname(word: str, data: NameData) -> bool:
    """One of a country's commonest surnames, a word or not ("banks", "stone"),
    no street's type."""
    return word in data.family and word in data.popular and word not in STREET_TYPES


_CAMEL_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")


def _completed_start(text: str, start: int, end: int, data: NameData, *, lower: bool) -> int:
    """The start of a name found at ``text[start:end]`` taken back over the
    initials, particles, prefixes and surnames before it (see :func:`_completed`)."""
    first_piece = False
    while start and (text[start - 1] in _CONTINUES or text[start - 1].isalpha()):
        if not text[start].isascii() and (
            short := _SHORT_FORM_BEFORE.search(text, max(0, start - 8), start)
        ):
            start = short.start()  # "মোঃ রফিকুল ইসলাম": Md. is the name's too
            continue
        step = _INITIAL_BEFORE.search(text, max(0, start - 8), start)
        if step is not None and fold(step.group("short")) not in _NOT_INITIALS:
            start = step.start()  # "A. R. Jeyakumar", "Ma. Teresa"; not "Dr." (a title)
            continue
        if (
            text[start : start + 1].isupper()
            and (particle := _CAPS_PARTICLE_BEFORE.search(text, max(0, start - 8), start))
            and is_particle(particle.group("particle"))
        ):
            start = particle.start()  # "AL-HASHIMI, Omar": the article is the surname's
            continue
        if text[start : start + 1].isupper() and (
            prefix := _PREFIX_BEFORE.search(text, max(0, start - 40), start)
        ):
            start = prefix.start()  # "DeShawn", "LaToya": a name's own prefix; "Jan-Willem"
            continue
        word = WORD_BEFORE.search(text, max(0, start - 40), start)
        if word is not None and _surname_before(word.group("word"), text[start:end], data):
            start = word.start()
            continue
        piece = _PIECE_BEFORE.search(text, max(0, start - 40), start) if lower else None
        if piece is not None and _name_piece(piece.group("word"), data):
            start = piece.start()
            continue
        if not first_piece:
            # One piece more that begins the name in an identifier, though no rule
            # above reads it so: never the rest left beside a pseudonym.
            if piece is not None and _first_piece(piece.group("word"), data):
                first_piece = True
                start = piece.start()
                continue
            glued = (
                _CAMEL_BEFORE.search(text, max(0, start - 40), start)
                if not lower and text[start].isupper()
                else None
            )
            if glued is not None and _first_piece(fold(glued.group("word")), data):
                first_piece = True
                start = glued.start()
                continue
        caps = _CAPS_COMMA_BEFORE.search(text, max(0, start - 40), start)
        if (
            caps is not None
            and text[start + 1 : start + 2].islower()
            and _caps_surname(fold(caps.group("word")), data)
        ):
            start = caps.start()  # "KOWALCZYK, Anna Maria": the surname a roster writes first
            continue
        first = _FIRST_BEFORE.search(text, max(0, start - 16), start)
        if first is not None and _unlisted_first(first.group("word"), text[start:end], data):
            start = first.start("word")  # "Zaw Min Htet": the value begins so
            continue
        break
    return start


# A street type written first, capitalized, just before a name: a street
# named after a person ("Av. Andrés Avelino Cáceres", "Rue Victor Hugo"); in an
# identifier, joined to it and spelled out ("calle-maria-lopez-7": "av" and
# "via" are words there too).
_TYPE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?P<type>\p{Lu}[\p{L}\p{M}]*)\.? |(?P<joined>\p{L}{4,})[_\-])$"
)


# Or read as the name's first word ("plaza-simon-bolivar": Plaza is a surname too).
_TYPE_FIRST = regex.compile(r"(?P<type>\p{L}{4,})[ _\-]\p{L}")


def _camel_rest(text: str, start: int, end: int, data: NameData) -> int:
    """The end of a name in camel case past the surnames glued after it, which
    the runs left ("JuanCarlos" + "Huillca", "FatimaZahra" + "Ouazzani",
    "AbdulRahman" + "Al" + "Hashimi"): a listed surname barely a word, or a word
    no list or dictionary holds; over a particle only to such a word. Never an
    English word ("JuanCarlosDemand") nor a place."""
    if not (start < end < len(text) and text[end - 1].islower() and text[end].isupper()):
        return end
    if not text[start].isupper() or _CAMEL_NEXT.fullmatch(text, start, end) is not None:
        return end  # a single word is no camel-case name: its runs decided
    stop = end
    while (word := _CAMEL_NEXT.match(text, stop)) is not None:
        folded = fold(word.group())
        if folded in PARTICLES and (rest := _CAMEL_NEXT.match(text, word.end())) is not None:
            after = fold(rest.group())
            if plain_surname(after, data) or _camel_stranger(after, data):
                stop = end = rest.end()
                continue
            break
        if not (
            plain_surname(folded, data)
            or _camel_stranger(folded, data)
            or (_given_only(text[start:end], data) and _common_surname(folded, data))
        ):
            break
        stop = end = word.end()
    last = _CAMEL_SYLLABLE_LAST.match(text, end)
    if last is not None and _syllable_given(text, start, end, last.group(), data):
        end = last.end()  # "NguyenVan" + "An", "KimMin" + "Ji": the given name's last syllable
    return end


# The last word of a token in camel case, of a syllable's length.
_CAMEL_SYLLABLE_LAST = regex.compile(r"\p{Lu}\p{Ll}{1,5}(?![\p{L}\p{M}])")


def _syllable_given(text: str, start: int, end: int, word: str, data: NameData) -> bool:
    """Whether ``word``, ending a token after the camel-case name at
    ``start``-``end``, is that name's last syllable: the name holds two words
    at least, an East Asian or Vietnamese surname first or a Vietnamese middle
    name second, as those names are written surname first ("NguyenVanAn",
    "KimMinJi", "DoanVanHa"); a word of three letters or more is no English
    word ("NguyenVanApi")."""
    first = _CAMEL_NEXT.match(text, start)
    second = _CAMEL_NEXT.match(text, first.end()) if first is not None else None
    return (
        first is not None
        and second is not None
        and second.end() <= end
        and (
            fold(first.group()) in ASIAN_SURNAMES or fold(second.group()) in VIETNAMESE_MIDDLE_NAMES
        )
        and (len(word) == 2 or not data.is_english(fold(word)))
    )


def _camel_stranger(word: str, data: NameData) -> bool:
    """A surname no list holds, glued in camel case: no word of English down to
    wordfreq's rarest either (code's "Lexer", "Max" are words)."""
    return stranger_surname(word, data) and word not in rare_english()


def _street_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a street's or a building's, its type
    written first: "Av. Grau", "plaza-simon-bolivar", a title between them on
    a street ("Av. Libertador Bernardo O'Higgins", "Rua Doutor Arnaldo"), or
    the types Cyrillic writes in lower case ("вул. Івана Франка")."""
    before = _TYPE_BEFORE.search(text, max(0, start - 12), start)
    first = _TYPE_FIRST.match(text, start)
    titled = _TYPE_TITLE_BEFORE.search(text, max(0, start - 40), start)
    written = fold(before["type"] or before["joined"]) if before is not None else ""
    capitalized = before is not None and before["type"] is not None
    return (
        written in LEADING_STREET_TYPES
        or (capitalized and written in _LANDFORMS)
        or (first is not None and fold(first["type"]) in LEADING_STREET_TYPES)
        or (titled is not None and fold(titled["type"]) in LEADING_STREETS)
        or _CYRILLIC_STREET_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# Lakes, mountains, forts and capes named after people, capitalized before the
# name ("Lake Burley Griffin", "Mount Kosciuszko"); in an identifier the place
# as often stands before a person ("p90_lake_phalen_flomo_korto").
_LANDFORMS = frozenset("lake mount fort cape".split())
# A street's type, then a title or two before the name ("Av. Libertador ...").
_TYPE_TITLE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<type>\p{Lu}[\p{L}\p{M}]*)\.? (?:\p{Lu}[\p{Ll}\p{M}]+\.? ){1,2}$"
)
# Street, avenue, square, lane, boulevard, embankment and highway in Ukrainian
# and Russian, as addresses abbreviate them before the name.
_CYRILLIC_STREET_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:вул|вулиця|ул|улица|просп|проспект|пр-т|пл|площа|площадь|пров|пер"
    r"|провулок|переулок|бул|бульв|бульвар|наб|набережна|набережная|шосе|шоссе)\.? ?$"
)


# The word after a name.
_WORD_AFTER = regex.compile(r"[ _\-](?P<word>\p{L}+)")
_LAST_WORD = regex.compile(r"\p{L}+$")
# A capitalized word glued in camel case: after a name ("SheikhZayed" + "Rd"), or ending one.
_CAMEL_AFTER = regex.compile(r"(?P<word>\p{Lu}\p{Ll}+)")
_CAMEL_LAST = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}+$")
# Street types after a name, which no one writes after a person's name
# otherwise: not the surnames ("Lane", "Court").
_TRAILING_STREET_TYPES = AFTER_STREET_TYPES - SURNAME_STREET_TYPES


def _street_after(text: str, start: int, end: int) -> bool:
    """A street named after a person, its type after the name or ending the
    span, joined by a space, a hyphen, an underscore or in camel case:
    "Karl-Lueger-Straße", "karl_lueger_strasse", "SheikhZayedRd"; not
    "Lane Kim", the type first, nor "Maria Lopez via Slack"."""
    last = _CAMEL_LAST.search(text, start, end) or _LAST_WORD.search(text, start, end)
    if (
        last is not None
        and last.start() > start
        and text[last.start() - 1] != "."  # a handle's surname: "maria.plaza"
        and fold(last[0]) in _TRAILING_STREET_TYPES
    ):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None and text[end - 1 : end].islower():
        after = _CAMEL_AFTER.match(text, end)
    return after is not None and fold(after["word"]) in _TRAILING_STREET_TYPES


def _venue_named(text: str, start: int, end: int) -> bool:
    """A building named after a person, its type written after the name:
    capitalized ("Sherlock Holmes Museum"), after a preposition of place
    ("near Tan Son Nhat airport") or ending a value the name begins; not
    "maria_lopez_hospital_visit", the person's visit."""
    last = _LAST_WORD.search(text, start, end)
    if last is not None and last[0][0].isupper() and fold(last[0]) in _TRAILING_VENUE_TYPES:
        return True  # "Franz-Josefs-Bahnhof": the type ends the span
    after = _WORD_AFTER.match(text, end)
    if after is None or fold(after["word"]) not in _TRAILING_VENUE_TYPES:
        return False
    return (
        after["word"][0].isupper()
        or AT_PLACE.search(text, max(0, start - 12), start) is not None
        # The whole value the building's name: "Tan Son Nhat airport"
        or (start == 0 and after.end() == len(text) and text[end] == " ")
    )


# Before a handle's "@", none of what ends an address's local part.
_HANDLE_BEFORE_AT = regex.compile(r"[\p{L}\p{M}\p{N}._%+\-]")


# A character a name may go on over, to either side (a letter too, before it:
# "DeShawn"); "" at the text's end is none.
_CONTINUES = frozenset(" _-'.\u2019")
# A name written surname first for sorting moves the particles of the surname
# after the given name, in Dutch, German, Portuguese and Italian lists and
# rosters: "Wal, Arie van der", "Bülow, Friederike von", "Neves, Maria Clara
# das". The name ends with them: no capitalized word follows.
_SORTED_PARTICLES = regex.compile(
    r"(?: (?:van|von|vom|de|den|der|het|te|ter|ten|zu|zum|zur|da|das|do|dos|di|du|del|della"
    r"|la|le|'t)){1,3}(?![\p{L}\p{M}'\u2019])(?! +\p{Lu})"
)
# Glued to a name's end: a capitalized word or a syllable after a hyphen
# ("Marie-Ève", "Kwok-wing"; not "Garcia-led"), a capitalized word after an
# apostrophe ("Dell'Acqua"), an initial ("T. P."), a Cantonese given name of
# two syllables joined by a hyphen ("Leung Ka-yan").
_AFTER_NAME = regex.compile(
    rf"(?<=[\p{{L}}\p{{M}}])-(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]*|(?i:{SYLLABLE}))(?![\p{{L}}\p{{M}}\-])"
    r"|(?<=[\p{L}\p{M}])['\u2019]\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])"
    r"|(?<=[\p{L}\p{M}.]) \p{Lu}\.(?![\p{L}\p{M}])"
    rf"|(?<=[\p{{L}}\p{{M}}]) [A-Z]{SYLLABLE}-{SYLLABLE}(?![\p{{L}}\p{{M}}\-])"
)
# A particle after a name and the word it introduces: " ten hove", "_o_donaill".
# In a sentence the word after the particle is capitalized ("ten Hove", "Ní
# hUallacháin"; not "de la oficina"); in an identifier it is joined by "_" or
# "-" ("_ten_hove", "_o_donaill").
_INTRODUCED = r"(?: \p{Ll}?\p{Lu}[\p{L}\p{M}']*|[_\-]\p{Ll}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}])"
_PARTICLE_AFTER = regex.compile(
    rf"(?<=[\p{{L}}\p{{M}}])(?: (?P<particle>[\p{{L}}\p{{M}}]{{1,4}})(?= )"
    rf"|[_\-](?P<particle>\p{{Ll}}{{1,4}})(?=[_\-])){_INTRODUCED}"
)
_PARTICLE_LAST = regex.compile(r"(?<![\p{L}\p{M}])(?P<particle>[\p{L}\p{M}]{1,4})$")
_NEXT_WORD = regex.compile(_INTRODUCED)
# Vietnamese "Thị", the middle name before a woman's given name (as "Văn", a
# particle, before a man's): a name found up to it goes on ("le_thi_hoa").
_MIDDLE_BEFORE_GIVEN = frozenset({"thi"})
# The rest of such a surname after a name's span that ends in its prefix
# ("Maria Grazia Dell" + "Acqua").
_APOSTROPHE_PREFIX = regex.compile(r"(?<![\p{L}\p{M}])(?:O|D|Dell|Dall)$")
_APOSTROPHE_REST = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{M}\-.@])")
# The rest of a word after an apostrophe typed for a glottal stop (Tongan,
# Hawaiian, Uzbek: "Tu'ipulotu", "Bo'tayev") or before a suffix (Turkish
# "Ahmet'in"): lower-case letters, not English's "'s", "'ll", "'re", "'ve".
_GLOTTAL_REST = regex.compile(
    r"['\u2019](?:\p{Ll}[\p{Ll}\p{M}]{2,}|(?!ll|re|ve)\p{Ll}{2})(?![\p{L}\p{M}])"
)
_NEXT_SURNAME = regex.compile(r" (?P<word>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\-.@])")
_NEXT_LOWER = regex.compile(r"[ _\-](?P<word>\p{Ll}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}@])")
_NEXT_UPPER = regex.compile(r" (?P<word>\p{Lu}[\p{Lu}\p{M}]+)(?![\p{L}\p{M}\p{N}@])")
# A surname after a name in mixed case: capitalized, or in capitals ("Meron ASSEFA").
_NEXT_CAPS = regex.compile(
    r" (?P<word>\p{Lu}(?:[\p{Ll}\p{M}]{3,}|[\p{Lu}\p{M}]{3,}))(?![\p{L}\p{M}\p{N}\-.@])"
)
_NEXT_INITIAL = regex.compile(r"[_\-]\p{Ll}(?![\p{L}\p{M}\p{N}@])")
# Before a name's start: an initial, initials run together ("J.C.M. ") or a
# short form ("A. ", "Ma. ", "Md. "), a
# capitalized prefix of its word ("De" of "DeShawn"), a word and a space, or
# an identifier's piece ("nguyen_").
# (a French compound given name's initials are joined by a hyphen: "J.-P. Dupont")
_INITIAL_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}.])(?P<short>(?:\p{Lu}\.){1,2}\p{Lu}|\p{Lu}\p{Ll}?)\.(?: ?|-)$"
)
# A given name's prefix before its capital, glued or after an apostrophe
# ("DeShawn", "De'Andre", "La'Keisha"); the first of a hyphenated given name.
_PREFIX_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{1,2}['\u2019]?$"
    r"|(?<![\p{L}\p{M}\-])\p{Lu}[\p{Ll}\p{M}]+-$"
)
_CAPS_PARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\-])(?P<particle>\p{Lu}{2,3})-$")
# A lower-case piece of an identifier joined to the name after it: "sijo_" of
# "sijo_joseph_chirayil", "pacha." of the user name "pacha.calcina"; not the
# inner part of a dotted path ("com.pacha.calcina").
_PIECE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}.])(?P<word>\p{Ll}+)[_\-.]$")
# A capitalized word glued before a name in camel case ("Kedir" of "KedirMohammedAli").
_CAMEL_BEFORE = regex.compile(r"(?<!\p{Lu})(?P<word>\p{Lu}[\p{Ll}\p{M}]{2,})$")
# A short form before a name in Bengali or Devanagari letters, its
# abbreviation marked by a visarga or a dot (Bengali "মোঃ" (Md.), "ডাঃ" (Dr.),
# Hindi "डॉ." (Dr.): their sentences end in a danda, not a dot); in Arabic
# letters, one letter and a dot ("د." (Dr.), "م." (Eng.)), for a short word
# may end a sentence there.
_SHORT_FORM_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:[\p{Bengali}\p{Devanagari}][\p{L}\p{M}]{0,4}?[\u0983.]|\p{Arabic}\.) ?$"
)
# A capitalized word glued after a name in camel case ("JuanCarlos" + "Huillca").
_CAMEL_NEXT = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")
# The value's first word, just before a name: at its start or after a mark that
# sets a value off (a label's colon, a bracket, a quote).
_FIRST_BEFORE = regex.compile(r"(?:^|[:;,(\[\"'|/=]\s*)(?P<word>\p{Lu}\p{Ll}{1,4}) $")


def _unlisted_first(word: str, name: str, data: NameData) -> bool:
    """A short word (two to five letters) no list or dictionary holds, first
    in a value before a name found: a given name the lists lack ("Zaw" of
    "Zaw Min Htet"); not a word of any language compared ("Ask Min Htet",
    "Inhaber Lotte Brinkmann"), a title, a greeting or a place.
    Capitalized only: in an identifier the first piece is code's as often
    (``dev_jane_doe``)."""
    folded = fold(word)
    return (
        not greeting_only(folded, data)
        and name[0].isupper()
        and len(folded) >= 2
        and folded not in data.glued_words
        and unlisted_before(word, data)
    )


def _name_piece(word: str, data: NameData, *, after: bool = False) -> bool:
    """A lower-case piece of an identifier before a name found in it that is
    the name's too: an initial ("a_r_jeyakumar"), a particle, a listed name
    that is barely a word and no place ("nguyen_van_an"), an East Asian surname.
    After a name in lower case or capitals, the same pieces continue it, and
    so does one of a country's commonest surnames, though a town bears it too
    ("anarita_martins", "joaopedro_costa")."""
    return (
        len(word) == 1
        or is_particle(word)
        or word in ASIAN_SURNAMES
        or (
            word in data.usable
            and data.word_score(word) < MIN_WORD
            and (
                word not in data.places or (after and word in data.family and word in data.popular)
            )
        )
    )


def _first_piece(word: str, data: NameData) -> bool:
    """The piece of an identifier just before a name found in it that is the
    name's first: a listed name barely a word though a town bears it
    ("herve_ngo_biyong", "KedirMohammedAli"), a word of four letters or
    more with two vowels that no dictionary, gazetteer or list of another
    language's words holds ("sijo_joseph_chirayath"), or one English's word
    list holds only barely (see :func:`_barely_english`: "tomy_joseph_chirayath");
    not a word ("sales_john_smith", "sandbox-wong_ka_wai", "infra_john_smith")."""
    if word in data.usable:
        return data.word_score(word) < MIN_WORD
    return (
        ((is_stranger(word, data) and vowel_count(word) >= 2) or _barely_english(word, data))
        and word not in foreign_words()
        and word not in towns()
        and word not in rare_english()
    )


def _barely_english(word: str, data: NameData) -> bool:
    """A word of three letters or more, a syllable's vowel in it, that
    English's word list holds but barely: wordiness 0 (rare in English, or used
    as often in other languages, as names are: "tomy", "pacha"), none of
    English's commonest words, no place, and no clipping of a common word (the
    identifier's own abbreviations: "infra", "repo", "auth"). Such a word
    before a name in an identifier is as often a given name no list holds as
    a word; a word of no vowel is an abbreviation ("svc", "cfg")."""
    return (
        len(word) >= 3
        and vowel_count(word) >= 1
        and data.is_english(word)
        and data.word_score(word) == 0.0
        and word not in common_english()
        and word not in data.places
        and not english_words_with(word, ending=False)
    )


# A surname's prefix, split from the rest by its capital: a word of four
# letters or fewer, capitalized ("Mc" of "McCarthy", "Le" of "LeBlanc", "Di" of
# "DiCaprio", "Van" of "VanDyke").
_SURNAME_PREFIX = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{0,3}$")


def _whole_surname_end(text: str, end: int) -> int:
    """The end of a name found up to a surname's prefix glued to the rest by
    its capital, past the rest: "Aoife McCarthy", "Marie LeBlanc", never
    "Aoife Mc" beside "Carthy" nor "Marie Le" beside "Blanc"."""
    if _SURNAME_PREFIX.search(text, max(0, end - 5), end) is None:
        return end
    rest = CAPITALIZED_WORD.match(text, end)
    return rest.end() if rest is not None else end


# An Arabic surname with its article, "al-" or "el-" (the nisba and family
# names: Al-Farsi, El-Masry, AL-ZAHRANI), and a given name beside it, before
# or after ("Al-Farsi, Ahmed"); in an identifier, all of it joined
# ("ahmed-al-farsi"). The article makes the word after it a surname, though
# it is an English word too ("Farsi", "Masri").
_ARTICLE_HINT = re.compile(r"(?i)(?<![a-z])[ae]l[-_]")


def _given_after_comma(word: str, data: NameData) -> bool:
    """A listed given name barely a word, or a word no list, dictionary or
    gazetteer holds with a name's vowels: a name's given name after its surname."""
    if word in data.given:
        return plain_given(word, data)
    if len(word) == 2:
        # No given list keeps names of two letters (too many are syllables):
        # here, after a surname and a comma, a popular name barely a word will
        # do ("Frederiksen, Bo", "Wang, Li"; not "Jones, My").
        return word in data.popular and data.word_score(word) < MIN_WORD
    return stranger_surname(word, data)


_JOINED_SURNAME = regex.compile(r" (?:y|e|i) (?P<word>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\-.@])")
_JOINED_LOWER = regex.compile(r" (?:y|e|i) (?P<word>\p{Ll}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\-.@])")
_COMMA_GIVEN = regex.compile(r", (?P<word>\p{Lu}[\p{Ll}\p{M}]+)(?=[,;)]|\.?$|\.? |\s*$)")


# A surname in capitals and a comma before a capitalized name found.
_CAPS_COMMA_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\-'])(?P<word>\p{Lu}[\p{Lu}\p{M}]{2,}), $")


def _caps_surname(word: str, data: NameData) -> bool:
    """A word in capitals before a name found and a comma that is its surname:
    a listed surname, or one shaped as its language's are, barely a word and
    no street type; or one no list holds ("NOTE, Anna" is no name's)."""
    if data.is_surname(word):
        return data.word_score(word) < MIN_WORD and word not in STREET_TYPES
    return stranger_surname(word, data)


_INITIAL_HEAD = regex.compile(r"\p{Lu}\.?")


def _past_particles(name: str) -> str:
    """``name`` from its first word that is no particle on."""
    words = name.split(" ")
    while len(words) > 1 and is_particle(words[0]):
        words.pop(0)
    return " ".join(words)


def _surname_before(word: str, name: str, data: NameData) -> bool:
    """A word before a name that is part of it: a particle ("Ó HAODHA", "de
    Sousa"); a clear given name before a capitalized name ("Winnie" of "Winnie
    Wong Wing-kei"); a surname in capitals, no English word nor place unless a
    list holds it, before a name whose first word is in capitals or
    capitalized ("DE SOUSA MARTINS Ana Rita"). Never a greeting ("Hej Ingrid")."""
    folded = fold(word)
    if greeting_only(folded, data):
        return False
    if is_particle(word) and (word[:1].isupper() or _past_particles(name)[:1].isupper()):
        # (over the particles taken already: "van" of "van der Berg"); a particle
        # in lower case comes before a surname, never an initial or a clear given
        # name ("von" of "Vorlage von R. Koopmans" is German's "by")
        head = _past_particles(name).split(" ")[0]
        return not (
            word.islower()  # "DI STEFANO Anna Chiara", "Di Stefano": the surname's
            and (
                _INITIAL_HEAD.fullmatch(head)
                or (clear_given(fold(head), data) and fold(head) not in data.family)
            )
        )
    if word[:1].isupper() and not word.isupper():
        # A given name before a surname found first: "Winnie Wong Wing-kei".
        return name[:1].isupper() and clear_given(folded, data)
    if word.islower() and name.islower() and folded in data.given:
        # ... or all in lower case, where a town's name may be a given name
        # too: "guadalupe hernandez zavala".
        return data.name_wordiness(folded) <= GLUED_MAX_WORDINESS
    return (
        len(word) >= 2
        and word.isupper()
        and name[:1].isupper()
        and (
            folded in data.usable
            or folded in ASIAN_SURNAMES
            or not (data.is_english(folded) or folded in data.places)
        )
    )


# The names of the text last read on this thread: the prefilter reads a text
# through (could_hold) just before the analyzer asks for the same spans, which
# take it and clear it.
_LAST = threading.local()


def _could_name(text: str) -> bool:
    """Whether a name is found in ``text``: exactly where the matcher is
    asked, behind cheaper necessary conditions (see ``could_hold``)."""
    data = name_data()

    if not text.isascii():  # names in other scripts meet their lists as written
        return bool(_names_of(text, data))
    words = tokens(text)
    return _hinted(text, words, data) and bool(_names_of(text, data, words))


def _hinted(text: str, words: list[Word], data: NameData) -> bool:
    """Whether ``text`` (in ASCII) shows a sign a rule needs to find a name
    in it: a title, listed names, a name's joints, a cue, a rule's own mark.
    Without one no rule finds any, and the matcher is not asked."""
    usable, census = data.usable, data.census_only
    present = {w for _, _, w in words}
    if (
        not TITLES.isdisjoint(present)
        or (
            not CAPITALIZED_TITLED_WORDS.isdisjoint(present)
            and bounded.search(CAPITALIZED_TITLED, text) is not None
        )
        or (not SEA_TITLES.isdisjoint(present) and bounded.search(SEA_TITLED, text))
    ):
        return True  # a title: a surname alone may follow
    listed = paired = 0
    given = data.given
    shaped = data.surname_shaped
    for _, _, w in words:
        if w in usable:
            if w in census and w not in given:
                paired += 1
            else:
                listed += 1
        elif len(w) >= MIN_SHAPED_SURNAME and shaped(w):  # the length first: cheaper
            listed += 1
    # A surname only the census lists makes a name beside a listed given name only.
    if listed >= 2 or (
        listed == 1
        and (
            paired
            or any(
                len(w) == 1 or text[s].isupper() or name_only_surname(w, data) for s, _, w in words
            )
        )
    ):
        return True
    if "." in text and any(
        (text[a[1] : b[0]] == "." and (a[2] in usable or (len(a[2]) == 1 and b[2] in usable)))
        or (len(a[2]) == 1 and b[2] in census and text[a[1] : b[0]] == ". ")
        or (b[1] - b[0] <= 2 and len(a[2]) >= 6 and text[a[1] : b[0]] == ".")
        for a, b in itertools.pairwise(words)
    ):
        # "fatima.alzahraa", "c.dangelo", "R. Aumua", "thenmozhi.a"
        return True
    if (
        listed
        and " " not in text.strip()
        and any(
            (a[2] in data.popular or (len(a[2]) >= 5 and a[2] in given))
            and len(b[2]) >= 5
            and b[2] not in usable
            for a, b in itertools.pairwise(words)
        )
    ):
        # "noa_cohenlevi", "ioane_faleolo": a user name's surname
        return True
    if (listed or paired) and any(
        len(b[2]) >= 5
        and b[2] in usable
        and b[2] not in given
        and len(a[2]) >= 4
        and a[2] not in usable
        and (
            text[a[1] : b[0]] in USER_NAME_JOINS
            or (a[1] == b[0] and text[a[0]].isupper() and text[b[0]].isupper())
        )
        for a, b in itertools.pairwise(words)
    ):
        # "churn-nadeesha_perera-v2", "WendyamKabore-perso": a given name no list
        # holds (_stranger_before_surname, camel_stranger_surname)
        return True
    if any(len(w) >= MIN_GLUED and glued_full(w, data) for _, _, w in words):
        return True  # "danielharrington", "eszterfodor"
    if ". " in text and bounded.search(INITIAL_PARTICLE_SURNAME, text) is not None:
        return True  # "P. van der Berg"
    for mark, shape in _MARKED_SHAPES:  # a loop, not any(): no generator on the hot path
        if mark in text and bounded.search(shape, text) is not None:
            return True
    return _rule_hinted(text, words, present, data, single=paired + listed == 1)


def _rule_hinted(
    text: str, words: list[Word], present: set[str], data: NameData, *, single: bool
) -> bool:
    """The signs of :func:`_hinted` that the rules' own cheap tests give
    (``present``: the folded words; ``single``: one listed name among them)."""
    usable, census, shaped = data.usable, data.census_only, data.surname_shaped
    # (its literal hint first: most texts hold no such word)
    if any(True for _ in cued_handles(text, data)):
        return True  # "ev_sessions_by_sghebremedhin"
    if " " in text and any(True for _ in cued_user_names(text, data)):
        return True  # "owner rkilic"
    if "@" in text and any(True for _ in at_handles(text, data)):
        return True  # "cc @shuarachio"
    if " " in text:
        for pair in bounded.finditer(_CAPITALIZED_PAIR, text):
            if announced_before(text, pair.start()) or vouched_after(text, pair.end("second")):
                return True  # "issued by Munkhbat Ochir"
    # East Asian names in Latin letters ("huang_zihan", "Park Ji-hoon",
    # "Chan Tai Man", "N. Vo", "cheung.ming"): a surname of theirs first.
    if any(True for _ in east_asian_names(text, words, present, data)):
        return True
    if CHILD_HINT.search(text.lower()) is not None and bounded.search(CHILD_OF, text) is not None:
        return True  # "Priya a/p Krishnan"
    if (
        " " in text
        and any(e - s >= 3 and text[s:e].isupper() for s, e, _ in words)
        and bounded.search(UPPER_SURNAME_GIVEN, text) is not None
    ):
        return True  # "IOANNOU Chrystalla"
    if single and len(words) == 2 and words[1][2] in usable:
        return True  # "Tjark Ubben": a whole value
    if " " in text and any(True for _ in addressed(text, data)):
        return True  # "escalate to Suharti"
    if (
        not text.islower()  # (the name is capitalized: most identifiers are not)
        # (a mobile's length of digits: the names beside shorter numbers are
        # those other hints above let through)
        and len(DIGIT.findall(text)) >= MIN_VOUCHING_DIGITS
        and any(True for _ in beside_phone(text, data))
    ):
        return True  # "Dhawura 07700 900841"
    if " " not in text.strip() and (
        any(True for _ in camel_strangers(text, data))
        or any(True for _ in lone_shaped_surnames(text, data))
    ):
        return True  # "PalesaMasilo", "items-jovanovic-import": names no list holds
    if " " in text or not any(
        len(w) >= 5
        and (
            (w[1:] in usable and (w[1:] not in census or len(w) > MIN_CENSUS_AFTER_INITIAL))
            or (len(w) > MIN_SHAPED_SURNAME and shaped(w[1:], strong=True))
            or two_initials_surname(w, data)
        )
        for _, _, w in words
    ):
        return False  # no pair, and no initial glued to a surname ("jsmith", "dhkim")
    return True


def _names_of(
    text: str, data: NameData, words: list[Word] | None = None
) -> list[tuple[int, int, float]]:
    last: tuple[str, NameData, list[tuple[int, int, float]]] | None = getattr(_LAST, "value", None)
    if last is not None and last[0] == text and last[1] is data:
        return last[2]
    names = list(find_names(text, data, words))
    # Kept only for a text that holds a name, whose spans are asked for next;
    # a text without one is not kept at all.
    _LAST.value = (text, data, names) if names else None
    return names


def find_names(
    text: str, data: NameData, words: list[Word] | None = None
) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each name in ``text`` (``words``: its tokens, if
    the prefilter has read them already); none inside a random token."""
    names = list(_find_names(text, data, words))
    if not names or len(text) < MIN_BLOB:
        yield from names
        return
    blobs = _blobs(text)
    for name in names:
        if not any(start <= name[0] and name[1] <= end for start, end in blobs):
            yield name


# A run of a token's letters and digits that reads as random, not as words:
# mixed case and digits with a capital or a digit standing alone between
# others ("d8WLWmy3WHoOgZx8", a key; "37eef29972d5bfbb", a hash), never a
# camel-case identifier's words ("AllowJarrahTjungurrayiLaptop2").
MIN_BLOB = 20
_ALNUM_RUN = regex.compile(rf"[A-Za-z0-9]{{{MIN_BLOB},}}")
_RANDOM_STEP = regex.compile(r"[A-Z][a-z]?[A-Z0-9]|[0-9][A-Za-z][0-9]|[a-z][0-9][a-z]")
MIN_RANDOM_STEPS = 3


def _blobs(text: str) -> list[tuple[int, int]]:
    return [
        run.span()
        for run in _ALNUM_RUN.finditer(text)
        if sum(ch.isdigit() for ch in run.group()) >= 2
        and len(_RANDOM_STEP.findall(run.group())) >= MIN_RANDOM_STEPS
    ]


def _find_names(
    text: str, data: NameData, words: list[Word] | None = None, *, rereads: int = 0
) -> Iterator[tuple[int, int, float]]:
    yield from cjk_names(text, data)
    if not text.isascii() and CJK_RUN.search(text) is not None:
        yield from cjk_honorific_names(text, data)
    if words is None:
        words = tokens(text)
    if not words:
        return
    prose = " " in text.strip()
    deadline = cpu_deadline()
    found = _scored_runs(text, words, data, prose, deadline)
    for handle in _rule_names(text, words, data, prose):
        if past(deadline):  # merging is quadratic in the names found: a value of thousands
            raise RecognizerTimeout("person name matching timed out")
        found = _merged(found, handle)
    if prose:
        found += _names_in_paths(text, data, found)
    found = [name for name in found if not _word_and_place(text, name, data)]
    if not prose:
        yield from found
        return
    for single in _names_alone(text, words, data):
        if single is None:
            continue
        if past(deadline):
            raise RecognizerTimeout("person name matching timed out")
        found = _merged(found, single)
    # A name found in prose that holds a function word of the language the
    # prose is in ("Sie Ihre Änderungen", "kata laluan yang"; see
    # ``_function_word_in``): the word is that, not a name a list holds. The
    # text is read again with every such word left out, once for all of them,
    # and what is a name without its word stands ("ke sama budi santoso":
    # "budi santoso"). A run of such words is left out one word a reading, so
    # the readings are bounded; past the bound, the names stand as found.
    language = FunctionWords(text)  # (the text's words are counted only if asked)
    words_in = [_function_word_in(text, name, language) for name in found]
    if rereads >= MAX_REREADS or not any(words_in):
        yield from found
        return
    pieces, last = [], 0
    for word in sorted((w for w in words_in if w is not None), key=lambda w: w.start()):
        pieces += [text[last : word.start()], " " * (word.end() - word.start())]
        last = word.end()
    masked = "".join(pieces) + text[last:]
    yield from (name for name, word in zip(found, words_in, strict=True) if word is None)
    spans = [name for name, word in zip(found, words_in, strict=True) if word is not None]
    for rest in _find_names(masked, data, rereads=rereads + 1):
        if any(name[0] <= rest[0] and rest[1] <= name[1] for name in spans):
            yield rest


def _scored_runs(
    text: str, words: list[Word], data: NameData, prose: bool, deadline: float
) -> list[tuple[int, int, float]]:
    """The runs of words that score as names (``person_runs.best_run``), each
    with the suffix that ends it."""
    i = 0
    found: list[tuple[int, int, float]] = []
    while i < len(words):
        if i % 256 == 0 and past(deadline):
            raise RecognizerTimeout("person name matching timed out")
        best = best_run(text, words, i, data, prose)
        if best is not None:
            end, score = best
            # "Raj Vainikolo III", "Ravi Kumar T. P.": a suffix is the name's too.
            suffix = name_suffix(text, words[end][1])
            stop = suffix.end() if suffix else words[end][1]
            found.append((words[i][0], stop, score))
            i = end + 1
            while i < len(words) and words[i][0] < stop:
                i += 1  # (the suffix's words begin no name of their own)
        else:
            i += 1
    return found


def _rule_names(
    text: str, words: list[Word], data: NameData, prose: bool
) -> tuple[tuple[int, int, float], ...]:
    """The names the rules for user names, handles, initials, rosters, titles and
    East Asian names find, in identifiers and prose alike."""
    present = {w for _, _, w in words}
    return (
        *user_names(text, words, data, prose),
        *handles(text, words, data),
        *surname_initials(text, words, data, prose),
        *glued_names(text, words, data, prose),
        *slashed_names(text, data),
        *given_dot_initials(text, words, data),
        *(initial_prefixed_surnames(text, data) if ". " in text else ()),
        *(() if prose else camel_stranger_surname(text, data)),
        *(() if prose else camel_strangers(text, data)),
        *(() if prose else lone_shaped_surnames(text, data)),
        *upper_surname_first(text, data),
        *east_asian_names(text, words, present, data),
        *children_of(text, data),
        # (asked only where their mark stands: a call costs more than the test)
        *(
            (sea_titled(text, data) if not SEA_TITLES.isdisjoint(present) else ())
            if text.isascii()
            else thai_titled(text, data)
        ),
        *(romaji_honorific_names(text, data) if "-" in text else ()),
        *(article_surnames(text, data) if _ARTICLE_HINT.search(text) else ()),
        *(initial_particle_surnames(text) if ". " in text else ()),
        *(
            nicknamed(text, data)
            if "'" in text or '"' in text or "\u201c" in text or "(" in text
            else ()
        ),
        *(at_handles(text, data) if "@" in text else ()),
        *cued_handles(text, data),
    )


def _names_in_paths(
    text: str, data: NameData, found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """The names inside the paths, ARNs and quoted values of prose that
    overlap none ``found``."""
    added: list[tuple[int, int, float]] = []
    # A path, an ARN or a quoted value standing in prose is read as an
    # identifier ("Resource: arn:...:client/gw-maria-quispe", "WHERE
    # entity.entityName = 'aditya-kulkarni'"): its hyphens join the pieces of
    # an identifier, not the words of a compound ("golden-brown").
    for start, end in _identifier_tokens(text):
        if not _could_name(text[start:end]):
            continue  # the cheap test first: most paths hold no name
        for name in _names_of(text[start:end], data):
            inner = (start + name[0], start + name[1], name[2])
            if not overlaps_any(inner, [(f[0], f[1]) for f in found + added]):
                added.append(inner)
    return added


def _identifier_tokens(text: str) -> Iterator[tuple[int, int]]:
    """The paths, ARNs and quoted values of prose, each read as an identifier."""
    yield from path_tokens(text)
    yield from quoted_tokens(text)


def _names_alone(
    text: str, words: list[Word], data: NameData
) -> list[tuple[int, int, float] | None]:
    """In prose, the rules for a name standing alone: a surname after a title,
    a given name signing a text off or addressed, a name beside its phone or
    address, where no run of two words has already found it."""
    return [
        *caseless_named(text, data),
        *(spaced_names(text) if not text.isascii() else ()),
        *titled_surnames(text, data),
        *given_and_initial(text, data),
        *initial_and_given(text, data),
        *(surname_and_initials(text, data) if ", " in text else ()),
        *addressed(text, data),
        *(beside_phone(text, data) if DIGIT.search(text) else ()),
        *named_by_address(text, data),
        *named_beside_address(text, data),
        *(chat_nicks(text, data) if "<" in text else ()),
        *cued_user_names(text, data),
        *upper_surname_given(text, data),
        *irish_surnames(text, data),
        *(searched_names(text, data) if "'" in text else ()),
        *(possessive_given(text, data) if "'s " in text or "\u2019s " in text else ()),
        signed_by(text, words[-1], data),
        stranger_and_surname(text, words, data) if len(words) == 2 else None,
    ]


MAX_REREADS = 3


def _function_word_in(
    text: str, name: tuple[int, int, float], language: FunctionWords
) -> regex.Match[str] | None:
    """The first word of a name found in prose that is a function word of the
    language the prose is in (``stop_words``): a capitalized name's first word
    ("Kein Speicher"), any word of a name in lower case ("nilai yang"). Not a
    surname's particle ("de Sousa", "maria de la cruz"), unless it ends a name
    in lower case, which no name does ("del campo de")."""
    lower = text[name[0] : name[1]].islower()
    for word in WORD.finditer(text, name[0], name[1]):
        edge = word.end() == name[1]
        particle = fold(word.group()) in PARTICLES
        if (not particle or (lower and edge)) and language.at(word.start(), word.end()):
            return word
        if not lower:
            return None
    return None


def _merged(
    found: list[tuple[int, int, float]], name: tuple[int, int, float]
) -> list[tuple[int, int, float]]:
    """``found`` with ``name`` read beside it. A name that holds names found in
    it is the whole name ("tskitishvili_l", "Lachie O'Brien" over "O'Brien");
    one that shares words with a name found is the same person's, and the two
    spans are one ("Cik Nurul Aisyah" and "Nurul Aisyah binti Kamarudin"):
    never a part left beside a pseudonym."""
    inside = [f for f in found if f[0] < name[1] and name[0] < f[1]]
    if not inside:
        return [*found, name]
    start = min(name[0], *(f[0] for f in inside))
    end = max(name[1], *(f[1] for f in inside))
    score = max(name[2], *(f[2] for f in inside))
    return [f for f in found if f not in inside] + [(start, end, score)]


def _word_and_place(text: str, name: tuple[int, int, float], data: NameData) -> bool:
    """Two lower-case words an identifier joins ("spa-palermo", "sims_basel",
    "reefer-telemetry"): one of English's commonest words that is no popular
    name, and another such word or a place, name a thing, not a person."""
    words = _JOINED_PAIR.fullmatch(text, name[0], name[1])
    if words is None:
        return False
    pair = (words.group("first"), words.group("second"))
    if any(w in data.popular for w in pair):
        return False
    plain = [word_more_than_name(w, data) for w in pair]
    placed = [w in data.places for w in pair]
    return (plain[0] and (plain[1] or placed[1])) or (plain[1] and placed[0])


_JOINED_PAIR = regex.compile(r"(?P<first>[a-z]+)[-_](?P<second>[a-z]+)")


MAX_CASELESS_NAME_WORDS = 4  # "محمد بن سلمان آل سعود": a chain of fathers' names


def _caseless_start(text: str, start: int, end: int) -> int:
    """The start of a name in a script without capitals whose language's
    common words are held, over the words of that script before it that are
    none, where the run of the script begins with them (see
    :func:`_caseless_rest`): "owner/ রফিকুল মোহাম্মদ ইসলাম", whose given name
    no list holds, never left beside the rest."""
    return _caseless_edge(text, start, end, start, _previous_caseless_word)


def _caseless_rest(text: str, start: int, end: int) -> int:
    """The end of a name in a script without capitals whose language's common
    words are held, over the words of that script after it that are none, where
    the run of the script ends with them: a father's and a grandfather's names
    follow one's own, an island of the script in a text of another ("masuul:
    Marwo فاطمة علي ورسمه tel ..."), never left beside it. Not inside a text of
    that script, where the words after a name are the sentence's ("نجيب محفوظ
    مؤلف", Naguib Mahfouz, author), nor over a common word ("... في المكتب")."""
    return _caseless_edge(text, start, end, end, _next_caseless_word)


def _caseless_edge(
    text: str,
    start: int,
    end: int,
    edge: int,
    step: Callable[[str, int], tuple[str, int] | None],
) -> int:
    """``edge`` (the name's start or end) moved by ``step`` over the words of
    the name's script that are none of its language's common words, up to
    :data:`MAX_CASELESS_NAME_WORDS` words in all, where the run of the script
    stops with them; ``edge`` unmoved where it goes on (a sentence's words).
    In a script whose words are written apart but whose common words no list
    holds (``WORDS_APART_UNHELD``), over any of its words, where the script's
    whole run around the name is that short."""
    inside = edge if edge == start else edge - 1
    if end == start or text[inside].isascii():
        return edge
    found = caseless_script_at(text, inside)
    if found is None:
        return edge
    if found[1].pattern in COMMON_WORDS_HELD:
        common = caseless_words()
    elif (
        found[1].pattern in WORDS_APART_UNHELD
        and _island_words(text, start, end, found[0]) <= MAX_CASELESS_NAME_WORDS
    ):
        common = frozenset()  # none held: only the island's shortness vouches
    else:
        return edge
    script = found[0]
    moved, words = edge, text[start:end].count(" ") + 1
    while (word := step(text, moved)) is not None and script.fullmatch(word[0]) is not None:
        if (
            words >= MAX_CASELESS_NAME_WORDS
            or len(word[0]) > MAX_CASELESS_WORD
            or word[0] in common
        ):
            return edge  # the script's text goes on: a sentence's words
        moved, words = word[1], words + 1
    return moved


def _island_words(text: str, start: int, end: int, script: regex.Pattern[str]) -> int:
    """How many words of ``script`` the run holding the name has, on both sides."""
    words = text[start:end].count(" ") + 1
    for step, at in ((_previous_caseless_word, start), (_next_caseless_word, end)):
        while words <= MAX_CASELESS_NAME_WORDS and (word := step(text, at)) is not None:
            if script.fullmatch(word[0]) is None:
                break
            at, words = word[1], words + 1
    return words


def _caseless_comma_given(text: str, start: int, end: int, data: NameData, *, cjk: bool) -> int:
    """The end of the given name after a surname found in a script without
    capitals and a comma, where the text's item ends with it, as rosters sort
    names: "כהן, יצחק", "池田, 和也", "देशपांडे, चेतना". The given name is a
    listed one, or, in a script whose language's common words are held, none
    of them. ``cjk``: the name is in CJK letters (the caller has tested it)."""
    if end == start or text[end - 1].isascii():
        return end
    given = _CASELESS_COMMA_GIVEN.match(text, end)
    if given is None:
        return end
    word = given.group("word")
    if cjk:
        same, common_held = _CJK_WORD.fullmatch(word) is not None, False
    else:
        found = caseless_script_at(text, end - 1)
        if found is None:
            return end
        same, common_held = (
            found[0].fullmatch(word) is not None,
            found[1].pattern in COMMON_WORDS_HELD,
        )
    listed = word in data.native_given
    unheard = common_held and len(word) <= MAX_CASELESS_WORD and word not in caseless_words()
    return int(given.end("word")) if same and (listed or unheard) else end


# A comma (Latin, Arabic or ideographic), a word, and the item's end.
_CASELESS_COMMA_GIVEN = regex.compile(
    r"(?:, ?|\u060c ?|\u3001|\uff0c)(?P<word>[\p{L}\p{M}\u200c\u200d]+)"
    r"(?=\s*$|\s*[,;)\u060c\u3001\uff0c\u3002]|\.(?:\s|$))"
)
_CJK_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]{1,4}|\p{Hangul}{1,4}")


def _next_caseless_word(text: str, at: int) -> tuple[str, int] | None:
    """The word after a space at ``at``, and its end."""
    word = NEXT_CASELESS_WORD.match(text, at)
    return None if word is None else (word.group("word"), word.end())


def _previous_caseless_word(text: str, at: int) -> tuple[str, int] | None:
    """The word before a space ending at ``at``, and its start."""
    word = _PREVIOUS_CASELESS_WORD.search(text, max(0, at - MAX_CASELESS_WORD - 1), at)
    return None if word is None else (word.group("word"), word.start())


_PREVIOUS_CASELESS_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\u200c\u200d])(?P<word>[\p{L}\p{M}\u200c\u200d]+) $"
)
