"""Names in other scripts beside their own address: "RMA-48729,林育祥,kevin.lin@...".

A name written in a script other than Latin (Han, kana, Cyrillic, Greek,
Ethiopic...) in the words or the cell just before or after an email address is
that person's name when its transliteration (anyascii) meets the address's
local part: a whole syllable or word, or several run together ("lin" of
"kevin.lin", "kobayashi" of "daisuke.kobayashi"), or the first syllable and the
initials of the rest, as Chinese addresses are made ("liuxy" for 刘晓燕). Each
sign is weak alone: a Han surname begins many Chinese words, and a cell beside
an address is as often a department's ("销售部, xiaoshou@..."), so a run of Han
characters counts only if it begins with a listed surname and is a name's
length. Scripts whose transliteration loses what their addresses keep (Arabic's
vowels, Hangul's "Oh") simply do not meet theirs.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from anyascii import anyascii

from recognizers import bounded
from recognizers.names import NameData, caseless_words

# One to three words of letters of one script that is not Latin.
_WORDS = r"(?:(?!\p{Latin})[\p{L}\p{M}])+(?: (?:(?!\p{Latin})[\p{L}\p{M}])+){0,2}"
# What stands between a record's cells or a name and its address.
_GAP = r"(?:[ ]*[,;|/<(\[\"'][ ]*|[ ]+)"
_LOCAL = r"(?P<local>[A-Za-z0-9._%+\-]{2,64})@[\p{L}\p{N}\-]+\."
_NAME_THEN_ADDRESS = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<name>{_WORDS}){_GAP}{_LOCAL}")
_ADDRESS_THEN_NAME = regex.compile(
    rf"(?<![A-Za-z0-9._%+\-]){_LOCAL}[\p{{L}}\p{{N}}.\-]*{_GAP}"
    rf"(?P<name>{_WORDS})(?![\p{{L}}\p{{M}}])"
)
_HAN = regex.compile(r"\p{Han}+")
# A syllable of a transliteration that runs syllables together ("LiuXiaoYan").
_SYLLABLE = regex.compile(r"[A-Z]?[a-z]+")
_LETTERS = regex.compile(r"[a-z]+")
MIN_MET = 3  # letters of the local part's piece that meets the name
HAN_NAME = (2, 4)  # characters of a Chinese name, surname and given name together
MAX_SURNAME = 2  # characters of a Han surname ("欧阳")
_FAMILIAR = frozenset("老小阿")


def named_beside_address(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """Spans of ``text`` that name the person whose address stands beside them
    (see the module docstring)."""
    if "@" not in text:
        return  # cheaper than the patterns
    for pattern in (_NAME_THEN_ADDRESS, _ADDRESS_THEN_NAME):
        for match in bounded.finditer(pattern, text):
            name = match.group("name")
            if _name_shaped(name, data) and _meets(name, match.group("local")):
                yield match.start("name"), match.end("name"), 1.0


def _name_shaped(name: str, data: NameData) -> bool:
    """A name's shape in its script: Han characters of a name's length that
    begin with a listed surname, or words none of which is a common word of the
    languages whose words are held."""
    if bounded.fullmatch(_HAN, name) is not None:
        # "老张", "小谢", "阿明": old, little, a familiar "a" before a surname
        rest = name[1:] if name[0] in _FAMILIAR else name
        return HAN_NAME[0] <= len(name) <= HAN_NAME[1] and any(
            rest[:n] in data.native_family for n in range(1, MAX_SURNAME + 1)
        )
    common = caseless_words()
    return not any(word in common for word in name.split(" "))


def _meets(name: str, local: str) -> bool:
    """Whether a piece of the local part is the name's transliteration: one of
    its syllables or words, several run together, or the first and the
    initials of the rest."""
    syllables = [
        s.lower() for word in anyascii(name).split() for s in bounded.findall(_SYLLABLE, word)
    ]
    if not syllables:
        return False
    readings = {
        "".join(syllables[i:j])
        for i in range(len(syllables))
        for j in range(i + 1, len(syllables) + 1)
    }
    initials = "".join(s[0] for s in syllables[1:])
    readings |= {syllables[0] + initials, initials + syllables[0]}
    return any(
        len(piece) >= MIN_MET and piece in readings
        for piece in bounded.findall(_LETTERS, local.lower())
    )
