"""Runs of name-like words and their score: the main rule of the person recognizer.

A run is a sequence of words joined as a name's words are joined (``jane_doe``,
``JeanLucPicard``, ``Anne-Marie Smith``, ``van der Berg``, "Müller, Jörg").
:func:`best_run` finds the best-scoring run from a word: each word's standing
as a name (the lists, less its wordiness), casing where it says something,
the context words around it, and the vetoes (a place, a street, a day, a
product's words, software's words, a sentence boundary).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from recognizers.names import (
    NameData,
    common_english,
    fold,
    foreign_words,
)
from recognizers.person_words import (
    CAPITAL,
    CLEAR_GIVEN,
    CUES,
    DIGIT,
    EAST_ASIAN_SURNAMES,
    ELIDED_PARTICLES,
    GLUED_MAX_WORDINESS,
    GLUED_STREET_TYPES,
    GREETINGS,
    HANDED_TO,
    INITIAL,
    LEADING_YEAR,
    MIN_CENSUS_AFTER_INITIAL,
    MIN_INITIAL_SURNAME,
    MIN_VOUCHING_DIGITS,
    MIN_WORD,
    PARTICLES,
    PATRONYMICS,
    SAINTS,
    STREET_TYPES,
    THRESHOLD,
    Word,
    announced_before,
    clear_given,
    compound_word,
    cued_before,
    foreign_compound,
    glued_initial_surname,
    leading_street_type,
    long_stranger,
    lower_cased,
    set_off,
    unknown_word,
    vowel_count,
    word_more_than_name,
)
from recognizers.stop_words import WORD

# What an unknown capitalized word after a given name is worth as a surname
# ("Olga Ivanova" when Ivanova is in no list): only where casing is evidence.
UNKNOWN_SURNAME = 0.6
CASED_IN_PROSE = 0.3
LOWER_IN_PROSE = -0.5
LOWER_MIN_WORD = 0.6
CONTEXT = 0.3
SURNAME_FIRST = -0.2  # "zhang_wei", "Müller, Jörg": the rarer order needs more
MAX_WORDS = 5
NEIGHBOURS = 6  # words on each side whose case says whether capitals are evidence
# ...unless the other is clearly a name and both are in the lists ("Amy Brown").
# Identifiers carry no prose vocabulary: a fairly clear given name is enough there.
STRONG = 0.85
STRONG_IN_IDENTIFIER = 0.6
# A listed surname this far from being a word makes the given name before it
# one, however ordinary a word that is ("Will Okonkwo", "dawn_kowalczyk").
NAME_ONLY = 0.95
SURNAME_STREET_TYPES = frozenset("lane court way place close parade terrace alley row".split())
# Street types the Romance languages write only before the name: after a name
# they are other words ("Maria Lopez via email").
_FIRST_STREET_TYPES = frozenset("via viale corso rue calle avenida rua".split())
AFTER_STREET_TYPES = STREET_TYPES - _FIRST_STREET_TYPES
# Prepositions of place (a closed class): "near Penny Lane" is where, not who.
AT_PLACE = regex.compile(r"(?i)\b(?:near|on|off|along|via|at|opposite|behind|across)\s+$")
_POSSESSIVE = regex.compile(r"['\u2019]s\b")
_HOUSE_NUMBER = regex.compile(r"(?<![0-9.,\-])[0-9]{1,5}[a-zA-Z]?[ ,]+$")
# Those of one word (and "kasih" of Indonesian's), which begin no name unless
# a list holds them (see greeting_only).
_GREETING_WORDS = frozenset(
    fold(greeting) for greeting in GREETINGS.replace("[oa]", "o").split("|") if " " not in greeting
) | {"obrigada", "kasih"}
# After an initial and before its surname: a full stop and a space, and the
# surname's particles ("F. Al-Hashimi", "J. van der Berg").
_PARTICLE_WORDS = "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p)))
GAP_AFTER_INITIAL = r"\. (?:(?i:" + _PARTICLE_WORDS + r")[ -])*"
_INITIAL_GAP = regex.compile(GAP_AFTER_INITIAL)
_HYPHENS_ONLY = regex.compile(r"[^\s_.,]+")
_LATIN = regex.compile(r"\p{Latin}")
_COMPASS = regex.compile(r"[NSEWnsew](?![\p{L}\p{M}])")  # the initial of north, south...
_INITIAL_GAPS = frozenset((". ", ".", "_", "-", " "))
_CAPITALIZED_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+ $")
MIN_TOWN_SURNAME = 4  # letters
MIN_GIVEN_AFTER_SURNAME = 4  # letters: "Arn" of "kms_key_arn" is no given name
HALF_WORD = 0.5  # a surname's wordiness: a name at least as often as a word ("Price")
# Two listed names, each a name at least as often as a word, this much names
# together: after a word said only of people, a name ("ask william brown").
SPOKEN_PAIR = 1.2
PLAIN_WORD = 0.8  # wordiness of a word that is plainly a word, not a name's part
# A married name after a name, as French, German and Polish write it: "Oumou
# Tounkara épouse Diakité", "Anna Müller geb. Schmidt", "Jane Doe née Smith".
MARRIED = regex.compile(
    r" (?:épouse|epouse|ép\.|veuve|vve|née|geb\.|geborene|z d\.)"
    r" \p{Lu}[\p{Ll}\p{M}'\-]+(?![\p{L}\p{M}])"
)


# What is said to or of a person, not of a thing (unlike a bare "to", "from"
# or "by"): "ask", "cc", "escalated to", "reviewed by".
_SPOKEN_OF = regex.compile(
    r"(?i)\b(?:(?:ask|ping|notify|call|tell|thanks)(?<!--\w+)|contact|owner|cc|on-?call|reporter|requester"
    r"|approver|reviewer|assignee|(?:escalated?|assigned|handed(?: over)?|sent|forwarded"
    r"|reviewed|approved|signed|reported|requested|raised|owned|created|checked) (?:to|by|from))"
    r"\s+$"
)


# More items of a list after a word: "Brown, Hazel or Black", "Rose, Violet and ...".
_LIST_GOES_ON = regex.compile(r"\s*(?:,|/|(?i:and|or|&|y|o|e|et|ou|und|oder|og|en)\s+\p{Lu})")


def _plain_name(word: str, data: NameData) -> bool:
    """A listed name of three letters or more that is no English word and no place
    (no listed name is among the glued words, which the lists leave out)."""
    return (word in data.given or word in data.family) and unknown_word(word, data, listed=False)


def _stranger_pair(text: str, first: Word, final: Word, order: float, data: NameData) -> bool:
    """Two capitalized words that make a name though a list lacks one of them:
    "Karimov, Sherzod" (a surname, a comma and a given name no list holds;
    both unlisted where the surname is in capitals, "GQIRANA, Nosipho");
    after a word announcing a person, "issued by Munkhbat Ochir", "owner Chaltu
    Gemechu" (a given name no list holds before a surname no list holds or a
    listed one) or "added by Rosania Jibas" (a listed name that is no word and
    no place before a surname no list holds)."""
    if order == SURNAME_FIRST:
        if first[2] in data.census_only and clear_given(final[2], data):
            return True  # a surname only the census lists, a clear given name: "Naidoo, Priya"
        return (unknown_word(final[2], data) or _plain_name(final[2], data)) and (
            _listed_surname(text, first, data)
            # A roster's "GQIRANA, Nosipho": the surname in capitals, no list
            # nor dictionary knowing either word, and no acronym's letters.
            or (
                _upper(text, first)
                and len(first[2]) >= 4
                and vowel_count(first[2]) >= 2
                and unknown_word(first[2], data)
            )
        )
    return (
        (
            (
                unknown_word(first[2], data)
                and (unknown_word(final[2], data) or _listed_surname(text, final, data))
            )
            or (unknown_word(final[2], data, listed=False) and _plain_name(first[2], data))
        )
        and data.word_score(final[2]) < MIN_WORD
        and (announced_before(text, first[0]) or vouched_after(text, final[1]))
    )


def vouched_after(text: str, end: int) -> bool:
    """After a name: a married name ("Rigobert Ekambi épouse Tchakounté"), the
    label of a number only a person has ("Thenmozhi Anbalagan, SSN ..."), what
    only a person does ("Chaltu Gemechu confirms ...") or a phone number of
    eight digits or more, as contacts are jotted down ("Mwila Chilufya / 096
    550 0026", "Assitan Doumbia 66-37-99-37"); not a date."""
    if (
        MARRIED.match(text, end) is not None
        or _ID_LABEL_NEXT.match(text, end) is not None
        or _PERSON_VERB_NEXT.match(text, end) is not None
    ):
        return True
    phone = _PHONE_NEXT.match(text, end)
    return (
        phone is not None
        and MIN_VOUCHING_DIGITS <= len(DIGIT.findall(phone["number"])) <= MAX_PHONE_DIGITS
        and LEADING_YEAR.match(phone["number"]) is None
    )


# What only a person does, said of the name just before: "Negar Rezaei
# approved", "Ohno Hikari confirms Q3 numbers", "Nou Hang will call ...".
_PERSON_VERB_NEXT = regex.compile(
    r"\s+(?:approved|approves|confirmed|confirms|signed off|said|says|wrote|asked|asks"
    r"|will (?:call|check|confirm|approve)|called|agreed|promised)(?![\p{L}\p{M}])"
)
# Numbers and dates only a person has, by their labels: social security and
# national insurance numbers, a date of birth, a passport, national identity
# numbers (India's Aadhaar and PAN, Brazil's CPF, Mexico's CURP, Spain's DNI
# and NIE, Indonesia's NIK).
_ID_LABEL_NEXT = regex.compile(
    r"\s*[,;(]?\s*(?:SSN|SIN|NINO?|DOB|D\.O\.B\.|PAN|CPF|CURP|DNI|NIE|NIK"
    r"|(?i:aadhaa?r|passport|pasaporte|passeport|reisepass|date of birth))(?![\p{L}\p{N}])"
)
MAX_PHONE_DIGITS = 15  # E.164's longest: a card's or an order's number is longer
_PHONE_NEXT = regex.compile(
    r"\s*(?:[/,:(\u2013\-]\s*)?(?:(?i:tel|ph|mob|cel|cell|phone|whatsapp|on)\.?:?\s*)?"
    r"(?P<number>\(?\+?[0-9][0-9 ()./\-]{6,22}[0-9])(?![0-9])"
)


def greeting_only(word: str, data: NameData) -> bool:
    """A greeting's word that no list holds as a name ("Takk Ingrid" is Ingrid
    thanked): one a list holds may begin the name ("Selam Tesfaye", "Tack
    Ingrid"), which is then covered whole rather than left beside it."""
    return word in _GREETING_WORDS and word not in data.given and word not in data.family


def best_run(
    text: str, words: list[Word], i: int, data: NameData, prose: bool
) -> tuple[int, float] | None:
    """(index of the last word, score) of the best-scoring name starting at word i."""
    if _no_initial(text, words[i]) or (i + 1 < len(words) and greeting_only(words[i][2], data)):
        return None
    if words[i][1] - words[i][0] == 1 and text.startswith(", ", words[i][1]):
        return None  # "row B, Carrier Transicold": a letter before a comma begins no name
    glued = _glued_initial(text, words[i], data, prose)
    if glued is not None:
        return i, glued
    if (
        words[i][2] in _ADDRESSING_VERBS
        and i + 2 < len(words)
        and text[words[i][1] : words[i + 1][0]] == " "
        and (after := best_run(text, words, i + 1, data, prose)) is not None
        and after[0] >= i + 2
    ):
        return None  # "Ask Maria Lopez about it": the name begins after the verb
    run = _run(text, words, i, data, prose)
    best: tuple[int, float] | None = None
    for last in range(i + 1, run):
        if best is not None and text[words[last - 1][1] : words[last][0]] == ", ":
            break  # "Lotte Brinkmann, Tel ...": a name before a comma ends at it
        if (
            words[last][2] in PARTICLES
            and not (words[last][2] in data.family and _capitalized(text, words[last]))
            # (particles are Latin letters': Devanagari "दास" reads "das", a surname)
            and _LATIN.match(text, words[last][0]) is not None
            and not _marked_surname(text, words[last - 1], words[last])
        ):
            continue
        score = _score(text, words, i, last, data, prose)
        if score >= THRESHOLD:  # the longest name that passes
            best = (last, score)
    if best is not None:
        # The rest of a compound surname ("delacroix-mbeki") is the name's too:
        # never a part left beside a pseudonym.
        last, score = best
        while (
            last + 1 < run
            and not _versioned(text, words[last + 1])
            and (
                (
                    text[words[last][1] : words[last + 1][0]] == "-"
                    and data.word_score(words[last + 1][2]) <= 0.1
                )
                # A name read from its last word on: "sama andi saputra" is "with
                # Andi Saputra", never "Sama Andi" and a surname left beside it.
                or _score(text, words, last, last + 1, data, prose) >= THRESHOLD
                or words[last + 1][2] in PATRONYMICS  # "Aizada Bakyt kyzy"
                or (
                    last - i >= 2
                    and text[words[last][1] : words[last + 1][0]] == " "
                    and _second_surname(text, words[last + 1], data)
                )
                or _third_word_surname(text, words, i, last, data)
                or _upper_name_word_after(text, words[last], words[last + 1], data)
            )
        ):
            last += 1
        best = (last, score)
    return best


def _marked_surname(text: str, before: Word, word: Word) -> bool:
    """A surname that folds to a particle but is written with marks no
    particle has, after a given name in plain letters: Vietnamese "Lê" and
    "Đỗ" in "jane lê", "minh đỗ" (not "le", "do"; not Vietnamese prose's own
    words after another marked word: "phải là", "lên đến")."""
    return (
        not text[word[0] : word[1]].isascii()
        and text[before[0] : before[1]].isascii()
        and text[before[1] : word[0]] in (" ", "_", "-", ".")
    )


# Verbs that address a person, which begin a sentence capitalized and are
# given names too ("Ask", "Ping"): before a whole name, they are no part of it.
_ADDRESSING_VERBS = frozenset("ask ping page tell text message thank thanks call email cc".split())


def _versioned(text: str, word: Word) -> bool:
    """A letter glued to the digits after it: a version's or a revision's
    ("maria-lopez-v2", "r3"), no initial to take into a name."""
    return word[1] - word[0] == 1 and text[word[1] : word[1] + 1].isdigit()


def _no_initial(text: str, word: Word) -> bool:
    """A letter alone that is no initial of a name: glued to a digit before it
    (the "K" of "2ES5K Ermak") or ending a range of letters ("A-F, Agios")."""
    start = word[0]
    if word[1] - start != 1 or not start:
        return False
    before = text[start - 1]
    return before.isdigit() or (
        before == "-"
        and start >= 2
        and text[start - 2].isalpha()
        and not text[start - 3 : start - 2].isalpha()
    )


def _run(text: str, words: list[Word], i: int, data: NameData, prose: bool) -> int:
    """End (exclusive) of the run of joined, name-like words from word i."""
    j = i + 1
    while (
        j < len(words) and j - i < MAX_WORDS and _joined(text, words[j - 1], words[j], prose, data)
    ):
        word = words[j][2]
        if prose and _lower_inside(text, words, i, j):
            break  # "S. Ó hAodha to Ioane Faleolo": "to" (a surname, Tô) is no name here
        listed = (
            _listed(text, words[j], data.given, data.native_given)
            or _listed_surname(text, words[j], data)
            or word in PARTICLES
        )
        score = data.word_score(word)
        unknown_name = (
            prose
            and (
                score == 0
                # After a word announcing a name ("reviewed by Wei-Lin Chow"), a
                # capitalized word that is hardly a word may be its surname.
                or (
                    score <= 0.1
                    and _capitalized(text, words[j])
                    and announced_before(text, words[i][0])
                )
            )
            and (
                _capitalized(text, words[j])
                # "escalate to priya raghunathan": a surname in no list, after a
                # listed given name that something is handed to.
                or (
                    j == i + 1
                    and len(word) >= 4
                    and HANDED_TO.search(text, max(0, words[i][0] - 24), words[i][0]) is not None
                )
            )
        )
        # A compound surname goes on past a hyphen ("delacroix-mbeki") where the
        # part after it is hardly an English word.
        hyphen_tail = (
            j - 1 > i
            and text[words[j - 1][1] : words[j][0]] == "-"
            and len(word) >= 3
            and data.word_score(word) <= 0.1
        )
        # After a surname's particle, a capitalized word that is hardly an
        # English word is the surname: "Liezl de Villiers", "Jaco du Toit".
        after_particle = (
            j - 1 > i
            and words[j - 1][2] in PARTICLES
            and len(word) >= 3
            and _capitalized(text, words[j])
            and score < MIN_WORD
            and not foreign_compound(word, data)  # "Marina di Portorosa": a place's
        )
        unknown_name = unknown_name or hyphen_tail or after_particle
        # Beyond the first pair, only words that are names more than words.
        if not (listed or unknown_name or len(word) == 1) or (
            j - i >= 2 and data.word_score(word) >= PLAIN_WORD
        ):
            break
        if unknown_name and not listed and CUES.match(text, words[j][0], words[j][1]):
            break  # "Karte, Inhaber Lotte Brinkmann": the word announcing a name is none
        j += 1
    return j


# Lower-case words inside names that no list of particles holds (closed
# classes): Vietnamese Thị and Văn, Filipino "dela", Portuguese "do" and "e",
# Spanish "y", Arabic "bint", Swedish "af", Italian "dei", "degli", "dal".
_LOWER_NAME_WORDS = frozenset("thi van dela do e y bint af dei degli dal dello delle".split())


def _lower_inside(text: str, words: list[Word], i: int, j: int) -> bool:
    """Word j is written in lower case after a capitalized word i began the
    run: no word of a name so written, save a particle ("Maria da Silva"), a
    word of :data:`_LOWER_NAME_WORDS` ("Nguyen thi Mai", "Maria do Carmo") or
    Irish's letter before a capital ("Ó hAodha", "Ní hUallacháin")."""
    start, end, word = words[j]
    return (
        text[start].islower()
        and text[words[i][0]].isupper()
        and word not in PARTICLES
        and word not in _LOWER_NAME_WORDS
        and not (end - start == 1 and text[end : end + 1].isupper())
        # the rest of a word after its apostrophe or hyphen: "K'antu", "Ji-yeon"
        and not (start >= 2 and text[start - 1] in "'\u2019-" and text[start - 2].isalpha())
    )


def _camel_short_word(text: str, final: Word, data: NameData) -> bool:
    """Whether ``final``, glued to the word before it, is a short word in
    camel case (three letters or fewer, mostly a word: "Sky", "Key", "Car"):
    a product's or an app's name, as a surname so short and so much a word
    is seldom glued to a given name."""
    return (
        final[1] - final[0] <= MAX_CAMEL_WORD
        and text[final[0]].isupper()
        and text[final[0] - 1].islower()
        and data.word_score(final[2]) >= MIN_WORD
    )


MAX_CAMEL_WORD = 3  # letters


@dataclass(frozen=True)
class _Evidence:
    """What the writing of a run and the words around it say of it: its
    ``weight`` is added to its words' standing as names."""

    weight: float
    cased: bool
    alone: bool
    lower: bool
    handed: bool
    cued: bool
    announced: bool


def _score(
    text: str,
    words: list[Word],
    i: int,
    last: int,
    data: NameData,
    prose: bool,
) -> float:
    if _shape_rules_out(text, words, i, last, data, prose):
        return 0.0
    seen = _evidence(text, words, i, last, data, prose)
    if seen is None:
        return 0.0
    first, final = words[i], words[last]
    census_first = _census_first(text, words, i, last, data, prose, cued=seen.cued)
    best = 0.0
    for one, two, order, listed in (
        (
            _as_given(text, first, data, prose),
            _as_surname(
                text, final, data, seen.cased or seen.handed or seen.alone or seen.announced
            ),
            0.0,
            _listed(text, first, data.given, data.native_given)
            and _listed_surname(text, final, data),
        ),
        (
            # The rarer order needs more: a surname read first gets no discount
            # for being a popular name ("Key Arn" in kms_key_arn is no person).
            _as_surname(text, first, data, False, discount=False, census=census_first),
            _as_given(text, final, data, prose),
            SURNAME_FIRST,
            _listed_surname(text, first, data)
            and (census_first or first[2] not in data.census_only)
            and _listed(text, final, data.given, data.native_given),
        ),
    ):
        best = max(
            best, _order_score(text, words, i, last, data, prose, seen, one, two, order, listed)
        )
    return best


def _shape_rules_out(
    text: str,
    words: list[Word],
    i: int,
    last: int,
    data: NameData,
    prose: bool,
) -> bool:
    """Words i..last are shaped as something other than a name: camel case
    inside base64, hyphenated words in prose, a street, part of a longer
    title, a place or a day, software's words, a product's camel case, a
    script's words read without their vowels, a saint's church or town."""
    first, final = words[i], words[last]
    if prose and _glued_inside_run(text, words, i, last):
        return True  # "yKokFhmQRzu4": camel case inside base64 is no name
    if (
        prose
        and "-" in text[first[0] : final[1]]
        and _HYPHENS_ONLY.fullmatch(text, first[0], final[1])
    ):
        return True  # "Peep-Toe", "golden-brown": hyphenated words in prose
    if _street(text, words, i, last) or (
        final[2].endswith(GLUED_STREET_TYPES)
        and final[2] not in data.family
        and final[2] not in data.given
    ):
        # "King William Street", "2670 Penny Lane": an address; "Pieter
        # Calandlaan" a street written as one word ("Southgate" a surname)
        return True
    if prose and _in_title_run(text, words, i, last, data) and not announced_before(text, first[0]):
        # "Ivory Rose Bouquet": part of a longer Title Case name; but not after a
        # word announcing a name ("felelős: Hegedűs Péter Authorization: ...").
        return True
    if final[2] in GEO_FEATURES and final[2] not in data.popular:
        return True  # "Kirra Beach", "Victoria Bay": a place named after a person
    if _in_place(words, i, last, data) and not (
        last == i + 1 and _announced_though_placed(text, first, final, data)
    ):
        return True  # "Sao Paulo", "cam-santa-clara-07": a place, or part of one
    if not prose and _software_words(text, words, i, last, data):
        return True  # "apollo-link", "media-hook", "dot-case"
    if last == i + 1 and first[1] == final[0] and _camel_short_word(text, final, data):
        return True  # "LunaSky", "OliviaKey": a name glued to a short word is a product's
    if _transliterated_only(text, words, i, last, data):
        return True  # "कार्य समय" (work time) read "kary smy"
    if first[2] in SAINTS and (text[first[0]].isupper() or not prose):
        return True  # "St Lukes", "Santa Casa": a church, hospital or town named for a saint
    return False


def _evidence(
    text: str,
    words: list[Word],
    i: int,
    last: int,
    data: NameData,
    prose: bool,
) -> _Evidence | None:
    """What casing, context and the text's edges say of words i..last as a
    name; None where they rule it out ("Smith J", "the Alexa", "calib-SYD")."""
    first, final = words[i], words[last]
    # "ADEYEMI, Hope": a surname in capitals before a comma and a given name.
    listed_surname_first = last == i + 1 and text[first[1] : final[0]] == ", "
    # "client Fatoumata COULIBALY": a given name and its surname in capitals.
    given_upper = last == i + 1 and _given_upper_surname(text, first, final, data)
    # "υπεύθυνος βάρδιας: ΠΑΝΑΓΙΩΤΗΣ ΜΑΚΡΗΣ": a name in capitals after a label.
    acronym = (_acronym(text, first, prose) and not listed_surname_first) or _acronym(
        text, final, prose
    )
    if (
        _initial(text, final)
        or len(final[2]) == 1
        or (
            acronym
            and not (
                # "KHALID AL-MANSOURI": only the surname's particles between
                all(words[k][2] in PARTICLES for k in range(i + 1, last))
                and len(first[2]) >= 3
                and len(final[2]) >= 3
                and _listed(text, first, data.given, data.native_given)
                and _listed_surname(text, final, data)
                and (announced_before(text, first[0]) or _upper_pair(text, first, final, data))
            )
            and not given_upper
        )
    ):
        return None  # "Smith J" is a list, "AWS IoT" an acronym
    cased = (
        prose
        and _capitalized(text, first)
        and _capitalized_surname(text, final)
        and _lower_case_around(text, words, i, last)
    )
    # A whole value of two capitalized words, a clear given name first: a
    # surname in no list counts as one ("Sigríður Jónsdóttir" as a tag value;
    # "Jaco du Toit", over the surname's particles).
    alone = (
        prose
        and all(words[k][2] in PARTICLES for k in range(i + 1, last))
        and (
            (not text[: first[0]].strip() and _SUFFIX.fullmatch(text, final[1]) is not None)
            # or a whole item of a list or a bracket: "Djibi (Sandrine Njoya)",
            # "IN ('Mariam Sangaré', ...)"
            or (
                _ITEM_OPENS.search(text, max(0, first[0] - 3), first[0]) is not None
                and _ITEM_CLOSES.match(text, final[1]) is not None
            )
        )
        and _capitalized(text, first)
        and _capitalized_surname(text, final)
        and len(final[2]) >= 4
        and _as_given(text, first, data, prose) >= CLEAR_GIVEN
        and not compound_word(final[2], data)
        # over particles, no place nor word after them: "Marina di Pisa", "Isabel
        # la Católica" are a resort and a street; nor, as the surname no list
        # holds, a common word of another language ("Tim Gudang": warehouse team)
        and (last == i + 1 or final[2] not in data.places)
        and (final[2] not in foreign_words() or _listed_surname(text, final, data))
    )
    evidence = 0.0
    if cased:
        evidence += CASED_IN_PROSE
    # Lower-case words written apart as words; "zhang_wei" in a sentence is an identifier.
    lower = (
        prose
        and lower_cased(text, first)
        and lower_cased(text, final)
        and " " in text[first[0] : final[1]]
    )
    handed = lower and HANDED_TO.search(text, max(0, first[0] - 24), first[0]) is not None
    if lower:
        # Whoever writes with capitals capitalizes names ("amber hue"), unless a
        # word that hands something to a person stands just before: "escalate
        # to priya raghunathan", "handed over from amber kowalczyk" (clear names
        # are still needed, below), or both words are names and barely words
        # ("sorumlu rebecca thornton;", "aarti gaikwad -> sneha iyer").
        # Or a label or sign-off announcing a person before clear names
        # ("S pozdravem jana novakova").
        if CAPITAL.search(text) and not (
            handed
            or _clear_pair(text, first, final, last - i, data)
            or (
                _clear_names(first, final, last - i, data)
                and CUES.search(text, max(0, first[0] - 24), first[0]) is not None
            )
        ):
            return None
        evidence += LOWER_IN_PROSE
    cued = handed or CUES.search(text, max(0, first[0] - 24), first[0]) is not None
    if cued:
        evidence += CONTEXT
    # "reviewed by Wei-Lin Chow", "sent to Liv Faleolo": after a word announcing
    # a name, capitals are evidence.
    # Looked for only where the other evidence is missing: it costs two searches.
    announced = (
        prose
        and not (cased or handed or alone)
        and _capitalized(text, first)
        and _capitalized_surname(text, final)
        and announced_before(text, first[0])
    )
    if (
        prose
        and _capitalized(text, first) != _capitalized_surname(text, final)
        and not (listed_surname_first and _upper(text, first))
        and not given_upper
        # "erzsebetTakacs": lower camel case glues a name's words (_joined decides)
        and not (last == i + 1 and first[1] == final[0] and text[first[0]].islower())
    ):
        return None  # "the Alexa": a name is written all capitalized or all lower-case
    if (
        not prose
        and lower_cased(text, first)
        and _upper(text, final)
        and final[1] - final[0] <= MAX_SITE_CODE
    ):
        return None  # "calib-SYD", "arm-SYD": a word before a site's or an airport's code
    if _LATIN.match(text, first[0]) is None or _LATIN.match(text, final[0]) is None:
        if not (_LATIN.match(text, first[0]) is None and _LATIN.match(text, final[0]) is None):
            return None  # nor in two scripts
    return _Evidence(evidence, cased, alone, lower, handed, cued, announced)


def _census_first(
    text: str,
    words: list[Word],
    i: int,
    last: int,
    data: NameData,
    prose: bool,
    *,
    cued: bool,
) -> bool:
    """Whether a surname only the census lists may be read first in words
    i..last. In an identifier: long and barely an English word, before a clear
    given name barely a word ("qureshi_mohammed", "raghunathan_priya"; not
    "hutchins_bradley": "hutchins" is too much a word; not "styler_max": too
    short)."""
    first, final = words[i], words[last]
    return (
        (
            not prose
            and last == i + 1
            and text[first[1] : final[0]] in ("_", "-", ".")
            and first[2] in data.census_only
            and len(first[2]) >= MIN_CENSUS_AFTER_INITIAL
            and data.word_score(first[2]) <= GLUED_MAX_WORDINESS
            and clear_given(final[2], data)
            and data.word_score(final[2]) <= GLUED_MAX_WORDINESS
            # A short given name that is a surname too reads as a second surname
            # ("bellman_ford", "cuthill_mckee"); "mohammed" is long enough.
            and len(final[2]) >= (4 if final[2] not in data.family else 6)
        )
        or (
            # In prose, after a word announcing a person, such a surname capitalized
            # before a clear given name: "re-homed by Ohno Hikari".
            prose
            and last == i + 1
            and text[first[1] : final[0]] == " "
            and first[2] in data.census_only
            and data.word_score(first[2]) <= GLUED_MAX_WORDINESS
            and _capitalized(text, first)
            and _capitalized(text, final)
            and clear_given(final[2], data)
            and cued
        )
    )


def _order_score(
    text: str,
    words: list[Word],
    i: int,
    last: int,
    data: NameData,
    prose: bool,
    seen: _Evidence,
    one: float,
    two: float,
    order: float,
    listed: bool,
) -> float:
    """The score of words i..last read in one order (given name first, or
    surname first with ``order`` added), their standings ``one`` and ``two``."""
    first, final = words[i], words[last]
    evidence, cased, handed, announced, lower = (
        seen.weight,
        seen.cased,
        seen.handed,
        seen.announced,
        seen.lower,
    )
    best = 0.0
    surname = (final if order == 0 else first)[2]
    # (what stands between two words read as a whole name; None for longer runs)
    gap = text[first[1] : final[0]] if last == i + 1 else None
    comma = gap == ", "
    if (
        order == SURNAME_FIRST
        and not comma
        and not _listed(text, first, data.family, data.native_family)
        and not clear_given(final[2], data)
    ):
        return best  # a surname only shaped as one, read first: "reprov-SIM" is no name
    if (
        prose
        and (comma if order == SURNAME_FIRST else gap == " ")
        and _capitalized(text, final)
        and (_capitalized(text, first) or (comma and _upper(text, first)))
        and _stranger_pair(text, first, final, order, data)
    ):
        best = max(best, THRESHOLD + max(evidence, 0.0))
    if (
        # three such words: "maintained by Hettiarachchige Chamari Dilrukshi"
        prose
        and order != SURNAME_FIRST
        and last == i + 2
        and text[first[1] : words[i + 1][0]] == " "
        and text[words[i + 1][1] : final[0]] == " "
        and all(_capitalized(text, w) for w in (first, words[i + 1], final))
        and (unknown_word(words[i + 1][2], data) or _plain_name(words[i + 1][2], data))
        and _stranger_pair(text, first, final, order, data)
    ):
        best = max(best, THRESHOLD + max(evidence, 0.0))
    initialled = order == 0 and _initialled(text, first, final, data)
    if (
        initialled
        and last == i + 1
        and not text[: first[0]].strip()
        and not text[final[1] :].strip()
        and long_stranger(surname, data, vowels=2)
        and surname not in data.places
        and surname not in foreign_words()
    ):
        # A whole value of an initial and a long surname no list, dictionary
        # or gazetteer holds: "O. Mvondo", "Y. Gebreegziabher" (in a text, an
        # item's letter before a word: "Option C. Dropdown").
        best = max(best, THRESHOLD + max(evidence, 0.0))
    if INITIAL in (one, two) and (
        min(one, two) < MIN_INITIAL_SURNAME
        or _place_after_initial(text, first, final, order, data)
        or (surname in data.census_only and not initialled)
    ):
        # "N. Virginia", "X-Auth": an initial needs a surname that is a
        # name, not a place, and one a list of chosen names holds.
        return best
    if (
        surname in data.census_only
        and (one if order == 0 else two) < CLEAR_GIVEN
        and not initialled
        and not (
            # Both capitalized, a space apart: a given name less clear will do
            # ("Rohit Bhattacharya"), though never a word ("Will Fairweather").
            order == 0
            and gap == " "
            and _capitalized(text, first)
            and _capitalized(text, final)
            and one >= 1.0 - MIN_WORD
        )
    ):
        if order != 0 or not (handed or announced):
            return best  # "fleet.reefer": the census's surnames need a clear given name
        # After a word that hands something to a person or announces one,
        # where a word no list holds would count as a surname ("to rose
        # delacroix"), a surname the census lists counts no less, nor more.
        # (Not for capitals alone: "Emerald Mist Gourd" is a squash.)
        two = min(two, UNKNOWN_SURNAME - data.word_score(surname))
    if (
        order == 0
        and listed
        and name_only_surname(final[2], data)
        and (cased or (not prose and evidence >= 0))
        and first[2] not in data.places
    ):
        # A given name that is also a word ("Will", "Dawn", "Cliff") before a
        # listed surname that is no word at all ("Okonkwo"), written as a name.
        best = max(best, THRESHOLD + evidence)
    if (
        order == 0
        and listed
        and gap == " "
        and _capitalized(text, first)
        and _capitalized(text, final)
        and clear_given(first[2], data)
        and data.word_score(first[2]) == 0.0
        and final[2] not in data.census_only
        and (final[2] not in data.places or final[2] in data.family)
        and (
            announced
            or seen.cued
            or (not text[: first[0]].strip() and not text[final[1] :].strip())
        )
    ):
        # The other way about: a given name that is no word at all before a
        # listed surname that is also a word ("Shawn Justice"), or a town's
        # name too ("Nina Brand"), written as a name, after a cue or as the
        # whole value.
        best = max(best, THRESHOLD + max(evidence, 0.0))
    if (
        order == 0
        and cased
        and name_only_surname(final[2], data)
        and final[2] not in data.given  # "Anthropic Claude": a given name read second
        and len(first[2]) >= 3
        and not data.is_english(first[2])
        and first[2] not in data.places
    ):
        # An unlisted capitalized word that is no English word at all before
        # such a surname, in lower-case prose: "Wladyslaw Kaminski".
        best = max(best, THRESHOLD + evidence)
    if (
        order == 0
        and not prose
        and gap in (".", "_", "-")
        and data.surname_shaped(final[2])
        and len(first[2]) >= 3
        and not data.is_english(first[2])
        and first[2] not in data.places
    ):
        # A user name of a given name no list holds and a surname shaped as
        # its language's are: "javokhir.tukhtaev".
        best = max(best, THRESHOLD + max(evidence, 0.0))
    wordy_surname_first = (
        order == SURNAME_FIRST
        and gap in (", ", " ", "_")
        and _wordy_surname_first(first, final, data)
    )
    if (
        wordy_surname_first
        and gap == ", "
        and (_capitalized(text, first) or _upper(text, first))
        and _capitalized(text, final)
        and _LIST_GOES_ON.match(text, final[1]) is None
    ):
        # A roster's "Surname, Given", a listed surname that is also a word
        # before a clear given name: "Price, Jessica", "Smith, Katie"; not a
        # list's items ("in Brown, Hazel or Black").
        best = max(best, THRESHOLD + max(evidence, 0.0))
    if (
        wordy_surname_first
        and gap in (" ", "_")
        and (first[2] not in data.census_only or not data.is_english(final[2]))
        and len(final[2]) >= MIN_GIVEN_AFTER_SURNAME
        and (
            (_capitalized(text, first) and _capitalized(text, final))
            or (not prose and lower_cased(text, first) and lower_cased(text, final))
        )
        and first[2] not in data.given
    ):
        # ... or without the comma, as a name capitalized or an identifier's
        # words: "Cross Timothy", "fields_andrew_sales"; not where the first
        # word is a given name too ("durga_puja": which order is meant is
        # unsure), nor in capitals ("WALL ART"). A given name of four letters
        # or more ("kms_key_arn"); after a surname only the census's tail
        # lists, one English does not know ("bellman_ford" is an algorithm).
        best = max(best, THRESHOLD + max(evidence, 0.0))
    if (
        order == SURNAME_FIRST
        and comma
        and (_capitalized(text, first) or _upper(text, first))
        and _capitalized(text, final)
        and two >= CLEAR_GIVEN
        and len(first[2]) >= 4
        and not data.is_english(first[2])
        and first[2] not in data.places
    ):
        # A catalogue's "Surname, Given" with a surname in no list and no
        # English word: "Weißmüller, Jürgen".
        best = max(best, THRESHOLD + max(evidence, 0.0))
    if min(one, two) <= 0:
        return best  # an ordinary word is no part of a name
    if lower and min(one, two) < LOWER_MIN_WORD:
        if (
            handed
            and listed
            and order == 0
            # (two words, or only a surname's particles between them: "ask
            # destiny van blokhuizen")
            and all(words[k][2] in PARTICLES for k in range(i + 1, last))
            and (
                (name_only_surname(final[2], data) and first[2] not in data.places)
                or _vouched_when_spoken_of(text, first, one, two, data)
            )
        ):
            # Handed something, a surname that is no word at all vouches for the
            # given name ("reviewed by august hoffmann"); after a word said only
            # of people, clearer names do (``_vouched_when_spoken_of``).
            best = max(best, THRESHOLD)
        return best  # "amber hue", "tan hue": lower-case prose needs clear names
    if min(one, two) + max(evidence, 0.0) >= MIN_WORD:
        best = max(best, one + two + order + evidence)
    strong = STRONG if prose else STRONG_IN_IDENTIFIER
    if listed and max(one, two) >= strong and evidence >= 0:
        # A clear name beside a listed name that is also a word: "Amy Brown".
        best = max(best, THRESHOLD + order + evidence)
    return best


def _vouched_when_spoken_of(text: str, first: Word, one: float, two: float, data: NameData) -> bool:
    """After a word said only of people (``_SPOKEN_OF``; a bare "to", "from" or
    "by" brings colours too: "from amber brown"), a lower-case pair whose words
    are also words is a name where one name vouches for the other: a clear
    given name ("ask lisa brown first", "escalated to jessica price"), a clear
    surname ("ask buddy sheppard", "cc cleveland abbott"), or two names more
    names than words, the first no town's ("ask william brown"; "owned by
    georgia power" is a firm). ``one``, ``two``: the two words' standings."""
    return (
        clear_given(first[2], data)
        or two >= STRONG
        or (min(one, two) >= HALF_WORD and one + two >= SPOKEN_PAIR and first[2] not in data.places)
    ) and _SPOKEN_OF.search(text, max(0, first[0] - 32), first[0]) is not None


# Scripts whose transliteration leaves vowels out: abjads (Arabic, Hebrew) and
# the Indic scripts (anyascii drops their inherent vowel).
_LOSSY_SCRIPT = regex.compile(
    r"[\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}"
    r"\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}]"
)


def _wordy_surname_first(first: Word, final: Word, data: NameData) -> bool:
    """A listed surname, a name at least as often as a word and no place's,
    before a clear given name: "Price, Jessica", "Cross Timothy"."""
    return (
        first[2] in data.family
        and data.name_wordiness(first[2]) <= HALF_WORD
        and first[2] not in data.places
        and clear_given(final[2], data)
    )


def _place_after_initial(text: str, first: Word, final: Word, order: float, data: NameData) -> bool:
    """After (or before) an initial, a place's name: "N. Virginia", "s_carolina".
    A surname towns bear too is a name after any letter but a compass point's,
    written apart from it, four letters or more: "j_allen", "R. Ferguson" (not
    "s_harrison"; "Pu" of "VTuPu" is a blob's)."""
    initial, surname = (first, final) if order == 0 else (final, first)
    return surname[2] in data.places and not (
        surname[2] in data.family
        and len(surname[2]) >= MIN_TOWN_SURNAME
        and text[first[1] : final[0]] in _INITIAL_GAPS
        and _COMPASS.match(text, initial[0]) is None
        # (a letter after a capitalized word is that word's: "Vitamin C. Rose water")
        and (
            _CAPITALIZED_WORD_BEFORE.search(text, max(0, first[0] - 24), first[0]) is None
            or cued_before(text, first[0])
        )
    )


def _transliterated_only(text: str, words: list[Word], i: int, last: int, data: NameData) -> bool:
    """Words i..last written in a script whose transliteration leaves vowels
    out, none listed as written, no word announcing a person before them, and
    not a listed given name before a listed surname of four letters or more
    ("ثناء شیخ"): a phrase that meets the Latin lists only by its consonants
    ("कार्य समय", work time, read "kary smy"; "מידע אישי", personal information).
    Measured on Django's labels in those scripts (corpus/prose)."""
    first, final = words[i], words[last]
    if _LOSSY_SCRIPT.match(text, first[0]) is None or _LOSSY_SCRIPT.match(text, final[0]) is None:
        return False
    written = [text[words[k][0] : words[k][1]] for k in range(i, last + 1)]
    return (
        not any(w in data.native_given or w in data.native_family for w in written)
        and not (first[2] in data.given and final[2] in data.family and len(final[2]) >= 4)
        and CUES.search(text, max(0, first[0] - 24), first[0]) is None
    )


def _software_words(text: str, words: list[Word], i: int, last: int, data: NameData) -> bool:
    """Words i..last of an identifier, joined by "-" or "_", the first a word
    more than a name (see :func:`word_more_than_name`) and the last among
    English's commonest words, no particle between: the identifier's words
    ("apollo-link", "karma-mocha", "media-hook", "dot-case"). Not "derek_lam"
    (a popular given name), "thanh_ho" (no English word first),
    "nguyen_van_an" (a particle)."""
    first, final = words[i][2], words[last][2]
    return (
        final in common_english()
        and word_more_than_name(first, data)
        and all(text[words[k][1] : words[k + 1][0]] in ("-", "_") for k in range(i, last))
        and not any(
            words[k][2] in PARTICLES or words[k][2] in _LOWER_NAME_WORDS for k in range(i, last)
        )
    )


_RUN_CHARS = frozenset("+/=_")


def _glued_inside_run(text: str, words: list[Word], i: int, last: int) -> bool:
    """Camel-case words glued inside a run of base64 ("yKokFhmQRzu4BFnP"):
    the run around them holds digits or ``+/=``. "AllowWojciechNowak" does not."""
    if all(text[words[k][1] : words[k + 1][0]] for k in range(i, last)):
        return False  # nothing glued
    start, end = words[i][0], words[last][1]
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _RUN_CHARS):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in _RUN_CHARS):
        end += 1
    run = text[start:end]
    return any(ch.isdigit() or ch in "+/=" for ch in run)


