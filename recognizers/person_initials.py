"""Names written with initials or surname first, as rosters, notes and user names write them.

An initial before a particle and its surname ("P. van der Berg") or glued in
camel case to a surname; a given name and a surname's initial ("Marcus O."),
or the father's initial before a given name ("K. Ramesh") or after it
("thenmozhi.a"); "Smith, J." and a surname with a given name's initial;
rosters' "SURNAME, Given" and "SURNAME/GIVEN"; Gaelic surnames with their
particle apart; a given name beside an Arabic surname and its article.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from recognizers import bounded
from recognizers.names import (
    NameData,
    fold,
    foreign_words,
)
from recognizers.person_words import (
    CLEAR_GIVEN,
    CUES,
    DOTTED_MAX_WORDINESS,
    GLUED_MAX_WORDINESS,
    HANDED_TO,
    MIN_WORD,
    THRESHOLD,
    Word,
    announced_before,
    clear_given,
    glued_after,
    is_stranger,
    leading_street_type,
    long_stranger,
    lower_cased,
    unknown_word,
    vowel_count,
)

# A passenger's name as airlines and travel systems write it, "SURNAME/GIVEN"
# in capitals ("PERERA/KASUN", "SAHIN/ELIF MR"), the given name perhaps two words.
SLASHED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}/])(?P<surname>\p{Lu}[\p{Lu}\p{M}'\-]{2,30})"
    r"/(?P<given>\p{Lu}[\p{Lu}\p{M}'\-]{2,30}(?: (?!(?:MR|MRS|MS|MSTR|MISS|DR|CHD|INF)\b)"
    r"\p{Lu}[\p{Lu}\p{M}'\-]{2,30})?)(?![\p{L}\p{M}\p{N}/])"
)
SLASHED_MAX_WORD = 0.5  # a listed name this little a word, on either side of the slash
# A roster's "SURNAME Given", the surname in capitals ("BERIDZE Nino", "SANTOSO Budi").
UPPER_SURNAME_GIVEN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])(?P<surname>\p{Lu}{3,}(?:-\p{Lu}{2,})?) "
    r"(?P<given>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\p{N}])"
)
_INITIAL_GIVEN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}.\-_])\p{Lu}\. (?P<name>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\p{N}])"
    r"(?!\s+\p{Lu})"
)
_GIVEN_INITIAL = regex.compile(
    r"(?<![\p{L}\p{M}.\-_])(?P<name>\p{Lu}[\p{Ll}\p{M}]{2,}) \p{Lu}\.(?![\p{L}\p{N}.])"
    # Not a middle initial before a surname: "John F. Kennedy International".
    r"(?!\s+\p{Lu}\p{Ll})"
)
# A surname, a comma and initials, as rosters and citations write names
# ("Smith, J.", "SALAZAR-GUTIÉRREZ, G.", "Kowalczyk, K. M."): no middle
# initial before more words.
_SURNAME_COMMA_INITIAL = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}.\-_'])(?P<surname>\p{Lu}[\p{L}\p{M}']+(?:-\p{Lu}[\p{L}\p{M}']+)?)"
    r", \p{Lu}\.(?: ?\p{Lu}\.)?(?![\p{L}\p{M}\p{N}.])(?!\s+\p{Lu}\p{Ll})"
)
# A given name and an Irish surname, both capitalized or both in capitals.
# Also an Italian or French "D'", "Dell'", "Dall'" surname, and any of them with
# the apostrophe dropped, as AWS tags' character rules drop it ("Kevin OBrien",
# "Carmelo DAmico").
_IRISH_SURNAME = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'\u2019.\-_])"
    r"(?:(?P<given>\p{Lu}[\p{Ll}\p{M}]{2,}) (?:O['\u2019]?|D['\u2019]?|Dell['\u2019]|Dall['\u2019])"
    r"\p{Lu}[\p{Ll}\p{M}]{2,}"
    r"|(?P<given>\p{Lu}{3,}) O['\u2019]\p{Lu}{3,})"
    # Not in the possessive: "Molly O'Grady's" is a pub's name.
    r"(?![\p{L}\p{M}\p{N}]|['\u2019]s\b)"
)
_UPPER_SURNAME_FIRST = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<surnames>\p{Lu}{2,}(?:[ \-]\p{Lu}{2,}){0,3}), "
    r"(?P<given>\p{Lu}{3,}(?: \p{Lu}{3,})?"
    # or capitalized: "ARANGO ZULUAGA, Luis Fernando", as a ledger writes it
    r"|\p{Lu}[\p{Ll}\p{M}]{2,}(?:[ \-]\p{Lu}[\p{Ll}\p{M}]{2,})?)(?![\p{L}\p{N}])"
)
_CAPITALIZED_NEXT = regex.compile(r"\s+\p{Lu}\p{Ll}")
# A second initial after a surname's first: "Smirnova N.I.", "Ivanov S. P.".
_PATRONYMIC_INITIAL = regex.compile(r" ?\p{Lu}\.")
# A surname whose apostrophe a field's character rules dropped (AWS tags allow
# none): D'Amico, O'Hare, Dell'Acqua written "DAmico", "OHare", "DellAcqua".
_DROPPED_HINT = regex.compile(r" (?:O|D|Dell|Dall)\p{Lu}\p{Ll}")
# An Irish or Scottish Gaelic surname written with its particle apart ("Ó
# hAodha", "Ní Bhriain", "Uí Néill", "Nic Giolla Phádraig"), its word perhaps
# behind a letter the particle brings ("hA", "nG", "tS"), after a capitalized
# word or an initial: only surnames are written so.
_GAELIC_SURNAME = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'\u2019.\-_])"
    r"(?P<given>\p{Lu}[\p{Ll}\p{M}]{2,}|\p{Lu}\.) (?:Ó|Ní|Uí|Nic|Mhic)"
    r"(?: [hnt]?\p{Lu}[\p{Ll}\p{M}]{2,}){1,3}"
    r"(?![\p{L}\p{M}\p{N}]|['\u2019]s\b)"
)


# An initial, a particle and the word after it: "P. van der Berg", "J. de
# Vries", "A. van den Bosch". The particle makes a surname of the word after
# it, though a place or a word bears it too.
INITIAL_PARTICLE_SURNAME = regex.compile(
    r"(?<![\w.])[A-Z]\. (?:(?i:van|von|de|der|den|ter|ten|du|da|di|del|della|dos|das|zu)[ ])+"
    r"\p{Lu}\p{Ll}{2,}(?![\p{L}\p{M}])"
)


def initial_particle_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """Each initial, particle and surname (see ``INITIAL_PARTICLE_SURNAME``)."""
    for match in bounded.finditer(INITIAL_PARTICLE_SURNAME, text):
        yield match.start(), match.end(), THRESHOLD


_ARTICLE = r"(?:al|el|Al|El|AL|EL)"
# (joined by a hyphen or an underscore: Spanish's "el" stands apart, "con el quilombo")
_ARTICLE_SURNAME = rf"{_ARTICLE}[-_]\p{{L}}[\p{{L}}\p{{M}}]{{2,}}"
_GIVEN_WORD = r"\p{L}[\p{L}\p{M}]{2,}"
_GIVEN_THEN_ARTICLE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<given>{_GIVEN_WORD})[ _\-.](?P<surname>{_ARTICLE_SURNAME})"
    r"(?![\p{L}\p{M}])"
)
_ARTICLE_THEN_GIVEN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<surname>{_ARTICLE}-\p{{L}}[\p{{L}}\p{{M}}]{{2,}}),?"
    rf" (?P<given>{_GIVEN_WORD})"
    r"(?![\p{L}\p{M}])"
)


def article_surnames(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A listed given name barely a word, no place, beside an Arabic surname
    with its article (see ``_ARTICLE_HINT``): written the same way as the
    surname's word, capitalized, in capitals or in lower case."""
    for pattern in (_GIVEN_THEN_ARTICLE, _ARTICLE_THEN_GIVEN):
        for match in bounded.finditer(pattern, text, overlapped=True):
            if plain_given(fold(match.group("given")), data) and _same_casing(
                match.group("given"), match.group("surname")
            ):
                yield match.start(), match.end(), THRESHOLD


