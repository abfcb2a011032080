"""Disguised values are found and redacted in the original string."""

from __future__ import annotations

import pytest

from scrubber import Scrubber, scrub

DISGUISED = [
    ("EMAIL_ADDRESS", "owner maria.garcia＠example.com"),  # fullwidth @
    ("EMAIL_ADDRESS", "owner maria.gar\u200bcia@exam\u200dple.com"),  # zero-width
    ("EMAIL_ADDRESS", "owner maria.garcia%40example.com"),  # percent-encoded
    ("URL_CREDENTIALS", "https://svc%3ASup3rS3cret@hooks.example.com/x"),
    ("CREDIT_CARD", "card ４１１１ １１１１ １１１１ １１１１"),  # fullwidth digits
    ("CREDIT_CARD", "4111-1111 1111.1111"),
    ("AWS_ACCESS_KEY_ID", "AKIA\u202eZ3MHQWLTPX2RVN4K"),  # bidi override inside
    ("PHONE_NUMBER", "call +1\u00a0206\u00a0555\u00a00143"),  # no-break spaces
    ("PERSON", "Owned by Ｍaria Ｇarcia"),
    ("PHONE_NUMBER", "call +1 206\u2013555\u20130143"),  # en dashes
    ("PHONE_NUMBER", "call +49 30/1234 5678"),  # slash, as German numbers are written
    ("PHONE_NUMBER", "call +1 [206] 555 0143"),
    ("EMAIL_ADDRESS", "owner maria.gar\U000e0063ia@example.com"),  # a tag character (Cf)
    ("EMAIL_ADDRESS", "owner maria.gar\u034fcia@example\ufe0f.com"),  # default-ignorables
    ("CREDIT_CARD", "4111\u20131111\u20131111\u20131111"),
    ("US_SSN", "ssn 219\u201009\u20109999"),  # hyphen U+2010
]


@pytest.mark.parametrize("entity,text", DISGUISED)
def test_disguised_values_are_found(scrubber: Scrubber, entity: str, text: str) -> None:
    found = scrubber.scan_text(text, "description")
    assert entity in {f.entity_type for f in found}, found
    for f in found:
        assert 0 <= f.start < f.end <= len(text)


def test_redaction_replaces_the_original_characters() -> None:
    """The disguised span itself is replaced; the rest of the string is kept."""
    params = {
        "thingGroupName": "sensors",
        "thingGroupProperties": {
            "thingGroupDescription": "owner maria.gar\u200bcia＠example.com ok"
        },
    }
    result = scrub(params, service="iot", operation="CreateThingGroup")
    text = result.params["thingGroupProperties"]["thingGroupDescription"]
    assert text.startswith("owner email_") and text.endswith(" ok")
    assert "＠" not in text and "\u200b" not in text


def test_invisible_characters_go_with_the_value_they_hide_in() -> None:
    """A name spelt with a zero-width space after each letter is replaced whole: the
    redacted name keeps no invisible character and meets the field's pattern."""
    import regex

    from scrubber.service_models import operation_model

    disguised = "".join(c + "\u200b" for c in "jane_doe") + "_sales"
    params = {"DatasetGroupName": disguised, "Domain": "RETAIL"}
    result = scrub(params, service="forecast", operation="CreateDatasetGroup")
    name = result.params["DatasetGroupName"]
    assert [f.entity_type for f in result.findings] == ["PERSON"]
    assert "\u200b" not in name and name.endswith("_sales")
    shape = operation_model("forecast", "CreateDatasetGroup").input_shape
    pattern = shape.members["DatasetGroupName"].metadata["pattern"]
    assert regex.fullmatch(pattern, name)
