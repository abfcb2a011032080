"""A name found in one field of a call, mentioned alone in another of the same
call: "Terry" in a note beside a tag holding "Terry Watkins". Through the real
engine, in report and redact modes."""

from __future__ import annotations

from typing import Any

from scrubber import Scrubber

ARN = "arn:aws:forecast:us-east-1:111122223333:dataset-group/demand"


def _tags(*pairs: tuple[str, str]) -> dict[str, Any]:
    return {"ResourceArn": ARN, "Tags": [{"Key": k, "Value": v} for k, v in pairs]}


def _found(scrubber: Scrubber, params: dict[str, Any]) -> set[tuple[str, str]]:
    result = scrubber.scrub(params, service="forecast", operation="TagResource", mode="report")
    return {(f.path, f.entity_type) for f in result.findings}


def test_a_given_name_alone_is_the_person_named_elsewhere_in_the_call(scrubber: Scrubber) -> None:
    params = _tags(
        ("CreatedBy", "Terry Watkins"),
        ("Notes", "schema agreed with Terry on 2024-08-03"),
    )
    assert _found(scrubber, params) == {
        ("Tags[0].Value", "PERSON"),
        ("Tags[1].Value", "PERSON"),
    }
    sent = scrubber.scrub(params, service="forecast", operation="TagResource", mode="redact")
    note = sent.params["Tags"][1]["Value"]
    assert "Terry" not in note
    assert note.startswith("schema agreed with ") and note.endswith(" on 2024-08-03")


def test_a_name_glued_into_an_identifier_names_its_words_elsewhere(scrubber: Scrubber) -> None:
    params = _tags(("DS", "ahmad_faizal"), ("Notes", "Faizal tuned hidden_dimension"))
    assert ("Tags[1].Value", "PERSON") in _found(scrubber, params)


def test_the_same_word_with_no_name_found_in_the_call_is_left(scrubber: Scrubber) -> None:
    assert (
        _found(scrubber, _tags(("Team", "ops"), ("Notes", "Faizal tuned hidden_dimension")))
        == set()
    )


def test_a_name_s_word_that_is_an_english_word_is_no_mention(scrubber: Scrubber) -> None:
    """ "Dawn" of "Dawn Nakamura" is a word: "dawn patrol" in a note is left."""
    params = _tags(("Owner", "Dawn Nakamura"), ("Notes", "dawn patrol checks the pumps"))
    assert _found(scrubber, params) == {("Tags[0].Value", "PERSON")}


def test_a_mention_in_capitals_this_short_is_an_acronym(scrubber: Scrubber) -> None:
    """ "Lou" of "Lou Ferreira" is a name; "LOU" in a note is a letter of undertaking."""
    params = _tags(("Owner", "Lou Ferreira"), ("Notes", "LOU signed for batch 7"))
    assert _found(scrubber, params) == {("Tags[0].Value", "PERSON")}


def test_a_brand_s_key_keeps_its_value_whatever_the_call_names(scrubber: Scrubber) -> None:
    params = _tags(("Owner", "Jamie Whitfield"), ("Brand", "Jamie's Kitchen"))
    assert _found(scrubber, params) == {("Tags[0].Value", "PERSON")}


def _group_named(scrubber: Scrubber, name: str, owner: str) -> str:
    """The dataset group's name as sent, beside an owner's tag."""
    params = {
        "DatasetGroupName": name,
        "Domain": "RETAIL",
        "Tags": [{"Key": "Owner", "Value": owner}],
    }
    sent = scrubber.scrub(params, service="forecast", operation="CreateDatasetGroup")
    return str(sent.params["DatasetGroupName"]).lower()


def test_a_mention_takes_the_name_s_other_words_beside_it(scrubber: Scrubber) -> None:
    """No part of the name is left beside the pseudonym in a resource's name."""
    name = _group_named(scrubber, "demand_ioannou_chrystalla_v2", "Chrystalla Ioannou")
    assert name.startswith("demand_") and name.endswith("_v2")
    assert "ioannou" not in name and "chrystalla" not in name


def test_a_mention_takes_the_name_s_words_run_together(scrubber: Scrubber) -> None:
    """Two given names written as one in a resource's name ("mehmetali" of
    "Mehmet Ali Çağlar") are the name's too, not left beside the pseudonym."""
    name = _group_named(scrubber, "mehmetali_caglar_demand", "Mehmet Ali Çağlar")
    assert name.endswith("_demand")
    assert "mehmet" not in name and "caglar" not in name