def _street(text: str, words: list[Word], i: int, last: int) -> bool:
    """A street named after a person: a street type follows the name, or ends
    it right after a house number ("2670 Penny Lane"), or leads it as in the
    Romance languages ("Via Giuseppe Garibaldi", "Avenue Victor Hugo")."""
    if leading_street_type(text, words, i) or (
        i > 0
        and leading_street_type(text, words, i - 1)
        and (text[words[i - 1][1]] == " " or (" " not in text and text[words[i - 1][1]] in "_-"))
    ):
        return True
    after = last + 1
    if (
        after + 1 < len(words)
        and words[after][2] == "s"
        and _POSSESSIVE.match(text, words[last][1]) is not None
    ):
        after += 1  # "Sir John Rogerson's Quay", "St Stephen's Green"
    if after < len(words) and words[after][2] in AFTER_STREET_TYPES:
        return text[words[after - 1][1] : words[after][0]] in (" ", "_", "-")
    if words[last][2] in STREET_TYPES and last > i:
        if _HOUSE_NUMBER.search(text, 0, words[i][0]) is not None:
            return True
        if AT_PLACE.search(
            text, max(0, words[i][0] - 12), words[i][0]
        ) is not None and not _POSSESSIVE.match(text, words[last][1]):
            return True  # "near Penny Lane", "on George Street"; not "on Penny Lane's team"
        # "King William Street", "hope_street": a type no one is named ("Lane",
        # "Court", "Way" are surnames too), not after a word announcing a name.
        return words[last][2] not in SURNAME_STREET_TYPES and not CUES.search(text, 0, words[i][0])
    return False


