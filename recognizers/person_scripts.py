"""Names in scripts without capitals, and East Asian names in any script.

Arabic, Hebrew, Indic and Ethiopic scripts give no capital to tell a name from
a word: a name there is one or two words after a word announcing a person, or a
whole value of a name's shape. Han, Hangul and kana names are a listed surname
and given name making up a run (``张伟``, ``김민준``, ``山田太郎``), or a name
before an honorific; Thai and Myanmar names follow their titles; Vietnamese,
Korean and Chinese names in Latin letters are read surname first (pinyin,
Cantonese, hyphenated given names).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import regex

from recognizers import bounded
from recognizers.names import (
    NameData,
    caseless_words,
    fold,
    foreign_words,
)
from recognizers.person_words import (
    CAPITAL,
    EAST_ASIAN_SURNAMES,
    LEADING_STREET_TYPES,
    MIN_WORD,
    PERSON_LABELS,
    STREET_TYPES,
    THRESHOLD,
    TITLES,
    WORDY_SYLLABLE,
    Word,
    clear_given,
    cued_before,
    is_particle,
    set_off,
)

# Honorifics of Indonesia and Malaysia (Ibu, Pak, Bapak, Mbak; Encik, Cik,
# Puan, Tuan), the Philippines (Kuya), Thailand (Khun), India (Shri, Smt), East
# Africa (Swahili Bwana, Bi, Mzee, Ndugu) and West Africa and Somalia (Alhaji,
# Alhaja, Hajia, Xaaji: who made the pilgrimage), capitalized before a name:
# "Ibu Sumiati", "Pak Joko", "Encik Rahim", "Mzee Lyimo", "Alhaji Musa Bello".
# Not "Bu", Turkish for "this" ("Bu Pazartesi"), nor "Ate" (a sister; "Ate
# lunch"), nor "Mama" and "Dada" ("Mama Mia", "Dada Manifesto").
# Thai ones in Latin letters too: Khun, Nong (younger) and P' (elder) come
# before a nickname, which is as often an English word ("Khun Mint", "Nong
# Ploy", "P'Earth"); "Nong" begins towns as well ("Nong Khai").
CAPITALIZED_TITLES = frozenset(
    "ibu pak bapak mbak encik cik puan tuan kuya khun shri smt bwana bi mzee ndugu alhaji"
    " alhaja hajia xaaji nong p".split()
)
# Senegal's and Mali's "El Hadji" (Elhadj), written as part of the given name
# there: the name's span begins with it ("El Hadji Malick Mbengue"), and a
# word before a name that is one stays the name's ("Hadj Ousmane Diop").
NAME_PART_TITLES = frozenset("hadj hadji elhadj elhadji".split())
# Every word that begins a match of ``person_cues.CAPITALIZED_TITLED``.
CAPITALIZED_TITLED_WORDS = CAPITALIZED_TITLES | NAME_PART_TITLES
# Titles of Myanmar (Daw, Maung; Karen Saw, Naw; Shan Sai, Nang) and Laos
# (Thao), romanized before a name of short capitalized syllables: "Daw Khin Mar
# Aye", "Saw Kpaw Htoo", "Naw Eh Moo". A Burmese name has no surname: the whole
# run is the name. Not Khmer's "Lok" ("Lok Sabha") nor Lao "Sao" ("Sao Paulo").
SEA_TITLES = frozenset("daw maung mg saw naw sai nang thao".split())
SEA_TITLED = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<title>Daw|Maung|Mg\.?|Saw|Naw|Sai|Nang|Thao) "
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]{1,8}(?: \p{Lu}[\p{Ll}\p{M}]{1,8}){0,3})(?![\p{L}\p{M}])"
)
# Of those, the parts of a name (Burmese "Maung", Karen "Saw", Shan "Nang"), not
# titles before it: the name's span begins with them.
_SEA_NAME_PARTS = frozenset("maung mg saw naw sai nang".split())
MAX_SEA_WORD_LETTERS = 4  # a longer word that is an English word ends the name ("Mill")
# Thai titles, glued to the name or before it: Mr, Mrs, Miss (and its short
# form), boy, girl, and the polite "Khun".
THAI_TITLES = ("นางสาว", "นาง", "นาย", "คุณ", "น.ส.", "ด.ช.", "ด.ญ.")
_THAI_TITLED = regex.compile(
    "(?P<title>" + "|".join(regex.escape(t) for t in THAI_TITLES) + r") ?"
    r"(?P<given>\p{Thai}+)(?: (?P<family>\p{Thai}+))?"
)
MAX_THAI_WORD = 24  # characters of one dictionary word looked for at a title


# Scripts without capitals: only the words before a name mark it there.
# (a word of the script, with its marks and joiners; a letter of it)
_CASELESS_SCRIPTS = tuple(
    (regex.compile(rf"[\p{{{script}}}\p{{M}}\u200c\u200d]+"), regex.compile(rf"\p{{{script}}}"))
    for script in (
        "Arabic Hebrew Thai Lao Khmer Myanmar Devanagari Bengali Gurmukhi Gujarati Oriya"
        " Tamil Telugu Kannada Malayalam Sinhala Georgian Ethiopic"
    ).split()
)


def caseless_script_at(text: str, pos: int) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """(a word of the script, a letter of it) of the script without capitals
    whose letter stands at ``pos``, if any."""
    return next((pair for pair in _CASELESS_SCRIPTS if pair[1].match(text, pos)), None)


_HANGUL = regex.compile(r"\p{Hangul}")
_KOREAN_FULL_NAME = regex.compile(r"\p{Hangul}{3}")
_CASELESS_LETTER = regex.compile("|".join(letter.pattern for _, letter in _CASELESS_SCRIPTS))
# A word that announces a person (labels, sign-offs, "reported by", "assigned
# to"), then up to two words of one caseless script: "reported by พรทิพย์",
# "assigned to রফিকুল মন্ডল", "liên hệ مہوش ملک".
_NAMED_AFTER = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?P<cue>"
    r"(?:reported|assigned|approved|signed|handled|checked|verified|raised|requested"
    r"|reviewed|confirmed|acknowledged|ack'?d|owned|signed off) by"
    r"|(?:assigned|handed|handed over|escalated?|reassigned|forwarded|sent) to"
    r"|(?:handover|handed over|taken over) from"
    rf"|{PERSON_LABELS}|contact|owner|assignee|attn|dear|hi|hello|cc|ask|ping|call"
    r"|reporter|requester|approver|reviewer|technician"
    r")(?![\p{L}\p{M}])[\s:\uff1a,\-\u2013\u2014]*"
    # (a short form with its dot may come first: Hindi "मो." (Md.), "डॉ." (Dr.))
    r"(?P<name>(?P<short>[\p{L}\p{M}]{1,4}\. ?)?"
    r"[\p{L}\p{M}\u200c\u200d]+(?: [\p{L}\p{M}\u200c\u200d]+)?)"
)
MAX_CASELESS_WORD = 20  # letters: a longer run is words written together, not a name
NEXT_CASELESS_WORD = regex.compile(r" (?P<word>[\p{L}\p{M}\u200c\u200d]+)")
# A value of one such word is a nickname or given name ("พลอย", "แนน") only this short.
MAX_CASELESS_ALONE = 6
# Vietnamese names: the commonest surnames (Faker's vi_VN list, and the others
# of the fourteen that nine in ten Vietnamese bear) and middle names (Faker's
# vi_VN list), closed classes like the particles; a letter only Vietnamese
# writes; two to four short capitalized words, written apart.
_VIETNAMESE_SURNAMES = frozenset(
    "nguyen tran le pham vu dang bui duong mai hoang huynh phan vo do ho ngo ly".split()
)
# A Vietnamese user name initials the surname after the given name ("phuclh"
# is Phuc, Le H.): the first letters of those surnames.
VIETNAMESE_INITIALS = frozenset(surname[0] for surname in _VIETNAMESE_SURNAMES)
VIETNAMESE_MIDDLE_NAMES = frozenset(
    "van thi quang duc tri xuan hoang hai the tan phu huu bao mai".split()
)
_VIETNAMESE_LETTER = regex.compile(r"[\u1ea0-\u1ef9đĐơƠưƯăĂũŨĩĨ]")
_VIETNAMESE_NAME = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_\-.@/])\p{Lu}[\p{Ll}\p{M}]{0,6}(?: \p{Lu}[\p{Ll}\p{M}]{0,6}){1,3}"
    r"(?![\p{L}\p{M}\p{N}_\-@/])"
)
# A given name of two pinyin syllables (an initial, a final): "zihan", "haoran".
# g, k and h take no final in i or ü, j, q and x only those; without an
# initial a syllable starts with a, e or o (y and w write i and u there).
_PINYIN_SYLLABLE = (
    r"(?:[gkh](?:uang|uai|uan|ang|eng|ong|ai|an|ao|ei|en|ou|ua|ui|un|uo|a|e|u)"
    r"|[jqx](?:iang|iong|ian|iao|ing|ia|ie|in|iu|uan|ue|un|i|u)"
    r"|(?:zh|ch|sh|[bpmfdtnlrzcsyw])"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)"
    r"|ang|eng|ai|an|ao|ei|en|er|ou|a|e|o)"
)
MAX_PINYIN_SURNAME = 6  # letters: "zhuang", "ouyang"
# Pinyin's letters: Latin letters without marks, its tone marks and ü.
_PINYIN_LETTERS = regex.compile(r"(?i:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])+")
_PINYIN_GIVEN = regex.compile(rf"(?={_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}$)[a-z]{{4,}}")
ASIAN_SURNAMES = EAST_ASIAN_SURNAMES | _VIETNAMESE_SURNAMES
# A Cantonese name: such a surname and a given name of two syllables written
# apart ("Chan Tai Man", "CHEUNG SIU MING", "LEE Ka Wai", "wong_ka_wai").
_CANTONESE_NAME = regex.compile(
    r"(?:(?<![\p{L}\p{N}\-_.@/])"
    r"(?:(?P<s>[A-Z][a-z]{1,5}|[A-Z]{2,6}) (?P<a>[A-Z][a-z]{1,4}) (?P<b>[A-Z][a-z]{1,4})"
    r"|(?P<s>[A-Z]{2,6}) (?P<a>[A-Z]{1,5}) (?P<b>[A-Z]{1,5}))"
    # in an identifier, after its other parts: "sandbox-wong_ka_wai"
    r"|(?<![\p{L}\p{N}])(?P<s>[a-z]{2,6})_(?P<a>[a-z]{1,5})_(?P<b>[a-z]{1,5}))"
    r"(?![\p{Latin}\p{N}\-_@])"
)
# A surname of those, a dot, a given name: "nguyen.an", "yoon.jia".
_SURNAME_DOT_GIVEN = regex.compile(
    r"(?<![\p{L}\p{N}.@])(?P<surname>[a-z]{2,6})\.(?P<given>[a-z]{2,8})(?![\p{L}\p{N}@]|\.[a-z])"
)
# An initial before a short surname of those ("N. Vo", "K. Ng", "N. Yip").
_INITIAL_SHORT_SURNAME = regex.compile(
    r"(?<![\w.])[A-Z]\. (?P<surname>[A-Z][a-z]{1,3})\b(?!['\u2019.-])"
)
# A romanized syllable: up to three consonants (or Wade-Giles' aspirated ones,
# "ch'", "k'", "t'", "ts'"), one to three vowels, a final consonant or "ng";
# two of them joined by a hyphen, the first capitalized ("Chih-ch'iang").
SYLLABLE = (
    r"(?:(?:ch|ts|tz|[kpt])['\u2019]|[bcdfghjklmnprstwyz]{0,3})[aeiou]{1,3}(?:ng|[nmklpthw])?"
)
_HYPHENATED = rf"(?P<given>[A-Z]{SYLLABLE}-(?i:{SYLLABLE})|[A-Z]{{2,8}}-[A-Z]{{2,8}})"
_SYLLABLE_WORD = regex.compile(SYLLABLE)
# Latin letters around it end the name; a CJK character may follow ("Park Ji-hoon的").
_HYPHENATED_GIVEN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-_.@/])"
    rf"(?:(?P<before>[A-Z][a-z]{{1,5}}|[A-Z]{{2,6}}) {_HYPHENATED}"
    rf"|{_HYPHENATED} (?P<after>[A-Z][a-z]{{1,5}}|[A-Z]{{2,6}}))"
    rf"(?![\p{{Latin}}\p{{N}}\-_@])"
)
# (the prolonged sound mark "ー" is of no script, but a letter of kana words: "ジロー")
CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u30fc]+|\p{Hangul}+")
_CJK_NAME_GAPS = frozenset({" ", "\u3000", "\u30fb", "\u00b7"})
# Joiners of an identifier's words between a surname and a given name ("김_정식").
_CJK_JOINED_GAPS = frozenset({"_", "-", "."})
_CJK_SUFFIXES = ("先生", "女士", "小姐", "老师", "经理", "さん", "様", "님", "씨")
# A Japanese given name: one or two kanji, or two to four kana ("翔", "拓海",
# "さくら"); "区役所" (a ward office) is a word.
_JAPANESE_GIVEN = regex.compile(r"\p{Han}{1,2}|[\p{Hiragana}\p{Katakana}]{2,4}")


def caseless_named(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """One or two words of a script without capitals just after a word that
    announces a person: a name where the announcing word is written in another
    script ("reported by พรทิพย์", "رابطہ: อนุชา"), or, in the same script,
    where a list holds the first word as a given name or the last as a surname."""
    if text.isascii():
        return
    hangul = _HANGUL.search(text) is not None
    if not hangul and _CASELESS_LETTER.search(text) is None:
        return
    for match in bounded.finditer(_NAMED_AFTER, text):
        start = match.end("short") if match.group("short") else match.start("name")
        name = text[start : match.end("name")]
        if hangul and _korean_full_name(name.split(" ")[0], data):
            yield start, start + len(name.split(" ")[0]), 1.0
            continue
        found = caseless_script_at(text, start)
        if found is None:
            continue
        script, letter = found
        words = name.split(" ")
        if len(words) == 2 and not script.fullmatch(words[1]):
            words = words[:1]  # "พรทิพย์ will approve": the name ends with its script
        if not _caseless_name(words, script):
            continue
        listed = words[0].lower() in data.native_given or (words[-1].lower() in data.native_family)
        if letter.search(match.group("cue")) is not None and not listed:
            continue  # "ติดต่อ: ฝ่ายบริการลูกค้า" (contact: customer service) names no one
        end = start + len(" ".join(words))
        third = NEXT_CASELESS_WORD.match(text, end) if len(words) == 2 else None
        if (
            third is not None
            and script.fullmatch(third.group("word")) is not None
            and len(third.group("word")) <= MAX_CASELESS_WORD
            and _three_named([*words, third.group("word")], letter)
        ):
            end = third.end()  # "فاطمة علي ورسمه": a third name, never left beside two
        yield start, end, 1.0


# Lao and Khmer run a sentence's words together and space its phrases, but
# write a person's given name and surname apart: two such runs, short as names
# are, the only words of the script in a text in Latin letters, are a name
# ("Freezer 4 (ສຸກສະຫວັນ ພົມມະຈັນ's section)"), where no list of the
# languages' words would tell them from a phrase. A text written in the
# language has more of its words; alone, two of them are as often a UI's
# label ("ໂຄງການ ກະໂນມ", the GNOME project): measured on GNOME's, Django's and
# CLDR's Lao and Khmer, 3 of 2,431 strings with Latin words beside them.
_SPACED_SCRIPTS = tuple(
    regex.compile(rf"(?:(?=\p{{{script}}})[\p{{L}}\p{{M}}]|\u200b)+") for script in ("Lao", "Khmer")
)
_SPACED_WORD = regex.compile(r"[\p{L}\p{M}]{2,12}")
_SPACED_HINT = regex.compile(r"[\p{Lao}\p{Khmer}]")
_LATIN_WORD = regex.compile(r"\p{Latin}{3}")


def spaced_names(text: str) -> Iterator[tuple[int, int, float]]:
    if _SPACED_HINT.search(text) is None or _LATIN_WORD.search(text) is None:
        return  # (a text in the language alone, or a value of two such words, tells nothing)
    for script in _SPACED_SCRIPTS:
        runs = bounded.finditer(script, text)
        if (
            len(runs) == 2
            and text[runs[0].end() : runs[1].start()] == " "
            and all(_SPACED_WORD.fullmatch(run.group()) for run in runs)
        ):
            yield runs[0].start(), runs[1].end(), 1.0


def _korean_full_name(word: str, data: NameData) -> bool:
    """Three Hangul syllables, the first a listed surname: a Korean's full name
    ("오세린"); given names are an open class the lists barely hold. Not four
    ("고객센터", customer service, though 고 is a surname too)."""
    return _KOREAN_FULL_NAME.fullmatch(word) is not None and word[0] in data.native_family


def _caseless_name(words: list[str], script: regex.Pattern[str]) -> bool:
    """One or two words of a script without capitals that may be a name: of
    that script, not too long, and the first no common word of its language
    ("contact: مرکز پشتیبانی" (support centre), "צוות התמיכה" (support team))."""
    return (
        script.fullmatch(words[0]) is not None
        and not any(len(word) > MAX_CASELESS_WORD for word in words)
        and words[0] not in caseless_words()
    )


def caseless_value_name(value: str) -> bool:
    """Whether a whole value is a name written in a script without capitals
    (see :func:`_caseless_name`): under a person's key written in another
    script, as after a word announcing a person there. Up to two words, or
    three (see :func:`_three_named`); one word after initials of the script
    ("ம. அறிவழகன்"), or alone where the script spaces its words and its
    language's common words are held ("கயல்விழி"); else one word only short:
    Thai runs words together ("แนน"; not "ฝ่ายบริการลูกค้า", customer service)."""
    rest = _CASELESS_INITIALS.sub("", value, count=1)
    words = rest.split(" ")
    found = caseless_script_at(rest, 0)
    if found is None or len(words) > 3:
        return False
    if (
        len(words) == 1
        and rest == value
        and found[1].pattern not in COMMON_WORDS_HELD
        and len(value) > MAX_CASELESS_ALONE
        and not burmese_name_length(value)
    ):
        return False
    return all(found[0].fullmatch(word) for word in words) and (
        _caseless_name(words, found[0]) and (len(words) < 3 or _three_named(words, found[1]))
    )


def _three_named(words: list[str], letter: regex.Pattern[str]) -> bool:
    """Three words of a script without capitals are a name ("ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ")
    where none is a common word of the languages whose common words we hold,
    and only those: in Thai "ห้องเย็น หมายเลข แปด" (cold room number eight)
    reads as well, and its common words are not held."""
    common = caseless_words()
    return letter.pattern in COMMON_WORDS_HELD and not any(word in common for word in words)


# Scripts of the languages whose common words are held (CASELESS_LANGUAGES).
COMMON_WORDS_HELD = frozenset(
    rf"\p{{{s}}}" for s in "Arabic Hebrew Devanagari Bengali Tamil".split()
)
# Scripts whose languages write their words apart and whose common words no
# list here holds (wordfreq has none of them): a short island of such a script
# holding a name found is the name's ("సాయి కృష్ణ రెడ్డి", "ፍቅርተ ጌታቸው"). Not
# Thai, Lao, Khmer nor Burmese, which run their words together and space phrases.
WORDS_APART_UNHELD = frozenset(
    rf"\p{{{s}}}"
    for s in "Gurmukhi Gujarati Oriya Telugu Kannada Malayalam Sinhala Georgian Ethiopic".split()
)
# A Burmese syllable's first letter: a consonant or an independent vowel that
# no asat (U+103A, after a dot below) kills and no virama stacks under another.
_BURMESE_SYLLABLE = regex.compile(
    r"(?<!\u1039)[\u1000-\u102A\u103F\u104C-\u104F](?!\u1037?\u103A|\u1039)"
)
_MYANMAR_WORD = regex.compile(r"[\p{Myanmar}\u200c\u200d]+")
# Burmese titles written before the name, run together with it: U, Daw, Ko,
# Maung, Saya, Sayama, Doctor (a closed class, as Thai's).
BURMESE_TITLES = ("ဦး", "ဒေါ်", "ကို", "မောင်", "ဆရာမ", "ဆရာ", "ဒေါက်တာ")
MAX_BURMESE_SYLLABLES = 4  # "ဇော်မင်းထွန်း" (Zaw Min Htun) three; a title one more


def burmese_name_length(value: str) -> bool:
    """Whether one word of Burmese is as long as a name may be: Burmese names
    have no surname and are written as one run of two to four syllables
    ("အောင်ကျော်", "ဇော်မင်းထွန်း"), a title before them perhaps
    ("ဦးအောင်ကျော်"), where the Thai rule's nickname length would refuse them."""
    if _MYANMAR_WORD.fullmatch(value) is None:
        return False
    syllables = len(_BURMESE_SYLLABLE.findall(value))
    return 2 <= syllables <= MAX_BURMESE_SYLLABLES + value.startswith(BURMESE_TITLES)


