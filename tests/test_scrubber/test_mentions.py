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


def test_a_mention_takes_the_name_s_other_words_beside_it(scrubber: Scrubber) -> None:
    """No part of the name is left beside the pseudonym in a resource's name."""
    params = {
        "DatasetGroupName": "demand_ioannou_chrystalla_v2",
        "Domain": "RETAIL",
        "Tags": [{"Key": "Owner", "Value": "Chrystalla Ioannou"}],
    }
    sent = scrubber.scrub(params, service="forecast", operation="CreateDatasetGroup")
    name = sent.params["DatasetGroupName"].lower()
    assert name.startswith("demand_") and name.endswith("_v2")
    assert "ioannou" not in name and "chrystalla" not in name
