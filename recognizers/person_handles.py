"""User names and handles: names as accounts, paths and identifiers write them.

An initial or a given name, a dot and a surname ("j.smith", "maria.lopez");
a handle after a word saying whose something is ("owner:kyawzinhtet",
"s3://b/users/viyer/"), after "@", or a chat log's speaker; a given name run
into a surname in lower case ("hannahwhitcombe") or in camel case.
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
    foreign_words,
    name_data,
    rare_english,
    towns,
)
from recognizers.person_words import (
    DATA_FILE_TYPE,
    DOTTED_MAX_WORDINESS,
    GLUED_MAX_WORDINESS,
    GLUED_STREET_TYPES,
    INITIAL,
    MIN_WORD,
    PARTICLES,
    SAINTS,
    STREET_TYPES,
    THRESHOLD,
    Word,
    compound_word,
    ends_in_word,
    foreign_compound,
    glued_after,
    glued_full,
    glued_initial_surname,
    glued_surname,
    handle_word,
    is_stranger,
    leading_street_type,
    long_stranger,
    unknown_word,
    vowel_count,
    word_more_than_name,
)

MIN_PATH_TOKEN = 5  # characters: shorter tokens ("a/b", "k=v") hold no name to read
MIN_GLUED = 9  # letters of a given name and a surname run together ("eszterfodor")
# The words for "saint" (a closed class) that name churches, hospitals and towns.
_SAINT_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?P<saint>\p{L}{2,6})[ _\-.]$")
# A character joining a token to an identifier or a key: "owner.danielharrington".
_IDENTIFIER_JOINT = regex.compile(r"[_.\-/@:=0-9]")
# A capitalized word: the rest of "McCarthy" after its prefix, a word of camel case.
CAPITALIZED_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")


def stranger_surname(word: str, data: NameData) -> bool:
    """A word after a name that is its surname though no list holds it: four
    letters or more with two vowels, no word of English nor a common one of
    another language, no place nor street ("kimaro", "Jepkoech"; not "kiosk",
    "ventas", "Nord")."""
    return (
        is_stranger(word, data)  # (a listed name is the rules' above to take)
        and vowel_count(word) >= 2
        and word not in STREET_TYPES
        and not word.endswith(GLUED_STREET_TYPES)  # "wittlaan" of "johan-de-wittlaan"
        and word not in foreign_words()
    )


# A token of prose (up to a space, a quote, a bracket or a comma); a path or an
# ARN where a "/" or ":" stands inside it (an underscore alone, "$MAX_PRICE",
# is as often a variable's).
_PATH_TOKEN = regex.compile(r"[^\s\"'()\[\]{}<>,;]+")
_PATH_MARKS = "/:"
_PATH_ENDS = ".:!?"
# Base64 (a key or a certificate pasted into a document), whose "/" joins no words.
_CODED = regex.compile(r"[A-Za-z0-9]{24,}|\+|\\n")


def path_tokens(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each path or ARN standing in prose, without the
    punctuation around it ("Resource:" is no path); addresses are the email
    recognizer's."""
    if not any(mark in text for mark in _PATH_MARKS):
        return
    for match in _PATH_TOKEN.finditer(text):
        start, end = match.span()
        while start < end and text[start] in _PATH_ENDS:
            start += 1
        while end > start and text[end - 1] in _PATH_ENDS:
            end -= 1
        token = text[start:end]
        if (
            len(token) >= MIN_PATH_TOKEN
            and "@" not in token
            and any(mark in token for mark in _PATH_MARKS)
            and _CODED.search(token) is None
        ):
            yield start, end


# A quoted value in prose or code, one token long: a string literal, a value
# of its own ("WHERE entity.entityName = 'aditya-kulkarni'", "sudo -u 'dvolkov'").
_QUOTED_CHARS = r"[^\s'\"\u2018\u2019\u201c\u201d]{4,64}"
_QUOTED_TOKEN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\\])(?:'(?P<token>{_QUOTED_CHARS})'|\"(?P<token>{_QUOTED_CHARS})\""
    rf"|\u2018(?P<token>{_QUOTED_CHARS})\u2019|\u201c(?P<token>{_QUOTED_CHARS})\u201d)"
    r"(?![\p{L}\p{N}])"
)


