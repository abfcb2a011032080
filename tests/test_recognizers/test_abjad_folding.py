"""Names written in Hebrew or Arabic letters fold to their consonants in
capitals (``names.fold``): words in Latin letters no longer meet those
skeletons by chance ("dyn" of a dynamic thing group is דין, Dean), while the
names themselves are found as before, in any of the languages' spellings."""

from __future__ import annotations

import pytest

from recognizers.names import fold, name_data
from scrubber import Scrubber


def test_skeletons_fold_apart_from_latin_words() -> None:
    assert fold("דין") == "DYN"
    assert fold("ہاشمی") == fold("هاشمي") == "HSHMY"  # Urdu's and Arabic's letters
    assert fold("Dyn") == "dyn"


def test_lists_hold_no_skeleton_in_latin_letters() -> None:
    data = name_data()
    assert "DYN" in data.given and "dyn" not in data.given
    assert "HSHMY" in data.family
    names = data.given | data.family | data.popular
    assert all(name.islower() or name.isupper() for name in names)
    # Each skeleton is one only a name in those scripts gives; names in Latin
    # letters stay in lower case ("dana", not "DNH").
    assert "dana" in data.given and "DNH" in data.given


@pytest.mark.parametrize(
    "text",
    [
        # A dynamic thing group's "dyn", a site's code: skeletons of Hebrew
        # names (דין, Dean; שקד, Shaked).
        "dyn-reefer-12",
        "dyn-tiefkuehl-07",
        "dyn-geladeiras",
        "skd-portal",
        "portal_skd_v3",
    ],
)
def test_latin_words_meet_no_skeleton(scrubber: Scrubber, text: str) -> None:
    assert scrubber.scan_text(text, "name") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("on-call: عثمان ہاشمی", "عثمان ہاشمی"),
        ("Escalated to ليلى حداد today", "ليلى حداد"),
        ("ثناء شیخ ne confirm kiya", "ثناء شیخ"),
        ("Approved by דנה כהן", "דנה כהן"),
        ("אושר על ידי יוסף לוי", "יוסף לוי"),
    ],
)
def test_names_in_those_scripts_found(scrubber: Scrubber, text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in scrubber.scan_text(text, "description")]
    assert found == [name]