# The nouns of natural features (a closed class, like the street types) that
# follow a person's name in a place's: "Kirra Beach", "Victoria Bay", "Jarvis
# Creek". Not "Park" nor "Hill": common surnames ("Rose Park", "Maria Hill").
GEO_FEATURES = frozenset(
    "beach bay creek island isle springs lake lakes river valley heights gardens mount"
    " reservoir falls harbour harbor cove ridge lagoon canyon peninsula".split()
)


# "to" and "from" hand things to people and ship them to places alike.
_TO_OR_FROM = regex.compile(r"(?i)\b(?:to|from)\s+$")


def _announced_though_placed(text: str, first: Word, final: Word, data: NameData) -> bool:
    """A given name and a surname people are very often called, which a place
    bears too ("Pedro Gomes", a town), after a word announcing a person
    ("reviewed by Pedro Gomes", "Contact Diego Garcia"): the person's. Not
    after "to" or "from" ("shipped to Pedro Gomes")."""
    return (
        data.commonly_called(first[2], final[2])
        and announced_before(text, first[0])
        and _TO_OR_FROM.search(text, max(0, first[0] - 6), first[0]) is None
    )


def _in_place(words: list[Word], i: int, last: int, data: NameData) -> bool:
    """Whether words i..last are a place name of two or more words, or cut one
    at an edge ("cam-santa" of "cam-santa-clara-07"; not where the town runs on
    into plain words only, "adam_campos" of "adam_campos_sales"), or a day's
    name or begin with one ("Hari Raya" of "Hari Raya Aidilfitri"), or end
    with "Day". A place wholly inside is fine: "Larissa Casa Grande" is named
    after one."""
    folded = [w[2] for w in words]
    if last > i and " ".join(folded[i : last + 1]) in data.places:
        return True
    if last > i and folded[last] == "day":
        return True  # a day named after someone ("Chakri Day", "Rizal Day")
    for start in range(max(0, i - 2), last + 1):
        for n in (2, 3):
            end = start + n - 1
            crosses = start < i <= end or start <= last < end
            if crosses and end < len(words):
                if " ".join(folded[start : end + 1]) in data.places and not (
                    # a town that goes on past the span into plain English
                    # words only: "adam_campos_sales" is Adam Campos's sales,
                    # not a cut of the town of Campos Sales
                    start >= i
                    and all(
                        data.word_score(folded[k]) >= PLAIN_WORD for k in range(last + 1, end + 1)
                    )
                ):
                    return True

    # A day's name holds the span, or leads it; not one that only crosses its
    # edge: a name before "Day" is a person's more often than a day's.
    def day(start: int, end: int) -> bool:
        return " ".join(folded[start : end + 1]) in data.days

    holds = any(
        day(start, end)
        for start in range(max(0, i - 2), i + 1)
        for end in range(max(last, start + 1), min(len(words), last + 3))
    )
    return holds or any(day(i, end) for end in range(i + 1, min(last, i + 3)))