def quoted_tokens(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each quoted value one token long standing in prose,
    without its quotes."""
    if "'" not in text and '"' not in text and "\u2018" not in text and "\u201c" not in text:
        return
    for match in _QUOTED_TOKEN.finditer(text):
        token = match.group("token")
        # (handles and addresses are the prose's rules' to read, as in a path;
        # one English word read alone is no name: "install", "version")
        if "@" not in token and _CODED.search(token) is None and not _english_word(token):
            yield match.span("token")


def _english_word(token: str) -> bool:
    data = name_data()
    return token.isalpha() and token.isascii() and data.word_score(token.lower()) >= MIN_WORD


def overlaps_any(span: tuple[int, int, float], runs: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in runs)


def user_names(
    text: str, words: list[Word], data: NameData, prose: bool
) -> Iterator[tuple[int, int, float]]:
    """A user name of a given name or an initial, a dot and a surname, as
    accounts and home folders are named ("users/fatima.alzahraa/", "c.dangelo"),
    not inside a host name or before an "@". The given name is one of a
    country's commonest and barely a word (before a dot, any listed one of four
    letters or more, a little more a word; joined, any listed one of five or
    more that is no town's, "ioane_faleolo"); the surname listed, or (after a
    given name) no English word, long and with a name's vowels
    ("brzeczyszczykiewicz"), nor two words of any language run together
    ("haltestellen"), not a file type ("iris.joblib"). In an
    identifier a given name and such a surname may also be joined by "_" or
    "-" ("krg_omar_almansouri"); anywhere, in camel case ("OriShapira",
    "SELECT 'EsperanzaRangihuna' AS note")."""
    popular, family = data.popular, data.family
    for first, second, gap in _pairs_over_particles(text, words):
        given = first[2]
        if second[2] in family and _stranger_before_surname(text, first, second, gap, data, prose):
            yield first[0], second[1], THRESHOLD
            continue
        # Cheapest first: most words are no common given name nor an initial.
        # Before a dot, any listed given name of four letters or more will do
        # ("arjun.mehrotra"); "sys.maxsize", "doc.setdefault" are code.
        if (
            len(given) != 1
            and given not in popular
            and not (
                given in data.given
                and (
                    (len(given) >= 4 and text[first[1] : second[0]] == ".")
                    # joined: a listed given name of five letters or more, no town's
                    # ("lora-", "reco-", "filadelfia_" are a radio's, a word's, a town's)
                    or (len(given) >= 5 and given not in data.places)
                )
            )
        ):
            continue
        start, end = first[0], second[1]
        if not (given.isalpha() and second[2].isalpha()):
            continue
        # (an acronym in capitals before a word is no given name: "IBANRemesa")
        camel = (
            gap == ""
            and text[start].isupper()
            and text[second[0]].isupper()
            and not text[start + 1 : first[1]].isupper()
        )
        joined = camel or (not prose and gap in ("_", "-"))
        if gap != "." and not joined:
            continue
        if _glued_on(text, start, end):
            continue
        if text[start].isupper() != text[second[0]].isupper():
            continue
        surname = second[2]
        if surname in data.places:  # "anna.berlin"; a given name may be a town's ("fatima")
            continue
        if gap != "." and word_more_than_name(given, data) and surname not in data.family:
            continue  # "apollo-codegen", "karma-webdriver": a tool named for a god, an idea
        before = _SAINT_BEFORE.search(text, max(0, start - 8), start)
        if before is not None and fold(before["saint"]) in SAINTS:
            continue  # "santa_teresa_whatif": a town or a church named for a saint
        listed = surname in data.family and data.word_score(surname) <= GLUED_MAX_WORDINESS
        if len(given) == 1:
            if gap == "." and listed and len(surname) >= 3:
                yield start, end, INITIAL + 1.0
        elif (
            len(given) >= 3
            and given in data.given
            and data.name_wordiness(given)
            <= (DOTTED_MAX_WORDINESS if gap == "." else GLUED_MAX_WORDINESS)
            and (
                (listed and gap == ".")
                # After a dot and a given name of five letters or more, two vowels
                # will do: "malgorzata.szczesna", "oystein.braten"; not code's
                # "rand.randint", "link.unlink".
                or (
                    (
                        long_stranger(
                            surname,
                            data,
                            vowels=2 if gap == "." and len(given) >= 5 and given in popular else 3,
                        )
                        # after a dot and a given name of five letters or more, a
                        # surname of five and two vowels: "landry.njoya"
                        or (
                            (gap == "." or given in popular)
                            and len(given) >= 5
                            and len(surname) >= 5
                            and stranger_surname(surname, data)
                            and not compound_word(surname, data)
                            # joined, no two words of another language run together
                            # ("ilona-haltestellen")
                            and (gap == "." or not foreign_compound(surname, data))
                        )
                    )
                    # joined by "_" or "-", a common word of another language is the
                    # identifier's ("sol-prueba", "maria-tienda"); a dot makes a user name
                    and (gap == "." or surname not in foreign_words())
                )
            )
        ):
            yield start, end, THRESHOLD


USER_NAME_JOINS = frozenset("._-")
# German's umlauts and the Nordic letters as ASCII writes them ("ae", "oe",
# "aa" for "å"); replaced by the letter fold() keeps of each (see _folded_back).
_WRITTEN_OUT = regex.compile(r"([aou])e|(a)a")


def _folded_back(word: str) -> str:
    """``word`` with its written-out umlauts as fold() writes them: "aarhus" ->
    "arhus", "aenderungen" -> "anderungen" (the lists hold the folded forms)."""
    folded: str = _WRITTEN_OUT.sub(r"\1\2", word)
    return folded


def _glued_on(text: str, start: int, end: int) -> bool:
    """Whether a user name at ``text[start:end]`` is glued to more: a letter or
    digit, or a dot, before it; a letter or digit, a dot or an "@" after it,
    though not a data file's type."""
    return (start > 0 and (text[start - 1].isalnum() or text[start - 1] == ".")) or glued_after(
        text, end, ".@"
    )


