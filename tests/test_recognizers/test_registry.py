"""The registry: every list of entities is derived from the recognizers' own class data."""

from __future__ import annotations

import pytest

from recognizers import registered
from recognizers.base import FieldRecognizer
from recognizers.entities import ALL_ENTITIES, CREDENTIAL_ENTITIES, PERSONAL_ENTITIES
from recognizers.registry import Registry, default_registry
from scrubber import Policy, Scrubber
from scrubber.cli.sarif import _rule as rule


@pytest.mark.parametrize("cls", registered(), ids=lambda c: c.__name__)
def test_every_recognizer_declares_itself(cls: type[FieldRecognizer]) -> None:
    assert cls.ENTITY.isupper() and cls.CATEGORY in ("personal", "credential")
    assert cls.DESCRIPTION and cls.LABEL.isalpha()
    # Personal data is rewritten, so it needs a label of its own.
    assert cls.CATEGORY == "credential" or cls.LABEL != FieldRecognizer.LABEL


def test_entity_sets_are_derived() -> None:
    assert CREDENTIAL_ENTITIES | PERSONAL_ENTITIES == ALL_ENTITIES
    assert not CREDENTIAL_ENTITIES & PERSONAL_ENTITIES
    assert ALL_ENTITIES == {cls.ENTITY for cls in registered()}


def test_an_entity_in_two_categories_is_refused() -> None:
    class Twin(FieldRecognizer):
        ENTITY = "EMAIL_ADDRESS"
        CATEGORY = "credential"
        DESCRIPTION = "a twin"

    with pytest.raises(ValueError, match="two categories"):
        default_registry().extended([Twin])


class FieldBadgeRecognizer(FieldRecognizer):
    """A recognizer added by one class: an employee badge number."""

    ENTITY = "BADGE_NUMBER"
    CATEGORY = "personal"
    DESCRIPTION = "an employee badge number"
    LABEL = "badge"
    TRIGGER = r"badge"
    PATTERNS = (("badge", r"badge[ _\-]?(?P<v>[A-Z]{2}[0-9]{6})", 0.9),)


def test_a_new_recognizer_is_one_class() -> None:
    """Prefilter, detection, pseudonym label and reports all follow from its class data."""
    registry: Registry = default_registry().extended([FieldBadgeRecognizer])
    scrubber = Scrubber(Policy(), registry=registry)
    params = {"DatasetGroupName": "badge_QX123456_demand"}
    result = scrubber.scrub(params, service="forecast", operation="CreateDatasetGroup")
    assert [(f.entity_type, f.action) for f in result.findings] == [("BADGE_NUMBER", "redact")]
    assert result.params["DatasetGroupName"].startswith("badge_badge_")  # its label
    assert "QX123456" not in result.params["DatasetGroupName"]
    assert registry.description("BADGE_NUMBER") == "an employee badge number"
    # The default registry does not know it.
    assert (
        Scrubber(Policy())
        .scrub(params, service="forecast", operation="CreateDatasetGroup")
        .findings
        == []
    )


def test_sarif_rules_read_the_registry() -> None:
    assert "a person's name" in rule("PERSON")["shortDescription"]["text"].lower()