def _same_casing(given: str, surname: str) -> bool:
    """Both words lower case, or both begin with a capital (a surname in
    capitals after a capitalized given name too: "Fahad AL-ZAHRANI")."""
    last = surname[3:]
    return given.islower() == last.islower() and given[:1].isupper() == last[:1].isupper()


def plain_given(word: str, data: NameData) -> bool:
    """A listed given name that is barely a word and no place."""
    return word in data.given and data.word_score(word) < MIN_WORD and word not in data.places


# File types of two letters: "deploy.sh" is a file, not a person ("main.c"
# and "util.h" are English words' files).
_SHORT_EXTENSIONS = frozenset(
    "go py js ts rb sh gz xz bz db md pl rs cs kt jl ml hs io ai so mk in cc hh ps vb fs "
    "ex nb rd tf am ac el lz".split()
)


def given_dot_initials(
    text: str, words: list[Word], data: NameData
) -> Iterator[tuple[int, int, float]]:
    """A user name of a given name, a dot and the initials of the father's
    name or the family's, as South India writes them ("thenmozhi.a",
    "shivakumar.bn"): a listed given name of four letters or more, barely a
    word, or a word of six letters or more with a name's vowels that is no
    English word nor place. Not a file ("setup.py"), a host or an address."""
    if "." not in text:
        return
    for first, second in itertools.pairwise(words):
        if text[first[1] : second[0]] != "." or not 1 <= second[1] - second[0] <= 2:
            continue
        start, end = first[0], second[1]
        if (start and (text[start - 1].isalnum() or text[start - 1] in ".@")) or glued_after(
            text, end, ".@-"
        ):
            continue  # a host's labels ("iottwinmaker.us-east-1"), an address
        given, initials = first[2], second[2]
        if not (text[start:end].islower() and given.isalpha() and initials.isalpha()):
            continue
        if initials in _SHORT_EXTENSIONS or given in data.places:
            continue
        listed = (
            len(given) >= 4
            and given in data.given
            and data.name_wordiness(given) <= DOTTED_MAX_WORDINESS
        )
        if listed or long_stranger(given, data):
            yield start, end, THRESHOLD


