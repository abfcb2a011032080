"""Names a call gives once and mentions again: "Terry" in a note beside a tag
holding "Terry Watkins", "Oh Serin" in a row beside ``serin.oh@example.com``.

Run after every field of a call has its verdict (:func:`with_mentions`): the
names found, and the names that the call's email addresses spell, are looked
for in the call's other free-form fields."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex

from recognizers.names import name_data, tokens
from recognizers.normalize import needs_normalizing, normalize, plain, to_normalized, to_original
from recognizers.pairs import names_a_thing
from recognizers.person import named_thing
from recognizers.person_handles import words_name_a_person
from recognizers.person_words import MIN_WORD, PARTICLES
from scrubber.fields import Role
from scrubber.kinds import Action
from scrubber.verdicts import (
    FieldScan,
    FieldVerdict,
    Flag,
    action_for,
    free_form,
    reread,
    with_flags,
)

MIN_MENTION = 3  # letters: "Lee", "Kim" and "Ngo" are names too
MENTION_SCORE = 0.7
_ACRONYM = 4  # letters: a mention this short in capitals is an acronym
_NAME_JOINTS = frozenset({"", " ", "_", "-", "."})


@dataclass(frozen=True)
class _Named:
    """What a call names. ``alone``: words that name their person alone;
    ``joined``: every word of the names found, which joins such a word where
    it stands beside it; ``spelled``: the words of each name an email
    address spells, sorted, found only all together."""

    alone: frozenset[str]
    joined: frozenset[str]
    spelled: frozenset[tuple[str, ...]]


def with_mentions(verdicts: list[FieldVerdict], scan: FieldScan) -> list[FieldVerdict]:
    """A name found in one field of a call, mentioned alone in another: "Terry"
    in a note beside a tag holding "Terry Watkins", "Faizal" beside
    ``ahmad_faizal``. A word of a name found (see :func:`_named`) is that
    person's in the call's other free-form fields too, with the name's other
    words joined to it there (``chrystalla_ioannou`` whole, where "Chrystalla
    Ioannou" was found). So is the name an email address found spells whole
    ("Oh Serin" or ``serin_oh`` beside ``serin.oh@example.cn``). A fault
    blocks the field, as in :func:`scan_field`."""
    named = _named(verdicts)
    if named is None:
        return verdicts
    return [reread(verdict, lambda v: _mentioned(v, named, scan)) for verdict in verdicts]


def _named(verdicts: list[FieldVerdict]) -> _Named | None:
    """The words of the names found in a call (of two words or more: a word
    found alone is surer in its own field than beside another): those that name
    their person alone, listed names that are barely English words and no
    places (a coined name's words are no one's); and all their words. And the
    names the call's email addresses spell (see :func:`_spelled_name`)."""
    data = name_data()
    alone: set[str] = set()
    joined: set[str] = set()
    spelled: set[tuple[str, ...]] = set()
    for verdict in verdicts:
        for flag in verdict.flags:
            text = plain(verdict.field.text[flag.start : flag.end])
            if flag.entity_type == "EMAIL_ADDRESS":
                name = _spelled_name(text)
                if name is not None:
                    spelled.add(name)
                continue
            if flag.entity_type != "PERSON":
                continue
            words = tokens(text)
            if len(words) < 2:
                continue
            name = _found_name([w for _, _, w in words])
            if name is not None:
                spelled.add(name)
            for _, _, word in words:
                if word in PARTICLES:
                    continue
                joined.add(word)  # "ng" of "DarrenNg" too
                if (
                    len(word) >= MIN_MENTION
                    and word in data.usable
                    and data.word_score(word) < MIN_WORD
                    and word not in data.places
                ):
                    alone.add(word)
    if not (alone or spelled):
        return None
    return _Named(frozenset(alone), frozenset(joined), frozenset(spelled))


# The local part of an address: words joined by ".", "_" or "-", a
# sub-address after "+" left out ("hirut.bekele+kf").
_LOCAL_PART = regex.compile(r"\p{L}+(?:[._\-]\p{L}+){1,2}(?=[+@])")


def _found_name(words: list[str]) -> tuple[str, ...] | None:
    """A name found, of two or three words (particles left out), to be looked
    for whole in the call's other fields as an address's name is, in any
    order and joined as a name's words are ("modise-kabelo", "zanelemthembu"
    where "Kabelo Modise" was found), whether or not a list holds its words."""
    own = [w for w in words if w not in PARTICLES]
    if not _name_sized(own):
        return None
    data = name_data()
    if any(data.word_score(w) >= MIN_WORD or w in data.places for w in own):
        return None
    return tuple(sorted(own))


def _spelled_name(address: str) -> tuple[str, ...] | None:
    """The name an email address spells: two or three words of two letters or
    more, none an ordinary English word, and one a listed name or every one
    a word English does not know ("serin.oh", "neijon.lanki"; not
    "sales.team", "jakarta.ops")."""
    local = _LOCAL_PART.match(address)
    if local is None:
        return None
    words = [w for _, _, w in tokens(local.group())]
    if not _name_sized(words) or not words_name_a_person(words, name_data()):
        return None
    return tuple(sorted(words))


def _name_sized(words: list[str]) -> bool:
    """Two or three words of two letters or more, one of ``MIN_MENTION`` at least."""
    return (
        2 <= len(words) <= 3 and min(map(len, words)) >= 2 and max(map(len, words)) >= MIN_MENTION
    )


def _mentioned(verdict: FieldVerdict, named: _Named, scan: FieldScan) -> FieldVerdict:
    fld = verdict.field
    if (
        verdict.blocks
        or fld.role is Role.LABEL
        or not fld.text
        or not free_form(fld.spec)
        or fld.spec.enum
        or (fld.context and names_a_thing(fld.context))  # tags["Brand"]: "Barbie"
        or "PERSON"
        not in scan.policy.entities_for(fld.spec.kind.value, scan.detector.registry.entities)
        or scan.policy.is_allowed_value(fld.text)
    ):
        return verdict
    action = action_for(scan, fld.spec.kind, "PERSON")
    if action is Action.ALLOW:
        return verdict
    # Read as detection reads it: a name disguised (fullwidth, invisible
    # characters between its letters, escapes) is the name.
    text, origin = normalize(fld.text) if needs_normalizing(fld.text) else (fld.text, None)
    words = tokens(text)
    taken = [(f.start, f.end) for f in verdict.flags]
    if origin is not None:
        mapped = to_normalized(origin)
        taken = [s for s in (mapped(a, b) for a, b in taken) if s is not None]
    # Only where nothing was found yet; a short word in capitals is an acronym ("IBAN").
    free = [
        (start, end, word)
        for start, end, word in words
        if not any(a < end and start < b for a, b in taken)
        and not (end - start <= _ACRONYM and text[start:end].isupper())
    ]
    found = [*_mentions(text, words, free, named), *_spelled(text, free, named.spelled)]
    # Not a street or a building named after the person: "Gopinath Bordoloi Road".
    spans = [(start, end) for start, end in found if not named_thing(text, start, end)]
    if origin is not None:
        spans = [to_original(origin, start, end) for start, end in spans]
    new = [Flag("PERSON", start, end, MENTION_SCORE, action, "Mention") for start, end in spans]
    if not new:
        return verdict
    return with_flags(verdict, new, scan)


def _mentions(
    text: str,
    words: list[tuple[int, int, str]],
    free: list[tuple[int, int, str]],
    named: _Named,
) -> list[tuple[int, int]]:
    """Each free word that names its person alone, with the name's words beside it."""
    found = []
    starts = {start for start, _, word in free if word in named.alone}
    for i, (start, _, _) in enumerate(words):
        if start not in starts:
            continue
        first = last = i
        while first and _joins(text, words[first - 1], words[first], named.joined):
            first -= 1
        while last + 1 < len(words) and _joins(text, words[last], words[last + 1], named.joined):
            last += 1
        found.append((words[first][0], words[last][1]))
    return found


def _spelled(
    text: str, free: list[tuple[int, int, str]], spelled: frozenset[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """Each run of free words that is the name an address spells, all its
    words and no more, in any order and joined as a name's words are ("Oh
    Serin", ``serin_oh``, "SerinOh"), or run together in one word ("serinoh")."""
    found = []
    for name in spelled:
        size = len(name)
        glued = _glued_forms(name) if size == 2 else set()
        for i, (start, end, word) in enumerate(free):
            if word in glued:
                found.append((start, end))
                continue
            run = free[i : i + size]
            if (
                len(run) == size
                and tuple(sorted(w for _, _, w in run)) == name
                and all(text[a[1] : b[0]] in _NAME_JOINTS for a, b in itertools.pairwise(run))
            ):
                found.append(_with_own_words(text, free, i, i + size - 1))
    return found


def _glued_forms(name: tuple[str, ...]) -> set[str]:
    """A name of two words run together as user names are made, either word
    first, or an initial before the other word of four letters or more:
    "serinoh", "ohserin"; "ahadjipetrou" of "Andreas Hadjipetrou"."""
    first, second = name
    forms = {first + second, second + first}
    forms |= {a[0] + b for a, b in ((first, second), (second, first)) if len(b) >= 4}
    return forms


_MORE_WORDS = 2  # a name's words an address leaves out: "Jasy Ramírez Ñamandu"


def _with_own_words(
    text: str, free: list[tuple[int, int, str]], first: int, last: int
) -> tuple[int, int]:
    """The span of ``free[first..last]`` with the capitalized words beside it
    that are barely English words nor places: the name's words an address
    leaves out ("Jasy Ramírez Ñamandu" beside ``jasy.ramirez@...``)."""
    data = name_data()

    def own(i: int, j: int) -> bool:
        start, _, word = free[j]
        return (
            text[free[min(i, j)][1] : free[max(i, j)][0]] in (" ", "-")
            and text[start].isupper()
            and data.word_score(word) < MIN_WORD
            and word not in data.places
        )

    low, high = first, last
    while low > 0 and first - low < _MORE_WORDS and own(low, low - 1):
        low -= 1
    while high + 1 < len(free) and high - last < _MORE_WORDS and own(high, high + 1):
        high += 1
    return free[low][0], free[high][1]


def _joins(
    text: str, left: tuple[int, int, str], right: tuple[int, int, str], joined: frozenset[str]
) -> bool:
    """Whether two words stand together as one name's: both words of the name,
    written together or apart by a space, "_", "-" or "."."""
    return text[left[1] : right[0]] in _NAME_JOINTS and (
        _of_name(left[2], joined) and _of_name(right[2], joined)
    )


def _of_name(word: str, joined: frozenset[str]) -> bool:
    """A word of the name, or two of its words run together: "hasanemre"
    where "Hasan Emre Çağlar" was found, "mariajoao" beside "Maria João"."""
    return word in joined or any(
        word[:k] in joined and word[k:] in joined for k in range(MIN_MENTION, len(word) - 1)
    )