# Initials before a name in a script without capitals: "ம. ", "W.A. ".
_CASELESS_INITIALS = regex.compile(r"^(?:\p{L}\p{M}*\. ?){1,3}(?=\p{L})")


def sea_titled(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A name after a romanized title of Myanmar or Laos ("Daw Khin Mar Aye"),
    its words up to one that is an English word of five letters or more ("Saw
    Kpaw Htoo Road" is the name, "Saw Mill Road" none). Not a place ("Sai
    Kung", "Da Nang")."""
    for match in bounded.finditer(SEA_TITLED, text):
        words = match.group("name").split(" ")
        kept = 0
        for word in words:
            folded = fold(word)
            if len(folded) > MAX_SEA_WORD_LETTERS and data.word_score(folded) >= MIN_WORD:
                break
            kept += 1
        if kept == 0 or data.word_score(fold(words[0])) >= MIN_WORD:
            continue
        if match.group("title") == "Saw" and (
            kept < 2 or all(data.is_english(fold(word)) for word in words[:kept])
        ):
            continue  # "saw" is a tool too: "Table Saw Pro", "Saw Pro Max"
        named = " ".join(words[:kept])
        if fold(text[match.start() : match.start("name")] + named) in data.places:
            continue
        if any(fold(" ".join(words[: i + 1])) in data.places for i in range(kept)):
            continue
        part = fold(match.group("title").rstrip(".")) in _SEA_NAME_PARTS
        start = match.start() if part else match.start("name")
        # The title inside a longer name: the words before it are the name's
        # ("Venkata Naga Sai Srinivas Kothapalli"), up to a word or a place.
        while (before := _NAME_WORD_BEFORE.search(text, max(0, start - 24), start)) and (
            unlisted_before(before.group("word"), data)
        ):
            start = before.start("word")
        yield start, match.start("name") + len(named), 1.0


_NAME_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?P<word>\p{Lu}[\p{Ll}\p{M}]+) $")


def unlisted_before(word: str, data: NameData) -> bool:
    """A capitalized word before a name that is no word (of English or of the
    languages compared), no place and no title: part of the name."""
    folded = fold(word)
    return (
        data.word_score(folded) < MIN_WORD
        and folded not in data.places
        and folded not in foreign_words()
        and folded not in TITLES
        and folded not in CAPITALIZED_TITLES
        and folded not in SEA_TITLES
        and not is_particle(word)
    )


def thai_titled(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Thai name after a title ("คุณสมชาย ใจดี", "นางสาวพรทิพย์"): a listed
    given name beginning the run after the title, or a whole word before a
    listed surname; the surname after it where listed, or where no common word
    begins it. Not where the title begins a dictionary word ("คุณภาพ",
    quality; "นายหน้า", broker): Thai writes its words together."""
    if "\u0e00" > max(text) or not any(title in text for title in THAI_TITLES):
        return
    words = caseless_words()
    for match in bounded.finditer(_THAI_TITLED, text):
        at = match.start()
        shortest = len(match.group("title")) + 1
        if _begins_word(text[at : at + MAX_THAI_WORD], words, shortest=shortest):
            continue
        run, family = match.group("given"), match.group("family")
        # (every look bounded by a word's length: a value may be one long run)
        given = next(
            (
                size
                for size in range(min(len(run), MAX_THAI_WORD), 1, -1)
                if run[:size] in data.native_given
            ),
            0,
        )
        if not given and not (family and family in data.native_family):
            continue
        rest = run[given:] if given else ""
        if rest and len(rest) <= MAX_THAI_WORD and not _begins_word(rest, words):
            given = len(run)  # "วิภาวดี" past the listed "วิภา": no word follows it
        end = match.start("given") + (given or len(run))
        if (
            family
            and (given in (0, len(run)))
            and (family in data.native_family or not _begins_word(family, words))
        ):
            end = match.end("family")
        yield match.start("given"), end, 1.0


def _begins_word(text: str, words: frozenset[str], *, shortest: int = 1) -> bool:
    """Whether a common word of ``shortest`` characters or more begins ``text``
    (Thai writes its words together)."""
    last = min(len(text), MAX_THAI_WORD)
    return any(text[:size] in words for size in range(shortest, last + 1))


def east_asian_names(
    text: str, words: list[Word], present: set[str], data: NameData
) -> Iterator[tuple[int, int, float]]:
    """Vietnamese, Korean, Taiwanese, Hong Kong and mainland Chinese names in
    Latin letters (``present``: the text's words), read only where a word is
    one of their surnames, capitalized where it is also an English word ("An",
    "Do", "Song"; not "an example"): most texts hold none, and the patterns
    cost more than the lookups."""
    if not present.isdisjoint(data.pinyin_surnames):
        yield from _pinyin_names(text, words, data)
    found = present.intersection(ASIAN_SURNAMES)
    if not found:
        return
    capitalized = any(w in found and text[a].isupper() for a, _, w in words)
    if not capitalized and all(data.word_score(w) >= WORDY_SYLLABLE for w in found):
        return
    # Each shape's own mark first: capitals, a hyphen, a full stop, an underscore.
    if capitalized:
        yield from _vietnamese_names(text, data)
        if "-" in text:
            yield from _hyphenated_given(text, data)
        if ". " in text:
            yield from _initial_short_surname(text, data)
    if capitalized or "_" in text:
        yield from _cantonese_names(text, data)
    if "." in text:
        yield from _surname_dot_given(text, data)
    if "_" in text or "-" in text or "." in text:
        yield from _glued_syllables_given(text, words, found, data)


# A given name of two syllables of Cantonese, Wade-Giles or Korean written
# together, as user names write them ("siufung", "hoyin", "tsunghan", "seojin").
_ROMANIZED_SYLLABLE = (
    r"(?:ch|sh|ts|hs|ng|kw|gw|ph|th|kh|zh|[bcdfghjklmnpstwyz])?[aeiou]{1,3}(?:ng|[nmkptl])?"
)
_TWO_SYLLABLES = regex.compile(f"(?:{_ROMANIZED_SYLLABLE}){{2}}")
MIN_GLUED_SYLLABLES = 5  # letters: "kaman", "hoyin"; not "tomo", "dana"


def _glued_syllables_given(
    text: str, words: list[Word], surnames: set[str], data: NameData
) -> Iterator[tuple[int, int, float]]:
    """One of these surnames (``surnames``: those in the text) joined by "_",
    "-" or "." to such a given name, either first, in lower case
    (`tsang_hoyin`, `tsai_tsunghan`, `seojin_yoon`): the given
    name no English word, common word of another language, place, or word
    the rules would read as names run together."""
    for first, second in _pairs_apart(text, words, ("_", "-", ".")):
        start, end = first[0], second[1]
        if not text[start:end].islower():
            continue
        for surname, given in ((first[2], second[2]), (second[2], first[2])):
            if (
                surname in surnames
                and len(surname) >= 3  # "an", "ko", "ma": pieces of words as often
                and len(given) >= MIN_GLUED_SYLLABLES
                and _TWO_SYLLABLES.fullmatch(given) is not None
                and not data.is_english(given)
                and given not in data.places
                and given not in data.glued_words
                and given not in foreign_words()
            ):
                yield start, end, THRESHOLD
                break


def _vietnamese_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Vietnamese name, surname first: one of the surnames most Vietnamese
    bear, then one to three short capitalized words, written with Vietnamese
    letters ("Lê Thị Hoa", "Vũ Thu Hà") or, without them, a middle name
    between ("Nguyen Van An"): the whole name, never "Văn An" beside its
    surname. Not a place ("Hồ Chí Minh") nor a street ("đường Lê Lợi",
    "Nguyễn Thị Minh Khai Street")."""
    for match in bounded.finditer(_VIETNAMESE_NAME, text):
        words = match.group().split(" ")
        if fold(words[0]) not in _VIETNAMESE_SURNAMES:
            continue
        if _VIETNAMESE_LETTER.search(match.group()) is None and not (
            len(words) >= 3 and fold(words[1]) in VIETNAMESE_MIDDLE_NAMES
        ):
            continue
        before = text[: match.start()].split()
        after = text[match.end() :].split()
        if (
            " ".join(map(fold, words)) in data.places
            or (before and fold(before[-1]) in LEADING_STREET_TYPES)
            # "Đường Nguyễn Huệ": the street word, not the surname Dương
            or words[0].casefold() == "đường"
            or (after and fold(after[0]) in STREET_TYPES)
        ):
            continue
        yield match.start(), match.end(), THRESHOLD


def _pairs_apart(
    text: str, words: list[Word], gaps: tuple[str, ...]
) -> Iterator[tuple[Word, Word]]:
    """Each word and the next, set apart by one of ``gaps`` only and standing
    alone in ``text`` (no letter or digit glued to either end of the pair)."""
    for first, second in itertools.pairwise(words):
        if text[first[1] : second[0]] not in gaps:
            continue
        start, end = first[0], second[1]
        if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        yield first, second


def _pinyin_names(text: str, words: list[Word], data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Chinese name in pinyin: a surname the lists hold in Han characters,
    romanized, beside a given name of two pinyin syllables that no list nor
    dictionary here knows ("xu zihan", "SUN_HAORAN", "Huang Zihan",
    "haoran.sun"), written alike (both lower case, capitalized or in
    capitals) and apart by a space, "_", "-" or "." only."""
    surnames = data.pinyin_surnames
    for first, second in _pairs_apart(text, words, (" ", "_", "-", ".")):
        if first[2] not in surnames and second[2] not in surnames:
            continue
        start, end = first[0], second[1]
        one, two = text[first[0] : first[1]], text[second[0] : second[1]]
        if _PINYIN_LETTERS.fullmatch(one) is None or _PINYIN_LETTERS.fullmatch(two) is None:
            continue  # "на пути" (on the way) reads as "na puti", Vietnamese "bạn quên"
        if not (
            (one.islower() and two.islower())
            or (one.isupper() and two.isupper())
            or (one[0].isupper() and two[0].isupper() and one[1:].islower() and two[1:].islower())
        ):
            continue
        if (
            one.islower()
            and text[first[1] : second[0]] == " "
            and not _lower_name_marked(text, start, end)
        ):
            continue  # "Lihat di laman", "Faili lililokusanywa ni tupu."
        for surname, given, first_word in (
            (first[2], second[2], True),
            (second[2], first[2], False),
        ):
            if (
                surname in surnames
                # (after the given name, as Western order puts it, a surname
                # other lists hold too: "haoran.sun"; not a rare one, "ge", "ji",
                # "you", that ends identifiers as a short word or code as often)
                and (first_word or surname in data.family)
                and _pinyin_given(given, data)
            ):
                yield start, end, THRESHOLD
                break


def _lower_name_marked(text: str, start: int, end: int) -> bool:
    """Whether a name in lower case words at ``start``-``end`` of prose is marked
    as one: the text is all in lower case, or a word that hands something to a
    person or announces one stands before it, or punctuation sets it off on
    both sides ("Questions -> xu zihan (135...)"). Whoever writes with capitals
    capitalizes names."""
    if CAPITAL.search(text) is None:
        return True
    return cued_before(text, start) or set_off(text, start, end)


def _pinyin_given(word: str, data: NameData) -> bool:
    """A given name of two pinyin syllables that is no English word, place,
    reading of names run together, or other language's word ("nilai",
    Indonesian's "value"; "finden", German's "find")."""
    return (
        _PINYIN_GIVEN.fullmatch(word) is not None
        and not data.is_english(word)
        and word not in data.places
        and word not in data.glued_words
        and word not in foreign_words()
    )


def glued_pinyin_name(word: str, data: NameData) -> bool:
    """A Chinese name in pinyin run together, surname first, as user names are
    made ("xieyutong", "huanglihua"): a surname the lists hold in Han
    characters, romanized, of two letters or more, then a given name of two
    pinyin syllables that is no English word, place or other language's word;
    the whole no English word."""
    if data.is_english(word) or word in data.places or word in data.glued_words:
        return False
    for cut in range(2, min(len(word) - 3, MAX_PINYIN_SURNAME + 1)):
        surname, given = word[:cut], word[cut:]
        if surname in data.pinyin_surnames and _pinyin_given(given, data):
            return True
    return False


def _hyphenated_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Korean or Taiwanese name: one of the commonest surnames of the two
    (romanized) beside a given name of two syllables joined by a hyphen
    ("Park Ji-hoon", "Seo-yeon Lee", "Tsai Yu-ting"), the whole name, each
    syllable shaped as romanized syllables are (no "Drop-off", "Check-in")."""
    if "-" not in text:
        return
    for match in bounded.finditer(_HYPHENATED_GIVEN, text):
        surname = (match.group("before") or match.group("after")).lower()
        one, two = match.group("given").lower().split("-")
        if surname in EAST_ASIAN_SURNAMES and not (
            # "Wang Pop-up", "Ho Wi-fi": an English word written with a hyphen
            data.is_english(one + two)
            or min(data.word_score(one), data.word_score(two)) >= WORDY_SYLLABLE
        ):
            yield match.start(), match.end(), THRESHOLD


# An English given name after a Cantonese name (a comma between, in a roster)
# or before it.
_ENGLISH_GIVEN_AFTER = regex.compile(
    r",? (?P<given>\p{Lu}[\p{Ll}]+|\p{Lu}{3,})(?![\p{L}\p{N}\-_@])"
)
_ENGLISH_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}\p{N}\-_.@/])(?P<given>\p{Lu}\p{Ll}+) $")