# An initial and a surname written with its prefix's capital ("O. McCarthy",
# "J. DiMaggio"): the tokens split the surname at its capital, so no run of
# words reads it whole.
_INITIAL_PREFIXED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}.])\p{Lu}\. "
    r"(?P<surname>\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}{2,})(?![\p{L}\p{M}\p{N}])"
)


def initial_prefixed_surnames(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """An initial and a listed surname in camel case after it, barely a word."""
    for match in _INITIAL_PREFIXED.finditer(text):
        surname = fold(match.group("surname"))
        if (
            surname in data.family
            and surname not in data.places
            and 1.0 - data.name_wordiness(surname) >= CLEAR_GIVEN
        ):
            yield match.start(), match.end(), THRESHOLD


def surname_initials(
    text: str, words: list[Word], data: NameData, prose: bool
) -> Iterator[tuple[int, int, float]]:
    """A surname and the initial of a given name after it, as rosters and user
    names write them: "kovalev_d", "beridze.n", "AliyevaG" in an identifier,
    "Lebedeva O." in prose (the full stop is the initial's). The surname is
    shaped as its language's surnames are, or listed and barely a word; in an
    identifier a clear given name may take the initial too ("BakytA")."""
    if all(w[1] - w[0] != 1 for w in words):
        return  # no initial anywhere
    for k, (first, second) in enumerate(itertools.pairwise(words)):
        if second[1] - second[0] != 1 or first[1] - first[0] < 4:
            continue
        start, end, gap = first[0], second[1], text[first[1] : second[0]]
        if start and text[start - 1].isalnum():
            continue
        name = first[2]
        surname = data.surname_shaped(name) or (
            name in data.family
            and name not in data.census_only
            and 1.0 - data.name_wordiness(name) >= CLEAR_GIVEN
        )
        if prose and gap not in ("_", ""):
            # After a word announcing a person, a surname the census's tail lists
            # will do too ("Sahibi: Demirci A.").
            surname = surname or (
                name in data.census_only
                and text[start].isupper()
                and 1.0 - data.name_wordiness(name) >= CLEAR_GIVEN
                and announced_before(text, start)
            )
            if (
                surname
                and gap == " "
                and text.startswith(".", end)
                and not lower_cased(text, second)
                and not lower_cased(text, first)
            ):
                # The patronymic's initial too, as Russian writes names: "Lebedev S.P."
                patronymic = _PATRONYMIC_INITIAL.match(text, end + 1)
                stop = end + 1 if patronymic is None else patronymic.end()
                if (
                    (stop == len(text) or not text[stop].isalnum())
                    # Not a given name and a middle initial: "John F. Kennedy".
                    and _CAPITALIZED_NEXT.match(text, stop) is None
                ):
                    yield start, stop, THRESHOLD
            continue
        if k and leading_street_type(text, words, k - 1):
            continue  # "rue-mohammed-v": a street named for a king
        if end < len(text) and text[end].isalnum():
            continue
        if gap in ("_", ".", "-") and text[start].islower() == text[second[0]].islower():
            pass  # "kovalev_d", "Beridze-N"
        elif gap == "" and text[start].isupper() and text[second[0]].isupper():
            surname = surname or clear_given(name, data)  # "AliyevaG", "BakytA"
        else:
            continue
        if surname and name not in data.places:
            yield start, end, THRESHOLD


def given_and_initial(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A clear given name and a surname's initial, as people shorten names in
    notes ("Marcus O.", "Yuliana P."): the given name listed, barely a word and
    no place."""
    for match in bounded.finditer(_GIVEN_INITIAL, text):
        if clear_given(fold(match.group("name")), data):
            yield match.start(), match.end(), 1.0


def surname_and_initials(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A surname, a comma and initials ("Smith, J.", "SALAZAR-GUTIÉRREZ, G."):
    a listed surname that is barely a word and no place (one of a hyphenated
    pair; "Mc"/"Mac" before it), the other no English word."""
    for match in bounded.finditer(_SURNAME_COMMA_INITIAL, text):
        parts = [fold(p) for p in match.group("surname").split("-")]
        if any(_clear_surname(p, data) for p in parts) and all(
            _clear_surname(p, data) or not data.is_english(p) for p in parts
        ):
            yield match.start(), match.end(), 1.0


def _clear_surname(word: str, data: NameData) -> bool:
    """A listed surname ("Mc"/"Mac" before it too) that is barely a word, no place."""
    for bare in (word, word.removeprefix("mc"), word.removeprefix("mac")):
        if (
            len(bare) >= 3
            and bare in data.family
            and bare not in data.census_only  # the census's tail: beside a given name only
            and data.name_wordiness(bare) < _WORDY_SURNAME
            and bare not in data.places
        ):
            return True
    return False


_WORDY_SURNAME = 0.5  # "Smith" (a common name, half its wordiness counted); not "London"


def initial_and_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """The initial of the father's or the family's name before a clear given
    name, as South India writes names ("franchisee P. Sowmya", "K. Ramesh"):
    not after a capitalized word, where the letter ends a name of its own
    ("Plan B. Sarah")."""
    if ". " not in text:
        return
    for match in bounded.finditer(_INITIAL_GIVEN, text):
        before = text[: match.start()].rstrip()
        last = before.rsplit(None, 1)[-1] if before else ""
        if last[:1].isupper() and not CUES.search(text, 0, match.start()):
            continue
        if clear_given(fold(match.group("name")), data):
            yield match.start(), match.end(), 1.0


def upper_surname_first(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A roster's "SURNAMES, GIVEN" with the surnames in capitals ("CABRERA DEL
    PINO, ALVARO", "ARANGO ZULUAGA, Luis Fernando"): a clear given name after
    the comma, and a listed or surname-shaped word before it, none of them
    mostly an English word
    ("SMITH, JOHN"; not "WARN, ERROR")."""
    if ", " not in text:
        return  # cheaper than the pattern: most texts hold no comma
    for match in bounded.finditer(_UPPER_SURNAME_FIRST, text):
        surnames = [fold(w) for w in match.group("surnames").replace("-", " ").split()]
        given = fold(match.group("given").split()[0])
        if (
            clear_given(given, data)
            and any(data.is_surname(w) and w not in data.census_only for w in surnames)
            and not any(data.name_wordiness(w) >= CLEAR_GIVEN for w in surnames)
        ):
            yield match.start(), match.end(), THRESHOLD


def irish_surnames(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Gaelic surname with its particle apart ("S. Ó hAodha", "Caoimhe Nic
    Giolla Phádraig"); a capitalized word before an Irish "O'" surname ("Lachie O'Brien",
    "LIAM O'CONNELL"), or an Italian "D'" or "Dell'" one ("Carmelo D'Amico"),
    perhaps without its apostrophe ("Kevin OBrien"), a form only surnames
    take: a listed given name barely a word, or a word that is no English
    word and no place ("Chicago O'Hare")."""
    if not text.isascii() or " Nic " in text or " Mhic " in text:
        for match in bounded.finditer(_GAELIC_SURNAME, text):
            given = fold(match.group("given").rstrip("."))
            if len(given) == 1 or (given in data.given and given not in data.places):
                yield match.start(), match.end(), THRESHOLD
            elif not (data.is_english(given) or given in data.places or given in foreign_words()):
                # a given name no list holds; not a word of a place's or a house's
                # name ("Baile Uí Fhiacháin", a town; "Teach Uí Néill", a pub)
                yield match.start(), match.end(), THRESHOLD
    if "'" not in text and "\u2019" not in text and _DROPPED_HINT.search(text) is None:
        return  # cheaper than the pattern
    for match in bounded.finditer(_IRISH_SURNAME, text):
        given = fold(match.group("given"))
        if given in data.places or data.word_score(given) > GLUED_MAX_WORDINESS:
            continue
        if given in data.given or not data.is_english(given):
            yield match.start(), match.end(), THRESHOLD


def slashed_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A passenger's "SURNAME/GIVEN" in capitals: both sides names a list holds
    that are barely words, or one such and the other a word no list nor
    dictionary knows ("PERERA/KASUN", "BERIDZE/NINO"); not "TEST/PAX",
    "SALES/MARKETING", "LONDON/PARIS" nor airports' codes ("DXB/KHI")."""
    if "/" not in text:
        return  # cheaper than the pattern
    for match in bounded.finditer(SLASHED, text):
        surname = fold(match.group("surname")).replace("'", "")
        given = fold(match.group("given").split()[0]).replace("'", "")
        if len(surname) + len(given) < 7 or (surname in data.places and given in data.places):
            continue
        if (
            _barely_word_name(surname, data)
            and (_barely_word_name(given, data) or unknown_word(given, data))
        ) or (unknown_word(surname, data) and _barely_word_name(given, data)):
            yield match.start(), match.end(), THRESHOLD


def _barely_word_name(word: str, data: NameData) -> bool:
    """A name a list holds that is barely a word ("kasun", "elif"; not "sales")."""
    listed = word in data.given or word in data.family
    return listed and data.word_score(word) < SLASHED_MAX_WORD


def upper_surname_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A surname in capitals, then a capitalized given name, as rosters write
    them ("BERIDZE Nino", "QURESHI Imran"): a listed surname and a listed given
    name, each barely a word, the surname no place ("AWS Lambda", "GATE
    Reader", "PARIS Hilton" are none); or one of them listed so and the other
    a stranger, no English word nor place ("IOANNOU Chrystalla", "XILOJ Balam")."""
    for match in bounded.finditer(UPPER_SURNAME_GIVEN, text):
        surname = fold(match.group("surname"))
        given = fold(match.group("given"))
        if (
            is_stranger(surname, data)
            and len(surname) >= MIN_CUED_UPPER
            and vowel_count(surname) >= 2
            and given in data.given
            and data.word_score(given) < MIN_WORD
            and HANDED_TO.search(text, max(0, match.start() - 24), match.start()) is not None
        ):
            # After a word that hands a thing to a person, a long surname no list
            # knows before a listed given name, though a town is named so too
            # ("Aprovado por NHANTUMBO Inocência", "MABJAIA Conceição").
            yield match.start(), match.end(), THRESHOLD
            continue
        if given in data.places:
            continue
        listed_surname = (
            surname in data.family or surname in data.census_only
        ) and data.word_score(surname) < SLASHED_MAX_WORD
        listed_given = given in data.given and data.word_score(given) < SLASHED_MAX_WORD
        # A surname that is also a word ("MARSH", "HUNTER") before one of a
        # country's commonest given names that is no word ("Kevin"): a roster's.
        worded_surname = (
            surname in data.family
            and surname not in data.places
            and clear_given(given, data)
            and given in data.popular
            and data.word_score(given) == 0
        )
        if (
            (listed_surname and (listed_given or worded_surname))
            or worded_surname
            # a town's name is a surname too ("CAMILLERI"), but not before a stranger
            or (listed_surname and surname not in data.places and is_stranger(given, data))
            # an acronym is none ("DSGVO Art"): a name's vowels, a clear given name
            or (
                clear_given(given, data)
                and is_stranger(surname, data)
                and vowel_count(surname) >= 2
            )
            # or one of a country's commonest given names, though a word, after a
            # long surname no list knows ("NAKIMULI Grace")
            or (
                is_stranger(surname, data)
                and len(surname) >= 5
                and vowel_count(surname) >= 2
                and given in data.popular
            )
            # or no list knows either, both with a name's vowels, in a sentence
            # ("escalate to SIGCAWU Nosipho"; alone, "KOPANANG Isibani" is a brand's)
            or (
                match.span() != (0, len(text))
                and is_stranger(surname, data)
                and is_stranger(given, data)
                and vowel_count(surname) >= 2
                and vowel_count(given) >= 2
            )
        ):
            yield match.start(), match.end(), THRESHOLD


MIN_CUED_UPPER = 5  # letters of a surname in capitals no list knows, after a cue


def stranger_and_surname(
    text: str, words: list[Word], data: NameData
) -> tuple[int, int, float] | None:
    """A whole value of two capitalized words, a word no list, dictionary or
    gazetteer holds before a listed surname that is no English word and no
    place, or one shaped as its language's surnames are: a given name no list
    holds ("Tjark Ubben", "Fatjon Dervishi", "Ғалымжан Омаров").
    Not where the second is a place or a word ("Schichtleiter Nord"). A word
    of another language first still reads as a name ("Lotnisko Chopina", an
    airport): only English words are known here."""
    if len(words) != 2:
        return None
    (start, _, first), (_, end, last) = words
    if (
        text[:start].strip()
        or text[end:].strip()
        or _TWO_CAPITALIZED.fullmatch(text, start, end) is None
        or not (last in data.family or data.surname_shaped(last))
        or data.is_english(last)
        or last in data.places
        or not is_stranger(first, data)
    ):
        return None
    return start, end, 1.0


_TWO_CAPITALIZED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]+")
