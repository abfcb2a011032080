"""A value filed beside the member that names it: the name is its key."""

from __future__ import annotations

from typing import Any

import pytest

from scrubber import Policy, Scrubber


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(Policy())


def _entities(
    scrubber: Scrubber, service: str, operation: str, params: dict[str, Any]
) -> set[tuple[str, str]]:
    report = scrubber.scrub(params, service=service, operation=operation, mode="report")
    return {(f.path, f.entity_type) for f in report.findings}


def _command(name: str, default: str) -> dict[str, Any]:
    return {
        "commandId": "reconfig-010",
        "namespace": "AWS-IoT",
        "payload": {"content": "{}", "contentType": "application/json"},
        "mandatoryParameters": [
            {"name": "lockerId", "description": "locker bay"},
            {"name": name, "defaultValue": {"S": default}, "description": "backhaul"},
        ],
        "roleArn": "arn:aws:iam::446655443322:role/locker-fleet-jobs",
    }


def test_a_command_parameter_named_for_a_password(scrubber: Scrubber) -> None:
    found = _entities(scrubber, "iot", "CreateCommand", _command("wifiPassword", "Matcha@2020kz"))
    assert ("mandatoryParameters[1].defaultValue.S", "PASSWORD") in found


def test_a_command_parameter_named_for_something_else(scrubber: Scrubber) -> None:
    assert (
        _entities(scrubber, "iot", "CreateCommand", _command("firmwareVersion", "4.2.1")) == set()
    )
    # The parameter's name is no secret's: its value is left alone.
    assert (
        _entities(scrubber, "iot", "CreateCommand", _command("lockerMode", "Matcha@2020kz"))
        == set()
    )


def _filter(name: str, value: str) -> dict[str, Any]:
    condition: dict[str, Any] = {
        "propertyName": name,
        "operator": "=",
        "value": {"stringValue": value},
    }
    return {
        "workspaceId": "lockers",
        "entityId": "site-12",
        "componentName": "Contacts",
        "selectedProperties": ["contactPhone"],
        "tabularConditions": {"propertyFilters": [condition]},
    }


def test_a_property_filter_names_its_value(scrubber: Scrubber) -> None:
    found = _entities(
        scrubber, "iottwinmaker", "GetPropertyValue", _filter("contactPhone", "6493 5166")
    )
    assert ("tabularConditions.propertyFilters[0].value.stringValue", "PHONE_NUMBER") in found


def test_a_property_filter_on_another_property(scrubber: Scrubber) -> None:
    assert (
        _entities(scrubber, "iottwinmaker", "GetPropertyValue", _filter("bayCount", "6493 5166"))
        == set()
    )


def _entry(name: str, value: str) -> dict[str, Any]:
    return {
        "workspaceId": "reseau-gab",
        "entries": [
            {
                "entityPropertyReference": {
                    "entityId": "kiosque-abj-5858",
                    "componentName": "Etat",
                    "propertyName": name,
                },
                "propertyValues": [
                    {"value": {"stringValue": value}, "time": "2024-04-25T16:33:46Z"}
                ],
            }
        ],
    }


def test_a_property_reference_names_the_values_beside_it(scrubber: Scrubber) -> None:
    where = "entries[0].propertyValues[0].value.stringValue"
    for name, value, entity in (
        ("motDePasseAdmin", "Ouaga#2025", "PASSWORD"),
        ("ownerPhone", "6493 5166", "PHONE_NUMBER"),
        ("custodian", "kmensah", "PERSON"),
    ):
        found = _entities(scrubber, "iottwinmaker", "BatchPutPropertyValues", _entry(name, value))
        assert found == {(where, entity)}, name


def test_a_property_reference_is_not_filed_under_itself(scrubber: Scrubber) -> None:
    """The reference's own members (the entity's id, the component) are no value
    of the property it names; a thing's property keeps its value."""
    found = _entities(
        scrubber,
        "iottwinmaker",
        "BatchPutPropertyValues",
        _entry("lastSessionToken", "fermentador-20"),
    )
    assert found == {("entries[0].propertyValues[0].value.stringValue", "PASSWORD")}
    found = _entities(
        scrubber, "iottwinmaker", "BatchPutPropertyValues", _entry("brand", "Mrs. Meyer's")
    )
    assert found == set()
