"""Names joined to a name found by "and" (or its word in other languages) are
names too, though no list holds them; words that are a thing's (a team, a
firm's "Associates", a town) are not, nor is anything joined to no name."""

from __future__ import annotations

import pytest
from recognizer_tables import persons_in_description

from scrubber import Scrubber


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("signed off by Zheng Jiahao and Itō Ren", ["Itō Ren", "Zheng Jiahao"]),
        ("signed off by 오세린 and Ohno Hikari", ["Ohno Hikari", "오세린"]),
        ("revisado por Ohno Hikari y Zheng Jiahao", ["Ohno Hikari", "Zheng Jiahao"]),
    ],
)
def test_names_joined_to_a_name_are_names(scrubber: Scrubber, text: str, names: list[str]) -> None:
    assert persons_in_description(scrubber, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Maria Lopez and Finance Team met on Monday", ["Maria Lopez"]),
        ("invoice from Ana Silva & Associates Ltd", ["Ana Silva"]),
        ("John Smith and Sao Paulo office", ["John Smith"]),
        # Joined to no name found: nothing.
        ("Sea Salt and Black Pepper Grinder", []),
        ("Amazon Personalize and Amazon Forecast", []),
    ],
)
def test_things_joined_to_a_name_stay(scrubber: Scrubber, text: str, names: list[str]) -> None:
    assert persons_in_description(scrubber, text) == names