def _name_only(word: str, data: NameData) -> bool:
    """A listed name of three letters or more that is barely a word at all."""
    return (
        len(word) >= 3
        and (word in data.given or word in data.family)
        and data.name_wordiness(word) <= GLUED_MAX_WORDINESS
    )


def _initialled(text: str, first: Word, final: Word, data: NameData) -> bool:
    """A capital initial, a full stop and a space, then a capitalized surname of
    four letters or more that is no English word, or a listed one barely used
    as one: "R. Aumua", "E. Karaca", "H. Pemberton"; its particles may come
    between ("F. Al-Hashimi"). So written, a surname only the census lists
    counts ("X-Auth" is not)."""
    surname = final[2]
    return (
        len(first[2]) == 1
        and text[first[0]].isupper()
        and _INITIAL_GAP.fullmatch(text, first[1], final[0]) is not None
        and _capitalized(text, final)
        and len(surname) >= 4
        and (
            not data.is_english(surname)
            or (surname in data.family and data.word_score(surname) <= GLUED_MAX_WORDINESS)
        )
    )


def _clear_pair(text: str, first: Word, final: Word, gaps: int, data: NameData) -> bool:
    """A listed given name, not a place, and a listed surname, side by side and
    each barely a word, that are both among their countries' commonest names
    ("rebecca thornton") or stand set off by punctuation ("handover: aarti
    gaikwad -> sneha iyer,"): a name even where it is not capitalized. Not
    "crisp bok choy, tender", "stylish terra cotta pot", "rich amber ales"."""
    given, surname = first[2], final[2]
    if not _clear_names(first, final, gaps, data):
        return False
    if given in data.popular and surname in data.popular:
        return True
    return set_off(text, first[0], final[1])


