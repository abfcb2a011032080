"""Given names only Jörg Michael's dictionary (gender-guesser's ``nam_dict.txt``)
holds: found beside an unlisted surname in the shapes where a listed given
name is what tells a name (lower case, identifiers, brackets); the
dictionary's names that are words of another language are left out of it."""

from __future__ import annotations

from importlib.resources import files

import pytest

from recognizers.names import fold, name_data
from scrubber import Scrubber


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("edzard_janssen_weekly_demand", "name", "edzard_janssen"),
        ("anzelika-petraityte-sandbox", "name", "anzelika-petraityte"),
        ("ask dauren zhaksylykov before the cutover", "free_text", "dauren zhaksylykov"),
        ("Kiosk 12 lease (Abdelhafiz Mekkaoui, franchisee)", "free_text", "Abdelhafiz Mekkaoui"),
        ("Returns queue cleared by aarnout wijnbergen", "free_text", "aarnout wijnbergen"),
        ("Valerianne Castagnoli", "tag_value", "Valerianne Castagnoli"),
    ],
)
def test_dictionary_given_names_found(scrubber: Scrubber, text: str, kind: str, name: str) -> None:
    found = [text[f.start : f.end] for f in scrubber.scan_text(text, kind)]
    assert found == [name]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Italian, Spanish and Portuguese words the dictionary lists as names too.
        ("azzurro_calmo_promo", "name"),
        ("bienvenido-bruto-banner", "name"),
        ("Campagna Abbondanza Azzurro per il negozio di Bari", "free_text"),
        ("Assunto: bruto mensual do beato", "free_text"),
    ],
)
def test_dictionary_words_stay(scrubber: Scrubber, text: str, kind: str) -> None:
    assert scrubber.scan_text(text, kind) == []


def _dictionary_names() -> set[str]:
    text = files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    return {
        fold(line.split()[1].replace("+", "")) for line in text.splitlines() if line[:1] not in "#="
    }


def test_dictionary_words_are_not_shipped_as_given_names() -> None:
    dictionary, given = _dictionary_names(), name_data().given
    assert {"edzard", "aarnout", "thambirajah", "valerianne"} <= dictionary & given
    words = {"azzurro", "bienvenido", "abbondanza", "calmo", "bruto"}
    assert words <= dictionary
    assert not words & given
