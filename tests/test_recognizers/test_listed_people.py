"""Names beside a name in a query's list of values: a filter or a query that
picks people out by name lists people, though the name lists lack some. Items
that are no name's shape (a template, an id with digits, ordinary words, a
word of English where a full name stands beside) are left alone, and a list
with no name found in it gains none."""

from __future__ import annotations

import pytest

from scrubber import Scrubber

DATASET_GROUP = "arn:aws:personalize:us-east-1:111122223333:dataset-group/retail"


def _filter_persons(scrubber: Scrubber, expression: str) -> list[str]:
    params = {"name": "people", "datasetGroupArn": DATASET_GROUP, "filterExpression": expression}
    result = scrubber.scrub(params, service="personalize", operation="CreateFilter", mode="report")
    return sorted(
        expression[f.start : f.end]
        for f in result.findings
        if f.entity_type == "PERSON" and f.path == "filterExpression"
    )


@pytest.mark.parametrize(
    ("expression", "names"),
    [
        (
            'INCLUDE ItemID WHERE Items.LEAD_CHW IN ("Fartun Osman", "kou khang")',
            ["Fartun Osman", "kou khang"],
        ),
        (
            'EXCLUDE ItemID WHERE Users.DISPLAY_NAME IN ("Okonkwo, Ngozi", "Venky Raghunathan")',
            ["Okonkwo, Ngozi", "Venky Raghunathan"],
        ),
        (
            'INCLUDE ItemID WHERE Items.AGENT IN ("ILBOUDO Rasmané", "Sokhna Aïda SOW")',
            ["ILBOUDO Rasmané", "Sokhna Aïda SOW"],
        ),
        # One-word user names beside a user name found.
        (
            'EXCLUDE ItemID WHERE Interactions.USER_ID IN ("linhvtm", "amyomin")',
            ["amyomin", "linhvtm"],
        ),
    ],
)
def test_items_beside_a_name_are_names(
    scrubber: Scrubber, expression: str, names: list[str]
) -> None:
    assert _filter_persons(scrubber, expression) == names


def test_items_beside_a_name_in_a_twinmaker_query(scrubber: Scrubber) -> None:
    query = (
        "SELECT e FROM EntityGraph MATCH (e)-[:isOperatedBy]->(o) "
        "WHERE o.entityName IN ('Guadalupe Ramírez', 'Yvoty Giménez')"
    )
    params = {"workspaceId": "plant", "queryStatement": query}
    result = scrubber.scrub(params, service="iottwinmaker", operation="ExecuteQuery", mode="report")
    found = sorted(query[f.start : f.end] for f in result.findings if f.entity_type == "PERSON")
    assert found == ["Guadalupe Ramírez", "Yvoty Giménez"]


@pytest.mark.parametrize(
    ("expression", "names"),
    [
        # Not a name's shape beside a full name: a word of English, a template,
        # an id with digits, ordinary words, a brand of one word.
        (
            'EXCLUDE ItemID WHERE Users.OWNER IN ("Maria Garcia", "Unassigned", "{{owner}}", '
            '"u-9981", "Sales Team", "Zalando")',
            ["Maria Garcia"],
        ),
        # No name found in the list: its items stay as they are.
        ('EXCLUDE ItemID WHERE Items.CATEGORY IN ("Garden Tools", "Kitchen")', []),
        (
            'EXCLUDE ItemID WHERE Items.COLLECTION IN ("Urban Explorer", "Easter Egg", '
            '"Trail Runner")',
            [],
        ),
        # A brand column's names are no people's, nor are the items beside them.
        ('EXCLUDE ItemID WHERE Items.BRAND IN ("Ted Baker", "Calvin Klein", "Zalando")', []),
    ],
)
def test_items_that_are_no_names_stay(
    scrubber: Scrubber, expression: str, names: list[str]
) -> None:
    assert _filter_persons(scrubber, expression) == names
