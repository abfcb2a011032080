"""A name written in lower case after a word handing something to a person
("ask lisa brown first"): one clear name vouches for the other, though that
one is also an English word; a clear given name only after a word said to or
of a person ("ask", "escalated to"), not a bare "to", "from" or "by", which
bring colours as often ("from amber brown"); after such a word, a clear
surname vouches for a given name that is a word or a place's too ("ask buddy
sheppard"), and a surname's particles may stand between them. Without the
handing word, or where neither word is a clear name or one is a place,
lower-case words stay words."""

from __future__ import annotations

import pytest
from recognizer_tables import person_spans, spans_found

from scrubber import Scrubber

NAMES = [
    # a clear given name, then a listed surname that is also a word
    ("ask lisa brown first", "lisa brown"),
    ("escalated to lisa brown today", "lisa brown"),
    ("escalated to jessica price for sign-off", "jessica price"),
    ("cc christopher cook on the thread", "christopher cook"),
    # a given name that is also a word, then a surname that is no word at all
    ("reviewed by august hoffmann", "august hoffmann"),
    ("ask faith schoopers before the rerun", "faith schoopers"),
    # after a word said only of people, a clear surname vouches for a given
    # name that is also a word or a place's
    ("ask buddy sheppard first", "buddy sheppard"),
    ("cc cleveland abbott on the thread", "cleveland abbott"),
    ("ask philippine dumouchel before the rerun", "philippine dumouchel"),
    # two listed names, each a name at least as often as a word
    ("ask william brown first", "william brown"),
    ("cc christian smith on the thread", "christian smith"),
    ("reviewed by graham wood", "graham wood"),
    # a surname's particle between the two
    ("ask destiny van blokhuizen first", "destiny van blokhuizen"),
    ("reviewed by destiny van blokhuizen", "destiny van blokhuizen"),
    # a command line's option naming a role files a name as the word does
    ("kubectl annotate pod sensor-7 --owner olga ivanova", "olga ivanova"),
]


@pytest.mark.parametrize("text,name", NAMES)
def test_a_handed_lower_case_name_is_found_whole(scrubber: Scrubber, text: str, name: str) -> None:
    assert ("PERSON", name) in spans_found(scrubber, text)


WORDS = [
    # no surname after the given name
    "ask april about the invoice",
    "sent to jessica today",
    # neither word a clear name, or the given name a place's
    "ask summer interns",
    "moved to summer hill",
    "rented by virginia beach locals",
    "sent to chelsea wood yard",
    "owned by georgia power",
    # a place's team after a word said of people: no surname after the place
    "owner cleveland browns",
    "ask dallas cowboys",
    "thanks houston rockets",
    # a town's name before a wordy surname (a firm's), or two names that are
    # words as often
    "owned by carolina power and light",
    "checked by may day staff",
    # a clear given name and a surname, but nothing handed to anyone
    "lisa brown shoes and bags",
    # a bare "to", "from" or "by" brings colours as often as people
    "shades from amber brown to deep red",
    "please hand it to jessica price",
    # a command line's option named as a verb speaking to someone is: no one is
    # spoken to (an option naming a role, "--owner", still files its value)
    "nmcli --ask dev wifi connect LabNet",
]


@pytest.mark.parametrize("text", WORDS)
def test_lower_case_words_without_a_clear_name_stay_words(scrubber: Scrubber, text: str) -> None:
    assert person_spans(scrubber, text) == []


# Vietnamese surnames that lose their marks to a particle's letters: "Lê" is
# "le", "Đỗ" is "do". Written with the marks, after a given name in plain
# letters, they end the name; without them, or inside Vietnamese prose after
# another marked word, they do not.
MARKED_SURNAMES = [
    ("ask jane lê first", "jane lê"),
    ("ask minh đỗ first", "minh đỗ"),
    ("jane_lê_sales", "jane_lê"),
    ("minh_đỗ_report", "minh_đỗ"),
]


@pytest.mark.parametrize("text,name", MARKED_SURNAMES)
def test_a_marked_surname_that_folds_to_a_particle_ends_the_name(
    scrubber: Scrubber, text: str, name: str
) -> None:
    assert person_spans(scrubber, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ask jane le first",
        "%(field_label)s phải là duy nhất %(date_field_label)s %(lookup_type)s.",
        "Chuỗi (dài đến %(max_length)s ký tự )",
        "Slug(lên đến %(max_length)s)",
    ],
)
def test_particles_and_vietnamese_words_stay_words(scrubber: Scrubber, text: str) -> None:
    assert person_spans(scrubber, text) == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("Ask Maria Lopez about it", "Maria Lopez"),
        ("Ask Ibrahim Musa first", "Ibrahim Musa"),
        ("Thank Maria Lopez for the fix", "Maria Lopez"),
    ],
)
def test_a_verb_addressing_a_person_begins_no_name(
    scrubber: Scrubber, text: str, name: str
) -> None:
    """ "Ask" is a given name too; capitalized at a sentence's start before a
    whole name, it is the verb, and the name begins after it."""
    assert person_spans(scrubber, text) == [name]
