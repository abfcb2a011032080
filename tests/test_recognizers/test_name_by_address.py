"""A display name before its own address is a person's name when the address
spells it out; a team's or a desk's display name is not, though its address is
still an address."""

from __future__ import annotations

import pytest

from scrubber import Scrubber


def _found(scrubber: Scrubber, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in scrubber.scan_text(text, "tag_value")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thenmozhi Arumugam tarumugam@umbrella-hr.example.com", "Thenmozhi Arumugam"),
        ("Nkechi Obiora <nkechi.obiora@example.org>", "Nkechi Obiora"),
        # A given name that is also a word, before a listed surname that is none.
        ("Blessing Phiri <blessing.phiri@example.org>", "Blessing Phiri"),
        # A given name that stands for a person alone, before a surname that is
        # a word too; the words before the name are not its own.
        ("From: Andrzej Drop <andrzej.drop@example.net>", "Andrzej Drop"),
        ("Owner Andrzej Drop <andrzej.drop@example.net>", "Andrzej Drop"),
        # ... spelled by the given name's initial, or the surname's start.
        ("cc: Beau Room <broom@example.com>", "Beau Room"),
        ("RMA-81324,Ren Itoh,ren.ito@nurivolt-tw.example", "Ren Itoh"),
        # After the address, as a log or a list writes it.
        ("andrzej.drop@example.net (Andrzej Drop)", "Andrzej Drop"),
        ("Reported by broom@example.com (Beau Room) at 09:12", "Beau Room"),
        ("zkowal@example.net, Zofia Kowal", "Zofia Kowal"),
    ],
)
def test_a_name_its_address_spells_out(scrubber: Scrubber, text: str, name: str) -> None:
    found = _found(scrubber, text)
    assert ("PERSON", name) in found
    assert any(entity == "EMAIL_ADDRESS" for entity, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Data Team <data.team@example.com>",
        "Payroll Ops payroll.ops@example.com",
        "Acme Support support@acme.example",
        # Both words are words: a desk's, however its address spells them.
        "Night Shift <night.shift@example.com>",
        "Cloud Support <cloud.support@example.com>",
        # A given name that is a word too, before a word: no person's.
        "Rose Garden <rose.garden@example.com>",
        "night.shift@example.com (Night Shift)",
        "sent to data.team@example.com, Data Team",
        # Names that the address does not spell out are left to the other rules.
        "Quarterly Report qbr-2025@example.com",
    ],
)
def test_a_teams_display_name_is_no_person(scrubber: Scrubber, text: str) -> None:
    found = _found(scrubber, text)
    assert [entity for entity, _ in found] == ["EMAIL_ADDRESS"]