def _stranger_before_surname(
    text: str, first: Word, second: Word, gap: str, data: NameData, prose: bool
) -> bool:
    """A user name of a given name no list holds and a listed surname, in lower
    case, joined by "." (or, in an identifier, "_" or "-"): "bineta.diallo",
    "nadeesha_perera", "issouf-ouedraogo". The surname barely a word in any
    language and no place nor given name, of five letters or more (six after a
    dot); the given name no word of any language nor a town's, with a name's
    vowels; neither glued to more letters."""
    given, surname = first[2], second[2]
    start, end = first[0], second[1]
    # (set lookups first: nearly every pair fails one)
    return (
        surname in data.family
        # (a given name too is a town's or a saint's as often: "tingo-maria")
        and surname not in data.given
        and given not in data.given
        and gap in USER_NAME_JOINS
        and (gap == "." or not prose)
        # (after a dot, a method's name is as often a surname: "ndarray.ravel")
        and len(surname) >= (6 if gap == "." else 5)
        and len(given) >= 4
        # a word said twice is a word of its language: "berpetak-petak"
        and surname not in given
        and text[start:end].islower()
        and data.word_score(surname) <= GLUED_MAX_WORDINESS
        and surname not in data.places
        and _folded_back(surname) not in data.places  # "aarhus"
        and surname not in foreign_words()
        and given.isalpha()
        and vowel_count(given) >= 2
        and unknown_word(given, data)
        # (a German word with its umlauts written out: "aenderungen_loeschen")
        and _folded_back(given) not in foreign_words()
        and not compound_word(given, data)
        # a product's or a town's word first: "grafana-sanchez", "bouake-pilote"
        and given not in rare_english()
        and given not in towns()
        and surname not in towns()
        and not _glued_on(text, start, end)
    )