def _clear_names(first: Word, final: Word, gaps: int, data: NameData) -> bool:
    """A listed given name, not a place, and a listed surname, side by side,
    three letters or more and each barely a word."""
    given, surname = first[2], final[2]
    return (
        gaps == 1
        and len(given) >= 3
        and len(surname) >= 3
        and given in data.given
        and data.is_surname(surname)
        and data.name_wordiness(given) <= GLUED_MAX_WORDINESS
        and data.name_wordiness(surname) <= GLUED_MAX_WORDINESS
        and given not in data.places  # "paris", "florence"; many surnames are towns too
    )


def name_only_surname(word: str, data: NameData) -> bool:
    """A listed surname that is no word at all: it makes a word before it a given name."""
    return data.surname_shaped(word) or (
        word in data.family
        and word not in data.census_only
        and 1.0 - data.name_wordiness(word) >= NAME_ONLY
    )


def _initial(text: str, w: Word) -> bool:
    """A single letter: in Latin letters, or in another script before a full stop
    ("Б. Серикбаев", "ნ. ბერიძე"), where a lone letter may be a word ("و")."""
    return w[1] - w[0] == 1 and (text[w[0]].isascii() or text.startswith(".", w[1]))


def _as_given(text: str, w: Word, data: NameData, prose: bool) -> float:
    if _initial(text, w):
        # an initial: capitalized in prose ("a Python" is no name); in a script
        # without capitals, any letter
        lower = text[w[0]].islower() and text[w[0]].isascii()
        # "A" and "I" without a full stop are English words ("A Magento 2 extension")
        word = prose and text[w[0]] in "AI" and not text.startswith(".", w[1])
        return INITIAL if not prose or not (lower or word) else -1.0
    listed = _listed(text, w, data.given, data.native_given)
    return (1.0 if listed else 0.0) - _wordiness(text, w, data, discount=True)