def test_an_address_spells_the_name_beside_it(scrubber: Scrubber) -> None:
    """A contact row: the name is the words of the address's local part."""
    params = _tags(("Row", "RMA-66088, Oh Serin, serin.oh@example.cn, +886 905 937 161"))
    result = scrubber.scrub(params, service="forecast", operation="TagResource", mode="report")
    row = params["Tags"][0]["Value"]
    spans = {(row[f.start : f.end], f.entity_type) for f in result.findings}
    assert ("Oh Serin", "PERSON") in spans
    assert ("serin.oh@example.cn", "EMAIL_ADDRESS") in spans  # the address stays an address


def test_an_address_spells_a_name_glued_into_an_identifier_elsewhere(scrubber: Scrubber) -> None:
    params = _tags(("DS", "ohno_hikari_item_meta"), ("Contact", "hikari.ohno@example.jp"))
    assert ("Tags[0].Value", "PERSON") in _found(scrubber, params)
    sent = scrubber.scrub(params, service="forecast", operation="TagResource", mode="redact")
    name = sent.params["Tags"][0]["Value"]
    assert "hikari" not in name.lower() and "ohno" not in name.lower()
    assert name.endswith("_item_meta")


def test_a_spelled_name_takes_the_words_the_address_leaves_out(scrubber: Scrubber) -> None:
    params = _tags(("Note", "mantiene Jasy Ramírez Ñamandu (jasy.ramirez@example.org)"))
    sent = scrubber.scrub(params, service="forecast", operation="TagResource", mode="redact")
    note = sent.params["Tags"][0]["Value"]
    assert note.startswith("mantiene ")
    assert not any(w in note for w in ("Jasy", "Ramírez", "Ñamandu"))


def test_a_team_s_address_spells_no_name(scrubber: Scrubber) -> None:
    """ "sales.team" and "jakarta.ops" are English words or a place and a word:
    the team's name beside them is left."""
    params = _tags(
        ("Team", "Jakarta Ops"),
        ("Mail", "jakarta.ops@example.com"),
        ("Desk", "Sales Team"),
        ("Desk mail", "sales.team@example.com"),
    )
    assert _found(scrubber, params) == {
        ("Tags[1].Value", "EMAIL_ADDRESS"),
        ("Tags[3].Value", "EMAIL_ADDRESS"),
    }


def test_a_spelled_name_is_found_only_whole(scrubber: Scrubber) -> None:
    """One word of the address alone ("Serin") is no mention of it: only a
    name found as a name lends its words alone."""
    params = _tags(("Mail", "serin.oh@example.cn"), ("Notes", "Serin tuned hidden_dimension"))
    assert _found(scrubber, params) == {("Tags[0].Value", "EMAIL_ADDRESS")}


def test_a_street_or_building_named_after_the_person_is_no_mention(scrubber: Scrubber) -> None:
    """ "Gopinath Bordoloi" named in one tag; "Gopinath Bordoloi Road" in
    another is a street and "Tan Son Nhat airport" a building, however the name
    was found."""
    params = _tags(
        ("Owner", "Gopinath Bordoloi"),
        ("Notes", "Heritage building, Gopinath Bordoloi Road"),
    )
    assert _found(scrubber, params) == {("Tags[0].Value", "PERSON")}


def test_a_name_found_is_found_again_whole_in_any_order_or_run_together(
    scrubber: Scrubber,
) -> None:
    """A name found whose words no list holds is looked for whole elsewhere,
    as an address's name is: reversed, joined, run together, or an initial
    run into the other word."""
    for form in ("modise-kabelo", "kabelomodise", "kmodise", "Kabelo Modise"):
        params = _tags(("Owner", "Kabelo Modise"), ("Thing", f"meter-{form}-01"))
        assert ("Tags[1].Value", "PERSON") in _found(scrubber, params), form


def test_a_name_found_is_not_looked_for_in_pieces_or_as_words(scrubber: Scrubber) -> None:
    # One word of it alone is not the name (no list holds "Modise" as one).
    params = _tags(("Owner", "Kabelo Modise"), ("Thing", "meter-modise-01"))
    assert _found(scrubber, params) == {("Tags[0].Value", "PERSON")}
    # Nor are ordinary words that a guess took for a name elsewhere.
    params = _tags(("Owner", "Rose Garden"), ("Notes", "garden rose bed 4"))
    assert ("Tags[1].Value", "PERSON") not in _found(scrubber, params)