# A word in an identifier that says whose the next piece is: "by" in the
# languages the prose cues know, a role's word, or a folder that holds one
# person's files ("ev_sessions_by_sghebremedhin", "owner:kyawzinhtet",
# "revisado_por_waman_ibanez_quispe", "s3://b/users/viyer/", "sandbox-jean.mbengue",
# "s3://b/agents/snalwanga/", "outgrowers/bmushi/", "socios/egayle/#"; not
# "agent-" alone, before as many words of its trade, "agent-wakala"; nor
# "drivers/", which holds a device's drivers as often).
# A folder's word that is also a resource's ("users-schema", "home-decor") is
# a cue only before a path's slash ("/", or Windows' backslash: C:\Users\kzielinska).
# A Windows domain in capitals before its account's name: CORP\mkowalski.
_HANDLE_CUES = (
    r"(?:by|por|par|von|door|przez|owner|reviewer|approver|requester|assignee)[_\-=:/]"
    r"|(?:sandbox|scratch|adhoc|ad-hoc|personal|laptop)[_\-/]"
    r"|(?:users?|home|drafts|uploads|manual|agents|farmers|outgrowers|growers|customers|clientes"
    r"|members|socios|staff|employees|riders|couriers|patients|students|workers|people)[/\\]"
)
_CUED_HANDLE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:(?i:{_HANDLE_CUES})"
    # a Windows domain's account in lower case: "CORP\mkowalski" (not an
    # escape before capitals, "DESC\nLIMIT 10")
    r"|\p{Lu}{2,15}\\(?=\p{Ll}[\p{Ll}\p{N}._\-]*(?![\p{L}\p{N}])))"
    # up to four words joined by "." "_" "-", or by a space between capitalized
    # words ("approver:Daniyar Zhumabekov")
    r"(?P<handle>\p{L}[\p{L}\p{M}]*(?:(?:[._\-]|(?<=\p{Ll}) (?=\p{Lu}\p{Ll}))"
    r"\p{L}[\p{L}\p{M}]*){0,3})(?![\p{L}\p{M}\p{N}])"
)
# A person's own machine or sandbox after its owner's handle: "client/awhite-laptop",
# "thing/viyer-devkit", "from_CheaSopheap_laptop", "budiman-sandbox". The handle
# is read back from the device's word, up to the first word that is no name
# ("debug-modise-kabelo-laptop").
# (a handle's words: up to four joined by "." "_" "-")
_JOINED_WORDS = r"(?P<handle>\p{L}[\p{L}\p{M}]*(?:[._\-]\p{L}[\p{L}\p{M}]*){0,3})"
# (the same, ending at the first owner's word after it: "jdoe-laptop-test")
_WORDS_BEFORE = (
    r"(?<![\p{L}\p{M}\p{N}])(?P<handle>\p{L}[\p{L}\p{M}]*(?:[._\-]\p{L}[\p{L}\p{M}]*){0,3}?)"
)
# One person's devices, which may also come first ("tablet-bosmonaliev"); not
# a notebook, a workstation or a desktop there ("notebook-shim", a package's).
_OWN_DEVICES = "laptop|macbook|devkit|phone|iphone|tablet|ipad|imac|thinkpad|handset"
_DEVICE_WORDS = f"{_OWN_DEVICES}|notebook|workstation|desktop"
_DEVICE_HANDLE = regex.compile(
    _WORDS_BEFORE + rf"[_\-](?i:{_DEVICE_WORDS}|sandbox|scratch)(?![\p{{L}}\p{{M}}])"
)
_DEVICE_FIRST = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?i:{_OWN_DEVICES})[_\-]{_JOINED_WORDS}(?![\p{{L}}\p{{M}}])"
)
# A test's resource or a watch after its owner's handle ("fmacleod-test",
# "adama-zongo-test"); "test" and "watch" follow a system's words as often
# ("demand_molkerei_test", "pytest-watch"), so the handle must hold a listed name.
_WEAKLY_CUED_HANDLE = regex.compile(_WORDS_BEFORE + r"[_\-](?i:test|watch)(?![\p{L}\p{M}])")
# A data-subject request's word in a path (erasure, deletion, the privacy laws
# that grant it; nouns only: code's "erase_typevars" is a verb's): the files
# after it are named after the person.
_ERASURE_WORDS = frozenset(
    "erasure erasures suppression suppressions supresion borrado deletion deletions dsr dsar"
    " rgpd gdpr popia pdpa lgpd ccpa arco olvido".split()
)
_ERASURE_ALTERNATIVES = "|".join(sorted(_ERASURE_WORDS | {"supresión"}))
_ERASURE_CUE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{_ERASURE_ALTERNATIVES})(?![\p{{L}}\p{{M}}])(?=[^\s\"']*[/_\-])"
)
_FILE_TYPE = regex.compile(r"\.[A-Za-z0-9]{1,5}$")
# Whom a resource is for, in an identifier, in English, Spanish and Portuguese,
# German and French: "fc_for_joost_garage", "exports/para_killa_condori/".
_FOR_HANDLE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?i:for|para|fuer|für|pour)[_\-]{_JOINED_WORDS}(?![\p{{L}}\p{{M}}])"
)
# What only a person does, said of the handle just before: "QA d_tipene
# signed off", "JJObi owns the view" (English words: a word no list holds
# after the handle would be read as its surname).
_HANDLE_VERB_WORDS = ("signed off", "approved", "confirmed", "owns")
_HANDLE_VERBS = "|".join(_HANDLE_VERB_WORDS)
MIN_VERB_HANDLE = 5  # letters: shorter ones are a tool's or an acronym as often ("snyk")
# (not a name's last word: "Negar Rezaei approved" is the runs' to read whole)
_VERB_AFTER_HANDLE = regex.compile(
    rf"(?<!\p{{Lu}}[\p{{L}}\p{{M}}]* ){_WORDS_BEFORE} (?:{_HANDLE_VERBS})(?![\p{{L}}\p{{M}}])"
)
# The literal words of the patterns above, looked for first in the lower-cased
# text: the standard library's engine finds them case-sensitively at a
# fraction of the patterns' cost (and a sixth of its own, ignoring case). A
# backslash stands for a Windows domain's account.
_HANDLE_HINT = re.compile(
    "|".join(
        [
            _HANDLE_CUES,
            r"\\",
            # (each beside the dash or underscore the rules read it with: not
            # "cloudwatch", "latest", "smartphones"; "phone" is in "iphone")
            f"[_-](?:{_DEVICE_WORDS}|sandbox|scratch|test|watch)(?![a-z])",
            f"(?<![a-z])(?:{_OWN_DEVICES})[_-]",
            _ERASURE_ALTERNATIVES,
            "for[_-]|para[_-]|fuer[_-]|für[_-]|pour[_-]",
        ]
    )
)
# Where a path ends: a space, a quote, a bracket or what code sets off with.
_PATH_END = regex.compile(r"[\s\"'`()\[\]{}<>,;=]")
# A run of up to four words joined by "." "_" "-" standing alone.
_HANDLE_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_JOINED_WORDS}(?![\p{{L}}\p{{M}}])")
_HANDLE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
MAX_HANDLE_SYLLABLE = 3  # letters: "an" of "nguyen.an", "min" of "aung_myo_min"