def _listed(text: str, w: Word, folded: frozenset[str], native: frozenset[str]) -> bool:
    """In the list folded, or (a word of another script) as written; a word of
    Hebrew or Arabic letters also as a name in Latin letters its consonants
    spell ("ليلى", Lyla; see ``names.fold``)."""
    return (
        w[2] in folded
        or (not text[w[0]].isascii() and text[w[0] : w[1]].lower() in native)
        or (w[2].isupper() and w[2].lower() in folded)
    )


def _listed_surname(text: str, w: Word, data: NameData) -> bool:
    """A listed surname, or a word shaped as its language's surnames are."""
    return _listed(text, w, data.family, data.native_family) or data.surname_shaped(w[2])


def _as_surname(
    text: str, w: Word, data: NameData, cased: bool, *, discount: bool = True, census: bool = True
) -> float:
    """``census`` False: a surname only the census lists counts as unlisted."""
    word = w[2]
    if _initial(text, w):
        return 0.0
    if (
        _listed(text, w, data.family, data.native_family)
        and (census or word not in data.census_only)
    ) or data.surname_shaped(word):
        # A surname shaped as its language's are counts whichever list holds it
        # ("Поліщук Юлія": the census lists Polishchuk).
        return 1.0 - _wordiness(text, w, data, discount=discount)
    if cased and len(word) >= 3:
        return UNKNOWN_SURNAME - data.word_score(word)
    return -data.word_score(word)