def _cantonese_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Cantonese name as Hong Kong writes it: a surname of the commonest and
    two syllables of a given name written apart, the whole name (never "Tai
    Man" beside "Chan"); not a place ("Wong Tai Sin", "Ho Man Tin") nor a
    street, nor two English words after the surname."""
    # Overlapped: "Marcus Ong Jun Jie" is read from "Ong" too, not only from "Marcus".
    for match in bounded.finditer(_CANTONESE_NAME, text, overlapped=True):
        surname, one, two = (match.group(k).lower() for k in ("s", "a", "b"))
        if (
            surname not in EAST_ASIAN_SURNAMES
            or not (_SYLLABLE_WORD.fullmatch(one) and _SYLLABLE_WORD.fullmatch(two))
            or min(data.word_score(one), data.word_score(two)) >= WORDY_SYLLABLE
            or f"{surname} {one} {two}" in data.places
            or f"{one} {two}" in data.places
        ):
            continue
        start, end = match.span()
        # An English given name before or after it, as Singapore and Hong Kong
        # write them: "Kelvin Lim Kok Wah", "NG BOON KEAT DARREN", "GOH SIEW
        # HWEE, CHERYL".
        given = _ENGLISH_GIVEN_AFTER.match(text, end)
        if (
            given is not None
            and fold(given.group("given")) not in STREET_TYPES
            and clear_given(fold(given.group("given")), data)
        ):
            end = given.end()
        before = _ENGLISH_GIVEN_BEFORE.search(text, 0, start)
        if before is not None and clear_given(fold(before.group("given")), data):
            start = before.start()
        after = text[end:].split()
        if after and (fold(after[0]) in STREET_TYPES or after[0][:1].isupper()):
            continue  # "Lam Tin Park": part of a longer capitalized name
        yield start, end, THRESHOLD


def _surname_dot_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A user name of a Vietnamese, Korean or Chinese surname, a dot and a given
    name of one syllable or two ("nguyen.an", "cheung.ming", "yoon.jia"), as
    those names are ordered; not inside a host name or before an "@", and no
    English word after the dot ("ho.json")."""
    if "." not in text:
        return
    for match in bounded.finditer(_SURNAME_DOT_GIVEN, text):
        surname, given = match.group("surname"), match.group("given")
        if (
            surname in ASIAN_SURNAMES
            and (
                _SYLLABLE_WORD.fullmatch(given) is not None
                or _PINYIN_GIVEN.fullmatch(given) is not None
            )
            and (given in data.given or not data.is_english(given))
            and max(data.word_score(given), data.word_score(surname)) < WORDY_SYLLABLE
            and given not in data.places
        ):
            yield match.start(), match.end(), THRESHOLD


def _initial_short_surname(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """An initial before a short Vietnamese, Korean or Chinese surname ("N. Vo",
    "K. Ng"), no English word ("Plan B. So")."""
    if ". " not in text:
        return
    for match in bounded.finditer(_INITIAL_SHORT_SURNAME, text):
        surname = match.group("surname").lower()
        if surname in ASIAN_SURNAMES and data.word_score(surname) < WORDY_SYLLABLE:
            yield match.start(), match.end(), THRESHOLD


def cjk_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A listed surname and given name making up a whole run of CJK characters
    (an honorific may follow), or two runs an identifier's joiner joins (see
    :func:`_cjk_joined`), or a listed surname of two characters and a
    short run written apart from it, or a Japanese name in kana written apart
    (:func:`_kana_name`)."""
    if not data.native_family:
        return
    runs = list(CJK_RUN.finditer(text))
    for i, m in enumerate(runs):
        after = runs[i + 1] if i + 1 < len(runs) else None
        if (
            after is not None
            and text[m.end() : after.start()] in _CJK_JOINED_GAPS
            and _cjk_joined(m.group(), after.group(), data)
        ):
            yield m.start(), after.end(), 1.5
            continue
        run = _without_honorific(m.group())
        # (Japanese surnames run to three characters, 佐々木, 長谷川, 小早川, and
        # a few to four: 勅使川原, 武者小路)
        for cut in (1, 2, 3, 4):
            if run[:cut] in data.native_family and run[cut:] in data.native_given:
                yield m.start(), m.start() + len(run), 1.5
                break
        else:
            # Written apart: "田中 美咲", "田中　美咲", "田中・美咲".
            if (
                after is None
                or text[m.end() : after.start()] not in _CJK_NAME_GAPS
                or run != m.group()
            ):
                continue
            given = _before_honorific(_without_honorific(after.group()))
            if run in data.native_family:
                # Japanese writes no spaces between words: after a listed
                # surname of two characters, a short run written apart is
                # the given name, listed or not ("伊藤 さくら", "高橋 翔",
                # "佐藤 健太様より": the honorific and what follows it are not).
                if given in data.native_given or (
                    len(run) >= 2
                    and given not in _CJK_SUFFIXES
                    and _JAPANESE_GIVEN.fullmatch(given) is not None
                ):
                    yield m.start(), after.start() + len(given), 1.5
            elif _kana_name(run, given, data) and not _inside_kana_word(
                text, m.start(), after.start() + len(given)
            ):
                yield m.start(), after.start() + len(given), 1.5


def _cjk_joined(first: str, second: str, data: NameData) -> bool:
    """Whether two CJK runs joined as an identifier joins words ("김_정식",
    "阿部-陽一", "凤英_华") are a listed surname and a listed given name, in
    either order: an identifier may put the given name first, as Latin letters
    do. Listed only: no shape of a given name (Japanese "設定", settings, is
    one) counts here."""
    return (first in data.native_family and second in data.native_given) or (
        first in data.native_given and second in data.native_family
    )


_KANA_CLASS = r"[\p{Hiragana}\p{Katakana}ー]"
_KANA = regex.compile(rf"{_KANA_CLASS}{{2,8}}")
# Long vowels as the Hepburn lists write them: "さとう" reads "satou", listed "sato".
_LONG_VOWELS = (("ou", "o"), ("uu", "u"), ("oo", "o"))


def _kana_name(surname: str, given: str, data: NameData) -> bool:
    """A Japanese name written in kana, surname and given name apart ("たかはし
    みさき", "スズキ ハルト"): each read in Latin letters (the lists hold Japanese
    names so, few in kana) a listed surname and given name, barely a word
    and no place (not "サーバー メンテナンス", "server maintenance")."""
    if _KANA.fullmatch(surname) is None or _KANA.fullmatch(given) is None:
        return False
    return _kana_listed(surname, data.family, data) and _kana_listed(given, data.given, data)


def _inside_kana_word(text: str, start: int, end: int) -> bool:
    """Whether kana or a long-vowel mark run on either side of ``text[start:end]``:
    the runs are a longer word's pieces ("ニュージーランド・ドル")."""
    return (start > 0 and _KANA_LETTER.match(text, start - 1) is not None) or (
        _KANA_LETTER.match(text, end) is not None
    )


_KANA_LETTER = regex.compile(_KANA_CLASS)


def _kana_listed(kana: str, names: frozenset[str], data: NameData) -> bool:
    read = fold(kana)
    for long, short in _LONG_VOWELS:
        read = read.replace(long, short)
    return (
        len(read) >= MIN_KANA_READING
        and read in names
        and read not in data.places
        and data.word_score(read) < MIN_WORD
    )


MIN_KANA_READING = 3  # letters: "yu", "ai" are too often a word's syllables


def romaji_honorific_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A listed surname in Latin letters before a Japanese honorific:
    "Watanabe-san approved", "Ohno-sama"."""
    if "-" not in text or _ROMAJI_HINT.search(text) is None:
        return
    for m in bounded.finditer(_ROMAJI_HONORIFIC, text):
        if fold(m.group("name")) in data.family:
            yield m.start(), m.end(), 1.0  # the honorific too: "Watanabe-san"


def cjk_honorific_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A name before an honorific only names take, inside a sentence written
    without spaces: a listed Japanese surname of two or three characters
    before "さん" or "様" ("中村さんに確認"; not "お客様", "ご担当者様"), a
    listed Korean name before "님" or a job title ("서연 님께", "이민준 책임님";
    not "고객님"). The honorific is the finding's too."""
    for m in bounded.finditer(_KANJI_HONORIFIC, text):
        end = m.end("name")
        for size in (3, 2):
            if end - size >= m.start("name") and text[end - size : end] in data.native_family:
                yield end - size, m.end(), 1.5  # with its honorific: "中村さん"
                break
    for m in bounded.finditer(_CHINESE_TITLED, text):
        if m.group("surname") in data.native_family:
            yield m.start(), m.end(), 1.5  # "陈工", "何師傅": who, not a word
    for m in bounded.finditer(_HANGUL_HONORIFIC, text):
        name = m.group("name")
        if name in data.native_given or any(
            name[:cut] in data.native_family and name[cut:] in data.native_given for cut in (1, 2)
        ):
            yield m.start("name"), m.end(), 1.5  # with its title: "이민준 책임님"


# Honorifics only people take, after a name: Japanese, Korean, and Japanese
# written in Latin letters.
_KANJI_HONORIFIC = regex.compile(r"(?P<name>\p{Han}{2,3})(?:さん|様|さま|くん|ちゃん|先生|氏)")
_HANGUL_HONORIFIC = regex.compile(
    r"(?<!\p{Hangul})(?P<name>\p{Hangul}{2,4}) ?(?:님|씨"
    # or a job title, with or without "님": "이민준 책임님", "최준서 팀장"
    r"|(?:책임|선임|수석|팀장|과장|부장|차장|대리|주임|실장|매니저|이사|대표)(?:님)?)"
)
# A Chinese surname and the title or kinship word colleagues call its bearer by
# ("陈工", engineer Chen; "张总", boss Zhang; "何師傅", master He; "曾生", Mr
# Tsang), standing alone among words of another script: inside Chinese prose
# the same two characters are as often a word ("施工", works). Not "老" or "小"
# before a surname ("老张"): "小米" and "阿里" are brands, "老师" a teacher.
_CHINESE_TITLED = regex.compile(
    r"(?<![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff00-\uffef])"
    r"(?P<surname>\p{Han})(?:工|总|總|生|哥|姐|师傅|師傅|主管|经理|經理|老师|老師)"
    r"(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff00-\uffef])"
)
_ROMAJI_HONORIFICS = "san|sama|kun|chan|sensei"
_ROMAJI_HINT = re.compile(f"-(?:{_ROMAJI_HONORIFICS})")
_ROMAJI_HONORIFIC = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<name>\p{{Lu}}\p{{Ll}}{{2,}})-(?:{_ROMAJI_HONORIFICS})(?![\p{{L}}\p{{M}}])"
)


def _before_honorific(run: str) -> str:
    """The run up to an honorific glued inside it, where sentences go on
    without a space ("健太様より" -> "健太")."""
    cut = min((at for at in map(run.find, _CJK_SUFFIXES) if at > 0), default=len(run))
    return run[:cut]


def _without_honorific(run: str) -> str:
    for suffix in _CJK_SUFFIXES:
        if run.endswith(suffix) and len(run) > len(suffix):
            return run[: -len(suffix)]
    return run