def cued_handles(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A person's handle after a word in an identifier that says whose it is
    (see ``_CUED_HANDLE``): its words up to the first that is a word or a
    place no list names, in camel case read apart ("BiretMarjaEira"). One
    word alone must be a listed name barely a word, or five letters or more
    with two vowels that no dictionary (nor English's rarest words),
    gazetteer (nor a town of one word) or list of another language's words
    holds, nor words run together ("sagemaker", "cliuser"); or an initial
    glued to a listed surname ("viyer"). Several must name a person as a
    handle's words do, one a listed name or such a word ("Li_Juan",
    "kyaw_zin_htet"; not "MyDemoUser", "created_by=terraform")."""
    lowered = text.lower()
    # (the verbs looked for as plain substrings: cheaper than one more alternative)
    verbs = any(verb in lowered for verb in _HANDLE_VERB_WORDS)
    if not verbs and _HANDLE_HINT.search(lowered) is None:
        return  # most texts: no word that says whose a handle is
    for match in bounded.finditer(_CUED_HANDLE, text):
        yield from _handle_from(_handle_words(match), data)
    for match in bounded.finditer(_DEVICE_HANDLE, text):
        # read back from the device's word, then in the text's order again
        yield from _handle_from(_handle_words(match)[::-1], data, backward=True)
    for match in bounded.finditer(_VERB_AFTER_HANDLE, text) if verbs else ():
        # (bots approve and confirm too: "argocd", "codecov", "snyk")
        if len(match.group("handle")) >= MIN_VERB_HANDLE:
            handle = _handle_words(match)[::-1]
            yield from _handle_from(handle, data, backward=True, listed=True)
    for match in bounded.finditer(_DEVICE_FIRST, text):
        yield from _handle_from(_handle_words(match), data)  # read on from the device's word
    for match in bounded.finditer(_WEAKLY_CUED_HANDLE, text):
        yield from _handle_from(_handle_words(match)[::-1], data, backward=True, listed=True)
    for cue in bounded.finditer(_ERASURE_CUE, text):
        yield from _erased_handles(text, cue.end(), data)
    for match in bounded.finditer(_FOR_HANDLE, text):
        # "for" joins code's words as often ("na_value_for_dtype", "path_for_link"):
        # a listed name barely a word among the handle's, and no place's
        # ("flag_for_hong_kong")
        words = _handle_words(match)
        folded = [w for _, _, w in words]
        if " ".join(folded) not in data.places and any(
            len(w) >= 3
            and w in data.usable
            and w not in data.places
            and data.word_score(w) <= GLUED_MAX_WORDINESS
            # (wordiness is low for words every language borrows: "link", "stencil")
            and (w in data.popular or not data.is_english(w))
            for w in folded
        ):
            yield from _handle_from(words, data)


def _erased_handles(text: str, start: int, data: NameData) -> Iterator[tuple[int, int, float]]:
    """The handles in a path after a data-subject request's word, up to the
    path's end: the file or folder of one person's erasure is named after them
    ("rgpd/suppressions/2024-12/ibrahima_mbodj_22177.csv",
    "popia-erasure/POPIA-2024-6251_lesiba_masilo.csv"); the request's own words
    and acronyms before the name ("solicitud_ARCO_") are no part of it."""
    end = _PATH_END.search(text, start)
    # (the file's type is no part of a name: "lesiba_masilo.csv")
    path = _FILE_TYPE.sub("", text[start : end.start() if end else len(text)])
    for run in bounded.finditer(_HANDLE_RUN, path):
        words = [(a + start, b + start, w) for a, b, w in _handle_words(run)]
        while words and (
            words[0][2] in foreign_words()
            or text[words[0][0] : words[0][1]].isupper()
            or words[0][2] in _ERASURE_WORDS
        ):
            words.pop(0)
        yield from _handle_from(words, data)


def _handle_words(match: regex.Match[str]) -> list[Word]:
    """The words of a cued handle, camel case read apart ("BiretMarjaEira"),
    up to a data file's type ("users/OriShapira.json")."""
    words: list[Word] = []
    handle = match.group("handle")
    file_type = next((m for m in DATA_FILE_TYPE.finditer(handle) if m.end() == len(handle)), None)
    for piece in _HANDLE_WORD.finditer(handle, 0, file_type.start() if file_type else len(handle)):
        start = match.start("handle") + piece.start()
        camel = list(CAPITALIZED_WORD.finditer(piece.group()))
        if len(camel) >= 2 and "".join(c.group() for c in camel) == piece.group():
            words.extend((start + c.start(), start + c.end(), fold(c.group())) for c in camel)
        else:
            words.append((start, start + len(piece.group()), fold(piece.group())))
    return words


def _handle_from(
    words: list[Word], data: NameData, *, backward: bool = False, listed: bool = False
) -> Iterator[tuple[int, int, float]]:
    """The handle among ``words``, read from the cue's side (see ``cued_handles``);
    ``backward``: the words run from the cue back to the text's start;
    ``listed``: where the cue is weak ("test", "watch"), a listed name must be among
    the handle's words, or one alone must be a listed name glued to an initial."""
    taken: list[Word] = []
    for word in words:
        w = word[2]
        if taken and len(w) <= MAX_HANDLE_SYLLABLE:
            taken.append(word)
        elif (
            data.word_score(w) >= MIN_WORD
            or (w in data.places and w not in data.usable)
            # (where the cue is weak, also at a word run together with an English
            # word: "DilnozaYusupova_backtest_test")
            or (listed and not _listed(w, data) and ends_in_word(w, data))
        ):
            break  # "Hiranya_Kalita_upload": the name ends at a word
        else:
            taken.append(word)
    if not taken:
        return
    if backward:
        taken.reverse()
    # (short pieces after the first say little either way: "an" of "nguyen.an")
    found = [taken[0][2], *(w for _, _, w in taken[1:] if len(w) > MAX_HANDLE_SYLLABLE)]
    if listed and not (
        any(_listed(w, data) for w in found)
        if len(found) > 1
        # one word alone: a listed name glued to an initial, not a listed word
        # that names a package or a product as often ("ember-test", "pino-test")
        else found[0] not in data.usable and _listed(found[0], data)
    ):
        return
    if (
        handle_word(found[0], data)
        if len(found) == 1
        else words_name_a_person(found, data)
        and any((len(w) >= 3 and w in data.usable) or handle_word(w, data) for w in found)
    ):
        yield taken[0][0], taken[-1][1], THRESHOLD


def _listed(word: str, data: NameData) -> bool:
    """A listed name, or one glued to an initial ("fmacleod", "kittipongj")."""
    return len(word) >= 3 and (
        word in data.usable or word[1:] in data.usable or word[:-1] in data.usable
    )


# A chat handle mentioned with its "@": two or three words joined by "." or
# "_" ("@pacha.ramos", "@illari_ccori"), not an address's local part nor a
# package's scope ("@aws-cdk/core").
_AT_HANDLE = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}._%+\-@/])@(?P<handle>\p{Ll}+(?:[._]\p{Ll}+){1,2})"
    r"(?![\p{L}\p{M}\p{N}@/]|[._\-][\p{L}\p{N}])"
)