def _wordiness(text: str, w: Word, data: NameData, *, discount: bool) -> float:
    """How much the word is an English word; none if written with letters no
    English word has ("Péter" is no "peter", "Ayşe" no "ayse")."""
    if not text[w[0] : w[1]].isascii():
        return 0.0
    return data.name_wordiness(w[2]) if discount else data.word_score(w[2])


def _in_identifier(text: str, w: Word) -> bool:
    """A token joined to others without spaces ("tablet-tsargsyan" in a JSON policy)."""
    start, end = w[0], w[1]
    # A full stop or colon joins only between two tokens ("a.tsargsyan", not
    # "ranna: linia", "... kábel: fogyasztás").
    before = start > 0 and (
        text[start - 1] in "-_/@"
        or (text[start - 1] in ".:" and start > 1 and text[start - 2].isalnum())
    )
    after = end < len(text) and (
        text[end] in "-_/@"
        or (text[end] in ".:" and end + 1 < len(text) and text[end + 1].isalnum())
    )
    return before or after


def _glued_initial(text: str, w: Word, data: NameData, prose: bool) -> float | None:
    """``jsmith``: an initial glued to a surname that is a name, not a word
    (in prose, only in a token joined into an identifier)."""
    word = w[2]
    if len(word) < 5 or not text[w[0]].islower() or (prose and not _in_identifier(text, w)):
        return None
    if word in data.given or word in data.family or data.is_english(word):
        return None  # "chiller" is a word
    if word in data.glued_words:
        return None  # so is "evento", in Spanish, Portuguese and Italian
    if glued_initial_surname(word, data):
        return INITIAL + 1.0
    # Not glued to digits, as random ids are ("cluster-cdnam289lih").
    if two_initials_surname(word, data) and not _beside_digit(text, w):
        return INITIAL + 1.0
    return None


def _beside_digit(text: str, w: Word) -> bool:
    return text[w[1] : w[1] + 1].isdigit() or (w[0] > 0 and text[w[0] - 1].isdigit())


_VOWEL_LETTERS = frozenset("aeiou")


def two_initials_surname(word: str, data: NameData) -> bool:
    """Two initials glued to a Chinese or Korean surname of three letters or
    more, as given names of two syllables are initialled there ("dhkim",
    "jgchen", "mhzhou"): no vowel among the initials, which a word would hold,
    and no English word after the first ("rspark", "hspan")."""
    initials, surname = word[:2], word[2:]
    return (
        len(surname) >= 3
        and not data.is_english(word[1:])
        and _VOWEL_LETTERS.isdisjoint(initials)
        and initials.isalpha()
        and (surname in EAST_ASIAN_SURNAMES or surname in data.pinyin_surnames)
    )


def _joined(text: str, a: Word, b: Word, prose: bool, data: NameData) -> bool:
    """Separators that join the words of one name; a sentence boundary never does.
    In prose, words glued in camel case are a product or code name ("PowerPoint"),
    unless both are names and no words at all ("MariaJoseSantos")."""
    gap = text[a[1] : b[0]]
    if gap in (" ", "-", "_"):
        return True
    if gap == "":
        return not prose or (_name_only(a[2], data) and _name_only(b[2], data))
    if gap == ".":  # "maria.garcia", "J.Smith"; "comfort. The" has its space
        return True
    if gap == "+":  # a space in a query string: "?name=Babatunde+Ajayi"
        return "=" in text
    if gap in ("__", "--"):
        return not prose
    if gap == ". ":
        # "J. Smith"; in another script any letter ("ნ. ბერიძე": Georgian
        # letters are lower-case ones beside their rarely used capitals)
        return a[1] - a[0] == 1 and not (text[a[0]].isascii() and text[a[0]].islower())
    if gap in ("'", "\u2019"):  # "O'Brien", "D'Angelo"; "Dall'Ara", "Sant'Anna"
        return a[1] - a[0] == 1 or (
            a[2] in ELIDED_PARTICLES and (_capitalized(text, b) or not prose)
        )
    # "Müller, Jörg", "ADEYEMI, Hope"; not a list's items, "(Dakar, Thiès, Abidjan)"
    if gap == ", ":
        return (
            (_capitalized(text, a) or _upper(text, a))
            and _capitalized(text, b)
            and _LISTED_BEFORE.search(text, max(0, a[0] - 40), a[0]) is None
            and _LISTED_AFTER.match(text, b[1]) is None
        )
    return False


# A word and a comma just before: the words after are a list's next items.
_LISTED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.])\p{L}[\p{L}\p{M}]+, $")
# ... or a capitalized word and another comma or the list's closing bracket
# after: "(Rabat, Thiès, Abidjan, Lomé)".
_LISTED_AFTER = regex.compile(r", \p{Lu}[\p{L}\p{M}]+(?:, |\))")


def _in_title_run(text: str, words: list[Word], i: int, last: int, data: NameData) -> bool:
    """A capitalized word joined just before or after the name (after it, in a
    short value in capitals, a word in capitals too: :func:`_title_word`); after
    it, not one that is no English word nor place: that is the name's second
    surname."""
    before = i > 0 and text[words[i - 1][1] : words[i][0]] == " "
    after = last + 1 < len(words) and text[words[last][1] : words[last + 1][0]] == " "
    return (
        before
        and _capitalized(text, words[i - 1])
        and i - 1 > 0
        and not _SENTENCE_END.search(text, words[i - 2][1], words[i - 1][0])
        # "Owner Sven Haddad": a capitalized word announcing a name is no title.
        and not CUES.search(text, words[i - 1][0], words[i][0])
    ) or (
        after
        and _title_word(text, words, last + 1, data)
        and name_suffix(text, words[last][1]) is None  # "Marcus Okafor Jr.", "Ravi Kumar T. P."
        and not (last - i >= 2 and _second_surname(text, words[last + 1], data))
        and not _third_word_surname(text, words, i, last, data)
    )


# Words of a short value in capitals ("ORCHARD FRESH GALA APPLES", a product's
# label as a till prints it): more make a sentence, where capitals tell nothing.
MAX_CAPS_LABEL_WORDS = 6


