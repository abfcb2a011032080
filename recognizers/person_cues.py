"""Names the words around them announce, where the name alone would not be enough.

A surname after a title ("Mrs. Okafor"), a given name after a word that
addresses a person ("call Aisha"), signing a text off ("Thanks, Dawn"), beside
a phone number or its own address, whose something a text names ("Copy of
Cheryl's"), searched for by a query's LIKE, a nickname in quotes inside a
name, and the Malaysian and Singaporean "a/l", "s/o" forms.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import regex

from recognizers import bounded
from recognizers.names import (
    NameData,
    fold,
    towns,
)
from recognizers.person_words import (
    ASKED_IN_OTHER_LANGUAGES,
    DIGIT,
    GREETINGS,
    LEADING_YEAR,
    MIN_VOUCHING_DIGITS,
    MIN_WORD,
    STREET_TYPES,
    THRESHOLD,
    TITLES,
    WORDY_SYLLABLE,
    Word,
    clear_given,
    handle_word,
    is_particle,
)

# Words whose "by" brings a product, a cause or a column (a closed class).
_BY_THINGS = frozenset(
    "powered hosted sponsored provided supported driven backed inspired caused affected"
    " sorted grouped filtered ordered keyed partitioned indexed split packaged".split()
)
# What stands before a name that signs a text off (a closed class).
_SIGN_OFF = regex.compile(
    r"(?i)(?:(?:^|\s)(?:--|\u2014|\u2013|~)\s*"
    r"|\b(?:thanks|thank you|thx|regards|cheers|best|br)(?:[,!:]\s*|\s*\n\s*))$"
)
_TITLED = regex.compile(
    r"(?i:\b(?:" + "|".join(sorted(TITLES)) + r")\.?)\s+"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}])"
)
CAPITALIZED_TITLED = regex.compile(
    r"(?:\b(?:Ibu|Pak|Bapak|Mbak|Encik|Cik|Puan|Tuan|Kuya|Shri|Smt|Bwana|Bi|Mzee|Ndugu"
    r"|Alhaji|Alhaja|Hajia|Xaaji)\.?\s+"
    r"|(?P<part>\bEl[- ]?Hadji?\s+|\bElhadji?\s+)"
    r"|(?P<thai>\bKhun\s+|\bNong\s+|(?<![\p{L}\p{M}])P['\u2019] ?))"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}])"
)

# Words that address a person (a closed class), then a capitalized word alone.
_ADDRESSED_NAME = (
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\d])(?![-_.'\u2019]?\p{L})(?!\s+\p{Lu})"
)
_ADDRESSED = regex.compile(
    # (a verb, not a command line's option named so: "nmcli --ask dev wifi ...")
    r"(?i:\b(?:(?:call|ask|ping|notify|tell|text|email|message|page|thank|thanks)(?<!--\w+)"
    r"|contact|cc|dear|hi|hello|hey"
    # ... or names whose it is or who to ask: "owner Mette", "Ansprechpartner Jens"
    r"|owner|attn|ansprechpartner(?:in)?|kontaktperson|contactpersoon"
    r"|verantwortlich|vagt|vakt|rückfragen an"
    # ... or the role of the person named next: "courier Dewi", "técnico Nando"
    r"|courier|driver|rider|technician|tech|engineer|nurse|doctor|agent|operator|inspector"
    r"|supervisor|manager|dispatcher|installer|caregiver|guard|cashier|clerk|mechanic"
    r"|electrician|plumber|porter|receptionist|técnic[oa]|repartidor[a]?|conductor[a]?"
    # ... or the guest, customer or stand-in named next: "el guest Kike", "backup Sugar"
    r"|guest|customer|client|patient|tenant|visitor|passenger|backup|deputy|on-call"
    # ... or who runs an incident's call, its messages or its notes: "comms Mari; scribe ..."
    r"|comms|scribe|commander|lead"
    r"|huésped|cliente|suplente|substitut[oe]|stellvertreter(?:in)?|vertretung"
    r"|motorista|entregador[a]?|fahrer(?:in)?|techniker(?:in)?|monteur|chauffeur|livreur"
    r"|(?:angefragt|erstellt|gemeldet|bearbeitet|beantragt) von"
    # ... or hands something to or from a person: "approved by Aarti", "revisado por Nando"
    r"|(?:reported|approved|signed|reviewed|checked|handled|raised|requested|confirmed"
    r"|verified|assigned|acknowledged|revisado|aprobado|firmado|aprovado|assinado"
    r"|geprüft|freigegeben|validé|approuvé|signé) (?:by|por|par|von|pelo|pela)"
    r"|(?:handed(?: over)?|handover|assigned|escalated?|forwarded|sent) (?:to|from)"
    # ... or is asked, told or met: "check with Ravi", "walked down with Wiremu";
    # in other languages "escalar a Abram", "avisar a Brais", "zugewiesen an Jens"
    r"|(?:check|checked|confirm|confirmed|coordinate|coordinated|talk|talked|speak|spoke"
    r"|met|walked down) with|(?:talk|speak|reach out) to"
    rf"|{ASKED_IN_OTHER_LANGUAGES}"
    # ... or made it: "built by Fiona", "markup by Yer" (a clear given name only;
    # not where "by" brings a product, a cause or a column, see _BY_THINGS)
    # ... and "by" in the Nordic languages, Dutch and Polish ("spurgt af Mohamad",
    # "opgeschoond door Sanne"), which write months lower-case (not German's "von":
    # "von Juni bis Juli"); Indonesian's "a.n." (in the name of)
    r"|by|af|av|door|przez|pedid[oa] por|escrito por|hecho por|solicitado por"
    r"|a\.n\.):?\s+)"
    rf"{_ADDRESSED_NAME}"
)
# ... or greeted or thanked in another language (see GREETINGS): apart, and
# asked only where a greeting stands (the standard library's engine, case
# sensitive over the lower-cased text, finds those at a fraction of the cost
# of one more alternation above).
_GREETED = regex.compile(rf"(?i:\b(?:{GREETINGS})):?,?\s+{_ADDRESSED_NAME}")
_GREETING_HINT = re.compile(rf"\b(?:{GREETINGS})\b")
# Two or three capitalized words, then an address ("Oluwaseun Adeyemi
# Oluwaseun.Adeyemi@...", "GRÁINNE FITZGERALD <grainne_fitzgerald67@...>").
BEFORE_ADDRESS = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])"
    r"(?P<name>\p{Lu}[\p{L}\p{M}'\u2019\-]+(?: \p{Lu}[\p{L}\p{M}'\u2019\-]+){1,2})"
    r"[ ]*[<(\[\"',]?[ ]*(?P<local>[\p{L}\p{N}._%+\-]{2,64})@[\p{L}\p{N}\-]+\."
)
# A Malaysian or Singaporean name: a given name, "son/daughter of", the
# father's name ("Priya a/p Krishnan", "Ravi a/l Subramaniam").
_NAME_WORD = r"\p{Lu}(?:[\p{Ll}\p{M}]+|[\p{Lu}\p{M}]+)"  # capitalized, or in capitals
# Between a given name and the father's: "a/l", "a/p", "s/o", "d/o", Malay "bin", "binti".
_CHILD_CONNECTORS = "a/l|a/p|s/o|d/o|bin|binti|binte|bte"
CHILD_OF = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<given>{_NAME_WORD}(?: {_NAME_WORD})?)"
    rf" (?i:{_CHILD_CONNECTORS}) "
    rf"(?P<father>{_NAME_WORD}(?: {_NAME_WORD})?)(?![\p{{L}}\p{{M}}\p{{N}}])"
)
WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\-'])(?P<word>[\p{L}\p{M}']+) $")


def plain_surname(word: str, data: NameData, *, town_ok: bool = False) -> bool:
    """A listed surname that is barely a word and no place nor street's; with
    ``town_ok``, a place may bear it too ("Tolentino")."""
    return (
        word in data.family
        and data.word_score(word) < MIN_WORD
        and (town_ok or word not in data.places)
        and word not in STREET_TYPES
    )


def titled_surnames(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A surname alone after a title ("Mrs. Okafor's bakery", "ask Dr. Tanaka"):
    a listed surname, or a capitalized word that is no English word."""
    for match in bounded.finditer(_TITLED, text):
        word = fold(match.group("name"))
        if len(word) >= 3 and (word in data.family or not data.is_english(word)):
            yield match.start("name"), match.end("name"), 1.0
    # These honorifics come before a given name as often ("Pak Joko", "Kuya
    # Jun", "Mbak Sari"): a listed one too, where it is barely a word. The
    # name goes on over the capitalized words after it that are names or no
    # English word ("Xaaji Cabdi Maxamed Xasan"; "Mzee Athumani Jazz Lounge" is
    # Athumani's lounge).
    for match in bounded.finditer(CAPITALIZED_TITLED, text):
        word = fold(match.group("name"))
        if len(word) >= 3 and (
            word in data.family
            or not data.is_english(word)
            or (word in data.given and data.word_score(word) < MIN_WORD)
            or (match.group("thai") is not None and word not in data.places)
        ):
            end = match.end("name")
            for _ in range(MAX_TITLED_WORDS - 1):
                more = _NEXT_CAPITALIZED.match(text, end)
                if more is None or not _titled_name_word(fold(more.group("word")), data):
                    break
                end = more.end()
            if fold(text[match.start() : end]) in data.places:
                continue  # "Nong Khai", "Nong Bua Lamphu": towns
            given = _COMMA_CAPITALIZED.match(text, end)
            if given is not None and clear_given(fold(given.group("word")), data):
                end = given.end()  # a surname first, then the given name: "Mzee Lyimo, Elia"
            start = match.start("name") if match.group("part") is None else match.start()
            yield start, end, 1.0