# A handle of one word mentioned with its "@" ("@imogent can you rotate",
# "aprobados por @tpereiradasilva"), not code's: no decorator's call or
# subscript after it, no quote, brace or backtick around it ("{@link ...}",
# "`@argmap(...)`", '"@tokenizers": ...'), no setting ("@batchers = ...").
_AT_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}._%+\-@/\\{`\"'])@(?P<handle>\p{Ll}[\p{Ll}\p{M}]{3,})"
    r"(?![\p{L}\p{M}\p{N}@/(\[{`\"'=]|[._\-][\p{L}\p{N}]| *=)"
)


def at_handles(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A handle after "@" whose words are no ordinary English words, one of
    three letters or more, and one a listed name or every one unknown to
    English ("@pacha.ramos", "@illari.ccori"; not code's "@app.route",
    "@pytest.fixture"). One word alone must be no English word and name a
    person as a cued handle's word does (``handle_word``): "@shuarachio",
    not "@echo off", "@media", "@timeit" on a decorator's line."""
    for match in bounded.finditer(_AT_HANDLE, text):
        words = [fold(w) for w in regex.split(r"[._]", match.group("handle"))]
        if _handle_names(words, data):
            yield match.start(), match.end(), THRESHOLD
    for match in bounded.finditer(_AT_WORD, text):
        if not _decorator_line(text, match.start(), match.end()) and _handle_names(
            [fold(match.group("handle"))], data
        ):
            yield match.start(), match.end(), THRESHOLD


def _handle_names(words: list[str], data: NameData) -> bool:
    """Whether a handle's words name a person: several, one of three letters
    or more, as a local part's do (``words_name_a_person``); or one, no
    English word, as a cued handle's word does (``handle_word``)."""
    if len(words) > 1:
        return max(len(w) for w in words) >= 3 and words_name_a_person(
            words, data, listed_letters=3
        )
    return not data.is_english(words[0]) and handle_word(words[0], data)


# A chat log's speaker, its nick in angle brackets at a line's start before
# what it said, perhaps after a time: "<deshawnw> @katarzyna can you rotate",
# "[09:14] <siobhan-nibhriain> done".
_CHAT_NICK = regex.compile(
    r"(?m)^[ \t]*(?:\[[0-9:.\- ]{4,20}\][ \t]*)?"
    r"<(?P<nick>\p{Ll}+(?:[._\-]\p{Ll}+){0,2})>[ \t]+(?=\S)"
)


def chat_nicks(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A chat log's speaker (see ``_CHAT_NICK``) whose nick names a person as a
    handle after "@" does: not a placeholder's or a tag's word ("<redacted>
    value", "<table> rows"), which is an English word."""
    for match in bounded.finditer(_CHAT_NICK, text):
        words = [fold(w) for w in regex.split(r"[._\-]", match.group("nick"))]
        if _handle_names(words, data):
            yield match.start("nick"), match.end("nick"), THRESHOLD


def _decorator_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone on a line that more lines follow,
    as code's decorator does ("@cacheit\ndef f(): ..."), or in a run of
    "@" words, as a language's macros do ("@appdatadir @autoitexe")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    alone = line_end >= 0 and not text[line_start:start].strip() and not text[end:line_end].strip()
    return alone or bool(
        _MACRO_BEFORE.search(text, line_start, start) or _MACRO_AFTER.match(text, end)
    )


_MACRO_BEFORE = regex.compile(r"@\p{L}+\s*$")
_MACRO_AFTER = regex.compile(r"\s*@\p{L}")


def words_name_a_person(words: list[str], data: NameData, *, listed_letters: int = 1) -> bool:
    """Whether the words of a handle or an address's local part name a person:
    none an ordinary English word, and one a listed name (of ``listed_letters``
    or more) or none known to English ("pacha.ramos", "illari.ccori"; not
    "app.route", "sales.team")."""
    return all(data.word_score(w) < MIN_WORD for w in words) and (
        any(len(w) >= listed_letters and w in data.usable for w in words)
        or not any(data.is_english(w) for w in words)
    )


def _pairs_over_particles(text: str, words: list[Word]) -> Iterator[tuple[Word, Word, str]]:
    """Each word, the next and what joins them; over a surname's particle
    joined on both sides by the same mark, the word after it
    ("zainab_al_khafaji": zainab, khafaji, "_")."""
    for k, (first, second) in enumerate(itertools.pairwise(words)):
        gap = text[first[1] : second[0]]
        yield first, second, gap
        if (
            second[2] in PARTICLES
            and gap in ("_", "-", ".")
            and k + 2 < len(words)
            and text[second[1] : words[k + 2][0]] == gap
        ):
            if not _glued_street(words[k + 2][2]):  # "johan-de-wittlaan": a street
                yield first, words[k + 2], gap


def _glued_street(word: str) -> bool:
    """A word ending in a street type of four letters or more ("wittlaan",
    "vasastrasse"): a street named after someone, written as one word."""
    return word.endswith(_LONG_STREET_TYPES)


_LONG_STREET_TYPES = tuple(t for t in STREET_TYPES if len(t) >= 4)


def glued_names(
    text: str, words: list[Word], data: NameData, prose: bool
) -> Iterator[tuple[int, int, float]]:
    """A given name run into a surname in lower case, as user names are made
    ("danielharrington", "eszterfodor"): in an identifier, or joined to one in
    prose, not inside a blob of base64 or hex."""
    for start, end, word in words:
        written = text[start:end]
        if (
            len(word) < MIN_GLUED
            or not (written.isascii() and written.islower())  # not a transliteration
            or not glued_full(word, data)
        ):
            continue
        run_start, run_end = start, end
        while run_start and text[run_start - 1].isalnum():
            run_start -= 1
        while run_end < len(text) and text[run_end].isalnum():
            run_end += 1
        run = text[run_start:run_end]
        if any(c.isdigit() for c in run) and any(c.isupper() for c in run):
            continue  # "Qx7danielharringtonZ": a blob, not a handle
        if prose and not _IDENTIFIER_JOINT.search(text[max(0, start - 1) : end + 1]):
            continue  # a word of prose alone: "indirizzo", "tageslicht"
        yield start, end, THRESHOLD


def cued_user_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A user name in lower case after a word that says whose something is or
    whom it goes to, in prose ("owner rkilic", "reviewed by jsmith", "cc
    danielharrington"): an initial glued to a listed surname or a given name
    run into one, as in an identifier (:func:`glued_reading`), no English word."""
    for match in bounded.finditer(_CUED_USER_NAME, text):
        word = match.group("handle")
        if glued_reading(word, data) and not data.is_english(word):
            yield match.start("handle"), match.end("handle"), THRESHOLD


_CUED_USER_NAME = regex.compile(
    r"(?i:\b(?:owner|by|cc|contact|(?:ping|ask)(?<!--\w+)|assignee|reviewer|approver|attn|to|from|with))"
    # (a full stop ends the sentence, not a domain's or a file's name)
    r" (?:now )?(?P<handle>[a-z]{4,24})(?![\p{L}\p{N}@\-_]|\.[\p{L}\p{N}])"
)


def glued_reading(word: str, data: NameData) -> bool:
    """Whether a lower-case token reads as an initial glued to a surname or a
    given name run into one (what ``glued_words`` must list for other languages)."""
    return glued_full(word, data, veto=False) or (
        glued_initial_surname(word, data) and not data.is_english(word)
    )


def handles(text: str, words: list[Word], data: NameData) -> Iterator[tuple[int, int, float]]:
    """A handle of a given name and a surname's initial ("supaporn-w",
    "saravanan_s"): a listed given name of five letters or more, barely a word
    and no place, then "-", "_" or "." and one letter ending the token."""
    for k, (first, second) in enumerate(itertools.pairwise(words)):
        given = first[2]
        if (
            len(second[2]) != 1
            or len(given) < 5
            or text[first[1] : second[0]] not in ("-", "_", ".")
        ):
            continue
        if k and leading_street_type(text, words, k - 1):
            continue  # "rue-mohammed-v": a street named for a king
        start, end = first[0], second[1]
        if (start and (text[start - 1].isalnum())) or (end < len(text) and text[end].isalnum()):
            continue
        if (
            given in data.given
            and data.name_wordiness(given) <= GLUED_MAX_WORDINESS
            and given not in data.places
            and text[start].islower() == text[second[0]].islower()
        ):
            yield start, end, THRESHOLD


# Two capitalized words run together in camel case, standing alone in an identifier.
_CAMEL_PAIR = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<given>\p{Lu}\p{Ll}{3,})(?P<surname>\p{Lu}\p{Ll}{4,})(?![\p{L}\p{M}])"
)


# A word of capitalized parts run together in camel case, standing alone in an
# identifier: no digit or letter of a random string beside it ("iKdkbRwsvCW").
_CAMEL_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:\p{Lu}\p{Ll}+){2,}(?![\p{L}\p{M}\p{N}])")
_CAMEL_PART = regex.compile(r"\p{Lu}\p{Ll}+")
MIN_CAMEL_PART = 3  # letters of each of two strangers run together


def camel_strangers(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """Two parts of a camel-case word in an identifier that no dictionary here
    knows, in any language, nor as a place: two names no list holds
    ("PalesaMasilo", "NoufouZoungrana"), or one beside a listed name that is
    no word either ("ZuhuraAthumani"), also inside a longer camel-case word
    ("TempAccessFatimazahraOuazzani"). A product's or a service's name is
    made of words ("AnomalyDetector", "PicPay", "MercadoPago")."""
    if text.islower():
        return  # most identifiers: no capital to begin a word with
    for word in bounded.finditer(_CAMEL_WORD, text):
        parts = list(_CAMEL_PART.finditer(word.group()))
        for a, b in itertools.pairwise(parts):
            first, second = fold(a.group()), fold(b.group())
            if len(first) < MIN_CAMEL_PART or len(second) < MIN_CAMEL_PART:
                continue
            if _strangers(first, second, data):
                yield word.start() + a.start(), word.start() + b.end(), THRESHOLD


def _strangers(first: str, second: str, data: NameData) -> bool:
    """Both words unknown, or one unknown and the other a listed name no
    dictionary knows as a word (see ``unknown_word``)."""
    one, two = unknown_word(first, data), unknown_word(second, data)
    if one == two:
        return one
    other = second if one else first
    return (other in data.given or other in data.family) and unknown_word(other, data, listed=False)


# A lower-case word standing alone between an identifier's marks, seven letters
# or more: long enough that a surname's ending is a name's, not a short word's.
_LONE_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Ll}{7,}(?![\p{L}\p{M}\p{N}])")


def lone_shaped_surnames(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A surname alone in an identifier, shaped as its language's end
    ("items-jovanovic-import", "scooter_demand_hamburg_wisniewska"): on the
    endings no word of code shares (``surname_shaped(strong=True)``; "-ov",
    "-ev" and "-ian" end "checkov", "maildev", "atlassian"), no English word,
    place or common word of another language."""
    for match in bounded.finditer(_LONE_WORD, text):
        word = match.group()
        if data.surname_shaped(word, strong=True) and word not in foreign_words():
            yield match.start(), match.end(), THRESHOLD


def camel_stranger_surname(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A given name no list holds run in camel case into a surname shaped as its
    language's or listed (the census's tail too) and barely a word, in an
    identifier ("DilnozaYusupova", "GalymzhanOmarov"): the given name a stranger
    with a name's vowels, no English word; not a product's name ("GitHub",
    "PagerDuty": English words)."""
    if text.islower():
        return  # most identifiers: no capital to begin a word with
    for match in bounded.finditer(_CAMEL_PAIR, text):
        given, surname = fold(match.group("given")), fold(match.group("surname"))
        if not (is_stranger(given, data) and vowel_count(given) >= 2):
            continue
        if given in data.glued_words or surname in data.places:
            continue
        if (
            data.surname_shaped(surname)
            or glued_surname(surname, data)
            # (the census's tail too, after a given name: "AssitanDoumbia")
            or (
                surname in data.census_only
                and given not in rare_english()  # "PerceptronTagger"
                and data.name_wordiness(surname) <= GLUED_MAX_WORDINESS
                and surname not in foreign_words()
                and surname not in towns()
            )
        ):
            yield match.start(), match.end(), THRESHOLD