def _title_word(text: str, words: list[Word], k: int, data: NameData) -> bool:
    """Word k is a word of a title run: capitalized, or a word in capitals no
    list holds as a name in a short value written all in capitals, where a
    name before a product's words is no more a name than in Title Case
    ("GREEN APPLE CROSSBODY PURSE" as "Green Apple Crossbody Purse")."""
    w = words[k]
    return _capitalized(text, w) or (
        len(words) <= MAX_CAPS_LABEL_WORDS
        and _upper(text, w)
        and w[2] not in data.given
        and w[2] not in data.family
        and text.isupper()
    )


def _third_word_surname(text: str, words: list[Word], i: int, last: int, data: NameData) -> bool:
    """A clear given name and a listed name, then a capitalized word no list,
    dictionary, gazetteer nor other language holds: a surname in no list
    ("Juan Carlos Huillca", "Antía Rivas Louzao"). A street's or a feast's
    third word is a word of its language or a street's type ("Hari Raya
    Aidilfitri", "Begum Rokeya Sarani" stay unread)."""
    if last != i + 1 or last + 1 >= len(words):
        return False
    first, second, third = words[i], words[last], words[last + 1]
    return (
        text[first[1] : second[0]] == " "
        and text[second[1] : third[0]] == " "
        and _capitalized(text, first)
        and _capitalized(text, second)
        and clear_given(first[2], data)
        and (
            _listed(text, second, data.given, data.native_given)
            or _listed_surname(text, second, data)
        )
        and len(third[2]) >= 4
        and _second_surname(text, third, data)
        and data.word_score(third[2]) == 0
        and third[2] not in foreign_words()
        and not compound_word(third[2], data)
        and not foreign_compound(third[2], data)
        # "Karl Johan Laddpark": a charging park (a word that is a surname too)
        and not any(
            data.is_english(third[2][k:]) and data.word_score(third[2][k:]) >= _WORD_ENDING
            for k in range(3, len(third[2]) - 3)
        )
    )


_WORD_ENDING = 0.5  # as much a word as "park" is, a surname too


def _second_surname(text: str, w: Word, data: NameData) -> bool:
    """A capitalized word after a name of three words or more that is no
    English word, no place and no acronym: its second surname ("Ana Lucía
    Betancourt Ossa"). After two words it is as often a street's or a
    holiday's ("Begum Rokeya Sarani", "Hari Raya Aidilfitri")."""
    return (
        len(w[2]) >= 3
        and text[w[0]].isupper()
        and text[w[0] + 1 : w[1]].islower()
        and not data.is_english(w[2])
        and w[2] not in data.places
    )


def _upper_name_word_after(text: str, before: Word, w: Word, data: NameData) -> bool:
    """A name's word in capitals after a name found in capitals, a space apart:
    a listed name that is barely a word ("TRAN QUANG HUY", never "TRAN QUANG"
    and "HUY" left beside it; "JOHN SMITH MD" stays "JOHN SMITH")."""
    return (
        text[before[1] : w[0]] == " "
        and _upper(text, before)
        and _upper(text, w)
        and (w[2] in data.given or w[2] in data.family)
        and data.word_score(w[2]) < MIN_WORD
    )


def _upper_pair(text: str, first: Word, final: Word, data: NameData) -> bool:
    """A given name and a surname in capitals, as a roster or a CSV row writes
    them ("...,Tokyo,BRANDON WHITAKER,1029..."): a clear or popular given name
    and a surname more than the census's tail lists, one space apart, neither
    barely a word ("ROSE GOLD", "CHASE BANK" are words)."""
    return (
        text[first[1] : final[0]] == " "
        and _upper(text, first)
        and _upper(text, final)
        and (first[2] in data.popular or clear_given(first[2], data))
        and final[2] not in data.census_only
        and data.word_score(first[2]) < MIN_WORD
        and data.word_score(final[2]) < MIN_WORD
    )


def _given_upper_surname(text: str, first: Word, final: Word, data: NameData) -> bool:
    """A given name and the surname in capitals, as French and administrative
    writing puts them ("client Fatoumata COULIBALY", "Jean DUPONT"): a clear or
    popular given name, capitalized, a space, and a listed surname that is no
    given name (of five letters or more if only the census lists it), neither
    barely a word ("Rose GOLD", "Max SIZE")."""
    surname = final[2]
    return (
        text[first[1] : final[0]] == " "
        and _capitalized(text, first)
        and _upper(text, final)
        and len(first[2]) >= 3
        and (first[2] in data.popular or clear_given(first[2], data))
        and _listed_surname(text, final, data)
        and (surname not in data.census_only or len(surname) >= 5)
        # in capitals a given name is the next name's ("Don SATURNINO PAUCAR")
        and surname not in data.given
        and data.word_score(first[2]) < MIN_WORD
        and data.word_score(surname) < MIN_WORD
    )


def _acronym(text: str, w: Word, prose: bool) -> bool:
    """An all-capitals word in prose that is not all capitals ("AWS", "UI")."""
    word = text[w[0] : w[1]]
    return prose and len(word) > 1 and word.isupper() and not text.isupper()


MAX_SITE_CODE = 3  # capitals of an airport's or a site's code ("SYD", "HAN")


def _upper(text: str, w: Word) -> bool:
    word = text[w[0] : w[1]]
    return len(word) >= 2 and word.isupper()


def _capitalized(text: str, w: Word) -> bool:
    word = text[w[0] : w[1]]
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _capitalized_surname(text: str, w: Word) -> bool:
    """Capitalized, or after an Irish "O'" that bears the surname's capital
    ("Sharika O'brien", as forms are often filled in)."""
    start = w[0]
    return _capitalized(text, w) or (
        start >= 2
        and text[start - 2] == "O"
        and text[start - 1] in "'\u2019"
        and text[start : w[1]].islower()
        # (the "O" a word of its own: no letter before it, as in "Ko'brien")
        and (start == 2 or WORD.match(text, start - 3) is None)
    )


_SENTENCE_END = regex.compile(r"[.!?:;]\s*$")
# What opens and closes one item of a list, a bracket or a quotation.
_ITEM_OPENS = regex.compile(r"(?:^|[(\[{'\"\u201c\u2018\u00ab]|[,;|]\s?)$")
_ITEM_CLOSES = regex.compile(r"(?:$|[)\]}'\"\u201d\u2019\u00bb]|[,;|])")
# Initials ending a name, as South India writes the father's name and the
# family's ("Ravi Kumar T. P.", "Suresh Babu K.V.") and Spanish a second
# surname's ("Nina Huillca G."): capitals and full stops.
_INITIALS_AFTER = r" \p{Lu}\.(?: ?\p{Lu}\.){0,2}"
# What may follow a whole value's name: nothing, a generational suffix or
# initials ("Nina Huillca G."), or
# the person's phone number as a contact list writes it ("Sabine Weißhaupt
# +41 79 617 61 12", "Urs Wüthrich, Tel. 25 21 27 07"): seven digits or more.
_SUFFIX = regex.compile(
    rf"(?:,?\s+(?:jr|sr|ii|iii|iv)\.?|(?-i:{_INITIALS_AFTER}))?"
    r"(?:[\s,;(]+(?:(?:tel|ph|phone|mob|mobil|handy|cell|gsm)\.?:?\s*)?"
    r"\+?[0-9](?:[ ()./\-]?[0-9]){6,15}\)?)?\s*",
    regex.IGNORECASE,
)
_GENERATION = regex.compile(r",?\s+(?:Jr|JR|Sr|SR|II|III|IV)\b\.?")
_TRAILING_INITIALS = regex.compile(rf"{_INITIALS_AFTER}(?![\p{{L}}\p{{N}}.])")


def name_suffix(text: str, end: int) -> regex.Match[str] | None:
    """What ends the name whose words end at ``end`` though no word of it: a
    generational suffix ("Raj Vainikolo III") or initials ("Ravi Kumar T. P.")."""
    return _GENERATION.match(text, end) or _TRAILING_INITIALS.match(text, end)


def _lower_case_around(text: str, words: list[Word], i: int, last: int) -> bool:
    """The other words (of three or more letters, not opening a sentence) are
    mostly lower-case: capitals are evidence. In Title Case text (product
    names, headings) or with no other words they are not."""
    # The neighbouring words only: the test stays linear in long texts.
    near = range(max(1, i - NEIGHBOURS), min(len(words), last + 1 + NEIGHBOURS))
    others = [
        words[k]
        for k in near
        if not i <= k <= last
        and words[k][1] - words[k][0] >= 3
        and not _SENTENCE_END.search(text, words[k - 1][1], words[k][0])
    ]
    lower = sum(text[w[0]].islower() for w in others)
    return bool(others) and lower * 3 >= len(others) * 2