MAX_TITLED_WORDS = 4  # words of a name after an honorific: "Cabdi Maxamed Xasan"
_COMMA_CAPITALIZED = regex.compile(r", (?P<word>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}])")
_NEXT_CAPITALIZED = regex.compile(
    r" (?P<word>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}])"
)


def _titled_name_word(word: str, data: NameData) -> bool:
    """A word of a name after an honorific: no English word, or a listed name
    English uses no more than other languages do ("Kamau", "Bello"; not "Bar")."""
    return not data.is_english(word) or (
        (word in data.given or word in data.family) and data.word_score(word) == 0.0
    )


def addressed(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A given name alone after a word that addresses a person ("call Aisha
    via ...", "ask Aarti before changing", "Hi Sanjay,"): a listed given name,
    barely a word and no place, not the first of a longer capitalized run
    (the runs decide those). Or, after a cue other than a bare "by", a word
    no English word that names a person as a cued handle's word does
    (``handle_word``: "escalate to Suharti", "Twin owner: Sutrisno"), not
    the surname of a "Surname, Given" whose given name would be left beside it."""
    greeted = bounded.finditer(_GREETED, text) if _GREETING_HINT.search(text.lower()) else ()
    for match in itertools.chain(bounded.finditer(_ADDRESSED, text), greeted):
        name = fold(match.group("name"))
        # No town is asked, paged or thanked: "ping Gary", "ask Huy".
        clear = clear_given(name, data, town_ok=_spoken_to(text, match.start("name"))) or (
            # (a bare "by" brings a brand as often: "delivered by Glovo")
            not _bare_by(text, match)
            and not data.is_english(name)
            and _COMMA_CAPITALIZED.match(text, match.end("name")) is None
            and handle_word(name, data)
        )
        if clear and not _brought_by(text, match):
            yield match.start("name"), match.end("name"), 1.0


# Words spoken to a person, never to a place.
_SPOKEN_TO = regex.compile(
    r"(?i)\b(?:ask|ping|page|tell|text|message|thanks?|dear|hi|hello|hey)(?<!--\w+)\s+$"
)


def _spoken_to(text: str, start: int) -> bool:
    """Whether a word spoken to a person stands just before ``start``."""
    return _SPOKEN_TO.search(text, max(0, start - 12), start) is not None


# A given name alone beside a phone number, as contacts are jotted down
# ("Albert: +44 29 2018 0522", "Grzegorz on 0113 496 0429", "Lautaro +1 212
# 555 0169", "call 07700 900031 (Kayla)"): the number says the word is someone's.
# The number: seven to fifteen digits, led by "+", "(" or a trunk "0" or
# written in groups (a bare run is an id as often: "Mateo 4455667").
_PHONE_SHAPED = (
    r"(?:\+|\(|0)[0-9 ()./\-]{0,3}[0-9](?:[ ()./\-]{0,2}[0-9]){5,14}"
    r"|[0-9]{2,5}(?:[ ./\-][0-9]{2,5}){1,4}"
)
_BESIDE_PHONE = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_.@'\-])(?P<name>\p{Lu}[\p{Ll}\p{M}]{2,})"
    r"(?:\s*[:,\-\u2013]\s*|\s+(?i:(?:on|at|via)\s+(?:whatsapp|viber|signal|telegram|phone|mobile)"
    r"|on|at|au|tel\.?|ph\.?|mob\.?|cel\.?|cell|phone|whatsapp)"
    r"\s*:?\s*|\s*\(\s*|\s+)"
    rf"(?P<number>{_PHONE_SHAPED})(?![0-9])"
    rf"|(?<![0-9])(?P<number>{_PHONE_SHAPED})\s*\((?P<name>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{2,}})\)"
)


def beside_phone(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A given name standing for a person alone (see ``clear_given``), or a
    word no list nor dictionary holds before a mobile's length of digits, just
    before a phone number or in brackets after one; not before a date, nor
    after a capitalized word (the last of a longer name, which the runs decide).
    After a word spoken to a person ("ping Shiv on +353 ..."), any word barely
    English and no place's."""
    for match in bounded.finditer(_BESIDE_PHONE, text):
        number = match.group("number")
        if len(DIGIT.findall(number)) < MIN_PHONE_DIGITS or LEADING_YEAR.match(number):
            continue
        start = match.start("name")
        spoken_to = _spoken_to(text, start)
        if not spoken_to and _CAPITALIZED_BEFORE.search(text, max(0, start - 40), start):
            continue
        name = fold(match.group("name"))
        # (a place no town's name is one a phone is seldom jotted beside: "Morag",
        # "Róisín"; a town's is an office's, "Paris +33 1 ...")
        if (
            clear_given(name, data, town_ok=name not in towns())
            or (
                # ... or a word no list nor dictionary knows, as a cued handle's,
                # before a number as long as a mobile's ("Dhawura 07700 900841",
                # "prévenir Djibi au 70 48 36 71"; not "Kostenstelle 2635-570")
                len(DIGIT.findall(number)) >= MIN_VOUCHING_DIGITS
                and name not in data.given
                and name not in data.family
                and handle_word(name, data)
            )
            or (
                # ... or, after a word spoken to a person, any word barely English
                # and no place's: "ping Shiv on +353 21 457 4640" ("Ping Gosia on
                # ..." too: the capitalized word before it is the verb)
                spoken_to and name not in data.places and data.word_score(name) < MIN_WORD
            )
        ):
            yield start, match.end("name"), 1.0


MIN_PHONE_DIGITS = 7
_CAPITALIZED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'\-]* $")


def _bare_by(text: str, match: regex.Match[str]) -> bool:
    """Whether the cue ``_ADDRESSED`` matched is "by" alone (or its word in
    another language, see :data:`_BARE_BY`), no verb before it."""
    cue = _CUE_WORD.match(text, match.start())
    return cue is not None and cue.group().lower() in _BARE_BY


_BARE_BY = frozenset("by af av door przez".split())
_CUE_WORD = regex.compile(r"\p{L}+")


def _brought_by(text: str, match: regex.Match[str]) -> bool:
    """A bare "by" after a word whose "by" brings a product, a cause or a
    column, not a maker ("powered by Alexa", "sorted by Grant")."""
    if not _bare_by(text, match):
        return False
    before = WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
    return before is not None and before.group("word").lower() in _BY_THINGS


def searched_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A name alone as what a query's LIKE looks for ("WHERE e.entityName LIKE
    '%Siobhán%'"): the quoted word, with a pattern's wildcards, a listed given
    name or surname that stands for a person alone (see ``clear_given``,
    ``plain_surname``)."""
    for match in bounded.finditer(_SEARCHED, text):
        word = fold(match.group("name"))
        if clear_given(word, data) or plain_surname(word, data):
            yield match.start("name"), match.end("name"), THRESHOLD


_SEARCHED = regex.compile(r"(?i:\blike)\s*'%?(?P<name>(?=\p{Lu})\p{Latin}[\p{Latin}\p{M}]{2,})%?'")


# The connectors alone, searched in the lower-cased text.
CHILD_HINT = re.compile(rf" (?:{_CHILD_CONNECTORS}) ")


def children_of(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Malaysian or Singaporean name with "a/l", "a/p", "s/o" or "d/o"
    between the given name and the father's, or Malay "bin" or "binti", both
    no English word or listed ("Priya a/p Krishnan", "PRIYA D/O GANESAN",
    "Nurul Aisyah binti Kamarudin"): the whole name."""
    if CHILD_HINT.search(text.lower()) is None:
        return  # most texts with a "/" hold paths and ARNs, no "a/p" nor "bin"
    for match in bounded.finditer(CHILD_OF, text):
        start = match.start()
        given, _, rest = match.group("given").partition(" ")
        if rest and fold(given) in TITLES:  # "Ms Priya d/o Ganesan": the name after the title
            start, given = match.start("given") + len(given) + 1, rest
        given = fold(given)
        father = fold(match.group("father").split(" ")[0])
        if all(
            (
                word in data.given
                or word in data.family
                or not (data.is_english(word) or word in data.places)
            )
            and data.word_score(word) < WORDY_SYLLABLE
            for word in (given, father)
        ) and not _named_after(text, match, data):
            yield start, match.end(), THRESHOLD


def _named_after(text: str, match: regex.Match[str], data: NameData) -> bool:
    """A place or a thing named after the person: a word after the father's
    name that is an English word or a street's ("Mohammed bin Zayed City",
    "Sultan bin Abdulaziz Road")."""
    rest = match.group("father").split(" ")[1:] + text[match.end() :].split()[:1]
    return any(
        word[:1].isupper()
        and (data.word_score(fold(word)) >= MIN_WORD or fold(word) in STREET_TYPES)
        for word in rest
    )


def named_by_address(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A display name beside its own address, before it ("Thenmozhi Arumugam
    tarumugam@...") or after it ("a.drop@... (Andrzej Drop)"): the address's
    local part spells it, and the words stand for a person (see
    :func:`_display_name`; "Data Team <data.team@...>" is a team's)."""
    if "@" not in text:
        return  # cheaper than the pattern
    for match in bounded.finditer(BEFORE_ADDRESS, text):
        words = match.group("name").split()
        local = fold(match.group("local"))
        # The name's words, or its last two after a word that is none of
        # them ("Contact Deniz Seven (deniz.seven@...)", "From: ...").
        for count in sorted({len(words), 2}, reverse=True):
            names = [fold(w) for w in words[-count:]]
            if _display_name(names[0], names[-1], local, data):
                start = match.end("name") - len(" ".join(words[-count:]))
                yield start, match.end("name"), THRESHOLD
                break
    # ... or after it, as a log or a list writes it: "a.drop@... (Andrzej Drop)".
    for match in bounded.finditer(AFTER_ADDRESS, text):
        words = match.group("name").split()
        local = fold(match.group("local"))
        for count in range(len(words), 1, -1):
            names = [fold(w) for w in words[:count]]
            if _display_name(names[0], names[-1], local, data):
                start = match.start("name")
                yield start, start + len(" ".join(words[:count])), THRESHOLD
                break


AFTER_ADDRESS = regex.compile(
    r"(?<![\p{L}\p{N}._%+\-])(?P<local>[\p{L}\p{N}._%+\-]{2,64})@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+"
    r"[ ]*(?:[(\[,]|[\-\u2013\u2014] )?[ ]*"
    r"(?P<name>\p{Lu}[\p{L}\p{M}'\u2019\-]+(?: \p{Lu}[\p{L}\p{M}'\u2019\-]+){1,2})(?![\p{L}\p{M}])"
)


def _display_name(given: str, surname: str, local: str, data: NameData) -> bool:
    """Whether a given name and a surname beside an address are its owner's:
    the local part spells both (the surname whole or by its first three
    letters or more, "ren.ito" for Ren Itoh; the given name whole or by its
    initial, "broom" for Beau Room), and neither is barely a word ("Data Team
    <data.team@...>" is a team's), or the given name a word before a listed
    surname that is none and no place ("Gift Mumba"), or the given name one
    that stands for a person alone before any surname ("Andrzej Drop")."""
    letters = "".join(ch for ch in local if ch.isalpha())
    pieces = bounded.findall(_LETTERS, local)
    spelled = (
        len(given) >= 2
        and len(surname) >= 3
        and (
            (surname in letters and (given in letters or letters.startswith(given[0] + surname)))
            or (
                given in pieces
                and any(len(p) >= MIN_SPELLED and surname.startswith(p) for p in pieces)
            )
        )
    )
    if not spelled:
        return False
    if data.word_score(surname) < MIN_WORD:
        return data.word_score(given) < MIN_WORD or (
            surname in data.family and surname not in data.places
        )
    return clear_given(given, data) and surname not in data.places and surname not in STREET_TYPES


_LETTERS = regex.compile(r"[^\W\d_]+")
MIN_SPELLED = 3  # letters of a surname's start an address spells it by ("ito" of Itoh)


# A capitalized word after none ("Copy of Cheryl's shrink workbook"; not
# "Trader Joe's range", "Ben & Jerry's") whose possessive a lower-case word
# follows (not a letter: "Manning's n", a formula's).
_POSSESSIVE_WORD = regex.compile(
    r"(?<![\p{Lu}][\p{L}\p{M}]*[ \-]|[\p{L}\p{M}'\u2019]|& )"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+)['\u2019]s (?=\p{Ll}{2})"
)


def possessive_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A given name alone whose something a text names ("Copy of Cheryl's
    shrink workbook", "v3 from Angharad's notebook"): one that stands for a
    person alone (:func:`clear_given`)."""
    for match in bounded.finditer(_POSSESSIVE_WORD, text):
        if clear_given(fold(match.group("name")), data):
            yield match.start("name"), match.end("name"), 1.0


def signed_by(text: str, last: Word, data: NameData) -> tuple[int, int, float] | None:
    """A given name alone signing off a text ("... -- Sanjay", "Thanks, Dawn"):
    where a message ends, a listed given name is its writer's."""
    start, end, word = last
    if word not in data.given or not text[start].isupper() or text[end:].strip(" .!") != "":
        return None
    if _SIGN_OFF.search(text, max(0, start - 16), start) is None:
        return None
    return start, end, 1.0


def nicknamed(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A nickname in quotes or brackets between a listed given name and a
    surname, the whole of it: "Derek 'Big Del' Barnes", 'Robert "Bob" Lane',
    "Wiremu 'Wiri' Te Rangi" (a short particle may open the surname),
    "Kanokwan (Pim) Boonmee"."""
    # The quoted nickname first (a search that starts at its quote): most texts
    # with quotes hold none.
    if _QUOTED_NICKNAME.search(text) is None:
        return
    for m in bounded.finditer(_NICKNAMED, text):
        surname = fold(m.group("surname"))
        plain = surname not in data.places and data.word_score(surname) < MIN_WORD
        # A listed surname that a place bears too counts here ("Göran 'Göte'
        # Sjöberg"): the nickname between leaves no place reading. In brackets,
        # no word ("Jordan (Nike) Air Max" is a shoe).
        bracketed = "(" in m.group()
        if bracketed and m.group("particle") and not is_particle(m.group("particle")):
            continue
        if fold(m.group("given")) in data.given and (
            plain or (surname in data.family and not bracketed)
        ):
            yield m.start(), m.end(), 1.0


# A nickname in quotes, one or two capitalized words, and a space after it.
_QUOTED = (
    r"(?:[\"'\u201c]\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)?[\"'\u2019\u201d]"
    # or in brackets, as Thai nicknames are written: "Kanokwan (Pim) Boonmee"
    r"|\(\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)?\)) "
)
_QUOTED_NICKNAME = regex.compile(_QUOTED + r"\p{Lu}")
_NICKNAMED = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<given>\p{{Lu}}[\p{{Ll}}\p{{M}}]+) {_QUOTED}"
    r"(?:(?P<particle>\p{Lu}\p{Ll}{0,2}) )?(?P<surname>\p{Lu}[\p{Ll}\p{M}'\-]+)(?![\p{L}\p{M}])"
)
